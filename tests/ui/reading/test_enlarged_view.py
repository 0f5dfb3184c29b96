"""Pictures and tables opened enlarged from the article: Enter, a double click, zoom keys."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.core.articles.article import ArticleMeta
from reader.core.articles.images import OBJECT_REPLACEMENT
from reader.core.articles.rendering import _page, markdown_to_html
from reader.core.display.appearance import Appearance
from reader.core.display.tables import tables_of
from reader.ui.reading.article_view import ArticleView
from reader.ui.reading.enlarged_view import ImageView, TableView

BODY = """Intro paragraph.

![A wide blue banner over the river](wide.png)

| Province | Cases reported | Convictions |
|---|---|---|
| Punjab | 1200 | 120 |

After the table.
"""


@pytest.fixture
def view(qtbot, tmp_path: Path) -> ArticleView:
    image = QImage(2400, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#3060c0"))
    image.save(str(tmp_path / "wide.png"))
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(900, 620)
    view.show()
    qtbot.waitExposed(view)
    view.apply_appearance(Appearance(text_scale=2.0))
    meta = ArticleMeta("pictures", tmp_path / "pictures.md", "Pictures")
    view.show_article(_page(meta, markdown_to_html(BODY)))
    view.settle_spacing()
    return view


def when_shown(action) -> list:
    """Run `action(dialog)` on the next modal window once it shows; what it returned."""
    seen = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, poll)
            return
        seen.append(action(dialog))
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(50, poll)
    return seen


def test_the_picture_is_never_wider_than_the_view(view):
    assert view.horizontalScrollBar().maximum() == 0


def test_enter_on_a_picture_opens_it_with_its_alt_text_and_zoom_keys(view):
    view.move_caret_to(view.plain_text().index(OBJECT_REPLACEMENT))

    def look(dialog: ImageView):
        first = dialog.picture_size()
        QTest.keyClick(dialog.area, Qt.Key.Key_Plus)
        larger = dialog.picture_size()
        QTest.keyClick(dialog.area, Qt.Key.Key_Minus)
        QTest.keyClick(dialog.area, Qt.Key.Key_Minus)
        smaller = dialog.picture_size()
        QTest.keyClick(dialog.area, Qt.Key.Key_0)
        bar = dialog.area.horizontalScrollBar()
        QTest.keyClick(dialog.area, Qt.Key.Key_Plus)
        QTest.keyClick(dialog.area, Qt.Key.Key_Plus)
        QApplication.processEvents()  # the scroll area learns the picture's new size
        QTest.keyClick(dialog.area, Qt.Key.Key_Right)
        return (
            type(dialog),
            dialog.windowTitle(),
            dialog.area.accessibleName(),
            first,
            larger,
            smaller,
            bar.value() > 0,
        )

    seen = when_shown(look)
    QTest.keyClick(view, Qt.Key.Key_Return)
    kind, title, name, first, larger, smaller, panned = seen[0]
    assert kind is ImageView
    assert title == name == "Picture: A wide blue banner over the river"
    assert larger[0] > first[0] > smaller[0]
    assert larger[0] / larger[1] == pytest.approx(4, rel=0.02)  # proportions kept
    assert panned  # the right arrow moved the enlarged picture


def test_a_double_click_on_a_picture_opens_it(view):
    position = view.plain_text().index(OBJECT_REPLACEMENT)
    view.move_caret_to(position)
    rect = view.cursorRect()
    seen = when_shown(lambda dialog: type(dialog))
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.right() + 40, rect.center().y())
    )
    assert seen == [ImageView]


def test_enter_in_a_table_opens_it_at_full_width_and_in_a_paragraph_opens_nothing(view):
    view.move_caret_to(view.plain_text().index("1200"))

    def table_width(dialog: TableView) -> float:
        document = dialog.browser.document()
        document.documentLayout().documentSize()
        return document.documentLayout().frameBoundingRect(tables_of(document)[0]).width()

    def look(dialog: TableView):
        first = table_width(dialog)
        QTest.keyClick(dialog.browser, Qt.Key.Key_Plus)
        larger = table_width(dialog)
        return type(dialog), dialog.browser.toPlainText(), first, larger

    seen = when_shown(look)
    QTest.keyClick(view, Qt.Key.Key_Return)
    kind, text, first, larger = seen[0]
    assert kind is TableView
    assert "Cases reported" in text and "1200" in text
    assert larger > first * 1.2  # + zooms the table in
    view.move_caret_to(view.plain_text().index("After the table"))
    QTest.keyClick(view, Qt.Key.Key_Return)  # would wait for ever if a window opened
    assert QApplication.activeModalWidget() is None
