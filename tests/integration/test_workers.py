"""Extraction in worker processes gives exactly what one process gives (the installed command, for real)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[2]
WIRECODER = REPOSITORY / ".venv" / "bin" / "wirecoder"
EXAMPLES = REPOSITORY / "examples"


def _run(*args: object, workers: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WIRECODER_WORKERS": workers}
    return subprocess.run([str(WIRECODER), *map(str, args)], capture_output=True, text=True, env=env, timeout=300)


def test_two_workers_store_the_same_events_and_ids_as_one(tmp_path: Path) -> None:
    outputs = {}
    for workers in ("1", "2"):
        db = tmp_path / f"workers-{workers}.db"
        processed = _run("process", EXAMPLES, "--db", db, "--quiet", workers=workers)
        assert processed.returncode == 0, processed.stderr
        exported = _run("export", "--db", db, "--level", "mentions", workers=workers)
        events = _run("export", "--db", db, workers=workers)
        assert exported.returncode == 0 and events.returncode == 0
        outputs[workers] = (exported.stdout, events.stdout)
    assert outputs["1"] == outputs["2"]
    assert outputs["1"][1].count("\n") >= 5  # the examples hold several events
