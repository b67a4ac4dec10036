//! The inline timeline: the article's dated events in chronological order, each a button
//! that jumps to its passage, with its participants a click away from their cards.

use crate::i18n;
use crate::model::Model;
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

#[derive(Properties, Clone, PartialEq)]
pub struct TimelineProps {
    pub model: Rc<Model>,
    /// Jump to event `i`'s passage.
    pub on_jump: Callback<usize>,
    /// Open the card of entity `i`, anchored at the element clicked.
    pub on_entity: Callback<(usize, Element)>,
}

#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let m = &props.model;
    let lang = m.analysis.lang;
    let w = i18n::words(lang);
    let collapsed = use_state(|| false);
    let toggle = {
        let collapsed = collapsed.clone();
        Callback::from(move |_: MouseEvent| collapsed.set(!*collapsed))
    };
    html! {
        <section class="timeline" dir={m.dir()} lang={lang.code()} aria-labelledby="newsgloss-timeline-title">
            <div class="tl-head">
                <h2 id="newsgloss-timeline-title">{ w.timeline }</h2>
                <button type="button" class="tl-toggle" aria-expanded={(!*collapsed).to_string()}
                        aria-controls="newsgloss-timeline-list" onclick={toggle}>
                    { if *collapsed { w.show } else { w.hide } }
                </button>
            </div>
            if !*collapsed {
                <ol class="tl-list" id="newsgloss-timeline-list">
                    { for m.analysis.events.iter().enumerate().map(|(i, ev)| {
                        let jump = props.on_jump.reform(move |_: MouseEvent| i);
                        let fuzzy = ev.date.mod_.is_some() || ev.date.value.len() < 10;
                        html! {
                            <li class={classes!("tl-item", fuzzy.then_some("fuzzy"))} data-earliest={ev.date.earliest.clone()}>
                                <button type="button" class="tl-jump" onclick={jump} title={w.go_to_passage}>
                                    <time datetime={ev.date.value.clone()}>{ &ev.date.label }</time>
                                    <span class="tl-summary">{ &ev.summary }</span>
                                </button>
                                if !ev.entities.is_empty() {
                                    <div class="tl-who">
                                        { for ev.entities.iter().filter_map(|id| m.entity_index(id)).map(|ei| {
                                            let on_entity = props.on_entity.clone();
                                            let click = Callback::from(move |e: MouseEvent| {
                                                if let Some(el) = e.current_target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<Element>(t).ok()) {
                                                    on_entity.emit((ei, el));
                                                }
                                            });
                                            html! {
                                                <button type="button" class="tl-entity" onclick={click}>
                                                    { &m.analysis.entities[ei].name }
                                                </button>
                                            }
                                        }) }
                                    </div>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
        </section>
    }
}
