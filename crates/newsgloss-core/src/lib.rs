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
pub mod ner;
pub mod recognize;
pub mod text;
pub mod timeline;

use serde::Serialize;

pub use kb::{Kb, Kind};

/// The hasher of the crate's hash maps and sets of short strings (ids, words, aliases): FNV
/// style, a 64-bit word at a time ([`kb::mix_words`]). SipHash's flood resistance is not
/// needed for a knowledge base we check and an article the publisher wrote, and this costs
/// a fraction of it, most of all in the widget's baseline tier.
#[derive(Clone, Copy)]
pub struct FnvHasher(u64);

impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(0xcbf29ce484222325)
    }
}

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = kb::mix_words(self.0, bytes);
    }
}

/// A hash map with [`FnvHasher`].
pub type FastHashMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FnvHasher>>;
/// A hash set with [`FnvHasher`].
pub type FastHashSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<FnvHasher>>;

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

/// A knowledge base with its compiled matcher: build once, analyze many texts.
pub struct Analyzer {
    pub kb: Kb,
    matcher: recognize::Matcher,
}

impl Analyzer {
    pub fn new(kb: Kb) -> Analyzer {
        let matcher = recognize::Matcher::new(&kb);
        Analyzer { kb, matcher }
    }

    /// Joins the cards of `self.kb` to `analysis` (see [`recognize::apply_cards`]): for a
    /// knowledge base whose card file arrived after the analysis ([`kb::Kb::fill_cards`]).
    pub fn attach_cards(&self, analysis: &mut Analysis) {
        recognize::apply_cards(
            &mut analysis.entities,
            &mut analysis.events,
            &self.kb,
            analysis.lang,
            self.matcher.lexicons(),
        );
    }

    /// Joins a card file that arrived after `analysis` (the widget's `newsgloss-cards.txt`):
    /// parses only the cards of the entities found, adds them to `self.kb` and to `analysis`.
    /// A bad file changes nothing and says why.
    pub fn join_card_file(
        &mut self,
        analysis: &mut Analysis,
        card_file: &str,
    ) -> Result<(), kb::KbError> {
        let ids = analysis
            .entities
            .iter()
            .filter(|e| !e.local)
            .map(|e| e.id.clone())
            .collect();
        self.kb.fill_cards(Kb::load_cards_of(card_file, &ids)?);
        self.attach_cards(analysis);
        Ok(())
    }

    /// Analyzes `text`. Deterministic; never panics.
    pub fn analyze(&self, text: &str, opts: &Options) -> Analysis {
        analyze_with(text, &self.kb, &self.matcher, opts)
    }
}

/// Analyzes `text` with the knowledge base `kb` (builds the matcher each call: prefer
/// [`Analyzer`] for repeated use).
pub fn analyze(text: &str, kb: &Kb, opts: &Options) -> Analysis {
    analyze_with(text, kb, &recognize::Matcher::new(kb), opts)
}

fn analyze_with(text: &str, kb: &Kb, matcher: &recognize::Matcher, opts: &Options) -> Analysis {
    let lang = opts.lang.unwrap_or_else(|| Lang::detect(text));
    let nt = text::NormText::new(text);
    let entities = recognize::recognize_with(&nt, kb, matcher, lang);
    let mut exprs = dates::find_dates(&nt, lang, opts.document_date, kb);
    let datelines = recognize::dateline_extents(&nt);
    exprs.retain(|x| !datelines.iter().any(|&(s, e)| s <= x.start && x.end <= e));
    let mut entities = entities;
    let mut events = timeline::build_events(&nt, lang, &exprs, &entities);
    recognize::apply_cards(&mut entities, &mut events, kb, lang, matcher.lexicons());
    Analysis {
        lang,
        document_date: opts.document_date.map(|d| d.to_string()),
        entities,
        events,
    }
}

/// Sorts `v` by `key`, equal keys kept in their order. Every caller shares one instance of
/// the standard sort (of `(u64, usize)` pairs): each `sort_by` of its own costs the widget's
/// WebAssembly about 2 KB.
pub fn sort_by_u64_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> u64) {
    let mut keyed: Vec<(u64, usize)> = v.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
    keyed.sort_unstable();
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    v.extend(keyed.into_iter().filter_map(|(_, i)| slots[i].take()));
}

/// A sort key that orders dates as they fall.
pub fn date_key(d: CivilDate) -> u64 {
    ((d.year() as i32 + 0x8000) as u64) << 16 | (d.month() as u64) << 8 | d.day() as u64
}

/// A document date written into the text by a news CMS: a dated URL path such as
/// `/2025/2/10/` or `/2025-02-10/` (image and article URLs). The first plausible one wins.
pub fn guess_document_date(text: &str) -> Option<CivilDate> {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'/' {
            let rest = &text[i + 1..];
            let mut parts = rest.splitn(4, ['/', '-']);
            let (y, m, d) = (parts.next(), parts.next(), parts.next());
            if let (Some(y), Some(m), Some(d)) = (y, m, d) {
                let ok = y.len() == 4 && (1..=2).contains(&m.len()) && (1..=2).contains(&d.len());
                let d_digits: String = d.chars().take_while(|c| c.is_ascii_digit()).collect();
                if ok && d_digits.len() == d.len() {
                    if let (Ok(y), Ok(m), Ok(d)) =
                        (y.parse::<i16>(), m.parse::<i8>(), d_digits.parse::<i8>())
                    {
                        if (1990..=2100).contains(&y) {
                            if let Ok(date) = CivilDate::new(y, m, d) {
                                return Some(date);
                            }
                        }
                    }
                }
            }
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_sort_orders_by_key_and_keeps_ties_in_order() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd'), (1, 'e')];
        sort_by_u64_key(&mut v, |x| x.0);
        assert_eq!(v, vec![(0, 'd'), (1, 'b'), (1, 'e'), (3, 'a'), (3, 'c')]);
        let d = |y, m, dd| date_key(CivilDate::new(y, m, dd).unwrap());
        assert!(
            d(-5, 12, 31) < d(1999, 1, 1)
                && d(1999, 12, 31) < d(2000, 1, 1)
                && d(2000, 1, 9) < d(2000, 1, 10)
        );
    }

    #[test]
    fn document_date_from_a_dated_url() {
        let d =
            guess_document_date("![x](https://cdn.example.com/lg/images/2025/2/10/217-sam.jpg)");
        assert_eq!(d.map(|d| d.to_string()), Some("2025-02-10".into()));
        assert_eq!(
            guess_document_date("see /2024-06-05/story"),
            CivilDate::new(2024, 6, 5).ok()
        );
        assert_eq!(guess_document_date("ratio 2025/13/40 and /1234/5/6/"), None);
    }

    #[test]
    fn a_datelines_date_is_no_event_and_the_leads_own_date_is() {
        let opts = Options {
            lang: Some(Lang::En),
            document_date: CivilDate::new(2025, 5, 22).ok(),
        };
        let a = analyze(
            "DUBAI, May 22 (Reuters) - Acme will build a plant in Abu Dhabi, the company said on Thursday, its first abroad.",
            &Kb::default(),
            &opts,
        );
        let dates: Vec<&str> = a.events.iter().map(|e| e.date.text.as_str()).collect();
        assert_eq!(dates, ["on Thursday"], "{:?}", a.events);
        assert_eq!(a.events[0].date.value, "2025-05-22");
    }

    #[test]
    fn language_from_tags_and_script() {
        assert_eq!(Lang::from_tag("ar-EG"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::detect("قال الرئيس Trump إن"), Lang::Ar);
        assert_eq!(Lang::detect("Trump said"), Lang::En);
    }
}
