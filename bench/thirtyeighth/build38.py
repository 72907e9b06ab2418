"""Deals, assembly of the ten themes, free-text planning and counts (thirty-eighth corpus)."""
import collections

import common38 as CM
import extra38 as EX
import formats38 as FM
import keys38 as K
import lang38 as LG
import prose38 as PR
import prov38 as P
from core38 import BuildError, Doc, Registry, comment_jitter, jwt_hs256, rbytes, stream
from themes38 import THEMES
from tools38a import KINDS_A
from tools38b import KINDS_B

KINDS = KINDS_A + KINDS_B
CI_KINDS = ["github", "gitlab", "bitbucket", "azure"]


class Ctx:
    def __init__(self, seed, theme, part, reg, variant, people):
        self.seed, self.t, self.reg = seed, theme, reg
        self.r = stream(seed, theme["key"], part)
        self.org, self.dom = variant
        self.slug = theme["key"]
        self.people = people
        self.date = "2024-%02d-%02d" % (self.r.randrange(1, 13), self.r.randrange(1, 29))

    def D(self, path, jit=None, crlf=False, bom=False, free_text=False, lang="en", fmt=None):
        return Doc(self.t["dir"] + "/" + path, self.t["dir"].split("/")[0], lang=lang, free_text=free_text,
                   crlf=crlf, bom=bom, fmt=fmt)

    def jit(self, style):
        return comment_jitter(self.r, style, [p[1] for p in self.people], self.date)

    def pw(self, style=None, uri=False):
        def make(r):
            while True:
                v = P.password(r, self.t, style or r.choice(["strong", "strong", "human", "leet", "phrase", "weak"]))
                if not uri or not any(ch in v for ch in "@#%?/:^"):
                    return v
        return self.reg.fresh(lambda: make(self.r))

    def f(self, fn):
        return self.reg.fresh(lambda: fn(self.r))

    def key(self, kind):
        return K.Key(kind, self.r)

    def cert(self, key, cn):
        return K.selfsigned(key, cn, self.org, self.r.getrandbits(63), "240101000000Z", "340101000000Z", self.r)

    def sys(self):
        return self.r.choice(self.t["systems"])

    def person(self):
        return self.r.choice(self.people)

    def who(self):
        return self.person()[1]

    def jwt(self, iss, sub):
        tok = self.reg.fresh(lambda: jwt_hs256({"alg": "HS256", "typ": "JWT"},
                                               {"iss": iss, "sub": sub, "iat": 1700000000 + self.r.randrange(10 ** 7)},
                                               rbytes(self.r, 32)))
        return tok


def deal(seed, name, cards, per, n_themes=10):
    need = per * n_themes
    slots, k = [], 0
    while len(slots) < need:
        perm = cards[:]
        stream(seed, "deck", name, k).shuffle(perm)
        slots += perm
        k += 1
    slots = slots[:need]
    hands = [slots[i * per:(i + 1) * per] for i in range(n_themes)]
    for i in range(n_themes):                      # repair: no card twice in one theme
        for a in range(per):
            if hands[i][a] in hands[i][:a]:
                for j in range(n_themes):
                    if j == i:
                        continue
                    for b in range(per):
                        x, y = hands[i][a], hands[j][b]
                        if y not in hands[i] and x not in hands[j]:
                            hands[i][a], hands[j][b] = y, x
                            break
                    else:
                        continue
                    break
                else:
                    raise BuildError("deal repair failed for %s" % name)
    return hands


def build(seed, per_theme_out=None):
    reg = Registry()
    kinds = deal(seed, "tools", list(range(len(KINDS))), 10)
    codes = deal(seed, "code", CM.CODE_LANGS, 2)
    stacks = deal(seed, "stack", CM.STACKS, 3)
    wraps = deal(seed, "wrap", CM.WRAPS, 4)
    logs = deal(seed, "log", EX.LOGS, 3)
    hists = deal(seed, "history", EX.HISTORIES, 2)
    cis = deal(seed, "ci", CI_KINDS, 1)
    i18ns = deal(seed, "i18n", EX.I18N_FORMATS, 1)
    locks = deal(seed, "lock", EX.LOCKS, 1)
    english = deal(seed, "english", list(range(len(FM.FORMATS))), 4)
    aws_themes = stream(seed, "deck", "aws").sample(range(10), 6)
    docs, deals = [], {}
    for ti, theme in enumerate(THEMES):
        vr = stream(seed, theme["key"], "variant")
        variant = vr.choice(theme["orgs"])
        people = vr.sample(theme["people"], 6)
        L = LG.LANGS[theme["lang"]]
        mk = lambda part: Ctx(seed, theme, part, reg, variant, people)
        tdocs = []
        for k in kinds[ti]:
            tdocs += KINDS[k](mk("tool:" + KINDS[k].__name__))
        tdocs += CM.app_env(mk("common:env")) + CM.compose(mk("common:compose")) + CM.ci(mk("common:ci"), cis[ti][0])
        if ti in aws_themes:
            tdocs += CM.aws_credentials(mk("common:aws"))
        for n, lang in enumerate(codes[ti]):
            tdocs += CM.code(mk("code:%s:%d" % (lang, n)), lang, n + 1)
        for s in stacks[ti]:
            tdocs += CM.stack(mk("stack:" + s), s)
        for w in wraps[ti]:
            tdocs += CM.wrap(mk("wrap:" + w), w)
        tdocs += EX.device(mk("device"))
        for lg in logs[ti]:
            tdocs += EX.log(mk("log:" + lg), lg)
        for h in hists[ti]:
            tdocs += EX.history(mk("history:" + h), h)
        tdocs += EX.patch(mk("diff"))
        nc = mk("negonly")
        tdocs += EX.env_example(nc, LG.render(L, L["placeholder"], "native"))
        tdocs += EX.i18n(mk("negonly:i18n"), i18ns[ti][0], {k: LG.render(L, v, "native") for k, v in L["i18n"].items()}, L["code"])
        tdocs += EX.lockfile(mk("negonly:lock"), locks[ti][0])
        tdocs += EX.integrations_doc(mk("negonly:docs"))
        # free text: 20 formats, 16 in the theme's language and 4 in English, plus the policy page
        plan = mk("prose:plan")
        for fi, (fname, ptmpl, fn, crlf_p, bom_p) in enumerate(FM.FORMATS):
            c = mk("prose:" + fname)
            eng = fi in english[ti]
            LL = LG.LANGS["en"] if eng else L
            mode = "native" if eng else LG.pick_mode(L, c.r)
            day = c.r.randrange(2, 28)
            path = ptmpl.format(slug=theme["key"], n=fi + 1, day="%02d" % day)
            d = c.D(path, free_text=True, lang=LL["code"], crlf=c.r.random() < crlf_p, bom=c.r.random() < bom_p, fmt=fname)
            n_sec = c.r.choice([0, 1, 2, 2, 2, 2, 3, 3])
            n_neg = c.r.choice([0, 1, 1, 2, 2, 2])
            msgs = PR.conversation(c, d, LL, mode, n_sec, n_neg)
            title = "%s %s" % (c.sys(), c.r.choice(["handover", "night shift", "weekly", "access", "setup", "notes"]))
            d.text = fn(c, LL, [PR.Msg(m.who, m.text) for m in msgs], title, day)
            d.mode = mode
            tdocs.append(d)
        c = mk("prose:policy")
        d = c.D("docs/credentials-policy.md", free_text=True, lang=L["code"], fmt="policy-page")
        pol = LG.render(L, L["policy"], "native")
        lab = c.r.random() < 0.4
        d.text = "# %s\n\n%s\n\n%s\n\n- %s\n- %s\n" % (
            LG.render(L, L["i18n"]["pw"], "native"), d.neg(pol, "policy-text") if lab else pol,
            "Rotate shared passwords after staff changes; store them in the vault (vault.%s)." % variant[1],
            "English: please don't paste passwords in chats, tickets or mail.", "Report a leak to %s@%s." % (people[0][1], variant[1]))
        tdocs.append(d)
        for d in tdocs:
            d.theme_key = theme["key"]
        docs += tdocs
        deals[theme["dir"]] = dict(tools=[KINDS[k].__name__ for k in kinds[ti]], code=codes[ti], stacks=stacks[ti],
                                   wraps=wraps[ti], logs=logs[ti], histories=hists[ti], ci=cis[ti][0],
                                   i18n=i18ns[ti][0], lock=locks[ti][0], aws=ti in aws_themes,
                                   english=[FM.FORMATS[i][0] for i in english[ti]], language=L["name"])
    return docs, deals
