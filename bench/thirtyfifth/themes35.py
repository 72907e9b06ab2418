"""The ten themes (each with its language) and the per-seed context: people, hosts, value generators, registry."""
import string

from core35 import ALNUM, HEX, B64, rs, stream
import lang35a
import lang35b

LANGS = {"ban": lang35a.BAN, "taq": lang35a.TAQ, "lkt": lang35a.LKT, "moh": lang35a.MOH, "esu": lang35a.ESU,
         "arn": lang35b.ARN, "yua": lang35b.YUA, "kum": lang35b.KUM, "mos": lang35b.MOS, "sg": lang35b.SG,
         "en": lang35a.EN}

BALI_DIGITS = "᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙"

THEMES = [
    dict(key="subak-water", lang="ban", what="Tabanan / Gianyar / Jatiluwih subak irrigation society",
         orgs=[("Subak Jatiluwih Lestari", "jatiluwih-subak.id"), ("Pekaseh Subak Tabanan", "subak-tabanan.id"),
               ("Krama Subak Gianyar", "subakgianyar.or.id")],
         people=[("I Wayan Sudarsana", "wsudarsana"), ("Ni Made Ayu Lestari", "made.lestari"),
                 ("I Ketut Arsana", "karsana"), ("Ni Nyoman Sri Wahyuni", "nyoman.sri"),
                 ("I Gede Putra Mahendra", "gede.putra"), ("Ni Luh Putu Ariani", "luhputu"),
                 ("I Komang Adi Saputra", "komang.adi"), ("Ni Kadek Widya", "kadek.widya")],
         systems=["pintu-air", "pump-station", "water-roster", "toko-canang", "weather", "krama-db"],
         places=["Pura Ulun Carik", "gudang pupuk", "bale subak"], ssids=["SUBAK-KAJA", "BaleBanjar-WiFi"],
         words=["Jatiluwih", "Batukaru", "Tabanan", "Uluncarik", "Galungan", "Kuningan"],
         native=["ᬲᬸᬩᬓ᭄", "ᬩᬮᬶ", "Carik"], digits=BALI_DIGITS, tld="id", device="sluice-gate controller"),
    dict(key="azalai-caravan", lang="taq", what="Agadez / Kidal / Timbuktu salt-caravan (azalai) cooperative",
         orgs=[("Tamatart n Azalai Agadez", "azalai-agadez.ne"), ("Kel Azalai Kidal", "kelazalai.ml"),
               ("Timbuktu Azalai Coop", "tbt-azalai.org")],
         people=[("Ibrahim Ag Alhassane", "ibrahim.ag"), ("Fatimata Walet Mohamed", "fwalet"),
                 ("Mohamed Ag Intalla", "mintalla"), ("Tina Walet Ghali", "tghali"),
                 ("Alhousseini Ag Assaleh", "aassaleh"), ("Mariama Walet Ahmed", "mwalet"),
                 ("Ghissa Ag Mossa", "gmossa"), ("Aminata Walet Bilal", "abilal")],
         systems=["camel-tracker", "salt-depot", "market-ledger", "well-telemetry", "sms-gw", "roster"],
         places=["ehan n tesemt", "Bilma depot", "camel pen"], ssids=["AZALAI-DEPOT", "Tenere-Office"],
         words=["Bilma", "Taoudenni", "Tenere", "Azalai", "Takuba", "Iferouane"],
         native=["ⴰⵣⴰⵍⴰⵢ", "ⵜⴻⵙⴻⵎⵜ", "Tesemt"], digits="0123456789", tld="ne", device="salt-depot scale"),
    dict(key="bison-herd", lang="lkt", what="Pine Ridge / Wanblee / Kyle bison herd and meat co-op",
         orgs=[("Pte Oyate Bison", "pteoyate-bison.org"), ("Wanblee Buffalo Range", "wanblee-bison.org"),
               ("Kyle Tatanka Cooperative", "tatanka-kyle.org")],
         people=[("Wanbli Two Bulls", "wtwobulls"), ("Winona Red Cloud", "wredcloud"),
                 ("Tatanka Little Thunder", "tlthunder"), ("Mato Iron Shell", "mironshell"),
                 ("Chaske Yellow Horse", "cyhorse"), ("Tasina Black Elk", "tblackelk"),
                 ("Ohitika Brave Heart", "obraveheart"), ("Zitkala Fast Horse", "zfasthorse")],
         systems=["pasture-gates", "rfid-reader", "meat-locker", "herd-db", "tank-telemetry", "store"],
         places=["Wanblee corrals", "meat locker", "Kyle office"], ssids=["PTE-OYATE-FIELD", "TatankaOffice"],
         words=["Tatanka", "Wanblee", "PahaSapa", "Oglala", "Makhoche", "Cankpe"],
         native=["Tȟatȟáŋka", "Ptéȟča", "Makȟóčhe"], digits="0123456789", tld="org", device="corral gate controller"),
    dict(key="lacrosse-sticks", lang="moh", what="Kahnawake / Akwesasne / Kanesatake wooden lacrosse-stick makers",
         orgs=[("Tewaarathon Sticks", "tewaarathon.ca"), ("Akwesasne Hickory Works", "akwesasne-hickory.ca"),
               ("Kanesatake Stick Makers", "ksk-sticks.ca")],
         people=[("Tekahionwake Jacobs", "tjacobs"), ("Kawennahere Deer", "kdeer"), ("Karonhiio McComber", "kmccomber"),
                 ("Tehoniehtathe Diabo", "tdiabo"), ("Konwatsitsaienni Stacey", "kstacey"),
                 ("Sakoieta Delisle", "sdelisle"), ("Ieronhienhawi Cross", "icross"), ("Wahiakeron Montour", "wmontour")],
         systems=["steam-bender", "drying-kiln", "stick-orders", "webshop", "kiln-sensors", "stringing"],
         places=["kiln room", "hickory yard", "shop front"], ssids=["HICKORY-YARD", "Tewaarathon-Guest"],
         words=["Tewaarathon", "Kahnawake", "Hickory", "Akwesasne", "Onerahtokha", "Kanatakon"],
         native=["Tewaá:rathon", "Kanien'kéha", "Kahnawà:ke"], digits="0123456789", tld="ca",
         device="drying-kiln controller"),
    dict(key="mushing-kennel", lang="esu", what="Bethel / Akiak / Kwethluk sled-dog kennel and race",
         orgs=[("Kuskokwim Mushers Kennel", "kusko-mushers.org"), ("Akiak Dog Yard", "akiak-dogyard.org"),
               ("Kwethluk Sled Dog Club", "kwethluk-sled.org")],
         people=[("Nanuq Andrew", "nandrew"), ("Ayaprun Evan", "aevan"), ("Qacungaq Active", "qactive"),
                 ("Cingarkaq Hoffman", "choffman"), ("Angutekayak Kasayulie", "akasayulie"),
                 ("Yuuyaraq Beaver", "ybeaver"), ("Panigkaq Alexie", "palexie"), ("Ciquyaq Nicholai", "cnicholai")],
         systems=["dog-gps", "checkpoint-timing", "feed-inventory", "vet-records", "race-reg", "kennel-cam"],
         places=["dog barn", "feed shed", "checkpoint cabin"], ssids=["KUSKO-KENNEL", "DogBarn-5G"],
         words=["Kuskokwim", "Bethel", "Qimugta", "Tuluksak", "Akiak", "Napaskiak"],
         native=["Qimugta'", "Yup'ik", "Kusquqvak"], digits="0123456789", tld="org", device="kennel heater hub"),
    dict(key="merken-smokehouse", lang="arn", what="Temuco / Villarrica / Pucón merkén (smoked chili) producers",
         orgs=[("Merkén Küme Longko", "merken-temuco.cl"), ("Ahumadero Villarrica", "ahumadero-villarrica.cl"),
               ("Trawün Merkén Pucón", "trawunmerken.cl")],
         people=[("Elisa Huenchullán", "ehuenchullan"), ("Juan Painemal", "jpainemal"), ("Rosa Ancamil", "rancamil"),
                 ("Pedro Millaqueo", "pmillaqueo"), ("Carmen Colipi", "ccolipi"), ("Luis Huaiquimil", "lhuaiquimil"),
                 ("Ana Curiñir", "acurinir"), ("José Nahuelpán", "jnahuelpan")],
         systems=["smoker-line", "grinder", "packing", "tienda", "sii-dte", "bodega"],
         places=["ruka fogón", "bodega", "oficina Temuco"], ssids=["AHUMADERO-1", "Trawun-Oficina"],
         words=["Temuco", "Cautin", "Llaima", "Nielol", "Villarrica", "Merken"],
         native=["Ñielol", "Wallmapu", "Küme"], digits="0123456789", tld="cl", device="smoker controller"),
    dict(key="melipona-honey", lang="yua", what="Mérida / Valladolid / Tixkokob stingless-bee (melipona) honey",
         orgs=[("Xunáan Kaab Mérida", "xunaankab.mx"), ("Meliponario Valladolid", "meliponario-vll.mx"),
               ("Kaab Tixkokob", "kaab-tixkokob.mx")],
         people=[("María Canché", "mcanche"), ("José Chan Pech", "jchan"), ("Rosa Ek Tun", "rek"),
                 ("Felipe Dzul", "fdzul"), ("Ana Pool Balam", "apool"), ("Juan Uc May", "juc"),
                 ("Teresa Cocom", "tcocom"), ("Pedro Kú Chi", "pku")],
         systems=["hive-scales", "extraction", "honey-lots", "tienda", "cfdi", "temp-sensors"],
         places=["meliponario", "cuarto de extracción", "bodega"], ssids=["MELIPONARIO", "KaabOficina"],
         words=["XunaanKab", "Meliponario", "Tixkokob", "Izamal", "Valladolid", "Sisal"],
         native=["Xunáan", "Kaab'", "Ts'unu'un"], digits="0123456789", tld="mx", device="hive scale hub"),
    dict(key="sturgeon-hatchery", lang="kum", what="Makhachkala / Buynaksk / Kaspiysk sturgeon hatchery",
         orgs=[("Каспий Бекире", "kaspiy-bekire.ru"), ("Буйнакск Осётр", "buinaksk-osetr.ru"),
               ("Къумукъ Балыкъ", "kumuk-balyk.ru")],
         people=[("Магомед Алиев", "maliev"), ("Патимат Гаджиева", "pgadzhieva"), ("Арслан Ибрагимов", "aibragimov"),
                 ("Зарема Абдуллаева", "zabdullaeva"), ("Руслан Казиев", "rkaziev"),
                 ("Аминат Шихмурзаева", "ashikhmurzaeva"), ("Камиль Акаев", "kakaev"),
                 ("Салихат Эльдарова", "seldarova")],
         systems=["tank-oxygen", "feed-dosing", "caviar-lab", "cold-chain", "vet", "shop"],
         places=["инкубатор цех", "склад икры", "офис"], ssids=["BEKIRE-TANKS", "Kaspiy-Office"],
         words=["Kaspiy", "Sulak", "Tarki", "Bekire", "Kumtorkala", "Sarykum"],
         native=["Къумукъ", "Бекире", "Сулакъ"], digits="0123456789", tld="ru", device="tank oxygen controller"),
    dict(key="bronze-casters", lang="mos", what="Ouagadougou / Koudougou / Ziniaré lost-wax bronze casters",
         orgs=[("Nabyiiri Bronze", "nabyiiri-bronze.bf"), ("Atelier Koudougou Fonte", "koudougou-bronze.bf"),
               ("Zinaare Cire Perdue", "zinaare-bronze.bf")],
         people=[("Ousmane Ouédraogo", "oouedraogo"), ("Salamata Sawadogo", "ssawadogo"),
                 ("Issouf Compaoré", "icompaore"), ("Aminata Zongo", "azongo"), ("Boukary Kaboré", "bkabore"),
                 ("Rasmata Ilboudo", "rilboudo"), ("Moussa Nikièma", "mnikiema"), ("Awa Tapsoba", "atapsoba")],
         systems=["furnace", "wax-room", "orders", "galerie", "momo", "stock"],
         places=["fonderie", "salle de cire", "galerie"], ssids=["FONDERIE-NABYIIRI", "Galerie-Wifi"],
         words=["Kadiogo", "Ouaga", "Laongo", "Nabyiiri", "Tenga", "Boulkiemde"],
         native=["Wẽnd", "Tẽnga", "Zĩiga"], digits="0123456789", tld="bf", device="furnace controller"),
    dict(key="pirogue-ferry", lang="sg", what="Bangui / Bimbo / Mongoumba pirogue river ferry and freight",
         orgs=[("Ngbâ Pirogue Oubangui", "oubangui-pirogues.cf"), ("Bimbo Wâlë Transport", "bimbo-ferry.cf"),
               ("Mongoumba Ngu Transport", "mongoumba-ngu.cf")],
         people=[("Marcelin Yakité", "myakite"), ("Odette Gbazia", "ogbazia"), ("Prosper Ndolo", "pndolo"),
                 ("Chantal Kossi", "ckossi"), ("Didier Ngoulou", "dngoulou"), ("Brigitte Namsona", "bnamsona"),
                 ("Séraphin Wanguia", "swanguia"), ("Pascaline Feïdangamo", "pfeidangamo")],
         systems=["boat-tracker", "billets", "fret", "fuel-log", "radio-gw", "mobile-money"],
         places=["débarcadère", "magasin de fret", "bureau Bangui"], ssids=["PIROGUE-PORT", "Oubangui-Bureau"],
         words=["Oubangui", "Bangui", "Zongo", "Mongoumba", "Bimbo", "Lobaye"],
         native=["Ngû", "Kôdrö", "Ngbâ"], digits="0123456789", tld="cf", device="fuel-tank gauge"),
]

SYM = "!%*+-.=?^_~"
URI_SAFE = ALNUM + "-_.~"


class Ctx:
    """Per theme: chosen org variant and people; value generators that register every secret corpus-wide."""

    def __init__(self, seed, theme, registry):
        self.seed, self.t, self.reg = seed, theme, registry
        r = stream(seed, theme["key"], "variant")
        self.org, self.domain = theme["orgs"][r.randrange(3)]
        ppl = list(theme["people"])
        r.shuffle(ppl)
        self.people = ppl[:6]
        self.lang = theme["lang"]
        self.L = LANGS[self.lang]

    def host(self, r, sys=None):
        return "%s.%s" % (sys or r.choice(self.t["systems"]), self.domain)

    def person(self, r):
        return r.choice(self.people)

    def email(self, r):
        return "%s@%s" % (self.person(r)[1], self.domain)

    # ---- registry
    def uniq(self, fn, r):
        for _ in range(200):
            v = fn(r)
            if self.reg.ok(v):
                self.reg.add(v)
                return v
        raise RuntimeError("registry: could not draw a unique value")

    # ---- passwords
    def strong(self, r, n=None):
        return self.uniq(lambda r: rs(r, n or r.randrange(16, 25), ALNUM + SYM), r)

    def uri_pw(self, r):
        return self.uniq(lambda r: rs(r, r.randrange(14, 22), URI_SAFE), r)

    def human(self, r):
        def f(r):
            w = r.choice(self.t["words"])
            style = r.randrange(6)
            if style == 0:
                return "%s%d%s" % (w, r.randrange(1950, 2026), r.choice("!.*#?"))
            if style == 1:
                return w.lower().replace("a", "4").replace("e", "3").replace("o", "0") + str(r.randrange(10, 999))
            if style == 2:
                return "-".join(r.sample([x.lower() for x in self.t["words"]], 3)) + str(r.randrange(1, 99))
            if style == 3:
                return w.lower() + str(r.randrange(1000, 9999))
            if style == 4:
                return w + "." + r.choice(self.t["words"]) + "." + str(r.randrange(10, 99))
            nat = r.choice(self.t["native"])
            dg = self.t["digits"]
            return nat + "".join(r.choice(dg) for _ in range(r.randrange(3, 6))) + r.choice("!*.")
        return self.uniq(f, r)

    def password(self, r):
        return self.strong(r) if r.random() < 0.45 else self.human(r)

    def pin(self, r, n=None):
        n = n or r.choice([4, 4, 5, 6])
        dg = self.t["digits"] if r.random() < 0.3 else "0123456789"
        return self.uniq(lambda r: "".join(r.choice(dg) for _ in range(n)) + ("#" if r.random() < 0.2 else ""), r)

    def hexs(self, r, n=32):
        return self.uniq(lambda r: rs(r, n, HEX), r)

    def b64s(self, r, nbytes=32):
        import base64
        return self.uniq(lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode(), r)

    def alnum(self, r, n=32, alphabet=ALNUM):
        return self.uniq(lambda r: rs(r, n, alphabet), r)

    def tok(self, r, name=None):
        import prov35
        got = []
        v = self.uniq(lambda r: got.append(prov35.token(r, name)) or got[-1][1], r)
        return got[-1][0], v

    def pair(self, r, kind=None):
        import prov35
        while True:
            k, i, s, iv, sv = prov35.pair(r, kind)
            if self.reg.ok(s) and self.reg.ok(i):
                self.reg.add(s)
                self.reg.add(i, secret=False)
                return k, i, s, iv, sv

    def wrap_uniq(self, value):
        """Register an externally built secret (keys, encodings)."""
        if not self.reg.ok(value):
            raise RuntimeError("duplicate secret %r" % value[:30])
        self.reg.add(value)
        return value


class Registry:
    def __init__(self):
        self.vals, self.seen = [], set()

    def ok(self, v):
        if v in self.seen:
            return False
        for e in self.vals:
            if (len(e) >= 6 and e in v) or (len(v) >= 6 and v in e):
                return False
        return True

    def add(self, v, secret=True):
        self.seen.add(v)
        if secret:
            self.vals.append(v)


_ = (string, B64)
