"""Decks and deals, assembly of the ten themes, counts."""

import collections

from core33 import stream
from ctx33 import Ctx, Registry
from themes33 import THEMES
import common33
import extra33
import formats33
import tools33a
import tools33b
import tools33c

TOOL_KINDS = {}
for _m in (tools33a, tools33b, tools33c):
    TOOL_KINDS.update(_m.KINDS)
TOOL_NAMES = sorted(TOOL_KINDS)
N_THEMES = len(THEMES)
KEY_TYPES = ["ed25519", "p256", "rsa"]


def deal(seed, name, items, copies, per_theme):
    """Deal every item `copies` times so that each theme gets per_theme distinct items (a list per theme)."""
    pool = []
    for k in range(copies):
        pool += list(items)
    need = per_theme * N_THEMES
    r = stream(seed, "deck", name, "extra")
    while len(pool) < need:
        pool.append(r.pick(items))
    pool = pool[:need] if len(pool) > need else pool
    for attempt in range(500):
        rr = stream(seed, "deck", name, attempt)
        p = list(pool)
        rr.shuffle(p)
        hands = [p[i * per_theme:(i + 1) * per_theme] for i in range(N_THEMES)]
        if all(len(set(h)) == len(h) for h in hands):
            return [sorted(h) for h in hands]
    raise RuntimeError("no deal for " + name)


def build(seed, only_theme=None):
    reg = Registry()
    tools = deal(seed, "tools", TOOL_NAMES, 2, 10)
    codes = deal(seed, "code", sorted(common33.CODE), 3, 3)
    stacks = deal(seed, "stack", sorted(common33.STACK), 1, 3)
    logs = deal(seed, "logs", sorted(extra33.LOGS), 3, 3)
    wraps_base = sorted(common33.WRAPS)
    r = stream(seed, "deck", "wrap5")
    five = sorted(r.sample(range(N_THEMES), 5))
    wraps = []
    w4 = deal(seed, "wraps", wraps_base, 4, 4)
    for i in range(N_THEMES):
        hand = list(w4[i])
        if i in five:
            rest = [w for w in wraps_base if w not in hand]
            hand.append(stream(seed, "deck", "wrap5", i).pick(rest))
        wraps.append(sorted(hand))
    drafts = sorted(stream(seed, "deck", "drafts").sample(range(N_THEMES), 5))
    hist_off = stream(seed, "deck", "history").randrange(len(extra33.HISTORIES))
    negonly = deal(seed, "negonly", ["lockfile", "sops", "fixtures"], 4, 1)
    english = [sorted(stream(seed, "deck", "english", i).sample(sorted(formats33.FORMATS), 4)) for i in range(N_THEMES)]

    docs = []
    deals = {}
    key_counter = collections.Counter()
    for ti, theme in enumerate(THEMES):
        c = Ctx(seed, theme, reg)
        out = []
        for k in tools[ti]:
            out += TOOL_KINDS[k](c, c.rng("tool", k))
        out += common33.common_files(c, c.rng("common"))
        for lang in codes[ti]:
            out += common33.CODE[lang](c, c.rng("code", lang))
        for st in stacks[ti]:
            out += common33.STACK[st](c, c.rng("stack", st))
        for n, w in enumerate(wraps[ti]):
            if w == "ppk":
                kt = "ed25519"
            else:
                kt = KEY_TYPES[(ti + n + key_counter[w]) % 3]
            key_counter[w] += 1
            key = common33.make_key(c, kt, n)
            out += common33.WRAPS[w](c, c.rng("wrap", w, n), key, n)
        for lg in logs[ti]:
            out += extra33.LOGS[lg](c, c.rng("log", lg))
        out += extra33.GATEWAYS[theme["gateway"]](c, c.rng("gateway"))
        out += extra33.device_ini(c, c.rng("device"))
        out += extra33.env_example(c, c.rng("negonly", "env"))
        out += extra33.i18n_file(c, c.rng("negonly", "i18n"))
        out += extra33.policy_page(c, c.rng("negonly", "policy"))
        extra_neg = negonly[ti][0]
        out += {"lockfile": extra33.lockfile, "sops": extra33.sops_file, "fixtures": extra33.fixtures}[extra_neg](
            c, c.rng("negonly", extra_neg))
        hk = extra33.HISTORIES[(ti + hist_off) % len(extra33.HISTORIES)]
        out += extra33.history(c, c.rng("history"), hk)
        out += extra33.rotation_diff(c, c.rng("diff"))
        for fmt in sorted(formats33.FORMATS):
            L = c.EN if fmt in english[ti] else c.L
            fr = c.rng("prose", fmt)
            base = extra33.BASE_TS + fr.randrange(86400 * 300)
            out.append(formats33.FORMATS[fmt](c, fr, L, base))
        if ti in drafts:
            kt = KEY_TYPES[ti % 3]
            key = common33.make_key(c, kt, 99)
            out.append(formats33.pasted_key_draft(c, c.rng("draft"), key, c.L))
        for d in out:
            d.finish()
        docs += out
        deals[theme["key"]] = {"tools": tools[ti], "code": codes[ti], "stack": stacks[ti], "wraps": wraps[ti],
                               "logs": logs[ti], "history": hk, "negonly": extra_neg, "english": english[ti],
                               "draft": ti in drafts, "gateway": theme["gateway"]}
    return docs, deals


def assemble(seed):
    docs, deals = build(seed)
    files = {}
    labels = []
    for d in docs:
        if d.path in files:
            raise RuntimeError("duplicate path " + d.path)
        files[d.path] = d.render()
        labels += d.labels
    labels.sort(key=lambda l: (l["path"], l["line"]))
    free = {d.path for d in docs if d.free_text}
    crlf = sum(1 for d in docs if d.crlf)
    return files, labels, deals, free, crlf


def counts(files, labels, free, crlf):
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    keys = [l for l in sec if l["category"].startswith("private-key-")]
    kt = collections.Counter(l["key_check"].split("/")[0] for l in keys)
    return {
        "files": len(files), "free_text_files": len(free),
        "free_text_share": round(100.0 * len(free) / len(files), 1),
        "secrets": len(sec), "negatives": len(neg),
        "secrets_free_text": sum(1 for l in sec if l["free_text"]),
        "negatives_free_text": sum(1 for l in neg if l["free_text"]),
        "revoked": sum(1 for l in sec if l.get("note") == "revoked"),
        "rotated": sum(1 for l in sec if l.get("note") == "rotated"),
        "private_keys": len(keys), "private_keys_by_type": dict(sorted(kt.items())),
        "pairs": sum(1 for l in sec if "id_value" in l),
        "crlf_files": crlf,
        "secret_categories": len({l["category"] for l in sec}),
        "negative_categories": len({l["category"] for l in neg}),
    }


def per_theme(files, labels, free):
    out = {}
    for t in THEMES:
        k = t["key"] + "/"
        ls = [l for l in labels if l["path"].startswith(k)]
        out[t["key"]] = {"files": sum(1 for p in files if p.startswith(k)),
                         "secrets": sum(1 for l in ls if l["kind"] == "secret"),
                         "negatives": sum(1 for l in ls if l["kind"] == "negative"),
                         "secrets_free_text": sum(1 for l in ls if l["kind"] == "secret" and l["free_text"])}
    return out
