// The names file's own cost in the browser: fetched (no cache) and loaded into wasm on an
// idle page, each run in a fresh browser context, so the wasm starts in V8's baseline tier
// as on a reader's first visit. The widget's start overlaps the same fetch with the
// publisher page's first render and the wasm compile (`run.mjs` measures that); this
// isolates the file. Usage (after `trunk build --release` and
// `cargo build --release --target wasm32-unknown-unknown -p newsgloss-bench-wasm`):
//   node bench/browser/kb.mjs [DIST_DIR] [N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../tests/e2e/serve.mjs';
import { launchChromium } from '../../tests/e2e/chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const BENCH_WASM = path.resolve(here, '../../target/wasm32-unknown-unknown/release/newsgloss_bench_wasm.wasm');

/** Medians of `n` runs in `browser` (a launched Chromium), or null without the bench wasm. */
export async function measureKb(browser, dist, n = 7) {
  if (!fs.existsSync(BENCH_WASM)) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgloss-kb-bench-'));
  fs.copyFileSync(path.join(here, 'kb.html'), path.join(dir, 'kb.html'));
  fs.copyFileSync(BENCH_WASM, path.join(dir, 'bench.wasm'));
  fs.copyFileSync(path.join(dist, 'newsgloss-kb.txt'), path.join(dir, 'newsgloss-kb.txt'));
  const server = await serve(dir);
  const runs = [];
  try {
    for (let i = 0; i < n; i++) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      await p.goto(`http://127.0.0.1:${server.address().port}/kb.html`);
      await p.waitForFunction(() => window.kbBench, null, { timeout: 20000 });
      runs.push(await p.evaluate(() => window.kbBench));
      await ctx.close();
    }
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (runs.some((r) => r.entities < 0)) throw new Error('the names file did not load');
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fetch = median(runs.map((r) => r.fetch)), load = median(runs.map((r) => r.load));
  return { n, fetch, load, total: median(runs.map((r) => r.fetch + r.load)), entities: runs[0].entities, bytes: runs[0].bytes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] || 'dist');
  const browser = await launchChromium();
  try {
    const r = await measureKb(browser, dist, Number(process.argv[3] || 11));
    if (!r) { console.error(`${BENCH_WASM} is missing: cargo build --release --target wasm32-unknown-unknown -p newsgloss-bench-wasm`); process.exit(2); }
    console.log(`names file (${r.bytes} bytes, ${r.entities} entities), ${r.n} fresh pages, medians: fetch ${r.fetch.toFixed(1)} ms, load ${r.load.toFixed(1)} ms, fetch + load ${r.total.toFixed(1)} ms`);
  } finally {
    await browser.close();
  }
}
