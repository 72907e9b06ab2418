"""Gemological laboratory: spectrometer workstations (FTIR, Raman, UV-Vis), laser inscription, signed
grading reports and the public report-verification site, client intake vault, courier shipments."""

from keys15 import Key
from themes.common import env_twins, sql_logins, device_sheet, cred_cell

ORGS = [("Lumen Gemological Laboratory", "lumengemlab.com", "Antwerp"),
        ("Carat & Crystal Lab", "caratcrystal-lab.com", "Bangkok"),
        ("Meridian Gem Institute", "meridiangem.org", "New York")]


def build(t):
    r = t.r
    share_pw = r.pw_human()
    # ---- instruments
    t.w("instruments/ftir-workstation.ini", "[Instrument]\nType=FTIR\nSerial=%s\n\n[Export]\nShare=\\\\%s\\spectra\n"
        "ShareUser=LAB\\ftir\nSharePassword=%s\n\n[Library]\nPath=C:\\Spectra\\Library\nLicence=%s\n" % (
            t.N(r.serial("FT"), "device-serial"), t.host("files"), t.S(share_pw, "smb-share-password"),
            t.S("-".join(r.s(5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)), "software-licence-key")),
        crlf=True)
    lims_tok = t.vendor_key("glims_", 40)
    t.w("instruments/raman.yaml", "raman:\n  laser_nm: 532\n  mapping: true\n  serial: %s\n  export:\n"
        "    lims_url: https://lims.%s/api/spectra\n    lims_token: %s\n    smb_password: %s\n" % (
            t.N(r.serial("RM"), "device-serial"), t.domain, t.S(lims_tok, "vendor-api-token"),
            t.N("${RAMAN_SMB_PASSWORD}", "env-reference")))
    t.w("inscription/laser-station.json", '{\n  "station": "INS-%d",\n  "controller": {\n    "host": "10.30.0.%d",\n'
        '    "user": "engraver",\n    "password": "%s"\n  },\n  "reportPrefix": "%s",\n  "machineSerial": "%s"\n}\n' % (
            r.randint(1, 4), r.randint(10, 99), t.S(t.pw(), "device-password"), r.choice(["LG", "CC", "MG"]),
            t.N(r.serial("LX"), "device-serial")))

    # ---- report verification (.NET)
    hmac_key = r.b64(48)
    t.w("reports/verify-api/appsettings.Production.json", '{\n  "ConnectionStrings": {\n    "Reports": "Server=%s;'
        'Database=Reports;User Id=verify;Password=%s;TrustServerCertificate=True"\n  },\n  "ReportSigning": {\n'
        '    "HmacKey": "%s"\n  },\n  "Recaptcha": {\n    "SiteKey": "%s",\n    "SecretKey": "%s"\n  }\n}\n' % (
            t.host("sql"), t.S(t.pw(), "connection-string-password"), t.S(hmac_key, "hmac-signing-key"),
            t.N("6L" + r.s(38), "public-recaptcha-site-key"), t.S("6L" + r.s(38), "recaptcha-secret-key")),
        crlf=True)
    t.w("reports/verify-api/appsettings.Development.json", '{\n  "ConnectionStrings": {\n    "Reports": "Server='
        '(localdb)\\\\MSSQLLocalDB;Database=Reports;Trusted_Connection=True"\n  },\n  "ReportSigning": {\n'
        '    "HmacKey": "%s"\n  },\n  "Recaptcha": {\n    "SiteKey": "%s",\n    "SecretKey": "%s"\n  }\n}\n' % (
            t.N("dev-only-not-a-secret", "dev-default"),
            t.N("6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI", "doc-example-recaptcha-test-key"),
            t.N("6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "doc-example-recaptcha-test-secret")), crlf=True)
    k = Key("rsa", r)
    t.w("reports/signer/ReportSigner.cs", "using System.Security.Cryptography;\n\nnamespace Lab.Reports\n{\n"
        "    public static class ReportSigner\n    {\n        // legacy signer; the HSM migration is tracked in "
        "REP-114\n        private const string KeyXml = \"%s\";\n\n        private const string PublicXml = \"%s\";\n"
        "\n        public static byte[] Sign(byte[] pdf)\n        {\n            using var rsa = RSA.Create();\n"
        "            rsa.FromXmlString(KeyXml);\n            return rsa.SignData(pdf, HashAlgorithmName.SHA256, "
        "RSASignaturePadding.Pkcs1);\n        }\n    }\n}\n" % (
            t.K(k.dotnet_xml(), "private-key-dotnet-xml"), t.N(k.dotnet_xml_public(), "public-key-dotnet-xml")),
        crlf=True)

    # ---- intake vault and couriers
    t.w("intake/vault-scanner.properties", "scanner.station=INTAKE-1\ndb.url=jdbc:sqlserver://%s:1433;"
        "databaseName=Intake;user=intake;password=%s\nvault.door.api=https://door.%s/api\nvault.door.api.key=%s\n"
        "vault.door.api.user=%s\n" % (t.host("sql"), t.S(t.pw(), "jdbc-password"), t.domain,
                                      t.S(r.hex(32), "vendor-api-key"), t.N(r.uuid(), "uuid")))
    env_twins(t, "intake/courier", [
        ("SHIPPO_API_TOKEN", "P", "shippo-token", t.tok("shippo-token")),
        ("EASYPOST_API_KEY", "P", "easypost-key", t.tok("easypost-key")),
        ("INSURED_COURIER_ACCOUNT", "N", "account-number", r.digits(9)),
        ("INSURED_COURIER_PASSWORD", "S", "vendor-portal-password", t.pw()),
    ], prod="courier.env", example="courier.env.sample", header="secure courier integration")
    t.w("lims/gemlims.toml", '[database]\nhost = "%s"\nuser = "gemlims"\npassword = "%s"\n\n[reports]\n'
        'pdf_bucket = "s3://%s-reports"\npublic_verify_base = "https://verify.%s/r/"\n' % (
            t.host("db"), t.S(t.pw(), "db-password"), t.key, t.domain))
    sql_logins(t, "ops/sql/roles.sql", "postgres", [("gemlims", False), ("intake", True), ("grading_ro", True)])
    device_sheet(t, "ops/lab-sheet.csv", [
        ("FTIR PC", "10.30.0.11", r.serial("FT"), "LAB\\ftir", t.N("same as share", "prose-no-value"), "Win10"),
        ("UV-Vis PC", "10.30.0.12", r.serial("UV"), "uvvis", cred_cell(t, "device-password"), "Win10"),
        ("laser inscriber", "10.30.0.20", r.serial("LX"), "engraver", cred_cell(t, "device-password"), "fibre"),
        ("vault door panel", "10.30.0.2", r.serial("VD"), "admin", cred_cell(t, "device-password"), "time lock"),
    ])

    # ---- free text
    a, b, c, d = t.p(0), t.p(1), t.p(2), t.p(3)
    t.chat("lab/graders", [
        (a, "the FTIR export share needs the password again after the reboot"),
        (b, "it is %s, same as the ini on the workstation" % t.S(share_pw, "smb-share-password")),
        (c, "report %s came back from verification with a wrong carat weight" % t.N(r.digits(10), "report-number")),
        (d, "LIMS token for the Raman export if anyone needs it: %s" % t.S(lims_tok, "vendor-api-token")),
        (a, "the verify key is in appsettings, %s" % t.N("do not paste it here", "prose-no-value")),
    ], "graders")
    t.wiki("wiki/report-verification", "Report verification service", [
        ("h", "How verification works"),
        ("p", "Each report number maps to a signed PDF; the site checks the HMAC before showing it."),
        ("h", "Rotating the HMAC key"),
        ("p", "Current key (also in appsettings.Production.json): %s" % t.S(hmac_key, "hmac-signing-key")),
        ("h", "Local development"),
        ("p", "Use the dev key %s and the reCAPTCHA test keys." % t.N("dev-only-not-a-secret", "dev-default")),
    ])
    t.ticket("tickets", "CLT-%d" % r.randint(100, 999),
             "Trade client locked out of the submission portal", [
                 (t.p(4), "A trade client in %s cannot log in to submit a parcel." % t.city),
                 (t.p(5), "Unlocked; temporary password %s, must change on login." % t.S(t.pw(), "temporary-password")),
                 (t.p(4), "Thanks, client confirmed.")])
    t.mail("mail/instrument-vendor", ("Dario", "Service", "service@spectro-vendor.example"),
           (a[0], a[1], t.mail_of(0)), "Remote session for the Raman upgrade", [
               "Hello %s," % a[0],
               "For Tuesday's remote session our engineer will use TeamViewer ID %s." % t.N(
                   "1 %03d %03d %03d" % (r.randint(100, 999), r.randint(100, 999), r.randint(100, 999)),
                   "teamviewer-id"),
               "Please set the session password to %s on your side." % t.S(t.pw(), "remote-session-password"),
               "Kind regards,"])
    t.notes("notes/lab-it-sync", "Lab IT sync", [
        "Raman export moved to the LIMS API; SMB share kept as fallback.",
        "Report signer still uses the XML key in the repo, %s." % t.N("HSM migration in Q3", "prose-no-value"),
        "Vault door panel password after the service visit: %s" % t.S(t.pw(), "device-password"),
        "Order new calibration standards."])
