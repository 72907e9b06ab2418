"""Per-theme context: organisation, people, hosts, value generators and the corpus-wide registry."""

import base64
import hashlib

import prov31
from core31 import ALNUM, CHARSETS, DIGITS, HEX, LOWER, UPPER, B64, b64, pick, rhex, rng, rstr, ruuid
from langb31 import lang

EN_WORDS = ["harbour", "meadow", "copper", "lantern", "orchard", "falcon", "granite", "willow", "ember", "thistle",
            "saddle", "pepper", "anchor", "breeze", "cobalt", "marble", "hazel", "comet", "juniper", "velvet"]


class Registry:
    """Every secret value is unique corpus-wide; themes are built in a fixed order."""

    def __init__(self):
        self.values = set()

    def take(self, v):
        if v in self.values:
            return False
        if len(v) >= 8 and any(len(x) >= 8 and (v in x or x in v) for x in self.values):
            return False                  # no secret may contain another (Word2023 inside Word2023.)
        self.values.add(v)
        return True


class Person:
    def __init__(self, native, latin, handle, domain):
        self.native, self.latin, self.handle = native, latin, handle
        self.email = "%s@%s" % (handle, domain)


class Ctx:
    def __init__(self, seed, theme, registry):
        self.seed = seed
        self.t = theme
        self.key = theme["key"]
        self.reg = registry
        self.lang = theme["lang"]
        self.L = lang(self.lang)
        self.EN = lang("en")
        r = self.r("variant")
        self.variant = r.randrange(3)
        self.org_native, self.org, self.domain = theme["variants"][self.variant]
        ppl = list(theme["people"])
        r.shuffle(ppl)
        self.people = [Person(n, l, h, self.domain) for n, l, h in ppl[:6]]
        self.intra = pick(r, ["int", "lan", "corp", "office", "site"]) + "." + self.domain
        self.systems = theme["systems"]
        self.slug = self.domain.split(".")[0].replace("-", "")

    def r(self, *parts):
        return rng(self.seed, self.key, *parts)

    # -------------------------------------------------------------- uniqueness
    def uniq(self, fn):
        for _ in range(200):
            v = fn()
            if self.reg.take(v):
                return v
        raise RuntimeError("could not draw a unique value")

    # -------------------------------------------------------------- people, hosts
    def person(self, r):
        return pick(r, self.people)

    def host(self, r, sysslug=None):
        s = sysslug or pick(r, self.systems)[0]
        return "%s%s.%s" % (s, pick(r, ["", "01", "-1", "2", "-a"]), self.intra)

    def system(self, r, native=True):
        slug, name = pick(r, self.systems)
        return slug, (name if native else slug)

    def svc_user(self, r, base=None):
        return pick(r, ["svc_", "app_", "", "ops-", "bot-"]) + (base or pick(r, self.systems)[0])

    # -------------------------------------------------------------- passwords
    def pw(self, r, style=None, cs="plain", minlen=8):
        return self.uniq(lambda: self._pw(r, style, cs, minlen))

    def _pw(self, r, style, cs, minlen):
        sym = CHARSETS[cs]
        if style is None:
            x = r.random()
            style = ("strong" if x < .30 else "human" if x < .50 else "leet" if x < .60 else "phrase" if x < .72
                     else "weak" if x < .82 else "year" if x < .92 else "native")
        if style == "native" and cs != "plain":
            style = "human"
        words = self.t["words"]
        if style == "strong":
            n = r.randrange(14, 23)
            body = pick(r, UPPER + LOWER) + rstr(r, n - 3, ALNUM + sym) + pick(r, sym) + pick(r, DIGITS)
            return body
        if style == "human":
            s = pick(r, [c for c in "!.-#?*" if c in sym] or ["-"])
            v = pick(r, words) + str(r.randrange(10, 10000)) + s
        elif style == "leet":
            w = pick(r, words).lower()
            table = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}
            if "@" in sym:
                table["a"] = "@"
            w = "".join(table.get(c, c) if r.random() < .7 else c for c in w)
            v = w[0].upper() + w[1:] + str(r.randrange(10, 1000)) + pick(r, [c for c in "!#?." if c in sym] or ["."])
        elif style == "phrase":
            pool = [w.lower() for w in words] + EN_WORDS
            sep = pick(r, [c for c in "-._" if c in sym] or ["-"])
            v = sep.join(pick(r, pool) for _ in range(r.randrange(3, 5))) + str(r.randrange(10, 100))
        elif style == "weak":
            v = pick(r, words).lower() + str(r.randrange(1000, 10000))
        elif style == "year":
            v = pick(r, words) + str(r.randrange(2018, 2027)) + pick(r, ["", "!", "."] if "!" in sym else ["", "."])
        else:
            w = pick(r, self.t["native"])
            digits = str(r.randrange(100, 10000))
            if self.t["digits"] and r.random() < .6:
                digits = "".join(self.t["digits"][int(c)] for c in digits)
            v = w + digits + pick(r, ["!", ".", "-", ""])
        while len(v) < minlen:
            v += str(r.randrange(10))
        return v

    def door(self, r):
        return self.uniq(lambda: str(r.randrange(10 ** 5, 10 ** r.randrange(6, 9))).zfill(6))

    def passphrase(self, r):
        pool = [w.lower() for w in self.t["words"]] + EN_WORDS
        return self.uniq(lambda: " ".join(pick(r, pool) for _ in range(r.randrange(4, 6))))

    def tok(self, r, name):
        cat = prov31.TOKENS[name][0]
        return self.uniq(lambda: prov31.token(r, name)[0]), cat

    def pairv(self, r, name):
        cat = prov31.PAIRS[name][0]
        box = {}

        def draw():
            i, s, _ = prov31.key_pair(r, name)
            box["id"] = i
            return s
        s = self.uniq(draw)
        return box["id"], s, cat

    def rand(self, r, n, alphabet=ALNUM):
        return self.uniq(lambda: rstr(r, n, alphabet))

    def hexs(self, r, n):
        return self.uniq(lambda: rhex(r, n))

    def b64s(self, r, nbytes):
        return self.uniq(lambda: b64(bytes(r.getrandbits(8) for _ in range(nbytes))))

    def uuid_secret(self, r):
        return self.uniq(lambda: ruuid(r))

    # -------------------------------------------------------------- negatives
    def commit(self, r):
        return rhex(r, 40)

    def sha256(self, r):
        return rhex(r, 64)

    def uuid(self, r):
        return ruuid(r)

    def fp(self, r):
        return "SHA256:" + b64(bytes(r.getrandbits(8) for _ in range(32))).rstrip("=")

    def bcrypt(self, r):
        return "$2b$12$" + rstr(r, 53, LOWER + UPPER + DIGITS + "./")

    def sha512crypt(self, r):
        return "$6$" + rstr(r, 16, ALNUM + "./") + "$" + rstr(r, 86, ALNUM + "./")

    def ref(self, r, what="db"):
        k = r.randrange(6)
        item = "%s-%s" % (self.slug, what)
        if k == 0:
            return "op://%s/%s/password" % (pick(r, ["Ops", "Infra", "Shop", "Shared"]), item)
        if k == 1:
            return "vault:secret/data/%s/%s#password" % (self.slug, what)
        if k == 2:
            return "bw://%s/%s" % (pick(r, ["org", "ops"]), item)
        if k == 3:
            return "keepass://%s.kdbx/%s" % (self.slug, item)
        if k == 4:
            return "pass:%s/%s" % (self.slug, what)
        return "sm://projects/%s/secrets/%s/versions/latest" % (self.slug, item)

    def envref(self, r, name="DB_PASSWORD"):
        return pick(r, ["$" + name, "${" + name + "}", "%" + name + "%", "${{ secrets." + name + " }}",
                        "process.env." + name, "os.environ['" + name + "']", "$env:" + name, "{{ " + name.lower() + " }}"])

    def ssh_pub(self, r):
        blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(r.getrandbits(8) for _ in range(32))
        return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + pick(r, self.people).handle + "@" + self.slug

