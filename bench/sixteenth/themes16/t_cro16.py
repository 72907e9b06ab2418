"""clinical-trials-cro: a contract research organisation running trial sites (EDC, randomisation
and supply (IRT), eConsent, ePRO devices, CTMS, safety E2B gateway, IMP temperature loggers)."""

import prose16
from themes16.common16 import cfg

NAME = "clinical-trials-cro"
ORGS = [("Meridian Clinical Research Ltd", "meridian-cr.co.uk", "Cambridge", ["en"]),
        ("Helvetia Trial Sites AG", "helvetia-trials.ch", "Basel", ["de", "fr", "en"]),
        ("Norte Ensaios Clinicos Lda", "norte-ensaios.pt", "Porto", ["pt", "en"])]
PEOPLE = ["Nia Mbeki", "Leila Farouk", "Oskar Lindqvist", "Priya Rahman", "Wren Keane", "Caio Cardoso", "Zofia Varga",
          "Yusuf Yilmaz", "Freya Olsen", "Dmitri Petrov", "Imani Wachira", "Tove Nilsen"]


def _idgen(v):
    return v.choice([("subject-id", "S-%03d-%04d" % (v.randint(1, 80), v.randint(1, 400))),
                     ("eu-ct-number", "%d-%s-%s-00" % (v.choice([2023, 2024, 2025]), v.digits(6), v.digits(2))),
                     ("kit-number", "KIT%s" % v.digits(7))])


VOCAB = {
    "apps": ["edc-bridge", "irt-randomiser", "econsent", "epro-sync", "ctms", "safety-gateway"],
    "systems": [("CTMS database", "ctmsdb", "pg", "ctms_app"), ("IRT kit inventory", "irtdb", "mssql", "irt_svc"),
                ("ePRO diary store", "eprodb", "mongo", "epro"), ("safety case DB", "safetydb", "pg", "argus_ro"),
                ("session cache", "sess", "redis", "econsent")],
    "devices": [("ePRO handheld", "TC26"), ("IMP fridge logger", "TempGuard T2"), ("ECG cart", "MAC 2000"),
                ("site scanner", "fi-7160"), ("spirometer PC", "EasyOne Connect")],
    "chatter": ["site 042 screened 3, randomised 1", "monitor visit at Porto moved to Thursday", "IMP shipment held at customs again",
                "query rate on visit 4 is high, EDC edit check?", "two temperature excursions at site 017 last night",
                "DSMB pack due next Friday"],
    "channels": ["clinops", "data-management", "site-support", "pv-safety", "it-gxp"],
    "topics": ["eConsent link expired for a participant", "ePRO diary not syncing at site 031", "IRT shows wrong kit count",
               "E2B acknowledgements missing", "Monitor cannot open source documents"],
    "langs": ["en", "de", "pt"],
    "wifi": ["Site", "Clinic", "Monitor", "Guest"],
    "idgen": _idgen,
}


def build(ctx):
    v = ctx.v
    p = ctx.people
    # IRT kit service properties
    d = ctx.doc("irt/randomisation/kit-service.properties")
    d.w("datasource.url=jdbc:sqlserver://%s;databaseName=IRT" % ctx.host("sql01"), "datasource.username=irt_svc",
        "datasource.password=" + d.S(ctx.pw(), "jdbc-datasource-password"),
        "# AES key that unblinds the randomisation list - restricted to the unblinded statistician",
        "randomisation.list.key=" + d.S(v.hex(64), "unblinding-aes-key"),
        "kits.first=" + d.N("KIT%s" % v.digits(7), "kit-number"), "mail.password=" + d.N("${IRT_MAIL_PASSWORD}", "env-reference"))
    # AS2 partner config for the E2B safety gateway
    d = ctx.doc("safety-gateway/e2b/partners.xml")
    d.w("<partnerships>", '  <partner name="regulator" as2_id="%s" email="e2b@regulator.example"/>' % d.N("ZZ%s" % v.upper_alnum(10), "as2-partner-id"),
        '  <partner name="%s" as2_id="%s-PV"/>' % (ctx.short, ctx.short.upper()), "  <keystore>",
        "    <path>/opt/as2/keys/pv.p12</path>", "    <password>%s</password>" % d.S(ctx.pw("strong"), "as2-keystore-password"),
        "  </keystore>", "</partnerships>")
    # ePRO device provisioning
    d = ctx.doc("epro-sync/devices/provisioning.yaml")
    d.w("fleet: epro-2025", "enrolment_secret: " + d.S(ctx.uniq(lambda: v.b64url(30)), "device-enrolment-secret"),
        "mqtt:", "  host: mqtt.%s" % ctx.domain, "  username: epro-devices", "  password: \"%s\"" % d.S(ctx.pw("uri"), "mqtt-password"),
        "devices:")
    for _ in range(3):
        d.w("  - serial: " + d.N("%s%s" % (v.digits(5), v.upper_alnum(6)), "device-serial"))
    # eConsent Rails config and DocuSign JWT key
    d = ctx.doc("econsent/config/environments/production.rb")
    d.w("Rails.application.configure do", "  config.secret_key_base = '%s'" % d.S(v.hex(128), "rails-secret-key-base"),
        "  config.x.docusign.integration_key = '%s'" % d.N(v.uuid(), "docusign-integration-key"),
        "  config.x.docusign.user_id = '%s'" % v.uuid(), "  config.x.docusign.private_key_path = Rails.root.join('config/docusign.pem')",
        "  config.force_ssl = true", "end")
    k = ctx.key("rsa")
    d = ctx.doc("econsent/config/docusign.pem")
    d.w(d.K(k.pem_traditional(), "private-key-docusign-jwt", {"format": "pem"}))
    # EDC export script
    d = ctx.doc("edc-bridge/edc_export.py")
    d.w("import os", "import requests", "", 'EDC = "https://%s.edc-vendor.example/RaveWebServices"' % ctx.short, "",
        "def pull(study):", '    r = requests.get(f"{EDC}/studies/{study}/datasets/regular",',
        '                     auth=("svc_export", "%s"), timeout=120)' % d.S(ctx.pw(), "requests-basic-auth-password"),
        "    return r.text", "", "TOKEN = " + d.N('os.environ["EDC_TOKEN"]', "env-reference"))
    # CTMS docker env with an Azure storage connection string
    ak = ctx.prov("azure-storage")
    dsn = ctx.public("sentry-dsn")
    d = ctx.doc("ctms/docker/.env")
    d.w("POSTGRES_PASSWORD=" + d.S(ctx.pw(), "postgres-env-password"),
        "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=%sdocs;AccountKey=%s;EndpointSuffix=core.windows.net" % (
            ctx.short.replace("-", "")[:14], d.P(ak[2], ak[0])),
        "SENTRY_DSN=" + d.N(dsn[2], dsn[0]), "TZ=Europe/London")
    # temperature loggers
    d = ctx.doc("temperature/loggers/tempmon.ini", crlf=True)
    d.w("[cloud]", "url=https://cloud.tempguard.example", "user=%s-qa" % ctx.short, "password=" + d.S(ctx.weak("fridge"), "logger-cloud-password"),
        "[loggers]", "site017=" + d.N("TG2-%s" % v.digits(8), "device-serial"), "site042=" + d.N("TG2-%s" % v.digits(8), "device-serial"))
    # OpenVPN site profile with a static tls-auth key and the CA certificate
    d = ctx.doc("sites/vpn/site-042.ovpn")
    d.w("client", "dev tun", "proto udp", "remote vpn.%s 1194" % ctx.domain, "key-direction 1", "<ca>")
    d.w(d.N(ctx.cert(ctx.ca, ctx.org + " VPN CA"), "x509-certificate"))
    d.w("</ca>", "<tls-auth>")
    sk = "\n".join(["-----BEGIN OpenVPN Static key V1-----"] + [v.hex(32) for _ in range(16)] + ["-----END OpenVPN Static key V1-----"])
    d.w(d.S(sk, "openvpn-static-key"))
    d.w("</tls-auth>")
    # monitor visit e-mail (free text)
    d = ctx.doc("clinops/mail/monitoring-visit-%s.eml" % v.digits(3), free=True)
    body = ["Hi %s," % p[4].split()[0], "", "for the visit at site %s next week:" % v.digits(3), "",
            "- source documents are in the site portal, monitor account cra.%s" % p[0].split()[-1].lower(),
            "- password (temporary): " + d.S(ctx.weak(), "temporary-password-email"),
            "- eTMF read-only export: https://etmf.%s/x/%s" % (ctx.domain, d.S(ctx.uniq(lambda: v.b64url(27)), "private-share-link-token")),
            "- subject list starts at " + d.N("S-%03d-0001" % v.randint(1, 80), "subject-id"), "", p[0]]
    prose16.email(d, v, p[0], "%s <%s>" % (p[4], ctx.mail(p[4])), "Site visit logistics", body, domain=ctx.domain)
    # site coordinator notes (free text)
    d = ctx.doc("sites/notes/site-017-coordinator.txt", free=True)
    d.w("Site 017 - coordinator notes", "", "fridge logger app: " + say_pw(ctx, d, "logger-app-password-notes"),
        "ECG cart export share \\\\ecg01\\export  user ecg  pass " + d.S(ctx.pw("weak"), "share-password-notes"),
        "spirometer PC local admin was rotated by IT (value not written here)",
        "EU CT number: " + d.N("%d-%s-%s-00" % (2024, v.digits(6), v.digits(2)), "eu-ct-number"))


def say_pw(ctx, d, cat):
    v = ctx.v
    pw = ctx.weak()
    return v.choice(["login qa / %s", "pw %s", "Passwort: %s", "senha %s"]).replace("%s", d.S(pw, cat))
