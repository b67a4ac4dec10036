//! The widget's own words, in the article's language.

use newsgloss_core::{Kind, Lang};

pub struct Words {
    pub person: &'static str,
    pub company: &'static str,
    pub organization: &'static str,
    pub in_article: &'static str,
    pub events: &'static str,
    pub timeline: &'static str,
    pub hide: &'static str,
    pub show: &'static str,
    pub close: &'static str,
    pub topic_page: &'static str,
    pub wikipedia: &'static str,
    pub go_to_passage: &'static str,
    pub from_article: &'static str,
}

const AR: Words = Words {
    person: "شخص",
    company: "شركة",
    organization: "منظمة",
    in_article: "في هذا المقال",
    events: "أحداث",
    timeline: "التسلسل الزمني للأحداث",
    hide: "إخفاء",
    show: "إظهار",
    close: "إغلاق",
    topic_page: "صفحة الموضوع",
    wikipedia: "ويكيبيديا",
    go_to_passage: "انتقل إلى الفقرة",
    from_article: "من المقال",
};

const EN: Words = Words {
    person: "Person",
    company: "Company",
    organization: "Organization",
    in_article: "In this article",
    events: "Events",
    timeline: "Timeline of events",
    hide: "Hide",
    show: "Show",
    close: "Close",
    topic_page: "Topic page",
    wikipedia: "Wikipedia",
    go_to_passage: "Go to the passage",
    from_article: "From the article",
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::Ar => &AR,
        Lang::En => &EN,
    }
}

pub fn kind(lang: Lang, kind: Kind) -> &'static str {
    let w = words(lang);
    match kind {
        Kind::Person => w.person,
        Kind::Company => w.company,
        Kind::Organization => w.organization,
    }
}

/// "Mentioned N times" with Arabic number agreement.
pub fn mentions(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En if n == 1 => "Mentioned once".into(),
        Lang::En => format!("Mentioned {n} times"),
        Lang::Ar => match n {
            1 => "ذُكر مرة واحدة".into(),
            2 => "ذُكر مرتين".into(),
            3..=10 => format!("ذُكر {n} مرات"),
            _ => format!("ذُكر {n} مرة"),
        },
    }
}

pub fn fact_label(lang: Lang, key: &str) -> &'static str {
    match (lang, key) {
        (Lang::Ar, "role") => "المنصب",
        (Lang::Ar, "country") => "البلد",
        (Lang::Ar, "hq") => "المقر",
        (Lang::Ar, "sector") => "القطاع",
        (Lang::Ar, "born") => "مواليد",
        (Lang::Ar, "founded") => "التأسيس",
        (Lang::En, "role") => "Role",
        (Lang::En, "country") => "Country",
        (Lang::En, "hq") => "Headquarters",
        (Lang::En, "sector") => "Sector",
        (Lang::En, "born") => "Born",
        (Lang::En, "founded") => "Founded",
        _ => "",
    }
}
