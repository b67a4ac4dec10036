// The one script a publisher adds to an article page:
//   <script type="module" src=".../newsgloss-embed.js" data-newsgloss></script>
// It loads the widget's WebAssembly that sits beside it; the widget reads its settings from
// the script element's data-* attributes.
import init from './newsgloss-widget.js';

init({ module_or_path: new URL('./newsgloss-widget_bg.wasm', import.meta.url) });
