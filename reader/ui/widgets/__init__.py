"""Pieces every feature shares: the actions registry, labelled form rows, message boxes, timers."""
