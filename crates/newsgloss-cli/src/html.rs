//! Text, language and date of an article page, the way the widget reads them from the DOM:
//! the article element (`article`, `[itemprop=articleBody]`, `main`, else `body`), its text
//! with block elements on their own lines, the `lang` of the article or the page, and the
//! published date from JSON-LD, `article:published_time` or a `<time datetime>`.

use newsgloss_core::{parse_iso_date, CivilDate, Lang};
use scraper::{ElementRef, Html, Node, Selector};

pub struct Page {
    pub text: String,
    pub lang: Option<Lang>,
    pub date: Option<CivilDate>,
}

pub fn looks_like_html(s: &str) -> bool {
    let head = s
        .trim_start()
        .get(..200)
        .unwrap_or(s.trim_start())
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body")
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "code", "pre", "textarea", "select", "option",
    "button", "svg", "math",
];
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "figure",
    "figcaption",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "nav",
    "table",
    "tr",
    "td",
    "th",
    "br",
    "hr",
    "main",
    "dl",
    "dt",
    "dd",
];

pub fn extract(html: &str) -> Page {
    let doc = Html::parse_document(html);
    let root = ["article", "[itemprop=articleBody]", "main", "body"]
        .iter()
        .find_map(|s| doc.select(&sel(s)).next())
        .unwrap_or_else(|| doc.root_element());
    let mut text = String::new();
    walk(root, &mut text);
    let text = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n");

    let lang = root
        .value()
        .attr("lang")
        .or_else(|| doc.root_element().value().attr("lang"))
        .and_then(Lang::from_tag);
    Page {
        text,
        lang,
        date: published_date(&doc, root),
    }
}

fn walk(el: ElementRef, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Text(t) => {
                // Collapse white space as a browser renders it.
                let mut last_space = out.ends_with([' ', '\n']) || out.is_empty();
                for c in t.chars() {
                    if c.is_whitespace() && c != '\u{00A0}' {
                        if !last_space {
                            out.push(' ');
                        }
                        last_space = true;
                    } else {
                        out.push(c);
                        last_space = false;
                    }
                }
            }
            Node::Element(e) => {
                let name = e.name();
                if SKIP.contains(&name)
                    || e.attr("hidden").is_some()
                    || e.attr("data-newsgloss-ui").is_some()
                {
                    continue;
                }
                let block = BLOCKS.contains(&name);
                if block {
                    out.push('\n');
                }
                if let Some(child_el) = ElementRef::wrap(child) {
                    walk(child_el, out);
                }
                if block {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

fn published_date(doc: &Html, root: ElementRef) -> Option<CivilDate> {
    for script in doc.select(&sel(r#"script[type="application/ld+json"]"#)) {
        let json: String = script.text().collect();
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(&json) {
            if let Some(d) = find_key(&v, "datePublished").and_then(parse_iso_date) {
                return Some(d);
            }
        }
    }
    for s in [
        r#"meta[property="article:published_time"]"#,
        r#"meta[itemprop="datePublished"]"#,
        r#"meta[name="date"]"#,
        r#"meta[name="pubdate"]"#,
    ] {
        if let Some(d) = doc
            .select(&sel(s))
            .next()
            .and_then(|m| m.value().attr("content"))
            .and_then(parse_iso_date)
        {
            return Some(d);
        }
    }
    root.select(&sel("time[datetime]"))
        .chain(doc.select(&sel("time[datetime]")))
        .find_map(|t| t.value().attr("datetime").and_then(parse_iso_date))
}

fn find_key<'a>(v: &'a serde_json::Value, key: &str) -> Option<&'a str> {
    match v {
        serde_json::Value::Object(m) => m
            .get(key)
            .and_then(|x| x.as_str())
            .or_else(|| m.values().find_map(|x| find_key(x, key))),
        serde_json::Value::Array(a) => a.iter().find_map(|x| find_key(x, key)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_article_text_lang_and_date() {
        let page = extract(
            r#"<!doctype html><html lang="ar"><head>
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-02-10T08:00:00Z"}</script>
            </head><body><nav>قائمة</nav><article><h1>عنوان</h1><p>فقرة <b>أولى</b>.</p><script>x()</script>
            <p>ثانية</p></article><footer>junk</footer></body></html>"#,
        );
        assert_eq!(page.text, "عنوان\nفقرة أولى.\nثانية");
        assert_eq!(page.lang, Some(Lang::Ar));
        assert_eq!(
            page.date.map(|d| d.to_string()).as_deref(),
            Some("2025-02-10")
        );
    }

    #[test]
    fn falls_back_to_meta_and_body() {
        let page = extract(
            r#"<html><head><meta property="article:published_time" content="2024-06-05"></head><body><p>Hello</p></body></html>"#,
        );
        assert_eq!(page.text, "Hello");
        assert_eq!(page.lang, None);
        assert_eq!(page.date, CivilDate::new(2024, 6, 5).ok());
    }
}
