//! The card's state machine, kept pure: the shell turns DOM events and timers into
//! [`Action`]s, and the reducer decides what is open. Timers (hover delay, close grace) live in
//! the shell; the reducer only sees their outcome.

use std::rc::Rc;
use yew::Reducible;

/// Where a card is anchored, in document coordinates (CSS pixels).
#[derive(Clone, Copy, PartialEq, Default)]
pub struct Anchor {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

/// What opened the card: it decides what closes it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// Pointer dwell: closes when the pointer leaves both the mention and the card.
    Hover,
    /// Keyboard focus: closes when focus leaves.
    Focus,
    /// A tap or click: stays until tapped again, tapped elsewhere, or Escape.
    Tap,
}

#[derive(Clone, PartialEq)]
pub struct OpenCard {
    /// Index into the analysis' entities.
    pub entity: usize,
    pub anchor: Anchor,
    pub trigger: Trigger,
}

#[derive(Clone, PartialEq, Default)]
pub struct CardState {
    pub open: Option<OpenCard>,
}

#[derive(Clone, PartialEq)]
pub enum Action {
    Open(OpenCard),
    /// Tap on a mention: opens its card, or closes it when it is already open by tap.
    Toggle(OpenCard),
    /// The pointer left (after the grace period): closes a hover card only.
    HoverEnded,
    /// Focus left the mention and the card: closes a focus card only.
    FocusEnded,
    /// Escape, or a tap outside: closes whatever is open.
    Dismiss,
}

impl CardState {
    pub fn apply(&self, action: Action) -> CardState {
        let open = match action {
            Action::Open(card) => match &self.open {
                // A tapped card is not replaced by a hover over the same name.
                Some(cur)
                    if cur.trigger == Trigger::Tap
                        && cur.entity == card.entity
                        && card.trigger == Trigger::Hover =>
                {
                    self.open.clone()
                }
                _ => Some(card),
            },
            Action::Toggle(card) => match &self.open {
                Some(cur)
                    if cur.entity == card.entity
                        && cur.anchor == card.anchor
                        && cur.trigger == Trigger::Tap =>
                {
                    None
                }
                _ => Some(card),
            },
            Action::HoverEnded => self.open.clone().filter(|c| c.trigger != Trigger::Hover),
            Action::FocusEnded => self.open.clone().filter(|c| c.trigger != Trigger::Focus),
            Action::Dismiss => None,
        };
        CardState { open }
    }
}

impl Reducible for CardState {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(entity: usize, trigger: Trigger) -> OpenCard {
        OpenCard {
            entity,
            anchor: Anchor::default(),
            trigger,
        }
    }

    #[test]
    fn hover_card_closes_when_hover_ends_but_tap_card_stays() {
        let s = CardState::default().apply(Action::Open(card(1, Trigger::Hover)));
        assert!(s.open.is_some());
        assert!(s.apply(Action::HoverEnded).open.is_none());
        let t = CardState::default().apply(Action::Toggle(card(1, Trigger::Tap)));
        assert!(t.apply(Action::HoverEnded).open.is_some());
        assert!(t.apply(Action::FocusEnded).open.is_some());
        assert!(t.apply(Action::Dismiss).open.is_none());
    }

    #[test]
    fn second_tap_closes_and_tap_on_another_name_switches() {
        let t = CardState::default().apply(Action::Toggle(card(1, Trigger::Tap)));
        assert!(t
            .apply(Action::Toggle(card(1, Trigger::Tap)))
            .open
            .is_none());
        assert_eq!(
            t.apply(Action::Toggle(card(2, Trigger::Tap)))
                .open
                .map(|c| c.entity),
            Some(2)
        );
    }

    #[test]
    fn focus_card_closes_on_blur_and_escape() {
        let f = CardState::default().apply(Action::Open(card(3, Trigger::Focus)));
        assert!(f.apply(Action::FocusEnded).open.is_none());
        assert!(f.apply(Action::Dismiss).open.is_none());
        assert!(f.apply(Action::HoverEnded).open.is_some());
    }
}
