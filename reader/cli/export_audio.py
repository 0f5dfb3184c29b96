"""reader export-audio ARTICLE -o FILE: an article as spoken audio, without a window.

The same pipeline as read-aloud in the window (passages, sentences, voices by
language, one utterance at a time), written to a WAV file with progress on stderr.
"""

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

from reader.cli.common import UsageError, fail, resolve_article, terminal_safe
from reader.core.articles.library import Library
from reader.core.speech.export import ENCODED_SUFFIXES
from reader.core.speech.settings import MAXIMUM_PAUSE_MS, MAXIMUM_SPEED, MINIMUM_SPEED
from reader.core.storage.files import typed_path
from reader.paths import DataPaths, article_folders, default_data_dir


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader export-audio",
        description="Save an article as spoken audio (WAV, or AAC in .m4a), read as Reader "
        "reads it aloud.",
    )
    parser.add_argument(
        "article", nargs="?", metavar="ARTICLE", help="an article id or a Markdown file"
    )
    parser.add_argument(
        "-o", "--output", metavar="FILE", help="the file to write: .wav, or .m4a (AAC) for phones"
    )
    parser.add_argument(
        "--speed",
        type=float,
        default=1.0,
        help=f"{MINIMUM_SPEED} to {MAXIMUM_SPEED} times the normal rate (default 1.0)",
    )
    parser.add_argument(
        "--voice",
        metavar="ID",
        default="",
        help="the voice for the article's "
        "language (see --list-voices); other languages keep their own voices",
    )
    parser.add_argument(
        "--any-voice",
        action="store_true",
        help="read parts in languages no voice speaks with the default voice, instead of "
        "leaving them out",
    )
    parser.add_argument(
        "--one-voice",
        action="store_true",
        help="read every part in one voice (--voice, or the article language's), even parts "
        "in other languages; an English voice spells Urdu letters out",
    )
    for name, default, what in (
        ("heading", 600, "a heading"),
        ("paragraph", 150, "a paragraph"),
        ("item", 350, "a list item"),
    ):
        parser.add_argument(
            f"--{name}-pause",
            metavar="MS",
            type=int,
            default=default,
            help=f"silence after {what}, 0 to {MAXIMUM_PAUSE_MS} milliseconds (default {default})",
        )
    parser.add_argument(
        "--item-numbers",
        action="store_true",
        help='say a numbered list item\'s number as "item 1", not "1."',
    )
    parser.add_argument("--skip-code", action="store_true", help="leave code blocks out")
    parser.add_argument("--list-voices", action="store_true", help="print the voices and exit")
    parser.add_argument("--data-dir", metavar="DIR", type=Path, help="Reader's data folder")
    return parser


def run(arguments: list[str]) -> int:
    """Run `reader export-audio ARGUMENTS`; the exit status (0, 1 on failure, 2 for usage)."""
    data_dir = build_parser().parse_args(arguments).data_dir
    paths = DataPaths(data_dir.expanduser().resolve() if data_dir else default_data_dir())
    library = Library(article_folders(paths), cache_path=paths.library_cache)
    return main(arguments, library)


def main(argv: list[str], library: Library) -> int:
    # Parsed before anything loads: --help and mistakes answer at once.
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.list_voices:
        return _export(args, Path(), library)
    if args.article is None or args.output is None:
        parser.error("give an ARTICLE and -o FILE (or --list-voices)")
    if not MINIMUM_SPEED <= args.speed <= MAXIMUM_SPEED:
        return fail(f"--speed must be between {MINIMUM_SPEED} and {MAXIMUM_SPEED}", 2)
    pauses = (args.heading_pause, args.paragraph_pause, args.item_pause)
    if not all(0 <= pause <= MAXIMUM_PAUSE_MS for pause in pauses):
        return fail(f"a pause must be between 0 and {MAXIMUM_PAUSE_MS} milliseconds", 2)
    target = typed_path(args.output)
    if target.suffix.lower() not in (".wav", *ENCODED_SUFFIXES):
        return fail(f"{args.output}: name it .wav, or .m4a for a smaller file", 2)
    if not target.parent.is_dir():
        return fail(f"{target.parent} is not a folder", 2)
    return _export(args, target, library)


def _export(args: argparse.Namespace, target: Path, library: Library) -> int:
    # A document is laid out without a screen: no display is needed, or used.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Qt Multimedia's notes on which FFmpeg and sound libraries it found are not for readers.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")
    from PySide6.QtGui import QGuiApplication, QTextDocument

    from reader.core.articles.article import (
        ArticleError,
        read_article,
    )
    from reader.core.articles.conversion import render_within_budget
    from reader.core.speech.encoding import EncodingError
    from reader.core.speech.export import export_speech
    from reader.core.speech.passages import spoken_article
    from reader.core.speech.plan import (
        VoiceChoice,
        from_sentence,
        pauses,
        script_choice_message,
        script_choices,
        utterances,
    )
    from reader.core.speech.synthesiser import (
        SpeechEngineUnavailableError,
        Synthesiser,
        SynthesisError,
    )

    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - kept alive while the document is laid out
    try:
        synthesiser = Synthesiser()
    except SpeechEngineUnavailableError as error:
        return fail(str(error), 1)
    try:
        voices = synthesiser.voices()
        if args.list_voices:
            for voice in sorted(voices, key=lambda voice: (voice.language, voice.name)):
                fields = (voice.id, voice.language, voice.name)
                sys.stdout.write("\t".join(terminal_safe(field) for field in fields) + "\n")
            return 0
        if args.voice and args.voice not in {voice.id for voice in voices}:
            return fail(f"no voice '{terminal_safe(args.voice)}'; see --list-voices", 2)
        library.load()
        try:
            meta = resolve_article(library, args.article)
            rendered = render_within_budget(read_article(meta.path, meta.id))
        except UsageError as error:
            return fail(str(error), error.exit_status)
        except ArticleError as error:
            return fail(f"cannot open {meta.path}: {error.reason}", 2)
        if rendered.notice:
            sys.stderr.write(f"reader: {rendered.notice}\n")
        document = QTextDocument()
        document.setHtml(rendered.html)
        article = spoken_article(
            document,
            meta.language,
            say_item_word=args.item_numbers,
            read_code=not args.skip_code,
        )
        sentences = from_sentence(article, 0)
        choice = VoiceChoice(tuple(voices), synthesiser.default_voice_id, args.voice)
        if args.one_voice:
            only = choice.voice_id_for(meta.language) or synthesiser.default_voice_id
            choice = replace(choice, only_voice_id=only)
        missing = choice.missing_languages([sentence for _, sentence in sentences])
        if missing and args.any_voice:
            choice = replace(choice, accepted_fallback=frozenset(missing))
        elif missing:
            sys.stderr.write(
                f"reader: no installed voice speaks {terminal_safe(', '.join(missing))}; "
                "those parts are left out (--any-voice reads them with the default voice)\n"
            )
        after = pauses(args.heading_pause, args.paragraph_pause, args.item_pause)
        spoken = utterances(article, sentences, choice, after)
        for script, language in script_choices(spoken).items():
            sys.stderr.write(f"reader: {script_choice_message(script, language)}\n")
        seconds = export_speech(spoken, synthesiser, args.speed, target, _progress)
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return fail("export cancelled; nothing was written", 130)
    except (SynthesisError, EncodingError) as error:
        sys.stderr.write("\n")
        return fail(str(error), 1)
    except OSError as error:
        sys.stderr.write("\n")
        return fail(f"cannot write {target}: {error.strerror or error}", 1)
    finally:
        synthesiser.close()
    minutes, rest = divmod(round(seconds), 60)
    after_progress = "\n" if sys.stderr.isatty() else ""
    sys.stderr.write(
        f"{after_progress}reader: wrote {minutes} min {rest} s of speech to "
        f"{terminal_safe(str(target))}\n"
    )
    return 0


def _progress(done: int, total: int) -> bool:
    percent = done * 100 // total
    if sys.stderr.isatty():
        sys.stderr.write(f"\rreader: exporting audio: {percent} % ({done}/{total})")
    elif percent // 10 != (done - 1) * 100 // total // 10 or done == total:
        sys.stderr.write(f"reader: exporting audio: {percent} % ({done}/{total})\n")
    sys.stderr.flush()
    return True
