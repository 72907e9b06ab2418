"""Deals, assembly of the ten themes, free-text planning, label resolution and counts."""

import collections

import common37 as CM
import core37 as C
import extra37 as EX
import formats37a as FA
import formats37b as FB
import negonly37 as NO
import prose37 as PR
import themes37 as TH
from tools37a import KINDS_A
from tools37b import KINDS_B
from tools37c import KINDS_C

KINDS = dict(KINDS_A)
KINDS.update(KINDS_B)
KINDS.update(KINDS_C)
FORMATS = dict(FA.FORMATS_A)
FORMATS.update(FB.FORMATS_B)
N_THEMES = len(TH.THEMES)


def deal(seed, name, kinds, per):
    """Seeded permutations laid end to end; theme i takes slots [i*per, (i+1)*per); repeats inside a hand are
    swapped with another theme's card."""
    r = C.stream(seed, "deck", name)
    deck = []
    while len(deck) < per * N_THEMES:
        p = list(kinds)
        r.shuffle(p)
        deck += p
    hands = [deck[i * per:(i + 1) * per] for i in range(N_THEMES)]
    for i in range(N_THEMES):
        for j in range(per):
            c = hands[i][j]
            if hands[i].count(c) < 2:
                continue
            done = False
            for k in range(N_THEMES):
                if k == i:
                    continue
                for m in range(per):
                    d = hands[k][m]
                    if d not in hands[i] and c not in hands[k]:
                        hands[i][j], hands[k][m] = d, c
                        done = True
                        break
                if done:
                    break
            if not done:
                raise C.GenError("deal %s: cannot repair" % name)
    return hands


def make_deals(seed):
    r = C.stream(seed, "deck", "extras")
    idx = list(range(N_THEMES))
    return {
        "tools": deal(seed, "tools", sorted(KINDS), 10),
        "code": deal(seed, "code", CM.CODE_LANGS, 2),
        "stack": deal(seed, "stack", CM.STACKS, 2),
        "wrap": deal(seed, "wrap", CM.WRAPS, 4),
        "log": deal(seed, "log", EX.LOGS, 2),
        "history": deal(seed, "history", EX.HISTORIES, 2),
        "ci": deal(seed, "ci", ["github", "gitlab", "bitbucket", "azure"], 1),
        "i18n": deal(seed, "i18n", NO.I18N, 1),
        "lock": deal(seed, "lock", NO.LOCKS, 1),
        "aws": sorted(r.sample(idx, 4)), "gcp": sorted(r.sample(idx, 3)), "apptoml": sorted(r.sample(idx, 6)),
        "bundle": sorted(r.sample(idx, 4)), "big": sorted(r.sample(idx, 3)),
    }


def free_text(t):
    r = t.rng("prose:plan")
    fmts = sorted(FORMATS)
    english = set(r.sample(fmts, 4))
    order = list(fmts)
    r.shuffle(order)
    sec = list(PR.SECRET_KINDS)
    neg = list(PR.NEG_KINDS)
    r.shuffle(sec)
    r.shuffle(neg)
    sec_alloc = collections.defaultdict(list)
    neg_alloc = collections.defaultdict(list)
    for i, k in enumerate(sec):
        sec_alloc[order[i % len(order)]].append(k)
    for i, k in enumerate(neg):
        neg_alloc[order[-1 - (i % len(order))]].append(k)
    L = PR.LANGS[t.lang]
    for fmt in fmts:
        fn, multiline, tables = FORMATS[fmt]
        rr = t.rng("prose", fmt)
        if fmt in english:
            v = PR.Voice(t, "en", True, rr)
        else:
            v = PR.Voice(t, t.lang, rr.random() < L["native_share"], rr)
        msgs, _, _ = PR.conversation(t, v, rr, sec_alloc[fmt], neg_alloc[fmt], multiline)
        sysn = t.system(rr)
        info = {"title": "%s — %s" % (sysn, t.place(rr)), "slug": sysn, "lang": v.lang_label,
                "tz": rr.choice(["+0000", "+0600", "+0700", "+0300", "-0600", "+0200"]),
                "proj": t.dir.split("-")[0][:4].upper()}
        if tables and rr.random() < 0.4:
            info["rows"] = PR.table_rows(t, v, rr, rr.randint(2, 3))
        path, text, opts = fn(t, rr, msgs, info)
        t.add(path, text, free_text=True, lang=v.lang_label, family="prose:" + fmt, **opts)
    rp = t.rng("prose:policy")
    nv = PR.Voice(t, t.lang, rp.random() < L["native_share"], rp)
    path, text, opts = FB.policy_page(t, rp, nv, PR.Voice(t, "en", True, rp), rp.random() < 0.4)
    t.add(path, text, free_text=True, lang=t.lang, family="prose:policy", **opts)
    return sorted(english)


def build_theme(seed, idx, reg, marks, deals):
    t = TH.TCtx(seed, idx, reg, marks)
    used = {}
    for kind in deals["tools"][idx]:
        KINDS[kind](t)
    CM.app_env(t)
    CM.compose(t)
    CM.ci_file(t, deals["ci"][idx][0])
    if idx in deals["aws"]:
        CM.aws_credentials(t)
    if idx in deals["gcp"]:
        CM.gcp_sa(t)
    if idx in deals["apptoml"]:
        CM.app_toml(t)
    if idx in deals["bundle"]:
        CM.js_bundle(t)
    for n, lang in enumerate(deals["code"][idx]):
        CM.code_file(t, lang, n)
    for k in deals["stack"][idx]:
        CM.stack(t, k)
    for k in deals["wrap"][idx]:
        CM.wrapping(t, k)
    EX.device_ini(t)
    big = idx in deals["big"]
    for k in deals["log"][idx]:
        EX.log_file(t, k, big and k in ("journalctl", "nginx"))
    if big:
        EX.big_debug_log(t)
    for k in deals["history"][idx]:
        EX.history(t, k)
    EX.rotation_patch(t)
    NO.env_example(t)
    NO.i18n(t, deals["i18n"][idx][0])
    NO.lockfile(t, deals["lock"][idx][0])
    NO.integrations_md(t)
    used["english_formats"] = free_text(t)
    return t, used


def build(seed):
    reg, marks = C.Registry(), C.Marks()
    deals = make_deals(seed)
    docs, english = [], {}
    for i in range(N_THEMES):
        t, used = build_theme(seed, i, reg, marks, deals)
        docs.extend(t.docs)
        english[t.dir] = used["english_formats"]
    paths = collections.Counter(d.path for d in docs)
    dup = [p for p, n in paths.items() if n > 1]
    if dup:
        raise C.GenError("duplicate paths: %s" % dup[:5])
    for d in docs:
        d.resolve(marks)
    bad = marks.unused()
    if bad:
        raise C.GenError("%d marks not placed exactly once (first: %r)" % (len(bad), marks.info[bad[0]]))
    labels = sorted((lab for d in docs for lab in d.labels), key=lambda l: (l["path"], l["line"], l["column"]))
    docs.sort(key=lambda d: d.path)
    named = {}
    for i, th in enumerate(TH.THEMES):
        named[th["dir"]] = {k: v[i] for k, v in deals.items() if isinstance(v[0], list)}
        for k in ("aws", "gcp", "apptoml", "bundle", "big"):
            named[th["dir"]][k] = i in deals[k]
        named[th["dir"]]["english_formats"] = english[th["dir"]]
    return docs, labels, named


def counts(docs, labels):
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    ft = [d for d in docs if d.free_text]
    keys = collections.Counter()
    for l in sec:
        kc = l.get("key_check")
        if kc:
            keys[kc.split(":")[0]] += 1
    c = {
        "files": len(docs), "free_text_files": len(ft),
        "free_text_share": round(100.0 * len(ft) / len(docs), 1),
        "secrets": len(sec), "negatives": len(neg),
        "secrets_free_text": sum(1 for l in sec if l["free_text"]),
        "negatives_free_text": sum(1 for l in neg if l["free_text"]),
        "revoked": sum(1 for l in sec if l.get("note") == "revoked"),
        "rotated": sum(1 for l in sec if l.get("note") == "rotated"),
        "private_keys": {"total": sum(keys.values()), "ed25519": keys["ed25519"], "p256": keys["p256"],
                         "rsa2048": keys["rsa"]},
        "pairs": sum(1 for l in sec if "id_value" in l),
        "crlf_files": sum(1 for d in docs if d.crlf), "bom_files": sum(1 for d in docs if d.bom),
        "secret_categories": len({l["category"] for l in sec}),
        "negative_categories": len({l["category"] for l in neg}),
    }
    per = {}
    for th in TH.THEMES:
        p = th["dir"] + "/"
        per[th["dir"]] = {"files": sum(1 for d in docs if d.path.startswith(p)),
                          "secrets": sum(1 for l in sec if l["path"].startswith(p)),
                          "negatives": sum(1 for l in neg if l["path"].startswith(p)),
                          "secrets_free_text": sum(1 for l in sec if l["path"].startswith(p) and l["free_text"])}
    return c, per
