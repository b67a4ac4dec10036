//! Checks on the default knowledge base sources (`kb/*.kb`): they parse, ids are unique, and
//! every entity carries what a card needs. Prints a summary with `--nocapture`.
use newsgloss_core::kb::Kb;
use newsgloss_core::text::normalize;
use std::collections::HashMap;

fn sources() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("kb");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "kb"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect()
}

#[test]
fn every_source_file_parses_and_ids_are_unique() {
    let mut ids: HashMap<String, String> = HashMap::new();
    for (path, src) in sources() {
        let kb = Kb::parse(&src).unwrap_or_else(|e| panic!("{path}: {e}"));
        for id in kb
            .entities
            .iter()
            .map(|e| &e.id)
            .chain(kb.events.iter().map(|e| &e.id))
        {
            if let Some(other) = ids.insert(id.clone(), path.clone()) {
                panic!("id [{id}] is in both {other} and {path}");
            }
        }
    }
}

#[test]
fn entities_have_kind_names_and_descriptions() {
    let all: String = sources().into_iter().map(|(_, s)| s + "\n").collect();
    let kb = Kb::parse(&all).unwrap();
    let mut problems = Vec::new();
    for e in &kb.entities {
        if e.kind.is_none() {
            problems.push(format!("[{}] has no kind", e.id));
        }
        if e.names_ar.is_empty() && e.names_en.is_empty() {
            problems.push(format!("[{}] has no name", e.id));
        }
        for f in &e.facts {
            if f.key == "role" && !f.value.chars().any(|c| c.is_ascii_digit()) {
                problems.push(format!("[{}] role without a year: {}", e.id, f.value));
            }
        }
        for n in e.names_ar.iter().chain(&e.aliases_ar) {
            if normalize(n).chars().count() < 2 {
                problems.push(format!("[{}] alias too short: {n}", e.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let both = kb
        .entities
        .iter()
        .filter(|e| !e.names_ar.is_empty() && !e.names_en.is_empty())
        .count();
    let desc = kb
        .entities
        .iter()
        .filter(|e| !e.desc_ar.is_empty() && !e.desc_en.is_empty())
        .count();
    println!(
        "entities={} events={} with both names={both} with both descriptions={desc}",
        kb.entities.len(),
        kb.events.len()
    );
}

/// The compiled form (what the widget fetches) reads back to exactly what the sources say,
/// for every file: the compact body loses nothing.
#[test]
fn every_source_file_survives_compiling() {
    for (path, src) in sources() {
        let kb = Kb::parse(&src).unwrap();
        assert_eq!(Kb::load(&kb.compile()).as_ref(), Ok(&kb), "{path}");
        let (names, cards) = kb.split_cards("cards.txt");
        let mut joined = Kb::load(&names.compile()).unwrap();
        joined.fill_cards(Kb::load_cards(&cards.compile()).unwrap());
        assert_eq!(joined, kb, "{path}");
    }
}

/// The same for the whole default, word lists included.
#[cfg(feature = "embedded-kb")]
#[test]
fn the_whole_default_survives_compiling() {
    let kb = Kb::parse(newsgloss_core::kb::default_source()).unwrap();
    assert!(kb.lexicons.len() > 10);
    assert_eq!(Kb::load(&kb.compile()).as_ref(), Ok(&kb));
}
