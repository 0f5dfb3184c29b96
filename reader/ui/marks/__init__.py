"""Bookmarks, highlights and notes: the controller of the open article's marks and their panels."""
