"""People, password words and keyboard layouts for the ten working languages (plus English)."""

# Each person: (native given name, latin given name, gender). Surnames: (native m, native f, latin m, latin f).
NAMES = {
    "ru": ([("Андрей", "andrey", "m"), ("Ольга", "olga", "f"), ("Сергей", "sergey", "m"), ("Наталья", "natalya", "f"),
            ("Дмитрий", "dmitry", "m"), ("Ирина", "irina", "f"), ("Павел", "pavel", "m"), ("Марина", "marina", "f")],
           [("Кузнецов", "Кузнецова", "kuznetsov", "kuznetsova"), ("Смирнов", "Смирнова", "smirnov", "smirnova"),
            ("Волков", "Волкова", "volkov", "volkova"), ("Лебедев", "Лебедева", "lebedev", "lebedeva"),
            ("Соколов", "Соколова", "sokolov", "sokolova")]),
    "ar": ([("أحمد", "ahmed", "m"), ("فاطمة", "fatima", "f"), ("سالم", "salim", "m"), ("مريم", "maryam", "f"),
            ("خالد", "khalid", "m"), ("نورة", "noura", "f"), ("يوسف", "yousef", "m"), ("عائشة", "aisha", "f")],
           [("البلوشي", "البلوشي", "albalushi", "albalushi"), ("الكثيري", "الكثيري", "alkathiri", "alkathiri"),
            ("المعشني", "المعشني", "almashani", "almashani"), ("الشحري", "الشحري", "alshahri", "alshahri"),
            ("الحارثي", "الحارثي", "alharthi", "alharthi")]),
    "he": ([("יוסי", "yossi", "m"), ("מיכל", "michal", "f"), ("אבי", "avi", "m"), ("נועה", "noa", "f"),
            ("איתי", "itai", "m"), ("שירה", "shira", "f"), ("דני", "dani", "m"), ("טל", "tal", "f")],
           [("כהן", "כהן", "cohen", "cohen"), ("לוי", "לוי", "levi", "levi"), ("מזרחי", "מזרחי", "mizrahi", "mizrahi"),
            ("פרץ", "פרץ", "peretz", "peretz"), ("ביטון", "ביטון", "biton", "biton")]),
    "fa": ([("علی", "ali", "m"), ("زهرا", "zahra", "f"), ("رضا", "reza", "m"), ("مریم", "maryam", "f"),
            ("مهدی", "mehdi", "m"), ("سارا", "sara", "f"), ("حسین", "hossein", "m"), ("نگار", "negar", "f")],
           [("محمدی", "محمدی", "mohammadi", "mohammadi"), ("حسینی", "حسینی", "hosseini", "hosseini"),
            ("رضایی", "رضایی", "rezaei", "rezaei"), ("کاظمی", "کاظمی", "kazemi", "kazemi"),
            ("قربانی", "قربانی", "ghorbani", "ghorbani")]),
    "bn": ([("রহিম", "rahim", "m"), ("নাসরিন", "nasrin", "f"), ("সুমন", "suman", "m"), ("তানিয়া", "tania", "f"),
            ("আরিফ", "arif", "m"), ("শাহানা", "shahana", "f"), ("জাহিদ", "zahid", "m"), ("রুমানা", "rumana", "f")],
           [("চৌধুরী", "চৌধুরী", "chowdhury", "chowdhury"), ("হোসেন", "হোসেন", "hossain", "hossain"),
            ("রহমান", "রহমান", "rahman", "rahman"), ("ইসলাম", "ইসলাম", "islam", "islam"),
            ("দাস", "দাস", "das", "das")]),
    "ta": ([("முருகன்", "murugan", "m"), ("லட்சுமி", "lakshmi", "f"), ("செந்தில்", "senthil", "m"),
            ("கவிதா", "kavitha", "f"), ("ராஜேஷ்", "rajesh", "m"), ("பிரியா", "priya", "f"),
            ("கார்த்திக்", "karthik", "m"), ("மீனா", "meena", "f")],
           [("சுப்பிரமணியம்", "சுப்பிரமணியம்", "subramaniam", "subramaniam"),
            ("வேலு", "வேலு", "velu", "velu"), ("ராமசாமி", "ராமசாமி", "ramasamy", "ramasamy"),
            ("அண்ணாமலை", "அண்ணாமலை", "annamalai", "annamalai"), ("பழனிசாமி", "பழனிசாமி", "palanisamy", "palanisamy")]),
    "hy": ([("Արամ", "aram", "m"), ("Անի", "ani", "f"), ("Տիգրան", "tigran", "m"), ("Լուսինե", "lusine", "f"),
            ("Գոռ", "gor", "m"), ("Մարիամ", "mariam", "f"), ("Դավիթ", "davit", "m"), ("Նարե", "nare", "f")],
           [("Հովհաննիսյան", "Հովհաննիսյան", "hovhannisyan", "hovhannisyan"),
            ("Սարգսյան", "Սարգսյան", "sargsyan", "sargsyan"), ("Պետրոսյան", "Պետրոսյան", "petrosyan", "petrosyan"),
            ("Գրիգորյան", "Գրիգորյան", "grigoryan", "grigoryan"), ("Ավետիսյան", "Ավետիսյան", "avetisyan", "avetisyan")]),
    "bg": ([("Георги", "georgi", "m"), ("Мария", "maria", "f"), ("Иван", "ivan", "m"), ("Десислава", "desislava", "f"),
            ("Николай", "nikolay", "m"), ("Цветелина", "tsvetelina", "f"), ("Стоян", "stoyan", "m"),
            ("Радка", "radka", "f")],
           [("Петров", "Петрова", "petrov", "petrova"), ("Стоянов", "Стоянова", "stoyanov", "stoyanova"),
            ("Димитров", "Димитрова", "dimitrov", "dimitrova"), ("Тодоров", "Тодорова", "todorov", "todorova"),
            ("Колев", "Колева", "kolev", "koleva")]),
    "kk": ([("Нұрлан", "nurlan", "m"), ("Айгүл", "aigul", "f"), ("Ержан", "yerzhan", "m"), ("Динара", "dinara", "f"),
            ("Асқар", "askar", "m"), ("Гүлнар", "gulnar", "f"), ("Бауыржан", "bauyrzhan", "m"), ("Жанар", "zhanar", "f")],
           [("Сейітов", "Сейітова", "seitov", "seitova"), ("Жақсыбеков", "Жақсыбекова", "zhaksybekov", "zhaksybekova"),
            ("Омаров", "Омарова", "omarov", "omarova"), ("Төлеуов", "Төлеуова", "toleuov", "toleuova"),
            ("Әбдірахманов", "Әбдірахманова", "abdirakhmanov", "abdirakhmanova")]),
    "ga": ([("Seán", "sean", "m"), ("Aoife", "aoife", "f"), ("Pádraig", "padraig", "m"), ("Siobhán", "siobhan", "f"),
            ("Cian", "cian", "m"), ("Niamh", "niamh", "f"), ("Ciarán", "ciaran", "m"), ("Órla", "orla", "f")],
           [("Ó Flaithearta", "Ní Fhlaithearta", "oflaherty", "niflaherty"), ("Mac Donncha", "Nic Dhonncha", "macdonncha", "nicdhonncha"),
            ("Ó Conghaile", "Ní Chonghaile", "oconghaile", "nichonghaile"), ("Ó Máille", "Ní Mháille", "omaille", "nimhaille"),
            ("de Bhailís", "de Bhailís", "debhailis", "debhailis")]),
    "en": ([("James", "james", "m"), ("Emma", "emma", "f"), ("Daniel", "daniel", "m"), ("Grace", "grace", "f")],
           [("Walker", "Walker", "walker", "walker"), ("Hughes", "Hughes", "hughes", "hughes")]),
}

# Words people build passwords from: (latin spelling, native spelling).
WORDS = {
    "ru": [("solnyshko", "солнышко"), ("berezka", "берёзка"), ("rodina", "родина"), ("malina", "малина"),
           ("ogurets", "огурец"), ("zhuravl", "журавль"), ("morkovka", "морковка"), ("podsolnukh", "подсолнух"),
           ("kalina", "калина"), ("tverskaya", "тверская"), ("volga", "волга"), ("sadovod", "садовод"),
           ("smorodina", "смородина"), ("teplitsa", "теплица")],
    "ar": [("salalah", "صلالة"), ("luban", "لبان"), ("sahra", "صحراء"), ("nakhla", "نخلة"), ("qamar", "قمر"),
           ("bahr", "بحر"), ("jabal", "جبل"), ("hojari", "حوجري"), ("dhofar", "ظفار"), ("khareef", "خريف"),
           ("mirbat", "مرباط"), ("sadah", "سدح"), ("najm", "نجم"), ("ghazal", "غزال")],
    "he": [("shalom", "שלום"), ("negev", "נגב"), ("tapuz", "תפוז"), ("galil", "גליל"), ("kinneret", "כנרת"),
           ("hadera", "חדרה"), ("mayim", "מים"), ("tafteret", "טפטפת"), ("shaked", "שקד"), ("rimon", "רימון"),
           ("arava", "ערבה"), ("yarden", "ירדן"), ("sabra", "צבר"), ("golan", "גולן")],
    "fa": [("zafaran", "زعفران"), ("golab", "گلاب"), ("khorshid", "خورشید"), ("mashhad", "مشهد"),
           ("ghaen", "قائن"), ("bahar", "بهار"), ("shirin", "شیرین"), ("anar", "انار"), ("nargess", "نرگس"),
           ("sepideh", "سپیده"), ("torbat", "تربت"), ("kavir", "کویر"), ("setareh", "ستاره"), ("parvaneh", "پروانه")],
    "bn": [("padma", "পদ্মা"), ("ilish", "ইলিশ"), ("shapla", "শাপলা"), ("jahaj", "জাহাজ"), ("sitakunda", "সীতাকুণ্ড"),
           ("bhatiari", "ভাটিয়ারী"), ("karnaphuli", "কর্ণফুলী"), ("shonar", "সোনার"), ("megh", "মেঘ"),
           ("nodi", "নদী"), ("bondhu", "বন্ধু"), ("kolkata", "কলকাতা"), ("sagor", "সাগর"), ("tara", "তারা")],
    "ta": [("thendral", "தென்றல்"), ("madurai", "மதுரை"), ("ponni", "பொன்னி"), ("thennai", "தென்னை"),
           ("pollachi", "பொள்ளாச்சி"), ("kavery", "காவேரி"), ("malligai", "மல்லிகை"), ("nila", "நிலா"),
           ("kayiru", "கயிறு"), ("thamarai", "தாமரை"), ("vanakkam", "வணக்கம்"), ("kolam", "கோலம்"),
           ("marina", "மெரினா"), ("ilaiyaraaja", "இளையராஜா")],
    "hy": [("ararat", "Արարատ"), ("sevan", "Սևան"), ("gyumri", "Գյումրի"), ("tsirani", "ծիրանի"), ("hayastan", "Հայաստան"),
           ("lavash", "լավաշ"), ("duduk", "դուդուկ"), ("garni", "Գառնի"), ("nairi", "Նաիրի"), ("aragats", "Արագած"),
           ("harsanik", "հարսանիք"), ("noy", "Նոյ"), ("masis", "Մասիս"), ("dilijan", "Դիլիջան")],
    "bg": [("rakia", "ракия"), ("plovdiv", "пловдив"), ("shipka", "шипка"), ("tyutyun", "тютюн"), ("rodopi", "родопи"),
           ("martenitsa", "мартеница"), ("kozunak", "козунак"), ("pirin", "пирин"), ("chushka", "чушка"),
           ("haskovo", "хасково"), ("yantra", "янтра"), ("lyulyak", "люляк"), ("byala", "бяла"), ("orehite", "орехите")],
    "kk": [("almaty", "алматы"), ("tulpar", "тұлпар"), ("baiterek", "бәйтерек"), ("qymyz", "қымыз"), ("dala", "дала"),
           ("aksu", "ақсу"), ("pavlodar", "павлодар"), ("ekibastuz", "екібастұз"), ("kokzhal", "көкжал"),
           ("berkut", "бүркіт"), ("balqash", "балқаш"), ("shabyt", "шабыт"), ("zhuldyz", "жұлдыз"), ("sandyq", "сандық")],
    "ga": [("feamainn", "feamainn"), ("cladach", "cladach"), ("gaillimh", "Gaillimh"), ("currach", "currach"),
           ("conamara", "Conamara"), ("ceolmhar", "ceolmhar"), ("gealach", "gealach"), ("farraige", "farraige"),
           ("carraig", "carraig"), ("caisleain", "caisleáin"), ("bradan", "bradán"), ("spideal", "Spidéal"),
           ("inisoirr", "Inis Oírr"), ("tonnta", "tonnta")],
}

# Keyboard layouts: the Latin key pressed for each native letter when someone types a native word on an English layout.
_RU_ROWS = ("йцукенгшщзхъ", "qwertyuiop[]", "фывапролджэ", "asdfghjkl;'", "ячсмитьбю", "zxcvbnm,.")
_HE_ROWS = ("/'קראטוןםפ", "qwertyuiop", "שדגכעיחלךף", "asdfghjkl;", "זסבהנמצתץ", "zxcvbnm,.")
_AR_ROWS = ("ضصثقفغعهخحجد", "qwertyuiop[]", "شسيبلاتنمكط", "asdfghjkl;'", "ئءؤر", "zxcv", "ىةوزظ", "nm,./")


def _layout(rows):
    m = {}
    for i in range(0, len(rows), 2):
        for a, b in zip(rows[i], rows[i + 1]):
            m[a] = b
    return m


LAYOUT = {"ru": _layout(_RU_ROWS), "he": _layout(_HE_ROWS), "ar": _layout(_AR_ROWS)}
LAYOUT["ru"]["ё"] = "`"


def on_latin_layout(lang, native):
    """Type a native word on a US keyboard without switching layout (e.g. пароль -> gfhjkm)."""
    table = LAYOUT.get(lang)
    if not table:
        return None
    out = []
    for ch in native.lower():
        if ch not in table:
            return None
        out.append(table[ch])
    return "".join(out)


# Years people put in passwords: Gregorian everywhere, the Solar Hijri year in Iran, the Bengali year in Bangladesh.
YEARS = {"fa": (1396, 1404), "bn": (1425, 1432)}
