#!/usr/bin/env python3
"""Build the gold JSON for the Arabic blind set ar-c01 … ar-c08.

The article texts live in ar-c0N-<slug>.txt next to this script. This file holds, per article,
the entity specs with every surface form, the negatives and the events. All offsets are computed
by searching the text: a surface form matches as a whole word, optionally preceded by attached
proclitics (و ف + ب ل ك, optionally followed by a tatweel). The proclitics are left out of the
span. Nothing is typed by hand.

Resolution when candidate spans overlap:
  1. context negatives (a plain-word use of a name-like word, given with a context string) win;
  2. otherwise the longer span wins (e.g. «أرامكو السعودية» beats the negative «السعودية»,
     the negative «مطار آل مكتوم الدولي» beats a shorter name inside it);
  3. on equal length a mention beats a general negative.

Run:  python3 ar_build.py        (writes ar-c0N-*.json)
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
PROCLITICS = r"(?:[وف]?[بلك]?ـ?)"


def E(id_, kind, name_en, forms, name_ar=None):
    return {"id": id_, "kind": kind, "name_en": name_en,
            "name_ar": name_ar or forms[0], "forms": list(forms)}


def EV(id_, date, trigger, anchor, what, entities, required=True, mod=None, accept=None):
    acc = list(accept) if accept else [date]
    if date not in acc:
        acc.insert(0, date)
    return {"id": id_, "date": date, "mod": mod, "accept": acc, "required": required,
            "trigger": trigger, "anchor": anchor, "what": what, "entities": list(entities)}


P, C, O = "person", "company", "organization"

SPECS = {}

# --------------------------------------------------------------------------------------------
SPECS["ar-c01-jensen-huang-governments"] = dict(
    document_date="2025-08-20",
    entities=[
        E("jensen-huang", P, "Jensen Huang", ["جنسن هوانغ", "هوانغ"]),
        E("nvidia", C, "Nvidia", ["إنفيديا", "انفيديا", "Nvidia"]),
        E("donald-trump", P, "Donald Trump", ["دونالد ترامب", "ترامب", "ترمب"]),
        E("financial-times", O, "Financial Times", ["فايننشال تايمز"]),
        E("howard-lutnick", P, "Howard Lutnick", ["هوارد لوتنيك"]),
        E("david-sacks", P, "David Sacks", ["ديفيد ساكس"]),
        E("huawei", C, "Huawei", ["هواوي"]),
        E("wang-wentao", P, "Wang Wentao", ["وانغ ون تاو"]),
        E("humain", C, "Humain", ["هيوماين", "Humain"]),
        E("public-investment-fund", O, "Public Investment Fund (PIF)", ["صندوق الاستثمارات العامة"]),
        E("mohammed-bin-salman", P, "Mohammed bin Salman", ["محمد بن سلمان"]),
        E("tareq-amin", P, "Tareq Amin", ["طارق أمين"]),
        E("g42", C, "G42", ["G42"]),
        E("tahnoun-bin-zayed", P, "Tahnoun bin Zayed Al Nahyan", ["طحنون بن زايد آل نهيان"]),
        E("emmanuel-macron", P, "Emmanuel Macron", ["إيمانويل ماكرون"]),
        E("keir-starmer", P, "Keir Starmer", ["كير ستارمر"]),
        E("joe-biden", P, "Joe Biden", ["جو بايدن"]),
        E("nabil-al-shamsi", P, "Nabil Al Shamsi (fictional)", ["نبيل الشامسي", "الشامسي"]),
        E("khalifa-university", O, "Khalifa University", ["جامعة خليفة"]),
        E("amd", C, "AMD", ["إيه إم دي", "AMD"]),
        E("lisa-su", P, "Lisa Su", ["ليزا سو"]),
    ],
    optional=[
        E("white-house", O, "White House", ["البيت الأبيض"]),
        E("saudi-us-investment-forum", O, "Saudi-US Investment Forum", ["منتدى الاستثمار السعودي الأمريكي"]),
        E("china-supply-chain-expo", O, "China International Supply Chain Expo", ["معرض الصين الدولي لسلاسل الإمداد"]),
    ],
    negatives=["واشنطن", "بكين", "الرياض", "أبوظبي", "الصين", "الإمارات", "الولايات المتحدة", "المملكة",
               "أوروبا", "لندن", "باريس", "الخليج", "H20", "مركز الملك عبدالعزيز الدولي للمؤتمرات", "أمل",
               "الأمريكي", "الأمريكية", "الصيني", "الصينية", "صينية", "صينيين", "السعودي", "الإماراتي",
               "الفرنسي", "البريطاني", "دولار"],
    ctx_negatives=[],
    events=[
        EV("export-revenue-deal", "2025-W33", "ففي الأسبوع الماضي",
           "كشفت صحيفة فايننشال تايمز أن إنفيديا وافقت على تحويل 15% من إيرادات مبيعات رقائق H20 في الصين إلى الحكومة الأمريكية",
           "Last week the Financial Times revealed Nvidia agreed to hand 15% of its China H20 revenue to the US government in exchange for export licences; Trump said Huang talked him down from 20%.",
           ["nvidia", "financial-times", "donald-trump", "jensen-huang"],
           accept=["2025-W33", "2025-08", "2025-08-10", "2025-08-11"]),
        EV("four-trillion", "2025-07-09", "في التاسع من يوليو/تموز الماضي", "تجاوزت قيمتها السوقية 4 تريليونات دولار",
           "Nvidia's market value passed $4 trillion, the first listed company to do so.", ["nvidia"]),
        EV("h20-restrictions", "2025-04", "في أبريل/نيسان الماضي", "قيوداً مشددة على تصدير رقائق H20 إلى الصين",
           "The Trump administration restricted H20 chip exports to China, costing Nvidia a $5.5bn charge.",
           ["donald-trump", "nvidia"]),
        EV("beijing-visit", "2025-07", "وفي منتصف يوليو/تموز", "حط هوانغ رحاله في بكين",
           "Huang visited Beijing for the supply-chain expo, announced H20 sales would resume and met Wang Wentao.",
           ["jensen-huang", "wang-wentao", "nvidia"], mod="mid", accept=["2025-07", "2025-07-15", "2025-07-16"]),
        EV("riyadh-forum", "2025-05-13", "يوم 13 مايو/أيار الماضي",
           "كان حضور هوانغ لافتاً في منتدى الاستثمار السعودي الأمريكي",
           "Huang attended the Saudi-US Investment Forum in Riyadh during Trump's visit; Humain announced a deal for 18,000 Nvidia chips.",
           ["jensen-huang", "donald-trump", "humain", "nvidia", "public-investment-fund", "mohammed-bin-salman", "tareq-amin"]),
        EV("uae-ai-campus", "2025-05-15", "وبعد يومين فقط",
           "أعلنت الإمارات والولايات المتحدة عن إنشاء مجمع للذكاء الاصطناعي في أبوظبي",
           "Two days after the Riyadh forum, the UAE and the US announced a 5GW AI campus in Abu Dhabi built by G42.",
           ["g42", "tahnoun-bin-zayed", "nvidia"], accept=["2025-05-15", "2025-05"]),
        EV("europe-tour", "2025-06", "في يونيو/حزيران", "جال هوانغ",
           "Huang toured London and Paris, appearing with Macron and Starmer and announcing sovereign-AI partnerships.",
           ["jensen-huang", "emmanuel-macron", "keir-starmer"]),
        EV("first-trillion", "2023-05", "في مايو/أيار 2023", "كانت إنفيديا تتجاوز للمرة الأولى حاجز التريليون دولار",
           "Two years earlier Nvidia first crossed a $1 trillion market value while the Biden administration tightened chip export curbs.",
           ["nvidia", "joe-biden"], accept=["2023-05", "2023"]),
        EV("q2-results", "2025-08-27", "في 27 أغسطس/آب الجاري",
           "وتترقب الأسواق نتائج إنفيديا للربع الثاني من سنتها المالية",
           "Nvidia is due to report its fiscal second-quarter results.", ["nvidia"]),
    ],
)

# --------------------------------------------------------------------------------------------
SPECS["ar-c02-gulf-markets-q3-results"] = dict(
    document_date="2025-11-06",
    entities=[
        E("saudi-aramco", C, "Saudi Aramco", ["أرامكو السعودية", "أرامكو"]),
        E("amin-nasser", P, "Amin Nasser", ["أمين الناصر"]),
        E("al-rajhi-bank", C, "Al Rajhi Bank", ["مصرف الراجحي"]),
        E("waleed-al-mogbel", P, "Waleed Al-Mogbel", ["وليد المقبل"]),
        E("saudi-national-bank", C, "Saudi National Bank (SNB)", ["البنك الأهلي السعودي"]),
        E("acwa-power", C, "ACWA Power", ["أكوا باور", "ACWA Power"]),
        E("mohammad-abunayyan", P, "Mohammad Abunayyan", ["محمد أبونيان"]),
        E("sanabel-al-sharq", C, "Sanabel Al Sharq Real Estate Development (fictional)",
          ["سنابل الشرق للتطوير العقاري", "سنابل الشرق"]),
        E("majed-al-qahtani", P, "Majed Al-Qahtani (fictional)", ["ماجد القحطاني", "القحطاني"]),
        E("emaar-properties", C, "Emaar Properties", ["إعمار العقارية", "إعمار"]),
        E("mohamed-alabbar", P, "Mohamed Alabbar", ["محمد العبار"]),
        E("emirates-nbd", C, "Emirates NBD", ["بنك الإمارات دبي الوطني"]),
        E("rbl-bank", C, "RBL Bank", ["آر بي إل"]),
        E("shayne-nelson", P, "Shayne Nelson", ["شاين نيلسون"]),
        E("adnoc-gas", C, "ADNOC Gas", ["أدنوك للغاز"]),
        E("aldar-properties", C, "Aldar Properties", ["الدار العقارية"]),
        E("talal-al-dhiyebi", P, "Talal Al Dhiyebi", ["طلال الذيبي"]),
        E("qnb", C, "Qatar National Bank (QNB)", ["بنك قطر الوطني", "QNB"]),
        E("hisham-al-zahrani", P, "Hisham Al-Zahrani (fictional)", ["هشام الزهراني", "الزهراني"]),
        E("al-madar-financial", C, "Al Madar Financial (fictional)", ["المدار المالية"]),
        E("federal-reserve", O, "Federal Reserve", ["مجلس الاحتياطي الفيدرالي", "الاحتياطي الفيدرالي"]),
        E("opec-plus", O, "OPEC+", ["أوبك+"]),
    ],
    optional=[
        E("dubai-financial-market", O, "Dubai Financial Market", ["سوق دبي المالي"]),
        E("nomu-parallel-market", O, "Nomu - Parallel Market", ["نمو"]),
        E("abu-dhabi-securities-exchange", O, "Abu Dhabi Securities Exchange", ["سوق أبوظبي للأوراق المالية"]),
        E("qatar-stock-exchange", O, "Qatar Stock Exchange", ["بورصة قطر"]),
    ],
    negatives=["تاسي", "ريال", "درهم", "دولار", "دولاراً", "دبي", "أبوظبي", "الدوحة", "الكويت", "مسقط", "البحرين",
               "أوزبكستان", "المملكة", "جزيرة السعديات", "برنت", "الرياض", "الهندي", "الهندية", "الأمريكي",
               "السعودية", "الخليجية"],
    ctx_negatives=[("تداول", "قيم تداول"), ("نمو", "استمرار نمو محفظة"), ("نمو", "من نمو أرباحها")],
    events=[
        EV("session-close", "2025-11-06", "اليوم الخميس", "أنهت أسواق الأسهم الخليجية تعاملات",
           "Gulf bourses closed the week mixed: the Saudi index rose 0.6% on Aramco, Dubai fell 0.3%.",
           ["saudi-aramco"]),
        EV("aramco-results-announced", "2025-11-04", "يوم الثلاثاء الماضي", "بعدما أعلنت الشركة",
           "Aramco announced its third-quarter results.", ["saudi-aramco", "amin-nasser"]),
        EV("aramco-q3-income", "2025-Q3", "في الربع الثالث", "تحقيق صافي دخل بنحو ٢٨ مليار دولار",
           "Aramco earned about $28bn net income in the third quarter of 2025.", ["saudi-aramco"]),
        EV("acwa-ppa-uzbekistan", "2025-11-05", "أمس الأربعاء",
           "توقيع اتفاقيات لشراء الطاقة لمشروعات طاقة متجددة في أوزبكستان",
           "ACWA Power announced power purchase agreements for 2GW of renewables in Uzbekistan.", ["acwa-power"]),
        EV("sanabel-main-market", "2026", "منتصف العام المقبل", "نية الشركة الانتقال إلى السوق الرئيسية",
           "Sanabel Al Sharq plans to move from Nomu to the main market.", ["sanabel-al-sharq", "majed-al-qahtani"],
           required=False, mod="mid", accept=["2026", "2026-06", "2026-07"]),
        EV("enbd-rbl-deal", "2025-10", "في أكتوبر/تشرين الأول الماضي",
           "صفقة الاستحواذ على حصة الأغلبية في بنك «آر بي إل» الهندي",
           "Emirates NBD announced the acquisition of a majority stake in India's RBL Bank.",
           ["emirates-nbd", "rbl-bank", "shayne-nelson"], accept=["2025-10", "2025-10-18"]),
        EV("aldar-saadiyat-launch", "2025-W44", "الأسبوع الماضي", "إطلاق مشروعات جديدة في جزيرة السعديات",
           "Aldar's CEO announced new projects on Saadiyat Island worth over AED 8bn.",
           ["aldar-properties", "talal-al-dhiyebi"], accept=["2025-W44", "2025-10", "2025-11"]),
        EV("fed-december-meeting", "2025-12", "في ديسمبر/كانون الأول المقبل", "اجتماع مجلس الاحتياطي الفيدرالي الأمريكي",
           "The US Federal Reserve's December meeting, awaited by Gulf investors.", ["federal-reserve"],
           accept=["2025-12", "2025-12-10"]),
        EV("opec-plus-decision", "2025-11-02", "مطلع الأسبوع", "قررت الدول الثماني في تحالف «أوبك+»",
           "Eight OPEC+ countries agreed a small December increase and a first-quarter pause.", ["opec-plus"],
           required=False, accept=["2025-11-02", "2025-W45", "2025-11"]),
    ],
)

# --------------------------------------------------------------------------------------------
SPECS["ar-c03-sharm-el-sheikh-summit"] = dict(
    document_date="2025-10-14",
    entities=[
        E("donald-trump", P, "Donald Trump", ["دونالد ترمب", "ترمب"]),
        E("abdel-fattah-el-sisi", P, "Abdel Fattah el-Sisi", ["عبد الفتاح السيسي", "السيسي"]),
        E("tamim-bin-hamad", P, "Tamim bin Hamad Al Thani", ["تميم بن حمد آل ثاني"]),
        E("recep-tayyip-erdogan", P, "Recep Tayyip Erdogan", ["رجب طيب إردوغان"]),
        E("hamas", O, "Hamas", ["حماس"]),
        E("steve-witkoff", P, "Steve Witkoff", ["ستيف ويتكوف"]),
        E("jared-kushner", P, "Jared Kushner", ["جاريد كوشنر"]),
        E("abdullah-ii", P, "King Abdullah II of Jordan", ["عبد الله الثاني"]),
        E("mahmoud-abbas", P, "Mahmoud Abbas", ["محمود عباس"]),
        E("emmanuel-macron", P, "Emmanuel Macron", ["إيمانويل ماكرون"]),
        E("keir-starmer", P, "Keir Starmer", ["كير ستارمر"]),
        E("giorgia-meloni", P, "Giorgia Meloni", ["جورجيا ميلوني"]),
        E("pedro-sanchez", P, "Pedro Sanchez", ["بيدرو سانشيز"]),
        E("united-nations", O, "United Nations", ["الأمم المتحدة"]),
        E("antonio-guterres", P, "Antonio Guterres", ["أنطونيو غوتيريش"]),
        E("faisal-bin-farhan", P, "Faisal bin Farhan", ["فيصل بن فرحان"]),
        E("benjamin-netanyahu", P, "Benjamin Netanyahu", ["بنيامين نتنياهو"]),
        E("badr-abdelatty", P, "Badr Abdelatty", ["بدر عبد العاطي", "عبد العاطي"]),
        E("marco-rubio", P, "Marco Rubio", ["ماركو روبيو"]),
        E("mohammed-bin-abdulrahman-al-thani", P, "Mohammed bin Abdulrahman Al Thani", ["محمد بن عبد الرحمن آل ثاني"]),
        E("nawaf-salam", P, "Nawaf Salam", ["نواف سلام", "سلام"]),
        E("arab-league", O, "Arab League", ["جامعة الدول العربية"]),
        E("ahmed-aboul-gheit", P, "Ahmed Aboul Gheit", ["أحمد أبو الغيط"]),
        E("asharq-al-awsat", O, "Asharq Al-Awsat", ["الشرق الأوسط"]),
    ],
    optional=[
        E("sharm-el-sheikh-peace-summit", O, "Sharm El-Sheikh Peace Summit", ["قمة شرم الشيخ للسلام"]),
        E("knesset", O, "Knesset", ["الكنيست"]),
        E("palestinian-authority", O, "Palestinian Authority", ["السلطة الفلسطينية"]),
    ],
    negatives=["شرم الشيخ", "غزة", "قطاع غزة", "إسرائيل", "القاهرة", "القدس", "مطار شرم الشيخ الدولي", "السعودية",
               "لبنان", "جنوب لبنان", "قلادة النيل", "صباح", "قطر", "الأمريكي", "المصري", "التركي", "الإسرائيلي",
               "الإسرائيلية", "إسرائيلياً", "فلسطيني", "فلسطينية", "الأردني", "الفرنسي", "البريطاني", "الإيطالية",
               "الإسباني", "القطري", "اللبنانية", "مصرية", "قطرية", "تركية", "مصري", "يهودية", "أمريكية", "عرب",
               "دولار"],
    ctx_negatives=[("سلام", "أي سلام دائم"), ("الشرق الأوسط", "يوم عظيم في الشرق الأوسط")],
    events=[
        EV("summit-signing", "2025-10-13", "مساء أمس (الاثنين)",
           "وقّع الرئيسان الأمريكي دونالد ترمب والمصري عبد الفتاح السيسي",
           "Trump, Sisi, Emir Tamim and Erdogan signed a document on ending the Gaza war at the Sharm El-Sheikh summit.",
           ["donald-trump", "abdel-fattah-el-sisi", "tamim-bin-hamad", "recep-tayyip-erdogan"]),
        EV("hostage-release", "2025-10-13", "بعد ساعات",
           "إفراج حركة حماس عن آخر 20 رهينة إسرائيلياً على قيد الحياة",
           "Hours before the summit Hamas released the last 20 living Israeli hostages in exchange for about 2,000 Palestinian prisoners.",
           ["hamas"]),
        EV("knesset-speech", "2025-10-13", "صباح اليوم نفسه", "خطاباً أمام الكنيست في القدس",
           "Trump addressed the Knesset in Jerusalem the same morning before flying to Sharm El-Sheikh.",
           ["donald-trump"]),
        EV("ceasefire-agreement", "2025-10-09", "فجر الخميس الماضي", "وكان الاتفاق قد أُبرم في شرم الشيخ",
           "The ceasefire agreement was concluded in Sharm El-Sheikh after indirect talks involving Witkoff and Kushner.",
           ["steve-witkoff", "jared-kushner"], accept=["2025-10-09", "2025-10-08"]),
        EV("ceasefire-in-effect", "2025-10-10", "ظهر الجمعة 10 أكتوبر/تشرين الأول", "يدخل وقف إطلاق النار حيز التنفيذ",
           "The Gaza ceasefire took effect at noon.", []),
        EV("cairo-reconstruction-conference", "2025-11", "الشهر المقبل",
           "القاهرة ستستضيف مؤتمراً دولياً للتعافي المبكر وإعادة إعمار غزة",
           "Abdelatty said Cairo will host an international conference on early recovery and reconstruction of Gaza.",
           ["badr-abdelatty"]),
        EV("war-outbreak", "2023-10-07", "في السابع من أكتوبر/تشرين الأول 2023", "اندلاع الحرب",
           "The Gaza war broke out two years earlier.", []),
    ],
)

# --------------------------------------------------------------------------------------------
SPECS["ar-c04-nassr-ahli-transfers"] = dict(
    document_date="2026-01-25",
    entities=[
        E("cristiano-ronaldo", P, "Cristiano Ronaldo", ["كريستيانو رونالدو", "رونالدو"]),
        E("al-nassr", O, "Al Nassr FC", ["النصر"]),
        E("al-ahli", O, "Al Ahli Saudi FC", ["الأهلي"]),
        E("ivan-toney", P, "Ivan Toney", ["إيفان توني", "توني"]),
        E("riyad-mahrez", P, "Riyad Mahrez", ["رياض محرز", "محرز"]),
        E("joao-felix", P, "Joao Felix", ["جواو فيليكس"]),
        E("kingsley-coman", P, "Kingsley Coman", ["كينغسلي كومان", "كومان"]),
        E("inigo-martinez", P, "Inigo Martinez", ["إينيغو مارتينيز"]),
        E("edouard-mendy", P, "Edouard Mendy", ["إدوارد ميندي"]),
        E("al-hilal", O, "Al Hilal FC", ["الهلال"]),
        E("simone-inzaghi", P, "Simone Inzaghi", ["سيموني إنزاغي"]),
        E("al-shabab", O, "Al Shabab FC", ["الشباب"]),
        E("al-ittihad", O, "Al Ittihad FC", ["الاتحاد"]),
        E("jorge-jesus", P, "Jorge Jesus", ["خورخي جيسوس", "جيسوس"]),
        E("matthias-jaissle", P, "Matthias Jaissle", ["ماتياس يايسله", "يايسله"]),
        E("faisal-al-balawi", P, "Faisal Al-Balawi (fictional referee)", ["فيصل البلوي"]),
        E("saudi-arabian-football-federation", O, "Saudi Arabian Football Federation", ["الاتحاد السعودي لكرة القدم"]),
        E("arriyadiyah", O, "Arriyadiyah (newspaper)", ["الرياضية"]),
        E("olympique-de-marseille", O, "Olympique de Marseille", ["أولمبيك مرسيليا", "مرسيليا"]),
        E("nayef-aguerd", P, "Nayef Aguerd", ["نايف أكرد", "أكرد"]),
        E("real-sociedad", O, "Real Sociedad", ["ريال سوسيداد"]),
        E("fifa", O, "FIFA", ["الاتحاد الدولي لكرة القدم", "فيفا"]),
        E("al-fayha", O, "Al Fayha FC", ["الفيحاء"]),
        E("al-kholood", O, "Al Kholood FC", ["الخلود"]),
    ],
    optional=[
        E("saudi-pro-league", O, "Saudi Pro League (Roshn)", ["دوري روشن السعودي للمحترفين"]),
        E("fifa-world-cup-2026", O, "FIFA World Cup 2026", ["كأس العالم 2026"]),
    ],
    negatives=["الرياض", "جدة", "ملعب الأول بارك", "ملعب الأمير فيصل بن فهد", "البرتغال", "الولايات المتحدة", "كندا",
               "المكسيك", "يورو", "البرتغالي", "الإنجليزي", "الجزائري", "الفرنسي", "الإسباني", "السنغالي", "الإيطالي",
               "الألماني", "المغربي", "السعودية", "جميل"],
    ctx_negatives=[("النصر", "وهو النصر الحادي عشر"), ("الرياضية", "الأوساط الرياضية")],
    events=[
        EV("nassr-ahli-match", "2026-01-24", "مساء أمس السبت",
           "قاد النجم البرتغالي كريستيانو رونالدو فريقه النصر إلى فوز مثير على ضيفه الأهلي",
           "Al Nassr beat Al Ahli 3-2 in Riyadh, Ronaldo scoring the late winner.",
           ["cristiano-ronaldo", "al-nassr", "al-ahli", "ivan-toney", "joao-felix", "kingsley-coman"]),
        EV("hilal-shabab-match", "2026-01-24", "أمس", "على الشباب بهدفين دون رد",
           "Al Hilal beat Al Shabab 2-0.", ["al-hilal", "al-shabab", "simone-inzaghi"]),
        EV("winter-window-closes", "2026-01-31", "في 31 يناير/كانون الثاني الجاري", "غلق نافذة الانتقالات الشتوية",
           "The Saudi winter transfer window closes.", []),
        EV("aguerd-joined-marseille", "2025-SU", "الصيف الماضي", "انضم إليها",
           "Aguerd joined Marseille from Real Sociedad.", ["nayef-aguerd", "olympique-de-marseille", "real-sociedad"],
           required=False, accept=["2025-SU", "2025", "2025-07", "2025-08"]),
        EV("ronaldo-birthday", "2026-02-05", "في الخامس من فبراير/شباط المقبل",
           "يستعد رونالدو للاحتفال بعيد ميلاده الحادي والأربعين",
           "Ronaldo turns 41.", ["cristiano-ronaldo"]),
        EV("ronaldo-contract-extension", "2025-06", "في يونيو/حزيران الماضي", "مدد عقده مع النصر",
           "Ronaldo extended his Al Nassr contract until summer 2027.", ["cristiano-ronaldo", "al-nassr"]),
        EV("world-cup-2026", "2026-SU", "الصيف المقبل", "كأس العالم 2026 التي ينظمها الاتحاد الدولي لكرة القدم (فيفا)",
           "FIFA holds the 2026 World Cup in the US, Canada and Mexico.", ["fifa"],
           required=False, accept=["2026-SU", "2026", "2026-06", "2026-07"]),
        EV("ittihad-nassr-next", "2026-01-30", "يوم الجمعة المقبل", "ويحل النصر ضيفاً على الاتحاد في جدة",
           "Al Nassr visit Al Ittihad in Jeddah.", ["al-nassr", "al-ittihad"]),
        EV("ahli-fayha-next", "2026-01-30", "في اليوم ذاته", "يستقبل الأهلي فريق الفيحاء",
           "Al Ahli host Al Fayha the same day.", ["al-ahli", "al-fayha"]),
    ],
)

# --------------------------------------------------------------------------------------------
SPECS["ar-c05-egypt-central-bank-rate-cut"] = dict(
    document_date="2025-08-29",
    entities=[
        E("central-bank-of-egypt", O, "Central Bank of Egypt",
          ["البنك المركزي المصري", "البنك المركزي", "المركزي المصري"]),
        E("hassan-abdalla", P, "Hassan Abdalla", ["حسن عبدالله"]),
        E("adq", O, "ADQ (Abu Dhabi Developmental Holding Company)", ["أبوظبي التنموية القابضة", "ADQ"]),
        E("imf", O, "International Monetary Fund", ["صندوق النقد الدولي", "صندوق النقد"]),
        E("kristalina-georgieva", P, "Kristalina Georgieva", ["كريستالينا غورغييفا"]),
        E("julie-kozack", P, "Julie Kozack", ["جولي كوزاك"]),
        E("ahmed-kouchouk", P, "Ahmed Kouchouk", ["أحمد كجوك"]),
        E("mostafa-madbouly", P, "Mostafa Madbouly", ["مصطفى مدبولى", "مدبولي", "مدبولى"]),
        E("sara-elgamal", P, "Sara El-Gamal (fictional)", ["سارة الجمال", "الجمال"]),
        E("delta-financial-research", C, "Delta Financial Research (fictional)", ["دلتا للأبحاث المالية"]),
        E("goldman-sachs", C, "Goldman Sachs", ["غولدمان ساكس"]),
        E("jpmorgan", C, "JPMorgan", ["جيه بي مورغان"]),
        E("national-bank-of-egypt", C, "National Bank of Egypt", ["البنك الأهلي المصري"]),
        E("banque-misr", C, "Banque Misr", ["بنك مصر"]),
    ],
    optional=[
        E("cbe-monetary-policy-committee", O, "CBE Monetary Policy Committee", ["لجنة السياسة النقدية"]),
        E("capmas", O, "CAPMAS", ["الجهاز المركزي للتعبئة العامة والإحصاء"]),
        E("imf-rsf", O, "IMF Resilience and Sustainability Facility", ["تسهيل الصلابة والاستدامة"]),
    ],
    negatives=["مصر", "الجنيه", "الجنيهات", "جنيه", "الدولار", "دولار", "رأس الحكمة", "الإماراتية", "المصري",
               "المصريين", "بيان", "صالح", "عادل"],
    ctx_negatives=[],
    events=[
        EV("rate-cut-august", "2025-08-28", "مساء أمس الخميس",
           "خفض سعري عائد الإيداع والإقراض لليلة واحدة بواقع 200 نقطة أساس",
           "The CBE's MPC cut overnight deposit and lending rates by 200bp to 22% and 23%.",
           ["central-bank-of-egypt"]),
        EV("rate-cut-april", "2025-04-17", "في 17 أبريل/نيسان", "بعد خفض بواقع 225 نقطة أساس",
           "The CBE cut rates by 225bp, its first cut in over four years.", ["central-bank-of-egypt"]),
        EV("rate-cut-may", "2025-05-22", "في 22 مايو/أيار", "ثم خفض آخر بمقدار 100 نقطة أساس",
           "The CBE cut rates by another 100bp.", ["central-bank-of-egypt"]),
        EV("rate-hold-july", "2025-07-10", "يوم 10 يوليو/تموز", "أبقت اللجنة على أسعار الفائدة دون تغيير",
           "The MPC held rates unchanged.", ["central-bank-of-egypt"]),
        EV("pound-float", "2024-03", "في مارس/آذار 2024", "تحرير الجنيه ورفع الفائدة 600 نقطة أساس دفعة واحدة",
           "Under Hassan Abdalla the CBE floated the pound and hiked rates by 600bp.",
           ["central-bank-of-egypt", "hassan-abdalla"], accept=["2024-03", "2024-03-06"]),
        EV("ras-el-hekma-deal", "2024-02", "في فبراير/شباط من العام نفسه", "توقيع مصر صفقة رأس الحكمة",
           "Egypt signed the $35bn Ras El-Hekma deal with ADQ.", ["adq"], accept=["2024-02", "2024-02-23"]),
        EV("imf-fourth-review", "2025-03", "وفي مارس/آذار الماضي", "وافق المجلس التنفيذي لصندوق النقد",
           "The IMF board completed the fourth review of Egypt's programme, releasing about $1.2bn, and approved $1.3bn under the RSF.",
           ["imf", "kristalina-georgieva"], accept=["2025-03", "2025-03-10", "2025-03-11"]),
        EV("combined-reviews", "2025-FA", "خلال الخريف المقبل",
           "أن تُدمج المراجعتان الخامسة والسادسة في مراجعة واحدة",
           "The IMF's fifth and sixth reviews are expected to be combined in one review.", ["imf"],
           required=False, accept=["2025-FA", "2025-09", "2025-10", "2025-11", "2025"]),
        EV("next-mpc-meeting", "2025-10-02", "في اجتماع 2 أكتوبر/تشرين الأول", "أن يأتي الخفض المقبل",
           "The next rate cut is expected at the MPC meeting.", ["sara-elgamal", "central-bank-of-egypt"]),
    ],
)

# --------------------------------------------------------------------------------------------
SPECS["ar-c06-opec-plus-december-pause"] = dict(
    document_date="2025-11-03",
    entities=[
        E("opec-plus", O, "OPEC+", ["أوبك+"]),
        E("opec", O, "OPEC", ["منظمة البلدان المصدرة للبترول", "أوبك"]),
        E("abdulaziz-bin-salman", P, "Prince Abdulaziz bin Salman",
          ["عبدالعزيز بن سلمان بن عبدالعزيز", "عبدالعزيز بن سلمان", "عبدالعزيز"]),
        E("saudi-press-agency", O, "Saudi Press Agency (SPA)", ["وكالة الأنباء السعودية", "واس"]),
        E("alexander-novak", P, "Alexander Novak", ["ألكسندر نوفاك"]),
        E("amin-nasser", P, "Amin Nasser", ["أمين الناصر"]),
        E("saudi-aramco", C, "Saudi Aramco", ["أرامكو السعودية", "أرامكو"]),
        E("donald-trump", P, "Donald Trump", ["دونالد ترامب", "ترامب"]),
        E("rosneft", C, "Rosneft", ["روسنفت"]),
        E("lukoil", C, "Lukoil", ["لوك أويل"]),
        E("adnoc", C, "ADNOC", ["أدنوك"]),
        E("sultan-al-jaber", P, "Sultan Ahmed Al Jaber", ["سلطان أحمد الجابر"]),
        E("qatarenergy", C, "QatarEnergy", ["قطر للطاقة"]),
        E("saad-al-kaabi", P, "Saad Sherida Al-Kaabi", ["سعد شريده الكعبي", "الكعبي"], name_ar="سعد شريدة الكعبي"),
        E("hayan-abdul-ghani", P, "Hayan Abdul-Ghani", ["حيان عبد الغني"]),
        E("haitham-al-ghais", P, "Haitham Al Ghais", ["هيثم الغيص", "الغيص"]),
        E("goldman-sachs", C, "Goldman Sachs", ["غولدمان ساكس"]),
        E("reem-al-ali", P, "Reem Al-Ali (fictional)", ["ريم العلي"]),
        E("petrolink-consulting", C, "Petrolink Consulting (fictional)", ["بترولينك للاستشارات"]),
    ],
    optional=[
        E("future-investment-initiative", O, "Future Investment Initiative", ["مبادرة مستقبل الاستثمار"]),
    ],
    negatives=["السعودية", "روسيا", "العراق", "الإمارات", "الكويت", "كازاخستان", "الجزائر", "سلطنة عمان", "موسكو",
               "الهند", "الصين", "الشرق الأوسط", "الرياض", "دبي", "بغداد", "ميناء البصرة", "كركوك", "جيهان",
               "حقل الشمال الشرقي", "قطر", "آسيا", "أوروبا", "برنت", "بيان", "صالح", "وزارة الطاقة السعودية",
               "السعودي", "الروسي", "الأمريكي", "العراقي", "دولاراً", "الآسيويين"],
    ctx_negatives=[],
    events=[
        EV("opec-plus-meeting", "2025-11-02", "أمس الأحد 11 جمادى الأولى 1447هـ",
           "اتفقت الدول الثماني الأعضاء في تحالف «أوبك+»",
           "Eight OPEC+ members held a virtual meeting and agreed their December output and a Q1 pause.",
           ["opec-plus"]),
        EV("december-increase", "2025-12", "في ديسمبر/كانون الأول المقبل",
           "زيادة إنتاجها من النفط بمقدار 137 ألف برميل يومياً",
           "OPEC+ eight raise output by 137,000 bpd.", ["opec-plus"]),
        EV("q1-pause", "2026-Q1", "خلال الربع الأول من 2026", "تتوقف الزيادات",
           "Output increments are paused for January-March 2026.", ["opec-plus"],
           accept=["2026-Q1", "2026-01", "2026"]),
        EV("unwinding-start", "2025-04", "في أبريل/نيسان الماضي",
           "التراجع التدريجي عن تخفيضات طوعية بلغت 2.2 مليون برميل يومياً",
           "The eight began unwinding 2.2m bpd of voluntary cuts.", ["opec-plus"]),
        EV("second-tranche", "2025-10", "في أكتوبر/تشرين الأول", "تفكيك شريحة ثانية قدرها 1.65 مليون برميل يومياً",
           "The group moved on to unwinding a second 1.65m bpd tranche.", ["opec-plus"]),
        EV("nasser-fii", "2025-W44", "الأسبوع الماضي", "خلال مشاركته في مؤتمر مبادرة مستقبل الاستثمار بالرياض",
           "Aramco's Amin Nasser said at FII in Riyadh that oil demand remains robust.",
           ["amin-nasser", "saudi-aramco"], accept=["2025-W44", "2025-10", "2025-10-28"]),
        EV("us-sanctions-rosneft-lukoil", "2025-10-22", "في 22 أكتوبر/تشرين الأول", "عقوبات على شركتي روسنفت ولوك أويل",
           "The Trump administration sanctioned Rosneft and Lukoil.", ["donald-trump", "rosneft", "lukoil"]),
        EV("north-field-east-start", "2026", "منتصف 2026", "بدء الإنتاج من مشروع توسعة حقل الشمال الشرقي",
           "QatarEnergy expects to start production from the North Field East expansion.",
           ["qatarenergy", "saad-al-kaabi"], mod="mid", accept=["2026", "2026-06", "2026-07"]),
        EV("full-opec-plus-meeting", "2025-11-30", "في 30 نوفمبر/تشرين الثاني الجاري",
           "أن يعقد وزراء «أوبك+» بكامل أعضائه اجتماعاً",
           "Full OPEC+ ministerial meeting on a capacity-assessment mechanism for 2027 baselines.",
           ["opec-plus"]),
    ],
)

# --------------------------------------------------------------------------------------------
SPECS["ar-c07-kuwait-roads-contracts-verdict"] = dict(
    document_date="2025-11-19",
    entities=[
        E("talal-al-bader", P, "Talal Nasser Al-Bader (fictional)", ["طلال ناصر البدر", "طلال البدر", "البدر"]),
        E("al-bader-united-contracting", C, "Al-Bader United General Contracting (fictional)",
          ["البدر المتحدة للمقاولات العامة", "البدر المتحدة"]),
        E("saud-al-bader", P, "Saud Talal Al-Bader (fictional)", ["سعود طلال البدر"]),
        E("faisal-al-harbash", P, "Faisal Al-Harbash (fictional judge)", ["فيصل الحربش"]),
        E("al-sahel-al-dhahabi", C, "Al Sahel Al Dhahabi General Trading (fictional)", ["الساحل الذهبي للتجارة العامة"]),
        E("adel-al-failakawi", P, "Adel Al-Failakawi (fictional lawyer)", ["عادل الفيلكاوي", "الفيلكاوي"]),
        E("al-rai", O, "Al Rai (newspaper)", ["الراي"]),
        E("meshal-al-ahmad", P, "Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah", ["مشعل الأحمد الجابر الصباح"]),
        E("noura-al-mashaan", P, "Noura Al-Mashaan", ["نورة المشعان", "المشعان"]),
    ],
    optional=[
        E("criminal-court", O, "Criminal Court (Kuwait)", ["محكمة الجنايات", "الجنايات"]),
        E("court-of-appeal", O, "Court of Appeal (Kuwait)", ["محكمة الاستئناف"]),
        E("roads-authority", O, "Public Authority for Roads and Land Transport", ["الهيئة العامة للطرق والنقل البري"]),
        E("state-audit-bureau", O, "State Audit Bureau", ["ديوان المحاسبة"]),
        E("nazaha", O, "Kuwait Anti-Corruption Authority (Nazaha)", ["الهيئة العامة لمكافحة الفساد", "نزاهة"]),
        E("public-prosecution", O, "Public Prosecution", ["النيابة العامة", "النيابة"]),
    ],
    negatives=["الكويت", "مطار الكويت الدولي", "دبي", "الجهراء", "الأحمدي", "جسر الشيخ جابر الأحمد", "دينار", "صباح",
               "عادل", "نور", "وزارة الأشغال العامة", "آسيوي", "الرأي العام"],
    ctx_negatives=[("نزاهة", "بكل نزاهة")],
    events=[
        EV("verdict", "2025-11-18", "صباح أمس", "قضت محكمة الجنايات",
           "The Criminal Court sentenced businessman Talal Al-Bader to 7 years and fined him KD 4.2m.",
           ["talal-al-bader", "al-bader-united-contracting", "faisal-al-harbash", "saud-al-bader"]),
        EV("tenders-awarded", "2021", "إلى عام 2021", "رست على الشركة مناقصتان لصيانة الطرق السريعة",
           "Al-Bader United won two highway maintenance tenders worth KD 38m.", ["al-bader-united-contracting"]),
        EV("audit-report", "2023-03", "في مارس 2023", "يكشف تقرير لديوان المحاسبة",
           "A State Audit Bureau report revealed payments for work never carried out.", []),
        EV("referral-to-prosecution", "2023-09", "في سبتمبر من العام ذاته",
           "وأحالت الهيئة العامة لمكافحة الفساد (نزاهة) البلاغ إلى النيابة العامة",
           "Nazaha referred the complaint to the Public Prosecution.", []),
        EV("arrest", "2024-01", "في يناير 2024", "وألقي القبض على البدر في مطار الكويت الدولي",
           "Al-Bader was arrested at Kuwait airport on his return from Dubai.", ["talal-al-bader"]),
        EV("appeal-hearing", "2026-01-14", "14 يناير المقبل", "حددت جلسة",
           "The Court of Appeal set its first hearing of the appeal.", ["talal-al-bader", "adel-al-failakawi"]),
        EV("emir-speech", "2024-05-10", "يوم 10 مايو 2024", "في خطابه",
           "The Emir stressed the need to confront corruption in his speech.", ["meshal-al-ahmad"]),
        EV("contracts-review", "2025", "في وقت سابق من العام الجاري", "إطلاق مراجعة شاملة لعقود صيانة الطرق",
           "Public Works Minister Noura Al-Mashaan launched a review of road maintenance contracts.",
           ["noura-al-mashaan"], required=False),
        EV("company-founded", "1994", "عام 1994", "التي تأسست",
           "Al-Bader United was founded.", ["al-bader-united-contracting"]),
    ],
)

# --------------------------------------------------------------------------------------------
SPECS["ar-c08-emirates-boeing-dubai-airshow"] = dict(
    document_date="2025-11-18",
    entities=[
        E("emirates-airline", C, "Emirates", ["طيران الإمارات"]),
        E("boeing", C, "Boeing", ["بوينغ"]),
        E("ahmed-bin-saeed-al-maktoum", P, "Sheikh Ahmed bin Saeed Al Maktoum",
          ["أحمد بن سعيد آل مكتوم", "أحمد بن سعيد"]),
        E("kelly-ortberg", P, "Kelly Ortberg", ["كيلي أورتبيرغ"]),
        E("tim-clark", P, "Tim Clark", ["تيم كلارك"]),
        E("flydubai", C, "flydubai", ["فلاي دبي", "flydubai"]),
        E("airbus", C, "Airbus", ["إيرباص"]),
        E("ghaith-al-ghaith", P, "Ghaith Al Ghaith", ["غيث الغيث"]),
        E("guillaume-faury", P, "Guillaume Faury", ["غيوم فوري"]),
        E("ofoq-aviation-leasing", C, "Ofoq Aviation Leasing (fictional)",
          ["أفق للتأجير الجوي", "Ofoq Aviation Leasing", "أفق"]),
        E("air-arabia", C, "Air Arabia", ["العربية للطيران"]),
        E("rami-al-khatib", P, "Rami Al-Khatib (fictional)", ["رامي الخطيب"]),
        E("adel-al-ali", P, "Adel Al Ali", ["عادل العلي"]),
        E("yousef-al-hammadi", P, "Yousef Al-Hammadi (fictional)", ["يوسف الحمادي"]),
        E("skybridge-consulting", C, "SkyBridge Consulting (fictional)", ["سكاي بريدج للاستشارات"]),
        E("mohammed-bin-rashid", P, "Sheikh Mohammed bin Rashid Al Maktoum", ["محمد بن راشد آل مكتوم"]),
        E("paul-griffiths", P, "Paul Griffiths", ["بول غريفيث"]),
        E("dubai-airports", C, "Dubai Airports", ["مطارات دبي"]),
        E("al-ain-news", O, "Al Ain News", ["العين الإخبارية"]),
    ],
    optional=[
        E("dubai-airshow", O, "Dubai Airshow", ["معرض دبي للطيران"]),
        E("dubai-civil-aviation-authority", O, "Dubai Civil Aviation Authority", ["هيئة دبي للطيران المدني"]),
    ],
    negatives=["دبي", "مطار آل مكتوم الدولي", "مطار دبي الدولي", "الشارقة", "رأس الخيمة", "777-9", "777X", "A350",
               "A321neo", "A320neo", "درهم", "سعيد", "الأوروبية", "الخليجية", "دولار"],
    ctx_negatives=[("أفق", "في أفق عام 2030")],
    events=[
        EV("emirates-777-9-order", "2025-11-17", "أمس الاثنين", "أعلنت طيران الإمارات",
           "Emirates ordered 65 Boeing 777-9s worth $38bn on the airshow's opening day.",
           ["emirates-airline", "boeing", "ahmed-bin-saeed-al-maktoum", "kelly-ortberg"]),
        EV("boeing-777x-delay", "2025-10", "الشهر الماضي", "كانت بوينغ قد أعلنت",
           "Boeing announced a delay of the first 777-9 delivery and a $4.9bn charge.", ["boeing"],
           accept=["2025-10", "2025-10-29"]),
        EV("first-777-9-delivery", "2027", "إلى عام 2027", "تأجيل أول تسليم للطائرة",
           "First 777-9 delivery now expected.", ["boeing"]),
        EV("emirates-2023-order", "2023-11", "عام 2023", "طلبية قياسية أعلنتها الناقلة في المعرض ذاته",
           "Emirates ordered 90 777X aircraft worth $52bn at the 2023 Dubai Airshow.", ["emirates-airline"],
           accept=["2023-11", "2023", "2023-11-13"]),
        EV("flydubai-airbus-mou", "2025-11-17", "وفي اليوم ذاته", "وقعت فلاي دبي (flydubai) مذكرة تفاهم مع إيرباص",
           "flydubai signed an MoU with Airbus for 150 A321neo aircraft.",
           ["flydubai", "airbus", "ghaith-al-ghaith", "guillaume-faury"]),
        EV("ofoq-deliveries-start", "2026-Q3", "في الربع الثالث من 2026", "يبدأ تسليمها",
           "Deliveries of six A320neo under Ofoq's sale-and-leaseback with Air Arabia start.",
           ["ofoq-aviation-leasing", "air-arabia"], mod="start", accept=["2026-Q3", "2026-07", "2026"]),
        EV("dwc-expansion-plan", "2024-04", "في أبريل/نيسان 2024", "أعلنها صاحب السمو الشيخ محمد بن راشد آل مكتوم",
           "Sheikh Mohammed bin Rashid announced the AED 128bn Al Maktoum International expansion.",
           ["mohammed-bin-rashid"], accept=["2024-04", "2024-04-28"]),
        EV("airshow-ends", "2025-11-21", "حتى الجمعة المقبل 21 نوفمبر/تشرين الثاني", "ويستمر معرض دبي للطيران",
           "The Dubai Airshow runs until Friday.", []),
    ],
)

# --------------------------------------------------------------------------------------------


def find_forms(text, form):
    """Whole-word occurrences of `form`, allowing attached proclitics; returns spans without them."""
    pat = re.compile(r"(?<!\w)" + PROCLITICS + "(" + re.escape(form) + r")(?!\w)")
    return [(m.start(1), m.end(1)) for m in pat.finditer(text)]


def alt_range(text):
    lines = text.split("\n")
    if len(lines) > 1 and lines[1].startswith("!["):
        s = len(lines[0]) + 1 + 2
        e = text.index("](", s)
        return (s, e)
    return (0, 0)


def find_pair(text, trigger, anchor):
    ts = [m.start() for m in re.finditer(re.escape(trigger), text)]
    as_ = [m.start() for m in re.finditer(re.escape(anchor), text)]
    if not ts or not as_:
        raise SystemExit(f"event span not found: trigger={trigger!r} ({len(ts)}) anchor={anchor!r} ({len(as_)})")
    best = None
    for t in ts:
        for a in as_:
            te, ae = t + len(trigger), a + len(anchor)
            gap = max(0, max(t, a) - min(te, ae))
            if best is None or gap < best[0]:
                best = (gap, t, a)
    _, t, a = best
    return ({"start": t, "end": t + len(trigger), "text": trigger},
            {"start": a, "end": a + len(anchor), "text": anchor})


def build(name, spec):
    path = os.path.join(HERE, name + ".txt")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    assert text == unicodedata.normalize("NFC", text), name
    alt = alt_range(text)
    cands = []  # (class, -len, order, start, end, kind, payload)
    for ctx_form, ctx in spec["ctx_negatives"]:
        hits = [m.start() for m in re.finditer(re.escape(ctx), text)]
        if not hits:
            raise SystemExit(f"{name}: context not found {ctx!r}")
        for h in hits:
            inner = find_forms(ctx, ctx_form)
            if not inner:
                raise SystemExit(f"{name}: {ctx_form!r} not a whole word in {ctx!r}")
            s, e = inner[0]
            cands.append((0, -(e - s), 0, h + s, h + e, "neg", None))
    for optional, ents in ((False, spec["entities"]), (True, spec["optional"])):
        for ent in ents:
            for form in ent["forms"]:
                occ = find_forms(text, form)
                if not occ:
                    print(f"  warning {name}: form {form!r} of {ent['id']} not found")
                for s, e in occ:
                    cands.append((1, -(e - s), 0, s, e, "ment", (ent, optional)))
    for form in spec["negatives"]:
        occ = find_forms(text, form)
        if not occ:
            print(f"  warning {name}: negative {form!r} not found")
        for s, e in occ:
            cands.append((1, -(e - s), 1, s, e, "neg", None))
    cands.sort(key=lambda c: (c[0], c[1], c[2], c[3]))
    taken = []
    mentions, negatives = [], []
    for _, _, _, s, e, kind, payload in cands:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        if kind == "neg":
            negatives.append({"start": s, "end": e, "text": text[s:e]})
        else:
            ent, optional = payload
            in_alt = alt[0] <= s and e <= alt[1]
            mentions.append({"start": s, "end": e, "text": text[s:e], "entity": ent["id"],
                             "kind": ent["kind"], "optional": bool(optional or in_alt)})
    mentions.sort(key=lambda m: m["start"])
    negatives.sort(key=lambda m: m["start"])
    events = []
    for ev in spec["events"]:
        trig, anch = find_pair(text, ev["trigger"], ev["anchor"])
        events.append({"id": ev["id"], "date": ev["date"], "mod": ev["mod"], "accept": ev["accept"],
                       "required": ev["required"], "trigger": trig, "anchor": anch, "what": ev["what"],
                       "entities": ev["entities"]})
    strip = lambda e: {k: e[k] for k in ("id", "kind", "name_en", "name_ar")}
    gold = {"lang": "ar", "document_date": spec["document_date"],
            "entities": [strip(e) for e in spec["entities"]],
            "optional_entities": [strip(e) for e in spec["optional"]],
            "mentions": mentions, "negatives": negatives, "events": events}
    with open(os.path.join(HERE, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    used = {m["entity"] for m in mentions}
    for e in spec["entities"] + spec["optional"]:
        if e["id"] not in used:
            print(f"  ERROR {name}: entity {e['id']} has no mention")
    print(f"{name}: {len(text.split())} words, {len(spec['entities'])}+{len(spec['optional'])} entities, "
          f"{len(mentions)} mentions, {len(negatives)} negatives, {len(events)} events")


if __name__ == "__main__":
    only = sys.argv[1:]
    for name, spec in SPECS.items():
        if not only or any(o in name for o in only):
            build(name, spec)
