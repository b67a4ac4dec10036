# Source texts and entity inventories for the en-b* blind articles.
# Entity tuple: (id, kind, name_en, name_ar, [surface forms as they appear in the text])
P, O = "person", "organization"

ARTICLES = []

# ---------------------------------------------------------------- 01
ARTICLES.append(dict(
    name="en-b01-senate-rural-hospitals",
    date="2025-07-16",
    text="""
Senate Advances Bipartisan Rural Hospital Bill as House Leaders Urge Caution

WASHINGTON — The Senate voted 68-31 on Wednesday to advance a bipartisan bill that would send $9 billion over five years to struggling rural hospitals, handing a rare cross-party win to Sen. Bill Cassidy and Sen. Raphael Warnock, who spent more than a year negotiating the measure.

The Rural Hospital Stabilization Act would create emergency grants for facilities with fewer than 50 beds and extend higher Medicare payment rates for critical access hospitals through 2030. Supporters say more than 180 rural hospitals have closed or stopped offering inpatient care since 2010.

"This is not a red-state problem or a blue-state problem," Cassidy, a Louisiana Republican and physician who chairs the Senate Health, Education, Labor and Pensions Committee, said on the floor. "When the hospital closes, the town starts closing with it."

Warnock, a Georgia Democrat, called the grants "a bridge, not a bailout," and said Cassidy had agreed to tie the money to staffing and maternity-care benchmarks.

Senate Majority Leader John Thune of South Dakota brought the bill to the floor after farm-state Republicans pressed for a vote before the August recess. Senate Minority Leader Chuck Schumer of New York said the result showed "the Senate can still work when people stop shouting." Thune told reporters he expected final passage by Friday.

The path in the House is less certain. Speaker Mike Johnson said on Tuesday that House Republicans wanted to study the cost estimate from the Congressional Budget Office before committing to a vote. The CBO projected last week that the bill would add about $2.1 billion to deficits over a decade, after counting savings from tighter rules on hospital billing.

House Minority Leader Hakeem Jeffries urged Johnson not to let the bill "die in a drawer." Rep. Teresa M. Alvarado-Finch, D-Ariz., who introduced a companion measure in March, said hospitals in her district were sometimes 90 miles apart. "People are driving past a closed emergency room on the way to an open one," Alvarado-Finch said.

The White House has not said whether President Donald Trump would sign the measure. A spokeswoman for the Department of Health and Human Services said the department was reviewing the text, and Health Secretary Robert F. Kennedy Jr. has not commented publicly on the bill.

Hospital operators welcomed the vote. Dr. Howard L. Beaumont, chief executive of Prairie Ridge Health, which runs 11 hospitals across Kansas and Nebraska, said two of his facilities were "months, not years" from closing their maternity wards. Mr. Beaumont said Prairie Ridge had cut 140 jobs since January.

The American Hospital Association (AHA), which represents about 5,000 hospitals, endorsed the bill, although the AHA said the grant formula should give more weight to patient volume.

José Ibáñez-Ruiz, a health economist at Georgetown University, said the money would buy time but not fix the underlying problem. "Rural hospitals are losing patients to bigger systems and losing staff to cities," Ibáñez-Ruiz said. "Nine billion dollars slows that down. It doesn't reverse it."

Analysts at Hollister & Crane, a Washington consultancy, put the odds of the bill reaching Trump's desk this year at roughly 60%.
""",
    entities=[
        ("bill-cassidy", P, "Bill Cassidy", "بيل كاسيدي", ["Bill Cassidy", "Cassidy"]),
        ("raphael-warnock", P, "Raphael Warnock", "رافائيل وارنوك", ["Raphael Warnock", "Warnock"]),
        ("john-thune", P, "John Thune", "جون ثون", ["John Thune", "Thune"]),
        ("chuck-schumer", P, "Chuck Schumer", "تشاك شومر", ["Chuck Schumer"]),
        ("mike-johnson", P, "Mike Johnson", "مايك جونسون", ["Mike Johnson", "Johnson"]),
        ("hakeem-jeffries", P, "Hakeem Jeffries", "حكيم جيفريز", ["Hakeem Jeffries"]),
        ("teresa-alvarado-finch", P, "Teresa M. Alvarado-Finch", "تيريزا ألفارادو-فينش",
         ["Teresa M. Alvarado-Finch", "Alvarado-Finch"]),
        ("donald-trump", P, "Donald Trump", "دونالد ترامب", ["Donald Trump", "Trump"]),
        ("robert-f-kennedy-jr", P, "Robert F. Kennedy Jr.", "روبرت إف. كينيدي جونيور",
         ["Robert F. Kennedy Jr."]),
        ("howard-beaumont", P, "Howard L. Beaumont", "هوارد بومونت", ["Howard L. Beaumont", "Beaumont"]),
        ("prairie-ridge-health", O, "Prairie Ridge Health", "برايري ريدج هيلث",
         ["Prairie Ridge Health", "Prairie Ridge"]),
        ("american-hospital-association", O, "American Hospital Association", "جمعية المستشفيات الأمريكية",
         ["American Hospital Association", "AHA"]),
        ("jose-ibanez-ruiz", P, "José Ibáñez-Ruiz", "خوسيه إيبانييث رويث", ["José Ibáñez-Ruiz", "Ibáñez-Ruiz"]),
        ("georgetown-university", O, "Georgetown University", "جامعة جورجتاون", ["Georgetown University"]),
        ("hollister-and-crane", O, "Hollister & Crane", "هوليستر آند كرين", ["Hollister & Crane"]),
    ],
    optional=[
        ("us-senate", O, "United States Senate", "مجلس الشيوخ الأمريكي", ["Senate"]),
        ("us-house-of-representatives", O, "United States House of Representatives", "مجلس النواب الأمريكي", ["House"]),
        ("senate-help-committee", O, "Senate Health, Education, Labor and Pensions Committee",
         "لجنة الصحة والتعليم والعمل والمعاشات في مجلس الشيوخ",
         ["Senate Health, Education, Labor and Pensions Committee"]),
        ("congressional-budget-office", O, "Congressional Budget Office", "مكتب الميزانية في الكونغرس",
         ["Congressional Budget Office", "CBO"]),
        ("white-house", O, "White House", "البيت الأبيض", ["White House"]),
        ("republican-party", O, "Republican Party", "الحزب الجمهوري", ["Republicans", "Republican"]),
        ("democratic-party", O, "Democratic Party", "الحزب الديمقراطي", ["Democrat"]),
    ],
    negatives=["WASHINGTON", "Washington", "Wednesday", "Tuesday", "Friday", "March", "January", "August",
               "Rural Hospital Stabilization Act", "Louisiana", "Georgia", "South Dakota", "New York",
               "Department of Health and Human Services", "Kansas", "Nebraska", "Bipartisan", "Rural",
               "Hospital", "Bill", "Medicare", "Supporters", "Analysts", "Nine", "People", "Leaders", "Caution", "D-Ariz."],
))

# ---------------------------------------------------------------- 02
ARTICLES.append(dict(
    name="en-b02-apple-quarterly-earnings",
    date="2025-10-30",
    text="""
Apple Tops Forecasts as iPhone 17 Demand Lifts Quarterly Revenue

CUPERTINO, Calif. — Apple reported quarterly revenue above Wall Street expectations on Thursday, as strong early demand for the iPhone 17 lineup and another record from its services business offset softer sales of the iPad and the Vision Pro headset.

Revenue for the fiscal fourth quarter, which ended Sept. 27, rose 8% from a year earlier to $102.5 billion, the company said. Analysts polled by LSEG had expected about $102.2 billion. Net income was $27.5 billion, or $1.85 a share.

iPhone revenue climbed to $49 billion, while services — which include the App Store, iCloud and Apple Music — brought in a record $28.8 billion. Apple's shares rose about 3% in extended trading on the Nasdaq.

"This is the strongest iPhone launch we've had in several years," chief executive Tim Cook said on a call with analysts. Cook said the company expected revenue in the December quarter to grow between 10% and 12%, helped by holiday sales and a recovery in China.

Chief financial officer Kevan Parekh said gross margin came in at 47.2%, near the top of the company's guidance range, despite about $1.1 billion in tariff-related costs. Parekh said Apple expected similar tariff costs in the current quarter.

Greater China, long a sore point, remained a drag. Sales in the region fell 4%, as Huawei and Xiaomi continued to win customers at the top of the market. Counterpoint Research estimated this month that Apple's share of China's premium smartphone segment had slipped two points over the past year.

Rebecca Tan, an analyst at Jefferies, said the guidance was "better than feared" and suggested the upgrade cycle investors have waited for since 2021 may finally be arriving. "Apple Intelligence isn't selling phones on its own yet, but it's giving people a reason to trade in a four-year-old device," Tan said.

Others were more cautious. Oliver Grünwald, who follows hardware companies for Hartwell Capital Partners in London, noted that a large slice of services profit comes from the roughly $20 billion a year that Alphabet's Google pays to be the default search engine on Apple devices, an arrangement examined at length in the Justice Department's antitrust case against Google.

"Services is the profit engine, and a meaningful part of it depends on one contract," Grünwald said.

Cook also addressed supply chains. Apple now assembles most iPhones sold in the United States in India, where Foxconn, formally known as Hon Hai Precision Industry, and Tata Electronics operate large plants. Cook said more than half of the Mac, iPad and Apple Watch products bound for American customers now came from Vietnam.

Analysts also pressed executives on artificial intelligence spending, after Microsoft, Meta Platforms and Amazon each lifted their capital expenditure plans this week. Parekh said Apple's spending would rise "substantially" but remain far below that of its rivals, in part because the company relies on partners for some cloud computing capacity.

Shares of Apple have gained about 9% this year, lagging Nvidia, whose stock has risen more than 40% over the same period.
""",
    entities=[
        ("apple", O, "Apple", "أبل", ["Apple"]),
        ("tim-cook", P, "Tim Cook", "تيم كوك", ["Tim Cook", "Cook"]),
        ("kevan-parekh", P, "Kevan Parekh", "كيفان باريخ", ["Kevan Parekh", "Parekh"]),
        ("lseg", O, "LSEG", "مجموعة بورصة لندن", ["LSEG"]),
        ("huawei", O, "Huawei", "هواوي", ["Huawei"]),
        ("xiaomi", O, "Xiaomi", "شاومي", ["Xiaomi"]),
        ("counterpoint-research", O, "Counterpoint Research", "كاونتربوينت ريسيرش", ["Counterpoint Research"]),
        ("rebecca-tan", P, "Rebecca Tan", "ريبيكا تان", ["Rebecca Tan", "Tan"]),
        ("jefferies", O, "Jefferies", "جيفريز", ["Jefferies"]),
        ("oliver-grunwald", P, "Oliver Grünwald", "أوليفر غرونفالد", ["Oliver Grünwald", "Grünwald"]),
        ("hartwell-capital-partners", O, "Hartwell Capital Partners", "هارتويل كابيتال بارتنرز",
         ["Hartwell Capital Partners"]),
        ("alphabet", O, "Alphabet", "ألفابت", ["Alphabet"]),
        ("google", O, "Google", "غوغل", ["Google"]),
        ("foxconn", O, "Foxconn", "فوكسكون", ["Foxconn", "Hon Hai Precision Industry"]),
        ("tata-electronics", O, "Tata Electronics", "تاتا للإلكترونيات", ["Tata Electronics"]),
        ("microsoft", O, "Microsoft", "مايكروسوفت", ["Microsoft"]),
        ("meta-platforms", O, "Meta Platforms", "ميتا بلاتفورمز", ["Meta Platforms"]),
        ("amazon", O, "Amazon", "أمازون", ["Amazon"]),
        ("nvidia", O, "Nvidia", "إنفيديا", ["Nvidia"]),
    ],
    optional=[
        ("nasdaq", O, "Nasdaq", "ناسداك", ["Nasdaq"]),
    ],
    negatives=["CUPERTINO", "Calif.", "Wall Street", "Thursday", "iPhone 17", "iPhone", "iPhones", "iPad",
               "Vision Pro", "App Store", "iCloud", "Apple Music", "Apple Intelligence", "Apple Watch", "Mac",
               "Greater China", "China", "London", "Justice Department", "United States", "India", "Vietnam",
               "American", "December", "Sept.", "Tops", "Forecasts", "Demand", "Revenue", "Analysts", "Shares",
               "Services", "Others", "Sales", "Chief"],
))

# ---------------------------------------------------------------- 03
ARTICLES.append(dict(
    name="en-b03-lloyds-motor-finance-boe",
    date="2025-10-23",
    text="""
Lloyds Profit Falls on Fresh Motor Finance Charge as Bank of England Weighs Cut

LONDON — Lloyds Banking Group reported a 36% fall in third-quarter profit on Thursday after setting aside another £800 million to compensate customers who were mis-sold car loans, overshadowing stronger lending income as investors looked ahead to the Bank of England's next interest rate decision.

The FTSE 100 lender said pre-tax profit for the three months to September was £1.2 billion, down from £1.8 billion a year earlier. The new provision, which follows a consultation by the Financial Conduct Authority (FCA) on an industry-wide redress scheme, takes Lloyds' total motor finance charge to £1.95 billion.

Chief executive Charlie Nunn said the bank remained "disappointed" by the scope of the proposals, which the FCA estimates could cost lenders a combined £8.2 billion. "We believe the scheme goes beyond what is needed to put customers back in the position they would have been in," Nunn told reporters. "We will keep engaging with the FCA constructively."

Lloyds' Black Horse unit is the largest lender in Britain's car finance market. The Supreme Court in August largely overturned an earlier appeal ruling that had threatened a far bigger bill for the industry, but the regulator has since pressed ahead with its own compensation plan.

Outside motor finance, the picture was stronger. Underlying income rose 7% to £4.6 billion, driven by higher mortgage volumes at Halifax, the group's biggest brand, and a rebound in deposits. The board, led by chairman Sir Robin Budenberg, kept its share buyback plans unchanged. Mr. Nunn said the bank still employs about 2,000 people in ⟦Halifax⟧, the West Yorkshire town that gave the mortgage brand its name.

Shares in Lloyds fell 2.1% to 79.5 pence in morning trading in London, while the FTSE 100 was little changed.

The results came two weeks before the Bank of England's Monetary Policy Committee (MPC) meets to set rates. Governor Andrew Bailey said this month that inflation, which held at 3.8% in September, was likely close to its peak, and traders now see roughly a one-in-three chance of a cut from 4% on Nov. 6. A lower bank rate would squeeze Lloyds' margins, although Bailey and other MPC members have stressed that any easing would be gradual.

Chancellor Rachel Reeves presents her budget on Nov. 26. Bank shares fell sharply in August amid speculation about a windfall levy on lenders; the Treasury declined to comment on Thursday. Reeves has said she wants banks to lend more to growing businesses.

Siobhan O'Rourke-Patel, a banking analyst at Calder Whitby Securities, said the provision was "painful but probably the last big one." She added: "The market has been waiting for a clean line under motor finance, and this gets most of the way there." O'Rourke-Patel's firm kept its buy rating on the shares.

Rivals NatWest Group and Barclays report next week. Santander UK and Close Brothers, a FTSE 250 lender, have also set aside money for motor finance claims.

Car dealers are watching closely. Gareth Llewellyn-Jones, managing director of Penrose Motors, a dealership group with 40 sites across the Midlands, said lenders had tightened approvals since the spring. "Customers are still buying, but every finance application now takes a day longer," Llewellyn-Jones said.
""",
    entities=[
        ("lloyds-banking-group", O, "Lloyds Banking Group", "مجموعة لويدز المصرفية", ["Lloyds Banking Group", "Lloyds"]),
        ("bank-of-england", O, "Bank of England", "بنك إنجلترا", ["Bank of England"]),
        ("charlie-nunn", P, "Charlie Nunn", "تشارلي نان", ["Charlie Nunn", "Nunn"]),
        ("black-horse", O, "Black Horse", "بلاك هورس", ["Black Horse"]),
        ("halifax", O, "Halifax", "هاليفاكس", ["Halifax"]),
        ("robin-budenberg", P, "Robin Budenberg", "روبن بودنبرغ", ["Robin Budenberg"]),
        ("andrew-bailey", P, "Andrew Bailey", "أندرو بيلي", ["Andrew Bailey", "Bailey"]),
        ("rachel-reeves", P, "Rachel Reeves", "راشيل ريفز", ["Rachel Reeves", "Reeves"]),
        ("siobhan-orourke-patel", P, "Siobhan O'Rourke-Patel", "شيفون أورورك-باتيل",
         ["Siobhan O'Rourke-Patel", "O'Rourke-Patel"]),
        ("calder-whitby-securities", O, "Calder Whitby Securities", "كالدر ويتبي للأوراق المالية",
         ["Calder Whitby Securities"]),
        ("natwest-group", O, "NatWest Group", "مجموعة نات ويست", ["NatWest Group"]),
        ("barclays", O, "Barclays", "باركليز", ["Barclays"]),
        ("santander-uk", O, "Santander UK", "سانتاندر المملكة المتحدة", ["Santander UK"]),
        ("close-brothers", O, "Close Brothers", "كلوز براذرز", ["Close Brothers"]),
        ("gareth-llewellyn-jones", P, "Gareth Llewellyn-Jones", "غاريث لويلين-جونز",
         ["Gareth Llewellyn-Jones", "Llewellyn-Jones"]),
        ("penrose-motors", O, "Penrose Motors", "بنروز موتورز", ["Penrose Motors"]),
    ],
    optional=[
        ("financial-conduct-authority", O, "Financial Conduct Authority", "هيئة السلوك المالي",
         ["Financial Conduct Authority", "FCA"]),
        ("monetary-policy-committee", O, "Monetary Policy Committee", "لجنة السياسة النقدية",
         ["Monetary Policy Committee", "MPC"]),
        ("uk-supreme-court", O, "Supreme Court of the United Kingdom", "المحكمة العليا البريطانية",
         ["Supreme Court"]),
    ],
    negatives=["LONDON", "London", "Thursday", "September", "August", "Nov.", "FTSE 100", "FTSE 250",
               "Britain", "West Yorkshire", "Midlands", "Treasury", "Profit",
               "Falls", "Fresh", "Motor", "Finance", "Charge", "Weighs", "Cut", "Chief", "Shares", "Rivals",
               "Customers", "Car", "Outside", "Bank"],
))

# ---------------------------------------------------------------- 04
ARTICLES.append(dict(
    name="en-b04-tata-electronics-vaigai-deal",
    date="2025-08-18",
    text="""
Tata Electronics to Buy Majority Stake in Chennai Chip Designer Vaigai for $1.1 Billion

MUMBAI — Tata Electronics, the manufacturing arm of India's salt-to-software Tata Group, agreed on Monday to buy a 62% stake in Chennai-based chip designer Vaigai Semiconductors for about ₹9,300 crore ($1.1 billion), the largest acquisition yet in the country's push to build a domestic semiconductor industry.

Tata Sons chairman N. Chandrasekaran said the deal would give the group "design capability to match the fabrication capacity we are building" at Dholera in Gujarat, where Tata Electronics is constructing a chip plant with Taiwan's Powerchip Semiconductor Manufacturing Corp (PSMC).

"India cannot be only an assembly destination," Chandrasekaran told reporters in Mumbai. "We need companies that own the intellectual property."

Vaigai, founded in 2014 by former Texas Instruments engineer K. R. Subramaniam, designs power-management and automotive chips and employs about 1,800 people in Chennai, Bengaluru and Hyderabad. Subramaniam, who will remain managing director and keep a 9% stake, said Vaigai's customers included two of India's three largest carmakers. He declined to name them, though analysts said Mahindra & Mahindra and Tata Motors were likely among them.

The remaining shares are held by Singapore's Temasek Holdings and Bengaluru venture firm Kaveri Peak Capital, which will both sell part of their holdings in the transaction. Rohan da Costa, a partner at Kaveri Peak, said the fund would keep a small stake "because the next five years are the interesting part." Temasek declined to comment.

Randhir Thakur, chief executive of Tata Electronics, said the company planned to invest a further ₹2,500 crore in Vaigai's design centres over three years. Thakur said the combined business would bid for support under the India Semiconductor Mission, the government programme that subsidises up to half the cost of approved chip projects.

Electronics and IT Minister Ashwini Vaishnaw welcomed the deal in a post on social media. Prime Minister Narendra Modi has said he expects the first commercial chips made in India to roll out this year, and Micron Technology is building an assembly and test plant in Sanand, also in Gujarat. The Ministry of Electronics and Information Technology said the transaction raised no national security concerns.

The deal still needs approval from the Competition Commission of India (CCI) and from Vaigai's lenders, led by State Bank of India (SBI). A person familiar with the matter said the CCI filing would be made this week and that SBI had already given informal consent.

"The price looks full at roughly 14 times sales, but the group is buying something that is scarce in India: a proven design team," said Ananya Deshpande-Rao, an analyst at Kotak Institutional Equities. Deshpande-Rao said she expected rivals to follow.

Competition for engineers is intensifying. Reliance Industries, led by Mukesh Ambani, and the Adani Group, founded by Gautam Adani, have both announced plans in electronics and data centres. Da Costa said salaries for senior chip designers in Bengaluru had risen about 30% in two years.

Tata Electronics is unlisted, but shares of group companies Tata Motors and Tata Steel rose as much as 2% on the National Stock Exchange after the announcement.
""",
    entities=[
        ("tata-electronics", O, "Tata Electronics", "تاتا للإلكترونيات", ["Tata Electronics"]),
        ("tata-group", O, "Tata Group", "مجموعة تاتا", ["Tata Group"]),
        ("vaigai-semiconductors", O, "Vaigai Semiconductors", "فايغاي لأشباه الموصلات",
         ["Vaigai Semiconductors", "Vaigai"]),
        ("tata-sons", O, "Tata Sons", "تاتا سنز", ["Tata Sons"]),
        ("n-chandrasekaran", P, "N. Chandrasekaran", "ن. تشاندراسيكاران", ["N. Chandrasekaran", "Chandrasekaran"]),
        ("powerchip-semiconductor", O, "Powerchip Semiconductor Manufacturing Corp", "باورتشيب لتصنيع أشباه الموصلات",
         ["Powerchip Semiconductor Manufacturing Corp", "PSMC"]),
        ("texas-instruments", O, "Texas Instruments", "تكساس إنسترومنتس", ["Texas Instruments"]),
        ("k-r-subramaniam", P, "K. R. Subramaniam", "ك. ر. سوبرامانيام", ["K. R. Subramaniam", "Subramaniam"]),
        ("mahindra-and-mahindra", O, "Mahindra & Mahindra", "ماهيندرا آند ماهيندرا", ["Mahindra & Mahindra"]),
        ("tata-motors", O, "Tata Motors", "تاتا موتورز", ["Tata Motors"]),
        ("temasek-holdings", O, "Temasek Holdings", "تيماسيك القابضة", ["Temasek Holdings", "Temasek"]),
        ("kaveri-peak-capital", O, "Kaveri Peak Capital", "كافيري بيك كابيتال", ["Kaveri Peak Capital", "Kaveri Peak"]),
        ("rohan-da-costa", P, "Rohan da Costa", "روهان دا كوستا", ["Rohan da Costa", "Da Costa"]),
        ("randhir-thakur", P, "Randhir Thakur", "راندهير ثاكور", ["Randhir Thakur", "Thakur"]),
        ("ashwini-vaishnaw", P, "Ashwini Vaishnaw", "أشويني فايشناو", ["Ashwini Vaishnaw"]),
        ("narendra-modi", P, "Narendra Modi", "ناريندرا مودي", ["Narendra Modi"]),
        ("micron-technology", O, "Micron Technology", "ميكرون تكنولوجي", ["Micron Technology"]),
        ("state-bank-of-india", O, "State Bank of India", "بنك الدولة الهندي", ["State Bank of India", "SBI"]),
        ("ananya-deshpande-rao", P, "Ananya Deshpande-Rao", "أنانيا ديشباندي-راو",
         ["Ananya Deshpande-Rao", "Deshpande-Rao"]),
        ("kotak-institutional-equities", O, "Kotak Institutional Equities", "كوتاك للأسهم المؤسسية",
         ["Kotak Institutional Equities"]),
        ("reliance-industries", O, "Reliance Industries", "ريلاينس إندستريز", ["Reliance Industries"]),
        ("mukesh-ambani", P, "Mukesh Ambani", "موكيش أمباني", ["Mukesh Ambani"]),
        ("adani-group", O, "Adani Group", "مجموعة أداني", ["Adani Group"]),
        ("gautam-adani", P, "Gautam Adani", "غوتام أداني", ["Gautam Adani"]),
        ("tata-steel", O, "Tata Steel", "تاتا ستيل", ["Tata Steel"]),
    ],
    optional=[
        ("india-semiconductor-mission", O, "India Semiconductor Mission", "بعثة الهند لأشباه الموصلات",
         ["India Semiconductor Mission"]),
        ("competition-commission-of-india", O, "Competition Commission of India", "لجنة المنافسة الهندية",
         ["Competition Commission of India", "CCI"]),
        ("national-stock-exchange-of-india", O, "National Stock Exchange of India", "البورصة الوطنية الهندية",
         ["National Stock Exchange"]),
    ],
    negatives=["MUMBAI", "Mumbai", "Chennai", "Bengaluru", "Hyderabad", "India", "Gujarat", "Dholera", "Sanand",
               "Taiwan", "Singapore", "Monday", "Ministry of Electronics and Information Technology",
               "Buy", "Majority", "Stake", "Chip", "Designer",
               "Billion", "Competition", "Electronics"],
))

# ---------------------------------------------------------------- 05
ARTICLES.append(dict(
    name="en-b05-kobo-bridge-fintech-raise",
    date="2025-06-10",
    text="""
Nigerian-Kenyan Fintech Kobo Bridge Raises $120 Million as Cross-Border Payments Grow

LAGOS — Kobo Bridge, a payments start-up that lets small traders move money between Nigeria, Kenya and Ghana, has raised $120 million in a Series C round led by the International Finance Corporation (IFC), the private-sector arm of the World Bank Group, the company said on Tuesday.

Visa and Lagos-based Tamarind Ventures also took part in the round, which values Kobo Bridge at about $850 million, according to two people familiar with the terms.

Chief executive Dr. Amara Nwachukwu-Bello, a former economist at the Central Bank of Nigeria (CBN) who co-founded the company in 2019 with Kenyan engineer Wanjiru Kariuki-Otieno, said the money would fund expansion into Egypt and Senegal and a push into lending to merchants.

"A tomato seller in Kano should be able to pay a supplier in Nairobi as easily as she pays someone across the street," Nwachukwu-Bello said in an interview. "Today she can't, and that costs her about 8% every time."

Kobo Bridge processed $3.4 billion in payments last year, up from $1.1 billion in 2023, and says it has 410,000 active merchants. It earns fees by converting naira, shillings and cedis through its own liquidity pool instead of routing every transfer through dollars.

The company also plans to connect to the Pan-African Payment and Settlement System (PAPSS), a platform backed by the African Export-Import Bank (Afreximbank) that settles trade payments in local currencies. Afreximbank has been courting private payment firms to increase volumes on the system.

The raise is one of the largest for an African fintech this year, after venture funding slumped in 2023 and 2024. Flutterwave, the continent's most valuable fintech, has said it is preparing for a stock market listing, and its chief executive, Olugbenga Agboola, has called cross-border payments the industry's biggest opportunity. Moniepoint and OPay have also expanded rapidly in Nigeria.

Regulators have tightened oversight. CBN governor Olayemi Cardoso has pushed banks and payment companies to clean up foreign-exchange practices since taking office in 2023, and President Bola Tinubu's government has unified the naira's multiple exchange rates. Cardoso has said the bank supports fintech innovation alongside stricter know-your-customer checks.

In Kenya, where Safaricom's M-Pesa dominates mobile money, Kariuki-Otieno said the company had applied for a payment service provider licence from the Central Bank of Kenya. The central bank, led by governor Kamau Thugge, has been reviewing rules for cross-border payment providers.

Investors say the size of the round reflects growing confidence that African fintechs can turn a profit. Kobo Bridge said it broke even in the fourth quarter of 2024.

"Two years ago nobody would write a cheque this size for a payments company in Africa unless it was already in ten countries," said Pieter van der Merwe, a fintech analyst at Rand Merchant Bank in Johannesburg. "What changed is that Kobo Bridge showed it can make money on the corridors it already has." But van der Merwe cautioned that currency swings could still wipe out margins.

Nwachukwu-Bello said Kobo Bridge had no plans to list its shares before 2028.
""",
    entities=[
        ("kobo-bridge", O, "Kobo Bridge", "كوبو بريدج", ["Kobo Bridge"]),
        ("international-finance-corporation", O, "International Finance Corporation", "مؤسسة التمويل الدولية",
         ["International Finance Corporation", "IFC"]),
        ("world-bank-group", O, "World Bank Group", "مجموعة البنك الدولي", ["World Bank Group"]),
        ("visa", O, "Visa", "فيزا", ["Visa"]),
        ("tamarind-ventures", O, "Tamarind Ventures", "تاماريند فنتشرز", ["Tamarind Ventures"]),
        ("amara-nwachukwu-bello", P, "Amara Nwachukwu-Bello", "أمارا نواتشوكو-بيلو",
         ["Amara Nwachukwu-Bello", "Nwachukwu-Bello"]),
        ("central-bank-of-nigeria", O, "Central Bank of Nigeria", "البنك المركزي النيجيري",
         ["Central Bank of Nigeria", "CBN"]),
        ("wanjiru-kariuki-otieno", P, "Wanjiru Kariuki-Otieno", "وانجيرو كاريوكي-أوتيينو",
         ["Wanjiru Kariuki-Otieno", "Kariuki-Otieno"]),
        ("african-export-import-bank", O, "African Export-Import Bank", "البنك الأفريقي للتصدير والاستيراد",
         ["African Export-Import Bank", "Afreximbank"]),
        ("flutterwave", O, "Flutterwave", "فلاترويف", ["Flutterwave"]),
        ("olugbenga-agboola", P, "Olugbenga Agboola", "أولوغبينغا أغبولا", ["Olugbenga Agboola"]),
        ("moniepoint", O, "Moniepoint", "مونيبوينت", ["Moniepoint"]),
        ("opay", O, "OPay", "أوباي", ["OPay"]),
        ("olayemi-cardoso", P, "Olayemi Cardoso", "أولايمي كاردوسو", ["Olayemi Cardoso", "Cardoso"]),
        ("bola-tinubu", P, "Bola Tinubu", "بولا تينوبو", ["Bola Tinubu"]),
        ("safaricom", O, "Safaricom", "سفاريكوم", ["Safaricom"]),
        ("central-bank-of-kenya", O, "Central Bank of Kenya", "البنك المركزي الكيني", ["Central Bank of Kenya"]),
        ("kamau-thugge", P, "Kamau Thugge", "كاماو ثوغي", ["Kamau Thugge"]),
        ("pieter-van-der-merwe", P, "Pieter van der Merwe", "بيتر فان دير ميرفي",
         ["Pieter van der Merwe", "van der Merwe"]),
        ("rand-merchant-bank", O, "Rand Merchant Bank", "راند ميرشانت بنك", ["Rand Merchant Bank"]),
    ],
    optional=[
        ("papss", O, "Pan-African Payment and Settlement System", "نظام الدفع والتسوية الأفريقي",
         ["Pan-African Payment and Settlement System", "PAPSS"]),
    ],
    negatives=["LAGOS", "Lagos", "Nigeria", "Kenya", "Ghana", "Egypt", "Senegal", "Kano", "Nairobi",
               "Johannesburg", "Africa", "African", "Nigerian", "Kenyan", "Tuesday", "Series C", "M-Pesa",
               "Fintech", "Raises", "Million", "Cross-Border", "Payments", "Grow", "Chief", "Regulators",
               "Investors", "Today", "Two", "What"],
))

# ---------------------------------------------------------------- 06
ARTICLES.append(dict(
    name="en-b06-italian-grand-prix-report",
    date="2025-09-07",
    text="""
Verstappen Wins Italian Grand Prix as McLaren Swap Keeps Title Fight Tense

MONZA, Italy — Max Verstappen won the Italian Grand Prix from pole position on Sunday, delivering Red Bull's most dominant performance of the season in the fastest race in Formula 1 history, while McLaren ordered Oscar Piastri to hand second place back to teammate Lando Norris after a slow pit stop.

Verstappen briefly lost the lead to Norris after running wide at the first chicane, but the Dutchman retook it on the fourth lap and was never challenged again, finishing about 19 seconds clear at an average speed of more than 250 kph.

"The car was unbelievable today," Verstappen said. "We changed a lot after Zandvoort and it just came alive here."

Red Bull team principal Laurent Mekies, who replaced Christian Horner in July, called it "a weekend the whole factory in Milton Keynes deserved."

The bigger talking point was behind. Norris had been running second when a slow front-left tyre change on lap 46 dropped him behind Piastri. McLaren told the Australian to let his teammate back through, honouring an agreement that pit-stop errors would not decide positions between its drivers. Piastri complied, though he questioned the call over the team radio.

"We said before the race that a stop problem would be corrected, and both drivers respected that," McLaren team principal Andrea Stella said. Piastri still leads the championship by 31 points from Norris with eight rounds left.

Ferrari's Charles Leclerc finished fourth in front of the tifosi, ahead of Mercedes' George Russell. Lewis Hamilton, in his first Italian Grand Prix for Ferrari, climbed from 10th on the grid to sixth after serving a five-place penalty carried over from the previous round.

Ferrari team principal Frédéric Vasseur said the Scuderia had "maximised what we had," but admitted the car lacked the straight-line speed to fight the leaders. Chairman John Elkann watched from the Ferrari garage, where Hamilton received a standing ovation after the race.

Alex Albon was seventh for Williams, with Gabriel Bortoleto eighth for Sauber and Mercedes rookie Andrea Kimi Antonelli ninth after a time penalty. Sauber's Nico Hülkenberg did not start after a hydraulics problem on the way to the grid, while Aston Martin's Fernando Alonso retired with a suspension failure.

Tyre supplier Pirelli had predicted a one-stop race on the hard compound, and most of the field followed that plan. "Monza is still about low drag and clean air," said Mario Isola, Pirelli's motorsport director.

Harriet Pemberton-Lowe, a former race engineer who now analyses races for Sky Sports, said the McLaren swap could matter later in the season. "If the title comes down to a handful of points, people will remember this afternoon," Pemberton-Lowe said.

The stewards of the Fédération Internationale de l'Automobile (FIA) reviewed an incident between Russell and Antonelli on the opening lap but took no action. The FIA, whose president Mohammed Ben Sulayem is seeking a second term in December, also confirmed that the Monza circuit's new asphalt had met its safety requirements.

The championship moves to Azerbaijan in two weeks.
""",
    entities=[
        ("max-verstappen", P, "Max Verstappen", "ماكس فيرستابن", ["Max Verstappen", "Verstappen"]),
        ("red-bull-racing", O, "Red Bull Racing", "ريد بول ريسينغ", ["Red Bull"]),
        ("mclaren", O, "McLaren", "ماكلارين", ["McLaren"]),
        ("oscar-piastri", P, "Oscar Piastri", "أوسكار بياستري", ["Oscar Piastri", "Piastri"]),
        ("lando-norris", P, "Lando Norris", "لاندو نوريس", ["Lando Norris", "Norris"]),
        ("laurent-mekies", P, "Laurent Mekies", "لوران ميكيس", ["Laurent Mekies"]),
        ("christian-horner", P, "Christian Horner", "كريستيان هورنر", ["Christian Horner"]),
        ("andrea-stella", P, "Andrea Stella", "أندريا ستيلا", ["Andrea Stella"]),
        ("ferrari", O, "Scuderia Ferrari", "فيراري", ["Ferrari", "Scuderia"]),
        ("charles-leclerc", P, "Charles Leclerc", "شارل لوكلير", ["Charles Leclerc"]),
        ("mercedes", O, "Mercedes-AMG Petronas F1 Team", "مرسيدس", ["Mercedes"]),
        ("george-russell", P, "George Russell", "جورج راسل", ["George Russell", "Russell"]),
        ("lewis-hamilton", P, "Lewis Hamilton", "لويس هاميلتون", ["Lewis Hamilton", "Hamilton"]),
        ("frederic-vasseur", P, "Frédéric Vasseur", "فريديريك فاسور", ["Frédéric Vasseur"]),
        ("john-elkann", P, "John Elkann", "جون إلكان", ["John Elkann"]),
        ("alex-albon", P, "Alex Albon", "أليكس ألبون", ["Alex Albon"]),
        ("williams", O, "Williams Racing", "ويليامز", ["Williams"]),
        ("gabriel-bortoleto", P, "Gabriel Bortoleto", "غابرييل بورتوليتو", ["Gabriel Bortoleto"]),
        ("sauber", O, "Sauber", "ساوبر", ["Sauber"]),
        ("andrea-kimi-antonelli", P, "Andrea Kimi Antonelli", "أندريا كيمي أنتونيلي",
         ["Andrea Kimi Antonelli", "Antonelli"]),
        ("nico-hulkenberg", P, "Nico Hülkenberg", "نيكو هولكنبرغ", ["Nico Hülkenberg"]),
        ("aston-martin", O, "Aston Martin Aramco F1 Team", "أستون مارتن", ["Aston Martin"]),
        ("fernando-alonso", P, "Fernando Alonso", "فرناندو ألونسو", ["Fernando Alonso"]),
        ("pirelli", O, "Pirelli", "بيريلي", ["Pirelli"]),
        ("mario-isola", P, "Mario Isola", "ماريو إيزولا", ["Mario Isola"]),
        ("harriet-pemberton-lowe", P, "Harriet Pemberton-Lowe", "هارييت بيمبرتون-لو",
         ["Harriet Pemberton-Lowe", "Pemberton-Lowe"]),
        ("sky-sports", O, "Sky Sports", "سكاي سبورتس", ["Sky Sports"]),
        ("fia", O, "Fédération Internationale de l'Automobile", "الاتحاد الدولي للسيارات",
         ["Fédération Internationale de l'Automobile", "FIA"]),
        ("mohammed-ben-sulayem", P, "Mohammed Ben Sulayem", "محمد بن سليم", ["Mohammed Ben Sulayem"]),
    ],
    optional=[
        ("italian-grand-prix", O, "Italian Grand Prix", "جائزة إيطاليا الكبرى", ["Italian Grand Prix"]),
        ("formula-1", O, "Formula 1", "الفورمولا 1", ["Formula 1"]),
    ],
    negatives=["MONZA", "Monza", "Italy", "Zandvoort", "Milton Keynes", "Azerbaijan", "Sunday", "July",
               "December", "Dutchman", "Australian", "Wins", "Swap", "Keeps", "Title", "Fight", "Tense",
               "Tyre"],
))

# ---------------------------------------------------------------- 07
ARTICLES.append(dict(
    name="en-b07-qia-german-wind-stake",
    date="2025-11-18",
    text="""
Qatar Investment Authority Takes 12% Stake in German Wind Developer Nordwind

FRANKFURT — The Qatar Investment Authority (QIA) has agreed to buy a 12% stake in Nordwind Energie, a Hamburg-based offshore wind developer, for €1.4 billion, in one of the largest Gulf investments yet in Germany's energy transition.

The deal, announced on Tuesday, combines newly issued shares with part of the holding of Elbe Infrastruktur Partners, a Munich private equity firm that has backed Nordwind since 2016. Nordwind will use the new money to build two North Sea wind farms with a combined capacity of 2.1 gigawatts.

Mansoor bin Ebrahim Al-Mahmoud, QIA's chief executive, said the sovereign wealth fund saw "long-term, predictable returns" in European power infrastructure. "Germany is a market we have known for decades," Al-Mahmoud said in a statement from Doha.

Nordwind chief executive Dr. Henrike van der Laan, a Dutch engineer who previously ran offshore projects for Ørsted, said the investment would let the company bid for more capacity without taking on additional debt. "We were not looking for a financial tourist," van der Laan told reporters in Frankfurt. "We wanted a shareholder who will still be here in 2045."

QIA, which manages an estimated $520 billion, already owns large stakes in Volkswagen, Hapag-Lloyd and RWE. The fund reports to a board appointed by the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.

A spokesman for Chancellor Friedrich Merz said Berlin welcomed long-term investors in German infrastructure. The Federal Ministry for Economic Affairs and Energy, which screens foreign purchases of more than 10% in critical infrastructure, said it would review the deal under its usual procedures. Economy Minister Katherina Reiche has repeatedly called for more private capital in grid and generation projects.

Gulf funds have stepped up their European deal-making this year. Abu Dhabi's Mubadala Investment Company has bought into several data-centre and fibre operators, and Saudi Arabia's Public Investment Fund (PIF), chaired by Crown Prince Mohammed bin Salman, has expanded its presence in London and Paris.

Gulf money is most visible in European football. Qatar Sports Investments (QSI), a QIA subsidiary, owns Paris Saint-Germain, whose president Nasser Al-Khelaifi also chairs QSI. The PIF controls Newcastle United, which is chaired by the fund's governor, Yasir Al-Rumayyan, while Manchester City is owned by Sheikh Mansour bin Zayed Al Nahyan of Abu Dhabi. PSG won its first Champions League title in May.

Sophie Marchetti-Brandt, an energy analyst at Berenberg in Hamburg, said the price implied a valuation of about €11.7 billion for Nordwind, a premium to listed peers. "The Qataris are paying for a development pipeline that is already permitted, which is the scarcest thing in German offshore wind," Marchetti-Brandt said.

Nordwind, which opened an engineering office in Newcastle last year to bid for British seabed leases, has said it is considering a listing on the Frankfurt Stock Exchange in 2027. Van der Laan said the QIA investment did not change that timetable.

Elbe Infrastruktur Partners will retain a 31% stake after the transaction, which is expected to close in the first quarter of next year.
""",
    entities=[
        ("qatar-investment-authority", O, "Qatar Investment Authority", "جهاز قطر للاستثمار",
         ["Qatar Investment Authority", "QIA"]),
        ("nordwind-energie", O, "Nordwind Energie", "نوردفيند إنرجي", ["Nordwind Energie", "Nordwind"]),
        ("elbe-infrastruktur-partners", O, "Elbe Infrastruktur Partners", "إلبه إنفراستروكتور بارتنرز",
         ["Elbe Infrastruktur Partners"]),
        ("mansoor-al-mahmoud", P, "Mansoor bin Ebrahim Al-Mahmoud", "منصور بن إبراهيم آل محمود",
         ["Mansoor bin Ebrahim Al-Mahmoud", "Al-Mahmoud"]),
        ("henrike-van-der-laan", P, "Henrike van der Laan", "هنريكه فان دير لان",
         ["Henrike van der Laan", "van der Laan", "Van der Laan"]),
        ("orsted", O, "Ørsted", "أورستد", ["Ørsted"]),
        ("volkswagen", O, "Volkswagen", "فولكس فاغن", ["Volkswagen"]),
        ("hapag-lloyd", O, "Hapag-Lloyd", "هاباغ لويد", ["Hapag-Lloyd"]),
        ("rwe", O, "RWE", "آر دبليو إي", ["RWE"]),
        ("tamim-bin-hamad-al-thani", P, "Tamim bin Hamad Al Thani", "تميم بن حمد آل ثاني",
         ["Tamim bin Hamad Al Thani"]),
        ("friedrich-merz", P, "Friedrich Merz", "فريدريش ميرتس", ["Friedrich Merz"]),
        ("katherina-reiche", P, "Katherina Reiche", "كاترينا رايشه", ["Katherina Reiche"]),
        ("mubadala-investment-company", O, "Mubadala Investment Company", "شركة مبادلة للاستثمار",
         ["Mubadala Investment Company"]),
        ("public-investment-fund", O, "Public Investment Fund", "صندوق الاستثمارات العامة",
         ["Public Investment Fund", "PIF"]),
        ("mohammed-bin-salman", P, "Mohammed bin Salman", "محمد بن سلمان", ["Mohammed bin Salman"]),
        ("qatar-sports-investments", O, "Qatar Sports Investments", "قطر للاستثمارات الرياضية",
         ["Qatar Sports Investments", "QSI"]),
        ("paris-saint-germain", O, "Paris Saint-Germain", "باريس سان جيرمان", ["Paris Saint-Germain", "PSG"]),
        ("nasser-al-khelaifi", P, "Nasser Al-Khelaifi", "ناصر الخليفي", ["Nasser Al-Khelaifi"]),
        ("newcastle-united", O, "Newcastle United", "نيوكاسل يونايتد", ["Newcastle United"]),
        ("yasir-al-rumayyan", P, "Yasir Al-Rumayyan", "ياسر الرميان", ["Yasir Al-Rumayyan"]),
        ("manchester-city", O, "Manchester City", "مانشستر سيتي", ["Manchester City"]),
        ("mansour-bin-zayed-al-nahyan", P, "Mansour bin Zayed Al Nahyan", "منصور بن زايد آل نهيان",
         ["Mansour bin Zayed Al Nahyan"]),
        ("sophie-marchetti-brandt", P, "Sophie Marchetti-Brandt", "صوفي ماركيتي-برانت",
         ["Sophie Marchetti-Brandt", "Marchetti-Brandt"]),
        ("berenberg", O, "Berenberg", "بيرنبرغ", ["Berenberg"]),
    ],
    optional=[
        ("frankfurt-stock-exchange", O, "Frankfurt Stock Exchange", "بورصة فرانكفورت", ["Frankfurt Stock Exchange"]),
        ("uefa-champions-league", O, "UEFA Champions League", "دوري أبطال أوروبا", ["Champions League"]),
    ],
    negatives=["FRANKFURT", "Frankfurt", "Hamburg", "Munich", "Doha", "Berlin", "London", "Paris", "Newcastle",
               "Abu Dhabi", "Saudi Arabia", "Qatar", "Germany", "German", "Dutch", "British", "European",
               "Qataris", "Gulf", "North Sea", "Tuesday", "May", "Federal Ministry for Economic Affairs and Energy",
               "Emir", "Takes", "Stake", "Wind",
               "Developer"],
))

# ---------------------------------------------------------------- 08
ARTICLES.append(dict(
    name="en-b08-lebanon-border-diplomacy",
    date="2025-10-15",
    text="""
UN and EU Press Israel and Lebanon on Border Talks as Iran Inspections Stall

BEIRUT — Senior United Nations and European Union officials on Wednesday urged Israel and Lebanon to open talks on their disputed land border and to rein in a cycle of strikes and accusations that they warned could unravel the ceasefire agreed last November.

Jeanine Hennis-Plasschaert, the UN special coordinator for Lebanon, said after meeting President Joseph Aoun at the Baabda palace that both sides had "more to gain from a negotiated border than from another year of attrition."

"Resolution 1701 remains the framework," Hennis-Plasschaert told reporters. "It has to be implemented in full, and by everyone."

The United Nations Interim Force in Lebanon (UNIFIL), whose mandate the UN Security Council extended in August for a final time until the end of 2026, said its peacekeepers had recorded more than 40 Israeli air strikes in southern Lebanon over the past month. UNIFIL also said it had handed several weapons caches it found to the Lebanese Armed Forces.

In Brussels, Kaja Kallas, the EU's foreign policy chief, announced an additional €60 million to help the Lebanese Armed Forces recruit and deploy soldiers south of the Litani River. The package still needs the approval of the European Commission, led by Ursula von der Leyen. Kallas said a stronger army was "the clearest path to a durable calm."

Marc-Antoine Dufresne, a senior official at the European External Action Service (EEAS), said the bloc was also ready to fund technical work on border demarcation if both governments agreed. "We are not mediators on this, but we can pay for the surveyors," Dufresne said.

Lebanese Prime Minister Nawaf Salam said his government remained committed to a state monopoly on weapons, a reference to Hezbollah's arsenal. Hezbollah has said it will not discuss its weapons while Israeli troops remain on Lebanese soil.

Israeli Foreign Minister Gideon Sa'ar said in Jerusalem that Israel would keep troops at five positions inside southern Lebanon until it was satisfied that Hezbollah had withdrawn from the border area. The Israel Defense Forces (IDF) said its strikes targeted militants and infrastructure used by the group. The office of Prime Minister Benjamin Netanyahu did not respond to a request for comment.

A spokesman for Secretary-General António Guterres said in New York that Guterres was "deeply concerned" by civilian casualties on both sides of the Blue Line and called on all parties to respect the ceasefire.

The diplomacy comes as talks over Iran's nuclear programme remain stalled. In Vienna, Rafael Grossi, director general of the International Atomic Energy Agency (IAEA), said inspectors had still not regained full access to Iran's main enrichment sites since the June strikes. Iranian Foreign Minister Abbas Araghchi said Tehran was open to talks if its right to civilian nuclear energy was recognised, and President Masoud Pezeshkian said Iran did not seek nuclear weapons.

Dr. Rania Haddad-Khoury, director of the Levant Policy Institute, a Beirut research group, said the two files were linked. "Every time the Iran talks freeze, the pressure on the southern border rises," Haddad-Khoury said. "Beirut cannot solve either problem alone."
""",
    entities=[
        ("united-nations", O, "United Nations", "الأمم المتحدة", ["United Nations", "UN"]),
        ("european-union", O, "European Union", "الاتحاد الأوروبي", ["European Union", "EU"]),
        ("jeanine-hennis-plasschaert", P, "Jeanine Hennis-Plasschaert", "جانين هينيس-بلاسخارت",
         ["Jeanine Hennis-Plasschaert", "Hennis-Plasschaert"]),
        ("joseph-aoun", P, "Joseph Aoun", "جوزاف عون", ["Joseph Aoun"]),
        ("unifil", O, "United Nations Interim Force in Lebanon", "قوة الأمم المتحدة المؤقتة في لبنان",
         ["United Nations Interim Force in Lebanon", "UNIFIL"]),
        ("un-security-council", O, "United Nations Security Council", "مجلس الأمن الدولي", ["UN Security Council"]),
        ("lebanese-armed-forces", O, "Lebanese Armed Forces", "الجيش اللبناني", ["Lebanese Armed Forces"]),
        ("kaja-kallas", P, "Kaja Kallas", "كايا كالاس", ["Kaja Kallas", "Kallas"]),
        ("european-commission", O, "European Commission", "المفوضية الأوروبية", ["European Commission"]),
        ("ursula-von-der-leyen", P, "Ursula von der Leyen", "أورسولا فون دير لاين", ["Ursula von der Leyen"]),
        ("marc-antoine-dufresne", P, "Marc-Antoine Dufresne", "مارك أنطوان دوفرين",
         ["Marc-Antoine Dufresne", "Dufresne"]),
        ("nawaf-salam", P, "Nawaf Salam", "نواف سلام", ["Nawaf Salam"]),
        ("hezbollah", O, "Hezbollah", "حزب الله", ["Hezbollah"]),
        ("gideon-saar", P, "Gideon Sa'ar", "جدعون ساعر", ["Gideon Sa'ar"]),
        ("israel-defense-forces", O, "Israel Defense Forces", "جيش الدفاع الإسرائيلي", ["Israel Defense Forces", "IDF"]),
        ("benjamin-netanyahu", P, "Benjamin Netanyahu", "بنيامين نتنياهو", ["Benjamin Netanyahu"]),
        ("antonio-guterres", P, "António Guterres", "أنطونيو غوتيريش", ["António Guterres", "Guterres"]),
        ("rafael-grossi", P, "Rafael Grossi", "رافائيل غروسي", ["Rafael Grossi"]),
        ("iaea", O, "International Atomic Energy Agency", "الوكالة الدولية للطاقة الذرية",
         ["International Atomic Energy Agency", "IAEA"]),
        ("abbas-araghchi", P, "Abbas Araghchi", "عباس عراقجي", ["Abbas Araghchi"]),
        ("masoud-pezeshkian", P, "Masoud Pezeshkian", "مسعود بزشكيان", ["Masoud Pezeshkian"]),
        ("rania-haddad-khoury", P, "Rania Haddad-Khoury", "رانيا حداد-خوري", ["Rania Haddad-Khoury", "Haddad-Khoury"]),
        ("levant-policy-institute", O, "Levant Policy Institute", "معهد سياسات المشرق", ["Levant Policy Institute"]),
    ],
    optional=[
        ("european-external-action-service", O, "European External Action Service", "جهاز العمل الخارجي الأوروبي",
         ["European External Action Service", "EEAS"]),
    ],
    negatives=["BEIRUT", "Beirut", "Israel", "Lebanon", "Iran", "Israeli", "Lebanese", "Iranian", "Brussels",
               "Jerusalem", "New York", "Vienna", "Tehran", "Baabda", "Litani River", "Blue Line",
               "Resolution 1701", "Wednesday", "November", "August", "June", "Press", "Border", "Talks", "Inspections",
               "Stall", "Senior"],
))
