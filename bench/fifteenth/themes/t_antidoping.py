"""National anti-doping organisation: doping-control officer tablets, athlete whereabouts sync, laboratory
results feed, chain-of-custody tracking, therapeutic-use-exemption committee portal, e-learning, athlete
app, sample courier dispatch."""

from keys15 import Key
from themes.common import env_twins, sql_logins, device_sheet, cred_cell

ORGS = [("National Anti-Doping Authority", "nada-clean.org", "Dublin"),
        ("Clean Sport Agency", "cleansportagency.org", "Wellington"),
        ("Anti-Doping Commission", "antidopingcommission.org", "Nairobi")]


def build(t):
    r = t.r
    exit_pw = r.pw_human()
    # ---- DCO tablets
    imeis = ",\n".join('    "%s"' % (t.N(r.imei(), "imei") if i == 0 else r.imei()) for i in range(3))
    t.w("dco-tablets/mdm-profile.json", '{\n  "profile": "dco-kiosk",\n  "kioskExitPassword": "%s",\n'
        '  "enrollmentToken": "%s",\n  "wifi": {"ssid": "DCO-Field", "eap": "PEAP"},\n  "devices": [\n%s\n  ]\n}\n' % (
            t.S(exit_pw, "kiosk-exit-password"), t.S(r.s(48), "mdm-enrollment-token"), imeis))

    # ---- whereabouts
    t.w("whereabouts/sync.yaml", "whereabouts:\n  api: https://whereabouts.adams-like.example/api/v4\n"
        "  client_id: %s\n  client_secret: %s\n  database: postgres://wb:%s@%s:5432/whereabouts\n"
        "  schedule: \"*/15 * * * *\"\n" % (t.N(r.uuid(), "oauth-client-id"), t.S(r.b64u(32), "oauth-client-secret"),
                                           t.S(t.pw(uri=True), "postgres-url-password"), t.host("db")))

    # ---- lab results feed (CRLF)
    sftp_pw = t.pw()
    t.w("lab-results/hl7-feed.ini", "[Lab]\nCode=%s\nName=Accredited Laboratory\n\n[Sftp]\nHost=sftp.lab.example\n"
        "User=%s\nPassword=%s\nInbox=/results/out\n\n[Mllp]\nPort=2575\n" % (
            t.N("LAB-%s" % r.digits(3), "lab-code"), t.key, t.S(sftp_pw, "sftp-password")), crlf=True)

    # ---- chain of custody
    t.w("chain-of-custody/coc.properties", "coc.db.url=jdbc:postgresql://%s:5432/custody\ncoc.db.user=custody\n"
        "coc.db.password=%s\ncoc.printer.host=10.80.0.%d\ncoc.printer.admin.password=%s\n"
        "coc.sample.prefix=%s\n" % (t.host("db"), t.S(t.pw(), "jdbc-password"), r.randint(10, 99),
                                    t.S(r.pw_human(), "device-password"), t.N(r.digits(7), "sample-code-prefix")))
    k = Key("rsa", r)
    t.w("chain-of-custody/signing/coc-signer.key", t.K(k.pem_traditional(), "private-key-pem-file") + "\n")
    t.w("chain-of-custody/signing/coc-signer.crt", t.N(t.ca.cert(k, "coc-signer." + t.domain), "public-certificate") +
        "\n")

    # ---- TUE committee portal
    env_twins(t, "tue-portal", [
        ("APP_ENV", "-", None, "production"),
        ("DB_PASSWORD", "S", "db-password", t.pw()),
        ("SENDGRID_API_KEY", "P", "sendgrid-key", t.tok("sendgrid-key")),
        ("GOOGLE_CLIENT_ID", "N", "public-google-client-id", "%s-%s.apps.googleusercontent.com" % (
            r.digits(12), r.s(32, "abcdefghijklmnopqrstuvwxyz0123456789"))),
        ("GOOGLE_CLIENT_SECRET", "P", "google-oauth-client-secret", t.tok("google-oauth-client-secret")),
        ("JWT_SECRET", "S", "jwt-secret", r.b64u(48)),
        ("DOCS_ENCRYPTION_KEY", "S", "encryption-master-key", r.b64(32)),
    ])

    # ---- e-learning
    t.w("education/config.inc.php", "<?php\n$db_host = '%s';\n$db_name = 'elearn';\n$db_user = 'elearn';\n"
        "$db_password = '%s';\n$smtp_password = getenv('SMTP_PASSWORD');\n$cookie_secret = '%s';\n" % (
            t.host("db"), t.S(t.pw(), "db-password"), t.S(r.hex(48), "cookie-secret")))

    # ---- athlete app
    t.w("athlete-app/src/config.ts", 'export const config = {\n  apiBase: "https://api.%s",\n'
        '  oneSignalAppId: "%s",\n  oneSignalRestKey: "%s",\n  supportEmail: "athletes@%s",\n} as const;\n' % (
            t.domain, t.N(r.uuid(), "onesignal-app-id"), t.S("os_v2_app_" + r.s(60, "abcdefghijklmnopqrstuvwxyz234567"),
                                                             "onesignal-rest-key"), t.domain))

    # ---- sample courier
    t.w("samples/courier/dispatch.go", 'package courier\n\nimport (\n\t"net/http"\n\t"os"\n)\n\n'
        'const apiBase = "https://api.cold-chain-courier.example/v1"\n\nvar apiToken = "%s"\n\n'
        'func hook() string { return %s }\n\nfunc newRequest(path string) (*http.Request, error) {\n'
        '\treq, err := http.NewRequest("POST", apiBase+path, nil)\n\tif err == nil {\n'
        '\t\treq.Header.Set("Authorization", "Bearer "+apiToken)\n\t}\n\treturn req, err\n}\n' % (
            t.S(t.vendor_key("ccc_", 40), "vendor-api-token"), t.N('os.Getenv("COURIER_WEBHOOK")', "env-reference")))
    sql_logins(t, "ops/sql/roles.sql", "postgres", [("custody", True), ("whereabouts", False), ("tue", True)])
    device_sheet(t, "ops/dco-kit.csv", [
        ("DCO tablet 01", "dhcp", r.serial("TB"), "dco", t.N("kiosk mode, see MDM", "prose-no-value"), "field"),
        ("barcode printer", "10.80.0.20", r.serial("ZB"), "admin", cred_cell(t, "device-password"), "labels"),
        ("sample fridge logger", "10.80.0.30", r.serial("TL"), "admin", cred_cell(t, "device-password"), "4C"),
        ("office router", "10.80.0.1", r.serial("RT"), "admin", cred_cell(t, "device-password"), "VPN"),
    ])

    # ---- free text
    a, b, c, d = t.p(0), t.p(1), t.p(2), t.p(3)
    t.chat("dco/field-team", [
        (a, "mission tomorrow 06:00, out-of-competition, two athletes"),
        (b, "if a tablet drops out of kiosk mode the exit password is %s" % t.S(exit_pw, "kiosk-exit-password")),
        (c, "lab SFTP changed, new password %s" % t.S(sftp_pw, "sftp-password")),
        (d, "sample code %s arrived warm, flagged" % t.N(r.digits(7), "sample-code")),
        (a, "athlete names %s" % t.N("never in this chat, use the mission ID", "prose-no-value")),
    ], "field-team", fmt=r.choice(["whatsapp", "telegram", "element"]))
    t.wiki("wiki/mission-procedures", "Mission procedures", [
        ("h", "Before the mission"),
        ("li", ["Sync the tablet over the office Wi-Fi.", "Check the courier booking."]),
        ("h", "Courier booking by hand"),
        ("code", ["curl -X POST -u dispatch:%s https://api.cold-chain-courier.example/v1/pickups -d @pickup.json" %
                  t.S(t.pw(uri=True), "curl-basic-auth")]),
        ("h", "Office Wi-Fi"),
        ("p", "Network DCO-Office, passphrase %s" % t.S(r.pw_phrase(), "wifi-passphrase")),
    ])
    t.ticket("tickets", "ATH-%d" % r.randint(100, 999),
             "Athlete cannot update whereabouts before the deadline", [
                 (t.p(4), "Athlete is abroad and the app says the password expired."),
                 (t.p(5), "Reset; temporary password %s sent to the registered phone." % t.S(t.pw(),
                                                                                             "temporary-password")),
                 (t.p(4), "Filing submitted in time.")])
    t.mail("mail/lab-onboarding", ("Priya", "Results", "results@lab.example"), (a[0], a[1], t.mail_of(0)),
           "Results delivery", [
               "Dear %s," % a[0],
               "Results will be delivered to sftp.lab.example as %s, initial password %s." % (
                   t.key, t.S(t.pw(), "sftp-password")),
               "Your lab client number is %s." % t.N(r.digits(6), "account-number"),
               "Kind regards,"])
    t.voicemail("voicemail/dco-lead", t.p(6), a, [
        "Hi, it's the lead DCO. The fridge logger at the regional office alarmed overnight.",
        "I logged in with the admin password, %s, and it shows a door event only." % t.S(r.pw_human(),
                                                                                         "device-password"),
        "Samples are fine."])
    t.notes("notes/ops-review", "Operations review", [
        "Missions this quarter: 212; 3 unsuccessful attempts.",
        "Courier token was found in the athlete app repo, %s." % t.N("moved to the backend", "prose-no-value"),
        "New courier dispatch password: %s" % t.S(t.pw(), "vendor-portal-password"),
        "TUE committee meets monthly from March."])
