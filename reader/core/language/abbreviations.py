"""Abbreviations that end in a full stop but do not end a sentence, per language.

Data, to be extended a line at a time: each entry is written lower-cased and without its
final dot ("e.g" for "e.g.", "rs" for "Rs."). A language's list applies to every tag of
that language ("en", "en-PK", "en-Latn-IN", ...). Words that often do end a sentence
("etc", "a.m") are left out on purpose: the splitter's general rule decides those; so are
abbreviations that are also common words ("art.", "fed.", "sec."), which end sentences.

English covers what is common in Pakistani (and Indian) English as well: currency
("Rs." for rupees), company and government forms ("Pvt. Ltd.", "Govt.", "Distt.",
"Secy."), and titles ("Engr.", "Mst.", "Ch.", "Sh.", military ranks).
"""

from reader.core.language.tags import primary_language

_ENGLISH = {
    # Titles and ranks
    "mr", "mrs", "ms", "messrs", "dr", "prof", "engr", "st", "jr", "sr", "hon", "rev", "mst",
    "mohd", "muhd", "ch", "sh", "gen", "lt", "col", "maj", "brig", "capt", "cdr", "sgt",
    "insp", "supt", "adv", "sen", "rep", "gov", "govs", "pres", "dy", "addl", "asst", "asstt",
    "secy", "jt",
    # Companies, government, places
    "inc", "ltd", "pvt", "co", "corp", "bros", "assn", "assoc", "dept", "div", "govt", "univ",
    "inst", "intl", "natl", "distt", "dist", "teh", "vill", "mt", "ave", "rd",
    # Money and measures
    "rs", "re", "approx", "est", "ft", "sq", "nos",
    # References in a text
    "e.g", "i.e", "vs", "cf", "viz", "fig", "figs", "p", "pp", "vol", "vols", "para",
    "ed", "eds", "ref", "regd",
    # Months
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
}  # fmt: skip

ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": frozenset(_ENGLISH),
    "fr": frozenset({"m", "mm", "mme", "mlle", "dr", "pr", "st", "ste", "av", "bd", "cf",
                     "p", "vol", "env"}),
    "de": frozenset({"z.b", "d.h", "u.a", "bzw", "ca", "nr", "str", "dr", "prof", "hr",
                     "fr", "vgl", "s", "bd", "abs"}),
    "es": frozenset({"sr", "sra", "srta", "dr", "dra", "ud", "uds", "av", "pág", "núm",
                     "p"}),
    # Russian: "г." (year, city), "ул." (street), "т.е." (that is), "им." (named after).
    "ru": frozenset({"г", "гг", "ул", "д", "т.е", "т.к", "им", "проф", "акад", "стр", "см",
                     "тыс", "млн", "млрд", "руб", "коп"}),
}  # fmt: skip


def abbreviations(language: str) -> frozenset[str]:
    """The abbreviations of `language`, a BCP 47 tag. A language with no list of its own
    takes English's: Urdu, Hindi and others end sentences with a sign of their own ("۔",
    "।"), and the full stops in their text are mostly those of English words and names."""
    return ABBREVIATIONS.get(primary_language(language), ABBREVIATIONS["en"])
