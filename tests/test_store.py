import os

import pytest

from pipeline import store


def test_publish_replaces_the_whole_folder(tmp_path):
    out = tmp_path / "output"
    for version in ("old", "new"):
        stage = store.staging(out)
        (stage / "table.csv").write_text(version)
        (stage / version).write_text("only in " + version)
        store.publish(stage, out)
    assert sorted(p.name for p in out.iterdir()) == ["new", "table.csv"]
    assert (out / "table.csv").read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["output"]


def test_recover_puts_back_the_previous_output_and_clears_dead_runs(tmp_path):
    out = tmp_path / "output"
    old = tmp_path / ".output.old-123"
    old.mkdir()
    (old / "table.csv").write_text("previous")
    dead = tmp_path / ".output.staging-999999999-abc"
    dead.mkdir()
    live = store.staging(out)  # this process: alive
    store.recover(out)
    assert (out / "table.csv").read_text() == "previous"
    assert not dead.exists() and live.exists()


def test_a_second_writer_is_told_who_holds_the_folder(tmp_path):
    out = tmp_path / "output"
    with store.lock(out):
        with pytest.raises(store.OutputBusy) as busy:
            with store.lock(out):
                pass
    assert str(busy.value) == f"{out} is being written by process {os.getpid()}; wait for that run to finish"


@pytest.mark.parametrize("umask, folder_mode, file_mode", [(0o022, 0o755, 0o644), (0o027, 0o750, 0o640)])
def test_published_folders_and_files_get_the_modes_of_the_user_s_umask(tmp_path, umask, folder_mode, file_mode):
    """Others may read what a run publishes (a colleague, a Dask worker running as
    another user) exactly as far as the umask lets them: output/ and the cache alike."""
    import shutil
    import stat
    import subprocess
    import sys

    from conftest import ROOT, SAMPLE

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLE, raw / "review.txt")
    for _ in range(2):  # the second run replaces the output of the first
        subprocess.run([sys.executable, "-m", "pipeline.run", str(raw), str(tmp_path / "output")],
                       cwd=ROOT, umask=umask, check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "pipeline.cli", "report", "--out", str(tmp_path / "output")],
                   cwd=ROOT, umask=umask, check=True, capture_output=True)  # report.html written again
    published = [tmp_path / "output", tmp_path / ".output.cache"]
    paths = published + [p for folder in published for p in folder.rglob("*")]
    modes = {str(p.relative_to(tmp_path)): stat.S_IMODE(p.stat().st_mode) for p in paths}
    assert {name: mode for name, mode in modes.items() if mode != (folder_mode if (tmp_path / name).is_dir() else file_mode)} == {}
    assert len([name for name in modes if name.endswith(".pickle")]) == 1
    assert {"output/documents.csv", "output/text/review.txt", "output/report.html", "output/gcm.sqlite"} <= set(modes)
