"""pipeline.rawdir: the names sync may give files in raw/, the modes of what it writes, the files' dates."""

import os
import stat
import subprocess
import sys

import pytest

from conftest import ROOT
from pipeline.fetch import Refused
from pipeline.rawdir import MANIFEST_COLUMNS, file_dates, file_name, write_manifest
from reviewserver import ReviewSite, review


@pytest.mark.parametrize("url, name", [
    ("http://h/files/Revue%20S%C3%A9n%C3%A9gal.pdf", "Revue Sénégal.pdf"),
    ("http://h/a/../b.txt", "b.txt"),
    ("http://h/docs/gcm_spanish.PDF?download=1", "gcm_spanish.PDF"),
])
def test_file_name(url, name):
    assert file_name(url) == name


@pytest.mark.parametrize("url, message", [
    ("http://h/x/..%2F..%2Fetc%2Fcron.d%2Fx.txt", "refused http://h/x/..%2F..%2Fetc%2Fcron.d%2Fx.txt: "
                                                  "its file name '../../etc/cron.d/x.txt' would leave raw/"),
    ("http://h/..", "refused http://h/..: its file name '..' would leave raw/"),
    ("http://h/a%00.pdf", "refused http://h/a%00.pdf: its file name 'a\\x00.pdf' would leave raw/"),
    ("http://h/Manifest.CSV", "refused http://h/Manifest.CSV: its file name Manifest.CSV would replace raw/manifest.csv"),
    ("http://h/review.docx", "refused http://h/review.docx: review.docx is not a .pdf, .txt or .md file"),
    ("http://h/", "refused http://h/: its name is not a .pdf, .txt or .md file"),
])
def test_names_that_are_refused(url, message):
    with pytest.raises(Refused) as refusal:
        file_name(url)
    assert str(refusal.value) == message


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640)])
def test_files_written_by_sync_get_the_modes_the_umask_gives(tmp_path, umask, mode):
    sources = tmp_path / "sources.toml"
    with ReviewSite() as site:
        site.files = {"/reviews/kelmar.txt": review("Kelmar", 40)}
        sources.write_text(f'[http]\ndelay = 0\n\n[[source]]\nname = "site"\ntype = "listing"\n'
                           f'url = "{site.listing}"\nallow_private = true\n', encoding="utf-8")
        result = subprocess.run([sys.executable, "-m", "pipeline.cli", "sync", "--sources", str(sources)],
                                cwd=ROOT, capture_output=True, text=True, preexec_fn=lambda: os.umask(umask))
    assert (result.returncode, result.stdout) == (0, "downloaded kelmar.txt\n1 downloaded, 0 unchanged, 0 failed\n")
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "raw").iterdir()}
    assert modes == {"kelmar.txt": mode, "manifest.csv": mode, "metadata.csv": mode}
    assert stat.S_IMODE((tmp_path / "raw").stat().st_mode) == 0o777 & ~umask


def test_a_file_is_dated_by_its_server_when_sync_fetched_it_else_by_its_modification_time(tmp_path):
    for name in ("fetched.pdf", "undated.pdf", "by-hand.txt"):
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, (1_700_000_000, 1_700_000_000))
    row = dict.fromkeys(MANIFEST_COLUMNS, "")
    write_manifest(tmp_path, {
        "https://h/fetched.pdf": {**row, "url": "https://h/fetched.pdf", "file": "fetched.pdf",
                                  "last_modified": "Wed, 21 Oct 2015 07:28:00 GMT"},
        "https://h/undated.pdf": {**row, "url": "https://h/undated.pdf", "file": "undated.pdf"},
    })
    os.utime(tmp_path / "manifest.csv", (1_600_000_000, 1_600_000_000))
    assert file_dates(tmp_path) == {
        "fetched.pdf": "2015-10-21T07:28:00Z",
        "undated.pdf": "2023-11-14T22:13:20Z",
        "by-hand.txt": "2023-11-14T22:13:20Z",
        "manifest.csv": "2020-09-13T12:26:40Z",
    }
    (tmp_path / "manifest.csv").write_bytes(b"\xff\xfe not a manifest")
    assert file_dates(tmp_path)["fetched.pdf"] == "2023-11-14T22:13:20Z"
