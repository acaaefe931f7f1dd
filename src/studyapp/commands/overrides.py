"""list the answers you marked right ("I was right"), write them into your packs, or forget them."""

from __future__ import annotations

import json
import sys


def add_arguments(parser) -> None:
    parser.add_argument(
        "action", nargs="?", choices=("list", "write", "forget"), default="list",
        help="list (default); write: add them to your own packs' accept lists; forget: drop remembered answers",
    )  # fmt: skip
    parser.add_argument("targets", nargs="*", metavar="PACK[/QUESTION]", help="limit to these packs or questions (forget needs one)")
    parser.add_argument("--json", action="store_true", help="list as JSON")


def _selected(overrides, targets):
    if not targets:
        return list(overrides)
    chosen = []
    for o in overrides:
        for target in targets:
            pack_id, _, question_id = target.partition("/")
            if o.pack_id == pack_id and (not question_id or o.question_id == question_id):
                chosen.append(o)
                break
    return chosen


def run(args, context) -> int:
    from studyapp.overrides import Override, OverrideError, is_user_pack, write_into_pack
    from studyapp.paths import BUNDLED_PACKS

    store = context.open_store()
    try:
        overrides = _selected((Override(*row) for row in store.overrides()), args.targets)
        if args.action == "forget":
            if not args.targets:
                print("studyapp overrides forget: name what to forget: PACK or PACK/QUESTION", file=sys.stderr)
                return 2
            gone = 0
            for o in overrides:
                gone += store.forget_accepted(o.pack_id, o.question_id, o.answer)
            print(f"Forgot {gone} remembered answer(s).")
            return 0
        packs = {p.id: p for p in context.load_packs().packs}
        if args.action == "list":
            return _list(overrides, packs, args.json)
        status = 0
        by_pack: dict[str, list[Override]] = {}
        for o in overrides:
            by_pack.setdefault(o.pack_id, []).append(o)
        for pack_id, items in sorted(by_pack.items()):
            pack = packs.get(pack_id)
            if pack is None:
                print(f"{pack_id}: not written: no pack with that id is loaded", file=sys.stderr)
                status = 1
                continue
            if not is_user_pack(pack, BUNDLED_PACKS):
                print(f"{pack.path}: not written: a bundled pack (copy it into {context.paths.user_packs} to make it yours)", file=sys.stderr)
                status = 1
                continue
            try:
                result = write_into_pack(pack, items)
            except (OverrideError, OSError) as exc:
                print(str(exc), file=sys.stderr)
                status = 1
                continue
            for o in result.written:
                store.forget_accepted(o.pack_id, o.question_id, o.answer)  # the pack accepts it now
            for o, why in result.skipped:
                print(f"{pack.path}: question '{o.question_id}': '{o.answer}' not written: {why}", file=sys.stderr)
            if result.written:
                print(f"{pack.path}: {len(result.written)} answer(s) added to accept lists")
        if not overrides:
            print("No remembered answers to write.")
        return status
    finally:
        store.close()


def _list(overrides, packs, as_json: bool) -> int:
    from datetime import datetime

    rows = []
    for o in overrides:
        question = next((q for q in packs[o.pack_id].questions if q.id == o.question_id), None) if o.pack_id in packs else None
        rows.append(
            {
                "pack": o.pack_id,
                "question": o.question_id,
                "your_answer": o.answer,
                "pack_answer": question.display_answer if question else None,
                "accepted_at": datetime.fromtimestamp(o.accepted_at).astimezone().isoformat(timespec="seconds"),
            }
        )
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No remembered answers. Press i on the feedback of a wrong verdict to mark your answer right.")
        return 0
    for row in rows:
        print(f"{row['accepted_at'][:16].replace('T', ' ')}  {row['pack']}/{row['question']}: {row['your_answer']!r}  (pack: {row['pack_answer']})")
    print(f"{len(rows)} remembered answer(s). `studyapp overrides write` adds them to your own packs' accept lists.")
    return 0
