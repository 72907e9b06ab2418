"""Per-theme context: organisation variant, people, hosts, and value generators bound to a seeded stream."""

import datetime
import unicodedata

import prov29
from core29 import (ALNUM, B64URL, HEX, PW_SYMBOLS, SAFE_SYMBOLS, Doc, b64, git_sha, rbytes, rchars, sha256_hex,
                    stream, uuid4)

FOLD = {"ý": "y", "ş": "sh", "ž": "zh", "ň": "n", "ç": "ch", "ğ": "g", "ð": "d", "ø": "o", "æ": "ae", "ʻ": "", "'": ""}

COMMON_WORDS = ["river", "stone", "cloud", "amber", "falcon", "copper", "meadow", "harbor", "winter", "lantern",
                "saddle", "willow", "orbit", "pepper", "silver", "canyon", "ember", "violet", "glacier", "tundra"]
SUFFIXES = ["lan", "corp", "int", "local", "home.arpa"]


def fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s.lower())
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in "-._"))


class ThemeInfo:
    def __init__(self, theme, seed):
        r = stream(seed, theme["dir"], "variant")
        self.theme = theme
        self.seed = seed
        self.dir = theme["dir"]
        self.lang = theme["lang"]
        self.org_native, self.org, self.slug = r.choice(theme["orgs"])
        self.domain = "%s.%s" % (self.slug, theme["tld"])
        self.lan = "%s.%s" % (self.slug[:8], r.choice(SUFFIXES))
        self.people = r.sample(theme["people"], 6)
        self.systems = list(theme["systems"])
        self.town = theme["town"]
        self.base_date = datetime.datetime(2025, 1, 6, 8, 0) + datetime.timedelta(days=r.randrange(0, 300))


class Ctx:
    def __init__(self, info, part, reg):
        self.i = info
        self.r = stream(info.seed, info.dir, part)
        self.reg = reg
        self.part = part

    # ---------------------------------------------------------------- naming
    def p(self, rel):
        return "%s/%s" % (self.i.dir, rel)

    def doc(self, rel, **kw):
        return Doc(self.p(rel), **kw)

    def person(self, k=None):
        return self.i.people[k if k is not None else self.r.randrange(len(self.i.people))]

    def handle(self, k=None):
        native, given, family = self.person(k)
        return fold(given) + "." + fold(family)[:1] if self.r.random() < 0.3 else fold(given)

    def email(self, k=None):
        native, given, family = self.person(k)
        return "%s.%s@%s" % (fold(given), fold(family), self.i.domain)

    def sysname(self):
        return self.r.choice(self.i.systems)

    def host(self, sys=None):
        return "%s.%s" % (sys or self.sysname(), self.i.lan)

    def ip(self):
        return "10.%d.%d.%d" % (self.r.randrange(1, 250), self.r.randrange(0, 250), self.r.randrange(2, 250))

    def word(self):
        return self.r.choice(self.i.theme["words"])

    def when(self, days=0, minutes=0):
        d = self.i.base_date + datetime.timedelta(days=days + self.r.randrange(0, 40), minutes=minutes + self.r.randrange(0, 600))
        return d

    def ts(self, fmt="%Y-%m-%dT%H:%M:%SZ", **kw):
        return self.when(**kw).strftime(fmt)

    # ---------------------------------------------------------------- secrets
    def _sec(self, gen):
        return self.reg.secret(gen)

    def pw(self, style=None, safe=False):
        r = self.r
        style = style or r.choice(["strong", "strong", "strong", "human", "human", "leet", "phrase", "weak", "year"])
        syms = SAFE_SYMBOLS if safe else PW_SYMBOLS

        def gen():
            if style == "strong":
                n = r.randrange(14, 25)
                s = [r.choice(ALNUM) for _ in range(n)]
                for _ in range(r.randrange(1, 4)):
                    s[r.randrange(n)] = r.choice(syms)
                return "".join(s)
            if style == "human":
                w = r.choice(self.i.theme["words"] + COMMON_WORDS)
                return w.capitalize() + str(r.randrange(10, 9999)) + r.choice(syms)
            if style == "leet":
                w = r.choice(self.i.theme["words"])
                tr = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
                return w.translate(tr) + r.choice("-_.!") + str(r.randrange(100, 99999))
            if style == "phrase":
                ws = r.sample(self.i.theme["words"] + COMMON_WORDS, 3)
                return ".".join(ws) + "." + str(r.randrange(10, 999))
            if style == "weak":
                return r.choice(self.i.theme["words"] + COMMON_WORDS) + str(r.randrange(1000, 99999))
            if style == "year":
                w = r.choice(self.i.theme["words"])
                return w.capitalize() + r.choice(["_", "@", "#", "!"]).replace("#", "_") + str(r.choice([2024, 2025, 2026]))
            if style == "native":
                w = r.choice(self.i.theme["native_words"])
                digits = self.i.theme.get("digits")
                num = "".join(r.choice(digits) for _ in range(4)) if digits and r.random() < 0.6 else str(r.randrange(1000, 9999))
                return w + num + r.choice("!*.")
            raise ValueError(style)
        return self._sec(gen)

    def pin(self, lo=6, hi=8):
        n = self.r.randrange(lo, hi + 1)
        return self._sec(lambda: str(self.r.randrange(1, 10)) + rchars(self.r, "0123456789", n - 1))

    def passphrase(self, sep="-"):
        return self._sec(lambda: sep.join(self.r.sample(COMMON_WORDS + self.i.theme["words"], self.r.choice([4, 5]))))

    def hexkey(self, n=32):
        return self._sec(lambda: rchars(self.r, HEX, n))

    def alnum(self, n=32):
        return self._sec(lambda: rchars(self.r, ALNUM, n))

    def b64key(self, nbytes=32):
        return self._sec(lambda: b64(rbytes(self.r, nbytes)))

    def urlkey(self, n=40):
        return self._sec(lambda: rchars(self.r, B64URL, n))

    def uuid_secret(self):
        return self._sec(lambda: uuid4(self.r))

    def tok(self, name):
        holder = {}

        def gen():
            v, cat = prov29.provider(self.r, name)
            holder["cat"] = cat
            return v
        v = self._sec(gen)
        return v, holder["cat"]

    def any_tok(self):
        return self.tok(self.r.choice(prov29.COMMON_TOKENS))

    def pair(self, fn):
        kid, _ = fn(self.r)
        sec = self._sec(lambda: fn(self.r)[1])
        return kid, sec

    def jwt_secret(self, payload):
        from core29 import jwt
        return self._sec(lambda: jwt(self.r, payload))

    # ---------------------------------------------------------------- negatives
    def neg(self, v):
        return self.reg.negative(v)

    def uuid(self):
        return self.neg(uuid4(self.r))

    def sha256(self):
        return self.neg(sha256_hex(self.r))

    def gitsha(self):
        return self.neg(git_sha(self.r))

    def reqid(self):
        r = self.r
        return self.neg(r.choice(["REQ-", "SR-", "INC-", "TKT-"]) + str(r.randrange(10000, 999999)))

    def traceid(self):
        return self.neg(rchars(self.r, HEX, 32))

    def fingerprint(self):
        return self.neg("SHA256:" + b64(rbytes(self.r, 32)).rstrip("="))

    def masked(self):
        r = self.r
        v, _ = prov29.provider(r, r.choice(prov29.COMMON_TOKENS))
        return self.neg(prov29.mask(v, r.choice(["stars", "first4last4", "ellipsis", "dots", "redacted"])))

    def placeholder(self):
        return self.neg(self.r.choice(["<password>", "changeme", "YOUR_API_KEY", "xxxxxxxxxxxxxxxx", "<token>",
                                       "your-api-key-here", "REPLACE_ME", "********", "<paste-token-here>", "CHANGE_ME"]))

    def envref(self, name=None):
        name = name or self.r.choice(["DB_PASSWORD", "API_TOKEN", "SMTP_PASSWORD", "SECRET_KEY", "ADMIN_PASSWORD",
                                      "GATEWAY_TOKEN", "BACKUP_PASSPHRASE"])
        return self.neg(self.r.choice(["${%s}", "$%s", "%%%s%%", "env:%s"]) % name)

    def vaultref(self, sys=None):
        sys = sys or self.sysname()
        return self.neg(self.r.choice(["secret/data/%s/%s" % (self.i.slug, sys), "op://Ops/%s/password" % sys,
                                       "kv/%s/%s/credentials" % (self.i.slug, sys), "vault:secret/%s#password" % sys]))
