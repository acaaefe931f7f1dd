"""The long fuzzing run of the pack loader and the CSV importer behind docs/reliability.md.

    .venv/bin/python bench/fuzz_long.py                    # 5,000 examples per fuzzer
    .venv/bin/python bench/fuzz_long.py --examples 50000

Runs the hypothesis fuzzers of tests/test_hostile_packs.py with many more
examples (random bytes, random YAML documents, mutations of a real pack, any
value in any field, CSV-like text and random bytes through the importer,
crafted pack ids), counting every input and how many were refused, then a
corpus of hand-made attacks. The contract checked on each input is the
suite's: a pack, or errors naming the file (and the line), one line each;
never an exception, never a hang (20 s per input). Prints a JSON summary and
the Markdown rows of the table in docs/reliability.md.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1] / "tests"
FUZZERS = (
    "test_fuzz_random_bytes",
    "test_fuzz_random_yaml_documents",
    "test_fuzz_mutations_of_a_real_pack",
    "test_fuzz_any_value_in_any_field",
    "test_fuzz_the_csv_importer_with_csv_like_text",
    "test_fuzz_the_csv_importer_with_random_bytes",
    "test_a_crafted_pack_id_never_writes_outside_the_user_pack_folder",
)


def attacks(hostile) -> dict[str, bytes]:
    """Hand-made hostile packs; each must be refused with a clear error."""
    tags = [
        "!!python/object/apply:os.system ['touch /tmp/studyapp-pwned']",
        "!!python/object/new:os.system ['true']",
        "!!python/object:os.system {}",
        "!!python/name:os.system",
        "!!python/module:os",
        "!<tag:yaml.org,2002:python/object/apply:os.system> ['true']",
        "!!python/object/apply:subprocess.check_output [['true']]",
        "!!python/object/apply:builtins.eval ['__import__(\"os\").system(\"true\")']",
    ]
    corpus = {f"python-tag-{i}": hostile.pack_text(tag).encode() for i, tag in enumerate(tags)}
    corpus["alias-bomb-12x10"] = (hostile.pack_text() + hostile.billion_laughs(12, 10, "sources")).encode()
    corpus["alias-bomb-30x4"] = (hostile.pack_text() + hostile.billion_laughs(30, 4, "sources")).encode()
    corpus["deep-flow-lists"] = b"[" * 200_000 + b"]" * 200_000
    corpus["deep-flow-maps"] = ("{a: " * 50_000 + "1" + "}" * 50_000).encode()
    corpus["deep-block"] = "".join(f"{' ' * i}- \n" for i in range(2000)).encode()
    corpus["deep-compact"] = ("- " * 20_000 + "x").encode()
    corpus["utf16"] = hostile.pack_text().encode("utf-16")
    corpus["latin1"] = hostile.pack_text("Montréal?").encode("latin-1")
    corpus["nul"] = hostile.pack_text().encode().replace(b"Where", b"Wh\x00ere")
    corpus["escape-raw"] = hostile.pack_text().encode().replace(b"Where", b"\x1b[2JWhere")
    corpus["bad-date"] = hostile.pack_text("2024-13-45").encode().replace(b"answer: Ottawa", b"answer: 2024-13-45")
    corpus["huge-int"] = hostile.pack_text().encode().replace(b"answer: Ottawa", b"answer: " + b"9" * 10_000)
    corpus["binary"] = bytes(range(256)) * 64
    return corpus


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=5000, help="examples per fuzzer")
    args = parser.parse_args()
    os.environ["STUDYAPP_FUZZ_EXAMPLES"] = str(args.examples)
    sys.path.insert(0, str(TESTS))
    import test_hostile_packs as hostile

    counts = {"inputs": 0, "refused": 0, "loaded": 0, "pack_ids": 0}
    real_load, real_import = hostile.load_bytes, hostile.import_text
    real_destination = hostile.importers.pack_destination

    def pack_destination(folder, pack_id):
        counts["inputs"] += 1
        counts["pack_ids"] += 1
        return real_destination(folder, pack_id)

    hostile.importers.pack_destination = pack_destination

    def load_bytes(path, data):
        pack, problems = real_load(path, data)
        hostile.assert_clear(path, pack, problems)
        counts["inputs"] += 1
        counts["refused" if pack is None else "loaded"] += 1
        return pack, problems

    def import_text(tmp_path, data, name="deck.csv"):
        loaded = real_import(tmp_path, data, name)
        counts["inputs"] += 1
        counts["refused" if loaded is None else "loaded"] += 1
        return loaded

    hostile.load_bytes, hostile.import_text = load_bytes, import_text
    began = time.monotonic()
    per_fuzzer = {}
    for name in FUZZERS:
        before = counts["inputs"]
        started = time.monotonic()
        with tempfile.TemporaryDirectory() as temp:
            getattr(hostile, name)(tmp_path=Path(temp))
        per_fuzzer[name] = {"inputs": counts["inputs"] - before, "seconds": round(time.monotonic() - started, 1)}
        print(f"  {name}: {per_fuzzer[name]}", file=sys.stderr)

    refused = {}
    with tempfile.TemporaryDirectory() as temp:
        for label, data in attacks(hostile).items():
            started = time.monotonic()
            pack, problems = real_load(Path(temp) / f"{label}.yaml", data)
            hostile.assert_clear(Path(temp) / f"{label}.yaml", pack, problems)
            refused[label] = {"refused": pack is None, "seconds": round(time.monotonic() - started, 2), "error": str(problems[0]).split(": ", 1)[-1] if problems else ""}
    assert not Path("/tmp/studyapp-pwned").exists(), "a YAML tag ran code"
    summary = {
        "examples_per_fuzzer": args.examples,
        "seconds": round(time.monotonic() - began, 1),
        "fuzz_inputs": counts["inputs"],
        "fuzz_refused_with_clear_errors": counts["refused"],
        "fuzz_loaded": counts["loaded"],
        "crafted_pack_ids": counts["pack_ids"],
        "fuzzers": per_fuzzer,
        "attacks": refused,
    }
    print(json.dumps(summary, indent=2))
    stopped = sum(1 for r in refused.values() if r["refused"])
    print(
        f"\n| Fuzz inputs tried (`bench/fuzz_long.py --examples {args.examples}`) | {counts['inputs']:,}:"
        f" {counts['loaded']:,} packs loaded, {counts['refused']:,} refused with a file:line error,"
        f" {counts['pack_ids']:,} crafted pack ids (none wrote outside the pack folder); 0 exceptions, 0 hangs |"
    )
    print(f"| Hand-made attacks refused | {stopped} / {len(refused)}, slowest {max(r['seconds'] for r in refused.values())} s |")
    return 0 if stopped == len(refused) else 1


if __name__ == "__main__":
    sys.exit(main())
