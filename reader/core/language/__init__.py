"""Languages: BCP 47 tags, and the parts of an article marked as another language."""
