"""The words of the import report: what was added, what was skipped and why."""

from PySide6.QtCore import QObject

from reader.core.importing.dispatch import ImportOutcome
from reader.core.language.tags import native_language_name


def report_text(outcomes: list[ImportOutcome], not_started: int) -> str:
    """One paragraph per file, added ones first; then how many were not imported after
    Cancel (`not_started`)."""
    return ImportReport().text(outcomes, not_started)


class ImportReport(QObject):
    """The report's words. self.tr() of a QObject, not QCoreApplication.translate: lupdate
    (PySide6 6.11) records plural forms for tr() calls only, under the class's name, which
    is the context tr() looks up."""

    def text(self, outcomes: list[ImportOutcome], not_started: int) -> str:
        added = [outcome for outcome in outcomes if outcome.article is not None]
        skipped = [outcome for outcome in outcomes if outcome.article is None]
        added_count, skipped_count = len(added), len(skipped)
        lines = [
            self.tr("%n article(s) added.", None, added_count),
            self.tr("%n file(s) skipped.", None, skipped_count),
        ]
        for outcome in added:
            language = native_language_name(outcome.language)
            line = self.tr("{file}: added as “{title}”, in {language}.").format(
                file=outcome.source.name, title=outcome.title, language=language
            )
            if outcome.guessed_language:
                line += " " + self.tr(
                    "The language was found from the text; if it is wrong, change it with "
                    "File, Edit Article Details."
                )
            lines.append("\n" + " ".join([line, *outcome.notes]))
        for outcome in skipped:
            skipped_line = self.tr("{file}: skipped: {reason}").format(
                file=outcome.source.name, reason=outcome.reason
            )
            lines.append("\n" + skipped_line)
        if not_started:
            cancelled = self.tr("Cancelled: %n file(s) not imported.", None, not_started)
            lines.append("\n" + cancelled)
        return "\n".join(lines)
