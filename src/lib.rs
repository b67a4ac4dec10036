//! The newsgloss widget: the imperative shell around `newsgloss-core`.
//!
//! [`start`] reads the embed's configuration and the page ([`config`]), collects the article's
//! text ([`dom`]), fetches the knowledge base without blocking first paint, analyzes the text
//! once, wraps the mentions in place, and mounts the Yew app ([`components`]) into a shadow
//! root that holds cards and highlights, with the timeline in a second shadow root inside the
//! article. Nothing here interprets text: that is the core's job.

pub mod components;
pub mod config;
pub mod dom;
pub mod hooks;
pub mod i18n;
pub mod model;
pub mod state;

use config::Config;
use dom::{ArticleText, MentionSpan, TIMELINE_ATTR, UI_ATTR};
use newsgloss_core::kb::Kb;
use newsgloss_core::{Analysis, Analyzer, Options};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, ShadowRootInit, ShadowRootMode};

const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.min.css"));
/// Page-level rules for wrappers: a visible focus ring and hover tint that survive the
/// wrapper's `all: unset` (stylesheet `!important` beats a normal inline declaration).
const PAGE_CSS: &str = "newsgloss-mention:focus-visible{outline:2px solid #1a5fb4 !important;outline-offset:2px !important;border-radius:2px !important}\
newsgloss-mention:hover{background-color:rgba(26,95,180,.10) !important}";
/// Marks the card host; its presence means the widget already ran on this page.
const HOST_ATTR: &str = "data-newsgloss-host";

/// Entry point: runs once per page; a second call changes nothing.
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        if let Err(msg) = run().await {
            warn(format!("newsgloss: {msg}"));
        }
    });
}

async fn run() -> Result<(), String> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    if doc
        .query_selector(&format!("[{HOST_ATTR}]"))
        .ok()
        .flatten()
        .is_some()
    {
        return Ok(());
    }
    let cfg = Config::read(&doc);
    let Some(article) = config::find_article(&doc, cfg.selector.as_deref()) else {
        web_sys::console::info_1(
            &"newsgloss: no article element found; nothing to annotate".into(),
        );
        return Ok(());
    };
    let kb = load_kb(&cfg).await;
    // A split knowledge base names its card file: fetched now (or taken over from the embed
    // script), it arrives while the matcher is built and the article analyzed.
    let cards = kb
        .cards_file
        .as_deref()
        .map(|f| config::resolve(f, Some(&cfg.kb_url)))
        .map(|u| (start_fetch(&u), u));
    let before = ArticleText::collect(&article);
    let opts = Options {
        lang: Some(config::article_lang(&cfg, &article, &before.text)),
        document_date: config::document_date(&cfg, &doc, &article)
            .or_else(|| newsgloss_core::guess_document_date(&before.text)),
    };
    // Yield to the event loop between the two heavy steps so neither makes one long task.
    mark("newsgloss:build-start");
    let mut analyzer = Analyzer::new(kb);
    measure("newsgloss:build", "newsgloss:build-start");
    gloo_timers::future::TimeoutFuture::new(0).await;
    mark("newsgloss:analyze-start");
    let mut analysis = analyzer.analyze(&before.text, &opts);
    measure("newsgloss:analyze", "newsgloss:analyze-start");
    // The card file arrived while the matcher was built and the article analyzed;
    // recognition does not read it. Only the cards of the entities found are parsed.
    if let Some((pending, url)) = cards {
        mark("newsgloss:cards-start");
        let text = pending.await;
        if let Err(e) = text.and_then(|t| {
            analyzer
                .join_card_file(&mut analysis, &t)
                .map_err(|e| e.to_string())
        }) {
            warn(format!(
                "newsgloss: card file {url} not used ({e}); cards show names only"
            ));
        }
        measure("newsgloss:cards", "newsgloss:cards-start");
    }
    gloo_timers::future::TimeoutFuture::new(0).await;
    mark("newsgloss:annotate-start");
    let result = annotate(&doc, &cfg, &article, before, analysis);
    measure("newsgloss:annotate", "newsgloss:annotate-start");
    result
}

/// Wraps the mentions, inserts the timeline and mounts the app. Public for the browser tests.
pub fn annotate(
    doc: &Document,
    cfg: &Config,
    article: &Element,
    before: ArticleText,
    analysis: Analysis,
) -> Result<(), String> {
    let spans: Vec<MentionSpan> = analysis
        .entities
        .iter()
        .flat_map(|e| {
            let description = if e.description.is_empty() {
                format!("{}: {}", i18n::kind(analysis.lang, e.kind), e.name)
            } else {
                format!(
                    "{}: {} — {}",
                    i18n::kind(analysis.lang, e.kind),
                    e.name,
                    e.description
                )
            };
            e.mentions.iter().map(move |m| MentionSpan {
                start: m.start,
                end: m.end,
                entity: e.id.clone(),
                description: description.clone(),
            })
        })
        .collect();
    dom::wrap_mentions(doc, &before, &spans);
    let after = ArticleText::collect(article);

    let head = doc.head().ok_or("no head")?;
    let page_style = doc
        .create_element("style")
        .map_err(|_| "cannot create style")?;
    page_style.set_attribute(UI_ATTR, "").ok();
    page_style.set_text_content(Some(PAGE_CSS));
    head.append_child(&page_style)
        .map_err(|_| "cannot add style")?;

    let body = doc.body().ok_or("no body")?;
    let host = doc
        .create_element("div")
        .map_err(|_| "cannot create host")?;
    host.set_attribute(UI_ATTR, "cards").ok();
    host.set_attribute(HOST_ATTR, "").ok();
    host.set_attribute("style", "all:initial;position:absolute;top:0;left:0;width:0;height:0;overflow:visible;z-index:2147483000;").ok();
    body.append_child(&host).map_err(|_| "cannot add host")?;
    let ui_root = shadow_root(doc, &host)?;

    let timeline_root = if cfg.timeline && !analysis.events.is_empty() {
        insert_timeline(doc, article, cfg.timeline_after)?
    } else {
        None
    };
    let model = model::Model::new(
        analysis,
        after,
        article.clone(),
        host,
        timeline_root,
        cfg.hover_delay_ms,
    );
    yew::Renderer::<components::app::App>::with_root_and_props(
        ui_root,
        components::app::AppProps {
            model: Rc::new(model),
        },
    )
    .render();
    Ok(())
}

/// An open shadow root on `host` with the widget's styles; returns the container inside it.
fn shadow_root(doc: &Document, host: &Element) -> Result<Element, String> {
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .map_err(|_| "cannot attach a shadow root")?;
    let style = doc
        .create_element("style")
        .map_err(|_| "cannot create style")?;
    style.set_text_content(Some(CSS));
    shadow
        .append_child(&style)
        .map_err(|_| "cannot add style")?;
    let root = doc
        .create_element("div")
        .map_err(|_| "cannot create root")?;
    root.set_attribute("class", "ng-root").ok();
    shadow.append_child(&root).map_err(|_| "cannot add root")?;
    Ok(root)
}

/// Inserts the timeline host after the `after`-th paragraph of the article (or at its end).
fn insert_timeline(
    doc: &Document,
    article: &Element,
    after: usize,
) -> Result<Option<Element>, String> {
    if article
        .query_selector(&format!("[{TIMELINE_ATTR}]"))
        .ok()
        .flatten()
        .is_some()
    {
        return Ok(None);
    }
    let host = doc
        .create_element("div")
        .map_err(|_| "cannot create timeline")?;
    host.set_attribute(TIMELINE_ATTR, "").ok();
    host.set_attribute("style", "all:initial;display:block;margin:1.5em 0;")
        .ok();
    let paragraphs = article
        .query_selector_all("p")
        .map_err(|_| "bad selector")?;
    let n = paragraphs.length() as usize;
    let anchor = if after == 0 || n == 0 {
        None
    } else {
        paragraphs.item((after.min(n) - 1) as u32)
    };
    match anchor.and_then(|p| p.dyn_into::<Element>().ok()) {
        Some(p) => p
            .after_with_node_1(&host)
            .map_err(|_| "cannot insert timeline")?,
        None if after == 0 => article
            .prepend_with_node_1(&host)
            .map_err(|_| "cannot insert timeline")?,
        None => article
            .append_child(&host)
            .map(|_| ())
            .map_err(|_| "cannot insert timeline")?,
    }
    Ok(Some(shadow_root(doc, &host)?))
}

/// Starts a fetch at once, or takes over the one the embed script started for `url`; the
/// returned future only waits for it, so fetches started one after the other run in parallel.
fn start_fetch(url: &str) -> impl std::future::Future<Output = Result<String, String>> {
    let url = url.to_string();
    let started = web_sys::window()
        .map(|w| JsFuture::from(prefetched(&url).unwrap_or_else(|| w.fetch_with_str(&url))));
    async move {
        let resp = started
            .ok_or("no window")?
            .await
            .map_err(|_| format!("{url} could not be fetched"))?;
        // A Response, or the embed script's stand-in for one whose body is already read
        // (`ok`, `status`, `arrayBuffer()`): web-sys calls them by name either way.
        let resp: web_sys::Response = resp.unchecked_into();
        if !resp.ok() {
            return Err(format!("{url} answered HTTP {}", resp.status()));
        }
        // Bytes, decoded in Rust: skips the UTF-8 → UTF-16 → UTF-8 round trip of `text()`.
        let buf = JsFuture::from(resp.array_buffer().map_err(|_| "no body")?)
            .await
            .map_err(|_| format!("{url}: body could not be read"))?;
        let bytes = js_sys::Uint8Array::new(&buf).to_vec();
        String::from_utf8(bytes).map_err(|_| format!("{url}: body is not UTF-8 text"))
    }
}

/// The embed script's pending fetch of `url` (`globalThis.newsglossPrefetch[url]`), taken
/// out so it is used once.
fn prefetched(url: &str) -> Option<js_sys::Promise> {
    let map = js_sys::Reflect::get(&js_sys::global(), &"newsglossPrefetch".into())
        .ok()
        .filter(|m| m.is_object())?;
    let pending = js_sys::Reflect::get(&map, &url.into())
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    js_sys::Reflect::delete_property(&map.into(), &url.into()).ok();
    Some(pending)
}

/// One console warning (one call site of the console binding).
fn warn(message: String) {
    web_sys::console::warn_1(&message.into());
}

fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// A `performance.measure` from mark `start` to now: the figures the end-to-end test prints.
fn measure(name: &str, start: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, start);
    }
}

/// The default knowledge base plus the publisher's overlay. Both fetches start at once; a
/// failing overlay costs one warning and nothing else.
async fn load_kb(cfg: &Config) -> Kb {
    mark("newsgloss:kb-start");
    // Both fetches start now: the overlay's is there when the default is parsed.
    let default = start_fetch(&cfg.kb_url);
    let overlay = cfg.overlay_url.as_ref().map(|u| (start_fetch(u), u));
    let fetched = default.await;
    let overlay = match overlay {
        Some((pending, u)) => Some((pending.await, u)),
        None => None,
    };
    measure("newsgloss:kb-wait", "newsgloss:kb-start");
    mark("newsgloss:kb-load-start");
    let mut kb =
        match fetched.and_then(|t| Kb::load(&t).map_err(|e| format!("{}: {e}", cfg.kb_url))) {
            Ok(kb) => kb,
            Err(e) => {
                warn(format!(
                    "newsgloss: knowledge base not loaded ({e}); only dates will be shown"
                ));
                Kb::default()
            }
        };
    if let Some((fetched, url)) = overlay {
        match fetched.and_then(|t| Kb::load(&t).map_err(|e| format!("{e}"))) {
            Ok(o) => kb.overlay(o),
            Err(e) => warn(format!(
                "newsgloss: publisher knowledge base {url} not used ({e}); using the default"
            )),
        }
    }
    measure("newsgloss:kb-load", "newsgloss:kb-load-start");
    kb
}
