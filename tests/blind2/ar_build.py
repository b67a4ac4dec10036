"""Builds ar-b0N-*.json annotation files from the specs below.
Offsets are computed with Python str.find on the UTF-8 text (code points)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ar_common import occurrences

HERE = os.path.dirname(os.path.abspath(__file__))
P, O = 'person', 'organization'

# entity tuple: (id, kind, name_en, name_ar, [surface forms], optional)
SPECS = [
 dict(file='ar-b01-dar-alrayhan-q3-results', date='2024-10-29', ents=[
  ('dar-alrayhan-foods', O, 'Dar Al Rayhan Foods', 'دار الريحان للأغذية', ['دار الريحان للأغذية', 'دار الريحان'], False),
  ('saad-al-muqbil', P, 'Saad bin Nasser Al Muqbil', 'سعد بن ناصر آل مقبل', ['سعد بن ناصر آل مقبل', 'آل مقبل'], False),
  ('noura-al-otaibi', P, 'Noura Al-Otaibi', 'نورة العتيبي', ['نورة العتيبي', 'العتيبي'], False),
  ('kareem-haddad', P, 'Kareem Haddad', 'كريم حداد', ['كريم حداد', 'حداد'], False),
  ('snb-capital', O, 'SNB Capital', 'الأهلي المالية', ['الأهلي المالية'], False),
  ('al-rajhi-capital', O, 'Al Rajhi Capital', 'الراجحي المالية', ['الراجحي المالية'], False),
  ('al-rajhi-bank', O, 'Al Rajhi Bank', 'مصرف الراجحي', ['مصرف الراجحي'], False),
  ('saudi-aramco', O, 'Saudi Aramco', 'أرامكو السعودية', ['أرامكو السعودية'], False),
  ('almarai', O, 'Almarai', 'المراعي', ['المراعي', 'Almarai'], False),
  ('sadafco', O, 'SADAFCO', 'سدافكو', ['سدافكو'], False),
  ('saudi-central-bank', O, 'Saudi Central Bank (SAMA)', 'البنك المركزي السعودي', ['البنك المركزي السعودي', 'ساما', 'البنك المركزي'], False),
  ('ayman-alsayari', P, 'Ayman Alsayari', 'أيمن السياري', ['أيمن السياري'], False),
  ('federal-reserve', O, 'Federal Reserve', 'الاحتياطي الفيدرالي', ['الاحتياطي الفيدرالي'], False),
  ('al-safat-distribution', O, 'Al Safat Distribution Group', 'الصفاة للتوزيع', ['الصفاة للتوزيع'], False),
  ('jusour-holding', O, 'Jusour Holding', 'جسور القابضة', ['جسور القابضة'], False),
  ('saudi-exchange', O, 'Saudi Exchange (Tadawul)', 'السوق المالية السعودية', ['السوق المالية السعودية', 'تداول'], True),
  ('saudi-vision-2030', O, 'Saudi Vision 2030', 'رؤية المملكة 2030', ['رؤية المملكة 2030'], True),
 ], ctx_neg=[], neg=['أمل', 'تاسي', 'طريق الملك فهد', 'المدينة الصناعية الثالثة', 'الرياض', 'الدمام', 'القصيم',
                    'المنطقة الشرقية', 'الكويت', 'البحرين', 'الكويتية', 'السعوديين', 'الأمريكي', 'ريال']),

 dict(file='ar-b02-sudan-cairo-civilian-talks', date='2024-07-08', ents=[
  ('badr-abdelatty', P, 'Badr Abdelatty', 'بدر عبد العاطي', ['بدر عبد العاطي', 'عبد العاطي'], False),
  ('abdel-fattah-el-sisi', P, 'Abdel Fattah el-Sisi', 'عبد الفتاح السيسي', ['عبد الفتاح السيسي'], False),
  ('abdalla-hamdok', P, 'Abdalla Hamdok', 'عبد الله حمدوك', ['عبد الله حمدوك', 'حمدوك'], False),
  ('taqaddum', O, 'Coordination of Civil Democratic Forces (Taqaddum)', 'تنسيقية القوى الديمقراطية المدنية', ['تنسيقية القوى الديمقراطية المدنية', 'تقدم'], False),
  ('democratic-bloc', O, 'Democratic Bloc', 'الكتلة الديمقراطية', ['الكتلة الديمقراطية'], False),
  ('rapid-support-forces', O, 'Rapid Support Forces', 'قوات الدعم السريع', ['قوات الدعم السريع'], False),
  ('abdel-fattah-al-burhan', P, 'Abdel Fattah al-Burhan', 'عبد الفتاح البرهان', ['عبد الفتاح البرهان'], False),
  ('mohamed-hamdan-dagalo', P, 'Mohamed Hamdan Dagalo (Hemedti)', 'محمد حمدان دقلو', ['محمد حمدان دقلو', 'حميدتي'], False),
  ('ramtane-lamamra', P, 'Ramtane Lamamra', 'رمطان لعمامرة', ['رمطان لعمامرة'], False),
  ('united-nations', O, 'United Nations', 'الأمم المتحدة', ['الأمم المتحدة'], False),
  ('african-union', O, 'African Union', 'الاتحاد الأفريقي', ['الاتحاد الأفريقي'], False),
  ('igad', O, 'Intergovernmental Authority on Development (IGAD)', 'الهيئة الحكومية للتنمية', ['الهيئة الحكومية للتنمية', 'إيغاد'], False),
  ('arab-league', O, 'Arab League', 'جامعة الدول العربية', ['جامعة الدول العربية'], False),
  ('european-union', O, 'European Union', 'الاتحاد الأوروبي', ['الاتحاد الأوروبي'], False),
  ('salma-abdelrahim-al-nour', P, 'Salma Abdelrahim al-Nour', 'سلمى عبد الرحيم النور', ['سلمى عبد الرحيم النور', 'النور'], False),
  ('sudanese-civil-renaissance-movement', O, 'Sudanese Civil Renaissance Movement', 'حركة النهضة المدنية السودانية', ['حركة النهضة المدنية السودانية'], False),
  ('radio-dabanga', O, 'Radio Dabanga', 'راديو دبنقا', ['راديو دبنقا', 'Radio Dabanga'], False),
  ('amal-al-tayeb', P, 'Amal al-Tayeb', 'أمل الطيب', ['أمل الطيب', 'الطيب'], False),
  ('unhcr', O, 'UNHCR', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين', ['المفوضية السامية للأمم المتحدة لشؤون اللاجئين'], False),
  ('osman-abu-alqasim', P, 'Osman Abu al-Qasim', 'عثمان أبو القاسم', ['عثمان أبو القاسم', 'أبو القاسم'], False),
  ('university-of-khartoum', O, 'University of Khartoum', 'جامعة الخرطوم', ['جامعة الخرطوم'], False),
  ('sudanese-armed-forces', O, 'Sudanese Armed Forces', 'الجيش السوداني', ['الجيش السوداني', 'الجيش'], True),
 ], ctx_neg=[('إحراز تقدم', 'تقدم')],
    neg=['أمل', 'نور', 'القاهرة', 'السودان', 'مصر', 'جدة', 'السعودية', 'الولايات المتحدة', 'أم درمان',
         'المصري', 'السودانيين']),

 dict(file='ar-b03-gaza-winter-un-warning', date='2024-11-26', ents=[
  ('united-nations', O, 'United Nations', 'الأمم المتحدة', ['الأمم المتحدة'], False),
  ('unrwa', O, 'UNRWA', 'وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى',
   ['وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين في الشرق الأدنى', 'أونروا'], False),
  ('philippe-lazzarini', P, 'Philippe Lazzarini', 'فيليب لازاريني', ['فيليب لازاريني', 'لازاريني'], False),
  ('antonio-guterres', P, 'António Guterres', 'أنطونيو غوتيريش', ['أنطونيو غوتيريش'], False),
  ('ocha', O, 'UN Office for the Coordination of Humanitarian Affairs (OCHA)', 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية',
   ['مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'أوتشا'], False),
  ('jens-laerke', P, 'Jens Laerke', 'ينس لاركه', ['ينس لاركه', 'لاركه'], False),
  ('world-food-programme', O, 'World Food Programme', 'برنامج الأغذية العالمي', ['برنامج الأغذية العالمي'], False),
  ('cindy-mccain', P, 'Cindy McCain', 'سيندي ماكين', ['سيندي ماكين'], False),
  ('world-health-organization', O, 'World Health Organization', 'منظمة الصحة العالمية', ['منظمة الصحة العالمية'], False),
  ('tedros-adhanom-ghebreyesus', P, 'Tedros Adhanom Ghebreyesus', 'تيدروس أدهانوم غيبريسوس', ['تيدروس أدهانوم غيبريسوس', 'تيدروس'], False),
  ('unicef', O, 'UNICEF', 'منظمة الأمم المتحدة للطفولة', ['منظمة الأمم المتحدة للطفولة', 'يونيسف', 'اليونيسف'], False),
  ('catherine-russell', P, 'Catherine Russell', 'كاثرين راسل', ['كاثرين راسل'], False),
  ('jamil-abu-samra', P, 'Jamil Abu Samra', 'جميل أبو سمرة', ['جميل أبو سمرة', 'أبو سمرة'], False),
  ('salam-al-najjar', P, 'Salam al-Najjar', 'سلام النجار', ['سلام النجار', 'النجار'], False),
  ('palestine-red-crescent-society', O, 'Palestine Red Crescent Society', 'جمعية الهلال الأحمر الفلسطيني',
   ['جمعية الهلال الأحمر الفلسطيني', 'الهلال الأحمر'], False),
  ('x-platform', O, 'X (social media platform)', 'إكس', ['إكس'], True),
  ('knesset', O, 'Knesset', 'الكنيست', ['الكنيست'], True),
  ('al-aqsa-martyrs-hospital', O, 'Al-Aqsa Martyrs Hospital', 'مستشفى شهداء الأقصى', ['مستشفى شهداء الأقصى'], True),
 ], ctx_neg=[],
    neg=['جميل', 'سلام', 'معبر كرم أبو سالم', 'شارع الرشيد', 'غزة', 'جنيف', 'خان يونس', 'دير البلح', 'بيت لاهيا',
         'المواصي', 'الإسرائيلي']),

 dict(file='ar-b04-cairo-delivery-worker-acquitted', date='2025-02-19', ents=[
  ('youssef-adel-hassan', P, 'Youssef Adel Hassan', 'يوسف عادل حسن', ['يوسف عادل حسن', 'يوسف'], False),
  ('sameh-nour-el-din', P, 'Sameh Nour El-Din', 'سامح نور الدين', ['سامح نور الدين', 'نور الدين'], False),
  ('saeed-el-shennawy', P, 'Saeed El-Shennawy', 'سعيد الشناوي', ['سعيد الشناوي', 'الشناوي'], False),
  ('hossam-el-din-fathy', P, 'Hossam El-Din Fathy', 'حسام الدين فتحي', ['حسام الدين فتحي'], False),
  ('mohamed-shawky', P, 'Mohamed Shawky', 'محمد شوقي', ['محمد شوقي'], False),
  ('talabat', O, 'talabat', 'طلبات', ['طلبات', 'talabat'], False),
  ('maya-morsy', P, 'Maya Morsy', 'مايا مرسي', ['مايا مرسي', 'مرسي'], False),
  ('amr-adib', P, 'Amr Adib', 'عمرو أديب', ['عمرو أديب', 'أديب'], False),
  ('mbc-masr', O, 'MBC Masr', 'MBC مصر', ['MBC مصر'], False),
  ('dokki-misdemeanor-appeals-court', O, 'Dokki Misdemeanor Appeals Court', 'محكمة جنح مستأنف الدقي', ['محكمة جنح مستأنف الدقي'], True),
  ('egypt-public-prosecution', O, 'Public Prosecution (Egypt)', 'النيابة العامة', ['النيابة العامة'], True),
 ], ctx_neg=[('تلقت أسرته طلبات', 'طلبات')],
    neg=['سعيد', 'نور', 'شارع مصدق', 'شارع جامعة الدول العربية', 'وزارة الداخلية', 'القاهرة', 'الدقي', 'جنيه', 'مصر']),

 dict(file='ar-b05-alnassr-sign-coman', date='2025-08-04', ents=[
  ('al-nassr', O, 'Al Nassr FC', 'النصر', ['النصر'], False),
  ('kingsley-coman', P, 'Kingsley Coman', 'كينغسلي كومان', ['كينغسلي كومان', 'كومان'], False),
  ('bayern-munich', O, 'FC Bayern Munich', 'بايرن ميونخ', ['بايرن ميونخ', 'بايرن'], False),
  ('joao-felix', P, 'João Félix', 'جواو فيليكس', ['جواو فيليكس'], False),
  ('chelsea', O, 'Chelsea FC', 'تشيلسي', ['تشيلسي'], False),
  ('paris-saint-germain', O, 'Paris Saint-Germain', 'باريس سان جيرمان', ['باريس سان جيرمان', 'PSG'], False),
  ('juventus', O, 'Juventus', 'يوفنتوس', ['يوفنتوس'], False),
  ('cristiano-ronaldo', P, 'Cristiano Ronaldo', 'كريستيانو رونالدو', ['كريستيانو رونالدو', 'رونالدو'], False),
  ('max-eberl', P, 'Max Eberl', 'ماكس إيبرل', ['ماكس إيبرل', 'إيبرل'], False),
  ('vincent-kompany', P, 'Vincent Kompany', 'فينسنت كومباني', ['فينسنت كومباني'], False),
  ('jorge-jesus', P, 'Jorge Jesus', 'جورجي جيسوس', ['جورجي جيسوس', 'جيسوس'], False),
  ('al-hilal', O, 'Al Hilal SFC', 'الهلال', ['الهلال'], False),
  ('theo-hernandez', P, 'Theo Hernández', 'ثيو هيرنانديز', ['ثيو هيرنانديز'], False),
  ('ac-milan', O, 'AC Milan', 'ميلان', ['ميلان'], False),
  ('simone-inzaghi', P, 'Simone Inzaghi', 'سيموني إنزاغي', ['سيموني إنزاغي'], False),
  ('public-investment-fund', O, 'Public Investment Fund', 'صندوق الاستثمارات العامة', ['صندوق الاستثمارات العامة'], False),
  ('saeed-al-zahrani', P, 'Saeed Al-Zahrani', 'سعيد الزهراني', ['سعيد الزهراني', 'الزهراني'], False),
  ('uefa-champions-league', O, 'UEFA Champions League', 'دوري أبطال أوروبا', ['دوري أبطال أوروبا'], True),
  ('saudi-pro-league', O, 'Roshn Saudi Pro League', 'دوري روشن السعودي للمحترفين', ['دوري روشن السعودي للمحترفين'], True),
 ], ctx_neg=[],
    neg=['سعيد', 'مطار الملك خالد الدولي', 'ملعب الأول بارك', 'الرياض', 'أوروبا', 'ألمانيا', 'الفرنسي', 'البرتغالي',
         'الإيطالي', 'البلجيكي', 'الألماني', 'الإنجليزي', 'السعودي', 'السعودية', 'يورو']),

 dict(file='ar-b06-kuwait-cabinet-reshuffle', date='2025-04-08', ents=[
  ('ahmad-abdullah-al-sabah', P, 'Sheikh Ahmad Abdullah Al-Ahmad Al-Sabah', 'أحمد عبدالله الأحمد الصباح',
   ['أحمد عبدالله الأحمد الصباح', 'أحمد العبدالله'], False),
  ('kuna', O, 'Kuwait News Agency (KUNA)', 'وكالة الأنباء الكويتية', ['وكالة الأنباء الكويتية', 'كونا'], False),
  ('mishal-al-ahmad-al-sabah', P, 'Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah', 'مشعل الأحمد الجابر الصباح', ['مشعل الأحمد الجابر الصباح'], False),
  ('amal-al-enezi', P, 'Amal Youssef Al-Enezi', 'أمل يوسف العنزي', ['أمل يوسف العنزي', 'العنزي'], False),
  ('jassim-al-qatami', P, 'Jassim Abdulwahab Al-Qatami', 'جاسم عبدالوهاب القطامي', ['جاسم عبدالوهاب القطامي', 'القطامي'], False),
  ('faisal-al-mutairi', P, 'Faisal Nasser Al-Mutairi', 'فيصل ناصر المطيري', ['فيصل ناصر المطيري', 'المطيري'], False),
  ('sabah-khaled-al-sabah', P, 'Sheikh Sabah Khaled Al-Hamad Al-Sabah', 'صباح خالد الحمد الصباح', ['صباح خالد الحمد الصباح'], False),
  ('fahad-yousef-al-sabah', P, 'Sheikh Fahad Yousef Saud Al-Sabah', 'فهد يوسف سعود الصباح', ['فهد يوسف سعود الصباح'], False),
  ('abdullah-al-yahya', P, 'Abdullah Al-Yahya', 'عبدالله اليحيا', ['عبدالله اليحيا'], False),
  ('kuwait-university', O, 'Kuwait University', 'جامعة الكويت', ['جامعة الكويت'], False),
  ('kuwait-oil-company', O, 'Kuwait Oil Company', 'شركة نفط الكويت', ['شركة نفط الكويت'], False),
  ('central-bank-of-kuwait', O, 'Central Bank of Kuwait', 'بنك الكويت المركزي', ['بنك الكويت المركزي'], False),
  ('basel-al-haroon', P, 'Basel Al-Haroon', 'باسل الهارون', ['باسل الهارون'], False),
  ('ghanem-al-najdi', P, 'Ghanem Al-Najdi', 'غانم النجدي', ['غانم النجدي', 'النجدي'], False),
  ('kuwait-council-of-ministers', O, 'Council of Ministers (Kuwait)', 'مجلس الوزراء', ['مجلس الوزراء'], True),
  ('kuwait-national-assembly', O, 'National Assembly (Kuwait)', 'مجلس الأمة', ['مجلس الأمة'], True),
 ], ctx_neg=[],
    neg=['أمل', 'صباح', 'قصر بيان', 'ميناء مبارك الكبير', 'وزارة الخارجية', 'وزارة الشؤون الاجتماعية', 'الكويت', 'دينار']),

 dict(file='ar-b07-bayan-ai-microsoft-partnership', date='2025-05-15', ents=[
  ('bayan-ai', O, 'Bayan (AI startup)', 'بيان', ['بيان'], False),
  ('microsoft', O, 'Microsoft', 'مايكروسوفت', ['مايكروسوفت', 'Microsoft'], False),
  ('maryam-al-kaabi', P, 'Maryam Al Kaabi', 'مريم الكعبي', ['مريم الكعبي', 'الكعبي'], False),
  ('hub71', O, 'Hub71', 'Hub71', ['Hub71'], False),
  ('naim-yazbeck', P, 'Naim Yazbeck', 'نعيم يزبك', ['نعيم يزبك'], False),
  ('g42', O, 'G42', 'G42', ['G42'], False),
  ('peng-xiao', P, 'Peng Xiao', 'بينغ شياو', ['بينغ شياو'], False),
  ('brad-smith', P, 'Brad Smith', 'براد سميث', ['براد سميث'], False),
  ('salam-haddad', P, 'Salam Haddad', 'سلام حداد', ['سلام حداد', 'حداد'], False),
  ('mbzuai', O, 'Mohamed bin Zayed University of Artificial Intelligence', 'جامعة محمد بن زايد للذكاء الاصطناعي',
   ['جامعة محمد بن زايد للذكاء الاصطناعي'], False),
  ('openai', O, 'OpenAI', 'OpenAI', ['OpenAI'], False),
  ('google', O, 'Google', 'غوغل', ['غوغل'], False),
  ('rimal-ventures', O, 'Rimal Ventures', 'رمال فنتشرز', ['رمال فنتشرز', 'Rimal Ventures'], False),
  ('omar-sultan-al-olama', P, 'Omar Sultan Al Olama', 'عمر سلطان العلماء', ['عمر سلطان العلماء', 'العلماء'], False),
  ('microsoft-for-startups', O, 'Microsoft for Startups', 'Microsoft for Startups', ['Microsoft for Startups'], True),
  ('abu-dhabi-digital-authority', O, 'Abu Dhabi Digital Authority', 'هيئة أبوظبي الرقمية', ['هيئة أبوظبي الرقمية'], True),
 ], ctx_neg=[('في بيان مشترك', 'بيان'), ('من العلماء والمهندسين', 'العلماء')],
    neg=['Azure', 'شارع الشيخ زايد', 'أبوظبي', 'دبي', 'الإمارات', 'الرياض', 'السعودية', 'الأردن', 'الإماراتية',
         'الأمريكية', 'الأردني', 'دولار']),

 dict(file='ar-b08-sonatrach-eni-berkine-gas-deal', date='2024-10-17', ents=[
  ('sonatrach', O, 'Sonatrach', 'سوناطراك', ['سوناطراك', 'Sonatrach'], False),
  ('eni', O, 'Eni', 'إيني', ['إيني', 'Eni'], False),
  ('mohamed-arkab', P, 'Mohamed Arkab', 'محمد عرقاب', ['محمد عرقاب', 'عرقاب'], False),
  ('rachid-hachichi', P, 'Rachid Hachichi', 'رشيد حشيشي', ['رشيد حشيشي', 'حشيشي'], False),
  ('claudio-descalzi', P, 'Claudio Descalzi', 'كلاوديو ديسكالزي', ['كلاوديو ديسكالزي', 'ديسكالزي'], False),
  ('abdelmadjid-tebboune', P, 'Abdelmadjid Tebboune', 'عبد المجيد تبون', ['عبد المجيد تبون'], False),
  ('giorgia-meloni', P, 'Giorgia Meloni', 'جورجيا ميلوني', ['جورجيا ميلوني', 'ميلوني'], False),
  ('al-wahat-petroleum-services', O, 'Al Wahat Petroleum Services', 'الواحات للخدمات البترولية', ['الواحات للخدمات البترولية'], False),
  ('mohamed-lamine-ben-taleb', P, 'Mohamed Lamine Ben Taleb', 'محمد الأمين بن طالب', ['محمد الأمين بن طالب', 'بن طالب'], False),
  ('karim-bouzidi', P, 'Karim Bouzidi', 'كريم بوزيدي', ['كريم بوزيدي', 'بوزيدي'], False),
  ('usthb', O, 'Houari Boumediene University of Science and Technology (USTHB)', 'جامعة هواري بومدين للعلوم والتكنولوجيا',
   ['جامعة هواري بومدين للعلوم والتكنولوجيا'], False),
  ('european-union', O, 'European Union', 'الاتحاد الأوروبي', ['الاتحاد الأوروبي'], False),
  ('alnaft', O, 'National Agency for the Valorisation of Hydrocarbon Resources (ALNAFT)', 'الوكالة الوطنية لتثمين موارد المحروقات',
   ['الوكالة الوطنية لتثمين موارد المحروقات', 'ألنفط'], True),
  ('mattei-plan', O, 'Mattei Plan', 'خطة ماتيي', ['خطة ماتيي'], True),
 ], ctx_neg=[],
    neg=['صباح', 'ترانسميد', 'خط أنابيب إنريكو ماتيي', 'مطار هواري بومدين الدولي', 'حوض بركين', 'حاسي مسعود',
         'الجزائر العاصمة', 'الجزائر', 'إيطاليا', 'صقلية', 'تونس', 'روما', 'أوروبا', 'الإيطالية', 'الإيطالي',
         'الجزائري', 'الجزائرية', 'دولار']),
]


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def build(spec):
    path = os.path.join(HERE, spec['file'] + '.txt')
    content = open(path, encoding='utf-8').read()
    negs = []
    for ctx, inner in spec['ctx_neg']:
        i = content.find(ctx)
        assert i != -1, (spec['file'], ctx)
        while i != -1:
            j = i + ctx.index(inner)
            negs.append((j, j + len(inner)))
            i = content.find(ctx, i + 1)
    cands = []
    for eid, kind, _, _, forms, opt in spec['ents']:
        for f in forms:
            for s, e in occurrences(content, f):
                if any(overlaps((s, e), n) for n in negs):
                    continue
                cands.append((s, e, eid, kind, opt))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    ments = []
    for c in cands:
        if not any(overlaps(c, m) for m in ments):
            ments.append(c)
    ments.sort()
    for f in sorted(spec['neg'], key=len, reverse=True):
        for s, e in occurrences(content, f):
            if any(overlaps((s, e), m) for m in ments) or any(overlaps((s, e), n) for n in negs):
                continue
            negs.append((s, e))
    negs.sort()
    ent_objs = lambda opt: [dict(id=eid, kind=k, name_en=en, name_ar=ar)
                            for eid, k, en, ar, _, o in spec['ents'] if o == opt]
    doc = {
        'lang': 'ar',
        'document_date': spec['date'],
        'entities': ent_objs(False),
        'optional_entities': ent_objs(True),
        'mentions': [dict(start=s, end=e, text=content[s:e], entity=eid, kind=k, optional=o)
                     for s, e, eid, k, o in ments],
        'negatives': [dict(start=s, end=e, text=content[s:e]) for s, e in negs],
    }
    with open(os.path.join(HERE, spec['file'] + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return doc


if __name__ == '__main__':
    for sp in SPECS:
        d = build(sp)
        print(sp['file'], len(d['entities']), len(d['optional_entities']), len(d['mentions']), len(d['negatives']))
