//! Temporal expressions: finding them, and resolving them to TIMEX3-style values.
//!
//! # The model
//!
//! Matching runs on the normalized text (see [`crate::text`]), split into tokens (runs of
//! letters/digits, and single punctuation marks). At each token a small hand-written parser
//! reads, in this order:
//!
//! 1. an optional *relation* ("في", "قبل", "بعد", "بحلول", "مع اقتراب", "منذ", "حوالي", "in",
//!    "after", "ahead of", "by", ...); Arabic clitics (و ف ب ل ك) may attach to any word;
//! 2. a *core*: a calendar date with an optional modifier ("أوائل يونيو/حزيران 2024", "mid-2024",
//!    "الربع الأول من 2024"), a deictic phrase ("أمس", "last week"), an anaphoric one ("في الشهر
//!    التالي", "days later") or a named event of the knowledge base ("التنصيب", "Trump's election").
//!
//! The parse is a [`Spec`]: a *base* (an absolute unit, the document date, the previously
//! narrated date, a named event, or a month/day without a year), *operations* (shift by n units,
//! the unit containing, a weekday, a part of the year) and a *relation* (plain, before/after with
//! a window, by, since, approx) plus a start/mid/end modifier. Resolution is a second step:
//!
//! * **Absolute** expressions need nothing.
//! * **Deictic** ones ("أمس", "قبل يومين", "last week") are anchored on the *document date*; with
//!   none they are returned with `resolved: None`.
//! * **Anaphoric** ones ("في الشهر التالي", "the next day", "بعد أيام") are anchored on the
//!   *narrative reference*: the unit of the most recent expression before them in the text that
//!   set a reference time (absolute dates, event dates, anaphoric results, precise deictic dates).
//!   Narrative order is not chronology, and "the following month" in a story about June 2024
//!   means July 2024 whatever the publication date. Vague deictic windows ("قبل أيام قليلة")
//!   do not move the reference. An anaphoric expression whose unit is finer than the reference
//!   ("the next day" after "in 2024") is left unresolved rather than guessed.
//! * **Event-relative** ones ("في اليوم التالي للتنصيب", "after Trump's election") use the date of a
//!   [`crate::kb::NamedEvent`] matched by name; a name shared by several events means the latest
//!   on or before the document date (or the latest overall without one).
//!
//! * **Events named by their kind** ("الانتخابات", "الانتخابات الرئاسية", "the invasion", "the
//!   World Cup") are the knowledge-base events whose names contain those words, when the
//!   document date makes one obvious: the only one within about two years before it (either
//!   side for "ahead of"/"قبل"; one a few weeks ahead when none is behind). Several candidates,
//!   or no document date, give nothing. A year picks the event of that year ("مع اقتراب
//!   انتخابات 2024": before 2024-11-05, the value kept at the year the phrase writes).
//!
//! Before/after relations give a window next to the reference (bounds), a value cut to the
//! month for day-precise references ("after 2024-11-05" → `2024-11`), and keep the reference in
//! `anchor_value` for display ("بعد 5 نوفمبر 2024").
//!
//! **Ranges** ("بين 3 و5 مارس 2024", "من يناير إلى مارس 2024", "2010-2018", "October 10-12,
//! 2023", "the first and second quarters of 2023") are a spec with an end spec (`Spec::to`):
//! both ends resolve alone, the start taking from the end what it leaves out (month, year) and
//! falling a year earlier when it would come after the end ("من نوفمبر إلى فبراير 2024"). The
//! value is `START/END` at the granularity written, the bounds span both, the end becomes the
//! narrative reference; a range ending before it starts is unresolved.
//!
//! **Hijri dates** ("15 رمضان 1446", "غرة شوال 1444 هـ", "٤/٥/١٤٤٧هـ", "1 Ramadan 1445 AH") are
//! converted to Gregorian days on the Umm al-Qura calendar by `icu_calendar` (feature `hijri`,
//! on by default and named by the CLI; it adds 2.8 KB to the widget's gzipped release wasm:
//! 194.1 KB with it, 191.3 KB without, under the ~195 KB mark of its 200 KB budget. Should the
//! widget need the room, `default-features = false` on its newsgloss-core dependency drops it
//! there alone). A Hijri month or year alone is its Gregorian day range (`2025-03-01/2025-03-29`);
//! a day and month without a year is the last one on or before the document date. A month
//! name needs a day or a year (1300–1500, or any year marked هـ/AH) to count: "رمضان" alone and
//! "رجب" the name are not dates. In a "الموافق" double date both halves are found and agree.
//! Built without the feature, Hijri dates are found and reported with `resolved: None`.
//!
//! Everything is total: no indexing outside checked bounds, arithmetic through `Option`, so any
//! input (empty, digits only, "31/02/2024", year 99999) yields a result and never a panic.
use crate::{kb::Kb, text::NormText, CivilDate, Lang};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateMod {
    Start,
    Mid,
    End,
    Before,
    After,
    Approx,
}

/// What a value was computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnchorKind {
    Absolute,
    DocumentDate,
    PreviousDate,
    NamedEvent,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateValue {
    /// TIMEX3-style value cut to its granularity: `2024`, `2024-06`, `2024-06-05`, `2024-Q2`.
    pub value: String,
    #[serde(rename = "mod")]
    pub mod_: Option<DateMod>,
    /// Earliest and latest day the expression can mean (`YYYY-MM-DD`).
    pub earliest: String,
    pub latest: String,
    pub anchor: AnchorKind,
    pub confidence: f32,
    /// For before/after/by/since: the reference the relation is to ("2024-11-05" in "after
    /// Trump's election"), which the value may be coarser than.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor_value: Option<String>,
}

/// A temporal expression found in the text: `[start, end)` in original code points.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TimeExpr {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `None` when the expression could not be resolved (reported, never guessed).
    pub resolved: Option<DateValue>,
}

// ---------------------------------------------------------------------------------------------
// Calendar units and day arithmetic (all checked).

type Date = CivilDate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gran {
    Hour,
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
}

/// A calendar unit: what a value denotes before any modifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Day(Date),
    /// The week starting on this Monday.
    Week(Date),
    Month(i32, i32),
    /// 1 spring, 2 summer, 3 fall, 4 winter (December of the year to February).
    Season(i32, u8),
    Quarter(i32, u8),
    Half(i32, u8),
    Year(i32),
    /// The decade starting with this year (2020 → the 2020s).
    Decade(i32),
}

const MIN_YEAR: i32 = 1;
const MAX_YEAR: i32 = 9998;

fn ymd(y: i32, m: i32, d: i32) -> Option<Date> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Date::new(y as i16, m as i8, d as i8).ok()
}

fn last_of_month(y: i32, m: i32) -> Option<Date> {
    let first = ymd(y, m, 1)?;
    ymd(y, m, first.days_in_month() as i32)
}

/// Days since 1970-01-01 (proleptic Gregorian).
fn day_number(d: Date) -> i64 {
    let (y, m, dd) = (d.year() as i64, d.month() as i64, d.day() as i64);
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + dd - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn from_day_number(n: i64) -> Option<Date> {
    if !(-1_000_000..=3_000_000).contains(&n) {
        return None;
    }
    let z = n + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    ymd(y as i32, m as i32, d as i32)
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    from_day_number(day_number(d).checked_add(n)?)
}

/// Monday = 0.
fn weekday(d: Date) -> i64 {
    (day_number(d) + 3).rem_euclid(7)
}

fn add_months(y: i32, m: i32, n: i64) -> Option<(i32, i32)> {
    let idx = (y as i64) * 12 + (m as i64 - 1) + n;
    let (ny, nm) = (idx.div_euclid(12), idx.rem_euclid(12) + 1);
    if !(MIN_YEAR as i64..=MAX_YEAR as i64).contains(&ny) {
        return None;
    }
    Some((ny as i32, nm as i32))
}

fn season_of_month(y: i32, m: i32) -> (i32, u8) {
    match m {
        3..=5 => (y, 1),
        6..=8 => (y, 2),
        9..=11 => (y, 3),
        12 => (y, 4),
        _ => (y - 1, 4),
    }
}

impl Unit {
    fn gran(self) -> Gran {
        match self {
            Unit::Day(_) => Gran::Day,
            Unit::Week(_) => Gran::Week,
            Unit::Month(..) => Gran::Month,
            Unit::Season(..) => Gran::Season,
            Unit::Quarter(..) => Gran::Quarter,
            Unit::Half(..) => Gran::Half,
            Unit::Year(_) => Gran::Year,
            Unit::Decade(_) => Gran::Decade,
        }
    }

    fn range(self) -> Option<(Date, Date)> {
        Some(match self {
            Unit::Day(d) => (d, d),
            Unit::Week(d) => (d, add_days(d, 6)?),
            Unit::Month(y, m) => (ymd(y, m, 1)?, last_of_month(y, m)?),
            Unit::Quarter(y, q) => (
                ymd(y, 3 * q as i32 - 2, 1)?,
                last_of_month(y, 3 * q as i32)?,
            ),
            Unit::Half(y, h) => (
                ymd(y, 6 * h as i32 - 5, 1)?,
                last_of_month(y, 6 * h as i32)?,
            ),
            Unit::Season(y, s) => match s {
                1..=3 => (
                    ymd(y, 3 * s as i32, 1)?,
                    last_of_month(y, 3 * s as i32 + 2)?,
                ),
                _ => (ymd(y, 12, 1)?, last_of_month(y + 1, 2)?),
            },
            Unit::Year(y) => (ymd(y, 1, 1)?, ymd(y, 12, 31)?),
            Unit::Decade(y) => (ymd(y, 1, 1)?, ymd(y + 9, 12, 31)?),
        })
    }

    fn start(self) -> Option<Date> {
        self.range().map(|r| r.0)
    }

    fn value(self) -> String {
        match self {
            Unit::Day(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Unit::Week(d) => {
                let w = d.iso_week_date();
                format!("{:04}-W{:02}", w.year(), w.week())
            }
            Unit::Month(y, m) => format!("{y:04}-{m:02}"),
            Unit::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Unit::Half(y, h) => format!("{y:04}-H{h}"),
            Unit::Season(y, s) => format!(
                "{y:04}-{}",
                ["SP", "SU", "FA", "WI"][(s.clamp(1, 4) - 1) as usize]
            ),
            Unit::Year(y) => format!("{y:04}"),
            Unit::Decade(y) => format!("{:03}", y / 10),
        }
    }

    /// The unit of granularity `g` containing this unit's first day.
    fn containing(self, g: Gran) -> Option<Unit> {
        let d = self.start()?;
        let (y, m) = (d.year() as i32, d.month() as i32);
        Some(match g {
            Gran::Hour | Gran::Day => Unit::Day(d),
            Gran::Week => Unit::Week(add_days(d, -weekday(d))?),
            Gran::Month => Unit::Month(y, m),
            Gran::Season => {
                let (sy, s) = season_of_month(y, m);
                Unit::Season(sy, s)
            }
            Gran::Quarter => Unit::Quarter(y, ((m - 1) / 3 + 1) as u8),
            Gran::Half => Unit::Half(y, ((m - 1) / 6 + 1) as u8),
            Gran::Year => Unit::Year(y),
            Gran::Decade => Unit::Decade(y - y.rem_euclid(10)),
        })
    }

    /// Moves by `n` units of `g`. The unit must be at least as fine as `g` ("the next day" of
    /// "June 2024" is unknown, not guessed).
    fn shift(self, n: i64, g: Gran) -> Option<Unit> {
        if self.gran() > g && !(g == Gran::Year || g == Gran::Decade) {
            return None;
        }
        if g == Gran::Day && self.gran() != Gran::Day {
            return None;
        }
        let d = self.start()?;
        let (y, m) = (d.year() as i32, d.month() as i32);
        let yn = |k: i64| -> Option<i32> {
            let v = y as i64 + k;
            (MIN_YEAR as i64..=MAX_YEAR as i64)
                .contains(&v)
                .then_some(v as i32)
        };
        Some(match g {
            Gran::Hour => Unit::Day(d),
            Gran::Day => Unit::Day(add_days(d, n)?),
            Gran::Week => Unit::Week(add_days(d, n.checked_mul(7)? - weekday(d))?),
            Gran::Month => {
                let (ny, nm) = add_months(y, m, n)?;
                Unit::Month(ny, nm)
            }
            Gran::Season | Gran::Quarter | Gran::Half => {
                let (per, cur) = match self.containing(g)? {
                    Unit::Season(sy, s) => (4, (sy, s)),
                    Unit::Quarter(qy, q) => (4, (qy, q)),
                    Unit::Half(hy, h) => (2, (hy, h)),
                    _ => return None,
                };
                let idx = (cur.0 as i64).checked_mul(per)? + cur.1 as i64 - 1 + n;
                let (ny, k) = (idx.div_euclid(per), (idx.rem_euclid(per) + 1) as u8);
                if !(MIN_YEAR as i64..=MAX_YEAR as i64).contains(&ny) {
                    return None;
                }
                match g {
                    Gran::Season => Unit::Season(ny as i32, k),
                    Gran::Quarter => Unit::Quarter(ny as i32, k),
                    _ => Unit::Half(ny as i32, k),
                }
            }
            Gran::Year => match self {
                Unit::Year(_)
                | Unit::Month(..)
                | Unit::Day(_)
                | Unit::Week(_)
                | Unit::Decade(_) => Unit::Year(yn(n)?),
                Unit::Season(sy, s) => Unit::Season(
                    sy.checked_add(n as i32)
                        .filter(|v| (MIN_YEAR..=MAX_YEAR).contains(v))?,
                    s,
                ),
                Unit::Quarter(_, q) => Unit::Quarter(yn(n)?, q),
                Unit::Half(_, h) => Unit::Half(yn(n)?, h),
            },
            Gran::Decade => Unit::Decade(yn(n.checked_mul(10)?)? - (y.rem_euclid(10))),
        })
    }
}

fn iso(d: Date) -> String {
    Unit::Day(d).value()
}

// ---------------------------------------------------------------------------------------------
// Hijri (Umm al-Qura) dates, through icu_calendar (feature `hijri`).

/// Hijri years accepted (icu has the Umm al-Qura tables for 1300–1600 AH and the tabular
/// calendar outside; years this far out are not news dates).
const HIJRI_YEARS: std::ops::RangeInclusive<i32> = 1..=1700;

/// The Gregorian day of a Hijri date, `None` for a day the month does not have.
#[cfg(feature = "hijri")]
fn hijri_to_date(y: i32, m: i32, d: i32) -> Option<Date> {
    use icu_calendar::{cal::Hijri, Date as IcuDate};
    if !HIJRI_YEARS.contains(&y) || !(1..=12).contains(&m) || !(1..=30).contains(&d) {
        return None;
    }
    let h =
        IcuDate::try_new_hijri_with_calendar(y, m as u8, d as u8, Hijri::new_umm_al_qura()).ok()?;
    if h.day_of_month().0 as i32 != d || h.month().ordinal as i32 != m {
        return None;
    }
    let g = h.to_calendar(icu_calendar::Iso);
    ymd(
        g.year().extended_year(),
        g.month().ordinal as i32,
        g.day_of_month().0 as i32,
    )
}

#[cfg(not(feature = "hijri"))]
fn hijri_to_date(_y: i32, _m: i32, _d: i32) -> Option<Date> {
    None
}

/// The Hijri (year, month, day) of a Gregorian day.
#[cfg(feature = "hijri")]
fn date_to_hijri(d: Date) -> Option<(i32, i32, i32)> {
    use icu_calendar::{cal::Hijri, Date as IcuDate};
    let g = IcuDate::try_new_iso(d.year() as i32, d.month() as u8, d.day() as u8).ok()?;
    let h = g.to_calendar(Hijri::new_umm_al_qura());
    Some((
        h.year().extended_year(),
        h.month().ordinal as i32,
        h.day_of_month().0 as i32,
    ))
}

#[cfg(not(feature = "hijri"))]
fn date_to_hijri(_d: Date) -> Option<(i32, i32, i32)> {
    None
}

/// First and last Gregorian day of a Hijri month (`m` = 0: of the whole year).
fn hijri_span(y: i32, m: i32) -> Option<(Date, Date)> {
    let (m0, m1) = if m == 0 { (1, 12) } else { (m, m) };
    let a = hijri_to_date(y, m0, 1)?;
    let next = if m1 == 12 {
        hijri_to_date(y + 1, 1, 1)
    } else {
        hijri_to_date(y, m1 + 1, 1)
    };
    let b = match next {
        Some(n) => add_days(n, -1)?,
        None => hijri_to_date(y, m1, 30).or_else(|| hijri_to_date(y, m1, 29))?,
    };
    Some((a, b))
}

/// The window (in days) "before X"/"after X" means when the text gives none.
fn default_window(g: Gran) -> i64 {
    match g {
        Gran::Hour | Gran::Day | Gran::Week => 30,
        Gran::Month => 60,
        Gran::Season | Gran::Quarter => 90,
        Gran::Half => 180,
        Gran::Year => 365,
        Gran::Decade => 3650,
    }
}

// ---------------------------------------------------------------------------------------------
// Parsed specifications.

#[derive(Debug, Clone, Copy, PartialEq)]
enum Base {
    Abs(Unit),
    /// A month (and day) with no year: the year of the narrative reference, else the document's.
    YearLess {
        m: i32,
        d: Option<i32>,
        fut: bool,
    },
    /// A season or part with no year ("في الصيف", "نهاية العام"); `fut` when the clause speaks
    /// of the future.
    CtxYear {
        fut: bool,
    },
    Doc,
    Prev,
    /// "بعد ثلاثة أيام": after the narrative reference if there is one, else from the document date.
    PrevOrDoc,
    /// "مطلع الأسبوع", "early in the week": the week of a narrated day, else the document's
    /// (a narrated month or quarter says nothing of which week).
    PrevDayOrDoc,
    Event(Date),
    /// A date found but not resolvable in this build (Hijri without the `hijri` feature).
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Shift(i64, Gran),
    Contain(Gran),
    /// Weekday (Monday = 0) relative to the base day: -1 on or before, -2 strictly before,
    /// +1 strictly after.
    Weekday(i64, i8),
    /// The most recent (-1) or next (+1) month `m` relative to the base, excluding its own month.
    MonthDir(i32, i8),
    /// A part of the base's year: quarter, half, season, or month (day).
    Quarter(u8),
    Half(u8),
    Season(u8),
    /// The last season `s` over before the base day (-1), or the next one not yet begun (+1).
    SeasonDir(u8, i8),
    MonthOf(i32, Option<i32>),
    /// The start of a range whose end is the base: the same day/month with this month (0:
    /// the end's) and day (0: none), a year earlier when it would fall after the end
    /// ("من 28 فبراير إلى 2 مارس", "من نوفمبر إلى فبراير").
    From(i32, i32),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Rel {
    Plain,
    Before(Option<i64>),
    After(Option<i64>),
    By,
    Since,
    Approx,
}

#[derive(Debug, Clone, PartialEq)]
struct Spec {
    base: Base,
    ops: Vec<Op>,
    modi: Option<DateMod>,
    rel: Rel,
    conf: f32,
    /// A vague window ("days later", "قبل أيام"): not a precise narrative reference.
    vague: bool,
    /// A range: this spec is its start, `to` its end ("من يناير إلى مارس 2024").
    to: Option<Box<Spec>>,
    /// The unit the phrase writes when its base is finer ("انتخابات 2024" names the election
    /// day by its year): the value of a before/after relation is given at this unit.
    shown: Option<Unit>,
}

impl Spec {
    fn new(base: Base, conf: f32) -> Spec {
        Spec {
            base,
            ops: Vec::new(),
            modi: None,
            rel: Rel::Plain,
            conf,
            vague: false,
            to: None,
            shown: None,
        }
    }
    fn op(mut self, op: Op) -> Spec {
        self.ops.push(op);
        self
    }
    /// True for vague windows around the document date ("قبل أيام"): they do not set a
    /// narrative reference.
    fn vague_deictic(&self) -> bool {
        self.base == Base::Doc
            && matches!(self.rel, Rel::Before(_) | Rel::After(_))
            && self.ops.is_empty()
    }
}

/// The narrative reference: what anaphoric expressions are anchored on.
#[derive(Debug, Clone, Copy)]
struct Ctx {
    doc: Option<Date>,
    prev: Option<Unit>,
}

fn apply_op(u: Unit, op: Op) -> Option<Unit> {
    match op {
        Op::Shift(n, g) => u.shift(n, g),
        Op::Contain(g) => u.containing(g),
        Op::Weekday(wd, dir) => {
            let Unit::Day(d) = u else { return None };
            let cur = weekday(d);
            let delta = match dir {
                -1 => -((cur - wd).rem_euclid(7)),
                -2 => -(((cur - wd - 1).rem_euclid(7)) + 1),
                _ => ((wd - cur - 1).rem_euclid(7)) + 1,
            };
            Some(Unit::Day(add_days(d, delta)?))
        }
        Op::MonthDir(m, dir) => {
            let d = u.start()?;
            let (y, cm) = (d.year() as i32, d.month() as i32);
            let y = match dir {
                -1 if m < cm => y,
                -1 => y - 1,
                _ if m > cm => y,
                _ => y + 1,
            };
            ymd(y, m, 1)?;
            Some(Unit::Month(y, m))
        }
        Op::Quarter(q) => Some(Unit::Quarter(year_of(u)?, q)),
        Op::Half(h) => Some(Unit::Half(year_of(u)?, h)),
        Op::Season(s) => Some(Unit::Season(year_of(u)?, s)),
        Op::SeasonDir(s, dir) => {
            let Unit::Day(d) = u else { return None };
            let this_year = Unit::Season(d.year() as i32, s);
            let (start, end) = this_year.range()?;
            let y = d.year() as i32
                + match dir {
                    -1 if end >= d => -1,
                    1 if start <= d => 1,
                    _ => 0,
                };
            Some(Unit::Season(y, s))
        }
        Op::From(m, d) => match u {
            Unit::Day(e) => {
                let (y, em) = (e.year() as i32, e.month() as i32);
                let m = if m == 0 { em } else { m };
                let d = if d == 0 { return None } else { d };
                let s = ymd(y, m, d)?;
                Some(Unit::Day(if s > e { ymd(y - 1, m, d)? } else { s }))
            }
            Unit::Month(y, em) if m != 0 && d == 0 => {
                ymd(y, m, 1)?;
                Some(if m > em {
                    Unit::Month(y - 1, m)
                } else {
                    Unit::Month(y, m)
                })
            }
            _ => None,
        },
        Op::MonthOf(m, d) => {
            let y = year_of(u)?;
            match d {
                Some(d) => Some(Unit::Day(ymd(y, m, d)?)),
                None => ymd(y, m, 1).map(|_| Unit::Month(y, m)),
            }
        }
    }
}

fn year_of(u: Unit) -> Option<i32> {
    match u {
        Unit::Season(y, _) => Some(y),
        _ => u.start().map(|d| d.year() as i32),
    }
}

/// Start/mid/end thirds of a range.
fn modded(r: (Date, Date), m: Option<DateMod>) -> (Date, Date) {
    let (a, b) = (day_number(r.0), day_number(r.1));
    let len = b - a + 1;
    let (s, e) = match m {
        Some(DateMod::Start) => (a, a + len / 3 - 1),
        Some(DateMod::Mid) => (a + len / 3, a + 2 * len / 3 - 1),
        Some(DateMod::End) => (a + 2 * len / 3, b),
        _ => (a, b),
    };
    let (s, e) = if e < s { (a, b) } else { (s, e) };
    (
        from_day_number(s).unwrap_or(r.0),
        from_day_number(e).unwrap_or(r.1),
    )
}

/// Resolves a spec: the value, and the unit that becomes the narrative reference.
fn resolve(spec: &Spec, ctx: &Ctx) -> Option<(DateValue, Unit)> {
    // A range: both ends resolved alone; the end becomes the narrative reference.
    if let Some(to) = &spec.to {
        let from = Spec {
            to: None,
            ..spec.clone()
        };
        let (a, _) = resolve(&from, ctx)?;
        let (b, narr) = resolve(to, ctx)?;
        if a.earliest > b.latest {
            return None;
        }
        let value = format!("{}/{}", a.value, b.value);
        let conf = a.confidence.min(b.confidence);
        return Some((
            DateValue {
                value,
                mod_: None,
                earliest: a.earliest,
                latest: b.latest,
                anchor: b.anchor,
                confidence: conf,
                anchor_value: None,
            },
            narr,
        ));
    }
    let (mut unit, anchor) = match spec.base {
        Base::Unknown => return None,
        Base::Abs(u) => (u, AnchorKind::Absolute),
        Base::Doc => (Unit::Day(ctx.doc?), AnchorKind::DocumentDate),
        Base::Prev => (ctx.prev?, AnchorKind::PreviousDate),
        Base::PrevDayOrDoc => match (ctx.prev, ctx.doc) {
            (Some(p @ Unit::Day(_)), _) => (p, AnchorKind::PreviousDate),
            (_, Some(d)) => (Unit::Day(d), AnchorKind::DocumentDate),
            (Some(p), None) => (p, AnchorKind::PreviousDate),
            _ => return None,
        },
        Base::PrevOrDoc => match (ctx.prev, ctx.doc) {
            (Some(p), _) => (p, AnchorKind::PreviousDate),
            (None, Some(d)) => (Unit::Day(d), AnchorKind::DocumentDate),
            _ => return None,
        },
        Base::Event(d) => (Unit::Day(d), AnchorKind::NamedEvent),
        // A month (day) with no year is the last one on or before the document date, or the
        // next one on or after it when the sentence speaks of the future. News leaves the year
        // out for the current stretch of time; an earlier year in the story ("founded in
        // 2019 … in January") does not carry over (measured on the dev articles' events).
        Base::YearLess { m, d, fut } if ctx.doc.is_some() => {
            let doc = ctx.doc?;
            let (dm, dd) = (doc.month() as i32, doc.day() as i32);
            let key = (m, d.unwrap_or(if fut { 31 } else { 1 }));
            let y = doc.year() as i32
                + match (fut, key <= (dm, dd), key >= (dm, dd)) {
                    (false, true, _) => 0,
                    (false, false, _) => -1,
                    (true, _, true) => 0,
                    (true, _, false) => 1,
                };
            (Unit::Year(y), AnchorKind::DocumentDate)
        }
        Base::YearLess { .. } => match (ctx.prev, ctx.doc) {
            (Some(p), _) => (Unit::Year(year_of(p)?), AnchorKind::PreviousDate),
            (None, Some(d)) => (Unit::Year(d.year() as i32), AnchorKind::DocumentDate),
            _ => return None,
        },
        // A season or part of the year with no year: the document's year.
        Base::CtxYear { .. } => match (ctx.doc, ctx.prev) {
            (Some(d), _) => (Unit::Year(d.year() as i32), AnchorKind::DocumentDate),
            (None, Some(p)) => (Unit::Year(year_of(p)?), AnchorKind::PreviousDate),
            _ => return None,
        },
    };
    // "اليوم نفسه", "that same day" after a narrated year or month: which day is unknown,
    // and its first day would be a wrong date on the timeline.
    if let (Base::Prev, Some(Op::Contain(g))) = (spec.base, spec.ops.first()) {
        if unit.gran() > *g && *g <= Gran::Week {
            return None;
        }
    }
    if let Base::YearLess { m, d, .. } = spec.base {
        unit = apply_op(unit, Op::MonthOf(m, d))?;
    }
    for &op in &spec.ops {
        unit = apply_op(unit, op)?;
    }
    // A season or quarter of the document's year that is already over when the clause speaks
    // of the future is the next one ("the band will tour in the spring", read in autumn).
    if let (Base::CtxYear { fut: true }, Some(doc), AnchorKind::DocumentDate) =
        (spec.base, ctx.doc, anchor)
    {
        if !spec.ops.is_empty() && unit.range()?.1 < doc {
            unit = apply_op(unit, Op::Shift(1, Gran::Year))?;
        }
    }
    // And one that begins more than five months after the document, in a clause that does
    // not look ahead, is last year's: "sales rose in the third quarter" read in January.
    // (Nearer ones are plans more often than not: "samples from the fourth quarter", in
    // August.)
    if let (Base::CtxYear { fut: false }, Some(doc), AnchorKind::DocumentDate) =
        (spec.base, ctx.doc, anchor)
    {
        if !spec.ops.is_empty() && unit.range()?.0 > add_days(doc, 150)? {
            unit = apply_op(unit, Op::Shift(-1, Gran::Year))?;
        }
    }
    let r = modded(unit.range()?, spec.modi);
    let g = unit.gran();
    let (mod_, value, lo, hi, narr, anchor_value) = match spec.rel {
        Rel::Plain => (spec.modi, unit.value(), r.0, r.1, unit, None),
        Rel::Approx => (
            spec.modi.or(Some(DateMod::Approx)),
            unit.value(),
            r.0,
            r.1,
            unit,
            None,
        ),
        // Prepositions set no mod ("by the end of 2024" = 2024 end, "since 15 April 2023" =
        // that day); only the bounds say the event may lie before (by) the unit.
        Rel::By => (
            spec.modi,
            unit.value(),
            if spec.modi.is_some() {
                r.0
            } else {
                add_days(r.0, -default_window(g))?
            },
            r.1,
            unit,
            None,
        ),
        Rel::Since => (spec.modi, unit.value(), r.0, r.1, unit, None),
        // "قبل نهاية 2024": the position word says where; the relation only says "up to".
        Rel::Before(_) | Rel::After(_) if spec.modi.is_some() => {
            (spec.modi, unit.value(), r.0, r.1, unit, None)
        }
        Rel::Before(w) | Rel::After(w) => {
            let before = matches!(spec.rel, Rel::Before(_));
            let w = w.unwrap_or_else(|| default_window(g)).max(1);
            let (lo, hi) = if before {
                (add_days(r.0, -w)?, add_days(r.0, -1)?)
            } else {
                (add_days(r.1, 1)?, add_days(r.1, w)?)
            };
            // A day-precise reference gives a month-precise value: the month next to the
            // reference ("after 2024-11-05" → 2024-11), where the event most likely lies.
            let v = if let Some(u) = spec.shown.filter(|_| spec.ops.is_empty()) {
                u
            } else if g <= Gran::Week {
                let near = if before { hi } else { lo };
                Unit::Month(near.year() as i32, near.month() as i32)
            } else {
                unit
            };
            let m = if before {
                DateMod::Before
            } else {
                DateMod::After
            };
            let av = if spec.modi.is_some() {
                None
            } else {
                Some(unit.value())
            };
            // "After the announcement" keeps the reference for what follows; a vague window
            // ("days later") only keeps its month, so "the next day" after it stays unresolved.
            let narr = if spec.vague { v } else { unit };
            (Some(m), v.value(), lo, hi, narr, av)
        }
    };
    let conf = match anchor {
        AnchorKind::Absolute => spec.conf,
        AnchorKind::NamedEvent => spec.conf * 0.95,
        AnchorKind::DocumentDate => spec.conf * 0.95,
        AnchorKind::PreviousDate => spec.conf * 0.85,
    };
    Some((
        DateValue {
            value,
            mod_,
            earliest: iso(lo),
            latest: iso(hi),
            anchor,
            confidence: conf.clamp(0.0, 1.0),
            anchor_value,
        },
        narr,
    ))
}

// ---------------------------------------------------------------------------------------------
// Tokens.

#[derive(Debug, Clone)]
struct Tok<'a> {
    /// Byte range in the normalized text.
    s: usize,
    e: usize,
    w: &'a str,
    word: bool,
    /// Arabic forms with proclitics removed ("وفي" → "في", "للتنصيب" → "التنصيب").
    forms: Vec<String>,
}

const PROCLITIC1: [char; 2] = ['و', 'ف'];
const PROCLITIC2: [char; 3] = ['ب', 'ل', 'ك'];

fn clitic_forms(w: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if !w.chars().next().is_some_and(crate::text::is_arabic_letter) {
        return out;
    }
    let mut firsts = vec![w.to_string()];
    if let Some(c) = w.chars().next().filter(|c| PROCLITIC1.contains(c)) {
        firsts.push(w[c.len_utf8()..].to_string());
    }
    for f in firsts {
        if f != w {
            out.push(f.clone());
        }
        if let Some(c) = f.chars().next().filter(|c| PROCLITIC2.contains(c)) {
            let rest = &f[c.len_utf8()..];
            out.push(rest.to_string());
            // ل + ال… is written لل…: "للتنصيب" = ل + "التنصيب".
            if c == 'ل' {
                if let Some(r) = rest.strip_prefix('ل') {
                    out.push(format!("ال{r}"));
                }
            }
        }
    }
    out.retain(|s| s.chars().count() >= 2 || s.chars().all(|c| c.is_ascii_digit()));
    out
}

/// Words are runs of letters and digits; other non-space characters are one-character tokens,
/// and line breaks are kept as tokens (they end expressions). URLs are skipped: a dated image
/// path is not a date of the story.
fn tokenize(norm: &str) -> Vec<Tok<'_>> {
    let mut toks = Vec::new();
    let mut i = 0;
    let b = norm.as_bytes();
    while i < norm.len() {
        let c = match norm[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        let cl = c.len_utf8();
        if c == '\n' {
            toks.push(Tok {
                s: i,
                e: i + 1,
                w: &norm[i..i + 1],
                word: false,
                forms: Vec::new(),
            });
            i += 1;
            continue;
        }
        if c.is_whitespace() {
            i += cl;
            continue;
        }
        if norm[i..].starts_with("http") || norm[i..].starts_with("www.") {
            while i < norm.len() && !b[i].is_ascii_whitespace() && b[i] != b')' {
                i += 1;
            }
            continue;
        }
        if crate::text::is_word_char(c) {
            let mut j = i;
            for ch in norm[i..].chars() {
                if !crate::text::is_word_char(ch) {
                    break;
                }
                j += ch.len_utf8();
            }
            let w = &norm[i..j];
            toks.push(Tok {
                s: i,
                e: j,
                w,
                word: true,
                forms: clitic_forms(w),
            });
            i = j;
        } else {
            toks.push(Tok {
                s: i,
                e: i + cl,
                w: &norm[i..i + cl],
                word: false,
                forms: Vec::new(),
            });
            i += cl;
        }
    }
    toks
}

// ---------------------------------------------------------------------------------------------
// Lexicons (normalized spelling: ا for أ إ آ, ي for ى, ه for ة; Latin lower case).

const AR_MONTHS: &[(&str, i32)] = &[
    ("يناير", 1),
    ("جانفي", 1),
    ("فبراير", 2),
    ("فيفري", 2),
    ("شباط", 2),
    ("مارس", 3),
    ("اذار", 3),
    ("ابريل", 4),
    ("افريل", 4),
    ("نيسان", 4),
    ("مايو", 5),
    ("ماي", 5),
    ("ايار", 5),
    ("يونيو", 6),
    ("يونيه", 6),
    ("حزيران", 6),
    ("جوان", 6),
    ("يوليو", 7),
    ("يوليه", 7),
    ("يوليوز", 7),
    ("تموز", 7),
    ("جويليه", 7),
    ("اغسطس", 8),
    ("اغسطس", 8),
    ("اب", 8),
    ("اوت", 8),
    ("غشت", 8),
    ("سبتمبر", 9),
    ("ايلول", 9),
    ("شتنبر", 9),
    ("اكتوبر", 10),
    ("نوفمبر", 11),
    ("نونبر", 11),
    ("ديسمبر", 12),
    ("دجنبر", 12),
];
/// Single-word month names that are also common words (مارس "practised", اب "father").
const AR_AMBIGUOUS_MONTHS: &[&str] = &["مارس", "اب", "ماي", "اوت"];
/// Levantine two-word months: كانون الثاني is January, كانون الأول December.
const AR_MONTHS2: &[(&str, &str, i32)] = &[
    ("كانون", "الثاني", 1),
    ("كانون", "ثاني", 1),
    ("كانون", "الاول", 12),
    ("كانون", "اول", 12),
    ("تشرين", "الاول", 10),
    ("تشرين", "اول", 10),
    ("تشرين", "الثاني", 11),
    ("تشرين", "ثاني", 11),
];
/// Hijri months: a word and, for two-word names, the word after it.
const AR_HIJRI_MONTHS: &[(&str, Option<&str>, i32)] = &[
    ("محرم", None, 1),
    ("المحرم", None, 1),
    ("صفر", None, 2),
    ("ربيع", Some("الاول"), 3),
    ("ربيع", Some("الاخر"), 4),
    ("ربيع", Some("الثاني"), 4),
    ("جمادي", Some("الاولي"), 5),
    ("جمادي", Some("الاول"), 5),
    ("جمادي", Some("الاخره"), 6),
    ("جمادي", Some("الاخر"), 6),
    ("جمادي", Some("الثانيه"), 6),
    ("جمادي", Some("الثاني"), 6),
    ("رجب", None, 7),
    ("شعبان", None, 8),
    ("رمضان", None, 9),
    ("شوال", None, 10),
    ("ذو", Some("القعده"), 11),
    ("ذي", Some("القعده"), 11),
    ("ذو", Some("الحجه"), 12),
    ("ذي", Some("الحجه"), 12),
];
/// Words after a year that mark it Hijri ("1446 هـ", "1446 هجرية").
const AR_HIJRI_MARKS: &[&str] = &["ه", "هجري", "هجريه", "الهجري", "الهجريه", "للهجره", "هجريا"];
const EN_MONTHS: &[(&str, i32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Month abbreviations written with a dot that ends no sentence ("Nov. 30"); not "may".
const EN_MONTH_ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

const AR_WEEKDAYS: &[(&str, i64)] = &[
    ("الاثنين", 0),
    ("الثلاثاء", 1),
    ("الاربعاء", 2),
    ("الخميس", 3),
    ("الجمعه", 4),
    ("السبت", 5),
    ("الاحد", 6),
];
const EN_WEEKDAYS: &[(&str, i64)] = &[
    ("monday", 0),
    ("tuesday", 1),
    ("wednesday", 2),
    ("thursday", 3),
    ("friday", 4),
    ("saturday", 5),
    ("sunday", 6),
];

/// Day ordinals ("الخامس من يونيو"); عشر after one of the first nine adds ten.
const AR_ORDINALS: &[(&str, i32)] = &[
    ("الاول", 1),
    ("الحادي", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الخامس", 5),
    ("السادس", 6),
    ("السابع", 7),
    ("الثامن", 8),
    ("التاسع", 9),
    ("العاشر", 10),
    ("العشرين", 20),
    ("الثلاثين", 30),
];
const AR_ORD_PART: &[(&str, u8)] = &[
    ("الاول", 1),
    ("الثاني", 2),
    ("الثالث", 3),
    ("الرابع", 4),
    ("الاخير", 0),
    ("الاولي", 1),
    ("الثانيه", 2),
];
const EN_ORD_PART: &[(&str, u8)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("last", 0),
    ("final", 0),
];
const AR_NUMBERS: &[(&str, i64)] = &[
    ("واحد", 1),
    ("واحده", 1),
    ("اثنين", 2),
    ("اثنان", 2),
    ("اثنتين", 2),
    ("ثلاث", 3),
    ("ثلاثه", 3),
    ("اربع", 4),
    ("اربعه", 4),
    ("خمس", 5),
    ("خمسه", 5),
    ("ست", 6),
    ("سته", 6),
    ("سبع", 7),
    ("سبعه", 7),
    ("ثماني", 8),
    ("ثمانيه", 8),
    ("ثمان", 8),
    ("تسع", 9),
    ("تسعه", 9),
    ("عشر", 10),
    ("عشره", 10),
    ("عشرين", 20),
    ("ثلاثين", 30),
];
const EN_NUMBERS: &[(&str, i64)] = &[
    ("a", 1),
    ("an", 1),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("fifteen", 15),
    ("twenty", 20),
    ("thirty", 30),
];

/// Duration units: (word, granularity, count implied by the form: 1 singular, 2 dual, 0 plural).
const AR_UNITS: &[(&str, (Gran, i64))] = &[
    ("يوم", (Gran::Day, 1)),
    ("يوما", (Gran::Day, 1)),
    ("اسبوعا", (Gran::Week, 1)),
    ("شهرا", (Gran::Month, 1)),
    ("عاما", (Gran::Year, 1)),
    ("يومين", (Gran::Day, 2)),
    ("ايام", (Gran::Day, 0)),
    ("اسبوع", (Gran::Week, 1)),
    ("اسبوعين", (Gran::Week, 2)),
    ("اسابيع", (Gran::Week, 0)),
    ("شهر", (Gran::Month, 1)),
    ("شهرين", (Gran::Month, 2)),
    ("اشهر", (Gran::Month, 0)),
    ("شهور", (Gran::Month, 0)),
    ("عام", (Gran::Year, 1)),
    ("سنه", (Gran::Year, 1)),
    ("عامين", (Gran::Year, 2)),
    ("سنتين", (Gran::Year, 2)),
    ("اعوام", (Gran::Year, 0)),
    ("سنوات", (Gran::Year, 0)),
    ("سنين", (Gran::Year, 0)),
    ("عقد", (Gran::Decade, 1)),
    ("عقدين", (Gran::Decade, 2)),
    ("عقود", (Gran::Decade, 0)),
    ("ساعه", (Gran::Hour, 1)),
    ("ساعتين", (Gran::Hour, 2)),
    ("ساعات", (Gran::Hour, 0)),
];
const EN_UNITS: &[(&str, (Gran, i64))] = &[
    ("day", (Gran::Day, 1)),
    ("days", (Gran::Day, 0)),
    ("week", (Gran::Week, 1)),
    ("weeks", (Gran::Week, 0)),
    ("month", (Gran::Month, 1)),
    ("months", (Gran::Month, 0)),
    ("year", (Gran::Year, 1)),
    ("years", (Gran::Year, 0)),
    ("decade", (Gran::Decade, 1)),
    ("decades", (Gran::Decade, 0)),
    ("hour", (Gran::Hour, 1)),
    ("hours", (Gran::Hour, 0)),
];

const AR_START: &[&str] = &["اوائل", "مطلع", "بدايه", "بدايات", "مستهل", "اول", "ابتداء"];
const AR_MID: &[&str] = &["منتصف", "اواسط"];
const AR_END: &[&str] = &["اواخر", "نهايه", "نهايات", "اخر", "ختام"];
const AR_PAST: &[&str] = &[
    "الماضي",
    "الماضيه",
    "الماضيين",
    "المنصرم",
    "المنصرمه",
    "الفائت",
    "الفائته",
    "المنقضي",
];
const AR_NEXT: &[&str] = &[
    "المقبل",
    "المقبله",
    "المقبلين",
    "القادمين",
    "القادم",
    "القادمه",
];
const AR_THIS: &[&str] = &["الجاري", "الجاريه", "الحالي", "الحاليه"];
const AR_FOLLOWING: &[&str] = &[
    "التالي",
    "التاليه",
    "اللاحق",
    "اللاحقه",
    "الموالي",
    "المواليه",
];
const AR_PRECEDING: &[&str] = &["السابق", "السابقه"];
const AR_SAME: &[&str] = &["نفسه", "نفسها", "ذاته", "ذاتها"];
const AR_VAGUE: &[&str] = &["قليله", "قلائل", "معدوده", "عديده"];
const AR_FEW: &[&str] = &["بضعه", "بضع", "عده"];
/// Words that make a following 4-digit number an amount, not a year.
const AMOUNT_AFTER: &[&str] = &[
    "مليار",
    "مليارات",
    "مليون",
    "ملايين",
    "الف",
    "الاف",
    "دولار",
    "دولارا",
    "يورو",
    "جنيه",
    "ريال",
    "درهم",
    "دينار",
    "ليره",
    "شخص",
    "برميل",
    "طن",
    "كيلو",
    "متر",
    "كيلومتر",
    "ميغاواط",
    "موظف",
    "%",
    "million",
    "billion",
    "thousand",
    "dollars",
    "euros",
    "people",
    "percent",
    "km",
    "miles",
    "tons",
    "jobs",
    "employees",
    "units",
    "$",
    "users",
    "shares",
    "points",
    "barrels",
    "mw",
    "gw",
];
const AMOUNT_BEFORE: &[&str] = &[
    "بقيمه",
    "بمبلغ",
    "مبلغ",
    "قيمته",
    "رقم",
    "عدد",
    "$",
    "€",
    "£",
    "#",
    "no",
    "number",
    "nr",
    "bis",
    "+",
];
/// Words after which a bare number is probably a quantity ("نحو 2000 شخص") unless the clause ends.
const APPROX_QTY: &[&str] = &[
    "حوالي",
    "نحو",
    "قرابه",
    "اكثر",
    "اقل",
    "about",
    "around",
    "over",
    "nearly",
    "almost",
    "some",
    "than",
];
/// Definite event nouns that, right after بعد/قبل and closing the phrase, refer back to a narrated event.
const AR_EVENT_NOUNS: &[&str] = &[
    "الاعلان",
    "الاجتماع",
    "اللقاء",
    "المكالمه",
    "الاتصال",
    "القمه",
    "المؤتمر",
    "الاتفاق",
    "الصفقه",
    "الحادث",
    "الحادثه",
    "الهجوم",
    "الانفجار",
    "الزياره",
    "الخطاب",
    "القرار",
    "التصويت",
    "الاستفتاء",
    "الاطلاق",
    "الكشف",
    "الاستحواذ",
    "الاندماج",
    "الاستقاله",
    "الاقاله",
    "الاعتقال",
    "المقابله",
    "التوقيع",
    "الجلسه",
    "المحادثات",
    "المفاوضات",
    "الحفل",
    "الافتتاح",
    "الواقعه",
    "الحكم",
    "المحاكمه",
    "الانتخابات",
    "الضربه",
    "الغاره",
    "الزلزال",
];
const EN_EVENT_NOUNS: &[&str] = &[
    "announcement",
    "meeting",
    "call",
    "deal",
    "summit",
    "vote",
    "attack",
    "speech",
    "launch",
    "talks",
    "agreement",
    "decision",
    "ceremony",
    "visit",
    "conference",
    "hearing",
    "ruling",
    "merger",
    "acquisition",
    "incident",
    "crash",
    "interview",
    "event",
    "explosion",
    "earthquake",
    "strike",
    "election",
    "elections",
    "verdict",
    "resignation",
];
const EN_MODS: &[(&str, DateMod)] = &[
    ("early", DateMod::Start),
    ("mid", DateMod::Mid),
    ("late", DateMod::End),
    ("earlier", DateMod::Start),
];

// ---------------------------------------------------------------------------------------------
// The parser.

/// A relation word before a core.
#[derive(Debug, Clone, Copy, PartialEq)]
enum RelW {
    Plain,
    Rel(Rel),
    /// "مع اقتراب", "ahead of": before, unless a modifier says where ("مع اقتراب نهاية العام").
    Approach(i64),
    /// "عشية", "on the eve of": the day before a day, else shortly before.
    Eve,
    /// "غداة": the day after.
    Morrow,
}

const AR_RELATIONS: &[(&[&str], RelW)] = &[
    (&["في", "اعقاب"], RelW::Rel(Rel::After(Some(30)))),
    (&["مع", "اقتراب", "موعد"], RelW::Approach(30)),
    (&["مع", "اقتراب"], RelW::Approach(30)),
    (&["مع", "قرب"], RelW::Approach(30)),
    (&["مع", "حلول"], RelW::Plain),
    (&["اعتبارا", "من"], RelW::Rel(Rel::Since)),
    (&["ابتداء", "من"], RelW::Rel(Rel::Since)),
    (&["بدءا", "من"], RelW::Rel(Rel::Since)),
    (&["في", "حوالي"], RelW::Rel(Rel::Approx)),
    (&["في", "حدود"], RelW::Rel(Rel::Approx)),
    (&["يوم"], RelW::Plain),
    // "مرور ثلاث سنوات على استفتاء بريكست": the event itself.
    (&["علي"], RelW::Plain),
    (&["ليله"], RelW::Plain),
    (&["في"], RelW::Plain),
    (&["خلال"], RelW::Plain),
    (&["اثناء"], RelW::Plain),
    (&["مع"], RelW::Plain),
    (&["منذ"], RelW::Rel(Rel::Since)),
    (&["قبل"], RelW::Rel(Rel::Before(None))),
    (&["قبيل"], RelW::Rel(Rel::Before(Some(14)))),
    (&["عشيه"], RelW::Eve),
    (&["بعد"], RelW::Rel(Rel::After(None))),
    (&["بعيد"], RelW::Rel(Rel::After(Some(14)))),
    (&["عقب"], RelW::Rel(Rel::After(Some(30)))),
    (&["اثر"], RelW::Rel(Rel::After(Some(14)))),
    (&["غداه"], RelW::Morrow),
    (&["بحلول"], RelW::Rel(Rel::By)),
    (&["حوالي"], RelW::Rel(Rel::Approx)),
    (&["نحو"], RelW::Rel(Rel::Approx)),
    (&["قرابه"], RelW::Rel(Rel::Approx)),
];
const EN_RELATIONS: &[(&[&str], RelW)] = &[
    (&["in", "the", "run", "-", "up", "to"], RelW::Approach(30)),
    (&["in", "the", "lead", "-", "up", "to"], RelW::Approach(30)),
    (
        &["in", "the", "days", "before"],
        RelW::Rel(Rel::Before(Some(10))),
    ),
    (
        &["in", "the", "days", "after"],
        RelW::Rel(Rel::After(Some(10))),
    ),
    (
        &["in", "the", "aftermath", "of"],
        RelW::Rel(Rel::After(Some(30))),
    ),
    (
        &["in", "the", "wake", "of"],
        RelW::Rel(Rel::After(Some(30))),
    ),
    (&["on", "the", "eve", "of"], RelW::Eve),
    (&["ahead", "of"], RelW::Approach(30)),
    (&["prior", "to"], RelW::Rel(Rel::Before(None))),
    (&["shortly", "before"], RelW::Rel(Rel::Before(Some(14)))),
    (&["just", "before"], RelW::Rel(Rel::Before(Some(14)))),
    (&["shortly", "after"], RelW::Rel(Rel::After(Some(14)))),
    (&["soon", "after"], RelW::Rel(Rel::After(Some(14)))),
    (&["just", "after"], RelW::Rel(Rel::After(Some(14)))),
    (&["as", "of"], RelW::Rel(Rel::Since)),
    (&["starting", "in"], RelW::Rel(Rel::Since)),
    (&["in"], RelW::Plain),
    (&["on"], RelW::Plain),
    (&["at"], RelW::Plain),
    (&["during"], RelW::Plain),
    (&["throughout"], RelW::Plain),
    (&["since"], RelW::Rel(Rel::Since)),
    (&["before"], RelW::Rel(Rel::Before(None))),
    (&["after"], RelW::Rel(Rel::After(None))),
    (&["following"], RelW::Rel(Rel::After(None))),
    (&["by"], RelW::Rel(Rel::By)),
    (&["until"], RelW::Rel(Rel::By)),
    (&["around"], RelW::Rel(Rel::Approx)),
    (&["about"], RelW::Rel(Rel::Approx)),
    (&["circa"], RelW::Rel(Rel::Approx)),
    (&["approximately"], RelW::Rel(Rel::Approx)),
    (&["roughly"], RelW::Rel(Rel::Approx)),
];

fn vague_window(g: Gran) -> i64 {
    match g {
        Gran::Hour => 1,
        Gran::Day => 10,
        Gran::Week => 45,
        Gran::Month => 180,
        Gran::Season | Gran::Quarter | Gran::Half | Gran::Year => 5 * 365,
        Gran::Decade => 30 * 365,
    }
}

struct Parser<'a> {
    toks: Vec<Tok<'a>>,
    lang: Lang,
    nt: &'a NormText,
    /// Event names as token lists, each with the dates of the events bearing it.
    events: Vec<(Vec<String>, Vec<Date>)>,
    doc: Option<Date>,
}

/// Words naming a kind of event ("الانتخابات", "the invasion"): without the event's own name,
/// they mean the knowledge-base event whose names contain them when the document date makes
/// one obvious (see [`Parser::kind_event`]). Compared with names ignoring the article ال and
/// an English plural s.
const EVENT_KINDS: &[&[&str]] = &[
    &["الانتخابات"],
    &["انتخابات"],
    &["الغزو"],
    &["غزو"],
    &["كاس", "العالم"],
    &["المونديال"],
    &["مونديال"],
    &["الاستفتاء"],
    &["استفتاء"],
    &["election"],
    &["elections"],
    &["invasion"],
    &["world", "cup"],
    &["referendum"],
];

/// Two name words are the same up to the article ال and an English plural s.
fn same_word(a: &str, b: &str) -> bool {
    let f = |w: &str| -> String {
        let w = w
            .strip_prefix("ال")
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(w);
        w.strip_suffix('s')
            .filter(|r| r.len() >= 3 && r.is_ascii())
            .unwrap_or(w)
            .to_string()
    };
    a == b || f(a) == f(b)
}

type Hit = (usize, Spec);

/// The start of a range before its end is read.
enum RStart {
    Full(Spec),
    Day(i32),
    Month(i32),
    DayMonth(i32, i32),
}

impl<'a> Parser<'a> {
    fn new(nt: &'a NormText, lang: Lang, doc: Option<Date>, kb: &Kb) -> Parser<'a> {
        let toks = tokenize(&nt.norm);
        // Group kb events by normalized name; pick the latest on or before the document date.
        let mut by_name: Vec<(Vec<String>, Vec<Date>)> = Vec::new();
        for ev in &kb.events {
            for name in ev.names_ar.iter().chain(&ev.names_en) {
                let n = crate::text::normalize(name);
                let mut words: Vec<String> =
                    tokenize(&n).into_iter().map(|t| t.w.to_string()).collect();
                if words.first().is_some_and(|w| w == "the") {
                    words.remove(0);
                }
                if words.is_empty() {
                    continue;
                }
                match by_name.iter_mut().find(|(w, _)| *w == words) {
                    Some((_, ds)) => ds.push(ev.date),
                    None => by_name.push((words, vec![ev.date])),
                }
            }
        }
        Parser {
            toks,
            lang,
            nt,
            events: by_name,
            doc,
        }
    }

    fn tok(&self, i: usize) -> Option<&Tok<'a>> {
        self.toks.get(i)
    }
    fn w(&self, i: usize) -> &str {
        self.tok(i).map_or("", |t| t.w)
    }
    /// The token or one of its clitic-stripped forms is in `set`.
    fn is(&self, i: usize, set: &[&str]) -> bool {
        self.tok(i).is_some_and(|t| {
            set.contains(&t.w) || t.forms.iter().any(|f| set.contains(&f.as_str()))
        })
    }
    fn exact(&self, i: usize, set: &[&str]) -> bool {
        self.tok(i).is_some_and(|t| set.contains(&t.w))
    }
    fn lookup<T: Copy>(&self, i: usize, table: &[(&str, T)]) -> Option<T> {
        let t = self.tok(i)?;
        table
            .iter()
            .find(|(k, _)| *k == t.w)
            .or_else(|| {
                t.forms
                    .iter()
                    .find_map(|f| table.iter().find(|(k, _)| *k == f.as_str()))
            })
            .map(|(_, v)| *v)
    }
    /// Matches a word sequence at `i` (clitics allowed on every word); returns the end.
    fn seq(&self, i: usize, words: &[&str]) -> Option<usize> {
        for (k, w) in words.iter().enumerate() {
            if !self.is(i + k, &[w]) {
                return None;
            }
        }
        Some(i + words.len())
    }
    fn adjacent(&self, i: usize) -> bool {
        matches!((self.tok(i), self.tok(i + 1)), (Some(a), Some(b)) if a.e == b.s)
    }
    fn is_boundary(&self, i: usize) -> bool {
        match self.tok(i) {
            None => true,
            Some(t) => {
                !t.word
                    && matches!(
                        t.w,
                        "." | "،"
                            | ","
                            | "؛"
                            | ";"
                            | "\n"
                            | "!"
                            | "?"
                            | "؟"
                            | ":"
                            | ")"
                            | "\""
                            | "»"
                    )
            }
        }
    }
    /// A number written in digits (clitics and the Gregorian "م" suffix removed): (value, digits).
    fn num(&self, i: usize) -> Option<(i64, usize)> {
        let t = self.tok(i)?;
        if !t.word {
            return None;
        }
        let mut s = t.w;
        for _ in 0..2 {
            if let Some(c) = s
                .chars()
                .next()
                .filter(|c| PROCLITIC1.contains(c) || PROCLITIC2.contains(c))
            {
                s = &s[c.len_utf8()..];
            }
        }
        let s = s.strip_suffix('م').unwrap_or(s);
        let s = if self.lang == Lang::En {
            ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|x| s.strip_suffix(x))
                .unwrap_or(s)
        } else {
            s
        };
        if s.is_empty() || s.len() > 9 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some((s.parse().ok()?, s.len()))
    }
    fn year_num(&self, i: usize, lo: i64, hi: i64) -> Option<i32> {
        match self.num(i)? {
            (v, 4) if (lo..=hi).contains(&v) => Some(v as i32),
            _ => None,
        }
    }
    /// Is this original character upper case (English "May" vs "may")?
    fn capitalized(&self, i: usize) -> bool {
        self.tok(i).is_some_and(|t| {
            self.nt
                .chars
                .get(self.nt.orig(t.s))
                .is_some_and(|c| c.is_uppercase())
        })
    }

    // ----- months, years -----

    /// A month name with an optional second name ("يونيو/حزيران", "حزيران (يونيو)").
    fn month(&self, i: usize) -> Option<(usize, i32, bool)> {
        let (mut end, m, amb) = self.month1(i)?;
        if self.exact(end, &["/", "("]) {
            if let Some((e2, m2, _)) = self.month1(end + 1) {
                if m2 == m {
                    end = if self.exact(e2, &[")"]) { e2 + 1 } else { e2 };
                    return Some((end, m, false));
                }
            }
        }
        Some((end, m, amb))
    }

    fn month1(&self, i: usize) -> Option<(usize, i32, bool)> {
        if self.lang == Lang::En {
            let m = self.lookup(i, EN_MONTHS)?;
            let w = self.w(i);
            let amb = matches!(w, "may" | "march" | "mar" | "jan" | "dec" | "sep" | "aug")
                || !self.capitalized(i);
            let end = if w.len() <= 4 && self.exact(i + 1, &["."]) {
                i + 2
            } else {
                i + 1
            };
            return Some((end, m, amb));
        }
        for &(a, b, m) in AR_MONTHS2 {
            if self.is(i, &[a]) && self.exact(i + 1, &[b]) {
                return Some((i + 2, m, false));
            }
        }
        let m = self.lookup(i, AR_MONTHS)?;
        let amb = AR_AMBIGUOUS_MONTHS.contains(&self.w(i))
            || self
                .tok(i)?
                .forms
                .iter()
                .any(|f| AR_AMBIGUOUS_MONTHS.contains(&f.as_str()));
        Some((i + 1, m, amb))
    }

    /// A year after a month or day: "2024", "عام 2024", "من عام 2024", ", 2024", "of 2024".
    fn year_after(&self, i: usize) -> Option<(usize, i32)> {
        let mut k = i;
        if self.lang == Lang::En {
            if self.exact(k, &[",", "of"]) {
                k += 1;
            }
        } else {
            if self.exact(k, &["من"]) {
                k += 1;
            }
            if self.exact(k, &["عام", "العام", "سنه"]) {
                k += 1;
            }
        }
        let y = self.year_num(k, 1000, 2999)?;
        Some((k + 1, y))
    }

    /// A year phrase after "of"/"من" in parts and seasons: a base for the year.
    fn year_phrase(&self, i: usize) -> Option<(usize, Spec)> {
        if let Some(y) = self.year_num(i, 1000, 2999) {
            return Some((i + 1, Spec::new(Base::Abs(Unit::Year(y)), 0.9)));
        }
        if self.is(i, &["عام", "سنه", "year"]) {
            if let Some(y) = self.year_num(i + 1, 1000, 2999) {
                return Some((i + 2, Spec::new(Base::Abs(Unit::Year(y)), 0.9)));
            }
        }
        if let Some((k, s)) = self.deictic_unit(i) {
            if s.ops
                .last()
                .is_some_and(|o| matches!(o, Op::Contain(Gran::Year) | Op::Shift(_, Gran::Year)))
            {
                return Some((k, s));
            }
        }
        if self.is(i, &["العام", "السنه"])
            || (self.exact(i, &["the"]) && self.exact(i + 1, &["year"]))
        {
            let k = if self.exact(i, &["the"]) {
                i + 2
            } else {
                i + 1
            };
            return Some((k, Spec::new(Base::CtxYear { fut: false }, 0.7)));
        }
        None
    }

    // ----- ranges -----

    /// Ranges: "بين 3 و5 مارس 2024", "من يناير إلى مارس 2024", "من 2019 إلى 2022", "2010-2018",
    /// "October 10-12, 2023", "from March to May 2024", "between 3 and 5 March 2024". The start
    /// may leave out what the end says (its month, its year): it is then the end with its day
    /// or month replaced ([`Op::From`]). The value is `START/END` at the granularity written.
    fn range(&self, i: usize) -> Option<Hit> {
        if let Some(h) = self.part_range(i) {
            return Some(h);
        }
        let ar = self.lang == Lang::Ar;
        let mut k = i;
        // Some(true): "بين/between … و/and", Some(false): "من/from … إلى/to", None: "A-B".
        let mut intro = None;
        if ar {
            if self.exact(k, &["ما"]) && self.is(k + 1, &["بين"]) {
                k += 1;
            }
            if self.is(k, &["بين", "من"]) {
                intro = Some(self.is(k, &["بين"]));
                k += 1;
                if self.is(k, &["عامي", "سنتي", "عام", "سنه", "العام"])
                    && self.year_num(k + 1, 1000, 2999).is_some()
                {
                    k += 1;
                }
            }
        } else if self.exact(k, &["between", "from"]) {
            intro = Some(self.w(k) == "between");
            k += 1;
        }
        if k > i && self.is(i.wrapping_sub(1), AMOUNT_BEFORE) {
            return None;
        }
        let (k, start) = self.range_start(k)?;
        // The connector.
        let dash = self.exact(k, &["-", "–", "—"]);
        let r = match intro {
            _ if dash => k + 1,
            None => return None,
            Some(true) if ar && self.exact(k, &["و"]) => k + 1,
            Some(true) if ar && self.w(k).starts_with('و') => k,
            Some(true) if !ar && self.exact(k, &["and"]) => k + 1,
            Some(false) if ar && self.is(k, &["الي", "حتي", "لغايه"]) => k + 1,
            Some(false) if !ar && self.exact(k, &["to", "through", "thru", "until", "till"]) => {
                k + 1
            }
            _ => return None,
        };
        let ok = |spec: &Spec| {
            matches!(spec.base, Base::Abs(_) | Base::YearLess { .. } | Base::Doc)
                && spec.to.is_none()
        };
        let (e, from, to) = match start {
            RStart::Full(a) => {
                let (e, RStart::Full(b)) = self.range_start(r)? else {
                    return None;
                };
                (e, a, b)
            }
            RStart::Day(d) => {
                let (e, b) = self.day_month(r).filter(|(_, s)| ok(s))?;
                (e, b.clone().op(Op::From(0, d)), b)
            }
            RStart::DayMonth(d, m) => {
                let (e, b) = match self.day_month(r).filter(|(_, s)| ok(s)) {
                    Some(h) => h,
                    // "October 10-12, 2023", "from Sept. 6 to 14, 2025": the end is a day of the
                    // start's month.
                    None => {
                        let (e, d2) = self.day_number(r).filter(|_| self.num(r).is_some())?;
                        match self.year_after(e) {
                            Some((e2, y)) => {
                                (e2, Spec::new(Base::Abs(Unit::Day(ymd(y, m, d2)?)), 0.9))
                            }
                            None => (
                                e,
                                Spec::new(
                                    Base::YearLess {
                                        m,
                                        d: Some(d2),
                                        fut: self.future_tense(i),
                                    },
                                    0.75,
                                ),
                            ),
                        }
                    }
                };
                (e, b.clone().op(Op::From(m, d)), b)
            }
            RStart::Month(m) => {
                let (e, b) = self.month_year(r, true).filter(|(_, s)| ok(s))?;
                (e, b.clone().op(Op::From(m, 0)), b)
            }
        };
        // "من 2000 إلى 2010 دولار" is an amount.
        if self.is(e, AMOUNT_AFTER) {
            return None;
        }
        let mut spec = from;
        spec.conf = spec.conf.min(to.conf);
        spec.to = Some(Box::new(to));
        Some((e, spec))
    }

    /// The start of a range: a full date, or a day, a month, a day and month whose year (and
    /// month) the end gives.
    fn range_start(&self, k: usize) -> Option<(usize, RStart)> {
        let ar = self.lang == Lang::Ar;
        if let Some((k2, d)) = self.day_number(k) {
            let k3 = if self.exact(k2, &["من", "of"]) {
                k2 + 1
            } else {
                k2
            };
            if let Some((k4, m, _)) = self.month(k3) {
                if let Some((k5, y)) = self.year_after(k4) {
                    return Some((
                        k5,
                        RStart::Full(Spec::new(Base::Abs(Unit::Day(ymd(y, m, d)?)), 0.9)),
                    ));
                }
                return Some((k4, RStart::DayMonth(d, m)));
            }
            if self.num(k).is_some() {
                return Some((k2, RStart::Day(d)));
            }
            return None;
        }
        if let Some(y) = self.year_num(k, 1000, 2999) {
            return Some((
                k + 1,
                RStart::Full(Spec::new(Base::Abs(Unit::Year(y)), 0.85)),
            ));
        }
        if ar && self.is(k, &["عام", "العام", "سنه"]) {
            let y = self.year_num(k + 1, 1000, 2999)?;
            return Some((
                k + 2,
                RStart::Full(Spec::new(Base::Abs(Unit::Year(y)), 0.85)),
            ));
        }
        let (k2, m, _) = self.month(k)?;
        if let Some((k3, y)) = self.year_after(k2) {
            return Some((
                k3,
                RStart::Full(Spec::new(Base::Abs(Unit::Month(y, m)), 0.9)),
            ));
        }
        if !ar {
            if let Some((k3, d)) = self.day_number(k2) {
                if let Some((k4, y)) = self.year_after(k3) {
                    return Some((
                        k4,
                        RStart::Full(Spec::new(Base::Abs(Unit::Day(ymd(y, m, d)?)), 0.9)),
                    ));
                }
                return Some((k3, RStart::DayMonth(d, m)));
            }
        }
        Some((k2, RStart::Month(m)))
    }

    /// "الربعين الأول والثاني من 2023", "the first and second quarters of 2023".
    fn part_range(&self, i: usize) -> Option<Hit> {
        let (quarter, a, b, k) = if self.lang == Lang::Ar {
            let quarter = self.is(i, &["الربعين"]);
            if !quarter && !self.is(i, &["النصفين"]) {
                return None;
            }
            let a = self.lookup(i + 1, AR_ORD_PART)?;
            let b = self
                .lookup(i + 2, AR_ORD_PART)
                .filter(|_| self.w(i + 2).starts_with('و'))?;
            (quarter, a, b, i + 3)
        } else {
            let k = if self.exact(i, &["the"]) { i + 1 } else { i };
            let a = self.lookup(k, EN_ORD_PART)?;
            let b = self
                .lookup(k + 2, EN_ORD_PART)
                .filter(|_| self.exact(k + 1, &["and", "to", "through"]))?;
            let quarter = self.exact(k + 3, &["quarters"]);
            if !quarter && !self.exact(k + 3, &["halves"]) {
                return None;
            }
            (quarter, a, b, k + 4)
        };
        let max = if quarter { 4 } else { 2 };
        let (a, b) = (if a == 0 { max } else { a }, if b == 0 { max } else { b });
        if a == 0 || a >= b || b > max {
            return None;
        }
        let k = if self.exact(k, &["من", "of"]) {
            k + 1
        } else {
            k
        };
        let (e, year) = self.year_phrase(k)?;
        let op = |n: u8| if quarter { Op::Quarter(n) } else { Op::Half(n) };
        let mut spec = year.clone().op(op(a));
        spec.to = Some(Box::new(year.op(op(b))));
        Some((e, spec))
    }

    // ----- Hijri dates -----

    /// A Hijri month name: (end, month).
    fn hijri_month(&self, i: usize) -> Option<(usize, i32)> {
        if self.lang == Lang::Ar {
            for &(a, b, m) in AR_HIJRI_MONTHS {
                if self.is(i, &[a]) {
                    match b {
                        None => return Some((i + 1, m)),
                        Some(b) if self.exact(i + 1, &[b]) => return Some((i + 2, m)),
                        _ => {}
                    }
                }
            }
            return None;
        }
        let w = self.w(i);
        let m = match w {
            "muharram" => 1,
            "safar" => 2,
            "rajab" => 7,
            "shaban" | "shaaban" => 8,
            "ramadan" | "ramadhan" => 9,
            "shawwal" => 10,
            "sha" if self.exact(i + 1, &["'"]) && self.exact(i + 2, &["ban"]) => {
                return Some((i + 3, 8))
            }
            _ => 0,
        };
        if m > 0 {
            return Some((i + 1, m));
        }
        let first = match w {
            "rabi" | "rabia" => 3,
            "jumada" | "jumadah" | "jamadi" => 5,
            "dhu" | "dhul" | "zul" | "thul" | "dhi" => 11,
            _ => return None,
        };
        let mut k = i + 1;
        while k < i + 4 && self.exact(k, &["al", "-", "'", "ul", "l", "el"]) {
            k += 1;
        }
        let t = self.w(k);
        let m = match first {
            3 | 5 if matches!(t, "awwal" | "awal" | "ula" | "oula" | "ulla" | "i") => first,
            3 | 5
                if matches!(
                    t,
                    "thani"
                        | "thaani"
                        | "akhir"
                        | "akhar"
                        | "akhira"
                        | "akhirah"
                        | "thaniya"
                        | "ii"
                ) =>
            {
                first + 1
            }
            11 if t.starts_with("hij") => 12,
            11 if t.starts_with("qa") || t.starts_with("qi") || t.starts_with("ka") => 11,
            _ => return None,
        };
        Some((k + 1, m))
    }

    /// A Hijri year: "1446", "1446 هـ", "1446هـ", "عام 1446 هـ", "1445 AH": (end, year, marked
    /// as Hijri).
    fn hijri_year(&self, i: usize) -> Option<(usize, i32, bool)> {
        let ar = self.lang == Lang::Ar;
        let mut k = i;
        if ar {
            if self.exact(k, &["من"]) {
                k += 1;
            }
            if self.is(k, &["عام", "العام", "سنه", "السنه"]) {
                k += 1;
            }
        } else if self.exact(k, &[",", "of"]) {
            k += 1;
        }
        let (y, mut marked) = match self.num(k) {
            Some((v, l)) if l <= 4 => (v as i32, false),
            Some(_) => return None,
            None => {
                let w = self.tok(k)?.w.strip_suffix('ه').filter(|_| ar)?;
                if w.is_empty() || w.len() > 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                (w.parse().ok()?, true)
            }
        };
        let mut e = k + 1;
        if ar && self.exact(e, AR_HIJRI_MARKS) {
            marked = true;
            e += 1;
        } else if !ar && self.exact(e, &["ah", "h"]) {
            marked = true;
            e += if self.exact(e + 1, &["."]) && self.adjacent(e) {
                2
            } else {
                1
            };
        } else if !ar
            && self.exact(e, &["a"])
            && self.exact(e + 1, &["."])
            && self.exact(e + 2, &["h"])
        {
            marked = true;
            e += if self.exact(e + 3, &["."]) { 4 } else { 3 };
        }
        HIJRI_YEARS.contains(&y).then_some((e, y, marked))
    }

    /// "15 رمضان 1446", "غرة شوال 1444 هـ", "الأول من محرم 1446 هـ", "رمضان 1446" (the month's
    /// days), "عام 1448 هـ" (the year's days), "٤/٥/١٤٤٧هـ", "1 Ramadan 1445 AH". Values are
    /// Gregorian (Umm al-Qura). A day and month without a year is the last one on or before the
    /// document date (the next in future tense).
    fn hijri(&self, i: usize) -> Option<Hit> {
        let ar = self.lang == Lang::Ar;
        let conv = cfg!(feature = "hijri");
        let day_spec = |y: i32, m: i32, d: i32| -> Spec {
            match hijri_to_date(y, m, d) {
                Some(g) => Spec::new(Base::Abs(Unit::Day(g)), 0.9),
                None => Spec::new(Base::Unknown, 0.5),
            }
        };
        let span_spec = |y: i32, m: i32| -> Spec {
            match hijri_span(y, m) {
                Some((a, b)) => {
                    let mut s = Spec::new(Base::Abs(Unit::Day(a)), 0.85);
                    s.to = Some(Box::new(Spec::new(Base::Abs(Unit::Day(b)), 0.85)));
                    s
                }
                None => Spec::new(Base::Unknown, 0.5),
            }
        };
        // d/m/yyyy هـ
        if ar {
            if let (Some((d, ld)), Some((m, lm))) = (self.num(i), self.num(i + 2)) {
                let sep = self.w(i + 1);
                if matches!(sep, "/" | "-")
                    && self.w(i + 3) == sep
                    && (0..4).all(|k| self.adjacent(i + k))
                    && ld <= 2
                    && lm <= 2
                {
                    let (e, y, marked) = self.hijri_year(i + 4)?;
                    if !marked || e <= i + 4 {
                        return None;
                    }
                    return Some((e, day_spec(y, m as i32, d as i32)));
                }
            }
        }
        let mut k = i;
        let mut day = None;
        if ar && self.is(k, &["غره", "مستهل"]) {
            day = Some(1);
            k += 1;
        } else if let Some((k2, d)) = self.day_number(k) {
            day = Some(d);
            k = k2;
        }
        if day.is_some() && self.exact(k, &["من", "of"]) {
            k += 1;
        }
        if day.is_none() && ar && self.is(k, &["شهر"]) {
            k += 1;
        }
        let Some((k, m)) = self.hijri_month(k) else {
            // A year alone must be marked: "عام 1448 هـ", "1445 AH".
            if day.is_some() {
                return None;
            }
            let (e, y, marked) = self.hijri_year(i)?;
            if !marked
                || self.num(i).is_none()
                    && !self.is(i, &["عام", "العام", "سنه", "السنه"])
                    && self.tok(i).is_some_and(|t| !t.w.ends_with('ه'))
            {
                return None;
            }
            return Some((e, span_spec(y, 0)));
        };
        let year = self
            .hijri_year(k)
            .filter(|(_, y, marked)| *marked || (1300..=1500).contains(y));
        match (year, day) {
            (Some((e, y, _)), Some(d)) => Some((e, day_spec(y, m, d))),
            (Some((e, y, _)), None) => Some((e, span_spec(y, m))),
            (None, Some(d)) => {
                let spec = match self.doc.and_then(date_to_hijri).filter(|_| conv) {
                    Some((hy, hm, hd)) => {
                        let y = if self.future_tense(i) {
                            if (m, d) >= (hm, hd) {
                                hy
                            } else {
                                hy + 1
                            }
                        } else if (m, d) <= (hm, hd) {
                            hy
                        } else {
                            hy - 1
                        };
                        day_spec(y, m, d)
                    }
                    None => Spec::new(Base::Unknown, 0.5),
                };
                Some((k, spec))
            }
            (None, None) => None,
        }
    }

    // ----- cores -----

    /// Modifier ("أوائل", "early", "the end of") then a date core.
    fn modded_core(&self, i: usize, ctx: bool) -> Option<Hit> {
        if let Some((j, m)) = self.modifier(i) {
            if let Some((k, mut s)) = self.date_core(j, true).or_else(|| self.context_unit(j)) {
                if s.modi.is_none() {
                    s.modi = Some(m);
                }
                return Some((k, s));
            }
        }
        self.date_core(i, ctx)
    }

    /// After a position word: "نهاية العام", "the end of the month": the year/month of the
    /// narrative reference, else of the document date.
    fn context_unit(&self, i: usize) -> Option<Hit> {
        let k = if self.exact(i, &["the"]) { i + 1 } else { i };
        if self.is(k, &["العام", "السنه", "year"]) {
            return Some((k + 1, Spec::new(Base::CtxYear { fut: false }, 0.7)));
        }
        if self.is(k, &["الشهر", "month"]) {
            return Some((
                k + 1,
                Spec::new(Base::PrevOrDoc, 0.7).op(Op::Contain(Gran::Month)),
            ));
        }
        if self.is(k, &["الاسبوع", "week"]) {
            return Some((
                k + 1,
                Spec::new(Base::PrevDayOrDoc, 0.7).op(Op::Contain(Gran::Week)),
            ));
        }
        // "نهاية العقد", "the end of the decade": only after a position word, since "العقد"
        // is also "the contract".
        if self.is(k, &["العقد", "decade"]) {
            return Some((
                k + 1,
                Spec::new(Base::Doc, 0.7).op(Op::Contain(Gran::Decade)),
            ));
        }
        None
    }

    /// Is the sentence around token `i` about the future? Future particles and verbs
    /// ("سوف", "سيعقد", "المقبل", "will", "is scheduled to") and verbs of schedules in the present
    /// ("تبدأ", "يعقد", "begins", "wraps up") decide between the last and the next weekday or
    /// month when the text gives no year. A clause reported after the date ("قالت الأربعاء إن
    /// المفاوضات ستستأنف", "said on Tuesday that it will") does not count.
    fn future_tense(&self, i: usize) -> bool {
        // (Not the dot of "Nov. 30" or "U.S.".)
        let stop = |k: usize| {
            self.tok(k).is_some_and(|t| {
                !t.word
                    && matches!(t.w, "." | "\n" | "!" | "?" | "؟")
                    && !(t.w == "."
                        && k > 0
                        && self.tok(k - 1).is_some_and(|p| {
                            p.word
                                && (p.w.len() == 1 && p.w.as_bytes()[0].is_ascii_alphabetic()
                                    || EN_MONTH_ABBREVIATIONS.contains(&p.w))
                        }))
            })
        };
        let mut a = i;
        while a > 0 && !stop(a - 1) {
            a -= 1;
        }
        let mut b = i;
        while b < self.toks.len() && !stop(b) && !(b > i && self.is(b, &["ان", "بان", "that"]))
        {
            b += 1;
        }
        const AR_SCHEDULED: &[&str] = &[
            "تبدا",
            "يبدا",
            "تنطلق",
            "ينطلق",
            "تنتهي",
            "ينتهي",
            "يعقد",
            "تعقد",
            "تستانف",
            "يستانف",
            "تختتم",
            "يختتم",
            "تقام",
            "يقام",
            "تجري",
            "يجري",
            "يلتقي",
            "تلتقي",
            "يفتتح",
            "تفتتح",
        ];
        // Present-tense verbs of fixtures and handovers too: "Arsenal, who play Tottenham on
        // Sunday", "Newcastle host Leverkusen on Wednesday", "takes over on Thursday".
        const EN_SCHEDULED: &[&str] = &[
            "begins",
            "starts",
            "opens",
            "closes",
            "ends",
            "wraps",
            "kicks",
            "resumes",
            "convenes",
            "runs",
            "lasts",
            "play",
            "plays",
            "host",
            "hosts",
            "face",
            "faces",
            "visit",
            "visits",
            "takes",
            "reports",
            "publishes",
            "releases",
        ];
        // Verbs of intent count with "to" only: "its plans", "output targets" are nouns.
        const EN_INTENT: &[&str] = &["plans", "aims", "intends", "targets", "hopes", "expects"];
        const NOT_VERBS: &[&str] = &[
            "سياسه",
            "سياسات",
            "سياسي",
            "سياره",
            "سيارات",
            "سيطره",
            "سيناريو",
            "سينما",
            "سيول",
            "سيوله",
            "ستار",
            "ستون",
            "ستين",
            "سنه",
            "سنوات",
            "سنوي",
            "سنويا",
            "ستارغيت",
            "سيده",
            "سيدات",
            "سيناء",
            "سنغافوره",
            "ستوكهولم",
            "سيول",
        ];
        if self.lang == Lang::En {
            // Right after a verb of speech the date is the speaking's: "said on Tuesday it
            // would offer".
            // (The date's "on" may stand inside it or right before it.)
            const SPOKE: &[&str] = &["said", "announced", "told", "added", "confirmed"];
            let on_before = !self.exact(i, &["on"]) && i > 0 && self.exact(i - 1, &["on"]);
            let start = if on_before { i - 1 } else { i };
            if start > 0 && self.exact(start - 1, SPOKE) {
                return false;
            }
            // English marks the future on the verb of the date's own clause: look only there,
            // so "opened … on Thursday, and is expected to …" stays past.
            // Forward, the clause ends where another verb's begins: "set a range on Tuesday
            // and will sell", "On May 13 the department said it would".
            let clause = |t: &Tok| !t.word && matches!(t.w, "," | ";" | ":" | "—" | "–");
            let next_clause = |k: usize| {
                self.exact(
                    k,
                    &[
                        "and",
                        "but",
                        "while",
                        "said",
                        "says",
                        "told",
                        "announced",
                        "added",
                    ],
                )
            };
            let (mut ca, mut cb) = (i, i);
            while ca > a && !self.tok(ca - 1).is_some_and(clause) && i - ca < 16 {
                ca -= 1;
            }
            while cb < b && !self.tok(cb).is_some_and(clause) && !next_clause(cb) && cb - i < 10 {
                cb += 1;
            }
            return (ca..cb).any(|k| {
                let w = self.w(k);
                EN_INTENT.contains(&w) && self.exact(k + 1, &["to"])
                    || matches!(
                        w,
                        "will"
                            | "shall"
                            | "ll"
                            | "scheduled"
                            | "upcoming"
                            | "planned"
                            | "expected"
                            | "expect"
                            | "due"
                            | "tomorrow"
                            | "would"
                            | "could"
                            | "might"
                            | "starting"
                            | "beginning"
                    )
                    || w == "set" && self.exact(k + 1, &["to", "for"])
                    || EN_SCHEDULED.contains(&w)
            });
        }
        (a..b).any(|k| {
            let w = self.w(k);
            let forms = std::iter::once(w.to_string())
                .chain(self.tok(k).map(|t| t.forms.clone()).unwrap_or_default());
            let mut fut = false;
            for f in forms {
                if matches!(
                    f.as_str(),
                    "سوف"
                        | "المقرر"
                        | "المرتقب"
                        | "المنتظر"
                        | "المتوقع"
                        | "يتوقع"
                        | "تتوقع"
                        | "غدا"
                        | "يعتزم"
                        | "تعتزم"
                        | "المقبل"
                        | "المقبله"
                ) || AR_SCHEDULED.contains(&f.as_str())
                {
                    fut = true;
                }
                if (f.starts_with("سي")
                    || f.starts_with("ست")
                    || f.starts_with("سن")
                    || f.starts_with("سا"))
                    && f.chars().count() >= 5
                    && !NOT_VERBS.contains(&f.as_str())
                    && f.chars().nth(2).is_some_and(|c| c != 'ا')
                {
                    fut = true;
                }
            }
            fut
        })
    }

    fn modifier(&self, i: usize) -> Option<(usize, DateMod)> {
        if self.lang == Lang::Ar {
            let m = if self.is(i, AR_START) {
                DateMod::Start
            } else if self.is(i, AR_MID) {
                DateMod::Mid
            } else if self.is(i, AR_END) {
                DateMod::End
            } else {
                return None;
            };
            // "أول" alone is a modifier only of a year or month word ("أول العام").
            if self.is(i, &["اول", "اخر"])
                && !self.is(i + 1, &["العام", "عام", "السنه", "الشهر", "الاسبوع"])
            {
                return None;
            }
            let k = if self.exact(i + 1, &["من"]) && !self.exact(i + 2, &["عام"]) {
                i + 1
            } else {
                i
            };
            return Some((k + 1, m));
        }
        let mut k = i;
        if self.exact(k, &["the"]) {
            k += 1;
        }
        for (words, m) in [
            (&["beginning", "of"][..], DateMod::Start),
            (&["start", "of"][..], DateMod::Start),
            (&["early", "part", "of"][..], DateMod::Start),
            (&["middle", "of"][..], DateMod::Mid),
            (&["end", "of"][..], DateMod::End),
            (&["close", "of"][..], DateMod::End),
            (&["latter", "part", "of"][..], DateMod::End),
        ] {
            if let Some(e) = self.seq(k, words) {
                return Some((e, m));
            }
        }
        let m = self.lookup(i, EN_MODS)?;
        let k = if self.exact(i + 1, &["-"]) {
            i + 2
        } else {
            i + 1
        };
        Some((k, m))
    }

    fn date_core(&self, i: usize, ctx: bool) -> Option<Hit> {
        self.weekday_date(i)
            .or_else(|| self.hijri(i))
            .or_else(|| self.numeric_date(i))
            .or_else(|| self.day_month(i))
            .or_else(|| self.month_year(i, ctx))
            .or_else(|| self.part_of_year(i))
            .or_else(|| self.season(i, ctx))
            .or_else(|| self.explicit_year(i))
            .or_else(|| self.deictic_unit(i))
            .or_else(|| self.deictic_day(i))
            .or_else(|| self.anaphoric_unit(i))
            .or_else(|| self.bare_year(i, ctx))
    }

    /// "يوم الثلاثاء", "الثلاثاء الماضي", "on Tuesday", "last Tuesday"; or a weekday naming an
    /// explicit date ("الثلاثاء 5 يونيو 2024", "Tuesday, June 4, 2024"), which wins.
    fn weekday_date(&self, i: usize) -> Option<Hit> {
        let ar = self.lang == Lang::Ar;
        let mut k = i;
        let mut dir: i8 = -1;
        let mut had_day = false;
        if !ar && self.exact(k, &["last", "next", "this", "past"]) {
            dir = match self.w(k) {
                "last" | "past" => -2,
                "next" => 1,
                _ => -1,
            };
            k += 1;
        }
        if ar && self.is(k, &["يوم", "نهار"]) {
            had_day = true;
            k += 1;
        }
        let table = if ar { AR_WEEKDAYS } else { EN_WEEKDAYS };
        let wd = self.lookup(k, table)?;
        k += 1;
        // An explicit date after the weekday.
        let mut e = k;
        if self.exact(e, &[",", "الموافق", "،"]) {
            e += 1;
        }
        if let Some(hit) = self
            .hijri(e)
            .or_else(|| self.numeric_date(e))
            .or_else(|| self.day_month(e))
        {
            return Some(hit);
        }
        if ar {
            if self.is(k, AR_PAST) {
                dir = -2;
                k += 1;
            } else if self.is(k, AR_NEXT) {
                dir = 1;
                k += 1;
            } else if !had_day
                && self.is(i, &["الاثنين", "الاحد"])
                && !(i > 0 && self.exact(i - 1, &["،", ","]) && self.exact(k, &["،", ","]))
            {
                // Also "both" and "one": need يوم, a direction, or the commas news sets around a
                // day ("وقعت الشركة، الاثنين، عقدا").
                return None;
            }
        } else if self.exact(k, &["last"]) {
            dir = -2;
            k += 1;
        } else if self.exact(k, &["next"]) {
            dir = 1;
            k += 1;
        }
        if dir == -1 {
            // A bare weekday in a past-tense report may be the publication day itself ("said
            // on Wednesday" in Wednesday's paper): on or before the document date.
            dir = if self.future_tense(i) { 1 } else { -1 };
        }
        let conf = if had_day { 0.8 } else { 0.7 };
        Some((k, Spec::new(Base::Doc, conf).op(Op::Weekday(wd, dir))))
    }

    /// "5/6/2024" (day first in Arabic, month first in English unless impossible),
    /// "2024-06-05", "6/2024".
    fn numeric_date(&self, i: usize) -> Option<Hit> {
        let (a, la) = self.num(i)?;
        let sep = self.w(i + 1);
        if !matches!(sep, "/" | "-" | ".") || !self.adjacent(i) || !self.adjacent(i + 1) {
            return None;
        }
        let (b, lb) = self.num(i + 2)?;
        let three = self.w(i + 3) == sep && self.adjacent(i + 2) && self.adjacent(i + 3);
        if three {
            if let Some((c, lc)) = self.num(i + 4) {
                let d = if la == 4 && lc <= 2 {
                    ymd(a as i32, b as i32, c as i32)
                } else if lc == 4 && la <= 2 && lb <= 2 {
                    let (d, m) = if self.lang == Lang::En && a <= 12 {
                        (b, a)
                    } else {
                        (a, b)
                    };
                    ymd(c as i32, m as i32, d as i32)
                } else {
                    None
                };
                // A number that is not a real date ("31/02/2024") is not a date at all.
                return d
                    .filter(|d| (1000..=2999).contains(&(d.year() as i32)))
                    .map(|d| (i + 5, Spec::new(Base::Abs(Unit::Day(d)), 0.9)));
            }
            return None;
        }
        if sep == "/" && la <= 2 && lb == 4 && (1..=12).contains(&a) && (1000..=2999).contains(&b) {
            return Some((
                i + 3,
                Spec::new(Base::Abs(Unit::Month(b as i32, a as i32)), 0.75),
            ));
        }
        if sep == "-"
            && la == 4
            && lb == 2
            && (1..=12).contains(&b)
            && (1000..=2999).contains(&a)
            && !self.exact(i + 3, &["-"])
        {
            return Some((
                i + 3,
                Spec::new(Base::Abs(Unit::Month(a as i32, b as i32)), 0.75),
            ));
        }
        None
    }

    /// A day of the month: digits or an Arabic ordinal ("الخامس", "الحادي والعشرين").
    fn day_number(&self, i: usize) -> Option<(usize, i32)> {
        if let Some((d, l)) = self.num(i) {
            return (l <= 2 && (1..=31).contains(&d)).then_some((i + 1, d as i32));
        }
        if self.lang != Lang::Ar {
            return None;
        }
        let d = self.lookup(i, AR_ORDINALS)?;
        let mut k = i + 1;
        let mut d = d;
        if d < 10 && self.exact(k, &["عشر"]) {
            d += 10;
            k += 1;
        } else if d < 10 && self.exact(k, &["والعشرين", "والثلاثين"]) {
            d += if self.w(k) == "والعشرين" {
                20
            } else {
                30
            };
            k += 1;
        } else if self.is(i, &["الحادي"]) {
            return None;
        }
        (1..=31).contains(&d).then_some((k, d))
    }

    /// "5 يونيو 2024", "الخامس من يونيو", "June 5, 2024", "5th of June 2024".
    fn day_month(&self, i: usize) -> Option<Hit> {
        let ar = self.lang == Lang::Ar;
        // Day first.
        if let Some((mut k, d)) = self.day_number(i) {
            let ordinal_word = self.num(i).is_none();
            if self.exact(k, &["من", "of"]) {
                k += 1;
            } else if ordinal_word {
                // "الثاني" alone is not a day: require "من" or a month right after.
                self.month(k)?;
            }
            if let Some((k2, m, _)) = self.month(k) {
                return Some(self.finish_day(k2, m, d));
            }
        }
        if ar {
            return None;
        }
        // Month first (English).
        let (k, m, amb) = self.month(i)?;
        let (k2, d) = self.day_number(k)?;
        if amb && !self.capitalized(i) {
            return None;
        }
        if self.year_num(k, 1000, 2999).is_some() {
            return None;
        }
        Some(self.finish_day(k2, m, d))
    }

    fn finish_day(&self, k: usize, m: i32, d: i32) -> Hit {
        if let Some((k2, y)) = self.year_after(k) {
            if let Some(date) = ymd(y, m, d) {
                return (k2, Spec::new(Base::Abs(Unit::Day(date)), 0.95));
            }
        }
        // "31 يناير الجاري": the document's own month.
        if self.is(k, AR_THIS) {
            return (
                k + 1,
                Spec::new(Base::CtxYear { fut: false }, 0.8).op(Op::MonthOf(m, Some(d))),
            );
        }
        // "20 سبتمبر المقبل", "5 مايو الماضي": the direction is written.
        if self.is(k, AR_NEXT) || self.is(k, AR_PAST) {
            return (
                k + 1,
                Spec::new(
                    Base::YearLess {
                        m,
                        d: Some(d),
                        fut: self.is(k, AR_NEXT),
                    },
                    0.8,
                ),
            );
        }
        (
            k,
            Spec::new(
                Base::YearLess {
                    m,
                    d: Some(d),
                    fut: self.future_tense(k.saturating_sub(1)),
                },
                0.75,
            ),
        )
    }

    /// "يونيو 2024", "شهر يونيو", "يونيو الماضي", "June 2024", "last June", "in June".
    fn month_year(&self, i: usize, ctx: bool) -> Option<Hit> {
        let ar = self.lang == Lang::Ar;
        let mut k = i;
        let mut dir = 0i8;
        let mut named = false;
        if ar && self.is(k, &["شهر"]) {
            named = true;
            k += 1;
        }
        if !ar && self.exact(k, &["last", "next", "this"]) {
            dir = match self.w(k) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            named = true;
            k += 1;
        }
        let (end, m, amb) = self.month(k)?;
        if let Some((e, y)) = self.year_after(end) {
            return Some((e, Spec::new(Base::Abs(Unit::Month(y, m)), 0.9)));
        }
        if ar {
            if self.is(end, AR_PAST) {
                return Some((end + 1, Spec::new(Base::Doc, 0.8).op(Op::MonthDir(m, -1))));
            }
            if self.is(end, AR_NEXT) {
                return Some((end + 1, Spec::new(Base::Doc, 0.8).op(Op::MonthDir(m, 1))));
            }
            if self.exact(end, &["من"]) {
                if let Some((e, s)) = self.year_phrase(end + 1) {
                    return Some((e, s.op(Op::MonthOf(m, None))));
                }
            }
        } else if dir != 0 {
            return Some((end, Spec::new(Base::Doc, 0.8).op(Op::MonthDir(m, dir))));
        } else if self.exact(end, &["of"]) {
            if let Some((e, s)) = self.year_phrase(end + 1) {
                return Some((e, s.op(Op::MonthOf(m, None))));
            }
        }
        // A month alone needs a context (a preposition, a modifier, or "شهر"), and an
        // ambiguous one ("مارس" also "practised") needs "شهر" or a year. In English a capital
        // after a preposition settles it: "in March", "since May".
        let amb = amb && !(!ar && ctx && self.capitalized(k));
        // A month that names a report or a meeting: "in its October report", "the May vote".
        let attributive = !ar
            && k == i
            && i > 0
            && self.exact(i - 1, &["its", "their", "his", "her", "our", "the"])
            && self.capitalized(k)
            && self
                .tok(end)
                .is_some_and(|t| t.word && t.w.chars().all(|c| c.is_ascii_lowercase()))
            && !self.capitalized(end);
        if !named && !attributive && (amb || !ctx) {
            return None;
        }
        Some((
            end,
            Spec::new(
                Base::YearLess {
                    m,
                    d: None,
                    fut: self.future_tense(i),
                },
                0.7,
            ),
        ))
    }

    /// "الربع الأول من 2024", "النصف الثاني من العام", "the first quarter of 2024", "Q1 2024".
    fn part_of_year(&self, i: usize) -> Option<Hit> {
        let ar = self.lang == Lang::Ar;
        if !ar {
            // Q1 2024, H2 2024
            let w = self.w(i);
            if w.len() == 2 && (w.starts_with('q') || w.starts_with('h')) {
                let n = w[1..].parse::<u8>().ok()?;
                let (e, s) = self.year_phrase(i + 1)?;
                let op = if w.starts_with('q') && (1..=4).contains(&n) {
                    Op::Quarter(n)
                } else if (1..=2).contains(&n) {
                    Op::Half(n)
                } else {
                    return None;
                };
                return Some((e, s.op(op)));
            }
        }
        let mut k = i;
        if !ar && self.exact(k, &["the"]) {
            k += 1;
        }
        let (quarter, n, mut e) = if ar {
            let q = self.is(k, &["الربع", "الثلاثي"]);
            if !q && !self.is(k, &["النصف"]) {
                return None;
            }
            (q, self.lookup(k + 1, AR_ORD_PART)?, k + 2)
        } else {
            let n = self.lookup(k, EN_ORD_PART)?;
            let e = if self.exact(k + 1, &["-"]) {
                k + 2
            } else {
                k + 1
            };
            let q = self.exact(e, &["quarter"]);
            if !q && !self.exact(e, &["half"]) {
                return None;
            }
            // "the last quarter" alone is the one before the document's (see deictic_unit);
            // "the last quarter of 2024" is Q4.
            if n == 0
                && q
                && self.exact(k, &["last"])
                && !self.exact(e + 1, &["of"])
                && self.year_phrase(e + 1).is_none()
            {
                return None;
            }
            (q, n, e + 1)
        };
        let n = if n == 0 {
            if quarter {
                4
            } else {
                2
            }
        } else {
            n
        };
        if (quarter && n > 4) || (!quarter && n > 2) {
            return None;
        }
        let op = if quarter { Op::Quarter(n) } else { Op::Half(n) };
        if self.exact(e, &["من", "of"]) {
            e += 1;
            let (e2, s) = self.year_phrase(e)?;
            return Some((e2, s.op(op)));
        }
        if let Some((e2, s)) = self.year_phrase(e) {
            return Some((e2, s.op(op)));
        }
        Some((
            e,
            Spec::new(
                Base::CtxYear {
                    fut: self.future_tense(i),
                },
                0.6,
            )
            .op(op),
        ))
    }

    /// "صيف 2024", "الصيف الماضي", "summer 2024", "the summer of 2024", "last summer".
    fn season(&self, i: usize, ctx: bool) -> Option<Hit> {
        const AR: &[(&str, u8)] = &[
            ("ربيع", 1),
            ("الربيع", 1),
            ("صيف", 2),
            ("الصيف", 2),
            ("خريف", 3),
            ("الخريف", 3),
            ("شتاء", 4),
            ("الشتاء", 4),
        ];
        const EN: &[(&str, u8)] = &[
            ("spring", 1),
            ("summer", 2),
            ("fall", 3),
            ("autumn", 3),
            ("winter", 4),
        ];
        let ar = self.lang == Lang::Ar;
        let mut k = i;
        let mut dir = 0i8;
        let mut this = false;
        if !ar && self.exact(k, &["last", "next", "this", "the"]) {
            dir = match self.w(k) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            this = self.w(k) == "this";
            k += 1;
        }
        if ar && self.is(k, &["هذا", "هذه"]) {
            this = true;
            k += 1;
        }
        let s = self.lookup(k, if ar { AR } else { EN })?;
        // "ربيع الأول" is a Hijri month, not spring.
        if ar && self.hijri_month(k).is_some() {
            return None;
        }
        let mut e = k + 1;
        if self.exact(e, &["of"]) || (ar && self.exact(e, &["عام"])) {
            if let Some(y) = self.year_num(e + 1, 1000, 2999) {
                return Some((e + 2, Spec::new(Base::Abs(Unit::Season(y, s)), 0.85)));
            }
            if self.exact(e, &["of"]) {
                if let Some((e2, sp)) = self.year_phrase(e + 1) {
                    return Some((e2, sp.op(Op::Season(s))));
                }
            }
        }
        if let Some(y) = self.year_num(e, 1000, 2999) {
            return Some((e + 1, Spec::new(Base::Abs(Unit::Season(y, s)), 0.85)));
        }
        if ar {
            if self.is(e, AR_PAST) {
                dir = -1;
                e += 1;
            } else if self.is(e, AR_NEXT) {
                dir = 1;
                e += 1;
            } else if let Some((e2, sp)) = self.year_phrase(e) {
                return Some((e2, sp.op(Op::Season(s))));
            }
        }
        if dir != 0 {
            return Some((e, Spec::new(Base::Doc, 0.75).op(Op::SeasonDir(s, dir))));
        }
        if this {
            return Some((e, Spec::new(Base::Doc, 0.75).op(Op::Season(s))));
        }
        if ctx && (ar || self.exact(i, &["the"])) {
            return Some((
                e,
                Spec::new(
                    Base::CtxYear {
                        fut: self.future_tense(i),
                    },
                    0.6,
                )
                .op(Op::Season(s)),
            ));
        }
        None
    }

    /// "عام 2024", "العام 2024", "لعام 2024", "the year 2024".
    fn explicit_year(&self, i: usize) -> Option<Hit> {
        let k = if self.lang == Lang::Ar {
            if !self.is(i, &["عام", "العام", "سنه", "السنه", "عامي"]) {
                return None;
            }
            i + 1
        } else {
            self.seq(i, &["the", "year"])
                .or_else(|| self.seq(i, &["year"]))?
        };
        let y = self.year_num(k, 1000, 2999)?;
        Some((k + 1, Spec::new(Base::Abs(Unit::Year(y)), 0.9)))
    }

    /// "العام الماضي", "هذا الشهر", "الأسبوع المقبل", "last year", "this week", "next month".
    fn deictic_unit(&self, i: usize) -> Option<Hit> {
        const AR_U: &[(&str, Gran)] = &[
            ("العام", Gran::Year),
            ("السنه", Gran::Year),
            ("الشهر", Gran::Month),
            ("الاسبوع", Gran::Week),
            ("عام", Gran::Year),
            ("سنه", Gran::Year),
            ("شهر", Gran::Month),
            ("اسبوع", Gran::Week),
        ];
        const EN_U: &[(&str, Gran)] = &[
            ("year", Gran::Year),
            ("month", Gran::Month),
            ("week", Gran::Week),
            ("decade", Gran::Decade),
        ];
        if self.lang == Lang::Ar {
            if self.is(i, &["هذا", "هذه"]) {
                let g = self
                    .lookup(i + 1, AR_U)
                    .filter(|_| self.w(i + 1).starts_with("ال"))?;
                return Some((i + 2, Spec::new(Base::Doc, 0.85).op(Op::Contain(g))));
            }
            if !self
                .tok(i)?
                .forms
                .iter()
                .chain(std::iter::once(&self.w(i).to_string()))
                .any(|f| f.starts_with("ال"))
            {
                return None;
            }
            if self.is(i, &["الموسم"]) && self.is(i + 1, AR_PAST) {
                return Some((i + 2, last_season()));
            }
            let g = self.lookup(i, AR_U)?;
            let n = if self.is(i + 1, AR_PAST) {
                -1
            } else if self.is(i + 1, AR_NEXT) {
                1
            } else if self.is(i + 1, AR_THIS) {
                0
            } else {
                return None;
            };
            return Some((
                i + 2,
                Spec::new(Base::Doc, 0.85)
                    .op(Op::Shift(n, g))
                    .op(Op::Contain(g)),
            ));
        }
        let mut k = i;
        let n = match self.w(k) {
            "last" | "past" => -1,
            "next" | "coming" => 1,
            "this" | "current" => 0,
            "earlier" | "later" if self.exact(k + 1, &["this"]) => {
                k += 1;
                0
            }
            _ => return None,
        };
        // "last season": a sports season runs from late summer to spring and is named by the
        // year it ends in, the last one to end five months or more before the document date.
        if n == -1 && self.exact(k + 1, &["season"]) {
            return Some((k + 2, last_season()));
        }
        // Quarters move by three months: "last quarter" is the one before the document's.
        if self.exact(k + 1, &["quarter"]) && !self.exact(k + 2, &["of"]) {
            return Some((
                k + 2,
                Spec::new(Base::Doc, 0.8)
                    .op(Op::Shift(3 * n, Gran::Month))
                    .op(Op::Contain(Gran::Quarter)),
            ));
        }
        let g = self.lookup(k + 1, EN_U)?;
        Some((
            k + 2,
            Spec::new(Base::Doc, 0.85)
                .op(Op::Shift(n, g))
                .op(Op::Contain(g)),
        ))
    }

    /// "أمس", "أول أمس", "اليوم", "غدا", "مساء أمس", "yesterday", "today", "tomorrow".
    fn deictic_day(&self, i: usize) -> Option<Hit> {
        let ar = self.lang == Lang::Ar;
        let mut k = i;
        if ar
            && self.is(
                k,
                &["مساء", "صباح", "ليل", "ليله", "ظهر", "فجر", "عصر", "ظهيره"],
            )
            && self.tok(k + 1).is_some()
        {
            k += 1;
        }
        let (e, n, conf) = if ar {
            if self.is(k, &["اول"]) && self.exact(k + 1, &["امس"]) {
                (k + 2, -2, 0.9)
            } else if self.is(k, &["اول"])
                && self.exact(k + 1, &["من"])
                && self.exact(k + 2, &["امس"])
            {
                (k + 3, -2, 0.9)
            } else if self.is(k, &["امس", "البارحه"]) {
                (k + 1, -1, 0.9)
            } else if self.is(k, &["غدا", "غد"]) && !self.is(k, &["غد"])
                || (self.is(k, &["غد"]) && k > i)
            {
                (k + 1, 1, 0.85)
            } else if self.is(k, &["اليوم"])
                && !self.is(
                    k + 1,
                    &[
                        "نفسه",
                        "ذاته",
                        "التالي",
                        "السابق",
                        "الاول",
                        "الثاني",
                        "الثالث",
                    ],
                )
            {
                // "اليوم الثلاثاء": today, a Tuesday.
                let e = if self.lookup(k + 1, AR_WEEKDAYS).is_some() {
                    k + 2
                } else {
                    k + 1
                };
                (e, 0, 0.75)
            } else if self.is(k, &["الليله"]) && self.is(k + 1, AR_PAST) {
                (k + 2, -1, 0.85)
            } else if self.is(k, &["الليله"]) && k == i {
                (k + 1, 0, 0.6)
            } else {
                return None;
            }
        } else {
            if let Some(e) = self.seq(k, &["the", "day", "before", "yesterday"]) {
                (e, -2, 0.9)
            } else if let Some(e) = self.seq(k, &["the", "day", "after", "tomorrow"]) {
                (e, 2, 0.9)
            } else {
                let n = match (self.w(k), self.w(k + 1)) {
                    ("yesterday", _) => -1,
                    ("today" | "tonight", _) => 0,
                    ("tomorrow", _) => 1,
                    ("last", "night") => {
                        return Some((
                            k + 2,
                            Spec::new(Base::Doc, 0.85).op(Op::Shift(-1, Gran::Day)),
                        ))
                    }
                    ("this", "morning" | "evening" | "afternoon") => {
                        return Some((
                            k + 2,
                            Spec::new(Base::Doc, 0.85).op(Op::Shift(0, Gran::Day)),
                        ))
                    }
                    _ => return None,
                };
                let e = if self.exact(k + 1, &["morning", "evening", "afternoon", "night"]) {
                    k + 2
                } else {
                    k + 1
                };
                (e, n, 0.85)
            }
        };
        Some((e, Spec::new(Base::Doc, conf).op(Op::Shift(n, Gran::Day))))
    }

    /// "في الشهر التالي", "اليوم التالي للتنصيب", "في ذلك المساء", "في العام نفسه", "the next day",
    /// "the following month", "that evening", "the same day", "the day after the inauguration".
    fn anaphoric_unit(&self, i: usize) -> Option<Hit> {
        const AR_U: &[(&str, Gran)] = &[
            ("اليوم", Gran::Day),
            ("المساء", Gran::Day),
            ("الصباح", Gran::Day),
            ("الليله", Gran::Day),
            ("النهار", Gran::Day),
            ("الاسبوع", Gran::Week),
            ("الشهر", Gran::Month),
            ("العام", Gran::Year),
            ("السنه", Gran::Year),
            ("الوقت", Gran::Hour),
            ("الحين", Gran::Hour),
            ("الفتره", Gran::Hour),
            ("اللحظه", Gran::Hour),
            ("اليوم", Gran::Day),
        ];
        const EN_U: &[(&str, Gran)] = &[
            ("day", Gran::Day),
            ("evening", Gran::Day),
            ("morning", Gran::Day),
            ("night", Gran::Day),
            ("afternoon", Gran::Day),
            ("week", Gran::Week),
            ("month", Gran::Month),
            ("year", Gran::Year),
            ("time", Gran::Hour),
        ];
        let ar = self.lang == Lang::Ar;
        let prev = |g: Gran, e: usize, conf: f32| -> Option<Hit> {
            let s = Spec::new(Base::Prev, conf);
            Some((
                e,
                if g == Gran::Hour {
                    s
                } else {
                    s.op(Op::Contain(g))
                },
            ))
        };
        if ar {
            // ذلك اليوم, تلك الليلة; نفس اليوم
            if self.is(i, &["ذلك", "تلك", "نفس", "ذات"]) {
                let g = self.lookup(i + 1, AR_U)?;
                return prev(g, i + 2, 0.8);
            }
            let g = self.lookup(i, AR_U)?;
            if !self.w(i).contains("ال") {
                return None;
            }
            if self.is(i + 1, &["ذلك", "ذاك"]) || self.is(i + 1, AR_SAME) {
                return prev(g, i + 2, 0.8);
            }
            let n = if self.is(i + 1, AR_FOLLOWING) {
                1
            } else if self.is(i + 1, AR_PRECEDING) {
                -1
            } else {
                return None;
            };
            if g == Gran::Hour {
                return None;
            }
            let mut e = i + 2;
            // A target: "اليوم التالي للتنصيب", "اليوم التالي لـ 5 يونيو".
            let mut k = e;
            if self.exact(k, &["ل", "من", "علي"]) {
                k += 1;
            }
            if let Some((k2, s)) = self.target(k) {
                return Some((k2, s.op(Op::Shift(n, g))));
            }
            if self.is(e, &["مباشره"]) {
                e += 1;
            }
            return Some((e, Spec::new(Base::Prev, 0.8).op(Op::Shift(n, g))));
        }
        // English
        if self.exact(i, &["that", "the"]) && self.exact(i + 1, &["same"]) {
            let g = self.lookup(i + 2, EN_U)?;
            return prev(g, i + 3, 0.8);
        }
        if self.exact(i, &["that"]) {
            let g = self.lookup(i + 1, EN_U)?;
            return prev(g, i + 2, 0.75);
        }
        if self.exact(i, &["later", "earlier"]) && self.exact(i + 1, &["that"]) {
            let g = self.lookup(i + 2, EN_U)?;
            return prev(g, i + 3, 0.75);
        }
        if !self.exact(i, &["the"]) {
            return None;
        }
        if let Some(n) = match self.w(i + 1) {
            "next" | "following" | "subsequent" => Some(1),
            "previous" | "preceding" | "prior" => Some(-1),
            _ => None,
        } {
            let g = self.lookup(i + 2, EN_U).filter(|g| *g != Gran::Hour)?;
            return Some((i + 3, Spec::new(Base::Prev, 0.8).op(Op::Shift(n, g))));
        }
        // "the day after/before X"
        let g = self.lookup(i + 1, EN_U).filter(|g| *g != Gran::Hour)?;
        let n = match self.w(i + 2) {
            "after" => 1,
            "before" => -1,
            _ => return None,
        };
        if let Some((k2, s)) = self.target(i + 3) {
            return Some((k2, s.op(Op::Shift(n, g))));
        }
        if self.exact(i + 3, &["tomorrow", "yesterday"]) {
            return None;
        }
        Some((i + 3, Spec::new(Base::Prev, 0.7).op(Op::Shift(n, g))))
    }

    /// What a relation or an offset points at: a named event or a date.
    fn target(&self, i: usize) -> Option<Hit> {
        self.anniversary(i).or_else(|| self.event(i)).or_else(|| {
            self.date_core(i, true)
                .filter(|(_, s)| s.base != Base::Prev)
        })
    }

    /// "الذكرى الأولى للغزو الروسي", "the first anniversary of the invasion": the event's day
    /// n years on.
    fn anniversary(&self, i: usize) -> Option<Hit> {
        const AR: &[(&str, i32)] = &[
            ("الاولي", 1),
            ("الثانيه", 2),
            ("الثالثه", 3),
            ("الرابعه", 4),
            ("الخامسه", 5),
            ("السادسه", 6),
            ("السابعه", 7),
            ("الثامنه", 8),
            ("التاسعه", 9),
            ("العاشره", 10),
            ("العشرين", 20),
        ];
        const EN: &[(&str, i32)] = &[
            ("first", 1),
            ("second", 2),
            ("third", 3),
            ("fourth", 4),
            ("fifth", 5),
            ("sixth", 6),
            ("seventh", 7),
            ("eighth", 8),
            ("ninth", 9),
            ("tenth", 10),
            ("twentieth", 20),
        ];
        let (n, k) = if self.lang == Lang::Ar {
            if !self.is(i, &["الذكري"]) {
                return None;
            }
            let n = self.lookup(i + 1, AR)?;
            (
                n,
                if self.exact(i + 2, &["ل"]) {
                    i + 3
                } else {
                    i + 2
                },
            )
        } else {
            let k = if self.exact(i, &["the"]) { i + 1 } else { i };
            let n = self.lookup(k, EN)?;
            if !self.exact(k + 1, &["anniversary"]) || !self.exact(k + 2, &["of"]) {
                return None;
            }
            (n, k + 3)
        };
        let (e, s) = self.event(k)?;
        let Base::Event(d) = s.base else { return None };
        let (y, m, dd) = (d.year() as i32 + n, d.month() as i32, d.day() as i32);
        let date = ymd(y, m, dd).or_else(|| ymd(y, m, dd - 1))?;
        Some((e, Spec::new(Base::Event(date), 0.85)))
    }

    /// A named event of the knowledge base ("تنصيب ترامب", "التنصيب", "Trump's inauguration").
    fn event(&self, i: usize) -> Option<Hit> {
        self.event_near(i, false)
    }

    /// `upcoming`: the relation looks ahead ("مع اقتراب", "ahead of"), so the event nearest the
    /// document date may be after it; otherwise the latest on or before it.
    fn event_near(&self, i: usize, upcoming: bool) -> Option<Hit> {
        let mut k = i;
        if self.lang == Lang::En && self.exact(k, &["the"]) {
            k += 1;
        }
        let mut best: Option<(usize, Date)> = None;
        for (words, dates) in &self.events {
            let ok = words.iter().enumerate().all(|(j, w)| {
                if j == 0 {
                    self.is(k, &[w])
                } else {
                    self.exact(k + j, &[w])
                }
            });
            if !ok || best.is_some_and(|(e, _)| k + words.len() <= e) {
                continue;
            }
            let date = match self.doc {
                Some(doc) if upcoming => dates
                    .iter()
                    .min_by_key(|d| (day_number(**d) - day_number(doc)).abs())
                    .copied(),
                Some(doc) => {
                    let past = dates.iter().filter(|d| **d <= doc).max();
                    // An event weeks ahead is the one meant when the last is years old
                    // ("on Election Day" a month before it).
                    let soon = dates
                        .iter()
                        .filter(|d| **d > doc && day_number(**d) - day_number(doc) <= 90)
                        .min();
                    match (past, soon) {
                        (Some(p), Some(n)) if day_number(doc) - day_number(*p) > 365 => Some(*n),
                        (None, Some(n)) => Some(*n),
                        _ => past.or_else(|| dates.iter().min()).copied(),
                    }
                }
                None => dates.iter().max().copied(),
            };
            if let Some(d) = date {
                best = Some((k + words.len(), d));
            }
        }
        match best {
            Some((e, d)) => Some((e, Spec::new(Base::Event(d), 0.85))),
            None => self.kind_event(k, upcoming),
        }
    }

    /// An event named by its kind ("الانتخابات", "الانتخابات الرئاسية", "the invasion", "the
    /// World Cup"): the knowledge-base events whose names contain those words. With a year
    /// ("انتخابات 2024", "the 2024 election"), the one event of that year. Without, the document
    /// date decides: the one such event within two years before it (for relations looking
    /// ahead, "ahead of the World Cup", within two years either side; failing both, one weeks
    /// ahead), never a guess among several. A qualifier the names do not have ("الانتخابات
    /// البرلمانية") names another event: nothing.
    fn kind_event(&self, i: usize, upcoming: bool) -> Option<Hit> {
        let ar = self.lang == Lang::Ar;
        // English "the 2024 election": the year before the kind.
        let (mut k, year) = match self.year_num(i, 1900, 2100) {
            Some(y) if !ar => (i + 1, Some(y)),
            _ => (i, None),
        };
        let kind = EVENT_KINDS.iter().find(|kind| {
            kind.iter().enumerate().all(|(j, w)| {
                let t = self.tok(k + j);
                t.is_some_and(|t| {
                    same_word(t.w, w)
                        || (j == 0 && t.forms.iter().any(|f| same_word(f, w) && f == w))
                })
            })
        })?;
        // Arabic: a kind word without a year must be definite ("الانتخابات", not "انتخابات").
        let first_definite = self
            .tok(k)
            .is_some_and(|t| t.w.starts_with("ال") || t.forms.iter().any(|f| f.starts_with("ال")));
        let mut words: Vec<&str> = kind.to_vec();
        k += kind.len();
        let names_with = |words: &[&str]| -> Vec<Date> {
            let mut ds: Vec<Date> = self
                .events
                .iter()
                .filter(|(name, _)| {
                    name.windows(words.len())
                        .any(|win| win.iter().zip(words).all(|(a, b)| same_word(a, b)))
                })
                .flat_map(|(_, ds)| ds.iter().copied())
                .collect();
            crate::sort_by_u64_key(&mut ds, |d| crate::date_key(*d));
            ds.dedup();
            ds
        };
        let mut dates = names_with(&words);
        // Longer: "الانتخابات الرئاسية" (names containing both words).
        while words.len() < 5 {
            let Some(t) = self.tok(k).filter(|t| t.word && self.num(k).is_none()) else {
                break;
            };
            let mut longer = words.clone();
            longer.push(t.w);
            let ds = names_with(&longer);
            if ds.is_empty() {
                if ar && t.w.starts_with("ال") && !self.is(k, AR_EVENT_NOUNS) {
                    return None;
                }
                break;
            }
            words = longer;
            dates = ds;
            k += 1;
        }
        if dates.is_empty() {
            return None;
        }
        let year = match year {
            Some(y) => Some(y),
            None if ar => self.year_num(k, 1900, 2100).inspect(|_| k += 1),
            None => None,
        };
        if let Some(y) = year {
            let of_year: Vec<Date> = dates.into_iter().filter(|d| d.year() as i32 == y).collect();
            let [d] = of_year.as_slice() else { return None };
            let mut s = Spec::new(Base::Event(*d), 0.8);
            s.shown = Some(Unit::Year(y));
            return Some((k, s));
        }
        if ar && !first_definite {
            return None;
        }
        let dn = day_number(self.doc?);
        let within = |lo: i64, hi: i64| -> Vec<Date> {
            dates
                .iter()
                .copied()
                .filter(|d| (lo..=hi).contains(&(day_number(*d) - dn)))
                .collect()
        };
        let pick = if upcoming {
            within(-730, 730)
        } else {
            within(-730, 0)
        };
        let pick = if pick.is_empty() && !upcoming {
            within(1, 90)
        } else {
            pick
        };
        let [d] = pick.as_slice() else { return None };
        Some((k, Spec::new(Base::Event(*d), 0.75)))
    }

    /// A bare year, accepted only where it reads as a date: not an amount ("2024 مليار",
    /// "$2024"), not a quantity after "about", not inside a longer number.
    fn bare_year(&self, i: usize, ctx: bool) -> Option<Hit> {
        let y = self.year_num(i, 1900, 2100)?;
        let prev_adj = i > 0 && self.adjacent(i - 1);
        let next_adj = self.adjacent(i);
        if (!ctx
            && prev_adj
            && self.exact(
                i.wrapping_sub(1),
                &[",", ".", "$", "€", "£", "#", ":", "/", "-"],
            ))
            || (next_adj
                && self.exact(i + 1, &[",", ".", ":", "%", "/", "-"])
                && self.num(i + 2).is_some())
            || (next_adj && self.exact(i + 1, &["%"]))
        {
            return None;
        }
        if self.is(i + 1, AMOUNT_AFTER) || (i > 0 && self.is(i - 1, AMOUNT_BEFORE)) {
            return None;
        }
        if i > 0 && self.is(i - 1, APPROX_QTY) && !self.is_boundary(i + 1) {
            return None;
        }
        // "the 2024 election": fine; a count before ("3 2024") is not.
        if i > 0 && self.num(i - 1).is_some() {
            return None;
        }
        Some((
            i + 1,
            Spec::new(Base::Abs(Unit::Year(y)), if ctx { 0.8 } else { 0.6 }),
        ))
    }

    /// After a relation, an occasion named by a noun and its year: "مع اقتراب انتخابات 2024",
    /// "قبل مونديال 2022", "ahead of the 2024 election". The value is the year.
    fn named_year(&self, i: usize) -> Option<Hit> {
        if self.lang == Lang::Ar {
            for n in 1..=2 {
                let words_ok = (i..i + n).all(|k| {
                    self.tok(k).is_some_and(|t| {
                        t.word && self.num(k).is_none() && !self.is(k, AMOUNT_BEFORE)
                    })
                });
                if words_ok {
                    if let Some(y) = self.year_num(i + n, 1900, 2100) {
                        // "الفترة 2010-2018" is a range, read at the year.
                        let span =
                            self.exact(i + n + 1, &["-", "–"]) && self.num(i + n + 2).is_some();
                        if !self.is(i + n + 1, AMOUNT_AFTER) && !span {
                            return Some((i + n + 1, Spec::new(Base::Abs(Unit::Year(y)), 0.7)));
                        }
                    }
                }
            }
            return None;
        }
        let k = if self.exact(i, &["the"]) { i + 1 } else { i };
        let y = self.year_num(k, 1900, 2100)?;
        let noun = self
            .tok(k + 1)
            .filter(|t| t.word && self.num(k + 1).is_none() && !self.is(k + 1, AMOUNT_AFTER))?;
        let _ = noun;
        Some((k + 2, Spec::new(Base::Abs(Unit::Year(y)), 0.7)))
    }

    // ----- durations -----

    /// "ثلاث سنوات", "يومين", "أيام قليلة", "بضعة أسابيع", "three years", "a few days":
    /// (end, count or None for vague, unit).
    fn duration(&self, i: usize) -> Option<(usize, Option<i64>, Gran)> {
        let ar = self.lang == Lang::Ar;
        let mut k = i;
        let mut count: Option<Option<i64>> = None;
        if let Some((v, l)) = self.num(k) {
            if l <= 3 {
                count = Some(Some(v));
                k += 1;
            }
        } else if ar {
            if let Some(v) = self.lookup(k, AR_NUMBERS) {
                count = Some(Some(v));
                k += 1;
            } else if self.is(k, AR_FEW) {
                count = Some(None);
                k += 1;
            } else if self.exact(k, &["عدد"]) && self.exact(k + 1, &["من"]) {
                count = Some(None);
                k += 2;
            }
        } else if let Some(e) = self
            .seq(k, &["a", "few"])
            .or_else(|| self.seq(k, &["a", "couple", "of"]))
            .or_else(|| self.seq(k, &["several"]))
            .or_else(|| self.seq(k, &["some"]))
            .or_else(|| self.seq(k, &["few"]))
        {
            count = Some(if self.w(k + 1) == "couple" {
                Some(2)
            } else {
                None
            });
            k = e;
        } else if let Some(v) = self.lookup(k, EN_NUMBERS) {
            count = Some(Some(v));
            k += 1;
        }
        let (g, implied) = self.lookup(k, if ar { AR_UNITS } else { EN_UNITS })?;
        k += 1;
        let n = match (count, implied) {
            (Some(c), _) => c,
            (None, 0) => None,
            (None, c) => Some(c),
        };
        if count.is_none() && implied == 1 {
            // "قبل عام 2024" (before the year 2024), "بعد يوم الثلاثاء": not a duration.
            if self.year_num(k, 1000, 2999).is_some()
                || self.month(k).is_some()
                || self.lookup(k, AR_WEEKDAYS).is_some()
            {
                return None;
            }
        }
        if ar && self.is(k, AR_VAGUE) {
            k += 1;
        }
        if let Some(c) = n {
            if !(0..=1000).contains(&c) {
                return None;
            }
        }
        Some((k, n, g))
    }

    /// After a relation word: "قبل يومين", "منذ ثلاث سنوات", "قبل أيام قليلة", "بعد أيام",
    /// "بعد يومين من الإعلان", "days after the election".
    fn duration_phrase(&self, j: usize, rel: RelW) -> Option<Hit> {
        let (mut k, n, g) = self.duration(j)?;
        let mut base = None;
        if self.exact(k, &["من", "علي"]) {
            if let Some((k2, s)) = self.target(k + 1) {
                base = Some(s);
                k = k2;
            }
        }
        let before = match rel {
            RelW::Rel(Rel::Since) | RelW::Rel(Rel::Before(_)) => true,
            RelW::Rel(Rel::After(_)) => false,
            _ => return None,
        };
        let target_given = base.is_some();
        let spec = base
            .unwrap_or_else(|| Spec::new(if before { Base::Doc } else { Base::PrevOrDoc }, 0.8));
        let conf = if target_given { 0.85 } else { 0.8 };
        Some((k, offset(spec, n, g, before, conf)))
    }

    // ----- top level -----

    fn relation(&self, i: usize) -> (usize, RelW) {
        let table = if self.lang == Lang::Ar {
            AR_RELATIONS
        } else {
            EN_RELATIONS
        };
        for (words, r) in table {
            if let Some(e) = self.seq(i, words) {
                return (e, *r);
            }
        }
        (i, RelW::Plain)
    }

    /// A stretch counted from the document date: "within two years", "over the next three
    /// months", "خلال عامين" (by then: the date N units on) and "over the past two years",
    /// "خلال العامين الماضيين" (since then: the date N units back).
    fn span_from_now(&self, i: usize) -> Option<Hit> {
        let ar = self.lang == Lang::Ar;
        let (k, ahead) = if ar {
            if self.is(i, &["خلال", "غضون"]) {
                (i + 1, None)
            } else if self.exact(i, &["في"]) && self.exact(i + 1, &["غضون"]) {
                (i + 2, None)
            } else {
                return None;
            }
        } else if self.exact(i, &["within"]) {
            (i + 1, Some(true))
        } else if let Some(e) = self
            .seq(i, &["over", "the", "next"])
            .or_else(|| self.seq(i, &["in", "the", "next"]))
        {
            (e, Some(true))
        } else if let Some(e) = self
            .seq(i, &["over", "the", "past"])
            .or_else(|| self.seq(i, &["in", "the", "past"]))
            .or_else(|| self.seq(i, &["over", "the", "last"]))
        {
            (e, Some(false))
        } else {
            return None;
        };
        // Arabic: "خلال العامين الماضيين" looks back, "خلال عامين" ahead.
        let definite = ar && self.w(k).starts_with("ال");
        let (end, Some(n), g) = self.duration(k)? else {
            return None;
        };
        if !matches!(g, Gran::Year | Gran::Month | Gran::Week | Gran::Day) {
            return None;
        }
        let (end, ahead) = match ahead {
            Some(a) => (end, a),
            None if definite && self.is(end, AR_PAST) => (end + 1, false),
            None if definite => return None,
            None => (end, true),
        };
        if !(1..=50).contains(&n) {
            return None;
        }
        Some((
            end,
            offset(Spec::new(Base::Doc, 0.75), Some(n), g, !ahead, 0.75),
        ))
    }

    /// Phrases that stand alone: "بعد غد", "بعد ذلك (بشهرين)", "بعد الإعلان", "days later",
    /// "three years ago", "after that".
    fn standalone(&self, i: usize) -> Option<Hit> {
        let ar = self.lang == Lang::Ar;
        if let Some(hit) = self.span_from_now(i) {
            return Some(hit);
        }
        if ar {
            let before = if self.is(i, &["بعد", "عقب", "اثر"]) {
                false
            } else if self.is(i, &["قبل"]) {
                true
            } else {
                return None;
            };
            if self.exact(i + 1, &["غد"]) && !before {
                return Some((
                    i + 2,
                    Spec::new(Base::Doc, 0.85).op(Op::Shift(2, Gran::Day)),
                ));
            }
            // "بعد وصوله بيوم", "قبل الاجتماع بأسبوعين": an offset from what was just narrated.
            if self.tok(i + 1).is_some_and(|t| t.word)
                && self.num(i + 1).is_none()
                && self.w(i + 2).starts_with('ب')
                && self.event(i + 1).is_none()
            {
                if let Some((e, Some(n), g)) = self.duration(i + 2) {
                    return Some((
                        e,
                        offset(Spec::new(Base::Prev, 0.7), Some(n), g, before, 0.7),
                    ));
                }
            }
            let mut k = i + 1;
            let demonstrative = self.exact(k, &["ذلك", "هذا", "هذه", "تلك"]);
            if demonstrative {
                k += 1;
            }
            let noun = self.exact(k, AR_EVENT_NOUNS) && (demonstrative || self.is_boundary(k + 1));
            if !(noun
                || (demonstrative
                    && self.exact(i + 1, &["ذلك"])
                    && !self.tok(k).is_some_and(|t| t.word && t.w.starts_with("ال"))))
            {
                return None;
            }
            if noun {
                k += 1;
            }
            // "بعد ذلك بشهرين", "بعد الإعلان بأيام"
            if self.w(k).starts_with('ب') {
                if let Some((e, n, g)) = self.duration(k) {
                    return Some((e, offset(Spec::new(Base::Prev, 0.8), n, g, before, 0.8)));
                }
            }
            let rel = if before {
                Rel::Before(None)
            } else {
                Rel::After(None)
            };
            let mut s = Spec::new(Base::Prev, 0.6);
            s.rel = rel;
            return Some((k, s));
        }
        // English: "three years ago", "days later", "two weeks after the election".
        if let Some((k, n, g)) = self.duration(i) {
            match self.w(k) {
                "ago" | "earlier" if self.w(k) == "ago" || n.is_some() => {
                    let base = if self.w(k) == "ago" {
                        Base::Doc
                    } else {
                        Base::Prev
                    };
                    return Some((k + 1, offset(Spec::new(base, 0.85), n, g, true, 0.85)));
                }
                "later" | "afterwards" | "afterward" => {
                    return Some((k + 1, offset(Spec::new(Base::Prev, 0.8), n, g, false, 0.8)));
                }
                "after" | "before" => {
                    let before = self.w(k) == "before";
                    let (k2, s) = self.target(k + 1)?;
                    return Some((k2, offset(s, n, g, before, 0.85)));
                }
                _ => {}
            }
        }
        if self.exact(i, &["afterwards", "afterward"])
            || self.seq(i, &["after", "that"]).is_some()
            || self.seq(i, &["after", "this"]).is_some()
        {
            let e = if self.exact(i, &["after"]) {
                i + 2
            } else {
                i + 1
            };
            let mut s = Spec::new(Base::Prev, 0.55);
            s.rel = Rel::After(None);
            return Some((e, s));
        }
        if self.exact(i, &["after", "before"])
            && self.exact(i + 1, &["the"])
            && self.exact(i + 2, EN_EVENT_NOUNS)
            && self.is_boundary(i + 3)
            && self.event(i + 1).is_none()
        {
            let mut s = Spec::new(Base::Prev, 0.6);
            s.rel = if self.w(i) == "after" {
                Rel::After(None)
            } else {
                Rel::Before(None)
            };
            return Some((i + 3, s));
        }
        None
    }

    fn parse_at(&self, i: usize) -> Option<Hit> {
        if !self.tok(i)?.word {
            return None;
        }
        let standalone = self.standalone(i);
        let (j, rel) = self.relation(i);
        let hit = if j > i {
            self.duration_phrase(j, rel).or_else(|| {
                let upcoming = matches!(
                    rel,
                    RelW::Approach(_) | RelW::Rel(Rel::Before(_)) | RelW::Eve
                );
                let core = self
                    .event_near(j, upcoming)
                    .or_else(|| self.modded_core(j, true))
                    .or_else(|| self.named_year(j));
                core.map(|(k, s)| self.with_relation(k, s, rel))
            })
        } else {
            None
        };
        let hit = hit
            .or_else(|| self.anniversary(i))
            .or_else(|| self.modded_core(i, false));
        let range = self.range(i).or_else(|| {
            if j > i && rel == RelW::Plain {
                self.range(j)
            } else {
                None
            }
        });
        // The longest reading wins.
        [range, standalone, hit]
            .into_iter()
            .flatten()
            .fold(None, |best: Option<Hit>, h| match best {
                Some(b) if b.0 >= h.0 => Some(b),
                _ => Some(h),
            })
    }

    fn with_relation(&self, k: usize, mut s: Spec, rel: RelW) -> Hit {
        let day_ref =
            matches!(s.base, Base::Event(_) | Base::Abs(Unit::Day(_))) && s.ops.is_empty();
        match rel {
            RelW::Plain => {}
            RelW::Rel(Rel::By) => s.rel = Rel::By,
            RelW::Rel(Rel::Approx) => {
                s.rel = if s.modi.is_some() {
                    Rel::Plain
                } else {
                    Rel::Approx
                }
            }
            RelW::Rel(r @ (Rel::Before(_) | Rel::After(_))) => {
                // "بعد انتخاب ترامب بأيام", "قبل التنصيب بيومين"
                if self.lang == Lang::Ar && self.w(k).starts_with('ب') {
                    if let Some((e, n, g)) = self.duration(k) {
                        let before = matches!(r, Rel::Before(_));
                        return (e, offset(s, n, g, before, 0.85));
                    }
                }
                s.rel = r;
            }
            RelW::Rel(r) => s.rel = r,
            RelW::Approach(w) => {
                if s.modi.is_none() {
                    s.rel = Rel::Before(Some(w));
                }
            }
            RelW::Eve | RelW::Morrow => {
                let n = if rel == RelW::Eve { -1 } else { 1 };
                if day_ref {
                    s.ops.push(Op::Shift(n, Gran::Day));
                } else {
                    s.rel = if n < 0 {
                        Rel::Before(Some(7))
                    } else {
                        Rel::After(Some(7))
                    };
                }
            }
        }
        (k, s)
    }
}

/// An offset from a base: `n` units of `g` before or after it, or (n = None) a vague window.
/// The year the last sports season ended in ("last season", "الموسم الماضي").
fn last_season() -> Spec {
    Spec::new(Base::Doc, 0.6)
        .op(Op::Shift(-5, Gran::Month))
        .op(Op::Contain(Gran::Year))
}

fn offset(mut s: Spec, n: Option<i64>, g: Gran, before: bool, conf: f32) -> Spec {
    s.conf = conf;
    match n {
        Some(c) if g == Gran::Hour => {
            let _ = c;
            s.ops.push(Op::Contain(Gran::Day));
            s.conf *= 0.8;
        }
        Some(c) => {
            let c = if before { -c } else { c };
            // Weeks are counted in days so that "a week after the 21st" is the 28th.
            if g == Gran::Week {
                s.ops.push(Op::Shift(c * 7, Gran::Day));
            } else {
                s.ops.push(Op::Shift(c, g));
            }
        }
        None => {
            let w = vague_window(g);
            s.rel = if before {
                Rel::Before(Some(w))
            } else {
                Rel::After(Some(w))
            };
            s.conf *= 0.8;
            s.vague = true;
        }
    }
    s
}

/// All temporal expressions of the text, in order, with their resolution (see the module doc).
pub fn find_dates(nt: &NormText, lang: Lang, doc: Option<CivilDate>, kb: &Kb) -> Vec<TimeExpr> {
    let p = Parser::new(nt, lang, doc, kb);
    let mut out = Vec::new();
    let mut ctx = Ctx { doc, prev: None };
    let mut i = 0;
    while i < p.toks.len() {
        let Some((end, spec)) = p.parse_at(i).filter(|(e, _)| *e > i && *e <= p.toks.len()) else {
            i += 1;
            continue;
        };
        let (s, e) = (p.toks[i].s, p.toks[end - 1].e);
        let (start, stop) = nt.orig_range(s, e);
        let resolved = resolve(&spec, &ctx);
        if let Some((_, narr)) = &resolved {
            if !spec.vague_deictic() {
                ctx.prev = Some(*narr);
            }
        }
        out.push(TimeExpr {
            start,
            end: stop,
            text: nt.slice(start, stop),
            resolved: resolved.map(|r| r.0),
        });
        i = end;
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Scoring a date phrase set.

/// Correct out of total.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Score {
    pub ok: usize,
    pub total: usize,
    pub accuracy: f64,
}

impl Score {
    fn add(&mut self, good: bool) {
        self.total += 1;
        self.ok += good as usize;
        self.accuracy = self.ok as f64 / self.total as f64;
    }
}

/// The figures of [`eval`]: overall, per language, per class, per language and class
/// (`"ar/range"`), and the rows missed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct EvalReport {
    pub overall: Score,
    pub by_lang: std::collections::BTreeMap<String, Score>,
    pub by_class: std::collections::BTreeMap<String, Score>,
    pub by_lang_class: std::collections::BTreeMap<String, Score>,
    /// Rows not scored: Hijri rows in a build without the `hijri` feature.
    pub skipped: usize,
    /// One line per missed row: language, class, phrase, wanted and found values.
    pub misses: Vec<String>,
}

/// The name of a modifier as the phrase set writes it ("" for none).
pub fn mod_name(m: Option<DateMod>) -> &'static str {
    match m {
        None => "",
        Some(DateMod::Start) => "start",
        Some(DateMod::Mid) => "mid",
        Some(DateMod::End) => "end",
        Some(DateMod::Before) => "before",
        Some(DateMod::After) => "after",
        Some(DateMod::Approx) => "approx",
    }
}

/// Scores a date phrase set (the TSV of `tests/data/dates/phrases.tsv`: lang, class, ref_date,
/// prev, sentence, phrase, value, mod, note). Each row's text is `prev` then `sentence`; a row
/// is right when an expression overlapping the phrase (its last occurrence) resolves to the
/// row's value and mod. Comment lines (`#`), the header and short rows are ignored; without the
/// `hijri` feature Hijri rows are skipped, not failed.
pub fn eval(tsv: &str, kb: &Kb) -> EvalReport {
    let mut rep = EvalReport::default();
    for line in tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("lang\t") && !l.trim().is_empty())
    {
        let f: Vec<&str> = line.split('\t').collect();
        let [lang_s, class, refd, prev, sentence, phrase, value, md, ..] = f.as_slice() else {
            continue;
        };
        if *class == "hijri" && !cfg!(feature = "hijri") {
            rep.skipped += 1;
            continue;
        }
        let lang = if *lang_s == "ar" { Lang::Ar } else { Lang::En };
        let text = if prev.is_empty() {
            sentence.to_string()
        } else {
            format!("{prev} {sentence}")
        };
        let Some(byte) = text.rfind(phrase) else {
            continue;
        };
        let ps = text[..byte].chars().count();
        let pe = ps + phrase.chars().count();
        let nt = NormText::new(&text);
        let exprs = find_dates(&nt, lang, crate::parse_iso_date(refd), kb);
        let got: Vec<(String, &str)> = exprs
            .iter()
            .filter(|e| e.start < pe && ps < e.end)
            .filter_map(|e| {
                e.resolved
                    .as_ref()
                    .map(|r| (r.value.clone(), mod_name(r.mod_)))
            })
            .collect();
        let good = got.iter().any(|(v, m)| v == value && m == md);
        rep.overall.add(good);
        rep.by_lang.entry(lang_s.to_string()).or_default().add(good);
        rep.by_class.entry(class.to_string()).or_default().add(good);
        rep.by_lang_class
            .entry(format!("{lang_s}/{class}"))
            .or_default()
            .add(good);
        if !good {
            rep.misses.push(format!(
                "{lang_s} {class} [{phrase}] want {value} {md} got {got:?}"
            ));
        }
    }
    rep
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize;

    fn kb() -> Kb {
        Kb::parse(include_str!("../kb/events.kb")).unwrap()
    }

    fn run(text: &str, lang: Lang, doc: &str) -> Vec<TimeExpr> {
        find_dates(
            &NormText::new(text),
            lang,
            crate::parse_iso_date(doc),
            &kb(),
        )
    }

    /// (text, document date, phrase that must be found, value, mod)
    type Row = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        Option<DateMod>,
    );

    fn check(lang: Lang, rows: &[Row]) {
        let mut bad = Vec::new();
        for &(text, doc, phrase, value, m) in rows {
            let exprs = run(text, lang, doc);
            let hit = exprs
                .iter()
                .find(|e| e.text.contains(phrase) || phrase.contains(e.text.as_str()));
            let got = hit
                .and_then(|e| e.resolved.as_ref())
                .map(|r| (r.value.as_str(), r.mod_));
            if got != Some((value, m)) {
                bad.push(format!(
                    "{text:?}: want {value} {m:?}, got {got:?} from {:?}",
                    exprs.iter().map(|e| &e.text).collect::<Vec<_>>()
                ));
            }
        }
        assert!(bad.is_empty(), "{bad:#?}");
    }

    use DateMod::*;

    #[test]
    fn arabic_absolute_dates_and_month_families() {
        check(
            Lang::Ar,
            &[
                (
                    "وقع الاتفاق في 5 يونيو 2024 بالقاهرة",
                    "2025-01-01",
                    "5 يونيو 2024",
                    "2024-06-05",
                    None,
                ),
                (
                    "في الخامس من يونيو 2024 وقع",
                    "2025-01-01",
                    "الخامس من يونيو 2024",
                    "2024-06-05",
                    None,
                ),
                (
                    "في الحادي والعشرين من يناير 2025",
                    "2025-02-01",
                    "الحادي والعشرين من يناير 2025",
                    "2025-01-21",
                    None,
                ),
                (
                    "صدر القرار بتاريخ 5/6/2024",
                    "2025-01-01",
                    "5/6/2024",
                    "2024-06-05",
                    None,
                ),
                (
                    "صدر القرار بتاريخ ٥/٦/٢٠٢٤",
                    "2025-01-01",
                    "٥/٦/٢٠٢٤",
                    "2024-06-05",
                    None,
                ),
                (
                    "في يونيو/حزيران 2024",
                    "2025-01-01",
                    "يونيو/حزيران 2024",
                    "2024-06",
                    None,
                ),
                (
                    "في 27 كانون الثاني 2020",
                    "2020-02-01",
                    "27 كانون الثاني 2020",
                    "2020-01-27",
                    None,
                ),
                (
                    "في 3 كانون الأول 2020",
                    "2021-02-01",
                    "3 كانون الأول 2020",
                    "2020-12-03",
                    None,
                ),
                (
                    "في 17 تشرين الأول 2019",
                    "2020-02-01",
                    "17 تشرين الأول 2019",
                    "2019-10-17",
                    None,
                ),
                (
                    "في 20 تشرين الثاني 2019",
                    "2020-02-01",
                    "20 تشرين الثاني 2019",
                    "2019-11-20",
                    None,
                ),
                (
                    "يوم 4 آب 2020",
                    "2020-09-01",
                    "4 آب 2020",
                    "2020-08-04",
                    None,
                ),
                (
                    "في 1 جانفي 2023",
                    "2023-02-01",
                    "1 جانفي 2023",
                    "2023-01-01",
                    None,
                ),
                (
                    "يوم 29 غشت 2024",
                    "2024-09-01",
                    "29 غشت 2024",
                    "2024-08-29",
                    None,
                ),
                (
                    "في 30 يونية 2021",
                    "2021-09-01",
                    "30 يونية 2021",
                    "2021-06-30",
                    None,
                ),
                (
                    "في شهر مارس 2022",
                    "2023-01-01",
                    "مارس 2022",
                    "2022-03",
                    None,
                ),
            ],
        );
    }

    #[test]
    fn arabic_years_parts_seasons_and_modifiers() {
        check(
            Lang::Ar,
            &[
                (
                    "تأسست الشركة عام 2015",
                    "2024-01-01",
                    "عام 2015",
                    "2015",
                    None,
                ),
                (
                    "مع اقتراب انتخابات 2024 تحوط",
                    "2025-02-10",
                    "انتخابات 2024",
                    "2024",
                    Some(Before),
                ),
                (
                    "في الربع الأول من 2024 ارتفعت",
                    "2024-06-01",
                    "الربع الأول من 2024",
                    "2024-Q1",
                    None,
                ),
                (
                    "في النصف الثاني من العام الماضي",
                    "2024-06-01",
                    "النصف الثاني من العام الماضي",
                    "2023-H2",
                    None,
                ),
                ("خلال صيف 2024", "2024-12-01", "صيف 2024", "2024-SU", None),
                (
                    "في أوائل يونيو/حزيران 2024",
                    "2025-02-10",
                    "أوائل يونيو/حزيران 2024",
                    "2024-06",
                    Some(Start),
                ),
                (
                    "بحلول منتصف عام 2024",
                    "2025-02-10",
                    "منتصف عام 2024",
                    "2024",
                    Some(Mid),
                ),
                (
                    "في أواخر 2023",
                    "2024-02-10",
                    "أواخر 2023",
                    "2023",
                    Some(End),
                ),
                (
                    "قبل نهاية 2024",
                    "2024-02-10",
                    "نهاية 2024",
                    "2024",
                    Some(End),
                ),
                ("منذ 2019 تعمل", "2024-02-10", "منذ 2019", "2019", None),
                (
                    "في حدود عام 2005",
                    "2024-02-10",
                    "عام 2005",
                    "2005",
                    Some(Approx),
                ),
                (
                    "في العام المقبل",
                    "2024-02-10",
                    "العام المقبل",
                    "2025",
                    None,
                ),
                ("هذا العام", "2024-02-10", "هذا العام", "2024", None),
            ],
        );
    }

    #[test]
    fn amounts_are_not_years() {
        for text in [
            "بقيمة 2024 مليار دولار",
            "دفع 2000 دولار",
            "نحو 2000 شخص في الساحة",
            "رقم 1999 في القائمة",
        ] {
            let exprs = run(text, Lang::Ar, "2024-01-01");
            assert!(exprs.is_empty(), "{text}: {exprs:?}");
        }
        assert!(run("paid $2024 for 2000 units", Lang::En, "2024-01-01").is_empty());
    }

    #[test]
    fn arabic_deictic_expressions_use_the_document_date() {
        check(
            Lang::Ar,
            &[
                ("قال أمس إن", "2025-02-10", "أمس", "2025-02-09", None),
                ("وقال البارحة", "2025-02-10", "البارحة", "2025-02-09", None),
                ("أول أمس", "2025-02-10", "أول أمس", "2025-02-08", None),
                ("سيعلن غدا", "2025-02-10", "غدا", "2025-02-11", None),
                (
                    "أعلن اليوم الاثنين",
                    "2025-02-10",
                    "اليوم",
                    "2025-02-10",
                    None,
                ),
                (
                    "في الأسبوع الماضي",
                    "2025-02-10",
                    "الأسبوع الماضي",
                    "2025-W06",
                    None,
                ),
                (
                    "في الشهر الماضي",
                    "2025-02-10",
                    "الشهر الماضي",
                    "2025-01",
                    None,
                ),
                ("العام الماضي", "2025-02-10", "العام الماضي", "2024", None),
                (
                    "قبل أيام قليلة",
                    "2025-02-10",
                    "قبل أيام قليلة",
                    "2025-02",
                    Some(Before),
                ),
                ("منذ ثلاث سنوات", "2025-02-10", "منذ ثلاث سنوات", "2022", None),
                ("قبل يومين", "2025-02-10", "قبل يومين", "2025-02-08", None),
                (
                    "قبل عشرين عاما",
                    "2025-02-10",
                    "قبل عشرين عاما",
                    "2005",
                    None,
                ),
                // 2025-02-10 is a Monday: the last Tuesday is the 4th.
                (
                    "التقى الثلاثاء الماضي",
                    "2025-02-10",
                    "الثلاثاء الماضي",
                    "2025-02-04",
                    None,
                ),
                (
                    "التقى يوم الثلاثاء",
                    "2025-02-10",
                    "يوم الثلاثاء",
                    "2025-02-04",
                    None,
                ),
                (
                    "سيلتقي يوم الثلاثاء",
                    "2025-02-10",
                    "يوم الثلاثاء",
                    "2025-02-11",
                    None,
                ),
                (
                    "في الليلة الماضية",
                    "2025-02-10",
                    "الليلة الماضية",
                    "2025-02-09",
                    None,
                ),
            ],
        );
        // No document date: reported, not guessed.
        let exprs = find_dates(&NormText::new("قال أمس"), Lang::Ar, None, &kb());
        assert_eq!(exprs.len(), 1);
        assert!(exprs[0].resolved.is_none());
    }

    #[test]
    fn arabic_anaphora_use_the_narrated_date() {
        check(
            Lang::Ar,
            &[
                (
                    "التقيا في 5 يونيو 2024. وفي الشهر التالي وقعا",
                    "2025-02-10",
                    "الشهر التالي",
                    "2024-07",
                    None,
                ),
                (
                    "التقيا في 5 يونيو 2024. وفي اليوم التالي وقعا",
                    "2025-02-10",
                    "اليوم التالي",
                    "2024-06-06",
                    None,
                ),
                (
                    "التقيا عام 2019. وفي العام التالي وقعا",
                    "2025-02-10",
                    "العام التالي",
                    "2020",
                    None,
                ),
                (
                    "التقيا في 5 يونيو 2024. وبعد أيام وقعا",
                    "2025-02-10",
                    "بعد أيام",
                    "2024-06",
                    Some(After),
                ),
                (
                    "التقيا في 5 يونيو 2024. وبعد أسبوع وقعا",
                    "2025-02-10",
                    "بعد أسبوع",
                    "2024-06-12",
                    None,
                ),
                (
                    "التقيا في 5 يونيو 2024. وبعد ذلك بشهرين وقعا",
                    "2025-02-10",
                    "بعد ذلك بشهرين",
                    "2024-08",
                    None,
                ),
                (
                    "التقيا في 5 يونيو 2024. وفي ذلك المساء وقعا",
                    "2025-02-10",
                    "ذلك المساء",
                    "2024-06-05",
                    None,
                ),
                (
                    "التقيا في 5 يونيو 2024. وبعد الإعلان، وقعا",
                    "2025-02-10",
                    "بعد الإعلان",
                    "2024-06",
                    Some(After),
                ),
            ],
        );
        // Nothing narrated before: unresolved.
        let exprs = run("وفي الشهر التالي وقعا", Lang::Ar, "2025-02-10");
        assert!(exprs[0].resolved.is_none(), "{exprs:?}");
        // "The next day" after a year-only date is not guessed.
        let exprs = run(
            "التقيا عام 2019. وفي اليوم التالي وقعا",
            Lang::Ar,
            "2025-02-10",
        );
        assert!(exprs[1].resolved.is_none(), "{exprs:?}");
    }

    #[test]
    fn arabic_event_relative_dates() {
        check(
            Lang::Ar,
            &[
                (
                    "وفي اليوم التالي للتنصيب، وقف",
                    "2025-02-10",
                    "اليوم التالي للتنصيب",
                    "2025-01-21",
                    None,
                ),
                (
                    "وبعد انتخاب ترامب، اكتسبت",
                    "2025-02-10",
                    "بعد انتخاب ترامب",
                    "2024-11",
                    Some(After),
                ),
                (
                    "مع اقتراب تنصيب ترامب، التقى",
                    "2025-02-10",
                    "مع اقتراب تنصيب ترامب",
                    "2025-01",
                    Some(Before),
                ),
                (
                    "مع اقتراب تنصيب ترامب، التقى",
                    "2025-01-08",
                    "مع اقتراب تنصيب ترامب",
                    "2025-01",
                    Some(Before),
                ),
                (
                    "وبعد انتخاب ترامب، اكتسبت",
                    "2017-03-01",
                    "بعد انتخاب ترامب",
                    "2016-11",
                    Some(After),
                ),
                (
                    "بعد شهر من هجوم السابع من أكتوبر",
                    "2023-12-20",
                    "بعد شهر من هجوم السابع من أكتوبر",
                    "2023-11",
                    None,
                ),
                (
                    "الذكرى الأولى للغزو الروسي",
                    "2023-02-24",
                    "الذكرى الأولى للغزو الروسي",
                    "2023-02-24",
                    None,
                ),
            ],
        );
    }

    #[test]
    fn english_expressions() {
        check(
            Lang::En,
            &[
                (
                    "It opened on June 5, 2024 in Cairo.",
                    "2025-01-01",
                    "June 5, 2024",
                    "2024-06-05",
                    None,
                ),
                (
                    "It opened on 5 June 2024.",
                    "2025-01-01",
                    "5 June 2024",
                    "2024-06-05",
                    None,
                ),
                (
                    "It opened in June 2024.",
                    "2025-01-01",
                    "June 2024",
                    "2024-06",
                    None,
                ),
                ("It opened in 2024.", "2025-01-01", "in 2024", "2024", None),
                (
                    "It opened in early June 2024.",
                    "2025-01-01",
                    "early June 2024",
                    "2024-06",
                    Some(Start),
                ),
                (
                    "It will open by mid-2024.",
                    "2023-01-01",
                    "mid-2024",
                    "2024",
                    Some(Mid),
                ),
                (
                    "Sales rose in the first quarter of 2024.",
                    "2025-01-01",
                    "the first quarter of 2024",
                    "2024-Q1",
                    None,
                ),
                (
                    "He spoke yesterday.",
                    "2025-02-10",
                    "yesterday",
                    "2025-02-09",
                    None,
                ),
                (
                    "He spoke last week.",
                    "2025-02-10",
                    "last week",
                    "2025-W06",
                    None,
                ),
                (
                    "He spoke on Tuesday.",
                    "2025-02-10",
                    "Tuesday",
                    "2025-02-04",
                    None,
                ),
                (
                    "He left three years ago.",
                    "2025-02-10",
                    "three years ago",
                    "2022",
                    None,
                ),
                (
                    "He left a few days ago.",
                    "2025-02-10",
                    "a few days ago",
                    "2025-02",
                    Some(Before),
                ),
                (
                    "They met on June 5, 2024. Days later, they signed.",
                    "2025-02-10",
                    "Days later",
                    "2024-06",
                    Some(After),
                ),
                (
                    "They met on June 5, 2024. The following month they signed.",
                    "2025-02-10",
                    "following month",
                    "2024-07",
                    None,
                ),
                (
                    "They met on June 5, 2024. The next day they signed.",
                    "2025-02-10",
                    "next day",
                    "2024-06-06",
                    None,
                ),
                (
                    "He signed orders the day after the inauguration.",
                    "2025-02-10",
                    "the day after the inauguration",
                    "2025-01-21",
                    None,
                ),
                (
                    "The peso fell after Trump's election.",
                    "2025-02-10",
                    "after Trump's election",
                    "2024-11",
                    Some(After),
                ),
                (
                    "They rushed ahead of the inauguration.",
                    "2025-01-08",
                    "ahead of the inauguration",
                    "2025-01",
                    Some(Before),
                ),
            ],
        );
    }

    #[test]
    fn events_named_by_their_kind_need_one_obvious_referent() {
        check(
            Lang::Ar,
            &[
                (
                    "ارتفعت الأسهم في اليوم التالي للانتخابات الرئاسية",
                    "2024-11-20",
                    "اليوم التالي للانتخابات الرئاسية",
                    "2024-11-06",
                    None,
                ),
                (
                    "كثفت إعلاناتها قبل الانتخابات بأسبوع",
                    "2024-12-01",
                    "قبل الانتخابات بأسبوع",
                    "2024-10-29",
                    None,
                ),
                (
                    "مع اقتراب انتخابات 2024 تحوط",
                    "2025-02-10",
                    "انتخابات 2024",
                    "2024",
                    Some(Before),
                ),
                (
                    "يصادف اليوم مرور ثلاث سنوات على استفتاء بريكست",
                    "2019-06-23",
                    "استفتاء بريكست",
                    "2016-06-23",
                    None,
                ),
            ],
        );
        check(
            Lang::En,
            &[
                (
                    "Qatar is racing ahead of the World Cup.",
                    "2022-10-15",
                    "ahead of the World Cup",
                    "2022-11",
                    Some(Before),
                ),
                (
                    "Kyiv marked the first anniversary of the invasion.",
                    "2023-02-24",
                    "the first anniversary of the invasion",
                    "2023-02-24",
                    None,
                ),
                (
                    "a week before the election",
                    "2024-12-01",
                    "a week before the election",
                    "2024-10-29",
                    None,
                ),
                (
                    "Polls close on Election Day.",
                    "2024-10-01",
                    "on Election Day",
                    "2024-11-05",
                    None,
                ),
            ],
        );
        let r = run("مع اقتراب انتخابات 2024 تحوط", Lang::Ar, "2025-02-10")[0]
            .resolved
            .clone()
            .unwrap();
        assert_eq!(
            (
                r.earliest.as_str(),
                r.latest.as_str(),
                r.anchor_value.as_deref()
            ),
            ("2024-10-06", "2024-11-04", Some("2024-11-05"))
        );
        // Another election, none within two years, no document date, a year without an event:
        // nothing is guessed.
        for (text, lang, doc) in [
            ("بعد الانتخابات البرلمانية", Lang::Ar, Some("2024-12-01")),
            ("after the election", Lang::En, Some("2023-06-01")),
            ("after the election", Lang::En, None),
            ("مع اقتراب انتخابات 2023", Lang::Ar, Some("2023-06-01")),
        ] {
            let exprs = find_dates(
                &NormText::new(text),
                lang,
                doc.and_then(crate::parse_iso_date),
                &kb(),
            );
            assert!(
                exprs.iter().all(|e| e
                    .resolved
                    .as_ref()
                    .is_none_or(|r| r.anchor != AnchorKind::NamedEvent)),
                "{text}: {exprs:?}"
            );
        }
    }

    #[test]
    fn ranges_take_what_the_start_leaves_out_from_the_end() {
        check(
            Lang::Ar,
            &[
                (
                    "تعقد القمة بين 3 و5 مارس 2024 في",
                    "2024-02-20",
                    "بين 3 و5 مارس 2024",
                    "2024-03-03/2024-03-05",
                    None,
                ),
                (
                    "ارتفعت من يناير إلى مارس 2024 بنسبة",
                    "2024-04-10",
                    "من يناير إلى مارس 2024",
                    "2024-01/2024-03",
                    None,
                ),
                (
                    "من 28 فبراير إلى 2 مارس 2024",
                    "2024-02-15",
                    "من 28 فبراير إلى 2 مارس 2024",
                    "2024-02-28/2024-03-02",
                    None,
                ),
                (
                    "من نوفمبر إلى فبراير 2024",
                    "2024-04-10",
                    "من نوفمبر إلى فبراير 2024",
                    "2023-11/2024-02",
                    None,
                ),
                (
                    "بين عامي 2015 و2020 نما",
                    "2021-06-30",
                    "بين عامي 2015 و2020",
                    "2015/2020",
                    None,
                ),
                (
                    "خلال الفترة 2010-2018 أدارت",
                    "2023-07-15",
                    "2010-2018",
                    "2010/2018",
                    None,
                ),
                (
                    "بين مارس وأبريل الماضيين",
                    "2020-05-05",
                    "بين مارس وأبريل الماضيين",
                    "2020-03/2020-04",
                    None,
                ),
                (
                    "في الربعين الأول والثاني من 2023",
                    "2024-03-15",
                    "الربعين الأول والثاني من 2023",
                    "2023-Q1/2023-Q2",
                    None,
                ),
            ],
        );
        check(
            Lang::En,
            &[
                (
                    "The fair runs October 10-12, 2023, at",
                    "2023-09-25",
                    "October 10-12, 2023",
                    "2023-10-10/2023-10-12",
                    None,
                ),
                (
                    "from Sept. 6 to 14, 2025",
                    "2025-10-01",
                    "from Sept. 6 to 14, 2025",
                    "2025-09-06/2025-09-14",
                    None,
                ),
                (
                    "between January and March of this year",
                    "2021-05-05",
                    "between January and March of this year",
                    "2021-01/2021-03",
                    None,
                ),
                (
                    "He served from 2019 to 2022.",
                    "2023-01-10",
                    "from 2019 to 2022",
                    "2019/2022",
                    None,
                ),
            ],
        );
        for (text, lang) in [
            ("ارتفع السعر من 10 إلى 12 مليار", Lang::Ar),
            ("output rose from 2000 to 3000 units", Lang::En),
            ("won 2-1", Lang::En),
        ] {
            let exprs = run(text, lang, "2024-01-01");
            assert!(
                exprs
                    .iter()
                    .all(|e| e.resolved.as_ref().is_none_or(|r| !r.value.contains('/'))),
                "{text}: {exprs:?}"
            );
        }
        // A range ending before it starts is not resolved; the bounds cover the range.
        let exprs = run("from 2022 to 2019", Lang::En, "2024-01-01");
        assert!(exprs.iter().all(|e| e.resolved.is_none()), "{exprs:?}");
        let r = run("بين 3 و5 مارس 2024", Lang::Ar, "2024-01-01")[0]
            .resolved
            .clone()
            .unwrap();
        assert_eq!(
            (r.earliest.as_str(), r.latest.as_str()),
            ("2024-03-03", "2024-03-05")
        );
    }

    #[cfg(feature = "hijri")]
    #[test]
    fn hijri_dates_are_umm_al_qura_days() {
        check(
            Lang::Ar,
            &[
                (
                    "يوم 15 رمضان 1446 هـ",
                    "2025-04-01",
                    "15 رمضان 1446",
                    "2025-03-15",
                    None,
                ),
                (
                    "في رمضان 1446",
                    "2025-04-01",
                    "رمضان 1446",
                    "2025-03-01/2025-03-29",
                    None,
                ),
                (
                    "غرة شوال 1445 هـ",
                    "2024-04-01",
                    "غرة شوال 1445",
                    "2024-04-10",
                    None,
                ),
                (
                    "في 10 ربيع الأول",
                    "2024-10-01",
                    "10 ربيع الأول",
                    "2024-09-13",
                    None,
                ),
                (
                    "يوم 20 ربيع الآخر 1445 هـ الموافق 4 نوفمبر 2023",
                    "2023-11-20",
                    "20 ربيع الآخر 1445",
                    "2023-11-04",
                    None,
                ),
                (
                    "يوم 20 ربيع الآخر 1445 هـ الموافق 4 نوفمبر 2023",
                    "2023-11-20",
                    "4 نوفمبر 2023",
                    "2023-11-04",
                    None,
                ),
            ],
        );
        check(
            Lang::En,
            &[(
                "on 1 Ramadan 1445 AH",
                "2024-03-05",
                "1 Ramadan 1445 AH",
                "2024-03-11",
                None,
            )],
        );
        // A day the month does not have, a Gregorian-looking year: no Hijri date.
        assert!(run("في 31 رمضان 1446", Lang::Ar, "2025-04-01")
            .iter()
            .all(|e| e.resolved.is_none()));
        assert!(run("في ربيع 2024", Lang::Ar, "2025-04-01")
            .iter()
            .all(|e| e.resolved.as_ref().is_none_or(|r| r.value == "2024-SP")));
    }

    #[test]
    fn spans_are_original_code_points() {
        let text = "وفي أوائلِ يونيو ٢٠٢٤ التقى";
        let exprs = run(text, Lang::Ar, "2025-01-01");
        let e = &exprs[0];
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
        assert_eq!(e.text, "وفي أوائلِ يونيو ٢٠٢٤");
    }

    #[test]
    fn a_weekday_between_commas_is_a_day() {
        let v = |text: &str| {
            run(text, Lang::Ar, "2025-07-08")
                .first()
                .and_then(|e| e.resolved.as_ref())
                .map(|r| r.value.clone())
        };
        assert_eq!(
            v("ووقعت الوزارة، الاثنين، عقدا مع الشركة.").as_deref(),
            Some("2025-07-07")
        );
        assert_eq!(v("ووقع الاثنان عقدا مع الشركة.").as_deref(), None);
    }

    #[test]
    fn a_season_already_over_is_the_next_one_in_the_future_tense() {
        let v = |text: &str| {
            run(text, Lang::En, "2025-10-02")
                .first()
                .and_then(|e| e.resolved.as_ref())
                .map(|r| r.value.clone())
        };
        assert_eq!(
            v("The band will tour Europe in the spring.").as_deref(),
            Some("2026-SP")
        );
        assert_eq!(v("Sales rose in the spring.").as_deref(), Some("2025-SP"));
        assert_eq!(
            v("The pilot plant opened on Thursday, and output is expected to grow.").as_deref(),
            Some("2025-10-02")
        );
    }

    #[test]
    fn arabic_current_month_last_season_and_early_this_week() {
        let v = |text: &str, doc: &str| {
            run(text, Lang::Ar, doc)
                .first()
                .and_then(|e| e.resolved.as_ref())
                .map(|r| r.value.clone())
        };
        // "of the current month" is the document's, even a day still ahead.
        assert_eq!(
            v(
                "قبل غلق نافذة الانتقالات في 31 يناير/كانون الثاني الجاري.",
                "2026-01-25"
            )
            .as_deref(),
            Some("2026-01-31")
        );
        // Last summer, read in January, is the year before's; next autumn, read in August,
        // is this year's.
        assert_eq!(
            v("انضم إليها الصيف الماضي قادما من ناديه.", "2026-01-25").as_deref(),
            Some("2025-SU")
        );
        assert_eq!(
            v("انضم إليها الصيف الماضي قادما من ناديه.", "2025-10-10").as_deref(),
            Some("2025-SU")
        );
        // In the summer, last summer is a year back.
        assert_eq!(
            v("انضم إليها الصيف الماضي قادما من ناديه.", "2025-07-10").as_deref(),
            Some("2024-SU")
        );
        assert_eq!(
            v("تدمج المراجعتان خلال الخريف المقبل.", "2025-08-29").as_deref(),
            Some("2025-FA")
        );
        // "the next cut … at the 2 October meeting": "next" in the sentence looks ahead.
        assert_eq!(
            v(
                "ورجحت أن يأتي الخفض المقبل في اجتماع 2 أكتوبر/تشرين الأول.",
                "2025-08-29"
            )
            .as_deref(),
            Some("2025-10-02")
        );
        // "that same day" after a narrated year: no day is known, so no first of January.
        let exprs = run(
            "وقعت الشركة طلبية في 2023. وفي اليوم ذاته وقعت شركة أخرى مذكرة تفاهم.",
            Lang::Ar,
            "2025-11-18",
        );
        assert!(
            exprs
                .iter()
                .filter_map(|e| e.resolved.as_ref())
                .all(|r| r.value != "2023-01-01"),
            "{exprs:?}"
        );
        // "early in the week" after a narrated quarter: the document's week.
        let exprs = run(
            "أعلنت الشركة أرباح الربع الثالث. وقررت الدول مطلع الأسبوع زيادة الإنتاج.",
            Lang::Ar,
            "2025-11-06",
        );
        let week = exprs
            .iter()
            .find(|e| e.text.contains("الأسبوع"))
            .and_then(|e| e.resolved.as_ref())
            .map(|r| r.value.clone());
        assert_eq!(week.as_deref(), Some("2025-W45"));
    }

    #[test]
    fn english_tense_of_the_dates_own_clause() {
        let v = |text: &str, doc: &str| {
            run(text, Lang::En, doc)
                .first()
                .and_then(|e| e.resolved.as_ref())
                .map(|r| r.value.clone())
        };
        // The dot of "Nov." ends no sentence: "will" still governs the date.
        assert_eq!(
            v(
                "The group will hold its next meeting on Nov. 30, he said.",
                "2025-11-03"
            )
            .as_deref(),
            Some("2025-11-30")
        );
        assert_eq!(
            v("His next court date was set for Oct. 1.", "2025-09-17").as_deref(),
            Some("2025-10-01")
        );
        // A noun "targets" and a reported "would" are no future.
        assert_eq!(
            v(
                "Members agreed on Sunday to raise their output targets.",
                "2025-11-03"
            )
            .as_deref(),
            Some("2025-11-02")
        );
        assert_eq!(
            v(
                "On May 13 the department said it would scrap the rule.",
                "2025-05-22"
            )
            .as_deref(),
            Some("2025-05-13")
        );
        // Another verb's clause after "and".
        assert_eq!(
            v(
                "The company set a price range on Tuesday and will sell shares.",
                "2026-02-10"
            )
            .as_deref(),
            Some("2026-02-10")
        );
        // A month that names a report; a schedule that "runs" ahead.
        assert_eq!(
            v(
                "The agency said in its October report that supply could exceed demand.",
                "2025-11-03"
            )
            .as_deref(),
            Some("2025-10")
        );
        assert_eq!(
            v("The May vote was close.", "2025-11-03").as_deref(),
            Some("2025-05")
        );
        assert_eq!(v("He may vote later.", "2025-11-03"), None);
        // Fixtures in the present, and a future marker far back in the clause.
        assert_eq!(
            v(
                "Arsenal, who play Tottenham on Sunday, are top.",
                "2025-11-22"
            )
            .as_deref(),
            Some("2025-11-23")
        );
        assert_eq!(
            v(
                "Shaibani is due to meet U.S. Secretary of State Marco Rubio on Thursday.",
                "2025-05-14"
            )
            .as_deref(),
            Some("2025-05-15")
        );
    }

    #[test]
    fn resolved_values_carry_bounds_and_anchor() {
        let exprs = run("وبعد انتخاب ترامب، اكتسبت", Lang::Ar, "2025-02-10");
        let r = exprs[0].resolved.as_ref().unwrap();
        assert_eq!(
            (r.earliest.as_str(), r.anchor, r.anchor_value.as_deref()),
            ("2024-11-06", AnchorKind::NamedEvent, Some("2024-11-05"))
        );
        assert!(r.confidence > 0.0 && r.confidence <= 1.0);
        let exprs = run("في أوائل يونيو 2024", Lang::Ar, "2025-02-10");
        let r = exprs[0].resolved.as_ref().unwrap();
        assert_eq!(
            (r.earliest.as_str(), r.latest.as_str()),
            ("2024-06-01", "2024-06-10")
        );
    }

    #[test]
    fn lexicons_are_written_normalized() {
        let words = AR_MONTHS
            .iter()
            .map(|x| x.0)
            .chain(AR_MONTHS2.iter().flat_map(|x| [x.0, x.1]))
            .chain(
                AR_HIJRI_MONTHS
                    .iter()
                    .flat_map(|x| [x.0, x.1.unwrap_or("")])
                    .filter(|w| !w.is_empty()),
            )
            .chain(AR_HIJRI_MARKS.iter().copied())
            .chain(AR_WEEKDAYS.iter().map(|x| x.0))
            .chain(AR_ORDINALS.iter().map(|x| x.0))
            .chain(AR_NUMBERS.iter().map(|x| x.0))
            .chain(AR_UNITS.iter().map(|x| x.0))
            .chain(
                AR_START
                    .iter()
                    .chain(AR_MID)
                    .chain(AR_END)
                    .chain(AR_PAST)
                    .chain(AR_NEXT)
                    .chain(AR_THIS)
                    .chain(AR_FOLLOWING)
                    .copied(),
            )
            .chain(
                AR_EVENT_NOUNS
                    .iter()
                    .chain(AMOUNT_AFTER)
                    .chain(AMOUNT_BEFORE)
                    .copied(),
            )
            .chain(AR_RELATIONS.iter().flat_map(|x| x.0.iter().copied()));
        for w in words {
            assert_eq!(
                normalize(w),
                w,
                "lexicon word {w:?} is not in normalized spelling"
            );
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        let long_digits = "9".repeat(500);
        let inputs = [
            "",
            " ",
            "\n\n",
            "2024",
            "31/02/2024",
            "29/02/2023",
            "0/0/0",
            "99999/99/99",
            "1/1/99999",
            "عام 99999",
            "في 0 يناير 2024",
            "في 32 يناير 2024",
            "قبل 999999999 يوما",
            "بعد 1000 عام",
            "منذ 9999 سنة",
            "mid-",
            "the day after",
            "in",
            "قبل",
            "بعد ذلك ب",
            "وفي",
            "٣١/١٢/٢٠٢٤",
            "Q9 2024",
            "H3 2024",
            "the fifth quarter of 2024",
            "the 99th anniversary of the inauguration",
            "a-b-c 1-2-3 -2024- /2024/ 2024/ 12/2024 2024-13",
            "ﷺ 𝟚𝟘𝟚𝟜 中文 2024年 Ελλάδα 2024",
            "يونيو/حزيران/تموز 2024 /",
            "الربع الأخير",
            "الثلاثاء",
            "last",
            "ago",
            long_digits.as_str(),
            "early",
            "\u{200f}في\u{200f} 5 يونيو 2024",
            "ـــ",
            "ً",
            "9999-12-31",
            "0001-01-01",
            "بين 31 و1 فبراير",
            "من 99 إلى 100 مارس 2024",
            "1/1/99999هـ",
            "30 ذو الحجة 99999 هـ",
            "عام 0 هـ",
            "غرة محرم",
            "من 2024 إلى",
            "بين و",
            "from to",
            "October 10-",
            "the first and fifth quarters of 2024",
            "الربعين الرابع والأول من",
            "9999-9998",
            "0001-0002",
            "رمضان 1 هـ",
            "1700 هـ",
            "29 ذو الحجة 1700 هـ",
            "between January and",
            "Dhu al-",
        ];
        for doc in [
            None,
            crate::parse_iso_date("2025-02-10"),
            CivilDate::new(1, 1, 1).ok(),
            CivilDate::new(9999, 12, 31).ok(),
        ] {
            for text in inputs {
                for lang in [Lang::Ar, Lang::En] {
                    let nt = NormText::new(text);
                    let exprs = find_dates(&nt, lang, doc, &kb());
                    for e in &exprs {
                        assert!(e.start <= e.end && e.end <= nt.chars.len());
                    }
                    let _ = crate::timeline::build_events(&nt, lang, &exprs, &[]);
                }
            }
        }
        assert!(run("31/02/2024", Lang::Ar, "2025-01-01")
            .iter()
            .all(|e| e.resolved.as_ref().is_none_or(|r| r.value != "2024-02-31")));
    }
}
