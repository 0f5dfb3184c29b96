"""Make the frozen Linux bundle smaller without taking away anything Reader does.

    python packaging/linux/slim_bundle.py dist/Reader

build-linux.sh runs this on the folder PyInstaller wrote, before packing it. Measured on
the 0.1.0 bundle, the .tar.xz goes from 66.1 MB to 57.5 MB:

1. ICU's data (libicudata, 32 MB, 7.6 MB compressed) is cut to what the ICU functions
   the bundle calls can reach (16 MB, 3.0 MB compressed). Qt Core is the only user of
   ICU here, and it calls four groups of functions: converters (ucnv_*, for the
   character sets an HTML page may name), collation (ucol_*, QCollator: the file
   dialog's order), calendars and time-zone names (ucal_*), and case mapping
   (u_strToUpper/Lower). The data they read stays whole, for every locale: converters,
   collation, time zones, the locales' own files. What goes is only reachable through
   ICU functions nothing in the bundle imports: break iterators (brkitr/, with the
   Chinese, Japanese, Thai, Khmer, Lao and Burmese dictionaries: Qt breaks text with its
   own tables), display names of languages, regions, currencies and units, spelled-out
   numbers (rbnf/), transliterators, Unicode character names, StringPrep profiles and
   spoofing checks. The build checks both halves of that: the ICU functions imported
   must be those four groups, and Qt must answer the same with the cut data as with the
   whole for each of them (PROBE below). The cut data is linked into a new
   libicudata.so.N in ICU's own format (icupkg, from ICU's tools).
2. Qt Quick and QML (4.3 MB compressed) are replaced by a library of two symbols. Only
   the FFmpeg multimedia plugin links them (Reader has no QML), for two symbols of its
   screen-capture code: QQuickWindow::staticMetaObject, which it compares windows'
   classes against (qobject_cast), and QQuickWindow::grabWindow(), which it calls only on
   a window of that class. Reader has no Qt Quick window and captures no screen, so the
   stub's metaobject never matches and grabWindow is never called (it would abort). The
   plugin names libQt6Qml but uses none of its symbols; that name is removed. The build
   stops if the plugin's needs from Qt Quick or QML ever differ from these two symbols.
   .m4a export, which goes through the plugin, is checked by --self-test.
3. pdfminer's CMaps (the character maps of Chinese, Japanese and Korean PDFs) are kept,
   but gzip-stored rather than gzip-compressed: pdfminer reads them with gzip.open
   either way, and xz then compresses the 148 near-identical maps together to 0.7 MB
   instead of the 5 MB it makes of their deflated copies. Installed, they take 22 MB
   instead of 8 MB.

Needs binutils (nm, readelf), gcc, patchelf and icupkg (Debian: icu-devtools).
"""

import ctypes
import gzip
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# ICU functions Qt Core may call, by group, and the data they read. Anything else
# imported from ICU stops the build: the data it needs may be among what is cut.
ICU_FUNCTIONS = re.compile(r"(UCNV_\w+|ucnv_\w+|ucol_\w+|ucal_\w+|u_strToLower|u_strToUpper)$")
# Trees and files of ICU's data that only functions outside ICU_FUNCTIONS read
# (ICU's data/BUILDRULES.py names each category): break iteration, display names,
# number spell-out, transliteration, character names, StringPrep, spoof checks.
ICU_CUT = re.compile(r"^(brkitr|curr|lang|rbnf|region|translit|unit)/|^unames\.icu$|\.spp$|\.cfu$")

# The only symbols the FFmpeg plugin takes from Qt Quick (checked against the plugin).
QUICK_SYMBOLS = {
    "_ZN12QQuickWindow10grabWindowEv",  # QQuickWindow::grabWindow()
    "_ZN12QQuickWindow16staticMetaObjectE",  # QQuickWindow::staticMetaObject
}
QUICK_STUB = """\
/* Stands in for Qt Quick in Reader's bundle: see packaging/linux/slim_bundle.py. */
#include <stdlib.h>
void _ZN12QQuickWindow10grabWindowEv(void) { abort(); }
/* A QMetaObject is seven pointers; all null, it is the superclass of no class. */
const void *_ZN12QQuickWindow16staticMetaObjectE[7] = {0};
"""
# Libraries of QML that only Qt Quick linked.
QML_LIBRARIES = (
    "libQt6Qml.so.6",
    "libQt6QmlMeta.so.6",
    "libQt6QmlModels.so.6",
    "libQt6QmlWorkerScript.so.6",
)


def run(*command: str, env: dict[str, str] | None = None) -> str:
    """Run a build tool; its standard output. CalledProcessError if it fails."""
    return subprocess.run(command, check=True, capture_output=True, text=True, env=env).stdout


def fail(message: str) -> None:
    """Stop the build with a message on stderr."""
    sys.exit(f"slim_bundle.py: {message}")


def elf_files(folder: Path) -> list[Path]:
    """The shared objects in `folder` and below (not symbolic links)."""
    found = []
    for path in folder.rglob("*.so*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as file:
                if file.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def undefined_symbols(library: Path) -> set[str]:
    """Names of the dynamic symbols `library` takes from others, without versions."""
    output = run("nm", "-D", "--undefined-only", str(library))
    return {line.split()[-1].split("@")[0] for line in output.splitlines() if line.strip()}


def needed(library: Path) -> set[str]:
    """The DT_NEEDED names of `library`."""
    return set(re.findall(r"\(NEEDED\).*\[(.+)\]", run("readelf", "-d", str(library))))


# --- 1. ICU ------------------------------------------------------------------------------


def icu_imports(bundle: Path) -> set[str]:
    """ICU functions the bundle's other libraries import, without ICU's version suffix."""
    icu = [library for library in elf_files(bundle) if library.name.startswith("libicu")]
    exported = set()
    for library in icu:
        output = run("nm", "-D", "--defined-only", str(library))
        exported |= {line.split()[-1].split("@")[0] for line in output.splitlines()}
    imported = set()
    for library in elf_files(bundle):
        if library not in icu:
            imported |= undefined_symbols(library) & exported
    return {re.sub(r"_\d+$", "", name) for name in imported}


def icu_data(library: Path) -> tuple[str, bytes]:
    """The common data package linked into libicudata.so.N: its symbol and its bytes."""
    for line in run("nm", "-D", "--defined-only", "-S", str(library)).splitlines():
        _, size, _, name = line.split()
        if re.fullmatch(r"icudt\d+_dat", name):
            loaded = ctypes.CDLL(str(library))
            start = ctypes.addressof(ctypes.c_char.in_dll(loaded, name))
            return name, ctypes.string_at(start, int(size, 16))
    fail(f"{library} holds no icudtNN_dat")
    raise AssertionError


def cut_icu_data(library: Path, work: Path) -> Path:
    """A libicudata.so.N like `library` without the items ICU_CUT names; its path."""
    symbol, data = icu_data(library)
    package = work / f"{symbol.removesuffix('_dat')}l.dat"  # icupkg names items after it
    package.write_bytes(data)
    items = run("icupkg", "-l", str(package)).split()
    cut = [item for item in items if ICU_CUT.search(item)]
    (work / "cut.txt").write_text("\n".join(cut) + "\n", encoding="utf-8")
    trimmed = work / "trimmed" / package.name
    trimmed.parent.mkdir()
    # icupkg refuses when a kept item needs a removed one (no --ignore-deps).
    run("icupkg", "-r", str(work / "cut.txt"), str(package), str(trimmed))
    source = work / "icudata.S"
    source.write_text(
        f"""\t.section .rodata
\t.globl {symbol}
\t.type {symbol}, @object
\t.balign 16
{symbol}:
\t.incbin "{trimmed}"
\t.size {symbol}, . - {symbol}
\t.section .note.GNU-stack, "", @progbits
""",
        encoding="utf-8",
    )
    built = work / "lib" / library.name
    built.parent.mkdir()
    run("gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(built), str(source))
    return built


# What PROBE prints goes through every ICU function group Qt imports: collation
# (QCollator) in locales with their own order and one ICU lacks, case mapping with
# Turkish and Lithuanian rules, every converter's name and an HTML page decoded by the
# character set it names, and time-zone names. Run once with the whole data and once
# with the cut data; the outputs must be the same.
PROBE = """
import functools
from PySide6.QtCore import QByteArray, QCollator, QLocale, QMimeData, QStringConverter
from PySide6.QtCore import QDateTime, QTimeZone
words = ["zebra", "Äpfel", "apple", "Öl", "ch", "cz", "ہاتھ", "آم", "ب", "ਅ", "ੲ", "file10",
         "file9", "中文", "日本", "ñu", "nz"]
for name in ["en_US", "de_DE", "sv_SE", "es_ES", "ur_PK", "pa_IN", "sd_PK", "zh_CN", "xx_YY"]:
    collator = QCollator(QLocale(name))
    collator.setNumericMode(True)
    print(name, sorted(words, key=functools.cmp_to_key(collator.compare)))
print(QLocale("tr_TR").toUpper("istanbul"), QLocale("en").toUpper("straße"),
      QLocale("lt").toLower("\\u00cc"))
print(sorted(QStringConverter.availableCodecs()))
for name, codec in [("windows-1256", "cp1256"), ("GB18030", "gb18030"),
                    ("Shift_JIS", "shift_jis"), ("EUC-KR", "euc_kr"), ("Big5", "big5"),
                    ("KOI8-R", "koi8_r"), ("ISO-8859-6", "iso-8859-6"), ("IBM037", "cp037")]:
    page = QMimeData()
    page.setData("text/html", QByteArray(
        b'<meta charset="' + name.encode() + b'">' + "ہمارا 中文 мир".encode(codec, "replace")))
    print(name, page.html())
zone = QTimeZone(b"Asia/Karachi")
for locale in ["en", "ur", "de"]:
    print(zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName,
                           QLocale(locale)))
print(QLocale("ur_PK").toString(QDateTime.fromSecsSinceEpoch(0, QTimeZone(b"Asia/Karachi")),
                                QLocale.FormatType.LongFormat))
"""


def probe(library_path: str | None) -> str:
    """PROBE's output, run with LD_LIBRARY_PATH=`library_path` (None: as installed)."""
    environment = dict(os.environ)
    if library_path:
        environment["LD_LIBRARY_PATH"] = library_path  # searched before Qt's RUNPATH
    return run(sys.executable, "-c", PROBE, env=environment)


def slim_icu(bundle: Path) -> None:
    """Replace the bundle's libicudata.so.N by one with the cut data, after both checks."""
    unexpected = sorted(name for name in icu_imports(bundle) if not ICU_FUNCTIONS.match(name))
    if unexpected:
        fail(
            f"the bundle now calls ICU's {', '.join(unexpected)}: check which data they "
            "read and keep it (ICU_CUT), then add them to ICU_FUNCTIONS"
        )
    [library] = [path for path in bundle.rglob("libicudata.so.*") if not path.is_symlink()]
    with tempfile.TemporaryDirectory(prefix="reader-icu-") as work:
        built = cut_icu_data(library, Path(work))
        if probe(str(built.parent)) != probe(None):
            fail("Qt answers differently with the cut ICU data; see PROBE")
        before, after = library.stat().st_size, built.stat().st_size
        built.replace(library)
    print(f"ICU data: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")


# --- 2. Qt Quick -------------------------------------------------------------------------


def stub_qt_quick(bundle: Path) -> None:
    """Replace libQt6Quick by QUICK_STUB and drop QML, which only Qt Quick needed."""
    [plugin] = bundle.rglob("plugins/multimedia/libffmpegmediaplugin.so")
    # PyInstaller also puts symbolic links to Qt's libraries in _internal/: the stub must
    # replace the file itself, in Qt's folder (the links are followed to it).
    [core] = [path for path in bundle.rglob("libQt6Core.so.6") if not path.is_symlink()]
    qt_lib = core.parent
    quick = qt_lib / "libQt6Quick.so.6"
    from_quick = {
        line.split()[-1].split("@")[0]
        for line in run("nm", "-D", "--defined-only", str(quick)).splitlines()
    } & undefined_symbols(plugin)
    from_qml = set()
    for name in QML_LIBRARIES:
        exported = run("nm", "-D", "--defined-only", str(qt_lib / name)).splitlines()
        from_qml |= {line.split()[-1].split("@")[0] for line in exported}
    from_qml &= undefined_symbols(plugin)
    if from_quick != QUICK_SYMBOLS or from_qml:
        fail(
            "the FFmpeg plugin now takes "
            f"{sorted(from_quick ^ QUICK_SYMBOLS) + sorted(from_qml)} from Qt Quick or QML: "
            "check what it does with them before stubbing Qt Quick again"
        )
    others = [
        library
        for library in elf_files(bundle)
        if library.name not in {quick.name, plugin.name, *QML_LIBRARIES}
        and needed(library) & {quick.name, *QML_LIBRARIES}
    ]
    if others:
        fail(f"{', '.join(map(str, others))} also link Qt Quick or QML")
    with tempfile.TemporaryDirectory(prefix="reader-quick-") as work:
        source, script = Path(work) / "quick.c", Path(work) / "quick.map"
        source.write_text(QUICK_STUB, encoding="utf-8")
        # The plugin asks for the symbols at Qt's version node.
        script.write_text(
            "Qt_6 { global: " + "; ".join(sorted(QUICK_SYMBOLS)) + "; local: *; };\n",
            encoding="utf-8",
        )
        run(
            "gcc", "-shared", "-fPIC", "-O2", f"-Wl,-soname,{quick.name}",
            f"-Wl,--version-script={script}", "-o", str(quick), str(source),
        )  # fmt: skip
    run("patchelf", "--remove-needed", "libQt6Qml.so.6", str(plugin))
    for name in QML_LIBRARIES:
        (qt_lib / name).unlink()
    print("Qt Quick: replaced by a stub of two symbols; QML libraries removed")


# --- 3. pdfminer's CMaps -----------------------------------------------------------------


def store_cmaps(bundle: Path) -> None:
    """Rewrite pdfminer's gzipped CMaps as stored (level 0) gzip files, same content."""
    maps = sorted(bundle.rglob("pdfminer/cmap/*.json.gz"))
    if not maps:
        fail("pdfminer's CMaps are not where they were (pdfminer/cmap/*.json.gz)")
    for path in maps:
        content = gzip.decompress(path.read_bytes())
        path.write_bytes(gzip.compress(content, compresslevel=0, mtime=0))
    print(f"pdfminer: {len(maps)} CMaps stored uncompressed in their gzip files")


def main(arguments: list[str]) -> int:
    """Slim the bundle folder named by the one argument; 0, or exit with a message."""
    if len(arguments) != 1 or not Path(arguments[0], "_internal").is_dir():
        fail("usage: slim_bundle.py BUNDLE (the folder PyInstaller made, e.g. dist/Reader)")
    bundle = Path(arguments[0])
    slim_icu(bundle)
    stub_qt_quick(bundle)
    store_cmaps(bundle)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
