"""Builds the twenty-second corpus in memory: decks, deals per theme, rendering, labels and values."""
import random
import re
import unicodedata

import cfg22a
import cfg22b
import cfg22c
import cfg22d
import code22
import keywrap22
import negf22
import prose22a
import prose22b
import prose22c
import prov22
from core22 import Doc, fill
from gen22 import Gen
from lang22 import L, latin_names
from themes22 import THEMES
from vals22 import Vals

CFG = cfg22a.KINDS + cfg22b.KINDS + cfg22c.KINDS + cfg22d.KINDS
CFG_PER_THEME, CODE_PER_THEME, KEYS_PER_THEME, NEGF_PER_THEME = 17, 5, 8, 9
CC = {"pt": "PT", "it": "IT", "fr": "FR", "nb": "NO", "sk": "SK", "nl": "NL", "es": "ES", "pl": "PL", "el": "GR", "hu": "HU"}
TZ = {"pt": "Lisbon", "it": "Rome", "fr": "Paris", "nb": "Oslo", "sk": "Bratislava", "nl": "Amsterdam", "es": "Madrid",
      "pl": "Warsaw", "el": "Athens", "hu": "Budapest"}


class Deck:
    """Deals items without repetition until exhausted, then reshuffles (corpus-wide, seeded)."""

    def __init__(self, seed, name, items):
        self.r = random.Random("twentysecond:%s:deck:%s" % (seed, name))
        self.items, self.pool = list(items), []

    def draw(self, avoid=()):
        for _ in range(len(self.items) * 3):
            if not self.pool:
                self.pool = list(self.items)
                self.r.shuffle(self.pool)
            x = self.pool.pop()
            if x not in avoid:
                return x
            self.pool.insert(0, x)
        return x


def ascii_slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


class Theme:
    def __init__(self, seed, t, decks, used):
        self.t, self.decks = t, decks
        self.r = random.Random("twentysecond:%s:%s" % (seed, t["dir"]))
        self.lang = t["lang"]
        self.v = Vals(self.r, self.lang, used)
        self.org, self.slug, self.city = self.r.choice(t["orgs"])
        self.dom = "%s.%s" % (self.slug, t["tld"])
        self.idom = "%s.%s" % (self.slug, t["suffix"])
        first, last = latin_names(self.lang)
        self.people = []
        for i in range(6):
            j, k = self.r.randrange(len(first)), self.r.randrange(len(last))
            fn, ln = L[self.lang]["first"][j], L[self.lang]["last"][k]
            nick = (ascii_slug(first[j])[0] + ascii_slug(last[k]).replace("-", ""))[:12]
            self.people.append({"name": fn + " " + ln, "nick": nick, "email": "%s.%s@%s" % (ascii_slug(first[j]), ascii_slug(last[k]).replace("-", ""), self.dom),
                                "jid": "%s@%s" % (nick, self.dom)})
        self._clock = 1714720000 + self.r.randint(0, 5000000)
        self.used_paths = set()
        self.focus = None

    # --- helpers used by generators
    def deck(self, name):
        return self.decks[name].draw()

    def person(self):
        return self.r.choice(self.people)

    def user(self):
        return self.person()["nick"]

    def sys(self):
        return self.focus or self.r.choice(self.t["systems"])

    def sys_slug(self):
        return ascii_slug(self.sys())

    def host(self):
        return "%s.%s" % (self.r.choice(self.t["hosts"]), self.idom)

    def h1s(self):
        return self.r.choice(self.t["hosts"])

    def ssid(self):
        return "%s-%s" % (self.slug.split("-")[0].upper(), self.r.choice(["Staff", "Guest", "IoT", "Ops"]))

    def pascal(self):
        return "".join(w.capitalize() for w in self.slug.split("-"))

    def slug_us(self):
        return self.slug.replace("-", "_")

    def provider(self):
        shape = self.deck("provider")
        return self.v.uniq(lambda: prov22.SHAPES[shape](self.v)), shape

    def clock(self):
        while True:
            self._clock += self.r.randint(20, 900)
            yield _fmt_time(self._clock)

    def ctx(self):
        p1, p2 = self.r.sample(self.people, 2)
        h = self.r.sample(self.t["hosts"], 2)
        sysname = self.sys()
        svc = self.sys()
        return {"org": self.org, "org_ascii": ascii_slug(self.org).replace("-", " ").title(), "dom": self.dom, "idom": self.idom,
                "user": p1["nick"], "user2": p2["nick"], "email": p1["email"], "h1": h[0] + "." + self.idom, "h2": h[1] + "." + self.idom,
                "h1s": h[0], "sys": sysname, "sys_slug": ascii_slug(sysname), "slug": self.slug, "slug_us": self.slug_us(),
                "pascal": self.pascal(), "lang": self.lang, "cc": CC[self.lang], "tz": TZ[self.lang],
                "dcdom": ",DC=".join(self.idom.split(".")), "db": self.slug_us(), "ssid": self.ssid(),
                "partuuid": "%s-%s" % (self.v.hex(8), self.v.hex(2)), "svc_slug": ascii_slug(svc), "svc_pascal": "".join(w.capitalize() for w in ascii_slug(svc).split("-"))}

    def place(self, doc):
        base = doc.path
        n = 2
        while doc.path in self.used_paths:
            parts = base.rsplit("/", 1)
            doc.path = parts[0] + "/%d/" % n + parts[1] if len(parts) == 2 else "%d/%s" % (n, base)
            n += 1
        self.used_paths.add(doc.path)
        return doc


def _fmt_time(t):
    # seeded clock -> "YYYY-MM-DD HH:MM:SS" without the time module's local zone
    days, sec = divmod(t, 86400)
    y, m, d = _civil(days)
    return "%04d-%02d-%02d %02d:%02d:%02d" % (y, m, d, sec // 3600, sec % 3600 // 60, sec % 60)


def _civil(z):
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return y + (m <= 2), m, d


def template_doc(th, kind, free_text=False):
    name, path, crlf, text = kind
    ctx = th.ctx()
    from core22 import CTX
    doc = Doc(CTX.sub(lambda m: str(ctx[m.group(1)]), path), crlf=crlf, free_text=free_text)
    fill(doc, ctx, text, Gen(th))
    return doc


def build(seed):
    used = set()
    decks = {
        "cfg": Deck(seed, "cfg", range(len(CFG))),
        "code": Deck(seed, "code", range(len(code22.KINDS))),
        "negf": Deck(seed, "negf", range(len(negf22.KINDS))),
        "wrap": Deck(seed, "wrap", keywrap22.WRAPS),
        "ktype": Deck(seed, "ktype", ["rsa", "ec", "ec", "ec", "ed25519", "ed25519", "ed25519", "ec"]),
        "provider": Deck(seed, "provider", prov22.PROVIDER_NAMES),
        "pair": Deck(seed, "pair", [p for p in prov22.PAIR_NAMES if p not in ("lastfm", "livekit", "akeyless")]),
        "chat": Deck(seed, "chat", prose22a.CHATS), "ticket": Deck(seed, "ticket", prose22a.TICKETS),
        "email": Deck(seed, "email", prose22a.EMAILS), "wiki": Deck(seed, "wiki", prose22b.WIKIS),
        "note": Deck(seed, "note", prose22b.NOTES), "minutes": Deck(seed, "minutes", prose22b.MINUTES),
        "history": Deck(seed, "history", prose22b.HISTORIES), "vcs": Deck(seed, "vcs", prose22c.VCS),
        "sheet": Deck(seed, "sheet", prose22c.SHEETS),
    }
    docs, per_theme = [], {}
    for t in THEMES:
        th = Theme(seed, t, decks, used)
        tdocs = []
        seen = set()
        for _ in range(CFG_PER_THEME):
            k = decks["cfg"].draw(avoid=seen)
            seen.add(k)
            tdocs.append(template_doc(th, CFG[k]))
        seen = set()
        for _ in range(CODE_PER_THEME):
            k = decks["code"].draw(avoid=seen)
            seen.add(k)
            tdocs.append(template_doc(th, code22.KINDS[k]))
        seen = set()
        for _ in range(NEGF_PER_THEME):
            k = decks["negf"].draw(avoid=seen)
            seen.add(k)
            tdocs.append(template_doc(th, negf22.KINDS[k]))
        seen = set()
        for _ in range(KEYS_PER_THEME):
            w = decks["wrap"].draw(avoid=seen)
            seen.add(w)
            key = keywrap22.make_key(th, decks["ktype"].draw())
            th.focus = th.r.choice(t["systems"])
            tdocs.extend(keywrap22.wrap(th, w, key))
            th.focus = None
        # free text in the organisation's language (about a fifth of chats and e-mails in English)
        lang = lambda: "en" if th.r.random() < 0.2 else th.lang
        slots = [(prose22a.chat, "chat", True), (prose22a.chat, "chat", True), (prose22a.ticket, "ticket", False),
                 (prose22a.ticket, "ticket", False), (prose22a.email, "email", True), (prose22b.wiki, "wiki", False),
                 (prose22b.note, "note", False), (prose22b.minutes, "minutes", False), (prose22b.history, "history", False),
                 (prose22c.vcs, "vcs", False), (prose22c.sheet, "sheet", False)]
        for fn, deck, mixed in slots:
            th.focus = th.r.choice(t["systems"])
            tdocs.append(fn(th, decks[deck].draw(), lang() if mixed else th.lang))
            th.focus = None
        for d in tdocs:
            th.place(d)
            d.path = t["dir"] + "/" + d.path
        docs.extend(tdocs)
        per_theme[t["dir"]] = tdocs
    return assemble(seed, docs, per_theme)


def assemble(seed, docs, per_theme):
    files, pairs = {}, []
    for d in docs:
        assert d.path not in files, d.path
        files[d.path] = d.render()
        for lab, val in d.labels:
            lab["path"] = d.path
            pairs.append((lab, val))
    pairs.sort(key=lambda p: (p[0]["path"], p[0]["line"]))
    labels = [p[0] for p in pairs]
    values = [p[1] for p in pairs]
    counts = count(files, labels, values, per_theme)
    ldoc = {"generator": "bench/twentysecond/generate.py", "seed": seed, "files": len(files), "counts": counts, "labels": labels}
    vdoc = {"seed": seed, "values": values}
    return files, ldoc, vdoc


def count(files, labels, values, per_theme):
    sec = [(l, v) for l, v in zip(labels, values) if l["kind"] == "secret"]
    c = {"files": len(files), "secrets": len(sec), "negatives": len(labels) - len(sec),
         "free_text_secrets": sum(1 for _, v in sec if v["free_text"]),
         "groups": {g: sum(1 for _, v in sec if v["group"] == g) for g in ("provider", "generic", "key")},
         "pairs": sum(1 for _, v in sec if "anchors" in v),
         "crlf_files": sum(1 for b in files.values() if b"\r\n" in b),
         "secret_categories": len({l["category"] for l, _ in sec}),
         "negative_categories": len({l["category"] for l in labels if l["kind"] == "negative"}),
         "themes": {}}
    for name in sorted(per_theme):
        ls = [(l, v) for l, v in zip(labels, values) if l["path"].startswith(name + "/")]
        c["themes"][name] = {"files": sum(1 for p in files if p.startswith(name + "/")),
                             "secrets": sum(1 for l, _ in ls if l["kind"] == "secret"),
                             "negatives": sum(1 for l, _ in ls if l["kind"] == "negative"),
                             "free_text": sum(1 for l, v in ls if l["kind"] == "secret" and v["free_text"])}
    return c
