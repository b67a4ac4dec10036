#!/usr/bin/env python3
"""Independent checker for the Arabic blind4 gold (ar-dNN-*.txt / .json).

It shares no code with ar_build.py. It uses its own regex matcher for whole words with attached
proclitics and re-checks: file format and NFC, word counts, JSON schema, that every slice equals its
text, span boundaries (proclitics outside, no partial words), no overlaps, kinds and optional flags
(optional entity or image alt text), that every entity has a non-optional mention when it is not
optional, that every whole-word occurrence of every mention text and negative text (including the
«لل» spelling of names that start with «ال») is covered, and the events: trigger/anchor slices and
proximity, TIMEX-like values, accept lists, entity ids, and the date against the document date and
the words of the trigger (weekday, day + month, month names in both Gregorian naming systems and the
Moroccan one, years, Hijri dates, أمس / غداً / بعد غد / الماضي / المقبل / الجاري, last/this week).
Exit status 1 on any error.
"""
import datetime as dt
import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
WORD = r'[\w\u0640\u064B-\u065F\u0670]'
PRE = r'(?:[وف]?(?:[بلك]\u0640?)?)'
KINDS = {'person', 'company', 'organization'}
TOP_KEYS = ['lang', 'document_date', 'entities', 'optional_entities', 'mentions', 'negatives', 'events']
EVENT_KEYS = {'id', 'date', 'mod', 'accept', 'required', 'trigger', 'anchor', 'what', 'entities'}
TIMEX = re.compile(r'^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]|W\d{2}|SP|SU|FA|WI))?$')

MONTHS = {
    'يناير': 1, 'فبراير': 2, 'مارس': 3, 'أبريل': 4, 'إبريل': 4, 'مايو': 5, 'يونيو': 6, 'يوليو': 7,
    'أغسطس': 8, 'سبتمبر': 9, 'أكتوبر': 10, 'نوفمبر': 11, 'ديسمبر': 12,
    'كانون الثاني': 1, 'شباط': 2, 'آذار': 3, 'نيسان': 4, 'أيار': 5, 'حزيران': 6, 'تموز': 7, 'آب': 8,
    'أيلول': 9, 'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
    'ماي': 5, 'يوليوز': 7, 'غشت': 8, 'شتنبر': 9, 'نونبر': 11, 'دجنبر': 12,
}
HIJRI = {'محرم': 1, 'صفر': 2, 'ربيع الأول': 3, 'ربيع الآخر': 4, 'ربيع الثاني': 4, 'جمادى الأولى': 5,
         'جمادى الآخرة': 6, 'رجب': 7, 'شعبان': 8, 'رمضان': 9, 'شوال': 10, 'ذو القعدة': 11, 'ذو الحجة': 12}
WEEKDAYS = {'الاثنين': 0, 'الثلاثاء': 1, 'الأربعاء': 2, 'الخميس': 3, 'الجمعة': 4, 'السبت': 5, 'الأحد': 6}

# name-like plain words: wherever they stand alone they must be a mention or a negative
TRAP_WORDS = ['أمل', 'سعيد', 'كريم', 'صالح', 'صباح', 'نور', 'سلام', 'عون', 'سلامة', 'جميل', 'عادل',
              'منصور', 'نبيل', 'فوزي', 'فوزى', 'جهاد', 'بدور', 'طلبات', 'كلمات', 'تداول', 'عودة', 'مالي',
              'الخليج', 'الشرق الأوسط', 'السعودية', 'الواحة', 'مرجان', 'نخلة', 'مدار', 'الهلال', 'كاف']
NAME_PARTICLES = {'بن', 'بنت', 'عبد', 'أبو', 'آل', 'الدين'}

errors = []


def err(where, msg):
    errors.append(f'{where}: {msg}')


def has_word(s, w):
    return re.search(r'(?<!' + WORD + r')' + re.escape(w) + r'(?!' + WORD + r')', s) is not None


def word_hits(text, t):
    """Spans of whole-word occurrences of t, with attached proclitics kept out of the span."""
    spans = [(m.start(1), m.end(1)) for m in
             re.finditer(r'(?<!' + WORD + r')' + PRE + r'(' + re.escape(t) + r')(?!' + WORD + r')', text)]
    if t.startswith('ال') and len(t) > 3:  # ل + ال… written «لل…»
        spans += [(m.start(1), m.end(1)) for m in
                  re.finditer(r'(?<!' + WORD + r')[وف]?ل(ل' + re.escape(t[2:]) + r')(?!' + WORD + r')', text)]
    return spans


def boundary_ok(text, s, e):
    if e < len(text) and re.match(WORD, text[e]):
        return False
    head = re.search(r'(?:^|(?<=' + r'[^\w\u0640\u064B-\u065F\u0670]))(' + WORD + r'*)\Z', text[:s])
    prefix = head.group(1) if head else None
    if prefix is None:
        return False
    if re.fullmatch(PRE, prefix):
        return True
    return False


def week_of(d):
    y, w, _ = d.isocalendar()
    return f'{y}-W{w:02d}'


def check_event_date(where, ev, doc):
    date, trig = ev['date'], ev['trigger']['text']
    full = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', date)
    d = dt.date(*map(int, full.groups())) if full else None
    ym = re.match(r'(\d{4})-(\d{2})(?:-|$)', date)
    year = int(date[:4])
    hijri = None
    for name, num in sorted(HIJRI.items(), key=lambda kv: -len(kv[0])):
        m = re.search(r'(\d{1,2}) ' + name + r' (\d{4})', trig)
        if m:
            hijri = (int(m.group(2)), num, int(m.group(1)))
            break
    if hijri:
        try:
            import warnings
            warnings.simplefilter('ignore')
            from hijri_converter import Hijri
            g = Hijri(*hijri).to_gregorian()
            if d is None or (g.year, g.month, g.day) != (d.year, d.month, d.day):
                err(where, f'Hijri {hijri} is {g}, not {date}')
        except ImportError:
            pass
    else:
        months = [num for name, num in MONTHS.items() if has_word(trig, name)]
        if months:
            if not ym:
                err(where, f'trigger names a month but date {date} has none')
            elif int(ym.group(2)) not in months:
                err(where, f'month in trigger {months} != {date}')
            m = re.search(r'(\d{1,2}) (?:' + '|'.join(MONTHS) + r')', trig)
            if m and (d is None or d.day != int(m.group(1))):
                err(where, f'day {m.group(1)} in trigger != {date}')
        yrs = re.findall(r'(?<!\d)(\d{4})(?!\d)', trig)
        if yrs and int(yrs[-1]) != year:
            err(where, f'year {yrs[-1]} in trigger != {date}')
    wds = [n for name, n in WEEKDAYS.items() if has_word(trig, name)]
    if wds:
        if d is None:
            err(where, 'weekday in trigger but no full date')
        elif d.weekday() != wds[0]:
            err(where, f'{date} is not {trig}')
    rel = None
    if 'بعد غد' in trig:
        rel = 2
    elif has_word(trig, 'أمس'):
        rel = -1
    elif has_word(trig, 'غداً') or has_word(trig, 'غدا'):
        rel = 1
    elif has_word(trig, 'اليوم'):
        rel = 0
    if rel is not None and d != doc + dt.timedelta(days=rel):
        err(where, f'relative day {rel} from {doc} != {date}')
    past = has_word(trig, 'الماضي') or has_word(trig, 'الماضى')
    nxt = has_word(trig, 'المقبل')
    if 'الأسبوع' in trig:
        want = week_of(doc - dt.timedelta(days=7)) if past else week_of(doc)
        if date != want:
            err(where, f'week should be {want}, got {date}')
    elif 'العام' in trig or 'السنة' in trig:
        want = doc.year - 1 if past else doc.year + 1 if nxt else doc.year
        if year != want:
            err(where, f'year should be {want}, got {date}')
    elif 'الشهر' in trig:
        first = doc.replace(day=1)
        want = (first + dt.timedelta(days=32)).replace(day=1) if nxt else (first - dt.timedelta(days=1)).replace(day=1)
        if date != want.strftime('%Y-%m'):
            err(where, f'month should be {want:%Y-%m}, got {date}')
    elif 'الجاري' in trig and ym and (int(ym.group(1)), int(ym.group(2))) != (doc.year, doc.month):
        err(where, f'"الجاري" should be {doc:%Y-%m}, got {date}')
    elif past or nxt:
        if d is not None:
            delta = (d - doc).days
            if wds and not (-7 <= delta < 0 if past else 0 < delta <= 7):
                err(where, f'{date} is not the {"last" if past else "next"} {trig} from {doc}')
            if not wds and (delta >= 0 if past else delta <= 0):
                err(where, f'{date} on the wrong side of {doc}')
        elif ym:
            key = (int(ym.group(1)), int(ym.group(2)))
            if past and not key < (doc.year, doc.month):
                err(where, f'{date} should be before {doc}')
            if nxt and not key > (doc.year, doc.month):
                err(where, f'{date} should be after {doc}')
            if past and not (doc.year - 1, doc.month) <= key:
                err(where, f'{date} more than a year before {doc}')
        elif re.fullmatch(r'\d{4}-(SP|SU|FA|WI|Q\d|H\d)', date):
            if nxt and year < doc.year:
                err(where, f'{date} should not be before {doc}')


def check(txt_path):
    name = os.path.basename(txt_path)[:-4]
    raw = open(txt_path, 'rb').read()
    text = raw.decode('utf-8')
    if unicodedata.normalize('NFC', text) != text:
        err(name, 'text is not NFC')
    if '\r' in text or '\t' in text:
        err(name, 'CR or tab in text')
    if not text.endswith('\n') or text.endswith('\n\n'):
        err(name, 'text must end with exactly one newline')
    lines = text[:-1].split('\n')
    for i, line in enumerate(lines):
        if not line.strip():
            err(name, f'blank line {i + 1}')
        if line != line.strip():
            err(name, f'leading/trailing space on line {i + 1}')
    alts, pos, words = [], 0, 0
    for i, line in enumerate(lines):
        m = re.match(r'!\[([^\]]+)\]\((https?://\S+)\)$', line)
        if line.startswith('!['):
            if not m or i == 0:
                err(name, f'bad image line {i + 1}')
            else:
                alts.append((pos + 2, pos + 2 + len(m.group(1))))
                words += len([w for w in m.group(1).split() if re.search(r'[^\W\d_]', w)])
        else:
            words += len([w for w in line.split() if re.search(r'[^\W\d_]', w)])
        pos += len(line) + 1
    if not 350 <= words <= 600:
        err(name, f'{words} words (want 350-600)')
    if not re.match(r'ar-d0[1-8]-[a-z0-9-]+$', name):
        err(name, 'bad file name')

    gold = json.load(open(txt_path[:-4] + '.json', encoding='utf-8'))
    if list(gold) != TOP_KEYS:
        err(name, f'top-level keys {list(gold)}')
        return
    if gold['lang'] != 'ar':
        err(name, 'lang')
    try:
        doc = dt.date.fromisoformat(gold['document_date'])
    except Exception:
        err(name, 'document_date')
        return
    ents = {}
    for group, opt in (('entities', False), ('optional_entities', True)):
        for e in gold[group]:
            if set(e) != {'id', 'kind', 'name_en', 'name_ar'}:
                err(name, f'entity keys {e}')
            if e['id'] in ents:
                err(name, f'duplicate entity {e["id"]}')
            if e['kind'] not in KINDS:
                err(name, f'kind {e["kind"]}')
            if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', e['id']):
                err(name, f'bad id {e["id"]}')
            ents[e['id']] = (e['kind'], opt)

    spans = []
    for m in gold['mentions']:
        where = f'{name} mention {m}'
        if set(m) != {'start', 'end', 'text', 'entity', 'kind', 'optional'}:
            err(where, 'keys')
            continue
        s, e = m['start'], m['end']
        if text[s:e] != m['text']:
            err(where, f'slice is {text[s:e]!r}')
        if m['entity'] not in ents:
            err(where, 'unknown entity')
            continue
        kind, opt = ents[m['entity']]
        if m['kind'] != kind:
            err(where, 'kind differs from entity')
        in_alt = any(a <= s and e <= b for a, b in alts)
        if m['optional'] is not (opt or in_alt):
            err(where, f'optional should be {opt or in_alt}')
        if not boundary_ok(text, s, e):
            err(where, 'not a whole word (or bad proclitic)')
        if m['text'] != m['text'].strip() or re.search(r'^[«»"\'(),.،:؛-]|[«»"\'(),،:؛-]$', m['text']):
            err(where, 'span has punctuation/space at an edge')
        spans.append((s, e, 'm', m['text']))
    for n in gold['negatives']:
        where = f'{name} negative {n}'
        if set(n) != {'start', 'end', 'text'}:
            err(where, 'keys')
            continue
        s, e = n['start'], n['end']
        if text[s:e] != n['text']:
            err(where, f'slice is {text[s:e]!r}')
        if not boundary_ok(text, s, e):
            err(where, 'not a whole word (or bad proclitic)')
        spans.append((s, e, 'n', n['text']))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            err(name, f'overlap {a} / {b}')
    for eid, (kind, opt) in ents.items():
        ms = [m for m in gold['mentions'] if m['entity'] == eid]
        if not ms:
            err(name, f'entity {eid} has no mention')
        elif not opt and all(m['optional'] for m in ms):
            err(name, f'entity {eid} has only optional (alt-text) mentions')
    # every occurrence of every annotated surface text must be covered by some span; so must every
    # word of a person's name (surname-only / given-name-only repeats, name-like plain words) and
    # every word of a fixed list of name-like plain words
    texts = {sp[3] for sp in spans} | set(TRAP_WORDS)
    for m in gold['mentions']:
        if m['kind'] == 'person':
            texts |= {w for w in m['text'].split() if len(w) > 2 and w not in NAME_PARTICLES}
    for t in sorted(texts):
        for s, e in word_hits(text, t):
            if not any(a <= s and e <= b for a, b, _, _ in spans):
                err(name, f'uncovered occurrence of {t!r} at {s}: …{text[max(0, s - 15):e + 15]}…')

    evs = gold['events']
    if not 4 <= len(evs) <= 9:
        err(name, f'{len(evs)} events (want 4-9)')
    ids = set()
    for ev in evs:
        where = f'{name} event {ev.get("id")}'
        if set(ev) - {'also_anchor'} != EVENT_KEYS:
            err(where, f'keys {sorted(ev)}')
            continue
        if ev['id'] in ids:
            err(where, 'duplicate id')
        ids.add(ev['id'])
        if not TIMEX.match(ev['date']):
            err(where, f'bad date {ev["date"]}')
        if not ev['accept'] or ev['date'] not in ev['accept'] or not all(TIMEX.match(a) for a in ev['accept']):
            err(where, f'bad accept {ev["accept"]}')
        if not isinstance(ev['required'], bool) or not (ev['mod'] is None or isinstance(ev['mod'], str)):
            err(where, 'required/mod type')
        if not isinstance(ev['what'], str) or len(ev['what']) < 10:
            err(where, 'what')
        for eid in ev['entities']:
            if eid not in ents:
                err(where, f'unknown entity {eid}')
        for key in ('trigger', 'anchor'):
            sp = ev[key]
            if set(sp) != {'start', 'end', 'text'} or text[sp['start']:sp['end']] != sp['text']:
                err(where, f'{key} slice mismatch')
        t, a = ev['trigger'], ev['anchor']
        gap = max(0, max(t['start'], a['start']) - min(t['end'], a['end']))
        if gap > 120:
            err(where, f'trigger and anchor {gap} chars apart')
        if '\n' in text[min(t['start'], a['start']):max(t['end'], a['end'])]:
            err(where, 'trigger and anchor on different lines')
        check_event_date(where, ev, doc)
    return len([e for e in ents.values() if not e[1]]), len(ents), len(gold['mentions']), len(evs), words


def main():
    files = sorted(glob.glob(os.path.join(HERE, 'ar-d*.txt')))
    if len(files) != 8:
        err('set', f'{len(files)} Arabic articles (want 8)')
    for f in files:
        if not os.path.exists(f[:-4] + '.json'):
            err(f, 'missing .json')
            continue
        res = check(f)
        if res:
            print(f'{os.path.basename(f)[:-4]}: {res[4]} words, {res[0]} entities (+{res[1] - res[0]} optional), '
                  f'{res[2]} mentions, {res[3]} events')
    for e in errors:
        print('ERROR', e)
    print('FAIL' if errors else 'OK: all Arabic blind4 checks passed')
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
