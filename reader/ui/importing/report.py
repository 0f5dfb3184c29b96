"""The words of the import report: what was added, what was skipped and why."""

from PySide6.QtCore import QCoreApplication

from reader.core.importing.dispatch import ImportOutcome
from reader.core.language.tags import native_language_name

translate = QCoreApplication.translate


def report_text(outcomes: list[ImportOutcome], not_started: int) -> str:
    """One paragraph per file, added ones first; then how many were not imported after
    Cancel (`not_started`)."""
    added = [outcome for outcome in outcomes if outcome.article is not None]
    skipped = [outcome for outcome in outcomes if outcome.article is None]
    lines = [
        translate("importing", "%n article(s) added.", None, len(added)),
        translate("importing", "%n file(s) skipped.", None, len(skipped)),
    ]
    for outcome in added:
        language = native_language_name(outcome.language)
        line = translate("importing", "{file}: added as “{title}”, in {language}.").format(
            file=outcome.source.name, title=outcome.title, language=language
        )
        if outcome.guessed_language:
            line += " " + translate(
                "importing",
                "The language was found from the text; if it is wrong, change it with "
                "File, Edit Article Details.",
            )
        lines.append("\n" + " ".join([line, *outcome.notes]))
    for outcome in skipped:
        lines.append(
            "\n"
            + translate("importing", "{file}: skipped: {reason}").format(
                file=outcome.source.name, reason=outcome.reason
            )
        )
    if not_started:
        lines.append(
            "\n" + translate("importing", "Cancelled: %n file(s) not imported.", None, not_started)
        )
    return "\n".join(lines)
