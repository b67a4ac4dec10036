#!/usr/bin/env python3
"""Independent validator for the Arabic held-out gold files (ar-h*.txt / ar-h*.json)."""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك",
              "لـ", "ولـ", "بـ", "وبـ", "فلـ", "كـ"}
DIACRITICS = re.compile("[\u064B-\u0652\u0670]")


def is_word(ch):
    return ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc", "Lm")


def prefix_of(content, s):
    j = s
    while j > 0 and is_word(content[j - 1]):
        j -= 1
    return content[j:s]


def raw_occ(content, form):
    i = content.find(form)
    while i != -1:
        yield i, i + len(form)
        i = content.find(form, i + 1)


def check(txt):
    errors, notes = [], []
    base = txt[:-4]
    content = open(txt, encoding="utf-8").read()
    data = json.load(open(base + ".json", encoding="utf-8"))
    name = os.path.basename(base)

    # structure
    if set(data) != {"lang", "document_date", "entities", "optional_entities", "mentions", "negatives"}:
        errors.append(f"bad top-level keys {sorted(data)}")
    if data.get("lang") != "ar":
        errors.append("lang != ar")
    if not re.fullmatch(r"202[56]-\d\d-\d\d", data.get("document_date", "")):
        errors.append("bad document_date")
    # text shape
    words = len(content.split())
    if not 350 <= words <= 600:
        errors.append(f"word count {words} outside 350-600")
    if DIACRITICS.search(content):
        errors.append("text contains diacritics")
    paras = content.strip("\n").split("\n\n")
    if any("\n" in p for p in paras) or len(paras) < 4:
        errors.append("paragraph layout: headline + paragraphs separated by blank lines expected")

    ents = {}
    for key, opt in (("entities", False), ("optional_entities", True)):
        for e in data[key]:
            if set(e) != {"id", "kind", "name_en", "name_ar"}:
                errors.append(f"entity keys {e}")
            if e["kind"] not in ("person", "organization"):
                errors.append(f"bad kind {e}")
            if e["id"] in ents:
                errors.append(f"duplicate entity id {e['id']}")
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["id"]):
                errors.append(f"id not kebab-case {e['id']}")
            ents[e["id"]] = (e, opt)

    spans = []
    for m in data["mentions"]:
        if set(m) != {"start", "end", "text", "entity", "kind", "optional"}:
            errors.append(f"mention keys {m}")
        if content[m["start"]:m["end"]] != m["text"]:
            errors.append(f"mention text mismatch {m}")
        if m["entity"] not in ents:
            errors.append(f"unknown entity {m}")
            continue
        e, opt = ents[m["entity"]]
        if m["kind"] != e["kind"] or m["optional"] != opt:
            errors.append(f"kind/optional mismatch {m}")
        if m["text"] != m["text"].strip() or m["text"][:1] in "«»\"'(":
            errors.append(f"span has padding/punctuation {m}")
        p = prefix_of(content, m["start"])
        if p not in PROCLITICS:
            errors.append(f"mention starts inside a word (prefix {p!r}) {m}")
        if m["end"] < len(content) and is_word(content[m["end"]]) and is_word(m["text"][-1]):
            errors.append(f"mention ends inside a word {m}")
        spans.append((m["start"], m["end"]))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            errors.append(f"overlapping mentions {a} {b}")
    for eid in ents:
        if not any(m["entity"] == eid for m in data["mentions"]):
            errors.append(f"entity without mention {eid}")

    negs = []
    for n in data["negatives"]:
        if set(n) != {"start", "end", "text"}:
            errors.append(f"negative keys {n}")
        if content[n["start"]:n["end"]] != n["text"]:
            errors.append(f"negative text mismatch {n}")
        if any(n["start"] < t and s < n["end"] for s, t in spans):
            errors.append(f"negative overlaps a mention {n}")
        negs.append((n["start"], n["end"]))

    covered = spans + negs
    # completeness: every occurrence of every name form used (mention texts + name_ar)
    for eid, (e, opt) in ents.items():
        forms = {m["text"] for m in data["mentions"] if m["entity"] == eid} | {e["name_ar"]}
        for form in forms:
            for s, t in raw_occ(content, form):
                p = prefix_of(content, s)
                inword = (p not in PROCLITICS) or (t < len(content) and is_word(content[t]) and is_word(form[-1]))
                if inword:
                    notes.append(f"  note: '{form}' ({eid}) occurs inside word {content[max(0,s-len(p)):t+3]!r} at {s} (not a name occurrence)")
                    continue
                if not any(a <= s and t <= b for a, b in covered):
                    errors.append(f"unannotated occurrence of '{form}' ({eid}) at {s}")
        # ل + ال contraction would hide a name ("للأمم المتحدة")
        for form in forms:
            if form.startswith("ال") and ("ل" + form[1:]) in content and ("لل" + form[2:]) in content:
                errors.append(f"contracted ل+ال occurrence of '{form}' (cannot be annotated cleanly)")

    n_ent, n_opt = len(data["entities"]), len(data["optional_entities"])
    print(f"{name}: words={words} entities={n_ent} optional_entities={n_opt} "
          f"mentions={len(data['mentions'])} (optional {sum(m['optional'] for m in data['mentions'])}) "
          f"negatives={len(data['negatives'])} -> {'OK' if not errors else 'FAIL'}")
    for x in errors:
        print("  ERROR:", x)
    for x in notes:
        print(x)
    return not errors


if __name__ == "__main__":
    files = sorted(glob.glob(os.path.join(HERE, "ar-h*.txt")))
    ok = all([check(f) for f in files])
    print(f"{len(files)} files checked: {'ALL OK' if ok else 'ERRORS FOUND'}")
    sys.exit(0 if ok else 1)
