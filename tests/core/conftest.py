import pytest

from reader.ui.display.fonts import register_bundled_fonts


@pytest.fixture(scope="session")
def bundled_fonts(qapp) -> list[str]:
    """Reader's own fonts, registered as the app does, for core tests that lay text out.

    Text laid out before they are registered makes Qt take the system's fonts first, and
    Debian's Noto Nastaliq Urdu Bold claims weight 400: later tests then got it for
    normal text (tests/ui/display/test_fonts.py)."""
    return register_bundled_fonts()
