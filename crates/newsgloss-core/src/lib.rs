//! newsgloss-core: the pure analysis behind the newsgloss widget and CLI.
//!
//! The model: an article is a plain text (code points) plus a language and a document date.
//! [`analyze`] runs, in order,
//!
//! 1. [`text`]: normalization with an offset map (Arabic spelling variants, digits, case);
//! 2. [`recognize`]: people and companies, from the [`kb`] (one multi-pattern automaton over
//!    all aliases, Arabic clitics allowed before a name) and from article-local rules
//!    (surnames of names met in full, roles given in apposition);
//! 3. [`dates`]: temporal expressions with TIMEX3-style values, anchored on the document
//!    date, the previously narrated date or a named event of the knowledge base;
//! 4. [`timeline`]: events (the sentence a date belongs to, its participants, a summary).
//!
//! Nothing here does IO or can fail on text input: every function takes any string and
//! returns a (possibly empty) result. IO lives in the CLI and the widget.

pub mod dates;
pub mod kb;
pub mod recognize;
pub mod text;
pub mod timeline;

use serde::Serialize;

pub use kb::{Kb, Kind};

/// The article's language. Only Arabic and English get language-specific rules; the
/// knowledge base is matched in every language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ar,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::En => "en",
        }
    }

    /// Parses a BCP 47 tag's primary language ("ar-EG" → Ar); `None` for others.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "ar" => Some(Lang::Ar),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Guesses the language from the script: Arabic when Arabic letters outnumber Latin ones.
    pub fn detect(text: &str) -> Lang {
        let (mut ar, mut latin) = (0usize, 0usize);
        for c in text.chars() {
            if text::is_arabic_letter(c) {
                ar += 1;
            } else if c.is_ascii_alphabetic() {
                latin += 1;
            }
        }
        if ar > latin {
            Lang::Ar
        } else {
            Lang::En
        }
    }
}

/// A calendar date (proleptic Gregorian).
pub type CivilDate = jiff::civil::Date;

/// Parses `YYYY-MM-DD` (a longer ISO timestamp is cut to its date part).
pub fn parse_iso_date(s: &str) -> Option<CivilDate> {
    let s = s.trim();
    let head = s.get(..10)?;
    let mut parts = head.split('-');
    let y: i16 = parts.next()?.parse().ok()?;
    let m: i8 = parts.next()?.parse().ok()?;
    let d: i8 = parts.next()?.parse().ok()?;
    CivilDate::new(y, m, d).ok()
}

/// One mention of an entity: `[start, end)` in code points, excluding attached clitics.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// An entity of the article with everything a card needs.
#[derive(Debug, Clone, Serialize)]
pub struct EntityOut {
    pub id: String,
    pub kind: Kind,
    /// The name in the article's language.
    pub name: String,
    /// The name in the other language, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_other: Option<String>,
    pub description: String,
    /// Roles the article itself gives ("الرئيس التنفيذي لـ OpenAI").
    pub roles: Vec<String>,
    pub mentions: Vec<Mention>,
    /// True when the entity is not in the knowledge base and was built from the article.
    pub local: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<kb::Link>,
    /// Card facts from the knowledge base (label, value) in the article's language.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<(String, String)>,
}

/// The analysis of one article: the CLI's JSON and the widget's input.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    pub lang: Lang,
    pub document_date: Option<String>,
    pub entities: Vec<EntityOut>,
    pub events: Vec<timeline::Event>,
}

/// Options of one analysis.
#[derive(Debug, Clone)]
pub struct Options {
    pub lang: Option<Lang>,
    pub document_date: Option<CivilDate>,
}

/// Analyzes `text` with the knowledge base `kb`. Deterministic; never panics.
pub fn analyze(text: &str, kb: &Kb, opts: &Options) -> Analysis {
    let lang = opts.lang.unwrap_or_else(|| Lang::detect(text));
    let nt = text::NormText::new(text);
    let entities = recognize::recognize(&nt, kb, lang);
    let exprs = dates::find_dates(&nt, lang, opts.document_date, kb);
    let events = timeline::build_events(&nt, lang, &exprs, &entities);
    Analysis {
        lang,
        document_date: opts.document_date.map(|d| d.to_string()),
        entities,
        events,
    }
}
