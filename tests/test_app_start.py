"""The real start-up (reader.app.main) in a process of its own: what the first screen is
drawn with."""

import textwrap

import pytest

from tests.conftest import run_until_painted

# The application's style as the interface is styled, and at the first paint whether the
# speech engine was started.
PROBE = textwrap.dedent(
    """
    import sys
    from PySide6.QtWidgets import QApplication
    from reader import app
    from reader.ui.widgets import first_paint

    painted, apply_interface = first_paint.FirstPaintProbe._painted, app.apply_interface

    def styled(application, appearance):
        # Before the interface's style sheet, which wraps the style in one without a name.
        print("STYLE:", application.style().name(), flush=True)
        return apply_interface(application, appearance)

    def probe(self):
        window = next(w for w in QApplication.topLevelWidgets() if hasattr(w, "read_aloud"))
        print("ENGINE:", window.read_aloud._engine_started, flush=True)
        painted(self)

    app.apply_interface = styled
    first_paint.FirstPaintProbe._painted = probe
    sys.exit(app.main(["--data-dir", sys.argv[1]]))
    """
)


@pytest.mark.parametrize("override", ["", "windows", "Windows"])
def test_reader_draws_in_fusion_whatever_the_style_override(tmp_path, override):
    # Fusion follows the theme's palette on every system; QT_STYLE_OVERRIDE is how a
    # desktop or a user would ask for another style.
    result = run_until_painted(
        PROBE, tmp_path / "data", tmp_path / "first-paint", QT_STYLE_OVERRIDE=override
    )
    assert result.returncode == 0, result.stderr
    assert "STYLE: fusion" in result.stdout
    assert "ENGINE: False" in result.stdout  # it waits for the reader's first input
