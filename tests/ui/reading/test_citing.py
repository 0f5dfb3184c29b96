from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from reader.core.reading.citation import CitationStyle

CONTROL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_ctrl_shift_c_copies_an_mla_citation_of_the_selection(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_H)  # "Stigma, the police and the courts"
    qtbot.keyClick(window.view, Qt.Key.Key_P)
    for _ in range(3):
        qtbot.keyClick(window.view, Qt.Key.Key_Right, CONTROL | SHIFT)
    qtbot.keyClick(window.view, Qt.Key.Key_C, CONTROL | SHIFT)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("“Generally, cases”\n")
    assert "“What #MeToo Means for Pakistan’s Most Marginalised.”" in copied
    assert "Section “Stigma, the police and the courts”." in copied
    assert copied.endswith(", 2018.")
    assert window.announcer.last_message == f"Citation copied: {copied}"

    apa = window.copy_citation(CitationStyle.APA)
    assert "(2018)." in apa and QGuiApplication.clipboard().text() == apa


def test_without_a_selection_citing_says_what_to_do(window, qtbot):
    QGuiApplication.clipboard().setText("kept")
    qtbot.keyClick(window.view, Qt.Key.Key_C, CONTROL | SHIFT)
    assert window.announcer.last_message == "Select the passage to cite first."
    assert QGuiApplication.clipboard().text() == "kept"
