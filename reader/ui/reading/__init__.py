"""The article and the ways through it: the view, the library, the contents, find, navigation."""
