#!/usr/bin/env python3
"""Builds the en-b*.txt / en-b*.json blind evaluation articles.

Article text may contain inline markup:
  ⟦text⟧      forced negative span (e.g. the town "Halifax" vs the bank brand)
  ⟦text|id⟧   forced mention of entity `id`
All other spans are found automatically: every whole-word, case-sensitive
occurrence of an entity's name forms or of a negative string.  Overlaps are
resolved longest-first (forced spans win, then mentions beat negatives on ties).
Offsets are Python str (code point) indices into the UTF-8 decoded file.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from importlib import import_module  # noqa: E402

ARTICLES = import_module("en-b-articles").ARTICLES  # noqa: E402

MARK = re.compile(r"⟦([^⟧|]+)(?:\|([^⟧]+))?⟧")


def strip_markup(raw):
    out, forced, pos = [], [], 0
    cur = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        cur += m.start() - pos
        surface, ent = m.group(1), m.group(2)
        forced.append((cur, cur + len(surface), ent))
        out.append(surface)
        cur += len(surface)
        pos = m.end()
    out.append(raw[pos:])
    return "".join(out), forced


def word_re(form):
    return re.compile(r"(?<!\w)" + re.escape(form) + r"(?!\w)")


def build(art):
    raw = unicodedata.normalize("NFC", art["text"].strip("\n")) + "\n"
    text, forced = strip_markup(raw)
    ents = {}
    for opt, key in ((False, "entities"), (True, "optional")):
        for e in art.get(key, []):
            eid, kind, name_en, name_ar, forms = e
            assert eid not in ents, eid
            ents[eid] = dict(id=eid, kind=kind, name_en=name_en, name_ar=name_ar,
                             forms=forms, optional=opt)
    cands = []  # (start, end, prio, entity-or-None)
    for s, e, ent in forced:
        cands.append((s, e, 0, ent))
    for eid, e in ents.items():
        for f in e["forms"]:
            for m in word_re(f).finditer(text):
                cands.append((m.start(), m.end(), 1, eid))
    for neg in art.get("negatives", []):
        for m in word_re(neg).finditer(text):
            cands.append((m.start(), m.end(), 2, None))
    cands.sort(key=lambda c: (c[2] != 0, -(c[1] - c[0]), c[2], c[0]))
    taken, mentions, negatives = [], [], []
    for s, e, prio, ent in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        if ent is None:
            negatives.append(dict(start=s, end=e, text=text[s:e]))
        else:
            en = ents[ent]
            mentions.append(dict(start=s, end=e, text=text[s:e], entity=ent,
                                 kind=en["kind"], optional=en["optional"]))
    mentions.sort(key=lambda m: m["start"])
    negatives.sort(key=lambda m: m["start"])
    def ent_json(e):
        return dict(id=e["id"], kind=e["kind"], name_en=e["name_en"], name_ar=e["name_ar"])
    doc = {
        "lang": "en",
        "document_date": art["date"],
        "entities": [ent_json(e) for e in ents.values() if not e["optional"]],
        "optional_entities": [ent_json(e) for e in ents.values() if e["optional"]],
        "mentions": mentions,
        "negatives": negatives,
    }
    return text, doc


def main():
    for art in ARTICLES:
        text, doc = build(art)
        base = os.path.join(HERE, art["name"])
        with open(base + ".txt", "w", encoding="utf-8") as f:
            f.write(text)
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(art["name"], "written")


if __name__ == "__main__":
    main()
