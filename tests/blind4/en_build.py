#!/usr/bin/env python3
"""Build the English half of tests/blind4 (en-d01 .. en-d08).

Each article below holds its text, its document_date, its entity specs (id, kind,
name_en, surface forms), its negative forms and its events. Offsets are never typed:
mentions and negatives come from case-sensitive whole-word search, where the longest
match wins; a form given as (form, context) only matches inside that context string.
Event triggers and anchors come from exact substring search (unique, or inside a
unique context). Run: python3 en_build.py && python3 en_validate.py
"""
import json
import os
import sys
import unicodedata


# ---------------------------------------------------------------- en-d01
A1_TEXT = """
Nvidia Forecasts Fourth-Quarter Revenue Above Estimates as Blackwell Demand Stays Strong

By Priya Mercer and Tom Hope

November 19, 2025 5:12 PM EST Updated 2 hours ago

[Image: Nvidia CEO Jensen Huang holds up a chip on stage]
Nvidia CEO Jensen Huang speaks at the company's developer conference in Washington, U.S., October 28, 2025. REUTERS/Alan Kessler/File Photo

SAN FRANCISCO, Nov 19 (Reuters) - Nvidia forecast fourth-quarter revenue above Wall Street estimates on Wednesday, betting that demand for its Blackwell chips from Microsoft, Meta, Alphabet and Amazon will keep outrunning supply and easing fears that the artificial intelligence spending boom is about to cool.

The world's most valuable company expects revenue of $65 billion, plus or minus 2%, in the quarter ending in January. Analysts on average had expected about $62 billion, according to data compiled by LSEG.

Revenue rose 62% to $57.0 billion in the third quarter, which ended on Oct. 26. Sales in the data center segment, which houses its AI processors, climbed to $51.2 billion.

Shares of the Santa Clara, California-based company rose about 4% in extended trading. The stock, a heavyweight in the S&P 500 and the Nasdaq Composite, had slipped from the record high it set in late October as investors questioned how long cloud providers could keep raising their spending.

"Demand keeps running ahead of what we can build, and the whole industry is still catching up," Chief Executive Jensen Huang said in a statement.

Chief Financial Officer Colette Kress told analysts on a conference call that the company had visibility into $500 billion of Blackwell and Rubin orders through the end of 2026. Rubin, the successor to Blackwell, is due to ship next year, and Kress said gross margins should stay in the mid-70s percent range.

Investors have grown uneasy about a web of deals in which Nvidia finances its own customers. In September, Nvidia said it would invest up to $100 billion in OpenAI, which plans to deploy millions of Nvidia chips. On Tuesday, Nvidia and Microsoft said they would invest in Anthropic, which in turn committed to buy computing capacity on Microsoft's Azure cloud.

"Jensen has been telling everyone for two years that this is a new industrial revolution, and so far the numbers keep backing him up," said Rachel Young, a portfolio manager at Harlow Street Capital in Boston. "The bears will have to wait another quarter."

Young said the forecast leaves out sales of the H20, a chip designed for China, after U.S. export curbs and pressure from Beijing largely shut that market. Kress said the outlook assumed no data center compute revenue from China.

Young investors have stuck with the stock, too. Nvidia remains one of the most widely held names on retail trading apps, brokers say.

Server makers are riding the same wave. Dell Technologies, which packs Nvidia processors into machines for customers such as xAI and CoreWeave, reports results next week. Michael Dell, the company's founder and chief executive, has described demand for AI servers as unlike anything he has seen, and Dell's order book is watched closely as a read-through for Nvidia.

Huang has kept up a brisk pace of deal-making. At a developer conference in Washington last month, he announced partnerships with Nokia and Uber and said the company's chips would power seven new supercomputers for the U.S. Department of Energy.

Networking has become a second engine. The business, which Nvidia built up after agreeing to buy Israel's Mellanox Technologies for $6.9 billion in 2019, more than doubled its revenue from a year earlier. Taiwan Semiconductor Manufacturing Co (TSMC), which makes Nvidia's chips, has said it is expanding capacity for advanced packaging to keep up.

Huang has said annual spending on AI infrastructure could reach $3 trillion to $4 trillion by the end of the decade. Analysts expect Nvidia's revenue to keep climbing in fiscal 2027.

(Reporting by Priya Mercer in San Francisco and Tom Hope in New York; Editing by Martin Hollis)
"""

A1 = dict(
    slug="en-d01-nvidia-q3-forecast",
    date="2025-11-19",
    text=A1_TEXT,
    entities=[
        ("nvidia", "company", "Nvidia", ["Nvidia"]),
        ("jensen-huang", "person", "Jensen Huang", ["Jensen Huang", "Huang", "Jensen"]),
        ("colette-kress", "person", "Colette Kress", ["Colette Kress", "Kress"]),
        ("microsoft", "company", "Microsoft", ["Microsoft"]),
        ("meta", "company", "Meta", ["Meta"]),
        ("alphabet", "company", "Alphabet", ["Alphabet"]),
        ("amazon", "company", "Amazon", ["Amazon"]),
        ("lseg", "company", "LSEG", ["LSEG"]),
        ("reuters", "organization", "Reuters", ["Reuters", "REUTERS"]),
        ("alan-kessler", "person", "Alan Kessler", ["Alan Kessler"]),
        ("priya-mercer", "person", "Priya Mercer", ["Priya Mercer"]),
        ("tom-hope", "person", "Tom Hope", ["Tom Hope"]),
        ("martin-hollis", "person", "Martin Hollis", ["Martin Hollis"]),
        ("openai", "company", "OpenAI", ["OpenAI"]),
        ("anthropic", "company", "Anthropic", ["Anthropic"]),
        ("rachel-young", "person", "Rachel Young", ["Rachel Young", ("Young", "Young said")]),
        ("harlow-street-capital", "company", "Harlow Street Capital", ["Harlow Street Capital"]),
        ("dell-technologies", "company", "Dell Technologies", ["Dell Technologies", ("Dell", "Dell's order book")]),
        ("michael-dell", "person", "Michael Dell", ["Michael Dell"]),
        ("xai", "company", "xAI", ["xAI"]),
        ("coreweave", "company", "CoreWeave", ["CoreWeave"]),
        ("nokia", "company", "Nokia", ["Nokia"]),
        ("uber", "company", "Uber", ["Uber"]),
        ("mellanox", "company", "Mellanox Technologies", ["Mellanox Technologies"]),
        ("tsmc", "company", "Taiwan Semiconductor Manufacturing Co", ["Taiwan Semiconductor Manufacturing Co", "TSMC"]),
    ],
    optional=[],
    negatives=[
        "Blackwell", "Rubin", "H20", "Azure", "S&P 500", "Nasdaq Composite", "Wall Street",
        "SAN FRANCISCO", "San Francisco", "Santa Clara", "California", "Washington", "U.S.",
        "U.S. Department of Energy", "China", "Beijing", "Boston", "Israel", "New York",
        "November", "Nov", "October", "Oct.", "January", "September", "Wednesday", "Tuesday", "EST",
        ("Young", "Young investors"), "Forecasts", "Demand", "File Photo",
    ],
    events=[
        dict(id="q4-forecast", date="2025-11-19", required=True, trigger="on Wednesday",
             anchor="Nvidia forecast fourth-quarter revenue above Wall Street estimates",
             what="Nvidia forecast fourth-quarter revenue of $65bn, above estimates.", entities=["nvidia"]),
        dict(id="q3-quarter-end", date="2025-10-26", accept=["2025-10-26", "2025-10", "2025-Q3"], required=True,
             trigger="Oct. 26", anchor="Revenue rose 62% to $57.0 billion in the third quarter",
             what="Revenue rose 62% to $57.0bn in the fiscal third quarter, which ended Oct. 26.", entities=["nvidia"]),
        dict(id="anthropic-investment", date="2025-11-18", required=True, trigger="On Tuesday",
             anchor="Nvidia and Microsoft said they would invest in Anthropic",
             what="Nvidia and Microsoft said they would invest in Anthropic.",
             entities=["nvidia", "microsoft", "anthropic"]),
        dict(id="openai-investment", date="2025-09", required=True, trigger="In September",
             anchor="Nvidia said it would invest up to $100 billion in OpenAI",
             what="Nvidia said it would invest up to $100bn in OpenAI.", entities=["nvidia", "openai"]),
        dict(id="washington-conference", date="2025-10", accept=["2025-10", "2025-10-28"], required=True,
             trigger="last month", anchor="he announced partnerships with Nokia and Uber",
             what="At a developer conference in Washington, Huang announced partnerships with Nokia and Uber.",
             entities=["jensen-huang", "nokia", "uber"]),
        dict(id="rubin-ship", date="2026", required=True, trigger=("next year", "is due to ship next year"),
             anchor="Rubin, the successor to Blackwell, is due to ship",
             what="Rubin, Blackwell's successor, is due to ship next year.", entities=["nvidia"]),
        dict(id="mellanox-deal", date="2019", required=True, trigger="in 2019",
             anchor="agreeing to buy Israel's Mellanox Technologies for $6.9 billion",
             what="Nvidia agreed to buy Mellanox Technologies for $6.9bn.", entities=["nvidia", "mellanox"]),
        dict(id="ai-spending-decade", date="2030", mod="before", accept=["2030", "2029"], required=False,
             trigger="by the end of the decade",
             anchor="annual spending on AI infrastructure could reach $3 trillion to $4 trillion",
             what="Huang says annual AI infrastructure spending could reach $3-4tn by the end of the decade.",
             entities=["jensen-huang"]),
        dict(id="fiscal-2027", date="2027", accept=["2027", "2026"], required=False, trigger="in fiscal 2027",
             anchor="Analysts expect Nvidia's revenue to keep climbing",
             what="Analysts expect revenue to keep climbing in fiscal 2027.", entities=["nvidia"]),
    ],
)


# ---------------------------------------------------------------- en-d02
A2_TEXT = """
Reeves Raises £26bn in Taxes as Watchdog's Early Release Overshadows Budget

Chancellor extends the freeze on income tax thresholds and scraps the two-child benefit limit, after the OBR publishes its verdict online by mistake

Joanna Wise Economics correspondent
Wed 26 Nov 2025 18.42 GMT

[Image: Rachel Reeves holds up the red budget box outside Downing Street]
Chancellor Rachel Reeves outside 11 Downing Street before delivering her budget. Photograph: Kirsty Lane/The Guardian

Rachel Reeves has raised £26bn in taxes in a budget that extends the freeze on income tax thresholds for three more years, after the Office for Budget Responsibility (OBR) accidentally published its assessment of her plans online before she had stood up in the Commons.

The chancellor told MPs on Wednesday that the measures would more than double the buffer she keeps against her fiscal rules, to £22bn, and would pay for lifting the two-child limit on benefits from next April.

Reeves, who became the first woman to hold the job in July 2024, said the package was "fair and necessary" and insisted she had kept her promise not to raise the headline rates of income tax, national insurance or VAT.

The early release of the OBR's forecasts, which the watchdog blamed on a technical error, meant details of the budget were circulating among journalists and traders well before the speech. Treasury officials said they had asked for a full explanation.

Among the biggest measures, homes worth more than £2m will face a new council tax surcharge from April 2028, and drivers of electric cars will pay a charge of 3p a mile from the same date. Salary-sacrifice pension schemes, income from property and dividends will also be taxed more heavily. The Department for Work and Pensions estimates that scrapping the two-child limit will lift hundreds of thousands of children out of poverty.

The Conservative leader, Kemi Badenoch, told the Commons the budget was "a tax raid on working people" dressed up as fairness, while the shadow chancellor, Mel Stride, said Labour had broken its word. Nigel Farage, the Reform UK leader, said families would pay the price.

Carmakers warned that the per-mile charge would slow the switch to electric vehicles. Mike Hawes, chief executive of the Society of Motor Manufacturers and Traders (SMMT), said it sent "the wrong message" to buyers at a time when manufacturers such as Ford, Nissan and Jaguar Land Rover were investing heavily in British plants.

Helen Ford, chief economist at the Kingsgate Institute, a centre-left thinktank, said the threshold freeze would drag about a million more people into higher tax bands by the end of the decade. "This is a budget that asks the middle to pay for the bottom and the top," Ford said. "It buys the chancellor time, but not much growth."

The Institute for Fiscal Studies (IFS) said much of the tax rise was back-loaded, with the biggest increases due only in the final years of the forecast, while the Resolution Foundation said lower-income households would be the main winners from the changes to benefits.

Markets took the statement calmly. Gilt yields eased and the FTSE 100 edged higher, as investors bet that the extra headroom would reduce the risk of another round of tax speculation next year.

Attention now turns to the Bank of England, whose nine-member Monetary Policy Committee (MPC) held interest rates at 4% earlier this month on a five-to-four vote. Its governor, Andrew Bailey, has said there is room for further cuts if inflation keeps easing, and many economists expect a quarter-point reduction at the next meeting on 18 December.

The budget was the second for Reeves. Her first, on 30 October 2024, raised £40bn, mostly through higher employer national insurance contributions. The prime minister, Keir Starmer, said the government had made "the right choices" for a stronger economy, but several Labour MPs said privately that the threshold freeze would be hard to defend on the doorstep.
"""

A2 = dict(
    slug="en-d02-reeves-budget-obr",
    date="2025-11-26",
    text=A2_TEXT,
    entities=[
        ("rachel-reeves", "person", "Rachel Reeves", ["Rachel Reeves", "Reeves"]),
        ("joanna-wise", "person", "Joanna Wise", ["Joanna Wise"]),
        ("kirsty-lane", "person", "Kirsty Lane", ["Kirsty Lane"]),
        ("the-guardian", "organization", "The Guardian", ["The Guardian"]),
        ("kemi-badenoch", "person", "Kemi Badenoch", ["Kemi Badenoch"]),
        ("conservative-party", "organization", "Conservative Party", ["Conservative"]),
        ("mel-stride", "person", "Mel Stride", ["Mel Stride"]),
        ("labour", "organization", "Labour Party", ["Labour"]),
        ("nigel-farage", "person", "Nigel Farage", ["Nigel Farage"]),
        ("reform-uk", "organization", "Reform UK", ["Reform UK"]),
        ("mike-hawes", "person", "Mike Hawes", ["Mike Hawes"]),
        ("smmt", "organization", "Society of Motor Manufacturers and Traders",
         ["Society of Motor Manufacturers and Traders", "SMMT"]),
        ("ford", "company", "Ford", [("Ford", "Ford, Nissan")]),
        ("nissan", "company", "Nissan", ["Nissan"]),
        ("jaguar-land-rover", "company", "Jaguar Land Rover", ["Jaguar Land Rover"]),
        ("helen-ford", "person", "Helen Ford", ["Helen Ford", ("Ford", "Ford said")]),
        ("kingsgate-institute", "organization", "Kingsgate Institute", ["Kingsgate Institute"]),
        ("ifs", "organization", "Institute for Fiscal Studies", ["Institute for Fiscal Studies", "IFS"]),
        ("resolution-foundation", "organization", "Resolution Foundation", ["Resolution Foundation"]),
        ("bank-of-england", "organization", "Bank of England", ["Bank of England"]),
        ("andrew-bailey", "person", "Andrew Bailey", ["Andrew Bailey"]),
        ("keir-starmer", "person", "Keir Starmer", ["Keir Starmer"]),
    ],
    optional=[
        ("obr", "organization", "Office for Budget Responsibility", ["Office for Budget Responsibility", "OBR"]),
        ("mpc", "organization", "Monetary Policy Committee", ["Monetary Policy Committee", "MPC"]),
    ],
    negatives=[
        "Treasury", "Department for Work and Pensions", "Downing Street", "Commons", "FTSE 100", "VAT",
        "British", "Wed", "Nov", "GMT", "Wednesday", "April", "July", "December", "October",
        "Chancellor", "Photograph", "Gilt", "Markets", "Attention", "Watchdog's",
    ],
    events=[
        dict(id="budget-speech", date="2025-11-26", required=True, trigger="on Wednesday",
             anchor="The chancellor told MPs",
             what="Reeves delivered the budget to MPs, doubling her fiscal headroom to £22bn.",
             entities=["rachel-reeves"]),
        dict(id="two-child-limit", date="2026-04", required=True, trigger="from next April",
             anchor="would pay for lifting the two-child limit on benefits",
             what="The two-child limit on benefits is lifted from April 2026.", entities=["rachel-reeves"]),
        dict(id="first-woman-chancellor", date="2024-07", accept=["2024-07", "2024-07-05"], required=True,
             trigger="in July 2024", anchor="who became the first woman to hold the job",
             what="Reeves became the first woman chancellor.", entities=["rachel-reeves"]),
        dict(id="mansion-surcharge", date="2028-04", required=True, trigger="from April 2028",
             anchor="homes worth more than £2m will face a new council tax surcharge",
             what="A council tax surcharge on homes worth over £2m starts in April 2028.", entities=[]),
        dict(id="threshold-drag", date="2030", mod="before", accept=["2030", "2029"], required=False,
             trigger="by the end of the decade",
             anchor="the threshold freeze would drag about a million more people into higher tax bands",
             what="Helen Ford says the freeze drags about a million more people into higher bands.",
             entities=["helen-ford", "kingsgate-institute"]),
        dict(id="mpc-hold", date="2025-11", accept=["2025-11", "2025-11-06"], required=False,
             trigger="earlier this month", anchor="held interest rates at 4%",
             what="The MPC held Bank Rate at 4% on a 5-4 vote.", entities=["bank-of-england", "mpc"]),
        dict(id="next-mpc", date="2025-12-18", required=True, trigger="on 18 December",
             anchor="many economists expect a quarter-point reduction at the next meeting",
             what="Economists expect a quarter-point cut at the next MPC meeting.",
             entities=["bank-of-england", "mpc"]),
        dict(id="first-budget", date="2024-10-30", required=True, trigger="on 30 October 2024",
             anchor="raised £40bn, mostly through higher employer national insurance contributions",
             what="Reeves's first budget raised £40bn.", entities=["rachel-reeves"]),
    ],
)


# ---------------------------------------------------------------- en-d03
A3_TEXT = """
Tata Motors to Buy Iveco for $4.4 Billion in Biggest Deal Since Jaguar Land Rover

By Rohit Menon and Giulia Fontana

July 30, 2025 8:14 PM GMT+5:30 Updated 3 hours ago

[Image: A Tata Motors logo on the facade of a showroom]
The logo of Tata Motors is seen on the facade of a showroom in Mumbai, India, July 30, 2025. REUTERS/Farah Hope

MUMBAI/MILAN, July 30 (Reuters) - India's Tata Motors agreed on Wednesday to buy Italian truck maker Iveco for about 3.8 billion euros ($4.4 billion), the Indian company's biggest acquisition since it bought Jaguar Land Rover (JLR) from Ford in 2008.

The deal, which excludes Iveco's defence business, will create a truck and bus maker with annual sales of about 540,000 vehicles and revenue of roughly 22 billion euros, spread across Europe, India, Latin America and Africa.

Iveco separately agreed to sell its defence unit to Leonardo for 1.7 billion euros and will pay the proceeds to shareholders as a special dividend before Tata Motors launches a tender offer for the rest of the group.

Exor, the holding company of Italy's Agnelli family and Iveco's largest shareholder with a 27% stake, has agreed to tender its shares. John Elkann, the chief executive of Exor, said the combination would give Iveco the scale it needs to compete globally.

"This is a complementary fit in terms of products and geographies," N. Chandrasekaran, chairman of Tata Sons and Tata Motors, told reporters in Mumbai. Chandrasekaran, who has led Tata Sons since 2017, said the group had no plans to close plants in Italy.

Iveco, based in Turin, was spun off from CNH Industrial in 2022 and employs about 36,000 people. Its chief executive, Olof Persson, said the two companies had "almost no overlap" in their markets. Leonardo chief executive Roberto Cingolani said the defence unit would strengthen the group's land vehicles business.

Shares in Iveco had jumped earlier this month when the talks were first reported. Tata Motors shares have lagged the Nifty 50 index this year, as U.S. tariffs and weak demand in China hurt JLR.

The truck business will sit inside Tata Motors' commercial vehicle company, which the group is splitting from its passenger car and JLR operations into a separately listed entity. Tata Motors expects the acquisition to be completed in the first half of 2026, subject to regulatory approvals, and will fund it with cash and debt.

Tata Motors reported revenue of about $52 billion in fiscal 2025, most of it from JLR. Analysts said Iveco would give the Indian company a foothold in Europe's truck market but would also expose it to a downturn there.

"Iveco gives Tata a European footprint it could not build on its own, but Europe's truck market is near a cyclical low," said Vikram Shah, an automotive analyst at Sterling Gate Securities in Mumbai.

The deal puts Tata Motors in direct competition with Daimler Truck, Volvo and Volkswagen's Traton in Europe, while at home it faces Ashok Leyland and Mahindra & Mahindra, the flagship of Anand Mahindra's group.

It is also the first large overseas acquisition since the death of Ratan Tata, who turned the salt-to-software group into a global name with takeovers of Corus and JLR. He died in October last year, and two days later his half-brother Noel Tata was named chairman of Tata Trusts, the charities that own about two-thirds of Tata Sons.

(Reporting by Rohit Menon in Mumbai and Giulia Fontana in Milan; Editing by Alison Marsh)
"""

A3 = dict(
    slug="en-d03-tata-motors-iveco",
    date="2025-07-30",
    text=A3_TEXT,
    entities=[
        ("tata-motors", "company", "Tata Motors", ["Tata Motors", ("Tata", "gives Tata a European")]),
        ("iveco", "company", "Iveco", ["Iveco"]),
        ("jaguar-land-rover", "company", "Jaguar Land Rover", ["Jaguar Land Rover", "JLR"]),
        ("ford", "company", "Ford", ["Ford"]),
        ("leonardo", "company", "Leonardo", ["Leonardo"]),
        ("exor", "company", "Exor", ["Exor"]),
        ("john-elkann", "person", "John Elkann", ["John Elkann"]),
        ("n-chandrasekaran", "person", "N. Chandrasekaran", ["N. Chandrasekaran", "Chandrasekaran"]),
        ("tata-sons", "company", "Tata Sons", ["Tata Sons"]),
        ("cnh-industrial", "company", "CNH Industrial", ["CNH Industrial"]),
        ("olof-persson", "person", "Olof Persson", ["Olof Persson"]),
        ("roberto-cingolani", "person", "Roberto Cingolani", ["Roberto Cingolani"]),
        ("vikram-shah", "person", "Vikram Shah", ["Vikram Shah"]),
        ("sterling-gate", "company", "Sterling Gate Securities", ["Sterling Gate Securities"]),
        ("daimler-truck", "company", "Daimler Truck", ["Daimler Truck"]),
        ("volvo", "company", "Volvo", ["Volvo"]),
        ("volkswagen", "company", "Volkswagen", ["Volkswagen"]),
        ("traton", "company", "Traton", ["Traton"]),
        ("ashok-leyland", "company", "Ashok Leyland", ["Ashok Leyland"]),
        ("mahindra-and-mahindra", "company", "Mahindra & Mahindra", ["Mahindra & Mahindra"]),
        ("anand-mahindra", "person", "Anand Mahindra", ["Anand Mahindra"]),
        ("ratan-tata", "person", "Ratan Tata", ["Ratan Tata"]),
        ("noel-tata", "person", "Noel Tata", ["Noel Tata"]),
        ("tata-trusts", "organization", "Tata Trusts", ["Tata Trusts"]),
        ("corus", "company", "Corus", ["Corus"]),
        ("reuters", "organization", "Reuters", ["Reuters", "REUTERS"]),
        ("rohit-menon", "person", "Rohit Menon", ["Rohit Menon"]),
        ("giulia-fontana", "person", "Giulia Fontana", ["Giulia Fontana"]),
        ("farah-hope", "person", "Farah Hope", ["Farah Hope"]),
        ("alison-marsh", "person", "Alison Marsh", ["Alison Marsh"]),
    ],
    optional=[],
    negatives=[
        "Agnelli family", "Nifty 50", "U.S.", "MUMBAI", "MILAN", "Mumbai", "Milan", "India", "Italy", "Turin",
        "Europe", "Latin America", "Africa", "China", "Indian", "Italian", "European", "July", "October",
        "Wednesday", "GMT",
    ],
    events=[
        dict(id="iveco-deal", date="2025-07-30", required=True, trigger="on Wednesday",
             anchor="India's Tata Motors agreed",
             what="Tata Motors agreed to buy Iveco for about €3.8bn.", entities=["tata-motors", "iveco"]),
        dict(id="jlr-purchase", date="2008", required=True, trigger="in 2008",
             anchor="it bought Jaguar Land Rover (JLR) from Ford",
             what="Tata Motors bought JLR from Ford.", entities=["tata-motors", "jaguar-land-rover", "ford"]),
        dict(id="chandrasekaran-chair", date="2017", required=True, trigger="since 2017",
             anchor="who has led Tata Sons",
             what="Chandrasekaran has led Tata Sons since 2017.", entities=["n-chandrasekaran", "tata-sons"]),
        dict(id="iveco-spinoff", date="2022", accept=["2022", "2022-01"], required=True, trigger="in 2022",
             anchor="was spun off from CNH Industrial",
             what="Iveco was spun off from CNH Industrial.", entities=["iveco", "cnh-industrial"]),
        dict(id="talks-reported", date="2025-07", required=False, trigger="earlier this month",
             anchor="Shares in Iveco had jumped",
             what="Iveco shares jumped when the talks were first reported.", entities=["iveco", "tata-motors"]),
        dict(id="completion", date="2026-H1", accept=["2026-H1", "2026"], required=True,
             trigger="in the first half of 2026", anchor="Tata Motors expects the acquisition to be completed",
             what="Tata Motors expects to complete the Iveco acquisition.", entities=["tata-motors", "iveco"]),
        dict(id="fy2025-revenue", date="2025", accept=["2025", "2024"], required=False, trigger="in fiscal 2025",
             anchor="Tata Motors reported revenue of about $52 billion",
             what="Tata Motors reported revenue of about $52bn in fiscal 2025 (year to March 2025).",
             entities=["tata-motors", "jaguar-land-rover"]),
        dict(id="ratan-tata-death", date="2024-10", accept=["2024-10", "2024-10-09"], required=True,
             trigger="in October last year", anchor="He died",
             what="Ratan Tata died.", entities=["ratan-tata"]),
        dict(id="noel-tata-named", date="2024-10-11", accept=["2024-10-11", "2024-10"], required=True,
             trigger="two days later", anchor="his half-brother Noel Tata was named chairman of Tata Trusts",
             what="Noel Tata was named chairman of Tata Trusts two days after Ratan Tata's death.",
             entities=["noel-tata", "tata-trusts", "ratan-tata"]),
    ],
)


# ---------------------------------------------------------------- en-d04
A4_TEXT = """
Haller Strikes Late as Host Ivory Coast Beats Nigeria 2-1 to Win Africa Cup of Nations

By EMMANUEL KOUAMÉ and LUCY BAKER
Updated 7:58 PM GMT, February 11, 2024

[Image: Ivory Coast players celebrate with the trophy after the final]
Ivory Coast’s Sébastien Haller celebrates after scoring his side’s second goal during the African Cup of Nations final against Nigeria at the Alassane Ouattara Stadium in Abidjan, Ivory Coast, Sunday, Feb. 11, 2024. (AP Photo/Marc Dossou)

ABIDJAN, Ivory Coast (AP) — Sébastien Haller completed one of the great comebacks in African soccer on Sunday, turning in an 81st-minute winner as host Ivory Coast beat Nigeria 2-1 to win the Africa Cup of Nations less than three weeks after the team had all but been knocked out.

Haller, who was diagnosed with testicular cancer in July 2022 shortly after joining Borussia Dortmund, stretched to divert Simon Adingra’s low cross past goalkeeper Stanley Nwabali and sent the crowd at the Alassane Ouattara Stadium into delirium.

Nigeria defender William Troost-Ekong had given the Super Eagles the lead in the 38th minute, rising to head in a corner. Franck Kessié equalized in the 62nd, also with a header from an Adingra corner.

It was a third continental title for the Elephants after 1992 and 2015, won on home soil with President Alassane Ouattara watching from the stands.

“We were dead and buried, and we came back,” Haller said. “This one is for everybody who kept believing in us.”

Ivory Coast’s tournament had looked over after a 4-0 loss to Equatorial Guinea on Jan. 22. The Ivorian Football Federation (FIF) fired coach Jean-Louis Gasset two days later and handed the team to his assistant, Emerse Faé, a former Ivory Coast midfielder.

The Elephants squeezed into the knockout rounds as one of the best third-placed teams, then knocked out defending champion Senegal on penalties, came from behind to beat Mali in extra time and edged Congo 1-0 in the semifinals on a Haller goal.

“Emerse never let us feel sorry for ourselves,” Kessié said. “He told us the tournament was starting again.”

Faé insisted the credit belonged to his players. “I only reminded them who they are,” he said.

Nigeria was chasing a fourth title and its first since 2013. Coach José Peseiro’s team had reached the final on the back of a stingy defense and the goals of Ademola Lookman, who scored three times in the knockout rounds, but Victor Osimhen, the reigning African player of the year, got little change out of the Ivorian back line.

“We gave everything, but they were stronger in the second half,” Peseiro said.

Troost-Ekong, who plays for Greek club PAOK, was named player of the tournament. Adingra, a 22-year-old winger with Brighton, set up both Ivorian goals. Kessié plays his club soccer for Al-Ahli in Saudi Arabia, Osimhen for Napoli and Lookman for Atalanta.

Celebrations spread across Abidjan long into the night, from Ebimpé to the Plateau business district and the old Félix Houphouët-Boigny Stadium, where thousands had watched on giant screens.

Patrice Motsepe, president of the Confederation of African Football (CAF), called the tournament a showcase for the continent. Morocco will host the next edition in 2025.

___

AP soccer: https://apnews.com/hub/soccer
"""

A4 = dict(
    slug="en-d04-ivory-coast-afcon-final",
    date="2024-02-11",
    text=A4_TEXT,
    entities=[
        ("sebastien-haller", "person", "Sébastien Haller", ["Sébastien Haller", "Haller"]),
        ("simon-adingra", "person", "Simon Adingra", ["Simon Adingra", "Adingra"]),
        ("stanley-nwabali", "person", "Stanley Nwabali", ["Stanley Nwabali"]),
        ("william-troost-ekong", "person", "William Troost-Ekong", ["William Troost-Ekong", "Troost-Ekong"]),
        ("franck-kessie", "person", "Franck Kessié", ["Franck Kessié", "Kessié"]),
        ("alassane-ouattara", "person", "Alassane Ouattara", ["Alassane Ouattara"]),
        ("jean-louis-gasset", "person", "Jean-Louis Gasset", ["Jean-Louis Gasset"]),
        ("emerse-fae", "person", "Emerse Faé", ["Emerse Faé", "Faé", "Emerse"]),
        ("jose-peseiro", "person", "José Peseiro", ["José Peseiro", "Peseiro"]),
        ("ademola-lookman", "person", "Ademola Lookman", ["Ademola Lookman", "Lookman"]),
        ("victor-osimhen", "person", "Victor Osimhen", ["Victor Osimhen", "Osimhen"]),
        ("patrice-motsepe", "person", "Patrice Motsepe", ["Patrice Motsepe"]),
        ("borussia-dortmund", "organization", "Borussia Dortmund", ["Borussia Dortmund"]),
        ("fif", "organization", "Ivorian Football Federation", ["Ivorian Football Federation", "FIF"]),
        ("caf", "organization", "Confederation of African Football", ["Confederation of African Football", "CAF"]),
        ("paok", "organization", "PAOK", ["PAOK"]),
        ("brighton", "organization", "Brighton & Hove Albion", ["Brighton"]),
        ("al-ahli", "organization", "Al-Ahli", ["Al-Ahli"]),
        ("napoli", "organization", "Napoli", ["Napoli"]),
        ("atalanta", "organization", "Atalanta", ["Atalanta"]),
        ("ap", "organization", "Associated Press", ["AP"]),
        ("emmanuel-kouame", "person", "Emmanuel Kouamé", ["EMMANUEL KOUAMÉ"]),
        ("lucy-baker", "person", "Lucy Baker", ["LUCY BAKER"]),
        ("marc-dossou", "person", "Marc Dossou", ["Marc Dossou"]),
    ],
    optional=[
        ("africa-cup-of-nations", "organization", "Africa Cup of Nations",
         ["Africa Cup of Nations", "African Cup of Nations"]),
        ("super-eagles", "organization", "Super Eagles", ["Super Eagles"]),
        ("elephants", "organization", "Elephants", ["Elephants"]),
    ],
    negatives=[
        "Alassane Ouattara Stadium", "Félix Houphouët-Boigny Stadium", "ABIDJAN", "Abidjan", "Ivory Coast",
        "Nigeria", "Equatorial Guinea", "Senegal", "Mali", "Congo", "Morocco", "Ebimpé", "Plateau",
        "Saudi Arabia", "African", "Ivorian", "Greek", "Sunday", "Feb.", "February", "Jan.", "July", "GMT",
        "Celebrations", "Updated",
    ],
    events=[
        dict(id="final-won", date="2024-02-11", required=True, trigger="on Sunday",
             anchor="Sébastien Haller completed one of the great comebacks in African soccer",
             what="Ivory Coast beat Nigeria 2-1 in the Africa Cup of Nations final; Haller scored the winner.",
             entities=["sebastien-haller", "africa-cup-of-nations"]),
        dict(id="haller-diagnosis", date="2022-07", required=True, trigger="in July 2022",
             anchor="who was diagnosed with testicular cancer",
             what="Haller was diagnosed with testicular cancer shortly after joining Dortmund.",
             entities=["sebastien-haller", "borussia-dortmund"]),
        dict(id="previous-title", date="2015", required=True, trigger=("2015", "after 1992 and 2015"),
             anchor="It was a third continental title for the Elephants",
             what="Ivory Coast's previous continental titles came in 1992 and 2015.", entities=["elephants"]),
        dict(id="equatorial-guinea-loss", date="2024-01-22", required=True, trigger="on Jan. 22",
             anchor="Ivory Coast’s tournament had looked over after a 4-0 loss to Equatorial Guinea",
             what="Ivory Coast lost 4-0 to Equatorial Guinea.", entities=[]),
        dict(id="gasset-fired", date="2024-01-24", required=True, trigger="two days later",
             anchor="fired coach Jean-Louis Gasset",
             what="The FIF fired Gasset and handed the team to Faé.",
             entities=["fif", "jean-louis-gasset", "emerse-fae"]),
        dict(id="nigeria-last-title", date="2013", required=True, trigger="since 2013",
             anchor="Nigeria was chasing a fourth title and its first",
             what="Nigeria last won the title in 2013.", entities=[]),
        dict(id="next-edition", date="2025", required=True, trigger="in 2025",
             anchor="Morocco will host the next edition",
             what="Morocco hosts the next Africa Cup of Nations.", entities=[]),
    ],
)


# ---------------------------------------------------------------- en-d05
A5_TEXT = """
Mubadala Agrees €4.2bn Takeover of German Grid Equipment Maker Brenner Netztechnik

Abu Dhabi investor bets on the upgrade of Europe's power networks as electricity demand from data centres surges

Ines Hope
January 13, 2026

[Image: Khaldoon Al Mubarak, chief executive of Mubadala, speaks at a conference]
Khaldoon Al Mubarak, managing director and group chief executive of Mubadala. Photo: Mubadala

Abu Dhabi's Mubadala Investment Company has agreed to buy Brenner Netztechnik, a family-controlled German maker of power transformers and switchgear, in a deal that values the Munich-based company at about €4.2 billion ($4.9 billion) including debt.

Mubadala said on Tuesday it would offer €61 a share in cash to Brenner's minority investors, a 34 per cent premium to the closing price in Frankfurt on Monday. The Brenner family, which controls 52 per cent of the company through a holding vehicle, has agreed to sell its entire stake.

The deal is one of the largest European acquisitions by a Gulf sovereign investor in recent years and comes as utilities across the continent race to upgrade ageing grids to cope with renewable power and the rising electricity needs of data centres.

"Grid infrastructure is the backbone of the energy transition and of the digital economy," said Khaldoon Al Mubarak, managing director and group chief executive of Mubadala. "Brenner is a world-class engineering business, and we intend to be a long-term partner to its people and its customers."

Mr Al Mubarak, who is also chairman of Manchester City, said Mubadala planned to keep Brenner's headquarters and its two factories in Bavaria, and to invest in expanding capacity in Germany and Poland.

Founded in 1948, Brenner won its first big contract a decade later, supplying equipment for the railway over the Brenner Pass. It now sells transformers to grid operators in more than 40 countries and employs about 6,200 people. Its revenue rose to €2.1 billion last year.

"My grandfather started this company with four employees," said Georg Brenner, chairman of the supervisory board and the founder's grandson. "The family wanted an owner with patience and a long horizon, and we found one in Abu Dhabi." Mr Brenner will remain on the board until the deal closes.

Brenner's chief executive, Katrin Albers, said order intake rose 28 per cent in the third quarter, driven by transmission operators in Germany and Britain, and that the order backlog had reached a record.

The company competes with much larger rivals, including Siemens Energy, Hitachi Energy and GE Vernova, all of which have struggled to keep up with demand for transformers.

Mubadala, which manages assets of more than $330 billion, was created in 2017 through the merger of Mubadala Development Company and the International Petroleum Investment Company (IPIC). Its chairman is Sheikh Mansour bin Zayed, Vice President of the UAE.

The offer needs approval from the European Commission, which reviews deals involving state-backed buyers under the EU's Foreign Subsidies Regulation (FSR), and from Germany's Federal Ministry for Economic Affairs, which screens foreign investment in critical infrastructure. Mubadala expects to complete the deal by mid-2026.

Brenner will publish its reasoned statement on the offer next month, once the offer document has been cleared by BaFin, Germany's financial regulator.

Goldman Sachs and Rothschild & Co advised Mubadala, while Deutsche Bank advised Brenner.

Analysts said the price was full but defensible. "You are paying for a backlog that stretches years ahead, in a market where customers are queueing for equipment," said Paul Mercer, an analyst at Frankfurt-based Kestrel Equity Research.

Sovereign investors from the Gulf, including Saudi Arabia's Public Investment Fund (PIF) and the Qatar Investment Authority (QIA), have become increasingly active buyers of European infrastructure assets.
"""

A5 = dict(
    slug="en-d05-mubadala-brenner",
    date="2026-01-13",
    text=A5_TEXT,
    entities=[
        ("mubadala", "organization", "Mubadala Investment Company", ["Mubadala Investment Company", "Mubadala"]),
        ("brenner-netztechnik", "company", "Brenner Netztechnik",
         ["Brenner Netztechnik", "Brenner"]),
        ("georg-brenner", "person", "Georg Brenner", ["Georg Brenner", ("Brenner", "Mr Brenner")]),
        ("khaldoon-al-mubarak", "person", "Khaldoon Al Mubarak", ["Khaldoon Al Mubarak", ("Al Mubarak", "Mr Al Mubarak")]),
        ("manchester-city", "organization", "Manchester City", ["Manchester City"]),
        ("katrin-albers", "person", "Katrin Albers", ["Katrin Albers"]),
        ("siemens-energy", "company", "Siemens Energy", ["Siemens Energy"]),
        ("hitachi-energy", "company", "Hitachi Energy", ["Hitachi Energy"]),
        ("ge-vernova", "company", "GE Vernova", ["GE Vernova"]),
        ("mubadala-development", "company", "Mubadala Development Company", ["Mubadala Development Company"]),
        ("ipic", "company", "International Petroleum Investment Company",
         ["International Petroleum Investment Company", "IPIC"]),
        ("mansour-bin-zayed", "person", "Mansour bin Zayed", ["Mansour bin Zayed"]),
        ("european-commission", "organization", "European Commission", ["European Commission"]),
        ("eu", "organization", "European Union", ["EU"]),
        ("goldman-sachs", "company", "Goldman Sachs", ["Goldman Sachs"]),
        ("rothschild", "company", "Rothschild & Co", ["Rothschild & Co"]),
        ("deutsche-bank", "company", "Deutsche Bank", ["Deutsche Bank"]),
        ("paul-mercer", "person", "Paul Mercer", ["Paul Mercer"]),
        ("kestrel", "company", "Kestrel Equity Research", ["Kestrel Equity Research"]),
        ("pif", "organization", "Public Investment Fund", ["Public Investment Fund", "PIF"]),
        ("qia", "organization", "Qatar Investment Authority", ["Qatar Investment Authority", "QIA"]),
        ("ines-hope", "person", "Ines Hope", ["Ines Hope"]),
    ],
    optional=[
        ("bafin", "organization", "BaFin", ["BaFin"]),
    ],
    negatives=[
        "Brenner family", "Brenner Pass", "Foreign Subsidies Regulation", "FSR",
        "Federal Ministry for Economic Affairs", "Abu Dhabi", "Munich", "Frankfurt", "Bavaria", "Germany",
        "Poland", "Britain", "UAE", "Saudi Arabia", "Europe", "Gulf", "German", "European", "January",
        "Tuesday", "Monday", "Sheikh", "Vice President", "Photo", "Sovereign", "Founded",
    ],
    events=[
        dict(id="offer-announced", date="2026-01-13", required=True, trigger="on Tuesday",
             anchor="it would offer €61 a share in cash to Brenner's minority investors",
             what="Mubadala announced a €61-a-share cash offer for Brenner Netztechnik.",
             entities=["mubadala", "brenner-netztechnik"]),
        dict(id="reference-close", date="2026-01-12", required=True, trigger="on Monday",
             anchor="a 34 per cent premium to the closing price in Frankfurt",
             what="The offer is a 34% premium to Monday's close.", entities=["brenner-netztechnik"]),
        dict(id="brenner-founded", date="1948", required=True, trigger="Founded in 1948",
             anchor="Brenner won its first big contract",
             what="Brenner Netztechnik was founded.", entities=["brenner-netztechnik"]),
        dict(id="first-contract", date="1958", mod="approx", accept=["1958", "195"], required=True,
             trigger="a decade later", anchor="supplying equipment for the railway over the Brenner Pass",
             what="Brenner won its first big contract, for the Brenner Pass railway, a decade after its founding.",
             entities=["brenner-netztechnik"]),
        dict(id="revenue-2025", date="2025", required=True, trigger="last year",
             anchor="Its revenue rose to €2.1 billion",
             what="Brenner's revenue rose to €2.1bn.", entities=["brenner-netztechnik"]),
        dict(id="order-intake-q3", date="2025-Q3", accept=["2025-Q3"], required=True, trigger="in the third quarter",
             anchor="order intake rose 28 per cent",
             what="Brenner's order intake rose 28%.", entities=["brenner-netztechnik", "katrin-albers"]),
        dict(id="mubadala-created", date="2017", accept=["2017", "2017-01"], required=True, trigger="in 2017",
             anchor="was created",
             what="Mubadala was created through the merger of Mubadala Development Company and IPIC.",
             entities=["mubadala", "mubadala-development", "ipic"]),
        dict(id="completion", date="2026", mod="mid", accept=["2026", "2026-06", "2026-07", "2026-05"],
             required=False, trigger="by mid-2026", anchor="Mubadala expects to complete the deal",
             what="Mubadala expects to complete the takeover.", entities=["mubadala", "brenner-netztechnik"]),
        dict(id="reasoned-statement", date="2026-02", required=True, trigger="next month",
             anchor="Brenner will publish its reasoned statement on the offer",
             what="Brenner's boards publish their reasoned statement on the offer.",
             entities=["brenner-netztechnik"]),
    ],
)


# ---------------------------------------------------------------- en-d06
A6_TEXT = """
Aldermoor Therapeutics Shares Soar After AstraZeneca-Partnered Kidney Drug Meets Trial Goal

Key Points
Aldermoor Therapeutics said its experimental drug ALD-207 cut protein in the urine by 49% in a mid-stage trial in patients with IgA nephropathy.
The Cambridge, England-based biotech licensed the drug to AstraZeneca in November 2023.
AstraZeneca plans to start a late-stage study in the second half of 2026.

Nadia Stone
Published Mon, Mar 2 2026 8:05 AM EST

[Image: A scientist works at a laboratory bench at Aldermoor Therapeutics]
A researcher at Aldermoor Therapeutics' laboratory in Cambridge, England. Courtesy: Aldermoor Therapeutics

Shares of Aldermoor Therapeutics more than doubled in premarket trading on Monday after the British biotech said its experimental kidney drug, partnered with AstraZeneca, sharply reduced a key marker of disease in a mid-stage trial.

The once-monthly injection, called ALD-207, cut levels of protein in the urine by 49% after 36 weeks in patients with IgA nephropathy, an autoimmune disease that can lead to kidney failure, compared with 8% for patients given a placebo. The trial enrolled 212 patients in Europe, North America and Asia.

"These are the data we hoped for when we started the company," Aldermoor's chief executive, Dr. Sarah Baker, said in an interview with CNBC. "We think ALD-207 could change how this disease is treated."

Baker, a kidney specialist who previously ran a laboratory at the Francis Crick Institute in London, co-founded Aldermoor in 2019 as a spinout from the University of Cambridge. The company listed on the Nasdaq in 2021.

AstraZeneca paid $75 million upfront in November 2023 for rights to the drug outside China and could pay up to $1.1 billion more in milestones. Law firm Baker McKenzie advised Aldermoor on the agreement. The drugmaker, led by CEO Pascal Soriot, has made kidney disease a priority, building on the success of its diabetes and heart drug Farxiga.

AstraZeneca said it would start a Phase 3 trial in the second half of 2026, with a view to filing for approval by 2028.

"The size of the effect is competitive with anything in this space," said Dr. Nikhil Rao, Aldermoor's chief medical officer, who presented the results to investors in London. Rao said no patient had stopped treatment because of side effects.

The trial's lead investigator, Professor Eleanor Hughes of Addenbrooke's Hospital in Cambridge, said side effects were mostly mild injection-site reactions. "Patients with this disease are often young adults facing dialysis in their forties, so a drug that slows it down matters enormously," Hughes said.

Analysts said the data put ALD-207 in contention with treatments from Novartis, Vera Therapeutics and Otsuka. "This is cleaner than we expected, and the dosing is a real advantage," said Marcus Bell, a biotech analyst at Jefferies. Bell raised his price target on the stock.

The U.S. Food and Drug Administration (FDA) granted the drug breakthrough therapy designation earlier this year, which can speed up its review. Aldermoor said last week that it had enough cash to fund operations for at least two years.

Britain's life sciences sector has struggled to keep pace with the U.S. in recent years, and the government has promised to make it easier for companies such as Aldermoor to raise money at home. Baker said the company had no plans to move its listing.

The stock had fallen more than 40% over the past year as investors worried about competition.
"""

A6 = dict(
    slug="en-d06-aldermoor-astrazeneca-trial",
    date="2026-03-02",
    text=A6_TEXT,
    entities=[
        ("aldermoor", "company", "Aldermoor Therapeutics", ["Aldermoor Therapeutics", "Aldermoor"]),
        ("astrazeneca", "company", "AstraZeneca", ["AstraZeneca"]),
        ("nadia-stone", "person", "Nadia Stone", ["Nadia Stone"]),
        ("sarah-baker", "person", "Sarah Baker", ["Sarah Baker", "Baker"]),
        ("cnbc", "organization", "CNBC", ["CNBC"]),
        ("francis-crick-institute", "organization", "Francis Crick Institute", ["Francis Crick Institute"]),
        ("university-of-cambridge", "organization", "University of Cambridge", ["University of Cambridge"]),
        ("baker-mckenzie", "company", "Baker McKenzie", ["Baker McKenzie"]),
        ("pascal-soriot", "person", "Pascal Soriot", ["Pascal Soriot"]),
        ("nikhil-rao", "person", "Nikhil Rao", ["Nikhil Rao", "Rao"]),
        ("eleanor-hughes", "person", "Eleanor Hughes", ["Eleanor Hughes", "Hughes"]),
        ("novartis", "company", "Novartis", ["Novartis"]),
        ("vera-therapeutics", "company", "Vera Therapeutics", ["Vera Therapeutics"]),
        ("otsuka", "company", "Otsuka", ["Otsuka"]),
        ("marcus-bell", "person", "Marcus Bell", ["Marcus Bell", "Bell"]),
        ("jefferies", "company", "Jefferies", ["Jefferies"]),
    ],
    optional=[
        ("fda", "organization", "Food and Drug Administration", ["Food and Drug Administration", "FDA"]),
        ("nasdaq", "organization", "Nasdaq", ["Nasdaq"]),
    ],
    negatives=[
        "ALD-207", "Farxiga", "Addenbrooke's Hospital", "IgA", "Phase 3", "Cambridge", "England", "London",
        "Europe", "North America", "Asia", "China", "U.S.", "Britain's", "British", "Mon", "Mar", "EST",
        "Monday", "November", "Key Points", "Courtesy", "Professor", "Published", "Law",
    ],
    events=[
        dict(id="trial-results", date="2026-03-02", required=True, trigger="on Monday",
             anchor="Shares of Aldermoor Therapeutics more than doubled in premarket trading",
             what="Aldermoor reported mid-stage trial results for ALD-207 and its shares more than doubled.",
             entities=["aldermoor", "astrazeneca"]),
        dict(id="founded", date="2019", required=True, trigger="in 2019",
             anchor="co-founded Aldermoor",
             what="Sarah Baker co-founded Aldermoor as a University of Cambridge spinout.",
             entities=["sarah-baker", "aldermoor", "university-of-cambridge"]),
        dict(id="nasdaq-listing", date="2021", required=True, trigger="in 2021",
             anchor="The company listed on the Nasdaq",
             what="Aldermoor listed on the Nasdaq.", entities=["aldermoor", "nasdaq"]),
        dict(id="licensing-deal", date="2023-11", required=True,
             trigger=("in November 2023", "$75 million upfront in November 2023"),
             anchor="AstraZeneca paid $75 million upfront",
             what="AstraZeneca licensed ALD-207, paying $75m upfront.", entities=["astrazeneca", "aldermoor"]),
        dict(id="phase3-start", date="2026-H2", accept=["2026-H2", "2026"], required=True,
             trigger=("in the second half of 2026", "start a Phase 3 trial in the second half of 2026"),
             anchor="AstraZeneca said it would start a Phase 3 trial",
             what="AstraZeneca plans to start a Phase 3 trial.", entities=["astrazeneca"]),
        dict(id="filing", date="2028", mod="before", accept=["2028"], required=True, trigger="by 2028",
             anchor="with a view to filing for approval",
             what="AstraZeneca aims to file for approval.", entities=["astrazeneca"]),
        dict(id="breakthrough-designation", date="2026", accept=["2026", "2026-01", "2026-02"], required=False,
             trigger="earlier this year", anchor="granted the drug breakthrough therapy designation",
             what="The FDA granted ALD-207 breakthrough therapy designation.", entities=["fda"]),
        dict(id="cash-runway", date="2026-W09", accept=["2026-W09", "2026-02"], required=False,
             trigger="last week", anchor="it had enough cash to fund operations for at least two years",
             what="Aldermoor said it had cash for at least two years.", entities=["aldermoor"]),
    ],
)


# ---------------------------------------------------------------- en-d07
A7_TEXT = """
Ryanair Cancels Hundreds of Flights as French Air Traffic Controllers Strike

Tom Castle
Business reporter, BBC News
3 July 2025

[Image: Passengers look up at a departures board showing cancelled flights]
Getty Images
Passengers at Charles de Gaulle airport in Paris on Thursday morning

More than 1,500 flights have been cancelled across Europe after French air traffic controllers began a two-day strike on Thursday, disrupting the plans of about 300,000 passengers at the start of the summer holidays, according to the industry group Airlines for Europe (A4E).

Ryanair said it had been forced to cancel more than 400 flights, affecting over 70,000 passengers, many of them on routes that do not land in France but pass through French airspace.

Its chief executive, Michael O'Leary, said it was unfair that passengers flying between Ireland and Spain should be grounded by a French dispute, and called on the European Commission to protect flights that cross France.

"Ursula has had years to fix this and has done nothing," Mr O'Leary said in a video posted on social media, referring to the Commission's president, Ursula von der Leyen.

The walkout was called by UNSA-ICNA, the second-largest union of air traffic controllers in France, which says the service is understaffed and relies on outdated equipment.

France's civil aviation authority, the DGAC, asked airlines to reduce their schedules at several airports, including Nice, Lyon and Marseille, and the restrictions were extended to the two main Paris airports on Friday.

Transport Minister Philippe Tabarot called the timing of the strike, at the start of the school holidays, unacceptable.

Under a law passed in 2023, controllers must tell management 48 hours in advance whether they intend to strike, which allows airlines to cancel flights before passengers reach the airport. Unions say the rule has made strikes no less disruptive.

easyJet, Air France and Wizz Air also cancelled flights, and Brussels Airlines warned of delays on routes to southern Europe.

Lufthansa chief executive Carsten Spohr has repeatedly called for reform of Europe's air traffic control system, which airlines blame for a growing share of summer delays. Eurocontrol, which manages the European network, has warned that this summer could be one of the most congested on record.

Ryanair, which expects to carry 206 million passengers in the year to March 2026, said it would give more details of the cost of the disruption when it reports first-quarter results on 21 July.

The disruption follows a national strike in Belgium last week, which grounded all departures from Brussels Airport for a day.

Rebecca Lord, an aviation consultant at Skyline Insight, said passengers were paying for a problem that governments had ignored for years. "Airlines can plan for bad weather. They cannot plan for a system that breaks every summer," Lord said.

"O'Leary has a point, even if Brussels will not like how he makes it."

Under EU rules, travellers whose flights are cancelled are entitled to a refund or a replacement flight, but airlines are not required to pay compensation when a strike by air traffic controllers is outside their control.

The BBC has contacted the DGAC for comment.
"""

A7 = dict(
    slug="en-d07-french-atc-strike-ryanair",
    date="2025-07-03",
    text=A7_TEXT,
    entities=[
        ("ryanair", "company", "Ryanair", ["Ryanair"]),
        ("tom-castle", "person", "Tom Castle", ["Tom Castle"]),
        ("bbc", "organization", "BBC", ["BBC News", "BBC"]),
        ("getty-images", "company", "Getty Images", ["Getty Images"]),
        ("a4e", "organization", "Airlines for Europe", ["Airlines for Europe", "A4E"]),
        ("michael-oleary", "person", "Michael O'Leary", ["Michael O'Leary", "O'Leary"]),
        ("european-commission", "organization", "European Commission", ["European Commission", "Commission"]),
        ("ursula-von-der-leyen", "person", "Ursula von der Leyen", ["Ursula von der Leyen", "Ursula"]),
        ("unsa-icna", "organization", "UNSA-ICNA", ["UNSA-ICNA"]),
        ("philippe-tabarot", "person", "Philippe Tabarot", ["Philippe Tabarot"]),
        ("easyjet", "company", "easyJet", ["easyJet"]),
        ("air-france", "company", "Air France", ["Air France"]),
        ("wizz-air", "company", "Wizz Air", ["Wizz Air"]),
        ("brussels-airlines", "company", "Brussels Airlines", ["Brussels Airlines"]),
        ("lufthansa", "company", "Lufthansa", ["Lufthansa"]),
        ("carsten-spohr", "person", "Carsten Spohr", ["Carsten Spohr"]),
        ("eurocontrol", "organization", "Eurocontrol", ["Eurocontrol"]),
        ("rebecca-lord", "person", "Rebecca Lord", ["Rebecca Lord", "Lord"]),
        ("skyline-insight", "company", "Skyline Insight", ["Skyline Insight"]),
        ("eu", "organization", "European Union", ["EU"]),
    ],
    optional=[
        ("dgac", "organization", "DGAC", ["DGAC"]),
    ],
    negatives=[
        "Charles de Gaulle", "Brussels Airport", "Brussels", "Paris", "Europe", "France", "France's", "Ireland",
        "Spain", "Belgium", "Nice", "Lyon", "Marseille", "French", "European", "Thursday", "Friday", "July",
        "March", "Transport Minister", "Passengers", "Unions", "Airlines", "Cancels", "Business reporter",
    ],
    events=[
        dict(id="strike-begins", date="2025-07-03", required=True, trigger=("on Thursday", "two-day strike on Thursday"),
             anchor="French air traffic controllers began a two-day strike",
             what="French air traffic controllers began a two-day strike; more than 1,500 flights were cancelled.",
             entities=["a4e"]),
        dict(id="paris-restrictions", date="2025-07-04", required=True, trigger="on Friday",
             anchor="the restrictions were extended to the two main Paris airports",
             what="DGAC flight restrictions were extended to the Paris airports.", entities=["dgac"]),
        dict(id="strike-notice-law", date="2023", required=True, trigger="in 2023",
             anchor="Under a law passed",
             what="A law required controllers to give 48 hours' individual notice of strikes.", entities=[]),
        dict(id="ryanair-traffic-target", date="2026", accept=["2026", "2026-03", "2025"], required=False,
             trigger="in the year to March 2026", anchor="which expects to carry 206 million passengers",
             what="Ryanair expects 206 million passengers in its fiscal year to March 2026.",
             entities=["ryanair"]),
        dict(id="ryanair-q1-results", date="2025-07-21", required=True, trigger="on 21 July",
             anchor="when it reports first-quarter results",
             what="Ryanair reports first-quarter results and the cost of the disruption.", entities=["ryanair"]),
        dict(id="belgian-strike", date="2025-W26", accept=["2025-W26", "2025-06"], required=False,
             trigger="last week", anchor="a national strike in Belgium",
             what="A Belgian national strike grounded all departures from Brussels Airport for a day.",
             entities=[]),
    ],
)


# ---------------------------------------------------------------- en-d08
A8_TEXT = """
Dubai Developer Meridian Sands Launches $1.2bn Project Near Al Maktoum International Airport

LAYLA MERCER
February 18, 2026 17:40

[Image: A rendering of the Meridian Sands Heights towers in Dubai South]
A rendering of Meridian Sands Heights, which will be built in Dubai South. Supplied

DUBAI: Meridian Sands Developments, a privately owned Dubai developer, on Wednesday launched an AED 4.4 billion ($1.2 billion) residential project in Dubai South, betting that the expansion of Al Maktoum International Airport will pull demand away from the city's crowded centre.

The project, named Meridian Sands Heights, will include 2,100 apartments in six towers, a school and a retail promenade, with handover planned by the end of 2028, the company said.

"Everyone is talking about Dubai Marina and Downtown, but the next decade belongs to the south of the city," said Faris Al Hammadi, founder and chief executive of Meridian Sands. "When the new airport opens, this will be the place to live."

Al Hammadi, a former sales executive at Emaar Properties, founded the company in 2018. It has since delivered four mid-sized projects in Jumeirah Village Circle and Mohammed bin Rashid City.

Sheikh Mohammed bin Rashid Al Maktoum, Vice President and Prime Minister of the UAE and Ruler of Dubai, approved designs for a new AED 128 billion passenger terminal at Al Maktoum International in April 2024, and said all operations at Dubai International would move there within 10 years.

The site sits close to Expo City Dubai, which took over the grounds of Expo 2020 after the world fair closed in March 2022, and about an hour's drive from Zayed International Airport in Abu Dhabi.

Meridian Sands said it sold AED 1.6 billion of property in the fourth quarter, more than in the previous three quarters combined. Sales of the new project will open to the public next month, with a payment plan that spreads 60 per cent of the price over the construction period.

Buyers of units worth AED 2 million or more will qualify for the UAE's 10-year golden visa, a draw for investors from India, Britain and Russia.

Off-plan sales accounted for more than half of all residential transactions in Dubai last year, according to the Dubai Land Department (DLD), and some analysts have warned that a wave of new supply could weigh on prices. Fitch Ratings said in 2025 that prices could fall by up to 15 per cent as deliveries rise.

"Off-plan supply is the risk everyone is watching, but the airport changes the map," said Liam Stone, a director at Harbourline Advisory. "Land values around Dubai South could double by the end of the decade if the terminal opens on time." Stone said smaller developers would need strong balance sheets to compete.

Larger rivals are racing to add stock. Emaar, which was founded by Mohamed Alabbar and built the Burj Khalifa, has launched several master-planned communities along Sheikh Zayed Road, while Abu Dhabi's Aldar Properties, led by group chief executive Talal Al Dhiyebi, has expanded in Dubai.

In Saudi Arabia, ROSHN, the community developer owned by the Public Investment Fund (PIF), is building tens of thousands of homes under the Vision 2030 program.

Meridian Sands raised AED 500 million through a sukuk earlier this year, and Al Hammadi said the company was in talks with two Gulf banks, Emirates NBD and First Abu Dhabi Bank, over construction financing.
"""

A8 = dict(
    slug="en-d08-meridian-sands-dubai-south",
    date="2026-02-18",
    text=A8_TEXT,
    entities=[
        ("meridian-sands", "company", "Meridian Sands Developments",
         ["Meridian Sands Developments", "Meridian Sands"]),
        ("layla-mercer", "person", "Layla Mercer", ["LAYLA MERCER"]),
        ("faris-al-hammadi", "person", "Faris Al Hammadi", ["Faris Al Hammadi", "Al Hammadi"]),
        ("emaar", "company", "Emaar Properties", ["Emaar Properties", "Emaar"]),
        ("mohammed-bin-rashid", "person", "Mohammed bin Rashid Al Maktoum", ["Mohammed bin Rashid Al Maktoum"]),
        ("fitch", "company", "Fitch Ratings", ["Fitch Ratings"]),
        ("liam-stone", "person", "Liam Stone", ["Liam Stone", "Stone"]),
        ("harbourline", "company", "Harbourline Advisory", ["Harbourline Advisory"]),
        ("mohamed-alabbar", "person", "Mohamed Alabbar", ["Mohamed Alabbar"]),
        ("aldar", "company", "Aldar Properties", ["Aldar Properties"]),
        ("talal-al-dhiyebi", "person", "Talal Al Dhiyebi", ["Talal Al Dhiyebi"]),
        ("roshn", "company", "ROSHN", ["ROSHN"]),
        ("pif", "organization", "Public Investment Fund", ["Public Investment Fund", "PIF"]),
        ("emirates-nbd", "company", "Emirates NBD", ["Emirates NBD"]),
        ("fab", "company", "First Abu Dhabi Bank", ["First Abu Dhabi Bank"]),
    ],
    optional=[
        ("dld", "organization", "Dubai Land Department", ["Dubai Land Department", "DLD"]),
        ("expo-2020", "organization", "Expo 2020", ["Expo 2020"]),
        ("vision-2030", "organization", "Vision 2030", ["Vision 2030"]),
    ],
    negatives=[
        "Meridian Sands Heights", "Al Maktoum International Airport", "Al Maktoum International",
        "Dubai International", "Zayed International Airport", "Burj Khalifa", "Sheikh Zayed Road",
        "Mohammed bin Rashid City", "Expo City Dubai", "Jumeirah Village Circle", "Dubai Marina", "Downtown",
        "Dubai South", "DUBAI", "Dubai", "Abu Dhabi", "UAE", "Saudi Arabia", "India", "Britain", "Russia", "Gulf",
        "February", "April", "March", "Wednesday", "Sheikh", "Vice President", "Prime Minister", "Ruler",
        "Supplied", "Off-plan", "Larger", "Land", "Sales",
    ],
    events=[
        dict(id="project-launch", date="2026-02-18", required=True, trigger="on Wednesday",
             anchor="launched an AED 4.4 billion ($1.2 billion) residential project in Dubai South",
             what="Meridian Sands launched a AED 4.4bn project in Dubai South.", entities=["meridian-sands"]),
        dict(id="handover", date="2028", mod="end", accept=["2028", "2028-12"], required=True,
             trigger="by the end of 2028", anchor="with handover planned",
             what="Handover of Meridian Sands Heights is planned.", entities=["meridian-sands"]),
        dict(id="company-founded", date="2018", required=True, trigger="in 2018",
             anchor="founded the company",
             what="Faris Al Hammadi founded Meridian Sands.", entities=["faris-al-hammadi", "meridian-sands"]),
        dict(id="terminal-approved", date="2024-04", accept=["2024-04", "2024-04-28"], required=True,
             trigger="in April 2024",
             anchor="approved designs for a new AED 128 billion passenger terminal at Al Maktoum International",
             what="Sheikh Mohammed approved a AED 128bn terminal at Al Maktoum International.",
             entities=["mohammed-bin-rashid"]),
        dict(id="dxb-move", date="2034", mod="before", accept=["2034", "2033"], required=False,
             trigger="within 10 years", anchor="all operations at Dubai International would move there",
             what="All Dubai International operations are to move to Al Maktoum International.",
             entities=["mohammed-bin-rashid"]),
        dict(id="expo-closed", date="2022-03", accept=["2022-03", "2022-03-31"], required=True,
             trigger="in March 2022", anchor="after the world fair closed",
             what="Expo 2020 closed and Expo City Dubai took over its grounds.", entities=["expo-2020"]),
        dict(id="q4-sales", date="2025-Q4", required=True, trigger="in the fourth quarter",
             anchor="Meridian Sands said it sold AED 1.6 billion of property",
             what="Meridian Sands sold AED 1.6bn of property.", entities=["meridian-sands"]),
        dict(id="public-sales", date="2026-03", required=True, trigger="next month",
             anchor="Sales of the new project will open to the public",
             what="Public sales of the project open.", entities=["meridian-sands"]),
        dict(id="off-plan-share", date="2025", required=True, trigger="last year",
             anchor="Off-plan sales accounted for more than half of all residential transactions in Dubai",
             what="Off-plan sales were more than half of Dubai residential transactions, per the DLD.",
             entities=["dld"]),
    ],
)


ARTICLES = [A1, A2, A3, A4, A5, A6, A7, A8]


HERE = os.path.dirname(os.path.abspath(__file__))
ALT_PREFIX = "[Image: "


def is_word(ch):
    return ch.isalnum() or ch == "_"


def whole_word_at(text, start, end):
    if start > 0 and is_word(text[start - 1]) and is_word(text[start]):
        return False
    if end < len(text) and is_word(text[end]) and is_word(text[end - 1]):
        return False
    return True


def find_all(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def occurrences(text, form):
    """Whole-word occurrences of form, or (form, context) restricted to the context."""
    if isinstance(form, tuple):
        f, ctx = form
        ctx_hits = find_all(text, ctx)
        if not ctx_hits:
            raise SystemExit(f"context not found: {ctx!r}")
        spans = []
        for c in ctx_hits:
            rel = find_all(ctx, f)
            if not rel:
                raise SystemExit(f"form {f!r} not inside its context {ctx!r}")
            for r in rel:
                s = c + r
                if whole_word_at(text, s, s + len(f)):
                    spans.append((s, s + len(f)))
        return f, spans, True
    spans = [(s, s + len(form)) for s in find_all(text, form) if whole_word_at(text, s, s + len(form))]
    return form, spans, False


def locate(text, spec, what):
    if isinstance(spec, tuple):
        s, ctx = spec
        hits = find_all(text, ctx)
        if len(hits) != 1:
            raise SystemExit(f"{what}: context {ctx!r} found {len(hits)} times")
        rel = find_all(ctx, s)
        if len(rel) != 1:
            raise SystemExit(f"{what}: {s!r} found {len(rel)} times in its context")
        start = hits[0] + rel[0]
    else:
        s = spec
        hits = find_all(text, s)
        if len(hits) != 1:
            raise SystemExit(f"{what}: {s!r} found {len(hits)} times")
        start = hits[0]
    return {"start": start, "end": start + len(s), "text": s}


def alt_ranges(text):
    out, pos = [], 0
    for line in text.split("\n"):
        if line.startswith(ALT_PREFIX):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def build(art):
    text = unicodedata.normalize("NFC", art["text"].strip("\n") + "\n")
    if text != art["text"].strip("\n") + "\n":
        print(f"note: {art['slug']} text was normalised to NFC")
    cands = []  # (start, end, owner, has_ctx); owner None = negative
    ents = {}
    for e in art["entities"] + art.get("optional", []):
        eid, kind, name, forms = e
        if eid in ents:
            raise SystemExit(f"{art['slug']}: duplicate entity {eid}")
        ents[eid] = (kind, name, e in art.get("optional", []))
        for form in forms:
            f, spans, ctx = occurrences(text, form)
            if not spans:
                raise SystemExit(f"{art['slug']}: form {form!r} of {eid} not found")
            cands += [(s, t, eid, ctx) for s, t in spans]
    for form in art["negatives"]:
        f, spans, ctx = occurrences(text, form)
        if not spans:
            raise SystemExit(f"{art['slug']}: negative {form!r} not found")
        cands += [(s, t, None, ctx) for s, t in spans]
    # longest first; a context-restricted form beats a bare one of the same span
    cands.sort(key=lambda c: (-(c[1] - c[0]), not c[3], c[0]))
    taken, accepted = [], {}
    for s, t, owner, ctx in cands:
        if (s, t) in accepted:
            prev_owner, prev_ctx = accepted[(s, t)]
            if prev_owner != owner and prev_ctx == ctx:
                raise SystemExit(f"{art['slug']}: {text[s:t]!r}@{s} claimed by {prev_owner} and {owner}")
            continue
        if any(s < b and a < t for a, b in taken):
            if ctx:
                raise SystemExit(f"{art['slug']}: context form {text[s:t]!r}@{s} ({owner}) lost to an overlap")
            continue
        taken.append((s, t))
        accepted[(s, t)] = (owner, ctx)
    alts = alt_ranges(text)
    mentions, negatives = [], []
    for (s, t), (owner, _) in sorted(accepted.items()):
        if owner is None:
            negatives.append({"start": s, "end": t, "text": text[s:t]})
            continue
        kind, _, opt = ents[owner]
        in_alt = any(a <= s and t <= b for a, b in alts)
        mentions.append({"start": s, "end": t, "text": text[s:t], "entity": owner,
                         "kind": kind, "optional": bool(opt or in_alt)})
    used = {m["entity"] for m in mentions}
    for eid in ents:
        if eid not in used:
            raise SystemExit(f"{art['slug']}: entity {eid} has no mention")
    events = []
    for ev in art["events"]:
        for k in ev["entities"]:
            if k not in ents:
                raise SystemExit(f"{art['slug']}: event {ev['id']} names unknown entity {k}")
        events.append({
            "id": ev["id"], "date": ev["date"], "mod": ev.get("mod"),
            "accept": ev.get("accept", [ev["date"]]), "required": ev["required"],
            "trigger": locate(text, ev["trigger"], f"{art['slug']}/{ev['id']} trigger"),
            "anchor": locate(text, ev["anchor"], f"{art['slug']}/{ev['id']} anchor"),
            "what": ev["what"], "entities": ev["entities"],
        })
    gold = {
        "lang": "en",
        "document_date": art["date"],
        "entities": [{"id": k, "kind": v[0], "name_en": v[1]} for k, v in ents.items() if not v[2]],
        "optional_entities": [{"id": k, "kind": v[0], "name_en": v[1]} for k, v in ents.items() if v[2]],
        "mentions": mentions,
        "negatives": negatives,
        "events": events,
    }
    return text, gold


def main():
    for art in ARTICLES:
        text, gold = build(art)
        base = os.path.join(HERE, art["slug"])
        with open(base + ".txt", "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(base + ".json", "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{art['slug']}: {len(text.split())} words, {len(gold['entities'])}+{len(gold['optional_entities'])} entities, "
              f"{len(gold['mentions'])} mentions, {len(gold['negatives'])} negatives, {len(gold['events'])} events")


if __name__ == "__main__":
    sys.exit(main())
