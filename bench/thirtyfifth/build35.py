"""Deals and assembly of the ten themes, free-text planning and counts."""
import collections

from core35 import MARK, V, Doc, stream
import common35
import extra35
import formats35
import prose35
import prov35
import themes35
import tools35a
import tools35b
import tools35c

ALL_KINDS = tools35a.KINDS + tools35b.KINDS + tools35c.KINDS


def deal(seed, name, items, per, n_themes=10):
    """Theme i gets slots [i*per, (i+1)*per) of a seeded permutation repeated end to end, so every item is used
    evenly and no theme gets an item twice (per <= len(items))."""
    r = stream(seed, "deck", name)
    perm = list(items)
    r.shuffle(perm)
    seq = perm * (per * n_themes // len(perm) + 1)
    return [seq[i * per:(i + 1) * per] for i in range(n_themes)]


def theme_docs(seed, idx, t, reg, deals):
    c = themes35.Ctx(seed, t, reg)
    docs = []

    def fam(*parts):
        return stream(seed, t["key"], *parts)

    for name, fn in deals["tools"][idx]:
        docs += fn(c, fam("tool", name))
    docs += common35.env_file(c, fam("common", "env"))
    docs += common35.compose(c, fam("common", "compose"))
    docs += common35.ci(c, fam("common", "ci"))
    if idx in deals["appconf"]:
        docs += common35.appconf(c, fam("common", "appconf"))
    if idx in deals["aws"]:
        docs += common35.awscreds(c, fam("common", "aws"))
    for lang in deals["code"][idx]:
        docs += common35.code(c, fam("code", lang), lang)
    for k in deals["stacks"][idx]:
        docs += common35.stack(c, fam("stack", k), k)
    n_keys = collections.Counter()
    for n, w in enumerate(deals["wraps"][idx]):
        out, kind = common35.keywrap(c, fam("wrap", w, n), w, n)
        docs += out
        n_keys[kind] += 1
    docs += extra35.device(c, fam("device"))
    for k in deals["logs"][idx]:
        docs += extra35.log(c, fam("log", k), k)
    for k in deals["hists"][idx]:
        docs += extra35.history(c, fam("history", k), k)
    docs += extra35.diff(c, fam("diff"))
    docs += extra35.env_example(c, fam("negonly", "env-example"))
    docs += extra35.i18n(c, fam("negonly", "i18n"), deals["i18n"][idx][0])
    docs += extra35.lockfile(c, fam("negonly", "lock"), deals["locks"][idx][0])
    docs += prose_docs(seed, c, t)
    for d in docs:
        d.path = t["key"] + "/" + d.path
        for lab in d.labels:
            lab["path"] = d.path
    return docs, c


def prose_docs(seed, c, t):
    r = stream(seed, t["key"], "prose", "plan")
    english = r.sample(formats35.FORMATS, 4)
    out = []
    for fmt in formats35.FORMATS:
        rr = stream(seed, t["key"], "prose", fmt)
        lang = "en" if fmt in english else t["lang"]
        L = themes35.LANGS[lang]
        talk = prose35.Talk(c, rr, L)
        sysname = rr.choice(t["systems"])
        title = "%s: %s" % (c.org, sysname)
        if fmt in formats35.CONVERSATIONAL:
            msgs = talk.conversation(rr.choice([1, 2, 2, 2]), rr.choice([0, 1, 1, 2]), 3)
        else:
            msgs = talk.conversation(rr.choice([0, 1]), 2, 0)
            msgs = [m for m in msgs if m[1][0][0] not in L["hello"] and m[1][0][0] != L["nopaste"]]
            if rr.random() < 0.4:
                msgs.append((c.person(rr), [(MARK, ("negative", L["policy"], "policy-sentence", {}))]))
            else:
                msgs.append((c.person(rr), [(L["policy"], None)]))
        d = formats35.render(fmt, c, rr, msgs, lang, sysname, title)
        out.append(d)
    r2 = stream(seed, t["key"], "prose", "policy")
    L = c.L
    d = Doc("wiki/credentials-policy.md", free_text=True, lang=t["lang"])
    d.add("# %s — credentials" % c.org, "")
    if r2.random() < 0.4:
        d.neg(V(""), L["policy"], "policy-sentence")
    else:
        d.add(L["policy"])
    cat, v, cite = prov35.doc_example(r2)
    d.add("")
    d.neg(V("- " + L["example"].split("{v}")[0], L["example"].split("{v}")[1]), v, cat, cite=cite)
    out.append(d)
    return out


def build(seed):
    reg = themes35.Registry()
    themes = themes35.THEMES
    deals = {
        "tools": deal(seed, "tools", ALL_KINDS, 10),
        "code": deal(seed, "code", common35.CODE_LANGS, 3),
        "stacks": deal(seed, "stacks", common35.STACKS, 3),
        "wraps": deal(seed, "wraps", common35.WRAPS, 5),
        "logs": deal(seed, "logs", extra35.LOGS, 2),
        "hists": deal(seed, "hists", extra35.HISTS, 2),
        "i18n": deal(seed, "i18n", extra35.I18N, 1),
        "locks": deal(seed, "locks", extra35.LOCKS, 1),
    }
    r = stream(seed, "deck", "common")
    order = list(range(10))
    r.shuffle(order)
    deals["appconf"], deals["aws"] = order[:6], order[6:]
    docs, per_theme = [], {}
    for i, t in enumerate(themes):
        td, c = theme_docs(seed, i, t, reg, deals)
        docs += td
        labs = [lab for d in td for lab in d.labels]
        per_theme[t["key"]] = {
            "files": len(td), "secrets": sum(lab["kind"] == "secret" for lab in labs),
            "negatives": sum(lab["kind"] == "negative" for lab in labs),
            "free_text_files": sum(d.free_text for d in td),
            "free_text_secrets": sum(lab["kind"] == "secret" and lab["free_text"] for lab in labs),
            "org": c.org, "lang": t["lang"]}
    deal_names = {"tools": [[k for k, _ in row] for row in deals["tools"]]}
    for k in ("code", "stacks", "wraps", "logs", "hists", "i18n", "locks"):
        deal_names[k] = deals[k]
    deal_names["appconf"], deal_names["aws"] = sorted(deals["appconf"]), sorted(deals["aws"])
    return docs, per_theme, deal_names


def counts(docs):
    labs = [lab for d in docs for lab in d.labels]
    sec = [lab for lab in labs if lab["kind"] == "secret"]
    neg = [lab for lab in labs if lab["kind"] == "negative"]
    keys = [lab for lab in sec if lab["category"].startswith("private-key")]
    return {
        "files": len(docs), "free_text_files": sum(d.free_text for d in docs),
        "secrets": len(sec), "negatives": len(neg),
        "free_text_secrets": sum(lab["free_text"] for lab in sec),
        "free_text_negatives": sum(lab["free_text"] for lab in neg),
        "revoked": sum(lab.get("note") == "revoked" for lab in sec),
        "rotated": sum(lab.get("note") == "rotated" for lab in sec),
        "private_keys": len(keys),
        "private_keys_by_type": {k: sum(lab["category"].startswith("private-key-" + k) for lab in keys)
                                 for k in ("ed25519", "p256", "rsa")},
        "pairs": sum("id_value" in lab for lab in sec), "crlf_files": sum(d.crlf for d in docs),
        "secret_categories": len({lab["category"] for lab in sec}),
        "negative_categories": len({lab["category"] for lab in neg}),
    }
