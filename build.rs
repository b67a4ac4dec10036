//! Minifies the widget's stylesheet into the build: comments and layout whitespace out, so
//! the wasm carries only what the browser reads (the source stays commented).
use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=src/widget.css");
    let css = fs::read_to_string("src/widget.css").expect("src/widget.css");
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("widget.min.css");
    fs::write(out, minify(&css)).expect("write widget.min.css");
}

/// Drops `/* … */` comments, folds whitespace runs into one space, and drops the spaces next
/// to `{`, `}`, `;`, `,` and after `:` (never inside a quoted font name, which keeps its
/// spaces; `calc(100vw - 16px)` keeps its own).
fn minify(css: &str) -> String {
    let mut text = String::new();
    let mut rest = css;
    while let Some(k) = rest.find("/*") {
        text.push_str(&rest[..k]);
        rest = rest[k..].find("*/").map_or("", |e| &rest[k + e + 2..]);
    }
    text.push_str(rest);
    let mut out = String::new();
    let mut quoted = false;
    let mut space = false;
    for c in text.chars() {
        if c == '"' {
            quoted = !quoted;
        }
        if c.is_whitespace() && !quoted {
            space = true;
            continue;
        }
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
        if space && !out.is_empty() && !tight(c) && !out.ends_with(|p| tight(p) || p == ':') {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}
