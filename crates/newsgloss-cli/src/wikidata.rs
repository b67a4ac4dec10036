//! Wikidata entities → knowledge-base entities, for `newsgloss kb build --wikidata FILE`.
//!
//! # Input
//!
//! The lines of a Wikidata JSON dump (`latest-all.json`, or a filtered extract in the same
//! form): a JSON array with one entity per line — first line `[`, last line `]`, every entity
//! line ending with `,`. Each line is parsed on its own ([`Import::read_line`]), so the input
//! is streamed and never held whole. Lines that are not JSON entities are counted as
//! malformed and skipped; they never stop the build. Property entities (`"type":"property"`)
//! are skipped.
//!
//! # What is read
//!
//! From each item: `id`, `labels`/`aliases`/`descriptions` in `ar` and `en`, the `arwiki` and
//! `enwiki` sitelinks, and the claims in [`PROPS`]. Statements of deprecated rank are
//! ignored; for single facts (country, headquarters, sector, occupation, years) the
//! preferred-rank statements are used when there are any, else the normal ones. Positions
//! held (P39) are all kept, with their P580/P582 qualifiers as years: current ones first,
//! then ended ones (latest first), at most three, written like the built-in KB's roles:
//! `Chief executive officer (since 2019)` / `(2014–2023, ended)` and
//! `(منذ 2019)` / `(2014–2023، انتهت)`. A person without a position gets their occupations
//! (P106) as role.
//!
//! # What is kept
//!
//! Items with an Arabic or English label whose P31 (instance of) values map to a kind in
//! [`KIND_BY_CLASS`] (person before company before organization). Everything else (places,
//! works, classes…) is dropped, but its labels are remembered: item-valued claims carry only
//! Q-ids, and they are named with the labels of the other items of the same input, else with
//! the small built-in table [`KNOWN_LABELS`] (countries, common industries, positions and
//! occupations), else the fact is left out in that language. A Q-id is never shown to a
//! reader. Remembering labels costs memory per item read: for the full dump, filter it
//! first to the items wanted and the items their claims point to.
//!
//! # Output
//!
//! [`kb::Entity`] values with ids `wd-Q123` and `wikidata: Q123`; the label is the display
//! name, aliases become `*-alias` names (the recognizer treats them with caution). [`merge`]
//! adds them to a knowledge base: when an entity there already has that `wikidata:` id (or,
//! lacking one, links the same English or Arabic Wikipedia page), the Wikidata data fills
//! only what it lacks — built-in text wins.
//!
//! Everything here is pure: the caller opens files and prints the warnings.

use newsgloss_core::kb::{Entity, Fact, Kb, Kind};
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use std::marker::PhantomData;

/// P31 (instance of) values and the kind they give. One table: extend it here.
pub const KIND_BY_CLASS: &[(&str, Kind, &str)] = &[
    ("Q5", Kind::Person, "human"),
    ("Q4830453", Kind::Company, "business"),
    ("Q783794", Kind::Company, "company"),
    ("Q6881511", Kind::Company, "enterprise"),
    ("Q891723", Kind::Company, "public company"),
    ("Q22687", Kind::Company, "bank"),
    ("Q46970", Kind::Company, "airline"),
    ("Q11032", Kind::Company, "newspaper"),
    ("Q192283", Kind::Company, "news agency"),
    ("Q206361", Kind::Company, "conglomerate"),
    ("Q18388277", Kind::Company, "technology company"),
    ("Q1061353", Kind::Company, "sovereign wealth fund"),
    ("Q43229", Kind::Organization, "organization"),
    ("Q484652", Kind::Organization, "international organization"),
    ("Q847017", Kind::Organization, "sports club"),
    ("Q476028", Kind::Organization, "association football club"),
    ("Q66344", Kind::Organization, "central bank"),
];

/// The claims read, by property.
pub const PROPS: &[(&str, &str)] = &[
    ("P31", "instance of"),
    ("P106", "occupation"),
    ("P39", "position held"),
    ("P452", "industry"),
    ("P17", "country"),
    ("P27", "country of citizenship"),
    ("P569", "date of birth"),
    ("P571", "inception"),
    ("P159", "headquarters location"),
];

/// Names of common claim values (Q-id, Arabic, English), used when the input does not carry
/// the value's own item. Countries, industries, positions, occupations.
pub const KNOWN_LABELS: &[(&str, &str, &str)] = &[
    // Countries (the names the built-in KB uses).
    ("Q30", "الولايات المتحدة", "United States"),
    ("Q145", "المملكة المتحدة", "United Kingdom"),
    ("Q142", "فرنسا", "France"),
    ("Q183", "ألمانيا", "Germany"),
    ("Q38", "إيطاليا", "Italy"),
    ("Q29", "إسبانيا", "Spain"),
    ("Q17", "اليابان", "Japan"),
    ("Q148", "الصين", "China"),
    ("Q159", "روسيا", "Russia"),
    ("Q668", "الهند", "India"),
    ("Q155", "البرازيل", "Brazil"),
    ("Q16", "كندا", "Canada"),
    ("Q408", "أستراليا", "Australia"),
    ("Q884", "كوريا الجنوبية", "South Korea"),
    ("Q43", "تركيا", "Turkey"),
    ("Q794", "إيران", "Iran"),
    ("Q851", "السعودية", "Saudi Arabia"),
    ("Q878", "الإمارات", "United Arab Emirates"),
    ("Q846", "قطر", "Qatar"),
    ("Q817", "الكويت", "Kuwait"),
    ("Q398", "البحرين", "Bahrain"),
    ("Q842", "عُمان", "Oman"),
    ("Q79", "مصر", "Egypt"),
    ("Q810", "الأردن", "Jordan"),
    ("Q822", "لبنان", "Lebanon"),
    ("Q858", "سوريا", "Syria"),
    ("Q796", "العراق", "Iraq"),
    ("Q805", "اليمن", "Yemen"),
    ("Q1028", "المغرب", "Morocco"),
    ("Q262", "الجزائر", "Algeria"),
    ("Q948", "تونس", "Tunisia"),
    ("Q1016", "ليبيا", "Libya"),
    ("Q1049", "السودان", "Sudan"),
    ("Q801", "إسرائيل", "Israel"),
    ("Q219060", "فلسطين", "Palestine"),
    ("Q39", "سويسرا", "Switzerland"),
    ("Q55", "هولندا", "Netherlands"),
    ("Q34", "السويد", "Sweden"),
    ("Q20", "النرويج", "Norway"),
    ("Q36", "بولندا", "Poland"),
    ("Q212", "أوكرانيا", "Ukraine"),
    ("Q96", "المكسيك", "Mexico"),
    ("Q252", "إندونيسيا", "Indonesia"),
    ("Q843", "باكستان", "Pakistan"),
    ("Q1033", "نيجيريا", "Nigeria"),
    ("Q258", "جنوب إفريقيا", "South Africa"),
    ("Q334", "سنغافورة", "Singapore"),
    // Industries.
    ("Q11661", "تقنية المعلومات", "Information technology"),
    ("Q418", "الاتصالات", "Telecommunications"),
    ("Q11660", "الذكاء الاصطناعي", "Artificial intelligence"),
    ("Q11033", "الإعلام", "Media"),
    // Positions.
    ("Q484876", "الرئيس التنفيذي", "Chief executive officer"),
    ("Q140686", "رئيس مجلس الإدارة", "Chairperson"),
    ("Q30461", "رئيس", "President"),
    ("Q14212", "رئيس الوزراء", "Prime minister"),
    ("Q83307", "وزير", "Minister"),
    // Occupations.
    ("Q43845", "رجل أعمال", "Businessperson"),
    ("Q131524", "رائد أعمال", "Entrepreneur"),
    ("Q82955", "سياسي", "Politician"),
    ("Q193391", "دبلوماسي", "Diplomat"),
    ("Q188094", "اقتصادي", "Economist"),
    ("Q806798", "مصرفي", "Banker"),
    ("Q81096", "مهندس", "Engineer"),
    ("Q82594", "عالم حاسوب", "Computer scientist"),
    ("Q1930187", "صحفي", "Journalist"),
    ("Q36180", "كاتب", "Writer"),
    ("Q937857", "لاعب كرة قدم", "Association football player"),
];

/// How many aliases per language an imported entity keeps.
const MAX_ALIASES: usize = 10;
/// How many positions, occupations, countries or sectors a fact lists.
const MAX_ROLES: usize = 3;
const MAX_VALUES: usize = 2;

// ---------------------------------------------------------------------------------------
// The JSON model: only what is read, everything else skipped without being built.

/// Which keys of a JSON object to keep.
trait Keys {
    fn keep(key: &str) -> bool;
}

/// The `ar` and `en` entries of a language map.
struct ArEn;
impl Keys for ArEn {
    fn keep(key: &str) -> bool {
        matches!(key, "ar" | "en")
    }
}

/// The properties in [`PROPS`].
struct Props;
impl Keys for Props {
    fn keep(key: &str) -> bool {
        PROPS.iter().any(|(p, _)| *p == key)
    }
}

/// The Arabic and English Wikipedia sitelinks.
struct Wikis;
impl Keys for Wikis {
    fn keep(key: &str) -> bool {
        matches!(key, "arwiki" | "enwiki")
    }
}

/// Qualifiers: start and end time.
struct Times;
impl Keys for Times {
    fn keep(key: &str) -> bool {
        matches!(key, "P580" | "P582")
    }
}

/// A JSON object reduced to the keys `K` keeps. Wikidata writes an empty object as `[]`,
/// which is accepted as empty.
struct Picked<K, T>(Vec<(String, T)>, PhantomData<K>);

impl<K, T> Default for Picked<K, T> {
    fn default() -> Self {
        Picked(Vec::new(), PhantomData)
    }
}

impl<K, T> Picked<K, T> {
    fn get(&self, key: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

impl<'de, K: Keys, T: Deserialize<'de>> Deserialize<'de> for Picked<K, T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<K, T>(PhantomData<(K, T)>);
        impl<'de, K: Keys, T: Deserialize<'de>> Visitor<'de> for V<K, T> {
            type Value = Picked<K, T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object (or [] for an empty one)")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = Vec::new();
                // Keys are checked before they are copied: a full-dump item has hundreds.
                while let Some(key) = map.next_key::<KeptKey<K>>()? {
                    match key.0 {
                        Some(k) => out.push((k, map.next_value::<T>()?)),
                        None => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(Picked(out, PhantomData))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                if seq.next_element::<IgnoredAny>()?.is_some() {
                    return Err(de::Error::custom(
                        "expected an object, found a non-empty array",
                    ));
                }
                Ok(Picked::default())
            }
        }
        d.deserialize_any(V::<K, T>(PhantomData))
    }
}

/// A map key: `Some` (copied) when `K` keeps it.
struct KeptKey<K>(Option<String>, PhantomData<K>);

impl<'de, K: Keys> Deserialize<'de> for KeptKey<K> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<K>(PhantomData<K>);
        impl<K: Keys> Visitor<'_> for V<K> {
            type Value = KeptKey<K>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string key")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(KeptKey(K::keep(v).then(|| v.to_owned()), PhantomData))
            }
        }
        d.deserialize_str(V::<K>(PhantomData))
    }
}

#[derive(Deserialize)]
struct LangValue {
    value: String,
}

#[derive(Deserialize)]
struct Sitelink {
    title: String,
}

#[derive(Deserialize)]
struct Snak {
    snaktype: String,
    #[serde(default)]
    datavalue: Option<DataValue>,
}

#[derive(Deserialize)]
struct DataValue {
    value: serde_json::Value,
}

#[derive(Deserialize)]
struct Statement {
    mainsnak: Snak,
    #[serde(default)]
    rank: Option<String>,
    #[serde(default)]
    qualifiers: Picked<Times, Vec<Snak>>,
}

#[derive(Deserialize)]
struct RawEntity {
    #[serde(rename = "type", default)]
    ty: Option<String>,
    id: String,
    #[serde(default)]
    labels: Picked<ArEn, LangValue>,
    #[serde(default)]
    descriptions: Picked<ArEn, LangValue>,
    #[serde(default)]
    aliases: Picked<ArEn, Vec<LangValue>>,
    #[serde(default)]
    claims: Picked<Props, Vec<Statement>>,
    #[serde(default)]
    sitelinks: Picked<Wikis, Sitelink>,
}

// ---------------------------------------------------------------------------------------
// Values.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    Deprecated,
    Normal,
    Preferred,
}

/// What a snak says, in the forms used here.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    Item(String),
    /// A year (time values of year precision or finer).
    Year(i32),
    /// A value exists but is unknown or of a form not read ("somevalue", decade precision…).
    Unknown,
    /// "novalue", or no value at all.
    None,
}

fn snak_value(s: &Snak) -> Value {
    if s.snaktype != "value" {
        return if s.snaktype == "somevalue" {
            Value::Unknown
        } else {
            Value::None
        };
    }
    let Some(v) = s.datavalue.as_ref().map(|d| &d.value) else {
        return Value::None;
    };
    if let Some(id) = v.get("id").and_then(|x| x.as_str()) {
        return Value::Item(id.to_string());
    }
    if let Some(n) = v.get("numeric-id").and_then(|x| x.as_u64()) {
        return Value::Item(format!("Q{n}"));
    }
    if let Some(t) = v.get("time").and_then(|x| x.as_str()) {
        let precision = v.get("precision").and_then(|x| x.as_u64()).unwrap_or(0);
        return match year_of(t) {
            Some(y) if precision >= 9 => Value::Year(y),
            _ => Value::Unknown,
        };
    }
    Value::Unknown
}

/// The year of a Wikidata time string (`+1985-04-22T00:00:00Z`, `-0044-03-15T…`).
fn year_of(t: &str) -> Option<i32> {
    let (sign, rest) = match t.as_bytes().first()? {
        b'+' => (1, &t[1..]),
        b'-' => (-1, &t[1..]),
        _ => (1, t),
    };
    let digits = rest.split('-').next()?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<i32>().ok().map(|y| sign * y)
}

/// A position held, with its years.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Position {
    item: String,
    start: Option<i32>,
    /// `Some(None)`: ended, year unknown.
    end: Option<Option<i32>>,
}

/// An item kept for the knowledge base, its claims still as Q-ids.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Candidate {
    qid: String,
    kind: Kind,
    label_ar: Option<String>,
    label_en: Option<String>,
    aliases_ar: Vec<String>,
    aliases_en: Vec<String>,
    desc_ar: String,
    desc_en: String,
    wiki_ar: Option<String>,
    wiki_en: Option<String>,
    positions: Vec<Position>,
    occupations: Vec<String>,
    countries: Vec<String>,
    industries: Vec<String>,
    hq: Vec<String>,
    year: Option<i32>,
}

/// Counts of an import, for the summary the CLI prints.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Entity lines parsed.
    pub read: usize,
    pub persons: usize,
    pub companies: usize,
    pub organizations: usize,
    /// Items of a kept kind without an Arabic or English label.
    pub no_label: usize,
    /// Items of no kept kind (places, works…), and property entities.
    pub other_kind: usize,
    /// Items seen twice (the first one is used).
    pub duplicates: usize,
    pub malformed: usize,
}

impl Report {
    pub fn kept(&self) -> usize {
        self.persons + self.companies + self.organizations
    }
}

/// Cleans text for the line-based KB format: one line, trimmed; `|` is the list separator
/// there, so names containing it are dropped by the caller.
fn clean(s: &str) -> String {
    let one_line: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    one_line.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn clean_name(s: &str) -> Option<String> {
    let s = clean(s);
    (!s.is_empty() && !s.contains('|')).then_some(s)
}

/// The Arabic and English labels of an item.
type Labels = (Option<Box<str>>, Option<Box<str>>);

/// An import in progress: feed it lines, then take the entities.
#[derive(Default)]
pub struct Import {
    /// Arabic and English labels of every item read, to name claim values.
    labels: HashMap<String, Labels>,
    kept: Vec<Candidate>,
    pub report: Report,
}

impl Import {
    pub fn new() -> Import {
        Import::default()
    }

    /// Reads one line of a dump. `Err` (with a short reason) for a malformed line, which is
    /// counted and otherwise ignored; the array brackets and blank lines are fine.
    pub fn read_line(&mut self, line: &str) -> Result<(), String> {
        let line = line.trim();
        let line = line.strip_suffix(',').unwrap_or(line).trim_end();
        if line.is_empty() || line == "[" || line == "]" {
            return Ok(());
        }
        let raw: RawEntity = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                self.report.malformed += 1;
                return Err(e.to_string());
            }
        };
        self.report.read += 1;
        self.add(raw);
        Ok(())
    }

    fn add(&mut self, raw: RawEntity) {
        let is_item = raw.ty.as_deref().is_none_or(|t| t == "item");
        let valid_id = raw.id.len() > 1
            && raw.id.starts_with('Q')
            && raw.id[1..].bytes().all(|b| b.is_ascii_digit());
        if !is_item || !valid_id {
            self.report.other_kind += 1;
            return;
        }
        let label = |lang: &str| raw.labels.get(lang).and_then(|l| clean_name(&l.value));
        let (label_ar, label_en) = (label("ar"), label("en"));
        if self.labels.contains_key(&raw.id) {
            self.report.duplicates += 1;
            return;
        }
        if label_ar.is_some() || label_en.is_some() {
            self.labels.insert(
                raw.id.clone(),
                (
                    label_ar.clone().map(Into::into),
                    label_en.clone().map(Into::into),
                ),
            );
        }

        // Statements of a property, deprecated ones dropped; with `best`, only the top rank.
        let statements = |p: &str, best: bool| -> Vec<&Statement> {
            let all: Vec<(Rank, &Statement)> = raw
                .claims
                .get(p)
                .map(|v| {
                    v.iter()
                        .map(|s| (rank_of(s), s))
                        .filter(|(r, _)| *r != Rank::Deprecated)
                        .collect()
                })
                .unwrap_or_default();
            let top = if best {
                all.iter().map(|(r, _)| *r).max()
            } else {
                None
            };
            all.into_iter()
                .filter(|(r, _)| top.is_none_or(|t| *r == t))
                .map(|(_, s)| s)
                .collect()
        };
        let items = |p: &str| -> Vec<String> {
            let mut out: Vec<String> = Vec::new();
            for s in statements(p, true) {
                if let Value::Item(q) = snak_value(&s.mainsnak) {
                    if !out.contains(&q) {
                        out.push(q);
                    }
                }
            }
            out
        };

        let classes: Vec<String> = statements("P31", false)
            .into_iter()
            .filter_map(|s| match snak_value(&s.mainsnak) {
                Value::Item(q) => Some(q),
                _ => None,
            })
            .collect();
        let Some(kind) = kind_of(&classes) else {
            self.report.other_kind += 1;
            return;
        };
        if label_ar.is_none() && label_en.is_none() {
            self.report.no_label += 1;
            return;
        }
        let aliases = |lang: &str, label: &Option<String>| -> Vec<String> {
            let mut out: Vec<String> = Vec::new();
            for a in raw.aliases.get(lang).into_iter().flatten() {
                let Some(a) = clean_name(&a.value) else {
                    continue;
                };
                if a.chars().count() >= 3
                    && Some(&a) != label.as_ref()
                    && !out.contains(&a)
                    && out.len() < MAX_ALIASES
                {
                    out.push(a);
                }
            }
            out
        };
        let desc = |lang: &str| {
            raw.descriptions
                .get(lang)
                .map(|d| clean(&d.value))
                .unwrap_or_default()
        };
        let wiki = |site: &str| {
            raw.sitelinks
                .get(site)
                .map(|s| clean(&s.title))
                .filter(|t| !t.is_empty())
        };
        let year = |p: &str| {
            statements(p, true)
                .into_iter()
                .find_map(|s| match snak_value(&s.mainsnak) {
                    Value::Year(y) => Some(y),
                    _ => None,
                })
        };
        let mut positions = Vec::new();
        if kind == Kind::Person {
            for s in statements("P39", false) {
                let Value::Item(item) = snak_value(&s.mainsnak) else {
                    continue;
                };
                let qual = |p: &str| s.qualifiers.get(p).and_then(|v| v.first()).map(snak_value);
                let start = match qual("P580") {
                    Some(Value::Year(y)) => Some(y),
                    _ => None,
                };
                let end = match qual("P582") {
                    Some(Value::Year(y)) => Some(Some(y)),
                    Some(Value::Unknown) => Some(None),
                    _ => None,
                };
                positions.push(Position { item, start, end });
            }
        }
        let candidate = Candidate {
            qid: raw.id.clone(),
            kind,
            aliases_ar: aliases("ar", &label_ar),
            aliases_en: aliases("en", &label_en),
            label_ar,
            label_en,
            desc_ar: desc("ar"),
            desc_en: desc("en"),
            wiki_ar: wiki("arwiki"),
            wiki_en: wiki("enwiki"),
            positions,
            occupations: if kind == Kind::Person {
                items("P106")
            } else {
                Vec::new()
            },
            countries: if kind == Kind::Person {
                items("P27")
            } else {
                items("P17")
            },
            industries: if kind == Kind::Person {
                Vec::new()
            } else {
                items("P452")
            },
            hq: if kind == Kind::Person {
                Vec::new()
            } else {
                items("P159")
            },
            year: if kind == Kind::Person {
                year("P569")
            } else {
                year("P571")
            },
        };
        match kind {
            Kind::Person => self.report.persons += 1,
            Kind::Company => self.report.companies += 1,
            Kind::Organization => self.report.organizations += 1,
        }
        self.kept.push(candidate);
    }

    /// The name of item `q` in `lang`: from the input, else the built-in table.
    fn label(&self, q: &str, lang: &str) -> Option<&str> {
        let from_input = self.labels.get(q).and_then(|(ar, en)| {
            if lang == "ar" {
                ar.as_deref()
            } else {
                en.as_deref()
            }
        });
        from_input.or_else(|| {
            KNOWN_LABELS
                .iter()
                .find(|(id, _, _)| *id == q)
                .map(|(_, ar, en)| if lang == "ar" { *ar } else { *en })
        })
    }

    /// The kept items as knowledge-base entities, in input order.
    pub fn into_entities(self) -> Vec<Entity> {
        self.kept.iter().map(|c| self.entity(c)).collect()
    }

    fn entity(&self, c: &Candidate) -> Entity {
        let mut facts = Vec::new();
        for lang in ["ar", "en"] {
            let mut push = |key: &str, value: String| {
                if !value.is_empty() {
                    facts.push(Fact {
                        key: key.into(),
                        lang: Some(lang.into()),
                        value,
                    });
                }
            };
            let sep = if lang == "ar" { "، " } else { ", " };
            let names = |qs: &[String], max: usize| -> Vec<String> {
                qs.iter()
                    .filter_map(|q| self.label(q, lang))
                    .map(|s| sentence_case(s, lang))
                    .take(max)
                    .collect()
            };
            if c.kind == Kind::Person {
                let role = self.roles(&c.positions, lang);
                let role = if role.is_empty() {
                    names(&c.occupations, MAX_ROLES).join(sep)
                } else {
                    role
                };
                push("role", role);
                push("country", names(&c.countries, MAX_VALUES).join(sep));
            } else {
                push("sector", names(&c.industries, MAX_VALUES).join(sep));
                push("country", names(&c.countries, MAX_VALUES).join(sep));
                push("hq", names(&c.hq, 1).join(sep));
            }
        }
        if let Some(y) = c.year {
            let key = if c.kind == Kind::Person {
                "born"
            } else {
                "founded"
            };
            facts.push(Fact {
                key: key.into(),
                lang: None,
                value: y.to_string(),
            });
        }
        Entity {
            id: format!("wd-{}", c.qid),
            kind: Some(c.kind),
            names_ar: c.label_ar.iter().cloned().collect(),
            aliases_ar: c.aliases_ar.clone(),
            names_en: c.label_en.iter().cloned().collect(),
            aliases_en: c.aliases_en.clone(),
            sport_aliases: Vec::new(),
            desc_ar: c.desc_ar.clone(),
            desc_en: c.desc_en.clone(),
            facts,
            wikidata: Some(c.qid.clone()),
            wikipedia_ar: c.wiki_ar.clone(),
            wikipedia_en: c.wiki_en.clone(),
            topic: None,
        }
    }

    /// Positions held in `lang`: current ones first, then ended ones, latest first.
    fn roles(&self, positions: &[Position], lang: &str) -> String {
        let mut ps: Vec<&Position> = positions.iter().collect();
        // Stable: current before ended; among ended, later end first.
        ps.sort_by_key(|p| match p.end {
            None => (0, 0),
            Some(Some(y)) => (1, -y),
            Some(None) => (2, 0),
        });
        let mut out: Vec<String> = Vec::new();
        for p in ps {
            let Some(name) = self.label(&p.item, lang) else {
                continue;
            };
            let name = sentence_case(name, lang);
            let years = match (lang, p.start, p.end) {
                ("ar", Some(s), None) => format!(" (منذ {s})"),
                ("ar", Some(s), Some(Some(e))) => format!(" ({s}–{e}، انتهت)"),
                ("ar", None, Some(Some(e))) => format!(" (حتى {e}، انتهت)"),
                ("ar", _, Some(None)) => " (انتهت)".to_string(),
                (_, Some(s), None) => format!(" (since {s})"),
                (_, Some(s), Some(Some(e))) => format!(" ({s}–{e}, ended)"),
                (_, None, Some(Some(e))) => format!(" (until {e}, ended)"),
                (_, _, Some(None)) => " (ended)".to_string(),
                (_, None, None) => String::new(),
            };
            let role = format!("{name}{years}");
            if !out.contains(&role) {
                out.push(role);
            }
            if out.len() == MAX_ROLES {
                break;
            }
        }
        out.join(if lang == "ar" { "؛ " } else { "; " })
    }
}

fn rank_of(s: &Statement) -> Rank {
    match s.rank.as_deref() {
        Some("deprecated") => Rank::Deprecated,
        Some("preferred") => Rank::Preferred,
        _ => Rank::Normal,
    }
}

/// The kind given by P31 values: person before company before organization.
fn kind_of(classes: &[String]) -> Option<Kind> {
    let kinds: Vec<Kind> = classes
        .iter()
        .filter_map(|q| {
            KIND_BY_CLASS
                .iter()
                .find(|(c, _, _)| c == q)
                .map(|(_, k, _)| *k)
        })
        .collect();
    [Kind::Person, Kind::Company, Kind::Organization]
        .into_iter()
        .find(|k| kinds.contains(k))
}

/// English labels of classes and positions are lower case in Wikidata ("chief executive
/// officer"); a card fact starts with a capital.
fn sentence_case(s: &str, lang: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) if lang == "en" && f.is_lowercase() => f.to_uppercase().chain(c).collect(),
        _ => s.to_string(),
    }
}

/// What [`merge`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merged {
    /// New entities.
    pub added: usize,
    /// Entities already in the knowledge base (same `wikidata:` id) that gained something.
    pub enriched: usize,
}

/// Adds imported entities to `kb`. An entity that is already there — same Wikidata id, or no
/// Wikidata id but the same Wikipedia page (the built-in KB does not give every entity its
/// Q-id) — fills only what that entity lacks: names and aliases of a language it has no
/// names in, empty descriptions, facts (key and language) it does not have, links, the
/// Wikidata id, the kind.
pub fn merge(kb: &mut Kb, entities: Vec<Entity>) -> Merged {
    let mut by_qid: HashMap<String, usize> = kb
        .entities
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.wikidata.clone().map(|q| (q, i)))
        .collect();
    let page = |lang: &str, title: &str| format!("{lang}:{}", title.replace('_', " ").trim());
    let mut by_page: HashMap<String, usize> = HashMap::new();
    for (i, e) in kb
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.wikidata.is_none())
    {
        for (lang, title) in [("en", &e.wikipedia_en), ("ar", &e.wikipedia_ar)] {
            if let Some(t) = title {
                by_page.entry(page(lang, t)).or_insert(i);
            }
        }
    }
    let mut ids: std::collections::HashSet<String> =
        kb.entities.iter().map(|e| e.id.clone()).collect();
    let mut merged = Merged::default();
    for w in entities {
        let qid = w.wikidata.clone().unwrap_or_default();
        let same_page = [("en", &w.wikipedia_en), ("ar", &w.wikipedia_ar)]
            .into_iter()
            .find_map(|(lang, t)| {
                t.as_ref()
                    .and_then(|t| by_page.get(&page(lang, t)).copied())
            });
        if let (None, Some(i)) = (by_qid.get(&qid), same_page) {
            by_qid.insert(qid.clone(), i);
        }
        match by_qid.get(&qid) {
            Some(&i) => {
                if fill_missing(&mut kb.entities[i], w) {
                    merged.enriched += 1;
                }
            }
            None if ids.contains(&w.id) => {} // an id taken by a different entity: keep it
            None => {
                by_qid.insert(qid, kb.entities.len());
                ids.insert(w.id.clone());
                kb.entities.push(w);
                merged.added += 1;
            }
        }
    }
    merged
}

/// Fills what `e` lacks from `w`; true when anything changed.
fn fill_missing(e: &mut Entity, mut w: Entity) -> bool {
    let before = e.clone();
    if e.kind.is_none() {
        e.kind = w.kind;
    }
    if e.names_ar.is_empty() && e.aliases_ar.is_empty() {
        e.names_ar = std::mem::take(&mut w.names_ar);
        e.aliases_ar = std::mem::take(&mut w.aliases_ar);
    }
    if e.names_en.is_empty() && e.aliases_en.is_empty() {
        e.names_en = std::mem::take(&mut w.names_en);
        e.aliases_en = std::mem::take(&mut w.aliases_en);
    }
    e.fill_card_fields(w);
    *e != before
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item_claim(prop: &str, q: &str, rank: &str, qualifiers: &str) -> String {
        let n = &q[1..];
        format!(
            r#"{{"mainsnak":{{"snaktype":"value","property":"{prop}","datavalue":{{"value":{{"entity-type":"item","numeric-id":{n},"id":"{q}"}},"type":"wikibase-entityid"}},"datatype":"wikibase-item"}},"type":"statement","rank":"{rank}","qualifiers":{qualifiers}}}"#
        )
    }

    fn time_snak(prop: &str, t: &str, precision: u8) -> String {
        format!(
            r#"{{"snaktype":"value","property":"{prop}","datavalue":{{"value":{{"time":"{t}","timezone":0,"before":0,"after":0,"precision":{precision},"calendarmodel":"http://www.wikidata.org/entity/Q1985727"}},"type":"time"}},"datatype":"time"}}"#
        )
    }

    fn entity(id: &str, en: &str, claims: &[(&str, String)]) -> String {
        let mut by_prop: Vec<(&str, Vec<&String>)> = Vec::new();
        for (p, c) in claims {
            match by_prop.iter_mut().find(|(q, _)| q == p) {
                Some((_, v)) => v.push(c),
                None => by_prop.push((p, vec![c])),
            }
        }
        let claims: Vec<String> = by_prop
            .iter()
            .map(|(p, v)| {
                format!(
                    "\"{p}\":[{}]",
                    v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",")
                )
            })
            .collect();
        format!(
            r#"{{"type":"item","id":"{id}","labels":{{"en":{{"language":"en","value":"{en}"}}}},"descriptions":[],"aliases":{{}},"claims":{{{}}},"sitelinks":[]}},"#,
            claims.join(",")
        )
    }

    #[test]
    fn years_and_values() {
        assert_eq!(year_of("+1985-04-22T00:00:00Z"), Some(1985));
        assert_eq!(year_of("-0044-03-15T00:00:00Z"), Some(-44));
        assert_eq!(year_of("+20x0-01-01T00:00:00Z"), None);
        let snak: Snak =
            serde_json::from_str(&time_snak("P569", "+1950-00-00T00:00:00Z", 8)).unwrap();
        assert_eq!(
            snak_value(&snak),
            Value::Unknown,
            "decade precision is not a year"
        );
        let snak: Snak =
            serde_json::from_str(r#"{"snaktype":"somevalue","property":"P582"}"#).unwrap();
        assert_eq!(snak_value(&snak), Value::Unknown);
    }

    #[test]
    fn kinds_come_from_the_table_person_first() {
        let k = |qs: &[&str]| kind_of(&qs.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(k(&["Q5"]), Some(Kind::Person));
        assert_eq!(k(&["Q43229", "Q891723"]), Some(Kind::Company));
        assert_eq!(k(&["Q66344"]), Some(Kind::Organization));
        assert_eq!(k(&["Q515"]), None);
        // Every table entry is a well-formed Q-id, listed once.
        for (i, (q, _, _)) in KIND_BY_CLASS.iter().enumerate() {
            assert!(q.starts_with('Q') && q[1..].bytes().all(|b| b.is_ascii_digit()));
            assert!(
                KIND_BY_CLASS[..i].iter().all(|(p, _, _)| p != q),
                "{q} twice"
            );
        }
        for (i, (q, _, _)) in KNOWN_LABELS.iter().enumerate() {
            assert!(
                KNOWN_LABELS[..i].iter().all(|(p, _, _)| p != q),
                "{q} twice"
            );
        }
    }

    #[test]
    fn positions_resolve_through_the_input_and_the_table() {
        let mut imp = Import::new();
        let quals_ended = format!(
            r#"{{"P580":[{}],"P582":[{}]}}"#,
            time_snak("P580", "+2010-01-01T00:00:00Z", 11),
            time_snak("P582", "+2015-06-30T00:00:00Z", 11)
        );
        let quals_current = format!(
            r#"{{"P580":[{}]}}"#,
            time_snak("P580", "+2016-01-01T00:00:00Z", 9)
        );
        let person = entity(
            "Q999999101",
            "Test Person",
            &[
                ("P31", item_claim("P31", "Q5", "normal", "{}")),
                (
                    "P39",
                    item_claim("P39", "Q999999102", "normal", &quals_ended),
                ),
                (
                    "P39",
                    item_claim("P39", "Q484876", "normal", &quals_current),
                ),
                ("P39", item_claim("P39", "Q999999103", "normal", "[]")), // no label anywhere: left out
                ("P27", item_claim("P27", "Q145", "deprecated", "{}")),
                ("P27", item_claim("P27", "Q30", "normal", "{}")),
            ],
        );
        imp.read_line("[").unwrap();
        imp.read_line(&person).unwrap();
        imp.read_line(&entity("Q999999102", "minister of tests", &[]))
            .unwrap();
        imp.read_line("]").unwrap();
        assert!(imp.read_line("{\"type\":\"item\",").is_err());
        assert_eq!(imp.report.malformed, 1);
        assert_eq!(imp.report.persons, 1);
        assert_eq!(imp.report.other_kind, 1);
        let es = imp.into_entities();
        assert_eq!(es.len(), 1);
        let e = &es[0];
        assert_eq!(e.id, "wd-Q999999101");
        let facts = e.facts_in(newsgloss_core::Lang::En);
        assert!(
            facts.contains(&(
                "role".into(),
                "Chief executive officer (since 2016); Minister of tests (2010–2015, ended)".into()
            )),
            "{facts:?}"
        );
        assert!(
            facts.contains(&("country".into(), "United States".into())),
            "{facts:?}"
        );
        let ar = e.facts_in(newsgloss_core::Lang::Ar);
        // The test minister has no Arabic label: only the table's position is named.
        assert!(
            ar.contains(&("role".into(), "الرئيس التنفيذي (منذ 2016)".into())),
            "{ar:?}"
        );
        assert!(!format!("{:?}", e.facts).contains("Q999999103"));
    }

    #[test]
    fn merge_fills_only_what_the_built_in_entity_lacks() {
        let mut kb = Kb::parse("[acme]\nkind: company\nen: Acme\ndesc-en: Ours.\nhq-en: Phoenix\nwikidata: Q999999200\n").unwrap();
        let mut w = Entity {
            id: "wd-Q999999200".into(),
            kind: Some(Kind::Company),
            names_ar: vec!["أكمي".into()],
            names_en: vec!["Acme Corporation".into()],
            desc_en: "Theirs.".into(),
            desc_ar: "شركة.".into(),
            wikidata: Some("Q999999200".into()),
            ..Entity::default()
        };
        w.facts.push(Fact {
            key: "hq".into(),
            lang: Some("en".into()),
            value: "Tucson".into(),
        });
        w.facts.push(Fact {
            key: "founded".into(),
            lang: None,
            value: "1949".into(),
        });
        let new = Entity {
            id: "wd-Q999999201".into(),
            names_en: vec!["Other".into()],
            wikidata: Some("Q999999201".into()),
            ..Entity::default()
        };
        let m = merge(&mut kb, vec![w, new]);
        assert_eq!(
            m,
            Merged {
                added: 1,
                enriched: 1
            }
        );
        let e = kb.get("acme").unwrap();
        assert_eq!(e.names_en, vec!["Acme"]);
        assert_eq!(e.names_ar, vec!["أكمي"]);
        assert_eq!(e.desc_en, "Ours.");
        assert_eq!(e.desc_ar, "شركة.");
        let en = e.facts_in(newsgloss_core::Lang::En);
        assert!(
            en.contains(&("hq".into(), "Phoenix".into()))
                && !en.contains(&("hq".into(), "Tucson".into()))
        );
        assert!(en.contains(&("founded".into(), "1949".into())));
        assert!(kb.get("wd-Q999999201").is_some());
        assert!(Kb::load(&kb.compile()).is_ok());
    }

    #[test]
    fn text_is_made_safe_for_the_line_format() {
        assert_eq!(clean(" a\nb\t c "), "a b c");
        assert_eq!(clean_name("A | B"), None);
    }
}
