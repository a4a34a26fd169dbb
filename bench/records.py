"""Records of a fixed set of texts, written once and compared after a change that must not
change them (a speed-up, a refactoring).

    .venv/bin/python bench/records.py --write /tmp/records.json   # before the change
    .venv/bin/python bench/records.py /tmp/records.json           # after: prints SAME or the diffs

The texts: every ``.txt``/``.md`` file of ``../shared/corpus`` (or the bundled examples),
plus 300 mixes made the same way every run (paragraphs of different documents shuffled
together, lines added, line breaks joined) to reach paths the corpus alone does not.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
MIXES = 300


def texts() -> dict[str, str]:
    """The texts by name, in a fixed order."""
    from vankien.errors import VankienError
    from vankien.load import load

    files = sorted(CORPUS.rglob("*.txt")) + sorted(CORPUS.rglob("*.md"))
    found: dict[str, str] = {}
    for path in files or sorted((ROOT / "examples").glob("*.txt")):
        try:
            found[path.relative_to(path.parents[1]).as_posix()] = load(path).text
        except VankienError:
            continue  # not a document (SOURCES.md)
    rng = random.Random(20261126)
    paragraphs = [p for t in found.values() for p in t.split("\n\n") if p.strip()]
    lines = [line for t in found.values() for line in t.split("\n") if line.strip()]
    heads = [t[:1500] for t in found.values()]
    for i in range(MIXES):
        chosen = (rng.choice(paragraphs) for _ in range(rng.randint(3, 25)))
        body = rng.choice(heads) + "\n\n" + "\n\n".join(chosen)
        if i % 3 == 0:
            body += "\n" + "\n".join(rng.choice(lines) for _ in range(20))
        if i % 5 == 0:
            body = body.replace("\n", " ", rng.randint(1, 30))
        found[f"mix{i:03d}"] = body
    return found


def records() -> dict[str, dict]:
    """Each text's record as JSON data (without ``source``), or the error it raised."""
    from vankien.pipeline import run

    out: dict[str, dict] = {}
    for name, text in texts().items():
        try:
            data = run(text).model_dump(mode="json")
            data.pop("source", None)
        except Exception as exc:  # a crash is a difference too
            data = {"error": repr(exc)}
        out[name] = json.loads(json.dumps(data, ensure_ascii=False, sort_keys=True))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("golden", type=Path, help="the JSON file of records to write or compare")
    parser.add_argument("--write", action="store_true", help="write the records, do not compare")
    args = parser.parse_args()
    now = records()
    if args.write:
        args.golden.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True))
        print(f"written: {len(now)} records")
        return 0
    golden = json.loads(args.golden.read_text())
    differ = [name for name in now if golden.get(name) != now[name]]
    for name in differ[:15]:
        before, after = golden.get(name) or {}, now[name]
        parts = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        print("DIFF", name, parts)
    print("SAME" if not differ else f"{len(differ)} of {len(now)} records differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
