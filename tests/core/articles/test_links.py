"""The leave-Reader dialog's view of a link: nothing in the address can pass for another."""

import pytest

from reader.core.articles.links import describe_external_link

pytestmark = pytest.mark.usefixtures("qapp")

MIXED = "alphabets"
INVISIBLE = "invisible characters"


@pytest.mark.parametrize(
    ("address", "shown", "host"),
    [
        # The case: Cyrillic letters that look like "apple", given as punycode...
        ("https://xn--80ak6aa92e.com/login", "https://xn--80ak6aa92e.com/login", None),
        # ...or as the letters themselves: both are shown in ASCII form.
        ("https://аррӏе.com/login", "https://xn--80ak6aa92e.com/login", None),
        ("https://pаypal.com/", "https://xn--pypal-4ve.com/", None),  # one Cyrillic "а"
        ("https://gοogle.com/", "https://xn--gogle-rce.com/", None),  # a Greek omicron
        ("https://αpple.com/", "https://xn--pple-zld.com/", None),  # a Greek alpha
        ("https://مثال.pk/", "https://xn--mgbh0fb.pk/", None),  # Arabic letters, Latin pk
        ("mailto:help@аррӏе.com", "mailto:help@xn--80ak6aa92e.com", "xn--80ak6aa92e.com"),
    ],
)
def test_a_host_mixing_scripts_is_shown_in_ascii_with_a_warning(address, shown, host):
    link = describe_external_link(address)
    assert link.address == shown
    assert link.host == (host or shown.split("/")[2])
    assert len(link.warnings) == 1 and MIXED in link.warnings[0]
    assert link.host in link.warnings[0]


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        ("https://пример.рф/", "https://xn--e1afmkfd.xn--p1ai/"),  # Cyrillic throughout
        ("https://مثال.پاکستان/", "https://xn--mgbh0fb.xn--mgbai9azgqp6j/"),  # Arabic script
        ("https://bücher.de/", "https://xn--bcher-kva.de/"),  # Latin with a diacritic
        ("https://ＥＸＡＭＰＬＥ.com/", "https://example.com/"),  # full width maps to ASCII
        ("https://www.propergaanda.com/a?b=c#d", "https://www.propergaanda.com/a?b=c#d"),
    ],
)
def test_a_host_in_one_script_is_shown_in_ascii_without_a_warning(address, shown):
    link = describe_external_link(address)
    assert (link.address, link.warnings) == (shown, ())


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        # The case: an override makes the end of the address read backwards.
        ("https://evil.example/\u202emoc.knab.www", "https://evil.example/⟨U+202E⟩moc.knab.www"),
        ("https://example.com/\u2067سلام\u2069", "https://example.com/⟨U+2067⟩سلام⟨U+2069⟩"),
        ("https://example.com/a\u200fb\u200ec", "https://example.com/a⟨U+200F⟩b⟨U+200E⟩c"),
        ("https://example.com/?q=\u061c\u202b", "https://example.com/?q=⟨U+061C⟩⟨U+202B⟩"),
        (
            "mailto:a@example.com?subject=\u202etxt.exe",
            "mailto:a@example.com?subject=⟨U+202E⟩txt.exe",
        ),
    ],
)
def test_bidi_controls_are_shown_visibly_with_a_warning(address, shown):
    link = describe_external_link(address)
    assert link.address == shown
    assert len(link.warnings) == 1 and INVISIBLE in link.warnings[0]


def test_a_name_before_at_is_not_taken_for_the_site():
    link = describe_external_link("https://www.bank.com@evil.example:8443/login")
    assert link.host == "evil.example"
    assert link.address == "https://www.bank.com@evil.example:8443/login"
    assert link.warnings and "evil.example" in link.warnings[0]


def test_an_ipv6_host_keeps_its_brackets():
    assert describe_external_link("https://[2001:db8::1]:8080/x").address == (
        "https://[2001:db8::1]:8080/x"
    )
