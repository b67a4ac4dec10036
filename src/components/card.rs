//! The entity card: who this is, what the article says of them, and where they appear.

use crate::i18n;
use crate::model::Model;
use crate::state::OpenCard;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, Clone, PartialEq)]
pub struct CardProps {
    pub model: Rc<Model>,
    pub open: OpenCard,
    /// Position relative to the UI host, in CSS pixels.
    pub left: f64,
    pub top: f64,
    pub on_pointer_enter: Callback<()>,
    pub on_pointer_leave: Callback<()>,
    pub on_close: Callback<()>,
}

#[function_component(Card)]
pub fn card(props: &CardProps) -> Html {
    let m = &props.model;
    let lang = m.analysis.lang;
    let w = i18n::words(lang);
    let Some(e) = m.analysis.entities.get(props.open.entity) else {
        return html! {};
    };
    let other_lang = if lang == newsgloss_core::Lang::Ar {
        "en"
    } else {
        "ar"
    };
    let events: Vec<&newsgloss_core::timeline::Event> = m
        .analysis
        .events
        .iter()
        .filter(|ev| ev.entities.contains(&e.id))
        .collect();
    let enter = props.on_pointer_enter.reform(|_: MouseEvent| ());
    let leave = props.on_pointer_leave.reform(|_: MouseEvent| ());
    let close = props.on_close.reform(|_: MouseEvent| ());
    let style = // Whole pixels: also keeps float formatting out of the wasm binary.
    format!("left:{}px;top:{}px", props.left as i64, props.top as i64);
    html! {
        <div class="card" role="tooltip" id="newsgloss-card" dir={m.dir()} lang={lang.code()} style={style}
             onmouseenter={enter} onmouseleave={leave}>
            <button class="close" type="button" aria-label={w.close} onclick={close}>{"×"}</button>
            <div class="kind">{ i18n::kind(lang, e.kind) }</div>
            <div class="name">{ &e.name }</div>
            if let Some(other) = &e.name_other {
                <div class="other-name" lang={other_lang} dir="auto">{ other }</div>
            }
            if !e.description.is_empty() && !e.roles.contains(&e.description) {
                <p class="desc">{ &e.description }</p>
            }
            if e.local {
                // Not in the knowledge base: everything on this card comes from the article.
                <p class="desc note">{ w.from_article }</p>
            }
            if !e.roles.is_empty() {
                <div class="role"><span class="label">{ w.in_article }{ ": " }</span>{ e.roles.join(" · ") }</div>
            }
            if !e.facts.is_empty() {
                <dl class="facts">
                    { for e.facts.iter().filter(|(k, _)| !i18n::fact_label(lang, k).is_empty()).map(|(k, v)| html! {
                        <div class="fact"><dt>{ i18n::fact_label(lang, k) }</dt><dd>{ v }</dd></div>
                    }) }
                </dl>
            }
            <div class="count">{ i18n::mentions(lang, e.mentions.len()) }</div>
            if !events.is_empty() {
                <div class="events">
                    <div class="label">{ w.events }</div>
                    <ul>
                        { for events.iter().take(4).map(|ev| html! {
                            <li><time datetime={ev.date.value.clone()}>{ &ev.date.label }</time>{ " — " }{ &ev.summary }</li>
                        }) }
                    </ul>
                </div>
            }
            if !e.links.is_empty() {
                <div class="links">
                    { for e.links.iter().map(|l| html! {
                        <a href={l.url.clone()} target="_blank" rel="noopener noreferrer">
                            { if l.kind == "topic" { w.topic_page } else { w.wikipedia } }
                        </a>
                    }) }
                </div>
            }
        </div>
    }
}
