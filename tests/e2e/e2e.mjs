// End-to-end test: the release build of the demo pages in headless Chromium, driven as a
// reader would (hover, Tab, Escape, the timeline). Usage: node tests/e2e/e2e.mjs DIST_DIR
// Prints one line per check and a closing "N passed, M failed" line; exits non-zero on failure.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve } from './serve.mjs';
import { launchChromium } from './chromium.mjs';

const dist = path.resolve(process.argv[2] || 'dist');
const results = [];
function check(name, ok, detail = '') {
  results.push(ok);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ' — ' + detail : ''}`);
}

const server = await serve(dist);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();

/** The article's text as the page has it without the widget. */
async function baselineText(page) {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const p = await ctx.newPage();
  await p.goto(`${base}/${page}`);
  const text = await p.locator('article').first().textContent();
  await ctx.close();
  return text;
}

async function runPage(page, name, expectCard, { overlay } = {}) {
  const ctx = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const p = await ctx.newPage();
  const errors = [];
  const warnings = [];
  p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); if (m.type() === 'warning') warnings.push(m.text()); });
  p.on('pageerror', (e) => errors.push(String(e)));
  // Name the URL of any failed load: Chromium's console message does not.
  p.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()} for ${r.url()}`); });
  if (overlay) await p.route('**/publisher-kb.txt', (r) => r.fulfill({ status: 200, body: overlay }));
  const before = await baselineText(page);
  await p.goto(`${base}/${page}`);
  const tag = `[${page}${overlay ? ', malformed overlay' : ''}]`;
  await p.waitForSelector('[data-newsgloss-entity]', { timeout: 15000 }).catch(() => {});
  const mentions = await p.locator('[data-newsgloss-entity]').count();
  check(`${tag} mentions annotated`, mentions >= 80, `${mentions}`);
  const after = await p.locator('article').first().textContent();
  check(`${tag} article text unchanged`, after === before, after === before ? '' : `lengths ${before.length} → ${after.length}`);
  if (overlay) {
    const ours = warnings.filter((w) => w.includes('newsgloss') && w.includes('publisher'));
    check(`${tag} one clear warning`, ours.length === 1, ours.join(' | '));
    check(`${tag} no console errors`, errors.length === 0, errors.join(' | '));
    await ctx.close();
    return;
  }

  // Hover: the card opens after the dwell and shows the company.
  const target = p.locator(`[data-newsgloss-entity="sam-altman"]`, { hasText: name }).first();
  await target.hover();
  const card = p.locator('[role="tooltip"]');
  await card.waitFor({ state: 'visible', timeout: 3000 }).catch(() => {});
  const cardText = (await card.count()) ? await card.first().textContent() : '';
  check(`${tag} hover "${name}" opens a tooltip card with ${expectCard}`, cardText.includes(expectCard), cardText.slice(0, 80));
  // The pointer can travel into the card without it closing (WCAG 1.4.13).
  if (await card.count()) {
    await card.first().hover();
    await p.waitForTimeout(500);
    check(`${tag} card stays open under the pointer`, await card.first().isVisible());
  }
  await p.mouse.move(5, 5);
  await p.waitForTimeout(600);
  check(`${tag} card closes when the pointer leaves`, (await card.count()) === 0);

  // Keyboard: Tab reaches a mention and opens its card; Escape hides it.
  await p.locator('body').focus();
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await p.keyboard.press('Tab');
    reached = await p.evaluate(() => !!document.activeElement?.hasAttribute('data-newsgloss-entity'));
  }
  check(`${tag} Tab reaches a mention`, reached);
  await p.waitForTimeout(150);
  check(`${tag} focus shows its card`, (await card.count()) === 1 && (await card.first().isVisible()));
  await p.keyboard.press('Escape');
  await p.waitForTimeout(150);
  check(`${tag} Escape hides the card`, (await card.count()) === 0);

  // Timeline: at least five items, chronological, each with a machine-readable date.
  const times = await p.locator('[data-newsgloss-timeline] time[datetime]').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  check(`${tag} timeline has ≥ 5 items`, times.length >= 5, times.join(' '));
  // Chronological by the earliest day each date can mean (a fuzzy "mid-2024" sorts by May).
  const earliest = await p.locator('[data-newsgloss-timeline] li[data-earliest]').evaluateAll((ls) => ls.map((l) => l.dataset.earliest));
  const sorted = [...earliest].sort();
  check(`${tag} timeline in chronological order`, earliest.length === times.length && JSON.stringify(sorted) === JSON.stringify(earliest), earliest.join(' '));
  const dir = await p.locator('[data-newsgloss-timeline] section').first().getAttribute('dir').catch(() => null);
  const pageDir = await p.evaluate(() => document.documentElement.dir || 'ltr');
  check(`${tag} timeline follows the article's direction`, dir === pageDir, `${dir}`);
  if (times.length) {
    await p.locator('[data-newsgloss-timeline] .tl-jump').first().click();
    await p.waitForTimeout(300);
    check(`${tag} activating an item highlights its passage`, (await p.locator('.highlight').count()) > 0);
  }
  // Timings: the network part of each file from Resource Timing (the embed script starts the
  // fetches while the WebAssembly compiles), the rest from the widget's performance measures.
  const ms = await p.evaluate(() => {
    const m = Object.fromEntries(['kb-wait', 'kb-load', 'build', 'cards', 'analyze', 'annotate'].map((n) =>
      [n, performance.getEntriesByName(`newsgloss:${n}`).map((e) => e.duration)[0]]));
    for (const f of ['newsgloss-kb.txt', 'newsgloss-cards.txt']) {
      const r = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/' + f));
      m[f] = { count: r.length, fetch: r[0] && r[0].responseEnd - r[0].startTime };
    }
    return m;
  });
  const kbFile = ms['newsgloss-kb.txt'], cardFile = ms['newsgloss-cards.txt'];
  check(`${tag} each knowledge-base file is fetched once`, kbFile.count === 1 && cardFile.count === 1, `${kbFile.count}, ${cardFile.count}`);
  const f = (x) => x?.toFixed(1);
  console.log(`     ${tag} knowledge base fetched in ${f(kbFile.fetch)} ms and loaded in ${f(ms['kb-load'])} ms: ${f(kbFile.fetch + ms['kb-load'])} ms ` +
    `(the widget waited ${f(ms['kb-wait'])} ms for it); card file fetched in ${f(cardFile.fetch)} ms once the names were in, joined in ${f(ms.cards)} ms; ` +
    `matcher built in ${f(ms.build)} ms; analysis ${f(ms.analyze)} ms; wrapping and first render ${f(ms.annotate)} ms`);
  check(`${tag} no console errors`, errors.length === 0, errors.join(' | '));
  await ctx.close();
}

try {
  await runPage('index.html', 'سام ألتمان', 'OpenAI');
  await runPage('en.html', 'Sam Altman', 'OpenAI');
  await runPage('index.html', 'سام ألتمان', 'OpenAI', { overlay: '[broken\nthis is not a knowledge base' });
  const wasm = fs.readFileSync(path.join(dist, 'newsgloss-widget_bg.wasm'));
  const gz = zlib.gzipSync(wasm, { level: 9 }).length;
  check('release .wasm ≤ 200 KB gzipped', gz <= 200 * 1024, `${(gz / 1024).toFixed(1)} KB gzipped, ${(wasm.length / 1024).toFixed(1)} KB raw`);
  const gzKb = (f) => (zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length / 1024).toFixed(1);
  console.log(`     knowledge base: ${gzKb('newsgloss-kb.txt')} KB gzipped, card file ${gzKb('newsgloss-cards.txt')} KB gzipped`);
} finally {
  await browser.close();
  server.close();
}
const passed = results.filter(Boolean).length;
const failed = results.length - passed;
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
