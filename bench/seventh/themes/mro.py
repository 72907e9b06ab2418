"""An airline maintenance, repair and overhaul (MRO) shop: M&E system, SOAP web services with WS-Security,
aircraft health monitoring, engine-health FTP, SITA Type B, ARINC 615A loadable software, EFB MDM profiles."""

from themes.common7 import Ctx, K, S, N, put_key, put_cert, b64, mattermost_jsonl, email, ticket, wiki, sheet, history, i18n_file
from themes import layer2

DIR = "airline-mro"


def build(corpus, rng):
    org, dom, icao = rng.choice([("Skyhaven Technics", "skyhaven-technics.aero", "SKH"),
                                 ("Meridian Aero Maintenance", "meridian-mro.com", "MRD"),
                                 ("Boreal Air Engineering", "borealair.no", "BRL")])
    c = Ctx(corpus, rng, DIR, org, dom)
    v = c.v
    me, tech = v.person(), v.person()

    # --- M&E system server properties
    f = c.f("me-system/server/amos-server.properties")
    f.t("db.vendor=oracle", "db.url=jdbc:oracle:thin:@%s:1521/AMOSPRD" % v.host(dom), "db.user=AMOS")
    f.s("db.password=@@", c.pw("upper8"), "generic.password-properties")
    f.t("mail.smtp.host=smtp.%s" % dom, "mail.smtp.user=amos-notify")
    f.s("mail.smtp.password=@@", c.pw(), "generic.password-properties")
    f.n("license.file.sha256=@@", v.sha256(), "neg.digest")

    # --- SOAP client with WS-Security UsernameToken (text vs digest)
    f = c.f("me-system/webservices/ws-client-envelopes.xml")
    f.t('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">',
        "  <soapenv:Header><wsse:Security><wsse:UsernameToken>", "    <wsse:Username>ws_planning</wsse:Username>")
    f.s('    <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">@@</wsse:Password>', c.pw(), "generic.wsse-password")
    f.t("  </wsse:UsernameToken></wsse:Security></soapenv:Header>", "</soapenv:Envelope>", "<!-- digest variant used by the stores interface -->",
        "<wsse:UsernameToken>", "  <wsse:Username>ws_stores</wsse:Username>")
    f.n('  <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">@@</wsse:Password>', v.b64(20), "neg.password-digest")
    f.n("  <wsse:Nonce>@@</wsse:Nonce>", v.b64(16), "neg.nonce")
    f.t("</wsse:UsernameToken>")

    # --- TRAX-style eMRO ini
    f = c.f("me-system/trax/emro.ini", crlf=True)
    f.t("[CONNECTION]", "SERVER=%s" % v.host(dom), "SID=TRAXPRD", "USER=TRAXUSR")
    f.s("PASSWORD=@@", c.pw("upper8"), "generic.password-ini")

    # --- aircraft health monitoring (Foundry-style bearer, dataset RIDs)
    f = c.f("ahm/skywise-connector.yaml")
    f.t("foundry:", "  host: https://%s.skywise.example" % icao.lower())
    f.s("  token: \"@@\"", v.jwt({"sub": v.uuid(), "jti": v.uuid(), "org": v.hex(8)}, alg="ES256", sig_bytes=64), "generic.jwt-bearer", "jwt")
    f.t("  datasets:")
    for n in ("fault_messages", "acms_reports", "oil_uplift"):
        f.n("    %s: @@" % n, "ri.foundry.main.dataset.%s" % v.uuid(), "neg.resource-id")
    f = c.f("ahm/toolbox.env")
    f.n("TOOLBOX_CLIENT_ID=@@", v.uuid(), "neg.public-id")
    f.s("TOOLBOX_CLIENT_SECRET=@@", v.alnum(44), "generic.oauth-client-secret")

    # --- engine health FTP .netrc
    f = c.f("engine-health/.netrc")
    f.s("machine ehm-ftp.engineoem.example login %s_ehm password @@" % icao.lower(), c.pw(), "generic.netrc")
    f.s("machine ftp.apu-oem.example login %s password @@" % icao.lower(), c.pw(), "generic.netrc")

    # --- SITA Type B gateway
    f = c.f("messaging/typeb-gateway.conf")
    f.t("[gateway]", "transport = mq", "queue_manager = SITA.QM01")
    f.n("originator = @@", "%s%s%s" % (c.pick(["OSL", "LHR", "YYZ", "SCL"]), "MM", icao[:2]), "neg.resource-id")
    f.t("channel_user = %s_typeb" % icao.lower())
    f.s("channel_password = @@", c.pw(), "generic.password-ini")

    # --- ARINC 615A / 665 loadable software (negatives)
    f = c.f("loadable-software/media-set-%s.lum" % v.digits(4))
    f.t("# ARINC 665 media set index")
    for i in range(3):
        f.n("LSP %s%s-%s  CRC32=@@" % (icao, v.upper(3), v.digits(5)), v.HEX(8), "neg.checksum")
    f.n("MEDIA-SET-SHA256=@@", v.sha256(), "neg.digest")

    # --- EFB MDM profile (Wi-Fi payload)
    f = c.f("efb/mdm/hangar-wifi.mobileconfig")
    f.t('<?xml version="1.0" encoding="UTF-8"?>', "<plist version=\"1.0\"><dict>", "  <key>PayloadContent</key><array><dict>",
        "    <key>SSID_STR</key><string>%s-HANGAR</string>" % icao, "    <key>EncryptionType</key><string>WPA2</string>", "    <key>Password</key>")
    f.s("    <string>@@</string>", c.pw("word"), "generic.wifi-psk")
    f.t("  </dict></array>", "  <key>PayloadUUID</key>")
    f.n("  <string>@@</string>", v.uuid().upper(), "neg.uuid")
    f.t("</dict></plist>")

    # --- records scanning PowerShell
    f = c.f("records/scan-station/Send-ToDms.ps1", crlf=True)
    f.t("param([string]$Path)")
    f.s("$pw = ConvertTo-SecureString '@@' -AsPlainText -Force", c.pw(), "generic.password-powershell")
    f.t("$cred = New-Object System.Management.Automation.PSCredential('%s\\svc_scan', $pw)" % icao, "Copy-Item $Path \\\\dms01\\techlogs -Credential $cred")

    # --- tech log app env (provider-ish)
    acct = icao.lower() + "techlog"
    f = c.f("records/etechlog-api/.env")
    f.t("NODE_ENV=production")
    f.s("AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=@@;EndpointSuffix=core.windows.net" % acct, v.b64(64), "provider.azure-storage")
    f.s("AEROAPI_KEY=@@", v.alnum(32), "provider.flightaware-aeroapi")
    f.s("SENDGRID_API_KEY=@@", c.tok("sendgrid"), "provider.sendgrid")
    f.n("APPINSIGHTS_INSTRUMENTATIONKEY=@@", v.uuid(), "neg.public-id")

    # --- ATA Spec 2000 order (negatives)
    f = c.f("stores/spec2000/order-%s.xml" % v.digits(6))
    f.t("<Spec2000Order>")
    f.n("  <CageCode>@@</CageCode>", v.upper(5), "neg.resource-id")
    f.n("  <PartNumber>@@</PartNumber>", "%s-%s" % (v.digits(6), v.upper(4)), "neg.resource-id")
    f.t("  <Quantity>2</Quantity>", "</Spec2000Order>")

    # --- badge system
    f = c.f("hangar/access-control/dataconduit.ini", crlf=True)
    f.t("[DataConduIT]", "Server=%s" % v.host(dom), "User=lenel_sync")
    f.s("Password=@@", c.pw(), "generic.password-ini")

    # --- part-marking signing key (standalone PEM)
    key = c.ec()
    f = c.f("records/esign/mro-release-signer.key")
    put_key(f, key.pem_trad(), "key.ec-pem")
    put_cert(c.f("records/esign/mro-release-signer.crt"), c.cert(key, "Form 1 release signer"))

    # --- free text
    a, b, d = v.person(), v.person(), v.person()
    mattermost_jsonl(c, "comms/mattermost-hangar-nights.jsonl", [
        (a, "AOG on the %s-%s, need the AMM revision" % (icao, v.upper(3))),
        (b, S("M&E night login is planner / @@ until the SSO is fixed", c.pw(), "generic.password-chat")),
        (a, "thanks. ARINC loader still has the old media set"),
        (d, S("the toolbox client secret changed btw: @@", v.alnum(44), "generic.oauth-client-secret-chat")),
        (b, N("the MSN is @@, not the reg", v.digits(5), "neg.resource-id")),
    ], channel="hangar-nights")
    email(c, "comms/mail/oem-portal-access.eml", "portal-admin@engineoem.example", "%s <%s@%s>" % (me, me.split()[0].lower(), dom),
          "Engine health portal access", ["Dear %s," % me, "", "Your account has been provisioned.",
                                           "Login: %s_ehm" % icao.lower(), S("Temporary password: @@", c.pw("company"), "generic.password-email"),
                                           "", "Please change it at first login."])
    ticket(c, "comms/tickets/", "ITSM-%d" % c.r.randint(10000, 99999), "TRAX account locked", tech, [
        (tech, [S("Cannot log in with TRAXUSR / @@ since Sunday.", c.pw("upper8"), "generic.password-ticket")]),
        (me, ["Unlocked; please stop sharing the TRAX service account.", N("Your personal account is @@", "%s%s" % (tech.split()[1].upper()[:5], v.digits(3)), "neg.username")]),
    ])
    wiki(c, "docs/hangar-systems.xhtml", "confluence", "Hangar IT systems", [
        ("ARINC loaders", ["Portable data loaders are in the avionics shop.", S("PDL admin PIN-code style password: @@", c.pw("word"), "generic.password-wiki")]),
        ("Torque tools", [N("Calibration certificates are stored with SHA-256 @@", v.sha256(), "neg.digest")]),
        ("M&E", [S("Reporting DB read-only account: rpt_ro / @@", c.pw(), "generic.password-wiki")]),
    ])
    sheet(c, "docs/supplier-portals.csv", ["supplier", "portal", "user", "password"], [
        ["Engine OEM", "ehm portal", "%s_ehm" % icao.lower(), S("@@", c.pw(), "generic.password-spreadsheet")],
        ["Wheels & brakes", "b2b portal", "stores@%s" % dom, S("@@", c.pw(), "generic.password-spreadsheet")],
        ["Avionics", "AOG desk", "aog@%s" % dom, S("@@", c.pw("season"), "generic.password-spreadsheet")],
        ["Tooling", "calibration", "tools@%s" % dom, N("@@", "(SSO)", "neg.placeholder")],
    ])
    history(c, "home/%s/ConsoleHost_history.txt" % me.split()[0].lower(), "ps", [
        "Get-Service AMOS*",
        S("$env:AMOS_DB_PASSWORD = '@@'", c.pw("upper8"), "generic.password-powershell-history"),
        S("Invoke-RestMethod -Uri https://api.%s/techlog -Headers @{ 'x-api-key' = '@@' }" % dom, v.alnum(40), "generic.api-key-cli"),
        "Restart-Service AMOSServer",
    ])
    i18n_file(c, "records/etechlog-api/locales/pwd.strings", "strings")

    layer2.build(c, "platform", "techlog", (a, b))
