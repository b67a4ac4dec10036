//! The article's text as the core sees it, and the way back from core offsets to DOM nodes.
//!
//! [`ArticleText::collect`] walks the article's text nodes in document order and concatenates
//! them into one string, with a line break wherever a block element starts or ends (so
//! sentences and headings do not run together). Each text node becomes a [`Segment`] that
//! remembers where its characters sit in that string. Offsets are Unicode code points, like
//! the core's; DOM APIs want UTF-16 units, converted at the last moment.
//!
//! Text in `script`, `style`, `code`, `pre`, form fields and the widget's own UI is left out.
//! Text inside links and existing mention wrappers is part of the string (sentences stay
//! whole) but is never wrapped: links keep working, and a second run wraps nothing twice.
//!
//! [`wrap_mentions`] only ever *adds* elements: a text node is replaced by the same characters
//! split into text nodes and wrapper elements, so the article's text is unchanged.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Range, Text};

/// The attribute that marks a mention wrapper; its value is the entity id.
pub const MENTION_ATTR: &str = "data-newsgloss-entity";
/// The custom element used for wrappers: no publisher rule for `span` can reach it.
pub const MENTION_TAG: &str = "newsgloss-mention";
/// Marks every other element the widget adds.
pub const UI_ATTR: &str = "data-newsgloss-ui";
pub const TIMELINE_ATTR: &str = "data-newsgloss-timeline";

const SKIP_TAGS: &[&str] = &[
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "CODE", "PRE", "TEXTAREA", "INPUT", "SELECT",
    "OPTION", "BUTTON", "IFRAME", "SVG", "MATH", "KBD", "SAMP",
];
const BLOCK_TAGS: &[&str] = &[
    "P",
    "DIV",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "LI",
    "UL",
    "OL",
    "FIGURE",
    "FIGCAPTION",
    "BLOCKQUOTE",
    "SECTION",
    "ARTICLE",
    "HEADER",
    "FOOTER",
    "ASIDE",
    "NAV",
    "TABLE",
    "TR",
    "TD",
    "TH",
    "BR",
    "HR",
    "MAIN",
    "DL",
    "DT",
    "DD",
    "DETAILS",
    "SUMMARY",
];

#[derive(Debug, Clone)]
pub struct Segment {
    pub node: Text,
    /// Code-point offset of the node's first character in [`ArticleText::text`].
    pub start: usize,
    pub chars: Vec<char>,
    /// False inside links and existing wrappers.
    pub wrappable: bool,
}

impl Segment {
    pub fn end(&self) -> usize {
        self.start + self.chars.len()
    }

    /// UTF-16 offset of the code point `k` of this node.
    pub fn utf16(&self, k: usize) -> u32 {
        self.chars[..k.min(self.chars.len())]
            .iter()
            .map(|c| c.len_utf16() as u32)
            .sum()
    }
}

#[derive(Debug, Clone, Default)]
pub struct ArticleText {
    pub text: String,
    pub segments: Vec<Segment>,
}

impl ArticleText {
    pub fn collect(root: &Element) -> ArticleText {
        let mut out = ArticleText::default();
        let mut len = 0usize;
        walk(root.as_ref(), true, &mut out, &mut len);
        out
    }

    /// A DOM range for the code-point span `[start, end)`, clamped to the text nodes it
    /// touches (a span may cross elements: passages of the timeline do).
    pub fn range(&self, doc: &Document, start: usize, end: usize) -> Option<Range> {
        let first = self.segments.iter().find(|s| s.end() > start)?;
        let last = self.segments.iter().rev().find(|s| s.start < end)?;
        let range = doc.create_range().ok()?;
        range
            .set_start(&first.node, first.utf16(start.saturating_sub(first.start)))
            .ok()?;
        range
            .set_end(&last.node, last.utf16(end.saturating_sub(last.start)))
            .ok()?;
        Some(range)
    }
}

fn push_break(out: &mut ArticleText, len: &mut usize) {
    if !out.text.is_empty() && !out.text.ends_with('\n') {
        out.text.push('\n');
        *len += 1;
    }
}

fn walk(node: &Node, wrappable: bool, out: &mut ArticleText, len: &mut usize) {
    let mut child = node.first_child();
    while let Some(n) = child {
        child = n.next_sibling();
        match n.node_type() {
            Node::TEXT_NODE => {
                let text: Text = n.unchecked_into();
                let chars: Vec<char> = text.data().chars().collect();
                if chars.is_empty() {
                    continue;
                }
                out.text.extend(chars.iter());
                let start = *len;
                *len += chars.len();
                out.segments.push(Segment {
                    node: text,
                    start,
                    chars,
                    wrappable,
                });
            }
            Node::ELEMENT_NODE => {
                let el: &Element = n.unchecked_ref();
                let tag = el.tag_name().to_ascii_uppercase();
                if SKIP_TAGS.contains(&tag.as_str())
                    || el.has_attribute(UI_ATTR)
                    || el.has_attribute(TIMELINE_ATTR)
                    || el.has_attribute("hidden")
                {
                    continue;
                }
                let inner_wrappable = wrappable && tag != "A" && !el.has_attribute(MENTION_ATTR);
                let block = BLOCK_TAGS.contains(&tag.as_str());
                if block {
                    push_break(out, len);
                }
                walk(&n, inner_wrappable, out, len);
                if block {
                    push_break(out, len);
                }
            }
            _ => {}
        }
    }
}

/// One mention to wrap: code-point span, entity id, and the accessible description.
#[derive(Debug, Clone)]
pub struct MentionSpan {
    pub start: usize,
    pub end: usize,
    pub entity: String,
    pub description: String,
}

/// Wraps each mention that lies inside one wrappable text node in a focusable element.
/// Returns how many were wrapped. The characters of the article do not change.
pub fn wrap_mentions(doc: &Document, at: &ArticleText, mentions: &[MentionSpan]) -> usize {
    let mut wrapped = 0;
    for seg in at.segments.iter().filter(|s| s.wrappable) {
        let mut inside: Vec<&MentionSpan> = mentions
            .iter()
            .filter(|m| m.start >= seg.start && m.end <= seg.end() && m.start < m.end)
            .collect();
        if inside.is_empty() {
            continue;
        }
        newsgloss_core::sort_by_u64_key(&mut inside, |m| m.start as u64);
        let Some(parent) = seg.node.parent_node() else {
            continue;
        };
        let frag = doc.create_document_fragment();
        let mut pos = 0usize;
        let mut ok = true;
        for m in inside {
            let (s, e) = (m.start - seg.start, m.end - seg.start);
            if s < pos {
                continue; // overlapping mentions: the first one wins
            }
            let before: String = seg.chars[pos..s].iter().collect();
            let name: String = seg.chars[s..e].iter().collect();
            if !before.is_empty() {
                ok &= frag.append_child(&doc.create_text_node(&before)).is_ok();
            }
            match make_wrapper(doc, &name, m) {
                Some(w) => {
                    ok &= frag.append_child(&w).is_ok();
                    wrapped += 1;
                }
                None => ok &= frag.append_child(&doc.create_text_node(&name)).is_ok(),
            }
            pos = e;
        }
        let after: String = seg.chars[pos..].iter().collect();
        if !after.is_empty() {
            ok &= frag.append_child(&doc.create_text_node(&after)).is_ok();
        }
        if ok {
            // Replacing with a fragment of the same characters is the only change to the page.
            let _ = parent.replace_child(&frag, &seg.node);
        }
    }
    wrapped
}

fn make_wrapper(doc: &Document, name: &str, m: &MentionSpan) -> Option<Element> {
    let w = doc.create_element(MENTION_TAG).ok()?;
    w.set_attribute(MENTION_ATTR, &m.entity).ok()?;
    w.set_attribute("tabindex", "0").ok()?;
    w.set_attribute("aria-description", &m.description).ok()?;
    w.set_attribute("aria-haspopup", "dialog").ok()?;
    // `all: unset` makes the wrapper inherit every inherited property of the text around it
    // and take no box of its own: the line renders as before (no layout shift).
    w.set_attribute(
        "style",
        "all:unset;display:inline;text-decoration:underline dotted 1px;text-underline-offset:0.2em;cursor:help;",
    )
    .ok()?;
    w.set_text_content(Some(name));
    Some(w)
}
