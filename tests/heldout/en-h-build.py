import json, re, sys, os
D = '/work/main/tests/heldout'
P, O = 'person', 'organization'

def E(id, kind, en, ar, forms=None, opt=False):
    return dict(id=id, kind=kind, name_en=en, name_ar=ar, forms=forms or [en], opt=opt)

SPECS = {}

SPECS['en-h01-gcc-eu-red-sea-talks'] = dict(date='2026-02-09', ents=[
 E('gcc', O, 'Gulf Cooperation Council', 'مجلس التعاون الخليجي', ['Gulf Cooperation Council', 'GCC']),
 E('european-union', O, 'European Union', 'الاتحاد الأوروبي', ['European Union', 'EU']),
 E('faisal-bin-farhan', P, 'Faisal bin Farhan', 'فيصل بن فرحان', ['Faisal bin Farhan', 'Faisal']),
 E('kaja-kallas', P, 'Kaja Kallas', 'كايا كالاس', ['Kaja Kallas', 'Kallas']),
 E('jasem-albudaiwi', P, 'Jasem Mohamed Albudaiwi', 'جاسم محمد البديوي', ['Jasem Mohamed Albudaiwi', 'Albudaiwi']),
 E('badr-abdelatty', P, 'Badr Abdelatty', 'بدر عبد العاطي', ['Badr Abdelatty', 'Abdelatty']),
 E('world-bank', O, 'World Bank', 'البنك الدولي'),
 E('islamic-development-bank', O, 'Islamic Development Bank', 'البنك الإسلامي للتنمية'),
 E('united-nations', O, 'United Nations', 'الأمم المتحدة', ['UN']),
 E('antonio-guterres', P, 'António Guterres', 'أنطونيو غوتيريش', ['António Guterres', 'Guterres']),
 E('reem-al-harbi', P, 'Reem Al-Harbi', 'ريم الحربي', ['Reem Al-Harbi', 'Al-Harbi']),
 E('najd-center-for-strategic-dialogue', O, 'Najd Center for Strategic Dialogue', 'مركز نجد للحوار الاستراتيجي'),
 E('jean-luc-de-villiers', P, 'Jean-Luc de Villiers', 'جان لوك دو فيلييه', ['Jean-Luc de Villiers', 'De Villiers']),
 E('lakeshore-political-risk', O, 'Lakeshore Political Risk', 'ليكشور بوليتيكال ريسك'),
 E('mohammed-bin-salman', P, 'Mohammed bin Salman', 'محمد بن سلمان'),
 E('mohammed-bin-abdulrahman-al-thani', P, 'Mohammed bin Abdulrahman Al Thani', 'محمد بن عبدالرحمن آل ثاني'),
 E('eunavfor-aspides', O, 'Aspides', 'أسبيدس', opt=True),
 E('vision-2030', O, 'Vision 2030', 'رؤية 2030', opt=True),
], neg=['RIYADH', 'Riyadh', 'Monday', 'Red Sea', 'Saudi Arabia', 'Saudi', 'Foreign', 'Foreign Minister',
 'High Representative for Foreign Affairs and Security Policy', 'Our', 'Bab el-Mandeb', 'Gulf', 'Larissa', 'Greece',
 'Brussels', 'October', 'Gaza', 'Sudan', 'April', 'Ministers', 'Qatari', 'United Arab Emirates', 'Kuwait', 'Bahrain',
 'Oman', 'Egyptian', 'Cairo', 'Egypt', 'Dialogue', 'Europe', 'Ministry of Foreign Affairs', 'Schengen', 'Analysts',
 'European', 'Five', 'Now', 'Europeans', 'French', 'Geneva', 'These', 'June', 'American', 'Russian',
 'Pledge', 'Joint', 'Push', 'Security', 'Talks'])

SPECS['en-h02-opec-plus-output-pause'] = dict(date='2026-03-02', ents=[
 E('opec-plus', O, 'OPEC+', 'أوبك+'),
 E('opec', O, 'OPEC', 'أوبك'),
 E('abdulaziz-bin-salman', P, 'Abdulaziz bin Salman', 'عبدالعزيز بن سلمان'),
 E('alexander-novak', P, 'Alexander Novak', 'ألكسندر نوفاك'),
 E('tass', O, 'Tass', 'تاس'),
 E('haitham-al-ghais', P, 'Haitham Al Ghais', 'هيثم الغيص', ['Haitham Al Ghais', 'Al Ghais']),
 E('international-energy-agency', O, 'International Energy Agency', 'وكالة الطاقة الدولية', ['International Energy Agency', 'IEA']),
 E('fatih-birol', P, 'Fatih Birol', 'فاتح بيرول'),
 E('priya-raman', P, 'Priya Raman', 'بريا رامان', ['Priya Raman', 'Raman']),
 E('meridian-crest-capital', O, 'Meridian Crest Capital', 'ميريديان كرست كابيتال'),
 E('imf', O, 'International Monetary Fund', 'صندوق النقد الدولي', ['IMF']),
 E('goldman-sachs', O, 'Goldman Sachs', 'غولدمان ساكس'),
 E('jp-morgan', O, 'J.P. Morgan', 'جيه بي مورغان'),
 E('noordzee-energy-advisers', O, 'Noordzee Energy Advisers', 'نوردزي إنرجي أدفايزرز'),
 E('thomas-van-der-berg', P, 'Thomas van der Berg', 'توماس فان دير بيرغ', ['Thomas van der Berg', 'Van der Berg']),
 E('saudi-aramco', O, 'Saudi Aramco', 'أرامكو السعودية', ['Saudi Aramco', 'Aramco']),
 E('amin-nasser', P, 'Amin Nasser', 'أمين الناصر', ['Amin Nasser', 'Nasser']),
 E('adnoc', O, 'Abu Dhabi National Oil Company', 'أدنوك', ['Abu Dhabi National Oil Company', 'ADNOC']),
 E('sultan-al-jaber', P, 'Sultan Al Jaber', 'سلطان الجابر'),
 E('cop28', O, 'COP28', 'كوب 28', opt=True),
 E('omar-al-mansoori', P, 'Omar Khalifa Al-Mansoori', 'عمر خليفة المنصوري', ['Omar Khalifa Al-Mansoori', 'Al-Mansoori']),
], neg=['VIENNA', 'DUBAI', 'Sunday', 'Eight', 'Saudi Arabia', 'Russia', 'United Arab Emirates', 'Iraq', 'Kuwait',
 'Kazakhstan', 'Algeria', 'Oman', 'Saudi', 'Energy Minister', 'Russian', 'Moscow', 'Brent', 'Asian', 'Monday', 'U.S.',
 'West Texas Intermediate', 'Vienna', 'Peak', 'Analysts', 'Riyadh', 'Singapore', 'Rotterdam', 'Inventories', 'Atlantic',
 'April', 'China', 'India', 'Dhahran', 'Baghdad', 'Iraqi', 'Ministry of Oil', 'Tengiz', 'Markets', 'Every', 'Dubai',
 'United States', 'Agrees', 'Extend', 'Pause', 'Output', 'Increases', 'Oil', 'Prices', 'Slide'])

SPECS['en-h03-egypt-central-bank-rate-cut'] = dict(date='2026-02-13', ents=[
 E('central-bank-of-egypt', O, 'Central Bank of Egypt', 'البنك المركزي المصري', ['Central Bank of Egypt', 'CBE']),
 E('cbe-monetary-policy-committee', O, 'Monetary Policy Committee', 'لجنة السياسة النقدية', opt=True),
 E('capmas', O, 'Central Agency for Public Mobilization and Statistics', 'الجهاز المركزي للتعبئة العامة والإحصاء',
   ['Central Agency for Public Mobilization and Statistics', 'CAPMAS'], opt=True),
 E('hassan-abdalla', P, 'Hassan Abdalla', 'حسن عبد الله', ['Hassan Abdalla', 'Abdalla']),
 E('imf', O, 'International Monetary Fund', 'صندوق النقد الدولي', ['International Monetary Fund', 'IMF']),
 E('kristalina-georgieva', P, 'Kristalina Georgieva', 'كريستالينا غورغييفا'),
 E('abdel-fattah-al-sisi', P, 'Abdel Fattah al-Sisi', 'عبد الفتاح السيسي', ['Abdel Fattah al-Sisi', 'Sisi']),
 E('mostafa-madbouly', P, 'Mostafa Madbouly', 'مصطفى مدبولي', ['Mostafa Madbouly', 'Madbouly']),
 E('egyptian-exchange', O, 'Egyptian Exchange', 'البورصة المصرية', opt=True),
 E('commercial-international-bank', O, 'Commercial International Bank', 'البنك التجاري الدولي', ['Commercial International Bank', 'CIB']),
 E('hisham-ezz-al-arab', P, 'Hisham Ezz Al-Arab', 'هشام عز العرب'),
 E('mariam-soliman', P, 'Mariam Soliman', 'مريم سليمان', ['Mariam Soliman', 'Soliman']),
 E('delta-ridge-securities', O, 'Delta Ridge Securities', 'دلتا ريدج للأوراق المالية'),
 E('ahmed-kamal-el-din', P, 'Ahmed Kamal El-Din', 'أحمد كمال الدين', ['Ahmed Kamal El-Din', 'El-Din']),
 E('american-university-in-cairo', O, 'American University in Cairo', 'الجامعة الأمريكية بالقاهرة'),
 E('federal-reserve', O, 'Federal Reserve', 'الاحتياطي الفيدرالي'),
 E('jerome-powell', P, 'Jerome Powell', 'جيروم باول'),
 E('fitch-ratings', O, 'Fitch Ratings', 'فيتش للتصنيفات الائتمانية'),
 E('adq', O, 'ADQ', 'شركة أبوظبي التنموية القابضة'),
 E('osama-rabie', P, 'Osama Rabie', 'أسامة ربيع'),
 E('suez-canal-authority', O, 'Suez Canal Authority', 'هيئة قناة السويس', opt=True),
], neg=['CAIRO', 'Cairo', 'Thursday', 'Most', 'Annual', 'January', 'Egypt', 'Egyptian', 'Wednesday', 'June', 'March',
 'EGX30', 'Red Sea', 'U.S.', 'Global', 'Gulf', 'Ras El-Hekma', 'Abu Dhabi', 'Suez Canal', 'Revenue', 'April',
 'Cuts', 'Interest', 'Rates', 'Again', 'Inflation', 'Eases', 'Ahead', 'Review'])

SPECS['en-h04-lumora-ai-funding-singapore'] = dict(date='2025-11-18', ents=[
 E('lumora-labs', O, 'Lumora Labs', 'لومورا لابز', ['Lumora Labs', 'Lumora']),
 E('temasek', O, 'Temasek', 'تيماسك'),
 E('nvidia', O, 'Nvidia', 'إنفيديا'),
 E('m12', O, 'M12', 'إم 12'),
 E('microsoft', O, 'Microsoft', 'مايكروسوفت'),
 E('mgx', O, 'MGX', 'إم جي إكس'),
 E('kopi-capital', O, 'Kopi Capital', 'كوبي كابيتال'),
 E('nguyen-thi-lan-anh', P, 'Nguyen Thi Lan Anh', 'نغوين ثي لان آنه', ['Nguyen Thi Lan Anh', 'Nguyen']),
 E('arjun-mehta-lim', P, 'Arjun Mehta-Lim', 'أرجون ميهتا-ليم', ['Arjun Mehta-Lim', 'Mehta-Lim']),
 E('google-deepmind', O, 'Google DeepMind', 'غوغل ديب مايند'),
 E('jensen-huang', P, 'Jensen Huang', 'جنسن هوانغ', ['Jensen Huang', 'Huang']),
 E('lawrence-wong', P, 'Lawrence Wong', 'لورنس وونغ'),
 E('satya-nadella', P, 'Satya Nadella', 'ساتيا ناديلا'),
 E('imda', O, 'Infocomm Media Development Authority', 'هيئة تطوير وسائط المعلومات والاتصالات', ['Infocomm Media Development Authority', 'IMDA'], opt=True),
 E('openai', O, 'OpenAI', 'أوبن إيه آي'),
 E('google', O, 'Google', 'غوغل'),
 E('kenji-watanabe', P, 'Kenji Watanabe', 'كينجي واتانابي', ['Kenji Watanabe', 'Watanabe']),
 E('hoshino-securities', O, 'Hoshino Securities', 'هوشينو للأوراق المالية'),
 E('farah-iskandar', P, 'Farah Iskandar', 'فرح إسكندر', ['Farah Iskandar', 'Iskandar']),
], neg=['SINGAPORE', 'Singapore', 'Southeast Asian', 'Southeast Asia', 'Tuesday', 'Series B', 'Abu Dhabi', 'Jakarta',
 'London', 'Saga-2', 'Thai', 'Vietnamese', 'Bahasa Indonesia', 'Tagalog', 'Malay', 'Most', 'Our', 'English', 'Manila',
 'Ho Chi Minh City', 'Blackwell', 'Indonesia', 'Malaysia', 'Not', 'U.S.', 'ChatGPT', 'Gemini', 'Asian', 'Tokyo',
 'Their', 'That', 'Local', 'Every', 'Bangkok', 'Hanoi', 'October', 'AI', 'Startup', 'Raises', 'Million', 'Round', 'Backed'])

SPECS['en-h05-al-hilal-al-nassr-riyadh-derby'] = dict(date='2026-01-10', ents=[
 E('al-hilal', O, 'Al Hilal', 'الهلال', ['Al Hilal', 'Hilal']),
 E('al-nassr', O, 'Al Nassr', 'النصر'),
 E('saudi-pro-league', O, 'Saudi Pro League', 'الدوري السعودي للمحترفين'),
 E('sergej-milinkovic-savic', P, 'Sergej Milinković-Savić', 'سيرغي ميلينكوفيتش سافيتش', ['Sergej Milinković-Savić', 'Milinković-Savić']),
 E('darwin-nunez', P, 'Darwin Núñez', 'داروين نونيز'),
 E('theo-hernandez', P, 'Theo Hernández', 'ثيو هيرنانديز'),
 E('cristiano-ronaldo', P, 'Cristiano Ronaldo', 'كريستيانو رونالدو', ['Cristiano Ronaldo', 'Ronaldo']),
 E('kalidou-koulibaly', P, 'Kalidou Koulibaly', 'كاليدو كوليبالي'),
 E('joao-felix', P, 'João Félix', 'جواو فيليكس'),
 E('ruben-neves', P, 'Rúben Neves', 'روبن نيفيز'),
 E('simone-inzaghi', P, 'Simone Inzaghi', 'سيموني إنزاغي', ['Simone Inzaghi', 'Inzaghi']),
 E('inter-milan', O, 'Inter Milan', 'إنتر ميلان'),
 E('jorge-jesus', P, 'Jorge Jesus', 'جورجي جيسوس', ['Jorge Jesus', 'Jesus']),
 E('al-ittihad', O, 'Al Ittihad', 'الاتحاد'),
 E('al-taawoun', O, 'Al Taawoun', 'التعاون'),
 E('marcos-leonardo', P, 'Marcos Leonardo', 'ماركوس ليوناردو'),
 E('faisal-al-qahtani', P, 'Faisal Al-Qahtani', 'فيصل القحطاني', ['Faisal Al-Qahtani', 'Al-Qahtani']),
 E('pep-guardiola', P, 'Pep Guardiola', 'بيب غوارديولا', ['Pep Guardiola', 'Guardiola']),
 E('manchester-city', O, 'Manchester City', 'مانشستر سيتي'),
 E('public-investment-fund', O, 'Public Investment Fund', 'صندوق الاستثمارات العامة', ['Public Investment Fund', 'PIF']),
 E('omar-mugharbel', P, 'Omar Mugharbel', 'عمر مغربل'),
 E('lucas-moreau', P, 'Lucas Moreau', 'لوكاس مورو', ['Lucas Moreau', 'Moreau']),
 E('touchline-analytics', O, 'Touchline Analytics', 'تاتشلاين أناليتيكس'),
 E('al-ettifaq', O, 'Al Ettifaq', 'الاتفاق'),
 E('al-ahli', O, 'Al Ahli', 'الأهلي'),
 E('uefa-champions-league', O, 'Champions League', 'دوري أبطال أوروبا', opt=True),
 E('fifa-club-world-cup', O, 'Club World Cup', 'كأس العالم للأندية', opt=True),
 E('fifa-world-cup', O, 'World Cup', 'كأس العالم', opt=True),
], neg=['RIYADH', 'Riyadh', 'Kingdom Arena', 'Friday', 'Serbian', 'January', 'Jeddah', 'Thursday', 'Brazilian',
 'United States', 'Saudi Arabia', 'Europe', 'Asia', 'London', 'Dammam', 'Derbies', 'Nothing', 'Both',
 'Edge', 'Derby', 'Stretch', 'Lead'])

SPECS['en-h06-who-africa-cdc-cholera-vaccines'] = dict(date='2025-10-22', ents=[
 E('who', O, 'World Health Organization', 'منظمة الصحة العالمية', ['World Health Organization', 'WHO']),
 E('africa-cdc', O, 'Africa Centres for Disease Control and Prevention', 'المراكز الأفريقية لمكافحة الأمراض والوقاية منها',
   ['Africa Centres for Disease Control and Prevention', 'Africa CDC']),
 E('unicef', O, 'UNICEF', 'يونيسف'),
 E('msf', O, 'Médecins Sans Frontières', 'أطباء بلا حدود', ['Médecins Sans Frontières', 'MSF']),
 E('tedros-adhanom-ghebreyesus', P, 'Tedros Adhanom Ghebreyesus', 'تيدروس أدهانوم غيبريسوس', ['Tedros Adhanom Ghebreyesus', 'Tedros']),
 E('jean-kaseya', P, 'Jean Kaseya', 'جان كاسيا', ['Jean Kaseya', 'Kaseya']),
 E('eubiologics', O, 'EuBiologics', 'يو بيولوجيكس'),
 E('gavi', O, 'Gavi, the Vaccine Alliance', 'التحالف العالمي للقاحات والتحصين (غافي)', ['Gavi, the Vaccine Alliance', 'Gavi']),
 E('sania-nishtar', P, 'Sania Nishtar', 'سانيا نشتر'),
 E('aden-duale', P, 'Aden Duale', 'آدن دوالي'),
 E('william-ruto', P, 'William Ruto', 'وليام روتو'),
 E('wanjiru-kamau', P, 'Wanjiru Kamau', 'وانجيرو كاماو', ['Wanjiru Kamau', 'Kamau']),
 E('university-of-nairobi', O, 'University of Nairobi', 'جامعة نيروبي'),
 E('emmanuel-okonkwo-reyes', P, 'Emmanuel Okonkwo-Reyes', 'إيمانويل أوكونكوو-رييس'),
 E('rift-valley-biologics', O, 'Rift Valley Biologics', 'ريفت فالي بيولوجيكس'),
 E('kemri', O, 'Kenya Medical Research Institute', 'معهد كينيا للأبحاث الطبية', ['Kenya Medical Research Institute', 'KEMRI'], opt=True),
 E('peter-mwangi-otieno', P, 'Peter Mwangi-Otieno', 'بيتر موانجي-أوتينو', ['Peter Mwangi-Otieno', 'Mwangi-Otieno']),
], neg=['NAIROBI', 'Nairobi', 'Wednesday', 'East African', 'East Africa', 'Kenya', 'South Sudan', 'Ethiopia', 'Somalia',
 'Uganda', 'January', 'Cholera', 'Global', 'Geneva', 'South Korea', 'Health Cabinet Secretary', 'Ministry of Health', 'Turkana',
 'Garissa', 'Mandera', 'Friday', 'Lodwar', 'Doctors', 'November', 'August', 'Vaccination', 'Juba', 'Efforts', 'Africa',
 'That', 'Health', 'United States', 'European', 'December', 'Launch', 'Drive', 'Cases', 'Climb'])

SPECS['en-h07-paybridge-fraud-verdict-new-york'] = dict(date='2026-03-19', ents=[
 E('daniel-whitcombe', P, 'Daniel Whitcombe', 'دانيال ويتكومب', ['Daniel Whitcombe', 'Whitcombe']),
 E('paybridge-technologies', O, 'PayBridge Technologies', 'باي بريدج تكنولوجيز', ['PayBridge Technologies', 'PayBridge']),
 E('al-noor-strategic-investments', O, 'Al Noor Strategic Investments', 'النور للاستثمارات الاستراتيجية',
   ['Al Noor Strategic Investments LLC', 'Al Noor Strategic Investments', 'Al Noor']),
 E('gulf-crescent-holdings', O, 'Gulf Crescent Holdings', 'الهلال الخليجي القابضة', ['Gulf Crescent Holdings', 'Gulf Crescent']),
 E('lorraine-castellanos-webb', P, 'Lorraine Castellanos-Webb', 'لورين كاستيانوس-ويب'),
 E('hassan-el-sayed', P, 'Hassan El-Sayed', 'حسن السيد', ['Hassan El-Sayed', 'El-Sayed']),
 E('pierce-lowell-llp', O, 'Pierce Lowell LLP', 'بيرس لويل'),
 E('marianne-de-vries', P, 'Marianne de Vries', 'ماريان دي فريس', ['Marianne de Vries', 'de Vries']),
 E('us-court-of-appeals-second-circuit', O, 'U.S. Court of Appeals for the Second Circuit', 'محكمة الاستئناف الأمريكية للدائرة الثانية', opt=True),
 E('stripe', O, 'Stripe', 'سترايب'),
 E('adyen', O, 'Adyen', 'أديين'),
 E('morgan-stanley', O, 'Morgan Stanley', 'مورغان ستانلي'),
 E('nasdaq', O, 'Nasdaq', 'ناسداك', opt=True),
 E('abdullah-bin-nasser-al-suwaidi', P, 'Abdullah bin Nasser Al Suwaidi', 'عبدالله بن ناصر السويدي', ['Abdullah bin Nasser Al Suwaidi', 'Al Suwaidi']),
 E('noura-al-rashidi', P, 'Noura Al-Rashidi', 'نورة الرشيدي', ['Noura Al-Rashidi', 'Al-Rashidi']),
 E('sec', O, 'Securities and Exchange Commission', 'هيئة الأوراق المالية والبورصات الأمريكية', ['Securities and Exchange Commission', 'SEC'], opt=True),
 E('paul-atkins', P, 'Paul Atkins', 'بول أتكينز'),
 E('rebecca-okafor', P, 'Rebecca Okafor', 'ريبيكا أوكافور', ['Rebecca Okafor', 'Okafor']),
 E('columbia-law-school', O, 'Columbia Law School', 'كلية الحقوق بجامعة كولومبيا'),
 E('sdny', O, 'U.S. District Court for the Southern District of New York', 'المحكمة الجزئية الأمريكية للمنطقة الجنوبية في نيويورك', opt=True),
], neg=['NEW YORK', 'Manhattan', 'Wednesday', 'Gulf', 'Middle Eastern', 'U.S.', 'After', 'Dubai', 'Kuwait', 'Pearl Street',
 'Securities Exchange Act of 1934', 'Connecticut', 'Florida', 'Austin', 'Texas', 'Chapter 11', 'Delaware', 'Abu Dhabi', 'Riyadh', 'Doha', 'Legal',
 'Sovereign', 'During', 'This', 'Jury', 'Finds', 'Fintech', 'Founder', 'Misled', 'Investors', 'Awards', 'Million', 'Damages'])

SPECS['en-h08-riyadh-air-farnborough-order'] = dict(date='2026-07-20', ents=[
 E('riyadh-air', O, 'Riyadh Air', 'طيران الرياض'),
 E('public-investment-fund', O, 'Public Investment Fund', 'صندوق الاستثمارات العامة'),
 E('airbus', O, 'Airbus', 'إيرباص'),
 E('boeing', O, 'Boeing', 'بوينغ'),
 E('tony-douglas', P, 'Tony Douglas', 'توني دوغلاس', ['Tony Douglas', 'Douglas']),
 E('guillaume-faury', P, 'Guillaume Faury', 'غيوم فوري', ['Guillaume Faury', 'Faury']),
 E('kelly-ortberg', P, 'Kelly Ortberg', 'كيلي أورتبرغ', ['Kelly Ortberg', 'Ortberg']),
 E('gaca', O, 'General Authority of Civil Aviation', 'الهيئة العامة للطيران المدني', ['General Authority of Civil Aviation', 'GACA'], opt=True),
 E('saudia', O, 'Saudia', 'الخطوط السعودية'),
 E('rolls-royce', O, 'Rolls-Royce', 'رولز رويس'),
 E('tufan-erginbilgic', P, 'Tufan Erginbilgiç', 'توفان إرجينبيلجيتش'),
 E('ge-aerospace', O, 'GE Aerospace', 'جي إي إيروسبيس'),
 E('emirates', O, 'Emirates', 'طيران الإمارات'),
 E('tim-clark', P, 'Tim Clark', 'تيم كلارك', ['Tim Clark', 'Clark']),
 E('cedar-wing-aviation-capital', O, 'Cedar Wing Aviation Capital', 'سيدار وينغ أفييشن كابيتال'),
 E('siobhan-obrien-nakamura', P, "Siobhán O'Brien-Nakamura", 'شيفون أوبراين-ناكامورا', ["Siobhán O'Brien-Nakamura", "O'Brien-Nakamura"]),
 E('rajiv-menon', P, 'Rajiv Menon', 'راجيف مينون', ['Rajiv Menon', 'Menon']),
 E('aerostrata-consulting', O, 'AeroStrata Consulting', 'إيروستراتا للاستشارات'),
 E('farnborough-airshow', O, 'Farnborough Airshow', 'معرض فارنبورو للطيران', opt=True),
 E('paris-air-show', O, 'Paris Air Show', 'معرض باريس للطيران', opt=True),
], neg=['FARNBOROUGH', 'England', 'Saudi', 'A350-1000', '787-10', 'Dreamliners', 'Monday', 'North America', 'Asia',
 'King Khalid International Airport', 'Riyadh', 'A350', '787', 'North Charleston', 'South Carolina', 'New York',
 'Saudi Arabia', 'National Civil Aviation Strategy', 'Trent XWB', 'Chief', 'British', 'Derby', 'Gulf', 'Everyone',
 '777-9', 'Leasing', 'Dublin', 'A321neo', 'Lead', 'Middle East', 'Africa', 'Dual-sourcing', 'Analysts', 'Singapore',
 'September', 'Hours', 'Splits', 'Widebody', 'Order', 'Between', 'Opens'])


def occurrences(text, form):
    for m in re.finditer(r'(?<!\w)' + re.escape(form) + r'(?!\w)', text):
        yield m.start(), m.end()


def build(name, spec):
    text = open(os.path.join(D, name + '.txt'), encoding='utf-8').read()
    cands = []
    for e in spec['ents']:
        for f in e['forms']:
            cands.append((f, e))
    for n in spec['neg']:
        cands.append((n, None))
    cands.sort(key=lambda c: -len(c[0]))
    occ = [False] * len(text)
    mentions, negatives, unused = [], [], []
    for form, e in cands:
        hit = False
        for s, t in occurrences(text, form):
            if any(occ[s:t]):
                continue
            hit = True
            for i in range(s, t):
                occ[i] = True
            if e is None:
                negatives.append(dict(start=s, end=t, text=text[s:t]))
            else:
                mentions.append(dict(start=s, end=t, text=text[s:t], entity=e['id'], kind=e['kind'], optional=e['opt']))
        if not hit:
            unused.append(form)
    if unused:
        print(name, 'UNUSED FORMS/NEGATIVES:', unused)
    mentions.sort(key=lambda m: m['start'])
    negatives.sort(key=lambda m: m['start'])
    strip = lambda e: {k: e[k] for k in ('id', 'kind', 'name_en', 'name_ar')}
    out = {
        'lang': 'en',
        'document_date': spec['date'],
        'entities': [strip(e) for e in spec['ents'] if not e['opt']],
        'optional_entities': [strip(e) for e in spec['ents'] if e['opt']],
        'mentions': mentions,
        'negatives': negatives,
    }
    with open(os.path.join(D, name + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write('\n')

for name, spec in SPECS.items():
    build(name, spec)
print('built', len(SPECS))
