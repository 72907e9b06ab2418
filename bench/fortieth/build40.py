"""Ctx, the per-theme context, deals, and assembly of the ten themes."""

import common40 as C
import extra40 as X
import formats40 as F
import prose40 as P
from core40 import Doc, Registry, jitter, stream
from lang40a import EN, LANGS_A
from lang40b import LANGS_B
from prov40 import TOKENS
from themes40 import THEMES
from tools40a import KINDS_A
from tools40b import KINDS_B

LANGS = {**LANGS_A, **LANGS_B}
KINDS = {**KINDS_A, **KINDS_B}
COUNTRY = {"tdd": "CN", "hoc": "IN", "mak": "ID", "mag": "IN", "tbw": "PH", "mid": "IR", "ctg": "BD", "kjh": "RU",
           "arg": "ES", "pcd": "FR"}


class Ctx:
    def __init__(self, seed):
        self.seed, self.reg, self._id, self.docs, self.paths = seed, Registry(), 0, [], set()

    def next_id(self):
        self._id += 1
        return self._id


class Theme:
    def __init__(self, ctx, th):
        self.ctx, self.th, self.dir, self.lang = ctx, th, th["dir"], th["lang"]
        self.L = LANGS[self.lang]
        r = self.r("variant")
        self.org, self.domain = th["variants"][r.randrange(3)]
        self.slug = self.domain.split(".")[0]
        self.people = r.sample(th["people"], 6)
        self.systems, self.places, self.ssids = th["systems"], th["places"], th["ssids"]
        self.country = COUNTRY[self.lang]

    def r(self, part):
        return stream(self.ctx.seed, self.dir, part)

    def doc(self, path, **kw):
        full = "%s/%s" % (self.dir, path)
        if full in self.ctx.paths:
            raise ValueError("duplicate path %s" % full)
        self.ctx.paths.add(full)
        d = Doc(self.ctx, self.dir, full, **kw)
        self.ctx.docs.append(d)
        return d

    def u(self, fn):
        return self.ctx.reg.uniq(fn)

    def tok(self, r, name):
        return self.ctx.reg.uniq(lambda: TOKENS[name][1](r))

    def jit(self, r, style):
        return jitter(r, style, [p[1] for p in self.people])

    def sys(self, r):
        return r.choice(self.systems)

    def person(self, r):
        return r.choice(self.people)[0]

    def handle(self, r):
        return r.choice(self.people)[1]


def deal(seed, name, items, per_theme, n_themes=10):
    """Lay seeded permutations of items end to end, cut into per_theme slices, then repair repeats."""
    need = per_theme * n_themes
    seq, k = [], 0
    while len(seq) < need:
        perm = list(items)
        stream(seed, "deck", name, k).shuffle(perm)
        seq += perm
        k += 1
    seq = seq[:need]
    hands = [seq[i * per_theme:(i + 1) * per_theme] for i in range(n_themes)]
    r = stream(seed, "deck", name, "repair")
    for _ in range(1000):
        bad = [(t, j) for t, h in enumerate(hands) for j in range(len(h)) if h.index(h[j]) != j]
        if not bad:
            break
        t, j = bad[0]
        u = r.randrange(n_themes)
        i = r.randrange(per_theme)
        if u != t and hands[t][j] not in hands[u] and hands[u][i] not in hands[t]:
            hands[t][j], hands[u][i] = hands[u][i], hands[t][j]
    return [sorted(h) if name != "english" else h for h in hands]


def free_text(T, deals, idx):
    fmts_en = deals["english"][idx]
    sdeck = list(P.SECRET_KINDS)
    r0 = T.r("prose:deck")
    r0.shuffle(sdeck)
    sdeck = sdeck * 2
    pos = 0
    for fmt in F.FORMATS:
        r = T.r("prose:" + fmt)
        english = fmt in fmts_en
        L = EN if english else T.L
        romanised = (not english) and r.random() < L["roman"]
        folded = (not english) and r.random() < L["fold"]
        n_sec = 2 if r.random() < 0.86 else 1
        kinds, pos = sdeck[pos:pos + n_sec], pos + n_sec
        negs = r.sample(P.NEG_KINDS, 1 + (r.random() < 0.15))
        holder = Doc(T.ctx, T.dir, "", free=True, lang=L["code"])
        sp = P.Speaker(T, holder, r, L, romanised, folded)
        convo = P.conversation(sp, kinds, negs)
        path, text, crlf, bom = F.build(fmt, T, sp, convo, r)
        d = T.doc(path, free=True, lang=L["code"], crlf=crlf, bom=bom)
        d.items = holder.items
        d.set(text)
    r = T.r("prose:policy")
    holder = Doc(T.ctx, T.dir, "", free=True, lang=T.lang)
    sp = P.Speaker(T, holder, r, T.L, False, False)
    path, text = F.policy_page(T, sp, r)
    d = T.doc(path, free=True, lang=T.lang)
    d.items = holder.items
    d.set(text)


def build(seed):
    ctx = Ctx(seed)
    names = sorted(KINDS)
    deals = {"tools": deal(seed, "tools", names, 10), "ci": deal(seed, "ci", C.CI_KINDS, 1),
             "code": deal(seed, "code", C.CODE_LANGS, 3), "stack": deal(seed, "stack", C.STACKS, 3),
             "wrap": deal(seed, "wrap", C.WRAPS, 4), "log": deal(seed, "log", X.LOGS, 3),
             "history": deal(seed, "history", X.HISTORIES, 2), "i18n": deal(seed, "i18n", X.I18N, 1),
             "lock": deal(seed, "lock", X.LOCKS, 1), "infra": deal(seed, "infra", ["k8s", "terraform"] * 5, 1), "english": deal(seed, "english", F.FORMATS, 4)}
    aws = sorted(stream(seed, "deck", "aws").sample(range(10), 6))
    deals["aws"] = [i in aws for i in range(10)]
    for idx, th in enumerate(THEMES):
        T = Theme(ctx, th)
        for kind in deals["tools"][idx]:
            KINDS[kind](T)
        C.env_file(T)
        C.compose(T)
        C.ci(T, deals["ci"][idx][0])
        (C.k8s_secret if deals["infra"][idx][0] == "k8s" else C.terraform)(T)
        if deals["aws"][idx]:
            C.aws_creds(T)
        for n, lang in enumerate(deals["code"][idx]):
            C.code(T, lang, n)
        for kind in deals["stack"][idx]:
            C.stack(T, kind)
        for n, kind in enumerate(deals["wrap"][idx]):
            C.wrap(T, kind, n)
        X.device(T)
        for kind in deals["log"][idx]:
            X.log(T, kind)
        for kind in deals["history"][idx]:
            X.history(T, kind)
        X.diff(T)
        X.notebook(T)
        X.env_example(T)
        X.i18n(T, deals["i18n"][idx][0])
        X.lockfile(T, deals["lock"][idx][0])
        X.integrations_doc(T)
        free_text(T, deals, idx)
    for d in ctx.docs:
        d.resolve()
    deals_out = {th["dir"]: {k: v[i] for k, v in deals.items()} for i, th in enumerate(THEMES)}
    return ctx, deals_out
