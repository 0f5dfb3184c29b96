"""Articles: front matter, the library of folders, Markdown to safe HTML, the render cache,
links."""
