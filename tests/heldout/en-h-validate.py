#!/usr/bin/env python3
"""Validate the English held-out NER files (en-h*.txt / en-h*.json) in this directory.

Checks, per document:
  * JSON structure, kinds, unique ids, document_date in 2025/2026;
  * every mention / negative: text == content[start:end] (Python str = code-point offsets);
  * mention kind and optional flag agree with the (optional_)entities lists;
  * no overlaps between mentions, between negatives, or between a mention and a negative;
  * every entity has at least one mention; spans have no surrounding whitespace, no "'s",
    and person spans do not start with a title;
  * completeness: every whole-word occurrence of an entity's name forms (name_en plus every
    distinct mention text of that entity) is annotated as a mention of that entity, unless it
    lies strictly inside a longer annotated span (e.g. "Emirates" inside the negative
    "United Arab Emirates", "World Cup" inside the mention "Club World Cup");
  * text layout: headline on line 1, blank-line separated paragraphs, body of 350-600 words.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TITLES = ('Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sir', 'Sheikh', 'Prince', 'President', 'King', 'Judge', 'Governor')
problems = 0


def err(doc, msg):
    global problems
    problems += 1
    print(f'  ERROR {doc}: {msg}')


def check(json_path):
    doc = os.path.basename(json_path)
    txt_path = json_path[:-5] + '.txt'
    with open(txt_path, encoding='utf-8') as fh:
        text = fh.read()
    with open(json_path, encoding='utf-8') as fh:
        d = json.load(fh)

    if set(d) != {'lang', 'document_date', 'entities', 'optional_entities', 'mentions', 'negatives'}:
        err(doc, f'unexpected top-level keys {sorted(d)}')
    if d.get('lang') != 'en':
        err(doc, 'lang is not "en"')
    if not re.fullmatch(r'202[56]-\d\d-\d\d', d.get('document_date', '')):
        err(doc, 'bad document_date')

    ents = {}
    for group, opt in (('entities', False), ('optional_entities', True)):
        for e in d[group]:
            if set(e) != {'id', 'kind', 'name_en', 'name_ar'}:
                err(doc, f'entity keys {sorted(e)}')
            if e['kind'] not in ('person', 'organization'):
                err(doc, f'bad kind {e}')
            if e['id'] in ents:
                err(doc, f'duplicate id {e["id"]}')
            if not re.search(r'[\u0600-\u06FF]', e['name_ar']):
                err(doc, f'name_ar not Arabic: {e["id"]}')
            ents[e['id']] = (e, opt)

    spans = []
    for m in d['mentions']:
        if text[m['start']:m['end']] != m['text']:
            err(doc, f'mention text mismatch {m}')
        if m['entity'] not in ents:
            err(doc, f'unknown entity {m["entity"]}')
            continue
        e, opt = ents[m['entity']]
        if m['kind'] != e['kind']:
            err(doc, f'kind mismatch {m}')
        if m['optional'] != opt:
            err(doc, f'optional flag mismatch {m}')
        if m['text'] != m['text'].strip() or m['text'].endswith("'s"):
            err(doc, f'bad span boundaries {m}')
        if e['kind'] == 'person' and re.match(r'(%s)\b' % '|'.join(TITLES), m['text']):
            err(doc, f'person span starts with a title {m}')
        spans.append((m['start'], m['end'], 'M', m))
    for n in d['negatives']:
        if text[n['start']:n['end']] != n['text']:
            err(doc, f'negative text mismatch {n}')
        spans.append((n['start'], n['end'], 'N', n))

    spans.sort(key=lambda s: (s[0], s[1]))
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err(doc, f'overlap: {a[3]["text"]!r}@{a[0]} ({a[2]}) / {b[3]["text"]!r}@{b[0]} ({b[2]})')

    mentioned = {m['entity'] for m in d['mentions']}
    for eid in ents:
        if eid not in mentioned:
            err(doc, f'entity without mentions: {eid}')

    exact = {(m['start'], m['end']): m['entity'] for m in d['mentions']}
    for eid, (e, _) in ents.items():
        forms = {e['name_en']} | {m['text'] for m in d['mentions'] if m['entity'] == eid}
        for form in forms:
            for occ in re.finditer(r'(?<!\w)' + re.escape(form) + r'(?!\w)', text):
                s, t = occ.span()
                if exact.get((s, t)) == eid:
                    continue
                inside = any(a <= s and t <= b and (b - a) > (t - s) for a, b, _, _ in spans)
                if not inside:
                    err(doc, f'unannotated occurrence of {form!r} ({eid}) at {s}')

    lines = text.split('\n')
    if not lines[0].strip() or (len(lines) > 1 and lines[1].strip()):
        err(doc, 'line 1 must be the headline followed by a blank line')
    body = text.split('\n', 1)[1] if '\n' in text else ''
    nwords = len(body.split())
    if not 350 <= nwords <= 600:
        err(doc, f'body has {nwords} words (expected 350-600)')
    return len(d['entities']), len(d['optional_entities']), len(d['mentions']), \
        sum(m['optional'] for m in d['mentions']), len(d['negatives']), nwords


def main():
    files = sorted(glob.glob(os.path.join(HERE, 'en-h*.json')))
    print(f'{"file":48} ents opt  ment(opt) neg words')
    tot = [0] * 6
    for f in files:
        before = problems
        r = check(f)
        tot = [x + y for x, y in zip(tot, r)]
        status = 'OK' if problems == before else 'FAIL'
        print(f'{os.path.basename(f):48} {r[0]:4} {r[1]:3} {r[2]:5}({r[3]:2}) {r[4]:4} {r[5]:5}  {status}')
    print(f'{"TOTAL":48} {tot[0]:4} {tot[1]:3} {tot[2]:5}({tot[3]:2}) {tot[4]:4} {tot[5]:5}')
    print(f'{len(files)} documents, {problems} problem(s)')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
