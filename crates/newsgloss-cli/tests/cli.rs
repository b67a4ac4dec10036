//! The CLI contract: the seed article scored with the shared scorer, and clear failures on
//! bad input.
use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsgloss"))
}

fn shared() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared")
}

#[test]
fn seed_article_meets_the_gold_with_the_shared_scorer() {
    let seed = shared().join("seed/000_2ecfb0de8faba5ef.txt");
    if !seed.exists() {
        // ../shared sits beside the clone in CI and in a developer's checkout.
        panic!(
            "missing {}: the shared seed must be beside the repository",
            seed.display()
        );
    }
    let out = bin()
        .args(["analyze", "--lang", "ar", "--date", "2025-02-10"])
        .arg(&seed)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = std::env::temp_dir().join(format!("newsgloss-seed-{}.json", std::process::id()));
    std::fs::write(&json, &out.stdout).unwrap();
    let score = Command::new("python3")
        .arg(shared().join("tools/score.py"))
        .arg(shared().join("seed/gold.json"))
        .arg(&json)
        .args([
            "--min-f1",
            "0.95",
            "--required-events",
            "--min-events",
            "0.77",
        ])
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&score.stdout);
    println!("{report}");
    assert!(
        score.status.success(),
        "seed score below the bar:\n{report}"
    );
}

#[test]
fn document_date_and_language_come_from_an_html_page() {
    let dir = std::env::temp_dir().join(format!("newsgloss-html-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let page = dir.join("a.html");
    std::fs::write(
        &page,
        r#"<html lang="en"><head><meta property="article:published_time" content="2024-03-01"></head>
        <body><article><p>Sam Altman met Satya Nadella.</p></article><footer>junk</footer></body></html>"#,
    )
    .unwrap();
    let out = bin().args(["analyze"]).arg(&page).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["lang"], "en");
    assert_eq!(v["document_date"], "2024-03-01");
    let ids: Vec<&str> = v["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"sam-altman"), "{ids:?}");
    let m = &v["entities"][0]["mentions"][0];
    assert_eq!(m["text"], "Sam Altman");
    assert_eq!(
        (m["start"].as_u64(), m["end"].as_u64()),
        (Some(0), Some(10))
    );
}

#[test]
fn bad_input_fails_clearly_without_panicking() {
    let dir = std::env::temp_dir().join(format!("newsgloss-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"caf\xe9").unwrap();
    let huge = dir.join("huge.txt");
    std::fs::write(&huge, "a ".repeat(3 * 1024 * 1024)).unwrap();
    for (args, want) in [
        (
            vec![
                "analyze".to_string(),
                dir.join("missing.txt").display().to_string(),
            ],
            "cannot read",
        ),
        (vec!["analyze".into(), empty.display().to_string()], "empty"),
        (
            vec!["analyze".into(), latin1.display().to_string()],
            "not UTF-8",
        ),
        (vec!["analyze".into(), huge.display().to_string()], "limit"),
        (
            vec![
                "analyze".into(),
                "--date".into(),
                "10/02/2025".into(),
                empty.display().to_string(),
            ],
            "YYYY-MM-DD",
        ),
        (
            vec![
                "analyze".into(),
                "--lang".into(),
                "fr".into(),
                empty.display().to_string(),
            ],
            "ar or en",
        ),
        (vec!["frobnicate".into()], "unknown command"),
    ] {
        let out = bin().args(&args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} should fail");
        assert!(
            matches!(out.status.code(), Some(1 | 2)),
            "{args:?}: exit {:?}",
            out.status.code()
        );
        assert!(err.contains(want), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn stdin_and_kb_stats_work() {
    use std::io::Write;
    let mut child = bin()
        .args(["analyze", "--lang", "en", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Elon Musk spoke.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["entities"][0]["id"], "elon-musk");

    let out = bin().args(["kb", "stats"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in [
        "entities",
        "persons",
        "companies",
        "organizations",
        "with_ar",
        "with_en",
        "with_description_ar",
        "with_description_en",
        "aliases",
        "bytes",
        "bytes_gzip",
    ] {
        assert!(v[key].as_u64().is_some(), "kb stats lacks {key}: {v}");
    }
    assert!(v["bytes_gzip"].as_u64() < v["bytes"].as_u64());
}

/// The widget's two files (`--cards-out`) hold exactly the one-file knowledge base between them.
#[test]
fn split_build_joins_back_to_the_whole_knowledge_base() {
    use newsgloss_core::kb::Kb;
    let dir = std::env::temp_dir().join(format!("newsgloss-split-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (names, cards) = (dir.join("kb.txt"), dir.join("cards.txt"));
    let out = bin()
        .args(["kb", "build", "-o"])
        .arg(&names)
        .arg("--cards-out")
        .arg(&cards)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let whole = bin().args(["kb", "build"]).output().unwrap();
    let whole = Kb::load(std::str::from_utf8(&whole.stdout).unwrap()).unwrap();
    let names_text = std::fs::read_to_string(&names).unwrap();
    assert!(
        !names_text.contains("desc-ar:") && names_text.len() * 2 < whole.compile().len(),
        "card text left in the names file"
    );
    let mut joined = Kb::load(&names_text).unwrap();
    assert_eq!(joined.cards_file.as_deref(), Some("cards.txt"));
    joined.fill_cards(Kb::load_cards(&std::fs::read_to_string(&cards).unwrap()).unwrap());
    assert_eq!(joined, whole);

    // As the widget does: analysis first, then the cards of the entities found.
    let seed = std::fs::read_dir(shared().join("seed"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "txt"))
        .unwrap();
    let text = std::fs::read_to_string(seed).unwrap();
    let opts = newsgloss_core::Options {
        lang: None,
        document_date: newsgloss_core::parse_iso_date("2025-02-10"),
    };
    let mut partial = newsgloss_core::Analyzer::new(Kb::load(&names_text).unwrap());
    let mut analysis = partial.analyze(&text, &opts);
    partial
        .join_card_file(&mut analysis, &std::fs::read_to_string(&cards).unwrap())
        .unwrap();
    let got = serde_json::to_string(&analysis).unwrap();
    let want =
        serde_json::to_string(&newsgloss_core::Analyzer::new(whole).analyze(&text, &opts)).unwrap();
    assert_eq!(got, want);
    std::fs::remove_dir_all(&dir).ok();
}

/// The dev corpora figures (`newsgloss eval tests/corpus`, `tests/heldout`, `tests/blind2`, `tests/blind3`)
/// may rise but not silently drop:
/// the floors are the measured F1 rounded down to two decimals.
#[test]
fn dev_corpus_f1_holds() {
    // Mention F1 floors per corpus and language; event floors where the gold has events.
    // (Directory, mention floors [ar, en], event floors [ar, en] where the gold has events.)
    type Floors = (&'static str, [f64; 2], Option<[f64; 2]>);
    let corpora: [Floors; 5] = [
        ("tests/corpus", [0.96, 0.98], Some([0.94, 0.91])),
        // Written blind (see its READMEs), then used to find and fix general errors.
        ("tests/heldout", [0.98, 0.98], None),
        // Written blind too; first measured at ar 0.874, en 0.886, then used the same way.
        ("tests/blind2", [0.95, 0.98], None),
        // Written blind with events; first measured at ar 0.917 (events 0.84), en 0.910
        // (events 0.79), then used the same way.
        ("tests/blind3", [0.96, 0.97], Some([0.91, 0.94])),
        // Written blind with events; first measured at ar 0.846 (events 69/70), en 0.894
        // (events 52/65).
        ("tests/blind4", [0.93, 0.95], Some([0.97, 0.89])),
    ];
    for (dir, mention_floors, event_floors) in corpora {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../..")
            .join(dir);
        let json = std::env::temp_dir().join(format!(
            "newsgloss-eval-{}-{}.json",
            std::process::id(),
            dir.replace('/', "-")
        ));
        let out = bin()
            .arg("eval")
            .arg(&corpus)
            .arg("--json")
            .arg(&json)
            .output()
            .unwrap();
        println!("{dir}\n{}", String::from_utf8_lossy(&out.stdout));
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
        for (lang, floor) in ["ar", "en"].into_iter().zip(mention_floors) {
            let f1 = v[lang]["all"]["f1"].as_f64().unwrap();
            assert!(f1 >= floor, "{dir}: {lang} F1 {f1:.3} fell under {floor}");
        }
        // Share of gold events whose date is accepted (the shared scorer's event rule).
        for (lang, floor) in ["ar", "en"]
            .into_iter()
            .zip(event_floors.into_iter().flatten())
        {
            let share = v[lang]["events"]["share"].as_f64().unwrap();
            assert!(
                share >= floor,
                "{dir}: {lang} event share {share:.3} fell under {floor}"
            );
        }
    }
}

#[test]
fn date_phrase_eval_reports_per_class() {
    let tsv = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../newsgloss-core/tests/data/dates/phrases.tsv");
    let json = std::env::temp_dir().join(format!("newsgloss-dates-{}.json", std::process::id()));
    let out = bin()
        .args(["eval", "--dates"])
        .arg(&tsv)
        .arg("--json")
        .arg(&json)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    for class in ["absolute", "anaphoric", "deictic", "named_event", "range"] {
        assert!(text.contains(class), "no {class} line in:\n{text}");
    }
    assert!(std::fs::read_to_string(&json).unwrap().contains("\"ar\""));
}
