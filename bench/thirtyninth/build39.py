"""Ctx, deals and the assembly of the ten themes."""
import common39 as C
import extra39 as E
import prov39 as P
from core39 import (ALNUM, B64URL, HEX, Doc, Marks, Registry, jdump, jitter, rs, stream)
from formats39 import FORMATS
from lang39b import ENGLISH
from prose39 import Voice, conversation
from script39 import render
from themes39 import THEMES
from tools39a import TOOLS_A
from tools39b import TOOLS_B

TOOLS = TOOLS_A + TOOLS_B


class Ctx:
    def __init__(self, seed, theme, marks, reg):
        self.seed, self.theme, self.m, self.reg = seed, theme, marks, reg
        self.lang = theme["lang"]
        self.docs = []
        self.part("variant")
        self.org, self.domain = self.r.choice(theme["variants"])
        self.slug = self.domain.split(".")[0]
        self.people = self.r.sample(theme["people"], 6)
        self.systems, self.places, self.ssids = theme["systems"], theme["places"], theme["ssids"]
        self.month, self.day = self.r.randint(1, 12), self.r.randint(1, 28)

    def part(self, name):
        self.r = stream(self.seed, self.theme["dir"], name)
        self.month, self.day = self.r.randint(1, 12), self.r.randint(1, 28)
        return self

    # values
    def A(self, n):
        return rs(self.r, ALNUM, n)

    def H(self, n):
        return rs(self.r, HEX, n)

    def U(self, n):
        return rs(self.r, B64URL, n)

    def D(self, n):
        return str(self.r.randint(1, 9)) + rs(self.r, "0123456789", n - 1)

    def rs(self, alphabet, n):
        return rs(self.r, alphabet, n)

    def jwt(self, claims):
        return P.jwt(self.r, claims)

    def pw(self):
        for _ in range(100):
            v = P.pw_any(self.r)
            if self.reg.ok(v):
                return v
        raise RuntimeError("no fresh password")

    def wifi(self):
        for _ in range(100):
            v = P.wifi_key(self.r)
            if self.reg.ok(v):
                return v
        raise RuntimeError("no fresh wifi key")

    def tokf(self, kind):
        if kind == "aws-secret":
            return P.aws_secret
        return lambda r: P.token(r, kind)

    def ref(self, name):
        return P.ref(self.r, name)

    def vault(self):
        return P.vault_ref(self.r, self.r.choice(self.systems))

    def rsa(self):
        from keys39 import rsa_key
        return rsa_key(self.r)

    def J(self, obj):
        return jdump(obj)

    # marks
    def S(self, v, cat, **kw):
        if callable(v):
            v = self.reg.fresh(self.r, v)
        elif self.reg.ok(v):
            self.reg.take(v)
        else:
            raise RuntimeError("secret value not fresh: %r" % v)
        return self.m.s(v, cat, **kw)

    def N(self, v, cat, **kw):
        if callable(v):
            v = v(self.r)
        if v in self.reg.sset:
            raise RuntimeError("negative equals a secret: %r" % v)
        self.reg.neg(v)
        return self.m.n_(v, cat, **kw)

    def P(self, idv, sec, cat, **kw):
        if callable(idv):
            idv = idv(self.r)
        if callable(sec):
            sec = self.reg.fresh(self.r, sec)
        elif self.reg.ok(sec):
            self.reg.take(sec)
        else:
            raise RuntimeError("pair secret not fresh")
        return self.m.pair(idv, sec, cat, **kw)

    def doc(self, rel, text, crlf=False, bom=False, comment="#", free=False, lang="en"):
        text = jitter(self.r, text, comment, self.people)
        d = Doc(self.theme["dir"] + "/" + rel, text, crlf=crlf, bom=bom, free_text=free, lang=lang,
                theme=self.theme["dir"])
        self.docs.append(d)
        return d


def deal(seed, name, items, per_theme, ntheme=10):
    """Each item dealt equally often; seeded permutations laid end to end, repaired so no theme repeats one."""
    need = per_theme * ntheme
    seq, k = [], 0
    while len(seq) < need:
        r = stream(seed, "deck", name, k)
        p = list(items)
        r.shuffle(p)
        seq += p
        k += 1
    seq = seq[:need]
    hands = [seq[i * per_theme:(i + 1) * per_theme] for i in range(ntheme)]
    for _ in range(50):
        bad = False
        for i, h in enumerate(hands):
            for j, x in enumerate(h):
                if h.count(x) > 1:
                    bad = True
                    o = (i + 1) % ntheme
                    for jj, y in enumerate(hands[o]):
                        if y not in h and x not in hands[o]:
                            h[j], hands[o][jj] = y, x
                            break
        if not bad:
            break
    return hands


def policy_page(c, v):
    L = c.lang
    lines = ["# " + render("<Credentials policy> / ", L["code"], v.rom) + L["name"], ""]
    lines.append(c.N(v.say(L["policy"]), "policy-text", lang=L["code"]))
    lines.append("")
    lines.append(c.N(ENGLISH["policy"], "policy-text"))
    lines += ["", "* Vault: `%s`" % c.N(c.vault(), "vault-reference"),
              "* Placeholder in examples: `%s`" % c.N(P.placeholder(c.r), "placeholder"), ""]
    return c.doc("docs/credentials-policy.md", "\n".join(lines), comment=None, free=True, lang=L["code"])


def build_theme(seed, idx, theme, marks, reg, deals):
    c = Ctx(seed, theme, marks, reg)
    L = theme["lang"]
    for fn in deals["tools"][idx]:
        fn(c.part("tool:" + fn.__name__))
    C.env_file(c.part("common:env"))
    C.compose(c.part("common:compose"))
    C.ci_file(c.part("common:ci"), deals["ci"][idx][0])
    if deals["aws"][idx][0]:
        C.aws_credentials(c.part("common:aws"))
    for n, lang in enumerate(deals["code"][idx]):
        C.code_file(c.part("code:%s:%d" % (lang, n)), lang, n)
    for k in deals["stacks"][idx]:
        C.stack(c.part("stack:" + k), k)
    for k in deals["wraps"][idx]:
        C.wrap(c.part("wrap:" + k), k)
    E.device(c.part("device"))
    for k in deals["logs"][idx]:
        E.log(c.part("log:" + k), k)
    for k in deals["hists"][idx]:
        E.history(c.part("history:" + k), k)
    E.rotation_patch(c.part("diff"))
    E.notebook(c.part("notebook"))
    c.part("negonly:env")
    ph = "<%s>" % render(L["words"][0], L["code"]).replace(" ", "_")
    E.env_example(c, ph)
    c.part("negonly:i18n")
    strings = [render(w, L["code"]) for w in (L["words"][0], L["words"][1], L["words"][5])]
    E.i18n(c, deals["i18n"][idx][0], strings)
    E.lock(c.part("negonly:lock"), deals["locks"][idx][0])
    E.docs_page(c.part("negonly:docs"))
    english = set(deals["english"][idx])
    for fmt in FORMATS:
        c.part("prose:" + fmt.__name__)
        r = c.r
        if fmt.__name__ in english:
            v, code = Voice(c, ENGLISH), "en"
        else:
            rom = r.random() < L["roman_share"]
            v, code = Voice(c, L, romanised=rom, folded=(L["script"] == "Latin" and r.random() < 0.2)), L["code"]
        nsec = r.choice([1, 1, 2, 2, 2, 3])
        nneg = r.choice([0, 1, 1, 1, 2])
        msgs = conversation(c, v, nsec, nneg)
        names = [c.people[0], c.people[1]] if r.random() < 0.5 else [c.people[2], c.people[3]]
        title = r.choice(c.systems) + " " + r.choice(["handover", "setup", "access", "notes", "night shift"])
        path, text, crlf, bom = fmt(c, msgs, names, title)
        c.doc(path, text, crlf=crlf, bom=bom, comment=None, free=True, lang=code)
    policy_page(c.part("prose:policy"), Voice(c, L))
    return c


def build(seed):
    marks, reg = Marks(), Registry()
    deals = {
        "tools": deal(seed, "tools", TOOLS, 10),
        "ci": deal(seed, "ci", C.CI_KINDS, 1),
        "aws": deal(seed, "aws", [True] * 6 + [False] * 4, 1),
        "code": deal(seed, "code", C.CODE_LANGS, 4),
        "stacks": deal(seed, "stacks", C.STACKS, 3),
        "wraps": deal(seed, "wraps", C.WRAPS, 4),
        "logs": deal(seed, "logs", E.LOGS, 3),
        "hists": deal(seed, "hists", E.HISTS, 2),
        "i18n": deal(seed, "i18n", E.I18N, 1),
        "locks": deal(seed, "locks", E.LOCKS, 1),
        "english": deal(seed, "english", [f.__name__ for f in FORMATS], 4),
    }
    docs = []
    for i, th in enumerate(THEMES):
        c = build_theme(seed, i, th, marks, reg, deals)
        for d in c.docs:
            d.resolve(marks)
        docs += c.docs
    if marks.pending:
        raise RuntimeError("%d marks never placed" % len(marks.pending))
    shown = {k: [[x if isinstance(x, (str, bool)) else x.__name__ for x in h] for h in v] for k, v in deals.items()}
    return docs, shown
