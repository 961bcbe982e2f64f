"""The installed project's metadata, as setuptools wrote it from pyproject.toml."""

import importlib.metadata


def test_the_license_is_an_spdx_expression():
    """`license = "MIT"` (PEP 639), not the deprecated `{ text = ... }` table that
    current setuptools warns about at every install."""
    metadata = importlib.metadata.metadata("gcm-extract")
    assert (metadata.get("License-Expression"), metadata.get("License")) == ("MIT", None)
