"""Law firm: iManage Work, NetDocuments, DocuSign (JWT grant RSA key, Connect HMAC), Adobe Sign,
Relativity e-discovery, Clio, Aderant, e-billing portals, conflicts DB, litigation support prose."""
import json

import skeys
from themes.common import (jq, indent, teams_txt, eml, i18n_json, esc_nl, b64)
from themes import more


def build(t):
    r, v = t.r, t.v
    firm = r.choice(["Whitcombe Harrow LLP", "Ashgrove & Pell", "Marlowe Kincaid LLP", "Denholm Sato Partners", "Ferris Oduya LLP"])
    dom = firm.split()[0].lower() + "law.com"
    corp = firm.split()[0].upper()[:8]

    # ------------------------------------------------------------ iManage
    im = v.an(48)
    svc = v.pw()
    d = t.f("imanage/work-api/appsettings.json")
    d.done("""{
  "iManage": {
    "BaseUrl": "https://dms.%s",
    "ClientId": %s,
    "ClientSecret": %s,
    "ServiceUser": "svc_imwork",
    "ServicePassword": %s,
    "Library": "ACTIVE"
  },
  "Logging": { "LogLevel": { "Default": "Warning" } }
}
""" % (dom, jq(str(d.N(v.uuid(), "public-client-id"))), jq(str(d.S(im, "imanage-client-secret"))), jq(str(d.S(svc, "service-account-password")))))

    exp_pw = v.pw()
    d = t.f("imanage/scripts/Export-Matters.ps1", crlf=True)
    d.done(f"""param([string]$Client = '10042')
$secpw = ConvertTo-SecureString "{d.S(exp_pw, "service-account-password")}" -AsPlainText -Force
$cred  = New-Object System.Management.Automation.PSCredential ("{corp}\\svc_imexport", $secpw)
Invoke-RestMethod -Uri "https://dms.{dom}/work/api/v2/customers/1/libraries/ACTIVE/workspaces?custom1=$Client" -Credential $cred
""")

    nd = v.an(40)
    d = t.f("netdocuments/nd-sync.yaml")
    d.done(f"""netdocuments:
  region: us
  repository: {d.N("CA-" + v.uan(8), "resource-identifier")}
  client_id: {d.N("AP-" + v.uan(8), "public-client-id")}
  client_secret: {d.S(nd, "netdocuments-client-secret")}
  cabinet: {d.N("NG-" + v.uan(8), "resource-identifier")}
""")

    # ------------------------------------------------------------ DocuSign
    dsk = t.rsa()
    d = t.f("docusign/integration/config.json")
    d.done("""{
  "integrationKey": %s,
  "userId": %s,
  "accountId": %s,
  "authServer": "account.docusign.com",
  "basePath": "https://na4.docusign.net/restapi",
  "privateKey": %s
}
""" % (jq(str(d.N(v.uuid(), "public-client-id"))), jq(str(d.N(v.uuid(), "uuid"))), jq(str(d.N(v.uuid(), "account-identifier"))),
       '"%s"' % d.S(esc_nl(dsk.pem_pkcs1()) + "\\n", "private-key-pem-escaped")))

    ds_sec = v.uuid()
    ds_hmac = v.b64(32)
    d = t.f("docusign/integration/DocuSignSettings.cs")
    d.done(f"""namespace {firm.split()[0]}.Esign
{{
    public static class DocuSignSettings
    {{
        public const string IntegrationKey = "{d.N(v.uuid(), "public-client-id")}";
        // auth-code grant secret for the partner portal
        public const string SecretKey = "{d.S(ds_sec, "docusign-secret-key", "uuid")}";
        // Connect HMAC key #1 (webhook verification)
        public const string ConnectHmacKey = "{d.S(ds_hmac, "docusign-connect-hmac", "b64len:32")}";
    }}
}}
""")

    xk = t.rsa()
    d = t.f("docusign/integration/Resources/signing-key.xml")
    d.done(str(d.S(xk.dotnet_xml(), "private-key-xml", "dotnet-rsa")) + "\n")
    d = t.f("docusign/integration/Resources/signing-key.public.pem")
    d.done(str(d.N(xk.pem_public(), "public-key")))

    d = t.f("docusign/connect/sample-notification.xml")
    d.done(f"""<?xml version="1.0" encoding="utf-8"?>
<DocuSignEnvelopeInformation xmlns="http://www.docusign.net/API/3.0">
  <EnvelopeStatus>
    <EnvelopeID>{d.N(v.uuid(), "uuid")}</EnvelopeID>
    <Status>Completed</Status>
    <DocumentsCombinedHash>{d.N(v.sha256(), "file-checksum")}</DocumentsCombinedHash>
  </EnvelopeStatus>
  <!-- header seen on delivery: X-DocuSign-Signature-1: {d.N(v.b64(32), "webhook-signature")} -->
</DocuSignEnvelopeInformation>
""")

    asi = "3AAABLblqZhB" + v.an(60)
    d = t.f("signing/adobe-sign.env")
    d.done(f"""ADOBE_SIGN_BASE=https://api.na2.adobesign.com
ADOBE_SIGN_INTEGRATION_KEY={d.S(asi, "adobe-sign-integration-key")}
ADOBE_SIGN_SENDER=esign@{dom}
""")

    # ------------------------------------------------------------ e-discovery
    rel = v.an(40)
    d = t.f("ediscovery/relativity/instance.json")
    d.done("""{
  "instanceUrl": "https://%s.relativity.one",
  "clientId": %s,
  "clientSecret": %s,
  "workspaceArtifactId": %s
}
""" % (dom.split(".")[0], jq(str(d.N(v.hex(32), "public-client-id"))), jq(str(d.S(rel, "relativity-client-secret"))),
       d.N(v.digits(7), "resource-identifier")))

    d = t.f("ediscovery/exports/PROD001/loadfile.dat")
    rows = ["þBEGBATESþ\x14þENDBATESþ\x14þCUSTODIANþ\x14þMD5HASHþ\x14þNATIVEPATHþ"]
    for i in range(4):
        beg = "ABC%07d" % (i * 12 + 1)
        rows.append("þ%sþ\x14þ%sþ\x14þ%sþ\x14þ%sþ\x14þNATIVES\\%s.msgþ" % (beg, "ABC%07d" % (i * 12 + 11), v.person(),
                                                                      d.N(v.md5().upper(), "file-checksum"), beg))
    d.done("\n".join(rows) + "\n")

    d = t.f("ediscovery/exports/PROD001/privilege-log.csv")
    rows = ["doc_id,date,author,privilege,sha1"]
    for i in range(3):
        rows.append("ABC%07d,2024-%02d-%02d,%s,Attorney-Client,%s" % (i * 7 + 3, r.randrange(1, 13), r.randrange(1, 28), v.person(), d.N(v.sha1(), "file-checksum")))
    d.done("\n".join(rows) + "\n")

    pk = t.rsa()
    d = t.f("ediscovery/sftp/production-exchange.ppk", crlf=True)
    d.done(str(d.S(pk.ppk2("litsupport@%s" % dom), "private-key-putty", "ppk")))

    pg = t.rsa()
    d = t.f("ediscovery/pgp/productions-secret.asc")
    d.done(str(d.S(pg.pgp_secret("%s Productions <productions@%s>" % (firm, dom), 1690000000 + r.randrange(10 ** 7)), "private-key-pgp", "pgp")))

    # ------------------------------------------------------------ practice management
    clio = v.an(40)
    d = t.f("practice/clio/clio.env")
    d.done(f"""CLIO_APP_KEY={d.N(v.an(40), "public-client-id")}
CLIO_APP_SECRET={d.S(clio, "clio-client-secret")}
CLIO_REGION=us
""")

    ad_pw = v.pw()
    d = t.f("practice/aderant/Expert.config", crlf=True)
    d.done(f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="DbServer" value="ADERANTSQL01"/>
    <add key="DbName" value="Expert"/>
    <add key="DbUser" value="expert_app"/>
    <add key="DbPassword" value="{d.S(ad_pw, "database-password")}"/>
    <add key="ReportServerPassword" value="{d.N("[enc]" + v.b64(40), "encrypted-blob")}"/>
  </appSettings>
</configuration>
""")

    cf_pw = v.pw(specials="!-_.")
    d = t.f("practice/conflicts/create-login.sql")
    d.done(f"""-- conflicts search service login (read-only)
CREATE LOGIN conflicts_app WITH PASSWORD = '{d.S(cf_pw, "sql-login-password")}', CHECK_POLICY = ON;
CREATE USER conflicts_app FOR LOGIN conflicts_app;
ALTER ROLE db_datareader ADD MEMBER conflicts_app;
-- legacy login kept for the intake form; hash copied from the old server
CREATE LOGIN intake_legacy WITH PASSWORD = {d.N("0x0200" + v.HEX(136), "password-hash")} HASHED;
""")

    d = t.f("billing/ebilling-portals.csv", prose=True)
    rows = ["client,portal,url,login,password"]
    for cl, portal in [("Meridian Insurance", "Legal Tracker"), ("Atlas Rail", "TyMetrix 360"), ("Northway Bank", "Serengeti"),
                       ("Crestline Pharma", "Collaborati"), ("Harbor Freight Lines", "CounselLink")]:
        k = r.random()
        cell = str(d.S(v.pw(specials="!-_.*"), "service-account-password")) if k < 0.75 else str(d.N("see 1Password", "secret-manager-reference"))
        rows.append("%s,%s,https://%s.example.com,billing@%s,%s" % (cl, portal, portal.lower().replace(" ", ""), dom, cell))
    d.done("\n".join(rows) + "\n")

    # ------------------------------------------------------------ prose
    ws, sqlp = v.pw(), v.pw()
    d = t.f("it/wiki/dms-admin.md", prose=True)
    d.done(f"""# DMS administration

* iManage Control Center admin: `wsadmin` / `{d.S(ws, "service-account-password")}` (break-glass; normal admins use SSO)
* Indexer SQL login on IMSQL01: `imindexer`, password `{d.S(sqlp, "sql-login-password")}`
* Retention jobs run as `{corp}\\svc_imwork` (password in Secret Server, folder "DMS").
* Workspace templates live in library ACTIVE, template id {d.N(v.digits(6), "resource-identifier")}.
""")

    rp, op = v.pw(), v.pw()
    d = t.f("it/tickets/LIT-2093.txt", prose=True)
    d.done(f"""LIT-2093  Review platform access for contract attorneys
Requested by: {v.person()} (Litigation)
- Created Relativity users for 4 contract reviewers; shared initial password {d.S(rp, "temporary-password")}
  (forced change on first login).
- Opposing counsel's production portal login (for the associate on the matter):
  user: {v.user()}@{dom}  password: {d.S(op, "generic-password")}
Closed.
""")

    sp, zp = v.pw(), v.pw("strong", specials="")
    d = t.f("it/email/opposing-counsel-production.eml", prose=True)
    d.done(eml("Litigation Support <litsupport@opposing-firm.example.com>", "litsupport@" + dom,
               "Production Vol. 004 - Meridian v. Atlas",
               f"""Counsel,

Production Volume 004 (ABC0001201-ABC0004310) is available on our SFTP:

  sftp.opposing-firm.example.com  user: {dom.split(".")[0]}_prod  password: {d.S(sp, "sftp-password")}

The volume is an encrypted 7z archive; password: {d.S(zp, "zip-password")}
MD5 of the archive: {d.N(v.md5(), "file-checksum")}

Regards,
Litigation Support""", r=r))

    tp = v.pw()
    d = t.f("it/chat/teams-litsupport.txt", prose=True)
    d.done(teams_txt(t, [
        (v.person(), "Relativity processing is stuck, the service account got locked"),
        (v.person(), "unlocked. svc_relproc password is {} until Friday's rotation".format(d.S(tp, "service-account-password"))),
        (v.person(), "thanks. the hash of the load file we re-ran: {}".format(d.N(v.sha1(), "file-checksum"))),
    ], date="2025-02-26"))

    h1, h2 = v.pw(), v.pw()
    d = t.f("it/history/litsupport-ConsoleHost_history.txt", prose=True, crlf=True)
    d.done("\n".join([
        "Import-Module SqlServer",
        "Invoke-Sqlcmd -ServerInstance IMSQL01 -Database ACTIVE -Username imreport -Password '%s' -Query 'select count(*) from MHGROUP.DOCMASTER'" % d.S(h1, "sql-login-password"),
        "cmdkey /add:relativity-agent01 /user:%s\\svc_relproc /pass:%s" % (corp, d.S(h2, "service-account-password")),
        "mstsc /v:relativity-agent01",
    ]) + "\n")

    i18n_json(t, "client-portal/locales/zh.json", "zh")

    t.text("README.md", f"# {firm} - practice technology\n\nDMS, e-signature, e-discovery and billing integrations.\n")

    more.layer(t, "client-portal", "matter-portal", "%s.azurecr.io" % dom.split(".")[0])
