"""Turning documents a reader brings (web pages, Word, EPUB, PDF, plain text) into articles."""
