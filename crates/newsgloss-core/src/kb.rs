//! The knowledge base: who the people and companies are, and the named events that dates
//! can be anchored on.
//!
//! # Source format
//!
//! Plain UTF-8 text a person can review in a diff (`kb/*.kb` in this crate). One block per
//! entity, opened by `[id]`; then `key: value` lines; `#` starts a comment line. List values
//! are separated by `|`.
//!
//! ```text
//! [sam-altman]
//! kind: person                       # person | company | organization | event
//! ar: سام ألتمان | سام التمان          # full names; the first is the display name
//! ar-alias: ألتمان                    # short forms that identify the entity on their own
//! en: Sam Altman
//! en-alias: Altman
//! sport-alias: …                      # short forms valid only in sport articles ("الهلال")
//! desc-ar: رجل أعمال أمريكي، الرئيس التنفيذي لشركة OpenAI.
//! desc-en: American entrepreneur, chief executive of OpenAI.
//! role-ar: الرئيس التنفيذي لشركة OpenAI (منذ 2019)
//! role-en: Chief executive of OpenAI (since 2019)
//! born: 1985
//! wikidata: Q7407093
//! wikipedia-en: Sam_Altman
//! ```
//!
//! Card facts: `role-*`, `country-*`, `hq-*`, `sector-*` (per language) and `born`,
//! `founded` (years). Links: `wikipedia-ar`, `wikipedia-en` (page titles) and `topic` (a
//! publisher's topic page URL). Named events use `kind: event`, a `date:` (`YYYY-MM-DD`) and
//! names in `ar:`/`en:`; an event name that several events share ("التنصيب") resolves to the
//! latest such event on or before the document date.
//!
//! # Compiled form
//!
//! What the widget fetches: a header line `newsgloss-kb/2 entities=N events=N sum64=HEX`
//! followed by a compact body ([`Kb::to_compact`]): one tab-separated line per entity,
//! then the word lists. The version guards the format, the checksum ([`checksum64`])
//! against truncated or tampered files. The compact body is for machines; people review
//! and edit the source form.
//!
//! The widget's default is split in two ([`Kb::split_cards`]): the file recognition needs
//! (names, kinds, events, word lists; its header adds `cards=FILE`) and a card file with the
//! descriptions, facts and links, about two thirds of the bytes. The first is on the critical
//! path; the second arrives while the matcher is being built.

use serde::Serialize;
use std::fmt;

/// Format version of the compiled knowledge base.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Person,
    Company,
    Organization,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Company => "company",
            Kind::Organization => "organization",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Link {
    /// "wikipedia" or "topic".
    pub kind: String,
    pub url: String,
}

/// A fact shown on a card: key (`role`, `country`, `hq`, `sector`, `born`, `founded`) and
/// value, per language where the value is text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub key: String,
    /// `Some("ar")`/`Some("en")` for text, `None` for language-neutral values (years).
    pub lang: Option<String>,
    pub value: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entity {
    pub id: String,
    pub kind: Option<Kind>,
    pub names_ar: Vec<String>,
    pub aliases_ar: Vec<String>,
    pub names_en: Vec<String>,
    pub aliases_en: Vec<String>,
    /// Short forms that name the entity only in an article about sport (`sport-alias:`,
    /// either script): "الهلال" is a crescent elsewhere, "Liverpool" a city.
    pub sport_aliases: Vec<String>,
    pub desc_ar: String,
    pub desc_en: String,
    pub facts: Vec<Fact>,
    pub wikidata: Option<String>,
    pub wikipedia_ar: Option<String>,
    pub wikipedia_en: Option<String>,
    pub topic: Option<String>,
}

impl Entity {
    pub fn kind(&self) -> Kind {
        self.kind.unwrap_or(Kind::Organization)
    }

    /// Display name in `lang`, falling back to the other language, then the id.
    pub fn name(&self, lang: crate::Lang) -> &str {
        let (first, second) = match lang {
            crate::Lang::Ar => (&self.names_ar, &self.names_en),
            crate::Lang::En => (&self.names_en, &self.names_ar),
        };
        first
            .first()
            .or(second.first())
            .map_or(&self.id, |s| s.as_str())
    }

    /// The name in the other language than `lang`, when both exist.
    pub fn other_name(&self, lang: crate::Lang) -> Option<&str> {
        let (mine, other) = match lang {
            crate::Lang::Ar => (&self.names_ar, &self.names_en),
            crate::Lang::En => (&self.names_en, &self.names_ar),
        };
        if mine.is_empty() {
            return None;
        }
        other.first().map(|s| s.as_str())
    }

    pub fn description(&self, lang: crate::Lang) -> &str {
        match lang {
            crate::Lang::Ar if !self.desc_ar.is_empty() => &self.desc_ar,
            crate::Lang::En if !self.desc_en.is_empty() => &self.desc_en,
            crate::Lang::Ar => &self.desc_en,
            crate::Lang::En => &self.desc_ar,
        }
    }

    /// Takes `other`'s card fields (descriptions, facts, links, Wikidata id) where this
    /// entity has none; names and kind are left alone.
    pub fn fill_card_fields(&mut self, other: Entity) {
        if self.desc_ar.is_empty() {
            self.desc_ar = other.desc_ar;
        }
        if self.desc_en.is_empty() {
            self.desc_en = other.desc_en;
        }
        for f in other.facts {
            if !self
                .facts
                .iter()
                .any(|x| x.key == f.key && x.lang == f.lang)
            {
                self.facts.push(f);
            }
        }
        self.wikidata = self.wikidata.take().or(other.wikidata);
        self.wikipedia_ar = self.wikipedia_ar.take().or(other.wikipedia_ar);
        self.wikipedia_en = self.wikipedia_en.take().or(other.wikipedia_en);
        self.topic = self.topic.take().or(other.topic);
    }

    /// The card fields as source keys and values, in the order files write them.
    fn card_fields(&self) -> Vec<(String, &str)> {
        let mut out = Vec::new();
        for (k, v) in [("desc-ar", &self.desc_ar), ("desc-en", &self.desc_en)] {
            if !v.is_empty() {
                out.push((k.to_string(), v.as_str()));
            }
        }
        for f in &self.facts {
            let key = match &f.lang {
                Some(l) => format!("{}-{l}", f.key),
                None => f.key.clone(),
            };
            out.push((key, f.value.as_str()));
        }
        for (k, v) in [
            ("wikidata", &self.wikidata),
            ("wikipedia-ar", &self.wikipedia_ar),
            ("wikipedia-en", &self.wikipedia_en),
            ("topic", &self.topic),
        ] {
            if let Some(v) = v {
                out.push((k.to_string(), v.as_str()));
            }
        }
        out
    }

    /// Card facts in `lang`: language-neutral ones and those of `lang`.
    pub fn facts_in(&self, lang: crate::Lang) -> Vec<(String, String)> {
        self.facts
            .iter()
            .filter(|f| f.lang.as_deref().is_none_or(|l| l == lang.code()))
            .map(|f| (f.key.clone(), f.value.clone()))
            .collect()
    }

    pub fn links(&self, lang: crate::Lang) -> Vec<Link> {
        let mut out = Vec::new();
        if let Some(t) = &self.topic {
            out.push(Link {
                kind: "topic".into(),
                url: t.clone(),
            });
        }
        let wiki = match lang {
            crate::Lang::Ar => self
                .wikipedia_ar
                .as_ref()
                .map(|t| ("ar", t))
                .or(self.wikipedia_en.as_ref().map(|t| ("en", t))),
            crate::Lang::En => self
                .wikipedia_en
                .as_ref()
                .map(|t| ("en", t))
                .or(self.wikipedia_ar.as_ref().map(|t| ("ar", t))),
        };
        if let Some((l, title)) = wiki {
            out.push(Link {
                kind: "wikipedia".into(),
                url: format!("https://{l}.wikipedia.org/wiki/{}", title.replace(' ', "_")),
            });
        }
        out
    }
}

/// A named event that dates can be anchored on ("تنصيب ترامب" → 2025-01-20).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedEvent {
    pub id: String,
    pub date: crate::CivilDate,
    pub names_ar: Vec<String>,
    pub names_en: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Kb {
    pub entities: Vec<Entity>,
    pub events: Vec<NamedEvent>,
    /// Word lists of the rule-based recognizer (`@lexicon NAME` sections: one entry a line),
    /// shipped with the knowledge base so the widget's code stays small.
    pub lexicons: std::collections::BTreeMap<String, String>,
    /// The card file this knowledge base was split from ([`Kb::split_cards`]), named in the
    /// compiled header as `cards=FILE`, relative to the knowledge base's own URL; `None` once
    /// [`Kb::fill_cards`] joined it, or for a whole knowledge base.
    pub cards_file: Option<String>,
}

/// A problem in a knowledge-base file, with its line number (1-based; 0 for the header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for KbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for KbError {}

/// `str::trim`, with a fast path: ASCII white space is skipped byte by byte, and a line that
/// then starts and ends with an ASCII character or a two-byte one (Arabic letters; the only
/// two-byte white space characters, U+0085 and U+00A0, have the lead byte 0xC2) is done.
/// Only the rare other cases pay for the Unicode-aware trim.
#[inline]
fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    // (Plain comparisons: at opt-level "z" range helpers are calls.)
    let ws = |c: u8| c == b' ' || c.wrapping_sub(b'\t') < 5;
    let (mut i, mut j) = (0, b.len());
    while i < j && ws(b[i]) {
        i += 1;
    }
    while j > i && ws(b[j - 1]) {
        j -= 1;
    }
    let two_byte_lead = |c: u8| c.wrapping_sub(0xC3) <= 0xDF - 0xC3;
    let start_ok = i == j || b[i] < 0x80 || two_byte_lead(b[i]);
    let end_ok = i == j || b[j - 1] < 0x80 || (j - i >= 2 && two_byte_lead(b[j - 2]));
    // i and j sit next to ASCII bytes (or at the ends), so they are character boundaries.
    let t = &s[i..j];
    if start_ok && end_ok {
        t
    } else {
        t.trim()
    }
}

/// Splits at an ASCII byte with a plain loop: the pieces here (lines, list items) are short,
/// where a vectorized search costs more than it saves.
fn split_byte(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|c| c == sep) {
            Some(k) => {
                rest = Some(&r[k + 1..]);
                Some(&r[..k])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Appends the non-empty `|`-separated items of `v` to `dst`.
fn push_list(dst: &mut Vec<String>, v: &str) {
    for item in split_byte(v, b'|') {
        let item = trim(item);
        if !item.is_empty() {
            dst.push(item.to_owned());
        }
    }
}

fn err(line: usize, message: impl Into<String>) -> KbError {
    KbError {
        line,
        message: message.into(),
    }
}

/// Entity ids to positions (or line numbers, in the parser).
type IdIndex<'a> = crate::FastHashMap<&'a str, usize>;

/// The block being read by [`Kb::parse`]: its header line, the entity so far, whether it is
/// an event, and the event's date (borrowed from the source).
struct Block<'a> {
    line: usize,
    entity: Entity,
    is_event: bool,
    date: Option<&'a str>,
}

impl<'a> Block<'a> {
    fn new(id: &str, line: usize) -> Self {
        Block {
            line,
            entity: Entity {
                id: id.to_owned(),
                ..Entity::default()
            },
            is_event: false,
            date: None,
        }
    }

    /// Applies one `key: value` line (or column) to the block.
    fn apply(&mut self, key: &str, value: &'a str, ln: usize) -> Result<(), KbError> {
        let e = &mut self.entity;
        match key {
            "ar" => push_list(&mut e.names_ar, value),
            "en" => push_list(&mut e.names_en, value),
            "ar-alias" => push_list(&mut e.aliases_ar, value),
            "en-alias" => push_list(&mut e.aliases_en, value),
            "sport-alias" => push_list(&mut e.sport_aliases, value),
            "kind" => match value {
                "person" => e.kind = Some(Kind::Person),
                "company" => e.kind = Some(Kind::Company),
                "organization" => e.kind = Some(Kind::Organization),
                "event" => self.is_event = true,
                _ => return Err(err(ln, format!("unknown kind \"{value}\""))),
            },
            "desc-ar" => e.desc_ar = value.to_owned(),
            "desc-en" => e.desc_en = value.to_owned(),
            "date" => self.date = Some(value),
            "wikidata" => {
                if !(value.len() > 1
                    && value.as_bytes()[0] == b'Q'
                    && value.as_bytes()[1..].iter().all(u8::is_ascii_digit))
                {
                    return Err(err(ln, format!("bad wikidata id \"{value}\"")));
                }
                e.wikidata = Some(value.to_owned())
            }
            "wikipedia-ar" => e.wikipedia_ar = Some(value.to_owned()),
            "wikipedia-en" => e.wikipedia_en = Some(value.to_owned()),
            "topic" => {
                if !(value.starts_with("https://")
                    || value.starts_with("http://")
                    || value.starts_with('/'))
                {
                    return Err(err(
                        ln,
                        format!("topic must be an http(s) URL or a path, got \"{value}\""),
                    ));
                }
                e.topic = Some(value.to_owned())
            }
            "born" | "founded" => {
                if value.parse::<i32>().is_err() {
                    return Err(err(ln, format!("{key} must be a year, got \"{value}\"")));
                }
                e.facts.push(Fact {
                    key: key.to_owned(),
                    lang: None,
                    value: value.to_owned(),
                })
            }
            _ => {
                // `role-ar`, `country-en`, …: a fact key, a dash, a language.
                let b = key.as_bytes();
                let fact = match b.len().checked_sub(3).map(|d| (d, &b[d..])) {
                    Some((d, [b'-', b'a', b'r'] | [b'-', b'e', b'n'])) => {
                        Some((&key[..d], &key[d + 1..]))
                            .filter(|(k, _)| matches!(*k, "role" | "country" | "hq" | "sector"))
                    }
                    _ => None,
                };
                match fact {
                    Some((k, l)) => e.facts.push(Fact {
                        key: k.to_owned(),
                        lang: Some(l.to_owned()),
                        value: value.to_owned(),
                    }),
                    None => return Err(err(ln, format!("unknown key \"{key}\""))),
                }
            }
        }
        Ok(())
    }

    fn finish(self, kb: &mut Kb, cards: bool) -> Result<(), KbError> {
        let Block {
            line,
            entity: e,
            is_event,
            date,
        } = self;
        if is_event {
            let date = date.ok_or_else(|| err(line, format!("event [{}] has no date", e.id)))?;
            let date = crate::parse_iso_date(date).ok_or_else(|| {
                err(
                    line,
                    format!("event [{}]: bad date \"{date}\", want YYYY-MM-DD", e.id),
                )
            })?;
            if e.names_ar.is_empty() && e.names_en.is_empty() {
                return Err(err(line, format!("event [{}] has no names", e.id)));
            }
            kb.events.push(NamedEvent {
                id: e.id,
                date,
                names_ar: e.names_ar,
                names_en: e.names_en,
            });
        } else {
            if !cards && e.names_ar.is_empty() && e.names_en.is_empty() {
                return Err(err(line, format!("[{}] has no names (ar: or en:)", e.id)));
            }
            kb.entities.push(e);
        }
        Ok(())
    }
}

/// Ends the open `@lexicon` section, if any: its words go (back) into the map.
fn flush_lexicon(kb: &mut Kb, lexicon: &mut Option<(&str, String)>) {
    if let Some((name, words)) = lexicon.take() {
        kb.lexicons.insert(name.to_owned(), words);
    }
}

impl Kb {
    /// Parses knowledge-base source text. Later blocks with an id already seen are errors:
    /// use [`Kb::overlay`] to override on purpose.
    ///
    /// The widget runs this on a publisher's overlay and the CLI on the sources (~1 MB), so it avoids per-line allocation
    /// and generic string searching: values are sliced from `src`, and only what the
    /// [`Kb`] keeps is copied. `benches/kb_load.rs` measures it.
    pub fn parse(src: &str) -> Result<Kb, KbError> {
        Kb::parse_blocks(src, false)
    }

    /// The parser behind [`Kb::parse`]; `cards` accepts blocks without names (a card file).
    fn parse_blocks(src: &str, cards: bool) -> Result<Kb, KbError> {
        let mut kb = Kb::default();
        let mut cur: Option<Block> = None;
        let mut seen = IdIndex::default();
        // The open `@lexicon` section: its name and its words so far (taken out of the map,
        // so that each line is one append and no lookup).
        let mut lexicon: Option<(&str, String)> = None;
        for (i, raw) in split_byte(src, b'\n').enumerate() {
            let ln = i + 1;
            let line = trim(raw);
            let Some(&first) = line.as_bytes().first() else {
                continue;
            };
            if first == b'#' {
                continue;
            }
            if first == b'@' {
                if let Some(name) = line.strip_prefix("@lexicon ") {
                    let name = trim(name);
                    if name.is_empty()
                        || !name.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_')
                    {
                        return Err(err(ln, format!("bad lexicon name \"{name}\"")));
                    }
                    if let Some(b) = cur.take() {
                        b.finish(&mut kb, cards)?;
                    }
                    flush_lexicon(&mut kb, &mut lexicon);
                    let words = kb.lexicons.remove(name).unwrap_or_default();
                    lexicon = Some((name, words));
                    continue;
                }
            }
            if let Some((_, words)) = &mut lexicon {
                if first != b'[' {
                    words.push_str(line);
                    words.push('\n');
                    continue;
                }
                flush_lexicon(&mut kb, &mut lexicon);
            }
            if first == b'[' {
                let id = trim(
                    line[1..]
                        .strip_suffix(']')
                        .ok_or_else(|| err(ln, "block header must be [id]"))?,
                );
                if id.is_empty()
                    || !id.bytes().all(|c| {
                        c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'.' | b':')
                    })
                {
                    return Err(err(ln, format!("bad id \"{id}\": use a-z, 0-9, - _ . :")));
                }
                if let Some(prev) = seen.insert(id, ln) {
                    return Err(err(
                        ln,
                        format!("duplicate id [{id}] (first at line {prev})"),
                    ));
                }
                if let Some(b) = cur.take() {
                    b.finish(&mut kb, cards)?;
                }
                cur = Some(Block::new(id, ln));
                continue;
            }
            let Some(block) = cur.as_mut() else {
                return Err(err(ln, "key before the first [id] block"));
            };
            let colon = line
                .bytes()
                .position(|b| b == b':')
                .ok_or_else(|| err(ln, "expected `key: value`"))?;
            let (key, value) = (trim(&line[..colon]), trim(&line[colon + 1..]));
            block.apply(key, value, ln)?;
        }
        if let Some(b) = cur.take() {
            b.finish(&mut kb, cards)?;
        }
        flush_lexicon(&mut kb, &mut lexicon);
        Ok(kb)
    }

    /// Applies a publisher's overlay: entities with a known id have their given fields
    /// replaced (names and aliases added), new ids are added. Same for events.
    pub fn overlay(&mut self, other: Kb) {
        for (known, o) in self.match_ids(other.entities) {
            match known {
                Some(i) => {
                    let e = &mut self.entities[i];
                    if o.kind.is_some() {
                        e.kind = o.kind;
                    }
                    for (dst, src) in [
                        (&mut e.names_ar, o.names_ar),
                        (&mut e.aliases_ar, o.aliases_ar),
                        (&mut e.names_en, o.names_en),
                        (&mut e.aliases_en, o.aliases_en),
                        (&mut e.sport_aliases, o.sport_aliases),
                    ] {
                        for s in src {
                            if !dst.contains(&s) {
                                dst.push(s);
                            }
                        }
                    }
                    if !o.desc_ar.is_empty() {
                        e.desc_ar = o.desc_ar;
                    }
                    if !o.desc_en.is_empty() {
                        e.desc_en = o.desc_en;
                    }
                    for f in o.facts {
                        e.facts.retain(|x| !(x.key == f.key && x.lang == f.lang));
                        e.facts.push(f);
                    }
                    e.wikidata = o.wikidata.or(e.wikidata.take());
                    e.wikipedia_ar = o.wikipedia_ar.or(e.wikipedia_ar.take());
                    e.wikipedia_en = o.wikipedia_en.or(e.wikipedia_en.take());
                    e.topic = o.topic.or(e.topic.take());
                }
                None => self.entities.push(o),
            }
        }
        for ev in other.events {
            self.events.retain(|x| x.id != ev.id);
            self.events.push(ev);
        }
        for (name, words) in other.lexicons {
            self.lexicons.entry(name).or_default().push_str(&words);
        }
    }

    /// The canonical source text of this knowledge base (what [`Kb::parse`] reads back).
    pub fn to_source(&self) -> String {
        let mut s = String::new();
        let list = |s: &mut String, key: &str, v: &[String]| {
            if !v.is_empty() {
                s.push_str(&format!("{key}: {}\n", v.join(" | ")));
            }
        };
        for e in &self.entities {
            s.push_str(&format!("[{}]\n", e.id));
            if let Some(k) = e.kind {
                s.push_str(&format!("kind: {}\n", k.as_str()));
            }
            list(&mut s, "ar", &e.names_ar);
            list(&mut s, "ar-alias", &e.aliases_ar);
            list(&mut s, "en", &e.names_en);
            list(&mut s, "en-alias", &e.aliases_en);
            list(&mut s, "sport-alias", &e.sport_aliases);
            for (k, v) in e.card_fields() {
                s.push_str(&format!("{k}: {v}\n"));
            }
            s.push('\n');
        }
        for ev in &self.events {
            s.push_str(&format!("[{}]\nkind: event\ndate: {}\n", ev.id, ev.date));
            list(&mut s, "ar", &ev.names_ar);
            list(&mut s, "en", &ev.names_en);
            s.push('\n');
        }
        for (name, words) in &self.lexicons {
            s.push_str(&format!("@lexicon {name}\n{words}\n"));
        }
        s
    }

    /// The compact body of the compiled form ([`Kb::compile`]): one line per entity or
    /// event, `id TAB kind TAB ar TAB ar-alias TAB en TAB en-alias TAB sport-alias`, lists
    /// joined by `|`, then one `key: value` column per card field; then the word lists as
    /// `@lexicon NAME` lines each followed by its words, one a line. A fifth of the bytes of
    /// the source form and a line per entity instead of six: the widget parses this on every
    /// page view, in V8's baseline tier. Tabs inside values (the source form allows them)
    /// become spaces.
    pub fn to_compact(&self) -> String {
        let mut s = String::new();
        let push = |s: &mut String, v: &str| s.push_str(&v.replace(['\t', '\n', '\r'], " "));
        let lists = |s: &mut String, lists: [&[String]; 5]| {
            for list in lists {
                s.push('\t');
                for (i, x) in list.iter().enumerate() {
                    if i > 0 {
                        s.push('|');
                    }
                    push(s, x);
                }
            }
        };
        for e in &self.entities {
            s.push_str(&e.id);
            s.push('\t');
            s.push_str(e.kind.map_or("", Kind::as_str));
            lists(
                &mut s,
                [
                    &e.names_ar,
                    &e.aliases_ar,
                    &e.names_en,
                    &e.aliases_en,
                    &e.sport_aliases,
                ],
            );
            for (k, v) in e.card_fields() {
                s.push('\t');
                s.push_str(&k);
                s.push_str(": ");
                push(&mut s, v);
            }
            s.push('\n');
        }
        for ev in &self.events {
            s.push_str(&ev.id);
            s.push_str("\tevent");
            lists(&mut s, [&ev.names_ar, &[], &ev.names_en, &[], &[]]);
            s.push_str(&format!("\tdate: {}\n", ev.date));
        }
        for (name, words) in &self.lexicons {
            s.push_str(&format!("@lexicon {name}\n"));
            for w in words.lines().filter(|w| !w.starts_with("@lexicon ")) {
                s.push_str(w);
                s.push('\n');
            }
        }
        s
    }

    /// Parses a compact body ([`Kb::to_compact`]), keeping only the entities of `only` when
    /// given. The file was checked when it was compiled and its checksum matched, so ids
    /// are not checked again here; values are still.
    fn parse_compact(
        body: &str,
        cards: bool,
        only: Option<&crate::FastHashSet<String>>,
    ) -> Result<Kb, KbError> {
        let mut kb = Kb::default();
        let mut rest = body;
        let mut ln = 0;
        while !rest.is_empty() {
            ln += 1;
            // (`find` with a char is core's word-at-a-time `memchr`.)
            let (line, next) = match rest.find('\n') {
                Some(k) => (&rest[..k], &rest[k + 1..]),
                None => (rest, ""),
            };
            rest = next;
            if let Some(name) = line.strip_prefix("@lexicon ") {
                // Its words, whole: up to the next section.
                let end = if rest.starts_with("@lexicon ") {
                    0
                } else {
                    rest.find("\n@lexicon ").map_or(rest.len(), |k| k + 1)
                };
                let words = kb.lexicons.entry(name.to_owned()).or_default();
                words.push_str(&rest[..end]);
                if !words.is_empty() && !words.ends_with('\n') {
                    words.push('\n');
                }
                rest = &rest[end..];
                continue;
            }
            if line.is_empty() {
                continue;
            }
            let b = line.as_bytes();
            let id_end = b.iter().position(|&c| c == b'\t').unwrap_or(b.len());
            let id = &line[..id_end];
            if only.is_some_and(|o| !o.contains(id)) {
                continue;
            }
            let mut block = Block::new(id, ln);
            let mut i = (id_end + 1).min(b.len());
            let kind_end = i + b[i..]
                .iter()
                .position(|&c| c == b'\t')
                .unwrap_or(b.len() - i);
            if kind_end > i {
                block.apply("kind", &line[i..kind_end], ln)?;
            }
            // The five name lists in one pass over their bytes: `|` ends a name, a tab ends a
            // name and a list. (Both are ASCII, so every cut is a character boundary.)
            let e = &mut block.entity;
            let lists = [
                &mut e.names_ar,
                &mut e.aliases_ar,
                &mut e.names_en,
                &mut e.aliases_en,
                &mut e.sport_aliases,
            ];
            let (mut list, mut start) = (0, kind_end + 1);
            i = start;
            while list < lists.len() && i <= b.len() {
                let c = b.get(i).copied().unwrap_or(b'\t');
                if c == b'|' || c == b'\t' {
                    if i > start {
                        lists[list].push(line[start..i].to_owned());
                    }
                    start = i + 1;
                    list += usize::from(c == b'\t');
                }
                i += 1;
            }
            if list < lists.len() {
                return Err(err(ln, "too few columns"));
            }
            if start < b.len() {
                for col in split_byte(&line[start..], b'\t') {
                    let (key, value) = col
                        .split_once(": ")
                        .ok_or_else(|| err(ln, "expected `key: value`"))?;
                    block.apply(key, value, ln)?;
                }
            }
            block.finish(&mut kb, cards)?;
        }
        Ok(kb)
    }

    /// The compiled form: versioned header with a checksum, then the compact body.
    pub fn compile(&self) -> String {
        let body = self.to_compact();
        let cards = self
            .cards_file
            .as_ref()
            .map(|f| format!(" cards={f}"))
            .unwrap_or_default();
        format!(
            "newsgloss-kb/{FORMAT_VERSION} entities={} events={} sum64={:016x}{cards}\n{body}",
            self.entities.len(),
            self.events.len(),
            checksum64(body.as_bytes())
        )
    }

    /// Loads a compiled knowledge base, checking version, counts and checksum. Plain source
    /// text (no header) is accepted too, so a publisher can serve a hand-written overlay.
    pub fn load(text: &str) -> Result<Kb, KbError> {
        Kb::load_blocks(text, false, None)
    }

    /// Loads a card file written by [`Kb::split_cards`]: blocks of card fields without names,
    /// to be given to [`Kb::fill_cards`].
    pub fn load_cards(text: &str) -> Result<Kb, KbError> {
        Kb::load_blocks(text, true, None)
    }

    /// Like [`Kb::load_cards`], but parses only the lines of the ids in `only` (the whole
    /// file is still checked): an article needs the cards of a few dozen entities.
    pub fn load_cards_of(text: &str, only: &crate::FastHashSet<String>) -> Result<Kb, KbError> {
        Kb::load_blocks(text, true, Some(only))
    }

    fn load_blocks(
        text: &str,
        cards: bool,
        only: Option<&crate::FastHashSet<String>>,
    ) -> Result<Kb, KbError> {
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        let Some(rest) = text.strip_prefix("newsgloss-kb/") else {
            let kb = Kb::parse_blocks(text, cards)?;
            return Ok(match only {
                Some(only) => Kb {
                    entities: kb
                        .entities
                        .into_iter()
                        .filter(|e| only.contains(&e.id))
                        .collect(),
                    ..kb
                },
                None => kb,
            });
        };
        let (header, body) = rest
            .split_once('\n')
            .ok_or_else(|| err(0, "compiled knowledge base has no body"))?;
        let mut fields = header.split_whitespace();
        let version: u32 = fields
            .next()
            .and_then(|v| v.parse().ok())
            .ok_or_else(|| err(0, "bad header"))?;
        if version != FORMAT_VERSION {
            return Err(err(
                0,
                format!("format version {version}, this build reads {FORMAT_VERSION}"),
            ));
        }
        let fields: Vec<(&str, &str)> = fields.filter_map(|f| f.split_once('=')).collect();
        let want = |key: &str| fields.iter().find(|(k, _)| *k == key).map(|(_, v)| v);
        let sum = format!("{:016x}", checksum64(body.as_bytes()));
        if want("sum64") != Some(&sum.as_str()) {
            return Err(err(
                0,
                "checksum mismatch: the file is truncated or was edited after compiling",
            ));
        }
        // Line numbers in errors refer to the file, so shift by the header line.
        let mut kb =
            Kb::parse_compact(body, cards, only).map_err(|e| err(e.line + 1, e.message))?;
        if only.is_some() {
            return Ok(kb);
        }
        kb.cards_file = want("cards").map(|f| f.to_string());
        if want("entities").and_then(|v| v.parse::<usize>().ok()) != Some(kb.entities.len()) {
            return Err(err(0, "entity count does not match the header"));
        }
        Ok(kb)
    }

    /// Splits off the card fields (descriptions, facts, links, Wikidata id): the first part
    /// holds what recognition needs (names, aliases, kinds, events, word lists), the second
    /// only card fields keyed by id. The widget fetches both at once but needs only the
    /// first before it can build its matcher; [`Kb::fill_cards`] joins them again.
    pub fn split_cards(&self, cards_file: &str) -> (Kb, Kb) {
        let mut names = self.clone();
        names.cards_file = Some(cards_file.to_string());
        let mut cards = Kb::default();
        for e in &mut names.entities {
            cards.entities.push(Entity {
                id: e.id.clone(),
                desc_ar: std::mem::take(&mut e.desc_ar),
                desc_en: std::mem::take(&mut e.desc_en),
                facts: std::mem::take(&mut e.facts),
                wikidata: e.wikidata.take(),
                wikipedia_ar: e.wikipedia_ar.take(),
                wikipedia_en: e.wikipedia_en.take(),
                topic: e.topic.take(),
                ..Entity::default()
            });
        }
        (names, cards)
    }

    /// Fills in card fields from a card file: only fields still empty, so a publisher's
    /// overlay applied before keeps its own descriptions and links. Unknown ids are ignored.
    pub fn fill_cards(&mut self, cards: Kb) {
        self.cards_file = None;
        for (known, c) in self.match_ids(cards.entities) {
            let Some(i) = known else { continue };
            self.entities[i].fill_card_fields(c);
        }
    }

    /// Pairs each of `others` with the index of the entity of the same id, if any.
    fn match_ids(&self, others: Vec<Entity>) -> Vec<(Option<usize>, Entity)> {
        let index: IdIndex = self
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        others
            .into_iter()
            .map(|o| (index.get(o.id.as_str()).copied(), o))
            .collect()
    }

    pub fn get(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }
}

/// The compiled form's checksum: FNV-style, but a 64-bit word at a time ([`mix_words`]), so
/// that checking a file costs an eighth of the byte-wise loop. Enough to catch truncation
/// and edits; not a defence against a forger, who could as well change the widget.
pub fn checksum64(bytes: &[u8]) -> u64 {
    mix_words(0xcbf29ce484222325 ^ bytes.len() as u64, bytes)
}

/// Mixes `bytes` into `h`: FNV-1a's multiply over 64-bit words, with a shift to bring the
/// high bits down after each, then the tail bytes. A one-byte change anywhere changes the
/// result (each step is a bijection of `h`).
pub(crate) fn mix_words(mut h: u64, bytes: &[u8]) -> u64 {
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        h = (h ^ w).wrapping_mul(0x100000001b3);
        h ^= h >> 32;
    }
    for &b in words.remainder() {
        h = (h ^ b as u64).wrapping_mul(0x100000001b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "\
# a comment
[acme]
kind: company
ar: أكمي | اكمي
en: Acme Corp
en-alias: Acme
sport-alias: Acme Club
desc-en: A maker of things.
founded: 1949
hq-en: Phoenix
wikidata: Q42

[ev:launch]
kind: event
date: 2020-05-01
en: the launch
";

    #[test]
    fn parses_and_round_trips() {
        let kb = Kb::parse(SAMPLE).unwrap();
        assert_eq!(kb.entities.len(), 1);
        assert_eq!(kb.events.len(), 1);
        let e = &kb.entities[0];
        assert_eq!(e.kind, Some(Kind::Company));
        assert_eq!(e.names_ar, vec!["أكمي", "اكمي"]);
        assert_eq!(e.sport_aliases, vec!["Acme Club"]);
        assert_eq!(
            e.facts_in(crate::Lang::En),
            vec![
                ("founded".into(), "1949".into()),
                ("hq".into(), "Phoenix".into())
            ]
        );
        let again = Kb::load(&kb.compile()).unwrap();
        assert_eq!(again, kb);
    }

    #[test]
    fn split_cards_and_fill_them_back() {
        let kb = Kb::parse(SAMPLE).unwrap();
        let (names, cards) = kb.split_cards("cards.txt");
        let names = Kb::load(&names.compile()).unwrap();
        assert_eq!(names.cards_file.as_deref(), Some("cards.txt"));
        assert!(names.entities[0].desc_en.is_empty() && names.entities[0].facts.is_empty());
        assert_eq!(names.entities[0].names_en, vec!["Acme Corp"]);
        let cards_text = cards.compile();
        assert!(
            !cards_text.contains("Acme Corp"),
            "names stay out of the card file"
        );
        // A card file is not a knowledge base on its own: its blocks have no names.
        assert!(Kb::load(&cards_text).is_err());
        let mut joined = names.clone();
        joined.fill_cards(Kb::load_cards(&cards_text).unwrap());
        assert_eq!(joined, kb);
        // Only the cards asked for; the checksum still covers the whole file.
        let only: crate::FastHashSet<String> = ["acme".to_string()].into_iter().collect();
        assert_eq!(
            Kb::load_cards_of(&cards_text, &only)
                .unwrap()
                .entities
                .len(),
            1
        );
        assert!(Kb::load_cards_of(&cards_text, &Default::default())
            .unwrap()
            .entities
            .is_empty());
        let two = Kb::parse("[a]\nen: A\ndesc-en: x [y]\n[b]\nen: B\ndesc-en: z\n")
            .unwrap()
            .split_cards("c")
            .1
            .compile();
        let only_b: crate::FastHashSet<String> = ["b".to_string()].into_iter().collect();
        assert_eq!(
            Kb::load_cards_of(&two, &only_b).unwrap().entities[0].desc_en,
            "z"
        );
        assert!(Kb::load_cards_of(&cards_text.replace("Phoenix", "Tucson"), &only).is_err());
        // A publisher's overlay applied before the cards keeps its own fields.
        let mut with_overlay = names;
        with_overlay.overlay(
            Kb::parse("[acme]\nen: Acme\ndesc-en: Our sponsor.\nhq-en: Tucson\ntopic: /acme")
                .unwrap(),
        );
        with_overlay.fill_cards(Kb::load_cards(&cards_text).unwrap());
        let e = &with_overlay.entities[0];
        assert_eq!(
            (
                e.desc_en.as_str(),
                e.topic.as_deref(),
                e.wikidata.as_deref()
            ),
            ("Our sponsor.", Some("/acme"), Some("Q42"))
        );
        assert_eq!(
            e.facts_in(crate::Lang::En),
            vec![
                ("hq".into(), "Tucson".into()),
                ("founded".into(), "1949".into())
            ]
        );
    }

    #[test]
    fn fast_trim_and_split_agree_with_std() {
        for s in [
            "",
            " ",
            "a",
            " a ",
            "\tkey: v\r",
            "ar: أمين | ناصر ",
            "\u{a0}x\u{a0}",
            "\u{85}x\u{85}",
            "\u{3000}ب\u{3000}",
            "\u{2003}[a]\u{2003}",
            "é",
            " é ",
            "\u{b}x\u{b}",
            "\u{1c}x",
            "x\u{202f}",
            "ب\u{a0}",
            "\u{a0}ب",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
        for s in ["", "a", "a|b", "|a||b|", "أ | ب"] {
            assert_eq!(
                split_byte(s, b'|').collect::<Vec<_>>(),
                s.split('|').collect::<Vec<_>>(),
                "{s:?}"
            );
        }
    }

    #[test]
    fn rejects_bad_input_with_line_numbers() {
        assert_eq!(Kb::parse("[a]\nkind: robot\nen: A").unwrap_err().line, 2);
        assert_eq!(Kb::parse("[a]\nen: A\n[a]\nen: B").unwrap_err().line, 3);
        assert!(Kb::parse("[a]\nkind: person")
            .unwrap_err()
            .message
            .contains("no names"));
        assert!(Kb::parse("[e]\nkind: event\nen: x\ndate: 2020-13-01").is_err());
        assert!(Kb::parse("en: x").is_err());
    }

    #[test]
    fn lexicon_sections_round_trip_and_extend_on_overlay() {
        let src = "[a]\nkind: person\nen: A B\n@lexicon given_names_en\n# c\nAnna\nBen\n[b]\nkind: company\nen: B Corp\n";
        let kb = Kb::parse(src).unwrap();
        assert_eq!(kb.entities.len(), 2);
        assert_eq!(kb.lexicons["given_names_en"], "Anna\nBen\n");
        let mut again = Kb::load(&kb.compile()).unwrap();
        assert_eq!(again, kb);
        again.overlay(Kb::parse("@lexicon given_names_en\nCara").unwrap());
        assert_eq!(again.lexicons["given_names_en"], "Anna\nBen\nCara\n");
        assert!(Kb::parse("@lexicon bad name").is_err());
    }

    #[test]
    fn detects_tampering_and_wrong_version() {
        let c = Kb::parse(SAMPLE).unwrap().compile();
        assert!(Kb::load(&c.replace("Phoenix", "Tucson"))
            .unwrap_err()
            .message
            .contains("checksum"));
        assert!(Kb::load(&c[..c.len() - 10]).is_err());
        assert!(Kb::load(&c.replacen("newsgloss-kb/2", "newsgloss-kb/9", 1))
            .unwrap_err()
            .message
            .contains("version"));
    }

    #[test]
    fn compact_body_is_a_line_per_entity_and_reads_back() {
        let kb = Kb::parse(SAMPLE).unwrap();
        let c = kb.compile();
        let body = c.split_once('\n').unwrap().1;
        assert_eq!(body.lines().count(), 2, "{body}");
        assert!(body.starts_with("acme\tcompany\tأكمي|اكمي\t\tAcme Corp\tAcme\tAcme Club\t"));
        // A tab inside a value (the source form allows one) becomes a space.
        let tab = Kb::parse("[a]\nen: A\tB\ndesc-en: x\ty\n").unwrap();
        let again = Kb::load(&tab.compile()).unwrap();
        assert_eq!(
            (
                again.entities[0].names_en[0].as_str(),
                again.entities[0].desc_en.as_str()
            ),
            ("A B", "x y")
        );
        // Errors name the file's line: the header is line 1.
        let with_body = |body: &str| {
            let sum = checksum64(body.as_bytes());
            format!("newsgloss-kb/{FORMAT_VERSION} entities=2 events=0 sum64={sum:016x}\n{body}")
        };
        let e = Kb::load(&with_body("a\t\t\t\tA\t\t\nb\trobot\t\t\tB\t\t\n")).unwrap_err();
        assert_eq!((e.line, e.message.contains("robot")), (3, true), "{e}");
        let e = Kb::load(&with_body("a\t\t\t\tA\t\t\nb\t\t\t\tB\n")).unwrap_err();
        assert_eq!((e.line, e.message.as_str()), (3, "too few columns"));
        let ok = Kb::load(&with_body("a\t\t\t\tA\t\t\nb\t\t\t\tB|C\t\tS")).unwrap();
        assert_eq!(ok.entities[1].names_en, vec!["B", "C"]);
        assert_eq!(ok.entities[1].sport_aliases, vec!["S"]);
        // Word lists come back whole, and empty ones stay empty.
        let lex = Kb::parse("@lexicon a\nx\ny\n@lexicon b\n@lexicon c\nz").unwrap();
        assert_eq!(Kb::load(&lex.compile()).unwrap(), lex);
    }

    #[test]
    fn checksum_sees_any_one_byte_change() {
        let text = b"newsgloss: a checksum over words of eight bytes, and a tail.".to_vec();
        let sum = checksum64(&text);
        for i in 0..text.len() {
            let mut t = text.clone();
            t[i] ^= 0x20;
            assert_ne!(checksum64(&t), sum, "byte {i}");
        }
        assert_ne!(checksum64(&text[..text.len() - 1]), sum);
        assert_ne!(checksum64(&[0; 8]), checksum64(&[0; 16]));
    }

    #[test]
    fn overlay_overrides_and_adds() {
        let mut kb = Kb::parse(SAMPLE).unwrap();
        kb.overlay(Kb::parse("[acme]\nen: ACME\ndesc-en: Ours.\ntopic: /topics/acme\n[new]\nkind: person\nen: New Person").unwrap());
        let e = kb.get("acme").unwrap();
        assert_eq!(e.desc_en, "Ours.");
        assert_eq!(e.names_en, vec!["Acme Corp", "ACME"]);
        assert_eq!(e.topic.as_deref(), Some("/topics/acme"));
        assert_eq!(e.kind, Some(Kind::Company));
        assert!(kb.get("new").is_some());
    }
}

/// The default knowledge base source (all `kb/*.kb` files), when built with `embedded-kb`.
#[cfg(feature = "embedded-kb")]
pub fn default_source() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/default.kb"))
}

/// Counts of a knowledge base, as `newsgloss kb stats` prints them. `bytes` and `bytes_gzip`
/// are filled in by the caller, which knows the file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub entities: usize,
    pub persons: usize,
    pub companies: usize,
    pub organizations: usize,
    pub with_ar: usize,
    pub with_en: usize,
    pub with_description_ar: usize,
    pub with_description_en: usize,
    pub aliases: usize,
    pub events: usize,
    pub bytes: usize,
    pub bytes_gzip: usize,
}

pub fn stats(kb: &Kb) -> Stats {
    let count = |f: &dyn Fn(&Entity) -> bool| kb.entities.iter().filter(|e| f(e)).count();
    Stats {
        entities: kb.entities.len(),
        persons: count(&|e| e.kind() == Kind::Person),
        companies: count(&|e| e.kind() == Kind::Company),
        organizations: count(&|e| e.kind() == Kind::Organization),
        with_ar: count(&|e| !e.names_ar.is_empty()),
        with_en: count(&|e| !e.names_en.is_empty()),
        with_description_ar: count(&|e| !e.desc_ar.is_empty()),
        with_description_en: count(&|e| !e.desc_en.is_empty()),
        aliases: kb
            .entities
            .iter()
            .map(|e| {
                e.names_ar.len()
                    + e.names_en.len()
                    + e.aliases_ar.len()
                    + e.aliases_en.len()
                    + e.sport_aliases.len()
            })
            .sum(),
        events: kb.events.len(),
        bytes: 0,
        bytes_gzip: 0,
    }
}
