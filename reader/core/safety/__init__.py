"""Safety on a shared computer: quick exit, private mode, clearing data, content notes."""
