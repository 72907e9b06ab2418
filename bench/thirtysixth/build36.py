"""Deals, assembly of the ten themes, free-text planning and counts."""
import collections

import common36
import extra36
import formats36
import prose36
import themes36
import tools36a
import tools36b
import tools36c
from core36 import stream

KINDS = {}
for _m in (tools36a, tools36b, tools36c):
    KINDS.update(_m.KINDS)
KIND_NAMES = list(KINDS)
KIND_GROUP = {}
for _n in tools36a.KINDS:
    KIND_GROUP[_n] = "self-hosted" if list(tools36a.KINDS).index(_n) < 9 else "game-server"
for _n in tools36b.KINDS:
    i = list(tools36b.KINDS).index(_n)
    KIND_GROUP[_n] = "device" if i < 7 else ("payments" if i < 13 else "saas")
for _n in tools36c.KINDS:
    i = list(tools36c.KINDS).index(_n)
    KIND_GROUP[_n] = "ci-packages" if i < 5 else ("database" if i < 8 else ("network" if i < 12 else "industrial-science"))

N = len(themes36.THEMES)


def deck(seed, name, items, per, copies=None):
    """Deal `per` items to each theme from seeded permutations laid end to end; no theme gets one twice."""
    r = stream(seed, "deck", name)
    need = per * N
    slots = []
    while len(slots) < need:
        p = list(items)
        r.shuffle(p)
        slots.extend(p)
    hands = [slots[i * per:(i + 1) * per] for i in range(N)]
    # repair duplicates inside a hand by swapping with a later hand
    for i in range(N):
        for j in range(per):
            if hands[i].count(hands[i][j]) > 1:
                for k in range(N):
                    if k == i:
                        continue
                    for m in range(per):
                        a, b = hands[i][j], hands[k][m]
                        if b not in hands[i] and a not in hands[k]:
                            hands[i][j], hands[k][m] = b, a
                            break
                    else:
                        continue
                    break
    return hands


def plan_free_text(ctx, seed):
    """Assign secret and negative item kinds to the twenty formats of one theme."""
    r = ctx.rng("prose", "plan")
    fmts = list(formats36.FORMAT_NAMES)
    en = set(r.sample(fmts, 4))
    sec = list(prose36.SECRET_KINDS)
    extra = ["colon", "is", "quote", "answer", "wifi", "door", "alarm", "temp", "token", "paren", "use", "below", "revoked",
             "rotated", "backup", "cli", "uri", "revoked", "token"]
    sec += r.sample(extra, 9)
    r.shuffle(sec)
    neg = list(prose36.NEG_KINDS) * 2
    r.shuffle(neg)
    plan = {f: {"sec": [], "neg": []} for f in fmts}
    # tables only where they render as tables
    tab = [k for k in sec if k == "table"]
    sec = [k for k in sec if k != "table"]
    tfmts = [f for f in fmts if f in formats36.TABLE_FORMATS]
    for k in tab:
        plan[r.choice(tfmts)]["sec"].append(k)
    order = list(fmts)
    r.shuffle(order)
    for i, k in enumerate(sec):
        plan[order[i % len(order)]]["sec"].append(k)
    r.shuffle(order)
    for i, k in enumerate(neg):
        plan[order[i % len(order)]]["neg"].append(k)
    return plan, en


def build_theme(seed, idx, reg, deals, big):
    ctx = themes36.Ctx(seed, idx, reg)
    docs = []
    # tools
    for name in deals["kinds"][idx]:
        docs += KINDS[name](ctx, ctx.rng("tool", name))
    # common
    docs += common36.app_env(ctx, ctx.rng("common", "env"))
    docs += common36.compose(ctx, ctx.rng("common", "compose"))
    docs += common36.ci_file(ctx, ctx.rng("common", "ci"), deals["ci"][idx][0])
    if idx in deals["aws"]:
        docs += common36.aws_credentials(ctx, ctx.rng("common", "aws"))
    if idx in deals["gcp"]:
        docs += common36.gcp_sa(ctx, ctx.rng("common", "gcp"))
    if idx in deals["toml"]:
        docs += common36.app_toml(ctx, ctx.rng("common", "toml"))
    if idx in deals["bundle"]:
        docs += common36.minified_bundle(ctx, ctx.rng("common", "bundle"))
    for lang in deals["code"][idx]:
        docs += common36.code_file(ctx, ctx.rng("code", lang), lang)
    for kind in deals["stack"][idx]:
        docs += common36.stack_file(ctx, ctx.rng("stack", kind), kind)
    for n, wrap in enumerate(deals["wrap"][idx]):
        docs += common36.key_wrap(ctx, ctx.rng("wrap", wrap, n), wrap)
    # extras
    docs += extra36.device_ini(ctx, ctx.rng("device"))
    for kind in deals["logs"][idx]:
        docs += extra36.log_file(ctx, ctx.rng("log", kind), kind, big=(idx in big and kind in ("journalctl", "nginx")))
    for kind in deals["hist"][idx]:
        docs += extra36.history(ctx, ctx.rng("history", kind), kind)
    if idx in big:
        docs += extra36.deep_log(ctx, ctx.rng("deep"))
    docs += extra36.rotation_diff(ctx, ctx.rng("diff"))
    docs += extra36.env_example(ctx, ctx.rng("negonly", "env"))
    docs += extra36.i18n_file(ctx, ctx.rng("negonly", "i18n"), deals["i18n"][idx][0])
    docs += extra36.lock_file(ctx, ctx.rng("negonly", "lock"), deals["lock"][idx][0])
    docs += extra36.docs_examples(ctx, ctx.rng("negonly", "docs"))
    # free text
    plan, en = plan_free_text(ctx, seed)
    for fmt in formats36.FORMAT_NAMES:
        r = ctx.rng("prose", fmt)
        lang = "en" if fmt in en else ctx.lang
        latin = lang != "en" and r.random() < ctx.pack_src.get("alt_latin", 0)
        pk = themes36.compile_pack(lang, latin)
        p = formats36.Plan(ctx, fmt, r, lang, latin, plan[fmt]["sec"], plan[fmt]["neg"], r.randint(3, 7), pk)
        docs.append(formats36.FORMATS[fmt](p))
    docs.append(formats36.policy_page(ctx, ctx.rng("prose", "policy"), ctx.rng("prose", "policy-label").random() < 0.4))
    jr = ctx.rng("jitter")
    for d in docs:
        if not d.free_text:
            jitter(ctx, d, jr)
        d.finish()
    return ctx, docs


COMMENT_SYNTAX = [((".ini",), ";"), ((".cfg",), "//"), ((".sh", ".env", ".yaml", ".yml", ".toml", ".py", ".conf", ".properties", ".ps1", ".rb",
                    ".pl", ".tfvars", "crontab", "netrc", "credentials", ".example"), "#"),
                  ((".lua", ".sql"), "--"), ((".js", ".ts", ".go", ".java", ".cs", ".kt", ".rs"), "//")]
JITTER = ["last reviewed {d} by {u}", "see {t} before changing anything here", "{u}: keep in sync with the {s} host",
          "do not commit changes without telling {u}", "copied from {s} on {d}", "ticket {t}", "owner: {u}@{dom}",
          "migrated from the old {s} box, {d}", "prod values, {d}", "{s}: values below were checked on {d}"]


def jitter(ctx, d, r):
    """Give fixed templates a little per-file variety: one or two owner/ticket comments at the top."""
    name = d.path.rsplit("/", 1)[-1].lower()
    if name.endswith(".csv") or "/qt/" in d.path:
        return
    for exts, c in COMMENT_SYNTAX:
        if name.endswith(exts):
            break
    else:
        return
    if r.random() < 0.45:
        return
    n = r.choice([1, 1, 2])
    out = []
    for t in r.sample(JITTER, n):
        out.append("%s %s" % (c, t.format(d="2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)), u=ctx.user(r),
                                           t="%s-%d" % (r.choice(["OPS", "IT", "INFRA", "SUP"]), r.randint(10, 999)),
                                           s=r.choice(ctx.th["systems"]), dom=ctx.domain)))
    d.insert_top(out)


def make_deals(seed):
    def idxs(name, k):
        r = stream(seed, "deck", name)
        return sorted(r.sample(range(N), k))
    deals = {
        "kinds": deck(seed, "kinds", KIND_NAMES, 10),
        "ci": deck(seed, "ci", ["github", "gitlab", "bitbucket", "azure"], 1),
        "code": deck(seed, "code", common36.CODE, 3),
        "stack": deck(seed, "stack", common36.STACK, 3),
        "wrap": deck(seed, "wrap", common36.WRAPS, 4),
        "logs": deck(seed, "logs", extra36.LOGS, 2),
        "hist": deck(seed, "hist", extra36.HIST, 2),
        "i18n": deck(seed, "i18n", extra36.I18N, 1),
        "lock": deck(seed, "lock", extra36.LOCKS, 1),
        "aws": idxs("aws", 4), "gcp": idxs("gcp", 3), "toml": idxs("toml", 6), "bundle": idxs("bundle", 4),
    }
    return deals, idxs("big", 3)


def build(seed):
    reg = themes36.Registry()
    deals, big = make_deals(seed)
    out = []
    per_theme = {}
    for i in range(N):
        ctx, docs = build_theme(seed, i, reg, deals, big)
        out += docs
        per_theme[ctx.key] = docs
    return out, deals, per_theme, reg


def counts(docs):
    labels = [l for d in docs for l in d.labels]
    sec = [l for l in labels if l["kind"] == "secret"]
    neg = [l for l in labels if l["kind"] == "negative"]
    ft = [d for d in docs if d.free_text]
    c = collections.OrderedDict()
    c["files"] = len(docs)
    c["free_text_files"] = len(ft)
    c["secrets"] = len(sec)
    c["negatives"] = len(neg)
    c["free_text_secrets"] = sum(1 for l in sec if l["free_text"])
    c["free_text_negatives"] = sum(1 for l in neg if l["free_text"])
    c["revoked"] = sum(1 for l in sec if l.get("note") == "revoked")
    c["rotated"] = sum(1 for l in sec if l.get("note") == "rotated")
    keys = [l for l in sec if l["category"] in ("private-key", "gcp-service-account-key")]
    c["private_keys"] = len(keys)
    kc = collections.Counter(l.get("key_check", "").split(":")[0] for l in keys)
    c["private_keys_by_type"] = {k: kc[k] for k in sorted(kc)}
    c["pairs"] = sum(1 for l in labels if "id_value" in l)
    c["crlf_files"] = sum(1 for d in docs if d.crlf)
    c["bom_files"] = sum(1 for d in docs if d.bom)
    c["secret_categories"] = len(set(l["category"] for l in sec))
    c["negative_categories"] = len(set(l["category"] for l in neg))
    return c
