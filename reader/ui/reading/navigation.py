"""Moving through the open article by its structure, with Back and Forward after jumps."""

from PySide6.QtCore import QLocale, QObject, Signal

from reader.core.marks.anchoring import without_soft_hyphens
from reader.core.reading.history import NavigationHistory, Place
from reader.core.reading.outline import DocumentOutline, Heading, anchor_position, outline_of
from reader.ui.accessibility.announcer import Announcer
from reader.ui.reading.article_view import ArticleView


class ArticleNavigator(QObject):
    """Turns reading commands into caret moves in the view, and says where the reader landed."""

    articleRequested = Signal(Place)  # noqa: N815 - Back or Forward into another article
    historyChanged = Signal()  # noqa: N815

    def __init__(
        self, view: ArticleView, announcer: Announcer, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._announcer = announcer
        self._history = NavigationHistory()
        self._article_id = ""
        self.outline = DocumentOutline((), ())

    def set_article(self, article_id: str) -> None:
        """Call once the view shows a new article: its structure is read from the laid-out text."""
        self._article_id = article_id
        self.outline = outline_of(self._view.document())

    def forget(self) -> None:
        """Forget Back and Forward and the article shown (after a quick exit): Back must not
        lead to the article that was open."""
        self._history = NavigationHistory()
        self._article_id = ""
        self.historyChanged.emit()

    def current_place(self) -> Place:
        """The caret and the screen: Back comes back to both."""
        view = self._view
        positions = view.document_positions()
        return Place(
            self._article_id,
            positions.to_text(view.caret_position()),
            positions.to_text(view.first_visible_position()),
        )

    def current_heading(self) -> Heading | None:
        return self.outline.heading_at(self._view.caret_position())

    def can_go_back(self) -> bool:
        return self._history.can_go_back()

    def can_go_forward(self) -> bool:
        return self._history.can_go_forward()

    # Jumps: each can be undone with Back ---------------------------------------------

    def record_jump(self) -> None:
        """Remember the current place before leaving it, e.g. for another article."""
        if self._article_id:
            self._history.record_jump(self.current_place())
            self.historyChanged.emit()

    def jump_to(self, position: int) -> None:
        self.record_jump()
        self._view.move_caret_to(position, to_top=True)

    def follow_anchor(self, name: str) -> None:
        position = anchor_position(self._view.document(), name)
        if position is None:
            self._announcer.announce(
                self.tr("This link points to a place that is not in the article.")
            )
            return
        self.jump_to(position)
        self.announce_section()

    def go_to_start(self) -> None:
        self.jump_to(0)

    def go_to_end(self) -> None:
        self.record_jump()
        self._view.move_caret_to(self._view.document().characterCount() - 1)
        bar = self._view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def go_back(self) -> None:
        self._go_to(self._history.back(self.current_place()))

    def go_forward(self) -> None:
        self._go_to(self._history.forward(self.current_place()))

    def arrive(self, place: Place) -> None:
        """Land on a place Back or Forward leads to (in another article, once it is shown):
        the screen as the reader saw it, and the caret where it was."""
        to_document = self._view.document_positions().to_document
        if place.top is None:
            self._view.move_caret_to(to_document(place.position), to_top=True)
        else:
            self._view.show_place(to_document(place.position), to_document(place.top))
        self.announce_section()

    def _go_to(self, place: Place | None) -> None:
        self.historyChanged.emit()
        if place is None:
            self._announcer.announce(self.tr("Nothing to go back or forward to."))
        elif place.article_id != self._article_id:
            self.articleRequested.emit(place)
        else:
            self.arrive(place)

    # Structure: headings and paragraphs -------------------------------------------------

    def next_heading(self) -> None:
        self._to_heading(
            self.outline.next_heading(self._view.caret_position()), self.tr("No more headings.")
        )

    def previous_heading(self) -> None:
        self._to_heading(
            self.outline.previous_heading(self._view.caret_position()),
            self.tr("No earlier heading."),
        )

    def next_paragraph(self) -> None:
        self._to_paragraph(
            self.outline.next_paragraph(self._view.caret_position()), self.tr("End of article.")
        )

    def previous_paragraph(self) -> None:
        self._to_paragraph(
            self.outline.previous_paragraph(self._view.caret_position()),
            self.tr("Start of article."),
        )

    def _to_heading(self, heading: Heading | None, at_edge: str) -> None:
        if heading is None:
            self._announcer.announce(at_edge)
            return
        self.record_jump()
        self._view.move_caret_to(heading.position, to_top=True)
        # A focused node is spoken by the screen reader: an announcement too would say it twice.
        self._announce_heading(heading, spoken=self._view.focus_structure_at(heading.position))

    def _to_paragraph(self, position: int | None, at_edge: str) -> None:
        if position is None:
            self._announcer.announce(at_edge)
            return
        self.record_jump()
        self._view.move_caret_to(position)
        text = without_soft_hyphens(self._view.document().findBlock(position).text())
        if self._view.focus_structure_at(position):
            self._announcer.show(text)
        else:
            self._announcer.announce(text)

    # Where am I ----------------------------------------------------------------------------

    def announce_section(self) -> None:
        heading = self.current_heading()
        if heading is not None:
            self._announce_heading(heading)

    def announce_where(self, title: str) -> None:
        heading = self.current_heading()
        self._announcer.announce(
            self.tr("{title}. Section: {section}. {percent} % read.").format(
                title=title,
                section=heading.text if heading else title,
                percent=QLocale().toString(round(self._view.reading_progress() * 100)),
            )
        )

    def position_summary(self) -> str:
        """For the status line: the percentage read and the current section."""
        text = self.tr("{percent} % read").format(
            percent=QLocale().toString(round(self._view.reading_progress() * 100))
        )
        heading = self.current_heading()
        return f"{text} · {heading.text}" if heading else text

    def _announce_heading(self, heading: Heading, *, spoken: bool = False) -> None:
        message = self.tr("Heading level {level}: {text}").format(
            level=heading.level, text=heading.text
        )
        if spoken:
            self._announcer.show(message)
        else:
            self._announcer.announce(message)
