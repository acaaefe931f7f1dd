"""Hostile and broken pack files: packs or clear errors naming file and line, never an exception or a hang.

Hand-made attacks first (code-running YAML tags, alias bombs, deep nesting,
huge files, bad encodings), then hypothesis fuzzing of the loader with
random bytes, random YAML documents and mutations of a real pack. The long
run is ``bench/fuzz_long.py``.
"""

from __future__ import annotations

import os
import signal
from contextlib import contextmanager
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLE_PACKS
from studyapp import packs as packs_module
from studyapp.packs import MAX_ALIASES, MAX_PACK_BYTES, Problem, load_pack_file, load_packs

EXAMPLE = (EXAMPLE_PACKS / "example.yaml").read_text(encoding="utf-8")
HANG = 20
"""Seconds after which one load counts as a hang (a normal one takes milliseconds)."""
FILE_LEVEL = ("file is ", "not a regular file", "cannot read file", "stopped checking this file")
"""Problems about the whole file, which have no line to name."""


@contextmanager
def no_hang(seconds: int = HANG):
    def hung(signum, frame):
        raise AssertionError(f"loading took over {seconds} s: a hang")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def load_bytes(path: Path, data: bytes) -> tuple[object, list[Problem]]:
    path.write_bytes(data)
    with no_hang():
        return load_pack_file(path)


def assert_clear(path: Path, pack, problems: list[Problem]) -> None:
    """The contract: a pack, or at least one error; every problem one line naming the file (and line)."""
    if pack is None:
        assert any(p.severity == "error" for p in problems), problems
    shown = packs_module.display_path(path)
    lines = max(1, path.read_bytes().count(b"\n") + 1) if path.is_file() else 1
    for problem in problems:
        text = str(problem)
        assert text.startswith(shown) and "\n" not in text, text
        assert "Traceback" not in text
        assert 0 <= problem.line <= lines + 1, (problem, lines)
        if problem.severity == "error" and not any(marker in problem.message for marker in FILE_LEVEL):
            assert problem.line >= 1, text


def pack_text(prompt_value: str = "Where?", extra: str = "") -> str:
    return (
        "id: p\ntitle: T\n" + extra + "questions:\n"
        "  - id: q\n    type: short\n    category: place\n"
        f"    prompt: {prompt_value}\n    answer: Ottawa\n    explanation: e\n"
    )


# --- YAML that would run code ------------------------------------------------------


@pytest.mark.parametrize(
    "tagged",
    [
        "!!python/object/apply:os.system ['touch {marker}']",
        "!!python/object/new:os.system ['touch {marker}']",
        "!!python/object:os.system {{}}",
        "!!python/name:os.system",
        "!!python/module:os",
        "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
        "!!python/object/apply:subprocess.check_output [['touch', '{marker}']]",
    ],
)
def test_python_object_tags_are_refused_and_run_nothing(tmp_path, tagged):
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.yaml"
    pack, problems = load_bytes(path, pack_text(tagged.format(marker=marker)).encode())
    assert pack is None and not marker.exists()
    assert [str(p) for p in problems if p.severity == "error"][0].startswith(f"{packs_module.display_path(path)}:7: YAML error: YAML tag not allowed: ")
    assert_clear(path, pack, problems)


def test_a_python_tag_at_the_top_of_the_file_is_refused(tmp_path):
    path = tmp_path / "top.yaml"
    pack, problems = load_bytes(path, f"!!python/object/apply:os.system ['touch {tmp_path}/pwned']\n".encode())
    assert pack is None and not (tmp_path / "pwned").exists()
    assert str(problems[0]) == f"{packs_module.display_path(path)}:1: YAML error: YAML tag not allowed: !!python/object/apply:os.system"


# --- alias bombs ---------------------------------------------------------------------


def billion_laughs(levels: int, width: int, anchor_key: str = "description") -> str:
    lines = [f"{anchor_key}:", "  - &l0 [" + ", ".join(["lol"] * width) + "]"]
    for level in range(1, levels):
        lines.append(f"  - &l{level} [" + ", ".join([f"*l{level - 1}"] * width) + "]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("target", ["prompt", "id", "type", "category", "answer", "explanation", "tags", "source", "accept"])
def test_an_alias_bomb_under_the_limit_is_not_expanded(tmp_path, target):
    # 9 levels of 9 aliases (81 < MAX_ALIASES): 9**9 = 387 million strings if anything walked it.
    levels = 9
    bomb = billion_laughs(levels, 9)
    text = (
        "id: p\ntitle: T\n" + bomb + "questions:\n"
        "  - id: q\n    type: short\n    category: place\n    prompt: Where?\n    answer: Ottawa\n    explanation: e\n"
    )
    text = text.replace(f"    {target}: ", f"    {target}: *l{levels - 1}\n    x_{target}: ") if f"    {target}: " in text else text.replace(
        "    explanation: e\n", f"    explanation: e\n    {target}: *l{levels - 1}\n"
    )
    path = tmp_path / "bomb.yaml"
    pack, problems = load_bytes(path, text.encode())
    assert_clear(path, pack, problems)
    assert any(p.severity == "error" for p in problems)


def test_more_aliases_than_the_limit_is_refused_as_an_alias_bomb(tmp_path):
    path = tmp_path / "bomb.yaml"
    pack, problems = load_bytes(path, (pack_text() + billion_laughs(12, 10, "sources")).encode())
    assert pack is None
    assert f"more than {MAX_ALIASES} YAML aliases (alias bomb?)" in str(problems[0])
    assert_clear(path, pack, problems)


# --- nesting, size, encodings ---------------------------------------------------------


@pytest.mark.parametrize(
    "nested",
    [
        " " + "[" * 3_000 + "]" * 3_000,
        " " + "{a: " * 3_000 + "1" + "}" * 3_000,
        "\n" + "".join(f"{' ' * (i + 1)}- \n" for i in range(1100)),
        "\n  " + "- " * 3000 + "x",
    ],
    ids=["lists", "mappings", "block-lists", "compact-lists"],
)
def test_deep_nesting_is_an_error_with_a_line(tmp_path, nested):
    path = tmp_path / "deep.yaml"
    pack, problems = load_bytes(path, (pack_text() + "sources:" + nested + "\n").encode())
    assert pack is None
    assert_clear(path, pack, problems)
    assert problems[0].line >= 10 and "nested too deeply" in problems[0].message


def test_deep_nesting_alone_says_so(tmp_path):
    path = tmp_path / "deep.yaml"
    pack, problems = load_bytes(path, b"\n\n" + b"[" * 100_000 + b"]" * 100_000)  # libyaml's C parser crashes on far less
    assert pack is None and str(problems[0]) == f"{packs_module.display_path(path)}:3: YAML nested too deeply"


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.yaml"
    with path.open("wb") as f:
        f.truncate(MAX_PACK_BYTES + 1)  # sparse: nothing is written or read
    with no_hang():
        pack, problems = load_pack_file(path)
    assert pack is None
    assert str(problems[0]) == f"{packs_module.display_path(path)}: file is {(MAX_PACK_BYTES + 1) // 1024} KiB; packs are limited to 5 MiB"


def test_a_file_with_too_many_values_is_refused_quickly(tmp_path, monkeypatch):
    monkeypatch.setattr(packs_module, "MAX_NODES", 2_000)
    questions = "".join(f"  - {{id: q{i}, type: short, category: place, prompt: p{i}, answer: a{i}}}\n" for i in range(400))
    path = tmp_path / "many.yaml"
    pack, problems = load_bytes(path, f"id: p\ntitle: T\nquestions:\n{questions}".encode())
    assert pack is None and "more than 2000 YAML values; split the pack into smaller files" in str(problems[0])
    assert problems[0].line > 1


def test_thousands_of_errors_stop_at_a_limit(tmp_path):
    questions = "".join(f"  - {{id: q{i}, type: essay}}\n" for i in range(3000))
    path = tmp_path / "errors.yaml"
    pack, problems = load_bytes(path, f"id: p\ntitle: T\nquestions:\n{questions}".encode())
    assert pack is None and len(problems) == packs_module.MAX_PROBLEMS + 1
    assert str(problems[-1]).endswith("500 errors: stopped checking this file")


def test_a_fifo_is_refused_instead_of_blocking(tmp_path):
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    with no_hang(5):
        pack, problems = load_pack_file(path)
    assert pack is None and str(problems[0]).endswith("not a regular file")


@pytest.mark.parametrize("value", ["2024-13-45", "9" * 5000, "!!timestamp x", "!!bool maybe", "!!int abc", "!!float x", "!!int 0x"])
def test_a_value_yaml_cannot_build_is_an_error_with_its_line(tmp_path, value):
    # PyYAML lets ValueError, AttributeError or KeyError escape for these (the long fuzz run found !!timestamp).
    path = tmp_path / "value.yaml"
    pack, problems = load_bytes(path, pack_text().replace("answer: Ottawa", f"answer: {value}").encode())
    assert pack is None and problems[0].line == 8 and "YAML error: cannot read" in problems[0].message
    assert_clear(path, pack, problems)


@pytest.mark.parametrize("value", ["!!set doc", "!!map doc", "!!omap doc"])
def test_a_scalar_tagged_as_a_mapping_is_an_error_with_its_line(tmp_path, value):
    # "!!set" on a scalar reached the duplicate-key check with no pairs to read (found by the mutation fuzz).
    path = tmp_path / "set.yaml"
    pack, problems = load_bytes(path, pack_text().replace("answer: Ottawa", f"answer: {value}").encode())
    assert pack is None and problems[0].line == 8 and "YAML error" in problems[0].message
    assert_clear(path, pack, problems)


def test_invalid_utf8_names_the_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    data = pack_text("Montréal?").encode("latin-1")
    pack, problems = load_bytes(path, data)
    offset = data.index("é".encode("latin-1"))
    assert pack is None and str(problems[0]) == f"{packs_module.display_path(path)}:7: not valid UTF-8 (byte {offset})"


@pytest.mark.parametrize("data", [b"\x00", b"\x07", b"\x1b[31m", b"\x85"], ids=["nul", "bel", "escape", "nel-byte"])
def test_control_bytes_are_errors_with_a_line(tmp_path, data):
    path = tmp_path / "ctrl.yaml"
    pack, problems = load_bytes(path, pack_text().encode().replace(b"Where?", b"Wh" + data + b"ere?"))
    assert pack is None
    assert problems[0].line == 7, problems
    assert_clear(path, pack, problems)


def test_bom_and_windows_line_endings_load_the_same_pack_with_the_same_lines(tmp_path):
    broken = EXAMPLE.replace("category: operation", "category: operations")  # one error, to compare its line
    variants = {
        "plain": broken.encode(),
        "bom": b"\xef\xbb\xbf" + broken.encode(),
        "crlf": broken.replace("\n", "\r\n").encode(),
        "bom-crlf": b"\xef\xbb\xbf" + broken.replace("\n", "\r\n").encode(),
    }
    results = {}
    for name, data in variants.items():
        path = tmp_path / name / "example.yaml"
        path.parent.mkdir()
        pack, problems = load_bytes(path, data)
        results[name] = (pack.questions if pack else None, [(p.line, p.message) for p in problems])
    assert results["plain"][0] and len(results["plain"][0]) == 5
    for name in variants:
        assert results[name] == results["plain"], name


def test_pack_text_with_markup_and_escapes_loads_as_plain_data(tmp_path):
    path = tmp_path / "markup.yaml"
    pack, problems = load_bytes(path, pack_text('"[bold]x[/] [@click=app.quit]q[/] \\e[2J\\a"').encode())
    assert pack is not None and pack.questions[0].prompt == "[bold]x[/] [@click=app.quit]q[/] \x1b[2J\x07"


# --- fuzzing ---------------------------------------------------------------------------

FUZZ_EXAMPLES = int(os.environ.get("STUDYAPP_FUZZ_EXAMPLES", "40"))
"""Examples per fuzz test; ``bench/fuzz_long.py`` runs thousands."""
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

KEYS = sorted(packs_module.PACK_KEYS | packs_module.COMMON_KEYS | {k for keys in packs_module.TYPE_KEYS.values() for k in keys} | {"key", "locator"})
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.sampled_from(list(packs_module.TYPES) + list(packs_module.CATEGORIES) + ["[bold]", "{{gap}}", "{{}}", "|", "5%", "-"]),
)
documents = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), children, max_size=6),
    max_leaves=25,
)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_fuzz_random_bytes(tmp_path, data):
    path = tmp_path / "fuzz.yaml"
    pack, problems = load_bytes(path, data)
    assert_clear(path, pack, problems)


@FUZZ
@given(document=documents, flow=st.booleans())
def test_fuzz_random_yaml_documents(tmp_path, document, flow):
    path = tmp_path / "fuzz.yaml"
    try:
        text = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True)
    except yaml.YAMLError:
        return
    pack, problems = load_bytes(path, text.encode())
    assert_clear(path, pack, problems)


MUTATIONS = [
    "&a ", "*a", "!!python/object/apply:os.system ['true']", "!!binary ", "!!set ", "!!timestamp ", "<<: *a", "? ", "[", "]", "{", "}",
    ": ", "- ", "\t", "\r\n", "\ufeff", "\x85", "\u2028", "'", '"', "\\", "%YAML 1.1\n", "---\n", "...\n", "2024-13-45", "9" * 5000, ".inf", "~",
]  # fmt: skip


@FUZZ
@given(edits=st.lists(st.tuples(st.integers(min_value=0), st.sampled_from(MUTATIONS) | st.text(max_size=5), st.integers(0, 3)), max_size=6))
def test_fuzz_mutations_of_a_real_pack(tmp_path, edits):
    text = EXAMPLE
    for position, insert, delete in edits:
        at = position % (len(text) + 1)
        text = text[:at] + insert + text[at + delete :]
    path = tmp_path / "example.yaml"
    pack, problems = load_bytes(path, text.encode("utf-8", "surrogatepass"))
    assert_clear(path, pack, problems)


@FUZZ
@given(field=st.sampled_from(["prompt", "answer", "explanation", "category", "type", "id"]), value=documents)
def test_fuzz_any_value_in_any_field(tmp_path, field, value):
    question = {"id": "q", "type": "short", "category": "place", "prompt": "Where?", "answer": "Ottawa", "explanation": "e", field: value}
    path = tmp_path / "field.yaml"
    pack, problems = load_bytes(path, yaml.safe_dump({"id": "p", "title": "T", "questions": [question]}).encode())
    assert_clear(path, pack, problems)


def test_a_folder_of_hostile_files_still_loads_the_good_pack(tmp_path):
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "good.yaml").write_text(EXAMPLE)
    (folder / "bomb.yaml").write_text(pack_text() + billion_laughs(12, 10, "sources"))
    (folder / "evil.yaml").write_text(pack_text("!!python/object/apply:os.system ['true']"))
    (folder / "deep.yaml").write_text("[" * 5_000)
    (folder / "binary.yaml").write_bytes(bytes(range(256)))
    with no_hang():
        result = load_packs([folder])
    assert [p.id for p in result.packs] == ["example"]
    assert {Path(p.path).name for p in result.errors} == {"bomb.yaml", "evil.yaml", "deep.yaml", "binary.yaml"}


# --- the CSV importer (studyapp.importers) -----------------------------------------------

importers = pytest.importorskip("studyapp.importers")

csv_cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "[@click=app.quit]x[/]", "{{c1::Ottawa}}", "{{c1::a::hint}} and {{c2::b}}", "<b>bold</b><br>next", "&nbsp;&lt;", "<img src=x.png>",
            "[sound:a.mp3]", "1945", "3.5 km", "true", "a | b | c", '"quoted, with comma"', "line\nbreak", "\x00", "\x1b[31m", "\ufeff", "!!python/object:os.system",
            "*a", "&a", "- item", "key: value", "{{", "}}", "\\", "'",
        ]
    ),
)  # fmt: skip
HEADERS = ["", "#separator:tab\n", "#separator:comma\n#html:true\n", "#separator:Pipe\n#columns:Front|Back|Tags\n", "#notetype column:1\n", "id,type,category,prompt,answer,choices,items,text\n", "front\tback\n", "question;answer;tags\n"]


@st.composite
def csv_texts(draw):
    delimiter = draw(st.sampled_from([",", "\t", ";", "|"]))
    rows = draw(st.lists(st.lists(csv_cells, min_size=1, max_size=6), max_size=8))
    body = ""
    for row in rows:
        cells = [f'"{c.replace(chr(34), chr(34) * 2)}"' if (delimiter in c or "\n" in c or '"' in c) and draw(st.booleans()) else c for c in row]
        body += delimiter.join(cells) + draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return draw(st.sampled_from(HEADERS)) + body


def import_text(tmp_path: Path, data: bytes, name: str = "deck.csv"):
    """What `studyapp import` does with a file, up to loading the pack it writes."""
    source = tmp_path / name
    source.write_bytes(data)
    with no_hang():
        try:
            result = importers.read_file(source)
        except importers.ImportFailure as exc:
            assert "\n" not in str(exc) and str(exc)
            return None
        for message in result.skipped + result.notices:
            assert message.startswith(("line ", "note ")), message
        pack, _ = importers.build_pack(result, "deck", "Deck", source.name)
        if not pack["questions"]:
            return None
        written = tmp_path / "packs" / "deck.yaml"
        written.parent.mkdir(exist_ok=True)
        written.write_text(importers.render_pack(pack, "Imported by studyapp (test)"), encoding="utf-8")
        loaded, problems = load_pack_file(written)
    assert_clear(written, loaded, problems)
    assert loaded is not None and not [p for p in problems if p.severity == "error"], problems
    return loaded


@FUZZ
@given(text=csv_texts())
def test_fuzz_the_csv_importer_with_csv_like_text(tmp_path, text):
    import_text(tmp_path, text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(data=st.binary(max_size=1500), name=st.sampled_from(["deck.csv", "deck.tsv", "deck.txt"]))
def test_fuzz_the_csv_importer_with_random_bytes(tmp_path, data, name):
    import_text(tmp_path, data, name)


@FUZZ
@given(pack_id=st.text(max_size=40) | st.sampled_from(["..", ".", "../evil", "a/../../b", "/etc/passwd", "a\\..\\b", "..\\x", "~", "a\x00b"]))
def test_a_crafted_pack_id_never_writes_outside_the_user_pack_folder(tmp_path, pack_id):
    folder = tmp_path / "user-packs"
    folder.mkdir(exist_ok=True)
    try:
        target = importers.pack_destination(folder, pack_id)
    except importers.ImportFailure as exc:
        assert repr(pack_id)[:20] in str(exc) or "pack id" in str(exc)
        return
    assert target.parent == folder.resolve() and target.name == f"{pack_id}.yaml"


def test_the_import_command_refuses_a_pack_id_with_dot_dot_and_writes_nothing(tmp_path, capsys):
    from studyapp.cli import main

    source = tmp_path / "deck.csv"
    source.write_text("front,back\nWhere?,Ottawa\n")
    data = tmp_path / "data"
    for crafted in ["../../outside", "..", "a/../../../outside"]:
        assert main(["import", str(source), "--id", crafted, "--data-dir", str(data)]) == 1
        assert "not a valid pack id" in capsys.readouterr().err
    assert not list(tmp_path.rglob("outside*"))
    assert not (data / "packs").exists() or not list((data / "packs").iterdir())
    # A hostile file name gives a safe id.
    evil = tmp_path / "..evil name [@click=app.quit].csv"
    evil.write_text("front,back\nWhere?,Ottawa\n")
    assert main(["import", str(evil), "--data-dir", str(data)]) == 0
    assert [p.name for p in (data / "packs").iterdir()] == ["evil-name-click-app-quit.yaml"]


def test_a_reimport_over_a_hostile_previous_file_gives_a_clear_error(tmp_path, capsys):
    from studyapp.cli import main

    source = tmp_path / "deck.csv"
    source.write_text("front,back\nWhere?,Ottawa\n")
    data = tmp_path / "data"
    assert main(["import", str(source), "--data-dir", str(data)]) == 0
    written = data / "packs" / "deck.yaml"
    marker = written.read_text().split("\n", 1)[0] + "\n"
    for hostile in ["date: 2024-13-45\n", "x: " + "[" * 5000 + "\n", "y: !!python/object/apply:os.system ['true']\n"]:
        written.write_text(marker + hostile)
        with no_hang():
            assert importers.load_previous(written) is None  # an unreadable previous import is treated as none
    written.write_text(marker + billion_laughs(9, 9, "z"))
    with no_hang():
        unexpanded = isinstance(importers.load_previous(written), dict)  # shared, not copied: no blow-up
    assert unexpanded
    capsys.readouterr()
    written.write_text(marker + "date: 2024-13-45\n")
    assert main(["import", str(source), "--data-dir", str(data)]) == 0  # and the command carries on
    err = capsys.readouterr().err
    assert "unexpected error" not in err and "Traceback" not in err
