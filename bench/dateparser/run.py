#!/usr/bin/env python3
"""dateparser vs newsgloss on the date phrase set
(crates/newsgloss-core/tests/data/dates/phrases.tsv).

    python3 -m venv bench/dateparser/.venv
    bench/dateparser/.venv/bin/pip install dateparser==1.5.0
    bench/dateparser/.venv/bin/python bench/dateparser/run.py [--verbose]

Three figures per language and class:

* dateparser, lenient: dateparser.parse(phrase, languages=[lang],
  settings={'RELATIVE_BASE': ref_date at 00:00, 'PREFER_DATES_FROM': 'past'}) is right
  when the returned day falls inside the gold value (a day: that day; YYYY-MM: any day of
  the month; YYYY: any day of the year; weeks, quarters, halves, seasons, ranges: any day
  within). The gold `mod` (start/mid/end/before/after/approx) is not asked of dateparser,
  which has no such notion.
* newsgloss, lenient: the same rule, like for like. newsgloss's value for a phrase is
  taken from `newsgloss analyze --lang L --date REF` on the sentence (the `prev` sentence
  prepended for anaphoric rows): the date expressions (events[].date) whose span overlaps
  the phrase. Right when one of them has a value all of whose days fall inside the gold
  value (its own mod ignored, as for dateparser). newsgloss returns spans, not single
  days, so "inside" means the whole span is inside: a year answered for a month is wrong.
* dateparser search_dates (supplementary): dateparser's own extraction API,
  dateparser.search.search_dates(text, same languages and settings) on the same text
  newsgloss gets, right when a found date whose text overlaps the phrase falls inside
  the gold value. Shows what dateparser does given the sentence instead of the phrase.
* newsgloss, strict (its own rule): `newsgloss eval --dates PHRASES --json OUT`, where the
  value must equal the gold value and the mod the gold mod. The same strict rule is also
  applied to the `analyze` output as a cross-check.

Installs nothing: dateparser must already be importable (see README.md).
"""
import calendar
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

try:
    import dateparser
except ImportError:
    sys.exit("dateparser is not installed: see bench/dateparser/README.md "
             "(python3 -m venv bench/dateparser/.venv && bench/dateparser/.venv/bin/pip install dateparser==1.5.0)")

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PHRASES_REL = "crates/newsgloss-core/tests/data/dates/phrases.tsv"
PHRASES = os.path.join(ROOT, PHRASES_REL)
CARGO = ["cargo", "run", "--release", "-q", "-p", "newsgloss-cli", "--"]


# ---- gold values as day ranges ---------------------------------------------------------
def _last(y, m):
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def ranges_of(value):
    """The days a TIMEX3-style value covers, as a list of (first, last) date ranges.

    Seasons are meteorological (SP Mar-May, SU Jun-Aug, FA Sep-Nov, as newsgloss).
    'YYYY-WI' is read both ways (Dec Y-1..Feb Y and Dec Y..Feb Y+1): either counts.
    Raises ValueError on a value it cannot read.
    """
    if "/" in value:
        a, b = value.split("/", 1)
        ra, rb = ranges_of(a), ranges_of(b)
        return [(min(r[0] for r in ra), max(r[1] for r in rb))]
    parts = value.split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return [(dt.date(y, 1, 1), dt.date(y, 12, 31))]
    p = parts[1]
    if len(parts) == 3:
        d = dt.date(y, int(p), int(parts[2]))
        return [(d, d)]
    if p.isdigit():
        m = int(p)
        return [(dt.date(y, m, 1), _last(y, m))]
    if p.startswith("W") and p[1:].isdigit():
        first = dt.date.fromisocalendar(y, int(p[1:]), 1)
        return [(first, first + dt.timedelta(days=6))]
    if p.startswith("Q"):
        q = int(p[1:])
        return [(dt.date(y, 3 * q - 2, 1), _last(y, 3 * q))]
    if p.startswith("H"):
        h = int(p[1:])
        return [(dt.date(y, 6 * h - 5, 1), _last(y, 6 * h))]
    seasons = {"SP": 3, "SU": 6, "FA": 9}
    if p in seasons:
        m = seasons[p]
        return [(dt.date(y, m, 1), _last(y, m + 2))]
    if p == "WI":
        return [(dt.date(y - 1, 12, 1), _last(y, 2)), (dt.date(y, 12, 1), _last(y + 1, 2))]
    raise ValueError(f"unreadable value {value!r}")


def day_inside(day, gold):
    return any(a <= day <= b for a, b in ranges_of(gold))


def value_inside(value, gold):
    """Every day of `value` falls inside `gold` (within one reading of it)."""
    try:
        got = ranges_of(value)
    except (ValueError, IndexError):
        return False
    return all(any(a <= s and e <= b for a, b in ranges_of(gold)) for s, e in got)


# ---- the phrase set --------------------------------------------------------------------
def read_rows():
    rows = []
    with open(PHRASES, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#") or line.startswith("lang\t"):
                continue
            c = line.split("\t")
            if len(c) < 8:
                continue
            c += [""] * (9 - len(c))
            rows.append(dict(zip(["lang", "cls", "ref", "prev", "sentence", "phrase", "value", "mod", "note"], c)))
    return rows


# ---- the systems -----------------------------------------------------------------------
def run_dateparser(rows):
    out = []
    t0 = time.perf_counter()
    for r in rows:
        ref = dt.datetime.strptime(r["ref"], "%Y-%m-%d")
        got = dateparser.parse(r["phrase"], languages=[r["lang"]],
                               settings={"RELATIVE_BASE": ref, "PREFER_DATES_FROM": "past"})
        out.append(got)
    return out, time.perf_counter() - t0


def run_dateparser_search(rows):
    """Supplementary: dateparser's own extraction API on the whole text (prev + sentence, as
    given to newsgloss), keeping the found dates whose text overlaps the phrase."""
    from dateparser.search import search_dates
    out = []
    for r in rows:
        text = f"{r['prev']} {r['sentence']}" if r["prev"] else r["sentence"]
        ps = text.rfind(r["phrase"])
        pe = ps + len(r["phrase"])
        ref = dt.datetime.strptime(r["ref"], "%Y-%m-%d")
        found = search_dates(text, languages=[r["lang"]],
                             settings={"RELATIVE_BASE": ref, "PREFER_DATES_FROM": "past"}) or []
        got = []
        for sub, when in found:
            i = text.find(sub)
            while i >= 0:
                if i < pe and ps < i + len(sub):
                    got.append(when)
                    break
                i = text.find(sub, i + 1)
        out.append(got)
    return out


def run_newsgloss_analyze(rows):
    """Per row: the (value, mod) of every date expression overlapping the phrase."""
    out = []
    t0 = time.perf_counter()
    for r in rows:
        text = f"{r['prev']} {r['sentence']}" if r["prev"] else r["sentence"]
        ps = text.rfind(r["phrase"])  # code points: Python str indices are code points
        if ps < 0:
            out.append([])
            continue
        pe = ps + len(r["phrase"])
        res = subprocess.run(CARGO + ["analyze", "--lang", r["lang"], "--date", r["ref"], "-"],
                             input=text, capture_output=True, text=True, cwd=ROOT, check=True)
        events = json.loads(res.stdout).get("events", [])
        got = [(e["date"]["value"], e["date"].get("mod") or "") for e in events
               if e["date"]["start"] < pe and ps < e["date"]["end"]]
        out.append(got)
    return out, time.perf_counter() - t0


def run_newsgloss_eval():
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "dates.json")
        res = subprocess.run(CARGO + ["eval", "--dates", PHRASES_REL, "--json", path],
                             capture_output=True, text=True, cwd=ROOT)
        if res.returncode != 0 or not os.path.exists(path):
            return None, res.stderr.strip()
        with open(path, encoding="utf-8") as f:
            return json.load(f), None


def run_newsgloss_test():
    """Fallback when `eval --dates` is missing: the crate test prints its accuracy."""
    res = subprocess.run(["cargo", "test", "-q", "-p", "newsgloss-core", "--test", "dates_phrases", "--", "--nocapture"],
                         capture_output=True, text=True, cwd=ROOT)
    per = {}
    for line in res.stdout.splitlines():
        f = line.split()
        if len(f) == 4 and f[0] in ("ar", "en") and "/" in f[2]:
            ok, n = map(int, f[2].split("/"))
            per[f"{f[0]}/{f[1]}"] = {"ok": ok, "total": n}
        elif line.startswith("overall"):
            ok, n = map(int, f[1].split("/"))
            per["overall"] = {"ok": ok, "total": n}
    return per


# ---- report ----------------------------------------------------------------------------
def main():
    verbose = "--verbose" in sys.argv
    rows = read_rows()
    subprocess.run(["cargo", "build", "--release", "-q", "-p", "newsgloss-cli"], cwd=ROOT, check=True)

    dp, dp_secs = run_dateparser(rows)
    ds = run_dateparser_search(rows)
    ng, ng_secs = run_newsgloss_analyze(rows)
    ev, ev_err = run_newsgloss_eval()

    # total, dp lenient, ng lenient, ng strict (analyze), dp None, dp search_dates lenient
    tally = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for r, d, g, sd in zip(rows, dp, ng, ds):
        ds_ok = any(day_inside(w.date(), r["value"]) for w in sd)
        dp_ok = d is not None and day_inside(d.date(), r["value"])
        ng_ok = any(value_inside(v, r["value"]) for v, _ in g)
        ng_strict = any(v == r["value"] and m == r["mod"] for v, m in g)
        for key in (f"{r['lang']}/{r['cls']}", r["lang"], "overall"):
            t = tally[key]
            t[0] += 1
            t[1] += dp_ok
            t[2] += ng_ok
            t[3] += ng_strict
            t[4] += d is None
            t[5] += ds_ok
        if verbose and not (dp_ok and ng_ok):
            print(f"{r['lang']} {r['cls']:<11} [{r['phrase']}] gold {r['value']} {r['mod']}"
                  f" | dateparser {'ok ' if dp_ok else 'BAD'} {d.date() if d else None}"
                  f" | newsgloss {'ok ' if ng_ok else 'BAD'} {g}")

    evs = {}
    if ev is not None:
        evs = {**ev.get("by_lang_class", {}), **ev.get("by_lang", {}), "overall": ev.get("overall", {})}
        strict_src = "newsgloss eval --dates"
    else:
        evs = run_newsgloss_test()
        strict_src = "cargo test --test dates_phrases (eval --dates unavailable: %s)" % ev_err

    def pct(a, n):
        return f"{a:>3}/{n:<3} {a / n:6.3f}" if n else "   -       -"

    print(f"date phrase set: {len(rows)} phrases ({PHRASES_REL}), dateparser {dateparser.__version__}")
    print("lenient = the returned date falls inside the gold value, mod not required;"
          " strict = newsgloss's own rule (value and mod equal)\n")
    print(f"{'lang/class':<16} {'dateparser lenient':>18} {'newsgloss lenient':>18} {'newsgloss strict':>18}"
          f" {'dp None':>8} {'dp search_dates':>16}")
    keys = sorted(k for k in tally if "/" in k) + ["ar", "en", "overall"]
    for k in keys:
        t = tally[k]
        s = evs.get(k)
        strict = pct(s["ok"], s["total"]) if s else "-"
        print(f"{k:<16} {pct(t[1], t[0]):>18} {pct(t[2], t[0]):>18} {strict:>18} {t[4]:>8} {pct(t[5], t[0]):>16}")
    o = tally["overall"]
    print(f"\nstrict figures from {strict_src}; the same strict rule on the analyze output: "
          f"{o[3]}/{o[0]}")
    print("dp None = phrases dateparser.parse returned None for; dp search_dates = supplementary, "
          "dateparser.search.search_dates on the sentence (prev prepended), lenient rule, any found date "
          "overlapping the phrase")
    print(f"time: dateparser.parse {dp_secs:.1f} s for {o[0]} phrases (in process); newsgloss analyze"
          f" {ng_secs:.1f} s (one process per phrase, via cargo run)")
    so = evs.get("overall")
    print(f"\ndateparser lenient={o[1] / o[0]:.3f} newsgloss lenient={o[2] / o[0]:.3f}"
          + (f" newsgloss strict={so['ok'] / so['total']:.3f}" if so else ""))


if __name__ == "__main__":
    main()
