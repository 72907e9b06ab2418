"""Biotech R&D: Benchling LIMS/ELN, instrument PCs, sequencing (BaseSpace, DNAnexus),
Nextflow/Seqera, AWS HealthOmics, CRO data transfers, QA tickets."""
import json

import skeys
from themes.common import (jq, indent, teams_txt, eml, bash_history, neg_hash, b64)
from themes import more


def build(t):
    r, v = t.r, t.v
    co = r.choice(["Helix Forge Therapeutics", "Cobalt Bio", "Nereid Genomics", "Plover Biosciences", "Quillon Labs"])
    dom = co.split()[0].lower() + "bio.com"
    tenant = co.split()[0].lower()

    # ------------------------------------------------------------ Benchling
    bk = "sk_" + v.an(28)
    bsec = "cs_" + v.an(32)
    d = t.f("lims/benchling/integration.env")
    d.done(f"""BENCHLING_TENANT=https://{tenant}.benchling.com
BENCHLING_API_KEY={d.S(bk, "benchling-api-key")}
BENCHLING_APP_CLIENT_ID={d.N("sa_" + v.an(22), "public-client-id")}
BENCHLING_APP_CLIENT_SECRET={d.S(bsec, "oauth-client-secret")}
BENCHLING_REGISTRY_ID={d.N("src_" + v.an(8), "resource-identifier")}
""")

    d = t.f("lims/benchling/app/manifest.yaml")
    d.done(f"""manifestVersion: 1
info:
  name: Plate Reader Importer
  version: 1.4.0
features:
  - name: import-plate
    id: {d.N("feat_" + v.an(14), "resource-identifier")}
    type: ASSAY_RUN
subscriptions:
  deliveryMethod: WEBHOOK
  messages:
    - type: v2.assayRun.created
""")

    d = t.f("lims/benchling/app/verify_webhook.py")
    d.done(f'''"""Benchling app webhooks are verified against Benchling's public JWKS; nothing secret here."""
from benchling_sdk.apps.helpers.webhook_helpers import verify

JWKS_URL = "https://{tenant}.benchling.com/apps/jwks/{d.N("appdef_" + v.an(10), "resource-identifier")}"
SAMPLE_SIGNATURE = "v1,{d.N(v.b64(64), "webhook-signature")}"


def handle(headers, body):
    verify("{"app_" + v.an(14)}", body, headers, jwks_url=JWKS_URL)
''')

    lv_pw = v.pw()
    d = t.f("lims/labvantage/lv.properties")
    d.done(f"""# LabVantage 8.8 - sample management (legacy, read-only after Benchling migration)
lv.db.url=jdbc:oracle:thin:@//lvdb01.{dom}:1521/LVPROD
lv.db.user=LV_READ
lv.db.password={d.S(lv_pw, "database-password")}
lv.db.pool.max=20
""")

    # ------------------------------------------------------------ instruments
    emp = v.pw()
    d = t.f("instruments/hplc-01/Empower/empower-client.ini", crlf=True)
    d.done(f"""[Database]
Server=EMPDB01
Service=WAT
User=EMP_SYSTEM_SVC
Password={d.S(emp, "database-password")}
[Client]
Project=QC_Release
AutoLogout=15
""")

    bs = v.hex(32)
    d = t.f("instruments/sequencer/basespace/default.cfg")
    d.done(f"""apiServer   = https://api.basespace.illumina.com
accessToken = {d.S(bs, "basespace-token")}
""")

    fs_pw = v.pw(specials="!-_.")
    d = t.f("instruments/plate-reader/map-drive.bat", crlf=True)
    d.done(f"""@echo off
rem maps the LIMS drop share for the plate reader export
net use L: \\\\lims-fs01\\drop\\platereader /user:{co.split()[0].upper()}\\svc_platereader {d.S(fs_pw, "service-account-password")} /persistent:yes
""")

    al = v.pw()
    d = t.f("instruments/qpcr-02/autologon.reg", crlf=True)
    d.done(f"""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="qpcr-operator"
"DefaultDomainName"="QPCR-02"
"DefaultPassword"="{d.S(al, "windows-autologon-password")}"
""")

    # ------------------------------------------------------------ pipelines
    ak, asec = v.aws()
    tw = v.seqera()
    d = t.f("pipelines/nextflow/nextflow.config")
    d.done(f"""process.executor = 'awsbatch'
process.queue = 'nf-spot'
workDir = 's3://{tenant}-nf-work/scratch'

aws {{
    region = 'us-east-1'
{d.B("secret", "aws-access-key")}    accessKey = '{d.A(ak, ident=True)}'
    secretKey = '{d.A(asec)}'{d.E()}
    batch.cliPath = '/home/ec2-user/miniconda/bin/aws'
}}

tower {{
    enabled = true
    accessToken = '{d.S(tw, "seqera-token")}'
    workspaceId = '{d.N(v.digits(15), "resource-identifier")}'
}}
""")

    dx = v.an(32)
    d = t.f("pipelines/dnanexus/.dnanexus_config/environment.json")
    d.done("""{
  "DX_APISERVER_HOST": "api.dnanexus.com",
  "DX_APISERVER_PORT": "443",
  "DX_PROJECT_CONTEXT_ID": %s,
  "DX_SECURITY_CONTEXT": "{\\"auth_token\\": \\"%s\\", \\"auth_token_type\\": \\"Bearer\\"}",
  "DX_USERNAME": "%s"
}
""" % (jq(str(d.N("project-" + v.an(24), "resource-identifier"))), d.S(dx, "dnanexus-token"), v.user()))

    ak2, sec2 = v.aws("ASIA")
    stoken = v.aws_session()
    d = t.f("cloud/healthomics/start_run.sh")
    d.done(f"""#!/usr/bin/env bash
# temporary creds pasted from the SSO portal ("Command line access")
{d.B("secret", "aws-session-credentials")}export AWS_ACCESS_KEY_ID="{d.A(ak2, ident=True)}"
export AWS_SECRET_ACCESS_KEY="{d.A(sec2)}"
export AWS_SESSION_TOKEN="{d.A(stoken)}"{d.E()}
aws omics start-run --workflow-id {d.N(v.digits(7), "resource-identifier")} --role-arn arn:aws:iam::{v.digits(12)}:role/OmicsRun \\
  --output-uri s3://{tenant}-omics-out/ --parameters file://params.json
""")

    bk2 = "sk_" + v.an(28)
    d = t.f("analysis/notebooks/qc-report.ipynb")
    d.done("""{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\\n",
    "os.environ[\\"BENCHLING_API_KEY\\"] = \\"%s\\"\\n",
    "from benchling_sdk.benchling import Benchling\\n"
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
     "text": [
      "run sha256 %s\\n"
     ]
    }
   ],
   "source": [
    "print('run sha256', run_digest)\\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""" % (d.S(bk2, "benchling-api-key"), d.N(v.sha256(), "file-checksum")))

    # ------------------------------------------------------------ keys
    sftp = t.ed()
    d = t.f("cro-transfer/keys/cro_transfer_ed25519")
    d.done(str(d.S(sftp.openssh("datamgmt@%s" % dom, r), "private-key-openssh")))
    d = t.f("cro-transfer/keys/cro_transfer_ed25519.pub")
    d.done(str(d.N(sftp.ssh_public("datamgmt@%s" % dom), "public-key")))

    el = t.rsa()
    ca_k, ca_der = t.ca("%s Part 11 Signing CA" % co.split()[0], co)
    crt = t.cert_for(el, "eln-signing.%s" % dom, ca_k, "%s Part 11 Signing CA" % co.split()[0], co)
    d = t.f("eln/signing/eln-signing.key")
    d.done(str(d.S(el.pem_pkcs8(), "private-key-pem")))
    d = t.f("eln/signing/eln-signing.crt")
    d.done(str(d.N(skeys.cert_pem(crt), "certificate")))

    # ------------------------------------------------------------ ELN export with pasted creds
    ek, esec = v.aws()
    dx2 = v.an(32)
    d = t.f("eln/exports/notebook-ENT-2025-0311.html", prose=True)
    d.done(f"""<html><head><meta charset="utf-8"><title>ENT-2025-0311 NGS run setup</title></head>
<body>
<h1>NGS run setup - library prep batch 14</h1>
<p>Author: {v.person()} &middot; Witness: {v.person()}</p>
<p>Uploaded FASTQs to the analysis bucket with the pipeline user (keys from Jake, will rotate):</p>
{d.B("secret", "aws-access-key")}<pre>aws_access_key_id = {d.A(ek, ident=True)}
aws_secret_access_key = {d.A(esec)}</pre>{d.E()}
<p>DNAnexus token used for the upload: <code>{d.S(dx2, "dnanexus-token")}</code></p>
<p>Run manifest checksum: <code>{d.N(v.md5(), "file-checksum")}</code></p>
</body></html>
""")

    # ------------------------------------------------------------ data manifests
    d = t.f("data/manifests/run-0412.md5")
    d.done("\n".join("%s  %s" % (d.N(v.md5(), "file-checksum"), f) for f in
                     ["S1_L001_R1_001.fastq.gz", "S1_L001_R2_001.fastq.gz", "S2_L001_R1_001.fastq.gz"]) + "\n")
    d = t.f("data/manifests/samples.csv")
    rows = ["sample_id,index_i7,index_i5,project,lims_uuid"]
    for i in range(5):
        rows.append("S%d,%s,%s,PRJ-%s,%s" % (i + 1, v.chars("ACGT", 8), v.chars("ACGT", 8), v.digits(4),
                                             d.N(v.uuid(), "uuid") if i < 2 else v.uuid()))
    d.done("\n".join(rows) + "\n")

    # ------------------------------------------------------------ prose
    d = t.f("wiki/instrument-pcs.md", prose=True)
    rows = ["# Instrument PCs (GxP network)", "", "| instrument | hostname | local admin | password |", "|---|---|---|---|"]
    for inst in ["HPLC-01", "HPLC-02", "qPCR-02", "Plate reader", "Flow cytometer", "Sequencer"]:
        k = r.random()
        if k < 0.55:
            cell = str(d.S(v.pw(specials="!-_."), "local-admin-password"))
        elif k < 0.85:
            cell = str(d.N("LAPS", "secret-manager-reference"))
        else:
            cell = str(d.N("(vendor holds)", "placeholder"))
        rows.append("| %s | %s | instadmin | %s |" % (inst, inst.lower().replace(" ", "-") + "-pc", cell))
    rows += ["", "Do not join instrument PCs to the domain without QA sign-off (CSV impact)."]
    d.done("\n".join(rows) + "\n")

    fse, lims = v.pw(), v.pw()
    d = t.f("quality/tickets/CAPA-0091.txt", prose=True)
    d.done(f"""CAPA-0091  Shared credentials on instrument PCs
Source: internal audit, observation 4
Description: the service engineer's visit report lists the local admin for HPLC-02 in clear text
("admin / {d.S(fse, "local-admin-password")}") and the LIMS interface account
svc_empower / {d.S(lims, "service-account-password")} was found on a sticky note in the lab.
Action: rotate both, move to LAPS / CyberArk, retrain vendor.
Due: 2025-05-30   Owner: {v.person()}
""")

    ch_pw = v.pw()
    bs2 = v.hex(32)
    d = t.f("quality/chat/teams-lab-ops.txt", prose=True)
    d.done(teams_txt(t, [
        (v.person(), "sequencer upload failing again, BaseSpace says unauthorized"),
        (v.person(), "token was rotated, new one is {}".format(d.S(bs2, "basespace-token"))),
        (v.person(), "also the flow cytometer PC is asking for the FACSDiva admin"),
        (v.person(), "it's {}".format(d.S(ch_pw, "local-admin-password"))),
        (v.person(), "thanks, run ID {} is uploading now".format(d.N(v.uuid(), "uuid"))),
    ], date="2025-04-09"))

    cro_pw, zip_pw = v.pw(), v.pw("strong", specials="")
    d = t.f("quality/email/cro-data-transfer.eml", prose=True)
    d.done(eml("Data Management <dm@cro-partner.example.com>", "clinops@" + dom, "Study NBX-201 - transfer details",
               f"""Dear team,

For the NBX-201 interim transfer:

  SFTP: sftp.cro-partner.example.com, user {tenant}_nbx201, password {d.S(cro_pw, "sftp-password")}
  The archive is AES-256 zip encrypted; password: {d.S(zip_pw, "zip-password")}

Our PGP key fingerprint for return transfers is
  {d.N(" ".join(v.HEX(40)[i:i + 4] for i in range(0, 40, 4)), "key-fingerprint")}

Kind regards,
Data Management""", r=r))

    bsa = v.hex(32)
    dxt = v.an(32)
    awss = v.aws()[1]
    d = t.f("history/bioinfo.bash_history", prose=True)
    d.done(bash_history([
        "conda activate nf",
        "bs auth --api-server https://api.basespace.illumina.com --force",
        "bs list runs --access-token %s" % d.S(bsa, "basespace-token"),
        "dx login --token %s --noprojects" % d.S(dxt, "dnanexus-token"),
        "aws configure set aws_secret_access_key %s --profile omics" % d.S(awss, "aws-access-key"),
        "nextflow run nf-core/rnaseq -r 3.14.0 -profile awsbatch --input samples.csv",
    ]))

    t.text("README.md", f"# {co} - research IT\n\nLIMS integrations, instrument PC configuration and pipeline configs. GxP-relevant changes need a change control number.\n")

    more.layer(t, "platform", "sample-tracker", "%s.dkr.ecr.us-east-1.amazonaws.com" % v.digits(12))
