#!/usr/bin/env python3
"""Validates en-b*.txt / en-b*.json pairs (independent of the build script).

Checks: file format (headline, blank-line paragraphs, 350-550 words), JSON schema,
span text == content[start:end] (code point offsets), whole-word span boundaries,
no overlapping mentions, no negative overlapping a mention, mention kind/optional
consistent with its entity, every entity has >= 1 mention, and every whole-word
occurrence of every mention surface form (plus each
entity's name_en and each person's surname) is covered by a mention or a negative span.
"""
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ARABIC = re.compile(r"[\u0600-\u06FF]")
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def check(txt_path):
    errs = []
    base = txt_path[:-4]
    content = open(txt_path, encoding="utf-8").read()
    doc = json.load(open(base + ".json", encoding="utf-8"))
    if unicodedata.normalize("NFC", content) != content:
        errs.append("text not NFC")
    lines = content.split("\n")
    headline = lines[0]
    if not headline or lines[1] != "":
        errs.append("first line must be headline followed by blank line")
    small = {"a", "an", "and", "as", "at", "for", "in", "of", "on", "the", "to", "by", "or"}
    for w in headline.split():
        if w[0].isalpha() and w[0].islower() and w not in small and not w.startswith("i"):
            errs.append("headline word not title case: " + w)
    body = "\n".join(lines[2:])
    nwords = len(body.split())
    if not 350 <= nwords <= 550:
        errs.append("body word count %d outside 350-550" % nwords)
    if doc.get("lang") != "en":
        errs.append("lang")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", doc.get("document_date", "")):
        errs.append("document_date")
    ents = {}
    for key, opt in (("entities", False), ("optional_entities", True)):
        for e in doc[key]:
            if set(e) != {"id", "kind", "name_en", "name_ar"}:
                errs.append("entity keys %s" % e)
            if e["id"] in ents:
                errs.append("duplicate entity id " + e["id"])
            if not KEBAB.match(e["id"]):
                errs.append("id not kebab " + e["id"])
            if e["kind"] not in ("person", "organization"):
                errs.append("bad kind " + e["id"])
            if not ARABIC.search(e["name_ar"]):
                errs.append("name_ar not Arabic " + e["id"])
            ents[e["id"]] = (e, opt)
    ms, ns = doc["mentions"], doc["negatives"]
    for sp in ms + ns:
        if content[sp["start"]:sp["end"]] != sp["text"]:
            errs.append("offset mismatch %s" % sp)
        s, e = sp["start"], sp["end"]
        if (s > 0 and re.match(r"\w", content[s - 1])) or (e < len(content) and re.match(r"\w", content[e])):
            errs.append("span not on word boundary %s" % sp)
        if sp["text"] != sp["text"].strip():
            errs.append("span has surrounding whitespace %s" % sp)
    for m in ms:
        if set(m) != {"start", "end", "text", "entity", "kind", "optional"}:
            errs.append("mention keys %s" % m)
        if m["entity"] not in ents:
            errs.append("mention of unknown entity %s" % m)
            continue
        e, opt = ents[m["entity"]]
        if m["kind"] != e["kind"]:
            errs.append("kind mismatch %s" % m)
        if m["optional"] is not opt:
            errs.append("optional flag mismatch %s" % m)
    spans = sorted([(m["start"], m["end"], "m") for m in ms] + [(n["start"], n["end"], "n") for n in ns])
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errs.append("overlap %s %s" % (a, b))
    mentioned = {m["entity"] for m in ms}
    for eid in ents:
        if eid not in mentioned:
            errs.append("entity without mention " + eid)
    covered = [(x["start"], x["end"]) for x in ms + ns]
    forms = {m["text"] for m in ms}
    for eid, (e, _) in ents.items():  # also the canonical name and, for persons, the surname
        forms.add(e["name_en"])
        if e["kind"] == "person":
            toks = [t for t in e["name_en"].split() if t not in ("Jr.", "Sr.")]
            forms.add(toks[-1])
    for form in sorted(forms):
        for mt in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", content):
            if not any(s <= mt.start() and mt.end() <= e for s, e in covered):
                errs.append("unannotated occurrence of %r at %d" % (form, mt.start()))
    # possessive spans must exclude 's / '
    for m in ms:
        if m["text"].endswith("'s") or m["text"].endswith("’s"):
            errs.append("possessive inside span %s" % m)
    stats = dict(words=nwords,
                 entities=len(doc["entities"]), optional_entities=len(doc["optional_entities"]),
                 persons=sum(1 for e in doc["entities"] if e["kind"] == "person"),
                 orgs=sum(1 for e in doc["entities"] if e["kind"] == "organization"),
                 mentions=sum(1 for m in ms if not m["optional"]),
                 optional_mentions=sum(1 for m in ms if m["optional"]),
                 negatives=len(ns))
    return errs, stats


def main():
    files = sorted(glob.glob(os.path.join(HERE, "en-b[0-9][0-9]-*.txt")))
    bad = 0
    tot = {}
    for f in files:
        errs, st = check(f)
        for k, v in st.items():
            tot[k] = tot.get(k, 0) + v
        name = os.path.basename(f)[:-4]
        print("%-40s %s %s" % (name, "OK " if not errs else "ERR",
                                " ".join("%s=%d" % kv for kv in st.items())))
        for e in errs:
            print("    " + e)
        bad += bool(errs)
    print("%-40s %s" % ("TOTAL (%d files)" % len(files), " ".join("%s=%d" % kv for kv in tot.items())))
    print("FAILED" if bad else "ALL VALID")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
