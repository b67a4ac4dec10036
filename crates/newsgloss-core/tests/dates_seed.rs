//! The seed article's gold events: each trigger must get an accepted value from `find_dates`
//! (and from the timeline built on it). Skips with a note when ../shared is not beside the repo.
use newsgloss_core::dates::{find_dates, AnchorKind, DateMod};
use newsgloss_core::kb::Kb;
use newsgloss_core::text::NormText;
use newsgloss_core::{parse_iso_date, timeline, Lang};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/seed/000_2ecfb0de8faba5ef.txt"
);
const GOLD: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/seed/gold.json"
);

fn kb() -> Kb {
    Kb::parse(include_str!("../kb/events.kb")).unwrap()
}

#[test]
fn seed_gold_triggers_get_accepted_values() {
    let (Ok(text), Ok(gold)) = (std::fs::read_to_string(SEED), std::fs::read_to_string(GOLD))
    else {
        println!("note: shared seed not found beside the repository; skipping");
        return;
    };
    let gold: serde_json::Value = serde_json::from_str(&gold).unwrap();
    let doc = parse_iso_date(gold["document_date"].as_str().unwrap());
    let nt = NormText::new(&text);
    let exprs = find_dates(&nt, Lang::Ar, doc, &kb());
    for e in &exprs {
        println!(
            "{:>5}-{:<5} {:<30} {:?}",
            e.start,
            e.end,
            e.text,
            e.resolved.as_ref().map(|r| (&r.value, r.mod_, r.anchor))
        );
    }
    let events = timeline::build_events(&nt, Lang::Ar, &exprs, &[]);
    let (mut ok, mut total, mut failures) = (0, 0, Vec::new());
    for ge in gold["events"].as_array().unwrap() {
        total += 1;
        let t = &ge["trigger"];
        let (ts, te) = (
            t["start"].as_u64().unwrap() as usize,
            t["end"].as_u64().unwrap() as usize,
        );
        let accept: Vec<&str> = ge["accept"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap())
            .collect();
        let got: Vec<&str> = exprs
            .iter()
            .filter(|e| e.start < te && ts < e.end)
            .filter_map(|e| e.resolved.as_ref().map(|r| r.value.as_str()))
            .collect();
        // As the shared scorer does: an event whose passage or date overlaps the trigger, the
        // anchor clause or the other anchor.
        let mut spans = vec![(ts, te)];
        for k in ["anchor", "also_anchor"] {
            if let (Some(a), Some(b)) = (ge[k]["start"].as_u64(), ge[k]["end"].as_u64()) {
                spans.push((a as usize, b as usize));
            }
        }
        let overlaps = |a: usize, b: usize| spans.iter().any(|&(x, y)| a < y && x < b);
        let in_timeline = events.iter().any(|ev| {
            (overlaps(ev.start, ev.end) || overlaps(ev.date.start, ev.date.end))
                && accept.contains(&ev.date.value.as_str())
        });
        if got.iter().any(|v| accept.contains(v)) && in_timeline {
            ok += 1;
        } else {
            failures.push(format!(
                "{}: want {accept:?} got {got:?} (timeline: {in_timeline})",
                ge["id"]
            ));
        }
    }
    println!("seed: {ok}/{total} gold triggers with an accepted value");
    assert!(failures.is_empty(), "{failures:#?}");

    // The deictic "قبل أيام قليلة" is anchored on the document date, before it.
    let few = exprs
        .iter()
        .find(|e| e.text == "قبل أيام قليلة")
        .expect("قبل أيام قليلة found");
    let r = few.resolved.as_ref().unwrap();
    assert_eq!(
        (r.anchor, r.mod_, r.latest.as_str()),
        (
            AnchorKind::DocumentDate,
            Some(DateMod::Before),
            "2025-02-09"
        )
    );
    // The image URL's dated path is not a date of the story.
    assert!(exprs.iter().all(|e| !e.text.contains("/2025/")));
}
