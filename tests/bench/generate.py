"""Generated articles for the benchmarks: deterministic, so every run measures the same text."""

import random
from pathlib import Path

_VOCABULARY = (
    "the of and to in a is that for it as was with be by on not he this are or his from at "
    "which but have an they you were her she there one all we their has been would when who "
    "will more no if out so said what up its about into than them can only other new some "
    "could time these two may then do first any my now such like our over man me even most "
    "made after also did many before must through back years where much your way well down "
    "should because each just those people how too little state good very make world still "
    "own see men work long get here between both life being under never day same another "
    "know while last might us great old year off come since against go came right used take "
    "three women rights voice story justice court press freedom reader language movement "
    "school family city village letter morning evening river market north south history"
)
_WORDS = _VOCABULARY.split()
# In a few library bodies only (one article in a hundred), so a search must read them all.
RARE_WORD = "zephyrine"


def _sentence(rng: random.Random) -> str:
    words = rng.choices(_WORDS, k=rng.randint(8, 22))
    if rng.random() < 0.3:
        index = rng.randrange(len(words))
        words[index] = rng.choice(
            (
                f"*{words[index]}*",
                f"**{words[index]}**",
                f"`{words[index]}`",
                f"[{words[index]}](https://example.org/{words[index]})",
            )
        )
    return " ".join(words).capitalize() + "."


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(3, 7)))


def _block(rng: random.Random) -> str:
    """One block of body text, mostly paragraphs, as Markdown."""
    kind = rng.random()
    if kind < 0.08:
        return "\n".join(f"- {_sentence(rng)}" for _ in range(rng.randint(2, 6)))
    if kind < 0.12:
        return "\n".join(f"{n}. {_sentence(rng)}" for n in range(1, rng.randint(3, 7)))
    if kind < 0.15:
        return f"> {_paragraph(rng)}"
    if kind < 0.16:
        rows = [" | ".join(rng.choices(_WORDS, k=3)) for _ in range(rng.randint(2, 5))]
        return "\n".join(["Name | Place | Note", "--- | :---: | ---:", *rows])
    return _paragraph(rng)


def _front_matter(title: str, language: str, summary: str) -> str:
    return (
        f"---\ntitle: {title}\nauthor: Bench Writer\nlanguage: {language}\n"
        f"published: 2024-05-01\nsummary: {summary}\n---\n\n"
    )


def long_article(size: int, seed: int = 1) -> str:
    """An article of about `size` bytes with sections, lists, quotes and tables."""
    rng = random.Random(seed)
    parts = [_front_matter("A very long article", "en", "Generated to measure opening time.")]
    length, section = len(parts[0]), 0
    while length < size:
        section += 1
        level = "##" if section % 4 == 1 else "###"
        block = f"{level} Section {section}: {' '.join(rng.choices(_WORDS, k=4))}"
        for _ in range(rng.randint(4, 10)):
            block += "\n\n" + _block(rng)
        parts.append(block + "\n\n")
        length += len(block.encode("utf-8")) + 2
    return "".join(parts)


def write_library(folder: Path, count: int, seed: int = 2) -> None:
    """`count` articles of 2 to 6 KB; every hundredth one contains RARE_WORD in its body."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        title = " ".join(rng.choices(_WORDS, k=rng.randint(3, 7))).capitalize()
        summary = " ".join(rng.choices(_WORDS, k=rng.randint(10, 20)))
        blocks = [_block(rng) for _ in range(rng.randint(4, 12))]
        if number % 100 == 50:
            blocks.insert(len(blocks) // 2, f"It was a {RARE_WORD} evening.")
        language = rng.choice(("en", "en", "en", "ur", "fr"))
        text = _front_matter(title, language, summary) + "\n\n".join(blocks) + "\n"
        (folder / f"article-{number:04d}.md").write_text(text, encoding="utf-8")
