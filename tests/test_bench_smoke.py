"""The benchmark suite still runs end to end at a tiny size, so it cannot rot.

No timing is asserted: only that every measurement ran, that both engines
answered the same cards with the same ratings, that acknowledged answers
survived kill -9, and that the report keeps other sections of its file.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench"
HAVE_ANKI = importlib.util.find_spec("anki") is not None
"""Anki's side needs the bench extra (pip install -e '.[bench]'); without it the rest still runs."""


def test_the_suite_runs_at_a_tiny_size_and_writes_its_report(tmp_path):
    doc = tmp_path / "benchmarks.md"
    doc.write_text("# Benchmarks\n\n## Someone else's section\n\nKeep me.\n")
    argv = [sys.executable, str(BENCH / "run.py"), "--sizes", "40", "--answers", "12", "--repeat", "1", "--out", str(tmp_path / "out"), "--doc", str(doc)]
    if not HAVE_ANKI:
        argv.append("--no-anki")
    result = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]

    results = json.loads((tmp_path / "out" / "results.json").read_text())
    size = results["sizes"]["40"]
    assert size["questions"] == 40 and size["packs"] >= 10 and size["reviews"] == 400
    assert size["load"]["questions"] == 40 and size["load"]["cache_is_exact"]
    assert size["cold_start"]["n"] == 1 and size["cold_start"]["peak_rss_kib"] > 0
    assert size["validate"]["exit_code"] == 0 and not size["validate"]["imports_textual"]
    if "error" not in size["stats"]:
        assert not size["stats"]["imports_textual"]
    for medium in ("disk", "tmpfs"):
        ours = size.get(f"answers_{medium}")
        if ours is None:
            continue
        assert ours["n"] == 12 and ours["committed"] == 12
        if HAVE_ANKI:
            assert ours["same_cards_as_anki"] and ours["same_ratings_as_anki"]
            assert size[f"anki_{medium}"]["answers"]["n"] == 12
            if medium == "tmpfs":  # the engines alternated round by round, the ratio taken in each round
                assert len(ours["ratio"]["rounds"]) == len(size["anki_tmpfs"]["answers"]["medians_ms"]) == 3
    if HAVE_ANKI:
        assert size["queue"]["queue_length"] == sum(size["anki_disk"]["queue"]["counts"].values())
    durability = results["durability"]
    engines = ["studyapp", "anki"] if HAVE_ANKI else ["studyapp"]
    for engine in engines:
        assert durability[engine]["killed"]
        assert durability[engine]["survived"] == durability[engine]["acknowledged"] > 0
    assert {t["target"] for t in results["targets"]}  # judged, whatever the outcome

    text = doc.read_text()
    assert text.startswith("# Benchmarks") and "Keep me." in text
    assert "## Performance suite" in text and "### Targets" in text
    assert (tmp_path / "out" / "table.md").read_text() in text
