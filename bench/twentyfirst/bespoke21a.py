"""Theme-specific files, part A: rtk-network, olive-mill, pharma-packager, heli-operator, boardgame-publisher."""

import kit21 as K
import prov21
import vals21 as V

Q = '"\\'
YAML_BAD = "\"'\\#:{}[],&*?|<>=!%@` "


# ---------------------------------------------------------------- rtk-network
def rtk_caster(cx):
    d = cx.doc("caster/ntripcaster.conf")
    e, a = cx.pw(forbid=" #"), cx.pw(forbid=" #")
    d.l("# BKG NtripCaster 2.0 configuration", "location %s" % cx.v["city"], "rp_email ops@%s" % cx.v["domain"],
        "server_url http://caster.%s" % cx.v["domain"], "max_clients 1500", "max_clients_per_source 1000", "max_sources 150")
    d.s("encoder_password %s" % e, e, "ntrip-source-password")
    d.l("server_name caster.%s" % cx.v["domain"], "port 2101", "logdir /var/log/ntripcaster", "")
    d.l("# administration console")
    d.s("admin_password %s" % a, a, "password-ntrip-admin")
    u = cx.doc("caster/users.aut")
    u.l("# user:password (mountpoint groups in groups.aut)")
    for n in range(2):
        name = "%s-%s" % (cx.pick(["agri", "survey", "machine", "drone"]), V.rs(cx.rng, 3, V.DIG))
        p = cx.pw(forbid=":\\ #")
        u.s("%s:%s" % (name, p), p, "password-ntrip-user")


def rtk_receiver(cx):
    mp = "%s%02d00%s0" % (cx.v["short"].upper()[:3], cx.rng.randint(0, 99), cx.v["country"])
    d = cx.doc("stations/%s/receiver-commands.txt" % mp.lower())
    sn = V.rs(cx.rng, 7, V.DIG)
    d.n("# Septentrio PolaRx5 command file, receiver S/N %s" % sn, sn, "id-serial")
    p = cx.pw(forbid=", \\\"")
    d.l("setDataInOut, COM1, CMD, none", "setSBFOutput, Stream1, IP10, MeasEpoch+PVTGeodetic, sec1",
        "setRTCMv3Output, NTR1, RTCM1005+RTCM1077+RTCM1087+RTCM1097+RTCM1127")
    d.s("setNTRIPSettings, NTR1, Server, caster.%s, 2101, %s, %s, %s, v2" % (cx.v["domain"], mp.lower(), p, mp), p,
        "ntrip-source-password")
    K.neg(d, "# 4G router IMEI {v}", cx.imei(), "id-imei")


def rtk_engine(cx):
    d = cx.doc("engine/network-engine.yaml")
    p = cx.pw(forbid=YAML_BAD)
    name, tok = cx.vendor_token(0)
    d.l("# network RTK engine and integrity monitor", "database:", "  host: %s" % cx.host("db1"), "  user: rtk_engine")
    d.s("  password: %s" % p, p, "password-postgres")
    d.l("alerts:", "  provider: %s" % name)
    d.s("  api_token: %s" % tok, tok, "vendor-token-fictional")
    d.l("stations:")
    for _ in range(2):
        d.l("  - id: %s%02d00%s" % (cx.v["short"].upper()[:3], cx.rng.randint(0, 99), cx.v["country"]))
        K.neg(d, "    receiver_serial: '{v}'", V.rs(cx.rng, 7, V.DIG), "id-serial")


# ---------------------------------------------------------------- olive-mill
def olive_weighbridge(cx):
    d = cx.doc("weighbridge/bascula.ini", crlf=True)
    k = {"ca": ("Servidor", "Usuari", "Contrasenya", "NumSerie"), "hr": ("Posluzitelj", "Korisnik", "Lozinka", "SerijskiBroj"),
         "tr": ("Sunucu", "Kullanici", "Sifre", "SeriNo")}[cx.code]
    p = cx.pw(forbid=" ;#")
    d.l("[General]", "Terminal=WB-01", "PortCOM=COM3", "Baud=9600", "", "[SQL]", "%s=%s\\SQLEXPRESS" % (k[0], cx.host("erp")),
        "%s=bascula" % k[1])
    d.s("%s=%s" % (k[2], p), p, "password-mssql")
    d.l("", "[Indicador]")
    K.serial(d, cx, "%s={v}" % k[3], "WB")
    d.l("Capacitat=60000", "Divisio=20")


def olive_malaxer(cx):
    d = cx.doc("plant/malaxer-opcua.yaml")
    p = cx.pw(forbid=YAML_BAD)
    t = prov21.token(cx, "grafana-cloud")
    d.l("# OPC UA client for the malaxers and the decanter line", "opcua:",
        "  endpoint: opc.tcp://%s:4840" % cx.host("plc-decanter"), "  security_policy: Basic256Sha256", "  user: historian")
    d.s("  password: %s" % p, p, "password-opcua")
    d.l("  nodes:", "    - ns=3;s=Malaxer1.Temperature", "    - ns=3;s=Decanter.Speed", "historian:",
        "  remote_write: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push")
    d.s("  token: %s" % t, t, "grafana-cloud", "provider")
    K.serial(d, cx, "plc_serial: {v}", "DC")


def olive_pdo(cx):
    d = cx.doc("scripts/pdo_upload.py")
    p = cx.pw(forbid=Q)
    d.l('"""Upload the weekly lot register to the PDO certification portal."""', "import os", "", "import requests", "",
        'PORTAL = "https://portal.pdo-%s.example/api/lots"' % cx.v["country"].lower())
    d.s('AUTH = ("%s-mill", "%s")' % (cx.v["short"], p), p, "password-portal")
    d.n('LAB_TOKEN = os.environ["AGROLAB_TOKEN"]', 'os.environ["AGROLAB_TOKEN"]', "reference-env-accessor")
    name, tok = cx.vendor_token(0)
    d.s('TRACE_KEY = "%s"  # %s' % (tok, name), tok, "vendor-token-fictional")
    d.l("", "", "def upload(path):", '    with open(path, "rb") as fh:',
        '        r = requests.post(PORTAL, auth=AUTH, files={"register": fh}, timeout=60)', "    r.raise_for_status()")


# ---------------------------------------------------------------- pharma-packager
def pharma_l3(cx):
    d = cx.doc("serialisation/l3-connector.properties")
    p, k = cx.pw(forbid=" \\"), cx.pw(forbid=" \\")
    d.l("# L3 site server -> EU hub (EMVS) connector", "hub.endpoint=https://hub.emvo.example/nbs/v2",
        "hub.client.id=%s-PKG" % cx.v["short"].upper(), "hub.username=%s.l3" % cx.v["short"])
    d.s("hub.password=%s" % p, p, "password-emvs-hub")
    d.l("keystore.path=/opt/l3/conf/hub-client.p12")
    d.s("keystore.password=%s" % k, k, "keystore-password")
    th = ":".join(V.rhex(cx.rng, 2).upper() for _ in range(20))
    d.n("client.certificate.thumbprint=%s" % th, th, "digest-cert-thumbprint")
    d.l("batch.upload.cron=0 */15 * * * *")


def pharma_vision(cx):
    d = cx.doc("lines/line3/vision-camera.ini", crlf=True)
    p = cx.pw(forbid=" ;#")
    lic = "-".join(V.rs(cx.rng, 5, V.UP + V.DIG) for _ in range(5))
    cx.reg.take(lic)
    d.l("[Camera]", "Model=VC-2400", "Resolution=2448x2048")
    K.serial(d, cx, "Serial={v}", "VC")
    d.l("", "[Export]", "Mode=FTP", "Host=%s" % cx.host("l3"), "User=vision3")
    d.s("Password=%s" % p, p, "password-ftp")
    d.l("", "[License]")
    d.s("Key=%s" % lic, lic, "licence-key")


def pharma_lims(cx):
    d = cx.doc("qa/lims-connector.toml")
    p, s = cx.pw(forbid=Q), cx.pw(forbid=Q)
    d.l("[database]", 'host = "%s"' % cx.host("lims-db"), 'name = "lims"', 'user = "connector"')
    d.s('password = "%s"' % p, p, "password-postgres")
    d.l("", "[smtp]", 'host = "smtp.%s"' % cx.v["domain"], 'user = "lims@%s"' % cx.v["domain"])
    d.s('password = "%s"' % s, s, "password-smtp")
    d.l("", "[[instruments]]", 'name = "HPLC-2"')
    K.serial(d, cx, 'serial = "{v}"', "HP")


# ---------------------------------------------------------------- heli-operator
def heli_hums(cx):
    d = cx.doc("hums/ground-station.ini", crlf=True)
    p = cx.pw(forbid=" ;#")
    reg = {"IS": "TF-H", "DK": "OY-H", "GB": "G-"}[cx.v["country"]] + V.rs(cx.rng, 2, V.UP)
    d.l("[Aircraft]", "Registration=%s" % reg, "Type=AW169")
    K.serial(d, cx, "SerialNo={v}", "69")
    d.l("", "[Upload]", "Server=sftp.%s" % cx.v["domain"], "Port=22", "User=hums-%s" % reg.lower().replace("-", ""))
    d.s("Password=%s" % p, p, "password-sftp")
    d.l("RemoteDir=/incoming/hums")


def heli_tracker(cx):
    d = cx.doc("flight-following/tracker.yaml")
    name, tok = cx.vendor_token(0)
    wh = cx.mixed(32)
    d.l("provider: %s" % name)
    d.s("api_token: %s" % tok, tok, "vendor-token-fictional")
    d.l("webhook:", "  url: https://ops.%s/hooks/tracking" % cx.v["domain"])
    d.s("  secret: %s" % wh, wh, "webhook-secret")
    d.l("aircraft:")
    for _ in range(2):
        d.l("  - reg: %s" % V.rs(cx.rng, 4, V.UP))
        K.neg(d, "    iridium_imei: '{v}'", cx.imei(), "id-imei")


def heli_dispatch(cx):
    d = cx.doc("medical/dispatch-link.json")
    p, k = cx.pw(forbid=Q), cx.mixed(40)
    oid = "2.16.%d.1.113883.3.%d" % (cx.rng.randint(200, 800), cx.rng.randint(1000, 9999))
    d.l("{", '  "mllp": {"host": "%s", "port": 2575, "tls": true,' % cx.host("dispatch"))
    d.s('           "tls_key_password": "%s"},' % p, p, "keystore-password")
    d.n('  "facility_oid": "%s",' % oid, oid, "id-oid")
    d.s('  "dispatch_api_key": "%s",' % k, k, "api-key-dispatch")
    d.l('  "retry_seconds": 30', "}")


# ---------------------------------------------------------------- boardgame-publisher
def bg_pledge(cx):
    d = cx.doc("backers/pledge-manager.json")
    name, tok = cx.vendor_token(0)
    wh = cx.mixed(40)
    d.l("{", '  "project_id": %d,' % cx.rng.randint(10000, 99999), '  "provider": "%s",' % name)
    d.s('  "api_key": "%s",' % tok, tok, "vendor-token-fictional")
    d.s('  "webhook_secret": "%s",' % wh, wh, "webhook-secret")
    K.prov(d, cx, "shopify-admin", '  "shopify_admin_token": "{v}",')
    K.pub(d, cx, "stripe-publishable", '  "stripe_publishable_key": "{v}"')
    d.l("}")


def bg_fulfilment(cx):
    d = cx.doc("fulfilment/upload-orders.lftp")
    p = cx.pw(forbid=", \\\"'")
    d.l("# lftp -f upload-orders.lftp   (daily 06:00)")
    d.s("open -u %s-orders,%s sftp://sftp.%s.example" % (cx.v["short"], p, cx.t["vendors"][1][0].lower()), p, "password-sftp")
    d.n('set sftp:connect-program "ssh -a -x -i ~/.ssh/fulfilment_ed25519"', "~/.ssh/fulfilment_ed25519", "reference-file")
    d.l("cd /incoming/orders", "mput -E /srv/exports/orders-*.csv", "bye")


def bg_discord(cx):
    d = cx.doc("playtest/bot/config.json")
    cs = cx.rs(32, V.B64URL)
    d.l("{")
    K.prov(d, cx, "discord-bot", '  "token": "{v}",')
    d.s('  "client_secret": "%s",' % cs, cs, "oauth-client-secret")
    app = str(cx.rng.randint(10 ** 17, 10 ** 18))
    d.n('  "application_id": "%s",' % app, app, "id-discord-application")
    guild = str(cx.rng.randint(10 ** 17, 10 ** 18))
    d.n('  "guild_id": "%s",' % guild, guild, "id-discord-guild")
    d.l('  "playtest_channel": "playtest-feedback"', "}")


BESPOKE = {
    "rtk-network": [rtk_caster, rtk_receiver, rtk_engine],
    "olive-mill": [olive_weighbridge, olive_malaxer, olive_pdo],
    "pharma-packager": [pharma_l3, pharma_vision, pharma_lims],
    "heli-operator": [heli_hums, heli_tracker, heli_dispatch],
    "boardgame-publisher": [bg_pledge, bg_fulfilment, bg_discord],
}
