"""write a commented starter pack (every question type) into your pack folder."""

from __future__ import annotations

import sys

TEMPLATE_ID = "starter-pack"
TEMPLATE_TITLE = '"My new pack"'


def add_arguments(parser) -> None:
    parser.add_argument("pack_id", metavar="PACK_ID", help="id of the new pack (letters, digits, - _ .); also its file name")
    parser.add_argument("--title", help="the pack's title (default: made from the id)")


def starter_text(pack_id: str, title: str) -> str:
    """The starter template with its id and title replaced."""
    import json
    from importlib.resources import files

    text = (files("studyapp") / "templates" / "starter.yaml").read_text(encoding="utf-8")
    text = text.replace(f"id: {TEMPLATE_ID} ", f"id: {pack_id} ", 1)
    return text.replace(f"title: {TEMPLATE_TITLE}", f"title: {json.dumps(title, ensure_ascii=False)}", 1)


def run(args, context) -> int:
    from studyapp.importers import ImportFailure, pack_destination
    from studyapp.packs import display_path

    pack_id = args.pack_id
    if pack_id.endswith((".yaml", ".yml")):
        print(f"studyapp new: give the pack id without the extension (e.g. `studyapp new {pack_id.rsplit('.', 1)[0]}`)", file=sys.stderr)
        return 2
    context.paths.ensure()
    try:
        path = pack_destination(context.paths.user_packs, pack_id)
    except ImportFailure as exc:
        print(f"studyapp new: {exc}", file=sys.stderr)
        return 2
    if path.exists():
        print(f"studyapp new: {display_path(path)} already exists; it is left as it is (choose another id)", file=sys.stderr)
        return 1
    for pack in context.load_packs().packs:
        if pack.id == pack_id:
            print(f"studyapp new: pack id '{pack_id}' is already used by {display_path(pack.path)}; choose another id", file=sys.stderr)
            return 1
    title = args.title or pack_id.replace("-", " ").replace("_", " ").strip().capitalize()
    try:
        with path.open("x", encoding="utf-8") as handle:  # "x": never overwrite, even in a race
            handle.write(starter_text(pack_id, title))
    except FileExistsError:
        print(f"studyapp new: {display_path(path)} already exists; it is left as it is", file=sys.stderr)
        return 1
    print(f"wrote {display_path(path)}")
    print(f"edit it, then check it with: studyapp validate {display_path(path)}")
    return 0
