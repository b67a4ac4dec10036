#!/usr/bin/env python3
"""Independent checks for the English blind set en-c*.json / en-c*.txt.

Does not import en_build.py.  Checks, per pair:
  * exact top-level keys, lang, document_date format and range;
  * entity / optional entity records (ids unique, kinds valid, kebab-case ids);
  * every mention / negative: slice == text, whole-word boundaries, inside one line;
  * no two spans (mentions + negatives) overlap;
  * mention entity exists, kind matches, optional flag == (optional entity or inside image alt text);
  * every entity (required and optional) has at least one mention;
  * coverage: every whole-word occurrence of every surface form (mention texts, name_en,
    and the first and last tokens of a person's name_en) overlaps a mention or a negative;
  * events: keys, date / accept formats, date in accept, trigger and anchor slices,
    anchor close to trigger, entity ids known, 4-9 events per article;
  * word count 450-850.
Exit status 1 if anything fails.  Use -v to print uncovered capitalised tokens for review.
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
DATE_RE = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|W\d{2}|H[12]))?$")
MOD_RE = re.compile(r"^(start|mid|end|approx|(before|after) \d{4}(-\d{2}(-\d{2})?)?)$")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def w(ch):
    return ch.isalnum()


def occurrences(text, s):
    out, i = [], 0
    while True:
        j = text.find(s, i)
        if j < 0:
            return out
        k = j + len(s)
        if (j == 0 or not w(text[j - 1]) or not w(s[0])) and (k == len(text) or not w(text[k]) or not w(s[-1])):
            out.append((j, k))
        i = j + 1


def check(json_path, verbose=False):
    errs = []
    base = json_path[:-5]
    txt_path = base + ".txt"
    name = os.path.basename(base)
    if not os.path.exists(txt_path):
        return [f"{name}: missing .txt"]
    raw = open(txt_path, "rb").read()
    text = raw.decode("utf-8")
    if unicodedata.normalize("NFC", text) != text:
        errs.append("text is not NFC")
    g = json.load(open(json_path, encoding="utf-8"))
    if set(g) != KEYS:
        errs.append(f"keys {sorted(g)}")
    if g.get("lang") != "en":
        errs.append("lang != en")
    dd = g.get("document_date", "")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", dd) or not ("2025-01-01" <= dd <= "2026-11-20"):
        errs.append(f"document_date {dd!r}")

    nwords = len(text.split())
    if not 450 <= nwords <= 850:
        errs.append(f"word count {nwords}")

    # image alt region (line 2)
    lines = text.split("\n")
    alt = None
    if len(lines) > 1 and lines[1].startswith("!["):
        s0 = len(lines[0]) + 1
        alt = (s0 + 2, s0 + lines[1].index("]("))

    ents = {}
    for group, opt in (("entities", False), ("optional_entities", True)):
        for e in g.get(group, []):
            if set(e) != {"id", "kind", "name_en", "name_ar"}:
                errs.append(f"entity keys {e}")
            if e["id"] in ents:
                errs.append(f"duplicate entity id {e['id']}")
            if not ID_RE.match(e["id"]):
                errs.append(f"bad id {e['id']}")
            if e["kind"] not in KINDS:
                errs.append(f"bad kind {e}")
            if e["name_ar"] and re.search(r"[A-Za-z]", e["name_ar"]):
                errs.append(f"latin letters in name_ar {e['name_ar']!r}")
            ents[e["id"]] = (e, opt)

    spans = []
    per_entity = {k: [] for k in ents}
    for m in g["mentions"]:
        if set(m) != {"start", "end", "text", "entity", "kind", "optional"}:
            errs.append(f"mention keys {m}")
        spans.append((m["start"], m["end"], "M", m))
    for n in g["negatives"]:
        if set(n) != {"start", "end", "text"}:
            errs.append(f"negative keys {n}")
        spans.append((n["start"], n["end"], "N", n))
    for s, e, t, d in spans:
        if not (0 <= s < e <= len(text)):
            errs.append(f"bad offsets {d}")
            continue
        if text[s:e] != d["text"]:
            errs.append(f"slice mismatch {d} -> {text[s:e]!r}")
        if s > 0 and w(text[s - 1]) and w(text[s]):
            errs.append(f"left boundary {d}")
        if e < len(text) and w(text[e]) and w(text[e - 1]):
            errs.append(f"right boundary {d}")
        if "\n" in text[s:e]:
            errs.append(f"span crosses line {d}")
        if d["text"] != d["text"].strip():
            errs.append(f"span has outer whitespace {d}")
        if t == "M":
            if d["entity"] not in ents:
                errs.append(f"unknown entity {d}")
                continue
            ent, opt = ents[d["entity"]]
            per_entity[d["entity"]].append(d)
            if d["kind"] != ent["kind"]:
                errs.append(f"kind mismatch {d}")
            in_alt = alt is not None and alt[0] <= s and e <= alt[1]
            if d["optional"] != (opt or in_alt):
                errs.append(f"optional flag {d} (optional entity={opt}, in alt={in_alt})")
            if d["text"].endswith("'s") or d["text"].endswith("’s") or d["text"].endswith("'") or d["text"].endswith("’"):
                if d["text"] not in ("See's Candies",):
                    errs.append(f"possessive inside span {d}")
    ss = sorted((s, e, d) for s, e, t, d in spans)
    for (s1, e1, d1), (s2, e2, d2) in zip(ss, ss[1:]):
        if s2 < e1:
            errs.append(f"overlap {d1['text']!r}@{s1} / {d2['text']!r}@{s2}")
    for k, lst in per_entity.items():
        if not lst:
            errs.append(f"entity without mention: {k}")

    # coverage of surface forms
    forms = set()
    for k, (ent, _) in ents.items():
        forms.add(ent["name_en"])
        if ent["kind"] == "person":
            toks = ent["name_en"].split()
            forms.add(toks[-1])   # surname
            forms.add(toks[0])    # given name (catches "Greg", "Bruno", "Warren" used alone)
    for m in g["mentions"]:
        forms.add(m["text"])
    covered = [(s, e) for s, e, _, _ in spans]
    for f in sorted(forms):
        for (s, e) in occurrences(text, f):
            if not any(s < ce and cs < e for cs, ce in covered):
                errs.append(f"uncovered occurrence of {f!r} at {s}: ...{text[max(0, s - 30):e + 30]!r}...")

    # events
    evs = g.get("events", [])
    if not 4 <= len(evs) <= 9:
        errs.append(f"{len(evs)} events")
    ids = set()
    for ev in evs:
        if set(ev) != {"id", "date", "mod", "accept", "required", "trigger", "anchor", "what", "entities"}:
            errs.append(f"event keys {ev.get('id')}: {sorted(ev)}")
            continue
        if ev["id"] in ids:
            errs.append(f"duplicate event id {ev['id']}")
        ids.add(ev["id"])
        if not DATE_RE.match(ev["date"]):
            errs.append(f"event date {ev['id']} {ev['date']}")
        if ev["mod"] is not None and not MOD_RE.match(ev["mod"]):
            errs.append(f"event mod {ev['id']} {ev['mod']}")
        if not ev["accept"] or ev["date"] not in ev["accept"]:
            errs.append(f"event accept lacks date {ev['id']}")
        for a in ev["accept"]:
            if not DATE_RE.match(a):
                errs.append(f"event accept value {ev['id']} {a}")
        if not isinstance(ev["required"], bool):
            errs.append(f"required not bool {ev['id']}")
        for part in ("trigger", "anchor"):
            sp = ev[part]
            if set(sp) != {"start", "end", "text"} or text[sp["start"]:sp["end"]] != sp["text"]:
                errs.append(f"event {part} mismatch {ev['id']}: {sp}")
        t, a = ev["trigger"], ev["anchor"]
        gap = max(a["start"] - t["end"], t["start"] - a["end"], 0)
        if gap > 120:
            errs.append(f"anchor far from trigger ({gap}) {ev['id']}")
        if text[min(t["start"], a["start"]):max(t["end"], a["end"])].count("\n"):
            errs.append(f"trigger/anchor on different lines {ev['id']}")
        for eid in ev["entities"]:
            if eid not in ents:
                errs.append(f"event {ev['id']} unknown entity {eid}")
        if not ev["what"].strip():
            errs.append(f"event {ev['id']} empty what")

    if verbose:
        unc = []
        for mm in re.finditer(r"[A-Z][\w'’&.-]*", text):
            s, e = mm.start(), mm.end()
            if alt and alt[1] <= s < alt[1] + 200 and text[s - 1] in "/-":
                continue
            if not any(s < ce and cs < e for cs, ce in covered):
                unc.append(mm.group())
        print(f"  [{name}] capitalised tokens not in any span: {sorted(set(unc))}")
    return [f"{name}: {x}" for x in errs]


def main():
    verbose = "-v" in sys.argv
    paths = sorted(glob.glob(os.path.join(HERE, "en-c*.json")))
    if not paths:
        print("no files")
        return 1
    allerr = []
    for p in paths:
        e = check(p, verbose)
        allerr += e
        g = json.load(open(p, encoding="utf-8"))
        print(f"{os.path.basename(p)}: {'OK' if not e else str(len(e)) + ' errors'}"
              f"  entities={len(g['entities'])}+{len(g['optional_entities'])}"
              f" mentions={len(g['mentions'])} negatives={len(g['negatives'])} events={len(g['events'])}")
    for x in allerr:
        print("  ERROR", x)
    return 1 if allerr else 0


if __name__ == "__main__":
    sys.exit(main())
