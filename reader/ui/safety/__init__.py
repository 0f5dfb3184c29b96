"""Quick exit, private mode, clearing data and content notes: the widgets."""
