"""Display settings: the appearance controller, the preferences dialog, theming, fonts."""
