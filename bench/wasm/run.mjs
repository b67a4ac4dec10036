// The widget's start in V8's baseline tier, step by step, without the browser's noise:
// each run is a fresh Node process (V8 caches compiled wasm per process), so each one
// compiles the module anew and starts in Liftoff, as a reader's first page view does.
// Usage:
//   cargo build --release --target wasm32-unknown-unknown -p newsgloss-bench-wasm
//   node bench/wasm/run.mjs [DIST_DIR] [N]
// DIST_DIR holds newsgloss-kb.txt and newsgloss-cards.txt (a `trunk build`); the articles
// are the seed and the dev corpus's. Prints medians in milliseconds for three V8 modes:
// as shipped (dynamic tier-up), baseline tier only, and optimizing tier only (a diagnosis).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const wasm = path.join(root, 'target/wasm32-unknown-unknown/release/newsgloss_bench_wasm.wasm');

if (process.argv[2] === '--child') {
  const [dist, ...articles] = process.argv.slice(3);
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasm));
  const x = instance.exports;
  const pass = (bytes) => {
    const p = x.nb_alloc(bytes.length);
    new Uint8Array(x.memory.buffer, p, bytes.length).set(bytes);
    return [p, bytes.length];
  };
  const time = (f) => { const t = performance.now(); const r = f(); if (r < 0) throw new Error('step failed'); return performance.now() - t; };
  const names = fs.readFileSync(path.join(dist, 'newsgloss-kb.txt'));
  const cards = fs.readFileSync(path.join(dist, 'newsgloss-cards.txt'));
  const out = { 'kb load': time(() => x.nb_kb_load(...pass(names))), build: time(() => x.nb_build()) };
  articles.forEach((a, i) => {
    const text = fs.readFileSync(a);
    out[`analyze ${i + 1}`] = time(() => x.nb_analyze(...pass(text)));
    out[`cards join ${i + 1}`] = time(() => x.nb_join_cards(...pass(cards)));
  });
  console.log(JSON.stringify(out));
  process.exit(0);
}

if (!fs.existsSync(wasm)) {
  console.error(`${wasm} is missing: cargo build --release --target wasm32-unknown-unknown -p newsgloss-bench-wasm`);
  process.exit(2);
}
const dist = path.resolve(process.argv[2] || path.join(root, 'dist'));
const n = Number(process.argv[3] || 9);
const seed = fs.readdirSync(path.join(root, '../shared/seed')).filter((f) => f.endsWith('.txt')).map((f) => path.join(root, '../shared/seed', f));
const corpusDir = path.join(root, 'tests/corpus');
const firstOf = (lang) => fs.readdirSync(corpusDir).filter((f) => f.startsWith(lang) && f.endsWith('.txt')).sort()[0];
const corpus = ['ar-', 'en-'].map(firstOf).filter(Boolean).map((f) => path.join(corpusDir, f));
const articles = [...seed.slice(0, 1), ...corpus];
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const modes = { 'as shipped': [], 'eager baseline': ['--no-wasm-lazy-compilation'], 'baseline only': ['--liftoff-only'], 'optimizing only': ['--no-liftoff', '--no-wasm-lazy-compilation'] };
console.log(`articles: ${articles.map((a) => path.basename(a)).join(', ')}; ${n} fresh processes per mode; medians in ms`);
const rows = {};
for (const [mode, flags] of Object.entries(modes)) {
  const runs = [];
  for (let i = 0; i < n; i++) {
    runs.push(JSON.parse(execFileSync(process.execPath, [...flags, fileURLToPath(import.meta.url), '--child', dist, ...articles], { encoding: 'utf8' })));
  }
  for (const step of Object.keys(runs[0])) (rows[step] ??= {})[mode] = median(runs.map((r) => r[step]));
}
console.log(`${'step'.padEnd(14)}${Object.keys(modes).map((m) => m.padStart(17)).join('')}`);
for (const [step, byMode] of Object.entries(rows)) {
  console.log(`${step.padEnd(14)}${Object.keys(modes).map((m) => byMode[m].toFixed(1).padStart(17)).join('')}`);
}
