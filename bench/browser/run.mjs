// Browser benchmark: loads the release build of the demo pages N times each in headless
// Chromium (a fresh context each time, so nothing is cached) and prints the median and the
// 90th percentile of each step of the widget's start. Usage:
//   node bench/browser/run.mjs [DIST_DIR] [N] [--repeat]
// The machine is noisy: compare figures from one run, not across runs.
import path from 'node:path';
import { serve } from '../../tests/e2e/serve.mjs';
import { launchChromium } from '../../tests/e2e/chromium.mjs';

const dist = path.resolve(process.argv[2] || 'dist');
const n = Number(process.argv[3] || 15);
// `--repeat`: measure the second page view in the same browser profile (warm cache).
const repeat = process.argv.includes('--repeat');
const server = await serve(dist);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium(process.env.JSFLAGS ? ['--js-flags=' + process.env.JSFLAGS] : []);

const STEPS = {
  'kb network': 'time from the knowledge-base request to its last byte (Resource Timing)',
  'kb wait': 'time the widget waited for it (the fetch starts while the wasm compiles)',
  'kb load': 'checking and parsing it, with the publisher overlay',
  'kb network+load': 'the two above added',
  'kb wait+load': 'what the knowledge base adds to the start',
  'cards network': 'the card file, asked for once the names file is in',
  'cards join': 'waiting for the card file and joining its cards to the analysis',
  'build': 'building the matcher',
  'analyze': 'analysis of the article',
  'annotate': 'wrapping mentions and first render',
  'annotated at': 'page navigation start to mentions wrapped',
};

const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
try {
  for (const page of ['index.html', 'en.html']) {
    const runs = [];
    for (let i = 0; i < n; i++) {
      const ctx = await browser.newContext();
      let p = await ctx.newPage();
      const load = async () => {
        await p.goto(`${base}/${page}`);
        await p.waitForFunction(() => performance.getEntriesByName('newsgloss:annotate').length > 0, null, { timeout: 20000 });
      };
      await load();
      if (repeat) {
        // A reader's next article: same browser profile, files from its cache.
        await p.waitForTimeout(1500);
        await p.close();
        p = await ctx.newPage();
        await load();
      }
      runs.push(await p.evaluate(() => {
        const d = (name) => performance.getEntriesByName(`newsgloss:${name}`)[0]?.duration;
        const res = (f) => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/' + f));
        const kb = res('newsgloss-kb.txt'), cards = res('newsgloss-cards.txt');
        const ann = performance.getEntriesByName('newsgloss:annotate')[0];
        return {
          'kb network': kb.responseEnd - kb.startTime, 'kb wait': d('kb-wait'), 'kb load': d('kb-load'),
          'kb network+load': kb.responseEnd - kb.startTime + d('kb-load'), 'kb wait+load': d('kb-wait') + d('kb-load'),
          'cards network': cards && cards.responseEnd - cards.startTime, 'cards join': d('cards'),
          build: d('build'), analyze: d('analyze'), annotate: d('annotate'), 'annotated at': ann.startTime + ann.duration,
        };
      }));
      await ctx.close();
    }
    console.log(`${page}: ${n} ${repeat ? 'repeat visits (second view, warm cache)' : 'first visits (cold cache)'}, milliseconds`);
    console.log(`  ${'step'.padEnd(16)} ${'median'.padStart(7)} ${'p90'.padStart(7)}`);
    for (const [step, what] of Object.entries(STEPS)) {
      const xs = runs.map((r) => r[step]).filter((x) => typeof x === 'number');
      if (xs.length) console.log(`  ${step.padEnd(16)} ${quantile(xs, 0.5).toFixed(1).padStart(7)} ${quantile(xs, 0.9).toFixed(1).padStart(7)}  ${what}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
