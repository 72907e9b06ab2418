"""Builds a whole corpus in memory: deals per theme, runs every generator, renders, and returns files/labels/values."""

import frame20 as F
from ctx20 import Corpus, Ctx
from themes20 import THEMES

import bespoke20
import cfg20a
import cfg20b
import cfg20c
import integ20
import keywrap20
import negf20
import prose20a
import prose20b

CFG_KINDS = cfg20a.KINDS + cfg20b.KINDS + cfg20c.KINDS
PER_THEME = {"cfg": 13, "integ": 4, "keywrap": 7, "negf": 7}
PROSE_SLOTS = [("chat", prose20a.CHATS, 2), ("ticket", prose20a.TICKETS, 2), ("email", prose20b.EMAILS, 1),
               ("wiki", prose20b.WIKIS, 1), ("notes", prose20b.NOTES, 1), ("misc", prose20b.MISC, 1),
               ("history", prose20b.HISTORIES, 1), ("vcs", prose20b.VCS, 1), ("sheet", prose20b.SHEETS, 1)]


def run_theme(ctx):
    names = {k[0]: k[1] for k in CFG_KINDS}
    only = {k[0]: k[2] for k in CFG_KINDS if len(k) > 2}
    bespoke20.run(ctx)
    fits = lambda name: name not in only or ctx.theme["dir"] in only[name]
    for name in ctx.deck("cfg", sorted(names)).deal(PER_THEME["cfg"], fits):
        names[name](ctx)
    for syn in ctx.deck("integ", sorted(integ20.SYNTAXES)).deal(PER_THEME["integ"]):
        integ20.render(ctx, syn)
    for w in ctx.deck("keywrap", sorted(keywrap20.WRAPS)).deal(PER_THEME["keywrap"]):
        keywrap20.WRAPS[w](ctx)
    for k in ctx.deck("negf", sorted(negf20.KINDS)).deal(PER_THEME["negf"]):
        negf20.KINDS[k](ctx)
    asian = "zh" in ctx.langs
    fits_chat = lambda f: f not in ("wechat-txt", "line-txt") or asian
    for slot, table, n in PROSE_SLOTS:
        for fmt in ctx.deck("prose-" + slot, sorted(table)).deal(n, fits_chat if slot == "chat" else None):
            table[fmt](ctx)


def build(seed, per_theme=None):
    corpus = Corpus(seed)
    files, labels, values = {}, [], []
    for theme in THEMES:
        ctx = Ctx(corpus, theme)
        run_theme(ctx)
        stats = {"files": 0, "secrets": 0, "negatives": 0, "free": 0}
        for d in ctx.docs:
            text, labs, vals = F.render(d, ctx.reg)
            if d.path in files:
                raise F.BuildError("duplicate path " + d.path)
            files[d.path] = text.encode("utf-8")
            labels.extend(labs)
            values.extend(vals)
            stats["files"] += 1
            for lab, val in zip(labs, vals):
                if lab["kind"] == "secret":
                    stats["secrets"] += 1
                    stats["free"] += bool(val.get("free_text"))
                else:
                    stats["negatives"] += 1
        if per_theme is not None:
            per_theme[theme["dir"]] = stats
    order = sorted(range(len(labels)), key=lambda i: (labels[i]["path"], labels[i]["line"]))
    return files, [labels[i] for i in order], [values[i] for i in order]


def counts(files, labels, values):
    sec = [(l, v) for l, v in zip(labels, values) if l["kind"] == "secret"]
    c = {"files": len(files), "secrets": len(sec), "negatives": len(labels) - len(sec),
         "free_text_secrets": sum(1 for _, v in sec if v.get("free_text"))}
    for g in ("provider", "generic", "key"):
        c["group_" + g] = sum(1 for _, v in sec if v.get("group") == g)
    c["crlf_files"] = sum(1 for b in files.values() if b"\r\n" in b)
    c["secret_categories"] = len({l["category"] for l, _ in sec})
    c["negative_categories"] = len({l["category"] for l in labels if l["kind"] == "negative"})
    return c
