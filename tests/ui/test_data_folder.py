"""The window when its data folder cannot be written: asking to open the articles folder
says why it cannot, instead of raising."""

import stat

from PySide6.QtWidgets import QMessageBox

from reader.paths import DataPaths
from tests.ui.conftest import answer_next_message_box


def test_the_articles_folder_that_cannot_be_made_is_explained(window, tmp_path):
    (tmp_path / "file").write_text("a file where the data folder should be")
    window.paths = DataPaths(tmp_path / "file" / "data")
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Ok, seen)
    window.open_articles_folder()
    assert len(seen) == 1 and "Cannot create the folder" in seen[0] and "Not a directory" in seen[0]
    assert window.announcer.last_message == seen[0]


def test_the_window_settings_file_is_for_its_owner_only(make_window, data_paths):
    data_paths.window_settings.write_text("[window]\n", encoding="utf-8")
    data_paths.window_settings.chmod(0o644)  # as an older Reader left it
    window = make_window()
    window.close()  # saves the window's size and panels
    assert stat.S_IMODE(data_paths.window_settings.stat().st_mode) == 0o600


def test_a_new_window_settings_file_is_for_its_owner_only(make_window, data_paths):
    make_window().close()
    assert stat.S_IMODE(data_paths.window_settings.stat().st_mode) == 0o600
