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
const start = (u) => {
  const pending = fetch(u);
  pending.catch(() => {}); // a failure is the widget's to report, once, when it takes this over
  return [u, pending];
};
const prefetch = Object.fromEntries([kb, overlay && url(overlay)].filter(Boolean).map(start));
// The card file is needed only after the analysis: it is asked for once the names file is
// in, so that the two do not share the connection and the CPU while the names are awaited.
if (cards) {
  const after = prefetch[kb].then((r) => r.clone().arrayBuffer()).catch(() => {});
  prefetch[cards] = after.then(() => fetch(cards));
  prefetch[cards].catch(() => {});
}
globalThis.newsglossPrefetch = prefetch;

init({ module_or_path: new URL('./newsgloss-widget_bg.wasm', import.meta.url) });
