"""Bad documents, written by the tests themselves: one generator per kind of damage."""

from __future__ import annotations

import random
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

import scans
from pdfs import make_pdf, write_objects

GOOD_PAGES = [
    ["2 Protecting migrants through rights-based border governance measures", "a) Progress",
     "The border police trained 150 officers on victim identification in 2021."],
    ["b) Challenges", "Some 40 reception centres remain overcrowded."],
]


def good_pdf(path: Path) -> Path:
    return make_pdf(path, GOOD_PAGES)


def random_bytes(path: Path, size: int = 4096, seed: int = 7) -> Path:
    path.write_bytes(random.Random(seed).randbytes(size))
    return path


def truncated_pdf(path: Path) -> Path:
    data = good_pdf(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def corrupt_pdf(path: Path) -> Path:
    """Every object's body overwritten with junk; the header and trailer intact."""
    data = bytearray(good_pdf(path).read_bytes())
    start = data.find(b"obj") + 3
    end = data.rfind(b"xref")
    rng = random.Random(3)
    for i in range(start, end, 7):
        data[i] = rng.choice(b"<>[]()/\\%{}")
    path.write_bytes(bytes(data))
    return path


def encrypted_pdf(path: Path, user_password: str) -> Path:
    pdf = FPDF()
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
    pdf.set_encryption(owner_password="owner", user_password=user_password)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, "2 Protecting migrants through rights-based border governance measures", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "The border police trained 150 officers on victim identification in 2021.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def scanned_pdf(path: Path) -> Path:
    """The good pages, scanned: images with no text layer (see scans.py)."""
    return scans.scanned_pdf(path, GOOD_PAGES)


def pictures_pdf(path: Path) -> Path:
    """Pages of drawn bars, like lines of text seen from afar: no text layer, and no word to read."""
    pdf = FPDF()
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
    for _ in range(2):
        pdf.add_page()
        for line in range(30):
            pdf.rect(20, 20 + 8 * line, 170 - (line % 5) * 12, 4, style="F")
    pdf.output(str(path))
    return path


def long_pdf(path: Path, pages: int = 2000) -> Path:
    pdf = FPDF()
    pdf.set_creation_date(datetime(2024, 1, 1, tzinfo=timezone.utc))
    pdf.set_font("Helvetica", size=11)
    for number in range(pages):
        pdf.add_page()
        pdf.cell(0, 10, f"Annex table, page {number + 1}")
    pdf.output(str(path))
    return path


PORTUGUESE = (
    "Revisão nacional voluntária do Pacto Global para as Migrações\n\n"
    "Os ministérios e as organizações da sociedade civil participaram na consulta, e o relatório "
    "apresenta as medidas tomadas para os migrantes no país e no estrangeiro, com o apoio da OIM.\n"
)


def memory_bomb_pdf(path: Path, gib: float = 1.5) -> Path:
    """A 2 MB PDF whose one page's content stream inflates to ``gib`` GiB of
    spaces: a reader that decompresses it needs that much memory."""
    import struct
    import zlib

    content = b"BT /F1 10 Tf 72 700 Td (A page of text) Tj ET\n"
    spaces = b" " * (1 << 20)
    compressor = zlib.compressobj(9)
    head = compressor.compress(content) + compressor.flush(zlib.Z_FULL_FLUSH)
    # After a full flush the compressor starts afresh: each MiB of spaces compresses alike.
    block = compressor.compress(spaces) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.flush()[:-4]
    count = int(gib * 1024)
    checksum = zlib.adler32(content)
    for _ in range(count):
        checksum = zlib.adler32(spaces, checksum)
    stream = head + block * count + tail + struct.pack(">I", checksum)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return write_objects(path, objects)
