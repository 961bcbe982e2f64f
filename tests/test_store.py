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
