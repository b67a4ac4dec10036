#!/usr/bin/env python3
"""Independent check of the English gold in tests/blind4 (en-d*.txt / en-d*.json).

Does not import en_build.py. For each pair it checks: schema and key set, NFC text,
mention/negative/event slices, whole-word boundaries, no overlaps, kinds, the optional
flag (optional entity or inside an "[Image: ...]" alt-text line), that every entity has a
mention, coverage (every whole-word occurrence of every mention text, of each name_en and
of a person's first and last name token lies inside a mention or a negative), event formats
(4-9 events, TIMEX-like dates, accept lists, trigger/anchor slices, known entities) and a
length of 400-700 words. Usage: python3 en_validate.py [-v]   (-v lists capitalised tokens
that no span covers, for a human to review).
"""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"lang", "document_date", "entities", "optional_entities", "mentions", "negatives", "events"}
KINDS = {"person", "company", "organization"}
EVENT_KEYS = {"id", "date", "mod", "accept", "required", "trigger", "anchor", "what", "entities"}
DATE_RE = re.compile(r"^(\d{4}|\d{3}|\d{4}-\d{2}|\d{4}-\d{2}-\d{2}|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}-W\d{2})$")
MODS = {None, "start", "mid", "end", "before", "after", "approx"}


def wordch(c):
    return c.isalnum() or c == "_"


def boundary_ok(text, s, e):
    left = s == 0 or not (wordch(text[s - 1]) and wordch(text[s]))
    right = e == len(text) or not (wordch(text[e]) and wordch(text[e - 1]))
    return left and right


def word_hits(text, needle):
    out, i = [], text.find(needle)
    while i >= 0:
        if boundary_ok(text, i, i + len(needle)):
            out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def check(txt_path, verbose):
    errs = []
    name = os.path.basename(txt_path)[:-4]
    with open(txt_path, encoding="utf-8") as fh:
        text = fh.read()
    with open(txt_path[:-4] + ".json", encoding="utf-8") as fh:
        g = json.load(fh)

    def err(msg):
        errs.append(f"{name}: {msg}")

    if set(g) != KEYS:
        err(f"keys {sorted(g)}")
    if g.get("lang") != "en":
        err("lang is not en")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", g.get("document_date", "")):
        err("bad document_date")
    if unicodedata.normalize("NFC", text) != text:
        err("text is not NFC")
    nwords = len(text.split())
    if not 400 <= nwords <= 700:
        err(f"{nwords} words, outside 400-700")

    ents = {}
    for e in g["entities"]:
        ents[e["id"]] = (e, False)
    for e in g["optional_entities"]:
        if e["id"] in ents:
            err(f"entity {e['id']} both required and optional")
        ents[e["id"]] = (e, True)
    for eid, (e, _) in ents.items():
        if set(e) != {"id", "kind", "name_en"}:
            err(f"entity {eid} keys {sorted(e)}")
        if e["kind"] not in KINDS:
            err(f"entity {eid} kind {e['kind']}")

    alts = []
    pos = 0
    for line in text.split("\n"):
        if line.startswith("[Image: "):
            alts.append((pos, pos + len(line)))
        pos += len(line) + 1

    spans = []
    for m in g["mentions"]:
        s, e = m["start"], m["end"]
        if set(m) != {"start", "end", "text", "entity", "kind", "optional"}:
            err(f"mention keys {sorted(m)}")
        if text[s:e] != m["text"]:
            err(f"mention slice {s}-{e} {text[s:e]!r} != {m['text']!r}")
        if not boundary_ok(text, s, e):
            err(f"mention {m['text']!r}@{s} not on word boundaries")
        if m["text"] != m["text"].strip() or not m["text"]:
            err(f"mention {m['text']!r}@{s} has outer spaces")
        if m["entity"] not in ents:
            err(f"mention {m['text']!r}@{s} unknown entity {m['entity']}")
            continue
        ent, opt = ents[m["entity"]]
        if m["kind"] != ent["kind"]:
            err(f"mention {m['text']!r}@{s} kind {m['kind']} != {ent['kind']}")
        in_alt = any(a <= s and e <= b for a, b in alts)
        if m["optional"] != (opt or in_alt):
            err(f"mention {m['text']!r}@{s} optional={m['optional']} expected {opt or in_alt}")
        if ent["kind"] == "person" and (m["text"].endswith("'s") or m["text"].endswith("’s")):
            err(f"person mention {m['text']!r}@{s} includes a possessive")
        if re.match(r"^(Mr|Mrs|Ms|Dr|Sheikh|Prince|President|Professor)\b", m["text"]):
            err(f"mention {m['text']!r}@{s} includes a title")
        spans.append((s, e, "m"))
    for n in g["negatives"]:
        s, e = n["start"], n["end"]
        if set(n) != {"start", "end", "text"}:
            err(f"negative keys {sorted(n)}")
        if text[s:e] != n["text"]:
            err(f"negative slice {s}-{e} {text[s:e]!r} != {n['text']!r}")
        if not boundary_ok(text, s, e):
            err(f"negative {n['text']!r}@{s} not on word boundaries")
        spans.append((s, e, "n"))
    spans.sort()
    for (a, b, _), (c, d, _) in zip(spans, spans[1:]):
        if c < b:
            err(f"overlapping spans {text[a:b]!r}@{a} and {text[c:d]!r}@{c}")

    used = {m["entity"] for m in g["mentions"]}
    for eid in ents:
        if eid not in used:
            err(f"entity {eid} has no mention")

    def covered(s, e):
        return any(a <= s and e <= b for a, b, _ in spans)

    needles = {m["text"] for m in g["mentions"]}
    for eid, (ent, _) in ents.items():
        needles.add(ent["name_en"])
        if ent["kind"] == "person":
            toks = ent["name_en"].split()
            needles.update({toks[0], toks[-1]})
    for nd in sorted(needles):
        for s, e in word_hits(text, nd):
            if not covered(s, e):
                err(f"uncovered occurrence of {nd!r}@{s}")

    evs = g["events"]
    if not 4 <= len(evs) <= 9:
        err(f"{len(evs)} events, outside 4-9")
    ids = set()
    for ev in evs:
        if set(ev) - {"also_anchor"} != EVENT_KEYS:
            err(f"event keys {sorted(ev)}")
            continue
        if ev["id"] in ids:
            err(f"duplicate event id {ev['id']}")
        ids.add(ev["id"])
        if not DATE_RE.match(ev["date"]):
            err(f"event {ev['id']} date {ev['date']!r}")
        if ev["mod"] not in MODS:
            err(f"event {ev['id']} mod {ev['mod']!r}")
        if not isinstance(ev["required"], bool):
            err(f"event {ev['id']} required not bool")
        if not ev["accept"] or ev["date"] not in ev["accept"]:
            err(f"event {ev['id']} accept {ev['accept']} lacks date {ev['date']}")
        for a in ev["accept"]:
            if not DATE_RE.match(a):
                err(f"event {ev['id']} accept value {a!r}")
        for key in ("trigger", "anchor"):
            sp = ev[key]
            if text[sp["start"]:sp["end"]] != sp["text"] or not sp["text"]:
                err(f"event {ev['id']} {key} slice mismatch")
        if not ev["what"]:
            err(f"event {ev['id']} has no 'what'")
        for k in ev["entities"]:
            if k not in ents:
                err(f"event {ev['id']} unknown entity {k}")
        # trigger should sit near its anchor (same paragraph)
        t, a = ev["trigger"], ev["anchor"]
        lo, hi = min(t["start"], a["start"]), max(t["end"], a["end"])
        if "\n" in text[lo:hi]:
            err(f"event {ev['id']} trigger and anchor in different paragraphs")

    if verbose:
        loose = []
        for mt in re.finditer(r"[A-Z][\w’'&.-]*", text):
            s, e = mt.start(), mt.end()
            while e > s and text[e - 1] in ".’'-":
                e -= 1
            if not any(a < e and s < b for a, b, _ in spans):
                loose.append(text[s:e])
        print(f"{name}: uncovered capitalised tokens: {sorted(set(loose))}")
    return errs, nwords, len(g["mentions"]), len(evs), len(ents)


def main():
    verbose = "-v" in sys.argv
    files = sorted(glob.glob(os.path.join(HERE, "en-d*.txt")))
    if len(files) != 8:
        print(f"expected 8 articles, found {len(files)}")
        return 1
    all_errs = []
    for f in files:
        errs, nw, nm, ne, nent = check(f, verbose)
        all_errs += errs
        print(f"{os.path.basename(f)}: {nw} words, {nent} entities, {nm} mentions, {ne} events, "
              f"{'OK' if not errs else str(len(errs)) + ' errors'}")
    for e in all_errs:
        print("  " + e)
    print("PASS" if not all_errs else f"FAIL ({len(all_errs)} errors)")
    return 1 if all_errs else 0


if __name__ == "__main__":
    sys.exit(main())
