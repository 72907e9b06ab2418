"""Precious-metals refinery and vault: XRF and fire-assay lab, bar registry (good-delivery bar lists),
metal accounts for dealers, electrolytic cell rectifiers, armoured transport, KYC screening, dealer portal."""

from keys15 import Key
from themes.common import env_twins, sql_logins, device_sheet, cred_cell

ORGS = [("Aurelian Refining", "aurelianrefining.com", "Neuchatel"),
        ("Stillwater Precious Metals", "stillwaterpm.com", "Salt Lake City"),
        ("Kestrel Mint & Refinery", "kestrelmint.com.au", "Perth")]


def build(t):
    r = t.r
    # ---- assay lab
    t.w("assay/xrf-station.ini", "[Analyser]\nModel=XRF-Au\nSerial=%s\n\n[Results]\nShare=\\\\%s\\assay\n"
        "User=ASSAY\\xrf\nPassword=%s\nLimsPush=1\n" % (t.N(r.serial("XR"), "device-serial"), t.host("files"),
                                                        t.S(t.pw(), "smb-share-password")), crlf=True)
    lims_pw = t.pw(uri=True)
    t.w("assay/fire-assay-lims.yaml", "lims:\n  database: postgresql://assay:%s@%s:5432/assay\n  balances:\n"
        "    - {id: MB-1, serial: %s}\n    - {id: MB-2, serial: %s}\n  fineness_decimals: 4\n" % (
            t.S(lims_pw, "postgres-url-password"), t.host("db"), t.N(r.serial("MB"), "device-serial"), r.serial("MB")))

    # ---- bar registry
    bars = ",\n".join('    {"serial": "%s", "fine_oz": %d.%03d, "fineness": 999.9}' % (
        t.N(r.choice(["AR", "SW", "KM"]) + r.digits(7), "bar-serial") if i == 0 else "B" + r.digits(7),
        r.randint(350, 430), r.randint(0, 999)) for i in range(3))
    reg_secret = r.b64u(32)
    t.w("vault/bar-registry.json", '{\n  "registry": {\n    "endpoint": "https://barlist.%s/api",\n'
        '    "apiKey": "%s",\n    "signingSecret": "%s"\n  },\n  "bars": [\n%s\n  ]\n}\n' % (
            t.domain, t.S(r.hex(40), "vendor-api-key"), t.S(reg_secret, "hmac-signing-key"), bars))
    k = Key(r.choice(["ec", "rsa"]), r)
    t.w("vault/certs/barlist-signer.pem", t.K(k.pem_pkcs8(), "private-key-pem-file") + "\n")
    t.w("vault/certs/barlist-signer.pub.pem", t.N(k.pem_public(), "public-key-pem") + "\n")

    # ---- metal accounts (Spring)
    t.w("trading/metal-accounts/src/main/resources/application.yml", "spring:\n  datasource:\n"
        "    url: jdbc:postgresql://%s:5432/metal\n    username: metal\n    password: %s\nprices:\n"
        "  feed-url: https://prices.metals-feed.example/v2\n  api-key: %s\nfix:\n  sender-comp-id: %s\n"
        "  password: %s\n" % (t.host("db"), t.S(t.pw(), "spring-datasource-password"),
                              t.S(r.hex(32), "price-feed-api-key"),
                              t.N(t.key.upper() + "_PROD", "fix-comp-id"), t.N("${FIX_PASSWORD}", "env-reference")))

    # ---- refinery floor
    t.w("refinery/rectifiers.toml", '[modbus_gateway]\nhost = "10.70.0.%d"\nweb_user = "admin"\nweb_password = "%s"\n'
        '\n[[cell]]\nid = "EW-1"\ncurrent_setpoint_a = 850\n\n[[cell]]\nid = "EW-2"\ncurrent_setpoint_a = 850\n' % (
            r.randint(10, 99), t.S(r.pw_human(), "device-password")))

    # ---- transport and KYC
    t.w("logistics/armoured_transport.py", 'import os\n\nimport requests\n\nAPI = "https://api.secure-transit.'
        'example/v2"\nTOKEN = "%s"\nACCOUNT = "%s"\nFALLBACK = %s\n\n\ndef book(pickup):\n'
        '    return requests.post(API + "/consignments", json=pickup,\n'
        '                         headers={"Authorization": "Bearer " + TOKEN})\n' % (
            t.S(t.vendor_key("stx_", 40), "vendor-api-token"), t.N(r.digits(8), "account-number"),
            t.N('os.getenv("TRANSIT_TOKEN_FALLBACK")', "env-reference")))
    t.w("compliance/kyc_screen.rb", "require 'faraday'\n\nSCREEN = Faraday.new(url: 'https://screen.kyc-vendor.example') do |f|\n"
        "  f.request :authorization, 'Bearer', '%s'\nend\nSANCTIONS_LIST_VERSION = '%s'\n" % (
            t.S(r.b64u(36), "kyc-api-key"), t.N(r.git_sha()[:12], "list-version")))

    # ---- dealer portal
    env_twins(t, "dealer-portal", [
        ("APP_ENV", "-", None, "production"),
        ("DB_PASSWORD", "S", "db-password", t.pw()),
        ("STRIPE_SECRET_KEY", "P", "stripe-secret-key", t.tok("stripe-secret-key")),
        ("TWILIO_AUTH_TOKEN", "P", "twilio-auth-token", t.tok("twilio-auth-token")),
        ("GA_MEASUREMENT_ID", "N", "public-ga4-id", "G-" + r.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")),
        ("SESSION_SECRET", "S", "session-secret", r.b64u(32)),
        ("PRICE_FEED_KEY", "S", "price-feed-api-key", r.hex(32)),
    ])
    sql_logins(t, "ops/sql/logins.sql", "mssql", [("vault_app", True), ("auditor", False), ("assay_sync", True)])
    device_sheet(t, "ops/vault-room-sheet.csv", [
        ("vault time lock", "10.70.1.2", r.serial("TL"), "admin", cred_cell(t, "device-password"), "dual control"),
        ("XRF PC", "10.70.0.21", r.serial("XR"), "ASSAY\\xrf", cred_cell(t, "device-password"), "Win10"),
        ("bar scanner", "10.70.1.30", r.serial("BS"), "scan", cred_cell(t, "device-password"), "handheld"),
        ("CCTV NVR", "10.70.1.5", r.serial("NV"), "admin", cred_cell(t, "device-password"), "32 ch"),
    ])

    # ---- free text
    a, b, c, d = t.p(0), t.p(1), t.p(2), t.p(3)
    t.chat("desk/traders", [
        (a, "fix is 2,341.15 this morning, dealers are quiet"),
        (b, "bar list registry signing secret after the rotation: %s" % t.S(reg_secret, "hmac-signing-key")),
        (c, "assay LIMS DB for the audit export is postgresql://assay:%s@%s/assay" % (t.S(lims_pw,
                                                                                         "postgres-url-password"),
                                                                                   t.host("db"))),
        (d, "bar %s failed the fineness recheck, quarantined" % t.N("B" + r.digits(7), "bar-serial")),
        (a, "FIX password %s" % t.N("is only in the vault, do not ask", "prose-no-value")),
    ], "traders", fmt=r.choice(["teams", "slack", "irc"]))
    t.wiki("wiki/assay-lab", "Assay lab", [
        ("h", "Cupellation furnace"),
        ("p", "Preheat to 1050 C; log each batch in the LIMS."),
        ("h", "Exporting results"),
        ("code", ["psql 'postgresql://assay:%s@%s:5432/assay' -c '\\copy results to results.csv csv header'" % (
            t.S(t.pw(uri=True), "postgres-url-password"), t.host("db-replica"))]),
        ("h", "XRF"),
        ("p", "The XRF share password changes quarterly; %s." % t.N("ask the lab manager", "prose-no-value")),
    ])
    t.ticket("tickets", "DLR-%d" % r.randint(100, 999),
             "Dealer cannot see his metal account balance", [
                 (t.p(4), "Dealer in %s gets a blank balance page after MFA reset." % t.city),
                 (t.p(5), "MFA re-enrolled; temporary password %s" % t.S(t.pw(), "temporary-password")),
                 (t.p(4), "Balance visible again.")])
    t.mail("mail/auditor", ("Wanda", "Audit", "audit@metals-audit.example"), (a[0], a[1], t.mail_of(0)),
           "Annual bar list audit", [
               "Dear %s," % a[0],
               "Our read-only account for the registry is audit-%s; temporary password %s." % (
                   t.key, t.S(t.pw(), "vendor-portal-password")),
               "We will sample bars from serial %s onward." % t.N("B" + r.digits(7), "bar-serial"),
               "Regards,"])
    t.voicemail("voicemail/armoured-transport", t.p(6), a, [
        "Hello, it's dispatch at the transport company about Friday's collection.",
        "The consignment release code for the depot portal is %s." % t.S(r.pw_human(), "portal-release-code"),
        "The crew will bring the signed manifest."])
    t.notes("notes/risk-committee", "Risk committee", [
        "Vault count matched the registry to the bar.",
        "Rectifier gateway still on the factory login, %s." % t.N("change scheduled", "prose-no-value"),
        "Rectifier gateway password after the change: %s" % t.S(r.pw_human(), "device-password"),
        "KYC vendor contract renews in June."])
