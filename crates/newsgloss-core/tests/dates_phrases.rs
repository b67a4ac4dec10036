//! The date phrase set (`tests/data/dates/phrases.tsv`): every phrase in its sentence, with its
//! document date and, for anaphoric rows, the earlier sentence that narrates the anchor.
//! Prints accuracy per language and class (`--nocapture`) and holds the measured figure.
use newsgloss_core::dates::{find_dates, DateMod};
use newsgloss_core::kb::Kb;
use newsgloss_core::text::NormText;
use newsgloss_core::{parse_iso_date, Lang};
use std::collections::BTreeMap;

/// The overall accuracy reached (rounded down): the test fails below it.
const FLOOR: f64 = 0.85;

fn mod_name(m: Option<DateMod>) -> &'static str {
    match m {
        None => "",
        Some(DateMod::Start) => "start",
        Some(DateMod::Mid) => "mid",
        Some(DateMod::End) => "end",
        Some(DateMod::Before) => "before",
        Some(DateMod::After) => "after",
        Some(DateMod::Approx) => "approx",
    }
}

#[test]
fn phrase_set_accuracy_holds() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/dates/phrases.tsv");
    let Ok(tsv) = std::fs::read_to_string(path) else {
        println!("note: {path} missing; skipping");
        return;
    };
    let kb = Kb::parse(include_str!("../kb/events.kb")).unwrap();
    let mut per: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
    let (mut ok, mut total) = (0, 0);
    let verbose = std::env::var("DATES_VERBOSE").is_ok();
    for line in tsv.lines().filter(|l| !l.starts_with('#') && !l.starts_with("lang\t") && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 8 {
            continue;
        }
        let (lang, class, refd, prev, sentence, phrase, value, md) = (f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
        let lang = if lang == "ar" { Lang::Ar } else { Lang::En };
        let text = if prev.is_empty() { sentence.to_string() } else { format!("{prev} {sentence}") };
        let Some(byte) = text.rfind(phrase) else { continue };
        let ps = text[..byte].chars().count();
        let pe = ps + phrase.chars().count();
        let nt = NormText::new(&text);
        let exprs = find_dates(&nt, lang, parse_iso_date(refd), &kb);
        let got: Vec<(String, &str)> = exprs
            .iter()
            .filter(|e| e.start < pe && ps < e.end)
            .filter_map(|e| e.resolved.as_ref().map(|r| (r.value.clone(), mod_name(r.mod_))))
            .collect();
        let good = got.iter().any(|(v, m)| v == value && *m == md);
        let c = per.entry((f[0].to_string(), class.to_string())).or_default();
        c.1 += 1;
        total += 1;
        if good {
            c.0 += 1;
            ok += 1;
        } else if verbose {
            println!("BAD {} {class} [{phrase}] want {value} {md} got {got:?}", f[0]);
        }
    }
    for ((l, c), (g, n)) in &per {
        println!("{l} {c:<12} {g:>3}/{n:<3} {:.2}", *g as f64 / *n as f64);
    }
    let acc = ok as f64 / total.max(1) as f64;
    println!("overall {ok}/{total} = {acc:.3}");
    assert!(acc >= FLOOR, "phrase accuracy {acc:.3} fell under {FLOOR}");
}
