"""tax-practice/: a seasonal tax-preparation and bookkeeping office (e-file transmitter, bank products,
client portal, scan stations, ID scanners)."""
from themes import prose
from themes.common import env_files, sql_users, device_sheet, notebook, chat_file, wiki_file, ticket_file

SLUG = "tax-practice"
VARIANTS = [("Lakeshore Tax & Bookkeeping", "lakeshoretax.com", "Milwaukee"),
            ("Copperline Tax Services", "copperlinetax.net", "Tucson"),
            ("Harbor Point Tax Group", "harborpointtax.com", "Norfolk")]
WORDS = ["refund", "ledger", "deduction", "april", "preparer", "audit", "filing", "extension", "schedule",
         "lakeshore", "copper", "harbor", "receipt"]


def build(t):
    v = t.v
    bank = v.choice(["Meridian Refund Bank", "Keystone Refund Services", "Pinnacle Tax Bank"])
    wifi = t.human() if v.random() < 0.6 else v.pw_phrase("-")
    nas_pw = t.pw("strong")
    tx_pw = t.pw("strong")
    scan_pw = t.pw(v.choice(["human", "uri"]))

    # e-file transmitter (Windows)
    d = t.f("efile/transmitter.ini", crlf=True)
    d.w("; e-file transmitter settings - do not e-mail this file", "[Transmitter]",
        "EFIN=%s" % v.digits(6), "ETIN=%s" % v.digits(5), "SoftwareID=%s" % v.digits(8),
        "TransmitterUser=%s_tx01" % t.short[:6])
    d.w("TransmitterPassword=" + d.S(tx_pw, "efile-transmitter-password"))
    d.w("", "[Proxy]", "Host=proxy.%s" % t.domain, "Port=3128")
    d.w("ProxyPassword=" + t.neg_ref(d, "EFILE_PROXY_PASSWORD", ["env", "vault"]))
    d.w("", "[Ack]", "PollMinutes=15", "A2ACertificate=C:\\EFile\\certs\\a2a.p12")

    d = t.f("efile/a2a-client.properties")
    d.w("# MeF A2A client", "a2a.endpoint=https://mef-a2a.%s/mef" % t.domain, "a2a.keystore.path=/opt/efile/a2a.p12",
        "a2a.keystore.type=PKCS12")
    d.w("a2a.keystore.password=" + d.S(t.pw("strong"), "keystore-password"))
    d.w("a2a.truststore.password=" + d.N("changeit", "well-known-default"))
    d.w("a2a.app.sys.id=%s" % v.digits(8), "a2a.poll.seconds=300")

    # bank products
    d = t.f("bank-products/refund-transfer.yaml")
    d.w("# %s refund-transfer integration" % bank, "bank_partner: \"%s\"" % bank, "api:",
        "  base_url: https://api.%s.example-bank.com/v2" % bank.split()[0].lower())
    d.w("  partner_key: " + d.P("rtb_live_" + v.alnum(32), "refund-bank-partner-key"))
    d.w("  webhook_hmac_secret: " + d.S(v.hex(64), "refund-webhook-secret"))
    d.w("sftp:", "  host: sftp.%s.example-bank.com" % bank.split()[0].lower(), "  user: %s_ero" % t.short[:6])
    d.w("  password: " + d.S(t.pw(), "sftp-password"))
    d.w("disbursement:")
    d.w('  routing_number: "%s"' % d.N(v.aba(), "routing-number"))
    d.w('  settlement_account: "%s"' % d.N("******" + v.s("0123456789", 4), "masked"))

    # client portal
    env_files(t, "portal/.env.production", [
        ("T", "APP_ENV", "production"), ("T", "APP_URL", "https://portal.%s" % t.domain),
        ("S", "DATABASE_URL", v.pw_uri(), "db-url-password", "generic",
         "postgres://portal:{PW}@db.%s:5432/portal" % t.domain),
        ("S", "SECRET_KEY_BASE", v.hex(128), "rails-secret-key-base"),
        ("S", "DOCUVAULT_API_KEY", "dvk_live_" + v.alnum(40), "docuvault-api-key", "provider"),
        ("S", "STRIPE_SECRET_KEY", t.tok("stripe-secret"), "stripe-secret", "provider"),
        ("N", "STRIPE_PUBLISHABLE_KEY", "pk_live_51" + v.alnum(96), "publishable-key"),
        ("N", "SENTRY_DSN", "https://%s@o%s.ingest.us.sentry.io/%s" % (v.hex(32), v.digits(6), v.digits(7)),
         "sentry-dsn"),
    ], title="client portal")

    # scan stations
    d = t.f("scanner-stations/scan-to-folder.json")
    d.w("{", '  "share": "\\\\\\\\files01\\\\Scans",', '  "stations": [')
    for i in range(v.randint(2, 3)):
        d.w("    {", '      "name": "desk-%d",' % (i + 1), '      "model": "fi-8170",')
        d.w('      "serial": "%s",' % d.N(v.serial("A8VB", 6), "device-id"))
        d.w('      "smb_user": "%s\\\\scanner",' % t.short[:6].upper())
        d.w('      "smb_password": "%s"' % d.S(scan_pw, "scan-to-folder-password"))
        d.w("    }" + ("," if i < 2 else ""))
    d.w("  ]", "}")

    d = t.f("id-scanner/idscan-settings.xml", crlf=True)
    d.w('<?xml version="1.0" encoding="utf-8"?>', "<IdScanSettings>")
    d.w("  <LicenseKey>%s</LicenseKey>" % d.N("IDS-XXXX-XXXX-%s" % v.upper(4), "masked"))
    d.w("  <UploadUrl>https://portal.%s/api/id-upload</UploadUrl>" % t.domain, "  <UploadUser>idscan</UploadUser>")
    d.w("  <UploadPassword>%s</UploadPassword>" % d.S(t.pw("strong"), "id-scanner-upload-password"))
    d.w("  <RetainImages>false</RetainImages>", "</IdScanSettings>")

    # practice management (.NET) with a DocuSign JWT key
    k = t.rsa(2048)
    d = t.f("practice-mgmt/appsettings.Production.json")
    d.w("{", '  "ConnectionStrings": {')
    d.w('    "Practice": "Server=sql01.%s;Database=Practice;User Id=pm_app;Password=%s;Encrypt=True;"'
        % (t.domain, d.S(t.pw("uri"), "sqlserver-connection-password")))
    d.w("  },", '  "DocuSign": {')
    d.w('    "IntegrationKey": "%s",' % d.N(v.uuid4(), "oauth-client-id"))
    d.w('    "UserId": "%s",' % v.uuid4())
    d.w('    "RsaPrivateKey": "%s"' % d.K(k.pem_pkcs1().replace("\n", "\\n"), "private-key-json", "pem-escaped"))
    d.w("  },", '  "Logging": { "LogLevel": { "Default": "Warning" } }', "}")
    d = t.f("practice-mgmt/appsettings.Development.json")
    d.w("{", '  "ConnectionStrings": {')
    d.w('    "Practice": "%s"' % d.N("Server=localhost;Database=Practice;User Id=sa;Password=Dev12345!;"
                                     "TrustServerCertificate=True;", "dev-default"))
    d.w("  },", '  "DocuSign": { "IntegrationKey": "", "RsaPrivateKey": "" }', "}")

    # backup script
    d = t.f("scripts/backup-returns.ps1", crlf=True)
    d.w("# nightly: archive the season's return PDFs to the NAS", "$ErrorActionPreference = 'Stop'",
        "$src = 'D:\\Returns\\2025'", "$dst = '\\\\nas01\\archive\\returns'")
    d.w("$pw = ConvertTo-SecureString '%s' -AsPlainText -Force" % d.S(nas_pw, "nas-admin-password"))
    d.w("$cred = New-Object System.Management.Automation.PSCredential('nas01\\backup', $pw)",
        "New-PSDrive -Name R -PSProvider FileSystem -Root $dst -Credential $cred | Out-Null")
    d.w("& 'C:\\Program Files\\7-Zip\\7z.exe' a -p%s -mhe=on R:\\returns-$(Get-Date -f yyyyMMdd).7z $src"
        % d.S(v.pw_phrase("-"), "archive-password"))
    d.w("Send-MailMessage -To ops@%s -Subject 'returns archived' -SmtpServer smtp.%s" % (t.domain, t.domain))

    d = t.f("sql/portal-users.sql")
    d.w("-- client portal roles (PostgreSQL)")
    sql_users(t, d, "postgres", [("portal_app", v.pw_uri()), ("portal_ro", None), ("bi_reader", t.pw()),
                                 ("legacy_import", None)])

    device_sheet(t, "office/device-sheet.csv", [
        ("NAS01", "back office", "admin", ("S", nas_pw, "nas-admin-password"), v.serial("2040", 8), "Synology"),
        ("Firewall", "server closet", "admin", ("S", t.pw("strong"), "firewall-admin-password"), v.serial("FGT60F", 8), ""),
        ("Staff Wi-Fi", "all desks", "", ("S", wifi, "wifi-psk"), "-", "WPA2"),
        ("Check printer", "front desk", "Administrator", ("N", "LAPS (see Intune)", "secret-reference"),
         v.serial("MICR", 6), ""),
        ("Signature pad 2", "desk 2", "", None, v.serial("TPD", 9), "no login"),
        ("MFP", "hallway", "admin", ("N", "admin", "well-known-default"), v.serial("X8K", 7), "factory default, LAN only"),
    ])

    d = t.f("analysis/refund-volume.ipynb")
    notebook(d, [["import requests", "import pandas as pd", "BASE = 'https://api.taxjar.com/v2'"],
                 ["TOKEN = '%s'  # TODO move to env before sharing" % d.P(t.tok("taxjar-token"), "taxjar-token")],
                 ["r = requests.get(BASE + '/summary_rates', headers={'Authorization': 'Bearer ' + TOKEN})",
                  "pd.DataFrame(r.json()['summary_rates']).head()"]])

    # ---------------------------------------------------------------- free text
    d, fmt = wiki_file(t, "wiki/season-opening")
    sw_pw = t.human()
    prose.wiki(d, fmt, "Season opening checklist (%s)" % t.city, [
        ("h", "Network"),
        ("p", ["Staff Wi-Fi is %s-staff, the key is %s" % (t.short[:8], d.S(wifi, "wifi-psk")),
               "Guests use the open lobby network; never give out the staff key."]),
        ("h", "Tax software"),
        ("p", ["Shared preparer login for the training seats: trainee / %s" % d.S(sw_pw, "tax-software-password"),
               "Each preparer gets a personal login after the PTIN check; PTINs look like %s and are not secret."
               % d.N("P%s" % v.digits(8), "identifier")]),
        ("h", "Back office"),
        ("ul", ["NAS admin password: %s" % d.S(nas_pw, "nas-admin-password"),
                "the MFP still has the factory login admin/admin on purpose (LAN only)",
                "signature pads ship with PIN prompts off; leave them off"]),
    ])

    d, fmt = chat_file(t, "chat/preparers", "preparers")
    bank_pw = t.human()
    prose.chat(d, t, fmt, "preparers", [
        (t.who(0), "what's the login for the %s portal again?" % bank),
        (t.who(1), "office login is %s01, pw %s" % (t.short[:6], d.S(bank_pw, "bank-portal-password"))),
        (t.who(2), "heads up: transmitter password was changed this morning, new one is %s"
         % d.S(tx_pw, "efile-transmitter-password")),
        (t.who(0), "got it, thanks"),
        (t.who(3), "please don't post client SSNs in here, write them like %s" % d.N("***-**-%s" % v.digits(4),
                                                                                   "masked")),
        (t.who(4), "test client account for the portal demo: demo@%s / %s" % (t.domain, d.S(t.pw("human"),
                                                                                          "portal-demo-password"))),
        (t.who(1), "and the scanner share is back, same password as before: %s" % d.S(scan_pw,
                                                                                    "scan-to-folder-password")),
    ])

    d = t.f("email/fw-bank-onboarding.eml", free=True)
    tmp = t.pw("strong")
    link = "https://partners.%s.example-bank.com/invite?token=%s" % (bank.split()[0].lower(), v.b64ubytes(24))
    prose.email(d, t, "%s <%s>" % (t.who(5), t.mail(5)), "preparers@%s" % t.domain,
                "FW: Your %s partner portal access" % bank,
                ["All - forwarding so you have it. Please change the password on first login.", "",
                 "%s" % t.who(5)],
                quoted=["Welcome to the %s ERO partner portal." % bank, "",
                        "Username: %s_admin" % t.short[:6],
                        "Temporary password: %s" % d.S(tmp, "bank-portal-temporary-password"),
                        "Activate here within 72 hours: %s" % d.S(link, "private-invite-link"),
                        "Your EFIN is on file. Never share your password with anyone from the bank."])

    d, fmt = ticket_file(t, "tickets/portal-lockout")
    prose.ticket(d, t, fmt, "CP-%d" % v.randint(1000, 9999), "Can't log in to client portal", "client (web form)",
                 ["I uploaded my W-2s last week and now I can't log in.",
                  "My password is %s and it says invalid." % d.S(t.human(), "end-user-password"),
                  "My SSN ends in %s if you need it." % d.N("***-**-%s" % v.digits(4), "masked")],
                 [(t.who(6), ["I've unlocked the account and set a temporary password: %s"
                              % d.S(t.pw("human"), "portal-temporary-password"),
                              "You'll be asked to change it. Please never send your password by e-mail."])])

    d = t.f("voicemail/%s-client-callback.txt" % v.choice(["2025-02-11", "2025-03-03", "2025-04-09"]), free=True)
    prose.voicemail(d, t, "client", "(555) 01%02d-%04d" % (v.randint(0, 99), v.randint(0, 9999)), [
        "Hi, this is the client from the Tuesday appointment, calling about my transcripts.",
        "You asked for my IRS online account so you can pull them, the user name is my e-mail,",
        "and the password is %s, that's it exactly." % d.S(t.human(), "end-user-password"),
        "Call me back if it doesn't work. Thanks."])

    d = t.f("notes/managers-meeting.md", free=True)
    d.w("# Managers meeting - mid-season", "", "Present: %s" % ", ".join(t.who(i) for i in range(5, 9)), "")
    d.w("- Refund-transfer volume up 14%; bank reconciliation moves to Tuesdays.")
    d.w("- Adobe Sign admin password was reset to %s, %s will move it to the vault." % (
        d.S(t.pw("strong"), "esign-admin-password"), t.first(6)))
    d.w("- Payroll provider API token now lives at %s." % d.N("vault:secret/data/%s/payroll#token" % t.short,
                                                             "vault-reference"))
    d.w("- Reminder: the sample key in the vendor training deck (%s) is the AWS example, not ours."
        % d.N("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "documented-example"))

    d = t.f("handover/off-season.txt", free=True)
    d.w("OFF-SEASON HAND-OVER", "", "Practice server (PRACTICE01) local admin over the summer:")
    d.w("  Administrator / " + d.S(t.pw("strong"), "server-local-admin-password"))
    d.w("", "The DocuVault key is in portal/.env.production, do not copy it anywhere else.",
        "Bank product renewals: call %s in May." % bank)
    d.w("Alarm company portal: user office, password %s" % d.S(t.human(), "alarm-portal-password"))
