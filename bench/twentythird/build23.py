"""Decks, theme state, deals per theme, assembly and counts."""

import collections
import random

import bespoke23
import cfg23a
import cfg23b
import cfg23c
import code23
import keywrap23
import lang23
import negf23
import prose23a
import prose23b
import prov23
import themes23
from core23 import Ctx, Doc, render

TAG = "twentythird"
CONFIG_KINDS = cfg23a.KINDS + cfg23b.KINDS + cfg23c.KINDS
PER_THEME = dict(configs=16, code=5, keys=8, negf=9)


class Deck:
    """Deals without repetition until exhausted, then reshuffles; never deals an excluded item."""

    def __init__(self, seed, name, items):
        self.rng = random.Random("%s:%d:deck:%s" % (TAG, seed, name))
        self.items, self.pool = list(items), []

    def draw(self, exclude=()):
        for _ in range(3):
            for i, it in enumerate(self.pool):
                if it not in exclude:
                    return self.pool.pop(i)
            fresh = list(self.items)
            self.rng.shuffle(fresh)
            self.pool.extend(fresh)
        raise RuntimeError("deck exhausted")

    def deal(self, n):
        got = []
        for _ in range(n):
            got.append(self.draw(exclude=got))
        return got


def _names(cat):
    up = cat.upper().replace("-", "_").replace("1PASSWORD", "ONEPASSWORD")
    parts = cat.replace("1password", "onepassword").split("-")
    camel = parts[0] + "".join(p.title() for p in parts[1:])
    return up, camel, up.lower()


def code_body(t, shapes, pair):
    body = t["body"]
    for i, sh in enumerate(shapes, 1):
        up, camel, snake = _names(prov23.SHAPES[sh][0])
        body = body.replace("%%P%d%%" % i, sh).replace("%%N%d%%" % i, up).replace("%%c%d%%" % i, camel).replace(
            "%%s%d%%" % i, snake)
    if pair:
        _, idn, secn, _ = prov23.PAIRS[pair]
        pre = pair.replace("-", "_")
        body = body.replace("%PAIR%", pair).replace("%PI%", "%s_%s" % (pre, idn)).replace("%PS%", "%s_%s" % (pre, secn))
    return body


def subst_path(c, path):
    return path.replace("«slug»", c.slug).replace("«num»", "%02d" % c.rng.randint(1, 12))


def build_theme(seed, theme, decks, registry):
    rng = random.Random("%s:%d:%s" % (TAG, seed, theme["dir"]))
    c = Ctx(rng, theme, lang23.LANGS[theme["lang"]], registry, seed)
    docs = []

    def tpl(t, prefix=""):
        d = Doc(subst_path(c, t["path"]), crlf=t["crlf"], fmt=t["fmt"])
        render(c, d, t["body"])
        return d

    # tool and config files, plus the theme's own file
    for key in decks["config"].deal(PER_THEME["configs"]):
        docs.append(tpl(key))
    for t in bespoke23.BESPOKE[theme["dir"]]:
        docs.append(tpl(t))
    # integration files
    for t in decks["code"].deal(PER_THEME["code"]):
        shapes = [decks["shape"].draw(), None]
        shapes[1] = decks["shape"].draw(exclude=[shapes[0]])
        pair = decks["pair"].draw() if "%PAIR%" in t["body"] else None
        d = Doc(subst_path(c, t["path"]), crlf=t["crlf"], fmt=t["fmt"])
        render(c, d, code_body(t, shapes, pair))
        docs.append(d)
    # private keys
    for w in decks["wrap"].deal(PER_THEME["keys"]):
        docs.extend(keywrap23.WRAPS[w](c))
    # negative-only files
    for n in decks["negf"].deal(PER_THEME["negf"]):
        docs.extend(negf23.NEGF[n](c))
    # free text
    docs.extend(free_text(c, decks))
    for d in docs:
        d.path = "%s/%s" % (theme["dir"], d.path)
    return c, docs


def free_text(c, decks):
    r = c.rng
    L = c.lang
    out = []
    sd = decks["chatshape"]
    # Zalo is a Vietnamese messenger: only the Vietnamese-speaking theme gets it, and always as its first chat
    if c.theme["lang"] == "vi":
        chats = ["zalo", decks["chat"].draw(exclude=["zalo"])]
    else:
        chats = [decks["chat"].draw(exclude=["zalo"])]
        chats.append(decks["chat"].draw(exclude=["zalo", chats[0]]))
    for i, fmt in enumerate(chats):
        Lc = prose23a.pick_lang(c) if i == 1 else L
        secrets = r.sample(["pw", "qa", "tok", "wifi", "revoked", "temp", "tok"], r.choice([2, 3]) if i == 0 else 2)
        negs = r.sample(["dont", "sha", "reqid", "masked", "reset"], 2)
        msgs = prose23a.script(c, Lc, secrets, negs, sd)
        out.append(prose23a.CHATS[fmt](c, msgs, "comms/%s-%s" % (fmt, "ops" if i == 0 else c.rng.choice(c.theme["hosts"]))))
    for i, fmt in enumerate(decks["ticket"].deal(2)):
        Lc = prose23a.pick_lang(c)
        secrets = r.sample(["pw", "qa", "tok", "tok", "temp"], 2)
        negs = [r.choice(["reqid", "masked", "reset", "policy"])]
        msgs = prose23a.script(c, Lc, secrets, negs, sd)
        out.append(prose23a.TICKETS[fmt](c, msgs, "tickets/%s-%d" % (fmt, r.randint(100, 9999))))
    fmt = decks["mail"].draw()
    out.append(prose23b.MAILS[fmt](c, prose23a.pick_lang(c), "mail/%s-%s" % (fmt, c.rng.choice(c.theme["hosts"]))))
    fmt = decks["wiki"].draw()
    out.append(prose23b.wiki(c, L, "wiki/runbook-%s" % c.rng.choice(c.theme["hosts"]), fmt))
    fmt = decks["notes"].draw()
    out.append(prose23b.notes(c, L, "notes/%s-%s" % (fmt, c.date()), fmt, sd.draw()))
    fmt = decks["history"].draw()
    out.append(prose23b.history(c, "history/%s/%s" % (c.handle(), fmt), fmt, decks["shape"].draw()))
    fmt = decks["vcs"].draw()
    out.append(prose23b.vcs(c, "vcs/%s-%s" % (fmt, c.rng.choice(c.theme["hosts"])), fmt, decks["shape"].draw()))
    fmt = decks["sheet"].draw()
    out.append(prose23b.sheet(c, "sheets/%s-devices" % fmt, fmt))
    out.append(prose23a.invite_ics(c, L, "calendar/%s-visit" % c.rng.choice(c.theme["hosts"])))
    return out


def build(seed):
    registry = {}
    decks = {
        "config": Deck(seed, "config", CONFIG_KINDS_KEYS),
        "code": Deck(seed, "code", [t["key"] for t in code23.CODE]),
        "shape": Deck(seed, "shape", sorted(prov23.SHAPES)),
        "chatshape": Deck(seed, "chatshape", prov23.CHAT_SHAPES),
        "pair": Deck(seed, "pair", sorted(prov23.PAIRS)),
        "wrap": Deck(seed, "wrap", sorted(keywrap23.WRAPS)),
        "negf": Deck(seed, "negf", sorted(negf23.NEGF)),
        "chat": Deck(seed, "chat", sorted(prose23a.CHATS)),
        "ticket": Deck(seed, "ticket", sorted(prose23a.TICKETS)),
        "mail": Deck(seed, "mail", sorted(prose23b.MAILS)),
        "wiki": Deck(seed, "wiki", prose23b.WIKIS),
        "notes": Deck(seed, "notes", prose23b.NOTES),
        "history": Deck(seed, "history", prose23b.HISTORIES),
        "vcs": Deck(seed, "vcs", prose23b.VCS),
        "sheet": Deck(seed, "sheet", prose23b.SHEETS),
    }
    # decks deal keys; map back to templates
    decks["config"] = _Mapped(decks["config"], {t["key"]: t for t in CONFIG_KINDS})
    decks["code"] = _Mapped(decks["code"], {t["key"]: t for t in code23.CODE})
    all_docs, per_theme = [], collections.OrderedDict()
    for theme in themes23.THEMES:
        c, docs = build_theme(seed, theme, decks, registry)
        per_theme[theme["dir"]] = docs
        all_docs.extend(docs)
    return assemble(seed, all_docs, per_theme)


CONFIG_KINDS_KEYS = [t["key"] for t in CONFIG_KINDS]


class _Mapped:
    def __init__(self, deck, table):
        self.deck, self.table = deck, table

    def deal(self, n):
        return [self.table[k] for k in self.deck.deal(n)]


def assemble(seed, docs, per_theme):
    files = collections.OrderedDict()
    labels, values = [], []
    for d in sorted(docs, key=lambda d: d.path):
        if d.path in files:
            raise RuntimeError("duplicate path %s" % d.path)
        files[d.path] = d.render()
        for lab in sorted(d.labels, key=lambda l: l["line"]):
            L = {"path": d.path, "line": lab["line"], "kind": lab["kind"], "category": lab["category"]}
            if "span" in lab:
                L["span"] = lab["span"]
            V = {"kind": lab["kind"], "value": lab["value"]}
            if lab["kind"] == "secret":
                V["group"] = lab["group"]
                V["free_text"] = bool(lab["free_text"])
            for k in ("anchors", "check", "raw"):
                if k in lab:
                    V[k] = lab[k]
            labels.append(L)
            values.append(V)
    crlf = sorted(d.path for d in docs if d.crlf)
    fmts = {d.path: d.fmt for d in docs if d.fmt}
    counts = compute_counts(files, labels, values, per_theme, crlf)
    return dict(seed=seed, files=files, labels=labels, values=values, counts=counts, fmts=fmts)


def compute_counts(files, labels, values, per_theme, crlf):
    sec = [(l, v) for l, v in zip(labels, values) if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    groups = collections.Counter(v["group"] for _, v in sec)
    free = [v for _, v in sec if v["free_text"]]
    themes = collections.OrderedDict()
    for t in sorted(per_theme):
        pl = [(l, v) for l, v in zip(labels, values) if l["path"].startswith(t + "/")]
        themes[t] = {"files": sum(1 for p in files if p.startswith(t + "/")),
                     "secrets": sum(1 for l, _ in pl if l["kind"] == "secret"),
                     "negatives": sum(1 for l, _ in pl if l["kind"] == "negative"),
                     "free_text": sum(1 for l, v in pl if l["kind"] == "secret" and v["free_text"])}
    keyfmt = collections.Counter(v["check"]["format"] for _, v in sec if "check" in v)
    keytype = collections.Counter(v["check"]["type"] for _, v in sec if "check" in v)
    return collections.OrderedDict([
        ("files", len(files)), ("secrets", len(sec)), ("negatives", len(neg)), ("free_text_secrets", len(free)),
        ("free_text_share", round(len(free) / len(sec), 3)),
        ("groups", dict(sorted(groups.items()))),
        ("free_text_groups", dict(sorted(collections.Counter(v["group"] for v in free).items()))),
        ("secret_categories", len({l["category"] for l, _ in sec})),
        ("negative_categories", len({l["category"] for l in neg})),
        ("pairs", sum(1 for _, v in sec if "anchors" in v)),
        ("secret_spans", sum(1 for l, v in sec if "span" in l and "anchors" not in v)),
        ("negative_spans", sum(1 for l in neg if "span" in l)),
        ("key_formats", dict(sorted(keyfmt.items()))), ("key_types", dict(sorted(keytype.items()))),
        ("crlf_files", len(crlf)), ("themes", themes),
        ("categories", dict(sorted(collections.Counter(l["category"] for l, _ in sec).items()))),
    ])

