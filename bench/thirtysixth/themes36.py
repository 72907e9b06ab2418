"""The ten themes, their per-theme context, value generators, and the corpus-wide registry."""
import copy

import script36
from core36 import B62, DIGITS, LOWER, UPPER, GenError, rs, stream
from lang36a import PACKS_A
from lang36b import EN, PACKS_B

PACKS = {p["code"]: p for p in PACKS_A + PACKS_B}
PACKS["en"] = EN

THEMES = [
    dict(key="jhum-growers", lang="ccp",
         variants=[("Kaptai Hill Growers Samity", "kaptaigrowers.org.bd"), ("Rangamati Jhum Cooperative", "rangamati-jhum.com.bd"),
                   ("Khagrachari Spice and Jhum Society", "khjhum.org")],
         people=[("Suchana Chakma", "suchana"), ("Ananda Bikash Chakma", "abikash"), ("Jyoti Dewan", "jdewan"),
                 ("Milton Talukdar", "milton.t"), ("Runa Khisa", "runak"), ("Prashanta Chakma", "prashanta"),
                 ("Bijoy Larma", "bijoy"), ("Mitali Tongchangya", "mitali")],
         systems=["coldstore", "boat-ledger", "turmeric-dryer", "jhum-map", "auction", "sms-gw"],
         places=["Kaptai ghat godown", "Rangamati office", "Bandarban cold store"],
         ssids=["KHG-Office", "Jhum-Field-5G"],
         words=["Kaptai", "Halud", "Jhum", "Karnaphuli", "Ada", "Tabalchari"],
         native=["jhum", "halud", "kaptai"], place_names=["Rangamati", "Khagrachari", "Kaptai"],
         device=("turmeric dryer controller", "TDC-210"), tz="+06:00", currency="BDT"),
    dict(key="cardamom-dryers", lang="lif",
         variants=[("Taplejung Alaichi Dryers Cooperative", "tapledryers.org.np"), ("Phidim Cardamom Traders", "phidimcardamom.com.np"),
                   ("Ilam Yakthung Alaichi Samuha", "ilamalaichi.org")],
         people=[("Sabitri Limbu", "sabitri"), ("Dilli Subba", "dsubba"), ("Kamala Tumbapo", "kamala.t"),
                 ("Bhim Lingden", "bhiml"), ("Pasang Nembang", "pnembang"), ("Menuka Angbuhang", "menuka"),
                 ("Tej Kurumbang", "tejk"), ("Sushila Phago", "sushila")],
         systems=["bhatti-ctl", "auction-board", "weighbridge", "ledger", "sms-alert", "godam-cam"],
         places=["Taplejung godam", "Phidim office", "Ilam auction hall"],
         ssids=["Alaichi-Office", "Bhatti-2G"],
         words=["Alaichi", "Taplejung", "Phidim", "Mundhum", "Tumyahang", "Kanchanjunga"],
         native=["sewaro", "mundhum", "yakthung"], place_names=["Taplejung", "Phidim", "Ilam"],
         device=("cardamom kiln controller", "BK-7"), tz="+05:45", currency="NPR"),
    dict(key="sutera-weavers", lang="bug",
         variants=[("Koperasi Sutera Sengkang", "suterasengkang.co.id"), ("Tenun Sutera Wajo Mandiri", "tenunwajo.id"),
                   ("Soppeng Silk Collective", "soppengsilk.id")],
         people=[("Andi Besse Tenri", "besse"), ("Muh. Ridwan Sulolipu", "ridwan"), ("St. Aisyah Mappe", "aisyah"),
                 ("Andi Ampa", "ampa"), ("Nurhayati Pawelloi", "nurhayati"), ("La Baso", "labaso"),
                 ("Indo Upe", "upe"), ("Fitriani Tahir", "fitri")],
         systems=["gedung-ulat", "alat-tenun", "ruang-celup", "toko-online", "gudang", "kasir"],
         places=["rumah ulat Soppeng", "bengkel Sengkang", "toko Wajo"],
         ssids=["SUTERA-TOKO", "Tenun_2.4"],
         words=["Sengkang", "Lipaq", "Sabbe", "Tempe", "Wajo", "Sutera"],
         native=["sabbe", "wajo", "tennung"], place_names=["Sengkang", "Soppeng", "Wajo"],
         device=("silkworm house climate box", "ULAT-4"), tz="+08:00", currency="IDR"),
    dict(key="chappal-makers", lang="hno",
         variants=[("Hazara Chappal Karkhana", "hazarachappal.pk"), ("Mansehra Leather Works", "mansehraleather.com.pk"),
                   ("Abbottabad Chappal House", "abtchappal.pk")],
         people=[("Shahid Awan", "shahid.awan"), ("Nusrat Bibi", "nusrat"), ("Tariq Swati", "tswati"),
                 ("Rukhsana Qureshi", "rukhsana"), ("Zahid Tanoli", "ztanoli"), ("Sadia Jadoon", "sadia.j"),
                 ("Imran Abbasi", "imran"), ("Farzana Gujjar", "farzana")],
         systems=["khal-store", "silai-line", "dukaan-pos", "courier", "ledger", "cctv"],
         places=["مانسہرہ کارخانہ", "ایبٹ آباد دکان", "ہری پور گودام"],
         ssids=["Karkhana-WiFi", "Dukaan_5G"],
         words=["Chappal", "Hazara", "Kaghan", "Thandiani", "Tanawal", "Abbott"],
         native=["چپل", "ہزارہ", "کاغان"], place_names=["Abbottabad", "Mansehra", "Haripur"],
         device=("sole press controller", "SP-12"), tz="+05:00", currency="PKR"),
    dict(key="sugarcane-mill", lang="za",
         variants=[("Chongzuo Oij Sugar Mill", "czoij-sugar.cn"), ("Wuming Cane Cooperative", "wumingcane.cn"),
                   ("Baise Sugar Works", "bsoij.com.cn")],
         people=[("Vei Yingzlanz", "weiyl"), ("Luz Gvangh", "lugvang"), ("Nungz Meiz", "nongmei"),
                 ("Vangz Daih", "wangd"), ("Lungz Fuz", "longfu"), ("Mo Siuj", "mosiu"),
                 ("Vangz Lanz", "wanglan"), ("Liengz Cingh", "liangq")],
         systems=["weighbridge", "crusher-plc", "boiler", "lab-lims", "truck-queue", "payroll"],
         places=["崇左厂门", "武鸣化验室", "百色仓库"],
         ssids=["OIJ-MILL", "Zhacang-5G"],
         words=["Oij", "Zuojiang", "Huashan", "Ganhcoeg", "Bouxcuengh", "Nanning"],
         native=["甘蔗", "糖厂", "壮乡"], place_names=["Chongzuo", "Wuming", "Baise"],
         device=("cane weighbridge terminal", "WB-3000"), tz="+08:00", currency="CNY"),
    dict(key="ribbonwork-studio", lang="osa",
         variants=[("Pawhuska Ribbonwork Studio", "pawhuskaribbon.com"), ("Hominy Regalia and Ribbon Co-op", "hominyregalia.org"),
                   ("Gray Horse Ribbonwork", "grayhorseribbon.com")],
         people=[("Mary Red Corn", "mredcorn"), ("Jim Big Eagle", "jbigeagle"), ("Addie Lookout", "alookout"),
                 ("Vann Pratt", "vpratt"), ("Elise Shunkamolah", "elises"), ("Cody Wheeler", "cwheeler"),
                 ("Leah Harjo", "lharjo"), ("Tom Revard", "trevard")],
         systems=["etsy-sync", "cutting-table", "ribbon-inventory", "classes", "pos", "backup-nas"],
         places=["Pawhuska studio", "Hominy storage", "Fairfax classroom"],
         ssids=["RibbonStudio", "Wazhazhe-Guest"],
         words=["Pawhuska", "Ribbon", "Wazhazhe", "Hominy", "Bluestem", "Grayhorse"],
         native=["wazhazhe", "hawe", "tsexi"], place_names=["Pawhuska", "Hominy", "Fairfax"],
         device=("embroidery machine bridge", "EMB-5"), tz="-06:00", currency="USD"),
    dict(key="manoomin-harvest", lang="oj",
         variants=[("Lac Seul Manoomin Harvesters", "lacseulrice.ca"), ("Kenora Wild Rice Processing", "kenoramanoomin.ca"),
                   ("Red Lake Manoomin Co-op", "redlakemanoomin.org")],
         people=[("Marlene Keesick", "mkeesick"), ("Roger Kakegamic", "rkakegamic"), ("Darlene Fobister", "dfobister"),
                 ("Wayne Strang", "wstrang"), ("Shirley Beardy", "sbeardy"), ("Gordon Kejick", "gkejick"),
                 ("Tanya Loon", "tloon"), ("Ernie Wesley", "ewesley")],
         systems=["parcher", "huller", "landing-scale", "canoe-log", "orders", "freezer"],
         places=["Lac Seul landing", "Kenora plant", "Red Lake shed"],
         ssids=["Manoomin-Plant", "Landing-Guest"],
         words=["Manoomin", "Zaagaigan", "Jiimaan", "Migizi", "Kenora", "Waabigwan"],
         native=["manoomin", "migizi", "jiimaan"], place_names=["Kenora", "Lac Seul", "Red Lake"],
         device=("parcher drum controller", "PD-2"), tz="-05:00", currency="CAD"),
    dict(key="balneario-pools", lang="ote",
         variants=[("Balneario Ñuhu Aguas Termales", "banonuhu.mx"), ("Parque Acuático Tasquillo Däthe", "tasquillodathe.mx"),
                   ("Grutas Cardonal Cooperativa", "grutascardonal.mx")],
         people=[("Juana Cruz Santiago", "jcruz"), ("Martín Ramírez Ángeles", "mramirez"), ("Rosa Pérez Bautista", "rperez"),
                 ("Ismael Simón Martín", "isimon"), ("Guadalupe Trejo Mezquite", "gtrejo"), ("Felipe Ortiz", "fortiz"),
                 ("Antonia Hernández", "ahernandez"), ("Crescencio Zúñiga", "czuniga")],
         systems=["taquilla", "bombas", "cloro-ph", "hotel-pms", "cabanas", "camaras"],
         places=["cuarto de calderas Ixmiquilpan", "taquilla Tasquillo", "cabañas Cardonal"],
         ssids=["Balneario-Clientes", "Bombas_Ctl"],
         words=["Mezquital", "Dathe", "Ixmiquilpan", "Hnahnu", "Maguey", "Xithe"],
         native=["hñähñu", "däthe", "ñuhu"], place_names=["Ixmiquilpan", "Tasquillo", "Cardonal"],
         device=("pool pump controller", "PB-6"), tz="-06:00", currency="MXN"),
    dict(key="adjika-kitchen", lang="xmf",
         variants=[("Senaki Ajika Kitchen", "senaki-ajika.ge"), ("Martvili Spice Cooperative", "martvilispice.ge"),
                   ("Khobi Red Ajika", "khobiajika.ge")],
         people=[("Nino Kvaratskhelia", "nkvara"), ("Gela Jikia", "gjikia"), ("Manana Shonia", "mshonia"),
                 ("Levan Gogua", "lgogua"), ("Tamar Chachibaia", "tchachibaia"), ("Zurab Kharchilava", "zkharch"),
                 ("Eka Todua", "etodua"), ("Dato Khubua", "dkhubua")],
         systems=["grinder", "jar-line", "cold-room", "invoices", "rs-ge", "shop"],
         places=["სენაკის სამზარეულო", "მარტვილის სარდაფი", "ხობის წიწაკის ფარდული"],
         ssids=["Ajika-Kitchen", "Martvili_Guest"],
         words=["Ajika", "Martvili", "Senaki", "Kolkheti", "Tekhuri", "Abasha"],
         native=["აჯიკა", "კოლხი", "ბჟა"], place_names=["Senaki", "Martvili", "Khobi"],
         device=("pepper grinder drive", "GR-9"), tz="+04:00", currency="GEL"),
    dict(key="marula-coop", lang="ve",
         variants=[("Thohoyandou Marula Cooperative", "tvmarula.co.za"), ("Sibasa Mukumbi Brewers", "sibasamukumbi.co.za"),
                   ("Makhado Marula Oil Works", "makhadomarula.co.za")],
         people=[("Mpho Ramabulana", "mpho.r"), ("Tshilidzi Mudau", "tmudau"), ("Rudzani Netshitenzhe", "rudzani"),
                 ("Azwihangwisi Tshivhase", "azwi"), ("Khathu Nemutanzhela", "khathu"), ("Ndivhuwo Mphephu", "ndivhuwo"),
                 ("Fulufhelo Ravele", "fulu"), ("Mashudu Sinthumule", "mashudu")],
         systems=["press", "bottling", "kernel-store", "eft-payments", "orders", "solar-inverter"],
         places=["Thohoyandou press room", "Sibasa store", "Makhado depot"],
         ssids=["Marula-Office", "Mukumbi_Guest"],
         words=["Marula", "Mukumbi", "Thohoyandou", "Tshivenda", "Lwamondo", "Phiphidi"],
         native=["ḓivhani", "mukumbi", "ṱhoho"], place_names=["Thohoyandou", "Sibasa", "Makhado"],
         device=("marula press PLC", "MP-40"), tz="+02:00", currency="ZAR"),
]
THEME_KEYS = [t["key"] for t in THEMES]


def compile_pack(code, latin=False):
    """Language pack with every string converted to the native script (unless latin)."""
    src = PACKS[code]
    tr = None if latin else (script36.TRANSLIT[src["tr"]] if src.get("tr") else None)

    def conv(x):
        if isinstance(x, str):
            s = tr(x) if tr else x
            return s.replace("[", "").replace("]", "") if not tr else s
        if isinstance(x, list):
            return [conv(i) for i in x]
        if isinstance(x, dict):
            return {k: (conv(v) if k not in ("code", "name", "tr", "digits", "q", "alt_latin", "rtl", "colon_char") else v)
                    for k, v in x.items()}
        return x
    return conv(copy.deepcopy(src))


# ---------------------------------------------------------------- registry
def nested(a, b):
    """True if one secret value contains the other (6+ characters; 8+ against keys and very long values)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 6:
        return False
    if ("\n" in long_ or len(long_) > 300) and len(short) < 8:
        return False
    return short in long_


class Registry:
    """Every secret value in the corpus is unique; no secret of 6+ characters contains another."""

    def __init__(self):
        self.secrets = {}
        self.long = []

    def ok(self, v):
        if v in self.secrets:
            return False
        if len(v) >= 6:
            for w in self.long:
                if nested(v, w):
                    return False
        return True

    def add(self, v, where=""):
        if not self.ok(v):
            raise GenError("duplicate or nested secret %r (%s)" % (v, where))
        self.secrets[v] = where
        if len(v) >= 6:
            self.long.append(v)
        return v

    def new(self, fn, where="", tries=200):
        for _ in range(tries):
            v = fn()
            if self.ok(v):
                return self.add(v, where)
        raise GenError("could not make a unique value for %s" % where)


SYMS = "!#$%*+-.=?@^_~"


class Ctx:
    """Per-theme context: theme data, chosen variant and people, streams, value generators."""

    def __init__(self, seed, index, reg):
        self.seed = seed
        self.index = index
        self.th = THEMES[index]
        self.key = self.th["key"]
        self.reg = reg
        r = self.rng("variant")
        self.org, self.domain = r.choice(self.th["variants"])
        people = list(self.th["people"])
        r.shuffle(people)
        self.people = people[:6]
        self.lang = self.th["lang"]
        self.pack_src = PACKS[self.lang]
        self.digits = self.pack_src["digits"]
        tr = self.pack_src.get("tr")
        self.native = [script36.TRANSLIT[tr](w) for w in self.th["native"]] if tr else list(self.th["native"])

    def rng(self, *parts):
        return stream(self.seed, self.key, *parts)

    def pack(self, latin=False):
        return compile_pack(self.lang, latin)

    # ------------------------------------------------------------ value generators
    def _native_word(self, r):
        return r.choice(self.native)

    def nd(self, s, r, p=0.5):
        """Native digits with probability p."""
        if self.digits != "latin" and r.random() < p:
            return script36.digits(s, self.digits)
        return s

    def password(self, r, style=None, where=""):
        style = style or r.choice(["human", "human", "leet", "phrase", "weak", "random", "random", "native"])
        words = self.th["words"]

        def make():
            w = r.choice(words)
            if style == "human":
                return "%s%s%s" % (w, r.choice([str(r.randint(1960, 2025)), str(r.randint(10, 999))]), r.choice(SYMS[:6] + "!"))
            if style == "leet":
                t = w.lower().translate(str.maketrans("aeiost", "4310$7"))
                return t[0].upper() + t[1:] + r.choice("#@!*") + str(r.randint(100, 9999))
            if style == "phrase":
                ws = r.sample(words, 3)
                sep = r.choice("-._")
                return sep.join(x.lower() for x in ws) + sep + str(r.randint(2, 99))
            if style == "weak":
                return w.lower() + r.choice(["1234", "123", "2024", "2025", "0000", "12345", "321"])
            if style == "native":
                nw = self._native_word(r)
                num = self.nd(str(r.randint(10, 9999)), r, 0.7)
                return nw + num + r.choice(["", "!", ".", "*", "#"])
            return rs(r, r.randint(14, 22), UPPER + LOWER + DIGITS + "!#%*+-=?@^_")
        return self.reg.new(make, where or self.key)

    def pin(self, r, n=None, native=0.5, where=""):
        n = n or r.choice([4, 4, 5, 6])
        return self.reg.new(lambda: self.nd("".join(r.choice(DIGITS) for _ in range(n)), r, native), where or self.key)

    def door(self, r, where=""):
        def make():
            base = "".join(r.choice(DIGITS) for _ in range(r.choice([4, 5, 6])))
            base = self.nd(base, r, 0.4)
            return base + r.choice(["", "", "#", "*"]) if r.random() < 0.3 else base
        return self.reg.new(make, where or self.key)

    def wifi(self, r, where=""):
        def make():
            if r.random() < 0.5:
                ws = r.sample(self.th["words"], 2)
                return ws[0] + r.choice(["-", "_", ""]) + ws[1].lower() + str(r.randint(10, 9999))
            return rs(r, r.randint(12, 20), UPPER + LOWER + DIGITS)
        return self.reg.new(make, where or self.key)

    def passphrase(self, r, where=""):
        def make():
            pool = [w.lower() for w in self.th["words"]] + list(self.th["native"]) + \
                   ["river", "stone", "ladder", "copper", "window", "lantern", "basket", "orbit", "cedar", "thunder",
                    "pepper", "saddle", "violet", "harbor", "ember", "meadow"]
            ws = r.sample(pool, r.randint(4, 5))
            return r.choice([" ", "-", "."]).join(ws)
        return self.reg.new(make, where or self.key)

    def strong(self, r, n=None, alphabet=UPPER + LOWER + DIGITS, where=""):
        n = n or r.randint(20, 32)
        return self.reg.new(lambda: rs(r, n, alphabet), where or self.key)

    def token(self, r, fn, where=""):
        return self.reg.new(lambda: fn(r), where or self.key)

    def person(self, r):
        return r.choice(self.people)

    def user(self, r):
        return r.choice(self.people)[1]

    def host(self, r, sysname=None):
        return "%s.%s" % (sysname or r.choice(self.th["systems"]), self.domain)
