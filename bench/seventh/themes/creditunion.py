"""A credit union: core-banking web services, ACH/NACHA files, HSM key components and ATM key-loading
sheets, card-processor SFTP, fraud/KYC APIs, Duo Authentication Proxy, early-warning mTLS key, teller
capture PCs, loan origination."""

from themes.common7 import Ctx, K, S, N, put_key, put_cert, b64, teams_log, email, ticket, wiki, sheet, history, i18n_file
from themes import layer2

DIR = "credit-union"


def aba(v):
    d = [int(x) for x in v.digits(8)]
    chk = (10 - (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])) % 10) % 10
    return "".join(map(str, d)) + str(chk)


def build(corpus, rng):
    org, dom = rng.choice([("Lakeshore Community Credit Union", "lakeshoreccu.org"), ("Prairie Teachers FCU", "prairieteachers.org"),
                           ("Harbor Workers Credit Union", "harborworkerscu.com")])
    c = Ctx(corpus, rng, DIR, org, dom)
    v = c.v
    ciso, core = v.person(), v.person()
    short = "".join(w[0] for w in org.split()[:3]).upper()

    # --- core web services
    f = c.f("core/webservices/core-ws.properties")
    f.t("core.ws.url=https://core-ws.%s:9443/services" % dom)
    f.n("core.ws.device.number=@@", v.digits(5), "neg.resource-id")
    f.t("core.ws.device.type=%s_MIDDLEWARE" % short)
    f.s("core.ws.admin.password=@@", c.pw(), "generic.password-properties")
    f.s("core.ws.poweron.user.password=@@", c.pw("upper8"), "generic.password-properties")

    # --- nightly SFTP to core (batch file with pscp -pw)
    f = c.f("core/batch/send-to-core.bat", crlf=True)
    f.t("@echo off", "set SRC=D:\\Exports\\GL")
    f.s('"C:\\Program Files\\PuTTY\\pscp.exe" -batch -pw @@ %%SRC%%\\*.txt coreftp@%s:/LETTERSPEC/' % v.host(dom), c.pw(), "generic.password-pscp")
    f.t("if errorlevel 1 exit /b 1")

    # --- NACHA file (negatives: routing numbers, trace numbers)
    rt = aba(v)
    f = c.f("ach/outbound/ACH_%s.txt" % v.digits(8))
    f.n("101 @@ %s250%d%02d1200A094101%-23s%-23s        " % (aba(v) + " ", c.r.randint(1, 9), c.r.randint(1, 28), "FEDERAL RESERVE BANK", org.upper()[:23]), rt, "neg.routing-number")
    f.t("5200%-16s%-20s%-10sPPDPAYROLL   250101250101   1%s0000001" % (org.upper()[:16], "", v.digits(10), rt[:8]))
    for i in range(2):
        f.n("622@@%-17s%010d%-15s%-22s  0%s%07d" % (v.digits(c.r.randint(8, 12)), c.r.randint(1000, 999999), v.digits(6), v.person().upper()[:22], rt[:8], i + 1), aba(v), "neg.routing-number")
    f.t("9000001000001000000020%s" % v.digits(10))

    # --- HSM key components (secret) with KCVs (negative)
    f = c.f("hsm/lmk-ceremony-2025.txt")
    f.t("HSM LMK ceremony record - %s" % org, "Variant LMK pair 04-05", "")
    for i in range(3):
        f.t("Component %d (custodian: %s)" % (i + 1, v.person()))
        f.s("  Clear component: @@", " ".join(v.HEX(4) for _ in range(8)), "generic.hsm-key-component")
        f.n("  KCV: @@", v.HEX(6), "neg.key-check-value")
    f.n("Combined LMK check value: @@", v.HEX(6), "neg.key-check-value")

    # --- ATM terminal master key sheet
    f = c.f("atm/tmk-load-sheet.csv")
    f.t("atm_id,location,component,clear_value,kcv")
    for i in range(c.r.randint(2, 3)):
        atm = "ATM%03d" % c.r.randint(1, 200)
        f.s("%s,%s,1,@@,%s" % (atm, c.pick(["Main branch", "Drive-up", "Campus", "Hospital lobby"]), v.HEX(6)), v.HEX(32), "generic.atm-tmk-component")

    # --- card processor SFTP
    f = c.f("cards/processor-sftp.ini", crlf=True)
    f.t("[processor]", "host=sftp.cardprocessor.example", "user=%s_cards" % short.lower())
    f.s("password=@@", c.pw(), "generic.password-ini")
    f.t("remote_dir=/outgoing/settlement")

    # --- fraud/KYC API
    f = c.f("fraud/decisioning.env")
    f.begin("secret", "generic.api-token-secret-pair")
    f.a("DECISIONING_TOKEN=@@", v.alnum(32), ident=True)
    f.a("DECISIONING_SECRET=@@", v.alnum(32))
    f.end()
    f.s("ONFIDO_API_TOKEN=@@", c.tok("onfido"), "provider.onfido")

    # --- Duo Authentication Proxy
    ik, sk = c.pair("duo")
    f = c.f("mfa/authproxy.cfg", crlf=True)
    f.t("[ad_client]", "host=dc01.%s" % dom, "service_account_username=svc_duo")
    f.s("service_account_password=@@", c.pw(), "generic.password-ini")
    f.t("search_dn=DC=%s,DC=local" % short.lower(), "", "[radius_server_auto]")
    f.begin("secret", "provider.duo-pair")
    f.a("ikey=@@", ik, ident=True)
    f.a("skey=@@", sk)
    f.end()
    f.t("api_host=api-%s.duosecurity.com" % v.hex(8))
    f.s("radius_secret_1=@@", c.pw("strong"), "generic.radius-secret")
    f.t("radius_ip_1=%s" % v.ip())
    f.n("skey_protected=@@", v.b64(60), "neg.encrypted")

    # --- early-warning / P2P mTLS key
    key = c.rsa()
    f = c.f("p2p/ews-client.key")
    put_key(f, key.pem_trad(), "key.rsa-pem")
    put_cert(c.f("p2p/ews-client.crt"), c.cert(key, "p2p-client.%s" % dom))

    # --- teller capture PCs
    f = c.f("branch/teller-capture/capture.ini", crlf=True)
    f.t("[Database]", "Server=%s\\CAPTURE" % v.host(dom), "User=capture")
    f.s("Password=@@", c.pw(), "generic.password-ini")
    f.t("[Scanner]", "Model=Digital Check")

    # --- loan origination
    f = c.f("lending/los-integration.json")
    f.t("{", '  "endpoint": "https://los.example/api/v4",', '  "clientId": "%s",' % v.digits(6), '  "user": "%s_api",' % short.lower())
    f.s('  "password": "@@",', c.pw(), "generic.password-json")
    f.s('  "webhookSigningKey": "@@"', v.b64(32), "generic.webhook-secret")
    f.t("}")

    # --- PGP-public key of the Fed (negative) / statement vendor netrc
    f = c.f("statements/.netrc")
    f.s("machine sftp.statementvendor.example login %s password @@" % short.lower(), c.pw(), "generic.netrc")
    f = c.f("statements/vendor-hostkey.txt")
    f.n("sftp.statementvendor.example @@", K.openssh_public(c.ed(), "").strip(), "neg.ssh-public-key")

    # --- masked member data sample (negatives)
    f = c.f("reports/member-sample.csv")
    f.t("member,account,card")
    for i in range(2):
        f.n("%s,%s,@@" % (v.digits(7), "****" + v.digits(4)), "4" + v.digits(5) + "******" + v.digits(4), "neg.masked")

    # --- free text
    a, b, d = v.person(), v.person(), v.person()
    cards = c.pw()
    teams_log(c, "comms/teams-it-ops.txt", [
        (a, "settlement file didn't arrive from the card processor"),
        (b, S("their side reset our sftp password to @@", cards, "generic.password-chat")),
        (d, "updated processor-sftp.ini"),
        (a, S("Duo proxy radius secret on the VPN is @@ - need it for the new firewall", c.pw("strong"), "generic.radius-secret-chat")),
        (b, N("routing number on the new ACH origination is @@", aba(v), "neg.routing-number")),
    ])
    email(c, "comms/mail/examiner-request.eml", "%s <%s@%s>" % (ciso, ciso.split()[0].lower(), dom), "it-audit@%s" % dom, "Re: examiner request - key custody",
          ["All,", "", "For the examination we need the ceremony log. Please do NOT email key components again.",
           S("Yesterday's email contained the clear component 2: @@ - that ceremony is void and will be redone.", " ".join(v.HEX(4) for _ in range(8)), "generic.hsm-key-component-email"),
           "", ciso])
    ticket(c, "comms/tickets/", "CHG-%d" % c.r.randint(10000, 99999), "Rotate core PowerOn user password", core, [
        (core, [S("Old: @@", c.pw("upper8"), "generic.password-ticket"), S("New: @@", c.pw("upper8"), "generic.password-ticket")]),
        (ciso, ["Approved. Please stop writing passwords in change tickets."]),
    ])
    wiki(c, "docs/branch-it.xhtml", "confluence", "Branch IT", [
        ("Teller capture", [S("Capture SQL login: capture / @@", c.pw(), "generic.password-wiki")]),
        ("ATM", [N("TMK components are held by two custodians; KCV of the current key is @@", v.HEX(6), "neg.key-check-value")]),
        ("Spanish members", [N("The online banking label is '@@'", "Contraseña", "neg.i18n")]),
    ])
    sheet(c, "docs/vendor-portals.csv", ["vendor", "portal", "user", "password"], [
        ["card processor", "https://portal.cardprocessor.example", "%s_ops" % short.lower(), S("@@", c.pw(), "generic.password-spreadsheet")],
        ["statement vendor", "https://proof.statementvendor.example", "marketing", S("@@", c.pw("season"), "generic.password-spreadsheet")],
        ["loan origination", "https://los.example", "lending-admin", S("@@", c.pw(), "generic.password-spreadsheet")],
        ["core", "(thick client)", "see ticket", N("@@", "n/a", "neg.placeholder")],
    ])
    history(c, "home/%s/ConsoleHost_history.txt" % core.split()[0].lower(), "ps", [
        "Get-ChildItem D:\\Exports\\GL",
        S("$cred = New-Object PSCredential('svc_duo', (ConvertTo-SecureString '@@' -AsPlainText -Force))", c.pw(), "generic.password-powershell-history"),
        S("& 'C:\\Program Files\\PuTTY\\psftp.exe' -pw @@ %s_cards@sftp.cardprocessor.example" % short.lower(), cards, "generic.password-cli"),
    ])
    i18n_file(c, "online-banking/locales/es.xliff", "xliff")

    layer2.build(c, "services", "member-api", (a, b))
