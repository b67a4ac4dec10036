//! The widget's start, step by step, as raw wasm exports with no JS glue, so that
//! `bench/wasm/run.mjs` can time each step in V8's baseline tier (Liftoff), where a reader's
//! first page view runs it. Built with the widget's release profile (size-optimized, LTO).
//!
//! Inputs are written into buffers from [`nb_alloc`]; each step keeps its result for the
//! next one in a thread-local, as the widget keeps them between awaits.
use newsgloss_core::{kb::Kb, Analysis, Analyzer, Options};
use std::cell::RefCell;

#[derive(Default)]
struct State {
    kb: Option<Kb>,
    analyzer: Option<Analyzer>,
    analysis: Option<Analysis>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::default();
}

/// A buffer of `len` bytes for the caller to fill; handed back (and freed) by the steps.
#[no_mangle]
pub extern "C" fn nb_alloc(len: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(len);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

/// Takes back a buffer from [`nb_alloc`] that the caller filled with `len` bytes.
fn text(ptr: *mut u8, len: usize) -> Option<String> {
    // SAFETY: `ptr` came from `nb_alloc(len)` and the caller wrote `len` bytes to it.
    let bytes = unsafe { Vec::from_raw_parts(ptr, len, len) };
    String::from_utf8(bytes).ok()
}

/// UTF-8 check and `Kb::load` of a names file, as the widget does on arrival: the
/// number of entities, or -1.
#[no_mangle]
pub extern "C" fn nb_kb_load(ptr: *mut u8, len: usize) -> i32 {
    let Some(kb) = text(ptr, len).and_then(|t| Kb::load(&t).ok()) else {
        return -1;
    };
    let n = kb.entities.len() as i32;
    STATE.with(|s| s.borrow_mut().kb = Some(kb));
    n
}

/// Builds the matcher over the loaded knowledge base.
#[no_mangle]
pub extern "C" fn nb_build() -> i32 {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let Some(kb) = s.kb.take() else { return -1 };
        s.analyzer = Some(Analyzer::new(kb));
        0
    })
}

/// Analyzes an article: the number of entities found, or -1.
#[no_mangle]
pub extern "C" fn nb_analyze(ptr: *mut u8, len: usize) -> i32 {
    let Some(t) = text(ptr, len) else { return -1 };
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        let Some(a) = &s.analyzer else { return -1 };
        let opts = Options {
            lang: None,
            document_date: None,
        };
        let analysis = a.analyze(&t, &opts);
        let n = analysis.entities.len() as i32;
        s.analysis = Some(analysis);
        n
    })
}

/// Joins a card file to the last analysis: 0, or -1.
#[no_mangle]
pub extern "C" fn nb_join_cards(ptr: *mut u8, len: usize) -> i32 {
    let Some(t) = text(ptr, len) else { return -1 };
    STATE.with(|s| {
        let s = &mut *s.borrow_mut();
        match (&mut s.analyzer, &mut s.analysis) {
            (Some(a), Some(an)) => a.join_card_file(an, &t).map_or(-1, |_| 0),
            _ => -1,
        }
    })
}
