"""Where Reader keeps its data: the platform's folder, or beside a portable installation."""

from reader.paths import (
    PORTABLE_DATA_FOLDER,
    PORTABLE_MARKER,
    DataPaths,
    article_folders,
    default_data_dir,
    installation_dir,
    portable_data_dir,
)
from reader.resources import bundled_articles_dir


def test_run_from_source_there_is_no_installation_folder():
    assert installation_dir() is None


def test_an_installation_without_the_marker_is_not_portable(tmp_path):
    assert portable_data_dir(tmp_path) is None
    assert portable_data_dir(None) is None
    assert default_data_dir(tmp_path) != tmp_path / PORTABLE_DATA_FOLDER


def test_the_marker_keeps_the_data_beside_the_installation(tmp_path):
    (tmp_path / PORTABLE_MARKER).write_text("")
    assert portable_data_dir(tmp_path) == tmp_path / PORTABLE_DATA_FOLDER
    assert default_data_dir(tmp_path) == tmp_path / PORTABLE_DATA_FOLDER


def test_a_folder_named_like_the_marker_does_not_count(tmp_path):
    (tmp_path / PORTABLE_MARKER).mkdir()
    assert portable_data_dir(tmp_path) is None


def test_an_ngo_s_articles_beside_the_installation_join_the_library(tmp_path):
    paths = DataPaths(tmp_path / "data")
    installation = tmp_path / "stick" / "Reader"
    installation.mkdir(parents=True)
    assert article_folders(paths, installation) == [bundled_articles_dir(), paths.articles]
    (installation / "articles").mkdir()
    assert article_folders(paths, installation) == [
        bundled_articles_dir(),
        installation / "articles",
        paths.articles,
    ]
