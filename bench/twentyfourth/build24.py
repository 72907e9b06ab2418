"""Decks, per-theme deals and assembly of the whole corpus (twentyfourth)."""
import random

import cfg24a
import cfg24b
import cfg24c
import cfg24d
import code24
import keywrap24
import negf24
import prose24b
import prose24c
import prov24
from core24 import Ctx
from lang24 import ALL as LANGS
from prose24a import Script
from themes24 import THEMES

CFG = {}
for _m in (cfg24a, cfg24b, cfg24c, cfg24d):
    for _f in _m.KINDS:
        assert _f.__name__ not in CFG, _f.__name__
        CFG[_f.__name__] = _f
NEGF = {f.__name__: f for f in negf24.DEALT}
FREE_DECKS = {"chat": list(prose24b.CHATS), "ticket": list(prose24b.TICKETS), "mail": list(prose24b.MAILS),
              "wiki": list(prose24c.WIKIS), "notes": list(prose24c.NOTES), "history": list(prose24c.HISTORIES),
              "vcs": list(prose24c.VCS), "sheet": list(prose24c.SHEETS), "capture": list(prose24c.CAPTURES)}
CFG_PER_THEME, CODE_PER_THEME, KEYS_PER_THEME, NEGF_PER_THEME = 16, 5, 8, 6


class Deck:
    """Deals without repetition until exhausted; never the same item twice in one deal."""

    def __init__(self, seed, name, items):
        self.rng = random.Random("twentyfourth:%d:deck:%s" % (seed, name))
        self.items = list(items)
        self.pool = []

    def deal(self, k):
        out = []
        while len(out) < k:
            if not any(it not in out for it in self.pool):
                fresh = self.items[:]
                self.rng.shuffle(fresh)
                self.pool.extend(fresh)
            for i, it in enumerate(self.pool):
                if it not in out:
                    out.append(self.pool.pop(i))
                    break
        return out


class Decks:
    def __init__(self, seed):
        self.seed = seed
        self.cfg = Deck(seed, "cfg", CFG)
        self.code = Deck(seed, "code", code24.LANGS)
        self.keys = Deck(seed, "keys", keywrap24.WRAP_NAMES)
        self.negf = Deck(seed, "negf", NEGF)
        self.prov = Deck(seed, "provider", prov24.SHAPE_NAMES)
        self.pairs = Deck(seed, "pairs", [p[0] for p in prov24.PAIRS])
        self.free = {k: Deck(seed, "free:" + k, v) for k, v in FREE_DECKS.items()}

    def provider(self):
        return self.prov.deal(1)[0]


def build_theme(seed, theme, decks, used):
    vrng = random.Random("twentyfourth:%d:%s:variant" % (seed, theme.key))
    variant = theme.variants[vrng.randrange(len(theme.variants))]
    ctx = Ctx(seed, theme, LANGS[theme.lang], variant, used)
    docs, deals = [], {}
    docs += theme.bespoke(ctx)
    deals["cfg"] = decks.cfg.deal(CFG_PER_THEME)
    for name in deals["cfg"]:
        docs += CFG[name](ctx)
    deals["code"] = decks.code.deal(CODE_PER_THEME)
    for lang in deals["code"]:
        toks = []
        for _ in range(2):
            shape = decks.provider()
            toks.append((shape, prov24.SHAPE_FN[shape](ctx)))
        pair = None
        if ctx.chance(0.7):
            pk = prov24.PAIR_BY[decks.pairs.deal(1)[0]]
            pair = (pk[0], pk[2](ctx), pk[4](ctx))
        pub = ctx.choice(prov24.public_values(ctx))
        env = "%s_%s_PASSWORD" % (theme.key.split("-")[0].upper(), ctx.choice(theme.systems).upper())
        docs.append(code24.build(ctx, lang, toks, pair, pub, env))
    deals["keys"] = decks.keys.deal(KEYS_PER_THEME)
    for w in deals["keys"]:
        kind = ctx.choice(keywrap24.WRAPS[w])
        docs += keywrap24.wrap(ctx, w, keywrap24.make_key(ctx, kind))
    deals["negf"] = decks.negf.deal(NEGF_PER_THEME)
    for f in negf24.ALWAYS:
        docs += f(ctx)
    for name in deals["negf"]:
        docs += NEGF[name](ctx)
    docs += build_free(ctx, decks, deals)
    return ctx, docs, deals


def build_free(ctx, decks, deals):
    sc = Script(ctx, decks)
    out = []
    chats = decks.free["chat"].deal(2)
    if ctx.lang.code == "th":
        chats[0] = "line"
    deals["chat"] = chats
    for i, fmt in enumerate(chats):
        L = ctx.lang if i == 0 else sc.lang_for("chat2")
        msgs = sc.conversation(L, 3, 2)
        fn = prose24b.chat_line if fmt == "line" else prose24b.CHATS[fmt]
        out.append(fn(ctx, msgs, L, ["ops", "plant", "it-help", "night-shift"][ctx.r(0, 3)] + str(i + 1)))
    deals["ticket"] = decks.free["ticket"].deal(2)
    for fmt in deals["ticket"]:
        L = sc.lang_for("ticket")
        msgs = sc.conversation(L, 2, 1, sec_kinds=[ctx.choice(["qa", "qa", "tok"]), ctx.choice(["pw", "temp", "tok"])], chatter=2)
        subj = ctx.choice(L.P["subj"]).format(sys=prose24c.sysname(ctx))
        out.append(prose24b.TICKETS[fmt](ctx, msgs, L, subj, 0))
    fmt = decks.free["mail"].deal(1)[0]
    deals["mail"] = fmt
    L = sc.lang_for("email")
    msgs = sc.conversation(L, 2, 1, sec_kinds=[ctx.choice(["pw", "temp", "wifi"]), ctx.choice(["pw", "tok"])], chatter=1)
    frm, to = ctx.sample(ctx.people, 2)
    out.append(prose24b.MAILS[fmt](ctx, msgs[1:], L, ctx.choice(L.P["subj"]).format(sys=prose24c.sysname(ctx)), frm, to))
    for slot, table in (("wiki", prose24c.WIKIS), ("notes", prose24c.NOTES), ("history", prose24c.HISTORIES),
                        ("vcs", prose24c.VCS), ("sheet", prose24c.SHEETS), ("capture", prose24c.CAPTURES)):
        fmt = decks.free[slot].deal(1)[0]
        deals[slot] = fmt
        out.append(table[fmt](ctx, sc, ctx.lang))
    out.append(prose24c.wifi_sign(ctx, sc, ctx.lang))
    return out


def build(seed):
    """Returns (files: {path: bytes}, labels: [..], values: [..], counts, formats)."""
    decks = Decks(seed)
    used = set()
    files, labels, values, formats = {}, [], [], {"json": [], "toml": [], "xml": [], "ini": []}
    per_theme, deals_all = {}, {}
    for theme in THEMES:
        ctx, docs, deals = build_theme(seed, theme, decks, used)
        deals_all[theme.key] = deals
        st = {"files": 0, "secrets": 0, "negatives": 0, "free_text": 0, "language": ctx.lang.name,
              "organisation": ctx.v["name"]}
        for d in docs:
            if d.path in files:
                raise ValueError("duplicate path " + d.path)
            files[d.path] = d.render().encode("utf-8")
            st["files"] += 1
            if d.fmt:
                formats[d.fmt].append(d.path)
            for it in d.items:
                lab = {"path": d.path, "line": it["line"], "kind": it["kind"], "category": it["category"]}
                if "span" in it:
                    lab["span"] = it["span"]
                val = {"kind": it["kind"], "value": it["value"]}
                if it["kind"] == "secret":
                    val["group"] = it["group"]
                    val["free_text"] = bool(it["free_text"])
                    st["secrets"] += 1
                    st["free_text"] += 1 if it["free_text"] else 0
                else:
                    st["negatives"] += 1
                for k in ("anchors", "check", "raw"):
                    if k in it:
                        val[k] = it[k]
                labels.append(lab)
                values.append(val)
        per_theme[theme.key] = st
    order = sorted(range(len(labels)), key=lambda i: (labels[i]["path"], labels[i]["line"]))
    labels = [labels[i] for i in order]
    values = [values[i] for i in order]
    for k in formats:
        formats[k].sort()
    counts = summarize(labels, values, files, per_theme)
    return {"files": dict(sorted(files.items())), "labels": labels, "values": values, "counts": counts,
            "formats": formats, "deals": deals_all}


def summarize(labels, values, files, per_theme):
    sec = [(l, v) for l, v in zip(labels, values) if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    cats_s, cats_n = {}, {}
    for l, v in sec:
        cats_s[l["category"]] = cats_s.get(l["category"], 0) + 1
    for l in neg:
        cats_n[l["category"]] = cats_n.get(l["category"], 0) + 1
    groups = {}
    for l, v in sec:
        groups[v["group"]] = groups.get(v["group"], 0) + 1
    kf, kt = {}, {}
    for l, v in sec:
        if "check" in v:
            kf[v["check"]["format"]] = kf.get(v["check"]["format"], 0) + 1
            kt[v["check"]["type"]] = kt.get(v["check"]["type"], 0) + 1
    crlf = sum(1 for b in files.values() if b"\r\n" in b)
    return {
        "files": len(files), "secrets": len(sec), "negatives": len(neg),
        "free_text_secrets": sum(1 for l, v in sec if v["free_text"]),
        "free_text_by_group": {g: sum(1 for l, v in sec if v["free_text"] and v["group"] == g) for g in ("generic", "provider")},
        "groups": dict(sorted(groups.items())), "secret_categories": len(cats_s), "negative_categories": len(cats_n),
        "pairs": sum(1 for l, v in sec if "anchors" in v),
        "multi_line_key_spans": sum(1 for l, v in sec if "check" in v and "span" in l),
        "negative_spans": sum(1 for l in neg if "span" in l),
        "key_formats": dict(sorted(kf.items())), "key_types": dict(sorted(kt.items())), "crlf_files": crlf,
        "per_theme": per_theme, "by_secret_category": dict(sorted(cats_s.items())),
        "by_negative_category": dict(sorted(cats_n.items())),
    }
