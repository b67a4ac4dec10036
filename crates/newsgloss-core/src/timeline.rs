//! Events of the article (stub: being written).
use crate::{dates::TimeExpr, text::NormText, EntityOut, Lang};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventDate {
    pub value: String,
    #[serde(rename = "mod")]
    pub mod_: Option<crate::dates::DateMod>,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub earliest: String,
    pub latest: String,
    pub anchor: crate::dates::AnchorKind,
    pub confidence: f32,
    /// Display label in the article's language ("أوائل يونيو 2024", "early June 2024").
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// The sentence or clause the date belongs to, in original code points.
    pub start: usize,
    pub end: usize,
    pub summary: String,
    pub entities: Vec<String>,
    pub date: EventDate,
}

pub fn build_events(_nt: &NormText, _lang: Lang, _exprs: &[TimeExpr], _entities: &[EntityOut]) -> Vec<Event> {
    Vec::new()
}
