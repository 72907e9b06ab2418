"""Data-recovery lab: case intake with customer-supplied credentials (BitLocker recovery keys, NAS and
VeraCrypt passwords), imaging stations, cleanroom, encrypted data return, customer portal, recovered files."""
import vals17 as V

DIR = "data-recovery"
VARIANTS = [
    {"org": "RescueBytes Datenrettung GmbH", "domain": "rescuebytes.de", "city": "Stuttgart", "langs": ["de", "en"]},
    {"org": "Datahelp Recuperação de Dados", "domain": "datahelp.pt", "city": "Porto", "langs": ["pt", "en"]},
    {"org": "Fenwick Data Recovery Ltd", "domain": "fenwick-recovery.co.uk", "city": "Glasgow", "langs": ["en"]},
]


def bitlocker(r):
    groups = []
    for _ in range(8):
        n = r.randint(0, 65535) * 11
        groups.append("%06d" % n)
    return "-".join(groups)


def vocab(t):
    return {
        "systems": ["case management", "customer portal", "imaging farm", "return drives", "courier pickups", "evidence NAS"],
        "devices": [("imaging station", "tech"), ("cleanroom particle counter", "admin"), ("evidence NAS", "admin"),
                    ("drive duplicator", "admin"), ("label printer", "admin")],
        "vendor": "PickupPro", "hosts": ["cases", "portal", "evidence-nas", "img07"], "channel": "lab",
        "db": "cases", "ssid": "Lab-Clean", "ticket_prefix": "DR",
        "integrations": ["customer-portal", "case-sync", "courier-bridge"],
        "topics": ["Customer cannot open the download link", "Imaging station 7 loses the NAS mount", "Portal shows the wrong case status"],
        "chatter": ["head swap on case 0412 done", "platter scratches, bad news", "donor drive arrived", "cleanroom counter green",
                    "RAID-5 rebuild at 60%", "customer called again about 0398"],
    }


def build(t):
    r = t.r
    c1, c2, c3, c4 = ["2025-%04d" % n for n in r.sample(range(380, 460), 4)]
    t.f("cases/intake/%s/intake.json" % c1, """{
  "case": "%s",
  "device": {"type": "NAS", "model": "DS918+", "serial": "%s", "raid": "SHR-1"},
  "symptoms": "two disks failed during rebuild",
  "customer_supplied": {
    "nas_admin_user": "admin",
    "nas_admin_password": "%s",
    "bitlocker_recovery_key": "%s"
  },
  "priority": "express"
}""" % (t.N(c1, "id-case"), t.N(V.rs(r, 12, V.UP + V.DIG), "device-serial"), t.S(t.pw(), "customer-supplied-password"),
        t.S(bitlocker(r), "bitlocker-recovery-key")))
    vc = t.pw("phrase")
    if t.lang == "de":
        pn = "Telefonnotiz %s\n- Kunde: Steuerbüro, externe Platte mit VeraCrypt-Container\n- Passphrase laut Kunde:\n  %s\n- Windows-PIN unbekannt, egal (nur Datenplatte)\n"
    elif t.lang == "pt":
        pn = "Notas telefone %s\n- Cliente: gabinete de contabilidade, disco externo com contentor VeraCrypt\n- frase-passe indicada pelo cliente:\n  %s\n- PIN do Windows desconhecido (só interessa o disco de dados)\n"
    else:
        pn = "Phone notes %s\n- customer: accountancy, external disk with a VeraCrypt container\n- passphrase as given by the customer:\n  %s\n- Windows PIN unknown, doesn't matter (data disk only)\n"
    t.f("cases/intake/%s/phone-notes.txt" % c2, pn % (c2, t.S(vc, "customer-supplied-password")), free=True)
    rows = []
    for c in (c3, c4):
        rows.append("%s,%s,2025-04-%02d" % (c, t.S("https://portal.%s/dl/%s?t=%s" % (t.domain, c, V.b64url(r, 24)), "private-download-link"), r.randint(1, 28)))
    rows.append("%s,%s,expired" % (c1, t.N("https://portal.%s/dl/%s" % (t.domain, c1), "url-no-token")))
    t.f("cases/returns/return-links.csv", "case,link,expires\n" + "\n".join(rows))
    a, b = t.pair("scaleway-pair")
    t.f("portal/settings.toml", """[default]
DEBUG = false
UPLOAD_MAX_GB = 50

[production]
SECRET_KEY = "%s"
DATABASE_URL = "postgresql://portal:%s@%s:5432/portal"
OBJECT_STORE_ACCESS_KEY = "%s"
OBJECT_STORE_SECRET_KEY = "%s"
SENDGRID_API_KEY = "%s"
""" % (t.S(t.rtok(50, V.B64U), "app-secret-key"), t.S(t.upw(), "db-uri-password"), t.host("portal"), a, b, t.P("sendgrid")))
    t.f("lab/imaging/station-07.conf", """# imaging station 07 (cleanroom bench 2)
dongle_id = %s
evidence_share = //%s/evidence
evidence_user = img07
evidence_password = %s
hash_after_image = sha256
""" % (t.N(V.hexs(r, 16).upper(), "id-dongle"), t.host("evidence-nas"), t.S(t.pw(), "smb-share-password")))
    t.f("lab/cleanroom/particle-counter.json", '{\n  "sensor": "%s",\n  "class_limit": "ISO 5",\n  "web_user": "admin",\n  "web_password": "%s"\n}' % (
        t.N("PC-" + V.rs(r, 8, V.DIG), "device-serial"), t.S(t.pw("weak"), "device-web-password")))
    t.f("courier/pickup.yaml", "provider: pickuppro\naccount_number: \"%s\"\napi_key: \"%s\"\ndefault_box: M\n" % (
        t.N(str(r.randint(10 ** 9, 10 ** 10)), "id-account"), t.S(t.rtok(40), "api-key-vendor")))
    t.f("tools/release.sh", """#!/bin/bash
# tag the portal release and notify Linear + Sentry
export LINEAR_API_KEY=%s
export SENTRY_AUTH_TOKEN=%s
sentry-cli releases new "portal@$(git describe --tags)"
""" % (t.P("linear"), t.P("sentry-user")))
    t.f("docs/data-return-policy.md", """# Data return and retention

- %s
- BitLocker recovery keys look like `%s` — record them only in the case system.
- Return drives are encrypted with a per-case password sent by SMS, never by e-mail.
""" % (t.N("Customer passwords are deleted from the case record when the case is closed.", "prose-no-value"),
       t.N("XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX-XXXXXX", "placeholder")), free=True)
    rp = t.pw("strong")
    t.f("cases/%s/final-report.pdf.txt" % c3, """%s · %s

FINAL REPORT — CASE %s

Result: 97.4 %% of user data recovered (412,118 files, 1.8 TB).
Method: head stack replacement in the cleanroom, imaging with adaptive read.

Data return
The recovered data is on the enclosed USB drive (hardware-encrypted).
Unlock password: %s
Please copy your data within 30 days; the drive is yours to keep.
""" % (t.org, t.city, c3, t.S(rp, "return-drive-password")), free=True)
    k = t.key("OKP")
    raw, chk = t.keytext(k, "openssh", comment="root@fileserver")
    t.f("cases/%s/recovered/etc/ssh/ssh_host_ed25519_key" % c4, t.S(raw, "private-key-ed25519-openssh", "key", check=chk, raw=raw))
    t.f("cases/%s/recovered/etc/ssh/ssh_host_ed25519_key.pub" % c4, t.N(__import__("keys17").ssh_pub_line(k, "root@fileserver"), "ssh-public-key"))
    dsn = "postgresql://analyst:%s@%s:5432/cases" % (t.upw(), t.host("cases"))
    t.f("lab/analysis/failure-stats.ipynb", """{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Failure statistics by drive model (Q1)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import sqlalchemy as sa\\n",
    "engine = sa.create_engine(\\"%s\\")\\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["connected as analyst, session %s\\n"]
    }
   ],
   "source": ["print(engine.connect())"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}""" % (t.S(dsn, "db-uri-password"), t.ident("session-id")))
