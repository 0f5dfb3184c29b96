from collections.abc import Iterator

import pytest
from PySide6.QtGui import QTextDocument

from reader.core.articles.rendering import markdown_to_html
from reader.core.language.parts import mark_language_parts
from reader.core.speech.synthesiser import Synthesiser


@pytest.fixture(scope="session")
def synthesiser() -> Iterator[Synthesiser]:
    engine = Synthesiser()
    yield engine
    engine.close()


@pytest.fixture
def document(qapp):
    """build(markdown_text, language) -> a QTextDocument of the Markdown, as Reader sets it."""

    def build(markdown_text: str, language: str = "en") -> QTextDocument:
        page = f'<div lang="{language}">{markdown_to_html(markdown_text)}</div>'
        document = QTextDocument()
        document.setHtml(mark_language_parts(page, language))
        return document

    return build
