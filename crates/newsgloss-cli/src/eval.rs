//! `newsgloss eval DIR`: mention-level precision, recall and F1 per language and kind on a
//! directory of annotated articles (`NAME.txt` + `NAME.json` in the gold format of
//! `../shared/seed/gold.json`). Matching follows the shared scorer: a gold mention is found
//! when a predicted mention of the same coarse kind overlaps it; optional gold mentions count
//! neither way; a prediction overlapping no gold mention is a false positive.
//!
//! Events follow the same scorer: a predicted event matches a gold event when its span or its
//! date's span overlaps the gold anchor, trigger or `also_anchor`; the gold event is correct
//! when one matching prediction's `date.value` is in its `accept` list.

use newsgloss_core::{parse_iso_date, Analyzer, Lang, Options};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fp) as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            0.0
        } else {
            self.tp as f64 / (self.tp + self.fn_) as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn coarse(kind: &str) -> &'static str {
    match kind {
        "person" => "person",
        _ => "org",
    }
}

fn overlaps(a: (u64, u64), b: (u64, u64)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Scores one article; returns counts per coarse kind and the misses and false positives.
pub fn score_article(
    gold: &Value,
    pred: &Value,
) -> (BTreeMap<&'static str, Counts>, Vec<String>, Vec<String>) {
    let span = |m: &Value| {
        (
            m["start"].as_u64().unwrap_or(0),
            m["end"].as_u64().unwrap_or(0),
        )
    };
    let preds: Vec<((u64, u64), &'static str, String)> = pred["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|e| {
            let kind = coarse(e["kind"].as_str().unwrap_or(""));
            e["mentions"]
                .as_array()
                .into_iter()
                .flatten()
                .map(move |m| (span(m), kind, m["text"].as_str().unwrap_or("").to_string()))
        })
        .collect();
    let golds: Vec<&Value> = gold["mentions"].as_array().into_iter().flatten().collect();
    let mut counts: BTreeMap<&'static str, Counts> = BTreeMap::new();
    let (mut misses, mut fps) = (Vec::new(), Vec::new());
    for g in &golds {
        if g["optional"].as_bool().unwrap_or(false) {
            continue;
        }
        let kind = coarse(g["kind"].as_str().unwrap_or(""));
        let found = preds
            .iter()
            .any(|(s, k, _)| *k == kind && overlaps(*s, span(g)));
        let c = counts.entry(kind).or_default();
        if found {
            c.tp += 1;
        } else {
            c.fn_ += 1;
            misses.push(g["text"].as_str().unwrap_or("").to_string());
        }
    }
    for (s, k, text) in &preds {
        if !golds.iter().any(|g| overlaps(*s, span(g))) {
            counts.entry(k).or_default().fp += 1;
            fps.push(text.clone());
        }
    }
    (counts, misses, fps)
}

/// Event figures: gold events, those with an accepted date, and the misses.
#[derive(Debug, Default, Clone)]
pub struct EventScore {
    pub gold: usize,
    pub correct: usize,
    /// `id: want [accept] got [values]` for each gold event without an accepted date.
    pub misses: Vec<String>,
}

impl EventScore {
    pub fn share(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.correct as f64 / self.gold as f64
        }
    }
    fn add(&mut self, o: &EventScore) {
        self.gold += o.gold;
        self.correct += o.correct;
    }
}

/// A predicted event: its span and its date's span, and the date's value.
type PredEvent<'a> = (Vec<(u64, u64)>, Option<&'a str>);

/// Scores the gold `events` of one article against the predicted `events`.
pub fn score_events(gold: &Value, pred: &Value) -> EventScore {
    let span = |m: &Value| -> Option<(u64, u64)> {
        Some((m.get("start")?.as_u64()?, m.get("end")?.as_u64()?))
    };
    let preds: Vec<PredEvent> = pred["events"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|pe| {
            let spans = [span(pe), span(&pe["date"])]
                .into_iter()
                .flatten()
                .collect();
            (spans, pe["date"]["value"].as_str())
        })
        .collect();
    let mut score = EventScore::default();
    for ge in gold["events"].as_array().into_iter().flatten() {
        let spans: Vec<(u64, u64)> = ["anchor", "trigger", "also_anchor"]
            .iter()
            .filter_map(|k| span(&ge[*k]))
            .collect();
        let accept: Vec<&str> = ge["accept"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let got: Vec<Option<&str>> = preds
            .iter()
            .filter(|(ps, _)| ps.iter().any(|p| spans.iter().any(|g| overlaps(*p, *g))))
            .map(|(_, v)| *v)
            .collect();
        score.gold += 1;
        if got.iter().any(|v| v.is_some_and(|v| accept.contains(&v))) {
            score.correct += 1;
        } else {
            let got: Vec<&str> = got.iter().map(|v| v.unwrap_or("null")).collect();
            score.misses.push(format!(
                "{}: want {accept:?} got {got:?}",
                ge["id"].as_str().unwrap_or("?")
            ));
        }
    }
    score
}

/// Evaluates every annotated article in `dir`; prints a report and returns JSON figures.
pub fn eval_dir(dir: &Path, analyzer: &Analyzer, verbose: bool) -> Result<Value, String> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json") && p.with_extension("txt").exists())
        .collect();
    entries.sort();
    if entries.is_empty() {
        return Err(format!("{}: no NAME.txt + NAME.json pairs", dir.display()));
    }
    let mut by_lang: BTreeMap<String, BTreeMap<&'static str, Counts>> = BTreeMap::new();
    let mut events_by_lang: BTreeMap<String, EventScore> = BTreeMap::new();
    for gold_path in &entries {
        let gold: Value = std::fs::read_to_string(gold_path)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
            .map_err(|e| format!("{}: {e}", gold_path.display()))?;
        let text = std::fs::read_to_string(gold_path.with_extension("txt"))
            .map_err(|e| format!("{}: {e}", gold_path.display()))?;
        let lang = gold["lang"]
            .as_str()
            .and_then(Lang::from_tag)
            .unwrap_or_else(|| Lang::detect(&text));
        let date = gold["document_date"].as_str().and_then(parse_iso_date);
        let analysis = analyzer.analyze(
            &text,
            &Options {
                lang: Some(lang),
                document_date: date,
            },
        );
        let pred = serde_json::to_value(&analysis).map_err(|e| e.to_string())?;
        let (counts, misses, fps) = score_article(&gold, &pred);
        let events = score_events(&gold, &pred);
        if verbose {
            let all = counts.values().fold(Counts::default(), |mut a, c| {
                a.add(*c);
                a
            });
            println!(
                "{}  F1={:.3}  missed={misses:?}  false={fps:?}",
                gold_path.file_name().unwrap().to_string_lossy(),
                all.f1()
            );
            if events.gold > 0 {
                println!(
                    "  events {}/{}  missed={:?}",
                    events.correct, events.gold, events.misses
                );
            }
        }
        events_by_lang
            .entry(lang.code().to_string())
            .or_default()
            .add(&events);
        let slot = by_lang.entry(lang.code().to_string()).or_default();
        for (k, c) in counts {
            slot.entry(k).or_default().add(c);
        }
    }
    let mut report = serde_json::Map::new();
    println!(
        "{:<6} {:<8} {:>5} {:>5} {:>5} {:>7} {:>7} {:>7}",
        "lang", "kind", "tp", "fp", "fn", "P", "R", "F1"
    );
    for (lang, kinds) in &by_lang {
        let mut all = Counts::default();
        let mut per = serde_json::Map::new();
        for (k, c) in kinds {
            all.add(*c);
            println!(
                "{lang:<6} {k:<8} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}",
                c.tp,
                c.fp,
                c.fn_,
                c.precision(),
                c.recall(),
                c.f1()
            );
            per.insert(
                k.to_string(),
                serde_json::json!({"p": c.precision(), "r": c.recall(), "f1": c.f1()}),
            );
        }
        println!(
            "{lang:<6} {:<8} {:>5} {:>5} {:>5} {:>7.3} {:>7.3} {:>7.3}",
            "all",
            all.tp,
            all.fp,
            all.fn_,
            all.precision(),
            all.recall(),
            all.f1()
        );
        per.insert(
            "all".into(),
            serde_json::json!({"p": all.precision(), "r": all.recall(), "f1": all.f1()}),
        );
        report.insert(lang.clone(), Value::Object(per));
    }
    println!(
        "{:<6} {:>11} {:>8} {:>7}",
        "lang", "gold events", "correct", "share"
    );
    for (lang, ev) in &events_by_lang {
        println!(
            "{lang:<6} {:>11} {:>8} {:>7.3}",
            ev.gold,
            ev.correct,
            ev.share()
        );
        if let Some(Value::Object(per)) = report.get_mut(lang) {
            per.insert(
                "events".into(),
                serde_json::json!({"gold": ev.gold, "correct": ev.correct, "share": ev.share()}),
            );
        }
    }
    Ok(Value::Object(report))
}
