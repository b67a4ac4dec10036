//! `newsgloss`: the command-line front end of the analysis.
//!
//! ```text
//! newsgloss analyze [--lang ar|en] [--date YYYY-MM-DD] [--kb FILE] [--overlay FILE] FILE|-
//! newsgloss kb build [-o OUT] [--cards-out CARDS] [--wikidata FILE]... [--overlay FILE]...
//! newsgloss kb stats [KB]
//! ```
//!
//! All IO and every error message live here; the core cannot fail. Exit codes: 0 success,
//! 1 bad input (missing, not UTF-8, empty, too large, bad knowledge base), 2 usage error.

mod eval;
mod html;
mod wikidata;

use newsgloss_core::kb::Kb;
use newsgloss_core::{parse_iso_date, Analyzer, Lang, Options};
use std::io::{Read, Write};
use std::process::ExitCode;

/// Larger inputs are refused: no news article comes near, and the widget has the same cap.
const MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;

const USAGE: &str = "usage:
  newsgloss analyze [--lang ar|en] [--date YYYY-MM-DD] [--kb FILE] [--overlay FILE] FILE|-
      FILE is .txt or .html (- reads standard input); prints the analysis as JSON
  newsgloss kb build [-o OUT] [--cards-out CARDS] [--wikidata FILE]... [--overlay FILE]...
      compiles the default knowledge base into the form the widget fetches, adding people and
      companies from Wikidata JSON dump lines (FILE, .gz, or - for standard input; built-in
      entries win) and then publisher overlays; with --cards-out, descriptions, facts and
      links go to CARDS and OUT keeps what recognition needs (the widget's two files; OUT
      names CARDS, which must sit beside it)
  newsgloss kb stats [KB]
      prints counts of a compiled or source knowledge base (default: the built-in one)
  newsgloss eval [--verbose] [--json OUT] DIR
      precision, recall and F1 per language and kind on annotated articles (NAME.txt + NAME.json)
  newsgloss eval --dates PHRASES.tsv [--verbose] [--json OUT]
      accuracy of date values per language and class on a date phrase set";

/// An error for the user: message and exit code.
struct Fail(String, u8);

fn usage(msg: impl Into<String>) -> Fail {
    Fail(format!("{}\n\n{USAGE}", msg.into()), 2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(msg, code)) => {
            eprintln!("newsgloss: {msg}");
            ExitCode::from(code)
        }
    }
}

fn run(args: &[String]) -> Result<(), Fail> {
    match args.first().map(String::as_str) {
        Some("analyze") => analyze(&args[1..]),
        Some("kb") => match args.get(1).map(String::as_str) {
            Some("build") => kb_build(&args[2..]),
            Some("stats") => kb_stats(&args[2..]),
            _ => Err(usage("kb needs a subcommand: build or stats")),
        },
        Some("eval") => eval(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(usage(format!("unknown command {other:?}"))),
        None => Err(usage("no command given")),
    }
}

/// Reads a whole input file (or stdin for `-`) as UTF-8 text, with clear errors.
fn read_input(path: &str) -> Result<String, Fail> {
    let mut bytes = Vec::new();
    let res = if path == "-" {
        std::io::stdin()
            .lock()
            .take(MAX_INPUT_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
    } else {
        match std::fs::metadata(path) {
            Err(e) => return Err(Fail(format!("cannot read {path}: {e}"), 1)),
            Ok(m) if m.is_dir() => {
                return Err(Fail(format!("{path} is a directory, not a file"), 1))
            }
            Ok(m) if m.len() > MAX_INPUT_BYTES as u64 => {
                return Err(Fail(
                    format!(
                        "{path} is {} bytes; the limit is {MAX_INPUT_BYTES} bytes",
                        m.len()
                    ),
                    1,
                ))
            }
            Ok(_) => std::fs::File::open(path)
                .and_then(|f| f.take(MAX_INPUT_BYTES as u64 + 1).read_to_end(&mut bytes)),
        }
    };
    res.map_err(|e| Fail(format!("cannot read {path}: {e}"), 1))?;
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(Fail(
            format!("{path}: input is larger than the limit of {MAX_INPUT_BYTES} bytes"),
            1,
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        Fail(
            format!(
                "{path} is not UTF-8 text (invalid byte at offset {})",
                e.utf8_error().valid_up_to()
            ),
            1,
        )
    })?;
    let text = text
        .strip_prefix('\u{FEFF}')
        .map(String::from)
        .unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Fail(format!("{path} is empty: nothing to analyze"), 1));
    }
    Ok(text)
}

fn load_kb(path: &str) -> Result<Kb, Fail> {
    let text = read_input(path)?;
    Kb::load(&text).map_err(|e| Fail(format!("{path}: bad knowledge base: {e}"), 1))
}

fn default_kb() -> Kb {
    // The embedded sources are checked by the crate's tests; an error here is a build defect.
    Kb::parse(newsgloss_core::kb::default_source())
        .expect("the embedded default knowledge base parses")
}

/// Takes the value of `--flag VALUE` or `--flag=VALUE` at `args[*i]`.
fn flag_value(args: &[String], i: &mut usize, flag: &str) -> Result<Option<String>, Fail> {
    let a = &args[*i];
    if a == flag {
        *i += 1;
        return args
            .get(*i)
            .cloned()
            .map(Some)
            .ok_or_else(|| usage(format!("{flag} needs a value")));
    }
    Ok(a.strip_prefix(&format!("{flag}=")).map(String::from))
}

fn analyze(args: &[String]) -> Result<(), Fail> {
    let (mut lang, mut date, mut kb_path, mut overlays, mut file) =
        (None, None, None, Vec::new(), None);
    let mut i = 0;
    while i < args.len() {
        if let Some(v) = flag_value(args, &mut i, "--lang")? {
            lang = Some(
                Lang::from_tag(&v)
                    .ok_or_else(|| usage(format!("--lang must be ar or en, got {v:?}")))?,
            );
        } else if let Some(v) = flag_value(args, &mut i, "--date")? {
            date = Some(
                parse_iso_date(&v)
                    .filter(|_| v.len() == 10)
                    .ok_or_else(|| usage(format!("--date must be YYYY-MM-DD, got {v:?}")))?,
            );
        } else if let Some(v) = flag_value(args, &mut i, "--kb")? {
            kb_path = Some(v);
        } else if let Some(v) = flag_value(args, &mut i, "--overlay")? {
            overlays.push(v);
        } else if args[i].starts_with("--") {
            return Err(usage(format!("unknown option {:?}", args[i])));
        } else if file.is_none() {
            file = Some(args[i].clone());
        } else {
            return Err(usage("analyze takes one FILE"));
        }
        i += 1;
    }
    let file = file.ok_or_else(|| usage("analyze needs a FILE (or - for standard input)"))?;
    let raw = read_input(&file)?;
    let is_html = file.ends_with(".html")
        || file.ends_with(".htm")
        || (file == "-" && html::looks_like_html(&raw));
    let (text, page_lang, page_date) = if is_html {
        let page = html::extract(&raw);
        (page.text, page.lang, page.date)
    } else {
        (raw, None, None)
    };
    if text.trim().is_empty() {
        return Err(Fail(format!("{file}: no article text found"), 1));
    }
    let mut kb = match &kb_path {
        Some(p) => load_kb(p)?,
        None => default_kb(),
    };
    for o in &overlays {
        kb.overlay(load_kb(o)?);
    }
    let opts = Options {
        lang: lang.or(page_lang),
        document_date: date
            .or(page_date)
            .or_else(|| newsgloss_core::guess_document_date(&text)),
    };
    let analysis = Analyzer::new(kb).analyze(&text, &opts);
    let json = serde_json::to_string_pretty(&analysis)
        .map_err(|e| Fail(format!("cannot encode JSON: {e}"), 1))?;
    write_stdout(&json)
}

fn write_stdout(s: &str) -> Result<(), Fail> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{s}").map_err(|e| Fail(format!("cannot write output: {e}"), 1))
}

fn kb_build(args: &[String]) -> Result<(), Fail> {
    let (mut out, mut cards_out, mut overlays, mut dumps) = (None, None, Vec::new(), Vec::new());
    let mut i = 0;
    while i < args.len() {
        if let Some(v) = flag_value(args, &mut i, "-o")? {
            out = Some(v);
        } else if let Some(v) = flag_value(args, &mut i, "--cards-out")? {
            cards_out = Some(v);
        } else if let Some(v) = flag_value(args, &mut i, "--wikidata")? {
            dumps.push(v);
        } else if let Some(v) = flag_value(args, &mut i, "--overlay")? {
            overlays.push(v);
        } else {
            return Err(usage(format!("unknown argument {:?}", args[i])));
        }
        i += 1;
    }
    let mut kb = default_kb();
    for d in &dumps {
        import_wikidata(&mut kb, d)?;
    }
    for o in &overlays {
        kb.overlay(load_kb(o)?);
    }
    if let Some(path) = cards_out {
        let name = std::path::Path::new(&path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.is_empty() || name.contains(char::is_whitespace) {
            return Err(Fail(
                format!("--cards-out {path:?}: the file name must be non-empty and have no spaces"),
                2,
            ));
        }
        let (names, cards) = kb.split_cards(&name);
        std::fs::write(&path, cards.compile())
            .map_err(|e| Fail(format!("cannot write {path}: {e}"), 1))?;
        kb = names;
    }
    let compiled = kb.compile();
    match out {
        Some(path) => std::fs::write(&path, compiled)
            .map_err(|e| Fail(format!("cannot write {path}: {e}"), 1)),
        // As is: the checksum covers the trailing newlines too.
        None => std::io::stdout()
            .lock()
            .write_all(compiled.as_bytes())
            .map_err(|e| Fail(format!("cannot write output: {e}"), 1)),
    }
}

/// Streams Wikidata dump lines from `path` (plain or gzip; `-` is standard input) into `kb`.
/// Malformed lines are skipped with a warning; a summary goes to standard error.
fn import_wikidata(kb: &mut Kb, path: &str) -> Result<(), Fail> {
    use std::io::BufRead;
    if path.ends_with(".bz2") {
        return Err(Fail(format!("{path}: bzip2 is not read; pipe it instead: bzcat {path} | newsgloss kb build --wikidata -"), 1));
    }
    let input: Box<dyn Read> = if path == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                return Err(Fail(format!("{path} is a directory, not a file"), 1))
            }
            _ => Box::new(
                std::fs::File::open(path)
                    .map_err(|e| Fail(format!("cannot read {path}: {e}"), 1))?,
            ),
        }
    };
    let input: Box<dyn Read> = if path.ends_with(".gz") {
        Box::new(flate2::read::MultiGzDecoder::new(input))
    } else {
        input
    };
    let mut reader = std::io::BufReader::with_capacity(1 << 20, input);
    let (mut import, mut buf, mut line_no) = (wikidata::Import::new(), Vec::new(), 0usize);
    const SHOWN: usize = 5;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|e| Fail(format!("cannot read {path}: {e}"), 1))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let res = match std::str::from_utf8(&buf) {
            Ok(line) => import.read_line(line),
            Err(_) => {
                import.report.malformed += 1;
                Err("not UTF-8".to_string())
            }
        };
        if let Err(e) = res {
            if import.report.malformed <= SHOWN {
                eprintln!(
                    "newsgloss: warning: {path}:{line_no}: skipped a malformed entity line ({e})"
                );
            }
        }
    }
    let r = import.report.clone();
    let merged = wikidata::merge(kb, import.into_entities());
    eprintln!(
        "newsgloss: {path}: {} entities read; kept {} ({} persons, {} companies, {} organizations): {} added, {} built-in enriched; \
         dropped {} without an ar/en label, {} of other kinds, {} repeated; {} malformed lines skipped",
        r.read, r.kept(), r.persons, r.companies, r.organizations, merged.added, merged.enriched, r.no_label, r.other_kind, r.duplicates, r.malformed
    );
    Ok(())
}

fn kb_stats(args: &[String]) -> Result<(), Fail> {
    let (kb, bytes) = match args.first() {
        Some(p) => {
            let text = read_input(p)?;
            (
                Kb::load(&text).map_err(|e| Fail(format!("{p}: bad knowledge base: {e}"), 1))?,
                text.into_bytes(),
            )
        }
        None => {
            let kb = default_kb();
            let bytes = kb.compile().into_bytes();
            (kb, bytes)
        }
    };
    let mut stats = newsgloss_core::kb::stats(&kb);
    stats.bytes = bytes.len();
    stats.bytes_gzip = gzip_len(&bytes);
    write_stdout(&serde_json::to_string(&stats).map_err(|e| Fail(e.to_string(), 1))?)
}

fn gzip_len(bytes: &[u8]) -> usize {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    enc.write_all(bytes).ok();
    enc.finish().map_or(0, |v| v.len())
}

/// `newsgloss eval [--verbose] [--json OUT] DIR` scores annotated articles;
/// `newsgloss eval --dates PHRASES.tsv [--verbose] [--json OUT]` scores a date phrase set with
/// `newsgloss_core::dates::eval` (the scoring of the core's phrase test): accuracy per language,
/// per class and per both.
fn eval(args: &[String]) -> Result<(), Fail> {
    let (mut verbose, mut json_out, mut dir, mut dates) = (false, None, None, None);
    let mut i = 0;
    while i < args.len() {
        if args[i] == "--verbose" || args[i] == "-v" {
            verbose = true;
        } else if let Some(v) = flag_value(args, &mut i, "--json")? {
            json_out = Some(v);
        } else if let Some(v) = flag_value(args, &mut i, "--dates")? {
            dates = Some(v);
        } else if dir.is_none() && !args[i].starts_with("--") {
            dir = Some(args[i].clone());
        } else {
            return Err(usage(format!("unknown argument {:?}", args[i])));
        }
        i += 1;
    }
    if let Some(path) = dates {
        if dir.is_some() {
            return Err(usage("eval takes a DIR or --dates PHRASES.tsv, not both"));
        }
        let tsv = read_input(&path)?;
        let rep = newsgloss_core::dates::eval(&tsv, &default_kb());
        if rep.overall.total == 0 {
            return Err(Fail(format!("{path}: no phrase rows (lang, class, ref_date, prev, sentence, phrase, value, mod)"), 1));
        }
        let mut out = String::new();
        if verbose {
            for m in &rep.misses {
                out.push_str(&format!("miss {m}\n"));
            }
        }
        let line = |name: &str, s: &newsgloss_core::dates::Score| {
            format!("{name:<16} {:>4}/{:<4} {:.3}\n", s.ok, s.total, s.accuracy)
        };
        for (k, s) in &rep.by_lang_class {
            out.push_str(&line(k, s));
        }
        for (k, s) in rep.by_class.iter().chain(&rep.by_lang) {
            out.push_str(&line(k, s));
        }
        out.push_str(&line("overall", &rep.overall));
        if rep.skipped > 0 {
            out.push_str(&format!(
                "skipped {} Hijri rows (built without the hijri feature)\n",
                rep.skipped
            ));
        }
        write_stdout(&out)?;
        if let Some(o) = json_out {
            let json = serde_json::to_string_pretty(&rep)
                .map_err(|e| Fail(format!("cannot encode the figures: {e}"), 1))?;
            std::fs::write(&o, json + "\n")
                .map_err(|e| Fail(format!("cannot write {o}: {e}"), 1))?;
        }
        return Ok(());
    }
    let dir = dir.ok_or_else(|| usage("eval needs a DIR (or --dates PHRASES.tsv)"))?;
    let report = eval::eval_dir(
        std::path::Path::new(&dir),
        &Analyzer::new(default_kb()),
        verbose,
    )
    .map_err(|e| Fail(e, 1))?;
    if let Some(out) = json_out {
        std::fs::write(&out, report.to_string())
            .map_err(|e| Fail(format!("cannot write {out}: {e}"), 1))?;
    }
    Ok(())
}
