#!/usr/bin/env python3
"""Builds the gold JSON annotations for the Arabic held-out articles (ar-h01..ar-h08).

All offsets are computed from the .txt content (Python str indices, code points).
Spec per document:
  entities / optional: (id, kind, name_en, name_ar, [surface forms])
  blocks:   (text, context) -> a negative span forced at the occurrence of `text`
            inside the unique string `context` (used for ambiguous strings that
            must NOT become mentions, e.g. the region "الشرق الأوسط" vs. the newspaper).
  negatives: strings; every boundary-valid occurrence that does not overlap a
            mention becomes a negative.
Mentions: every boundary-valid occurrence of every surface form (longest first,
non-overlapping, not inside a block). A match may be preceded only by an attached
proclitic (و ف ب ل ك, combinations, or "لـ"), which stays outside the span.
"""
import json, os, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك",
              "لـ", "ولـ", "بـ", "وبـ", "فلـ", "كـ"}


def is_word(ch):
    return ch.isalnum() or unicodedata.category(ch) in ("Mn", "Mc", "Lm")


def occurrences(content, form):
    """Yield (start, end) of boundary-valid occurrences of form."""
    i = content.find(form)
    while i != -1:
        s, e = i, i + len(form)
        ok_after = e == len(content) or not is_word(content[e]) or not is_word(form[-1])
        j = s
        while j > 0 and is_word(content[j - 1]):
            j -= 1
        ok_before = content[j:s] in PROCLITICS or not is_word(form[0])
        if ok_after and ok_before:
            yield s, e
        i = content.find(form, i + 1)


def overlaps(a, spans):
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


def E(id_, kind, en, ar, forms):
    return {"id": id_, "kind": kind, "name_en": en, "name_ar": ar, "forms": forms}


P, O = "person", "organization"

DOCS = {}

DOCS["ar-h01-arab-ministers-cairo"] = dict(
    date="2025-09-10",
    entities=[
        E("arab-league", O, "Arab League", "جامعة الدول العربية", ["جامعة الدول العربية", "الجامعة العربية"]),
        E("ahmed-aboul-gheit", P, "Ahmed Aboul Gheit", "أحمد أبو الغيط", ["أحمد أبو الغيط", "أبو الغيط"]),
        E("badr-abdelatty", P, "Badr Abdelatty", "بدر عبد العاطي", ["بدر عبد العاطي", "عبد العاطي"]),
        E("faisal-bin-farhan", P, "Faisal bin Farhan", "فيصل بن فرحان", ["فيصل بن فرحان"]),
        E("emmanuel-macron", P, "Emmanuel Macron", "إيمانويل ماكرون", ["إيمانويل ماكرون", "ماكرون"]),
        E("ayman-safadi", P, "Ayman Safadi", "أيمن الصفدي", ["أيمن الصفدي", "الصفدي"]),
        E("youssef-rajji", P, "Youssef Rajji", "يوسف رجي", ["يوسف رجي", "رجي"]),
        E("nawaf-salam", P, "Nawaf Salam", "نواف سلام", ["نواف سلام"]),
        E("donald-trump", P, "Donald Trump", "دونالد ترامب", ["دونالد ترامب", "ترامب"]),
        E("united-nations", O, "United Nations", "الأمم المتحدة", ["الأمم المتحدة"]),
        E("antonio-guterres", P, "António Guterres", "أنطونيو غوتيريش", ["أنطونيو غوتيريش", "غوتيريش"]),
        E("un-security-council", O, "UN Security Council", "مجلس الأمن الدولي", ["مجلس الأمن الدولي", "مجلس الأمن"]),
        E("nile-center-strategic-studies", O, "Nile Center for Strategic Studies", "مركز النيل للدراسات الاستراتيجية",
          ["مركز النيل للدراسات الاستراتيجية"]),
        E("sameh-el-shennawy", P, "Sameh El-Shennawy", "سامح الشناوي", ["سامح الشناوي", "الشناوي"]),
        E("asharq-al-awsat", O, "Asharq Al-Awsat", "الشرق الأوسط", ["الشرق الأوسط"]),
    ],
    optional=[],
    blocks=[("الشرق الأوسط", "منطقة الشرق الأوسط"), ("سلام", "عملية سلام")],
    negatives=["القاهرة", "غزة", "قطاع غزة", "لبنان", "سوريا", "الولايات المتحدة", "قطر", "نيويورك",
               "وزارة الخارجية المصرية", "الرياض", "باريس", "يوليو/تموز", "سبتمبر/أيلول", "فلسطين",
               "الأردن", "واشنطن", "البيت الأبيض", "الجزائر", "عمان",
               "المصري", "السعودي", "الفرنسي", "الأردني", "اللبناني", "الأميركي"],
)

DOCS["ar-h02-opec-plus-output"] = dict(
    date="2025-06-01",
    entities=[
        E("opec-plus", O, "OPEC+", "أوبك+", ["أوبك+"]),
        E("opec", O, "OPEC", "أوبك", ["أوبك"]),
        E("reuters", O, "Reuters", "رويترز", ["رويترز"]),
        E("abdulaziz-bin-salman", P, "Prince Abdulaziz bin Salman", "عبد العزيز بن سلمان", ["عبد العزيز بن سلمان"]),
        E("alexander-novak", P, "Alexander Novak", "ألكسندر نوفاك", ["ألكسندر نوفاك", "نوفاك"]),
        E("haitham-al-ghais", P, "Haitham Al Ghais", "هيثم الغيص", ["هيثم الغيص", "الغيص"]),
        E("iea", O, "International Energy Agency", "وكالة الطاقة الدولية", ["وكالة الطاقة الدولية"]),
        E("fatih-birol", P, "Fatih Birol", "فاتح بيرول", ["فاتح بيرول", "بيرول"]),
        E("goldman-sachs", O, "Goldman Sachs", "غولدمان ساكس", ["غولدمان ساكس"]),
        E("faisal-al-dosari", P, "Faisal Al-Dosari", "فيصل الدوسري", ["فيصل الدوسري", "الدوسري"]),
        E("gulf-energy-consulting-group", O, "Gulf Energy Consulting Group", "مجموعة الخليج لاستشارات الطاقة",
          ["مجموعة الخليج لاستشارات الطاقة"]),
        E("saudi-aramco", O, "Saudi Aramco", "أرامكو السعودية", ["أرامكو السعودية", "أرامكو"]),
        E("amin-nasser", P, "Amin Nasser", "أمين الناصر", ["أمين الناصر", "الناصر"]),
        E("hayan-abdul-ghani", P, "Hayan Abdul Ghani", "حيان عبد الغني", ["حيان عبد الغني"]),
        E("somo", O, "State Organization for Marketing of Oil (SOMO)", "شركة تسويق النفط العراقية",
          ["شركة تسويق النفط العراقية", "سومو"]),
        E("dijla-oilfield-services", O, "Dijla Oilfield Services", "دجلة لخدمات الحقول النفطية",
          ["دجلة لخدمات الحقول النفطية"]),
        E("muhannad-al-rubaie", P, "Muhannad Al-Rubaie", "مهند الربيعي", ["مهند الربيعي", "الربيعي"]),
    ],
    optional=[],
    blocks=[],
    negatives=["فيينا", "يوليو/تموز", "السعودية", "روسيا", "العراق", "الإمارات", "الكويت",
               "كازاخستان", "الجزائر", "سلطنة عمان", "الرياض", "موسكو", "الولايات المتحدة", "البرازيل", "غيانا",
               "برنت", "غرب تكساس الوسيط", "دولارا", "الخليج", "دبي", "آسيا", "البصرة", "مايو/أيار",
               "وزارة النفط العراقية", "نوفمبر/تشرين الثاني", "أغسطس/آب",
               "الروسي", "الأميركي"],
)

DOCS["ar-h03-egypt-rate-cut"] = dict(
    date="2025-08-29",
    entities=[
        E("central-bank-of-egypt", O, "Central Bank of Egypt", "البنك المركزي المصري",
          ["البنك المركزي المصري", "المركزي المصري"]),
        E("hassan-abdalla", P, "Hassan Abdalla", "حسن عبد الله", ["حسن عبد الله"]),
        E("mostafa-madbouly", P, "Mostafa Madbouly", "مصطفى مدبولي", ["مصطفى مدبولي", "مدبولي"]),
        E("ahmed-kouchouk", P, "Ahmed Kouchouk", "أحمد كجوك", ["أحمد كجوك", "كجوك"]),
        E("imf", O, "International Monetary Fund", "صندوق النقد الدولي", ["صندوق النقد الدولي"]),
        E("kristalina-georgieva", P, "Kristalina Georgieva", "كريستالينا جورجيفا", ["كريستالينا جورجيفا", "جورجيفا"]),
        E("mona-el-husseiny", P, "Mona El-Husseiny", "منى الحسيني", ["منى الحسيني", "الحسيني"]),
        E("nile-united-bank", O, "Nile United Bank", "مصرف النيل المتحد", ["مصرف النيل المتحد"]),
        E("national-bank-of-egypt", O, "National Bank of Egypt", "البنك الأهلي المصري", ["البنك الأهلي المصري"]),
        E("banque-misr", O, "Banque Misr", "بنك مصر", ["بنك مصر"]),
        E("amr-el-shafei", P, "Amr El-Shafei", "عمرو الشافعي", ["عمرو الشافعي", "الشافعي"]),
        E("al-ofok-securities", O, "Al-Ofok Securities Brokerage", "الأفق لتداول الأوراق المالية",
          ["الأفق لتداول الأوراق المالية"]),
        E("fitch-ratings", O, "Fitch Ratings", "فيتش", ["فيتش"]),
        E("jpmorgan", O, "JPMorgan", "جيه بي مورغان", ["جيه بي مورغان"]),
    ],
    optional=[
        E("cbe-monetary-policy-committee", O, "CBE Monetary Policy Committee", "لجنة السياسة النقدية",
          ["لجنة السياسة النقدية"]),
        E("egyptian-exchange", O, "Egyptian Exchange", "البورصة المصرية", ["البورصة المصرية"]),
    ],
    blocks=[("الأفق", "في الأفق ضغوط")],
    negatives=["القاهرة", "يوليو/تموز", "سبتمبر/أيلول", "أبريل/نيسان", "مايو/أيار", "الجنيه المصري", "جنيه",
               "الدولار", "دولار", "مارس/آذار", "وزارة المالية", "مصر", "إيجي إكس 30"],
)

DOCS["ar-h04-humain-ai-datacenters"] = dict(
    date="2025-11-04",
    entities=[
        E("humain", O, "HUMAIN", "هيوماين", ["هيوماين", "HUMAIN"]),
        E("pif", O, "Public Investment Fund", "صندوق الاستثمارات العامة", ["صندوق الاستثمارات العامة"]),
        E("nvidia", O, "Nvidia", "إنفيديا", ["إنفيديا", "Nvidia"]),
        E("tareq-amin", P, "Tareq Amin", "طارق أمين", ["طارق أمين", "أمين"]),
        E("mohammed-bin-salman", P, "Mohammed bin Salman", "محمد بن سلمان", ["محمد بن سلمان"]),
        E("jensen-huang", P, "Jensen Huang", "جنسن هوانغ", ["جنسن هوانغ", "هوانغ"]),
        E("donald-trump", P, "Donald Trump", "دونالد ترمب", ["دونالد ترمب", "ترمب"]),
        E("microsoft", O, "Microsoft", "مايكروسوفت", ["مايكروسوفت"]),
        E("brad-smith", P, "Brad Smith", "براد سميث", ["براد سميث", "سميث"]),
        E("google", O, "Google", "جوجل", ["جوجل"]),
        E("yasir-al-rumayyan", P, "Yasir Al-Rumayyan", "ياسر الرميان", ["ياسر الرميان", "الرميان"]),
        E("abdullah-alswaha", P, "Abdullah Alswaha", "عبدالله السواحه", ["عبدالله السواحه", "السواحه"]),
        E("openai", O, "OpenAI", "أوبن إيه آي", ["OpenAI"]),
        E("sam-altman", P, "Sam Altman", "سام ألتمان", ["سام ألتمان", "ألتمان"]),
        E("reem-al-qahtani", P, "Reem Al-Qahtani", "ريم القحطاني", ["ريم القحطاني", "القحطاني"]),
        E("sadeem", O, "Sadeem", "سديم", ["سديم"]),
        E("nakhla-capital", O, "Nakhla Capital", "نخلة كابيتال", ["نخلة كابيتال"]),
        E("abdulrahman-al-shehri", P, "Abdulrahman Al-Shehri", "عبدالرحمن الشهري", ["عبدالرحمن الشهري", "الشهري"]),
    ],
    optional=[
        E("sdaia", O, "Saudi Data and AI Authority (SDAIA)", "الهيئة السعودية للبيانات والذكاء الاصطناعي",
          ["الهيئة السعودية للبيانات والذكاء الاصطناعي", "سدايا"]),
        E("future-investment-initiative", O, "Future Investment Initiative", "مبادرة مستقبل الاستثمار",
          ["مبادرة مستقبل الاستثمار"]),
        E("neom", O, "NEOM", "نيوم", ["نيوم"]),
    ],
    blocks=[("أمين", "تخزين أمين")],
    negatives=["الرياض", "جمادى الأولى", "نوفمبر/تشرين الثاني", "دولار", "الدمام", "مايو/أيار", "GB300",
               "الخليج", "الولايات المتحدة", "الصين", "وزارة الاتصالات وتقنية المعلومات", "ChatGPT",
               "الإمارات", "أوروبا", "البحرين", "ذا لاين", "الأميركية", "السعودية"],
)

DOCS["ar-h05-morocco-afcon"] = dict(
    date="2025-12-15",
    entities=[
        E("frmf", O, "Royal Moroccan Football Federation", "الجامعة الملكية المغربية لكرة القدم",
          ["الجامعة الملكية المغربية لكرة القدم", "الجامعة المغربية"]),
        E("fouzi-lekjaa", P, "Fouzi Lekjaa", "فوزي لقجع", ["فوزي لقجع", "لقجع"]),
        E("caf", O, "Confederation of African Football (CAF)", "الاتحاد الأفريقي لكرة القدم",
          ["الاتحاد الأفريقي لكرة القدم", "الكاف", "كاف"]),
        E("patrice-motsepe", P, "Patrice Motsepe", "باتريس موتسيبي", ["باتريس موتسيبي", "موتسيبي"]),
        E("walid-regragui", P, "Walid Regragui", "وليد الركراكي", ["وليد الركراكي", "الركراكي"]),
        E("achraf-hakimi", P, "Achraf Hakimi", "أشرف حكيمي", ["أشرف حكيمي", "حكيمي"]),
        E("paris-saint-germain", O, "Paris Saint-Germain", "باريس سان جيرمان", ["باريس سان جيرمان"]),
        E("fifa", O, "FIFA", "الاتحاد الدولي لكرة القدم", ["الاتحاد الدولي لكرة القدم", "فيفا"]),
        E("gianni-infantino", P, "Gianni Infantino", "جياني إنفانتينو", ["جياني إنفانتينو", "إنفانتينو"]),
        E("amal-souss", O, "Amal Souss", "أمل سوس", ["أمل سوس"]),
        E("abderrahim-benali", P, "Abderrahim Benali", "عبد الرحيم بنعلي", ["عبد الرحيم بنعلي", "بنعلي"]),
        E("yassine-el-ouriaghli", P, "Yassine El Ouriaghli", "ياسين الورياغلي", ["ياسين الورياغلي", "الورياغلي"]),
        E("wydad-ac", O, "Wydad AC", "الوداد الرياضي", ["الوداد الرياضي", "الوداد"]),
        E("raja-ca", O, "Raja CA", "الرجاء", ["الرجاء"]),
        E("as-far", O, "AS FAR (Royal Armed Forces club)", "الجيش الملكي", ["الجيش الملكي"]),
        E("hespress", O, "Hespress", "هسبريس", ["هسبريس"]),
    ],
    optional=[
        E("atlas-lions", O, "Morocco national football team (Atlas Lions)", "أسود الأطلس", ["أسود الأطلس"]),
    ],
    blocks=[("ملعب الأمير مولاي عبد الله", "ملعب الأمير مولاي عبد الله"),
            ("مركب محمد السادس لكرة القدم", "مركب محمد السادس لكرة القدم"),
            ("أمل", "على أمل استغلال"), ("كاف", "وقت كاف للتعافي")],
    negatives=["المغرب", "كأس الأمم الأفريقية", "الرباط", "ديسمبر/كانون الأول", "جزر القمر", "كأس العالم 2030",
               "المعمورة", "دوري أبطال أوروبا", "أفريقيا", "إنستغرام", "مونديال 2030", "إسبانيا", "البرتغال",
               "أكتوبر/تشرين الأول", "البطولة الاحترافية", "أكادير", "يناير/كانون الثاني", "الدار البيضاء",
               "مراكش", "فاس", "طنجة", "المغربية"],
)

DOCS["ar-h06-measles-levant"] = dict(
    date="2025-04-24",
    entities=[
        E("who", O, "World Health Organization", "منظمة الصحة العالمية", ["منظمة الصحة العالمية", "الصحة العالمية"]),
        E("tedros-adhanom-ghebreyesus", P, "Tedros Adhanom Ghebreyesus", "تيدروس أدهانوم غيبريسوس",
          ["تيدروس أدهانوم غيبريسوس", "تيدروس"]),
        E("gavi", O, "Gavi, the Vaccine Alliance", "التحالف العالمي للقاحات والتحصين",
          ["التحالف العالمي للقاحات والتحصين", "غافي"]),
        E("unicef", O, "UNICEF", "اليونيسف", ["اليونيسف"]),
        E("hanan-balkhy", P, "Hanan Balkhy", "حنان بلخي", ["حنان بلخي", "بلخي"]),
        E("ibrahim-al-badour", P, "Ibrahim Al-Badour", "إبراهيم البدور", ["إبراهيم البدور", "البدور"]),
        E("rakan-nasreddine", P, "Rakan Nasreddine", "ركان ناصر الدين", ["ركان ناصر الدين", "ناصر الدين"]),
        E("laila-al-khatib", P, "Laila Al-Khatib", "ليلى الخطيب", ["ليلى الخطيب", "الخطيب"]),
        E("al-razi-childrens-hospital", O, "Al-Razi Specialty Children's Hospital", "مستشفى الرازي التخصصي للأطفال",
          ["مستشفى الرازي التخصصي للأطفال"]),
        E("american-university-of-beirut", O, "American University of Beirut", "الجامعة الأميركية في بيروت",
          ["الجامعة الأميركية في بيروت"]),
        E("george-maalouf", P, "George Maalouf", "جورج معلوف", ["جورج معلوف", "معلوف"]),
        E("nizar-haddad", P, "Nizar Haddad", "نزار حداد", ["نزار حداد", "حداد"]),
        E("al-sharq-pharmaceutical-industries", O, "Al-Sharq Pharmaceutical Industries", "الشرق للصناعات الدوائية",
          ["الشرق للصناعات الدوائية"]),
    ],
    optional=[],
    blocks=[],
    negatives=["شرق المتوسط", "الأردن", "لبنان", "عمان", "بيروت", "أسبوع التحصين العالمي", "جنيف",
               "المفرق", "الزرقاء", "آذار", "وزارة الصحة", "وزارة الصحة الأردنية", "مخيم الزعتري", "لقاح MMR",
               "أيار/مايو", "البقاع", "دينار", "مدينة سحاب الصناعية", "اللبنانية"],
)

DOCS["ar-h07-baghdad-bank-fraud-ruling"] = dict(
    date="2025-03-18",
    entities=[
        E("babel-real-estate-investment", O, "Babel Real Estate Investment Company", "بابل للاستثمار العقاري",
          ["بابل للاستثمار العقاري"]),
        E("saad-al-khafaji", P, "Saad Al-Khafaji", "سعد الخفاجي", ["سعد الخفاجي", "الخفاجي"]),
        E("al-mirbad-commercial-bank", O, "Al-Mirbad Commercial Bank", "مصرف المربد التجاري", ["مصرف المربد التجاري"]),
        E("faiq-zaidan", P, "Faiq Zaidan", "فائق زيدان", ["فائق زيدان", "زيدان"]),
        E("haider-al-jubouri", P, "Haider Al-Jubouri", "حيدر الجبوري", ["حيدر الجبوري", "الجبوري"]),
        E("reuters", O, "Reuters", "رويترز", ["رويترز"]),
        E("zainab-al-obaidi", P, "Zainab Al-Obaidi", "زينب العبيدي", ["زينب العبيدي", "العبيدي"]),
        E("central-bank-of-iraq", O, "Central Bank of Iraq", "البنك المركزي العراقي", ["البنك المركزي العراقي"]),
        E("mohammed-shia-al-sudani", P, "Mohammed Shia al-Sudani", "محمد شياع السوداني",
          ["محمد شياع السوداني", "السوداني"]),
        E("ali-mohsen-al-allaq", P, "Ali Mohsen Al-Allaq", "علي محسن العلاق", ["علي محسن العلاق", "العلاق"]),
        E("unami", O, "United Nations Assistance Mission for Iraq (UNAMI)", "بعثة الأمم المتحدة لمساعدة العراق",
          ["بعثة الأمم المتحدة لمساعدة العراق", "يونامي"]),
    ],
    optional=[
        E("karkh-integrity-criminal-court", O, "Karkh Criminal Court for Integrity Cases",
          "محكمة جنايات الكرخ المختصة بقضايا النزاهة", ["محكمة جنايات الكرخ المختصة بقضايا النزاهة"]),
        E("supreme-judicial-council", O, "Supreme Judicial Council (Iraq)", "مجلس القضاء الأعلى", ["مجلس القضاء الأعلى"]),
        E("federal-integrity-commission", O, "Federal Commission of Integrity (Iraq)", "هيئة النزاهة الاتحادية",
          ["هيئة النزاهة الاتحادية"]),
        E("federal-court-of-cassation", O, "Federal Court of Cassation (Iraq)", "محكمة التمييز الاتحادية",
          ["محكمة التمييز الاتحادية"]),
    ],
    blocks=[],
    negatives=["بغداد", "دينار", "قانون العقوبات", "محافظة بابل", "رمضان", "آذار/مارس", "العراق", "العراقي"],
)

DOCS["ar-h08-dubai-airshow-tourism"] = dict(
    date="2025-11-18",
    entities=[
        E("emirates-airline", O, "Emirates", "طيران الإمارات", ["طيران الإمارات"]),
        E("boeing", O, "Boeing", "بوينغ", ["بوينغ"]),
        E("ahmed-bin-saeed-al-maktoum", P, "Sheikh Ahmed bin Saeed Al Maktoum", "أحمد بن سعيد آل مكتوم",
          ["أحمد بن سعيد آل مكتوم"]),
        E("tim-clark", P, "Tim Clark", "تيم كلارك", ["تيم كلارك", "كلارك"]),
        E("flydubai", O, "flydubai", "فلاي دبي", ["فلاي دبي"]),
        E("airbus", O, "Airbus", "إيرباص", ["إيرباص"]),
        E("guillaume-faury", P, "Guillaume Faury", "غيوم فوري", ["غيوم فوري"]),
        E("qatar-airways", O, "Qatar Airways Group", "الخطوط الجوية القطرية", ["الخطوط الجوية القطرية"]),
        E("badr-mohammed-al-meer", P, "Badr Mohammed Al-Meer", "بدر محمد المير", ["بدر محمد المير", "المير"]),
        E("iata", O, "International Air Transport Association (IATA)", "الاتحاد الدولي للنقل الجوي",
          ["الاتحاد الدولي للنقل الجوي", "إياتا"]),
        E("willie-walsh", P, "Willie Walsh", "ويلي والش", ["ويلي والش", "والش"]),
        E("dubai-airports", O, "Dubai Airports", "مطارات دبي", ["مطارات دبي"]),
        E("paul-griffiths", P, "Paul Griffiths", "بول غريفيث", ["بول غريفيث", "غريفيث"]),
        E("karim-abdelhamid", P, "Karim Abdelhamid", "كريم عبد الحميد", ["كريم عبد الحميد", "عبد الحميد"]),
        E("strata-aviation-consulting", O, "Strata Aviation Consulting", "ستراتا لاستشارات الطيران",
          ["ستراتا لاستشارات الطيران"]),
        E("sherif-fathy", P, "Sherif Fathy", "شريف فتحي", ["شريف فتحي"]),
        E("google", O, "Google", "غوغل", ["غوغل"]),
        E("hala-mansour", P, "Hala Mansour", "هالة منصور", ["هالة منصور", "منصور"]),
        E("al-waha-travel-group", O, "Al-Waha Travel Group", "مجموعة رحلات الواحة", ["مجموعة رحلات الواحة"]),
    ],
    optional=[
        E("dubai-airshow", O, "Dubai Airshow", "معرض دبي للطيران", ["معرض دبي للطيران"]),
    ],
    blocks=[],
    negatives=["مصر", "المتحف الكبير", "دبي", "777-9", "دولار", "دولارا", "A380", "A321neo", "الدوحة",
               "الشرق الأوسط", "مطار دبي الدولي", "مطار آل مكتوم الدولي", "دبي ورلد سنترال", "آسيا", "أفريقيا",
               "القاهرة", "المتحف المصري الكبير", "الأقصر", "أسوان", "الخليج", "العلمين",
               "الأميركية", "المصري"],
)


def build(name, spec):
    with open(os.path.join(HERE, name + ".txt"), encoding="utf-8") as f:
        content = f.read()
    blocks = []
    for text, ctx in spec["blocks"]:
        assert content.count(ctx) == 1, (name, ctx, content.count(ctx))
        s = content.index(ctx) + ctx.index(text)
        blocks.append((s, s + len(text)))
    ents = [(e, False) for e in spec["entities"]] + [(e, True) for e in spec["optional"]]
    forms = sorted(((f, e, opt) for e, opt in ents for f in e["forms"]), key=lambda x: -len(x[0]))
    mentions, mspans = [], []
    for form, e, opt in forms:
        for s, t in occurrences(content, form):
            if overlaps((s, t), blocks) or overlaps((s, t), mspans):
                continue
            mspans.append((s, t))
            mentions.append({"start": s, "end": t, "text": content[s:t], "entity": e["id"],
                             "kind": e["kind"], "optional": opt})
    mentions.sort(key=lambda m: m["start"])
    negs = [(s, t) for s, t in blocks]
    for text in sorted(spec["negatives"], key=lambda x: -len(x)):
        found = False
        for s, t in occurrences(content, text):
            found = True
            if overlaps((s, t), mspans) or overlaps((s, t), negs):
                continue
            negs.append((s, t))
        assert found, (name, "negative not found", text)
    negs.sort()
    for e, _ in ents:
        assert any(m["entity"] == e["id"] for m in mentions), (name, "no mention", e["id"])
    strip = lambda e: {k: e[k] for k in ("id", "kind", "name_en", "name_ar")}
    out = {
        "lang": "ar",
        "document_date": spec["date"],
        "entities": [strip(e) for e in spec["entities"]],
        "optional_entities": [strip(e) for e in spec["optional"]],
        "mentions": mentions,
        "negatives": [{"start": s, "end": t, "text": content[s:t]} for s, t in negs],
    }
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return out


if __name__ == "__main__":
    for name, spec in DOCS.items():
        out = build(name, spec)
        print(f"{name}: entities={len(out['entities'])}+{len(out['optional_entities'])} optional, "
              f"mentions={len(out['mentions'])}, negatives={len(out['negatives'])}")
