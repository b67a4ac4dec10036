//! Entity recognition: which spans of the article name which person or company.
//!
//! The model, in passes over the normalized text (see [`crate::text`]):
//!
//! 1. **Knowledge base.** Every name and alias of every entity is one pattern of a single
//!    Aho-Corasick automaton ([`Matcher`], a compact double-array one from `daachorse`). All overlapping hits are collected, then kept only
//!    where they sit on word boundaries; an Arabic name may carry proclitics (و ف ب ل ك and
//!    their pairs: "وإليسون", "لماسك", and Latin names too: "وOracle"). The mention span never
//!    includes the clitic. Longest hits win; ties go to the earlier one.
//! 2. **Ambiguity.** When one alias fits several entities, the one whose full name the article
//!    also uses wins; if none or several do, the span is left unannotated: a wrong card is
//!    worse than no card.
//! 3. **Within the article.** A person met by a full name ("لاري إليسون") is then also
//!    recognized by the surname alone ("وإليسون"), even if the knowledge base lists no such
//!    short form.
//! 4. **Roles.** The role the article gives a person, in apposition ("سام ألتمان، الرئيس
//!    التنفيذي لـ OpenAI،") or as a title before the name ("حاكم داكوتا الشمالية دوغ بورغوم").
//!
//! Latin-script aliases must match the case of the knowledge base's first letter, so that
//! "Apple" the company is not found in "an apple".

use crate::kb::{Kb, Kind};
use crate::text::{is_word_char, normalize, NormText};
use crate::{EntityOut, Lang, Mention};
use crate::{FastHashMap as HashMap, FastHashSet as HashSet};
use daachorse::CharwiseDoubleArrayAhoCorasick;
use std::collections::BTreeMap;

/// How an alias names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AliasKind {
    /// A full name: enough on its own, and evidence for the entity's short forms.
    Full,
    /// A short form (surname, short company name) the knowledge base says is safe alone.
    Short,
    /// A short form safe only in an article about sport (a club's "الهلال", "Liverpool").
    Sport,
}

#[derive(Debug, Clone)]
struct Pattern {
    targets: Vec<(usize, AliasKind)>,
    /// The alias starts with an upper-case Latin letter: the text must too.
    case: Case,
}

/// The compiled knowledge-base automaton. Build once per knowledge base. (No `Debug`: the
/// automaton's would add kilobytes to the widget.)
pub struct Matcher {
    /// Normalized aliases; `keys[i]` names `patterns[i]`.
    keys: Vec<String>,
    patterns: Vec<Pattern>,
    lexicons: crate::ner::Lexicons,
}

impl Matcher {
    pub fn new(kb: &Kb) -> Matcher {
        let mut index: HashMap<String, usize> = Default::default();
        let mut keys: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        for (ei, e) in kb.entities.iter().enumerate() {
            let all = e
                .names_ar
                .iter()
                .chain(&e.names_en)
                .map(|n| (n, AliasKind::Full))
                .chain(
                    e.aliases_ar
                        .iter()
                        .chain(&e.aliases_en)
                        .map(|n| (n, AliasKind::Short)),
                )
                .chain(e.sport_aliases.iter().map(|n| (n, AliasKind::Sport)));
            for (name, kind) in all {
                let key = normalize(name);
                if key.chars().count() < 2 {
                    continue;
                }
                let case = Case::of(name);
                let pi = *index.entry(key.clone()).or_insert_with(|| {
                    keys.push(key);
                    patterns.push(Pattern {
                        targets: Vec::new(),
                        case,
                    });
                    patterns.len() - 1
                });
                let p = &mut patterns[pi];
                // Several spellings share a pattern: the least demanding case wins.
                p.case = p.case.min(case);
                match p.targets.iter_mut().find(|(t, _)| *t == ei) {
                    // A name listed both ways counts as full.
                    Some(t) if kind == AliasKind::Full => t.1 = AliasKind::Full,
                    Some(t) if kind == AliasKind::Short && t.1 == AliasKind::Sport => {
                        t.1 = AliasKind::Short
                    }
                    Some(_) => {}
                    None => p.targets.push((ei, kind)),
                }
            }
        }
        Matcher {
            keys,
            patterns,
            lexicons: crate::ner::Lexicons::from_kb(kb),
        }
    }

    /// The word lists the rules use.
    pub fn lexicons(&self) -> &crate::ner::Lexicons {
        &self.lexicons
    }

    /// The article's words, bare and without a proclitic.
    fn words_of(norm: &str) -> HashSet<&str> {
        let mut words: HashSet<&str> = Default::default();
        for w in norm
            .split(|c: char| !is_word_char(c))
            .filter(|w| !w.is_empty())
        {
            words.insert(w);
            for p in PROCLITICS {
                if let Some(rest) = w.strip_prefix(p).filter(|r| !r.is_empty()) {
                    words.insert(rest);
                }
            }
        }
        words
    }

    fn can_match(key: &str, words: &HashSet<&str>) -> bool {
        let first = key.split(|c: char| !is_word_char(c)).next().unwrap_or("");
        first.is_empty() || words.contains(first)
    }

    /// The automaton over the aliases that can match in an article of these `words`
    /// ([`Matcher::words_of`]): those whose first word occurs there (bare or after a
    /// proclitic). A hit starts at a word boundary or
    /// after a proclitic and its first word ends where the text's does, so no other alias
    /// could match; and building over a few hundred aliases instead of all of them (~10,000)
    /// is what keeps the widget's start short.
    fn automaton_for(&self, words: &HashSet<&str>) -> Option<CharwiseDoubleArrayAhoCorasick<u32>> {
        let possible = self
            .keys
            .iter()
            .enumerate()
            .filter(|(_, k)| Self::can_match(k, words));
        CharwiseDoubleArrayAhoCorasick::with_values(possible.map(|(i, k)| (k, i as u32))).ok()
    }
}

/// Normalized proclitic clusters that may precede a name inside the same word.
const PROCLITICS: &[&str] = &["و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"];

/// A span of the normalized text that passed the boundary checks: `[s, e)` bytes of `norm`.
#[derive(Debug, Clone)]
struct Hit {
    s: usize,
    e: usize,
    pattern: usize,
}

/// Checks word boundaries around `norm[s..e]`; proclitics are allowed before it.
fn on_boundaries(norm: &str, s: usize, e: usize) -> bool {
    if norm[e..].chars().next().is_some_and(is_word_char) {
        return false;
    }
    let before = &norm[..s];
    if !before.chars().next_back().is_some_and(is_word_char) {
        return true;
    }
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word_char(c))
        .last()
        .map_or(s, |(i, _)| i);
    let prefix = &norm[word_start..s];
    PROCLITICS.contains(&prefix)
}

/// Whether a one-word name with a proclitic reads as a common word listed as such: "بحماس"
/// (with enthusiasm) is no "ب" + "حماس" (Hamas).
fn clitic_word_is_common(norm: &str, h: &Hit, lex: &crate::ner::Lexicons) -> bool {
    let start = norm[..h.s]
        .rfind(|c: char| !is_word_char(c))
        .map_or(0, |k| {
            k + norm[k..].chars().next().map_or(1, char::len_utf8)
        });
    start < h.s
        && !norm[h.s..h.e].contains(' ')
        && (lex.stop_ar.contains(&norm[start..h.e]) || lex.places_ar.contains(&norm[start..h.e]))
}

/// Namesakes told apart by what their full names add to the shared form: "النصر" is
/// "النصر السعودي" in an article about "دوري روشن السعودي" and "النصر الإماراتي" in one about
/// Emirati football. Each candidate scores the qualifiers of its full names (nationalities,
/// cities; cue words and the shared form aside; nationalities are stop words, so those are
/// not left out) whose stem begins a word of the article; the single best, if it scores at
/// all, wins.
fn namesake_by_qualifiers(
    kb: &Kb,
    targets: &[(usize, AliasKind)],
    form: &str,
    words: &HashSet<&str>,
    lex: &crate::ner::Lexicons,
) -> Option<usize> {
    // "السعودي" → "سعود", "الإماراتي" → "امارات", "السودانية" → "سودان".
    let stem = |w: &str| -> String {
        let w = w.strip_prefix("ال").unwrap_or(w);
        let w = w
            .strip_suffix("يه")
            .or_else(|| w.strip_suffix('ي'))
            .or_else(|| w.strip_suffix('ه'))
            .unwrap_or(w);
        w.to_string()
    };
    let article: Vec<&str> = words
        .iter()
        .map(|w| w.strip_prefix("ال").unwrap_or(w))
        .collect();
    let shared: Vec<String> = form.split(' ').map(stem).collect();
    let mut scores: Vec<(usize, usize)> = Vec::new();
    for &(e, _) in targets {
        let ent = &kb.entities[e];
        let stems: HashSet<String> = ent
            .names_ar
            .iter()
            .chain(&ent.names_en)
            .flat_map(|n| {
                normalize(n)
                    .split(' ')
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .filter(|w| {
                !shared.contains(&stem(w))
                    && !lex.org_cues_ar.contains(w)
                    && !lex.org_cues_en.contains(w)
                    && !lex.org_suffixes_en.contains(w)
            })
            .map(|w| stem(&w))
            .filter(|s| s.chars().count() >= 3)
            .collect();
        let score = stems
            .iter()
            .filter(|s| article.iter().any(|w| w.starts_with(s.as_str())))
            .count();
        scores.push((score, e));
    }
    // (No sort: each sort instance costs the widget kilobytes.)
    let best = scores.iter().map(|s| s.0).max().unwrap_or(0);
    let mut winners = scores.iter().filter(|s| s.0 == best);
    match (winners.next(), winners.next()) {
        (Some(&(_, e)), None) if best > 0 => Some(e),
        _ => None,
    }
}

/// Whether the article is about sport: at least three different words of the `sport_words`
/// list ("مباراة", "الدوري", "coach", "stadium"…) among the article's `words`.
fn about_sport(words: &HashSet<&str>, lex: &crate::ner::Lexicons) -> bool {
    words
        .iter()
        .filter(|w| lex.sport.contains(w))
        .take(3)
        .count()
        >= 3
}

/// Keeps the longest non-overlapping hits, earlier first on ties.
fn select_longest(mut hits: Vec<Hit>) -> Vec<Hit> {
    crate::sort_by_u64_key(&mut hits, |h| {
        ((u32::MAX - (h.e - h.s) as u32) as u64) << 32 | h.s as u64
    });
    let mut taken: Vec<Hit> = Vec::new();
    for h in hits {
        if taken.iter().all(|t| h.e <= t.s || t.e <= h.s) {
            taken.push(h);
        }
    }
    crate::sort_by_u64_key(&mut taken, |h| h.s as u64);
    taken
}

/// Latin-script aliases keep their case where it matters: one that starts with a capital needs
/// a capital in the text ("Apple", not "apple"), and an acronym needs all its capitals ("WE",
/// the Egyptian telecom brand, not the sentence-initial "We").
fn case_ok(nt: &NormText, h: &Hit, case: Case) -> bool {
    if case == Case::Any {
        return true;
    }
    let (start, end) = nt.orig_range(h.s, h.e);
    let text = &nt.chars[start..end.min(nt.chars.len())];
    let first_upper = text.first().is_some_and(|c| c.is_uppercase());
    first_upper && (case != Case::Acronym || text.iter().all(|c| !c.is_lowercase()))
}

/// What the case of an alias demands of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Case {
    Any,
    Capital,
    Acronym,
}

impl Case {
    fn of(alias: &str) -> Case {
        if !alias.chars().next().is_some_and(|c| c.is_uppercase()) {
            return Case::Any;
        }
        let letters = alias.chars().filter(|c| c.is_alphabetic()).count();
        if (2..=6).contains(&letters)
            && alias.chars().all(|c| !c.is_lowercase())
            && alias.is_ascii()
        {
            Case::Acronym
        } else {
            Case::Capital
        }
    }
}

/// Which entity a mention names: one of the knowledge base, or one built from the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum EntityRef {
    Kb(usize),
    Local(usize),
}

/// An entity the knowledge base does not hold: its name as the article writes it in full.
#[derive(Debug, Clone)]
struct LocalEntity {
    name: String,
    kind: Kind,
}

/// A resolved mention before grouping: original char span and entity.
#[derive(Debug, Clone, Copy)]
struct Found {
    start: usize,
    end: usize,
    entity: EntityRef,
}

impl Found {
    fn kind(&self, kb: &Kb, locals: &[LocalEntity]) -> Kind {
        match self.entity {
            EntityRef::Kb(i) => kb.entities[i].kind(),
            EntityRef::Local(i) => locals[i].kind,
        }
    }
}

/// Finds the entities of the article. `matcher` must have been built from `kb`.
pub fn recognize_with(nt: &NormText, kb: &Kb, matcher: &Matcher, lang: Lang) -> Vec<EntityOut> {
    let norm = nt.norm.as_str();
    let words = Matcher::words_of(norm);
    let sport = about_sport(&words, &matcher.lexicons);
    // Pass 1: all boundary-respecting knowledge-base hits, longest first.
    let hits: Vec<Hit> = matcher
        .automaton_for(&words)
        .iter()
        .flat_map(|ac| ac.find_overlapping_iter(norm))
        .filter(|m| on_boundaries(norm, m.start(), m.end()))
        .map(|m| Hit {
            s: m.start(),
            e: m.end(),
            pattern: m.value() as usize,
        })
        .filter(|h| case_ok(nt, h, matcher.patterns[h.pattern].case))
        .filter(|h| !clitic_word_is_common(norm, h, &matcher.lexicons))
        .filter(|h| {
            sport
                || matcher.patterns[h.pattern]
                    .targets
                    .iter()
                    .any(|t| t.1 != AliasKind::Sport)
        })
        .collect();
    let hits = select_longest(hits);

    // Pass 2: resolve ambiguity with the entities the article names in full.
    let named_in_full: HashSet<usize> = hits
        .iter()
        .flat_map(|h| matcher.patterns[h.pattern].targets.iter())
        .filter(|(_, k)| *k == AliasKind::Full)
        .map(|&(e, _)| e)
        .collect();
    let mut found: Vec<Found> = Vec::new();
    // Surname-only hits of known people the article never names in full.
    let mut unconfirmed_surnames: Vec<(usize, usize)> = Vec::new();
    for h in &hits {
        let targets: Vec<(usize, AliasKind)> = matcher.patterns[h.pattern]
            .targets
            .iter()
            .copied()
            .filter(|t| sport || t.1 != AliasKind::Sport)
            .collect();
        let targets = &targets;
        if given_name_before_short_alias(norm, h, targets, kb, &matcher.lexicons) {
            continue;
        }
        let entity = if targets.len() == 1 {
            Some(targets[0].0)
        } else {
            let confirmed: Vec<usize> = targets
                .iter()
                .map(|t| t.0)
                .filter(|e| named_in_full.contains(e))
                .collect();
            match confirmed.len() {
                1 => Some(confirmed[0]),
                // No evidence from the article: a title or a company cue right before the
                // name may still tell a person from a company ("the carmaker Ford").
                0 => kind_cue_before(norm, h.s, &matcher.lexicons)
                    .and_then(|kind| {
                        let fits: Vec<usize> = targets
                            .iter()
                            .map(|t| t.0)
                            .filter(|&e| same_coarse_kind(kb.entities[e].kind(), kind))
                            .collect();
                        (fits.len() == 1).then(|| fits[0])
                    })
                    .or_else(|| {
                        namesake_by_qualifiers(
                            kb,
                            targets,
                            &norm[h.s..h.e],
                            &words,
                            &matcher.lexicons,
                        )
                    }),
                _ => None,
            }
        };
        if let Some(entity) = entity {
            let (start, end) = nt.orig_range(h.s, h.e);
            let short = targets.iter().all(|&(_, k)| k == AliasKind::Short);
            if short
                && kb.entities[entity].kind() == Kind::Person
                && !named_in_full.contains(&entity)
            {
                unconfirmed_surnames.push((start, end));
            }
            found.push(Found {
                start,
                end,
                entity: EntityRef::Kb(entity),
            });
        }
    }

    // A known name inside a longer one the article introduces with an acronym is only part
    // of it: "البنك العربي" in "البنك العربي الأردني للتنمية (AJDB)" (see the ner rule).
    if lang == Lang::Ar {
        let introduced = crate::ner::acronym_named_ar(nt, &matcher.lexicons);
        found.retain(|f| {
            !introduced
                .iter()
                .any(|c| c.start <= f.start && f.end <= c.end && c.end - c.start > f.end - f.start)
        });
    }

    // A person's name on a stadium, prize or street is not the person ("ملعب نيلسون مانديلا",
    // "King Fahd Stadium").
    // Products stay out of the rules' reach too ("Apple Pay" is no company of the article).
    let mut products: Vec<(usize, usize)> = Vec::new();
    found.retain(|f| match f.kind(kb, &[]) {
        Kind::Person => !named_thing_around(nt, f.start, f.end),
        // "the Ministry of Foreign Affairs" is no mention of the magazine Foreign Affairs.
        _ if office_of_before(nt, f.start) => false,
        // A one-word company "of" a capitalized place or name is someone else: "the Oracle of
        // Omaha", "the Tesla of China".
        _ if of_capital_after(nt, f.start, f.end) => false,
        _ => match product_after(nt, f.end) {
            Some(end) => {
                products.push((f.start, end));
                false
            }
            None => true,
        },
    });

    // Pass 3: names no knowledge base lists, by rule; one local entity per distinct name.
    let taken: Vec<(usize, usize)> = found
        .iter()
        .map(|f| (f.start, f.end))
        .chain(products)
        .collect();
    let mut locals: Vec<LocalEntity> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::default();
    for c in crate::ner::find(nt, lang, &matcher.lexicons, &taken) {
        let name = nt.slice(c.start, c.end);
        let key = normalize(&name);
        // One person with and without a middle name or initial: "Darren K. Whitlock" and
        // "Darren Whitlock", "طلال ناصر البدر" and "طلال البدر".
        let key = match key.split(' ').collect::<Vec<_>>()[..] {
            [first, .., last] if c.kind == Kind::Person => format!("{first} {last}"),
            _ => key,
        };
        let li = *by_name.entry(key).or_insert_with(|| {
            locals.push(LocalEntity {
                name: name.clone(),
                kind: c.kind,
            });
            locals.len() - 1
        });
        found.push(Found {
            start: c.start,
            end: c.end,
            entity: EntityRef::Local(li),
        });
    }
    found
        .retain(|f| f.kind(kb, &locals) != Kind::Person || !named_thing_around(nt, f.start, f.end));
    merge_short_local_names(nt, kb, &mut locals, &matcher.lexicons, &mut found);
    if lang == Lang::Ar {
        given_name_then_word(nt, &locals, &matcher.lexicons, &mut found);
    }

    // A surname the article gives someone of its own ("Khalfan Al Mazrouei ... Al Mazrouei
    // said") is theirs, not a known person's it never names in full.
    let local_surnames: HashSet<String> = locals
        .iter()
        .filter(|l| l.kind == Kind::Person)
        .flat_map(|l| {
            let words: Vec<String> = normalize(&l.name).split(' ').map(String::from).collect();
            (1..words.len()).map(move |k| words[k..].join(" "))
        })
        .collect();
    found.retain(|f| {
        !(unconfirmed_surnames.contains(&(f.start, f.end))
            && local_surnames.contains(&normalize(&nt.slice(f.start, f.end))))
    });

    // Pass 4: the article's own short forms (surnames, company heads, acronyms, repeats).
    add_article_aliases(nt, kb, &locals, &matcher.lexicons, sport, &mut found);
    found.retain(|f| {
        f.kind(kb, &locals) != Kind::Person
            || !(named_thing_around(nt, f.start, f.end)
                || common_word_as_name(nt, f, &matcher.lexicons))
    });

    // A wire dateline is a place: "NEWCASTLE, England (AP) —" is not the club.
    let datelines = dateline_spans(nt);
    found.retain(|f| !datelines.iter().any(|&(s, e)| s <= f.start && f.end <= e));

    // A Title Case headline capitalizes every word, so the rules read descriptions there as
    // company names ("Saudi Wealth Fund PIF Weighs Stake"): a company or organization of the
    // article's own that only such lines give is dropped. (People there are found by given
    // names, which capitals do not fake.)
    if lang == Lang::En {
        let headline = title_case_lines(nt);
        let in_headline = |f: &Found| headline.iter().any(|&(s, e)| s <= f.start && f.end <= e);
        let confirmed: HashSet<EntityRef> = found
            .iter()
            .filter(|f| !in_headline(f))
            .map(|f| f.entity)
            .collect();
        found.retain(|f| {
            matches!(f.entity, EntityRef::Kb(_))
                || f.kind(kb, &locals) == Kind::Person
                || confirmed.contains(&f.entity)
        });
    }

    group(nt, kb, lang, &locals, found)
}

/// Wire datelines: the capitals that open a line before a comma, a parenthesis or a dash
/// ("RIYADH, May 14 (Reuters) -", "DUBAI/SAN FRANCISCO,", "NEWCASTLE, England (AP) —").
fn dateline_spans(nt: &NormText) -> Vec<(usize, usize)> {
    let chars = &nt.chars;
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let start = i;
        let mut j = i;
        while j < chars.len()
            && (chars[j].is_uppercase() || matches!(chars[j], '/' | ' ' | '.' | '-' | '\''))
        {
            j += 1;
        }
        let letters = chars[start..j].iter().filter(|c| c.is_alphabetic()).count();
        let mut k = j;
        while k < chars.len() && chars[k] == ' ' {
            k += 1;
        }
        // After a comma, only capitalized words and numbers up to the agency or the dash
        // (", May 14 (Reuters) -", ", England (AP) —"): "QIA, which manages" is a sentence.
        let dateline = k < chars.len()
            && match chars[k] {
                '(' | '—' | '–' => true,
                ',' => {
                    let rest: String = chars[k + 1..(k + 41).min(chars.len())].iter().collect();
                    rest.find(['(', '—', '–']).is_some_and(|end| {
                        rest[..end].split_whitespace().all(|w| {
                            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                        })
                    })
                }
                _ => false,
            };
        if letters >= 3 && dateline {
            out.push((start, j));
        }
        // The next line.
        i = chars[start..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(chars.len(), |p| start + p + 1);
    }
    out
}

/// The whole of each wire dateline, up to its agency or dash ("RIYADH, May 14 (Reuters)"):
/// its date is when the story was filed, not an event of the story.
pub(crate) fn dateline_extents(nt: &NormText) -> Vec<(usize, usize)> {
    dateline_spans(nt)
        .into_iter()
        .map(|(s, e)| {
            let end = nt.chars[e..]
                .iter()
                .take(60)
                .position(|&c| matches!(c, ')' | '—' | '–' | '\n'))
                .map_or(e, |p| e + p);
            (s, end)
        })
        .collect()
}

/// Lines (code-point spans) of four words or more that capitalize nearly every word.
fn title_case_lines(nt: &NormText) -> Vec<(usize, usize)> {
    let chars = &nt.chars;
    let mut out = Vec::new();
    let mut start = 0;
    for end in (0..=chars.len()).filter(|&i| i == chars.len() || chars[i] == '\n') {
        let line: String = chars[start..end].iter().collect();
        let words: Vec<&str> = line
            .split_whitespace()
            .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
            .collect();
        let small = |w: &&str| {
            matches!(
                *w,
                "a" | "an"
                    | "the"
                    | "of"
                    | "in"
                    | "on"
                    | "at"
                    | "to"
                    | "for"
                    | "and"
                    | "or"
                    | "as"
                    | "by"
                    | "with"
                    | "from"
            )
        };
        let capitalized = words
            .iter()
            .filter(|w| w.starts_with(char::is_uppercase))
            .count();
        let others = words
            .iter()
            .filter(|w| !w.starts_with(char::is_uppercase) && !small(w))
            .count();
        if words.len() >= 4 && others == 0 && capitalized * 10 >= words.len() * 7 {
            out.push((start, end));
        }
        start = end + 1;
    }
    out
}

/// Things named after people: the Arabic word comes before the name, the English one after.
const NAMED_THING_AR: &[&str] = &[
    "ملعب",
    "استاد",
    "ستاد",
    "مطار",
    "شارع",
    "ميدان",
    "جسر",
    "مسجد",
    "جامع",
    "قاعه",
    "جائزه",
    "كاس",
    "مستشفي",
    "جامعه",
    "مدرسه",
    "مكتبه",
    "متحف",
    "ميناء",
    "برج",
    "مؤسسه",
    "مدينه",
    "حي",
    "قصر",
    "مركب",
    "مجمع",
    "ساحه",
    "حديقه",
    "دوار",
];
pub(crate) const NAMED_THING_EN: &[&str] = &[
    "stadium",
    "arena",
    "airport",
    "avenue",
    "boulevard",
    "street",
    "road",
    "square",
    "bridge",
    "mosque",
    "cathedral",
    "university",
    "prize",
    "trophy",
    "medal",
    "cup",
    "award",
    "awards",
    "museum",
    "library",
    "hospital",
    "institute",
    "academy",
    "foundation",
    "centre",
    "center",
    "port",
    "dam",
    "canal",
    "park",
    "city",
    "tower",
    "towers",
    "terminal",
    // Agreements and laws named after people: "Abraham Accords", "Magnitsky Act".
    "accords",
    "accord",
    "agreement",
    "treaty",
    "doctrine",
    "declaration",
    "protocol",
    "act",
];

/// Whether the name at `[start, end)` (code points) names a thing after a person: a word of
/// [`NAMED_THING_AR`] before it (clitics allowed; honorifics may stand between) or a capitalized one of
/// [`NAMED_THING_EN`] right after it.
fn named_thing_around(nt: &NormText, start: usize, end: usize) -> bool {
    let chars = &nt.chars;
    let mut k = end;
    while k < chars.len() && chars[k] == ' ' {
        k += 1;
    }
    // The thing's word may come after up to two more capitalized words: "King Salman Energy
    // Park", "Zayed Sports City".
    // Name particles may stand between: "Mohammed bin Rashid City".
    let rest: String = chars[k..].iter().take(60).collect();
    for word in rest.split(' ').take(4) {
        let word: String = word.chars().take_while(|c| c.is_alphabetic()).collect();
        if name_particle(&word) {
            continue;
        }
        if !word.starts_with(char::is_uppercase) {
            break;
        }
        if NAMED_THING_EN.contains(&normalize(&word).as_str()) {
            return true;
        }
    }
    let mut b = start;
    while b > 0 && chars[b - 1] == ' ' {
        b -= 1;
    }
    // Up to two honorifics or family particles may stand between: "ملعب الأمير مولاي عبد
    // الله", "مطار آل مكتوم".
    let words: Vec<String> = chars[..b]
        .iter()
        .collect::<String>()
        .split(|c: char| !is_word_char(c))
        .rev()
        .filter(|w| !w.is_empty())
        .take(3)
        .map(normalize)
        .collect();
    let thing = |w: &str| {
        let bare = ["و", "ف", "ب", "ل"]
            .iter()
            .find_map(|p| w.strip_prefix(p))
            .filter(|r| r.chars().count() >= 2);
        NAMED_THING_AR.contains(&w) || bare.is_some_and(|r| NAMED_THING_AR.contains(&r))
    };
    for w in &words {
        if thing(w) {
            return true;
        }
        if !BETWEEN_THING_AND_NAME_AR.contains(&w.as_str()) {
            return false;
        }
    }
    false
}

/// Words between a named thing and its person's name: "ملعب الأمير …", "مطار آل مكتوم".
const BETWEEN_THING_AND_NAME_AR: &[&str] = &[
    "ال",
    "ابن",
    "بن",
    "الامير",
    "الاميره",
    "الملك",
    "الملكه",
    "الشيخ",
    "الشيخه",
    "السلطان",
    "الامام",
    "الرئيس",
    "الراحل",
    "الراحله",
    "الشهيد",
    "المغفور",
];

/// Product names made of a company's name and a product word ("Apple Pay", "Google Maps",
/// "آبل باي"): they name the product, not the company.
const PRODUCT_WORDS: &[&str] = &[
    "intelligence",
    "pay",
    "wallet",
    "music",
    "maps",
    "cloud",
    "store",
    "play",
    "drive",
    "photos",
    "prime",
    "watch",
    "pixel",
    "vision",
    "arcade",
    "card",
    "cash",
    "teams",
    "ads",
    "fitness",
    "translate",
    "assistant",
    // Indices named after their exchange or publisher: "Nasdaq Composite".
    "composite",
    "باي",
    "بلاي",
    "ستور",
    "ووتش",
    "ميوزك",
];

/// A person's one-word short form that is also a common word ("سلام" of Nawaf Salam, "أمين" of
/// Tareq Amin: peace, trustworthy) names them only where a name is expected: after a verb of
/// speech ("وأوضح أمين") or a title. "عملية سلام حقيقية" is no mention.
fn common_word_as_name(nt: &NormText, f: &Found, lex: &crate::ner::Lexicons) -> bool {
    let text = nt.slice(f.start, f.end);
    if text.contains(' ') || !crate::text::has_arabic(&text) {
        return false;
    }
    let form = crate::text::normalize_keep_maqsura(&text);
    if !(lex.given_ar_ambiguous.contains(&form) || lex.stop_ar.contains(&form)) {
        return false;
    }
    // The word right before, if only spaces separate it (a quote, a colon or a sentence
    // break before the name is a place for a name).
    let before: String = nt.chars[f.start.saturating_sub(30)..f.start]
        .iter()
        .collect();
    let trimmed = before.trim_end_matches(' ');
    if !trimmed.ends_with(is_word_char) {
        return false;
    }
    let prev = normalize(
        trimmed
            .rsplit(|c: char| !is_word_char(c))
            .next()
            .unwrap_or(""),
    );
    !(crate::ner::speech_verb_ar_str(&prev)
        || lex.titles_ar.contains(&prev)
        || crate::ner::CHAIN_AR.contains(&prev.as_str())
        || crate::ner::NAME_EXPECTED_AFTER_AR.contains(&prev.as_str())
        || prev == "ابي")
}

/// Offices whose portfolio follows "of"/"for" in capitals: a name there is part of the
/// office's name ("Ministry of Foreign Affairs", "High Representative for Foreign Affairs").
const OFFICES_EN: &[&str] = &[
    "ministry",
    "minister",
    "department",
    "secretary",
    "representative",
    "commissioner",
    "office",
    "secretariat",
];

/// Whether the name starting at `start` (code points) follows "Ministry of", "… for".
fn office_of_before(nt: &NormText, start: usize) -> bool {
    let before: String = nt.chars[start.saturating_sub(40)..start].iter().collect();
    let mut words = before.split_whitespace().rev();
    let (Some(prep), Some(office)) = (words.next(), words.next()) else {
        return false;
    };
    before.ends_with(' ')
        && matches!(prep, "of" | "for")
        && office.starts_with(|c: char| c.is_uppercase())
        && OFFICES_EN.contains(&normalize(office).as_str())
}

/// The end of a product word right after the company name ending at `end` (code points).
fn product_after(nt: &NormText, end: usize) -> Option<usize> {
    let chars = &nt.chars;
    if chars.get(end) != Some(&' ') {
        return None;
    }
    let next: String = chars[end + 1..]
        .iter()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let latin_cap = next.starts_with(|c: char| c.is_ascii_uppercase());
    let arabic = next
        .chars()
        .next()
        .is_some_and(crate::text::is_arabic_letter);
    ((latin_cap || arabic) && PRODUCT_WORDS.contains(&normalize(&next).as_str()))
        .then(|| end + 1 + next.chars().count())
}

/// Whether the one Latin word at `start..end` is followed by " of " and a capital.
fn of_capital_after(nt: &NormText, start: usize, end: usize) -> bool {
    let c = &nt.chars;
    c[start..end].iter().all(|c| c.is_ascii_alphabetic())
        && c.get(end..end + 4)
            .is_some_and(|w| w == [' ', 'o', 'f', ' '])
        && c.get(end + 4).is_some_and(|c| c.is_ascii_uppercase())
}

/// Lower-case words inside Latin-script surnames.
const NAME_PARTICLES: &[&str] = &[
    "al", "el", "van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "dos",
];

/// A particle inside a Latin-script name, or "bin"/"ibn" of a patronymic.
fn name_particle(w: &str) -> bool {
    NAME_PARTICLES.contains(&w) || w == "bin" || w == "ibn"
}

/// A person's short alias, or a one-word company name, right after a given name that is not
/// theirs names someone else: "Eric Trump", "Khalfan Al Mazrouei" (not the minister Suhail
/// Al Mazrouei), "Michael Dell". The hit is dropped, so the rules can read the whole name as
/// a person of the article.
fn given_name_before_short_alias(
    norm: &str,
    h: &Hit,
    targets: &[(usize, AliasKind)],
    kb: &Kb,
    lex: &crate::ner::Lexicons,
) -> bool {
    let short_person = |&(e, k): &(usize, AliasKind)| {
        k == AliasKind::Short && kb.entities[e].kind() == Kind::Person
    };
    // Also a one-word Latin company name: "Noel Tata", "Michael Dell" are people.
    let one_word = !norm[h.s..h.e].contains(' ') && norm[h.s..h.e].is_ascii();
    let company = |&(e, _): &(usize, AliasKind)| kb.entities[e].kind() != Kind::Person;
    if targets.is_empty()
        || !(targets.iter().all(short_person) || one_word && targets.iter().all(company))
    {
        return false;
    }
    // The word before, past name particles ("Khalfan Al Mazrouei", "Anouk van den Berg").
    let mut end = h.s;
    let word = loop {
        let Some(before) = norm[..end].strip_suffix(' ') else {
            return false;
        };
        let start = before.rfind(' ').map_or(0, |k| k + 1);
        let word = &before[start..];
        if !name_particle(word) {
            break word;
        }
        end = start;
    };
    let given = (lex.given_en.contains(word) && !lex.given_en_ambiguous.contains(word))
        || (lex.given_ar.contains(word) && !lex.given_ar_ambiguous.contains(word));
    given
        && !targets.iter().any(|&(e, _)| {
            let ent = &kb.entities[e];
            ent.names_ar
                .iter()
                .chain(&ent.names_en)
                .any(|n| normalize(n).split(' ').any(|w| w == word))
        })
}

/// Convenience: builds the matcher and recognizes (tests, one-off use).
pub fn recognize(nt: &NormText, kb: &Kb, lang: Lang) -> Vec<EntityOut> {
    recognize_with(nt, kb, &Matcher::new(kb), lang)
}

fn same_coarse_kind(a: Kind, b: Kind) -> bool {
    (a == Kind::Person) == (b == Kind::Person)
}

/// The kind implied by the word right before byte `s` of the normalized text: a title means a
/// person, a company cue a company.
fn kind_cue_before(norm: &str, s: usize, lex: &crate::ner::Lexicons) -> Option<Kind> {
    let before = norm[..s].trim_end();
    let word: String = before
        .chars()
        .rev()
        .take_while(|&c| is_word_char(c))
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if word.is_empty() {
        return None;
    }
    let forms = [
        word.clone(),
        word.trim_start_matches(['و', 'ف']).to_string(),
    ];
    if forms
        .iter()
        .any(|w| lex.titles_ar.contains(w) || lex.titles_en.contains(w))
    {
        return Some(Kind::Person);
    }
    if forms
        .iter()
        .any(|w| lex.org_cues_ar.contains(w) || lex.org_cues_en.contains(w))
    {
        return Some(Kind::Company);
    }
    None
}

/// A one-word local name that is the last word of a longer person's name met in the article
/// ("سميث" after "جون سميث"), or the head of a longer company name ("Solidcore" beside
/// "Solidcore Materials", even where a title made it look like a person), names that person
/// or company, not a new entity.
fn merge_short_local_names(
    nt: &NormText,
    kb: &Kb,
    locals: &mut [LocalEntity],
    lex: &crate::ner::Lexicons,
    found: &mut [Found],
) {
    let mut owner_of: HashMap<String, Option<EntityRef>> = HashMap::default();
    let mut claim = |key: String, e: EntityRef| {
        let slot = owner_of.entry(key).or_insert(Some(e));
        if *slot != Some(e) {
            *slot = None; // two entities share it: leave it alone
        }
    };
    for f in found.iter() {
        let n = normalize(&nt.slice(f.start, f.end));
        let words: Vec<&str> = n.split(' ').collect();
        if words.len() < 2 {
            continue;
        }
        match f.kind(kb, locals) {
            // The family name: last, or first in "Lee Soo-jin" ("Dr. Lee" is her).
            Kind::Person if crate::ner::family_name_first(&words) => {
                claim(format!("p:{}", words[0]), f.entity)
            }
            Kind::Person => claim(format!("p:{}", words[words.len() - 1]), f.entity),
            _ => {
                if let Some(head) = company_head(&words, lex) {
                    claim(format!("o:{head}"), f.entity);
                }
                if let Some(short) = without_nisba(&words, lex) {
                    claim(format!("o:{short}"), f.entity);
                }
                // "إقامات الواحة" beside "مجموعة إقامات الواحة".
                if let Some(rest) = without_cue(&words, lex) {
                    claim(format!("o:{rest}"), f.entity);
                }
            }
        }
    }
    for f in found.iter_mut() {
        if let EntityRef::Local(li) = f.entity {
            let n = normalize(&locals[li].name);
            let words: Vec<&str> = n.split(' ').collect();
            let (last, particles) = words.split_last().unwrap_or((&"", &[]));
            let key = match locals[li].kind {
                // A one-word "person" (read from a title: "chip designer Vaigai") that is
                // no one's family name but a company's head is that company.
                Kind::Person if !n.contains(' ') => {
                    let company = format!("o:{n}");
                    if !owner_of.contains_key(&format!("p:{n}")) && owner_of.contains_key(&company)
                    {
                        company
                    } else {
                        format!("p:{n}")
                    }
                }
                // A "person" named like a company's head: "Meridian Sands" beside "Meridian
                // Sands Developments".
                Kind::Person if matches!(owner_of.get(&format!("o:{n}")), Some(Some(_))) => {
                    format!("o:{n}")
                }
                // "Al Suwaidi" after "Abdullah bin Nasser Al Suwaidi".
                Kind::Person if particles.iter().all(|w| NAME_PARTICLES.contains(w)) => {
                    format!("p:{last}")
                }
                Kind::Person => continue,
                _ => format!("o:{n}"),
            };
            if let Some(Some(owner)) = owner_of.get(&key) {
                if *owner != f.entity {
                    f.entity = *owner;
                }
            }
        }
    }
}

/// After "يوسف عادل حسن", "يوسف باعتذار" is Yusuf and a word that is no name ("with an
/// apology"): a two-word name of the article's own whose given name is that of a person it
/// introduced earlier with three words or more, and whose second word is neither a given name
/// nor a family name with ال, shrinks to the given name and is that person.
fn given_name_then_word(
    nt: &NormText,
    locals: &[LocalEntity],
    lex: &crate::ner::Lexicons,
    found: &mut [Found],
) {
    let full: Vec<(usize, String, EntityRef)> = found
        .iter()
        .filter(|f| matches!(f.entity, EntityRef::Local(li) if locals[li].kind == Kind::Person))
        .filter_map(|f| {
            let n = normalize(&nt.slice(f.start, f.end));
            let words: Vec<&str> = n.split(' ').collect();
            (words.len() >= 3).then(|| (f.start, words[0].to_string(), f.entity))
        })
        .collect();
    for f in found.iter_mut() {
        let EntityRef::Local(li) = f.entity else {
            continue;
        };
        if locals[li].kind != Kind::Person {
            continue;
        }
        let orig = nt.slice(f.start, f.end);
        let origs: Vec<&str> = orig.split(' ').collect();
        let [first, second] = origs[..] else {
            continue;
        };
        let second_norm = crate::text::normalize_keep_maqsura(second);
        if second_norm.starts_with("ال")
            || lex.given_ar.contains(&second_norm)
            || lex.given_ar_ambiguous.contains(&second_norm)
        {
            continue;
        }
        let key = normalize(first);
        // The earliest such person.
        if let Some(&(_, _, owner)) = full
            .iter()
            .filter(|(start, g, _)| *start < f.start && *g == key)
            .min_by_key(|x| x.0)
        {
            f.end = f.start + first.chars().count();
            f.entity = owner;
        }
    }
}

/// Adds the article's own short forms of the names it met: the surname of a person named in
/// full ("إليسون" after "لاري إليسون"), a company's name without its legal or sector tail
/// ("Lumentis" after "Lumentis Photonics", "سما الخليج" after "سما الخليج للطيران"), an
/// acronym given in parentheses right after a name ("Nordhavn Capital Partners (NCP)"), and
/// every repeat of a name found once by rule. A form two entities share is left alone.
fn add_article_aliases(
    nt: &NormText,
    kb: &Kb,
    locals: &[LocalEntity],
    lex: &crate::ner::Lexicons,
    sport: bool,
    found: &mut Vec<Found>,
) {
    let mut owners: BTreeMap<String, (HashSet<EntityRef>, Case)> = BTreeMap::new();
    let mut introduced_here: Vec<Found> = Vec::new();
    // Arabic given names of every person the article names in full: an ordinary person's
    // given name alone ("يوسف" after "يوسف عادل حسن") is theirs only if no one else shares it.
    let mut given_owners: HashMap<String, HashSet<EntityRef>> = HashMap::default();
    for f in found.iter() {
        let orig = nt.slice(f.start, f.end);
        let first = orig.split_whitespace().next().unwrap_or("");
        if f.kind(kb, locals) == Kind::Person
            && orig.split_whitespace().nth(1).is_some()
            && crate::text::has_arabic(first)
        {
            given_owners
                .entry(normalize(first))
                .or_default()
                .insert(f.entity);
        }
    }
    // A one-word name the article only ever writes in quotes ("شركة «طلبات»") is a common
    // word elsewhere ("بطلبات إحاطة", requests): its repeats need the quotes too.
    // (Two sets of a type in use elsewhere: each new map type costs the widget's wasm.)
    let (mut quoted, mut unquoted): (HashSet<String>, HashSet<String>) = Default::default();
    for f in found.iter() {
        // (Only a name of one word: "«نوردموس»" of "نوردموس إنرجي" repeats as any head does.)
        if let EntityRef::Local(li) = f.entity {
            let text = normalize(&nt.slice(f.start, f.end));
            if !text.contains(' ') && !locals[li].name.contains(' ') {
                if crate::ner::quoted_exactly(nt, f.start, f.end) {
                    quoted.insert(text);
                } else {
                    unquoted.insert(text);
                }
            }
        }
    }
    // `orig` is the form as the article writes it: its case decides what later mentions need.
    let mut add = |form: String, e: EntityRef, orig: &str| {
        if form.chars().count() >= 2 {
            let slot = owners
                .entry(form)
                .or_insert_with(|| (HashSet::default(), Case::of(orig)));
            slot.0.insert(e);
        }
    };
    for f in found.iter() {
        let orig = nt.slice(f.start, f.end);
        let text = normalize(&orig);
        let words: Vec<&str> = text.split(' ').collect();
        // A one-word name that is also a common word or a place ("قناة الشرقية", "صحيفة الخبر")
        // names the entity only beside its cue: "المنطقة الشرقية" is not the channel.
        let common = lex.stop_ar.contains(&text) || lex.places_ar.contains(&text);
        if matches!(f.entity, EntityRef::Local(_)) && !common {
            add(text.clone(), f.entity, &orig);
        }
        match f.kind(kb, locals) {
            Kind::Person if words.len() >= 2 => {
                let origs: Vec<&str> = orig.split_whitespace().collect();
                if crate::ner::family_name_first(&words) {
                    // "Park Min-ho" is Park.
                    add(words[0].to_string(), f.entity, origs[0]);
                } else if words[words.len() - 1].chars().count() >= 3 {
                    add(
                        words[words.len() - 1].to_string(),
                        f.entity,
                        origs.last().unwrap_or(&""),
                    );
                    // With its particles: "van den Berg", "Al Mazrouei", and the Maghrebi
                    // family name "بن طالب" of "محمد الأمين بن طالب" (its last two words).
                    if let Some(k) =
                        (1..words.len() - 1).find(|&k| NAME_PARTICLES.contains(&words[k]))
                    {
                        if origs.len() == words.len() {
                            add(words[k..].join(" "), f.entity, origs[k]);
                        }
                    } else if words.len() >= 3 && words[words.len() - 2] == "بن" {
                        add(words[words.len() - 2..].join(" "), f.entity, &orig);
                    }
                    // Without its article: "Sharaa" after "Ahmed al-Sharaa" (wire style).
                    let last = origs.last().copied().unwrap_or("");
                    if let Some(bare) = ["al-", "Al-", "el-", "El-"]
                        .iter()
                        .find_map(|p| last.strip_prefix(p))
                        .filter(|b| b.chars().count() >= 3 && b.starts_with(char::is_uppercase))
                    {
                        add(normalize(bare), f.entity, bare);
                    }
                    // An Arabic given name alone, for a person the knowledge base does not
                    // know (a known one is named by the family name), when it is listed, not
                    // also a common word, and no other person of the article has it.
                    let first = crate::text::normalize_keep_maqsura(origs[0]);
                    if matches!(f.entity, EntityRef::Local(_))
                        && origs.len() == words.len()
                        && lex.given_ar.contains(&first)
                        && !lex.given_ar_ambiguous.contains(&first)
                        && !lex.stop_ar.contains(&first)
                        && given_owners.get(words[0]).is_some_and(|o| o.len() == 1)
                    {
                        add(words[0].to_string(), f.entity, origs[0]);
                    }
                    // The given name alone, in Latin script ("Tiago" for Tiago Morais), when
                    // it is listed and not also a common word.
                    if origs.len() == words.len()
                        && lex.given_en.contains(words[0])
                        && !lex.given_en_ambiguous.contains(words[0])
                        && !lex.stop_en.contains(words[0])
                    {
                        add(words[0].to_string(), f.entity, origs[0]);
                    }
                }
            }
            Kind::Person => {}
            Kind::Company | Kind::Organization => {
                // "الخليج المتحد" after "بنك الخليج المتحد", "الاتفاق" after "نادي الاتفاق".
                if let Some(rest) = without_cue(&words, lex) {
                    add(rest, f.entity, &orig);
                }
                if let Some(head) = company_head(&words, lex) {
                    // (Not a generic word: "Exchange" of "Exchange Commission", "World" of
                    // "World Bank" where the article also writes "world".)
                    if head.chars().count() >= 4
                        && (!head.is_ascii() || !written_in_lower_case(nt, &head))
                        && !lex.org_suffixes_en.contains(&head)
                        && !lex.stop_ar.contains(&head)
                        && !lex.stop_en.contains(&head)
                        && !lex.places_ar.contains(&head)
                        && !lex.places_en.contains(&head)
                    {
                        add(head, f.entity, &orig);
                    }
                }
                // Without its nationality: "البنك المركزي" after "البنك المركزي المصري",
                // "صندوق النقد" after "صندوق النقد الدولي".
                if let Some(short) = without_nisba(&words, lex) {
                    add(short, f.entity, &orig);
                }
                // A club by the last word of its name, as match reports write it: "City"
                // after "Manchester City", "Villa" after "Aston Villa".
                if sport && words.len() >= 2 {
                    let last = words[words.len() - 1];
                    if CLUB_SHORT_LAST_WORDS.contains(&last) {
                        let origs: Vec<&str> = orig.split_whitespace().collect();
                        add(last.to_string(), f.entity, origs.last().unwrap_or(&""));
                    }
                }
                // A known company's first word, as business news shortens it ("Berkshire"
                // after "Berkshire Hathaway"): a capitalized Latin word that the article never
                // writes in lower case and that no word list knows as something else.
                let origs: Vec<&str> = orig.split_whitespace().collect();
                if let (EntityRef::Kb(_), [first, _]) = (f.entity, &origs[..]) {
                    let w = words[0];
                    let lower_in_article = written_in_lower_case(nt, w);
                    if first.starts_with(|c: char| c.is_ascii_uppercase())
                        && !first.chars().all(|c| c.is_ascii_uppercase())
                        && w.chars().count() >= 4
                        && !lower_in_article
                        && !lex.stop_en.contains(w)
                        && !lex.given_en.contains(w)
                        && !lex.places_en.contains(w)
                        && !lex.org_suffixes_en.contains(w)
                        && !lex.org_cues_en.contains(w)
                        && !lex.titles_en.contains(w)
                    {
                        add(w.to_string(), f.entity, first);
                    }
                }
            }
        }
        if let Some(acr) = acronym_after(&nt.chars, f.end) {
            // (Not a common word: "(كاف)" of the African football confederation is also
            // "enough".)
            let form = normalize(&acr);
            if !lex.stop_ar.contains(&form) && !lex.given_ar_ambiguous.contains(&form) {
                add(form, f.entity, &acr);
            } else if let Some((start, end)) = parenthesized_after(&nt.chars, f.end) {
                // Named there, in its parentheses, only.
                introduced_here.push(Found {
                    start,
                    end,
                    entity: f.entity,
                });
            }
        }
    }
    found.extend(introduced_here);
    let aliases: Vec<(String, EntityRef, Case)> = owners
        .into_iter()
        .filter(|(_, (o, _))| o.len() == 1)
        .map(|(s, (o, cap))| (s, *o.iter().next().unwrap(), cap))
        .collect();
    if aliases.is_empty() {
        return;
    }
    let Ok(ac) = CharwiseDoubleArrayAhoCorasick::<u32>::with_values(
        aliases
            .iter()
            .enumerate()
            .map(|(i, (s, _, _))| (s, i as u32)),
    ) else {
        return;
    };
    let norm = nt.norm.as_str();
    let mut hits: Vec<Hit> = ac
        .find_overlapping_iter(norm)
        .filter(|m| on_boundaries(norm, m.start(), m.end()))
        .map(|m| Hit {
            s: m.start(),
            e: m.end(),
            pattern: m.value() as usize,
        })
        .filter(|h| case_ok(nt, h, aliases[h.pattern].2))
        .collect();
    hits = select_longest(hits);
    for h in hits {
        let (start, end) = nt.orig_range(h.s, h.e);
        let form = &aliases[h.pattern].0;
        if quoted.contains(form)
            && !unquoted.contains(form)
            && !crate::ner::quoted_exactly(nt, start, end)
        {
            continue;
        }
        // The start of a longer name of something else: "Meridian Sands Heights" (a project
        // of Meridian Sands).
        if matches!(aliases[h.pattern].1, EntityRef::Local(_))
            && longer_latin_name_after(nt, end, lex)
        {
            continue;
        }
        if found.iter().all(|f| end <= f.start || f.end <= start) {
            found.push(Found {
                start,
                end,
                entity: aliases[h.pattern].1,
            });
        }
    }
}

/// Whether a capitalized Latin word that is no title, cue or common word follows `end`
/// after one space, and no capitalized word after it: the name there goes on ("Meridian Sands
/// Heights, which"). (A Title Case headline capitalizes the words after too: "Nuvola Labs
/// Charged With".)
fn longer_latin_name_after(nt: &NormText, end: usize, lex: &crate::ner::Lexicons) -> bool {
    if nt.chars.get(end) != Some(&' ') {
        return false;
    }
    let word: String = nt.chars[end + 1..]
        .iter()
        .take_while(|&&c| is_word_char(c))
        .collect();
    let after = end + 1 + word.chars().count();
    let capital_after = nt.chars.get(after) == Some(&' ')
        && nt.chars.get(after + 1).is_some_and(|c| c.is_uppercase());
    let w = normalize(&word);
    !capital_after
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_lowercase())
        && !lex.titles_en.contains(&w)
        && !lex.org_cues_en.contains(&w)
        && !lex.org_suffixes_en.contains(&w)
        && !lex.stop_en.contains(&w)
        && !lex.given_en.contains(&w)
        && !lex.places_en.contains(&w)
}

/// An Arabic organization's name without the nationality or scope adjective that ends it
/// ("البنك المركزي المصري" → "البنك المركزي", "وكالة الطاقة الدولية" → "وكالة الطاقة"), when
/// two words or more remain and they are no place ("البحر الأحمر" of "البحر الأحمر الدولية"
/// is the sea).
fn without_nisba(words: &[&str], lex: &crate::ner::Lexicons) -> Option<String> {
    let (last, rest) = words.split_last()?;
    let nisba = last.starts_with("ال")
        && (last.ends_with('ي') || last.ends_with("يه"))
        && last.chars().count() >= 5;
    (nisba && rest.len() >= 2)
        .then(|| rest.join(" "))
        .filter(|r| !lex.places_ar.contains(r))
}

/// An Arabic organization's name without the cue word that starts it, when what remains
/// names it alone: not a place ("الدار البيضاء" of "بورصة الدار البيضاء"), and, of one word,
/// not a common word or an adjective agreeing with the cue ("العربية" of "الجامعة العربية").
fn without_cue(words: &[&str], lex: &crate::ner::Lexicons) -> Option<String> {
    if words.len() < 2 || !lex.org_cues_ar.contains(words[0]) {
        return None;
    }
    let rest = words[1..].join(" ");
    let distinct = !lex.places_ar.contains(&rest)
        && (words.len() >= 3
            || (rest.chars().count() >= 4
                && !lex.stop_ar.contains(&rest)
                && (!rest.starts_with("ال") || !rest.ends_with("يه"))));
    distinct.then_some(rest)
}

/// Last words of English club names that match reports use alone for the club.
const CLUB_SHORT_LAST_WORDS: &[&str] = &[
    "city",
    "united",
    "villa",
    "rovers",
    "athletic",
    "wanderers",
    "albion",
    "hotspur",
    "forest",
    "palace",
    "county",
];

/// Whether the article writes the word `w` (lower case) in lower case somewhere: then it is
/// a common word ("general", "standard"), not only a name.
fn written_in_lower_case(nt: &NormText, w: &str) -> bool {
    nt.chars
        .split(|&c| !is_word_char(c))
        .any(|word| word.iter().copied().eq(w.chars()))
}

/// The distinctive head of a company name: without English legal/sector suffixes
/// ("Photonics", "Capital Partners") or an Arabic tail in ل ("للطيران", "للطاقة المتجددة").
fn company_head(words: &[&str], lex: &crate::ner::Lexicons) -> Option<String> {
    if words.len() < 2 {
        return None;
    }
    let mut end = words.len();
    while end > 1 && lex.org_suffixes_en.contains(words[end - 1]) {
        end -= 1;
    }
    if let Some(k) = words
        .iter()
        .skip(1)
        .position(|w| w.starts_with('ل') && w.chars().count() >= 4)
    {
        end = end.min(k + 1);
    }
    (end < words.len()).then(|| words[..end].join(" "))
}

/// The span inside the parentheses right after `end`: "(كاف)" → its code points.
fn parenthesized_after(chars: &[char], end: usize) -> Option<(usize, usize)> {
    let open = (end..chars.len()).find(|&k| chars[k] != ' ')?;
    if chars[open] != '(' {
        return None;
    }
    let close = (open + 1..chars.len().min(open + 12)).find(|&k| chars[k] == ')')?;
    let start = (open + 1..close).find(|&k| chars[k] != ' ')?;
    let end = (start..close).rev().find(|&k| chars[k] != ' ')? + 1;
    Some((start, end))
}

/// "(ABC)" right after a name: an acronym the article introduces for it.
fn acronym_after(chars: &[char], end: usize) -> Option<String> {
    let mut i = end;
    while i < chars.len() && chars[i] == ' ' {
        i += 1;
    }
    if chars.get(i) != Some(&'(') {
        return None;
    }
    let close = (i + 1..chars.len().min(i + 12)).find(|&k| chars[k] == ')')?;
    let inner: String = chars[i + 1..close].iter().collect();
    let inner = inner.trim();
    let latin_acronym = (2..=6).contains(&inner.len())
        && inner
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&');
    let arabic_short = inner.chars().count() >= 2
        && inner.chars().count() <= 6
        && inner.chars().all(crate::text::is_arabic_letter);
    (latin_acronym || arabic_short).then(|| inner.to_string())
}

/// Groups mentions per entity, in order of first mention, and fills in the card data.
fn group(
    nt: &NormText,
    kb: &Kb,
    lang: Lang,
    locals: &[LocalEntity],
    mut found: Vec<Found>,
) -> Vec<EntityOut> {
    crate::sort_by_u64_key(&mut found, |f| f.start as u64);
    let mut order: Vec<EntityRef> = Vec::new();
    let mut by_entity: HashMap<EntityRef, Vec<Mention>> = HashMap::default();
    for f in &found {
        let list = by_entity.entry(f.entity).or_insert_with(|| {
            order.push(f.entity);
            Vec::new()
        });
        list.push(Mention {
            start: f.start,
            end: f.end,
            text: nt.slice(f.start, f.end),
        });
    }
    let people: Vec<(usize, usize)> = found
        .iter()
        .filter(|f| f.kind(kb, locals) == Kind::Person)
        .map(|f| (f.start, f.end))
        .collect();
    order
        .into_iter()
        .map(|r| {
            let mentions = by_entity.remove(&r).unwrap_or_default();
            let ei = match r {
                EntityRef::Kb(i) => i,
                EntityRef::Local(li) => {
                    return local_entity(nt, lang, &locals[li], mentions, &people)
                }
            };
            let e = &kb.entities[ei];
            let roles = if e.kind() == Kind::Person {
                roles_in_article(nt, lang, &mentions, &people)
            } else {
                Vec::new()
            };
            EntityOut {
                id: e.id.clone(),
                kind: e.kind(),
                name: e.name(lang).to_string(),
                name_other: e.other_name(lang).map(String::from),
                description: e.description(lang).to_string(),
                roles,
                mentions,
                local: false,
                wikidata: e.wikidata.clone(),
                links: e.links(lang),
                facts: e.facts_in(lang),
            }
        })
        .collect()
}

/// Joins what the knowledge base's cards say to the entities of an analysis: description,
/// facts, links. Entities whose cards are not loaded (the widget's card file still on its
/// way) are left as they are; call again once they are.
///
/// Namesakes: when the article's own title for a person shares nothing with what the card
/// says ("السفير محمد الشناوي", the spokesman, is not the goalkeeper), the entity becomes
/// one of the article, under the same id the rules would give it, in `events` too.
pub fn apply_cards(
    entities: &mut [EntityOut],
    events: &mut [crate::timeline::Event],
    kb: &Kb,
    lang: Lang,
    lex: &crate::ner::Lexicons,
) {
    for out in entities.iter_mut().filter(|o| !o.local) {
        // (A linear search: a few dozen entities per article.)
        let Some(e) = kb.get(&out.id) else { continue };
        if e.desc_ar.is_empty() && e.desc_en.is_empty() && e.facts.is_empty() {
            continue;
        }
        let namesake = out.kind == Kind::Person
            && !out.roles.is_empty()
            && out
                .roles
                .iter()
                .all(|r| names_an_office(r) && !role_fits(r, e, lang, lex));
        if namesake {
            let longest = out
                .mentions
                .iter()
                .max_by_key(|m| m.end - m.start)
                .map(|m| m.text.clone())
                .unwrap_or_default();
            let id = local_id(&longest);
            for ev in events.iter_mut() {
                for x in ev.entities.iter_mut().filter(|x| **x == out.id) {
                    *x = id.clone();
                }
            }
            *out = EntityOut {
                id,
                name: longest,
                name_other: None,
                description: out.roles.first().cloned().unwrap_or_default(),
                local: true,
                wikidata: None,
                links: Vec::new(),
                facts: Vec::new(),
                roles: std::mem::take(&mut out.roles),
                mentions: std::mem::take(&mut out.mentions),
                kind: Kind::Person,
            };
            continue;
        }
        out.description = e.description(lang).to_string();
        out.name_other = e.other_name(lang).map(String::from);
        out.wikidata = e.wikidata.clone();
        out.links = e.links(lang);
        out.facts = e.facts_in(lang);
    }
}

/// A stable id from a name: the same name gives the same id in every run.
fn local_id(name: &str) -> String {
    let slug: String = normalize(name)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    format!("local:{slug}")
}

/// Word stems (first three letters, without ال and conjunctions) of a text's content words,
/// for a rough comparison of roles across wordings ("رئاسة"/"الرئاسة", "President"/"president").
/// Stop words, nationalities and places are left out: being Egyptian says nothing of who.
fn stems(text: &str, lex: &crate::ner::Lexicons) -> Vec<String> {
    normalize(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| {
            !lex.stop_ar.contains(w)
                && !lex.stop_en.contains(w)
                && !lex.places_ar.contains(w)
                && !lex.places_en.contains(w)
        })
        .map(|w| {
            let w = w
                .strip_prefix("وال")
                .or_else(|| w.strip_prefix("بال"))
                .or_else(|| w.strip_prefix("لل"))
                .or_else(|| w.strip_prefix("ال"))
                .unwrap_or(w);
            w.chars().take(3).collect::<String>()
        })
        .filter(|w| w.chars().count() >= 3)
        .collect()
}

/// Whether a role names an office ("المتحدث باسم الرئاسة", "Commerce Secretary"), not a
/// description ("American billionaire"): only an office contradicts a namesake's card.
fn names_an_office(role: &str) -> bool {
    const OFFICES: &[&str] = &[
        "وزير",
        "رئيس",
        "متحدث",
        "سفير",
        "محافظ",
        "حاكم",
        "قاضي",
        "مدرب",
        "لاعب",
        "نائب",
        "امين",
        "مدير",
        "president",
        "minister",
        "secretary",
        "spokes",
        "ambassador",
        "governor",
        "judge",
        "coach",
        "mayor",
        "senator",
        "chair",
        "executive",
        "director",
        "player",
        "striker",
        "general",
    ];
    normalize(role)
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| {
            let w = w
                .strip_prefix("وال")
                .or_else(|| w.strip_prefix("ال"))
                .unwrap_or(w);
            OFFICES.iter().any(|o| w.starts_with(o))
        })
}

/// Whether a role the article gives fits what the knowledge base says of the entity.
fn role_fits(role: &str, e: &crate::kb::Entity, lang: Lang, lex: &crate::ner::Lexicons) -> bool {
    let mut known = format!("{} {}", e.desc_ar, e.desc_en);
    for (k, v) in e.facts_in(lang) {
        if k == "role" {
            known.push(' ');
            known.push_str(&v);
        }
    }
    let known = stems(&known, lex);
    stems(role, lex).iter().any(|w| known.contains(w))
}

/// The card of an entity known only from the article: its name, the role the article gives
/// it (also its description), and its mentions.
fn local_entity(
    nt: &NormText,
    lang: Lang,
    e: &LocalEntity,
    mentions: Vec<Mention>,
    people: &[(usize, usize)],
) -> EntityOut {
    let roles = if e.kind == Kind::Person {
        roles_in_article(nt, lang, &mentions, people)
    } else {
        Vec::new()
    };
    EntityOut {
        id: local_id(&e.name),
        kind: e.kind,
        name: e.name.clone(),
        name_other: None,
        description: roles.first().cloned().unwrap_or_default(),
        roles,
        mentions,
        local: true,
        wikidata: None,
        links: Vec::new(),
        facts: Vec::new(),
    }
}

/// Words that head a role phrase, normalized, without clitics.
const ROLE_HEADS_AR: &[&str] = &[
    "الرئيس",
    "رئيس",
    "رئيسه",
    "نائب",
    "وزير",
    "وزيره",
    "الوزير",
    "الوزيره",
    "حاكم",
    "الحاكم",
    "المؤسس",
    "مؤسس",
    "مؤسسه",
    "الملك",
    "الامير",
    "الشيخ",
    "الشيخه",
    "السفير",
    "السفيره",
    "المتحدث",
    "المتحدثه",
    "السكرتير",
    "السكرتيره",
    "المدير",
    "مدير",
    "مديره",
    "المديره",
    "العضو",
    "عضو",
    "النائب",
    "النائبه",
    "اللاعب",
    "المدرب",
    "مدرب",
    "الامين",
    "امين",
    "محافظ",
    "المحافظ",
    "مرشح",
    "المرشح",
    "المرشحه",
    "زعيم",
    "الزعيم",
    "قائد",
    "القائد",
    "المستشار",
    "مستشار",
    "الشريك",
    "المدعي",
    "القاضي",
    "الرئيسه",
    "ولي",
    "سمو",
];

const ROLE_HEADS_EN: &[&str] = &[
    "president",
    "ceo",
    "chief",
    "executive",
    "founder",
    "co-founder",
    "cofounder",
    "chairman",
    "chairwoman",
    "chair",
    "minister",
    "secretary",
    "governor",
    "senator",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "king",
    "prince",
    "sheikh",
    "ambassador",
    "coach",
    "striker",
    "head",
    "leader",
    "mayor",
    "chancellor",
    "premier",
    "commissioner",
    "nominee",
    "judge",
    "prosecutor",
    "representative",
    "adviser",
    "advisor",
    "general",
    "manager",
    "owner",
    "investor",
    "billionaire",
];

const STOP_EN: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "with",
    "said",
    "says",
    "by",
    "to",
    "for",
    "at",
    "in",
    "on",
    "from",
    "met",
    "as",
    "that",
    "which",
    "who",
    "while",
    "when",
    "but",
    "after",
    "before",
    "like",
    "including",
    "did",
    "does",
    "do",
    "is",
    "was",
    "were",
    "are",
    "has",
    "have",
    "had",
    "told",
    "called",
    "named",
];

/// A word of the original text: `[start, end)` in chars.
fn words_between(chars: &[char], start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = start;
    while i < end {
        if is_word_char(chars[i]) || chars[i] == '-' {
            let s = i;
            while i < end && (is_word_char(chars[i]) || chars[i] == '-' || chars[i] == '\'') {
                i += 1;
            }
            out.push((s, i));
        } else {
            i += 1;
        }
    }
    out
}

fn strip_clitic(word: &str) -> &str {
    for p in ["وال", "فال", "بال", "كال"] {
        if let Some(rest) = word.strip_prefix(p) {
            if rest.chars().count() >= 3 {
                return &word[p.len() - "ال".len()..];
            }
        }
    }
    for p in ["لل"] {
        if let Some(rest) = word.strip_prefix(p) {
            if rest.chars().count() >= 3 {
                return rest;
            }
        }
    }
    for p in ["و", "ف"] {
        if let Some(rest) = word.strip_prefix(p) {
            if rest.chars().count() >= 3 {
                return rest;
            }
        }
    }
    word
}

fn is_role_head(word: &str, lang: Lang) -> bool {
    match lang {
        Lang::Ar => {
            let w = normalize(word);
            ROLE_HEADS_AR.contains(&w.as_str()) || ROLE_HEADS_AR.contains(&strip_clitic(&w))
        }
        Lang::En => ROLE_HEADS_EN.contains(&normalize(word).as_str()),
    }
}

fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        '،' | ','
            | '.'
            | '؛'
            | ';'
            | ':'
            | '\n'
            | '('
            | ')'
            | '"'
            | '«'
            | '»'
            | '؟'
            | '?'
            | '!'
            | '“'
            | '”'
    )
}

/// Roles the article gives a person: apposition after a mention, or a title phrase before it.
/// `people` are all person mentions of the article: a role phrase never spans another person.
fn roles_in_article(
    nt: &NormText,
    lang: Lang,
    mentions: &[Mention],
    people: &[(usize, usize)],
) -> Vec<String> {
    let chars = &nt.chars;
    let mut roles: Vec<String> = Vec::new();
    let crosses_person = |a: usize, b: usize| people.iter().any(|&(s, e)| s < b && a < e);
    let mut push = |r: String| {
        let r = r
            .trim()
            .trim_matches(|c: char| is_clause_break(c) || c.is_whitespace());
        // "the chief executive of OpenAI" and "chief executive of OpenAI" are one role.
        let r = ["the ", "The ", "a ", "an "]
            .iter()
            .find_map(|a| r.strip_prefix(a))
            .unwrap_or(r)
            .to_string();
        // A bare title ("الرئيس") says nothing the card does not.
        let informative = r.split_whitespace().count() >= 2;
        if informative && !roles.iter().any(|x| normalize(x) == normalize(&r)) && roles.len() < 3 {
            roles.push(r);
        }
    };
    for m in mentions {
        // Apposition: NAME، ROLE، — the phrase must start with a role head.
        let mut i = m.end;
        while i < chars.len() && chars[i] == ' ' {
            i += 1;
        }
        if i < chars.len() && matches!(chars[i], '،' | ',') {
            let start = i + 1;
            let mut end = start;
            while end < chars.len() && !is_clause_break(chars[end]) {
                end += 1;
            }
            let words = words_between(chars, start, end);
            if words.len() <= 10 {
                let mut ws = words.iter();
                let first = ws
                    .next()
                    .map(|&(s, e)| chars[s..e].iter().collect::<String>());
                let lead = match (lang, first.as_deref()) {
                    (Lang::En, Some("the" | "The" | "a" | "an")) => ws
                        .next()
                        .map(|&(s, e)| chars[s..e].iter().collect::<String>()),
                    _ => first,
                };
                // "X، والمؤسس …" coordinates a new person; it is not an apposition.
                let coordinated = lang == Lang::Ar
                    && lead
                        .as_deref()
                        .is_some_and(|w| strip_clitic(&normalize(w)) != normalize(w));
                let is_head = lead.as_deref().is_some_and(|w| {
                    ROLE_HEADS_AR.contains(&normalize(w).as_str())
                        || lang == Lang::En && is_role_head(w, lang)
                });
                if is_head && !coordinated && !crosses_person(start, end) {
                    push(nt.slice(start, end));
                }
            }
        }
        // Title before the name: up to 7 words back within the clause, from the role head.
        let mut s = m.start;
        // A title may be separated from the name by one comma ("… وزير التجارة، هوارد لوتنيك").
        let mut j = s;
        while j > 0 && chars[j - 1] == ' ' {
            j -= 1;
        }
        let across_comma = j > 0 && matches!(chars[j - 1], '،' | ',');
        if across_comma {
            s = j - 1;
        }
        let mut clause_start = s;
        while clause_start > 0 && !is_clause_break(chars[clause_start - 1]) {
            clause_start -= 1;
        }
        // Not across another person's name.
        if let Some(&(_, e)) = people
            .iter()
            .filter(|&&(ps, pe)| pe <= s && ps >= clause_start)
            .max_by_key(|p| p.1)
        {
            clause_start = e;
        }
        let words = words_between(chars, clause_start, s);
        let window = &words[words.len().saturating_sub(7)..];
        let text_of = |&(a, b): &(usize, usize)| chars[a..b].iter().collect::<String>();
        let head = match lang {
            Lang::Ar => {
                // The nearest head, extended back over "لمنصب"/"منصب" to an earlier head.
                let mut h = window.iter().rposition(|w| is_role_head(&text_of(w), lang));
                if let Some(k) = h {
                    if k >= 2
                        && matches!(
                            normalize(&text_of(&window[k - 1])).as_str(),
                            "لمنصب" | "منصب"
                        )
                    {
                        if let Some(k2) = window[..k - 1]
                            .iter()
                            .rposition(|w| is_role_head(&text_of(w), lang))
                        {
                            h = Some(k2);
                        }
                    }
                }
                h
            }
            Lang::En => {
                // Back over the run of words that are not stop words; keep it if it has a head.
                let is_stop =
                    |w: &(usize, usize)| STOP_EN.contains(&normalize(&text_of(w)).as_str());
                let run_start = window.iter().rposition(is_stop).map_or(0, |k| k + 1);
                // Across a comma the title must open its clause ("The commerce secretary, Jane
                // Doe"), not end another one ("held places with the US president, Altman").
                let opens_clause =
                    window[..run_start].iter().all(is_stop) && window.len() == words.len();
                let head = window[run_start..]
                    .iter()
                    .position(|w| is_role_head(&text_of(w), lang))
                    .map(|_| run_start);
                head.filter(|_| !across_comma || opens_clause)
            }
        };
        if let Some(k) = head {
            if k < window.len() {
                let from = window[k].0;
                let mut role = nt.slice(from, window.last().map_or(from, |w| w.1));
                if lang == Lang::Ar {
                    // Drop a conjunction glued to the head ("والمؤسس" → "المؤسس").
                    let first = text_of(&window[k]);
                    let stripped = strip_clitic(&normalize(&first)).to_string();
                    let is_head_itself = ROLE_HEADS_AR.contains(&normalize(&first).as_str());
                    if !is_head_itself && normalize(&first) != stripped {
                        let drop = first.chars().count() - stripped.chars().count();
                        role = role.chars().skip(drop).collect();
                    }
                }
                push(role);
            }
        }
    }
    roles
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kb() -> Kb {
        Kb::parse(
            "[larry]\nkind: person\nar: لاري إليسون\nen: Larry Ellison\n\
             [musk]\nkind: person\nar: إيلون ماسك\nar-alias: ماسك\nen: Elon Musk\nen-alias: Musk\n\
             [oracle]\nkind: company\nar: أوراكل\nen: Oracle\n\
             [apple]\nkind: company\nen: Apple\n\
             [a1]\nkind: person\nar: محمد علي\nar-alias: علي\n\
             [a2]\nkind: person\nar: أحمد علي\nar-alias: علي\n",
        )
        .unwrap()
    }

    fn spans(text: &str, lang: Lang) -> Vec<(String, String)> {
        spans_with(&kb(), text, lang)
    }

    fn spans_with(kb: &Kb, text: &str, lang: Lang) -> Vec<(String, String)> {
        let nt = NormText::new(text);
        let mut out: Vec<(usize, String, String)> = recognize(&nt, kb, lang)
            .into_iter()
            .flat_map(|e| {
                e.mentions
                    .into_iter()
                    .map(move |m| (m.start, m.text, e.id.clone()))
            })
            .collect();
        out.sort();
        out.into_iter().map(|(_, t, id)| (t, id)).collect()
    }

    #[test]
    fn common_word_short_forms_honorifics_offices_and_parentheses() {
        let kb = Kb::parse(
            "[amin]\nkind: person\nar: طارق أمين\nar-alias: أمين\n\
             [maktoum]\nkind: person\nar: أحمد بن سعيد آل مكتوم\nar-alias: آل مكتوم\n\
             [fa]\nkind: organization\nen: Foreign Affairs\n\
             [caf]\nkind: organization\nar: الاتحاد الأفريقي لكرة القدم\n\
             @lexicon given_names_ar_ambiguous\nأمين\n@lexicon stop_ar\nكاف\n",
        )
        .unwrap();
        let ids = |text: &str, lang| -> Vec<String> {
            spans_with(&kb, text, lang)
                .into_iter()
                .map(|(t, id)| format!("{id}:{t}"))
                .collect()
        };
        // A short form that is also a common word, only where a name is expected.
        assert_eq!(
            ids(
                "قال طارق أمين إن الشركة توفر «تخزين أمين للبيانات». وأوضح أمين أن",
                Lang::Ar
            ),
            ["amin:طارق أمين", "amin:أمين"]
        );
        // Honorifics and family particles between a named thing and the name.
        assert_eq!(
            ids("تتواصل أعمال التوسعة في مطار آل مكتوم الدولي.", Lang::Ar),
            Vec::<String>::new()
        );
        // The magazine Foreign Affairs is no part of the ministry's name.
        assert!(!ids(
            "A statement by the Ministry of Foreign Affairs said so.",
            Lang::En
        )
        .iter()
        .any(|m| m.starts_with("fa:")));
        // A common word in parentheses names the entity there only.
        assert_eq!(
            ids(
                "أكد رئيس الاتحاد الأفريقي لكرة القدم (كاف) أن اللاعبين لم يحصلوا على وقت كاف.",
                Lang::Ar
            ),
            ["caf:الاتحاد الأفريقي لكرة القدم", "caf:كاف"]
        );
    }

    #[test]
    fn someone_else_with_a_known_surname_is_not_the_known_person() {
        let kb = Kb::parse(
            "[suhail]\nkind: person\nen: Suhail Al Mazrouei\nen-alias: Mazrouei\n\
             @lexicon given_names_en\nKhalfan\nSuhail\n",
        )
        .unwrap();
        let got = spans_with(
            &kb,
            "said Khalfan Al Mazrouei, the director. Later Al Mazrouei said no.",
            Lang::En,
        );
        assert_eq!(
            got,
            pairs(&[
                ("Khalfan Al Mazrouei", "local:khalfan-al-mazrouei"),
                ("Al Mazrouei", "local:khalfan-al-mazrouei")
            ])
        );
        // Without a full name of its own, the surname stays the known person's.
        assert_eq!(
            spans_with(&kb, "Minister Mazrouei said no.", Lang::En),
            pairs(&[("Mazrouei", "suhail")])
        );
    }

    #[test]
    fn products_and_things_named_after_people_are_not_them() {
        assert_eq!(
            spans("He paid with Apple Pay. Apple said no.", Lang::En),
            pairs(&[("Apple", "apple")])
        );
        assert!(spans("The final is at the Elon Musk Stadium.", Lang::En).is_empty());
        assert!(spans("He is called the Apple of Omaha.", Lang::En).is_empty());
        assert!(spans("المباراة في ملعب إيلون ماسك غدا", Lang::Ar).is_empty());
        assert!(spans("وقفة احتجاجية في ساحة إيلون ماسك وسط المدينة", Lang::Ar).is_empty());
        assert_eq!(
            spans("وقال إيلون ماسك إن", Lang::Ar),
            pairs(&[("إيلون ماسك", "musk")])
        );
    }

    #[test]
    fn a_common_word_is_not_a_clitic_and_a_name() {
        let kb =
            Kb::parse("[hamas]\nkind: organization\nar: حماس\n@lexicon stop_ar\nبحماس\n").unwrap();
        assert!(spans_with(&kb, "استقبل الجمهور الفريق بحماس كبير", Lang::Ar).is_empty());
        assert_eq!(
            spans_with(&kb, "وقالت حماس ولحماس", Lang::Ar),
            pairs(&[("حماس", "hamas"), ("حماس", "hamas")])
        );
    }

    #[test]
    fn club_short_forms_only_in_sport_articles() {
        let kb = Kb::parse(
            "[hilal]\nkind: organization\nar: نادي الهلال\nsport-alias: الهلال\n\
             [hilal-sd]\nkind: organization\nar: الهلال السوداني\nsport-alias: الهلال\n\
             @lexicon sport_words\nمباراة\nالمدرب\nالدوري\n",
        )
        .unwrap();
        // Not about sport: a crescent.
        assert!(spans_with(&kb, "ظهر الهلال في السماء", Lang::Ar).is_empty());
        // About sport, but two clubs share the name and the article names neither in full.
        assert!(spans_with(&kb, "فاز الهلال في مباراة الدوري وقال المدرب", Lang::Ar).is_empty());
        // About sport, and the article names one in full.
        assert_eq!(
            spans_with(
                &kb,
                "فاز نادي الهلال في مباراة الدوري، وقال المدرب إن الهلال",
                Lang::Ar
            ),
            pairs(&[("نادي الهلال", "hilal"), ("الهلال", "hilal")])
        );
    }

    #[test]
    fn names_only_a_title_case_headline_gives_are_dropped() {
        let kb = Kb::parse("@lexicon org_suffixes_en\nFund !org\nHoldings !company\n").unwrap();
        let text = "Saudi Wealth Fund Weighs Stake In Nile Holdings\nThe fund may buy 10% of Nile Holdings, people said.";
        // The headline's whole run reads as one company name; only the body's survives.
        assert_eq!(
            spans_with(&kb, text, Lang::En),
            pairs(&[("Nile Holdings", "local:nile-holdings")])
        );
    }

    #[test]
    fn short_forms_of_latin_names_in_the_article() {
        let kb = Kb::parse("@lexicon given_names_en\nTiago\n").unwrap();
        let got = spans_with(
            &kb,
            "Tiago Morais signed. \"Tiago is quick,\" he said. Park Min-ho agreed. Park said so.",
            Lang::En,
        );
        assert_eq!(
            got,
            pairs(&[
                ("Tiago Morais", "local:tiago-morais"),
                ("Tiago", "local:tiago-morais"),
                ("Park Min-ho", "local:park-min-ho"),
                ("Park", "local:park-min-ho"),
            ])
        );
    }

    #[test]
    fn a_titled_one_word_name_that_heads_a_company_is_the_company() {
        let kb = Kb::parse(
            "@lexicon titles_en\ndesigner\n@lexicon org_suffixes_en\nSemiconductors !company\n",
        )
        .unwrap();
        let got = spans_with(
            &kb,
            "Tata agreed to buy chip designer Vaigai Semiconductors. Later, chip designer Vaigai said profits rose.",
            Lang::En,
        );
        assert!(
            got.iter()
                .all(|(_, id)| id == "local:vaigai-semiconductors"),
            "{got:?}"
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn an_unknown_persons_arabic_given_name_alone_names_them_when_unshared() {
        let kb = Kb::parse(
            "[mbs]\nkind: person\nar: محمد بن سلمان\n\
             @lexicon given_names_ar\nيوسف\nمحمد\nسلمى\n@lexicon given_names_ar_ambiguous\nأمل\n\
             @lexicon stop_ar\nإن\nإنه\nأنه\n",
        )
        .unwrap();
        let got = spans_with(
            &kb,
            "قال الشاب يوسف عادل حسن إنه بريء. وأكد يوسف أنه سيعود. والتقى محمد بن سلمان مع محمد علي الشامي، ثم غادر محمد.",
            Lang::Ar,
        );
        // Unshared: the given name alone is the person.
        assert_eq!(local_of(&got, "يوسف"), ["local:يوسف-عادل-حسن"], "{got:?}");
        // A word after the given name that is no name: the person, and the given name only.
        let got = spans_with(
            &kb,
            "قضت المحكمة ببراءة يوسف عادل حسن، وقال محاميه إنه مدين ليوسف باعتذار.",
            Lang::Ar,
        );
        assert_eq!(
            got.last().map(|(s, id)| (s.as_str(), id.as_str())),
            Some(("يوسف", "local:يوسف-عادل-حسن")),
            "{got:?}"
        );
        // A Maghrebi family name with بن.
        let got = spans_with(
            &kb,
            "وقال المدير العام محمد الأمين بن طالب إن المذكرة مهمة. وأكد بن طالب أن الشركة تراهن.",
            Lang::Ar,
        );
        assert_eq!(
            local_of(&got, "بن طالب"),
            ["local:محمد-الامين-بن-طالب"],
            "{got:?}"
        );
        // Shared by a known and an unknown person: left alone.
        assert!(local_of(&got, "محمد").is_empty(), "{got:?}");
    }

    #[test]
    fn wire_datelines_and_bare_family_names() {
        let kb = Kb::parse(
            "[sharaa]\nkind: person\nen: Ahmed al-Sharaa\nen-alias: al-Sharaa\n\
             [newcastle]\nkind: organization\nen: Newcastle United\nsport-alias: Newcastle\n\
             @lexicon sport_words\nmatch\nleague\ngoal\n",
        )
        .unwrap();
        let got = spans_with(
            &kb,
            "RIYADH, May 14 (Reuters) - Trump met Ahmed al-Sharaa on Wednesday. Trump urged Sharaa to act.",
            Lang::En,
        );
        assert_eq!(local_of(&got, "Sharaa"), ["sharaa"], "{got:?}");
        let got = spans_with(
            &kb,
            "NEWCASTLE, England (AP) — Newcastle won the league match with a late goal.",
            Lang::En,
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(local_of(&got, "Newcastle"), ["newcastle"], "{got:?}");
        // A sentence that opens with an acronym is no dateline.
        let got = spans_with(
            &kb,
            "The club is Newcastle United.\nNEWCASTLE, which won the league match, scored a goal.",
            Lang::En,
        );
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn namesake_clubs_told_apart_by_the_qualifiers_of_their_names() {
        let kb = Kb::parse(
            "[nassr-sa]\nkind: organization\nar: نادي النصر السعودي | النصر السعودي\nsport-alias: النصر\n\
             [nasr-ae]\nkind: organization\nar: النصر الإماراتي | نادي النصر الإماراتي\nsport-alias: النصر\n\
             @lexicon org_cues_ar\nنادي\n@lexicon stop_ar\nالسعودي\nالإماراتي\n\
             @lexicon sport_words\nالمباراة\nالدوري\nالملعب\n",
        )
        .unwrap();
        let ids = |text: &str| {
            spans_with(&kb, text, Lang::Ar)
                .into_iter()
                .map(|(_, id)| id)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids("فاز النصر في المباراة على الملعب في الدوري السعودي للمحترفين."),
            ["nassr-sa"]
        );
        assert_eq!(
            ids("فاز النصر في المباراة على الملعب في الدوري الإماراتي للمحترفين."),
            ["nasr-ae"]
        );
        // Nothing tells them apart: left alone.
        assert!(ids("فاز النصر في المباراة على الملعب في الدوري.").is_empty());
    }

    #[test]
    fn one_person_with_and_without_a_middle_initial() {
        let kb = Kb::parse("@lexicon given_names_en\nDarren\n@lexicon titles_en\nmr\n").unwrap();
        let got = spans_with(
            &kb,
            "Darren K. Whitlock, 41, was arrested. Prosecutors said Darren Whitlock lied. \"Mr. Whitlock built real technology,\" his lawyer said.",
            Lang::En,
        );
        let ids: std::collections::BTreeSet<&str> = got.iter().map(|(_, id)| id.as_str()).collect();
        assert_eq!(ids.len(), 1, "{got:?}");
        assert_eq!(got.len(), 3, "{got:?}");
    }

    #[test]
    fn arabic_organizations_without_their_nationality() {
        let kb = Kb::parse(
            "[cbe]\nkind: organization\nar: البنك المركزي المصري\n\
             [imf]\nkind: organization\nar: صندوق النقد الدولي\n\
             @lexicon org_cues_ar\nصندوق !org\nبنك !company\n",
        )
        .unwrap();
        let got = spans_with(
            &kb,
            "خفض البنك المركزي المصري الفائدة بعد موافقة صندوق النقد الدولي، وقال البنك المركزي إن مجلس صندوق النقد وافق.",
            Lang::Ar,
        );
        assert_eq!(local_of(&got, "البنك المركزي"), ["cbe"], "{got:?}");
        assert_eq!(local_of(&got, "صندوق النقد"), ["imf"], "{got:?}");
        assert!(local_of(&got, "النقد").is_empty(), "{got:?}");
    }

    #[test]
    fn clubs_by_the_last_word_of_their_names_in_match_reports() {
        let kb = Kb::parse(
            "[mci]\nkind: organization\nen: Manchester City\n[nuf]\nkind: organization\nen: Newcastle United\n\
             [lcfc]\nkind: organization\nen: Leicester City\n\
             @lexicon sport_words\nmatch\nstriker\ncoach\n",
        )
        .unwrap();
        let got = spans_with(
            &kb,
            "Newcastle United beat Manchester City in the match. The striker scored and City's coach sulked while United celebrated.",
            Lang::En,
        );
        assert_eq!(local_of(&got, "City"), ["mci"], "{got:?}");
        assert_eq!(local_of(&got, "United"), ["nuf"], "{got:?}");
        // Two Cities: left alone. Not about sport: left alone.
        let got = spans_with(
            &kb,
            "Leicester City drew with Manchester City in the match; the striker said City were lucky, the coach agreed.",
            Lang::En,
        );
        assert!(local_of(&got, "City").is_empty(), "{got:?}");
        let got = spans_with(
            &kb,
            "Manchester City fans moved to the City of London.",
            Lang::En,
        );
        assert!(local_of(&got, "City").is_empty(), "{got:?}");
    }

    #[test]
    fn a_named_thing_two_capitalized_words_after_a_name() {
        let kb =
            Kb::parse("[mbs]\nkind: person\nen: Mohammed bin Salman\nen-alias: Salman\n").unwrap();
        let got = spans_with(
            &kb,
            "Crown Prince Mohammed bin Salman backed a site near King Salman Energy Park.",
            Lang::En,
        );
        assert_eq!(got, pairs(&[("Mohammed bin Salman", "mbs")]), "{got:?}");
    }

    #[test]
    fn indices_and_common_heads_are_not_the_company() {
        let kb = Kb::parse(
            "[nasdaq]\nkind: company\nen: Nasdaq\n[wb]\nkind: organization\nen: World Bank\n\
             @lexicon org_suffixes_en\nBank !company\n",
        )
        .unwrap();
        let got = spans_with(
            &kb,
            "The Nasdaq Composite rose. The World Bank said the world economy slowed. World leaders met.",
            Lang::En,
        );
        assert_eq!(got, pairs(&[("World Bank", "wb")]), "{got:?}");
    }

    #[test]
    fn a_known_companys_first_word_when_the_article_never_writes_it_in_lower_case() {
        let kb = Kb::parse(
            "[brk]\nkind: company\nen: Berkshire Hathaway\n\
             [gm]\nkind: company\nen: General Motors\n",
        )
        .unwrap();
        let got = spans_with(
            &kb,
            "Buffett ran Berkshire Hathaway for decades. Berkshire owns railroads.",
            Lang::En,
        );
        assert_eq!(local_of(&got, "Berkshire"), ["brk"], "{got:?}");
        // "general" in lower case: a common word, not the carmaker.
        let got = spans_with(
            &kb,
            "General Motors cut jobs. In general, he said, General rules apply.",
            Lang::En,
        );
        assert!(!local_of(&got, "General").contains(&"gm"), "{got:?}");
    }

    /// The ids of the mentions whose text is `text`.
    fn local_of<'a>(got: &'a [(String, String)], text: &str) -> Vec<&'a str> {
        got.iter()
            .filter(|(s, _)| s == text)
            .map(|(_, id)| id.as_str())
            .collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn clitics_are_allowed_and_excluded_from_spans() {
        assert_eq!(
            spans("التقى لاري إليسون ولماسك وOracle وبأوراكل", Lang::Ar),
            pairs(&[
                ("لاري إليسون", "larry"),
                ("ماسك", "musk"),
                ("Oracle", "oracle"),
                ("أوراكل", "oracle")
            ])
        );
    }

    #[test]
    fn no_hits_inside_words() {
        assert!(spans("المتماسك والماسكات", Lang::Ar).is_empty());
        assert!(spans("Muskrat and pineapple", Lang::En).is_empty());
    }

    #[test]
    fn latin_names_need_their_capital() {
        assert_eq!(
            spans("Apple sold an apple.", Lang::En),
            pairs(&[("Apple", "apple")])
        );
    }

    #[test]
    fn surname_of_a_person_met_in_full_is_recognized() {
        assert_eq!(
            spans("قال لاري إليسون إن الصفقة تمت، وأكد إليسون ذلك.", Lang::Ar),
            pairs(&[("لاري إليسون", "larry"), ("إليسون", "larry")])
        );
    }

    #[test]
    fn ambiguous_alias_needs_the_full_name() {
        assert!(spans("قال علي إن الصفقة تمت.", Lang::Ar).is_empty());
        assert_eq!(
            spans("قال أحمد علي إن الصفقة تمت، وأكد علي ذلك.", Lang::Ar),
            pairs(&[("أحمد علي", "a2"), ("علي", "a2")])
        );
    }

    #[test]
    fn a_namesake_with_another_title_gets_a_card_from_the_article() {
        let k = Kb::parse(
            "[keeper]\nkind: person\nar: محمد الشناوي\ndesc-ar: حارس مرمى مصري.\ndesc-en: Egyptian goalkeeper.\n\
             @lexicon stop_ar\nمصري\nالمصريه\nمصريه\n",
        )
        .unwrap();
        let opts = crate::Options {
            lang: Some(Lang::Ar),
            document_date: None,
        };
        let out = |text: &str| {
            crate::analyze(text, &k, &opts)
                .entities
                .into_iter()
                .map(|e| (e.id, e.local))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            out("وتصدى حارس المرمى محمد الشناوي للكرة."),
            vec![("keeper".to_string(), false)]
        );
        let spokesman = out("وقال المتحدث باسم الرئاسة المصرية محمد الشناوي إن اللقاء مهم.");
        assert_eq!(spokesman.len(), 1);
        assert!(spokesman[0].1, "{spokesman:?}");
        // A description is no office: it never demotes the knowledge base's entity.
        assert_eq!(
            out("وقال الملياردير الشهير محمد الشناوي إن اللقاء مهم."),
            vec![("keeper".to_string(), false)]
        );
        // As the widget goes: analysis before the card file arrives, cards joined after.
        let (names, cards) = k.split_cards("cards.txt");
        let mut analyzer = crate::Analyzer::new(names);
        let text = "وقال المتحدث باسم الرئاسة المصرية محمد الشناوي إن اللقاء مهم.";
        let mut a = analyzer.analyze(text, &opts);
        assert!(!a.entities[0].local && a.entities[0].description.is_empty());
        analyzer.kb.fill_cards(cards);
        analyzer.attach_cards(&mut a);
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            serde_json::to_string(&crate::analyze(text, &k, &opts)).unwrap()
        );
    }

    #[test]
    fn acronym_aliases_need_all_their_capitals() {
        let k = Kb::parse("[te]\nkind: company\nen: Telecom Egypt\nen-alias: WE\n").unwrap();
        let found = |text: &str| recognize(&NormText::new(text), &k, Lang::En).len();
        assert_eq!(found("We said it would rain."), 0);
        assert_eq!(found("The operator WE said so."), 1);
    }

    #[test]
    fn a_title_or_company_cue_tells_apart_a_shared_alias() {
        let k = Kb::parse(
            "[ford-co]\nkind: company\nen: Ford Motor Company\nen-alias: Ford\n\
             [ford-p]\nkind: person\nen: Harrison Ford\nen-alias: Ford\n\
             @lexicon org_cues_en\ncarmaker !company\n@lexicon titles_en\nactor\n",
        )
        .unwrap();
        let ids = |text: &str| {
            let nt = NormText::new(text);
            recognize(&nt, &k, Lang::En)
                .into_iter()
                .map(|e| e.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("The carmaker Ford said sales rose."), vec!["ford-co"]);
        assert_eq!(ids("The actor Ford said he was tired."), vec!["ford-p"]);
        assert!(
            ids("Ford said so.").is_empty(),
            "no evidence: no annotation"
        );
    }

    #[test]
    fn a_given_name_before_a_one_word_company_makes_a_person() {
        let k = Kb::parse("[dell]\nkind: company\nen: Dell\n@lexicon given_names_en\nMichael\n")
            .unwrap();
        let ids = |text: &str| {
            recognize(&NormText::new(text), &k, Lang::En)
                .into_iter()
                .map(|e| e.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(ids("Dell said sales rose."), vec!["dell"]);
        assert!(!ids("Michael Dell said sales rose.").contains(&"dell".to_string()));
    }

    #[test]
    fn short_forms_are_no_places_and_a_cue_less_name_is_the_cued_one() {
        let k = Kb::parse(
            "[cse]\nkind: organization\nar: بورصة الدار البيضاء\n\
             [rsg]\nkind: company\nar: البحر الأحمر الدولية\n\
             @lexicon places_ar\nالدار البيضاء\nالبحر الأحمر\n@lexicon org_cues_ar\nبورصة\nمجموعة !company\n",
        )
        .unwrap();
        let texts = |text: &str| -> Vec<Vec<String>> {
            mention_texts(&k, text)
                .into_iter()
                .map(|(_, m)| m)
                .collect()
        };
        assert_eq!(
            texts("المدرجة في بورصة الدار البيضاء، ومقرها الدار البيضاء."),
            vec![vec!["بورصة الدار البيضاء".to_string()]]
        );
        assert_eq!(
            texts("أعلنت البحر الأحمر الدولية افتتاح منتجع على ساحل البحر الأحمر."),
            vec![vec!["البحر الأحمر الدولية".to_string()]]
        );
        // "إقامات الواحة" is the company "مجموعة إقامات الواحة" names: one entity.
        let k2 = Kb::parse("@lexicon org_cues_ar\nمجموعة !company\n").unwrap();
        let found = mention_texts(
            &k2,
            "قال المدير العام لمجموعة إقامات الواحة، إن الأرباح زادت. وأعلنت مجموعة «إقامات الواحة» \
             نتائجها. وتعد «إقامات الواحة» من الشركات العائلية.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1.len(), 3, "{found:?}");
    }

    #[test]
    fn a_company_named_like_a_person_a_project_of_its_name_and_a_city_of_a_name() {
        let k = Kb::parse(
            "[mbr]\nkind: person\nen: Mohammed bin Rashid Al Maktoum\nen-alias: Mohammed bin Rashid\n\
             @lexicon org_suffixes_en\nDevelopments\n",
        )
        .unwrap();
        let out = |text: &str| -> Vec<(String, Vec<String>)> {
            recognize(&NormText::new(text), &k, Lang::En)
                .into_iter()
                .map(|e| {
                    (
                        format!("{:?}", e.kind),
                        e.mentions.into_iter().map(|m| m.text).collect(),
                    )
                })
                .collect()
        };
        // "Meridian Sands" read as a person is the company; "Meridian Sands Heights" is its
        // project, not a mention.
        let found = out(
            "Meridian Sands Developments launched a project. Meridian Sands said sales rose. \
             The project, Meridian Sands Heights, has six towers.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].1,
            vec!["Meridian Sands Developments", "Meridian Sands"]
        );
        // A city named after a person, with "bin" between.
        assert!(out("It built homes in Mohammed bin Rashid City.").is_empty());
    }

    #[test]
    fn a_one_word_name_only_ever_quoted_repeats_only_in_quotes() {
        let k = Kb::parse("@lexicon org_cues_ar\nشركة !company\n@lexicon stop_ar\nفي\nمسؤول\n")
            .unwrap();
        let found = mention_texts(
            &k,
            "تقدم النواب بطلبات إحاطة. ورحبت شركة «طلبات» بالقانون، وقال مسؤول في «طلبات» إنها ستلتزم.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1, vec!["طلبات", "طلبات"], "{found:?}");
        // A quoted head of a longer name repeats as any head does.
        let k = Kb::parse(
            "@lexicon org_cues_ar\nشركة !company\n@lexicon org_suffixes_en\nإنرجي\n\
             @lexicon stop_ar\nفي\n",
        )
        .unwrap();
        let found = mention_texts(
            &k,
            "وقعت اتفاقية مع شركة «نوردموس إنرجي» الألمانية. وقال رئيسها لـ«نوردموس» إن الكميات \
             المخصصة لنوردموس تكفي.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].1.len(), 3, "{found:?}");
    }

    fn mention_texts(k: &Kb, text: &str) -> Vec<(bool, Vec<String>)> {
        recognize(&NormText::new(text), k, Lang::Ar)
            .into_iter()
            .map(|e| (e.local, e.mentions.into_iter().map(|m| m.text).collect()))
            .collect()
    }

    #[test]
    fn a_known_name_inside_one_introduced_with_an_acronym_gives_way() {
        let k = Kb::parse(
            "[arab-bank]\nkind: company\nar: البنك العربي\n@lexicon org_cues_ar\nالبنك !company\n",
        )
        .unwrap();
        assert_eq!(
            mention_texts(
                &k,
                "وقع البنك العربي الأردني للتنمية (AJDB) اتفاقا، وقال رئيس AJDB"
            ),
            vec![(
                true,
                vec![
                    "البنك العربي الأردني للتنمية".to_string(),
                    "AJDB".into(),
                    "AJDB".into()
                ]
            )]
        );
        assert_eq!(
            mention_texts(&k, "وقع البنك العربي الأردني اتفاقا"),
            vec![(false, vec!["البنك العربي".to_string()])]
        );
    }

    #[test]
    fn a_common_word_named_after_its_cue_is_not_repeated_bare() {
        let k = Kb::parse(
            "[x]\nkind: company\nar: أوراكل\n@lexicon org_cues_ar\nقناة !company\n\
             @lexicon stop_ar\nالشرقية\nإن\n",
        )
        .unwrap();
        assert_eq!(
            mention_texts(&k, "وقال لقناة الشرقية إن المنطقة الشرقية تنمو"),
            vec![(true, vec!["الشرقية".to_string()])]
        );
    }

    #[test]
    fn roles_from_apposition_and_titles() {
        let k = Kb::parse(
            "[s]\nkind: person\nar: سام ألتمان\nen: Sam Altman\n[d]\nkind: person\nar: دوغ بورغوم\nen: Doug Burgum\n",
        )
        .unwrap();
        let role = |text: &str, lang| {
            let nt = NormText::new(text);
            recognize(&nt, &k, lang)
                .into_iter()
                .flat_map(|e| e.roles)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            role("وجد سام ألتمان، الرئيس التنفيذي لـ OpenAI، نفسه", Lang::Ar),
            vec!["الرئيس التنفيذي لـ OpenAI"]
        );
        assert_eq!(
            role("بما في ذلك حاكم داكوتا الشمالية دوغ بورغوم، و", Lang::Ar),
            vec!["حاكم داكوتا الشمالية"]
        );
        assert_eq!(
            role("He met OpenAI chief executive Sam Altman.", Lang::En),
            vec!["OpenAI chief executive"]
        );
        assert_eq!(
            role("So did OpenAI chief executive Sam Altman.", Lang::En),
            vec!["OpenAI chief executive"]
        );
        assert!(role(
            "Others held places with the US president, Sam Altman, said.",
            Lang::En
        )
        .is_empty());
        assert_eq!(
            role("The OpenAI chief executive, Sam Altman, said.", Lang::En),
            vec!["OpenAI chief executive"]
        );
        assert_eq!(
            role("Sam Altman, the chief executive of OpenAI, said", Lang::En),
            vec!["chief executive of OpenAI"]
        );
        assert!(role("التقى سام ألتمان مع المستثمرين", Lang::Ar).is_empty());
    }
}
