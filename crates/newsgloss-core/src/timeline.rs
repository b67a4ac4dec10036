//! Events of the article: one per resolved temporal expression.
//!
//! An event is the passage a date belongs to: the sentence containing the expression, narrowed
//! to its clause when the sentence holds several dates (so each date keeps its own passage and
//! participants). Participants are the entities with a mention inside that passage; the summary
//! is the passage itself, without a leading date phrase, cut at a word boundary. Events with the
//! same value and the same participants are merged (an article often repeats a date), and the
//! list is ordered by the earliest day the date can mean, then by narrative order.
//!
//! Labels are written in the article's language from the value, the modifier and, for
//! before/after, the reference ("بعد 5 نوفمبر 2024", "after November 5, 2024").
use crate::dates::{DateMod, TimeExpr};
use crate::{text::NormText, EntityOut, Lang};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventDate {
    pub value: String,
    #[serde(rename = "mod")]
    pub mod_: Option<crate::dates::DateMod>,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub earliest: String,
    pub latest: String,
    pub anchor: crate::dates::AnchorKind,
    pub confidence: f32,
    /// Display label in the article's language ("أوائل يونيو 2024", "early June 2024").
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// The sentence or clause the date belongs to, in original code points.
    pub start: usize,
    pub end: usize,
    pub summary: String,
    pub entities: Vec<String>,
    pub date: EventDate,
}

/// Longest summary, in characters, before cutting at a word boundary.
const SUMMARY_MAX: usize = 120;

fn is_clause_mark(c: char) -> bool {
    matches!(c, '،' | ',' | '؛' | ';')
}

pub fn build_events(
    nt: &NormText,
    lang: Lang,
    exprs: &[TimeExpr],
    entities: &[EntityOut],
) -> Vec<Event> {
    let chars = &nt.chars;
    let sentences = crate::text::sentences(chars);
    let resolved: Vec<&TimeExpr> = exprs
        .iter()
        .filter(|e| e.resolved.is_some() && e.start <= e.end && e.end <= chars.len())
        .collect();
    let mut out: Vec<(usize, Event)> = Vec::new();
    for (n, e) in resolved.iter().enumerate() {
        let Some(r) = &e.resolved else { continue };
        let (mut s, mut t) = sentences
            .iter()
            .copied()
            .find(|&(s, t)| s <= e.start && e.start < t)
            .unwrap_or((e.start, e.end));
        // Other dates in the same sentence: cut at the clause mark between them.
        let (s0, t0) = (s, t);
        for other in resolved
            .iter()
            .filter(|o| o.start != e.start && s0 <= o.start && o.start < t0)
        {
            if other.start < e.start {
                if let Some(p) = (other.end..e.start)
                    .rev()
                    .find(|&k| is_clause_mark(chars[k]))
                {
                    s = s.max(p + 1);
                }
            } else if let Some(p) = (e.end..other.start).find(|&k| is_clause_mark(chars[k])) {
                t = t.min(p);
            }
        }
        while s < t && chars[s].is_whitespace() {
            s += 1;
        }
        let t = t.max(e.end.min(chars.len()));
        let s = s.min(e.start);
        // A passage that is little but the date (a byline "Al Ain News · 10 February 2025", a
        // dateline on its own line)
        // narrates no event.
        let words_besides_date = crate::text::words_outside(chars, s, t, e.start, e.end);
        let ends_sentence = chars[..t.min(chars.len())]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .is_some_and(|&c| matches!(c, '.' | '!' | '?' | '؟' | '"' | '»' | '”'));
        if words_besides_date < 2 || (words_besides_date < 4 && !ends_sentence) {
            continue;
        }
        let mut ids: Vec<String> = Vec::new();
        for ent in entities {
            if ent.mentions.iter().any(|m| m.start >= s && m.end <= t) && !ids.contains(&ent.id) {
                ids.push(ent.id.clone());
            }
        }
        let label = label(lang, &r.value, r.mod_, r.anchor_value.as_deref());
        let event = Event {
            start: s,
            end: t,
            summary: summary(chars, s, t, e.start, e.end),
            entities: ids,
            date: EventDate {
                value: r.value.clone(),
                mod_: r.mod_,
                text: e.text.clone(),
                start: e.start,
                end: e.end,
                earliest: r.earliest.clone(),
                latest: r.latest.clone(),
                anchor: r.anchor,
                confidence: r.confidence,
                label,
            },
        };
        // Same date, same participants: the same event told twice. Without participants only
        // the same wording counts ("بعد الإعلان" and "بعد أيام" are two events).
        // The one told at more length stays: a summary's bullet or a standfirst names the
        // date in brief before the article tells the event.
        let dup = out.iter().position(|(_, o)| {
            o.date.value == event.date.value
                && o.date.mod_ == event.date.mod_
                && same_set(&o.entities, &event.entities)
                && (!event.entities.is_empty()
                    || crate::text::normalize(&o.date.text)
                        == crate::text::normalize(&event.date.text))
        });
        match dup {
            None => out.push((n, event)),
            Some(k) if event.end - event.start > out[k].1.end - out[k].1.start => {
                out.remove(k);
                out.push((n, event));
            }
            Some(_) => {}
        }
    }
    // (Pushed in order of `n`, so equal dates keep that order.)
    crate::sort_by_u64_key(&mut out, |(_, e)| {
        crate::parse_iso_date(&e.date.earliest).map_or(0, crate::date_key)
    });
    out.into_iter().map(|(_, e)| e).collect()
}

fn same_set(a: &[String], b: &[String]) -> bool {
    a.len() == b.len() && a.iter().all(|x| b.contains(x))
}

/// The passage without a leading date phrase (the label shows the date), cut to
/// [`SUMMARY_MAX`] characters at a word boundary.
fn summary(chars: &[char], s: usize, t: usize, ds: usize, de: usize) -> String {
    let mut a = s;
    if ds <= s + 1 && de < t {
        a = de;
        while a < t && (chars[a].is_whitespace() || is_clause_mark(chars[a]) || chars[a] == '-') {
            a += 1;
        }
        // Keep the date phrase when nothing else is left.
        if t - a < 8 {
            a = s;
        }
    }
    let mut b = t;
    while b > a
        && (chars[b - 1].is_whitespace()
            || matches!(chars[b - 1], '.' | '،' | ',' | ':' | '؛' | ';'))
    {
        b -= 1;
    }
    if b - a <= SUMMARY_MAX {
        return chars[a..b].iter().collect();
    }
    let limit = a + SUMMARY_MAX;
    let cut = (a + SUMMARY_MAX / 2..limit)
        .rev()
        .find(|&k| chars[k].is_whitespace())
        .unwrap_or(limit);
    let mut out: String = chars[a..cut].iter().collect();
    while out.ends_with(|c: char| c.is_whitespace() || is_clause_mark(c)) {
        out.pop();
    }
    out.push('…');
    out
}

const AR_MONTH_NAMES: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];
const EN_MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A TIMEX3 value in words: "5 يونيو 2024", "June 5, 2024", "الربع الثاني 2024", "Q2 2024".
fn value_words(lang: Lang, v: &str) -> String {
    let ar = lang == Lang::Ar;
    let parts: Vec<&str> = v.split('-').collect();
    let month = |m: &str| -> Option<&'static str> {
        let i: usize = m.parse().ok()?;
        let names = if ar { &AR_MONTH_NAMES } else { &EN_MONTH_NAMES };
        names.get(i.checked_sub(1)?).copied()
    };
    match parts.as_slice() {
        [y] if y.len() == 3 => {
            if ar {
                format!("عقد {y}0")
            } else {
                format!("the {y}0s")
            }
        }
        [y] => y.to_string(),
        [y, p] => {
            if let Some(m) = month(p) {
                return format!("{m} {y}");
            }
            let ord_ar = ["الأول", "الثاني", "الثالث", "الرابع"];
            let ord_en = ["first", "second", "third", "fourth"];
            let n = p
                .get(1..)
                .and_then(|d| d.parse::<usize>().ok())
                .unwrap_or(0);
            match (p.chars().next(), ar) {
                (Some('Q'), true) if (1..=4).contains(&n) => format!("الربع {} {y}", ord_ar[n - 1]),
                (Some('Q'), false) => format!("Q{n} {y}"),
                (Some('H'), true) if (1..=2).contains(&n) => format!("النصف {} {y}", ord_ar[n - 1]),
                (Some('H'), false) if (1..=2).contains(&n) => {
                    format!("{} half of {y}", ord_en[n - 1])
                }
                (Some('W'), true) => format!("الأسبوع {n} {y}"),
                (Some('W'), false) => format!("week {n}, {y}"),
                _ => {
                    let s = match (*p, ar) {
                        ("SP", true) => "ربيع",
                        ("SU", true) => "صيف",
                        ("FA", true) => "خريف",
                        ("WI", true) => "شتاء",
                        ("SP", false) => "spring",
                        ("SU", false) => "summer",
                        ("FA", false) => "fall",
                        ("WI", false) => "winter",
                        _ => return v.to_string(),
                    };
                    format!("{s} {y}")
                }
            }
        }
        [y, m, d] => match (month(m), d.parse::<u32>()) {
            (Some(name), Ok(d)) if ar => format!("{d} {name} {y}"),
            (Some(name), Ok(d)) => format!("{name} {d}, {y}"),
            _ => v.to_string(),
        },
        _ => v.to_string(),
    }
}

/// A range in words, sharing what both ends share: "3–5 مارس 2024", "March 3–5, 2024",
/// "يناير–مارس 2024", "January–March 2024", else "A – B".
fn range_words(lang: Lang, a: &str, b: &str) -> String {
    let (pa, pb): (Vec<&str>, Vec<&str>) = (a.split('-').collect(), b.split('-').collect());
    let ar = lang == Lang::Ar;
    // Arabic reads right to left: the same dash and order read "from A to B" there too.
    match (pa.as_slice(), pb.as_slice()) {
        ([ya, ma, da], [yb, mb, db]) if ya == yb && ma == mb && da.len() == 2 && db.len() == 2 => {
            let (da, db) = (da.trim_start_matches('0'), db.trim_start_matches('0'));
            let month = value_words(lang, &format!("{ya}-{ma}"));
            match month.split_once(' ') {
                Some((name, y)) if ar => format!("{da}–{db} {name} {y}"),
                Some((name, y)) => format!("{name} {da}–{db}, {y}"),
                None => format!("{} – {}", value_words(lang, a), value_words(lang, b)),
            }
        }
        ([ya, ma], [yb, mb])
            if ya == yb
                && ma.len() == 2
                && mb.len() == 2
                && ma.chars().all(|c| c.is_ascii_digit())
                && mb.chars().all(|c| c.is_ascii_digit()) =>
        {
            let (wa, wb) = (value_words(lang, a), value_words(lang, b));
            match (wa.split_once(' '), wb.split_once(' ')) {
                (Some((na, _)), Some((nb, y))) => format!("{na}–{nb} {y}"),
                _ => format!("{wa} – {wb}"),
            }
        }
        _ => format!("{} – {}", value_words(lang, a), value_words(lang, b)),
    }
}

/// The display label of a date: its value in words with the modifier ("أوائل يونيو 2024",
/// "mid-2024", "after November 5, 2024").
pub fn label(lang: Lang, value: &str, m: Option<DateMod>, reference: Option<&str>) -> String {
    if let Some((a, b)) = value.split_once('/') {
        return range_words(lang, a, b);
    }
    let words = value_words(lang, value);
    let refw = reference
        .map(|r| value_words(lang, r))
        .unwrap_or_else(|| words.clone());
    let ar = lang == Lang::Ar;
    match (m, ar) {
        (None, _) => words,
        (Some(DateMod::Start), true) => format!("أوائل {words}"),
        (Some(DateMod::Mid), true) => format!("منتصف {words}"),
        (Some(DateMod::End), true) => format!("أواخر {words}"),
        (Some(DateMod::Before), true) => format!("قبل {refw}"),
        (Some(DateMod::After), true) => format!("بعد {refw}"),
        (Some(DateMod::Approx), true) => format!("حوالي {words}"),
        (Some(DateMod::Start), false) => format!("early {words}"),
        (Some(DateMod::Mid), false) if value.len() == 4 => format!("mid-{words}"),
        (Some(DateMod::Mid), false) => format!("mid-{words}"),
        (Some(DateMod::End), false) => format!("late {words}"),
        (Some(DateMod::Before), false) => format!("before {refw}"),
        (Some(DateMod::After), false) => format!("after {refw}"),
        (Some(DateMod::Approx), false) => format!("around {words}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{kb::Kb, Kind, Mention};

    #[test]
    fn labels_in_both_languages() {
        type Row<'a> = (Lang, &'a str, Option<DateMod>, Option<&'a str>, &'a str);
        let rows: &[Row] = &[
            (
                Lang::Ar,
                "2024-06",
                Some(DateMod::Start),
                None,
                "أوائل يونيو 2024",
            ),
            (Lang::Ar, "2024", Some(DateMod::Mid), None, "منتصف 2024"),
            (Lang::Ar, "2025-01-21", None, None, "21 يناير 2025"),
            (
                Lang::Ar,
                "2024-11",
                Some(DateMod::After),
                Some("2024-11-05"),
                "بعد 5 نوفمبر 2024",
            ),
            (Lang::Ar, "2024-Q1", None, None, "الربع الأول 2024"),
            (Lang::Ar, "2024-SU", None, None, "صيف 2024"),
            (
                Lang::En,
                "2024-06",
                Some(DateMod::Start),
                None,
                "early June 2024",
            ),
            (Lang::En, "2024", Some(DateMod::Mid), None, "mid-2024"),
            (Lang::En, "2025-01-21", None, None, "January 21, 2025"),
            (
                Lang::En,
                "2024-11",
                Some(DateMod::After),
                Some("2024-11-05"),
                "after November 5, 2024",
            ),
            (Lang::En, "2024-H2", None, None, "second half of 2024"),
            (Lang::En, "garbage-99-x", None, None, "garbage-99-x"),
            (
                Lang::Ar,
                "2024-03-03/2024-03-05",
                None,
                None,
                "3–5 مارس 2024",
            ),
            (
                Lang::En,
                "2024-03-03/2024-03-05",
                None,
                None,
                "March 3–5, 2024",
            ),
            (Lang::Ar, "2024-01/2024-03", None, None, "يناير–مارس 2024"),
            (
                Lang::En,
                "2023-03/2024-06",
                None,
                None,
                "March 2023 – June 2024",
            ),
            (Lang::En, "2010/2018", None, None, "2010 – 2018"),
            (
                Lang::Ar,
                "2023-Q1/2023-Q2",
                None,
                None,
                "الربع الأول 2023 – الربع الثاني 2023",
            ),
            (Lang::En, "/", None, None, " – "),
        ];
        for &(lang, v, m, r, want) in rows {
            assert_eq!(label(lang, v, m, r), want);
        }
    }

    fn entity(id: &str, spans: &[(usize, usize)]) -> EntityOut {
        EntityOut {
            id: id.into(),
            kind: Kind::Person,
            name: id.into(),
            name_other: None,
            description: String::new(),
            roles: vec![],
            mentions: spans
                .iter()
                .map(|&(s, e)| Mention {
                    start: s,
                    end: e,
                    text: String::new(),
                })
                .collect(),
            local: false,
            wikidata: None,
            links: vec![],
            facts: vec![],
        }
    }

    #[test]
    fn a_byline_date_is_not_an_event() {
        let text =
            "Al Ain News · Monday, 10 February 2025\nOn 5 June 2024, the two firms signed a deal.";
        let nt = NormText::new(text);
        let exprs = crate::dates::find_dates(
            &nt,
            Lang::En,
            crate::parse_iso_date("2025-02-10"),
            &Kb::default(),
        );
        let events = build_events(&nt, Lang::En, &exprs, &[]);
        assert_eq!(
            events
                .iter()
                .map(|e| e.date.value.as_str())
                .collect::<Vec<_>>(),
            vec!["2024-06-05"]
        );
    }

    #[test]
    fn events_have_passages_participants_and_chronological_order() {
        let text = "وفي الشهر التالي، تحدث ترامب. في أوائل يونيو 2024، التقى ألتمان مع ترامب في لاس فيغاس. وبعد أيام، وقع ألتمان الاتفاق.";
        let nt = NormText::new(text);
        let kb = Kb::default();
        let exprs =
            crate::dates::find_dates(&nt, Lang::Ar, crate::parse_iso_date("2025-02-10"), &kb);
        let chars: Vec<char> = text.chars().collect();
        let find = |w: &str, from: usize| -> (usize, usize) {
            let s = (from..chars.len())
                .find(|&i| {
                    chars[i..]
                        .iter()
                        .take(w.chars().count())
                        .collect::<String>()
                        == w
                })
                .unwrap();
            (s, s + w.chars().count())
        };
        let altman = entity("sam-altman", &[find("ألتمان", 0), find("ألتمان", 60)]);
        let trump = entity("donald-trump", &[find("ترامب", 0), find("ترامب", 40)]);
        let events = build_events(&nt, Lang::Ar, &exprs, &[altman, trump]);
        // "الشهر التالي" has nothing narrated before it: no event.
        assert_eq!(events.len(), 2, "{events:#?}");
        assert_eq!(events[0].date.label, "أوائل يونيو 2024");
        assert!(
            events[0].summary.starts_with("التقى ألتمان مع ترامب"),
            "{}",
            events[0].summary
        );
        assert_eq!(events[0].entities, vec!["sam-altman", "donald-trump"]);
        assert_eq!(events[1].date.value, "2024-06");
        assert_eq!(events[1].entities, vec!["sam-altman"]);
        assert!(events[0].date.earliest <= events[1].date.earliest);
    }

    #[test]
    fn of_a_date_told_twice_the_longer_telling_stays() {
        let text = "The drug was licensed in November 2023.\n\nThe partner paid $75 million \
                    upfront in November 2023 for rights to the drug outside China.";
        let nt = NormText::new(text);
        let exprs = crate::dates::find_dates(&nt, Lang::En, None, &Kb::default());
        let events = build_events(&nt, Lang::En, &exprs, &[]);
        assert_eq!(events.len(), 1);
        assert!(
            events[0].summary.contains("upfront"),
            "{}",
            events[0].summary
        );
    }

    #[test]
    fn duplicates_merge_and_summaries_are_cut_at_words() {
        let long = "كلمة ".repeat(60);
        let text = format!("في 5 يونيو 2024 {long}. في 5 يونيو 2024 {long}.");
        let nt = NormText::new(&text);
        let exprs = crate::dates::find_dates(&nt, Lang::Ar, None, &Kb::default());
        assert_eq!(exprs.len(), 2);
        let events = build_events(&nt, Lang::Ar, &exprs, &[]);
        assert_eq!(events.len(), 1);
        let s = &events[0].summary;
        assert!(
            s.chars().count() <= SUMMARY_MAX + 1 && s.ends_with('…') && !s.contains("كلم…"),
            "{s}"
        );
    }
}
