//! Property test: the analyzer takes any text without panicking, and every offset it returns
//! points into the text (mention texts equal their spans). Inputs are random mixes of
//! Arabic and Latin letters, clitics, diacritics, digits of both scripts, punctuation,
//! direction marks, emoji and fragments of real names and date phrases.
use newsgloss_core::kb::Kb;
use newsgloss_core::{parse_iso_date, Analyzer, Lang, Options};

fn default_kb() -> Kb {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut src = String::new();
    for dir in ["kb", "lexicon"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            if dir == "lexicon" {
                src.push_str(&format!(
                    "@lexicon {}\n",
                    f.file_stem().unwrap().to_string_lossy()
                ));
            }
            src.push_str(&text);
            src.push('\n');
        }
    }
    Kb::parse(&src).unwrap()
}

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "سام ألتمان",
    "وإليسون",
    "لـ OpenAI",
    "وOracle",
    "شركة ",
    "بنك ",
    "الرئيس ",
    "وزير ",
    "في الشهر التالي",
    "في اليوم التالي للتنصيب",
    "بعد أيام",
    "أوائل يونيو/حزيران 2024",
    "٥/٦/٢٠٢٤",
    "15 رمضان 1446",
    "بين 3 و5 مارس",
    "Sam Altman",
    "SoftBank's",
    "Acme Holdings",
    "(ACR)",
    "June 5, 2024",
    "the following month",
    "days later",
    "عبد",
    "بن",
    "أبو",
    "آل",
    "ـــ",
    "\u{200F}",
    "\u{064E}\u{0651}",
    "😀",
    "\n",
    "، ",
    ". ",
    "31/02/2024",
    "99999",
];

fn random_text(rng: &mut Rng) -> String {
    let alphabet: Vec<char> = "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةىؤئ ABCxyzÉé0123456789٠١٢٣٤٥٦٧٨٩.,،؛:()[]\"'«»-/ \u{00A0}\u{0640}\u{064B}\u{0670}"
        .chars()
        .collect();
    let mut s = String::new();
    for _ in 0..rng.below(60) {
        if rng.below(3) == 0 {
            s.push_str(PIECES[rng.below(PIECES.len())]);
        } else {
            for _ in 0..rng.below(8) {
                s.push(alphabet[rng.below(alphabet.len())]);
            }
        }
    }
    s
}

#[test]
fn analyzer_never_panics_and_offsets_stay_in_the_text() {
    let analyzer = Analyzer::new(default_kb());
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let dates = [
        None,
        parse_iso_date("2025-02-10"),
        parse_iso_date("1900-01-01"),
        parse_iso_date("2100-12-31"),
    ];
    for i in 0..1500 {
        let text = random_text(&mut rng);
        let opts = Options {
            lang: [Some(Lang::Ar), Some(Lang::En), None][i % 3],
            document_date: dates[i % dates.len()],
        };
        let a = analyzer.analyze(&text, &opts);
        let chars: Vec<char> = text.chars().collect();
        for e in &a.entities {
            for m in &e.mentions {
                assert!(
                    m.start < m.end && m.end <= chars.len(),
                    "{text:?}: bad mention {m:?}"
                );
                assert_eq!(
                    chars[m.start..m.end].iter().collect::<String>(),
                    m.text,
                    "{text:?}"
                );
            }
        }
        for ev in &a.events {
            assert!(
                ev.start <= ev.end && ev.end <= chars.len(),
                "{text:?}: bad event span"
            );
            assert!(
                ev.date.start <= ev.date.end && ev.date.end <= chars.len(),
                "{text:?}: bad date span"
            );
        }
    }
}

/// The compiled-form parser takes any body without panicking: random edits of a real
/// compiled file (tabs, bars, line breaks, `key: ` prefixes, multi-byte characters cut
/// anywhere), each under a correct checksum so that the parser, not the checksum, sees it.
#[test]
fn compiled_form_parser_never_panics() {
    let kb = default_kb();
    let (names, cards) = kb.split_cards("cards.txt");
    let mut rng = Rng(0xD1B54A32D192ED03);
    let pieces = [
        "\t",
        "|",
        "\n",
        ": ",
        "\t\t\t",
        "@lexicon ",
        "kind",
        "desc-en: ",
        "date: ",
        "ب",
        "é",
        "\u{FEFF}",
        "born: x",
        "event",
    ];
    for src in [names.compile(), cards.compile()] {
        let body: Vec<char> = src.split_once('\n').unwrap().1.chars().collect();
        for _ in 0..300 {
            // A few whole lines from a random one on (the lexicons included), then edits.
            let mut at = rng.below(body.len() - 2000);
            while at > 0 && body[at - 1] != '\n' {
                at -= 1;
            }
            let mut part: String = body[at..at + rng.below(2000)].iter().collect();
            for _ in 0..rng.below(6) {
                let mut cut = rng.below(part.len() + 1);
                while !part.is_char_boundary(cut) {
                    cut -= 1;
                }
                part.insert_str(cut, pieces[rng.below(pieces.len())]);
            }
            let sum = newsgloss_core::kb::checksum64(part.as_bytes());
            for cards in [false, true] {
                let text = format!(
                    "newsgloss-kb/{} entities=1 events=0 sum64={sum:016x}\n{part}",
                    newsgloss_core::kb::FORMAT_VERSION
                );
                let _ = if cards {
                    Kb::load_cards(&text)
                } else {
                    Kb::load(&text)
                };
            }
        }
    }
}
