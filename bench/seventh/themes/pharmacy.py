"""A retail pharmacy chain: e-prescribing gateway, PDMP queries, claims switch, dispensing robots, state
immunization registry (HL7 SOAP), refill IVR, Django patient API, mobile refill app, store terminals."""

from themes.common7 import Ctx, K, S, N, put_key, put_cert, b64, teams_log, email, zendesk_csv, wiki, sheet, history, i18n_file
from themes import layer2

DIR = "pharmacy-chain"


def build(corpus, rng):
    org, dom = rng.choice([("Greenleaf Pharmacies", "greenleafrx.com"), ("Corner Chemist Group", "cornerchemist.com.au"),
                           ("Apotek Solsikke", "solsikke-apotek.no")])
    c = Ctx(corpus, rng, DIR, org, dom)
    v = c.v
    rx, it = v.person(), v.person()
    stores = ["%03d" % c.r.randint(100, 999) for _ in range(c.r.randint(3, 5))]

    # --- e-prescribing gateway (keystore password + mTLS key)
    f = c.f("erx/gateway/erx-gateway.properties")
    f.t("erx.endpoint=https://erx-hub.example/ncpdp/script", "erx.keystore=/etc/erx/client.p12")
    f.s("erx.keystore.password=@@", c.pw("strong"), "generic.keystore-password")
    f.n("erx.truststore.password=@@", "changeit", "neg.default-password")
    f.n("erx.portal.account=@@", v.digits(10), "neg.resource-id")
    key = c.rsa()
    f = c.f("erx/gateway/client.key")
    put_key(f, key.pem_pkcs8(), "key.rsa-pem")
    put_cert(c.f("erx/gateway/client.crt"), c.cert(key, "erx-client.%s" % dom))

    # --- PDMP gateway
    f = c.f("pdmp/pmp-gateway.env")
    f.t("PMP_BASE_URL=https://pmpgateway.example/v5")
    f.n("PMP_USERNAME=@@", c.name.split("-")[0] + "_pdmp", "neg.username")
    f.s("PMP_HMAC_SECRET=@@", v.hex(64), "generic.hmac-key")
    f.t("PMP_STATE=any")

    # --- claims switch ini (BIN/PCN negatives)
    f = c.f("claims/switch.ini", crlf=True)
    f.t("[Switch]", "Host=claims-switch.example", "Port=7800")
    f.n("BIN=@@", v.digits(6), "neg.resource-id")
    f.n("PCN=@@", v.upper(8), "neg.resource-id")
    f.t("VendorCertId=D0%s" % v.digits(8), "UserId=%s" % c.name.split("-")[0].upper())
    f.s("Password=@@", c.pw("upper8"), "generic.password-ini")

    # --- dispensing robot
    f = c.f("stores/robot/robot-service.ini", crlf=True)
    f.t("[Database]", "Server=localhost\\SQLEXPRESS", "User=robot")
    f.s("Password=@@", c.pw(), "generic.password-ini")
    f.n("SaPassword=@@", "{encrypted}" + v.b64(32), "neg.encrypted")

    # --- immunization registry HL7 SOAP
    f = c.f("immunization/iis-submit.xml")
    f.t('<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:urn="urn:cdc:iisb:2011">', "<soap:Body><urn:submitSingleMessage>",
        "  <urn:username>%s_iis</urn:username>" % c.name.split("-")[0])
    f.s("  <urn:password>@@</urn:password>", c.pw(), "generic.password-xml")
    f.n("  <urn:facilityID>@@</urn:facilityID>", v.digits(7), "neg.resource-id")
    f.t("  <urn:hl7Message>MSH|^~\\&amp;|RX|%s|IIS|STATE|...</urn:hl7Message>" % c.name.split("-")[0].upper(), "</urn:submitSingleMessage></soap:Body></soap:Envelope>")

    # --- refill IVR flow (Twilio pair)
    sid, tok = c.pair("twilio-apikey")
    f = c.f("ivr/refill_ivr.py")
    f.t("from twilio.rest import Client", "")
    f.begin("secret", "provider.twilio-apikey-pair")
    f.a('API_KEY_SID = "@@"', sid, ident=True)
    f.a('API_KEY_SECRET = "@@"', tok)
    f.end()
    f.n('ACCOUNT_SID = "@@"', "AC" + v.hex(32), "neg.resource-id")

    # --- Django patient API settings
    f = c.f("patient-api/patient_api/settings/production.py")
    f.t("from .base import *  # noqa", "", "DEBUG = False")
    f.s('SECRET_KEY = "@@"', v.chars("abcdefghijklmnopqrstuvwxyz0123456789!^*(-_=+)", 50), "generic.django-secret-key")
    f.t("DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.postgresql",', '        "NAME": "patients",', '        "USER": "patient_api",')
    f.s('        "PASSWORD": "@@",', c.pw(), "generic.password-python")
    f.t('        "HOST": "%s",' % v.host(dom), "    }", "}")
    f.n('FIELD_ENCRYPTION_KEY = os.environ["@@"]', "FIELD_ENCRYPTION_KEY", "neg.env-ref")
    f.s('ONESIGNAL_REST_API_KEY = "@@"', c.tok("onesignal"), "provider.onesignal")

    # --- mobile refill app (public only)
    f = c.f("mobile-refill/.env.production")
    f.n("EXPO_PUBLIC_FIREBASE_API_KEY=@@", c.pub("firebase-web"), "neg.publishable-key")
    f.n("EXPO_PUBLIC_SEGMENT_WRITE_KEY=@@", c.pub("segment-write"), "neg.publishable-key")
    f.n("EXPO_PUBLIC_ONESIGNAL_APP_ID=@@", v.uuid(), "neg.public-id")

    # --- store terminal configs
    for s in stores[:2]:
        f = c.f("stores/%s/pinpad.cfg" % s)
        f.t("[terminal]", "store=%s" % s, "lane=1")
        f.s("admin_password=@@", c.pw("word"), "generic.password-ini")
        f.n("serial=@@", v.digits(3) + "-" + v.digits(3) + "-" + v.digits(3), "neg.resource-id")

    # --- formulary (negatives)
    f = c.f("formulary/formulary-2025.csv")
    f.t("ndc,description,tier")
    for i in range(3):
        f.n("@@,%s,%d" % (c.pick(["Atorvastatin 20mg tab", "Metformin 500mg tab", "Amoxicillin 500mg cap", "Lisinopril 10mg tab"]), c.r.randint(1, 3)), "%s-%s-%s" % (v.digits(5), v.digits(4), v.digits(2)), "neg.ndc")

    # --- free text
    a, b, d = v.person(), v.person(), v.person()
    claims = c.pw("upper8")
    teams_log(c, "comms/teams-pharmacy-ops.txt", [
        (a, "store %s claims are rejecting with 'invalid password'" % stores[0]),
        (b, S("switch password got reset, it's now @@", claims, "generic.password-chat")),
        (d, "updated switch.ini on all stores"),
        (a, S("also the robot SQL password at %s is @@ if anyone needs it" % stores[-1], c.pw(), "generic.password-chat")),
        (b, N("NPI for the central fill is @@", "1" + v.digits(9), "neg.resource-id")),
    ])
    zendesk_csv(c, "comms/zendesk-refill-app.csv", [
        ("patient%d@mail.example" % c.r.randint(1, 999), "App login", S("password @@ not accepted after update", c.pw("word"), "generic.password-ticket")),
        ("patient%d@mail.example" % c.r.randint(1, 999), "Refill status", "Refill for my inhaler shows pending for 3 days."),
        ("store%s@%s" % (stores[1], dom), "IIS submissions failing", S("Registry told us to use @@ as the new password", c.pw(), "generic.password-ticket")),
    ])
    email(c, "comms/mail/pdmp-onboarding.eml", "pmp-support@pmpgateway.example", "%s <%s@%s>" % (it, it.split()[0].lower(), dom),
          "PMP Gateway production credentials", ["Hello,", "", "Production access approved.", "Username: %s_pdmp" % c.name.split("-")[0],
                                                 S("Shared secret: @@", v.hex(64), "generic.hmac-key-email"), "", "PMP Gateway Support"])
    wiki(c, "docs/store-it.md", "md", "Store IT", [
        ("Pin pads", ["Admin menu via F2.", S("Default we set on new pads: @@", c.pw("word"), "generic.password-wiki")]),
        ("Claims", [S("Claims switch portal: %s / @@" % c.name.split("-")[0].upper(), claims, "generic.password-wiki")]),
        ("Robot", [N("Vendor remote support password is kept in @@", "KeePass: Stores/Robot vendor", "neg.vault-ref")]),
    ])
    sheet(c, "docs/store-terminals.csv", ["store", "device", "user", "password"], [
        [s, "pinpad", "admin", S("@@", c.pw("word"), "generic.password-spreadsheet")] for s in stores[:3]
    ])
    history(c, "home/%s/ConsoleHost_history.txt" % it.split()[0].lower(), "ps", [
        "Enter-PSSession store%s-pos01" % stores[0],
        S("cmdkey /add:robot%s /user:robot /pass:@@" % stores[0], c.pw(), "generic.password-cmdkey"),
        S("Invoke-Sqlcmd -ServerInstance robot%s\\SQLEXPRESS -Username robot -Password '@@' -Query 'select 1'" % stores[0], c.pw(), "generic.password-cli"),
    ])
    i18n_file(c, "patient-api/locale/es/LC_MESSAGES/django.po", "po")

    layer2.build(c, "services", "refill-api", (a, b))
