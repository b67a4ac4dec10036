// compromise vs newsgloss: people and organizations on the English dev corpus
// (tests/corpus/en-*.txt with gold en-*.json).
//
//   cd bench/compromise && npm install && node run.mjs [--verbose]
//
// Scoring follows the shared scorer (shared/tools/score.py) and `newsgloss eval`:
// a gold mention is found when a predicted mention of the same coarse kind (person, or
// org for company/organization) overlaps it; optional gold mentions count neither way;
// a prediction overlapping no gold mention (of any kind, optional ones included) is a
// false positive, charged to the predicted kind. Offsets are Unicode code points.
import nlp from 'compromise';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const corpus = join(root, 'tests', 'corpus');
const verbose = process.argv.includes('--verbose');
const compromiseVersion = nlp.version;

const coarse = (kind) => (kind || '').toLowerCase() === 'person' ? 'person' : 'org';
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

// JS strings index UTF-16 code units; the gold counts code points. utf16ToCp[i] is the
// code-point index of UTF-16 index i (defined for i = 0..text.length).
function utf16ToCodePoints(text) {
  const map = new Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { map[++i] = cp; }
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

// compromise matches: the match's offset covers its terms, trailing punctuation included
// ("John Smith."); trim trailing punctuation and spaces so the span is the name itself.
function compromiseMentions(text) {
  const doc = nlp(text);
  const map = utf16ToCodePoints(text);
  const out = [];
  const take = (view, kind) => {
    for (const m of view.json({ offset: true })) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      while (end > start && /[\s.,;:!?"'’”)\]]/.test(text[end - 1])) end--;
      while (start < end && /[\s"'“(\[]/.test(text[start])) start++;
      if (end <= start) continue;
      out.push({ start: map[start], end: map[end], kind, text: text.slice(start, end) });
    }
  };
  take(doc.people(), 'person');
  take(doc.organizations(), 'org');
  return out;
}

function newsglossMentions(file, date) {
  const json = execFileSync('cargo', ['run', '--release', '-q', '-p', 'newsgloss-cli', '--', 'analyze', '--lang', 'en', '--date', date, file],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const out = [];
  for (const e of JSON.parse(json).entities || []) {
    for (const m of e.mentions || []) out.push({ start: m.start, end: m.end, kind: coarse(e.kind), text: m.text || '' });
  }
  return out;
}

function score(gold, preds, counts, misses, fps) {
  const golds = gold.mentions;
  for (const g of golds) {
    if (g.optional) continue;
    const kind = coarse(g.kind);
    const c = counts[kind];
    if (preds.some((p) => p.kind === kind && overlaps(p, g))) c.tp++;
    else { c.fn++; misses.push(g.text); }
  }
  for (const p of preds) {
    if (!golds.some((g) => overlaps(p, g))) { counts[p.kind].fp++; fps.push(p.text); }
  }
}

const prf = ({ tp, fp, fn }) => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

// Build once, so the timed per-file runs below are the analysis only.
execFileSync('cargo', ['build', '--release', '-q', '-p', 'newsgloss-cli'], { cwd: root, stdio: 'inherit' });

const files = readdirSync(corpus).filter((f) => /^en-.*\.txt$/.test(f)).sort();
const systems = {
  [`compromise ${compromiseVersion}`]: { run: (file, text) => compromiseMentions(text) },
  newsgloss: { run: (file, text, gold) => newsglossMentions(file, gold.document_date) },
};
const results = {};
for (const [name, sys] of Object.entries(systems)) {
  const counts = { person: { tp: 0, fp: 0, fn: 0 }, org: { tp: 0, fp: 0, fn: 0 } };
  let ms = 0;
  for (const f of files) {
    const file = join(corpus, f);
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const gold = JSON.parse(readFileSync(file.replace(/\.txt$/, '.json'), 'utf8'));
    const t0 = performance.now();
    const preds = sys.run(file, text, gold);
    ms += performance.now() - t0;
    const misses = [], fps = [];
    score(gold, preds, counts, misses, fps);
    if (verbose) console.log(`${name.padEnd(18)} ${f}\n    missed: ${JSON.stringify(misses)}\n    false:  ${JSON.stringify(fps)}`);
  }
  counts.all = { tp: counts.person.tp + counts.org.tp, fp: counts.person.fp + counts.org.fp, fn: counts.person.fn + counts.org.fn };
  results[name] = { counts, ms };
}

console.log(`English dev corpus: ${files.length} articles (tests/corpus/en-*.txt)\n`);
console.log(`${'system'.padEnd(18)} ${'kind'.padEnd(7)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`);
for (const [name, { counts, ms }] of Object.entries(results)) {
  for (const k of ['person', 'org', 'all']) {
    const c = counts[k], s = prf(c);
    console.log(`${name.padEnd(18)} ${k.padEnd(7)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)} ${s.p.toFixed(3).padStart(6)} ${s.r.toFixed(3).padStart(6)} ${s.f1.toFixed(3).padStart(6)}`);
  }
  console.log(`${name.padEnd(18)} wall time ${ms.toFixed(0)} ms for ${files.length} articles${name === 'newsgloss' ? ' (one process per article, via cargo run)' : ''}`);
}
const [cName, nName] = Object.keys(results);
console.log(`\ncompromise F1=${prf(results[cName].counts.all).f1.toFixed(3)} newsgloss F1=${prf(results[nName].counts.all).f1.toFixed(3)}`);
