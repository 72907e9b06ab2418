"""Per-theme context: organisation, people, hosts, value generators and the corpus-wide registry."""

from core33 import ALNUM, N, S, stream
from lang33b import LANGS
import prov33

SYMS = "!%*+-.=?^_~"
URL_SAFE = ALNUM + "-_.~"
COMMON_WORDS = ["river", "copper", "lantern", "orbit", "pepper", "harbor", "maple", "cobalt", "willow", "falcon",
                "ember", "tundra", "velvet", "canyon", "meadow", "quartz", "saffron", "glacier", "thunder", "cedar",
                "marble", "pebble", "juniper", "raven", "sparrow", "anchor", "cinder", "harvest", "lagoon", "prairie"]
LEET = {"a": "4", "e": "3", "o": "0", "s": "5", "i": "1", "t": "7"}
YEARS = ["2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"]


class Registry:
    """Every secret value is unique corpus-wide and no secret of 6+ characters contains another one."""

    def __init__(self):
        self.values = set()
        self.long = []

    def ok(self, v):
        if v in self.values:
            return False
        if len(v) >= 6:
            for w in self.long:
                if v in w or w in v:
                    return False
        return True

    def take(self, v):
        if not self.ok(v):
            return False
        self.values.add(v)
        if len(v) >= 6:
            self.long.append(v)
        return True


class Ctx:
    def __init__(self, seed, theme, registry):
        self.seed = seed
        self.t = theme
        self.key = theme["key"]
        self.reg = registry
        self.L = LANGS[theme["lang"]]
        self.EN = LANGS["en"]
        r = self.rng("variant")
        self.org_native, self.org, self.domain = r.pick(theme["orgs"])
        self.people = r.sample(theme["people"], 6)
        self.systems = list(theme["systems"])
        self.slug = self.domain.split(".")[0]
        self.idom = "int." + self.domain
        self.words = theme["words"]
        self.native = theme["native"]
        self.digits = theme["digits"]

    def rng(self, *parts):
        return stream(self.seed, self.key, *parts)

    # ------------------------------------------------------------ names
    def host(self, sys):
        return "%s.%s" % (sys, self.idom)

    def email(self, handle):
        return "%s@%s" % (handle, self.domain)

    def person(self, r):
        return r.pick(self.people)

    def sysname(self, r):
        return r.pick(self.systems)

    # ------------------------------------------------------------ unique values
    def unique(self, r, fn):
        for _ in range(200):
            v = fn(r)
            if self.reg.take(v):
                return v
        raise RuntimeError("could not make a unique value in %s" % self.key)

    def _word(self, r):
        return r.pick(self.words)

    def pw_raw(self, r, style):
        if style == "strong":
            while True:
                v = r.s(ALNUM + SYMS, r.randrange(16, 25))
                if any(c in SYMS for c in v) and any(c.isdigit() for c in v) and v[0] not in "-.":
                    return v
        if style == "urlsafe":
            return r.s(ALNUM, r.randrange(14, 22)) + r.pick(["", "-", "_", "."]) + r.s(ALNUM, 3)
        if style == "human":
            return self._word(r) + r.pick(["", "_", "-", "@"]) + str(r.randrange(10, 9999)) + r.pick(["!", "*", "#", "", "?"])
        if style == "leet":
            w = "".join(LEET.get(c, c) if r.chance(0.7) else c for c in self._word(r).lower())
            return w[0].upper() + w[1:] + r.pick(["~", "_", "!", "%"]) + str(r.randrange(10, 99))
        if style == "phrase":
            ws = [r.pick(COMMON_WORDS), self._word(r).lower(), r.pick(COMMON_WORDS)]
            return r.pick(["-", ".", "_"]).join(ws) + str(r.randrange(10, 99))
        if style == "weak":
            return self._word(r).lower() + str(r.randrange(1000, 9999))
        if style == "year":
            return self._word(r) + r.pick(YEARS) + r.pick(["!", "*", "#", "$"])
        if style == "native":
            d = self.digits
            n = "".join(r.pick(d) for _ in range(r.randrange(3, 5)))
            return r.pick(self.native) + r.pick(["", "_", "-"]) + n + r.pick(["", "!", "*"])
        raise ValueError(style)

    STYLES = ["strong", "strong", "strong", "human", "human", "leet", "phrase", "weak", "year", "native"]

    def pw(self, r, style=None, safe=False):
        if safe:
            style = r.pick(["urlsafe", "urlsafe", "weak", "phrase"]) if style is None else style
            if style in ("strong", "native", "human", "leet", "year"):
                style = "urlsafe"
        if style is None:
            style = r.pick(self.STYLES)
        return self.unique(r, lambda rr: self.pw_raw(rr, style))

    def pw_ascii(self, r):
        return self.pw(r, r.pick(["strong", "strong", "human", "leet", "phrase", "weak", "year"]))

    def hexsecret(self, r, n=64):
        return self.unique(r, lambda rr: rr.hex(n))

    def b64secret(self, r, nbytes=32, urlsafe=False, pad=True):
        return self.unique(r, lambda rr: rr.b64bytes(nbytes, urlsafe=urlsafe, pad=pad))

    def alnum(self, r, n):
        return self.unique(r, lambda rr: rr.alnum(n))

    def uuid_secret(self, r):
        return self.unique(r, lambda rr: rr.uuid())

    def door(self, r):
        return self.unique(r, lambda rr: str(rr.randrange(1000, 999999)) + rr.pick(["", "", "#", "*"]))

    def pin(self, r):
        return self.unique(r, lambda rr: str(rr.randrange(1000, 99999)))

    def token(self, r, name):
        cat = prov33.PROVIDERS[name][0]
        return self.unique(r, lambda rr: prov33.token(rr, name)[0]), cat

    def tok(self, r, name, **extra):
        v, cat = self.token(r, name)
        return S(v, cat, **extra)

    def pair(self, r, name):
        for _ in range(100):
            i, s, cat = prov33.pair(r, name)
            if self.reg.ok(i) and self.reg.ok(s):
                self.reg.take(i)
                self.reg.take(s)
                return i, s, cat
        raise RuntimeError("pair")

    def secret_of(self, r, fn):
        return self.unique(r, fn)

    # ------------------------------------------------------------ negatives
    def ref(self, r, sys=None, kind=None):
        sys = sys or self.sysname(r)
        kind = kind or r.pick(["vault", "op", "bw", "pass", "akv", "arn", "gsm", "keepassxc"])
        if kind == "vault":
            return "vault:secret/data/%s/%s#password" % (self.slug, sys), "vault-reference"
        if kind == "op":
            return "op://Ops/%s/password" % sys, "1password-reference"
        if kind == "bw":
            return "bw://%s/password" % r.uuid(), "bitwarden-reference"
        if kind == "pass":
            return "pass show %s/%s" % (self.slug, sys), "pass-reference"
        if kind == "akv":
            return "akv://kv-%s/%s-password" % (self.slug[:12], sys), "key-vault-reference"
        if kind == "arn":
            return "arn:aws:secretsmanager:eu-central-1:%d:secret:%s/%s-%s" % (
                r.randrange(10 ** 11, 10 ** 12), self.slug, sys, r.alnum(6)), "secrets-manager-arn"
        if kind == "gsm":
            return "projects/%s-prod/secrets/%s-password/versions/latest" % (self.slug[:20], sys), \
                "secret-manager-path"
        return "keepassxc://Ops/%s" % sys, "keepassxc-reference"

    def env_name(self, sys, what="PASSWORD"):
        return (sys.replace("-", "_") + "_" + what).upper()

    def neg_ref(self, r, sys=None, kind=None):
        v, cat = self.ref(r, sys, kind)
        return N(v, cat)

    def placeholder(self, r):
        return N(r.pick(prov33.PLACEHOLDERS), "placeholder")


def _doc(self, rel, **kw):
    from core33 import Doc
    return Doc(self.key + "/" + rel, **kw)


Ctx.doc = _doc
