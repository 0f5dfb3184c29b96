"""Bookmarks and highlights: the marks, their anchoring in an edited text, export and import."""
