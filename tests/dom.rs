//! Browser tests of the DOM layer (headless Chromium through wasm-bindgen-test-runner):
//! text collection, in-place wrapping, idempotence, and the card on focus.
#![cfg(target_arch = "wasm32")]

use newsgloss_core::kb::Kb;
use newsgloss_core::{Analyzer, Lang, Options};
use newsgloss_widget::config::Config;
use newsgloss_widget::dom::{ArticleText, MentionSpan, MENTION_ATTR};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element};

wasm_bindgen_test_configure!(run_in_browser);

const KB: &str = "[sam-altman]\nkind: person\nar: سام ألتمان\nar-alias: ألتمان\nen: Sam Altman\nen-alias: Altman\n\
desc-ar: رجل أعمال أمريكي.\ndesc-en: American entrepreneur, chief executive of OpenAI.\n\
[openai]\nkind: company\nar: أوبن إيه آي\nen: OpenAI\ndesc-en: AI company.\n";

fn doc() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh fixture article in the body (test markup only; the widget never parses strings).
fn fixture(html: &str) -> Element {
    let d = doc();
    if let Some(old) = d.get_element_by_id("fixture") {
        old.remove();
    }
    let a = d.create_element("article").unwrap();
    a.set_id("fixture");
    a.set_inner_html(html);
    d.body().unwrap().append_child(&a).unwrap();
    a
}

fn spans(text: &str, lang: Lang) -> Vec<MentionSpan> {
    let an = Analyzer::new(Kb::parse(KB).unwrap()).analyze(
        text,
        &Options {
            lang: Some(lang),
            document_date: None,
        },
    );
    an.entities
        .iter()
        .flat_map(|e| {
            e.mentions.iter().map(|m| MentionSpan {
                start: m.start,
                end: m.end,
                entity: e.id.clone(),
                description: e.name.clone(),
            })
        })
        .collect()
}

#[wasm_bindgen_test]
fn collects_text_with_block_breaks_and_skips_code() {
    let a = fixture("<h1>Title</h1><p>Sam <b>Altman</b> spoke.</p><pre>Sam Altman</pre><p>End</p>");
    let at = ArticleText::collect(&a);
    assert_eq!(at.text, "Title\nSam Altman spoke.\nEnd\n");
}

#[wasm_bindgen_test]
fn wraps_in_place_without_changing_text_and_skips_links() {
    let a = fixture("<p>التقى سام ألتمان، وقال ألتمان إن <a href='#'>ألتمان</a> هنا. <code>ألتمان</code></p><p>OpenAI grew and Sam Altman said so.</p>");
    let before = a.text_content().unwrap();
    let at = ArticleText::collect(&a);
    let n = newsgloss_widget::dom::wrap_mentions(&doc(), &at, &spans(&at.text, Lang::Ar));
    assert_eq!(
        a.text_content().unwrap(),
        before,
        "the article's text must not change"
    );
    let wrapped = a.query_selector_all(&format!("[{MENTION_ATTR}]")).unwrap();
    assert_eq!(n, 4);
    assert_eq!(wrapped.length(), 4);
    let first: Element = wrapped.item(0).unwrap().dyn_into().unwrap();
    assert_eq!(first.text_content().unwrap(), "سام ألتمان");
    assert_eq!(first.get_attribute("tabindex").as_deref(), Some("0"));
    assert!(first.get_attribute("aria-description").is_some());
    assert!(a
        .query_selector(&format!("a [{MENTION_ATTR}], code [{MENTION_ATTR}]"))
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
fn a_second_run_changes_nothing() {
    let a = fixture("<p>سام ألتمان وOpenAI.</p>");
    let at = ArticleText::collect(&a);
    newsgloss_widget::dom::wrap_mentions(&doc(), &at, &spans(&at.text, Lang::Ar));
    let html = a.inner_html();
    let again = ArticleText::collect(&a);
    assert_eq!(again.text, at.text);
    assert_eq!(
        newsgloss_widget::dom::wrap_mentions(&doc(), &again, &spans(&again.text, Lang::Ar)),
        0
    );
    assert_eq!(a.inner_html(), html);
}

#[wasm_bindgen_test]
fn ranges_map_code_points_to_utf16() {
    // The emoji is one code point but two UTF-16 units.
    let a = fixture("<p>😀 Sam Altman</p>");
    let at = ArticleText::collect(&a);
    let r = at.range(&doc(), 2, 12).unwrap();
    assert_eq!(String::from(r.to_string()), "Sam Altman");
}

#[wasm_bindgen_test]
async fn focus_opens_a_tooltip_card_and_escape_closes_it() {
    let a = fixture("<p>Sam Altman leads OpenAI.</p><p>Two</p><p>Three</p>");
    let at = ArticleText::collect(&a);
    let an = Analyzer::new(Kb::parse(KB).unwrap()).analyze(
        &at.text,
        &Options {
            lang: Some(Lang::En),
            document_date: None,
        },
    );
    newsgloss_widget::annotate(&doc(), &Config::default(), &a, at, an).unwrap();
    // Let the app render and attach its listeners.
    gloo_timers::future::TimeoutFuture::new(30).await;
    let mention: web_sys::HtmlElement = a
        .query_selector(&format!("[{MENTION_ATTR}=sam-altman]"))
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    mention.focus().unwrap();
    gloo_timers::future::TimeoutFuture::new(50).await;
    let host = doc()
        .query_selector("[data-newsgloss-host]")
        .unwrap()
        .unwrap();
    let shadow = host.shadow_root().unwrap();
    let card = shadow
        .query_selector("[role=tooltip]")
        .unwrap()
        .expect("card open on focus");
    assert!(card.text_content().unwrap().contains("OpenAI"));
    let esc = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &{
        let i = web_sys::KeyboardEventInit::new();
        i.set_key("Escape");
        i.set_bubbles(true);
        i
    })
    .unwrap();
    mention.dispatch_event(&esc).unwrap();
    gloo_timers::future::TimeoutFuture::new(20).await;
    assert!(
        shadow.query_selector("[role=tooltip]").unwrap().is_none(),
        "Escape closes the card"
    );
    host.remove();
}

#[wasm_bindgen_test]
fn the_longest_article_is_the_story_not_a_teaser() {
    let d = doc();
    if let Some(old) = d.get_element_by_id("fixture") {
        old.remove();
    }
    let wrap = d.create_element("div").unwrap();
    wrap.set_id("articles");
    wrap.set_inner_html("<article id='teaser'><p>Short teaser.</p></article><article id='story'><p>A much longer story about Sam Altman and OpenAI.</p></article>");
    d.body().unwrap().append_child(&wrap).unwrap();
    let found = newsgloss_widget::config::find_article(&d, None).unwrap();
    assert_eq!(found.id(), "story");
    let chosen = newsgloss_widget::config::find_article(&d, Some("#teaser")).unwrap();
    assert_eq!(chosen.id(), "teaser");
    wrap.remove();
}
