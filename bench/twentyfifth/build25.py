"""Decks, per-theme deals, assembly of the corpus in memory, labels, values and counts."""

import collections

import cfg25a
import cfg25b
import cfg25c
import code25
import keywrap25
import logs25
import negf25
import prose25b
import prose25c
import prov25
import themes25
from core25 import rng
from ctx25 import Ctx

GENERATOR = "twentyfifth"
CFG = {}
for mod in (cfg25a, cfg25b, cfg25c):
    CFG.update(mod.KINDS)

CODE_SHAPES = [s for s in prov25.SHAPES if s not in ("matrix", "azure-sas")]
N_CFG, N_CODE, N_KEYS, N_LOGS, N_NEG = 14, 4, 8, 3, 6


class Deck:
    """Deals without repetition until exhausted, then reshuffles; never the same item twice in one deal."""

    def __init__(self, seed, name, items):
        self.r = rng(seed, "deck", name)
        self.items, self.pool = list(items), []

    def deal(self, n=1, exclude=()):
        out = []
        while len(out) < n:
            pick = next((i for i, x in enumerate(self.pool) if x not in out and x not in exclude), None)
            if pick is None:
                fresh = list(self.items)
                self.r.shuffle(fresh)
                self.pool.extend(fresh)
                continue
            out.append(self.pool.pop(pick))
        return out


def build(seed):
    decks = {
        "cfg": Deck(seed, "cfg", sorted(CFG)), "code": Deck(seed, "code", sorted(code25.LANGS)),
        "shape": Deck(seed, "shape", sorted(CODE_SHAPES)), "pair": Deck(seed, "pair", sorted(prov25.PAIRS)),
        "public": Deck(seed, "public", prov25.PUBLIC_KINDS), "keys": Deck(seed, "keys", sorted(keywrap25.WRAPS)),
        "logs": Deck(seed, "logs", sorted(logs25.KINDS)),
        "neg": Deck(seed, "neg", sorted(k for k in negf25.KINDS if k not in negf25.ALWAYS)),
        "chat": Deck(seed, "chat", sorted(prose25b.CHATS)), "meeting": Deck(seed, "meeting", sorted(prose25b.MEETINGS)),
        "ticket": Deck(seed, "ticket", sorted(prose25b.TICKETS)), "email": Deck(seed, "email", sorted(prose25c.EMAILS)),
        "wiki": Deck(seed, "wiki", sorted(prose25c.WIKIS)), "notebook": Deck(seed, "notebook", sorted(prose25c.NOTEBOOKS)),
        "doc": Deck(seed, "doc", sorted(prose25c.DOCS)), "sheet": Deck(seed, "sheet", sorted(prose25c.SHEETS)),
    }
    registry = set()
    docs, deals = [], collections.OrderedDict()
    for theme in themes25.THEMES:
        c = Ctx(seed, theme, registry)
        deal = collections.OrderedDict()
        tdocs = []
        tdocs += [(d, "bespoke") for d in themes25.bespoke(c)]
        deal["cfg"] = decks["cfg"].deal(N_CFG)
        for k in deal["cfg"]:
            tdocs += [(d, "config") for d in CFG[k](c)]
        deal["code"] = []
        for lang in decks["code"].deal(N_CODE):
            shapes = decks["shape"].deal(2)
            pk = decks["pair"].deal(1)[0] if c.r.random() < 0.7 else None
            pub = decks["public"].deal(1)[0]
            deal["code"].append([lang, shapes, pk, pub])
            tdocs.append((code25.build(c, lang, shapes, pk, pub), "code"))
        deal["keys"] = decks["keys"].deal(N_KEYS)
        for k in deal["keys"]:
            tdocs += [(d, "key") for d in keywrap25.WRAPS[k](c)]
        deal["logs"] = decks["logs"].deal(N_LOGS)
        for k in deal["logs"]:
            tdocs += [(d, "log") for d in logs25.KINDS[k](c)]
        deal["neg"] = negf25.ALWAYS + decks["neg"].deal(N_NEG)
        for k in deal["neg"]:
            tdocs += [(d, "negative-only") for d in negf25.KINDS[k](c)]
        prose = []
        for slot, n, table in (("chat", 2, prose25b.CHATS), ("meeting", 1, prose25b.MEETINGS), ("ticket", 2, prose25b.TICKETS),
                               ("email", 1, prose25c.EMAILS), ("wiki", 1, prose25c.WIKIS), ("notebook", 1, prose25c.NOTEBOOKS),
                               ("doc", 1, prose25c.DOCS), ("sheet", 1, prose25c.SHEETS)):
            excl = ("vk-archive",) if slot == "chat" and theme["lang"] not in prose25b.VK_LANGS else ()
            for fmt in decks[slot].deal(n, exclude=excl):
                prose.append(fmt)
                tdocs.append((table[fmt](c), "free-text"))
        deal["prose"] = prose
        for d, role in tdocs:
            d.role, d.theme = role, theme["dir"]
        docs += [d for d, _ in tdocs]
        deals[theme["dir"]] = deal
    return assemble(seed, docs, deals)


def assemble(seed, docs, deals):
    files, labels, values, formats = collections.OrderedDict(), [], [], []
    seen = set()
    for d in sorted(docs, key=lambda x: x.path):
        if d.path in seen:
            raise ValueError("duplicate path " + d.path)
        seen.add(d.path)
        files[d.path] = d.render()
        if d.fmt:
            formats.append([d.path, d.fmt])
        for it in sorted(d.items, key=lambda i: i["line"]):
            lab = collections.OrderedDict([("path", d.path), ("line", it["line"]), ("kind", it["kind"]), ("category", it["category"])])
            if "span" in it:
                lab["span"] = it["span"]
            labels.append(lab)
            val = collections.OrderedDict([("kind", it["kind"]), ("value", it["value"])])
            for k in ("group", "free_text", "anchors", "check", "raw"):
                if k in it:
                    val[k] = it[k]
            val["theme"], val["role"] = d.theme, d.role
            values.append(val)
    counts = count(files, labels, values, docs)
    lab = collections.OrderedDict([("generator", GENERATOR), ("seed", seed), ("files", len(files)), ("counts", counts),
                                   ("labels", labels)])
    vals = collections.OrderedDict([("seed", seed), ("formats", formats), ("deals", deals), ("values", values)])
    return files, lab, vals


def count(files, labels, values, docs):
    c = collections.OrderedDict()
    sec = [(l, v) for l, v in zip(labels, values) if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    c["files"] = len(files)
    c["secrets"] = len(sec)
    c["negatives"] = len(neg)
    c["free_text_secrets"] = sum(1 for _, v in sec if v.get("free_text"))
    c["groups"] = collections.OrderedDict((g, sum(1 for _, v in sec if v["group"] == g)) for g in ("provider", "generic", "key"))
    c["free_text_groups"] = collections.OrderedDict((g, sum(1 for _, v in sec if v["group"] == g and v.get("free_text")))
                                                    for g in ("provider", "generic", "key"))
    c["pairs"] = sum(1 for _, v in sec if "anchors" in v)
    c["multi_line_secrets"] = sum(1 for l, v in sec if "span" in l and "anchors" not in v)
    c["negative_spans"] = sum(1 for l in neg if "span" in l)
    c["crlf_files"] = sum(1 for t in files.values() if "\r\n" in t)
    c["key_formats"] = collections.OrderedDict(sorted(collections.Counter(v["check"]["wrap"] for _, v in sec if "check" in v).items()))
    c["key_types"] = collections.OrderedDict(sorted(collections.Counter(v["check"]["type"] for _, v in sec if "check" in v).items()))
    themes = sorted({d.theme for d in docs})
    per = collections.OrderedDict()
    for t in themes:
        tf = [p for p in files if p.startswith(t + "/")]
        ts = [v for l, v in sec if l["path"].startswith(t + "/")]
        per[t] = collections.OrderedDict([("files", len(tf)), ("secrets", len(ts)),
                                          ("negatives", sum(1 for l in neg if l["path"].startswith(t + "/"))),
                                          ("free_text", sum(1 for v in ts if v.get("free_text")))])
    c["per_theme"] = per
    c["roles"] = collections.OrderedDict(sorted(collections.Counter(v["role"] for _, v in sec).items()))
    c["secret_categories"] = collections.OrderedDict(sorted(collections.Counter(l["category"] for l, _ in sec).items()))
    c["negative_categories"] = collections.OrderedDict(sorted(collections.Counter(l["category"] for l in neg).items()))
    return c

