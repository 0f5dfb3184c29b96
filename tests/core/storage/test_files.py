from reader.core.storage.files import unused_path


def test_unused_path_numbers_a_taken_name(tmp_path):
    first = tmp_path / "مضمون.md"
    assert unused_path(first) == first
    first.write_text("x", encoding="utf-8")
    assert unused_path(first) == tmp_path / "مضمون-2.md"
    (tmp_path / "مضمون-2.md").write_text("x", encoding="utf-8")
    assert unused_path(first) == tmp_path / "مضمون-3.md"
    plain = tmp_path / "notes.markdown"
    plain.write_text("x", encoding="utf-8")
    assert unused_path(plain) == tmp_path / "notes-2.markdown"
