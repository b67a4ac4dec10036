//! Concatenates the knowledge-base source files (`kb/*.kb`, sorted by name) and the word lists
//! (`lexicon/*.txt`, as `@lexicon` sections) into one text that the `embedded-kb` feature
//! includes, so the native CLI carries the default knowledge base.
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
    // Word lists of the rule-based recognizer (`lexicon/NAME.txt`) travel with the knowledge
    // base as `@lexicon NAME` sections.
    let lex = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("lexicon");
    println!("cargo:rerun-if-changed={}", lex.display());
    let mut lists: Vec<PathBuf> = fs::read_dir(&lex)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    lists.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    lists.sort();
    for path in &lists {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_stem().unwrap().to_string_lossy();
        all.push_str(&format!("@lexicon {name}\n"));
        all.push_str(&fs::read_to_string(path).expect("lexicon files are UTF-8"));
        all.push('\n');
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    fs::write(out.join("default.kb"), all).unwrap();
}
