//! The root component: the open card, the passage highlight, and (through a portal into its
//! own shadow root inside the article) the timeline.

use crate::components::card::Card;
use crate::components::timeline::Timeline;
use crate::hooks::use_card_events::{anchor_of, schedule_hover_end, use_card_events, Timers};
use crate::model::Model;
use crate::state::{Action, Anchor, CardState, OpenCard, Trigger};
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

#[derive(Properties, Clone, PartialEq)]
pub struct AppProps {
    pub model: Rc<Model>,
}

const CARD_WIDTH: f64 = 340.0;
const HIGHLIGHT_MS: u32 = 2600;

/// Converts a document-coordinate box to coordinates relative to the UI host, which the
/// publisher's CSS may have placed anywhere (a positioned `body` with margins, say).
fn host_offset(host: &Element) -> (f64, f64) {
    let a = anchor_of(host);
    (a.left, a.top)
}

fn card_position(model: &Model, a: &Anchor) -> (f64, f64) {
    let (hx, hy) = host_offset(&model.ui_host);
    let win = web_sys::window();
    let vw = win
        .as_ref()
        .and_then(|w| w.inner_width().ok())
        .and_then(|v| v.as_f64())
        .unwrap_or(1024.0);
    let sx = win.as_ref().and_then(|w| w.scroll_x().ok()).unwrap_or(0.0);
    let width = CARD_WIDTH.min(vw - 16.0);
    // Start-aligned with the name: its right edge in RTL, its left edge in LTR.
    let left = if model.dir() == "rtl" {
        a.right - width
    } else {
        a.left
    };
    // (max/min, not `f64::clamp`: its panic message would link float formatting, ~5 KB.)
    let left = left.min(sx + vw - width - 8.0).max(sx + 8.0);
    (left - hx, a.bottom + 6.0 - hy)
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let model = props.model.clone();
    let state = use_reducer(CardState::default);
    let timers = use_mut_ref(Timers::default);
    let highlight = use_state(Vec::<Anchor>::new);
    let highlight_timer = use_mut_ref(|| None::<Timeout>);
    use_card_events(model.clone(), state.dispatcher(), timers.clone());

    let on_pointer_enter = {
        let timers = timers.clone();
        Callback::from(move |_| timers.borrow_mut().close = None)
    };
    let on_pointer_leave = {
        let (timers, d) = (timers.clone(), state.dispatcher());
        Callback::from(move |_| schedule_hover_end(&timers, &d))
    };
    let on_close = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Dismiss))
    };
    let on_entity = {
        let d = state.dispatcher();
        Callback::from(move |(entity, el): (usize, Element)| {
            d.dispatch(Action::Toggle(OpenCard {
                entity,
                anchor: anchor_of(&el),
                trigger: Trigger::Tap,
            }))
        })
    };
    let on_jump = {
        let (model, highlight, highlight_timer) =
            (model.clone(), highlight.clone(), highlight_timer.clone());
        Callback::from(move |i: usize| {
            let Some(ev) = model.analysis.events.get(i) else {
                return;
            };
            let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
                return;
            };
            let Some(range) = model.article_text.range(&doc, ev.start, ev.end) else {
                return;
            };
            if let Some(el) = range
                .start_container()
                .ok()
                .and_then(|n| n.parent_element())
            {
                let opts = ScrollIntoViewOptions::new();
                opts.set_behavior(ScrollBehavior::Smooth);
                opts.set_block(ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
            let (hx, hy) = host_offset(&model.ui_host);
            let (sx, sy) = web_sys::window().map_or((0.0, 0.0), |w| {
                (w.scroll_x().unwrap_or(0.0), w.scroll_y().unwrap_or(0.0))
            });
            let mut boxes = Vec::new();
            if let Some(rects) = range.get_client_rects() {
                for k in 0..rects.length() {
                    if let Some(r) = rects.item(k) {
                        if r.width() > 0.5 {
                            boxes.push(Anchor {
                                left: r.left() + sx - hx,
                                top: r.top() + sy - hy,
                                right: r.right() + sx - hx,
                                bottom: r.bottom() + sy - hy,
                            });
                        }
                    }
                }
            }
            highlight.set(boxes);
            let h = highlight.clone();
            *highlight_timer.borrow_mut() =
                Some(Timeout::new(HIGHLIGHT_MS, move || h.set(Vec::new())));
        })
    };

    let card = state.open.as_ref().map(|open| {
        let (left, top) = card_position(&model, &open.anchor);
        html! {
            <Card model={model.clone()} open={open.clone()} {left} {top}
                  {on_pointer_enter} {on_pointer_leave} {on_close} />
        }
    });
    let timeline = model.timeline_root.as_ref().map(|root| {
        create_portal(
            html! { <Timeline model={model.clone()} {on_jump} {on_entity} /> },
            root.clone(),
        )
    });
    html! {
        <>
            { for highlight.iter().map(|b| html! {
                <div class="highlight" aria-hidden="true"
                     style={format!("left:{}px;top:{}px;width:{}px;height:{}px",
                                    b.left as i64, b.top as i64, (b.right - b.left) as i64, (b.bottom - b.top) as i64)}></div>
            }) }
            { for card }
            { for timeline }
        </>
    }
}
