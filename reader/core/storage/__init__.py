"""What Reader keeps on disk: the SQLite store, atomic writes and kept copies of damaged files."""
