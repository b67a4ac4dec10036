//! Concatenates the knowledge-base source files (`kb/*.kb`, sorted by name) and the word lists
//! (`lexicon/*.txt`, as `@lexicon` sections) into one text that the `embedded-kb` feature
//! includes, so the native CLI carries the default knowledge base.
use std::{env, fs, path::PathBuf};

/// The files of `dir` with extension `ext`, sorted by name; cargo reruns when any changes.
fn sources(dir: &str, ext: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join(dir);
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == ext));
    files.sort();
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
    }
    files
}

fn main() {
    let mut all = String::new();
    for f in sources("kb", "kb") {
        all.push_str(&format!(
            "# from {}\n",
            f.file_name().unwrap().to_string_lossy()
        ));
        all.push_str(&fs::read_to_string(&f).expect("kb source files are UTF-8"));
        all.push('\n');
    }
    // Word lists of the rule-based recognizer travel with the knowledge base.
    for f in sources("lexicon", "txt") {
        all.push_str(&format!(
            "@lexicon {}\n",
            f.file_stem().unwrap().to_string_lossy()
        ));
        all.push_str(&fs::read_to_string(&f).expect("lexicon files are UTF-8"));
        all.push('\n');
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    fs::write(out.join("default.kb"), all).unwrap();
}
