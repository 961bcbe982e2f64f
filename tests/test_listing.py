"""pipeline.listing: the links of a listing page, their words, and the listing rules."""

import pytest

from pipeline.listing import Link, Rules, language_in, language_of_name, parse

PAGE = """<html><head><title>Voluntary reviews | Site</title><base href="/hub/"></head><body>
<h1>Voluntary reviews</h1>
<script>var a = '<a href="x.pdf">no</a>';</script>
<h2>Africa</h2>
<table><tr><td>Kelmar</td><td><a href="docs/kelmar_en.pdf#page=2">English</a></td>
<td><a href="docs/kelmar_fr.pdf">Français</a></td></tr></table>
<ul><li>Norland: <a href="/resources/norland-review" title="Norland review"><img alt="cover"></a>
<li><a href="docs/kelmar_en.pdf">again</a></ul>
<p>Read <a href="https://other.example/guide.pdf">the guide</a>.</p>
</body></html>"""


def test_links_with_their_words_in_page_order_each_once():
    page = parse(PAGE, "https://site.example/reviews")
    assert page.title == "Voluntary reviews"
    assert page.links == (
        Link("https://site.example/hub/docs/kelmar_en.pdf", "English", "Kelmar English Français", "Africa"),
        Link("https://site.example/hub/docs/kelmar_fr.pdf", "Français", "Kelmar English Français", "Africa"),
        Link("https://site.example/resources/norland-review", "cover", "Norland: cover", "Africa"),
        Link("https://other.example/guide.pdf", "the guide", "Read the guide.", "Africa"),
    )


@pytest.mark.parametrize("rules, files, pages", [
    (Rules(), ["kelmar_en.pdf", "kelmar_fr.pdf", "guide.pdf"], []),
    (Rules(files=("/hub/docs/*",), pages=("/resources/*",)), ["kelmar_en.pdf", "kelmar_fr.pdf"], ["norland-review"]),
])
def test_rules_tell_file_links_and_document_pages(rules, files, pages):
    links = parse(PAGE, "https://site.example/reviews").links
    assert [link.url.rsplit("/", 1)[1] for link in links if rules.is_file(link.url)] == files
    assert [link.url.rsplit("/", 1)[1] for link in links if rules.is_page(link.url)] == pages


@pytest.mark.parametrize("text, code", [
    ("English", "en"), ("Versión en español", "es"), ("version française", "fr"), ("العربية", "ar"),
    ("English / Español", None), ("Voluntary GCM Review", None),
])
def test_language_in_link_words(text, code):
    assert language_in(text) == code


@pytest.mark.parametrize("url, code", [
    ("https://h/docs/gcm_spanish.pdf", "es"), ("https://h/docs/imrf_french.pdf", "fr"),
    ("https://h/docs/policy_brief-es.pdf", "es"), ("https://h/docs/review_EN.pdf", "en"),
    ("https://h/docs/gcm.pdf", None), ("https://h/docs/kelmar-review.pdf", None),
])
def test_language_of_a_file_name(url, code):
    assert language_of_name(url) == code
