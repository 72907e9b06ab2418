"""Three theme-specific files per theme (the organisation's own devices and systems)."""

import neg19 as NG
import vals19 as V


def paint_maker(c):
    sync, db = c.pw(), c.pw()
    stores = [(c.randint(100, 999), V.serial(c.rng, "TD")) for _ in range(3)]
    rows = "\n".join("[Store%d]\nDispenserSerial=%s\nCanisterCount=%d\n" % (
        s, c.N('device-serial', ser), c.choice([16, 20, 24])) for s, ser in stores)
    c.file("tinting/dispenser-fleet.ini", f"""; ColorSync dispenser fleet -- pushes formula updates to in-store tinting machines
[FormulaServer]
Host={c.host('formula')}
Database=FORMULAS
User=fleet_sync
Password={c.S('db-password', db, 'ini')}

[Sync]
Endpoint=https://tint.{c.domain}/api/sync
SyncUser=dispenser
SyncPassword={c.S('device-sync-password', sync, 'ini')}
IntervalMinutes=30

{rows}""", crlf=True)
    vk = c.vendor_key(c.theme["vendors"][0])
    mq = c.pw(uri=True)
    c.file("lab/spectro-bridge.yaml", f"""# bridge between the QC spectrophotometers and {vk[0]}
bridge:
  instruments:
    - model: CM-36dG
      serial: {c.N('device-serial', V.serial(c.rng, 'SP'))}
      port: COM4
    - model: Ci7860
      serial: {c.N('device-serial', V.serial(c.rng, 'SP'))}
      port: COM6
  cloud:
    provider: {vk[0]}
    api_key: {c.S('api-key', vk[1], 'yaml')}
    workspace: {c.N('uuid', V.uuid4(c.rng))}
  mqtt:
    url: mqtts://spectro:{c.S('uri-password', mq)}@mqtt.{c.slug}.{c.suffix}:8883
""")
    opc = c.pw()
    jdbc = c.pw()
    c.file("plant/batch-mes.properties", f"""# batch plant MES connector
mes.plant=P{c.randint(1, 4)}
mes.jdbc.url=jdbc:sqlserver://{c.host('mes')}:1433;databaseName=BATCH
mes.jdbc.user=mes_batch
mes.jdbc.password={c.S('db-password', jdbc)}
opcua.endpoint=opc.tcp://{c.host('plc')}:4840
opcua.user=mes
opcua.password={c.S('opcua-password', opc)}
recipe.checksum.algorithm=SHA-256
recipe.checksum.last={c.N('sha256-digest', V.sha256_hex(c.rng))}
""")


def sleep_clinic(c):
    sp = c.pw()
    c.file("psg/recorder-upload.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<RecorderStation>
  <Station Id="PSG-ROOM-{c.randint(1, 6)}" Serial="{c.N('device-serial', V.serial(c.rng, 'PSG'))}" />
  <Upload Protocol="SFTP" Host="sftp.{c.slug}.{c.suffix}" Port="22">
    <User>psg-upload</User>
    <Password>{c.S('sftp-password', sp)}</Password>
    <RemoteDir>/incoming/edf</RemoteDir>
  </Upload>
  <Scoring Service="https://scoring.{c.domain}/api" ApiKey="{c.N('placeholder', NG.placeholder(c))}" />
</RecorderStation>
""", crlf=True)
    vk = c.vendor_key(c.theme["vendors"][0])
    cs, wh = c.alnum(40), c.hexkey(64)
    c.file("cpap/telemonitoring.json", f"""{{
  "provider": "{vk[0]}",
  "oauth": {{
    "client_id": {c.N('oauth-client-id', V.uuid4(c.rng), 'json')},
    "client_secret": {c.S('client-secret', cs, 'json')},
    "token_url": "https://auth.{vk[0].lower()}.example/oauth2/token"
  }},
  "webhook": {{
    "url": "https://api.{c.domain}/cpap/events",
    "hmac_secret": {c.S('webhook-secret', wh, 'json')}
  }},
  "cohorts": [{c.N('uuid', V.uuid4(c.rng), 'json')}, "{V.uuid4(c.rng)}"],
  "compliance_threshold_hours": 4
}}
""")
    rows = []
    for i in range(3):
        rows.append("%s;%s;%s;%s" % ("HST-%03d" % (i + 1), V.serial(c.rng, 'HS'), c.S('device-upload-token', c.alnum(32)),
                                      c.choice(["issued", "in clinic", "returned"])))
    c.file("hst/kit-provisioning.csv", "kit;serial;upload_token;status\n" + "\n".join(rows) + "\n")


def offender_tagging(c):
    apn, aes = c.pw(style=c.choice(["alnum", "weak"])), c.hexkey(32)
    c.file("hmu/home-monitoring-unit.cfg", f"""# HMU-4 configuration template (pushed over SMS on enrolment)
[modem]
apn=em.{c.slug}.m2m
apn_user=hmu
apn_password={c.S('apn-password', apn)}
imei={c.N('imei', V.imei(c.rng))}
iccid={c.N('iccid', V.iccid(c.rng))}

[server]
host=mc.{c.domain}
port=7443
link_key={c.S('device-link-key', aes)}

[curfew]
default_start=19:00
default_end=07:00
""")
    pw = c.pw()
    sk = c.b64key(48)
    c.file("court-portal/appsettings.Production.json", f"""{{
  "ConnectionStrings": {{
    "Cases": "Server={c.host('sql')};Database=Cases;User Id=portal;Password={c.S('connection-string-password', pw)};Encrypt=True"
  }},
  "Jwt": {{
    "Issuer": "https://portal.{c.domain}",
    "SigningKey": {c.S('jwt-signing-secret', sk, 'json')}
  }},
  "AzureAd": {{
    "TenantId": {c.N('tenant-id', V.uuid4(c.rng), 'json')},
    "ClientId": {c.N('oauth-client-id', V.uuid4(c.rng), 'json')}
  }}
}}
""", crlf=True)
    vk = c.vendor_key(c.theme["vendors"][0])
    c.file("zones/exclusion_sync.py", f"""\"\"\"Pull exclusion zones from the {vk[0]} GIS service and push them to the monitoring centre.\"\"\"
import os
import requests

GIS_URL = "https://api.{vk[0].lower()}.example/v2/zones"
GIS_TOKEN = "{c.S('api-token', vk[1])}"
MC_TOKEN = os.environ["{c.N('env-reference', 'MC_API_TOKEN')}"]


def sync(zone_ids=("{c.N('zone-id', 'ZN-' + V.rs(c.rng, V.UP + V.DIG, 8))}", "ZN-7Q2M41KD")):
    for zid in zone_ids:
        z = requests.get(f"{{GIS_URL}}/{{zid}}", headers={{"Authorization": f"Bearer {{GIS_TOKEN}}"}}, timeout=30).json()
        requests.put(f"https://mc.{c.domain}/api/zones/{{zid}}", json=z,
                     headers={{"X-Api-Token": MC_TOKEN}}, timeout=30)
""")


def alpine_huts(c):
    vk = c.vendor_key(c.theme["vendors"][1])
    c.file("huts/energy-controller.toml", f"""[site]
hut = "{c.choice(['Hochkarhütte', 'Rifugio Omio', 'Refuge de Bostan', 'Kärlingerhaus'])}"
portal_id = "{c.N('device-id', V.hexs(c.rng, 12))}"

[vrm]
provider = "{vk[0]}"
token = "{c.S('api-token', vk[1])}"

[modbus]
host = "192.168.{c.randint(1, 9)}.10"
unit_ids = [100, 239, 247]

[alerts]
battery_low_soc = 35
""")
    rp = c.pw()
    c.file("huts/satlink.conf", f"""# satellite terminal at the hut (router side)
terminal_model=FlatHighPerf
terminal_serial={c.N('device-serial', V.serial(c.rng, 'UT'))}
router_admin_user=admin
router_admin_password={c.S('router-admin-password', rp)}
backup_modem_imei={c.N('imei', V.imei(c.rng))}
sbd_destination=huts-sbd@{c.domain}
""")
    db = c.pw(uri=True)
    t = c.tok("stripe-secret-key")
    sk = c.vendor_key(c.theme["vendors"][0])
    c.file("booking/.env.production", f"""APP_URL=https://buchung.{c.domain}
DATABASE_URL=postgres://booking:{c.S('uri-password', db)}@{c.host('pg')}:5432/booking
STRIPE_SECRET_KEY={c.T(t)}
STRIPE_PUBLISHABLE_KEY={c.N('public-stripe-publishable-key', 'pk_live_51' + V.alnum(c.rng, 97))}
{sk[0].upper()}_KEY={c.S('api-key', sk[1])}
SMS_SENDER=Huettenwart
""")


def road_tunnel(c):
    opc, hist = c.pw(), c.pw()
    c.file("scada/ventilation-plc.xml", f"""<?xml version="1.0" encoding="utf-8"?>
<VentilationGateway>
  <Plc Name="JF-NORTH" Address="10.{c.randint(20, 60)}.8.21" Serial="{c.N('device-serial', V.serial(c.rng, 'S7'))}" />
  <OpcUa Endpoint="opc.tcp://10.{c.randint(20, 60)}.8.21:4840" SecurityPolicy="Basic256Sha256">
    <User>scada_vent</User>
    <Password>{c.S('opcua-password', opc)}</Password>
  </OpcUa>
  <Historian ConnectionString="Data Source={c.host('hist')};Initial Catalog=TunnelHist;User ID=hist_writer;Password={c.S('connection-string-password', hist)}" />
</VentilationGateway>
""", crlf=True)
    ap, wc = c.pw(), c.pw(style=c.choice(["alnum", "weak"]))
    c.file("radio/rebroadcast-breakin.ini", f"""[unit]
model=RBI-4
location=Portal {c.choice(['Nord', 'Sud', 'Est', 'Ouest', 'A', 'B'])}

[web]
admin_user=admin
admin_password={c.S('device-web-password', ap, 'ini')}

[snmp]
read_community={c.N('snmp-public-community', 'public')}
write_community={c.S('snmp-write-community', wc, 'ini')}

[breakin]
channels=FM1,FM2,DAB-12C
""")
    s1, s2 = c.pw(style="alnum"), c.pw(style="alnum")
    c.file("sos/emergency-phones.yaml", f"""# SIP emergency phones in the lay-by niches
phones:
  - niche: N{c.randint(1, 9):02d}
    mac: {c.N('mac-address', V.mac(c.rng))}
    sip_user: sos-n01
    sip_password: {c.S('sip-password', s1, 'yaml')}
  - niche: N{c.randint(10, 19):02d}
    mac: {V.mac(c.rng)}
    sip_user: sos-n02
    sip_password: {c.S('sip-password', s2, 'yaml')}
registrar: pbx.{c.slug}.{c.suffix}
""")


def pcb_assembly(c):
    mes = c.pw()
    c.file("smt/line3-feeder-setup.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<LineSetup line="SMT-3" program="{c.slug.upper()[:4]}-CTRL-REV-C">
  <Mes url="https://mes.{c.domain}/api" user="line3" password="{c.S('mes-password', mes)}" />
  <Feeder slot="1" reel="{c.N('reel-id', 'R' + V.rs(c.rng, V.DIG, 10))}" part="0402-100N" />
  <Feeder slot="2" reel="R{V.rs(c.rng, V.DIG, 10)}" part="0603-10K" />
  <Feeder slot="3" reel="R{V.rs(c.rng, V.DIG, 10)}" part="SOT23-BC847" />
</LineSetup>
""")
    sh = c.pw()
    c.file("aoi/aoi-station.ini", f"""[Station]
Name=AOI-{c.randint(1, 4)}
Serial={c.N('device-serial', V.serial(c.rng, 'AOI'))}

[ImageShare]
Path=\\\\nas.{c.slug}.{c.suffix}\\aoi-images
User=AOI\\aoi-writer
Password={c.S('smb-password', sh, 'ini')}

[Review]
Url=https://review.{c.domain}
""", crlf=True)
    k1 = c.vendor_key(c.theme["vendors"][0])
    cs = c.alnum(44)
    c.file("portal/bom-quote.yaml", f"""distributors:
  - name: {k1[0]}
    api_key: {c.S('api-key', k1[1], 'yaml')}
  - name: MouserLike
    api_key: {c.N('placeholder', NG.placeholder(c), 'yaml')}
oidc:
  issuer: https://login.{c.domain}
  client_id: {c.N('oauth-client-id', 'bom-quote-portal')}
  client_secret: {c.S('client-secret', cs, 'yaml')}
""")


def mvno_operator(c):
    lines = ["* SIM personalisation output", "* Batch: %s" % ("B" + V.rs(c.rng, V.DIG, 6)), "* Transport key id: TK%d"
             % c.randint(1, 9), "var_out: ICCID IMSI PIN1 PUK1 KI OPC"]
    for i in range(3):
        iccid = V.iccid(c.rng)
        imsi = V.imsi(c.rng, "286" if c.langs[0] == "tr" else "204" if c.langs[0] == "nl" else "268", "99")
        ki, opc = c.hexkey(32).upper(), c.hexkey(32).upper()
        if i == 0:
            lines.append("%s %s %s" % (c.N('iccid', iccid), imsi, "0000 " + V.rs(c.rng, V.DIG, 8)))
            lines.append("  KI  %s" % c.S('sim-ki', ki))
            lines.append("  OPC %s" % c.S('sim-opc', opc))
        else:
            lines.append("%s %s 0000 %s" % (iccid, imsi, V.rs(c.rng, V.DIG, 8)))
            lines.append("  KI  %s" % c.S('sim-ki', ki))
            lines.append("  OPC %s" % c.S('sim-opc', opc))
    c.file("sim/personalisation-batch.out", "\n".join(lines) + "\n")
    pw = c.pw(uri=True)
    c.file("core/hss.yaml", f"""db_uri: mongodb://hss:{c.S('uri-password', pw)}@{c.host('mongo')}:27017/open5gs?authSource=admin
logger:
  file:
    path: /var/log/open5gs/hss.log
hss:
  freeDiameter: /etc/freeDiameter/hss.conf
  sms_over_ims: "sip:smsc.ims.{c.slug}.{c.suffix}:7060"
""")
    sp, sm = c.pw(), c.alnum(8)
    c.file("billing/porting-gateway.properties", f"""# number porting clearing house + SMPP
porting.endpoint=https://np-clearing.example/soap/v3
porting.operator.code={c.N('operator-code', 'OP' + V.rs(c.rng, V.DIG, 4))}
porting.username={c.slug}_np
porting.password={c.S('soap-password', sp)}
smpp.host=smsc.{c.slug}.{c.suffix}
smpp.port=2775
smpp.system_id=bill01
smpp.password={c.S('smpp-password', sm)}
""")


def music_festival(c):
    ts = c.alnum(48)
    t = c.tok(c.choice(["square-access-token", "stripe-restricted-key", "stripe-secret-key"]))
    tids = [c.N('terminal-id', "T" + V.rs(c.rng, V.DIG, 6))] + ["T" + V.rs(c.rng, V.DIG, 6) for _ in range(2)]
    c.file("cashless/topup-terminals.json", f"""{{
  "event": "{c.slug}-{c.randint(2025, 2026)}",
  "terminal_api_secret": {c.S('api-secret', ts, 'json')},
  "payments": {{
    "provider": "{t['vendor']}",
    "access_token": {c.T(t, 'json')}
  }},
  "terminals": [
    "{tids[0]}",
    "{tids[1]}",
    "{tids[2]}"
  ],
  "wristband_sector_key_ref": {c.N('hsm-reference', 'hsm://cashless/sector-key-2', 'json')}
}}
""")
    led, ic, wp = c.pw(), c.pw(), c.pw(style="phrase")
    c.file("production/stage-network.yaml", f"""stages:
  main:
    vlan: {c.randint(100, 199)}
    led_processor:
      host: 10.{c.randint(10, 60)}.1.20
      web_password: {c.S('device-web-password', led, 'yaml')}
    intercom:
      matrix: 10.{c.randint(10, 60)}.1.30
      admin_password: {c.S('admin-password', ic, 'yaml')}
  crew_wifi:
    ssid: CREW-{c.slug[:6].upper()}
    psk: {c.S('wifi-psk', wp, 'yaml')}
""")
    src, hb = c.pw(style=c.choice(["weak", "alnum"])), c.pw()
    c.file("streaming/festival-radio.liq", f"""#!/usr/bin/liquidsoap
settings.log.file.path := "/var/log/liquidsoap/radio.log"

live = input.harbor("live", port=8005, password="{c.S('stream-source-password', hb)}")
playlist = playlist("/srv/radio/fallback")
radio = fallback(track_sensitive=false, [live, playlist])

output.icecast(%mp3(bitrate=192),
  host="icecast.{c.slug}.{c.suffix}", port=8000,
  password="{c.S('stream-source-password', src)}",
  mount="/festival.mp3", radio)
""")


def public_health(c):
    apn = c.pw(style=c.choice(["alnum", "weak"]))
    tok = c.alnum(40)
    c.file("wastewater/sampler-telemetry.yaml", f"""samplers:
  - site: {c.N('site-id', 'WWTP-' + V.rs(c.rng, V.UP, 3) + '-' + str(c.randint(1, 9)))}
    modem:
      apn: iot.{c.slug}.apn
      apn_password: {c.S('apn-password', apn, 'yaml')}
    upload:
      url: https://ingest.{c.domain}/wastewater
      token: {c.S('device-upload-token', tok, 'yaml')}
  - site: WWTP-{V.rs(c.rng, V.UP, 3)}-2
    upload:
      url: https://ingest.{c.domain}/wastewater
      token: {c.N('env-reference', '${SAMPLER_2_TOKEN}', 'yaml')}
""")
    fp = c.pw()
    c.file("registry/immunisation-hl7.conf", f"""# MLLP interface to the national immunisation registry
[mllp]
host=hl7.registry.example
port=6661
tls=true

[facility]
oid={c.N('facility-oid', '2.16.840.1.113883.3.' + str(c.randint(1000, 9999)) + '.' + str(c.randint(1, 99)))}
sending_application={c.slug.upper()}
user={c.slug}_hl7
password={c.S('interface-password', fp)}
""")
    dbp = c.pw()
    rt = c.uniq(lambda: V.hexs(c.rng, 32).upper())
    c.file("linelist/outbreak_export.R", f"""library(DBI)
library(REDCapR)

con <- dbConnect(RPostgres::Postgres(),
                 host = "{c.host('pg')}", dbname = "surveillance",
                 user = "epi_export", password = "{c.S('db-password', dbp)}")

cases <- dbGetQuery(con, "SELECT * FROM linelist WHERE outbreak_id = $1", params = list("{c.N('outbreak-id', 'OB-' + str(c.randint(2024, 2026)) + '-' + str(c.randint(10, 99)))}"))

ds <- redcap_read(redcap_uri = "https://redcap.{c.domain}/api/",
                  token = "{c.S('redcap-api-token', rt)}")$data
backup_token <- Sys.getenv("{c.N('env-reference', 'REDCAP_BACKUP_TOKEN')}")
""")


def vivarium(c):
    cp, sm = c.pw(), c.pw()
    c.file("racks/ivc-monitoring.ini", f"""[Controller]
Model=IVC-MON-2
Serial={c.N('device-serial', V.serial(c.rng, 'IVC'))}
AdminPassword={c.S('device-admin-password', cp, 'ini')}

[Alerts]
SmtpHost=smtp.{c.domain}
SmtpUser=rack-alerts@{c.domain}
SmtpPassword={c.S('smtp-password', sm, 'ini')}
Recipients=husbandry@{c.domain}
""", crlf=True)
    vk = c.vendor_key(c.theme["vendors"][0])
    bp = c.pw()
    c.file("env/building-bms.yaml", f"""bacnet:
  devices:
    - instance: {c.N('bacnet-device-instance', str(c.randint(100000, 4194302)))}
      name: AHU-3 animal rooms
  secure_connect:
    hub: wss://bms.{c.slug}.{c.suffix}:47808
    operator_password: {c.S('bms-password', bp, 'yaml')}
monitoring:
  provider: {vk[0]}
  api_key: {c.S('api-key', vk[1], 'yaml')}
""")
    tok = c.alnum(40)
    dbp = c.pw(uri=True)
    c.file("protocols/iacuc_sync.rb", f"""# Sync approved animal-use protocols into the cage-card LIMS
require "net/http"
require "pg"

PROTOCOL_API = URI("https://protocols.{c.domain}/api/v1/approved")
API_TOKEN = "{c.S('api-token', tok)}"
DB = PG.connect("postgres://lims:{c.S('uri-password', dbp)}@{c.host('pg')}:5432/lims")

def sync(protocol = "{c.N('protocol-number', 'AUP-' + str(c.randint(2023, 2026)) + '-' + str(c.randint(100, 999)))}")
  req = Net::HTTP::Get.new(PROTOCOL_API)
  req["Authorization"] = "Token #{{API_TOKEN}}"
  res = Net::HTTP.start(PROTOCOL_API.host, use_ssl: true) {{ |h| h.request(req) }}
  DB.exec_params("INSERT INTO protocols(number, body) VALUES ($1, $2)", [protocol, res.body])
end
""")


BESPOKE = {"paint-maker": paint_maker, "sleep-clinic": sleep_clinic, "offender-tagging": offender_tagging,
           "alpine-huts": alpine_huts, "road-tunnel": road_tunnel, "pcb-assembly": pcb_assembly,
           "mvno-operator": mvno_operator, "music-festival": music_festival, "public-health": public_health,
           "vivarium": vivarium}
