//! Temporal expressions (stub: being written).
use crate::{kb::Kb, text::NormText, CivilDate, Lang};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateMod { Start, Mid, End, Before, After, Approx }

/// What a value was computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnchorKind { Absolute, DocumentDate, PreviousDate, NamedEvent }

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateValue {
    /// TIMEX3-style value cut to its granularity: `2024`, `2024-06`, `2024-06-05`, `2024-Q2`.
    pub value: String,
    #[serde(rename = "mod")]
    pub mod_: Option<DateMod>,
    /// Earliest and latest day the expression can mean (`YYYY-MM-DD`).
    pub earliest: String,
    pub latest: String,
    pub anchor: AnchorKind,
    pub confidence: f32,
}

/// A temporal expression found in the text: `[start, end)` in original code points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `None` when the expression could not be resolved (reported, never guessed).
    pub resolved: Option<DateValue>,
}

pub fn find_dates(_nt: &NormText, _lang: Lang, _doc: Option<CivilDate>, _kb: &Kb) -> Vec<TimeExpr> {
    Vec::new()
}
