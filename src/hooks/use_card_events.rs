//! Turns the page's pointer, focus and keyboard events into card [`Action`]s.
//!
//! Listeners are delegated: one set on the article, one on the document, whatever the number
//! of mentions. Timing follows hover-card practice and WCAG 2.2 SC 1.4.13: a card opens after
//! a short dwell (or at once on focus or tap), survives the pointer's trip into it (grace
//! period), and Escape dismisses it without moving the pointer.

use crate::dom::{MENTION_ATTR, MENTION_TAG};
use crate::model::Model;
use crate::state::{Action, Anchor, OpenCard, Trigger};
use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, MouseEvent};
use yew::prelude::*;

/// How long the pointer may be away from the mention and card before a hover card closes.
const CLOSE_GRACE_MS: u32 = 300;

#[derive(Default)]
pub struct Timers {
    pub open: Option<Timeout>,
    pub close: Option<Timeout>,
}

impl Timers {
    pub fn cancel(&mut self) {
        self.open = None;
        self.close = None;
    }
}

pub type SharedTimers = Rc<RefCell<Timers>>;

/// The document-coordinate box of an element.
pub fn anchor_of(el: &Element) -> Anchor {
    let r = el.get_bounding_client_rect();
    let (sx, sy) = web_sys::window().map_or((0.0, 0.0), |w| {
        (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0))
    });
    Anchor {
        left: r.left() + sx,
        top: r.top() + sy,
        right: r.right() + sx,
        bottom: r.bottom() + sy,
    }
}

fn mention_of(target: Option<web_sys::EventTarget>) -> Option<Element> {
    let el: Element = target?.dyn_into().ok()?;
    el.closest(&format!("{MENTION_TAG}[{MENTION_ATTR}]"))
        .ok()
        .flatten()
}

fn card_for(model: &Model, el: &Element, trigger: Trigger) -> Option<OpenCard> {
    let id = el.get_attribute(MENTION_ATTR)?;
    Some(OpenCard {
        entity: model.entity_index(&id)?,
        anchor: anchor_of(el),
        trigger,
    })
}

/// Schedules `HoverEnded` after the grace period (the card's pointer-enter cancels it).
pub fn schedule_hover_end(
    timers: &SharedTimers,
    dispatch: &UseReducerDispatcher<crate::state::CardState>,
) {
    let d = dispatch.clone();
    timers.borrow_mut().close = Some(Timeout::new(CLOSE_GRACE_MS, move || {
        d.dispatch(Action::HoverEnded)
    }));
}

#[hook]
pub fn use_card_events(
    model: Rc<Model>,
    dispatch: UseReducerDispatcher<crate::state::CardState>,
    timers: SharedTimers,
) {
    use_effect_with((), move |_| {
        let article = model.article.clone();
        let doc = web_sys::window().and_then(|w| w.document());
        let mut listeners: Vec<EventListener> = Vec::new();

        let (m, d, t) = (model.clone(), dispatch.clone(), timers.clone());
        listeners.push(EventListener::new(
            &article,
            "mouseover",
            move |e: &Event| {
                let Some(el) = mention_of(e.target()) else {
                    return;
                };
                let mut timers = t.borrow_mut();
                timers.close = None;
                if let Some(card) = card_for(&m, &el, Trigger::Hover) {
                    let d = d.clone();
                    timers.open = Some(Timeout::new(m.hover_delay_ms, move || {
                        d.dispatch(Action::Open(card))
                    }));
                }
            },
        ));

        let (d, t) = (dispatch.clone(), timers.clone());
        listeners.push(EventListener::new(
            &article,
            "mouseout",
            move |e: &Event| {
                let Some(from) = mention_of(e.target()) else {
                    return;
                };
                let to = e.dyn_ref::<MouseEvent>().and_then(|m| m.related_target());
                if mention_of(to).is_some_and(|el| el == from) {
                    return;
                }
                t.borrow_mut().open = None;
                schedule_hover_end(&t, &d);
            },
        ));

        let (m, d, t) = (model.clone(), dispatch.clone(), timers.clone());
        listeners.push(EventListener::new(&article, "focusin", move |e: &Event| {
            let Some(el) = mention_of(e.target()) else {
                return;
            };
            t.borrow_mut().cancel();
            if let Some(card) = card_for(&m, &el, Trigger::Focus) {
                d.dispatch(Action::Open(card));
            }
        }));

        let (d, t) = (dispatch.clone(), timers.clone());
        listeners.push(EventListener::new(
            &article,
            "focusout",
            move |e: &Event| {
                if mention_of(e.target()).is_none() {
                    return;
                }
                let d = d.clone();
                t.borrow_mut().close =
                    Some(Timeout::new(80, move || d.dispatch(Action::FocusEnded)));
            },
        ));

        let (m, d, t) = (model.clone(), dispatch.clone(), timers.clone());
        listeners.push(EventListener::new(&article, "click", move |e: &Event| {
            let Some(el) = mention_of(e.target()) else {
                return;
            };
            t.borrow_mut().cancel();
            if let Some(card) = card_for(&m, &el, Trigger::Tap) {
                d.dispatch(Action::Toggle(card));
            }
        }));

        if let Some(doc) = doc {
            let (m, d, t) = (model.clone(), dispatch.clone(), timers.clone());
            listeners.push(EventListener::new(&doc, "keydown", move |e: &Event| {
                let Some(k) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                match k.key().as_str() {
                    "Escape" | "Esc" => {
                        t.borrow_mut().cancel();
                        d.dispatch(Action::Dismiss);
                    }
                    "Enter" | " " => {
                        if let Some(el) = mention_of(e.target()) {
                            e.prevent_default();
                            if let Some(card) = card_for(&m, &el, Trigger::Tap) {
                                d.dispatch(Action::Toggle(card));
                            }
                        }
                    }
                    _ => {}
                }
            }));

            let (m, d) = (model.clone(), dispatch.clone());
            listeners.push(EventListener::new(&doc, "pointerdown", move |e: &Event| {
                // Events from inside the widget's shadow roots arrive retargeted to their hosts.
                let target: Option<Element> = e.target().and_then(|t| t.dyn_into().ok());
                let inside_ui = target.as_ref().is_some_and(|t| {
                    *t == m.ui_host
                        || t.closest("[data-newsgloss-timeline]")
                            .ok()
                            .flatten()
                            .is_some()
                });
                if !inside_ui && mention_of(e.target()).is_none() {
                    d.dispatch(Action::Dismiss);
                }
            }));
        }
        move || drop(listeners)
    });
}
