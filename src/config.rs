//! What the widget reads from the page before it does anything: the embed's data attributes,
//! the article element, its language and its date.
//!
//! The embed is one script element: `<script type="module" src=".../newsgloss-embed.js"
//! data-newsgloss …>`. Module scripts have no `document.currentScript`, so it is found by its
//! `data-newsgloss` attribute. Attributes (all optional):
//!
//! | attribute | meaning | default |
//! |---|---|---|
//! | `data-selector` | CSS selector of the article | `article`, `[itemprop=articleBody]`, `main` |
//! | `data-lang` | `ar` or `en` | the article's or page's `lang`, else detected |
//! | `data-date` | document date `YYYY-MM-DD` | JSON-LD `datePublished`, `article:published_time`, `<time datetime>` |
//! | `data-kb` | URL of the compiled knowledge base | `newsgloss-kb.txt` beside the script |
//! | `data-overlay` | URL of the publisher's own entities | none |
//! | `data-timeline` | `off` hides the timeline | on |
//! | `data-timeline-after` | paragraphs before the timeline | 3 |
//! | `data-hover-delay` | ms of hover before a card opens | 450 |

use newsgloss_core::{parse_iso_date, CivilDate, Lang};
use web_sys::{Document, Element};

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub selector: Option<String>,
    pub lang: Option<Lang>,
    pub date: Option<CivilDate>,
    pub kb_url: String,
    pub overlay_url: Option<String>,
    pub timeline: bool,
    pub timeline_after: usize,
    pub hover_delay_ms: u32,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            selector: None,
            lang: None,
            date: None,
            kb_url: "newsgloss-kb.txt".into(),
            overlay_url: None,
            timeline: true,
            timeline_after: 3,
            hover_delay_ms: 450,
        }
    }
}

pub fn embed_script(doc: &Document) -> Option<Element> {
    doc.query_selector("script[data-newsgloss]").ok().flatten()
}

/// Resolves `url` against the embed script's own URL (so `data-kb="kb.txt"` sits beside it).
pub fn resolve(url: &str, base: Option<&str>) -> String {
    let base = base.filter(|b| !b.is_empty());
    match base.and_then(|b| web_sys::Url::new_with_base(url, b).ok()) {
        Some(u) => u.href(),
        None => url.to_string(),
    }
}

impl Config {
    pub fn read(doc: &Document) -> Config {
        let mut c = Config::default();
        let script = embed_script(doc);
        let attr = |name: &str| {
            script
                .as_ref()
                .and_then(|s| s.get_attribute(name))
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let src = script
            .as_ref()
            .and_then(|s| s.get_attribute("src"))
            .map(|s| resolve(&s, Some(&doc.url().unwrap_or_default())));
        c.selector = attr("data-selector");
        c.lang = attr("data-lang").and_then(|v| Lang::from_tag(&v));
        c.date = attr("data-date").and_then(|v| parse_iso_date(&v));
        c.kb_url = resolve(&attr("data-kb").unwrap_or(c.kb_url), src.as_deref());
        c.overlay_url = attr("data-overlay").map(|u| resolve(&u, src.as_deref()));
        c.timeline = attr("data-timeline").is_none_or(|v| v != "off" && v != "false");
        if let Some(n) = attr("data-timeline-after").and_then(|v| v.parse().ok()) {
            c.timeline_after = n;
        }
        if let Some(n) = attr("data-hover-delay").and_then(|v| v.parse::<u32>().ok()) {
            c.hover_delay_ms = n.min(5000);
        }
        c
    }
}

/// The article element: the configured selector; else the `article` with the most text (news
/// pages also wrap teasers and related stories in `article`), else `[itemprop=articleBody]`,
/// else `main`.
pub fn find_article(doc: &Document, selector: Option<&str>) -> Option<Element> {
    if let Some(sel) = selector {
        if let Some(el) = doc.query_selector(sel).ok().flatten() {
            return Some(el);
        }
    }
    let text_len = |e: &Element| e.text_content().map_or(0, |t| t.trim().len());
    let mut best: Option<(usize, Element)> = None;
    if let Ok(list) = doc.query_selector_all("article") {
        for i in 0..list.length() {
            if let Some(el) = list
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<Element>(n).ok())
            {
                let len = text_len(&el);
                if best.as_ref().is_none_or(|(l, _)| len > *l) {
                    best = Some((len, el));
                }
            }
        }
    }
    best.map(|(_, e)| e).or_else(|| {
        ["[itemprop=articleBody]", "main"]
            .iter()
            .find_map(|s| doc.query_selector(s).ok().flatten())
    })
}

/// The article's language: config, then `lang` of the article or an ancestor, then the script.
pub fn article_lang(cfg: &Config, article: &Element, text: &str) -> Lang {
    cfg.lang
        .or_else(|| {
            article
                .closest("[lang]")
                .ok()
                .flatten()
                .and_then(|e| e.get_attribute("lang"))
                .and_then(|l| Lang::from_tag(&l))
        })
        .unwrap_or_else(|| Lang::detect(text))
}

/// The document date: config, JSON-LD `datePublished`, Open Graph article time, `<time>`.
pub fn document_date(cfg: &Config, doc: &Document, article: &Element) -> Option<CivilDate> {
    if cfg.date.is_some() {
        return cfg.date;
    }
    if let Ok(list) = doc.query_selector_all(r#"script[type="application/ld+json"]"#) {
        for i in 0..list.length() {
            let text = list
                .item(i)
                .and_then(|n| n.text_content())
                .unwrap_or_default();
            if let Some(d) = json_ld_date(&text) {
                return Some(d);
            }
        }
    }
    for sel in [
        r#"meta[property="article:published_time"]"#,
        r#"meta[itemprop="datePublished"]"#,
        r#"meta[name="date"]"#,
    ] {
        if let Some(d) = doc
            .query_selector(sel)
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("content"))
            .and_then(|v| parse_iso_date(&v))
        {
            return Some(d);
        }
    }
    article
        .query_selector("time[datetime]")
        .ok()
        .flatten()
        .or_else(|| doc.query_selector("time[datetime]").ok().flatten())
        .and_then(|t| t.get_attribute("datetime"))
        .and_then(|v| parse_iso_date(&v))
}

/// `datePublished` in a JSON-LD text, found without a JSON parser: the first quoted value
/// after the key. Enough for the date, and keeps a JSON library out of the widget.
pub fn json_ld_date(json: &str) -> Option<CivilDate> {
    let at = json.find("\"datePublished\"")?;
    let rest = &json[at + "\"datePublished\"".len()..];
    let rest = rest
        .trim_start()
        .strip_prefix(':')?
        .trim_start()
        .strip_prefix('"')?;
    parse_iso_date(rest.split('"').next()?)
}
