from pathlib import Path

import pytest

from reader.core.articles.article import ArticleMeta
from reader.core.reading.citation import CitationStyle, citation

METOO = ArticleMeta(
    id="metoo",
    path=Path("metoo.md"),
    title="What #MeToo Means for Pakistan’s Most Marginalised",
    author="Unknown",
    source="Propergaanda, https://www.propergaanda.com/what-metoo/",
    published="2018",
)
URDU = ArticleMeta(
    id="ur",
    path=Path("ur.md"),
    title="کشمیر کی کہانی",
    author="ثنا احمد",
    source="روزنامہ",
    published="2019-08-05",
    language="ur",
)
BARE = ArticleMeta(id="b", path=Path("b.md"), title="Notes.", author="A. Writer.")


@pytest.mark.parametrize(
    ("meta", "quote", "section", "style", "expected"),
    [
        (
            METOO,
            "rape are\nrarely\u2029reported",
            "Stigma, the police and the courts",
            CitationStyle.MLA,
            "“rape are rarely reported”\n“What #MeToo Means for Pakistan’s Most Marginalised.” "
            "Section “Stigma, the police and the courts”. "
            "Propergaanda, https://www.propergaanda.com/what-metoo/, 2018.",
        ),
        (
            METOO,
            "rape are rarely",
            "",
            CitationStyle.APA,
            "“rape are rarely”\nWhat #MeToo Means for Pakistan’s Most Marginalised. (2018). "
            "Propergaanda, https://www.propergaanda.com/what-metoo/.",
        ),
        (
            URDU,
            "یہ کہانی",
            "آغاز",
            CitationStyle.MLA,
            "“یہ کہانی”\nثنا احمد. “کشمیر کی کہانی.” Section “آغاز”. روزنامہ, 2019-08-05.",
        ),
        (
            URDU,
            "یہ کہانی",
            "آغاز",
            CitationStyle.APA,
            "“یہ کہانی”\nثنا احمد. (2019). کشمیر کی کہانی. Section “آغاز”. روزنامہ.",
        ),
        (BARE, "a b", "", CitationStyle.APA, "“a b”\nA. Writer. (n.d.). Notes."),
        (BARE, "a b", "", CitationStyle.MLA, "“a b”\nA. Writer. “Notes.”"),
    ],
)
def test_citations_in_both_styles(meta, quote, section, style, expected):
    assert citation(meta, quote, section, style) == expected
