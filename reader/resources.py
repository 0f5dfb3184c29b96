"""Find the files Reader ships: resources and bundled articles.

One lookup serves a source checkout (top-level folders), an installed wheel
(folders mapped into the package) and a frozen installer (folders beside the
executable's unpacked data), so nothing depends on the working directory.
"""

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidate_roots() -> list[Path]:
    roots = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    roots.append(_PACKAGE_DIR)  # installed wheel: reader/resources, reader/articles
    roots.append(_PACKAGE_DIR.parent)  # source checkout: resources/, articles/ at the top
    return roots


def bundled_path(*parts: str) -> Path:
    """The path of a shipped file or folder, e.g. bundled_path("resources", "icons")."""
    for root in _candidate_roots():
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    searched = ", ".join(str(root) for root in _candidate_roots())
    raise FileNotFoundError(
        f"{'/'.join(parts)} is missing from this installation (looked in {searched})"
    )


def resource_path(*parts: str) -> Path:
    """A file under resources/, e.g. resource_path("styles", "article.css")."""
    return bundled_path("resources", *parts)


def bundled_articles_dir() -> Path:
    return bundled_path("articles")
