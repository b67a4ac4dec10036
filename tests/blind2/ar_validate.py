"""Validates ar-b0N-*.json against their .txt files. Exit code 1 on any error."""
import glob, json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ar_common import occurrences

HERE = os.path.dirname(os.path.abspath(__file__))
ID_RE = re.compile(r'^[a-z0-9]+(-[a-z0-9]+)*$')
DIAC = re.compile('[\u064B-\u0652\u0670]')


def check(base):
    errs = []
    content = open(base + '.txt', encoding='utf-8').read()
    doc = json.load(open(base + '.json', encoding='utf-8'))
    name = os.path.basename(base)
    if doc.get('lang') != 'ar': errs.append('lang')
    if not re.match(r'^\d{4}-\d{2}-\d{2}$', doc.get('document_date', '')): errs.append('date')
    lines = content.split('\n')
    if not lines[0].strip() or lines[1] != '': errs.append('headline/blank-line format')
    if '\n\n\n' in content: errs.append('triple newline')
    nw = len(content.split())
    if not 350 <= nw <= 550: errs.append(f'word count {nw}')
    if DIAC.search(content): errs.append('diacritics present')
    ents = {e['id']: (e, False) for e in doc['entities']}
    for e in doc['optional_entities']:
        if e['id'] in ents: errs.append(f'dup id {e["id"]}')
        ents[e['id']] = (e, True)
    for eid, (e, _) in ents.items():
        if not ID_RE.match(eid): errs.append(f'bad id {eid}')
        if e['kind'] not in ('person', 'organization'): errs.append(f'bad kind {eid}')
        if not e.get('name_en') or not e.get('name_ar'): errs.append(f'missing names {eid}')
    ms = doc['mentions']; ng = doc['negatives']
    for sp in ms + ng:
        if content[sp['start']:sp['end']] != sp['text']:
            errs.append(f'text mismatch {sp}')
        if sp['text'] != sp['text'].strip() or not sp['text']:
            errs.append(f'whitespace in span {sp}')
    for m in ms:
        if m['entity'] not in ents: errs.append(f'unknown entity {m}'); continue
        e, opt = ents[m['entity']]
        if m['kind'] != e['kind']: errs.append(f'kind mismatch {m}')
        if m['optional'] != opt: errs.append(f'optional flag mismatch {m}')
        if m['text'].startswith('لـ') or m['text'].startswith('ـ'): errs.append(f'proclitic in span {m}')
    sm = sorted(ms, key=lambda x: x['start'])
    for a, b in zip(sm, sm[1:]):
        if b['start'] < a['end']: errs.append(f'overlapping mentions {a["text"]} / {b["text"]}')
    for n in ng:
        for m in ms:
            if n['start'] < m['end'] and m['start'] < n['end']:
                errs.append(f'negative overlaps mention {n["text"]} / {m["text"]}')
    used = {m['entity'] for m in ms}
    for eid in ents:
        if eid not in used: errs.append(f'entity without mention {eid}')
    # every boundary-valid occurrence of every mention surface form must be annotated
    neg_spans = {(n['start'], n['end']) for n in ng}
    forms = {m['text'] for m in ms}
    for f in forms:
        for s, e in occurrences(content, f):
            covered = any(m['start'] <= s and e <= m['end'] for m in ms)
            if not covered and (s, e) not in neg_spans:
                errs.append(f'unannotated occurrence of "{f}" at {s}: ...{content[max(0,s-15):e+15]}...')
        # definite-article names after the preposition li- (alif dropped): لل...
        if f.startswith('ال'):
            for s, e in occurrences(content, 'ل' + f[1:]):
                if not any(m['start'] <= s and e <= m['end'] for m in ms):
                    errs.append(f'li+al form of "{f}" at {s} not handled')
    counts = dict(words=nw, entities=len(doc['entities']), optional_entities=len(doc['optional_entities']),
                  mentions=sum(not m['optional'] for m in ms), optional_mentions=sum(m['optional'] for m in ms),
                  negatives=len(ng),
                  persons=sum(e['kind'] == 'person' for e, _ in ents.values()))
    return name, counts, errs


if __name__ == '__main__':
    bad = 0
    files = sorted(glob.glob(os.path.join(HERE, 'ar-b0*.txt')))
    for f in files:
        name, c, errs = check(f[:-4])
        print(f'{name}: ' + ', '.join(f'{k}={v}' for k, v in c.items()) + (' OK' if not errs else ' FAIL'))
        for e in errs: print('   ERROR', e)
        bad += bool(errs)
    print(f'{len(files)} files checked, {bad} with errors')
    sys.exit(1 if bad else 0)
