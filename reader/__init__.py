"""Reader: an accessible offline reading app."""

__version__ = "0.1.0"
