#!/usr/bin/env python3
"""Sanity check of the fixtures' .expected.json files against their .txt.

For every layouts/*.expected.json and long/*.expected.json:
  - the JSON has the agreed shape
    {"municipality": str|null, "goals": [{"number", "shortName", "statement",
     "area", "kind", "indicators": [{"text", "target", "year"}]}]}
  - every statement, short name, area, indicator text and target occurs in the
    .txt (whitespace runs, line breaks included, count as one space: a statement
    that the text wraps over two lines is expected with one space there)
  - the statements occur in document order
  - the municipality occurs in the text (as the start of a word)

Run: python3 check-expected.py   (exits non-zero on a failure)
"""

import glob
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
GOAL_KEYS = {"number", "shortName", "statement", "area", "kind", "indicators"}
IND_KEYS = {"text", "target", "year"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check(path):
    errors = []
    txt_path = path.replace(".expected.json", ".txt")
    text = norm(open(txt_path, encoding="utf-8").read())
    data = json.load(open(path, encoding="utf-8"))
    if set(data) != {"municipality", "goals"}:
        errors.append(f"top-level keys {sorted(data)}")
    mun = data.get("municipality")
    if mun is not None and not re.search(r"(?<!\w)" + re.escape(mun), text):
        errors.append(f"municipality {mun!r} not in text")
    pos = 0
    for i, g in enumerate(data.get("goals", []), 1):
        if set(g) != GOAL_KEYS:
            errors.append(f"goal {i}: keys {sorted(g)}")
            continue
        if g["kind"] not in ("operational", "financial"):
            errors.append(f"goal {i}: kind {g['kind']!r}")
        st = norm(g["statement"])
        at = text.find(st, pos)
        if at < 0:
            errors.append(f"goal {i}: statement not found after previous goal: {st[:70]!r}")
        else:
            pos = at + len(st)
        for field in ("shortName", "area"):
            if g[field] is not None and norm(g[field]) not in text:
                errors.append(f"goal {i}: {field} {g[field]!r} not in text")
        if g["number"] is not None and not re.fullmatch(r"\d+(\.\d+)*", g["number"]):
            errors.append(f"goal {i}: number {g['number']!r}")
        for ind in g["indicators"]:
            if set(ind) != IND_KEYS:
                errors.append(f"goal {i}: indicator keys {sorted(ind)}")
                continue
            if norm(ind["text"]) not in text:
                errors.append(f"goal {i}: indicator {ind['text']!r} not in text")
            if ind["target"] is not None and norm(ind["target"]) not in text:
                errors.append(f"goal {i}: target {ind['target']!r} not in text")
            if ind["year"] is not None and str(ind["year"]) not in text:
                errors.append(f"goal {i}: year {ind['year']} not in text")
    return data, errors


def main():
    files = sorted(glob.glob(os.path.join(here, "layouts", "*.expected.json")))
    files += sorted(glob.glob(os.path.join(here, "long", "*.expected.json")))
    bad = 0
    for f in files:
        data, errors = check(f)
        name = os.path.relpath(f, here)
        goals = data.get("goals", [])
        fin = sum(1 for g in goals if g.get("kind") == "financial")
        inds = sum(len(g.get("indicators", [])) for g in goals)
        if errors:
            bad += 1
            print(f"FAIL {name}")
            for e in errors:
                print("   ", e)
        else:
            print(f"ok   {name}: {len(goals)} goals ({fin} financial), {inds} indicator targets, "
                  f"municipality {data.get('municipality')!r}")
    print(f"{len(files) - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
