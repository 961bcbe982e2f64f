"""Text and markdown files: bytes -> text, with a fallback for legacy encodings."""

from __future__ import annotations

import unicodedata

from .errors import IngestError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode a text file; returns the text and the encoding used."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise IngestError(f"not valid {encoding} text despite its byte-order mark") from exc
    if b"\x00" in data:
        raise IngestError("binary data, not text: the file is damaged or not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # cp1252 is what Windows converters write; latin-1 decodes any byte left over.
    try:
        text, encoding = data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    if _control_ratio(text) > 0.05:
        raise IngestError("binary data, not text: the file is damaged or not a text document")
    return text, encoding


def _control_ratio(text: str) -> float:
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f")
    return controls / max(1, len(text))
