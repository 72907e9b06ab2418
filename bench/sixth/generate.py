#!/usr/bin/env python3
"""Generate the sixth secret-scanning benchmark corpus.

usage: generate.py OUT_DIR [--seed N] [--quiet]

Writes OUT_DIR/ (the corpus), OUT_DIR.labels.json (labels for bench/quality/score.py) and
OUT_DIR.values.json (planted values / region anchors and offline checks, parallel to the labels).
"""
import argparse
import collections
import importlib
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import sframe                      # noqa: E402
from themes import common          # noqa: E402

THEMES = [
    ("municipal-gov", "municipal"),
    ("insurance-mainframe", "mainframe"),
    ("telematics", "telematics"),
    ("energy-ot", "energy"),
    ("edtech", "edtech"),
    ("nonprofit-crm", "nonprofit"),
    ("biotech-lims", "biotech"),
    ("travel-booking", "travel"),
    ("adtech-marketing", "adtech"),
    ("sre-platform", "sre"),
    ("retail-pos", "retail"),
    ("legal-dms", "legal"),
]

KEY_CATS = {c for c in common.SECRET_CATS if c.startswith("private-key-")}
GENERIC_CATS = set("""
generic-password database-password service-account-password local-admin-password temporary-password
wifi-psk vpn-psk snmp-community mainframe-password racf-password-phrase mq-ldap-bind-password
connect-direct-proxy-password websphere-xor-password credential-uri db-connection-string jdbc-connection-string
odbc-connection-string basic-auth-header docker-auth netrc-password sftp-password ftp-password smtp-password
ldap-bind-password windows-autologon-password vnc-password rdp-password opcua-user-password mqtt-password
kafka-sasl-credentials dnp3-update-key relay-access-password app-secret-key session-secret encryption-key
hmac-signing-secret webhook-secret api-key api-secret oauth-client-secret oauth-refresh-token bearer-token
jwt-bearer-token password-in-url sabre-credentials salesforce-password-token civicrm-key joomla-secret
moodle-password-salt lti-shared-secret ezproxy-password uds-security-key otp-backup-codes zip-password
vault-secret-id kubernetes-sa-token kubeconfig-client-key sql-login-password geotab-password
marketman-password volunteerhub-password expedia-quickconnect-password siteminder-password worldpay-xml-password
iso-claimsearch-password dataloader-encryption-key
""".split())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--only", help="comma-separated theme directories (for development)")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args()
    t0 = time.monotonic()
    corpus = sframe.Corpus(common.categories())
    seen = set()
    only = set(a.only.split(",")) if a.only else None
    for dirname, module in THEMES:
        if only and dirname not in only:
            continue
        mod = importlib.import_module("themes." + module)
        corpus.current_theme = dirname
        mod.build(common.T(corpus, dirname, a.seed, seen))
    corpus.current_theme = None
    corpus.write(a.out_dir)
    if not a.quiet:
        report(corpus, time.monotonic() - t0)


def report(corpus, secs):
    files = collections.Counter(corpus.theme_of[p] for p in corpus.files)
    sec, neg = collections.Counter(), collections.Counter()
    mix = collections.Counter()
    prose = 0
    spans = 0
    scats, ncats = set(), set()
    for lab, _ in corpus.labels:
        th = lab["path"].split("/", 1)[0]
        if "span" in lab:
            spans += 1
        if lab["kind"] == "secret":
            sec[th] += 1
            scats.add(lab["category"])
            c = lab["category"]
            mix["key" if c in KEY_CATS else "generic" if c in GENERIC_CATS else "provider"] += 1
            if lab["path"] in corpus.prose_paths:
                prose += 1
        else:
            neg[th] += 1
            ncats.add(lab["category"])
    print("| directory | files | secrets | negatives |")
    print("|---|---:|---:|---:|")
    for dirname, _ in THEMES:
        if files[dirname]:
            print("| `%s/` | %d | %d | %d |" % (dirname, files[dirname], sec[dirname], neg[dirname]))
    ts = sum(sec.values())
    print("| **total** | **%d** | **%d** | **%d** |" % (len(corpus.files), ts, sum(neg.values())))
    print()
    print("mix: provider %d (%.0f%%), generic %d (%.0f%%), keys %d (%.0f%%); prose/chat/ticket/history secrets %d (%.0f%%)" % (
        mix["provider"], 100 * mix["provider"] / ts, mix["generic"], 100 * mix["generic"] / ts, mix["key"],
        100 * mix["key"] / ts, prose, 100 * prose / ts))
    print("%d secret categories, %d negative categories, %d spans; %.1f s" % (len(scats), len(ncats), spans, secs))


if __name__ == "__main__":
    main()
