"""Traffic signals and traffic management centre: NTCIP/SNMP controllers, ATMS central, CCTV, variable message
signs, connected-vehicle roadside units, bus priority MQTT, open-data publishing, field cabinets."""
import base64

import vals17 as V

DIR = "traffic-signals"
VARIANTS = [
    {"org": "Verkehrsrechnerzentrale Südstadt", "domain": "vrz-suedstadt.de", "city": "Südstadt", "langs": ["de", "en"]},
    {"org": "Signalia Tráfico S.L.", "domain": "signalia-trafico.es", "city": "Sevilla", "langs": ["es", "en"]},
    {"org": "Kinetic Signals Ltd", "domain": "kineticsignals.co.uk", "city": "Nottingham", "langs": ["en"]},
]


def vocab(t):
    return {
        "systems": ["ATMS central", "signal controllers", "CCTV", "VMS signs", "RSU network", "bus priority"],
        "devices": [("signal controller", "admin"), ("VMS sign", "operator"), ("PTZ camera", "admin"), ("radar detector", "service"),
                    ("roadside unit", "rsuadmin"), ("field cabinet switch", "admin")],
        "vendor": "SignWave", "hosts": ["atms", "nvr01", "rsu-mgr", "mqtt"], "channel": "tmc-ops",
        "db": "atms", "ssid": "TMC-Ops", "ticket_prefix": "TMC",
        "integrations": ["atms-bridge", "vms-sync", "opendata-publisher"],
        "topics": ["Junction 114 in flash mode", "VMS on the ring road shows old message", "Bus priority requests not granted"],
        "chatter": ["J114 back in coordination", "detector loop 3 faulty", "event traffic plan at 18:00", "camera 22 iced over",
                    "contractor in cabinet 7 today", "RSU firmware rollout paused"],
    }


def build(t):
    r = t.r
    rows = []
    for i in range(3):
        rows.append("J%d,10.72.%d.%d,ATC-2070,%s" % (100 + r.randint(1, 99), r.randint(1, 40), r.randint(2, 250), t.S(V.rs(r, 12, V.ALNUM), "snmp-write-community")))
    rows.append("J%d,10.72.%d.%d,ATC-2070,%s" % (100 + r.randint(1, 99), r.randint(1, 40), r.randint(2, 250), t.N("public", "snmp-public-community")))
    t.f("controllers/intersections.csv", "intersection,ip,model,snmp_write_community\n" + "\n".join(rows))
    t.f("controllers/ntcip/snmp-profiles.yaml", """profiles:
  ntcip-v3:
    version: 3
    user: tmcops
    auth_protocol: SHA
    auth_passphrase: "%s"
    priv_protocol: AES
    priv_passphrase: "%s"
  legacy-read:
    version: 2c
    read_community: %s
""" % (t.S(t.pw("phrase"), "snmpv3-auth-pass"), t.S(t.pw("strong"), "snmpv3-priv-pass"), t.N("public", "snmp-public-community")))
    kp = t.pw("phrase")
    k = t.key("RSA")
    raw, chk = t.keytext(k, "pkcs8-enc", passphrase=kp)
    t.f("atms/central/keystore/atms-client.p8", t.S(raw, "private-key-rsa-pkcs8-enc", "key", check=chk, raw=raw))
    t.f("atms/central/atms.properties", """atms.db.url=jdbc:oracle:thin:@%s:1521/ATMS
atms.db.user=atms_app
atms.db.password=%s
atms.cctv.vms.user=atms
atms.cctv.vms.password=%s
atms.license.key=%s
atms.tls.client-key=/opt/atms/keystore/atms-client.p8
atms.tls.client-key.passphrase=%s
""" % (t.host("atms"), t.S(t.pw(), "db-password"), t.S(t.pw(), "vms-password"),
       t.S("-".join(V.rs(r, 4, V.UP + V.DIG) for _ in range(6)), "licence-key"), t.S(kp, "key-passphrase")))
    cams = []
    for i in range(2):
        cams.append('  <Camera id="CAM%02d" location="%s">\n    <Stream>rtsp://admin:%s@10.73.%d.%d:554/Streaming/Channels/101</Stream>\n  </Camera>' % (
            r.randint(1, 60), r.choice(["Ring/Nord", "Bahnhof", "Bridge St", "Avenida Sur"]), t.S(t.upw(), "rtsp-password"), r.randint(0, 20), r.randint(2, 250)))
    cams.append('  <Camera id="CAM%02d" location="Depot">\n    <Stream>%s</Stream>\n  </Camera>' % (r.randint(61, 90), t.N("rtsp://10.73.30.5:554/Streaming/Channels/101", "url-no-credentials")))
    t.f("cctv/cameras.xml", '<?xml version="1.0"?>\n<Cameras nvr="%s">\n%s\n</Cameras>' % (t.host("nvr01"), "\n".join(cams)))
    basic = base64.b64encode(("vmsops:" + t.pw("uri")).encode()).decode()
    t.f("vms-signs/sign-sync.js", """const axios = require("axios");

const SIGNWAVE_KEY = "%s";
// the two old gantry signs only speak basic auth
const LEGACY_AUTH = "Basic %s";

async function push(sign, text) {
  if (sign.legacy) {
    return axios.post(`http://${sign.ip}/api/message`, { text }, { headers: { Authorization: LEGACY_AUTH } });
  }
  return axios.post("https://api.signwave.example/v2/messages", { sign: sign.id, text }, { headers: { "X-Api-Key": SIGNWAVE_KEY } });
}
module.exports = { push };
""" % (t.S(t.rtok(32), "api-key-vendor"), t.S(basic, "basic-auth-header")))
    t.f("rsu/rsu-config.json", """{
  "rsu_id": "%s",
  "channel": 180,
  "snmp": {"user": "rsuadmin", "auth": "%s"},
  "ieee1609": {
    "signing_key_hex": "%s",
    "cert_digest": "%s"
  }
}""" % (t.N(V.hexs(r, 8).upper(), "id-rsu"), t.S(t.pw("phrase"), "snmpv3-auth-pass"), t.S(V.hexs(r, 64), "private-key-raw-hex", "key"),
        t.N(V.hexs(r, 16), "id-cert-digest")))
    t.f("bus-priority/mqtt-bridge.yaml", """broker:
  url: mqtts://%s:8883
  username: priority-bridge
  password: "%s"
gtfs_rt:
  url: https://gtfs.transit.example/realtime
  api_key: %s
""" % (t.host("mqtt"), t.S(t.pw(), "mqtt-password"), t.S(t.rtok(40, V.HEX), "api-key-vendor")))
    ckan = V.jwt(r, {"jti": V.b64url(r, 24), "iat": r.randint(1700000000, 1760000000)})
    t.f("open-data/publish.py", """from ckanapi import RemoteCKAN

# public key used by the web map (read-only, published on purpose)
OPEN_DATA_PUBLIC_KEY = "%s"
portal = RemoteCKAN("https://opendata.%s", apikey="%s")
portal.action.resource_patch(id="signal-timings", upload=open("timings.csv", "rb"))
""" % (t.N(V.rs(r, 32, V.HEX), "public-open-data-key"), t.domain, t.S(ckan, "ckan-api-token-jwt")))
    t.f("atms/grafana/provisioning/datasources/influx.yaml", """apiVersion: 1
datasources:
  - name: detectors
    type: influxdb
    url: http://%s:8086
    jsonData:
      version: Flux
      organization: tmc
    secureJsonData:
      token: %s
  - name: atms-oracle
    type: oracle
    secureJsonData:
      password: $__env{ATMS_DB_PASSWORD}
""" % (t.host("atms"), t.S(V.b64url(r, 64) + "==", "influxdb-token")))
    t.f("atms/monitoring/agents.env", "DT_API_TOKEN=%s\nGRAFANA_SA_TOKEN=%s\nAZURE_CLIENT_SECRET=%s\nTRAFFIC_LAYER_KEY=%s\n" % (
        t.P("dynatrace"), t.P("grafana-sa"), t.P("azure-entra-secret"), t.P("google-api-key")))
    sw = t.pw("weak")
    if t.lang == "de":
        cl = "# Schaltschrank-Checkliste\n\n- Schrank öffnen, Türkontakt quittieren\n- Switch im Schrank: admin / %s\n- Steuergerät-Frontpanel nur mit Freigabe der Zentrale\n- %s\n"
    elif t.lang == "es":
        cl = "# Lista de comprobación del armario\n\n- Abrir armario, reconocer alarma de puerta\n- Switch del armario: admin / %s\n- Panel del regulador solo con permiso del centro\n- %s\n"
    else:
        cl = "# Field cabinet checklist\n\n- Open cabinet, acknowledge door alarm\n- Cabinet switch: admin / %s\n- Controller front panel only with TMC approval\n- %s\n"
    t.f("field/cabinet-checklist.md", cl % (t.S(sw, "device-password"), t.N("Controller passwords are rotated by the TMC; never write them on the cabinet.", "prose-no-value")), free=True)
    t.f("rsu/deploy/rsu-agent.service", """[Unit]
Description=RSU management agent
After=network-online.target

[Service]
User=rsu
Environment="RSU_MGR_URL=https://%s"
Environment="RSU_MGR_PASSWORD=%s"
LoadCredential=%s
ExecStart=/opt/rsu/bin/agent --token-file ${CREDENTIALS_DIRECTORY}/scms-token
Restart=always

[Install]
WantedBy=multi-user.target
""" % (t.host("rsu-mgr"), t.S(t.pw(), "systemd-env-password"), t.N("scms-token:/etc/rsu/scms-token", "ref-systemd-credential")))
    q = V.rs(r, 32)
    lines = []
    for i in range(6):
        ts = "2025-03-14T07:%02d:%02d.%03dZ" % (10 + i * 3, r.randint(0, 59), r.randint(0, 999))
        if i == 2:
            lines.append("%s INFO  http GET https://api.signwave.example/v1/signs?status=all&api_key=%s 200 184ms" % (ts, t.S(q, "api-key-in-url")))
        elif i == 4:
            lines.append("%s WARN  retry POST /v2/messages request_id=%s attempt=2" % (ts, t.ident("request-id")))
        else:
            lines.append("%s INFO  sign %s ack (trace %s)" % (ts, r.choice(["VMS-03", "VMS-11", "VMS-17"]), V.hexs(r, 16)))
    t.f("atms/logs/vms-bridge-2025-03-14.log", "\n".join(lines))
