#!/usr/bin/env python3
"""Generate the seventeenth blind secret-scanning corpus.

usage: generate.py OUT_DIR [--seed N]

Writes the corpus to OUT_DIR, labels to OUT_DIR.labels.json and values to OUT_DIR.values.json (beside the
directory, never inside it). Refuses to write inside a git repository and replaces an existing OUT_DIR only
when OUT_DIR.labels.json exists beside it. Same seed -> byte-identical output.
"""
import argparse
import importlib
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import checks17  # noqa: E402
import crypto17  # noqa: E402
import frame17  # noqa: E402
import hostf17  # noqa: E402
import keywrap17  # noqa: E402
import negf17  # noqa: E402
import prose17  # noqa: E402
import prov17  # noqa: E402
import second17  # noqa: E402
import syn17  # noqa: E402
import layer17  # noqa: E402
from themes17.common17 import Ctx  # noqa: E402

THEMES = ["organ_builder", "visa_centre", "domain_registrar", "source_escrow", "legislature_ict", "ghost_kitchen",
          "locksmith", "data_recovery", "traffic_signals", "well_driller", "fashion_atelier"]
LAYER_DIRS = ["it-ops", "platform", "infra", "sysops", "techteam", "ict", "devops", "it-services", "backoffice-it",
              "engineering", "site-it"]
NOT_BEARER = {"azure-storage-key", "azure-sb-key", "cloudflare-origin-ca", "slack-webhook", "aws-session", "age-secret",
              "swarm-join", "planetscale-pw", "stripe-webhook", "google-refresh", "twilio-auth-token", "datadog-api",
              "mailgun-new", "cloudflare-global", "gitlab-runner-reg", "shopify-shared", "square-app-secret", "azure-entra-secret",
              "google-oauth-secret", "braintree"}
BOT_SHAPES = ["slack-bot", "telegram-bot", "discord-bot", "slack-app", "slack-user"]


def in_git(path):
    p = os.path.abspath(path)
    while True:
        if os.path.exists(os.path.join(p, ".git")):
            return p
        parent = os.path.dirname(p)
        if parent == p:
            return None
        p = parent


class Deck:
    """Deals without repetition until the deck is exhausted, then reshuffles."""

    def __init__(self, r, items):
        self.r, self.items, self.cur = r, list(items), []

    def take(self, n, avoid=()):
        out = []
        guard = 0
        while len(out) < n:
            if not self.cur:
                self.cur = list(self.items)
                self.r.shuffle(self.cur)
            x = self.cur.pop()
            guard += 1
            if (x in out or x in avoid) and guard < 500:
                self.cur.insert(0, x)
                continue
            out.append(x)
        return out


def deals(seed):
    r = random.Random("%s:deal" % seed)
    shapes = Deck(r, [s[0] for s in prov17.SHAPES])
    pairs = Deck(r, [p[0] for p in prov17.PAIRS])
    syns = Deck(r, syn17.NAMES)
    wraps = Deck(r, keywrap17.WRAPS)
    hosts = Deck(r, hostf17.KINDS)
    negs = Deck(r, negf17.KINDS)
    chats = Deck(r, prose17.CHAT_FORMATS)
    tickets = Deck(r, prose17.TICKET_FORMATS)
    wikis = Deck(r, prose17.WIKI_FORMATS)
    cis = Deck(r, layer17.CI)
    bots = Deck(r, BOT_SHAPES)
    bearer = Deck(r, [s[0] for s in prov17.SHAPES if s[0] not in NOT_BEARER])
    layers = list(LAYER_DIRS)
    r.shuffle(layers)
    out = {}
    for i, th in enumerate(THEMES):
        sh = shapes.take(15) + bearer.take(2)
        out[th] = {"shapes": sh[:11], "chat_token": sh[12], "git_token": sh[13], "shell_token": sh[14],
                   "ticket_token": sh[15], "runbook_token": sh[16],
                   "bot_token": bots.take(1)[0], "pair": pairs.take(1)[0], "syntaxes": syns.take(3),
                   "wraps": wraps.take(5), "hostfiles": hosts.take(2), "negfiles": negs.take(3), "chat": chats.take(1)[0],
                   "ticket": tickets.take(1)[0], "wiki": wikis.take(1)[0], "ci": cis.take(1)[0], "layer": layers[i]}
    return out


def build(seed):
    crypto17.aes_selftest()
    corpus = frame17.Corpus(seed)
    shared = {"ca": crypto17.rsa_key(random.Random("%s:ca" % seed), 2048)}
    d = deals(seed)
    per_theme = {}
    for th in THEMES:
        mod = importlib.import_module("themes17.t_%s17" % th)
        t = Ctx(corpus, seed, mod.DIR, mod.VARIANTS, shared)
        t.V = dict(mod.vocab(t))
        deal = d[th]
        t.V.update({"layer": deal["layer"], "chat_token": deal["chat_token"], "git_token": deal["git_token"],
                    "shell_token": deal["shell_token"], "bot_token": deal["bot_token"], "ticket_token": deal["ticket_token"],
                    "runbook_token": deal["runbook_token"]})
        before = len(corpus.items)
        mod.build(t)
        second17.run(t, deal)
        per_theme[mod.DIR] = (before, len(corpus.items), t.org, t.langs)
    files, labels, values = corpus.build()
    return corpus, files, labels, values, per_theme


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=141)
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    out = os.path.abspath(a.out_dir.rstrip("/"))
    repo = in_git(out)
    if repo:
        sys.exit("refusing to write inside a git repository (%s)" % repo)
    lab_path, val_path = out + ".labels.json", out + ".values.json"
    if os.path.exists(out) and not os.path.exists(lab_path):
        sys.exit("%s exists and has no %s beside it; not replacing it" % (out, os.path.basename(lab_path)))
    corpus, files, labels, values, per_theme = build(a.seed)
    problems, st = checks17.check(files, labels, values)
    if problems:
        for p in problems[:40]:
            print("problem:", p, file=sys.stderr)
        sys.exit("%d problems; nothing written" % len(problems))
    enc = corpus.encoded(files)
    if os.path.exists(out):
        shutil.rmtree(out)
    for path in sorted(enc):
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(enc[path])
    with open(lab_path, "w", encoding="utf-8") as fh:
        json.dump({"generator": "bench/seventeenth/generate.py", "seed": a.seed, "files": len(enc), "labels": labels},
                  fh, indent=1, ensure_ascii=False, sort_keys=True)
        fh.write("\n")
    with open(val_path, "w", encoding="utf-8") as fh:
        json.dump({"seed": a.seed, "values": values}, fh, indent=1, ensure_ascii=False, sort_keys=True)
        fh.write("\n")
    if not a.quiet:
        print("seed %d: %d files, %d secrets, %d negatives, %d in free text (%.0f %%)" % (
            a.seed, st["files"], st["secrets"], st["negatives"], st["free"], 100.0 * st["free"] / st["secrets"]))
        print("provider %d, generic %d, keys %d; %d secret / %d negative categories; %d spans, %d pairs, %d negative spans; "
              "%d vendors, %d shapes" % (st.get("g_provider", 0), st.get("g_generic", 0), st.get("g_key", 0), st["secret_categories"],
                                         st["negative_categories"], st.get("spans", 0), st.get("pairs", 0), st.get("neg_spans", 0),
                                         st["vendors"], st["shapes"]))
        print("| directory | files | secrets | negatives | in free text |")
        print("|---|---:|---:|---:|---:|")
        for d in sorted(per_theme):
            fs = [p for p in files if p.startswith(d + "/")]
            sec = [l for l, v in zip(labels, values) if l["path"].startswith(d + "/") and l["kind"] == "secret"]
            neg = [l for l in labels if l["path"].startswith(d + "/") and l["kind"] == "negative"]
            fr = [1 for l, v in zip(labels, values) if l["path"].startswith(d + "/") and l["kind"] == "secret" and v["free_text"]]
            print("| `%s/` | %d | %d | %d | %d |" % (d, len(fs), len(sec), len(neg), len(fr)))


if __name__ == "__main__":
    main()
