#!/usr/bin/env python3
"""Builds the Arabic blind4 set: writes ar-dNN-<slug>.txt and ar-dNN-<slug>.json.

No offset is typed by hand. Each article below carries its text, its entity specs (every
surface form, plus "context" forms for ambiguous short names), its negatives (plain forms and
context negatives for plain-word uses of name-like words) and its events (trigger and anchor as
exact substrings, paired by proximity). Offsets are Python code-point indices into the NFC text,
end exclusive. Run:  python3 ar_build.py && python3 ar_validate.py
"""
import json
import os
import sys
import unicodedata


HERE = os.path.dirname(os.path.abspath(__file__))

# attached proclitics allowed in front of a name; they are left out of the span
PROCLITICS = {'', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك',
              'بـ', 'لـ', 'كـ', 'وبـ', 'ولـ', 'وكـ', 'فبـ', 'فلـ'}
# for a name that starts with «ال», «لل» + rest (ل + the article with its alef elided):
# the span starts at the article's ل, the proclitic ل (with و/ف before it) stays out
LL_PREFIXES = {'ل', 'ول', 'فل'}


def is_letter(ch):
    return ch.isalnum() or ch == '\u0640' or unicodedata.category(ch) in ('Mn', 'Mc', 'Lm')


def occurrences(text, form):
    """All whole-word occurrences of form (with allowed proclitics) -> list of (start, end)."""
    found = []
    variants = [(form, PROCLITICS)]
    if form.startswith('ال') and len(form) > 3:
        variants.append(('ل' + form[2:], LL_PREFIXES))
    for needle, allowed in variants:
        i = text.find(needle)
        while i != -1:
            s, e = i, i + len(needle)
            if e == len(text) or not is_letter(text[e]):
                j = s
                while j > 0 and is_letter(text[j - 1]):
                    j -= 1
                if text[j:s] in allowed:
                    found.append((s, e))
            i = text.find(needle, i + 1)
    return sorted(set(found))


def find_in_context(text, form, ctx, where):
    k = text.find(ctx)
    if k == -1:
        sys.exit(f'{where}: context not found: {ctx!r}')
    hits = []
    while k != -1:
        hits += [(s, e) for (s, e) in occurrences(text, form) if k <= s and e <= k + len(ctx)]
        k = text.find(ctx, k + 1)
    if not hits:
        sys.exit(f'{where}: form {form!r} not found inside context {ctx!r}')
    return hits


def alt_ranges(text):
    out, pos = [], 0
    for line in text.split('\n'):
        if line.startswith('!['):
            out.append((pos + 2, pos + line.index('](')))
        pos += len(line) + 1
    return out


def pair(text, trig, anch, where):
    ts = [i for i in range(len(text)) if text.startswith(trig, i)]
    as_ = [i for i in range(len(text)) if text.startswith(anch, i)]
    if not ts or not as_:
        sys.exit(f'{where}: trigger/anchor not found: {trig!r} / {anch!r}')
    best = None
    for t in ts:
        for a in as_:
            gap = max(0, max(t, a) - min(t + len(trig), a + len(anch)))
            if best is None or gap < best[0]:
                best = (gap, t, a)
    _, t, a = best
    return ({'start': t, 'end': t + len(trig), 'text': trig},
            {'start': a, 'end': a + len(anch), 'text': anch})


def build(art):
    name = f"ar-d{art['num']}-{art['slug']}"
    text = unicodedata.normalize('NFC', art['text'].strip('\n')) + '\n'
    ents = {}
    cands = []  # (start, end, is_mention, entity_id, is_context)
    for ent, optional in [(e, False) for e in art['entities']] + [(e, True) for e in art.get('optional', [])]:
        eid = ent['id']
        if eid in ents:
            sys.exit(f'{name}: duplicate entity {eid}')
        ents[eid] = dict(ent, optional=optional)
        for form in ent.get('forms', []):
            for s, e in occurrences(text, form):
                cands.append((s, e, True, eid, False))
        for form, ctx in ent.get('ctx', []):
            for s, e in find_in_context(text, form, ctx, f'{name}/{eid}'):
                cands.append((s, e, True, eid, True))
    for form in art.get('neg', []):
        hits = occurrences(text, form)
        if not hits:
            sys.exit(f'{name}: negative not found: {form!r}')
        cands += [(s, e, False, None, False) for s, e in hits]
    for form, ctx in art.get('negctx', []):
        cands += [(s, e, False, None, True) for s, e in find_in_context(text, form, ctx, f'{name}/neg')]
    # longer span first; then context items; then mentions over general negatives
    cands.sort(key=lambda c: (-(c[1] - c[0]), not c[4], not c[2], c[0]))
    taken, chosen = [], {}
    for c in cands:
        s, e = c[0], c[1]
        if (s, e) in chosen:
            prev = chosen[(s, e)]
            if prev[4] == c[4] and prev[2] == c[2] and prev[3] != c[3]:
                sys.exit(f'{name}: span {text[s:e]!r}@{s} claimed by {prev[3]} and {c[3]}')
            continue
        if any(s < te and ts < e for ts, te in taken):
            if c[4]:
                print(f'  note {name}: context item {text[s:e]!r}@{s} lies inside a longer span')
            continue
        taken.append((s, e))
        chosen[(s, e)] = c
    alts = alt_ranges(text)
    mentions, negatives = [], []
    for (s, e), c in sorted(chosen.items()):
        if c[2]:
            ent = ents[c[3]]
            in_alt = any(a <= s and e <= b for a, b in alts)
            mentions.append({'start': s, 'end': e, 'text': text[s:e], 'entity': c[3],
                             'kind': ent['kind'], 'optional': bool(ent['optional'] or in_alt)})
        else:
            negatives.append({'start': s, 'end': e, 'text': text[s:e]})
    for eid in ents:
        if not any(m['entity'] == eid for m in mentions):
            sys.exit(f'{name}: entity {eid} has no mention')
    events = []
    for ev in art['events']:
        trig, anch = pair(text, ev['trigger'], ev['anchor'], f"{name}/{ev['id']}")
        for eid in ev['entities']:
            if eid not in ents:
                sys.exit(f"{name}/{ev['id']}: unknown entity {eid}")
        accept = ev.get('accept') or [ev['date']]
        if ev['date'] not in accept:
            accept = [ev['date']] + accept
        events.append({'id': ev['id'], 'date': ev['date'], 'mod': ev.get('mod'),
                       'accept': accept, 'required': ev.get('required', True),
                       'trigger': trig, 'anchor': anch, 'what': ev['what'],
                       'entities': ev['entities']})

    def ent_json(e):
        return {'id': e['id'], 'kind': e['kind'], 'name_en': e['name_en'], 'name_ar': e['name_ar']}
    gold = {
        'lang': 'ar',
        'document_date': art['date'],
        'entities': [ent_json(e) for e in ents.values() if not e['optional']],
        'optional_entities': [ent_json(e) for e in ents.values() if e['optional']],
        'mentions': mentions,
        'negatives': negatives,
        'events': events,
    }
    with open(os.path.join(HERE, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    words = len([w for w in text.split() if any(ch.isalpha() for ch in w) and 'http' not in w])
    print(f'{name}: {words} words, {len(gold["entities"])}+{len(gold["optional_entities"])} entities, '
          f'{len(mentions)} mentions, {len(negatives)} negatives, {len(events)} events')


ARTICLES = []


def E(id, kind, name_en, name_ar, forms=(), ctx=()):
    return {'id': id, 'kind': kind, 'name_en': name_en, 'name_ar': name_ar,
            'forms': list(forms), 'ctx': list(ctx)}


def V(id, date, trigger, anchor, what, entities, accept=None, mod=None, required=True):
    return {'id': id, 'date': date, 'trigger': trigger, 'anchor': anchor, 'what': what,
            'entities': entities, 'accept': accept, 'mod': mod, 'required': required}


# ---------------------------------------------------------------------------------------------
# d01: Al Arabiya-style energy wire story (document date: Tuesday 16 September 2025)
ARTICLES.append(dict(
    num='01', slug='qatarenergy-lng-germany', date='2025-09-16',
    text='''
«قطر للطاقة» توقع اتفاقية لتوريد الغاز المسال إلى ألمانيا لمدة 15 عاماً
![سعد بن شريدة الكعبي وماتياس برينر خلال توقيع الاتفاقية في الدوحة](https://vid.alarabiya.net/images/2025/09/16/lng-signing-doha.jpg)
دبي - العربية.نت، رويترز
نشر في: 16 سبتمبر 2025، 03:45 م بتوقيت دبي
وقّعت «قطر للطاقة» يوم الثلاثاء اتفاقية بيع وشراء طويلة الأجل مع شركة «نوردموس إنرجي» الألمانية، تورّد بموجبها مليوني طن سنوياً من الغاز الطبيعي المسال إلى ألمانيا لمدة 15 عاماً، على أن تبدأ الشحنات في الربع الأول من عام 2027.
وقال سعد بن شريدة الكعبي، وزير الدولة لشؤون الطاقة والعضو المنتدب والرئيس التنفيذي لقطر للطاقة، في مؤتمر صحفي عقب مراسم التوقيع في الدوحة، إن الاتفاقية "تعكس ثقة شركائنا في أوروبا بقطر كمورد آمن وموثوق للطاقة على المدى الطويل"، مضيفاً أن الشحنات ستُنقل إلى محطة الاستقبال العائمة في ميناء فيلهلمسهافن المطل على بحر الشمال.
من جانبه، قال ماتياس برينر، الرئيس التنفيذي لـ«نوردموس»، الذي وصل إلى مطار حمد الدولي أمس الاثنين على رأس وفد من الشركة، إن الاتفاق "يمنحنا قدراً من اليقين في سوق ما زالت شديدة التقلب"، مشيراً إلى أن شركته تزود نحو مليون ونصف المليون منزل بالغاز في شمال ألمانيا وشرقها.
وأوضح برينر أن المفاوضات بين الجانبين استمرت قرابة عام، وأن الطرفين اتفقا على تسعير الشحنات وفق معادلة مرتبطة بأسعار خام برنت، من دون أن يكشف عن تفاصيلها أو عن القيمة الإجمالية للصفقة.
توسعة حقل الشمال
وتأتي الصفقة في وقت تمضي فيه قطر في أكبر توسعة لطاقتها التصديرية، إذ تعمل على رفع إنتاجها من الغاز المسال من 77 مليون طن سنوياً إلى 142 مليون طن قبل نهاية العقد، وهو الهدف الذي أعلنه الكعبي في فبراير/شباط 2024 حين كشف عن توسعة جديدة في حقل الشمال الغربي.
وبحسب بيان نشرته QatarEnergy على موقعها الإلكتروني، ستأتي الكميات المخصصة لنوردموس من مشروعي حقل الشمال الشرقي وحقل الشمال الجنوبي، اللذين تنفذهما الشركة في مدينة رأس لفان الصناعية شمال الدوحة.
وكانت «قطر للطاقة» قد وقعت في نوفمبر/تشرين الثاني 2022 اتفاقيتين مع «كونوكو فيليبس» الأميركية لتوريد ما يصل إلى مليوني طن سنوياً إلى محطة برونسبوتل الألمانية لمدة 15 عاماً على الأقل اعتباراً من 2026، في أول اتفاق طويل الأجل من نوعه مع ألمانيا.
كما أبرمت الشركة في أكتوبر/تشرين الأول 2023 اتفاقيات لمدة 27 عاماً مع «شل» و«توتال إنرجيز» و«إيني» لتوريد الغاز إلى هولندا وفرنسا وإيطاليا، ثم وقعت مطلع العام الماضي اتفاقاً مع «بترونت إل إن جي» الهندية لتوريد 7.5 مليون طن سنوياً لمدة 20 عاماً.
وقال نبيل الحمادي، الشريك في شركة «مدار لاستشارات الطاقة» ومقرها الدوحة، لـ«العربية.نت» إن المشترين الأوروبيين "عادوا إلى العقود الطويلة بعدما اكتووا بأسعار 2022"، متوقعاً أن تعلن قطر صفقات جديدة مع مشترين في آسيا خلال الربع الأخير من العام.
وأضاف الحمادي أن المنافسة ستشتد مع دخول مشروعات أميركية جديدة حيز التشغيل، لكنه رأى أن انخفاض تكلفة الإنتاج في رأس لفان يمنح الدوحة ميزة واضحة على منافسيها.
وتعد قطر من أكبر ثلاثة مصدرين للغاز الطبيعي المسال في العالم إلى جانب الولايات المتحدة وأستراليا، وتستحوذ الأسواق الآسيوية على الحصة الأكبر من صادراتها، فيما ارتفع نصيب أوروبا من الشحنات القطرية منذ اندلاع أزمة الطاقة في القارة.
- اقرأ أيضاً: أسعار الغاز في أوروبا تتراجع مع امتلاء مواقع التخزين
''',
    entities=[
        E('qatarenergy', 'company', 'QatarEnergy', 'قطر للطاقة', ['قطر للطاقة', 'QatarEnergy']),
        E('saad-al-kaabi', 'person', 'Saad Sherida Al-Kaabi', 'سعد بن شريدة الكعبي',
          ['سعد بن شريدة الكعبي', 'الكعبي']),
        E('nordmoos-energie', 'company', 'Nordmoos Energie (fictional)', 'نوردموس إنرجي',
          ['نوردموس إنرجي', 'نوردموس']),
        E('matthias-brenner', 'person', 'Matthias Brenner (fictional)', 'ماتياس برينر',
          ['ماتياس برينر', 'برينر']),
        E('conocophillips', 'company', 'ConocoPhillips', 'كونوكو فيليبس', ['كونوكو فيليبس']),
        E('shell', 'company', 'Shell', 'شل', ['شل']),
        E('totalenergies', 'company', 'TotalEnergies', 'توتال إنرجيز', ['توتال إنرجيز']),
        E('eni', 'company', 'Eni', 'إيني', ['إيني']),
        E('petronet-lng', 'company', 'Petronet LNG', 'بترونت إل إن جي', ['بترونت إل إن جي']),
        E('nabil-al-hammadi', 'person', 'Nabil Al-Hammadi (fictional)', 'نبيل الحمادي',
          ['نبيل الحمادي', 'الحمادي']),
        E('madar-energy-consulting', 'company', 'Madar Energy Consulting (fictional)',
          'مدار لاستشارات الطاقة', ['مدار لاستشارات الطاقة']),
        E('al-arabiya', 'organization', 'Al Arabiya', 'العربية.نت', ['العربية.نت']),
        E('reuters', 'organization', 'Reuters', 'رويترز', ['رويترز']),
    ],
    neg=['ألمانيا', 'قطر', 'الدوحة', 'دبي', 'أوروبا', 'فيلهلمسهافن', 'بحر الشمال', 'مطار حمد الدولي',
         'برنت', 'حقل الشمال', 'رأس لفان', 'برونسبوتل', 'هولندا', 'فرنسا', 'إيطاليا',
         'الولايات المتحدة', 'أستراليا', 'آسيا', 'الألمانية', 'الأميركية', 'الهندية', 'أميركية',
         'الأوروبيين', 'القطرية', 'الثلاثاء', 'الاثنين', 'سبتمبر', 'فبراير/شباط',
         'نوفمبر/تشرين الثاني', 'أكتوبر/تشرين الأول'],
    events=[
        V('signing', '2025-09-16', 'يوم الثلاثاء',
          'اتفاقية بيع وشراء طويلة الأجل مع شركة «نوردموس إنرجي» الألمانية',
          'QatarEnergy signed a 15-year, 2 mtpa LNG sale and purchase agreement with Germany\'s Nordmoos Energie.',
          ['qatarenergy', 'nordmoos-energie']),
        V('first-cargoes', '2027-Q1', 'في الربع الأول من عام 2027', 'على أن تبدأ الشحنات',
          'Deliveries under the Nordmoos deal are due to start in Q1 2027.',
          ['qatarenergy', 'nordmoos-energie'], accept=['2027-Q1', '2027-01', '2027']),
        V('brenner-arrives', '2025-09-15', 'أمس الاثنين', 'الذي وصل إلى مطار حمد الدولي',
          'Brenner arrived at Hamad International Airport at the head of a company delegation.',
          ['matthias-brenner', 'nordmoos-energie']),
        V('nfw-announcement', '2024-02', 'في فبراير/شباط 2024', 'وهو الهدف الذي أعلنه الكعبي',
          'Al-Kaabi announced the North Field West expansion and the 142 mtpa target.',
          ['saad-al-kaabi', 'qatarenergy']),
        V('conocophillips-deal', '2022-11', 'في نوفمبر/تشرين الثاني 2022',
          'اتفاقيتين مع «كونوكو فيليبس» الأميركية',
          'QatarEnergy signed two SPAs with ConocoPhillips to supply up to 2 mtpa to Brunsbuettel.',
          ['qatarenergy', 'conocophillips']),
        V('conocophillips-deliveries', '2026', 'اعتباراً من 2026',
          'لتوريد ما يصل إلى مليوني طن سنوياً إلى محطة برونسبوتل الألمانية',
          'Deliveries to Brunsbuettel under the ConocoPhillips deals start in 2026.',
          ['qatarenergy', 'conocophillips'], mod='start'),
        V('european-27-year-deals', '2023-10', 'في أكتوبر/تشرين الأول 2023',
          'اتفاقيات لمدة 27 عاماً مع «شل» و«توتال إنرجيز» و«إيني»',
          'QatarEnergy signed 27-year supply deals with Shell, TotalEnergies and Eni.',
          ['qatarenergy', 'shell', 'totalenergies', 'eni']),
        V('petronet-deal', '2024', 'مطلع العام الماضي', 'اتفاقاً مع «بترونت إل إن جي» الهندية',
          'QatarEnergy signed a 20-year, 7.5 mtpa deal with India\'s Petronet LNG.',
          ['qatarenergy', 'petronet-lng'], mod='start', accept=['2024', '2024-01', '2024-02', '2024-Q1']),
        V('asian-deals-expected', '2025-Q4', 'خلال الربع الأخير من العام',
          'متوقعاً أن تعلن قطر صفقات جديدة مع مشترين في آسيا',
          'Al-Hammadi expects Qatar to announce new deals with Asian buyers in Q4.',
          ['nabil-al-hammadi'], accept=['2025-Q4', '2025']),
    ],
))


# ---------------------------------------------------------------------------------------------
# d02: Youm7-style parliament story, Egyptian spelling with final ى and فى (Tuesday 20 May 2025).
# The delivery-platforms law, its sponsors and its figures are invented.
ARTICLES.append(dict(
    num='02', slug='egypt-parliament-delivery-law', date='2025-05-20',
    text='''
مجلس النواب يوافق نهائيا على قانون تنظيم العمل عبر منصات التوصيل
![المستشار الدكتور حنفى جبالى رئيس مجلس النواب خلال الجلسة العامة](https://img.youm7.com/ArticleImgs/2025/5/20/120250520-parliament-session.jpg)
كتب محمود حسين - نورا فخرى
الثلاثاء، 20 مايو 2025 03:15 م
وافق مجلس النواب، خلال جلسته العامة اليوم الثلاثاء برئاسة المستشار الدكتور حنفى جبالى، نهائيا على مشروع القانون المقدم من الحكومة بشأن تنظيم العمل عبر منصات التوصيل والتطبيقات الإلكترونية، على أن يبدأ العمل به اعتبارا من أول يناير 2026.
وكان المجلس قد وافق على مشروع القانون من حيث المبدأ يوم الأحد الماضى، بعدما انتهت لجنة القوى العاملة من إعداد تقريرها بشأنه الأسبوع الماضى، فيما أقر مجلس الوزراء مشروع القانون فى مارس الماضى خلال اجتماعه برئاسة الدكتور مصطفى مدبولى.
ويلزم القانون الشركات المشغلة لتطبيقات التوصيل بإبرام عقود عمل مكتوبة مع المندوبين، والتأمين عليهم ضد إصابات العمل، ووضع حد أقصى لساعات العمل اليومية، كما يمنحها مهلة لتوفيق أوضاعها تنتهى قبل نهاية يونيو 2026، ويقرر غرامات تصل إلى مليون جنيه على المخالفين.
وقال المستشار محمود فوزى، وزير الشئون النيابية والقانونية والتواصل السياسى، خلال الجلسة، إن الحكومة "حرصت على تحقيق التوازن بين حماية حقوق العاملين وتشجيع الاستثمار فى الاقتصاد الرقمى"، مؤكدا أن وزارة العمل ستصدر اللائحة التنفيذية للقانون فى أقرب وقت.
ورد فوزى على ملاحظات عدد من النواب بشأن نسبة العمولة التى تقتطعها التطبيقات من المندوبين، موضحا أن اللائحة ستحدد آليات الرقابة عليها بالتنسيق مع الجهاز القومى لتنظيم الاتصالات.
من جانبه، قال محمد جبران، وزير العمل، إن الوزارة ستطلق منصة إلكترونية لتسجيل المندوبين بالتعاون مع وزارة الاتصالات وتكنولوجيا المعلومات، مشيرا إلى أن القانون "يخرج شريحة كبيرة من الشباب من دائرة العمل غير المنتظم".
مناقشات ساخنة
وشهدت الجلسة مناقشات ساخنة، إذ تقدم النائب فوزى الشرقاوى، وكيل لجنة القوى العاملة، بمقترح لخفض الحد الأقصى لساعات العمل، بينما طالبت النائبة أمل عبد الحميد بإلزام الشركات بتوفير استراحات مجهزة للمندوبين، وأعربت عن أمل كبير فى أن تسرع الحكومة بإصدار اللائحة. ووافق المجلس على مقترح الشرقاوى بعد تعديل صياغته.
وكان عدد من النواب قد تقدموا خلال الأشهر الماضية بطلبات إحاطة بشأن أوضاع مندوبى التوصيل، خاصة بعد تكرار حوادث الطرق التى راح ضحيتها عدد منهم.
ولا يسرى القانون على تطبيقات نقل الركاب مثل «أوبر»، التى ينظمها قانون صدر عام 2018.
ورحبت شركة «طلبات» فى بيان بإقرار القانون، مؤكدة التزامها بتطبيق أحكامه، فيما قال مسؤول فى «بريدفاست» لـ«اليوم السابع» إن الشركة بدأت بالفعل مراجعة عقود المندوبين العاملين معها.
وقال سعيد عبد المنعم، رئيس رابطة مندوبى التوصيل، إن عدد المندوبين فى مصر تجاوز 250 ألفا خلال عام 2024، واصفا يوم إقرار القانون بأنه "يوم سعيد لكل مندوب"، ومشيرا إلى أن الرابطة ستعقد اجتماعا مع ممثلى الشركات الخميس المقبل لمناقشة آليات التطبيق.
ورفع جبالى الجلسة إلى موعد يحدد لاحقا، بعد الموافقة على عدد من الاتفاقيات الدولية.
- اقرأ أيضا: حنفي جبالي: المجلس يواصل مناقشة مشروعات القوانين المحالة من الحكومة
''',
    entities=[
        E('hanafy-gebaly', 'person', 'Hanafy Gebaly', 'حنفي جبالي', ['حنفى جبالى', 'جبالى', 'حنفي جبالي']),
        E('mostafa-madbouly', 'person', 'Mostafa Madbouly', 'مصطفى مدبولي', ['مصطفى مدبولى']),
        E('mahmoud-fawzi', 'person', 'Mahmoud Fawzi', 'محمود فوزي', ['محمود فوزى', 'فوزى']),
        E('mohamed-gebran', 'person', 'Mohamed Gebran', 'محمد جبران', ['محمد جبران']),
        E('fawzi-el-sharqawi', 'person', 'Fawzi El-Sharqawi (fictional)', 'فوزي الشرقاوي',
          ['فوزى الشرقاوى', 'الشرقاوى']),
        E('amal-abdel-hamid', 'person', 'Amal Abdel Hamid (fictional)', 'أمل عبد الحميد', ['أمل عبد الحميد']),
        E('said-abdel-moneim', 'person', 'Said Abdel Moneim (fictional)', 'سعيد عبد المنعم', ['سعيد عبد المنعم']),
        E('couriers-league', 'organization', 'Delivery Couriers League (fictional)', 'رابطة مندوبي التوصيل',
          ['رابطة مندوبى التوصيل']),
        E('uber', 'company', 'Uber', 'أوبر', ['أوبر']),
        E('talabat', 'company', 'Talabat', 'طلبات', [], [('طلبات', 'شركة «طلبات»')]),
        E('breadfast', 'company', 'Breadfast', 'بريدفاست', ['بريدفاست']),
        E('youm7', 'organization', 'Youm7', 'اليوم السابع', ['اليوم السابع']),
        E('mahmoud-hussein', 'person', 'Mahmoud Hussein (fictional reporter)', 'محمود حسين', ['محمود حسين']),
        E('noura-fakhry', 'person', 'Noura Fakhry (fictional reporter)', 'نورا فخري', ['نورا فخرى']),
    ],
    optional=[
        E('house-of-representatives', 'organization', 'Egyptian House of Representatives', 'مجلس النواب',
          ['مجلس النواب']),
        E('manpower-committee', 'organization', 'Manpower Committee of the House', 'لجنة القوى العاملة',
          ['لجنة القوى العاملة']),
        E('egypt-cabinet', 'organization', 'Egyptian Cabinet', 'مجلس الوزراء', ['مجلس الوزراء']),
        E('ntra', 'organization', 'National Telecom Regulatory Authority', 'الجهاز القومي لتنظيم الاتصالات',
          ['الجهاز القومى لتنظيم الاتصالات']),
    ],
    neg=['مصر', 'وزارة العمل', 'وزارة الاتصالات وتكنولوجيا المعلومات', 'جنيه', 'الثلاثاء', 'الأحد',
         'الخميس', 'مايو', 'يناير', 'مارس', 'يونيو'],
    negctx=[('أمل', 'عن أمل كبير'), ('سعيد', 'يوم سعيد لكل'), ('طلبات', 'بطلبات إحاطة')],
    events=[
        V('final-approval', '2025-05-20', 'اليوم الثلاثاء', 'وافق مجلس النواب',
          'The House of Representatives gave final approval to the delivery-platforms labour law.',
          ['house-of-representatives', 'hanafy-gebaly']),
        V('law-in-force', '2026-01-01', 'اعتبارا من أول يناير 2026', 'على أن يبدأ العمل به',
          'The law takes effect on 1 January 2026.', []),
        V('approval-in-principle', '2025-05-18', 'يوم الأحد الماضى',
          'وكان المجلس قد وافق على مشروع القانون من حيث المبدأ',
          'The House approved the bill in principle.', ['house-of-representatives']),
        V('committee-report', '2025-W20', 'الأسبوع الماضى', 'انتهت لجنة القوى العاملة من إعداد تقريرها بشأنه',
          'The Manpower Committee finished its report on the bill.', ['manpower-committee'],
          accept=['2025-W20', '2025-05']),
        V('cabinet-approval', '2025-03', 'فى مارس الماضى', 'أقر مجلس الوزراء مشروع القانون',
          'The cabinet chaired by Madbouly approved the draft law.', ['egypt-cabinet', 'mostafa-madbouly']),
        V('compliance-deadline', '2026-06', 'قبل نهاية يونيو 2026', 'كما يمنحها مهلة لتوفيق أوضاعها تنتهى',
          'Delivery companies must comply with the law before the end of June 2026.', [], mod='end',
          accept=['2026-06', '2026-06-30']),
        V('ride-hailing-law', '2018', 'عام 2018', 'التى ينظمها قانون صدر',
          'Ride-hailing apps such as Uber are regulated by a separate law issued in 2018.', ['uber']),
        V('couriers-count', '2024', 'خلال عام 2024', 'إن عدد المندوبين فى مصر تجاوز 250 ألفا',
          'According to the couriers league, the number of couriers in Egypt exceeded 250,000 in 2024.',
          ['said-abdel-moneim', 'couriers-league']),
        V('league-meeting', '2025-05-22', 'الخميس المقبل', 'ستعقد اجتماعا مع ممثلى الشركات',
          'The couriers league will meet company representatives to discuss implementation.',
          ['couriers-league']),
    ],
))


# ---------------------------------------------------------------------------------------------
# d03: Hespress-style results story, Moroccan month names (Friday 26 September 2025).
# «إقامات الواحة», its founder (father) and its CEO (son) share the family name بنعلي; all invented,
# as are the results and the bank deals.
ARTICLES.append(dict(
    num='03', slug='morocco-waha-residences-results', date='2025-09-26',
    text='''
«إقامات الواحة» ترفع رقم معاملاتها بـ18 في المائة وتراهن على السكن المتوسط
![كريم بنعلي المدير العام لمجموعة إقامات الواحة](https://www.hespress.com/wp-content/uploads/2025/09/waha-results-h1.jpg)
هسبريس - يوسف لخضر
الجمعة 26 شتنبر 2025 - 14:05
أعلنت مجموعة «إقامات الواحة»، المدرجة في بورصة الدار البيضاء، أمس الخميس، عن ارتفاع رقم معاملاتها الموطد بنسبة 18 في المائة خلال النصف الأول من 2025، ليبلغ 612 مليون درهم، مدفوعاً بتسليم نحو 1400 وحدة سكنية في الدار البيضاء وطنجة ومراكش.
وأفادت المجموعة، في بلاغ توصلت به هسبريس، بأن نتيجتها الصافية حصة المجموعة بلغت 74 مليون درهم، مقابل 51 مليون درهم في الفترة ذاتها من السنة الماضية، فيما تراجعت مديونيتها الصافية إلى 1.1 مليار درهم.
وقال كريم بنعلي، المدير العام للمجموعة، في تصريح لهسبريس، إن هذه النتائج "تعكس انتعاش الطلب على السكن المتوسط بفضل برنامج الدعم المباشر للسكن"، الذي أطلقته الحكومة مطلع 2024 ويمنح الأسر دعماً يتراوح بين 70 ألفاً و100 ألف درهم.
وأضاف بنعلي أن المجموعة وقعت في يوليوز الماضي اتفاقية تمويل مع «التجاري وفا بنك» بقيمة 800 مليون درهم لتمويل ثلاثة مشاريع جديدة، أولها مشروع «رياض النخيل» بضواحي مراكش، المنتظر تسليم شطره الأول خلال الفصل الأول من 2026.
كما أبرمت «الواحة» شراكة مع CIH Bank لتقديم قروض سكنية بشروط تفضيلية لزبنائها، في خطوة تقول المجموعة إنها ستسهل ولوج الشباب والأسر الصغيرة إلى سكن كريم بأقساط في المتناول.
من الأب إلى الابن
وتعد «إقامات الواحة» من الشركات العائلية القليلة المدرجة في البورصة، إذ أسسها الحاج منصور بنعلي عام 1998 بمدينة مراكش، قبل أن تنقل مقرها إلى شارع محمد الخامس بالدار البيضاء. ويترأس بنعلي الأب مجلس الإدارة إلى اليوم، بينما تولى ابنه كريم الإدارة العامة قبل خمس سنوات.
ويقول منصور بنعلي إن المجموعة "لم تكن لتصمد خلال أزمة الجائحة لولا الحذر في الاستدانة"، مضيفاً أن الجيل الجديد "أكثر جرأة في التوسع، وهذا ما تحتاجه السوق اليوم".
وعلى مستوى السوق، أغلق سهم المجموعة تعاملات الخميس مرتفعاً بنسبة 4.2 في المائة عند 186 درهماً، في جلسة شهدت تداول نحو 62 ألف سهم.
وقال المحلل المالي سعيد الإدريسي، من شركة «نخلة للوساطة»، إن السوق "استقبلت النتائج بإيجابية"، لكنه نبه إلى أن هوامش الربح تبقى مهددة بارتفاع أسعار مواد البناء، خاصة الإسمنت والحديد.
وكان بنك المغرب قد قرر، خلال اجتماع مجلسه يوم الثلاثاء الماضي، الإبقاء على سعر الفائدة الرئيسي دون تغيير عند 2.25 في المائة، بعد خفضه في مارس الماضي، وهو ما اعتبره الإدريسي "إشارة مطمئنة" لقطاع العقار.
وأكد والي بنك المغرب، عبد اللطيف الجواهري، في الندوة الصحفية التي أعقبت الاجتماع، أن البنك يتابع عن كثب تطور القروض الموجهة للسكن.
من جهتها، كانت فاطمة الزهراء المنصوري، وزيرة إعداد التراب الوطني والتعمير والإسكان وسياسة المدينة، قد أكدت في أكثر من مناسبة أن الحكومة ماضية في تنفيذ برنامج الدعم المباشر للسكن وفق الجدولة المعلنة.
''',
    entities=[
        E('iqamat-al-waha', 'company', 'Iqamat Al Waha (fictional)', 'إقامات الواحة', ['إقامات الواحة', 'الواحة']),
        E('karim-benali', 'person', 'Karim Benali (fictional, CEO, son)', 'كريم بنعلي', ['كريم بنعلي'],
          [('كريم', 'ابنه كريم'), ('بنعلي', 'وأضاف بنعلي أن')]),
        E('mansour-benali', 'person', 'Mansour Benali (fictional, founder, father)', 'منصور بنعلي', ['منصور بنعلي'],
          [('بنعلي', 'ويترأس بنعلي الأب')]),
        E('youssef-lakhdar', 'person', 'Youssef Lakhdar (fictional reporter)', 'يوسف لخضر', ['يوسف لخضر']),
        E('hespress', 'organization', 'Hespress', 'هسبريس', ['هسبريس']),
        E('attijariwafa-bank', 'company', 'Attijariwafa bank', 'التجاري وفا بنك', ['التجاري وفا بنك']),
        E('cih-bank', 'company', 'CIH Bank', 'القرض العقاري والسياحي', ['CIH Bank']),
        E('said-idrissi', 'person', 'Said Idrissi (fictional)', 'سعيد الإدريسي', ['سعيد الإدريسي', 'الإدريسي']),
        E('nakhla-brokerage', 'company', 'Nakhla Brokerage (fictional)', 'نخلة للوساطة', ['نخلة للوساطة']),
        E('bank-al-maghrib', 'organization', 'Bank Al-Maghrib', 'بنك المغرب', ['بنك المغرب']),
        E('abdellatif-jouahri', 'person', 'Abdellatif Jouahri', 'عبد اللطيف الجواهري', ['عبد اللطيف الجواهري']),
        E('fatima-zahra-mansouri', 'person', 'Fatima Zahra Mansouri', 'فاطمة الزهراء المنصوري',
          ['فاطمة الزهراء المنصوري']),
    ],
    optional=[
        E('casablanca-stock-exchange', 'organization', 'Casablanca Stock Exchange', 'بورصة الدار البيضاء',
          ['بورصة الدار البيضاء']),
        E('direct-housing-aid', 'organization', 'Direct Housing Aid Programme', 'برنامج الدعم المباشر للسكن',
          ['برنامج الدعم المباشر للسكن']),
    ],
    neg=['الدار البيضاء', 'طنجة', 'مراكش', 'درهم', 'درهماً', 'رياض النخيل', 'شارع محمد الخامس',
         'الجمعة', 'الخميس', 'الثلاثاء', 'شتنبر', 'يوليوز', 'مارس'],
    negctx=[('كريم', 'سكن كريم'), ('تداول', 'شهدت تداول')],
    events=[
        V('results-published', '2025-09-25', 'أمس الخميس', 'أعلنت مجموعة «إقامات الواحة»',
          'Iqamat Al Waha published its first-half results.', ['iqamat-al-waha']),
        V('h1-revenue-growth', '2025-H1', 'خلال النصف الأول من 2025',
          'عن ارتفاع رقم معاملاتها الموطد بنسبة 18 في المائة',
          'Consolidated revenue rose 18% to MAD 612m in H1 2025.', ['iqamat-al-waha'],
          accept=['2025-H1', '2025']),
        V('housing-aid-launch', '2024', 'مطلع 2024', 'الذي أطلقته الحكومة',
          'The government launched the direct housing aid programme.', ['direct-housing-aid'],
          mod='start', accept=['2024', '2024-01']),
        V('attijariwafa-financing', '2025-07', 'في يوليوز الماضي', 'اتفاقية تمويل مع «التجاري وفا بنك»',
          'The group signed a MAD 800m financing agreement with Attijariwafa bank.',
          ['iqamat-al-waha', 'attijariwafa-bank', 'karim-benali']),
        V('riad-nakhil-delivery', '2026-Q1', 'خلال الفصل الأول من 2026', 'المنتظر تسليم شطره الأول',
          'The first phase of the Riad Nakhil project is due for delivery in Q1 2026.', ['iqamat-al-waha'],
          accept=['2026-Q1', '2026']),
        V('founding', '1998', 'عام 1998', 'إذ أسسها الحاج منصور بنعلي',
          'Mansour Benali founded the group in Marrakech.', ['mansour-benali', 'iqamat-al-waha']),
        V('son-takes-over', '2020', 'قبل خمس سنوات', 'بينما تولى ابنه كريم الإدارة العامة',
          'Karim Benali took over as chief executive.', ['karim-benali', 'iqamat-al-waha'],
          required=False, accept=['2020']),
        V('bam-rate-hold', '2025-09-23', 'يوم الثلاثاء الماضي',
          'الإبقاء على سعر الفائدة الرئيسي دون تغيير عند 2.25 في المائة',
          'Bank Al-Maghrib kept its key rate unchanged at 2.25%.', ['bank-al-maghrib']),
        V('bam-rate-cut', '2025-03', 'في مارس الماضي', 'بعد خفضه',
          'Bank Al-Maghrib had cut its key rate in March.', ['bank-al-maghrib']),
    ],
))


# ---------------------------------------------------------------------------------------------
# d04: Asharq Al-Awsat-style tourism story with a Hijri dateline (Wednesday 15 October 2025 =
# 23 Rabi' al-Thani 1447). The two resorts, their operator and its executives are invented.
ARTICLES.append(dict(
    num='04', slug='red-sea-resorts-openings', date='2025-10-15',
    text='''
«البحر الأحمر الدولية» تفتتح منتجعين جديدين وتستقبل أوائل الضيوف
![جون باغانو الرئيس التنفيذي لشركة البحر الأحمر الدولية](https://static.srpcdigital.com/styles/1037xauto/public/2025-10/red-sea-resorts.jpg)
الرياض: «الشرق الأوسط»
الأربعاء - 23 شهر ربيع الثاني 1447 هـ - 15 أكتوبر 2025 مـ
أعلنت شركة «البحر الأحمر الدولية» (Red Sea Global)، المطوّرة لوجهتي «البحر الأحمر» و«أمالا» على الساحل الغربي للسعودية، افتتاح منتجعين جديدين يوم الأحد 20 ربيع الآخر 1447هـ، واستقبل المنتجعان أوائل ضيوفهما أمس الثلاثاء، في خطوة تعزز الطاقة الاستيعابية للوجهة قبل موسم الذروة.
ويضم المنتجع الأول، «منتجع جزيرة الوقبة»، 60 فيلا فوق الماء، فيما يقع الثاني، «نزل الكثبان البيضاء»، في عمق الصحراء على بعد 40 كيلومتراً من الساحل، وتتولى إدارة المنتجعين شركة «مرجان للضيافة» السعودية.
وقال جون باغانو، الرئيس التنفيذي لـ«البحر الأحمر الدولية»، في بيان، إن الافتتاح "خطوة جديدة نحو بناء وجهة سياحية متجددة تحافظ على البيئة"، فيما أشار باغانو إلى أن الشركة تعمل على افتتاح منتجع ثالث مطلع العام المقبل.
وتأتي المنتجعات الجديدة بعدما افتتحت «سيكس سينسز» منتجعها في الكثبان الجنوبية عام 2023، ثم افتتحت «ريتز كارلتون» منتجع «نجومة» في أرخبيل أمهات الشيخ العام الماضي.
ويمتلك صندوق الاستثمارات العامة الشركة بالكامل، ويرأس مجلس إدارتها الأمير محمد بن سلمان بن عبد العزيز، ولي العهد رئيس مجلس الوزراء.
رحلات مباشرة
وقالت المهندسة نورة الشهري، الرئيسة التنفيذية لـ«مرجان للضيافة»، لـ«الشرق الأوسط» إن نسب الحجز المسبق لموسم الشتاء المقبل "تجاوزت توقعاتنا"، لافتة إلى أن نحو نصف الحجوزات جاءت من أسواق أوروبية.
وأضافت الشهري أن الشركة، التي تأسست في جدة عام 2021، تسعى لإدارة خمسة منتجعات على ساحل البحر الأحمر بحلول عام 2030.
ويصل الزوار إلى الوجهة عبر مطار البحر الأحمر الدولي، الذي استقبل أولى رحلاته في سبتمبر/أيلول 2023 برحلة للخطوط السعودية قادمة من مطار الملك خالد الدولي في الرياض، فيما تسيّر «السعودية» حالياً رحلات منتظمة إليه من الرياض وجدة.
وقال صالح الزهراني، مدير شركة «رحلات الحجاز» لتنظيم الرحلات في جدة، إن الطلب على الوجهة ارتفع بعد تشغيل الرحلات الداخلية، موضحاً أن كثيراً من عملائه يغادرون عبر مطار الملك عبد العزيز الدولي لقضاء عطلات قصيرة في المنتجعات.
وتقول الشركة إن المنتجعين صمما بمواد بناء محلية للحد من الأثر البيئي، وإن نحو ثلثي العاملين فيهما من الشباب السعوديين الذين تلقوا تدريبهم في أكاديمية تابعة للشركة.
وتعمل الوجهة بالكامل بالطاقة المتجددة، وتعتمد على محطات تحلية تعمل بالطاقة الشمسية لإنتاج ماء صالح للشرب، في تجربة تقول الشركة إنها الأولى من نوعها في منطقة الشرق الأوسط.
من جهته، أكد وزير السياحة أحمد الخطيب في تصريحات سابقة أن المملكة تستهدف 150 مليون زيارة سياحية سنوياً، ضمن مستهدفات «رؤية 2030»، مشيراً إلى أن وجهات البحر الأحمر ستكون في صدارة المشاريع الجاذبة للسياح من أوروبا وآسيا.
- اقرأ أيضاً: «الهيئة السعودية للسياحة» تطلق حملة «شتاء السعودية» بعروض جديدة
''',
    entities=[
        E('red-sea-global', 'company', 'Red Sea Global', 'البحر الأحمر الدولية',
          ['البحر الأحمر الدولية', 'Red Sea Global']),
        E('john-pagano', 'person', 'John Pagano', 'جون باغانو', ['جون باغانو', 'باغانو']),
        E('marjan-hospitality', 'company', 'Marjan Hospitality (fictional)', 'مرجان للضيافة', ['مرجان للضيافة']),
        E('six-senses', 'company', 'Six Senses', 'سيكس سينسز', ['سيكس سينسز']),
        E('ritz-carlton', 'company', 'The Ritz-Carlton', 'ريتز كارلتون', ['ريتز كارلتون']),
        E('pif', 'organization', 'Public Investment Fund', 'صندوق الاستثمارات العامة', ['صندوق الاستثمارات العامة']),
        E('mohammed-bin-salman', 'person', 'Mohammed bin Salman', 'محمد بن سلمان',
          ['محمد بن سلمان بن عبد العزيز', 'محمد بن سلمان']),
        E('noura-al-shehri', 'person', 'Noura Al-Shehri (fictional)', 'نورة الشهري', ['نورة الشهري', 'الشهري']),
        E('saudia', 'company', 'Saudia', 'الخطوط السعودية', ['الخطوط السعودية'],
          [('السعودية', 'تسيّر «السعودية»')]),
        E('saleh-al-zahrani', 'person', 'Saleh Al-Zahrani (fictional)', 'صالح الزهراني', ['صالح الزهراني']),
        E('hijaz-trips', 'company', 'Rihlat Al Hijaz (fictional)', 'رحلات الحجاز', ['رحلات الحجاز']),
        E('ahmed-al-khateeb', 'person', 'Ahmed Al-Khateeb', 'أحمد الخطيب', ['أحمد الخطيب']),
        E('asharq-al-awsat', 'organization', 'Asharq Al-Awsat', 'الشرق الأوسط', ['الشرق الأوسط']),
    ],
    optional=[
        E('vision-2030', 'organization', 'Saudi Vision 2030', 'رؤية 2030', ['رؤية 2030']),
        E('saudi-tourism-authority', 'organization', 'Saudi Tourism Authority', 'الهيئة السعودية للسياحة',
          ['الهيئة السعودية للسياحة']),
        E('saudi-winter', 'organization', 'Saudi Winter campaign', 'شتاء السعودية', ['شتاء السعودية']),
        E('saudi-cabinet', 'organization', 'Saudi Council of Ministers', 'مجلس الوزراء', ['مجلس الوزراء']),
    ],
    neg=['السعودية', 'المملكة', 'الرياض', 'جدة', 'البحر الأحمر', 'أمالا', 'مطار البحر الأحمر الدولي',
         'مطار الملك خالد الدولي', 'مطار الملك عبد العزيز الدولي', 'منتجع جزيرة الوقبة', 'نزل الكثبان البيضاء',
         'الكثبان الجنوبية', 'نجومة', 'أرخبيل أمهات الشيخ', 'أوروبا', 'آسيا', 'أوروبية', 'الأربعاء', 'الأحد',
         'الثلاثاء', 'السعوديين', 'ربيع الثاني', 'ربيع الآخر', 'أكتوبر', 'سبتمبر/أيلول'],
    negctx=[('الشرق الأوسط', 'منطقة الشرق الأوسط'), ('صالح', 'ماء صالح للشرب')],
    events=[
        V('resorts-opening', '2025-10-12', 'يوم الأحد 20 ربيع الآخر 1447هـ', 'افتتاح منتجعين جديدين',
          'Red Sea Global opened two new resorts operated by Marjan Hospitality.',
          ['red-sea-global', 'marjan-hospitality']),
        V('first-guests', '2025-10-14', 'أمس الثلاثاء', 'واستقبل المنتجعان أوائل ضيوفهما',
          'The two resorts received their first guests.', ['red-sea-global', 'marjan-hospitality']),
        V('third-resort', '2026', 'مطلع العام المقبل', 'الشركة تعمل على افتتاح منتجع ثالث',
          'Red Sea Global plans to open a third resort.', ['red-sea-global', 'john-pagano'],
          mod='start', accept=['2026', '2026-01', '2026-Q1']),
        V('six-senses-opening', '2023', 'عام 2023', 'افتتحت «سيكس سينسز» منتجعها في الكثبان الجنوبية',
          'Six Senses opened its Southern Dunes resort.', ['six-senses']),
        V('nujuma-opening', '2024', 'العام الماضي', 'ثم افتتحت «ريتز كارلتون» منتجع «نجومة»',
          'The Ritz-Carlton opened Nujuma in the Ummahat Al Shaykh archipelago.', ['ritz-carlton']),
        V('winter-bookings', '2025-WI', 'لموسم الشتاء المقبل', 'إن نسب الحجز المسبق',
          'Advance bookings for the coming winter season exceeded Marjan\'s expectations.',
          ['marjan-hospitality', 'noura-al-shehri'],
          accept=['2025-WI', '2025-12', '2026-01', '2026-02', '2025-Q4', '2026-Q1']),
        V('marjan-founded', '2021', 'عام 2021', 'التي تأسست في جدة',
          'Marjan Hospitality was founded in Jeddah.', ['marjan-hospitality']),
        V('marjan-2030-goal', '2030', 'بحلول عام 2030', 'تسعى لإدارة خمسة منتجعات على ساحل البحر الأحمر',
          'Marjan aims to manage five Red Sea resorts by 2030.', ['marjan-hospitality', 'noura-al-shehri']),
        V('airport-first-flight', '2023-09', 'في سبتمبر/أيلول 2023', 'الذي استقبل أولى رحلاته',
          'Red Sea International Airport received its first flight, a Saudia service from Riyadh.',
          ['saudia']),
    ],
))


# ---------------------------------------------------------------------------------------------
# d05: Al Jazeera Net-style energy story, Levantine/Iraqi month names (Monday 6 October 2025).
# «كاليدون بتروليوم», its chief and the Tuba contract are invented; so are the two Asadis, an MP and
# a ministry director who share the family name.
ARTICLES.append(dict(
    num='05', slug='iraq-oil-tuba-contract', date='2025-10-06',
    text='''
العراق يوقع عقدا مع شركة بريطانية لتطوير حقل الطوبة النفطي
![وزير النفط العراقي حيان عبد الغني خلال مراسم توقيع العقد في بغداد](https://www.aljazeera.net/wp-content/uploads/2025/10/iraq-oil-contract-1759740000.jpg)
بغداد- الجزيرة نت
6/10/2025
وقعت وزارة النفط العراقية، أمس الأحد، عقدا مع شركة «كاليدون بتروليوم» البريطانية لتطوير حقل الطوبة في محافظة البصرة جنوبي البلاد، في صفقة قالت الوزارة إن قيمتها تتجاوز 1.2 مليار دولار على مدى 20 عاما.
وجرت مراسم التوقيع في فندق الرشيد ببغداد بحضور وزير النفط حيان عبد الغني، ووقع العقد عن الجانب العراقي مدير عام شركة نفط البصرة، وعن الجانب البريطاني الرئيس التنفيذي للشركة أندرو ماكلين.
وقال عبد الغني في كلمة خلال المراسم إن العقد "يأتي ضمن خطة الوزارة لرفع الطاقة الإنتاجية وتعظيم الإيرادات"، مشيرا إلى أن الشركة ستبدأ الإنتاج المبكر من الحقل في النصف الثاني من 2027، على أن يصل الإنتاج إلى 60 ألف برميل يوميا في مرحلة لاحقة.
من جهته، قال ماكلين إن شركته "تتطلع إلى شراكة طويلة مع العراق"، موضحا أن «كاليدون» ستعتمد على كوادر عراقية في 80% من الوظائف.
وكان مجلس الوزراء برئاسة محمد شياع السوداني قد وافق على إحالة العقد إلى الشركة البريطانية في آب/أغسطس الماضي، بعد مفاوضات مباشرة استمرت أشهرا، بعيدا عن جولات التراخيص التي أجرتها الوزارة في أيار/مايو 2024.
عقود الغاز
وقال المتحدث باسم وزارة النفط عاصم جهاد للجزيرة نت إن الوزارة تسعى إلى "جذب مزيد من الشركات العالمية"، مذكرا بمشروع النمو المتكامل للغاز الذي وقعته بغداد مع «توتال إنرجيز» الفرنسية في تموز/يوليو 2023 بقيمة 27 مليار دولار، بمشاركة «قطر للطاقة» وشركة نفط البصرة.
وأضاف جهاد أن صادرات نفط إقليم كردستان عبر ميناء جيهان التركي استؤنفت في 27 أيلول/سبتمبر الماضي بعد توقف دام أكثر من عامين ونصف، وأن شركة تسويق النفط «سومو» تتولى تسويق الكميات المصدرة.
ويعتمد العراق، ثاني أكبر منتج في منظمة البلدان المصدرة للبترول «أوبك»، على النفط في أكثر من 90% من إيرادات موازنته العامة.
انتقادات نيابية
في المقابل، انتقد النائب حيدر الأسدي، عضو لجنة النفط والغاز النيابية، توقيت توقيع العقد قبل أسابيع من الانتخابات التشريعية المقررة في 11 تشرين الثاني/نوفمبر المقبل، مطالبا بعرض تفاصيله على البرلمان. وقال الأسدي، النائب عن البصرة، إن "الشفافية تقتضي ذلك".
لكن مدير دائرة العقود والتراخيص في الوزارة، المهندس علي الأسدي، رد بأن العقد "استوفى جميع الإجراءات القانونية"، نافيا وجود أي صلة قرابة تجمعه بالنائب الذي يحمل اللقب ذاته. وأوضح الأسدي، مدير الدائرة، أن نسخة من العقد ستُرسل إلى البرلمان هذا الأسبوع.
ويأتي العقد في وقت تسعى فيه بغداد إلى رفع طاقتها الإنتاجية إلى أكثر من 6 ملايين برميل يوميا خلال السنوات المقبلة، وفق تصريحات سابقة لعبد الغني.
''',
    entities=[
        E('caledon-petroleum', 'company', 'Caledon Petroleum (fictional)', 'كاليدون بتروليوم',
          ['كاليدون بتروليوم', 'كاليدون']),
        E('andrew-mclean', 'person', 'Andrew McLean (fictional)', 'أندرو ماكلين', ['أندرو ماكلين', 'ماكلين']),
        E('hayan-abdul-ghani', 'person', 'Hayan Abdul-Ghani', 'حيان عبد الغني', ['حيان عبد الغني', 'عبد الغني']),
        E('mohammed-shia-al-sudani', 'person', "Mohammed Shia' al-Sudani", 'محمد شياع السوداني',
          ['محمد شياع السوداني']),
        E('basra-oil-company', 'company', 'Basra Oil Company', 'شركة نفط البصرة', ['شركة نفط البصرة']),
        E('totalenergies', 'company', 'TotalEnergies', 'توتال إنرجيز', ['توتال إنرجيز']),
        E('qatarenergy', 'company', 'QatarEnergy', 'قطر للطاقة', ['قطر للطاقة']),
        E('somo', 'company', 'SOMO (State Organization for Marketing of Oil)', 'شركة تسويق النفط',
          ['شركة تسويق النفط', 'سومو']),
        E('asim-jihad', 'person', 'Asim Jihad', 'عاصم جهاد', ['عاصم جهاد', 'جهاد']),
        E('opec', 'organization', 'OPEC', 'أوبك', ['منظمة البلدان المصدرة للبترول', 'أوبك']),
        E('haidar-al-asadi', 'person', 'Haidar al-Asadi (fictional MP)', 'حيدر الأسدي', ['حيدر الأسدي'],
          [('الأسدي', 'وقال الأسدي، النائب')]),
        E('ali-al-asadi', 'person', 'Ali al-Asadi (fictional ministry director)', 'علي الأسدي', ['علي الأسدي'],
          [('الأسدي', 'وأوضح الأسدي، مدير الدائرة')]),
        E('al-jazeera', 'organization', 'Al Jazeera', 'الجزيرة نت', ['الجزيرة نت']),
    ],
    optional=[
        E('iraq-cabinet', 'organization', 'Iraqi Council of Ministers', 'مجلس الوزراء', ['مجلس الوزراء']),
        E('oil-gas-committee', 'organization', 'Parliamentary Oil and Gas Committee', 'لجنة النفط والغاز النيابية',
          ['لجنة النفط والغاز النيابية']),
        E('ggip', 'organization', 'Gas Growth Integrated Project', 'مشروع النمو المتكامل للغاز',
          ['مشروع النمو المتكامل للغاز']),
        E('iraq-parliament', 'organization', 'Council of Representatives of Iraq', 'البرلمان', ['البرلمان']),
        E('contracts-directorate', 'organization', 'Oil Ministry Contracts and Licensing Directorate',
          'دائرة العقود والتراخيص', ['دائرة العقود والتراخيص']),
    ],
    neg=['العراق', 'بغداد', 'البصرة', 'حقل الطوبة', 'فندق الرشيد', 'وزارة النفط', 'وزارة النفط العراقية',
         'إقليم كردستان', 'ميناء جيهان', 'العراقي', 'عراقية', 'بريطانية', 'البريطانية', 'البريطاني', 'الفرنسية', 'التركي',
         'دولار', 'الأحد', 'آب/أغسطس', 'أيار/مايو', 'تموز/يوليو', 'أيلول/سبتمبر', 'تشرين الثاني/نوفمبر'],
    events=[
        V('contract-signing', '2025-10-05', 'أمس الأحد', 'وقعت وزارة النفط العراقية',
          'Iraq\'s oil ministry signed a contract with Caledon Petroleum to develop the Tuba field.',
          ['caledon-petroleum', 'hayan-abdul-ghani', 'andrew-mclean', 'basra-oil-company']),
        V('early-production', '2027-H2', 'في النصف الثاني من 2027', 'ستبدأ الإنتاج المبكر من الحقل',
          'Caledon is due to start early production from Tuba.', ['caledon-petroleum'],
          accept=['2027-H2', '2027']),
        V('cabinet-award', '2025-08', 'في آب/أغسطس الماضي', 'قد وافق على إحالة العقد إلى الشركة البريطانية',
          'The cabinet chaired by al-Sudani approved awarding the contract to Caledon.',
          ['iraq-cabinet', 'mohammed-shia-al-sudani', 'caledon-petroleum']),
        V('licensing-rounds', '2024-05', 'في أيار/مايو 2024', 'جولات التراخيص التي أجرتها الوزارة',
          'The oil ministry held licensing rounds.', []),
        V('ggip-signing', '2023-07', 'في تموز/يوليو 2023', 'الذي وقعته بغداد مع «توتال إنرجيز» الفرنسية',
          'Baghdad signed the $27bn Gas Growth Integrated Project with TotalEnergies, with QatarEnergy and Basra Oil Company.',
          ['ggip', 'totalenergies', 'qatarenergy', 'basra-oil-company']),
        V('kurdistan-exports-resume', '2025-09-27', 'في 27 أيلول/سبتمبر الماضي',
          'صادرات نفط إقليم كردستان عبر ميناء جيهان التركي استؤنفت',
          'Oil exports from the Kurdistan Region via Ceyhan resumed after a halt of over two and a half years.',
          ['asim-jihad', 'somo']),
        V('elections', '2025-11-11', 'في 11 تشرين الثاني/نوفمبر المقبل', 'الانتخابات التشريعية المقررة',
          'Iraq\'s parliamentary elections are scheduled.', ['haidar-al-asadi']),
        V('contract-to-parliament', '2025-W41', 'هذا الأسبوع', 'أن نسخة من العقد ستُرسل إلى البرلمان',
          'A copy of the contract will be sent to parliament.', ['ali-al-asadi'],
          accept=['2025-W41', '2025-10']),
    ],
))


# ---------------------------------------------------------------------------------------------
# d06: Al Khaleej-style culture story (Saturday 8 November 2025). The Ruler of Sharjah and his
# daughter Sheikha Bodour share «القاسمي». Authors, translator, moderator, the publisher «دار
# الساحل للنشر» and its director are invented, as are the books.
ARTICLES.append(dict(
    num='06', slug='sharjah-book-fair-signings', date='2025-11-08',
    text='''
«صباح آخر في خورفكان» تتصدر منصات التوقيع في «الشارقة للكتاب»
![الشيخ الدكتور سلطان بن محمد القاسمي يتجول في أروقة المعرض](https://www.alkhaleej.ae/sites/default/files/styles/d08_standard/public/2025-11/sibf-ruler-tour.jpg)
الشارقة: «الخليج»
شهد جناح «دار الساحل للنشر» في الدورة الرابعة والأربعين من معرض الشارقة الدولي للكتاب، مساء أمس الجمعة، ازدحاماً لافتاً خلال حفل توقيع رواية «صباح آخر في خورفكان» للكاتبة الإماراتية أمل الحوسني، إذ امتدت طوابير القراء حتى الممرات المجاورة في مركز إكسبو الشارقة.
وكان صاحب السمو الشيخ الدكتور سلطان بن محمد القاسمي، عضو المجلس الأعلى حاكم الشارقة، قد افتتح المعرض يوم الأربعاء الماضي، بمشاركة ناشرين من دول الخليج والعالم العربي وقارات العالم، وتستمر فعالياته حتى 16 نوفمبر الجاري في مركز إكسبو الشارقة.
وقالت الحوسني لـ«الخليج» إن روايتها الثالثة "تستعيد ذاكرة المدينة الساحلية وأهلها"، مشيرة إلى أنها بدأت كتابتها عام 2019، وأنها أنجزت فصولها الأخيرة بعد وصول روايتها الثانية إلى القائمة الطويلة لجائزة الشيخ زايد للكتاب مطلع العام الجاري.
ووصفت الحوسني الإقبال على التوقيع بأنه "بارقة أمل لكل كاتب شاب"، واختتمت حديثها بكلمات شكر لقرائها الذين جاء بعضهم من خورفكان خصيصاً لحضور الحفل.
وفي الجناح ذاته، وقّع الشاعر الأردني نبيل عزام ديوانه الجديد «مدن لا تنام»، وقال إن «دار الساحل» تعمل على ترجمة الديوان إلى الإنجليزية ليصدر في الربيع المقبل، بالتعاون مع المترجمة صباح الأنصاري.
ويستضيف ملتقى الأدب غداً الأحد جلسة حوارية بعنوان «الرواية الخليجية الجديدة» يشارك فيها عزام والحوسني، ويديرها الدكتور منصور العبدولي، أستاذ الأدب الحديث في جامعة الشارقة.
ناشرون يراهنون على الشباب
وقال محمد الشامسي، مدير «دار الساحل للنشر»، إن الدار رفعت مشاركتها هذا العام إلى 40 عنواناً جديداً، أغلبها لكتاب إماراتيين شباب، لافتاً إلى أن مبيعات الأيام الأولى "فاقت مبيعات الدورة الماضية بأكملها".
ويشهد جناح «دار الشروق» المصرية بدوره إقبالاً على الإصدارات الجديدة في الرواية والسيرة، فيما يستقطب جناح مجموعة «كلمات» العائلات بإصداراتها المخصصة للأطفال. وكانت الشيخة بدور بنت سلطان القاسمي، مؤسِّسة «كلمات»، أول امرأة عربية تتولى رئاسة الاتحاد الدولي للناشرين، وتُعد بدور من أبرز الداعمين لصناعة كتاب الطفل في المنطقة.
من جهته، قال أحمد بن ركاض العامري، الرئيس التنفيذي لهيئة الشارقة للكتاب، في تصريحات نقلتها وكالة أنباء الإمارات «وام»، إن المعرض "يواصل ترسيخ مكانة الشارقة مدينة للكتاب والقراءة". وأضاف العامري أن الهيئة خصصت حافلات مجانية لنقل الزوار من مواقف شارع الملك فيصل إلى أرض المعرض.
وتأتي دورة هذا العام بعد دورة العام الماضي التي حلت فيها المملكة المغربية ضيف شرف على المعرض، وقدمت خلالها برنامجاً ثقافياً واسعاً شارك فيه عشرات الكتاب والفنانين المغاربة.
ويتضمن برنامج الدورة الحالية مئات الفعاليات الثقافية وورش العمل المخصصة للأطفال واليافعين، إلى جانب أمسيات شعرية وعروض مسرحية تقام يومياً في القاعات المحيطة بأجنحة الناشرين.
''',
    entities=[
        E('sultan-al-qasimi', 'person', 'Sultan bin Muhammad Al Qasimi', 'سلطان بن محمد القاسمي',
          ['سلطان بن محمد القاسمي']),
        E('bodour-al-qasimi', 'person', 'Bodour bint Sultan Al Qasimi', 'بدور بنت سلطان القاسمي',
          ['بدور بنت سلطان القاسمي', 'بدور']),
        E('ahmed-al-ameri', 'person', 'Ahmed bin Rakkad Al Ameri', 'أحمد بن ركاض العامري',
          ['أحمد بن ركاض العامري', 'العامري']),
        E('amal-al-hosani', 'person', 'Amal Al Hosani (fictional)', 'أمل الحوسني', ['أمل الحوسني', 'الحوسني']),
        E('nabil-azzam', 'person', 'Nabil Azzam (fictional)', 'نبيل عزام', ['نبيل عزام', 'عزام']),
        E('sabah-al-ansari', 'person', 'Sabah Al Ansari (fictional)', 'صباح الأنصاري', ['صباح الأنصاري']),
        E('mansour-al-abdouli', 'person', 'Mansour Al Abdouli (fictional)', 'منصور العبدولي', ['منصور العبدولي']),
        E('mohammed-al-shamsi', 'person', 'Mohammed Al Shamsi (fictional)', 'محمد الشامسي', ['محمد الشامسي']),
        E('dar-al-sahel', 'company', 'Dar Al Sahel Publishing (fictional)', 'دار الساحل للنشر',
          ['دار الساحل للنشر', 'دار الساحل']),
        E('dar-al-shorouk', 'company', 'Dar El Shorouk', 'دار الشروق', ['دار الشروق']),
        E('kalimat', 'company', 'Kalimat Group', 'كلمات', [],
          [('كلمات', 'مجموعة «كلمات»'), ('كلمات', 'مؤسِّسة «كلمات»')]),
        E('university-of-sharjah', 'organization', 'University of Sharjah', 'جامعة الشارقة', ['جامعة الشارقة']),
        E('al-khaleej', 'organization', 'Al Khaleej (newspaper)', 'الخليج', ['الخليج']),
        E('wam', 'organization', 'Emirates News Agency (WAM)', 'وام', ['وكالة أنباء الإمارات', 'وام']),
        E('ipa', 'organization', 'International Publishers Association', 'الاتحاد الدولي للناشرين',
          ['الاتحاد الدولي للناشرين']),
    ],
    optional=[
        E('sibf', 'organization', 'Sharjah International Book Fair', 'معرض الشارقة الدولي للكتاب',
          ['معرض الشارقة الدولي للكتاب', 'الشارقة للكتاب']),
        E('sharjah-book-authority', 'organization', 'Sharjah Book Authority', 'هيئة الشارقة للكتاب',
          ['هيئة الشارقة للكتاب']),
        E('sheikh-zayed-book-award', 'organization', 'Sheikh Zayed Book Award', 'جائزة الشيخ زايد للكتاب',
          ['جائزة الشيخ زايد للكتاب']),
        E('uae-supreme-council', 'organization', 'Federal Supreme Council (UAE)', 'المجلس الأعلى', ['المجلس الأعلى']),
    ],
    neg=['الشارقة', 'خورفكان', 'مركز إكسبو الشارقة', 'شارع الملك فيصل', 'المملكة المغربية', 'الإماراتية',
         'إماراتيين', 'الأردني', 'المصرية', 'المغاربة', 'عربية', 'الجمعة', 'الأربعاء', 'الأحد', 'نوفمبر'],
    negctx=[('صباح', '«صباح آخر في خورفكان» تتصدر'), ('صباح', 'رواية «صباح آخر'), ('أمل', 'بارقة أمل'),
            ('كلمات', 'بكلمات شكر'), ('الخليج', 'دول الخليج')],
    events=[
        V('hosani-signing', '2025-11-07', 'مساء أمس الجمعة', 'ازدحاماً لافتاً خلال حفل توقيع رواية',
          'Amal Al Hosani signed her novel at the Dar Al Sahel stand.', ['amal-al-hosani', 'dar-al-sahel']),
        V('fair-opening', '2025-11-05', 'يوم الأربعاء الماضي', 'قد افتتح المعرض',
          'Sheikh Sultan bin Muhammad Al Qasimi opened the 44th Sharjah International Book Fair.',
          ['sultan-al-qasimi', 'sibf']),
        V('fair-closing', '2025-11-16', 'حتى 16 نوفمبر الجاري', 'وتستمر فعالياته',
          'The fair runs until 16 November.', ['sibf']),
        V('novel-begun', '2019', 'عام 2019', 'أنها بدأت كتابتها',
          'Al Hosani began writing her third novel.', ['amal-al-hosani']),
        V('zayed-longlist', '2025', 'مطلع العام الجاري', 'بعد وصول روايتها الثانية إلى القائمة الطويلة',
          'Al Hosani\'s second novel reached the Sheikh Zayed Book Award longlist.',
          ['amal-al-hosani', 'sheikh-zayed-book-award'], mod='start',
          accept=['2025', '2025-01', '2025-02', '2025-Q1']),
        V('translation-release', '2026-SP', 'في الربيع المقبل', 'تعمل على ترجمة الديوان إلى الإنجليزية ليصدر',
          'The English translation of Azzam\'s collection is due out.', ['nabil-azzam', 'dar-al-sahel',
          'sabah-al-ansari'], accept=['2026-SP', '2026-03', '2026-04', '2026-05', '2026-Q2']),
        V('panel', '2025-11-09', 'غداً الأحد', 'جلسة حوارية بعنوان «الرواية الخليجية الجديدة»',
          'Panel on the new Gulf novel with Azzam and Al Hosani, moderated by Mansour Al Abdouli.',
          ['nabil-azzam', 'amal-al-hosani', 'mansour-al-abdouli']),
        V('morocco-guest-2024', '2024', 'العام الماضي', 'التي حلت فيها المملكة المغربية ضيف شرف',
          'Morocco was guest of honour at the previous edition of the fair.', ['sibf']),
    ],
))


# ---------------------------------------------------------------------------------------------
# d07: Sky News Arabia-style Lebanon banking story (Tuesday 21 October 2025). Name-like words:
# كريم سعيد (governor), سلام (PM), عون (President), سلامة (ex-governor Riad Salameh AND an invented
# depositors' leader Nabil Salameh, AND the plain word "safety"). The depositors' union, its leader,
# the cabinet session and the protest are invented.
ARTICLES.append(dict(
    num='07', slug='lebanon-imf-bank-deposits', date='2025-10-21',
    text='''
لبنان وصندوق النقد.. مفاوضات شاقة على «قانون الفجوة» وعودة الودائع
![حاكم مصرف لبنان كريم سعيد ووزير المال ياسين جابر](https://www.skynewsarabia.com/images/v1/2025/10/21/1791234/800/450/1-lebanon-imf.jpg)
سكاي نيوز عربية - أبوظبي
نشر في: 21 أكتوبر 2025 - 11:40 بتوقيت أبوظبي
عاد الوفد اللبناني من واشنطن بعد مشاركته الأسبوع الماضي في الاجتماعات السنوية لصندوق النقد الدولي والبنك الدولي، من دون اختراق يذكر في المفاوضات المتعثرة منذ توقيع الاتفاق على مستوى الخبراء في نيسان/أبريل 2022.
وضم الوفد وزير المال ياسين جابر وحاكم مصرف لبنان كريم سعيد، اللذين عقدا سلسلة لقاءات مع مسؤولي الصندوق، تركزت على مشروع قانون معالجة الفجوة المالية وتوزيع الخسائر بين الدولة والمصرف المركزي والمصارف والمودعين.
وقال جابر، في تصريحات لدى وصوله إلى مطار رفيق الحريري الدولي، إن لبنان "ملتزم بمسار الإصلاح"، مضيفا أن الحكومة تعمل على إنجاز مشروع القانون وإحالته إلى مجلس النواب "في أقرب وقت ممكن".
من جهته، أكد سعيد أن المصرف المركزي يعمل على خطة لإعادة الودائع "بشكل تدريجي وعادل"، حفاظا على سلامة القطاع المصرفي، مشيرا إلى أن أي حل "يجب أن يحظى بموافقة صندوق النقد".
وتعقد حكومة الرئيس نواف سلام جلسة يوم الخميس المقبل لمناقشة مسودة القانون، وفق مصادر وزارية تحدثت لـ«سكاي نيوز عربية»، فيما يُتوقع أن تعود بعثة الصندوق إلى بيروت الشهر المقبل. وتقول المصادر إن حكومة سلام تريد تسريع إحالة المشروع لتفادي مزيد من التأخير.
قوانين على الطريق
وكان مجلس النواب قد أقر في تموز/يوليو الماضي قانون إصلاح أوضاع المصارف وإعادة تنظيمها، بعد تعديلات أقرها في وقت سابق على قانون السرية المصرفية، وهما من الشروط المسبقة التي وضعها الصندوق.
وعُيّن سعيد حاكما لمصرف لبنان في آذار/مارس الماضي، خلفا للحاكم بالإنابة وسيم منصوري، الذي أدار المصرف منذ انتهاء ولاية رياض سلامة صيف 2023.
ويلاحق القضاء اللبناني سلامة بتهم تتعلق باختلاس أموال عامة، وكان قد أوقف في أيلول/سبتمبر 2024.
المودعون ينتظرون
ونظم «اتحاد حماية المودعين» وقفة احتجاجية في ساحة رياض الصلح وسط بيروت السبت الماضي، شارك فيها مئات من صغار المودعين، ومعظمهم من عملاء «بنك عودة» ومصارف أخرى.
وقال رئيس الاتحاد نبيل سلامة، الذي لا تربطه صلة قرابة بالحاكم السابق، إن المودعين "فقدوا الثقة بكل الوعود". وأضاف سلامة أن أي خطة يجب أن تضمن للمودعين حقهم في عيش كريم.
أما جمعية المصارف، برئاسة سليم صفير، فتعارض تحميل المصارف الجزء الأكبر من الخسائر، وهو موقف يلقى صدى لدى مساهمي مصارف كبرى مثل «بنك عوده» و«بنك لبنان والمهجر».
وقالت مديرة الاتصالات في صندوق النقد الدولي جولي كوزاك، في إحاطة صحفية سابقة، إن الصندوق "يواصل الانخراط مع السلطات اللبنانية".
وكان الرئيس جوزاف عون قد شدد مرارا على أولوية إقرار الإصلاحات المالية، فيما يرى اقتصاديون أن البلاد لا تستطيع الخروج من أزمتها من دون عون خارجي.
''',
    entities=[
        E('karim-souaid', 'person', 'Karim Souaid', 'كريم سعيد', ['كريم سعيد', 'سعيد']),
        E('yassine-jaber', 'person', 'Yassine Jaber', 'ياسين جابر', ['ياسين جابر', 'جابر']),
        E('nawaf-salam', 'person', 'Nawaf Salam', 'نواف سلام', ['نواف سلام', 'سلام']),
        E('joseph-aoun', 'person', 'Joseph Aoun', 'جوزاف عون', ['جوزاف عون']),
        E('wassim-mansouri', 'person', 'Wassim Mansouri', 'وسيم منصوري', ['وسيم منصوري']),
        E('riad-salameh', 'person', 'Riad Salameh', 'رياض سلامة', ['رياض سلامة'],
          [('سلامة', 'اللبناني سلامة بتهم')]),
        E('nabil-salameh', 'person', 'Nabil Salameh (fictional)', 'نبيل سلامة', ['نبيل سلامة'],
          [('سلامة', 'وأضاف سلامة أن')]),
        E('salim-sfeir', 'person', 'Salim Sfeir', 'سليم صفير', ['سليم صفير']),
        E('julie-kozack', 'person', 'Julie Kozack', 'جولي كوزاك', ['جولي كوزاك']),
        E('imf', 'organization', 'International Monetary Fund', 'صندوق النقد الدولي',
          ['صندوق النقد الدولي', 'صندوق النقد']),
        E('world-bank', 'organization', 'World Bank', 'البنك الدولي', ['البنك الدولي']),
        E('banque-du-liban', 'organization', 'Banque du Liban', 'مصرف لبنان', ['مصرف لبنان', 'المصرف المركزي']),
        E('association-of-banks', 'organization', 'Association of Banks in Lebanon', 'جمعية المصارف',
          ['جمعية المصارف']),
        E('depositors-union', 'organization', 'Depositors Protection Union (fictional)', 'اتحاد حماية المودعين',
          ['اتحاد حماية المودعين']),
        E('bank-audi', 'company', 'Bank Audi', 'بنك عوده', ['بنك عوده', 'بنك عودة']),
        E('blom-bank', 'company', 'BLOM Bank', 'بنك لبنان والمهجر', ['بنك لبنان والمهجر']),
        E('sky-news-arabia', 'organization', 'Sky News Arabia', 'سكاي نيوز عربية', ['سكاي نيوز عربية']),
    ],
    optional=[
        E('lebanon-parliament', 'organization', 'Lebanese Parliament', 'مجلس النواب', ['مجلس النواب']),
        E('lebanese-judiciary', 'organization', 'Lebanese judiciary', 'القضاء اللبناني', ['القضاء اللبناني']),
    ],
    neg=['لبنان', 'بيروت', 'واشنطن', 'أبوظبي', 'اللبناني', 'اللبنانية', 'مطار رفيق الحريري الدولي',
         'ساحة رياض الصلح', 'الخميس', 'السبت', 'أكتوبر', 'نيسان/أبريل', 'تموز/يوليو', 'آذار/مارس',
         'أيلول/سبتمبر'],
    negctx=[('سلامة', 'على سلامة القطاع'), ('كريم', 'عيش كريم'), ('عادل', 'تدريجي وعادل'), ('عون', 'دون عون خارجي'),
            ('عودة', 'وعودة الودائع')],
    events=[
        V('annual-meetings', '2025-W42', 'الأسبوع الماضي', 'بعد مشاركته',
          'A Lebanese delegation took part in the IMF/World Bank annual meetings in Washington.',
          ['imf', 'world-bank', 'yassine-jaber', 'karim-souaid'], accept=['2025-W42', '2025-10']),
        V('staff-level-agreement', '2022-04', 'في نيسان/أبريل 2022', 'منذ توقيع الاتفاق على مستوى الخبراء',
          'Lebanon and the IMF signed a staff-level agreement.', ['imf']),
        V('cabinet-session', '2025-10-23', 'يوم الخميس المقبل', 'وتعقد حكومة الرئيس نواف سلام جلسة',
          'Salam\'s cabinet meets to discuss the draft financial-gap law.', ['nawaf-salam']),
        V('imf-mission-return', '2025-11', 'الشهر المقبل', 'أن تعود بعثة الصندوق إلى بيروت',
          'An IMF mission is expected back in Beirut.', ['imf']),
        V('bank-resolution-law', '2025-07', 'في تموز/يوليو الماضي', 'قانون إصلاح أوضاع المصارف وإعادة تنظيمها',
          'Parliament passed the bank resolution law.', ['lebanon-parliament']),
        V('souaid-appointed', '2025-03', 'في آذار/مارس الماضي', 'وعُيّن سعيد حاكما لمصرف لبنان',
          'Karim Souaid was appointed governor of the Banque du Liban, succeeding acting governor Wassim Mansouri.',
          ['karim-souaid', 'banque-du-liban', 'wassim-mansouri']),
        V('salameh-term-end', '2023-SU', 'صيف 2023', 'منذ انتهاء ولاية رياض سلامة',
          'Riad Salameh\'s term as governor ended.', ['riad-salameh', 'banque-du-liban'],
          accept=['2023-SU', '2023-07', '2023-08', '2023']),
        V('salameh-arrest', '2024-09', 'في أيلول/سبتمبر 2024', 'وكان قد أوقف',
          'Riad Salameh was arrested.', ['riad-salameh']),
        V('depositors-protest', '2025-10-18', 'السبت الماضي', 'وقفة احتجاجية في ساحة رياض الصلح',
          'The depositors\' union held a protest in Riad al-Solh Square.', ['depositors-union']),
    ],
))


# ---------------------------------------------------------------------------------------------
# d08: Al-Araby Al-Jadeed-style football preview (Friday 19 December 2025). The brothers Sofyan
# and Nordin Amrabat share «أمرابط». The reporter and the analyst are invented; quotes are generic.
ARTICLES.append(dict(
    num='08', slug='morocco-afcon-opener-regragui', date='2025-12-19',
    text='''
المغرب يفتتح كأس أمم أفريقيا أمام جزر القمر.. والركراكي يراهن على جمهور الرباط
![وليد الركراكي خلال حصة تدريبية في مركب محمد السادس لكرة القدم](https://www.alaraby.co.uk/sites/default/files/styles/large_16_9/public/2025-12/regragui-training.jpg)
الرباط ـ منير العمراني
19 ديسمبر 2025
يفتتح المنتخب المغربي مشواره في النسخة الخامسة والثلاثين من كأس أمم أفريقيا، بعد غد الأحد، بمواجهة جزر القمر على ملعب الأمير مولاي عبد الله في الرباط، في مباراة الافتتاح التي تقام تحت الرعاية السامية للملك محمد السادس، على أن يقام النهائي يوم 18 يناير/كانون الثاني المقبل.
ويلعب المغرب ضمن المجموعة الأولى التي تضم أيضا مالي وزامبيا، في حين تحتضن ملاعب أخرى، بينها ملعب محمد الخامس بالدار البيضاء، مباريات المجموعات الأخرى.
وقال المدرب وليد الركراكي، في مؤتمر صحفي عقده أمس الخميس بمركب محمد السادس لكرة القدم في سلا، إن لاعبيه "يدركون حجم المسؤولية أمام جماهيرهم"، مضيفا أن الهدف هو "الذهاب خطوة بخطوة".
وتتجه الأنظار إلى النجم أشرف حكيمي، ظهير باريس سان جيرمان، الذي يواصل التعافي من إصابة في الكاحل تعرض لها مطلع نوفمبر الماضي، فيما رفض الركراكي الخوض في تفاصيل حالته، مكتفيا بالقول إن حكيمي "قائد داخل الملعب وخارجه".
ويعول الركراكي كذلك على حارس الهلال السعودي ياسين بونو، وإبراهيم دياز نجم ريال مدريد، والمهاجم أيوب الكعبي لاعب أولمبياكوس اليوناني، إلى جانب سفيان أمرابط في خط الوسط.
ويعد أمرابط من أبرز ركائز المنتخب منذ مونديال قطر، حين بلغ المغرب نصف النهائي في ديسمبر 2022 في إنجاز غير مسبوق لمنتخب عربي وأفريقي، وهي البطولة التي خاضها أيضا شقيقه الأكبر نور الدين أمرابط مع المنتخب.
انتظار نصف قرن
ويطمح المنتخب المغربي إلى التتويج باللقب القاري للمرة الثانية في تاريخه، بعد لقبه الوحيد عام 1976، ويمثل هذا الجيل أمل ملايين المغاربة في إنهاء انتظار طويل.
وكان الركراكي قد تولى تدريب المنتخب في أغسطس 2022، قبل أشهر قليلة من المونديال، وقاده في سبتمبر الماضي إلى التأهل لكأس العالم 2026 التي تقام في الولايات المتحدة وكندا والمكسيك.
وتأتي البطولة بعد شهرين من تتويج منتخب الشباب بكأس العالم لأقل من 20 عاما في تشيلي في أكتوبر الماضي، تحت قيادة المدرب محمد وهبي.
من جهته، قال رئيس الجامعة الملكية المغربية لكرة القدم فوزي لقجع إن المغرب "جاهز لتنظيم نسخة استثنائية"، فيما أشاد رئيس الاتحاد الأفريقي لكرة القدم «كاف» باتريس موتسيبي بجاهزية الملاعب والبنية التحتية.
وقال المحلل الرياضي منصور الوزاني لـ«العربي الجديد» إن "الضغط الجماهيري سيكون سلاحا ذا حدين"، معتبرا أن مباراة الافتتاح ستكشف مدى جاهزية المجموعة. وأضاف الوزاني أن خبرة لاعبين مثل بونو وابراهيم دياز ستكون حاسمة في الأدوار الإقصائية.
- اقرأ أيضا: لقجع: المغرب يستعد لكأس العالم 2030 بالشراكة مع إسبانيا والبرتغال
''',
    entities=[
        E('walid-regragui', 'person', 'Walid Regragui', 'وليد الركراكي', ['وليد الركراكي', 'الركراكي']),
        E('achraf-hakimi', 'person', 'Achraf Hakimi', 'أشرف حكيمي', ['أشرف حكيمي', 'حكيمي']),
        E('yassine-bounou', 'person', 'Yassine Bounou', 'ياسين بونو', ['ياسين بونو', 'بونو']),
        E('brahim-diaz', 'person', 'Brahim Díaz', 'إبراهيم دياز', ['إبراهيم دياز', 'ابراهيم دياز', 'دياز']),
        E('ayoub-el-kaabi', 'person', 'Ayoub El Kaabi', 'أيوب الكعبي', ['أيوب الكعبي']),
        E('sofyan-amrabat', 'person', 'Sofyan Amrabat', 'سفيان أمرابط', ['سفيان أمرابط'],
          [('أمرابط', 'ويعد أمرابط')]),
        E('nordin-amrabat', 'person', 'Nordin Amrabat', 'نور الدين أمرابط', ['نور الدين أمرابط']),
        E('mohammed-vi', 'person', 'King Mohammed VI', 'محمد السادس', ['محمد السادس']),
        E('mohamed-ouahbi', 'person', 'Mohamed Ouahbi', 'محمد وهبي', ['محمد وهبي']),
        E('fouzi-lekjaa', 'person', 'Fouzi Lekjaa', 'فوزي لقجع', ['فوزي لقجع', 'لقجع']),
        E('patrice-motsepe', 'person', 'Patrice Motsepe', 'باتريس موتسيبي', ['باتريس موتسيبي']),
        E('munir-amrani', 'person', 'Munir Amrani (fictional reporter)', 'منير العمراني', ['منير العمراني']),
        E('mansour-wazzani', 'person', 'Mansour Wazzani (fictional)', 'منصور الوزاني', ['منصور الوزاني', 'الوزاني']),
        E('psg', 'organization', 'Paris Saint-Germain', 'باريس سان جيرمان', ['باريس سان جيرمان']),
        E('real-madrid', 'organization', 'Real Madrid', 'ريال مدريد', ['ريال مدريد']),
        E('al-hilal', 'organization', 'Al Hilal', 'الهلال', ['الهلال']),
        E('olympiacos', 'organization', 'Olympiacos', 'أولمبياكوس', ['أولمبياكوس']),
        E('frmf', 'organization', 'Royal Moroccan Football Federation', 'الجامعة الملكية المغربية لكرة القدم',
          ['الجامعة الملكية المغربية لكرة القدم']),
        E('caf', 'organization', 'Confederation of African Football', 'الاتحاد الأفريقي لكرة القدم',
          ['الاتحاد الأفريقي لكرة القدم', 'كاف']),
        E('al-araby-al-jadeed', 'organization', 'Al-Araby Al-Jadeed', 'العربي الجديد', ['العربي الجديد']),
    ],
    optional=[
        E('afcon', 'organization', 'Africa Cup of Nations', 'كأس أمم أفريقيا', ['كأس أمم أفريقيا']),
        E('fifa-world-cup', 'organization', 'FIFA World Cup', 'كأس العالم', ['كأس العالم']),
        E('u20-world-cup', 'organization', 'FIFA U-20 World Cup', 'كأس العالم لأقل من 20 عاما',
          ['كأس العالم لأقل من 20 عاما']),
    ],
    neg=['المغرب', 'الرباط', 'سلا', 'جزر القمر', 'مالي', 'زامبيا', 'ملعب الأمير مولاي عبد الله',
         'مركب محمد السادس لكرة القدم', 'ملعب محمد الخامس', 'الدار البيضاء', 'قطر', 'تشيلي',
         'الولايات المتحدة', 'كندا', 'المكسيك', 'إسبانيا', 'البرتغال', 'المغربي', 'المغربية', 'المغاربة',
         'السعودي', 'اليوناني', 'الأحد', 'الخميس', 'ديسمبر', 'يناير/كانون الثاني',
         'نوفمبر', 'أغسطس', 'سبتمبر', 'أكتوبر'],
    negctx=[('أمل', 'أمل ملايين المغاربة')],
    events=[
        V('opening-match', '2025-12-21', 'بعد غد الأحد', 'يفتتح المنتخب المغربي مشواره',
          'Morocco open the Africa Cup of Nations against the Comoros at Prince Moulay Abdellah Stadium.',
          ['afcon']),
        V('final', '2026-01-18', 'يوم 18 يناير/كانون الثاني المقبل', 'على أن يقام النهائي',
          'The AFCON final is scheduled.', ['afcon']),
        V('press-conference', '2025-12-18', 'أمس الخميس', 'في مؤتمر صحفي عقده',
          'Regragui held a press conference at the Mohammed VI Football Complex.', ['walid-regragui']),
        V('hakimi-injury', '2025-11', 'مطلع نوفمبر الماضي', 'إصابة في الكاحل تعرض لها',
          'Hakimi suffered an ankle injury.', ['achraf-hakimi'], mod='start',
          accept=['2025-11', '2025-11-04']),
        V('world-cup-semi', '2022-12', 'في ديسمبر 2022', 'حين بلغ المغرب نصف النهائي',
          'Morocco reached the World Cup semi-final in Qatar.', ['sofyan-amrabat', 'fifa-world-cup']),
        V('afcon-1976', '1976', 'عام 1976', 'بعد لقبه الوحيد',
          'Morocco won its only Africa Cup of Nations title.', ['afcon']),
        V('regragui-appointed', '2022-08', 'في أغسطس 2022', 'قد تولى تدريب المنتخب',
          'Regragui took charge of the national team.', ['walid-regragui']),
        V('world-cup-qualification', '2025-09', 'في سبتمبر الماضي', 'إلى التأهل لكأس العالم 2026',
          'Regragui led Morocco to qualification for the 2026 World Cup.',
          ['walid-regragui', 'fifa-world-cup']),
        V('u20-title', '2025-10', 'في أكتوبر الماضي', 'تتويج منتخب الشباب بكأس العالم لأقل من 20 عاما',
          'Morocco\'s under-20 side won the U-20 World Cup in Chile under Mohamed Ouahbi.',
          ['u20-world-cup', 'mohamed-ouahbi']),
    ],
))


if __name__ == '__main__':
    for art in ARTICLES:
        build(art)
