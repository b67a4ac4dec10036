//! Entity recognition (stub).
use crate::{kb::Kb, text::NormText, EntityOut, Lang};
pub fn recognize(_nt: &NormText, _kb: &Kb, _lang: Lang) -> Vec<EntityOut> { Vec::new() }
