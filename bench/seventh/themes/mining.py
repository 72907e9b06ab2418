"""An open-pit mining company: fleet dispatch, autonomous haulage gateway, LoRaWAN sensors, mesh radio,
OEM telematics, weighbridge, blasting and geotech systems."""

from themes.common7 import Ctx, K, S, N, put_key, put_cert, b64, teams_log, email, ticket, wiki, sheet, history, whatsapp_txt, i18n_file
from themes import layer2

DIR = "mining-fleet"


def build(corpus, rng):
    org, dom, site = rng.choice([("Redstone Iron", "redstone-iron.com.au", "Pilbara East"),
                                 ("Andes Copper Co", "andescopper.cl", "Cerro Alto"),
                                 ("Northern Basin Minerals", "nbminerals.ca", "Lac Noir")])
    c = Ctx(corpus, rng, DIR, org, dom)
    v = c.v
    ot, disp = v.person(), v.person()

    # --- dispatch server ini (CRLF)
    f = c.f("dispatch/fleet-commander/FleetServer.ini", crlf=True)
    f.t("[Site]", "Name=%s" % site, "TimeZone=UTC+8", "", "[Database]", "Provider=SQLOLEDB", "Server=%s" % v.host(dom), "Catalog=FleetProd", "User=fleet_svc")
    f.s("Password=@@", c.pw(), "generic.password-ini")
    f.t("", "[Reporting]", "User=rpt")
    f.n("Password=@@", "ENC:" + v.b64(24), "neg.encrypted")

    # --- Wenco-style XML connection strings
    f = c.f("dispatch/wenco/WencoMine.exe.config", crlf=True)
    f.t('<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <connectionStrings>")
    f.s('    <add name="Mine" connectionString="Data Source=%s;Initial Catalog=WMDB;User ID=wenco;Password=@@" providerName="System.Data.SqlClient" />' % v.host(dom), c.pw(), "generic.connection-string")
    f.t('    <add name="Audit" connectionString="Data Source=%s;Initial Catalog=WMAudit;Integrated Security=SSPI" />' % v.host(dom))
    f.t("  </connectionStrings>", "</configuration>")

    # --- autonomy gateway (MQTT + mTLS key in YAML)
    key = c.ec()
    f = c.f("dispatch/autonomy/ahs-gateway.yaml")
    f.t("gateway:", "  site: %s" % site.lower().replace(" ", "-"), "  broker: ssl://ahs-broker.%s:8883" % dom, "  username: ahs-gw")
    f.s("  password: \"@@\"", c.pw("strong"), "generic.password-yaml")
    put_cert(f, c.cert(key, "ahs-gw-%s" % v.digits(3)), head="  client_cert: |", indent="    ")
    put_key(f, key.pem_trad(), "key.ec-yaml-block", head="  client_key: |", indent="    ")
    f.t("  trucks:")
    for i in range(c.r.randint(3, 5)):
        f.n("    - {id: HT%03d, model: 930E, vin: @@}" % (i + 101), "A" + v.upper(16), "neg.resource-id")

    # --- OEM telematics (client id public-ish, secret)
    f = c.f("telemetry/oem/visionlink.env")
    f.n("VL_CLIENT_ID=@@", v.uuid(), "neg.public-id")
    f.s("VL_CLIENT_SECRET=@@", v.alnum(40), "provider.visionlink-client-secret")
    f.t("VL_TOKEN_URL=https://identity.cat.com/oauth2/token", "VL_FLEET=%s" % site.upper().replace(" ", "_"))
    f = c.f("telemetry/oem/komtrax_pull.py")
    f.t("import requests", "", "SESSION = requests.Session()")
    f.s('SESSION.auth = ("komtrax-api", "@@")', c.pw(), "generic.password-python")
    f.t('resp = SESSION.get("https://komtrax.example/api/v1/fleet")')

    # --- ChirpStack + LoRaWAN devices
    f = c.f("telemetry/lora/chirpstack.toml")
    f.t("[postgresql]")
    f.s('dsn="postgres://chirpstack:@@@%s/chirpstack?sslmode=require"' % v.host(dom), c.pw("word"), "generic.uri-password")
    f.t("", "[redis]", 'servers=["redis://%s:6379"]' % v.host(dom), "", "[api]", 'bind="0.0.0.0:8080"')
    f.s('secret="@@"', v.b64(32), "generic.jwt-secret")
    f = c.f("telemetry/lora/devices.csv")
    f.t("dev_eui,join_eui,name,app_key")
    for i in range(c.r.randint(2, 4)):
        f.s("%s,%s,%s,@@" % (v.HEX(16), "70B3D57ED00" + v.HEX(5), c.pick(["piezo", "tilt", "dust", "flow"]) + "-%02d" % i), v.HEX(32), "generic.lorawan-appkey")

    # --- mesh radio
    f = c.f("radio/mesh/breadcrumb-%s.cfg" % v.digits(4))
    f.t("[wireless]", "channel=5805", "ess_id=PIT-MESH")
    f.s("network_key=@@", v.hex(64), "generic.mesh-network-key")
    f.t("[admin]", "user=admin")
    f.s("password=@@", c.pw(), "generic.password-ini")

    # --- Iridium / RockBLOCK
    f = c.f("satellite/rockblock-send.sh")
    f.t("#!/bin/bash", "# fallback telemetry for the remote pump stations")
    f.n("IMEI=@@", v.digits(15), "neg.imei")
    f.s('curl -s -d "imei=$IMEI&username=ops@%s&password=@@&data=$1" https://rockblock.rock7.com/rockblock/MT' % dom, c.pw(), "generic.password-curl")

    # --- fuel JDBC
    f = c.f("fms/fuel/fuelsmart.properties")
    f.t("fuel.poll.minutes=5")
    f.s("fuel.db.url=jdbc:oracle:thin:fuel/@@@//%s:1521/FUEL" % v.host(dom), c.pw("word"), "generic.jdbc-password")
    f.n("fuel.sftp.password=@@", "${vault:secret/fms/fuel#sftp}", "neg.vault-ref")

    # --- slope radar FTP + weighbridge
    f = c.f("geotech/slope-radar/export.conf")
    f.t("[ftp_export]", "host = ftp.%s" % dom, "user = radar_upload")
    f.s("pass = @@", c.pw(), "generic.password-ini")
    f.t("interval = 600")
    f = c.f("weighbridge/WB01.ini", crlf=True)
    f.t("[Scale]", "Port=COM3", "Baud=9600", "[Upload]", "Protocol=SFTP", "Host=%s" % v.host(dom), "User=wb01")
    f.s("Password=@@", c.pw(), "generic.password-ini")

    # --- blasting
    f = c.f("blasting/blast-sync.json")
    f.t("{", '  "provider": "blast-cloud",', '  "site": "%s",' % site)
    f.s('  "apiKey": "@@",', v.alnum(48), "generic.api-key-named")
    f.n('  "patternId": "@@"', v.uuid(), "neg.uuid")
    f.t("}")

    # --- historian API
    f = c.f("ot/historian/insight.env")
    f.s("HISTORIAN_API_TOKEN=@@", v.jwt({"sub": "svc-historian", "aud": "insight", "iat": 1735700000, "exp": 1893456000}), "generic.jwt-bearer", "jwt")
    f.n("HISTORIAN_TENANT=@@", v.uuid(), "neg.uuid")

    # --- operator tablet app (public values only)
    f = c.f("mobile/operator-tablet/appsettings.json")
    f.t("{")
    f.n('  "MapboxToken": "@@",', c.pub("mapbox-public"), "neg.publishable-key")
    f.n('  "SentryDsn": "@@",', c.pub("sentry-dsn"), "neg.publishable-key")
    f.n('  "BuildSha": "@@"', v.sha1(), "neg.git-sha")
    f.t("}")

    # --- PLC tag export (negatives)
    f = c.f("scada/crusher/tag-export.csv")
    f.t("tag,address,guid")
    for t in ("CR1_MOTOR_AMPS", "CR1_BEARING_TEMP", "CONV3_SPEED"):
        f.n("%s,%%MW%d,@@" % (t, c.r.randint(100, 900)), "{" + v.uuid().upper() + "}", "neg.uuid")

    # --- free text
    a, b, d = v.person(), v.person(), v.person()
    radio_pw = c.pw()
    teams_log(c, "comms/teams-dispatch-control.txt", [
        (a, "HT104 dropped off the mesh again near the ramp"),
        (b, S("can someone log into the breadcrumb at the ramp? admin / @@", radio_pw, "generic.password-chat")),
        (a, "done, it was on the wrong channel"),
        (d, S("also VisionLink secret changed, new one @@", v.alnum(40), "provider.visionlink-client-secret")),
        (b, N("put it in the vault at @@ please", "secret/mining/visionlink", "neg.vault-ref")),
    ])
    whatsapp_txt(c, "comms/whatsapp-shift-supervisors.txt", [
        (a, "night shift: crusher 2 down for liners"),
        (b, S("dispatch laptop login is dispatch / @@ till IT fixes AD", c.pw("season"), "generic.password-chat")),
        (d, "👍"),
        (a, S("wifi in the crib room: @@", c.pw("word"), "generic.wifi-psk-chat")),
    ])
    email(c, "comms/mail/rockblock-account.eml", "support@rock7.example", "%s <%s@%s>" % (ot, ot.split()[0].lower(), dom),
          "Your RockBLOCK account", ["Hi,", "", "Your web services account is active.", "Username: ops@%s" % dom,
                                     S("Password: @@", c.pw(), "generic.password-email"), "", "Rock Seven Support"])
    ticket(c, "comms/tickets/", "OT-%d" % c.r.randint(100, 999), "Fuel system JDBC password expired", disp, [
        (disp, ["Fuel dashboards empty since 06:00.", "ORA-28001: the password has expired"]),
        (ot, [S("Reset fuel account to @@ and updated fuelsmart.properties.", c.pw("word"), "generic.password-ticket"),
              "Will move it to the vault next sprint."]),
    ])
    wiki(c, "docs/site-systems.wiki", "mediawiki", "%s site systems" % site, [
        ("Dispatch", ["Fleet server: %s" % v.host(dom), S("Break-glass SQL login: sa / @@", c.pw("strong"), "generic.password-wiki")]),
        ("Radios", ["Mesh channel plan in radio/mesh.", N("Default breadcrumb password (@@) must be changed on install.", "breadcrumb", "neg.default-password")]),
    ])
    sheet(c, "docs/shift-logins.csv", ["role", "system", "user", "password"], [
        ["dispatcher", "FleetCommander", "disp1", S("@@", c.pw("company"), "generic.password-spreadsheet")],
        ["dispatcher", "FleetCommander", "disp2", S("@@", c.pw("company"), "generic.password-spreadsheet")],
        ["supervisor", "Weighbridge", "wbsup", S("@@", c.pw(), "generic.password-spreadsheet")],
        ["geotech", "Radar", "radar", N("@@", "see vault", "neg.placeholder")],
    ])
    history(c, "home/%s/.bash_history" % ot.split()[0].lower(), "bash", [
        "cd /opt/chirpstack",
        S("psql postgresql://chirpstack:@@@localhost/chirpstack -c 'select count(*) from device'", c.pw("word"), "generic.uri-password-cli"),
        "systemctl restart chirpstack",
        S("mosquitto_sub -h ahs-broker.%s -p 8883 -u ahs-gw -P '@@' -t 'trucks/#' --capath /etc/ssl/certs" % dom, c.pw("strong"), "generic.password-cli"),
        S("export TTS_API_KEY=@@", c.tok("ttn"), "provider.ttn"),
    ])
    i18n_file(c, "mobile/operator-tablet/messages_es.properties", "properties")

    layer2.build(c, "platform", "fleet-api", (a, b))
