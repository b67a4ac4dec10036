//! Parsing the compiled default knowledge base, as the widget does after fetching it.
//!
//! The compiled file (~0.8 MB) is not committed. Make it, then run the benchmark:
//!
//! ```text
//! cargo run --release -p newsgloss-cli -- kb build -o target/kb.txt
//! cargo bench -p newsgloss-core --bench kb_load
//! ```
//!
//! `NEWSGLOSS_KB=/path/to/kb.txt` benchmarks another file, e.g. the widget's names file
//! (`kb build -o target/kb-names.txt --cards-out target/kb-cards.txt`).
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use newsgloss_core::kb::Kb;
use std::path::PathBuf;

fn kb_text() -> String {
    let path = std::env::var_os("NEWSGLOSS_KB")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/kb.txt"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}\nmake it with `cargo run --release -p newsgloss-cli -- kb build -o target/kb.txt` \
             or point NEWSGLOSS_KB at a compiled knowledge base",
            path.display()
        )
    })
}

fn bench(c: &mut Criterion) {
    let text = kb_text();
    let body = text.split_once('\n').map_or(text.as_str(), |(_, b)| b);
    let mut g = c.benchmark_group("kb");
    g.sample_size(50);
    g.bench_function("load (checksum + parse)", |b| {
        b.iter(|| Kb::load(black_box(&text)).unwrap())
    });
    g.bench_function("checksum64", |b| {
        b.iter(|| newsgloss_core::kb::checksum64(black_box(body.as_bytes())))
    });
    // What the widget does next: build the matcher (word lists included), or only the lists.
    let kb = Kb::load(&text).unwrap();
    g.bench_function("matcher build (Analyzer::new)", |b| {
        b.iter(|| newsgloss_core::Analyzer::new(black_box(kb.clone())))
    });
    g.bench_function("word lists (Lexicons::from_kb)", |b| {
        b.iter(|| newsgloss_core::ner::Lexicons::from_kb(black_box(&kb)))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
