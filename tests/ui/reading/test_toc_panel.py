import pytest
from PySide6.QtGui import QAccessible, QTextDocument

from reader.core.articles.rendering import markdown_to_html
from reader.core.reading.outline import outline_of
from reader.ui.reading.toc_panel import TocPanel

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize(
    "markdown, opened, closed",
    [
        ("# A\n\n## B\n\n### C\n\n## D", ["A", "B"], ["C", "D"]),
        ("# عنوان\n\n## حصہ\n\n## دوسرا", ["عنوان"], ["حصہ", "دوسرا"]),
        ("## Only\n\n## Leaves", [], ["Only", "Leaves"]),
    ],
)
def test_only_headings_with_subheadings_are_expanded(qtbot, markdown, opened, closed):
    document = QTextDocument()
    document.setHtml(markdown_to_html(markdown))
    panel = TocPanel()
    qtbot.addWidget(panel)
    panel.set_outline(outline_of(document))
    panel.show()
    items = {item.text(0): item for _, item in panel._items}
    assert sorted(text for text, item in items.items() if item.isExpanded()) == sorted(opened)
    # What a screen reader is told: a leaf is neither expandable nor expanded.
    QAccessible.setActive(True)
    tree = QAccessible.queryAccessibleInterface(panel.tree)
    cells = [tree.child(i) for i in range(tree.childCount())]
    states = {c.text(QAccessible.Text.Name): c.state() for c in cells if c is not None}
    for text in closed:
        assert not states[text].expanded and not states[text].expandable, text
    for text in opened:
        assert states[text].expanded, text
