"""A veterinary clinic chain: practice-management system, reference-lab integrations, radiology, card
terminals, reminders, microchip registry, clinic PCs and per-clinic Wi-Fi."""

from themes.common7 import Ctx, K, S, N, put_key, b64, teams_log, email, zendesk_csv, wiki, sheet, history, i18n_file
from themes import layer2

DIR = "vet-clinics"


def build(corpus, rng):
    org, dom = rng.choice([("Pawsitive Vet Group", "pawsitivevets.com"), ("Riverside Animal Hospitals", "riverside-animal.org"),
                           ("Fjellvet Dyreklinikker", "fjellvet.no")])
    c = Ctx(corpus, rng, DIR, org, dom)
    v = c.v
    pm, it = v.person(), v.person()
    clinics = c.r.sample(["Northgate", "Harbour", "Millbrook", "Eastfield", "Oakridge", "Westport", "Lakeside"], c.r.randint(3, 5))

    # --- PMS server ini (CRLF)
    f = c.f("pms/server/PMS.ini", crlf=True)
    f.t("[Database]", "Server=%s\\PMS" % v.host(dom), "Database=PracticeData", "UserID=pms_app")
    f.s("Password=@@", c.pw(), "generic.password-ini")
    f.t("[Backup]", "Target=\\\\nas01\\pms-backup")
    f.n("EncryptionPassword=@@", "DPAPI:" + v.b64(60), "neg.encrypted")

    # --- cloud PMS sync (partner id, client id, secret)
    f = c.f("pms/cloud-sync/sync.env")
    f.n("PMS_PARTNER_ID=@@", v.digits(6), "neg.resource-id")
    f.n("PMS_CLIENT_ID=@@", v.alnum(32), "neg.public-id")
    f.s("PMS_CLIENT_SECRET=@@", v.alnum(64), "generic.oauth-client-secret")
    f.t("PMS_SCOPE=read-animal read-appointment write-reminder")

    # --- reference lab
    f = c.f("lab/reference-lab.properties")
    f.t("lab.endpoint=https://api.reflab.example/v3", "lab.account=%s" % v.digits(8), "lab.user=%s-integration" % c.name.split("-")[0])
    f.s("lab.password=@@", c.pw(), "generic.password-properties")
    f = c.f("lab/inhouse-analyzer-hl7.conf")
    f.t("[mllp]", "host = %s" % v.ip(), "port = 6661", "[sftp_results]", "user = analyzers")
    f.s("password = @@", c.pw(), "generic.password-ini")

    # --- radiology PACS viewer (OIDC client id public) + storage account
    f = c.f("imaging/pacs/viewer-config.js")
    f.t("window.config = {", "  routerBasename: '/',", "  oidc: [{")
    f.n("    client_id: '@@',", v.uuid(), "neg.public-id")
    f.t("    authority: 'https://login.%s/realms/pacs'," % dom, "  }],", "};")
    f = c.f("imaging/pacs/archive.ini")
    f.t("[archive]", "ae_title = VETPACS", "port = 11112", "[s3]", "endpoint = https://s3.eu-central-1.wasabisys.com")
    f.begin("secret", "generic.s3-compatible-pair")
    f.a("access_key = @@", v.upper(20), ident=True)
    f.a("secret_key = @@", v.alnum(40))
    f.end()

    # --- card terminals / payments
    f = c.f("payments/terminal-server/.env")
    f.s("STRIPE_SECRET_KEY=@@", c.tok("stripe-secret"), "provider.stripe-secret")
    f.n("STRIPE_PUBLISHABLE_KEY=@@", c.pub("stripe-publishable"), "neg.publishable-key")
    for cl in clinics[:3]:
        f.n("TERMINAL_LOCATION_%s=@@" % cl.upper(), "tml_" + v.alnum(24), "neg.resource-id")
    f.s("STRIPE_WEBHOOK_SECRET=@@", c.tok("stripe-webhook"), "provider.stripe-webhook")

    # --- reminders (Twilio pair + Postmark)
    f = c.f("reminders/config.yaml")
    tsid, ttok = c.pair("twilio-auth")
    f.t("sms:")
    f.begin("secret", "provider.twilio-auth-pair")
    f.a("  account_sid: @@", tsid, ident=True)
    f.a("  auth_token: @@", ttok)
    f.end()
    f.t("  from: \"+1555%s\"" % v.digits(7), "email:")
    f.s("  postmark_server_token: @@", c.tok("postmark"), "provider.postmark", "uuid")
    f.t("  template: vaccination-due")

    # --- microchip registry lookups
    f = c.f("microchip/lookup.py")
    f.t("import requests", "")
    f.s('REGISTRY_KEY = "@@"', v.hex(40), "generic.api-key-named")
    f.n('TEST_CHIP = "@@"  # ISO 11784 test chip', "9001" + v.digits(11), "neg.resource-id")
    f.t("", "def lookup(chip):", '    return requests.get(f"https://registry.example/api/chip/{chip}", headers={"X-Api-Key": REGISTRY_KEY}).json()')

    # --- clinic PCs autologon (.reg)
    f = c.f("clinic-pcs/reception-autologon.reg", crlf=True)
    f.t("Windows Registry Editor Version 5.00", "", "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]",
        '"AutoAdminLogon"="1"', '"DefaultUserName"="reception"')
    recep = c.pw("company")
    f.s('"DefaultPassword"="@@"', recep, "generic.autologon-password")

    # --- pharmacy supplier SOAP
    f = c.f("pharmacy/supplier-order.xml")
    f.t("<OrderRequest>", "  <Credentials>", "    <AccountNumber>%s</AccountNumber>" % v.digits(7))
    f.s("    <Password>@@</Password>", c.pw(), "generic.password-xml")
    f.t("  </Credentials>")
    f.n("  <OrderRef>@@</OrderRef>", v.uuid(), "neg.uuid")
    f.t("</OrderRequest>")

    # --- booking widget (public values only)
    f = c.f("website/booking-widget.html")
    f.t("<!doctype html>", "<html><head>")
    f.n('<script src="https://cdn.booking.example/widget.js" integrity="@@" crossorigin="anonymous"></script>', v.sri(), "neg.sri")
    f.n("<script>gtag('config', '@@');</script>", c.pub("ga4"), "neg.public-id")
    f.t("</head><body>")
    f.n('<div class="g-recaptcha" data-sitekey="@@"></div>', c.pub("recaptcha-site"), "neg.publishable-key")
    f.t("</body></html>")

    # --- controlled drug register (negatives)
    f = c.f("pharmacy/cd-register-export.csv")
    f.t("date,product,batch,qty,witness")
    for i in range(3):
        f.n("2025-0%d-1%d,%s,@@,%d,%s" % (i + 1, i, c.pick(["Methadone 10mg/ml", "Buprenorphine 0.3mg/ml", "Ketamine 100mg/ml"]), c.r.randint(1, 9), v.first()), v.upper(8), "neg.resource-id")

    # --- free text
    a, b, d = v.person(), v.person(), v.person()
    teams_log(c, "comms/teams-practice-managers.txt", [
        (a, "%s reception PC rebooted and now asks for a password" % clinics[0]),
        (b, S("it's reception / @@ , same as the reg file", recep, "generic.password-chat")),
        (d, S("lab portal changed, new shared login vetlab / @@", c.pw(), "generic.password-chat")),
        (a, N("wifi for the new clinic is in the vault under @@", "clinics/%s/wifi" % clinics[-1].lower(), "neg.vault-ref")),
    ])
    zendesk_csv(c, "comms/zendesk-export.csv", [
        ("owner-%d@mail.example" % c.r.randint(1, 99), "Cannot log in to pet portal", S("my password is @@ and it still fails", c.pw("word"), "generic.password-ticket")),
        ("owner-%d@mail.example" % c.r.randint(1, 99), "Reminder SMS wrong pet name", "The reminder says Bella but our dog is Max."),
        ("clinic-%s@%s" % (clinics[1].lower(), dom), "Card terminal offline", S("terminal admin code reset to @@ by the vendor", c.pw("word"), "generic.password-ticket")),
    ])
    email(c, "comms/mail/lab-integration-go-live.eml", "integrations@reflab.example", "%s <it@%s>" % (it, dom), "Go-live credentials",
          ["Hello,", "", "Your production integration is enabled.", "Account: %s" % v.digits(8),
           S("Password: @@", c.pw(), "generic.password-email"), N("Test account password (sandbox only, documented): @@", "sandbox", "neg.default-password"), "", "Integrations team"])
    wiki(c, "docs/clinic-it.md", "md", "Clinic IT handbook", [
        ("New clinic checklist", ["Order terminal, register it in the payment dashboard.", S("PMS local admin: pmsadmin / @@", c.pw(), "generic.password-wiki")]),
        ("Radiology", ["Modalities send to VETPACS:11112.", N("The archive secret is injected from @@", "${PACS_S3_SECRET}", "neg.env-ref")]),
    ])
    sheet(c, "docs/clinic-wifi.csv", ["clinic", "ssid", "psk", "guest_psk"], [
        [cl, "%s-STAFF" % cl.upper(), S("@@", c.pw("word"), "generic.wifi-psk-spreadsheet"), "see poster"] for cl in clinics
    ])
    history(c, "home/%s/ConsoleHost_history.txt" % it.split()[0].lower(), "ps", [
        "Get-Printer -ComputerName %s-rx01" % clinics[0].lower(),
        S("net use P: \\\\pms01\\share /user:%s\\svc_pms @@" % c.name.split("-")[0].upper(), c.pw(), "generic.password-net-use"),
        S("sqlcmd -S pms01\\PMS -U pms_app -P @@ -Q \"select count(*) from Appointments\"", c.pw(), "generic.password-cli"),
    ])
    i18n_file(c, "website/locales/booking.%s" % "json", "json")

    layer2.build(c, "services", "pet-portal", (a, b))
