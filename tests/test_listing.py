"""pipeline.listing: the links of a listing page, their words, and the listing rules."""

import pytest

from pipeline.listing import Link, Rules, describe, language_in, language_of_name, parse, without_languages

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


@pytest.mark.parametrize("html, country, language", [
    ('<tr><td>Chile</td><td><a href="c.pdf">English</a> | <a href="d.pdf">Español</a></td></tr>', "CHL", "en"),
    ('<li><a href="m.pdf">Maroc (français)</a></li>', "MAR", "fr"),
    ('<h3>Senegal</h3><p><a href="docs/review_spanish.pdf">Download</a></p>', "SEN", "es"),
    ('<p>Germany and France: <a href="joint.pdf">joint input</a></p>', "", ""),
    ('<p><a href="brief.pdf">Regional Information Brief for the UNECE Region (PDF)</a></p>', "", ""),
])
def test_what_a_listing_says_about_a_file(html, country, language):
    link = parse(f"<table>{html}</table>" if html.startswith("<tr") else html, "https://h/x").links[0]
    assert describe(link) == (country, language)


def test_a_file_on_a_document_page_takes_the_country_of_the_link_to_that_page():
    outer = parse('<tr><td><a href="/resources/r">Senegal</a></td><td>Français</td></tr>', "https://h/").links[0]
    page = parse('<h1>Voluntary GCM Review</h1><a href="/files/r.pdf">View Document (143.42 KB)</a>', outer.url)
    assert describe(page.links[0], outer=outer, title=page.title) == ("SEN", "fr")


def test_language_names_are_no_country_names():
    assert without_languages("Español / English (Chile)") == " /  (Chile)"
