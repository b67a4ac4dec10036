#!/usr/bin/env python3
"""Build the English blind set en-c01..en-c08 (.txt + gold .json).

All offsets are computed here by searching; none is typed by hand.

Spec format per article:
  entities / optional: (id, kind, name_en, name_ar, [forms])
  negatives: [forms]
A form is either a string (every whole-word, case-sensitive occurrence) or a
tuple (form, context): the context string is searched (whole-word) and only the
form inside it is annotated.  When candidate spans overlap, the one with the
longer match (context length for tuples) wins, so "Saudi Aramco" beats "Saudi",
"King Salman Energy Park" beats "Salman", "OPEC+" beats "OPEC".
Mentions that fall inside the image alt text (line 2 "![...](...)") are optional.
Events: trigger / anchor are exact substrings (unique, or (text, nth)).
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

P, C, O = "person", "company", "organization"

ARTICLES = []


def art(**kw):
    ARTICLES.append(kw)


# ---------------------------------------------------------------------------
# 1. Tech / AI
# ---------------------------------------------------------------------------
art(
    slug="en-c01-openai-g42-stargate-uae",
    date="2025-05-22",
    lines=[
        "OpenAI and G42 to Build First Stargate Campus Outside US in Abu Dhabi",
        "![OpenAI Chief Executive Sam Altman and G42 chief executive Peng Xiao at an event in Abu Dhabi](https://example.com/images/altman-xiao-abu-dhabi.jpg)",
        "DUBAI/SAN FRANCISCO, May 22 (Reuters) - OpenAI will help build a 1-gigawatt data centre cluster in Abu Dhabi with Emirati artificial intelligence firm G42, the companies said on Thursday, the first expansion abroad of the Stargate venture that the ChatGPT maker launched at the White House in January.",
        "The project, called Stargate UAE, also brings in Oracle, Nvidia, Cisco and Japan's SoftBank Group, and its first 200 megawatts are expected to come online next year, according to a joint statement. It will sit inside a 10-square-mile AI campus that the United Arab Emirates and the United States unveiled last week during President Donald Trump's visit to the Gulf.",
        "\"This is a very big moment for the region and for us,\" OpenAI Chief Executive Sam Altman said in a video released with the statement. \"The UAE moved faster than anyone we talked to.\"",
        "Sheikh Tahnoon bin Zayed Al Nahyan, the UAE's national security adviser, chairs both G42 and MGX, the Abu Dhabi state-backed investor that already holds a stake in the U.S. Stargate alongside OpenAI, SoftBank and Oracle. Two people familiar with the talks said Sheikh Tahnoon had pressed Altman for months to commit to the Gulf, and that the outline of a deal was agreed in Washington in March.",
        "Peng Xiao, G42's chief executive, said the site would eventually be able to serve half of the world's population within a radius of 2,000 miles. Xiao added that G42 would pay for the power, cooling and buildings, while OpenAI and Oracle would run the computing.",
        "Nvidia will supply its Grace Blackwell GB300 systems. Jensen Huang, Nvidia's chief executive, who joined Trump on his tour of Riyadh and Abu Dhabi, told reporters in Taipei that the Gulf \"has the energy, the capital and the ambition\" to become a global AI hub.",
        "The deal still needs export licences from the U.S. Commerce Department, whose Bureau of Industry and Security polices shipments of advanced chips. On May 13 the department said it would scrap the Biden administration's AI diffusion rule, which would have capped sales to countries such as the UAE and Saudi Arabia, and Commerce Secretary Howard Lutnick said licences would come with \"strict security conditions\".",
        "Some lawmakers remain wary. Representative John Moolenaar, the Republican chairman of the House Select Committee on the Chinese Communist Party, said shipments must be shielded from diversion to China. G42 sold its stakes in Chinese companies and began removing Huawei equipment in early 2024, a step that cleared the way for Microsoft to invest $1.5 billion in the Abu Dhabi firm in April 2024. Microsoft President Brad Smith sits on G42's board.",
        "The Gulf race is intensifying. Saudi Arabia's Public Investment Fund launched Humain, an AI company chaired by Crown Prince Mohammed bin Salman, on May 12, and Humain has since signed chip agreements with Nvidia and Advanced Micro Devices. Amazon Web Services has pledged $5.3 billion for Saudi data centres, while Meta and Apple have so far kept their Gulf ambitions modest.",
        "\"The question is no longer whether the Gulf gets the chips, it is how quickly the power can be built,\" said Omar Khatib, head of technology research at Dubai-based Sadeem Research. Khatib said AMD, Cisco and Oracle stood to gain, and that graduates of the Mohamed bin Zayed University of Artificial Intelligence would give G42 a local talent base.",
        "OpenAI also said it would offer ChatGPT to users across the UAE under its OpenAI for Countries programme, which aims to help governments build what the company calls sovereign AI systems on American technology.",
        "Oracle, co-founded by Larry Ellison, and SoftBank, led by Masayoshi Son, are already building Stargate data centres in Abilene, Texas. Son has said the U.S. venture could eventually spend $500 billion.",
        "Shares of Nvidia rose 1.1% in premarket trading, while Oracle gained 0.6%. The Nasdaq Composite has risen about 4% so far this month.",
        "(Reporting by Hadia Mansour in Dubai and Kevin O'Rourke in San Francisco; Editing by Clare Fenwick)",
    ],
    entities=[
        ("openai", C, "OpenAI", "أوبن إيه آي", ["OpenAI"]),
        ("g42", C, "G42", "جي 42", ["G42"]),
        ("reuters", O, "Reuters", "رويترز", ["Reuters"]),
        ("oracle", C, "Oracle", "أوراكل", ["Oracle"]),
        ("nvidia", C, "Nvidia", "إنفيديا", ["Nvidia"]),
        ("cisco", C, "Cisco", "سيسكو", ["Cisco"]),
        ("softbank-group", C, "SoftBank Group", "سوفت بنك", ["SoftBank Group", "SoftBank"]),
        ("donald-trump", P, "Donald Trump", "دونالد ترامب", ["Donald Trump", "Trump"]),
        ("sam-altman", P, "Sam Altman", "سام ألتمان", ["Sam Altman", "Altman"]),
        ("tahnoon-bin-zayed", P, "Tahnoon bin Zayed Al Nahyan", "طحنون بن زايد آل نهيان", ["Tahnoon bin Zayed Al Nahyan", "Tahnoon"]),
        ("mgx", C, "MGX", "إم جي إكس", ["MGX"]),
        ("peng-xiao", P, "Peng Xiao", "بنغ شياو", ["Peng Xiao", "Xiao"]),
        ("jensen-huang", P, "Jensen Huang", "جنسن هوانغ", ["Jensen Huang"]),
        ("joe-biden", P, "Joe Biden", "جو بايدن", ["Biden"]),
        ("howard-lutnick", P, "Howard Lutnick", "هوارد لوتنيك", ["Howard Lutnick"]),
        ("john-moolenaar", P, "John Moolenaar", "جون مولينار", ["John Moolenaar"]),
        ("huawei", C, "Huawei", "هواوي", ["Huawei"]),
        ("microsoft", C, "Microsoft", "مايكروسوفت", ["Microsoft"]),
        ("brad-smith", P, "Brad Smith", "براد سميث", ["Brad Smith"]),
        ("public-investment-fund", O, "Public Investment Fund", "صندوق الاستثمارات العامة", ["Public Investment Fund"]),
        ("humain", C, "Humain", "هيوماين", ["Humain"]),
        ("mohammed-bin-salman", P, "Mohammed bin Salman", "محمد بن سلمان", ["Mohammed bin Salman"]),
        ("amd", C, "Advanced Micro Devices", "إيه إم دي", ["Advanced Micro Devices", "AMD"]),
        ("amazon-web-services", C, "Amazon Web Services", "أمازون ويب سيرفيسز", ["Amazon Web Services"]),
        ("meta", C, "Meta", "ميتا", ["Meta"]),
        ("apple", C, "Apple", "آبل", ["Apple"]),
        ("omar-khatib", P, "Omar Khatib", "عمر خطيب", ["Omar Khatib", "Khatib"]),
        ("sadeem-research", C, "Sadeem Research", "", ["Sadeem Research"]),
        ("mbzuai", O, "Mohamed bin Zayed University of Artificial Intelligence", "جامعة محمد بن زايد للذكاء الاصطناعي", ["Mohamed bin Zayed University of Artificial Intelligence"]),
        ("larry-ellison", P, "Larry Ellison", "لاري إليسون", ["Larry Ellison"]),
        ("masayoshi-son", P, "Masayoshi Son", "ماسايوشي سون", ["Masayoshi Son", "Son"]),
        ("hadia-mansour", P, "Hadia Mansour", "", ["Hadia Mansour"]),
        ("kevin-orourke", P, "Kevin O'Rourke", "", ["Kevin O'Rourke"]),
        ("clare-fenwick", P, "Clare Fenwick", "", ["Clare Fenwick"]),
    ],
    optional=[
        ("stargate", C, "Stargate", "ستارغيت", ["Stargate UAE", "Stargate"]),
        ("bureau-of-industry-and-security", O, "Bureau of Industry and Security", "مكتب الصناعة والأمن", ["Bureau of Industry and Security"]),
        ("house-select-committee-ccp", O, "House Select Committee on the Chinese Communist Party", "", ["House Select Committee on the Chinese Communist Party"]),
        ("openai-for-countries", O, "OpenAI for Countries", "", ["OpenAI for Countries"]),
    ],
    negatives=[
        "Build", "First", "Campus", "Outside", "US", "Abu Dhabi", "DUBAI", "SAN FRANCISCO", "May", "Emirati",
        "Thursday", "ChatGPT", "White House", "January", "UAE", "Japan", "United Arab Emirates", "United States",
        "Gulf", "U.S.", "Washington", "March", "Grace Blackwell GB300", "Riyadh", "Taipei",
        "Commerce Department", "Saudi Arabia", "Republican", "China", "Chinese", "Saudi", "Dubai", "American",
        "Abilene", "Texas", "Nasdaq Composite", "San Francisco", "Sheikh", "Representative", "Shares",
    ],
    events=[
        dict(id="stargate-uae-announced", date="2025-05-22", mod=None, accept=["2025-05-22"], required=True,
             trigger="on Thursday", anchor="the companies said",
             what="OpenAI and G42 announced Stargate UAE, a 1-gigawatt data centre cluster in Abu Dhabi.",
             entities=["openai", "g42"]),
        dict(id="stargate-us-launch", date="2025-01", mod=None, accept=["2025-01", "2025-01-21"], required=True,
             trigger="in January", anchor="the ChatGPT maker launched at the White House",
             what="OpenAI launched the Stargate venture at the White House.",
             entities=["openai"]),
        dict(id="first-200mw-online", date="2026", mod=None, accept=["2026"], required=True,
             trigger="next year", anchor="its first 200 megawatts are expected to come online",
             what="The first 200 MW of Stargate UAE are expected to come online.",
             entities=["openai", "g42"]),
        dict(id="campus-unveiled", date="2025-05", mod=None, accept=["2025-05", "2025-05-15", "2025-W20"], required=False,
             trigger="last week", anchor="the United Arab Emirates and the United States unveiled",
             what="The UAE and the US unveiled a 10-square-mile AI campus during Trump's Gulf visit.",
             entities=["donald-trump"]),
        dict(id="deal-outline-agreed", date="2025-03", mod=None, accept=["2025-03"], required=True,
             trigger="in March", anchor="the outline of a deal was agreed in Washington",
             what="The outline of the OpenAI-G42 deal was agreed in Washington.",
             entities=["tahnoon-bin-zayed", "sam-altman"]),
        dict(id="humain-launched", date="2025-05-12", mod=None, accept=["2025-05-12"], required=True,
             trigger="on May 12", anchor="Saudi Arabia's Public Investment Fund launched Humain",
             what="PIF launched Humain, an AI company chaired by Mohammed bin Salman.",
             entities=["public-investment-fund", "humain", "mohammed-bin-salman"]),
        dict(id="diffusion-rule-scrapped", date="2025-05-13", mod=None, accept=["2025-05-13"], required=True,
             trigger="On May 13", anchor="the department said it would scrap the Biden administration's AI diffusion rule",
             what="The US Commerce Department said it would scrap the AI diffusion rule.",
             entities=["joe-biden"]),
        dict(id="g42-divests-china", date="2024", mod="start", accept=["2024", "2024-Q1", "2024-01", "2024-02", "2024-03"], required=False,
             trigger="in early 2024", anchor="G42 sold its stakes in Chinese companies and began removing Huawei equipment",
             what="G42 sold its stakes in Chinese companies and began removing Huawei equipment.",
             entities=["g42", "huawei"]),
        dict(id="microsoft-invests-g42", date="2024-04", mod=None, accept=["2024-04"], required=True,
             trigger="in April 2024", anchor="Microsoft to invest $1.5 billion in the Abu Dhabi firm",
             what="Microsoft invested $1.5 billion in G42.",
             entities=["microsoft", "g42"]),
    ],
)

# ---------------------------------------------------------------------------
# 2. Middle East diplomacy
# ---------------------------------------------------------------------------
art(
    slug="en-c02-trump-sharaa-riyadh",
    date="2025-05-14",
    lines=[
        "Trump Meets Syria's Sharaa in Riyadh, Urges Him to Join Abraham Accords",
        "![U.S. President Donald Trump shakes hands with Syrian President Ahmed al-Sharaa as Saudi Crown Prince Mohammed bin Salman looks on](https://example.com/images/trump-sharaa-riyadh.jpg)",
        "RIYADH, May 14 (Reuters) - U.S. President Donald Trump met Syrian President Ahmed al-Sharaa in Riyadh on Wednesday, the first encounter between the leaders of the two countries in 25 years, a day after Trump said he would lift sanctions that have crippled Syria's economy.",
        "The meeting, which lasted about half an hour, was hosted by Saudi Crown Prince Mohammed bin Salman, and Turkish President Tayyip Erdogan joined by telephone, the White House said. Trump urged Sharaa to sign the Abraham Accords with Israel, to tell foreign fighters to leave Syria and to help the United States prevent a resurgence of Islamic State, White House press secretary Karoline Leavitt said.",
        "\"He's a young, attractive guy. Tough guy. Strong past, very strong past. Fighter,\" Trump told reporters aboard Air Force One as he flew on to Doha. \"He's got a real shot at pulling it together.\"",
        "Trump announced the sanctions decision on Tuesday at a Saudi-U.S. investment forum in the Saudi capital, saying he wanted \"to give them a chance at greatness\" and that he had acted at the request of the crown prince and Erdogan. Delegates at the forum gave him a standing ovation.",
        "Syrian Foreign Minister Asaad al-Shaibani said the decision marked \"a new beginning on the road to reconstruction\". Shaibani is due to meet U.S. Secretary of State Marco Rubio on Thursday on the sidelines of an informal NATO foreign ministers' meeting in Antalya, Turkey, a U.S. official said.",
        "Sharaa's Hayat Tahrir al-Sham (HTS) led the lightning offensive that toppled Bashar al-Assad last December, ending five decades of his family's rule. Sharaa was once a commander in al Qaeda's Syria affiliate, and Washington only dropped a $10 million bounty on his head in December.",
        "Saudi Foreign Minister Prince Faisal bin Farhan told reporters that Riyadh would work with Washington and Damascus on the next steps. Saudi Arabia and Qatar said last month they would pay off Syria's roughly $15 million in arrears to the World Bank, clearing the way for new grants.",
        "Trump, who landed at King Khalid International Airport at the start of a four-day Gulf tour, was greeted on the tarmac by the crown prince and later held talks at Al Yamamah Palace, where the two sides signed agreements the White House valued at $600 billion, including arms sales and investments involving Saudi Aramco and Acwa Power.",
        "Later on Wednesday he met leaders of the six-member Gulf Cooperation Council (GCC) at a summit in the Saudi capital, before flying to Qatar, where he was greeted by Emir Sheikh Tamim bin Hamad Al Thani. He is due in the United Arab Emirates on Thursday to meet President Sheikh Mohamed bin Zayed Al Nahyan.",
        "Many of the toughest U.S. measures stem from the Caesar Act of 2019, and lawyers said fully lifting them could require action by Congress. European Union foreign ministers are also weighing whether to ease the bloc's own sanctions.",
        "In Damascus, crowds gathered in Umayyad Square to celebrate. \"We have waited fourteen years to be able to trade with the world again,\" said Ghassan Mardini, who runs Mardini Pharma, a medicines distributor with 60 staff in the capital's Mezzeh district.",
        "Dania Qassem, a Syria researcher at the Beirut-based Levant Policy Institute, called the meeting \"a huge bet on one man\". \"Trump is giving Sharaa a legitimacy that the Europeans and the UN have been slow to give,\" Qassem said.",
        "Israeli Prime Minister Benjamin Netanyahu's office did not immediately respond to a request for comment.",
        "(Reporting by Jana Khalil and Ethan Brody in Riyadh and Yara Bitar in Damascus; Writing by Tom Perrine; Editing by Nadia Kelleher)",
    ],
    entities=[
        ("donald-trump", P, "Donald Trump", "دونالد ترامب", ["Donald Trump", "Trump"]),
        ("ahmed-al-sharaa", P, "Ahmed al-Sharaa", "أحمد الشرع", ["Ahmed al-Sharaa", "Sharaa"]),
        ("mohammed-bin-salman", P, "Mohammed bin Salman", "محمد بن سلمان", ["Mohammed bin Salman"]),
        ("reuters", O, "Reuters", "رويترز", ["Reuters"]),
        ("tayyip-erdogan", P, "Tayyip Erdogan", "رجب طيب أردوغان", ["Tayyip Erdogan", "Erdogan"]),
        ("islamic-state", O, "Islamic State", "تنظيم الدولة الإسلامية", ["Islamic State"]),
        ("karoline-leavitt", P, "Karoline Leavitt", "كارولين ليفيت", ["Karoline Leavitt"]),
        ("asaad-al-shaibani", P, "Asaad al-Shaibani", "أسعد الشيباني", ["Asaad al-Shaibani", "Shaibani"]),
        ("marco-rubio", P, "Marco Rubio", "ماركو روبيو", ["Marco Rubio"]),
        ("nato", O, "NATO", "حلف شمال الأطلسي", ["NATO"]),
        ("hayat-tahrir-al-sham", O, "Hayat Tahrir al-Sham", "هيئة تحرير الشام", ["Hayat Tahrir al-Sham", "HTS"]),
        ("bashar-al-assad", P, "Bashar al-Assad", "بشار الأسد", ["Bashar al-Assad"]),
        ("al-qaeda", O, "al Qaeda", "تنظيم القاعدة", ["al Qaeda"]),
        ("faisal-bin-farhan", P, "Faisal bin Farhan", "فيصل بن فرحان", ["Faisal bin Farhan"]),
        ("world-bank", O, "World Bank", "البنك الدولي", ["World Bank"]),
        ("saudi-aramco", C, "Saudi Aramco", "أرامكو السعودية", ["Saudi Aramco"]),
        ("acwa-power", C, "ACWA Power", "أكوا باور", ["Acwa Power"]),
        ("gcc", O, "Gulf Cooperation Council", "مجلس التعاون الخليجي", ["Gulf Cooperation Council", "GCC"]),
        ("tamim-bin-hamad", P, "Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني", ["Tamim bin Hamad Al Thani"]),
        ("mohamed-bin-zayed", P, "Mohamed bin Zayed Al Nahyan", "محمد بن زايد آل نهيان", ["Mohamed bin Zayed Al Nahyan"]),
        ("european-union", O, "European Union", "الاتحاد الأوروبي", ["European Union"]),
        ("ghassan-mardini", P, "Ghassan Mardini", "غسان مارديني", ["Ghassan Mardini"]),
        ("mardini-pharma", C, "Mardini Pharma", "", ["Mardini Pharma"]),
        ("dania-qassem", P, "Dania Qassem", "دانية قاسم", ["Dania Qassem", "Qassem"]),
        ("levant-policy-institute", O, "Levant Policy Institute", "", ["Levant Policy Institute"]),
        ("united-nations", O, "United Nations", "الأمم المتحدة", ["UN"]),
        ("benjamin-netanyahu", P, "Benjamin Netanyahu", "بنيامين نتنياهو", ["Benjamin Netanyahu"]),
        ("jana-khalil", P, "Jana Khalil", "", ["Jana Khalil"]),
        ("ethan-brody", P, "Ethan Brody", "", ["Ethan Brody"]),
        ("yara-bitar", P, "Yara Bitar", "", ["Yara Bitar"]),
        ("tom-perrine", P, "Tom Perrine", "", ["Tom Perrine"]),
        ("nadia-kelleher", P, "Nadia Kelleher", "", ["Nadia Kelleher"]),
    ],
    optional=[
        ("white-house", O, "White House", "البيت الأبيض", ["White House"]),
        ("us-congress", O, "United States Congress", "الكونغرس الأمريكي", ["Congress"]),
    ],
    negatives=[
        "Meets", "Urges", "Join", "Syria", "Riyadh", "RIYADH", "Abraham Accords", "U.S.", "Syrian", "Saudi", "May",
        "Wednesday", "Turkish", "Israel", "United States", "Air Force One", "Doha", "Tuesday", "Thursday", "Antalya",
        "Turkey", "December", "Washington", "Damascus", "Saudi Arabia", "Qatar", "King Khalid International Airport",
        "Gulf", "Al Yamamah Palace", "United Arab Emirates", "Caesar Act", "Umayyad Square", "Mezzeh", "Beirut",
        "Europeans", "Israeli", "Delegates", "Many", "Later", "Crown Prince", "Sheikh", "Emir", "Prince",
    ],
    events=[
        dict(id="trump-sharaa-meeting", date="2025-05-14", mod=None, accept=["2025-05-14"], required=True,
             trigger=("on Wednesday", 0), anchor="U.S. President Donald Trump met Syrian President Ahmed al-Sharaa in Riyadh",
             what="Trump met Syrian President Ahmed al-Sharaa in Riyadh, hosted by Mohammed bin Salman.",
             entities=["donald-trump", "ahmed-al-sharaa", "mohammed-bin-salman", "tayyip-erdogan"]),
        dict(id="sanctions-lift-announced", date="2025-05-13", mod=None, accept=["2025-05-13"], required=True,
             trigger="on Tuesday", anchor="Trump announced the sanctions decision",
             what="Trump announced at an investment forum in Riyadh that he would lift sanctions on Syria.",
             entities=["donald-trump"]),
        dict(id="rubio-shaibani-antalya", date="2025-05-15", mod=None, accept=["2025-05-15"], required=True,
             trigger=("on Thursday", 0), anchor="Shaibani is due to meet U.S. Secretary of State Marco Rubio",
             what="Shaibani is due to meet Rubio in Antalya on the sidelines of a NATO meeting.",
             entities=["asaad-al-shaibani", "marco-rubio", "nato"]),
        dict(id="assad-toppled", date="2024-12", mod=None, accept=["2024-12", "2024-12-08"], required=True,
             trigger="last December", anchor="led the lightning offensive that toppled Bashar al-Assad",
             what="HTS led the offensive that toppled Bashar al-Assad.",
             entities=["hayat-tahrir-al-sham", "bashar-al-assad", "ahmed-al-sharaa"]),
        dict(id="bounty-dropped", date="2024-12", mod=None, accept=["2024-12", "2024-12-20"], required=True,
             trigger="in December.", anchor="Washington only dropped a $10 million bounty on his head",
             what="Washington dropped its $10 million bounty on Sharaa.",
             entities=["ahmed-al-sharaa"]),
        dict(id="world-bank-arrears", date="2025-04", mod=None, accept=["2025-04"], required=True,
             trigger="last month", anchor="Saudi Arabia and Qatar said",
             what="Saudi Arabia and Qatar said they would pay off Syria's World Bank arrears.",
             entities=["world-bank"]),
        dict(id="gcc-summit", date="2025-05-14", mod=None, accept=["2025-05-14"], required=True,
             trigger="Later on Wednesday", anchor="he met leaders of the six-member Gulf Cooperation Council (GCC)",
             what="Trump met GCC leaders at a summit in Riyadh before flying to Qatar.",
             entities=["donald-trump", "gcc", "tamim-bin-hamad"]),
        dict(id="trump-uae-visit", date="2025-05-15", mod=None, accept=["2025-05-15"], required=True,
             trigger=("on Thursday", 1), anchor="He is due in the United Arab Emirates",
             what="Trump is due in the UAE to meet Sheikh Mohamed bin Zayed.",
             entities=["donald-trump", "mohamed-bin-zayed"]),
        dict(id="caesar-act", date="2019", mod=None, accept=["2019", "2019-12"], required=True,
             trigger="of 2019", anchor="the Caesar Act",
             what="The Caesar Act, source of many US sanctions on Syria, was enacted.",
             entities=[]),
    ],
)

# ---------------------------------------------------------------------------
# 3. Football match report (AP style, curly quotes)
# ---------------------------------------------------------------------------
art(
    slug="en-c03-newcastle-manchester-city",
    date="2025-11-22",
    lines=[
        "Guimarães Double Lifts Newcastle Past Manchester City as Haaland Hits Post From the Spot",
        "![Newcastle United’s Bruno Guimarães celebrates with Anthony Gordon after scoring against Manchester City at St James’ Park](https://example.com/images/guimaraes-celebrates.jpg)",
        "By MARTIN HARGREAVE",
        "NEWCASTLE, England (AP) — Bruno Guimarães scored twice as Newcastle beat Manchester City 2-1 in the Premier League on Saturday, ending a run of seven league games without a win against Pep Guardiola’s team and denting City’s hopes of catching leader Arsenal.",
        "The Brazil midfielder headed in Kieran Trippier’s corner in the 24th minute and curled in a second from the edge of the area 10 minutes after halftime. Erling Haaland pulled one back in the 71st with his 15th league goal of the season, but the Norway striker hit the post with a penalty in stoppage time after Dan Burn clipped Omar Marmoush.",
        "“We suffered at the end, but this is St James’ Park and the fans carried us over the line,” Newcastle manager Eddie Howe said. “Bruno was magnificent. He has been our heartbeat since the day he arrived from Lyon in January 2022.”",
        "Guardiola said his side started too slowly. “Against a team like Newcastle, in this stadium, you cannot give away the first half an hour,” the Spaniard said. “Erling will score the next one. He always does.”",
        "City had won 4-0 when the teams met at the Etihad Stadium in February, a game in which Marmoush scored a first-half hat trick just over three weeks after joining from Eintracht Frankfurt. The Egypt forward was lively again but was denied twice by Nick Pope, who also saved from Phil Foden just before halftime.",
        "Anthony Gordon hit the crossbar early on, and Sandro Tonali controlled midfield alongside Guimarães and Joelinton. Rodri, back in City’s starting lineup after a hamstring problem, was replaced by Mateo Kovačić on the hour, and Joško Gvardiol was booked for a late challenge on Jacob Murphy.",
        "Howe’s side, who ended a 70-year wait for a major domestic trophy by beating Liverpool 2-1 in the League Cup final at Wembley in March, climbed to 10th place. City stayed third, six points behind Arsenal, who play Tottenham on Sunday.",
        "The win was a welcome one for Newcastle’s owners. Saudi Arabia’s Public Investment Fund (PIF) has held a majority stake in the club since a takeover in October 2021, and Yasir Al-Rumayyan, the fund’s governor and Newcastle’s chairman, watched from the directors’ box. City are controlled by Abu Dhabi’s Sheikh Mansour bin Zayed Al Nahyan through City Football Group.",
        "Referee Chris Kavanagh consulted the pitchside monitor before awarding the late penalty, which Haaland struck against the left post. “I’ve missed penalties before and I will miss them again,” Haaland told Sky Sports. “It hurts, but we go again.”",
        "Outside the ground, supporters sang Guimarães’ name long after the final whistle. “I’ve had a season ticket for 31 years and I haven’t seen a midfielder like him,” said Gary Stobbart, 61, a retired electrician from Gateshead.",
        "Newcastle host Bayer Leverkusen in the Champions League on Wednesday, while City play Leeds United at home next Saturday.",
        "___",
        "AP soccer: https://apnews.com/hub/soccer",
    ],
    entities=[
        ("bruno-guimaraes", P, "Bruno Guimarães", "برونو غيماريش", ["Bruno Guimarães", "Guimarães", "Bruno"]),
        ("newcastle-united", O, "Newcastle United", "نيوكاسل يونايتد", ["Newcastle United", "Newcastle"]),
        ("manchester-city", O, "Manchester City", "مانشستر سيتي", ["Manchester City", "City"]),
        ("erling-haaland", P, "Erling Haaland", "إرلينغ هالاند", ["Erling Haaland", "Haaland", "Erling"]),
        ("anthony-gordon", P, "Anthony Gordon", "أنتوني غوردون", ["Anthony Gordon"]),
        ("martin-hargreave", P, "Martin Hargreave", "", ["MARTIN HARGREAVE"]),
        ("associated-press", O, "Associated Press", "أسوشيتد برس", ["AP"]),
        ("pep-guardiola", P, "Pep Guardiola", "بيب غوارديولا", ["Pep Guardiola", "Guardiola"]),
        ("arsenal", O, "Arsenal", "أرسنال", ["Arsenal"]),
        ("kieran-trippier", P, "Kieran Trippier", "كيران تريبير", ["Kieran Trippier"]),
        ("dan-burn", P, "Dan Burn", "دان بيرن", ["Dan Burn"]),
        ("omar-marmoush", P, "Omar Marmoush", "عمر مرموش", ["Omar Marmoush", "Marmoush"]),
        ("eddie-howe", P, "Eddie Howe", "إيدي هاو", ["Eddie Howe", "Howe"]),
        ("olympique-lyonnais", O, "Olympique Lyonnais", "أولمبيك ليون", ["Lyon"]),
        ("eintracht-frankfurt", O, "Eintracht Frankfurt", "آينتراخت فرانكفورت", ["Eintracht Frankfurt"]),
        ("nick-pope", P, "Nick Pope", "نيك بوب", ["Nick Pope"]),
        ("phil-foden", P, "Phil Foden", "فيل فودين", ["Phil Foden"]),
        ("sandro-tonali", P, "Sandro Tonali", "ساندرو تونالي", ["Sandro Tonali"]),
        ("joelinton", P, "Joelinton", "جولينتون", ["Joelinton"]),
        ("rodri", P, "Rodri", "رودري", ["Rodri"]),
        ("mateo-kovacic", P, "Mateo Kovačić", "ماتيو كوفاتشيتش", ["Mateo Kovačić"]),
        ("josko-gvardiol", P, "Joško Gvardiol", "يوشكو غفارديول", ["Joško Gvardiol"]),
        ("jacob-murphy", P, "Jacob Murphy", "جاكوب ميرفي", ["Jacob Murphy"]),
        ("liverpool", O, "Liverpool", "ليفربول", ["Liverpool"]),
        ("tottenham-hotspur", O, "Tottenham Hotspur", "توتنهام هوتسبير", ["Tottenham"]),
        ("public-investment-fund", O, "Public Investment Fund", "صندوق الاستثمارات العامة", ["Public Investment Fund", "PIF"]),
        ("yasir-al-rumayyan", P, "Yasir Al-Rumayyan", "ياسر الرميان", ["Yasir Al-Rumayyan"]),
        ("mansour-bin-zayed", P, "Mansour bin Zayed Al Nahyan", "منصور بن زايد آل نهيان", ["Mansour bin Zayed Al Nahyan"]),
        ("city-football-group", C, "City Football Group", "مجموعة سيتي لكرة القدم", ["City Football Group"]),
        ("chris-kavanagh", P, "Chris Kavanagh", "كريس كافانا", ["Chris Kavanagh"]),
        ("sky-sports", O, "Sky Sports", "سكاي سبورتس", ["Sky Sports"]),
        ("gary-stobbart", P, "Gary Stobbart", "", ["Gary Stobbart"]),
        ("bayer-leverkusen", O, "Bayer Leverkusen", "باير ليفركوزن", ["Bayer Leverkusen"]),
        ("leeds-united", O, "Leeds United", "ليدز يونايتد", ["Leeds United"]),
    ],
    optional=[
        ("premier-league", O, "Premier League", "الدوري الإنجليزي الممتاز", ["Premier League"]),
        ("league-cup", O, "League Cup", "كأس الرابطة الإنجليزية", ["League Cup"]),
        ("champions-league", O, "UEFA Champions League", "دوري أبطال أوروبا", ["Champions League"]),
    ],
    negatives=[
        "Double", "Lifts", "Past", "Hits", "Post", "From", "Spot", "St James’ Park", "NEWCASTLE", "England",
        "Saturday", "Brazil", "Norway", "January", "Spaniard", "Etihad Stadium", "February", "Egypt", "Wembley",
        "March", "Sunday", "Saudi Arabia", "October", "Abu Dhabi", "Sheikh", "Referee", "Outside", "Gateshead",
        "Wednesday", "By",
    ],
    events=[
        dict(id="match", date="2025-11-22", mod=None, accept=["2025-11-22"], required=True,
             trigger="on Saturday", anchor="Newcastle beat Manchester City 2-1",
             what="Newcastle beat Manchester City 2-1; Guimarães scored twice.",
             entities=["newcastle-united", "manchester-city", "bruno-guimaraes"]),
        dict(id="guimaraes-arrival", date="2022-01", mod=None, accept=["2022-01"], required=True,
             trigger="in January 2022", anchor="he arrived from Lyon",
             what="Bruno Guimarães joined Newcastle from Lyon.",
             entities=["bruno-guimaraes", "olympique-lyonnais", "newcastle-united"]),
        dict(id="etihad-4-0", date="2025-02", mod=None, accept=["2025-02", "2025-02-15"], required=True,
             trigger="in February", anchor="City had won 4-0 when the teams met at the Etihad Stadium",
             what="City beat Newcastle 4-0 at the Etihad; Marmoush scored a hat trick.",
             entities=["manchester-city", "newcastle-united", "omar-marmoush"]),
        dict(id="marmoush-joins", date="2025-01", mod=None, accept=["2025-01", "2025-02"], required=False,
             trigger="just over three weeks after", anchor="joining from Eintracht Frankfurt",
             what="Marmoush joined Manchester City from Eintracht Frankfurt.",
             entities=["omar-marmoush", "eintracht-frankfurt", "manchester-city"]),
        dict(id="league-cup-final", date="2025-03", mod=None, accept=["2025-03", "2025-03-16"], required=True,
             trigger="in March", anchor="beating Liverpool 2-1 in the League Cup final at Wembley",
             what="Newcastle beat Liverpool 2-1 in the League Cup final, ending a 70-year wait for a trophy.",
             entities=["newcastle-united", "liverpool"]),
        dict(id="arsenal-tottenham", date="2025-11-23", mod=None, accept=["2025-11-23"], required=True,
             trigger="on Sunday", anchor="Arsenal, who play Tottenham",
             what="Arsenal play Tottenham.",
             entities=["arsenal", "tottenham-hotspur"]),
        dict(id="pif-takeover", date="2021-10", mod=None, accept=["2021-10", "2021-10-07"], required=True,
             trigger="in October 2021", anchor="since a takeover",
             what="PIF took over Newcastle United, acquiring a majority stake.",
             entities=["public-investment-fund", "newcastle-united"]),
        dict(id="newcastle-leverkusen", date="2025-11-26", mod=None, accept=["2025-11-26"], required=True,
             trigger="on Wednesday", anchor="Newcastle host Bayer Leverkusen in the Champions League",
             what="Newcastle host Bayer Leverkusen in the Champions League.",
             entities=["newcastle-united", "bayer-leverkusen"]),
        dict(id="city-leeds", date="2025-11-29", mod=None, accept=["2025-11-29"], required=True,
             trigger="next Saturday", anchor="City play Leeds United at home",
             what="Manchester City host Leeds United.",
             entities=["manchester-city", "leeds-united"]),
    ],
)

# ---------------------------------------------------------------------------
# 4. Oil / OPEC+
# ---------------------------------------------------------------------------
art(
    slug="en-c04-opec-plus-pause",
    date="2025-11-03",
    lines=[
        "Oil Edges Higher After OPEC+ Agrees to Pause Output Hikes in First Quarter",
        "LONDON/SINGAPORE, Nov 3 (Reuters) - Oil prices edged higher on Monday after OPEC+ agreed to a small increase in December output and to pause further hikes in the first quarter of next year, easing some concern about a looming supply glut.",
        "Brent crude futures rose 41 cents, or 0.6%, to $65.18 a barrel by 0930 GMT, while U.S. West Texas Intermediate crude gained 39 cents to $61.37.",
        "Eight members of the Organization of the Petroleum Exporting Countries and allies led by Russia agreed on Sunday to raise their December output targets by 137,000 barrels per day (bpd), the same increment as for October and November. The group said it would then pause increments in January, February and March because of seasonality.",
        "The eight producers - Saudi Arabia, Russia, Iraq, the United Arab Emirates, Kuwait, Kazakhstan, Algeria and Oman - began unwinding a 2.2 million bpd layer of cuts in April and completed it in September, a year ahead of schedule, before moving on to a second layer of 1.65 million bpd.",
        "\"The market is healthy, inventories are low, and we will remain pre-emptive and proactive,\" Saudi Energy Minister Prince Abdulaziz bin Salman said after the video call. Russian Deputy Prime Minister Alexander Novak told state television that the pause was \"a prudent step\".",
        "The pause comes as Western sanctions squeeze Russian supply. Washington last month imposed sanctions on Rosneft and Lukoil, Russia's two largest oil companies, and Lukoil has since accepted an offer from Geneva-based commodities trader Gunvor for its international assets. Gunvor co-founder Torbjörn Törnqvist said the deal would need approval from the U.S. Treasury.",
        "Saudi Aramco, the world's largest oil exporter, is expected to cut its official selling prices for December-loading cargoes to Asia this week, traders said. Aramco Chief Executive Amin Nasser told the Future Investment Initiative conference in Riyadh last week that demand \"remains resilient\", with Asia taking more crude.",
        "At the ADIPEC energy conference in Abu Dhabi, Abu Dhabi National Oil Company (ADNOC) Chief Executive Sultan Al Jaber and UAE Energy Minister Suhail Al Mazrouei are due to speak alongside OPEC Secretary General Haitham Al Ghais. ADNOC has been raising its production capacity toward 5 million bpd.",
        "Analysts said the pause reflected worries about a glut. The International Energy Agency (IEA) said in its October report that global supply could exceed demand by almost 4 million bpd in 2026. Goldman Sachs analysts led by Daan Struyven still expect Brent to average $56 next year, while J.P. Morgan sees $58. Researchers at the King Abdullah Petroleum Studies and Research Center (KAPSARC) in Riyadh have warned that spare capacity is shrinking.",
        "\"OPEC+ is buying itself time,\" said Priya Ramaswamy, senior oil analyst at Singapore-based consultancy Straits Energy Advisory. \"The first quarter is seasonally the weakest for demand, and nobody wants to add barrels into a soft market.\" Ole Hansen, head of commodity strategy at Saxo Bank, said the decision put \"a floor of sorts\" under prices.",
        "Compliance remains a sore point. Kazakhstan has repeatedly pumped above its quota, largely because of rising output at the Chevron-led Tengiz field, while Iraq's state oil marketer SOMO said it was keeping exports steady.",
        "The full OPEC+ group of 22 countries will hold its next meeting on Nov. 30, Al Ghais told reporters. Shares of Shell and BP rose about 1% in London.",
        "(Reporting by Hanna Lindqvist in London and Wen Jie Koh in Singapore; Additional reporting by Rashid Al-Amiri in Dubai; Editing by Gareth Jennings)",
    ],
    entities=[
        ("opec-plus", O, "OPEC+", "أوبك+", ["OPEC+"]),
        ("reuters", O, "Reuters", "رويترز", ["Reuters"]),
        ("opec", O, "Organization of the Petroleum Exporting Countries", "منظمة البلدان المصدرة للبترول (أوبك)", ["Organization of the Petroleum Exporting Countries", "OPEC"]),
        ("abdulaziz-bin-salman", P, "Abdulaziz bin Salman", "عبد العزيز بن سلمان", ["Abdulaziz bin Salman"]),
        ("alexander-novak", P, "Alexander Novak", "ألكسندر نوفاك", ["Alexander Novak"]),
        ("rosneft", C, "Rosneft", "روسنفت", ["Rosneft"]),
        ("lukoil", C, "Lukoil", "لوك أويل", ["Lukoil"]),
        ("gunvor", C, "Gunvor", "غنفور", ["Gunvor"]),
        ("torbjorn-tornqvist", P, "Torbjörn Törnqvist", "توربيورن تورنكفيست", ["Torbjörn Törnqvist"]),
        ("saudi-aramco", C, "Saudi Aramco", "أرامكو السعودية", ["Saudi Aramco", "Aramco"]),
        ("amin-nasser", P, "Amin Nasser", "أمين الناصر", ["Amin Nasser"]),
        ("adnoc", C, "Abu Dhabi National Oil Company", "شركة بترول أبوظبي الوطنية (أدنوك)", ["Abu Dhabi National Oil Company", "ADNOC"]),
        ("sultan-al-jaber", P, "Sultan Al Jaber", "سلطان الجابر", ["Sultan Al Jaber"]),
        ("suhail-al-mazrouei", P, "Suhail Al Mazrouei", "سهيل المزروعي", ["Suhail Al Mazrouei"]),
        ("haitham-al-ghais", P, "Haitham Al Ghais", "هيثم الغيص", ["Haitham Al Ghais", "Al Ghais"]),
        ("iea", O, "International Energy Agency", "وكالة الطاقة الدولية", ["International Energy Agency", "IEA"]),
        ("goldman-sachs", C, "Goldman Sachs", "غولدمان ساكس", ["Goldman Sachs"]),
        ("daan-struyven", P, "Daan Struyven", "", ["Daan Struyven"]),
        ("jp-morgan", C, "J.P. Morgan", "جيه بي مورغان", ["J.P. Morgan"]),
        ("kapsarc", O, "King Abdullah Petroleum Studies and Research Center", "مركز الملك عبدالله للدراسات والبحوث البترولية (كابسارك)", ["King Abdullah Petroleum Studies and Research Center", "KAPSARC"]),
        ("priya-ramaswamy", P, "Priya Ramaswamy", "", ["Priya Ramaswamy"]),
        ("straits-energy-advisory", C, "Straits Energy Advisory", "", ["Straits Energy Advisory"]),
        ("ole-hansen", P, "Ole Hansen", "أولي هانسن", ["Ole Hansen"]),
        ("saxo-bank", C, "Saxo Bank", "ساكسو بنك", ["Saxo Bank"]),
        ("chevron", C, "Chevron", "شيفرون", ["Chevron"]),
        ("somo", C, "State Organization for Marketing of Oil", "شركة تسويق النفط العراقية (سومو)", ["SOMO"]),
        ("shell", C, "Shell", "شل", ["Shell"]),
        ("bp", C, "BP", "بي بي", ["BP"]),
        ("hanna-lindqvist", P, "Hanna Lindqvist", "", ["Hanna Lindqvist"]),
        ("wen-jie-koh", P, "Wen Jie Koh", "", ["Wen Jie Koh"]),
        ("rashid-al-amiri", P, "Rashid Al-Amiri", "راشد العامري", ["Rashid Al-Amiri"]),
        ("gareth-jennings", P, "Gareth Jennings", "", ["Gareth Jennings"]),
    ],
    optional=[
        ("future-investment-initiative", O, "Future Investment Initiative", "مبادرة مستقبل الاستثمار", ["Future Investment Initiative"]),
        ("adipec", O, "ADIPEC", "أديبك", ["ADIPEC"]),
    ],
    negatives=[
        "Oil", "Edges", "Higher", "After", "Agrees", "Pause", "Output", "Hikes", "First", "Quarter", "LONDON",
        "SINGAPORE", "Nov", "Monday", "December", "Brent", "GMT", "U.S.", "West Texas Intermediate", "Russia",
        "Sunday", "October", "November", "January", "February", "March", "Saudi Arabia", "Iraq",
        "United Arab Emirates", "Kuwait", "Kazakhstan", "Algeria", "Oman", "April", "September", "Saudi",
        "Russian", "Western", "Washington", "Geneva", "U.S. Treasury", "Asia", "Riyadh", "Abu Dhabi", "UAE",
        "Tengiz", "London", "Singapore", "Dubai", "Prince", "Analysts", "Researchers", "Compliance", "Shares",
        "Eight", "Energy Minister",
    ],
    events=[
        dict(id="oil-edges-higher", date="2025-11-03", mod=None, accept=["2025-11-03"], required=True,
             trigger="on Monday", anchor="Oil prices edged higher",
             what="Oil prices edged higher after the OPEC+ decision.",
             entities=["opec-plus"]),
        dict(id="opec-plus-agreement", date="2025-11-02", mod=None, accept=["2025-11-02"], required=True,
             trigger="on Sunday", anchor="Eight members of the Organization of the Petroleum Exporting Countries and allies led by Russia agreed",
             what="Eight OPEC+ members agreed to raise December targets by 137,000 bpd.",
             entities=["opec", "opec-plus"]),
        dict(id="q1-pause", date="2026-Q1", mod=None, accept=["2026-Q1", "2026-01", "2026"], required=True,
             trigger="in the first quarter of next year", anchor="to pause further hikes",
             what="OPEC+ will pause output increments in January-March 2026.",
             entities=["opec-plus"]),
        dict(id="unwinding-start", date="2025-04", mod=None, accept=["2025-04"], required=True,
             trigger="in April", anchor="began unwinding a 2.2 million bpd layer of cuts",
             what="The eight producers began unwinding a 2.2 million bpd layer of cuts.",
             entities=["opec-plus"]),
        dict(id="unwinding-complete", date="2025-09", mod=None, accept=["2025-09"], required=True,
             trigger="in September", anchor="completed it",
             what="The eight producers completed unwinding the 2.2 million bpd layer.",
             entities=["opec-plus"]),
        dict(id="us-sanctions-russian-oil", date="2025-10", mod=None, accept=["2025-10", "2025-10-22"], required=True,
             trigger="last month", anchor="imposed sanctions on Rosneft and Lukoil",
             what="Washington imposed sanctions on Rosneft and Lukoil.",
             entities=["rosneft", "lukoil"]),
        dict(id="nasser-fii", date="2025-10", mod="end", accept=["2025-10", "2025-W44", "2025-10-28"], required=False,
             trigger="last week", anchor="Aramco Chief Executive Amin Nasser told the Future Investment Initiative conference in Riyadh",
             what="Amin Nasser told the FII conference that oil demand remains resilient.",
             entities=["amin-nasser", "saudi-aramco"]),
        dict(id="iea-october-report", date="2025-10", mod=None, accept=["2025-10"], required=True,
             trigger="in its October report", anchor="The International Energy Agency (IEA) said",
             what="The IEA said supply could exceed demand by almost 4 million bpd in 2026.",
             entities=["iea"]),
        dict(id="next-opec-plus-meeting", date="2025-11-30", mod=None, accept=["2025-11-30"], required=True,
             trigger="on Nov. 30", anchor="The full OPEC+ group of 22 countries will hold its next meeting",
             what="The full OPEC+ group will hold its next meeting.",
             entities=["opec-plus", "haitham-al-ghais"]),
    ],
)

# ---------------------------------------------------------------------------
# 5. IMF / central banks
# ---------------------------------------------------------------------------
art(
    slug="en-c05-imf-cuts-global-growth",
    date="2025-04-22",
    lines=[
        "IMF Slashes Global Growth Forecast as Trump Tariffs Cloud Outlook",
        "![IMF Managing Director Kristalina Georgieva speaks at the Spring Meetings in Washington](https://example.com/images/georgieva-spring-meetings.jpg)",
        "WASHINGTON, April 22 (Reuters) - The International Monetary Fund on Tuesday cut its 2025 global growth forecast to 2.8% from 3.3% in January, saying the highest U.S. tariffs in a century and the retaliation they have provoked would weigh on trade, investment and confidence.",
        "In its World Economic Outlook, released at the start of the IMF and World Bank Spring Meetings, the fund projected global growth of 3.0% in 2026 and cut its U.S. forecast for this year to 1.8% from 2.7%. China's growth was seen slowing to 4.0%, while the euro zone was expected to grow just 0.8%.",
        "\"We are entering a new era as the global economic system that has operated for the last 80 years is being reset,\" IMF chief economist Pierre-Olivier Gourinchas told reporters. Gourinchas said the forecasts did not include tariff measures announced after April 4.",
        "President Donald Trump unveiled sweeping \"reciprocal\" tariffs on April 2, a date he called Liberation Day, and then paused most of them for 90 days on April 9, except for duties on China that have since risen to 145%. The pause is due to expire in early July.",
        "The downgrade adds to pressure on the Federal Reserve. Trump on Monday called Fed Chair Jerome Powell \"a major loser\" and demanded immediate rate cuts. Powell, whose term as chair ends in May 2026, has said the Fed can afford to wait for more clarity on the economy.",
        "IMF Managing Director Kristalina Georgieva has urged governments to settle trade disputes quickly, warning that uncertainty is \"off the charts\". World Bank President Ajay Banga said developing countries would bear much of the cost, and Treasury Secretary Scott Bessent, who is due to address the Institute of International Finance (IIF) during the meetings, told a closed-door investor event hosted by JPMorgan Chase that the standoff with China was \"unsustainable\".",
        "In Europe, the European Central Bank cut its deposit rate to 2.25% last Thursday, its seventh reduction in a year, and ECB President Christine Lagarde described the tariffs as \"a negative demand shock\". Bank of England Governor Andrew Bailey said the fund's downgrade was \"a serious risk\" for Britain.",
        "The IMF trimmed its 2025 forecast for Saudi Arabia to 3.0%, citing lower oil prices. Jihad Azour, director of the fund's Middle East and Central Asia Department, will present the regional outlook in Dubai on Thursday. Saudi Central Bank (SAMA) Governor Ayman Alsayari has said the kingdom's banks are well capitalised.",
        "Wall Street rebounded after Monday's sell-off, with the S&P 500 up 2.5% and the Dow Jones Industrial Average gaining 2.7%, as investors bet that the worst of the tariff shock might be over.",
        "\"The IMF is being polite,\" said Tomás Ferreira, chief economist at Lisbon-based Banco Atlântico de Investimento. \"Tariffs at these levels have not been seen since the 1930s, and the 1930s did not end well.\" Ferreira added that a recession in the United States was \"a coin toss\" if the pause were not extended.",
        "(Reporting by Daniel Okafor and Hye-jin Park; Editing by Marcia Lindgren)",
    ],
    entities=[
        ("imf", O, "International Monetary Fund", "صندوق النقد الدولي", ["International Monetary Fund", "IMF"]),
        ("donald-trump", P, "Donald Trump", "دونالد ترامب", ["Donald Trump", "Trump"]),
        ("kristalina-georgieva", P, "Kristalina Georgieva", "كريستالينا غورغييفا", ["Kristalina Georgieva"]),
        ("reuters", O, "Reuters", "رويترز", ["Reuters"]),
        ("world-bank", O, "World Bank", "البنك الدولي", ["World Bank"]),
        ("pierre-olivier-gourinchas", P, "Pierre-Olivier Gourinchas", "بيير أوليفييه غورينشا", ["Pierre-Olivier Gourinchas", "Gourinchas"]),
        ("federal-reserve", O, "Federal Reserve", "الاحتياطي الفيدرالي", ["Federal Reserve", "Fed"]),
        ("jerome-powell", P, "Jerome Powell", "جيروم باول", ["Jerome Powell", "Powell"]),
        ("ajay-banga", P, "Ajay Banga", "أجاي بانغا", ["Ajay Banga"]),
        ("scott-bessent", P, "Scott Bessent", "سكوت بيسنت", ["Scott Bessent"]),
        ("iif", O, "Institute of International Finance", "معهد التمويل الدولي", ["Institute of International Finance", "IIF"]),
        ("jpmorgan-chase", C, "JPMorgan Chase", "جيه بي مورغان تشيس", ["JPMorgan Chase"]),
        ("ecb", O, "European Central Bank", "البنك المركزي الأوروبي", ["European Central Bank", "ECB"]),
        ("christine-lagarde", P, "Christine Lagarde", "كريستين لاغارد", ["Christine Lagarde"]),
        ("bank-of-england", O, "Bank of England", "بنك إنجلترا", ["Bank of England"]),
        ("andrew-bailey", P, "Andrew Bailey", "أندرو بيلي", ["Andrew Bailey"]),
        ("jihad-azour", P, "Jihad Azour", "جهاد أزعور", ["Jihad Azour"]),
        ("saudi-central-bank", O, "Saudi Central Bank", "البنك المركزي السعودي (ساما)", ["Saudi Central Bank", "SAMA"]),
        ("ayman-alsayari", P, "Ayman Alsayari", "أيمن السياري", ["Ayman Alsayari"]),
        ("tomas-ferreira", P, "Tomás Ferreira", "", ["Tomás Ferreira", "Ferreira"]),
        ("banco-atlantico", C, "Banco Atlântico de Investimento", "", ["Banco Atlântico de Investimento"]),
        ("daniel-okafor", P, "Daniel Okafor", "", ["Daniel Okafor"]),
        ("hye-jin-park", P, "Hye-jin Park", "", ["Hye-jin Park"]),
        ("marcia-lindgren", P, "Marcia Lindgren", "", ["Marcia Lindgren"]),
    ],
    optional=[
        ("spring-meetings", O, "IMF and World Bank Spring Meetings", "اجتماعات الربيع", ["Spring Meetings"]),
    ],
    negatives=[
        "Slashes", "Global", "Growth", "Forecast", "Tariffs", "Cloud", "Outlook", "Washington", "WASHINGTON",
        "April", "Tuesday", "January", "U.S.", "World Economic Outlook", "China", "Liberation Day", "July",
        "Monday", "May", "Treasury", "Europe", "Thursday", "Britain", "Saudi Arabia",
        "Middle East and Central Asia Department", "Dubai", "Wall Street", "S&P 500",
        "Dow Jones Industrial Average", "Lisbon", "United States", "Managing Director", "President", "Governor",
    ],
    events=[
        dict(id="imf-cuts-forecast", date="2025-04-22", mod=None, accept=["2025-04-22"], required=True,
             trigger="on Tuesday", anchor="cut its 2025 global growth forecast to 2.8%",
             what="The IMF cut its 2025 global growth forecast to 2.8%.",
             entities=["imf"]),
        dict(id="january-forecast", date="2025-01", mod=None, accept=["2025-01"], required=True,
             trigger="in January", anchor="from 3.3%",
             what="The IMF had forecast 3.3% global growth in its January update.",
             entities=["imf"]),
        dict(id="liberation-day-tariffs", date="2025-04-02", mod=None, accept=["2025-04-02"], required=True,
             trigger="on April 2", anchor="President Donald Trump unveiled sweeping \"reciprocal\" tariffs",
             what="Trump unveiled sweeping reciprocal tariffs.",
             entities=["donald-trump"]),
        dict(id="tariff-pause", date="2025-04-09", mod=None, accept=["2025-04-09"], required=True,
             trigger="on April 9", anchor="then paused most of them for 90 days",
             what="Trump paused most reciprocal tariffs for 90 days, except on China.",
             entities=["donald-trump"]),
        dict(id="pause-expiry", date="2025-07", mod="start", accept=["2025-07", "2025-07-09", "2025-07-08"], required=False,
             trigger="in early July", anchor="The pause is due to expire",
             what="The 90-day tariff pause is due to expire.",
             entities=[]),
        dict(id="trump-attacks-powell", date="2025-04-21", mod=None, accept=["2025-04-21"], required=True,
             trigger="on Monday", anchor="called Fed Chair Jerome Powell \"a major loser\"",
             what="Trump called Powell a major loser and demanded rate cuts.",
             entities=["donald-trump", "jerome-powell", "federal-reserve"]),
        dict(id="powell-term-ends", date="2026-05", mod=None, accept=["2026-05"], required=True,
             trigger="in May 2026", anchor="whose term as chair ends",
             what="Powell's term as Fed chair ends.",
             entities=["jerome-powell", "federal-reserve"]),
        dict(id="ecb-cut", date="2025-04-17", mod=None, accept=["2025-04-17"], required=True,
             trigger="last Thursday", anchor="the European Central Bank cut its deposit rate to 2.25%",
             what="The ECB cut its deposit rate to 2.25%, its seventh cut in a year.",
             entities=["ecb", "christine-lagarde"]),
        dict(id="azour-regional-outlook", date="2025-04-24", mod=None, accept=["2025-04-24"], required=True,
             trigger="on Thursday", anchor="will present the regional outlook in Dubai",
             what="Jihad Azour will present the IMF's Middle East regional outlook in Dubai.",
             entities=["jihad-azour", "imf"]),
    ],
)

# ---------------------------------------------------------------------------
# 6. IPO (Bloomberg style)
# ---------------------------------------------------------------------------
art(
    slug="en-c06-sahab-ipo-riyadh",
    date="2026-02-10",
    lines=[
        "PIF-Backed Sahab Data Centers Seeks Up to $1.4 Billion in Riyadh IPO",
        "![Sahab Data Centers Chief Executive Tariq Al-Qahtani at the company's campus north of Riyadh](https://example.com/images/sahab-qahtani.jpg)",
        "By Dinesh Varma and Lina Saadeh",
        "(Bloomberg) -- Sahab Data Centers, a Saudi operator of artificial intelligence computing facilities part-owned by the kingdom's Public Investment Fund, is seeking to raise as much as 5.25 billion riyals ($1.4 billion) in an initial public offering in Riyadh, in what would be the biggest IPO on the Saudi Exchange since Saudi Aramco's record $29.4 billion debut in December 2019.",
        "The company set a price range of 54 to 58 riyals a share on Tuesday and will sell 90.5 million shares, or 30% of its capital, according to a statement to the exchange. Institutional bookbuilding runs from Feb. 15 to Feb. 19, the final price will be announced on Feb. 22, and trading is expected to start in March.",
        "Qatar Investment Authority, Abu Dhabi's Mubadala Investment Co. and the Abu Dhabi Investment Authority have agreed to buy a combined $420 million of shares as cornerstone investors, according to people familiar with the matter, who asked not to be identified because the information is private. BlackRock Inc. and Saudi AI company Humain are also among the anchors, the people said.",
        "Goldman Sachs Group Inc., JPMorgan Chase & Co., HSBC Holdings Plc and SNB Capital are joint global coordinators on the deal, while Al Rajhi Capital and EFG Hermes are bookrunners. Representatives for the banks and for QIA, Mubadala and ADIA declined to comment.",
        "Founded in 2019 by Saudi engineer Faisal Al-Harbi, Sahab runs four data centers in Riyadh, Dammam and Jeddah, with about 14,000 Nvidia H100 and H200 chips. Its revenue rose 48% to 2.1 billion riyals in fiscal 2025, and PIF bought a 40% stake in 2023, according to the prospectus.",
        "\"Demand for computing power in the region is growing faster than anyone expected,\" Chief Executive Tariq Al-Qahtani said in an interview. \"We want local investors to own a piece of the AI build-out, not just watch it.\" Al-Qahtani, a former Oracle and STC executive, said proceeds would fund a fifth site near King Salman Energy Park in the Eastern Province.",
        "The Capital Market Authority approved the offering in December. The regulator's chairman, Mohammed El-Kuwaiz, has said he wants more technology companies on the exchange as part of Vision 2030, Crown Prince Mohammed bin Salman's plan to diversify the economy away from oil.",
        "Gulf listings have had a bumpy run. The Tadawul All Share Index has fallen about 6% over the past 12 months, and shares of budget airline flynas, one of the largest recent Saudi debuts, trade below their offer price.",
        "\"The cornerstone book is the signal - when Mubadala and QIA commit before launch, local funds follow,\" said Julien Moreau, a portfolio manager at Dubai-based Corniche Capital Partners. Moreau said the valuation, at about 17 times forward earnings at the top of the range, looked \"full but defensible\".",
        "--With assistance from Layla Haddad.",
    ],
    entities=[
        ("public-investment-fund", O, "Public Investment Fund", "صندوق الاستثمارات العامة", ["Public Investment Fund", "PIF"]),
        ("sahab-data-centers", C, "Sahab Data Centers", "", ["Sahab Data Centers", "Sahab"]),
        ("tariq-al-qahtani", P, "Tariq Al-Qahtani", "طارق القحطاني", ["Tariq Al-Qahtani", "Al-Qahtani"]),
        ("dinesh-varma", P, "Dinesh Varma", "", ["Dinesh Varma"]),
        ("lina-saadeh", P, "Lina Saadeh", "", ["Lina Saadeh"]),
        ("bloomberg", O, "Bloomberg", "بلومبرغ", ["Bloomberg"]),
        ("saudi-aramco", C, "Saudi Aramco", "أرامكو السعودية", ["Saudi Aramco"]),
        ("qia", O, "Qatar Investment Authority", "جهاز قطر للاستثمار", ["Qatar Investment Authority", "QIA"]),
        ("mubadala", O, "Mubadala Investment Company", "مبادلة للاستثمار", ["Mubadala Investment Co.", "Mubadala"]),
        ("adia", O, "Abu Dhabi Investment Authority", "جهاز أبوظبي للاستثمار", ["Abu Dhabi Investment Authority", "ADIA"]),
        ("blackrock", C, "BlackRock", "بلاك روك", ["BlackRock Inc."]),
        ("humain", C, "Humain", "هيوماين", ["Humain"]),
        ("goldman-sachs", C, "Goldman Sachs", "غولدمان ساكس", ["Goldman Sachs Group Inc."]),
        ("jpmorgan-chase", C, "JPMorgan Chase", "جيه بي مورغان تشيس", ["JPMorgan Chase & Co."]),
        ("hsbc", C, "HSBC", "إتش إس بي سي", ["HSBC Holdings Plc"]),
        ("snb-capital", C, "SNB Capital", "الأهلي المالية", ["SNB Capital"]),
        ("al-rajhi-capital", C, "Al Rajhi Capital", "الراجحي المالية", ["Al Rajhi Capital"]),
        ("efg-hermes", C, "EFG Hermes", "إي إف جي هيرميس", ["EFG Hermes"]),
        ("faisal-al-harbi", P, "Faisal Al-Harbi", "فيصل الحربي", ["Faisal Al-Harbi"]),
        ("nvidia", C, "Nvidia", "إنفيديا", ["Nvidia"]),
        ("oracle", C, "Oracle", "أوراكل", ["Oracle"]),
        ("stc", C, "STC", "إس تي سي", ["STC"]),
        ("mohammed-el-kuwaiz", P, "Mohammed El-Kuwaiz", "محمد القويز", ["Mohammed El-Kuwaiz"]),
        ("mohammed-bin-salman", P, "Mohammed bin Salman", "محمد بن سلمان", ["Mohammed bin Salman"]),
        ("flynas", C, "flynas", "طيران ناس", ["flynas"]),
        ("julien-moreau", P, "Julien Moreau", "", ["Julien Moreau", "Moreau"]),
        ("corniche-capital-partners", C, "Corniche Capital Partners", "", ["Corniche Capital Partners"]),
        ("layla-haddad", P, "Layla Haddad", "", ["Layla Haddad"]),
    ],
    optional=[
        ("saudi-exchange", O, "Saudi Exchange", "تداول السعودية", ["Saudi Exchange"]),
        ("capital-market-authority", O, "Capital Market Authority", "هيئة السوق المالية", ["Capital Market Authority"]),
        ("vision-2030", O, "Saudi Vision 2030", "رؤية 2030", ["Vision 2030"]),
    ],
    negatives=[
        "Backed", "Seeks", "Up", "Billion", "IPO", "Riyadh", "Saudi", "December", "Tuesday", "Feb", "March",
        "Abu Dhabi", "Dammam", "Jeddah", "H100", "H200", "King Salman Energy Park", "Eastern Province",
        "Tadawul All Share Index", "Dubai", "Gulf", "Crown Prince", "Chief Executive", "Founded", "Representatives",
        "AI",
    ],
    events=[
        dict(id="aramco-ipo", date="2019-12", mod=None, accept=["2019-12", "2019-12-11"], required=True,
             trigger="in December 2019", anchor="Saudi Aramco's record $29.4 billion debut",
             what="Saudi Aramco made its record $29.4 billion market debut.",
             entities=["saudi-aramco"]),
        dict(id="price-range-set", date="2026-02-10", mod=None, accept=["2026-02-10"], required=True,
             trigger="on Tuesday", anchor="The company set a price range of 54 to 58 riyals a share",
             what="Sahab set the IPO price range at 54-58 riyals a share.",
             entities=["sahab-data-centers"]),
        dict(id="bookbuilding", date="2026-02-15", mod="start", accept=["2026-02-15", "2026-02"], required=True,
             trigger="from Feb. 15 to Feb. 19", anchor="Institutional bookbuilding runs",
             what="Institutional bookbuilding runs from Feb 15 to Feb 19.",
             entities=["sahab-data-centers"]),
        dict(id="final-price", date="2026-02-22", mod=None, accept=["2026-02-22"], required=True,
             trigger="on Feb. 22", anchor="the final price will be announced",
             what="The final IPO price will be announced.",
             entities=["sahab-data-centers"]),
        dict(id="trading-start", date="2026-03", mod=None, accept=["2026-03"], required=True,
             trigger="in March", anchor="trading is expected to start",
             what="Trading in Sahab shares is expected to start on the Saudi Exchange.",
             entities=["sahab-data-centers"]),
        dict(id="sahab-founded", date="2019", mod=None, accept=["2019"], required=True,
             trigger="in 2019", anchor="Founded",
             what="Faisal Al-Harbi founded Sahab.",
             entities=["sahab-data-centers", "faisal-al-harbi"]),
        dict(id="fy2025-revenue", date="2025", mod=None, accept=["2025"], required=True,
             trigger="in fiscal 2025", anchor="Its revenue rose 48% to 2.1 billion riyals",
             what="Sahab's revenue rose 48% to 2.1 billion riyals.",
             entities=["sahab-data-centers"]),
        dict(id="pif-stake", date="2023", mod=None, accept=["2023"], required=True,
             trigger="in 2023", anchor="PIF bought a 40% stake",
             what="PIF bought a 40% stake in Sahab.",
             entities=["public-investment-fund", "sahab-data-centers"]),
        dict(id="cma-approval", date="2025-12", mod=None, accept=["2025-12"], required=True,
             trigger="in December.", anchor="The Capital Market Authority approved the offering",
             what="The Capital Market Authority approved Sahab's IPO.",
             entities=["capital-market-authority", "sahab-data-centers"]),
    ],
)

# ---------------------------------------------------------------------------
# 7. Court / regulatory case
# ---------------------------------------------------------------------------
art(
    slug="en-c07-nuvola-fraud-charges",
    date="2025-09-17",
    lines=[
        "Founder of AI Startup Nuvola Labs Charged With Defrauding Investors of $310 Million",
        "![Nuvola Labs founder Darren Whitlock leaves federal court in Manhattan](https://example.com/images/whitlock-court.jpg)",
        "NEW YORK, Sept 17 (Reuters) - The founder of Nuvola Labs, a once-hyped artificial intelligence startup that was valued at $2.4 billion, was charged on Wednesday with defrauding investors of more than $310 million by inventing customers, revenue and computing capacity, U.S. prosecutors said.",
        "Darren K. Whitlock, 41, was arrested on Tuesday at his home in Miami Beach, Florida, and is charged with securities fraud, wire fraud and conspiracy, according to an indictment unsealed in federal court in Manhattan. He faces up to 20 years in prison on the most serious count.",
        "The Securities and Exchange Commission filed a parallel civil lawsuit accusing Whitlock and Nuvola's former chief financial officer, Meera Raghunathan, of misleading investors in a funding round in June 2024 that valued the company at $2.4 billion. Raghunathan pleaded guilty in August and is cooperating with prosecutors, court records show.",
        "\"Whitlock sold investors a story about an AI company that did not exist,\" Manhattan U.S. Attorney Jay Clayton said in a statement. \"The customers were fake, the contracts were fake, and the chips were never there.\"",
        "SEC Chairman Paul Atkins said the agency would keep pursuing companies that \"dress up ordinary fraud in the language of artificial intelligence\". The Justice Department said the FBI's New York field office had led the investigation.",
        "Prosecutors say Nuvola told investors it had signed multi-year contracts with Visa, Walmart and Emirates, and that it ran its models on more than 20,000 Nvidia chips leased through Oracle's cloud. In fact the company had two small paying customers and about 600 rented graphics processors, the indictment said. Visa, Walmart, Emirates, Nvidia and Oracle are not accused of wrongdoing.",
        "Nuvola, founded in Palo Alto in 2021, raised money from venture firms including Bluecastle Ventures and Marlowe Partners, as well as from Abu Dhabi family office Noor Holdings, according to the SEC complaint. Its auditor, Kessler Whitman LLP, resigned in January after asking to see customer contracts, the complaint said.",
        "Whitlock, a former Apple engineer, became a fixture on the conference circuit, telling a packed hall at the Web Summit in Lisbon in November 2023 that Nuvola would \"do for inference what Amazon did for retail\". Raghunathan, an Indian citizen, was in the United States on an H-1B visa, according to court filings.",
        "Whitlock was released on a $5 million bond after a hearing before U.S. Magistrate Judge Sarah L. Ostrowski, and must surrender his passport. His next court date was set for Oct. 1.",
        "His lawyer, Benjamin Straus of Straus Halloran LLP, said his client would plead not guilty. \"Mr. Whitlock built real technology with real engineers, and he intends to fight these charges,\" Straus said.",
        "The case is among the first brought by the SEC's Cyber and Emerging Technologies Unit, which the agency created in February to focus on fraud involving AI, blockchain and cybersecurity.",
        "(Reporting by Luc Marchetti in New York; Editing by Anna Driscoll)",
    ],
    entities=[
        ("nuvola-labs", C, "Nuvola Labs", "", ["Nuvola Labs", "Nuvola"]),
        ("darren-whitlock", P, "Darren K. Whitlock", "", ["Darren K. Whitlock", "Darren Whitlock", "Whitlock"]),
        ("reuters", O, "Reuters", "رويترز", ["Reuters"]),
        ("meera-raghunathan", P, "Meera Raghunathan", "", ["Meera Raghunathan", "Raghunathan"]),
        ("jay-clayton", P, "Jay Clayton", "جاي كلايتون", ["Jay Clayton"]),
        ("paul-atkins", P, "Paul Atkins", "بول أتكينز", ["Paul Atkins"]),
        ("visa", C, "Visa", "فيزا", ["Visa"]),
        ("walmart", C, "Walmart", "وولمارت", ["Walmart"]),
        ("emirates", C, "Emirates", "طيران الإمارات", ["Emirates"]),
        ("nvidia", C, "Nvidia", "إنفيديا", ["Nvidia"]),
        ("oracle", C, "Oracle", "أوراكل", ["Oracle"]),
        ("bluecastle-ventures", C, "Bluecastle Ventures", "", ["Bluecastle Ventures"]),
        ("marlowe-partners", C, "Marlowe Partners", "", ["Marlowe Partners"]),
        ("noor-holdings", C, "Noor Holdings", "", ["Noor Holdings"]),
        ("kessler-whitman", C, "Kessler Whitman LLP", "", ["Kessler Whitman LLP"]),
        ("apple", C, "Apple", "آبل", ["Apple"]),
        ("amazon", C, "Amazon", "أمازون", ["Amazon"]),
        ("sarah-ostrowski", P, "Sarah L. Ostrowski", "", ["Sarah L. Ostrowski"]),
        ("benjamin-straus", P, "Benjamin Straus", "", ["Benjamin Straus", ("Straus", "Straus said")]),
        ("straus-halloran", C, "Straus Halloran LLP", "", ["Straus Halloran LLP"]),
        ("luc-marchetti", P, "Luc Marchetti", "", ["Luc Marchetti"]),
        ("anna-driscoll", P, "Anna Driscoll", "", ["Anna Driscoll"]),
    ],
    optional=[
        ("sec", O, "Securities and Exchange Commission", "هيئة الأوراق المالية والبورصات الأمريكية", ["Securities and Exchange Commission", "SEC"]),
        ("fbi", O, "Federal Bureau of Investigation", "مكتب التحقيقات الفيدرالي", ["FBI"]),
        ("web-summit", O, "Web Summit", "قمة الويب", ["Web Summit"]),
        ("sec-cetu", O, "Cyber and Emerging Technologies Unit", "", ["Cyber and Emerging Technologies Unit"]),
    ],
    negatives=[
        "Founder", "AI", "Startup", "Charged", "With", "Defrauding", "Investors", "Million", "Manhattan",
        "NEW YORK", "Sept", "Wednesday", "U.S.", "Tuesday", "Miami Beach", "Florida", "June", "August",
        "U.S. Attorney", "Justice Department", "New York", "Prosecutors", "Palo Alto", "Abu Dhabi", "January",
        "Lisbon", "November", "Indian", "United States", "H-1B", "Magistrate Judge", "Oct", "Mr.", "February",
        "Chairman",
    ],
    events=[
        dict(id="whitlock-charged", date="2025-09-17", mod=None, accept=["2025-09-17"], required=True,
             trigger="on Wednesday", anchor="was charged",
             what="Nuvola Labs founder Darren Whitlock was charged with defrauding investors.",
             entities=["darren-whitlock", "nuvola-labs"]),
        dict(id="whitlock-arrested", date="2025-09-16", mod=None, accept=["2025-09-16"], required=True,
             trigger="on Tuesday", anchor="was arrested",
             what="Whitlock was arrested at his home in Miami Beach.",
             entities=["darren-whitlock"]),
        dict(id="june-2024-round", date="2024-06", mod=None, accept=["2024-06"], required=True,
             trigger="in June 2024", anchor="a funding round",
             what="Nuvola's funding round valued it at $2.4 billion.",
             entities=["nuvola-labs"]),
        dict(id="raghunathan-plea", date="2025-08", mod=None, accept=["2025-08"], required=True,
             trigger="in August", anchor="Raghunathan pleaded guilty",
             what="Former CFO Meera Raghunathan pleaded guilty and is cooperating.",
             entities=["meera-raghunathan"]),
        dict(id="nuvola-founded", date="2021", mod=None, accept=["2021"], required=True,
             trigger="in 2021", anchor="founded in Palo Alto",
             what="Nuvola Labs was founded in Palo Alto.",
             entities=["nuvola-labs"]),
        dict(id="auditor-resigns", date="2025-01", mod=None, accept=["2025-01"], required=True,
             trigger="in January", anchor="Kessler Whitman LLP, resigned",
             what="Nuvola's auditor Kessler Whitman resigned.",
             entities=["kessler-whitman", "nuvola-labs"]),
        dict(id="web-summit-talk", date="2023-11", mod=None, accept=["2023-11"], required=True,
             trigger="in November 2023", anchor="telling a packed hall at the Web Summit in Lisbon",
             what="Whitlock spoke at the Web Summit in Lisbon.",
             entities=["darren-whitlock", "web-summit"]),
        dict(id="next-court-date", date="2025-10-01", mod=None, accept=["2025-10-01"], required=True,
             trigger="for Oct. 1", anchor="His next court date was set",
             what="Whitlock's next court date.",
             entities=["darren-whitlock"]),
        dict(id="cetu-created", date="2025-02", mod=None, accept=["2025-02", "2025-02-20"], required=True,
             trigger="in February", anchor="which the agency created",
             what="The SEC created its Cyber and Emerging Technologies Unit.",
             entities=["sec", "sec-cetu"]),
    ],
)

# ---------------------------------------------------------------------------
# 8. Profile / life timeline
# ---------------------------------------------------------------------------
art(
    slug="en-c08-buffett-hands-berkshire-to-abel",
    date="2025-12-31",
    lines=[
        "Warren Buffett Hands Berkshire to Greg Abel After Six Decades as the Oracle of Omaha",
        "![Warren Buffett and Greg Abel at the Berkshire Hathaway annual shareholders meeting in Omaha, Nebraska](https://example.com/images/buffett-abel-omaha.jpg)",
        "By Oliver Kemp in New York and Claire Dunmore in Omaha",
        "Warren Buffett will step down as chief executive of Berkshire Hathaway at the end of Wednesday, closing a six-decade run in which he turned a failing New England textile mill into a conglomerate worth more than $1 trillion and became the most closely followed investor in the world.",
        "Greg Abel, the 63-year-old Canadian who has run Berkshire's non-insurance businesses since 2018, takes over on Thursday. Buffett, 95, will remain chairman and has said he intends to keep coming to the office most days.",
        "The handover was set in motion on May 3, when Buffett stunned about 40,000 shareholders at the CHI Health Center arena in Omaha by announcing that he would ask the board to make Abel chief executive at year end. The board voted unanimously the following day.",
        "Born in Omaha on Aug. 30, 1930, the son of a stockbroker who later served in Congress, Buffett bought his first stock - three shares of Cities Service preferred - at the age of 11. After Harvard Business School turned him down, he studied under Benjamin Graham at Columbia Business School and later worked for Graham's firm, Graham-Newman, in New York.",
        "He took control of Berkshire Hathaway in 1965 and, over the following decades, used the cash thrown off by insurers such as GEICO and National Indemnity to buy whole companies, from See's Candies and Nebraska Furniture Mart to the BNSF railroad, and to take large stakes in Coca-Cola, American Express and, later, Apple.",
        "His partner for most of that time was Charlie Munger, Berkshire's vice chairman, who died in November 2023 at the age of 99. \"Charlie was the architect and I was the general contractor,\" Buffett once wrote.",
        "Not every bet worked. Buffett has called the purchase of Dexter Shoe, paid for in Berkshire stock, the worst deal he ever made. And for decades the Oracle of Omaha avoided technology companies, saying he did not understand them. He never bought shares of Oracle, Larry Ellison's software group, and Berkshire has since sold much of its Apple stake, leaving it with a cash pile of more than $380 billion.",
        "Buffett has pledged to give away more than 99% of his fortune, much of it at first through the Gates Foundation. He has since said the bulk will go to a trust run by his three children, Susie, Howard and Peter. Bill Gates, a longtime friend, stepped down from Berkshire's board years ago.",
        "Abel, born in Edmonton, Alberta, joined Berkshire's orbit when it bought MidAmerican Energy, where he was an executive. Ajit Jain, 74, remains vice chairman for insurance operations, and portfolio managers Todd Combs and Ted Weschler will continue to run parts of the stock portfolio.",
        "\"It's the end of an era, but Greg is the right man,\" said Linda Kowalczyk, 72, a retired schoolteacher from Lincoln who has attended the annual meeting for three decades.",
        "David Whitcombe, chief investment officer at Prairie Stone Capital, which owns Berkshire Class B shares, was blunter. \"The risk is not Greg. The risk is that nobody will ever trust anyone the way they trusted Warren,\" he said.",
        "Buffett will keep his office at Kiewit Plaza, a short drive from the house he has lived in for decades.",
        "Additional reporting by Priyanka Rao in Bengaluru; Editing by Simon Hartley",
    ],
    entities=[
        ("warren-buffett", P, "Warren Buffett", "وارن بافيت", ["Warren Buffett", "Buffett", "Warren"]),
        ("berkshire-hathaway", C, "Berkshire Hathaway", "بيركشاير هاثاواي", ["Berkshire Hathaway", "Berkshire"]),
        ("greg-abel", P, "Greg Abel", "غريغ أبيل", ["Greg Abel", "Abel", "Greg"]),
        ("oliver-kemp", P, "Oliver Kemp", "", ["Oliver Kemp"]),
        ("claire-dunmore", P, "Claire Dunmore", "", ["Claire Dunmore"]),
        ("cities-service", C, "Cities Service", "", ["Cities Service"]),
        ("harvard-business-school", O, "Harvard Business School", "كلية هارفارد للأعمال", ["Harvard Business School"]),
        ("benjamin-graham", P, "Benjamin Graham", "بنجامين غراهام", ["Benjamin Graham", "Graham"]),
        ("columbia-business-school", O, "Columbia Business School", "كلية كولومبيا للأعمال", ["Columbia Business School"]),
        ("graham-newman", C, "Graham-Newman", "", ["Graham-Newman"]),
        ("geico", C, "GEICO", "جايكو", ["GEICO"]),
        ("national-indemnity", C, "National Indemnity", "", ["National Indemnity"]),
        ("sees-candies", C, "See's Candies", "", ["See's Candies"]),
        ("nebraska-furniture-mart", C, "Nebraska Furniture Mart", "", ["Nebraska Furniture Mart"]),
        ("bnsf", C, "BNSF", "", ["BNSF"]),
        ("coca-cola", C, "Coca-Cola", "كوكا كولا", ["Coca-Cola"]),
        ("american-express", C, "American Express", "أمريكان إكسبريس", ["American Express"]),
        ("apple", C, "Apple", "آبل", ["Apple"]),
        ("charlie-munger", P, "Charlie Munger", "تشارلي مونغر", ["Charlie Munger", "Charlie"]),
        ("dexter-shoe", C, "Dexter Shoe", "", ["Dexter Shoe"]),
        ("oracle", C, "Oracle", "أوراكل", [("Oracle", "shares of Oracle")]),
        ("larry-ellison", P, "Larry Ellison", "لاري إليسون", ["Larry Ellison"]),
        ("gates-foundation", O, "Gates Foundation", "مؤسسة غيتس", ["Gates Foundation"]),
        ("susie-buffett", P, "Susie Buffett", "سوزي بافيت", ["Susie"]),
        ("howard-buffett", P, "Howard Buffett", "هوارد بافيت", ["Howard"]),
        ("peter-buffett", P, "Peter Buffett", "بيتر بافيت", ["Peter"]),
        ("bill-gates", P, "Bill Gates", "بيل غيتس", ["Bill Gates"]),
        ("midamerican-energy", C, "MidAmerican Energy", "", ["MidAmerican Energy"]),
        ("ajit-jain", P, "Ajit Jain", "أجيت جين", ["Ajit Jain"]),
        ("todd-combs", P, "Todd Combs", "تود كومبس", ["Todd Combs"]),
        ("ted-weschler", P, "Ted Weschler", "تيد ويشلر", ["Ted Weschler"]),
        ("linda-kowalczyk", P, "Linda Kowalczyk", "", ["Linda Kowalczyk"]),
        ("david-whitcombe", P, "David Whitcombe", "", ["David Whitcombe"]),
        ("prairie-stone-capital", C, "Prairie Stone Capital", "", ["Prairie Stone Capital"]),
        ("priyanka-rao", P, "Priyanka Rao", "", ["Priyanka Rao"]),
        ("simon-hartley", P, "Simon Hartley", "", ["Simon Hartley"]),
    ],
    optional=[
        ("us-congress", O, "United States Congress", "الكونغرس الأمريكي", ["Congress"]),
    ],
    negatives=[
        "Hands", "After", "Six", "Decades", "Oracle of Omaha", "Omaha", "Nebraska", "New York", "New England",
        "Wednesday", "Canadian", "Thursday", "May", "CHI Health Center", "Born", "Aug", "Edmonton", "Alberta",
        "Lincoln", "Class B", "Kiewit Plaza", "November", "Bengaluru", "Not", "And", "Additional",
    ],
    events=[
        dict(id="buffett-steps-down", date="2025-12-31", mod=None, accept=["2025-12-31"], required=True,
             trigger="at the end of Wednesday", anchor="Warren Buffett will step down as chief executive of Berkshire Hathaway",
             what="Buffett steps down as Berkshire Hathaway CEO.",
             entities=["warren-buffett", "berkshire-hathaway"]),
        dict(id="abel-takes-over", date="2026-01-01", mod=None, accept=["2026-01-01"], required=True,
             trigger="on Thursday", anchor="takes over",
             what="Greg Abel takes over as Berkshire chief executive.",
             entities=["greg-abel", "berkshire-hathaway"]),
        dict(id="abel-since-2018", date="2018", mod=None, accept=["2018"], required=True,
             trigger="since 2018", anchor="has run Berkshire's non-insurance businesses",
             what="Abel began running Berkshire's non-insurance businesses.",
             entities=["greg-abel", "berkshire-hathaway"]),
        dict(id="handover-announced", date="2025-05-03", mod=None, accept=["2025-05-03"], required=True,
             trigger="on May 3", anchor="The handover was set in motion",
             what="Buffett announced at the annual meeting that he would ask the board to make Abel CEO.",
             entities=["warren-buffett", "greg-abel"]),
        dict(id="board-vote", date="2025-05-04", mod=None, accept=["2025-05-04"], required=True,
             trigger="the following day", anchor="The board voted unanimously",
             what="Berkshire's board voted unanimously to make Abel CEO at year end.",
             entities=["berkshire-hathaway", "greg-abel"]),
        dict(id="buffett-born", date="1930-08-30", mod=None, accept=["1930-08-30"], required=True,
             trigger="on Aug. 30, 1930", anchor="Born in Omaha",
             what="Warren Buffett was born in Omaha.",
             entities=["warren-buffett"]),
        dict(id="first-stock", date="1942", mod=None, accept=["1942", "1941"], required=False,
             trigger="at the age of 11", anchor="Buffett bought his first stock",
             what="Buffett bought his first stock, three shares of Cities Service preferred.",
             entities=["warren-buffett", "cities-service"]),
        dict(id="berkshire-control", date="1965", mod=None, accept=["1965"], required=True,
             trigger="in 1965", anchor="He took control of Berkshire Hathaway",
             what="Buffett took control of Berkshire Hathaway.",
             entities=["warren-buffett", "berkshire-hathaway"]),
        dict(id="munger-dies", date="2023-11", mod=None, accept=["2023-11", "2023-11-28"], required=True,
             trigger="in November 2023", anchor="who died",
             what="Charlie Munger died at 99.",
             entities=["charlie-munger"]),
    ],
)


# ---------------------------------------------------------------------------
# machinery
# ---------------------------------------------------------------------------
def is_word(ch):
    return ch.isalnum()


def find_all(text, s):
    """All whole-word, case-sensitive occurrences of s."""
    out, i = [], 0
    while True:
        j = text.find(s, i)
        if j < 0:
            return out
        k = j + len(s)
        left_ok = j == 0 or not is_word(text[j - 1]) or not is_word(s[0])
        right_ok = k == len(text) or not is_word(text[k]) or not is_word(s[-1])
        if left_ok and right_ok:
            out.append(j)
        i = j + 1


def alt_region(text):
    lines = text.split("\n")
    if len(lines) > 1 and lines[1].startswith("!["):
        s = len(lines[0]) + 1
        e = s + lines[1].index("](")
        return (s + 2, e)
    return None


def nth_find(text, spec, what):
    if isinstance(spec, tuple):
        s, n = spec
    else:
        s, n = spec, None
    occ = []
    i = 0
    while True:
        j = text.find(s, i)
        if j < 0:
            break
        occ.append(j)
        i = j + 1
    if not occ:
        raise SystemExit(f"{what}: not found: {s!r}")
    if n is None:
        if len(occ) != 1:
            raise SystemExit(f"{what}: ambiguous ({len(occ)}x): {s!r}")
        n = 0
    j = occ[n]
    return {"start": j, "end": j + len(s), "text": s}


def build(a):
    text = unicodedata.normalize("NFC", "\n".join(a["lines"]) + "\n")
    alt = alt_region(text)
    cands = []  # (priority, start, end, kind, payload)
    used = {}
    for group, optional in (("entities", False), ("optional", True)):
        for (eid, kind, name_en, name_ar, forms) in a[group]:
            for f in forms:
                form, ctx = (f if isinstance(f, tuple) else (f, f))
                hits = find_all(text, ctx)
                used[(eid, f)] = 0
                for h in hits:
                    s = h + ctx.index(form)
                    cands.append((len(ctx), s, s + len(form), "m", (eid, kind, optional, f)))
    for f in a["negatives"]:
        form, ctx = (f if isinstance(f, tuple) else (f, f))
        used[("NEG", f)] = 0
        for h in find_all(text, ctx):
            s = h + ctx.index(form)
            cands.append((len(ctx), s, s + len(form), "n", ("NEG", None, None, f)))
    cands.sort(key=lambda c: (-c[0], c[1]))
    taken = []
    mentions, negatives = [], []
    for pr, s, e, typ, (eid, kind, optional, f) in cands:
        if any(not (e <= ts or s >= te) for ts, te in taken):
            continue
        taken.append((s, e))
        used[(eid, f)] += 1
        if typ == "m":
            in_alt = alt is not None and alt[0] <= s and e <= alt[1]
            mentions.append({"start": s, "end": e, "text": text[s:e], "entity": eid, "kind": kind,
                             "optional": bool(optional or in_alt)})
        else:
            negatives.append({"start": s, "end": e, "text": text[s:e]})
    for k, v in used.items():
        if v == 0:
            print(f"  WARN {a['slug']}: form never used: {k}", file=sys.stderr)
    mentions.sort(key=lambda m: m["start"])
    negatives.sort(key=lambda m: m["start"])

    events = []
    for ev in a["events"]:
        trig = nth_find(text, ev["trigger"], f"{a['slug']}/{ev['id']} trigger")
        anc_spec = ev["anchor"]
        if "anchor_nth" in ev:
            anc_spec = (anc_spec, ev["anchor_nth"])
        if isinstance(anc_spec, str):
            # choose the occurrence nearest to the trigger
            occ = []
            i = 0
            while True:
                j = text.find(anc_spec, i)
                if j < 0:
                    break
                occ.append(j)
                i = j + 1
            if not occ:
                raise SystemExit(f"{a['slug']}/{ev['id']} anchor not found: {anc_spec!r}")
            j = min(occ, key=lambda j: min(abs(j - trig["end"]), abs(trig["start"] - (j + len(anc_spec)))))
            anc = {"start": j, "end": j + len(anc_spec), "text": anc_spec}
        else:
            anc = nth_find(text, anc_spec, f"{a['slug']}/{ev['id']} anchor")
        events.append({
            "id": ev["id"], "date": ev["date"], "mod": ev["mod"], "accept": ev["accept"],
            "required": ev["required"], "trigger": trig, "anchor": anc, "what": ev["what"],
            "entities": ev["entities"],
        })

    ents = [{"id": e[0], "kind": e[1], "name_en": e[2], "name_ar": e[3]} for e in a["entities"]]
    opts = [{"id": e[0], "kind": e[1], "name_en": e[2], "name_ar": e[3]} for e in a["optional"]]
    gold = {"lang": "en", "document_date": a["date"], "entities": ents, "optional_entities": opts,
            "mentions": mentions, "negatives": negatives, "events": events}
    return text, gold


def main():
    for a in ARTICLES:
        text, gold = build(a)
        base = os.path.join(HERE, a["slug"])
        with open(base + ".txt", "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{a['slug']}: words={len(text.split())} entities={len(gold['entities'])}"
              f"+{len(gold['optional_entities'])} mentions={len(gold['mentions'])}"
              f" negatives={len(gold['negatives'])} events={len(gold['events'])}")


if __name__ == "__main__":
    main()
