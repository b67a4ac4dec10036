// The one script a publisher adds to an article page:
//   <script type="module" src=".../newsgloss-embed.js" data-newsgloss></script>
// It loads the widget's WebAssembly that sits beside it; the widget reads its settings from
// the script element's data-* attributes. The knowledge-base fetches start here, while the
// WebAssembly downloads and compiles; the widget takes them over (by URL) instead of asking
// again. Where this guesses a URL the widget does not want, the widget simply fetches its own.
import init from './newsgloss-widget.js';

const script = document.querySelector('script[data-newsgloss]');
const attr = (name) => script?.getAttribute(name)?.trim() || null;
const url = (u) => new URL(u, script?.src || import.meta.url).href;
const kb = url(attr('data-kb') || 'newsgloss-kb.txt');
const overlay = attr('data-overlay');
// The default knowledge base names its card file in its header (the widget reads it there);
// here it is only guessed, for the default, to start early.
const cards = kb === url('newsgloss-kb.txt') ? url('newsgloss-cards.txt') : null;
// Each body is read here as soon as it arrives, and handed over already read: an object with
// the `ok`, `status` and `arrayBuffer()` of a Response, whose body promise is settled. When
// the widget takes it over, nothing is left to wait for on the main thread, which is busy
// with the page's first render and the WebAssembly then (waiting for a Response's body
// there took 5-15 ms more, measured with bench/browser/run.mjs).
const start = (u) => {
  const pending = fetch(u).then(async (r) => {
    const body = r.ok ? await r.arrayBuffer() : null;
    return { ok: r.ok, status: r.status, arrayBuffer: () => Promise.resolve(body) };
  });
  pending.catch(() => {}); // a failure is the widget's to report, once, when it takes this over
  return [u, pending];
};
const prefetch = Object.fromEntries([kb, overlay && url(overlay)].filter(Boolean).map(start));
// The card file is needed only after the analysis: it is asked for once the names file is
// in, so that the two do not share the connection and the CPU while the names are awaited.
if (cards) {
  prefetch[cards] = prefetch[kb].catch(() => {}).then(() => start(cards)[1]);
  prefetch[cards].catch(() => {});
}
globalThis.newsglossPrefetch = prefetch;

init({ module_or_path: new URL('./newsgloss-widget_bg.wasm', import.meta.url) });
