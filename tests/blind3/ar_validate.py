#!/usr/bin/env python3
"""Re-check every ar-c0N-*.json against its .txt (independent of the matching code in ar_build.py).

Checks: exact key set and value types; Unicode NFC text, headline/paragraph format, 450-800 words;
every mention/negative/event span slices to its `text`; offsets inside the text; no overlapping
mentions, no mention overlapping a negative, no overlapping negatives; mention kind = entity kind;
`optional` is true exactly for optional entities and for spans inside the image alt text; every
entity (required and optional) has a mention; every mention text is one of the entity's surface
forms and sits on a word boundary (after optional proclitics); every whole-word occurrence of every
surface form (proclitics allowed) is annotated, or lies inside a longer mention/negative, or is an
explicit negative; no "لل"+form spelling of an ال-initial form slipped through; events: 4-9 per
article, TIMEX-like dates, accept contains the date, trigger/anchor slices on one line and close together.

Run:  python3 ar_validate.py        (exit status 1 on any error)
"""
import glob
import itertools
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from ar_build import SPECS  # surface forms only; matching is re-implemented below

KINDS = {"person", "company", "organization"}
KEYS = ["lang", "document_date", "entities", "optional_entities", "mentions", "negatives", "events"]
DATE_RE = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|W\d{2}|SU|FA|WI|SP))?$")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PREFIXES = sorted({a + b + c for a in ("", "و", "ف") for b in ("", "ب", "ل", "ك") for c in ("", "ـ")},
                  key=len, reverse=True)


def isword(ch):
    return ch.isalnum() or ch == "_"


def occurrences(text, form):
    """Whole-word occurrences of form, allowing attached proclitics before it (str.find scan)."""
    out = []
    i = text.find(form)
    while i != -1:
        j = i + len(form)
        right_ok = j >= len(text) or not isword(text[j])
        left_ok = False
        for p in PREFIXES:
            k = i - len(p)
            if k < 0 or text[k:i] != p:
                continue
            if k == 0 or not isword(text[k - 1]):
                left_ok = True
                break
        if left_ok and right_ok:
            out.append((i, j))
        i = text.find(form, i + 1)
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def check(name):
    errs = []
    err = errs.append
    spec = SPECS[name]
    tpath, jpath = os.path.join(HERE, name + ".txt"), os.path.join(HERE, name + ".json")
    text = open(tpath, encoding="utf-8").read()
    gold = json.load(open(jpath, encoding="utf-8"))
    n = len(text)

    # ---- file format
    if text != unicodedata.normalize("NFC", text):
        err("text not NFC")
    lines = text.rstrip("\n").split("\n")
    if any(not l.strip() for l in lines):
        err("blank line in text (paragraphs must be one per line)")
    if lines[0].startswith("!["):
        err("first line must be the headline")
    words = len(text.split())
    if not 450 <= words <= 800:
        err(f"word count {words} outside 450-800")
    alt = (0, 0)
    if len(lines) > 1 and lines[1].startswith("!["):
        m = re.match(r"!\[([^\]]*)\]\((https?://[^)\s]+)\)$", lines[1])
        if not m:
            err("bad image line")
        else:
            alt = (len(lines[0]) + 1 + 2, len(lines[0]) + 1 + 2 + len(m.group(1)))

    # ---- keys and header
    if list(gold.keys()) != KEYS:
        err(f"keys {list(gold.keys())} != {KEYS}")
    if gold.get("lang") != "ar":
        err("lang must be 'ar'")
    dd = gold.get("document_date", "")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", dd) or not ("2025-01-01" <= dd <= "2026-11-20"):
        err(f"bad document_date {dd}")

    # ---- entities
    ents = {}
    for opt, key in ((False, "entities"), (True, "optional_entities")):
        for e in gold[key]:
            if set(e.keys()) != {"id", "kind", "name_en", "name_ar"}:
                err(f"entity keys {e}")
            if not ID_RE.match(e["id"]):
                err(f"id not kebab-case: {e['id']}")
            if e["kind"] not in KINDS:
                err(f"bad kind {e}")
            if e["id"] in ents:
                err(f"duplicate id {e['id']}")
            ents[e["id"]] = (e, opt)
    forms = {e["id"]: e["forms"] for e in spec["entities"] + spec["optional"]}
    if set(forms) != set(ents):
        err("entity ids differ between spec and json")

    # ---- mentions
    ms = gold["mentions"]
    spans = []
    for m in ms:
        if set(m.keys()) != {"start", "end", "text", "entity", "kind", "optional"}:
            err(f"mention keys {m}")
        s, e = m["start"], m["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= n):
            err(f"mention offsets out of range {m}")
            continue
        if text[s:e] != m["text"]:
            err(f"mention slice {text[s:e]!r} != {m['text']!r} at {s}")
        if m["entity"] not in ents:
            err(f"unknown entity {m['entity']}")
            continue
        ent, opt = ents[m["entity"]]
        if m["kind"] != ent["kind"]:
            err(f"kind mismatch {m}")
        want_opt = opt or (alt[0] <= s and e <= alt[1])
        if m["optional"] is not want_opt:
            err(f"optional flag should be {want_opt}: {m}")
        if m["text"] not in forms.get(m["entity"], []):
            err(f"mention text {m['text']!r} not a listed form of {m['entity']}")
        if (s, e) not in occurrences(text, m["text"]) or (s, e) not in [
                o for o in occurrences(text, text[s:e])]:
            err(f"mention not on a word boundary {m}")
        spans.append((s, e))
    for a, b in itertools.combinations(sorted(spans), 2):
        if overlaps(a, b):
            err(f"overlapping mentions {a} {b}")
    for eid in ents:
        if not any(m["entity"] == eid for m in ms):
            err(f"entity without mention: {eid}")

    # ---- negatives
    negs = []
    for g in gold["negatives"]:
        if set(g.keys()) != {"start", "end", "text"}:
            err(f"negative keys {g}")
        s, e = g["start"], g["end"]
        if not (0 <= s < e <= n) or text[s:e] != g["text"]:
            err(f"negative slice mismatch {g}")
        negs.append((s, e))
        for sp in spans:
            if overlaps(sp, (s, e)):
                err(f"negative {g} overlaps mention {sp}")
    for a, b in itertools.combinations(sorted(negs), 2):
        if overlaps(a, b):
            err(f"overlapping negatives {a} {b}")

    # ---- completeness of surface forms
    exact = {(m["start"], m["end"]): m["entity"] for m in ms}
    negset = set(negs)
    covers = spans + negs
    for eid, fl in forms.items():
        for f in fl:
            for s, e in occurrences(text, f):
                if exact.get((s, e)) == eid or (s, e) in negset:
                    continue
                if any(cs <= s and e <= ce and (ce - cs) > (e - s) for cs, ce in covers):
                    continue
                who = exact.get((s, e))
                err(f"unannotated occurrence of {f!r} ({eid}) at {s}" + (f" (annotated as {who})" if who else ""))
            if f.startswith("ال") and len(f) > 3:
                for s, e in occurrences(text, "لل" + f[2:]):
                    err(f"'لل' spelling of {f!r} at {s}: rephrase the text")

    # ---- events
    evs = gold["events"]
    if not 4 <= len(evs) <= 9:
        err(f"{len(evs)} events (want 4-9)")
    ids = set()
    line_of = lambda pos: text.count("\n", 0, pos)
    for ev in evs:
        if set(ev.keys()) != {"id", "date", "mod", "accept", "required", "trigger", "anchor", "what", "entities"}:
            err(f"event keys {ev.get('id')}")
        if ev["id"] in ids or not ID_RE.match(ev["id"]):
            err(f"bad/duplicate event id {ev['id']}")
        ids.add(ev["id"])
        if not DATE_RE.match(ev["date"]):
            err(f"bad event date {ev['date']}")
        if ev["date"] not in ev["accept"] or not all(DATE_RE.match(a) for a in ev["accept"]):
            err(f"accept of {ev['id']} must contain date and be TIMEX-like")
        if not isinstance(ev["required"], bool):
            err(f"required not bool in {ev['id']}")
        if ev["mod"] is not None and not isinstance(ev["mod"], str):
            err(f"bad mod in {ev['id']}")
        for k in ("trigger", "anchor"):
            sp = ev[k]
            if not (0 <= sp["start"] < sp["end"] <= n) or text[sp["start"]:sp["end"]] != sp["text"]:
                err(f"event {ev['id']} {k} slice mismatch")
        t, a = ev["trigger"], ev["anchor"]
        if line_of(t["start"]) != line_of(a["start"]):
            err(f"event {ev['id']}: trigger and anchor on different lines")
        gap = max(0, max(t["start"], a["start"]) - min(t["end"], a["end"]))
        if gap > 150:
            err(f"event {ev['id']}: trigger and anchor {gap} chars apart")
        for x in ev["entities"]:
            if x not in ents:
                err(f"event {ev['id']} unknown entity {x}")
        if not ev["what"] or not re.match(r"^[\x20-\x7e]+$", ev["what"]):
            err(f"event {ev['id']}: 'what' must be one English sentence")
    return errs, words, len(ms), len(negs), len(evs), len(gold["entities"]), len(gold["optional_entities"])


def main():
    bad = 0
    names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "ar-c0*.txt")))
    if sorted(names) != sorted(SPECS):
        print("txt files and SPECS differ:", names, sorted(SPECS))
        bad += 1
    for name in names:
        errs, words, nm, nn, ne, nent, nopt = check(name)
        status = "OK" if not errs else f"{len(errs)} ERRORS"
        print(f"{name}: {status}  words={words} entities={nent}+{nopt} mentions={nm} negatives={nn} events={ne}")
        for e in errs:
            print("   -", e)
        bad += len(errs)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
