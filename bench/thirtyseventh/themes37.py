"""The ten themes, the per-theme context handed to every file builder, and the value generators."""

import string

import core37 as C
import script37 as S

THEMES = [
    dict(dir="shutki-yards", lang="rhg", what="Teknaf / Ukhia / Shah Porir Dwip dried-fish (shutki) yards",
         places=["Teknaf", "Ukhia", "Shah Porir Dwip"],
         orgs=[("Teknaf Shutki Samity", "teknafshutki.com.bd"), ("Naf River Dry Fish", "nafdryfish.com.bd"),
               ("Shah Porir Dwip Fishers", "spdfishers.org.bd")],
         people=[("Mohammed Ayub", "ayub"), ("Nur Kamal", "nurkamal"), ("Rashida Begum", "rashida"),
                 ("Hamida Khatun", "hamida"), ("Abdul Karim", "akarim"), ("Sayed Alam", "sayedalam"),
                 ("Yasmin Ara", "yasmin"), ("Jamal Hussain", "jamalh")],
         systems=["rack-monitor", "salt-store", "cold-room", "landing-ledger", "market-orders", "sms-gateway"],
         doors=["gudam", "baraf ghor", "office"], ssids=["ShutkiYard-Office", "Naf-Racks"],
         pwwords=["Teknaf", "Loitta", "Rupchanda", "Churi", "Nafriver", "Shutki"], native=["shutki", "maas", "naf"],
         device=("rack humidity controller", "rackctl"), digits="hanifi"),
    dict(dir="sa-papermakers", lang="nod", what="Bo Sang / San Kamphaeng / Lamphun mulberry-bark (sa) paper mill",
         places=["Bo Sang", "San Kamphaeng", "Lamphun"],
         orgs=[("Bo Sang Sa Paper", "bosangsapaper.co.th"), ("San Kamphaeng Handmade", "skphandmade.co.th"),
               ("Lamphun Mulberry Works", "lamphunmulberry.co.th")],
         people=[("Somsak Inta", "somsak"), ("Buakham Chaiwong", "buakham"), ("Kamon Srivichai", "kamon"),
                 ("Noi Kantawong", "noi.k"), ("Prasert Wongsa", "prasert"), ("Jantra Phromma", "jantra"),
                 ("Duangjai Kaewmuen", "duangjai"), ("Anan Tiyawong", "anan")],
         systems=["pulp-vat", "drying-frames", "dye-kitchen", "shop-pos", "export-orders", "cutting-room"],
         doors=["hong kep kradat", "khrua si", "na ran"], ssids=["SaPaper-Shop", "BoSang-Workshop"],
         pwwords=["Kradat", "YiPeng", "Maeping", "Doikham", "Sapaper", "Kongkhao"], native=["sa", "kradat", "mueang"],
         device=("pulp vat heater", "vatctl"), digits="taitham"),
    dict(dir="buckwheat-mill", lang="iii", what="Zhaojue / Xichang / Meigu Tartary buckwheat tea and flour mill",
         places=["Zhaojue", "Xichang", "Meigu"],
         orgs=[("Zhaojue Tartary Buckwheat", "zjbuckwheat.com.cn"), ("Xichang Kuqiao Foods", "xckuqiao.com.cn"),
               ("Meigu Highland Mill", "meiguhighland.com.cn")],
         people=[("Qubi Ashy", "qubi"), ("Jjike Lurhxo", "jjike"), ("Ashy Shuti", "ashy.s"), ("Mahxa Ayi", "mahxa"),
                 ("Lurhxo Mose", "lurhxo"), ("Jiesse Muga", "jiesse"), ("Ddisi Aga", "ddisi"), ("Shama Qubi", "shama")],
         systems=["roaster", "stone-mill", "tea-packer", "flour-silo", "shop-sync", "cold-chain"],
         doors=["仓库", "烘焙房", "包装车间"], ssids=["KuqiaoMill-2G", "Zhaojue-Office"],
         pwwords=["Kuqiao", "Huoba", "Daliang", "Qionghai", "Luoji", "Tuotuo"], native=["nuo-su", "ma-bu", "hxo"],
         device=("tea roaster drum", "roastctl"), digits="ascii"),
    dict(dir="feijoa-orchard", lang="abk", what="Gudauta / Gagra / Sukhum feijoa orchard and jam kitchen",
         places=["Gudauta", "Gagra", "Sukhum"],
         orgs=[("Gudauta Feijoa", "gudautafeijoa.net"), ("Apsny Fruit", "apsnyfruit.net"),
               ("Gagra Orchards", "gagraorchards.net")],
         people=[("Astamur Ardzinba", "astamur"), ("Dinara Chkotua", "dinara"), ("Beslan Gablia", "beslan"),
                 ("Amra Lakoba", "amra"), ("Daur Kvitsinia", "daur"), ("Saida Agrba", "saida"), ("Inal Tarba", "inal"),
                 ("Nala Ashuba", "nala")],
         systems=["cold-store", "sorting-line", "jam-kettle", "tractor-gps", "export-docs", "shop"],
         doors=["асклад", "ахолодильник", "аофис"], ssids=["Feijoa-Sklad", "Gudauta-Office"],
         pwwords=["Feijoa", "Apsny", "Ritsa", "Bzyb", "Myussera", "Pitsunda"], native=["Аҧсны", "Рица", "аҵла"],
         device=("cold store controller", "coldctl"), digits="ascii"),
    dict(dir="cashew-shellers", lang="ksw", what="Hpa-an / Myawaddy / Mae Sot cashew roasting and shelling",
         places=["Hpa-an", "Myawaddy", "Mae Sot"],
         orgs=[("Hpa-an Cashew Growers", "hpaancashew.com.mm"), ("Dawna Range Nuts", "dawnanuts.com"),
               ("Mae Sot Kayin Cashew", "maesotcashew.co.th")],
         people=[("Saw Htoo Moo", "sawhtoo"), ("Naw Paw Wah", "nawpaw"), ("Saw Eh Doh", "ehdoh"), ("Naw Mu Mu", "mumu"),
                 ("Saw Kyaw Htoo", "kyawhtoo"), ("Naw Hser Paw", "hserpaw"), ("Saw Ler Wah", "lerwah"),
                 ("Naw Eh Blut", "ehblut")],
         systems=["roast-drum", "shell-line", "grader", "warehouse", "buyer-portal", "solar-bank"],
         doors=["godaung", "yone", "hpo-hsaung"], ssids=["Dawna-Cashew", "HpaAn-Roastery"],
         pwwords=["Dawna", "Salween", "Zwekabin", "Kawthoo", "Moei", "Thanlwin"], native=["kaw-thoo", "hsoh", "ta-bluh"],
         device=("roasting drum controller", "drumctl"), digits="myanmar"),
    dict(dir="kocho-makers", lang="sgw", what="Wolkite / Butajira / Gubre enset kocho and bulla makers",
         places=["Wolkite", "Butajira", "Gubre"],
         orgs=[("Wolkite Enset Union", "wolkiteenset.et"), ("Butajira Kocho", "butajirakocho.et"),
               ("Gubre Bulla Mill", "gubrebulla.et")],
         people=[("Abebe Wolde", "abebe"), ("Tigist Gebre", "tigist"), ("Mulugeta Habte", "mulugeta"),
                 ("Almaz Desta", "almaz"), ("Yonas Tesfaye", "yonas"), ("Zenebech Ayele", "zenebech"),
                 ("Kedir Mohammed", "kedir"), ("Hiwot Gizaw", "hiwot")],
         systems=["decorticator", "pit-sensors", "bulla-mill", "cold-room", "market-truck", "mobile-pay"],
         doors=["mäkhazən", "biro", "wäfcho bet"], ssids=["Kocho-Store", "Wolkite-Office"],
         pwwords=["Kocho", "Bulla", "Meskel", "Kitfo", "Abshir", "Wolkite"], native=["k'ocho", "'ənsät", "bulla"],
         device=("enset decorticator", "decort"), digits="ascii"),
    dict(dir="totopo-bakery", lang="zai", what="Juchitán / Ixtepec / Tehuantepec totopo bakers",
         places=["Juchitán", "Ixtepec", "Tehuantepec"],
         orgs=[("Totopos Juchitán", "totoposjuchitan.com.mx"), ("Horno Istmeño", "hornoistmeno.mx"),
               ("Panadería Tehuana", "panatehuana.com.mx")],
         people=[("Candelaria López", "cande"), ("Rosalía Martínez", "rosalia"), ("Teodoro Guerra", "teodoro"),
                 ("Virgilio Toledo", "virgilio"), ("Gudelia Orozco", "gudelia"), ("Porfirio Sánchez", "porfirio"),
                 ("Magdalena Luis", "magda"), ("Heliodoro Ruiz", "helio")],
         systems=["comixcal-temps", "nixtamal-mill", "market-stall", "moto-delivery", "orders", "inventory"],
         doors=["bodega", "ruaa yoo", "tienda"], ssids=["Totopo-Horno", "Juchitan-Tienda"],
         pwwords=["Totopo", "Comixcal", "Istmo", "Velas", "Tehuana", "Nixtamal"], native=["diidxazá", "guie'", "xquenda"],
         device=("comixcal oven probe", "ovenprobe"), digits="ascii"),
    dict(dir="chokecherry-kitchen", lang="chy", what="Lame Deer / Busby / Birney chokecherry syrup and jam kitchen",
         places=["Lame Deer", "Busby", "Birney"],
         orgs=[("Lame Deer Chokecherry Kitchen", "lamedeerkitchen.org"), ("Rosebud Creek Preserves",
                                                                         "rosebudpreserves.com"),
               ("Busby Harvest Coop", "busbyharvest.org")],
         people=[("Marlene Spotted Elk", "mspottedelk"), ("Dale Two Moons", "dtwomoons"), ("Rene Wolf Black",
                                                                                           "rwolfblack"),
                 ("Gail Little Coyote", "glcoyote"), ("Clifford Medicine Bull", "cmedbull"),
                 ("Shawna Killsnight", "skillsnight"), ("Jace Fisher", "jfisher"), ("Lorna Old Mouse", "loldmouse")],
         systems=["pitter", "canning-line", "freezer", "market-pos", "label-printer", "orders"],
         doors=["freezer room", "kitchen", "warehouse"], ssids=["Chokecherry-Kitchen", "LameDeer-Guest"],
         pwwords=["Chokecherry", "Rosebud", "Morningstar", "Sweetgrass", "Tongueriver", "Ashland"],
         native=["Tsėhéstáno", "Haáahe", "Néá'eše"], device=("pitting machine", "pitter"), digits="ascii"),
    dict(dir="paprika-growers", lang="tum", what="Mzuzu / Rumphi / Mzimba paprika growers' association",
         places=["Mzuzu", "Rumphi", "Mzimba"],
         orgs=[("Mzimba Paprika Growers", "mzimbapaprika.mw"), ("Rumphi Chilli and Paprika", "rumphipaprika.mw"),
               ("Mzuzu Spice Traders", "mzuzuspice.mw")],
         people=[("Chikondi Nyirenda", "cnyirenda"), ("Tiwonge Mhango", "tmhango"), ("Yankho Gondwe", "ygondwe"),
                 ("Mphatso Chirwa", "mchirwa"), ("Limbani Kumwenda", "lkumwenda"), ("Thokozani Mkandawire", "tmkanda"),
                 ("Wezi Msiska", "wmsiska"), ("Blessings Munthali", "bmunthali")],
         systems=["solar-dryer", "grading-shed", "buying-points", "scale-app", "mobile-money", "warehouse"],
         doors=["nyumba ya katundu", "ofesi", "shedi"], ssids=["Paprika-Shed", "Mzuzu-Ofesi"],
         pwwords=["Paprika", "Nyika", "Viphya", "Chiweta", "Mzuzu", "Luwewe"], native=["ŵalimi", "Nyika", "ŵanthu"],
         device=("solar dryer controller", "dryerctl"), digits="ascii"),
    dict(dir="ylang-stills", lang="wni", what="Mutsamudu / Domoni / Fomboni ylang-ylang distillers",
         places=["Mutsamudu", "Domoni", "Fomboni"],
         orgs=[("Ndzuani Ylang", "ndzuaniylang.km"), ("Domoni Distillers", "domonidist.km"),
               ("Fomboni Essences", "fomboniessences.km")],
         people=[("Ahmed Said", "asaid"), ("Fatima Abdallah", "fabdallah"), ("Moussa Houmadi", "mhoumadi"),
                 ("Zaharia Ali", "zali"), ("Soilihi Mohamed", "smohamed"), ("Anfiati Youssouf", "anfiati"),
                 ("Ibrahim Nassur", "inassur"), ("Mariama Attoumane", "mattoumane")],
         systems=["still-one", "fuelwood-log", "oil-assay", "export-orders", "flower-intake", "generator"],
         doors=["banda la mafuta", "ofisi", "lambiki"], ssids=["Ylang-Lambiki", "Mutsamudu-Ofisi"],
         pwwords=["Ylang", "Ndzuani", "Karthala", "Ngazidja", "Mutsamudu", "Domoni"], native=["maua", "lambiki", "ylang"],
         device=("still temperature logger", "stillog"), digits="arabic"),
]

SCRIPT = {"rhg": "hanifi", "nod": "taitham", "iii": "yi", "abk": "cyrillic", "ksw": "karen", "sgw": "ethiopic",
          "zai": "latin", "chy": "latin", "tum": "latin", "wni": "latin"}
SYM = "!*-_.+=~"
ENGLISH_WORDS = ("amber anchor basin canvas cedar copper delta ember falcon fern glacier harbor hazel indigo juniper "
                 "kestrel lantern maple meadow nickel orchid pebble quarry raven saffron sable thistle tundra umber "
                 "velvet willow yarrow zephyr cobalt lagoon marble ridge summit tidal violet walnut onyx prism").split()
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


NATIVE_WORD_SCRIPT = dict(SCRIPT, wni="arabic")


def native_word(th, w):
    """A native word in the theme's script (used inside passwords); Comorian ones in Arabic script, as they
    come with Arabic-Indic digits."""
    sc = NATIVE_WORD_SCRIPT[th["lang"]]
    w = w.replace("'", "")
    if sc != "yi":
        w = w.replace("-", "")
    if sc in ("latin", "cyrillic"):
        return w
    return S.render(w, sc)


class TCtx:
    """Everything a file builder needs for one theme in one seed."""

    def __init__(self, seed, idx, reg, marks):
        self.seed, self.idx, self.reg, self.M = seed, idx, reg, marks
        self.th = THEMES[idx]
        self.dir = self.th["dir"]
        self.lang = self.th["lang"]
        r = self.rng("variant")
        self.org, self.domain = self.th["orgs"][r.randrange(3)]
        ppl = list(self.th["people"])
        r.shuffle(ppl)
        self.people = ppl[:6]
        self.docs = []
        self.deals = {}

    # -- plumbing
    def rng(self, *part):
        return C.stream(self.seed, self.dir, *part)

    def add(self, rel, text, **kw):
        kw.setdefault("theme", self.dir)
        d = C.Doc(self.dir + "/" + rel, text, **kw)
        self.docs.append(d)
        return d

    def S(self, value, cat, **kw):
        return self.M.s(value, cat, **kw)

    def N(self, value, cat, **kw):
        self.reg.neg(value)
        return self.M.n(value, cat, **kw)

    def pair(self, idv, sec, cat, **kw):
        return self.M.pair(idv, sec, cat, **kw)

    def take(self, gen):
        return self.reg.take(gen)

    # -- context
    def person(self, r):
        return r.choice(self.people)

    def host(self, sys_name):
        return "%s.%s" % (sys_name, self.domain)

    def system(self, r):
        return r.choice(self.th["systems"])

    def place(self, r):
        return r.choice(self.th["places"])

    def date(self, r, year=2025):
        return "%d-%02d-%02d" % (year, r.randint(1, 12), r.randint(1, 28))

    def ts(self, r):
        return "%sT%02d:%02d:%02dZ" % (self.date(r), r.randint(6, 21), r.randrange(60), r.randrange(60))

    def ticket(self, r):
        return "%s-%d" % (self.dir.split("-")[0].upper()[:5], r.randint(100, 999))

    def dbname(self):
        return self.dir.replace("-", "_")

    def ndigits(self, s):
        return S.digits(self.th["digits"], s)

    # -- secret values (registered, unique corpus-wide)
    def pw(self, r, style=None, uri=False):
        styles = ["strong", "strong", "human", "leet", "phrase", "weak", "native"]
        if uri:
            styles = ["strong", "strong", "human", "leet", "phrase", "weak"]
        st = style or r.choice(styles)

        def gen():
            words = self.th["pwwords"]
            if st == "strong":
                sym = "-_.~" if uri else SYM
                n = r.randint(16, 24)
                while True:
                    v = C.draw(r, string.ascii_letters + string.digits + sym, n)
                    if any(c.isdigit() for c in v) and any(c in sym for c in v) and v[0].isalnum():
                        return v
            if st == "human":
                return "%s%d%s" % (r.choice(words), r.randint(1960, 2025), r.choice("!*.+" if uri else "!*.+#"))
            if st == "leet":
                w = "".join(LEET.get(c, c) if r.random() < 0.7 else c for c in r.choice(words))
                return "%s%s%04d" % (w, r.choice("!*-_"), r.randrange(10000))
            if st == "phrase":
                sep = r.choice("-._")
                ws = [r.choice(ENGLISH_WORDS) for _ in range(r.randint(3, 4))]
                ws[r.randrange(len(ws))] = r.choice(words).lower()
                return sep.join(ws) + sep + str(r.randint(2, 99))
            if st == "weak":
                return "%s%04d" % (r.choice(words).lower(), r.randrange(10000))
            if st == "native":
                w = native_word(self.th, r.choice(self.th["native"]))
                return "%s%s%s" % (w, self.ndigits("%04d" % r.randrange(10000)), r.choice("!*.#"))
            raise ValueError(st)
        return self.take(gen)

    def door(self, r, native=None):
        if native is None:
            native = r.random() < 0.4
        n = r.choice([4, 4, 5, 6])

        def gen():
            v = "%0*d" % (n, r.randrange(10 ** n))
            if r.random() < 0.25:
                v += "#"
            return self.ndigits(v) if native else v
        return self.take(gen)

    def pin(self, r, native=None):
        if native is None:
            native = r.random() < 0.3
        n = r.choice([4, 4, 6])
        return self.take(lambda: (self.ndigits if native else str)("%0*d" % (n, r.randrange(10 ** n))))

    def wifi(self, r):
        def gen():
            k = r.randrange(3)
            if k == 0:
                return "%s-%s-%d" % (r.choice(self.th["pwwords"]).lower(), r.choice(ENGLISH_WORDS), r.randint(10, 99))
            if k == 1:
                return "%s%d%s" % (r.choice(self.th["pwwords"]), r.randint(1000, 9999), r.choice(ENGLISH_WORDS))
            return C.draw(r, string.ascii_letters + string.digits, r.randint(12, 16))
        return self.take(gen)

    def passphrase(self, r):
        def gen():
            ws = [r.choice(ENGLISH_WORDS) for _ in range(r.randint(4, 5))]
            ws[r.randrange(len(ws))] = native_word(self.th, r.choice(self.th["native"])).lower()
            return " ".join(ws)
        return self.take(gen)

    def temp(self, r):
        def gen():
            k = r.randrange(3)
            if k == 0:
                return "Temp-%04d-%s" % (r.randrange(10000), C.draw(r, string.ascii_lowercase, 3))
            if k == 1:
                return "Welcome%s%d" % (r.choice("!*#"), r.randint(1000, 9999))
            return "%s%s%s" % (C.draw(r, string.ascii_uppercase, 2), C.draw(r, string.digits, 4),
                               C.draw(r, string.ascii_lowercase, 4))
        return self.take(gen)

    def tok(self, r, fn):
        """A provider token from prov37 (fn takes the rng)."""
        return self.take(lambda: fn(r))

    def hexsec(self, r, n):
        return self.take(lambda: C.hexs(r, n))

    def alnum(self, r, n, alphabet=C.ALNUM):
        return self.take(lambda: C.draw(r, alphabet, n))

    def b64sec(self, r, nbytes):
        return self.take(lambda: C.b64(C.rbytes(r, nbytes)))

    def uuidsec(self, r):
        return self.take(lambda: C.uuid4(r))

    # -- negative helpers (not registered as secrets)
    def sha256(self, r):
        return C.hexs(r, 64)

    def sha1(self, r):
        return C.hexs(r, 40)

    def uuid(self, r):
        return C.uuid4(r)
