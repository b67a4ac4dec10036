//! Concatenates the knowledge-base source files (`kb/*.kb`, sorted by name) into one text that
//! the `embedded-kb` feature includes, so the native CLI carries the default knowledge base.
use std::{env, fs, path::PathBuf};

fn main() {
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("kb");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "kb"));
    files.sort();
    let mut all = String::new();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        all.push_str(&format!("# from {}\n", f.file_name().unwrap().to_string_lossy()));
        all.push_str(&fs::read_to_string(f).expect("kb source files are UTF-8"));
        all.push('\n');
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    fs::write(out.join("default.kb"), all).unwrap();

    // Word lists of the rule-based recognizer (`lexicon/NAME.txt`); a missing list is empty.
    let lex = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("lexicon");
    println!("cargo:rerun-if-changed={}", lex.display());
    for name in LEXICONS {
        let path = lex.join(format!("{name}.txt"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_default();
        fs::write(out.join(format!("lexicon_{name}.txt")), text).unwrap();
    }
}

const LEXICONS: &[&str] = &[
    "given_names_ar", "given_names_ar_ambiguous", "given_names_en", "given_names_en_ambiguous", "stop_ar", "stop_en",
    "places_ar", "places_en", "titles_ar", "titles_en", "org_cues_ar", "org_cues_en", "org_suffixes_en",
];
