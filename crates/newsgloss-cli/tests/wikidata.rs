//! `newsgloss kb build --wikidata FILE` on a small sample in the real dump format
//! (`tests/data/wikidata-sample.json`: fictional Q999999xxx items plus Sam Altman and OPEC).
use newsgloss_core::kb::Kb;
use newsgloss_core::Lang;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsgloss"))
}

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/wikidata-sample.json")
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("newsgloss-wd-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn ok(out: Output) -> Output {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn stats(path: Option<&Path>) -> serde_json::Value {
    let mut cmd = bin();
    cmd.args(["kb", "stats"]);
    if let Some(p) = path {
        cmd.arg(p);
    }
    serde_json::from_slice(&ok(cmd.output().unwrap()).stdout).unwrap()
}

fn fact(kb: &Kb, id: &str, lang: Lang, key: &str) -> Option<String> {
    kb.get(id)
        .unwrap_or_else(|| panic!("no [{id}]"))
        .facts_in(lang)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

#[test]
fn builds_people_companies_and_organizations_from_dump_lines() {
    let out_path = tmp("kb.txt");
    let out = ok(bin()
        .args(["kb", "build", "--wikidata"])
        .arg(sample())
        .arg("-o")
        .arg(&out_path)
        .output()
        .unwrap());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("1 malformed lines skipped"), "{err}");
    assert!(err.contains(":9: skipped a malformed entity line"), "{err}");
    assert!(err.contains("3 added, 1 built-in enriched"), "{err}");

    // Three new entities: one of each kind.
    let (before, after) = (stats(None), stats(Some(&out_path)));
    for key in ["entities", "persons", "companies", "organizations"] {
        let want = before[key].as_u64().unwrap() + if key == "entities" { 3 } else { 1 };
        assert_eq!(
            after[key].as_u64(),
            Some(want),
            "{key}: {before} -> {after}"
        );
    }

    let text = std::fs::read_to_string(&out_path).unwrap();
    let kb = Kb::load(&text).unwrap();

    // The person: an ended and a current position, named from the input; the deprecated
    // birth date is ignored; citizenship named from the built-in table.
    let p = kb.get("wd-Q999999001").unwrap();
    assert_eq!(p.names_en, vec!["Nadia Exampleton"]);
    assert_eq!(
        p.aliases_en,
        vec!["Nadia E. Exampleton"],
        "two-letter aliases are dropped"
    );
    assert_eq!(p.wikidata.as_deref(), Some("Q999999001"));
    assert_eq!(p.wikipedia_en.as_deref(), Some("Nadia Exampleton"));
    assert_eq!(
        fact(&kb, "wd-Q999999001", Lang::En, "role").as_deref(),
        Some("Chief executive of Example Holdings (since 2019); Minister of examples (2012–2018, ended)")
    );
    assert_eq!(
        fact(&kb, "wd-Q999999001", Lang::Ar, "role").as_deref(),
        Some("الرئيس التنفيذي لشركة إكزامبل القابضة (منذ 2019)؛ وزير الأمثلة (2012–2018، انتهت)")
    );
    assert_eq!(
        fact(&kb, "wd-Q999999001", Lang::En, "born").as_deref(),
        Some("1975")
    );
    assert_eq!(
        fact(&kb, "wd-Q999999001", Lang::Ar, "country").as_deref(),
        Some("الولايات المتحدة")
    );

    // The company: industry and headquarters named from the input, country from the table.
    assert_eq!(
        kb.get("wd-Q999999010").unwrap().kind,
        Some(newsgloss_core::Kind::Company)
    );
    assert_eq!(
        fact(&kb, "wd-Q999999010", Lang::En, "sector").as_deref(),
        Some("Petroleum industry")
    );
    assert_eq!(
        fact(&kb, "wd-Q999999010", Lang::En, "hq").as_deref(),
        Some("Exampleville")
    );
    assert_eq!(
        fact(&kb, "wd-Q999999010", Lang::Ar, "hq").as_deref(),
        Some("إكزامبلفيل")
    );
    assert_eq!(
        fact(&kb, "wd-Q999999010", Lang::Ar, "country").as_deref(),
        Some("السعودية")
    );
    assert_eq!(
        fact(&kb, "wd-Q999999010", Lang::En, "founded").as_deref(),
        Some("1933")
    );

    // An Arabic-only football club is an organization.
    let club = kb.get("wd-Q999999030").unwrap();
    assert_eq!(club.kind, Some(newsgloss_core::Kind::Organization));
    assert!(club.names_en.is_empty() && club.names_ar == vec!["نادي إكزامبل الرياضي"]);

    // Dropped: positions and the industry (other kinds), the city (even with a deprecated
    // "human" claim), the item without an ar/en label, the property, the malformed line.
    for id in [
        "wd-Q999999002",
        "wd-Q999999003",
        "wd-Q999999011",
        "wd-Q999999012",
        "wd-Q999999020",
        "wd-Q999999040",
        "wd-P31",
    ] {
        assert!(kb.get(id).is_none(), "{id} should be dropped");
    }

    // Built-in entities: their text wins; Wikidata fills only what they lack.
    assert!(kb.get("wd-Q7407093").is_none() && kb.get("wd-Q7795").is_none());
    let sam = kb.get("sam-altman").unwrap();
    assert_eq!(
        sam.desc_en,
        "American entrepreneur and investor, chief executive of OpenAI."
    );
    assert_eq!(
        fact(&kb, "sam-altman", Lang::En, "role").as_deref(),
        Some("Chief executive of OpenAI (since 2019)")
    );
    assert!(
        !sam.aliases_en.iter().any(|a| a == "Samuel Harris Altman"),
        "built-in names are not extended"
    );
    let opec = kb.get("opec").unwrap();
    assert_eq!(
        opec.wikidata.as_deref(),
        Some("Q7795"),
        "matched by its Wikipedia page, the id is filled in"
    );
    assert_eq!(fact(&kb, "opec", Lang::En, "hq").as_deref(), Some("Vienna"));

    // No reader-facing line carries a bare Q-id (Vienna, Q1741, has no label in the input).
    for e in &kb.entities {
        let facts = e.facts.iter().map(|f| &f.value);
        let shown = e
            .names_ar
            .iter()
            .chain(&e.names_en)
            .chain(&e.aliases_ar)
            .chain(&e.aliases_en);
        let shown = shown.chain([&e.desc_ar, &e.desc_en]).chain(facts);
        for line in shown {
            let has_qid = line.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| {
                w.len() > 1 && w.starts_with('Q') && w[1..].bytes().all(|b| b.is_ascii_digit())
            });
            assert!(!has_qid, "Q-id shown to readers: {line}");
        }
    }
}

#[test]
fn reads_standard_input_and_gzip_and_overlays_come_last() {
    let bytes = std::fs::read(sample()).unwrap();
    let gz = tmp("sample.json.gz");
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(&bytes).unwrap();
    std::fs::write(&gz, enc.finish().unwrap()).unwrap();
    let overlay = tmp("overlay.kb");
    std::fs::write(
        &overlay,
        "[wd-Q999999010]\nen: Example Petroleum Company\ndesc-en: The publisher's words.\n",
    )
    .unwrap();

    let from_gz = ok(bin()
        .args(["kb", "build", "--wikidata"])
        .arg(&gz)
        .arg("--overlay")
        .arg(&overlay)
        .output()
        .unwrap());
    let mut child = bin()
        .args(["kb", "build", "--wikidata", "-", "--overlay"])
        .arg(&overlay)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&bytes).unwrap();
    let from_stdin = ok(child.wait_with_output().unwrap());
    assert_eq!(from_gz.stdout, from_stdin.stdout);

    let kb = Kb::load(&String::from_utf8(from_gz.stdout).unwrap()).unwrap();
    assert_eq!(
        kb.get("wd-Q999999010").unwrap().desc_en,
        "The publisher's words."
    );

    // Repeating the input adds nothing new.
    let twice = ok(bin()
        .args(["kb", "build", "--wikidata"])
        .arg(sample())
        .arg("--wikidata")
        .arg(&gz)
        .output()
        .unwrap());
    assert_eq!(
        Kb::load(&String::from_utf8(twice.stdout).unwrap())
            .unwrap()
            .entities
            .len(),
        kb.entities.len()
    );
}

#[test]
fn missing_or_unsupported_dumps_fail_clearly() {
    for (arg, want) in [
        ("/nonexistent/dump.json", "cannot read"),
        ("dump.json.bz2", "bzip2"),
    ] {
        let out = bin()
            .args(["kb", "build", "--wikidata", arg])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(want), "{err}");
    }
    let out = bin().args(["kb", "build", "--wikidata"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
