"""The pack file an import writes: its mapping, YAML text, the previous import, the write.

Before anything is written the rendered pack is checked against the pack
size limit, and the write goes through a temporary file that is removed if
anything fails (a full disk is reported with the path it could not write).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from studyapp.importers.model import ImportFailure, ImportResult, pack_limit
from studyapp.importers.questions import build_questions
from studyapp.importers.text import slugify
from studyapp.packs import CATEGORIES, ID_PATTERN

IMPORT_MARKER = "# Imported by studyapp"
"""First line of every imported pack: only such files are rewritten on re-import."""


def default_pack_id(path: Path) -> str:
    """A pack id from a file name; never contains a path separator."""
    slug = slugify(path.stem, 60)
    return slug if slug and ID_PATTERN.match(slug) else "imported"


def pack_destination(folder: Path, pack_id: str) -> Path:
    """The file for ``pack_id`` inside ``folder``; refuses ids that would land anywhere else."""
    if not isinstance(pack_id, str) or not ID_PATTERN.match(pack_id) or pack_id in (".", ".."):
        raise ImportFailure(f"{pack_id!r} is not a valid pack id (letters, digits, - _ . ; starting with a letter or digit)")
    folder = folder.resolve()
    target = (folder / f"{pack_id}.yaml").resolve()
    if target.parent != folder:
        raise ImportFailure(f"pack id {pack_id!r} would write outside {folder}")
    return target


def build_pack(result: ImportResult, pack_id: str, title: str, source_file: str, previous: dict | None = None,
               default_category: str = "concept") -> tuple[dict, dict[str, int]]:  # fmt: skip
    """The pack mapping and counts (added, updated, unchanged, removed) against the previous import.

    Sources a studyapp export carried (in the deck description) are restored:
    the pack's list and each question's key and locator.
    """
    questions = build_questions(result, default_category)
    sources = [{"key": "import", "title": title, "file": source_file}]
    if result.sources is not None:  # a studyapp export: its sources and per-question extras come back
        sources = [dict(s) for s in result.sources]
        keys = {s["key"] for s in sources}
        used_import = False
        for question in questions:
            ref = result.refs.get(question["id"])
            if ref is None:
                used_import = True
                continue
            _restore(question, ref)
            key = str(ref.get("source", ""))
            if key and key not in keys:
                used_import = True
            elif not key:
                question.pop("source", None)
            else:
                locator = str(ref.get("locator", ""))
                question["source"] = {"key": key, "locator": locator} if locator else {"key": key}
        position = {qid: index for index, qid in enumerate(result.refs)}
        questions.sort(key=lambda q: position.get(q["id"], len(position)))  # the pack's order, not Anki's note ids
        if used_import and "import" not in keys:
            sources.append({"key": "import", "title": title, "file": source_file})
    before = {q.get("id"): q for q in (previous or {}).get("questions", []) if isinstance(q, dict)}
    counts = {"added": 0, "updated": 0, "unchanged": 0, "removed": 0}
    for question in questions:
        old = before.get(question["id"])
        if old is None:
            counts["added"] += 1
            continue
        _keep_author_edits(question, old)
        counts["unchanged" if _same(question, old) else "updated"] += 1
    after = {q["id"] for q in questions}
    counts["removed"] = sum(1 for qid in before if qid not in after)
    pack = {
        "id": pack_id,
        "title": title,
        "description": f"Imported from {source_file}.",
        "sources": sources,
        "questions": questions,
    }
    return pack, counts


def _restore(question: dict, ref: dict) -> None:
    """What the note could not carry, as ``studyapp export`` left it in the deck description."""
    from studyapp.importers.questions import order_keys

    tags = str(ref.get("tags", "")).split()
    if tags and set(tags) == set(question.get("tags", ())):
        question["tags"] = tags  # Anki sorts tags; the pack's order comes back
    fact = ref.get("fact")
    if isinstance(fact, str) and ID_PATTERN.match(fact):
        question["fact"] = fact
    tolerance = ref.get("tolerance")
    if question["type"] == "numeric" and isinstance(tolerance, (int, float, str)) and not isinstance(tolerance, bool):
        question["tolerance"] = tolerance
    if question["type"] == "choice" and ref.get("shuffle") is False:
        question["shuffle"] = False
    exam = ref.get("exam")
    if question["type"] == "choice" and isinstance(exam, dict) and exam.get("type") in ("statements", "pairs", "assertion"):
        # an exam-format question (studyapp.exporters.exam_spec): its statements back, its options rebuilt on loading
        for name in ("prompt", "choices", "answer", "shuffle", "explanation"):
            question.pop(name, None)
        question.update({k: v for k, v in exam.items() if k in ("type", "prompt", "ask", "heads", "explains", "statements", "pairs", "explanation")})
    order_keys(question)


def _same(question: dict, old: dict) -> bool:
    """Equal as YAML values (the previous file was parsed into line-numbered mappings)."""

    def plain(value: Any) -> Any:
        if isinstance(value, dict):
            return {str(k): plain(v) for k, v in value.items()}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    return plain(question) == plain(old)


def _keep_author_edits(question: dict, old: dict) -> None:
    """What an author adds to an imported pack survives a re-import: category, alternatives, unit, a missing explanation."""
    if old.get("type") != question["type"]:
        return
    if old.get("category") in CATEGORIES:
        question["category"] = old["category"]
    for name in ("accept", "unit", "tolerance"):
        if name in old and name not in question:
            question[name] = old[name]
    if old.get("explanation") and not question.get("explanation"):
        question["explanation"] = old["explanation"]
    from studyapp.importers.questions import order_keys

    order_keys(question)


def dump_yaml(data: Any) -> str:
    import yaml

    class _Dumper(yaml.SafeDumper):
        """Multi-line strings as literal blocks, so imported text stays readable."""

    def _str(dumper, value: str):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None)

    _Dumper.add_representer(str, _str)
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=4096, default_flow_style=False)


def render_pack(pack: dict, header: str) -> str:
    """YAML text of a pack, with ``header`` as leading comment lines."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    return "\n".join(lines) + "\n" + dump_yaml(pack)


def check_size(text: str, name: str) -> None:
    """Refuse, before anything is written, a pack the loader would refuse."""
    size = len(text.encode("utf-8"))
    limit = pack_limit()
    if size > limit:
        raise ImportFailure(
            f"{name}: the pack would be {size / 1024 / 1024:.1f} MiB, over the {limit // 1024 // 1024} MiB pack limit; "
            "split the deck into smaller files (nothing was written)"
        )


def load_previous(path: Path) -> dict | None:
    """The previous import at ``path``, or None; refuses to touch a hand-written pack."""
    if not path.exists():
        return None
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ImportFailure(f"{path}: cannot read the previous import: {exc.strerror or exc}") from None
    if not text.startswith(IMPORT_MARKER):
        raise ImportFailure(f"{path} exists and was not written by `studyapp import`; choose another id with --id (or --force to replace it)")
    from studyapp.packs import PackError, parse_yaml

    try:
        data = parse_yaml(text)  # the pack loader's hardened parser: an edited file may hold anything
    except PackError:
        return None
    return data if isinstance(data, dict) else None


def write_atomically(path: Path, text: str) -> None:
    """Write through a temporary file; on failure (a full disk) remove it and name the path."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)
    except OSError as exc:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass
        raise ImportFailure(f"cannot write {path}: {exc.strerror or exc} (nothing was changed)") from None
