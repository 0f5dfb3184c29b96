"""Moving through an open article: its outline (headings and paragraphs), find, back and forward."""
