"""records-storage/: a records-management and shredding company (box-tracking warehouse, shred trucks,
scanning bureau, media vault with tape library, certificates of destruction, client retrieval portal)."""
import base64

from themes import prose
from themes.common import env_files, sql_users, device_sheet, chat_file, wiki_file, ticket_file

SLUG = "records-storage"
VARIANTS = [("Keystone Records & Shredding", "keystonerecords.com", "Allentown"),
            ("Vaultline Information Management", "vaultline.net", "Louisville"),
            ("Archway Document Services", "archwaydocs.com", "Boise")]
WORDS = ["archive", "shred", "carton", "vault", "keystone", "archway", "barcode", "retention", "shelf",
         "pallet", "ledger", "custody"]


def _b64i(n):
    return base64.b64encode(n.to_bytes((n.bit_length() + 7) // 8, "big")).decode()


def build(t):
    v = t.v
    rf_psk = t.human()
    cam_pw = t.v.pw_device()
    tape_pw = t.pw("strong")
    clients = v.sample(["Morrow & Finch LLP", "St. Agnes Clinic", "Tri-State Credit Union", "Bellwood Schools",
                        "Harmon Title Co."], 3)

    d = t.f("warehouse/wms.ini", crlf=True)
    d.w("; box-tracking WMS", "[Database]", "Provider=SQLOLEDB", "Server=WMS01", "Catalog=BoxTrack", "UserID=wms_app")
    d.w("Password=" + d.S(t.pw("strong"), "wms-db-password"))
    d.w("", "[RFGuns]", "SSID=KR-RF")
    d.w("WPA2Key=" + d.S(rf_psk, "wifi-psk"))
    d.w("", "[Barcodes]", "Prefix=%s" % v.upper(3), "SampleBox=" + d.N("BX%s" % v.digits(10), "identifier"))

    d = t.f("shred-trucks/telematics.yaml")
    d.w("# shred trucks: shredder PLC telemetry + dash cams", "shredder_cloud:",
        "  url: https://telemetry.shredtrak.example.com")
    d.w("  token: %s" % d.P("stk_" + v.alnum(40), "shredtrak-token"))
    d.w("trucks:")
    for n in v.sample(range(1, 20), v.randint(2, 3)):
        d.w("  - unit: ST-%02d" % n)
        d.w("    vin: %s" % d.N(v.vin(), "vin"))
        d.w("    dashcam_rtsp: rtsp://admin:%s@%s/live" % (d.S(cam_pw, "camera-rtsp-password"), v.ip10()))

    d = t.f("imaging/scan-bureau.properties")
    d.w("# scanning bureau", "ocr.server=ocr01.%s" % t.domain, "ocr.user=ocr_svc")
    d.w("ocr.password=" + d.S(t.pw(), "ocr-server-password"))
    d.w("delivery.sftp.host=sftp.%s" % t.domain, "delivery.sftp.user=bureau_push")
    d.w("delivery.sftp.password=" + d.S(v.pw_uri(), "sftp-password"))
    d.w("delivery.job.sample=" + d.N(v.uuid4(), "uuid"))

    acct = "st%s%s" % (t.short[:10], v.lower(4))
    d = t.f("imaging/blob-archive.json")
    d.w("{", '  "archive": "azure-blob",', '  "container": "scans",')
    d.w('  "connectionString": "%s",' % d.P(
        "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (
            acct, v.b64bytes(64)), "azure-storage-conn", "azure-key"))
    d.w('  "retentionDays": 2555', "}")

    env_files(t, "portal/.env.production", [
        ("T", "NODE_ENV", "production"),
        ("S", "DATABASE_URL", v.pw_uri(), "db-url-password", "generic",
         "postgres://retrieval:{PW}@pg.%s:5432/retrieval" % t.domain),
        ("S", "SESSION_SECRET", v.hex(64), "session-secret"),
        ("S", "DOCUSIGN_SECRET_KEY", v.uuid4(), "docusign-secret-key", "provider"),
        ("S", "BOX_CLIENT_SECRET", t.tok("box-client-secret"), "box-client-secret", "provider"),
        ("N", "BOX_CLIENT_ID", v.lower(32), "oauth-client-id"),
    ], title="client retrieval portal")

    d = t.f("vault/tape-library.toml")
    d.w("# media vault: LTO library + rotation", "[library]", 'model = "TL4000"')
    d.w('web_admin_password = "%s"' % d.S(tape_pw, "tape-library-password"))
    d.w("[rotation]", "weeks = 4")
    for i in range(2):
        d.w('slot_%d = "%s"' % (i + 1, d.N("%s%sL9" % (v.upper(2), v.digits(4)), "identifier")))

    k = t.rsa(2048)
    xml = "<RSAKeyValue><Modulus>%s</Modulus><Exponent>%s</Exponent><P>%s</P><Q>%s</Q><DP>%s</DP><DQ>%s</DQ>" \
          "<InverseQ>%s</InverseQ><D>%s</D></RSAKeyValue>" % tuple(_b64i(x) for x in (k.n, k.e, k.p, k.q, k.dp, k.dq,
                                                                                     k.qi, k.d))
    d = t.f("certs/CodSigner.cs", crlf=True)
    d.w("// signs certificates of destruction (PDF) - key exported with RSA.ToXmlString(true)",
        "using System.Security.Cryptography;", "", "namespace %s.Destruction" % t.short.capitalize(), "{",
        "    internal static class CodSigner", "    {")
    d.w('        private const string SigningKeyXml = "%s";' % d.K(xml, "private-key-rsa-xml", "rsaxml"))
    d.w("        public static RSA Load() { var rsa = RSA.Create(); rsa.FromXmlString(SigningKeyXml); return rsa; }",
        "    }", "}")

    d = t.f("clients/sftp-accounts.csv")
    d.w("client,username,password,created")
    for i, c in enumerate(clients):
        user = "".join(ch for ch in c.lower() if ch.isalpha())[:10]
        cell = d.S(v.pw_uri(), "client-sftp-password") if i < 2 else d.N("(key auth only)", "placeholder")
        d.w('"%s",%s,%s,2025-0%d-1%d' % (c, user, cell, v.randint(1, 9), v.randint(0, 9)))

    d = t.f("portal/retrieval-notify.js")
    d.w("// e-mails clients when a retrieval is ready", "const sgMail = require('@sendgrid/mail');")
    d.w("sgMail.setApiKey('%s');" % d.P(t.tok("sendgrid-key"), "sendgrid-key"))
    d.w("const PORTAL_URL = %s;" % d.N("process.env.PORTAL_URL", "env-reference"),
        "module.exports = (to, box) => sgMail.send({ to, from: 'retrievals@%s', subject: `Box ${box} is ready` });"
        % t.domain)

    d = t.f("helm/values-prod.yaml")
    d.w("# retrieval portal chart values", "image:", "  tag: \"2.14.1\"", "postgresql:", "  auth:",
        "    username: retrieval")
    d.w("    password: \"%s\"" % d.S(v.pw_uri(), "helm-postgres-password"))
    d.w("minio:", "  rootUser: portal")
    d.w("  rootPassword: \"%s\"" % d.S(t.pw("strong"), "minio-root-password"))
    d.w("smtp:", "  existingSecret: portal-smtp")
    d.w("  passwordKey: smtp-password")

    d = t.f("sql/portal-roles.sql")
    d.w("-- retrieval portal roles")
    sql_users(t, d, "postgres", [("retrieval_app", v.pw_uri()), ("audit_ro", None), ("billing_sync", t.pw())])

    device_sheet(t, "office/records-center-devices.csv", [
        ("Tape library", "media vault", "admin", ("S", tape_pw, "tape-library-password"), v.serial("78", 10), ""),
        ("Vault door controller", "media vault", "installer", ("S", v.pw_device(), "door-controller-password"),
         v.serial("VDC", 8), ""),
        ("RF gun Wi-Fi", "warehouse", "", ("S", rf_psk, "wifi-psk"), "-", ""),
        ("Console shredder", "lobby", "", None, v.serial("HSM", 8), ""),
        ("Scanner 4", "imaging", "admin", ("N", "admin", "well-known-default"), v.serial("KD", 9), "default, no net"),
    ])

    # ---------------------------------------------------------------- free text
    d, fmt = chat_file(t, "chat/drivers")
    prose.chat(d, t, fmt, "drivers", [
        (t.who(0), "dashcam on ST-%02d not recording" % v.randint(1, 20)),
        (t.who(1), "log in with admin / %s and check the SD card" % d.S(cam_pw, "camera-rtsp-password")),
        (t.who(2), "RF guns lost wifi after the AP swap"),
        (t.who(3), "key is %s" % d.S(rf_psk, "wifi-psk")),
        (t.who(4), "%s wants their destruction certificate re-sent" % clients[0]),
        (t.who(1), "portal admin login for the reprint: portal-admin / %s" % d.S(t.pw("strong"),
                                                                                  "portal-admin-password")),
    ])

    d, fmt = wiki_file(t, "wiki/records-center", fmt=v.choice(["asciidoc", "asciidoc", "markdown", "dokuwiki"]))
    prose.wiki(d, fmt, "Records center procedures", [
        ("h", "Media vault"),
        ("p", ["Tape library web admin: %s" % d.S(tape_pw, "tape-library-password"),
               "Rotation happens every fourth Monday; barcodes end in L9."]),
        ("h", "Chain of custody"),
        ("ul", ["every box scanned in/out; barcodes like %s are not confidential" % d.N("BX%s" % v.digits(10),
                                                                                     "identifier"),
                "certificates of destruction are signed by the CoD service"]),
        ("h", "Client SFTP"),
        ("p", ["New client accounts are created by IT; passwords are sent by phone, never e-mail.",
               "Template for the welcome note uses %s as the password field." % d.N("<temporary-password>",
                                                                                    "placeholder")]),
    ])

    d = t.f("email/client-retrieval.eml", free=True)
    prose.email(d, t, "%s <%s>" % (t.who(5), t.mail(5)), "records@%s.example.com" % clients[1].split()[0].lower(),
                "Your scanned files are ready",
                ["Hello,", "", "The 14 boxes you requested have been scanned.",
                 "Download (link expires in 7 days): %s" % d.P(
                     "https://%s.blob.core.windows.net/scans/%s.zip?sv=2022-11-02&sr=b&sp=r&se=2025-%02d-%02dT23:59:00Z"
                     "&spr=https&sig=%s" % (acct, v.lower(12), v.randint(1, 12), v.randint(1, 28),
                                             v.b64bytes(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")),
                     "azure-sas-url"),
                 "If prompted, use your portal account; temporary password: %s" % d.S(
                     t.pw("human"), "portal-temporary-password"),
                 "", "Kind regards,", t.who(5)])

    d, fmt = ticket_file(t, "tickets/retrieval-portal")
    prose.ticket(d, t, fmt, "RP-%d" % v.randint(100, 999), "Client cannot log in", clients[2],
                 ["Our paralegal can't log in to request boxes. Password used: %s" % d.S(t.human(),
                                                                                        "end-user-password")],
                 [(t.who(6), ["Account was disabled after 90 days idle; re-enabled.",
                              "Please reset the password from the login page."])])

    d = t.f("voicemail/client-it.txt", free=True)
    prose.voicemail(d, t, "client IT contact", "(555) 01%02d-%04d" % (v.randint(0, 99), v.randint(0, 9999)), [
        "Hi, this is IT at %s, about the SFTP drop for the scanned files." % clients[0],
        "We rotated our side, the new password for the %s account is %s." % (
            "".join(ch for ch in clients[0].lower() if ch.isalpha())[:10], d.S(v.pw_uri(), "client-sftp-password")),
        "Please update it on your end before tonight's push."])

    d = t.f("notes/ops-review.md", free=True)
    d.w("# Ops review", "", "- Shred volume +8% QoQ; two trucks due for blade service.")
    d.w("- OCR server password rotated: %s" % d.S(t.pw(), "ocr-server-password"))
    d.w("- CoD signing key should move to the HSM (%s)." % d.N(
        "arn:aws:kms:us-east-1:%s:key/%s" % (v.digits(12), v.uuid4()), "resource-id"))
