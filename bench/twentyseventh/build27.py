"""Decks, per-theme deals, assembly of the corpus in memory, labels, values and counts."""

import collections

from core27 import Registry, stream
from ctx27 import Ctx
from themes27 import THEMES
import cfg27a
import cfg27b
import cfg27c
import code27
import keys27
import keywrap27
import logs27
import negf27
import own27
import pay27
import prose27b
import prose27c
import prov27

CFG = {}
for _m in (cfg27a, cfg27b, cfg27c):
    CFG.update(_m.KINDS)
CFG_KINDS = list(CFG)
CODE_LANGS = list(code27.LANGS)
CODE_SHAPES = [s for s in prov27.SHAPES if s not in ("azure-storage-key",)]
PUBLIC_KINDS = list(prov27.PUBLIC)
DOC_EXAMPLES = list(prov27.DOC_EXAMPLES)
FT_FORMATS = {"livechat": ["livechat", "olark", "tidio"], "ticket": ["linear", "srht", "incidentio", "rootly"],
              "review": ["reviewboard", "crucible"], "email": ["proton", "fastmail"],
              "wiki": ["vuepress", "mintlify", "docmost"], "notebook": ["colab", "percent"],
              "meeting": ["fathom", "granola", "krisp"], "standup": ["geekbot", "standuply"],
              "commits": ["hg", "rebase"], "note": ["notepadpp", "sticky"]}
SLOTS = ["cliq", "livechat", "ticket", "review", "email", "wiki", "notebook", "meeting", "standup", "commits", "note"]
N_CFG, N_CODE, N_CLI, N_WRAP, N_LOG, N_NEG = 10, 4, 2, 7, 3, 6
MAX_RSA = 2


class Deck:
    """Deals without repetition until the deck runs out; never the same item twice to one theme."""

    def __init__(self, seed, name, items):
        self.rng = stream(seed, "deck", name)
        self.items = list(items)
        self.pool = []

    def deal(self, k):
        out = []
        while len(out) < k:
            for i, it in enumerate(self.pool):
                if it not in out:
                    out.append(self.pool.pop(i))
                    break
            else:
                more = self.items[:]
                self.rng.shuffle(more)
                self.pool += more
        return out


def build(seed):
    reg = Registry()
    decks = {n: Deck(seed, n, items) for n, items in [
        ("cfg", CFG_KINDS), ("code", CODE_LANGS), ("shapes", CODE_SHAPES), ("pairs", list(prov27.PAIRS)),
        ("public", PUBLIC_KINDS), ("cli", code27.CLI_KINDS), ("wraps", keywrap27.WRAPS), ("logs", logs27.LOG_KINDS),
        ("history", logs27.HISTORY_KINDS), ("negonly", negf27.OPTIONAL), ("i18n", negf27.I18N_FORMATS),
        ("docex", DOC_EXAMPLES)] + [("ft-" + k, v) for k, v in FT_FORMATS.items()]}
    extra_docex = stream(seed, "docex-extra").sample([t["dir"] for t in THEMES], 2)
    docs, deals, english = [], {}, {}
    for theme in THEMES:
        ctx = Ctx(seed, theme, reg)
        deal = {}
        out = []
        out += own27.OWN[theme["dir"]](ctx)
        out += pay27.PAY[theme["payment"]](ctx)
        deal["cfg"] = decks["cfg"].deal(N_CFG)
        for k in deal["cfg"]:
            out += CFG[k](ctx)
        deal["code"] = []
        for lang in decks["code"].deal(N_CODE):
            rng = stream(seed, theme["dir"], "code", lang)
            shapes = decks["shapes"].deal(2)
            use_pair = rng.random() < 0.7
            pair_kind = decks["pairs"].deal(1)[0] if use_pair else None
            neg = "env" if rng.random() < 0.3 else decks["public"].deal(1)[0]
            deal["code"].append({"lang": lang, "shapes": shapes, "pair": pair_kind, "negative": neg})
            out += code27.integration(ctx, lang, shapes, use_pair, pair_kind, neg, rng)
        deal["cli"] = []
        for kind in decks["cli"].deal(N_CLI):
            rng = stream(seed, theme["dir"], "cli", kind)
            shapes = decks["shapes"].deal(2)
            pub = decks["public"].deal(1)[0]
            deal["cli"].append({"kind": kind, "shapes": shapes, "public": pub})
            out += code27.cli_dump(ctx, kind, shapes, pub, rng)
        deal["wraps"] = []
        rsa_left = MAX_RSA
        for w in decks["wraps"].deal(N_WRAP):
            kr = ctx.kr
            if w in keywrap27.PREFER_RSA and rsa_left:
                kind = "rsa"
            else:
                kind = kr.choice(["ed25519", "p256"] + (["rsa"] if rsa_left and kr.random() < 0.3 else []))
            rsa_left -= kind == "rsa"
            key = keys27.Key(kind, kr)
            deal["wraps"].append({"wrap": w, "type": kind})
            out += keywrap27.wrap(ctx, w, key, stream(seed, theme["dir"], "wrap", w))
        deal["logs"] = decks["logs"].deal(N_LOG)
        for k in deal["logs"]:
            out += logs27.log(ctx, k, stream(seed, theme["dir"], "log", k))
        deal["history"] = decks["history"].deal(1)[0]
        out += logs27.history(ctx, deal["history"], stream(seed, theme["dir"], "history"))
        nr = stream(seed, theme["dir"], "negonly")
        out += negf27.env_example(ctx, nr)
        deal["i18n"] = decks["i18n"].deal(1)[0]
        out += negf27.i18n(ctx, deal["i18n"], nr)
        deal["docex"] = decks["docex"].deal(2 if theme["dir"] in extra_docex else 1)
        out += negf27.docs_page(ctx, deal["docex"], nr)
        deal["negonly"] = decks["negonly"].deal(N_NEG)
        for k in deal["negonly"]:
            out += negf27.optional(ctx, k, stream(seed, theme["dir"], "negonly", k))
        deal["free_text"] = {}
        for slot in SLOTS:
            rng = stream(seed, theme["dir"], "prose", slot)
            eng = ctx.english_slot()
            fmt = decks["ft-" + slot].deal(1)[0] if slot in FT_FORMATS else "cliq"
            deal["free_text"][slot] = {"format": fmt, "english": eng}
            fn = {"cliq": lambda c, r, e, f: prose27b.cliq(c, r, e), "livechat": prose27b.livechat,
                  "ticket": prose27b.ticket, "review": prose27b.review, "email": prose27b.email,
                  "wiki": prose27c.wiki, "notebook": prose27c.notebook, "meeting": prose27c.meeting,
                  "standup": prose27c.standup, "commits": prose27c.commits, "note": prose27c.note}[slot]
            made = fn(ctx, rng, eng, fmt)
            for d in made:
                english[d.path] = eng
            out += made
        for d in out:
            d.theme = theme["dir"]
        docs += out
        deals[theme["dir"]] = deal
    return docs, deals, english


def assemble(seed):
    docs, deals, english = build(seed)
    paths = [d.path for d in docs]
    dup = [p for p, n in collections.Counter(paths).items() if n > 1]
    if dup:
        raise RuntimeError("duplicate paths: %r" % dup)
    files = {d.path: d.text() for d in docs}
    rows = []
    for d in docs:
        for it in d.items:
            lab = {"path": d.path, "line": it["line"], "kind": it["kind"], "category": it["category"]}
            if "span" in it:
                lab["span"] = it["span"]
            val = {"kind": it["kind"], "value": it["value"], "theme": d.theme, "role": d.role}
            if it["kind"] == "secret":
                val["group"] = it["group"]
                val["free_text"] = it.get("free_text", d.role == "free text")
            for k in ("anchors", "note", "check", "also"):
                if k in it:
                    val[k] = it[k]
            rows.append((lab, val))
    rows.sort(key=lambda lv: (lv[0]["path"], lv[0]["line"]))
    labels = [lv[0] for lv in rows]
    values = [lv[1] for lv in rows]
    formats = {d.path: d.fmt for d in sorted(docs, key=lambda x: x.path) if d.fmt}
    counts = count(docs, labels, values, english)
    return files, labels, values, {"deals": deals, "formats": formats, "counts": counts, "english": english,
                                   "crlf": sorted(d.path for d in docs if d.crlf)}


def count(docs, labels, values, english):
    sec = [(l, v) for l, v in zip(labels, values) if l["kind"] == "secret"]
    neg = [(l, v) for l, v in zip(labels, values) if l["kind"] == "negative"]
    c = collections.OrderedDict()
    c["files"] = len(docs)
    c["secrets"] = len(sec)
    c["negatives"] = len(neg)
    c["free_text_secrets"] = sum(1 for _, v in sec if v["free_text"])
    c["groups"] = dict(sorted(collections.Counter(v["group"] for _, v in sec).items()))
    c["roles"] = dict(sorted(collections.Counter(v["role"] for _, v in sec).items()))
    c["negative_roles"] = dict(sorted(collections.Counter(v["role"] for _, v in neg).items()))
    c["free_text_by_group"] = dict(sorted(collections.Counter(v["group"] for _, v in sec if v["free_text"]).items()))
    c["secret_categories"] = len(set(l["category"] for l, _ in sec))
    c["negative_categories"] = len(set(l["category"] for l, _ in neg))
    c["pairs"] = sum(1 for _, v in sec if "anchors" in v)
    c["key_spans"] = sum(1 for l, v in sec if v["group"] == "key" and "span" in l)
    c["negative_spans"] = sum(1 for l, _ in neg if "span" in l)
    c["key_types"] = dict(sorted(collections.Counter(v["check"]["type"] for _, v in sec if "check" in v).items()))
    c["key_wraps"] = dict(sorted(collections.Counter(v["check"]["wrap"] for _, v in sec if "check" in v).items()))
    c["notes"] = dict(sorted(collections.Counter(v["note"] for _, v in sec if "note" in v).items()))
    ft_files = [p for p in english]
    c["free_text_files"] = len(ft_files)
    c["free_text_files_english"] = sum(1 for p in ft_files if english[p])
    c["crlf_files"] = sum(1 for d in docs if d.crlf)
    per = collections.OrderedDict()
    for d in sorted(set(d.theme for d in docs)):
        per[d] = {"files": sum(1 for x in docs if x.theme == d),
                  "secrets": sum(1 for _, v in sec if v["theme"] == d),
                  "negatives": sum(1 for _, v in neg if v["theme"] == d),
                  "free_text": sum(1 for _, v in sec if v["theme"] == d and v["free_text"])}
    c["per_theme"] = per
    c["per_category"] = dict(sorted(collections.Counter("%s:%s" % (l["kind"], l["category"])
                                                        for l in labels).items()))
    return c
