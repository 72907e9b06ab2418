"""Assembly: corpus-wide decks, per-theme deals, all files, labels and counts."""

import collections

import common29
import extra29
import prose29
import tools29a
import tools29b
from core29 import Registry, stream
from ctx29 import Ctx, ThemeInfo
from themes29 import THEMES

TOOL_KINDS = dict(tools29a.KINDS)
TOOL_KINDS.update(tools29b.KINDS)
FREE_SLOTS = ["chat"] * 4 + ["livechat"] * 3 + ["ticket"] * 3 + ["email"] * 2 + ["incident"] * 2 + ["wiki"] * 2 + \
    ["runbook"] + ["meeting"] * 2 + ["forum"]


def deal(seed, name, items, copies, per_theme, n_themes=10):
    """Deal `per_theme` distinct items to each theme from `copies` copies of each item; reshuffle until valid."""
    for attempt in range(1000):
        r = stream(seed, "deck", name, attempt)
        pool = [it for it in items for _ in range(copies)]
        r.shuffle(pool)
        hands = [[] for _ in range(n_themes)]
        ok = True
        for ti in range(n_themes):
            for _ in range(per_theme):
                for j, it in enumerate(pool):
                    if it not in hands[ti]:
                        hands[ti].append(pool.pop(j))
                        break
                else:
                    ok = False
        if ok:
            return hands
    raise RuntimeError("no valid deal for " + name)


def build(seed):
    reg = Registry()
    docs = []
    deals = {}
    tools = deal(seed, "tools", list(TOOL_KINDS), 2, 10)
    codes = deal(seed, "code", common29.CODE_LANGS, 3, 3)
    logs = deal(seed, "logs", list(extra29.LOGS), 3, 3)
    wraps = deal(seed, "wraps", list(common29.WRAPS), 4, 4)
    negs = deal(seed, "negonly", list(extra29.NEGONLY_POOL), 2, 2)
    rr = stream(seed, "deck", "extras")
    aws_themes = set(rr.sample(range(10), 5))
    hist2 = ["doskey" if i % 2 == 0 else "clickhouse" for i in range(10)]
    rr.shuffle(hist2)
    for ti, theme in enumerate(THEMES):
        info = ThemeInfo(theme, seed)
        keys = common29.KeyPool(info)
        tdocs = []

        def ctx(part):
            c = Ctx(info, part, reg)
            c.keys = keys
            return c

        td = deals.setdefault(theme["dir"], {})
        # free text
        r = stream(seed, theme["dir"], "formats")
        pools = {k: r.sample(v, len(v)) for k, v in prose29.FORMATS.items()}
        used = collections.Counter()
        english = set(r.sample(range(len(FREE_SLOTS)), 4))
        td["free_text"] = []
        for si, slot in enumerate(FREE_SLOTS):
            fmt = pools[slot][used[slot] % len(pools[slot])]
            used[slot] += 1
            c = ctx("prose:%d" % si)
            d = prose29.build_free_text(c, slot, fmt, si in english)
            d.free_text = True
            tdocs.append(d)
            td["free_text"].append("%s:%s%s" % (slot, fmt.__name__[2:], ":en" if si in english else ""))
        # tool kinds
        td["tools"] = tools[ti]
        for k in tools[ti]:
            tdocs += TOOL_KINDS[k][1](ctx("tool:" + k))
        # common
        commons = ["env", "compose", "k8s-secret", "workflow"] + (["aws"] if ti in aws_themes else [])
        td["common"] = commons
        for k in commons:
            tdocs += common29.COMMON[k](ctx("common:" + k))
        td["code"] = codes[ti]
        for lang in codes[ti]:
            tdocs += common29.code(ctx("code:" + lang), lang)
        td["keys"] = wraps[ti]
        for w in wraps[ti]:
            tdocs += common29.WRAPS[w](ctx("wrap:" + w), keys)
        td["logs"] = logs[ti]
        for k in logs[ti]:
            tdocs += extra29.LOGS[k][1](ctx("log:" + k))
        td["histories"] = ["bash", hist2[ti]]
        tdocs += extra29.h_bash(ctx("history:bash"))
        tdocs += (extra29.h_doskey if hist2[ti] == "doskey" else extra29.h_clickhouse)(ctx("history:" + hist2[ti]))
        td["negonly"] = negs[ti]
        for fn in extra29.NEGONLY_ALWAYS:
            tdocs += fn(ctx("negonly:" + fn.__name__))
        for k in negs[ti]:
            tdocs += extra29.NEGONLY_POOL[k](ctx("negonly:" + k))
        for fn in extra29.OWN:
            tdocs += fn(ctx("own:" + fn.__name__))
        seen = set()
        for d in tdocs:
            assert d.path not in seen, d.path
            seen.add(d.path)
        docs += tdocs
    docs.sort(key=lambda d: d.path)
    labels = [l for d in docs for l in d.labels]
    labels.sort(key=lambda l: (l["path"], l["line"]))
    return docs, labels, deals


def counts(docs, labels):
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    free_paths = {d.path for d in docs if getattr(d, "free_text", False)}
    out = {
        "files": len(docs),
        "free_text_files": len(free_paths),
        "secrets": len(sec),
        "negatives": len(neg),
        "secrets_in_free_text": sum(1 for l in sec if l["path"] in free_paths),
        "negatives_in_free_text": sum(1 for l in neg if l["path"] in free_paths),
        "revoked": sum(1 for l in sec if l.get("note") == "revoked"),
        "rotated": sum(1 for l in sec if l.get("note") == "rotated"),
        "private_keys": sum(1 for l in sec if "key_check" in l),
        "pairs": sum(1 for l in sec if "id_value" in l),
        "crlf_files": sum(1 for d in docs if d.crlf),
        "secret_categories": dict(sorted(collections.Counter(l["category"] for l in sec).items())),
        "negative_categories": dict(sorted(collections.Counter(l["category"] for l in neg).items())),
        "per_theme": {},
    }
    for t in THEMES:
        p = t["dir"] + "/"
        out["per_theme"][t["dir"]] = {
            "files": sum(1 for d in docs if d.path.startswith(p)),
            "secrets": sum(1 for l in sec if l["path"].startswith(p)),
            "negatives": sum(1 for l in neg if l["path"].startswith(p)),
            "secrets_in_free_text": sum(1 for l in sec if l["path"].startswith(p) and l["path"] in free_paths),
        }
    return out
