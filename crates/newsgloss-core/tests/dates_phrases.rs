//! The date phrase set (`tests/data/dates/phrases.tsv`): every phrase in its sentence, with its
//! document date and, for anaphoric rows, the earlier sentence that narrates the anchor.
//! Scored by `newsgloss_core::dates::eval` (as `newsgloss eval --dates` does); prints accuracy
//! per language and class (`--nocapture`, misses with `DATES_VERBOSE=1`) and holds the
//! measured figure. Hijri rows count only with the `hijri` feature
//! (`cargo test -p newsgloss-core --features hijri`); without it they are skipped.
use newsgloss_core::dates::eval;
use newsgloss_core::kb::Kb;

/// The overall accuracy reached (rounded down): the test fails below it.
const FLOOR: f64 = 0.99;

#[test]
fn phrase_set_accuracy_holds() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dates/phrases.tsv");
    let Ok(tsv) = std::fs::read_to_string(path) else {
        println!("note: {path} missing; skipping");
        return;
    };
    let kb = Kb::parse(include_str!("../kb/events.kb")).unwrap();
    let rep = eval(&tsv, &kb);
    if std::env::var("DATES_VERBOSE").is_ok() {
        for m in &rep.misses {
            println!("BAD {m}");
        }
    }
    for (lc, s) in &rep.by_lang_class {
        let (l, c) = lc.split_once('/').unwrap_or((lc, ""));
        println!("{l} {c:<12} {:>3}/{:<3} {:.2}", s.ok, s.total, s.accuracy);
    }
    if rep.skipped > 0 {
        println!("skipped {} Hijri rows (no `hijri` feature)", rep.skipped);
    }
    let o = rep.overall;
    println!("overall {}/{} = {:.3}", o.ok, o.total, o.accuracy);
    assert!(
        o.accuracy >= FLOOR,
        "phrase accuracy {:.3} fell under {FLOOR}",
        o.accuracy
    );
}
