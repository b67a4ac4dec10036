//! Text normalization with an offset map back to the original text.
//!
//! Arabic news spells the same name many ways: with or without hamza on alef (أ إ آ ا),
//! alef maqsura for ya (ى/ي), ta marbuta for ha (ة/ه), with diacritics or tatweel (ـ), with
//! Eastern Arabic digits. Matching is done on a *normalized* copy in which all of those are
//! folded and Latin letters are lower-cased. Every normalized character remembers which
//! original character it came from, so a match in the normalized text maps back to exact
//! code-point offsets in the original (the CLI contract and the DOM wrapping both need them).
//!
//! Normalization only ever maps one original character to zero or one normalized character,
//! which keeps the map a simple array.

/// The normalized form of one character, or `None` when it is dropped (diacritics, tatweel,
/// invisible direction marks).
pub fn normalize_char(c: char) -> Option<char> {
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' | 'ی' => 'ي',
        'ة' => 'ه',
        'ک' => 'ك',
        'ڤ' => 'ف',
        'گ' => 'ك',
        // Arabic diacritics (harakat, shadda, sukun, superscript alef) and tatweel.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => return None,
        // Zero-width and bidi control characters.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => return None,
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '\u{00A0}' | '\u{2002}'..='\u{200A}' | '\u{202F}' => ' ',
        '’' | '‘' | 'ʼ' => '\'',
        c => lower_char(c),
    })
}

/// Lower case for the alphabets names in Arabic and English news are written in: Latin
/// (with Latin-1 and Extended-A accents), Greek and Cyrillic; other characters unchanged.
/// (Not `char::to_lowercase`: its full Unicode table costs the widget ~5 KB gzipped.)
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    let to = |v: u32| char::from_u32(v).unwrap_or(c);
    match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            to(u + 0x20)
        }
        0x400..=0x40F => to(u + 0x50),
        0x130 => 'i',
        0x178 => 'ÿ',
        0x100..=0x137 | 0x14A..=0x177 if u.is_multiple_of(2) => to(u + 1),
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => to(u + 1),
        _ => c,
    }
}

/// Normalizes a short string (a knowledge-base alias, a lexicon word) the same way as text.
pub fn normalize(s: &str) -> String {
    normalize_inner(s, true)
}

/// Like [`normalize`] but keeps alef maqsura (ى) apart from ya (ي): the given name "علي" and
/// the preposition "على" differ only there, and name lexicons must tell them apart.
pub fn normalize_keep_maqsura(s: &str) -> String {
    normalize_inner(s, false)
}

fn normalize_inner(s: &str, fold_maqsura: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last_space = true;
    let chars = s.chars().filter_map(|c| {
        if !fold_maqsura && c == 'ى' {
            Some(c)
        } else {
            normalize_char(c)
        }
    });
    for c in chars {
        // Collapse runs of white space so aliases typed with double spaces still match.
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(c);
            last_space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A text with its normalized copy and the map between them.
#[derive(Debug, Clone)]
pub struct NormText {
    /// The original text as characters: offsets everywhere in the crate are indices into this.
    pub chars: Vec<char>,
    /// The normalized text.
    pub norm: String,
    /// For each byte boundary of `norm` (0..=norm.len()), the original char index it maps to.
    /// Only entries at char boundaries are meaningful.
    byte_to_orig: Vec<u32>,
}

impl NormText {
    pub fn new(text: &str) -> NormText {
        let chars: Vec<char> = text.chars().collect();
        let mut norm = String::with_capacity(text.len());
        let mut byte_to_orig = Vec::with_capacity(text.len() + 1);
        for (i, &c) in chars.iter().enumerate() {
            if let Some(n) = normalize_char(c) {
                for _ in 0..n.len_utf8() {
                    byte_to_orig.push(i as u32);
                }
                norm.push(n);
            }
        }
        byte_to_orig.push(chars.len() as u32);
        NormText {
            chars,
            norm,
            byte_to_orig,
        }
    }

    /// Original char index of the normalized byte offset `b` (a char boundary of `norm`).
    pub fn orig(&self, b: usize) -> usize {
        self.byte_to_orig[b] as usize
    }

    /// Original char range `[start, end)` of the normalized byte range `[s, e)`.
    pub fn orig_range(&self, s: usize, e: usize) -> (usize, usize) {
        if e == s {
            let o = self.orig(s);
            return (o, o);
        }
        // End maps to one past the original char of the last normalized char, so that dropped
        // characters (diacritics) trailing a word are included in the span.
        let last = self.norm[..e]
            .chars()
            .next_back()
            .map_or(e, |c| e - c.len_utf8());
        let start = self.orig(s);
        let mut end = self.orig(last) + 1;
        // Include diacritics that follow the last letter in the original.
        while end < self.chars.len()
            && normalize_char(self.chars[end]).is_none()
            && self.chars[end] != '\u{200F}'
        {
            end += 1;
        }
        (start, end)
    }

    /// The original text of the original char range.
    pub fn slice(&self, start: usize, end: usize) -> String {
        self.chars[start.min(self.chars.len())..end.min(self.chars.len())]
            .iter()
            .collect()
    }
}

/// Letters and digits form words; everything else separates them.
pub fn is_word_char(c: char) -> bool {
    // Arabic letters, marks and digits (most of an Arabic article) without a search of the
    // Unicode tables, which costs the widget dearly in V8's baseline tier. Same answers:
    // a test checks the whole block against the general rule.
    let u = c as u32;
    if (0x0620..=0x0669).contains(&u) || (0x0671..=0x06D3).contains(&u) {
        return true;
    }
    c.is_alphanumeric() || matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}')
}

pub fn has_arabic(s: &str) -> bool {
    s.chars().any(is_arabic_letter)
}

/// The number of words in `[s, t)` outside the span `[a, b)`.
pub fn words_outside(chars: &[char], s: usize, t: usize, a: usize, b: usize) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for (k, &c) in chars.iter().enumerate().take(t.min(chars.len())).skip(s) {
        let w = is_word_char(c) && !(a <= k && k < b);
        if w && !in_word {
            n += 1;
        }
        in_word = w;
    }
    n
}

/// Sentence spans `[start, end)` in original char offsets: split after . ! ? ؟ … and at line
/// breaks, with surrounding white space trimmed. Decimal points (2.5) do not split.
pub fn sentences(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        let split_here = match c {
            '\n' => Some(i),
            '!' | '?' | '؟' | '…' => Some(i + 1),
            '.' => {
                let prev_digit = i > 0 && chars[i - 1].is_ascii_digit();
                let next_digit = i + 1 < n && chars[i + 1].is_ascii_digit();
                let next_dot = i + 1 < n && chars[i + 1] == '.';
                if (prev_digit && next_digit) || next_dot || after_abbreviation(chars, i) {
                    None
                } else {
                    Some(i + 1)
                }
            }
            _ => None,
        };
        if let Some(end) = split_here {
            push_trimmed(chars, start, end, &mut out);
            start = end.max(i + 1);
        }
        i += 1;
    }
    push_trimmed(chars, start, n, &mut out);
    out
}

/// Abbreviations whose period does not end a sentence: "Oct. 7", "Mr. Smith", "U.S. officials",
/// initials ("J. Smith").
pub(crate) fn after_abbreviation(chars: &[char], dot: usize) -> bool {
    const ABBR: &[&str] = &[
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr",
        "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
        "maj", "adm", "rev", "hon", "mt", "messrs", "inc", "corp", "co", "ltd", "jr", "sr", "no",
        "vs", "etc", "u.s", "u.k", "u.n", "e.g", "i.e",
    ];
    let start = chars[..dot]
        .iter()
        .rposition(|c| !(c.is_ascii_alphabetic() || *c == '.'))
        .map_or(0, |p| p + 1);
    let word: String = chars[start..dot]
        .iter()
        .collect::<String>()
        .to_ascii_lowercase();
    let single_initial = word.len() == 1 && chars[start].is_ascii_uppercase();
    // "Inc." and "etc." end sentences too; only treat them as abbreviations mid-sentence.
    let next_lower_or_digit = chars[dot + 1..]
        .iter()
        .find(|c| !c.is_whitespace())
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    single_initial
        || ABBR.contains(&word.as_str())
            && (next_lower_or_digit
                || !matches!(
                    word.as_str(),
                    "inc" | "corp" | "co" | "ltd" | "etc" | "jr" | "sr"
                ))
}

fn push_trimmed(chars: &[char], mut s: usize, mut e: usize, out: &mut Vec<(usize, usize)>) {
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    if e > s {
        out.push((s, e));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_fast_path_of_is_word_char_agrees_with_unicode() {
        for c in ('\u{0590}'..='\u{0800}').chain(['a', '1', ' ', '-', '٪', '،']) {
            let general = c.is_alphanumeric()
                || matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}');
            assert_eq!(is_word_char(c), general, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn lower_case_agrees_with_unicode_where_it_applies() {
        for u in (0x20..0x250).chain(0x370..0x400).chain(0x400..0x460) {
            let Some(c) = char::from_u32(u) else { continue };
            let mut std = c.to_lowercase();
            let want = match (std.next(), std.next()) {
                (Some(l), None) => l,
                _ => c,
            };
            let covered = (0x20..0x180).contains(&u)
                || (0x391..0x3AC).contains(&u)
                || (0x400..0x430).contains(&u);
            if covered && u != 0x130 {
                assert_eq!(lower_char(c), want, "U+{u:04X}");
            }
        }
        assert_eq!(lower_char('İ'), 'i');
    }

    #[test]
    fn folds_arabic_spelling_variants() {
        assert_eq!(normalize("إيلون ماسك"), normalize("ايلون ماسك"));
        assert_eq!(normalize("مصطفى"), "مصطفي");
        assert_eq!(
            normalize("الإمارات العربية المتّحدة"),
            "الامارات العربيه المتحده"
        );
        assert_eq!(normalize("٢٠٢٤"), "2024");
        assert_eq!(normalize("OpenAI  Inc"), "openai inc");
    }

    #[test]
    fn maps_normalized_offsets_back() {
        let t = NormText::new("لـ OpenAI وأوراكلُ");
        assert_eq!(t.norm, "ل openai واوراكل");
        let s = t.norm.find("openai").unwrap();
        assert_eq!(t.orig_range(s, s + 6), (3, 9));
        let s = t.norm.find("اوراكل").unwrap();
        // The trailing damma belongs to the word.
        assert_eq!(
            t.slice(
                t.orig_range(s, t.norm.len()).0,
                t.orig_range(s, t.norm.len()).1
            ),
            "أوراكلُ"
        );
    }

    #[test]
    fn splits_sentences_but_not_decimals() {
        let split = |text: &str| -> Vec<String> {
            let chars: Vec<char> = text.chars().collect();
            sentences(&chars)
                .iter()
                .map(|&(a, b)| chars[a..b].iter().collect())
                .collect()
        };
        assert_eq!(
            split("He paid 2.5 billion. Then left!\nNew line"),
            vec!["He paid 2.5 billion.", "Then left!", "New line"]
        );
        assert_eq!(
            split("After the Oct. 7 attack, Mr. Smith of Acme Inc. spoke. J. Doe left."),
            vec![
                "After the Oct. 7 attack, Mr. Smith of Acme Inc. spoke.",
                "J. Doe left."
            ]
        );
    }
}
