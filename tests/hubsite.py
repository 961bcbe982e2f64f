"""A site on 127.0.0.1 laid out like the Migration Network Hub pages that sources.toml reads,
with their nesting, link shapes and relative URLs, and invented content: the Forum pages with
a table of States (a file link per language, or a link to the State's document page), a
region page reached through a /node/ address that redirects, the regional reviews page, a
document page that links its file as "View Document", links that are no reviews (the Compact
itself, a resolution on another host, a region's brief, a stakeholder's input), and a review
that answers with an HTML page."""

from __future__ import annotations

from pathlib import Path

from pdfs import make_pdf
from reviewserver import Answer, ReviewSite, html, redirect

HUB = "https://migrationnetwork.un.org"
DOCS = "/sites/g/files/tmzbdl416/files/docs"

ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /search/\nDisallow: /user/login\n"

IMRF_2022 = f"""<!DOCTYPE html><html><head><title>International Migration Review Forum 2022 | United Nations
Network on Migration</title></head><body><a href="#main-content">Skip to main content</a>
<h1>International Migration Review Forum 2022</h1>
<h2>Voluntary GCM Reviews</h2>
<table><thead><tr><th>Member State</th><th>Review</th></tr></thead><tbody>
<tr><td>Chile</td><td><a href="{DOCS}/chile_-_voluntary_gcm_review.pdf">English</a> |
  <a href="{DOCS}/chile_-_voluntary_gcm_review_spanish.pdf">Español</a></td></tr>
<tr><td><a href="/resources/voluntary-gcm-review-senegal">Senegal</a></td><td>Français</td></tr>
<tr><td>Philippines</td><td><a href="sites/g/files/tmzbdl416/files/docs/philippines_gcm_review.pdf">English</a></td></tr>
</tbody></table>
<p>Read the <a href="{DOCS}/gcm.pdf">Global Compact for Migration</a> and resolution
<a href="https://documents-dds-ny.un.org/doc/UNDOC/GEN/N18/452/00/PDF/N1845200.pdf">A/RES/73/195</a>.</p>
</body></html>"""

SENEGAL = """<html><head><title>Voluntary GCM Review: Senegal | United Nations Network on Migration</title></head>
<body><h1>Voluntary GCM Review: Senegal</h1><div class="field">Knowledge Platform</div>
<a class="button" href="../sites/g/files/tmzbdl416/files/docs/senegal_review_french.pdf">View Document (143.42 KB)</a>
</body></html>"""

IMRF_2026 = f"""<html><body><h1>International Migration Review Forum 2026</h1><h2>Voluntary GCM Reviews</h2>
<ul><li><a href="/resources/kenya-voluntary-gcm-review-2026">Kenya</a></li>
<li><a href="/fr/resources/revue-volontaire-du-maroc">Maroc (français)</a></li>
<li>Mexico: <a href="{DOCS}/mexico_review.pdf">Voluntary GCM Review</a> (Español)</li></ul></body></html>"""

KENYA = f"""<html><body><h1>Kenya: Voluntary GCM Review 2026</h1>
<p><a href="{DOCS}/kenya_voluntary_gcm_review_2026.pdf">English</a></p></body></html>"""

MOROCCO = f"""<html><body><h1>Revue volontaire du Pacte mondial : Maroc</h1>
<a href="{DOCS}/maroc_revue_volontaire.pdf">Voir le document (98.1 KB)</a></body></html>"""

UNECE = f"""<html><body><h1>UNECE Region</h1><h2>Explore the Regional Reviews of the UNECE Region</h2>
<p><a href="{DOCS}/regional_information_brief_unece.pdf">Download the Regional Information Brief for the
UNECE Region (PDF)</a></p>
<h3>Written inputs to the GCM Regional Review</h3>
<ul><li><a href="{DOCS}/germany_written_input.pdf">Germany</a></li>
<li><a href="{DOCS}/republic_of_moldova.pdf">Republic of Moldova</a></li>
<li><a href="{DOCS}/caritas_input.pdf">Caritas Internationalis</a></li></ul>
<p>This page contains information for the Member States of the UN Economic Commission for Europe (UNECE),
which include: Albania, Andorra, Armenia, Austria.</p></body></html>"""

REGIONAL = f"""<html><body><h1>Regional Reviews</h1><h2>Upcoming Regional Reviews</h2>
<ul><li><a href="/regional-reviews/unece-region">UNECE Region</a></li></ul><h2>Past editions</h2>
<ul><li><a href="{DOCS}/canada_regional_review_2020.pdf">Canada – contribution to the 2020 regional review</a></li>
</ul></body></html>"""

FILES = [  # name, the country its text is about
    ("chile_-_voluntary_gcm_review.pdf", "Chile"), ("chile_-_voluntary_gcm_review_spanish.pdf", "Chile"),
    ("senegal_review_french.pdf", "Senegal"), ("philippines_gcm_review.pdf", "Philippines"),
    ("kenya_voluntary_gcm_review_2026.pdf", "Kenya"), ("maroc_revue_volontaire.pdf", "Morocco"),
    ("germany_written_input.pdf", "Germany"), ("republic_of_moldova.pdf", "Moldova"),
    ("canada_regional_review_2020.pdf", "Canada"), ("gcm.pdf", "the Compact"),
    ("regional_information_brief_unece.pdf", "the region"), ("caritas_input.pdf", "a stakeholder"),
]


def hub_site(folder: Path) -> ReviewSite:
    """The site, its PDFs written into ``folder``."""
    site = ReviewSite()
    site.robots = ROBOTS
    pages = {
        "/international-migration-review-forum-2022": IMRF_2022,
        "/resources/voluntary-gcm-review-senegal": SENEGAL,
        "/international-migration-review-forum-2026": IMRF_2026,
        "/resources/kenya-voluntary-gcm-review-2026": KENYA,
        "/fr/resources/revue-volontaire-du-maroc": MOROCCO,
        "/regional-reviews/unece-region": UNECE,
        "/regional-reviews": REGIONAL,
    }
    site.answers = {path: html(text) for path, text in pages.items()}
    site.answers["/node/18441"] = redirect("/regional-reviews/unece-region")  # a page that moved
    for name, country in FILES:
        pdf = make_pdf(folder / name, [[f"Voluntary GCM review of {country}", "In 2021, 120 officials were trained."]])
        site.answers[f"{DOCS}/{name}"] = Answer(200, pdf.read_bytes(), {"Content-Type": "application/pdf"})
    # An error page served with status 200 where the PDF was expected.
    site.answers[f"{DOCS}/mexico_review.pdf"] = html(
        "<!DOCTYPE html><html><head><title>Access denied</title></head><body>You are not authorized to access "
        "this page.</body></html>")
    return site
