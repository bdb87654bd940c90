#!/usr/bin/env python3
"""Checks that the tool finds every gold quote of the stories here as dialogue.

    python3 check.py [NAME...]    # default: every NAME.gold.tsv in this folder

Runs `/work/bin/ficaudio-blind script NAME.txt --cast NAME.cast.toml --json`, reads
only each record's `kind` and `text`, collapses whitespace, and aligns the dialogue
records in order with the gold first words (longest common subsequence; a record
matches a gold line when it starts with the gold words). Prints, per story:
MISSING (gold lines no record matches), EXTRA (dialogue records no gold line
matches) and MISMATCH (a gold line and a record left unmatched at the same place,
the likely sign of a record cut short or run on; counted in neither of the others). No speaker is read.

    python3 check.py --full NAME...   # every dialogue record's whole text, numbered
"""
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOOL = "/work/bin/ficaudio-blind"


def collapse(text):
    return " ".join(text.split())


def gold_starts(name):
    starts = []
    for line in (HERE / f"{name}.gold.tsv").read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        starts.append(collapse(line.split("\t", 1)[0]))
    return starts


def dialogue(name):
    output = subprocess.run(
        [TOOL, "script", str(HERE / f"{name}.txt"), "--cast", str(HERE / f"{name}.cast.toml"), "--json"],
        check=True, capture_output=True, text=True,
    ).stdout
    texts = []
    for line in output.splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if record.get("kind") == "dialogue":
            texts.append(collapse(record.get("text", "")))
    return texts


def align(starts, texts):
    """Pairs (gold index, record index) of the longest in-order match."""
    rows, cols = len(starts), len(texts)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            if texts[j].startswith(starts[i]):
                table[i][j] = table[i + 1][j + 1] + 1
            else:
                table[i][j] = max(table[i + 1][j], table[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < rows and j < cols:
        if texts[j].startswith(starts[i]) and table[i][j] == table[i + 1][j + 1] + 1:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def check(name):
    starts, texts = gold_starts(name), dialogue(name)
    pairs = align(starts, texts)
    matched_gold = {i for i, _ in pairs}
    matched_text = {j for _, j in pairs}
    missing = [i for i in range(len(starts)) if i not in matched_gold]
    extra = [j for j in range(len(texts)) if j not in matched_text]
    # A missing gold line whose neighbours' records leave exactly one extra record
    # between them is a mismatch: the record is there but its text differs.
    mismatch = []
    bounds = [(-1, -1)] + pairs + [(len(starts), len(texts))]
    for (gi, gj), (hi, hj) in zip(bounds, bounds[1:]):
        gold_gap = list(range(gi + 1, hi))
        text_gap = list(range(gj + 1, hj))
        for i, j in zip(gold_gap, text_gap):
            mismatch.append((i, j))
    lone_missing = len(missing) - len(mismatch)
    lone_extra = len(extra) - len(mismatch)
    print(f"{name}: {len(starts)} gold / {len(texts)} dialogue records: "
          f"{lone_missing} MISSING, {lone_extra} EXTRA, {len(mismatch)} MISMATCH")
    for i, j in mismatch:
        print(f"  MISMATCH gold {i + 1} {starts[i]!r} / record {j + 1} {texts[j][:80]!r}")
    paired = {i for i, _ in mismatch}
    for i in missing:
        if i not in paired:
            print(f"  MISSING gold {i + 1} {starts[i]!r}")
    paired = {j for _, j in mismatch}
    for j in extra:
        if j not in paired:
            print(f"  EXTRA record {j + 1} {texts[j][:80]!r}")
    return len(starts), lone_missing, lone_extra, len(mismatch)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--full"]:
        for name in sys.argv[2:]:
            for number, text in enumerate(dialogue(name), 1):
                print(f"{name} {number}: {text}")
        sys.exit(0)
    names = sys.argv[1:] or sorted(p.name[: -len(".gold.tsv")] for p in HERE.glob("*.gold.tsv"))
    totals = [0, 0, 0, 0]
    for name in names:
        for k, value in enumerate(check(name)):
            totals[k] += value
    print(f"In all: {totals[0]} gold spans, {totals[1]} MISSING, {totals[2]} EXTRA, {totals[3]} MISMATCH")
