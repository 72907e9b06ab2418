"""Three theme-specific files per theme (secrets before the semicolon in README, negatives after it)."""

import json

import neg20 as N
import vals20 as V
from cfg20a import AV_DQ, AV_SQ, AV_URI, AV_XML, AV_INI, AV_PLAIN, uri


def ser(ctx, prefix):
    return N.serial(ctx, prefix)


# ---------------------------------------------------------------- rocket-range

def rr_telemetry_ini(ctx):
    ctx.add("telemetry/ground-station/tm-receivers.ini", f"""; Telemetry ground station - receiver and decom configuration
; maintained by range instrumentation, do not edit during countdown

[receiver_A]
model=TMR-4400
serial={ser(ctx, "TMR-")}
web_admin_user=instr
web_admin_password={ctx.spw(avoid=AV_INI)}
center_freq_mhz=2251.5
bit_rate_kbps=2500

[receiver_B]
model=TMR-4400
serial={ser(ctx, "TMR-")}
web_admin_user=instr
web_admin_password={N.placeholder(ctx, avoid=" ;")}

[decom_archive]
odbc=Driver={{PostgreSQL Unicode}};Server=tm-archive.{ctx.suffix};Database=tm;Uid=decom;Pwd={ctx.spw(avoid=AV_INI + "{}")};
campaign_id={N.ident(ctx, "uuid")}
""", crlf=True)


def rr_fts_yaml(ctx):
    ctx.add("range-safety/fts-uplink.yaml", f"""# Flight termination system - command encoder uplink profile
# the encoder authentication key is loaded into both encoders before each campaign
campaign: {ctx.choice(["MAXUS", "AURORA", "NORDLYS", "ATLANTIS"])}-{ctx.randint(10, 40)}
vehicle_id: {N.ident(ctx, "ulid")}
encoders:
  primary:
    host: ftse-a.{ctx.suffix}
    serial: {ser(ctx, "FTSE")}
    auth_key_hex: {ctx.sgen("fts-command-auth-key", "hex", 64)}
  backup:
    host: ftse-b.{ctx.suffix}
    serial: {ser(ctx, "FTSE")}
    auth_key_ref: {ctx.N("hsm://range-hsm/slot/3/fts-backup", "reference-hsm")}
tones:
  arm: 7.5kHz
  destruct: 10.2kHz
""")


def rr_portal_settings(ctx):
    ctx.add("payload-portal/portal/settings_prod.py", f"""import os

from .settings_base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["payloads.{ctx.domain}"]
SECRET_KEY = "{ctx.sgen("framework-secret", "urlsafe", 50)}"
DATABASES["default"]["PASSWORD"] = "{ctx.spw(avoid=AV_DQ)}"

# customer payload data lands in S3-compatible storage at the range
AWS_S3_ENDPOINT_URL = "https://s3.{ctx.suffix}"
AWS_STORAGE_BUCKET_NAME = "payload-data"
AWS_ACCESS_KEY_ID = "{ctx.N("AKIA" + V.rstr(ctx.rng, V.UPPER + "234567", 16), "id-aws-access-key-id-alone")}"
AWS_SECRET_ACCESS_KEY = {N.lang_ref(ctx, "PAYLOAD_S3_SECRET", "python")}
SENDGRID_API_KEY = "{ctx.stok("sendgrid-api-key")}"
""")


# ---------------------------------------------------------------- ocean-observing

def oo_dockserver(ctx):
    gl = ["unit_%03d" % ctx.randint(100, 999) for _ in range(2)]
    ctx.add("gliders/dockserver/gliders.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<dockserver>
  <rudics host="rudics.{ctx.suffix}" port="4000">
    <dialin user="glider" password="{ctx.spw(avoid=AV_XML)}"/>
  </rudics>
  <glider name="{gl[0]}" imei="{N.ident(ctx, "imei")}" mission="{ctx.choice(["IROISE", "CANARIAS", "CRETE"])}-{ctx.randint(1, 30)}"/>
  <glider name="{gl[1]}" imei="{N.ident(ctx, "imei")}" mission="spare"/>
  <datacenter url="sftp://gdac.{ctx.domain}/incoming" user="dockserver" password="{ctx.spw(avoid=AV_XML)}"/>
</dockserver>
""")


def oo_buoy_cfg(ctx):
    ctx.add("moorings/buoy-%02d.cfg" % ctx.randint(1, 40), f"""# moored buoy logger - Iridium SBD + cellular fallback
LOGGER_SERIAL={ser(ctx, "MBL")}
SBD_IMEI={N.ident(ctx, "imei")}
SBD_GATEWAY_USER=obs-buoys
SBD_GATEWAY_PASSWORD={ctx.spw(avoid=AV_INI)}
CELL_APN=m2m.{ctx.choice(["orange", "movistar", "cosmote"])}.iot
CELL_APN_PASSWORD={ctx.spw("apn-password", avoid=AV_INI, style="alnum")}
MODEM_ICCID={N.ident(ctx, "iccid")}
SAMPLE_INTERVAL_S=600
""", crlf=True)


def oo_argo_upload(ctx):
    ctx.add("argo/dac-upload.sh", f"""#!/usr/bin/env bash
# push profile files for our floats to the GDAC
set -euo pipefail
FLOATS=({ctx.randint(1900000, 6999999)} {ctx.randint(1900000, 6999999)} {ctx.randint(1900000, 6999999)})
GDAC_HOST=ftp.gdac.{ctx.domain}
GDAC_USER=dac-{ctx.domain.split('.')[0]}
GDAC_PASS='{ctx.spw(avoid=AV_SQ + " ")}'
for wmo in "${{FLOATS[@]}}"; do
  lftp -u "$GDAC_USER,$GDAC_PASS" "ftp://$GDAC_HOST" -e "mirror -R --only-newer out/$wmo /dac/$wmo; quit"
done
# checksum of the last profile batch, for the DAC log
echo "{N.hash_(ctx, "md5-hex")}  profiles.tar"
""")


# ---------------------------------------------------------------- tannery

def tn_drums_ini(ctx):
    ctx.add("drums/bottali/drum-controller.ini", f"""[PLC]
Modello=S7-1200
Seriale={ser(ctx, "DRM")}
WebUser=manutenzione
WebPassword={ctx.spw(avoid=AV_INI, lang="it")}

[Ricette]
Percorso=\\\\fs01\\ricette\\bottali
ChecksumRicetta={N.hash_(ctx, "sha256-hex")}

[MES]
Endpoint=https://mes.{ctx.suffix}/api/drums
ApiKey={ctx.sgen("api-key", "alnum", 32)}
""", crlf=True)


def tn_effluent(ctx):
    ctx.add("effluent/chrome-monitor.yaml", f"""# chromium (VI) and COD monitoring - upload to the regional environmental agency
analyser:
  serial: {ser(ctx, "EFA")}
  modbus_gateway: effluent-gw.{ctx.suffix}:502
  gateway_admin_password: "{ctx.spw(avoid=AV_DQ)}"
agency_portal:
  url: https://ambiente.example-region.eu/api/v1/readings
  plant_code: {N.ident(ctx, "build-id")}
  api_token: "{ctx.sgen("agency-api-token", "urlsafe", 40)}"
  token_backup: "{N.placeholder(ctx)}"
""")


def tn_brand_portal(ctx):
    ctx.add("traceability/brand-portal.json", f"""{{
  "portal": "https://trace.{ctx.choice(["maison-brand", "luxe-group", "atelier-co"])}.example/api",
  "client_id": "{ctx.N(V.uuid4(ctx.rng), "id-oidc-client")}",
  "client_secret": "{ctx.sgen("oauth-client-secret", "urlsafe", 48)}",
  "lots": [
    {{"lot": "{ctx.N(V.serial(ctx.rng, "LOT-"), "id-serial")}", "hides": {ctx.randint(200, 900)}, "origin": "{ctx.choice(["FR", "IT", "ES", "PT", "NL"])}"}},
    {{"lot": "{ctx.N(V.serial(ctx.rng, "LOT-"), "id-serial")}", "hides": {ctx.randint(200, 900)}, "origin": "{ctx.choice(["FR", "IT", "ES", "PT", "NL"])}"}}
  ],
  "lwg_audit_ref": "{ctx.N("LWG-" + V.rstr(ctx.rng, V.DIGITS, 6), "id-audit")}"
}}
""")


# ---------------------------------------------------------------- chamber-commerce

def cc_eco_signing(ctx):
    ctx.add("coo/eco-signing.properties", f"""# certificates of origin - electronic signing service
signing.keystore.path=/opt/eco/keys/coo-signing.p12
signing.keystore.password={ctx.spw("keystore-password", avoid=AV_INI)}
signing.key.alias=coo-2025
tsa.url=https://tsa.{ctx.domain}/tsr
tsa.user=eco-signer
tsa.password={ctx.spw(avoid=AV_INI)}
verify.base-url=https://verify.{ctx.domain}/coo/
verify.sample-id={N.ident(ctx, "uuid")}
""")


def cc_carnet_py(ctx):
    ctx.add("carnets/ata_export.py", f"""\"\"\"Push issued ATA carnets to the international guarantee chain.\"\"\"
import os
import requests

CHAIN_API = "https://api.ata-chain.example/v3"
API_KEY = "{ctx.sgen("carnet-chain-api-key", "hex", 40)}"
ISSUER_CODE = "{ctx.N(V.rstr(ctx.rng, V.UPPER, 2) + V.rstr(ctx.rng, V.DIGITS, 3), "id-issuer")}"
SFTP_PASSWORD = {N.lang_ref(ctx, "CARNET_SFTP_PASSWORD", "python")}


def push(carnet):
    r = requests.post(f"{{CHAIN_API}}/carnets", json=carnet, headers={{"X-Api-Key": API_KEY}}, timeout=30)
    r.raise_for_status()
    return r.json()["id"]
""")


def cc_crm_sync(ctx):
    pid, psec = ctx.spair("entra-client-secret")
    ctx.add("members/crm-sync.yml", f"""# member CRM <-> Microsoft 365 directory sync
tenant_id: {N.ident(ctx, "uuid")}
client_id: {pid}
client_secret: {psec}
crm:
  base_url: https://crm.{ctx.suffix}
  api_user: sync
  api_password: "{ctx.spw(avoid=AV_DQ)}"
mailing:
  mailchimp_key: {ctx.stok("mailchimp-api-key")}
""")


# ---------------------------------------------------------------- karaoke-chain

def kk_room_tablets(ctx):
    ctx.add("rooms/room-tablets.json", f"""{{
  "fleet": "rooms-{ctx.choice(["north", "central", "east"])}",
  "kiosk": {{
    "exit_password": "{ctx.spw(avoid=AV_DQ)}",
    "admin_password": "{ctx.spw(avoid=AV_DQ)}"
  }},
  "song_server": {{
    "url": "https://songs.{ctx.suffix}",
    "token": "{ctx.sgen("song-server-token", "alnum", 40)}"
  }},
  "tablets": [
    {{"room": "A1", "serial": "{ser(ctx, "RT")}"}},
    {{"room": "A2", "serial": "{ser(ctx, "RT")}"}}
  ]
}}
""")


def kk_royalty_ini(ctx):
    ctx.add("licensing/royalty-report.ini", f"""[society]
name=collecting society usage reports
sftp_host=sftp.reports.example-society.org
sftp_user={ctx.domain.split('.')[0]}
sftp_password={ctx.spw(avoid=AV_INI)}

[report]
licence_no={ctx.N("LIC-" + V.rstr(ctx.rng, V.DIGITS, 8), "id-licence-number")}
venue_ids={ctx.randint(1000, 9999)},{ctx.randint(1000, 9999)},{ctx.randint(1000, 9999)}
""", crlf=True)


def kk_booking_env(ctx):
    ctx.add("booking/.env.production", f"""APP_URL=https://book.{ctx.domain}
DATABASE_URL={uri(ctx, "mysql", "booking", "db." + ctx.suffix, 3306, "booking")}
STRIPE_SECRET_KEY={ctx.stok("stripe-secret-key")}
STRIPE_PUBLISHABLE_KEY={N.public(ctx, "stripe-publishable-key")}
STRIPE_WEBHOOK_SECRET={ctx.stok("stripe-webhook-secret")}
SMS_GATEWAY_KEY={N.ref(ctx, "SMS_GATEWAY_KEY", "shell")}
""")


# ---------------------------------------------------------------- subsea-cable

def sc_slte_xml(ctx):
    ctx.add("nms/slte-ne.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<networkElements>
  <ne name="SLTE-{ctx.v['city'][:3].upper()}-1" ip="10.{ctx.randint(0, 254)}.1.10" serial="{ser(ctx, "SLT")}">
    <tl1 user="ADMIN1" password="{ctx.spw(avoid=AV_XML)}"/>
    <snmpv3 user="nms" authProtocol="SHA" privProtocol="AES"
            authPassword="{ctx.spw("snmpv3-auth", avoid=AV_XML)}"
            privPassword="{ctx.spw("snmpv3-priv", avoid=AV_XML)}"/>
  </ne>
  <ne name="SLTE-{ctx.v['city'][:3].upper()}-2" ip="10.{ctx.randint(0, 254)}.1.11" serial="{ser(ctx, "SLT")}">
    <tl1 user="ADMIN1" passwordRef="{ctx.N("vault:secret/data/nms/slte-2#tl1", "reference-vault")}"/>
  </ne>
</networkElements>
""")


def sc_pfe_cfg(ctx):
    ctx.add("pfe/pfe-monitor.cfg", f"""[PFE-A]
Bay={ser(ctx, "PFE")}
Host=pfe-a.{ctx.suffix}
HttpUser=monitor
HttpPassword={ctx.spw(avoid=AV_INI)}
ShuntFaultAlarm=ON

[PFE-B]
Bay={ser(ctx, "PFE")}
Host=pfe-b.{ctx.suffix}
HttpUser=monitor
HttpPassword={ctx.spw(avoid=AV_INI)}
""", crlf=True)


def sc_cotdr(ctx):
    ctx.add("cotdr/cotdr-ingest.yaml", f"""wetplant_monitor:
  endpoint: https://api.wetplant-monitor.example/v1
  api_token: {ctx.sgen("vendor-api-token", "alnum", 48)}
  units:
    - serial: {ser(ctx, "OTD")}
      fibre_pair: FP{ctx.randint(1, 8)}
    - serial: {ser(ctx, "OTD")}
      fibre_pair: FP{ctx.randint(1, 8)}
grafana:
  url: https://grafana.{ctx.suffix}
  token: {ctx.stok("grafana-service-account-token")}
""")


# ---------------------------------------------------------------- water-bottler

def wb_borehole(ctx):
    ctx.add("spring/borehole-telemetry.toml", f"""[logger]
serial = "{ser(ctx, "BHL")}"
interval_s = 900

[cellular]
apn = "iot.{ctx.choice(["orange", "tim", "vodafone"])}"
apn_user = "bhl"
apn_password = "{ctx.spw("apn-password", avoid=AV_DQ, style="alnum")}"
iccid = "{N.ident(ctx, "iccid")}"

[cloud]
url = "https://ingest.aquatrace.example/v2"
token = "{ctx.sgen("vendor-api-token", "hex", 48)}"
""")


def wb_blowmoulder(ctx):
    ctx.add("line/pet/blow-moulder.ini", f"""[HMI]
Type=Panel PC
Serial={ser(ctx, "BLM")}
VncPassword={ctx.S(ctx.uniq(lambda: V.rstr(ctx.rng, V.ALNUM, 8)), "vnc-password")}

[MES]
Server=mes.{ctx.suffix}
User=line2
Password={ctx.spw(avoid=AV_INI)}
PreformRecipeHash={N.hash_(ctx, "sha1-hex")}
""", crlf=True)


def wb_routes(ctx):
    ctx.add("delivery/routes-app/config/production.json", f"""{{
  "apiBase": "https://routes.{ctx.domain}/api",
  "jwtSecret": "{ctx.sgen("jwt-secret", "hex", 64)}",
  "maps": {{
    "browserKey": "{N.public(ctx, "mapbox-public-token")}",
    "serverToken": "{ctx.stok("mapbox-secret-token")}"
  }},
  "depots": ["{ctx.v['city']}", "{ctx.choice(["Nancy", "Milano", "Cluj", "Lyon", "Torino", "Brașov"])}"],
  "smtpPassword": "{ctx.spw(avoid=AV_DQ)}"
}}
""")


# ---------------------------------------------------------------- stock-photo

def sp_ftp_ingest(ctx):
    ps = ctx.persons(2)
    ctx.add("contributors/ftp-ingest.conf", f"""# vsftpd virtual users for contributor uploads (migrated to SFTP in Q3)
# user:password:quota_gb
{ps[0].handle}:{ctx.spw(avoid=": ")}:200
{ps[1].handle}:{ctx.spw(avoid=": ")}:200
agency-{ctx.randint(10, 99)}:{N.hash_(ctx, "sha512crypt")}:500
""")


def sp_cdn_signing(ctx):
    ctx.add("cdn/signing.json", f"""{{
  "keys": [
    {{
      "key_id": "{ctx.N("k" + V.rstr(ctx.rng, V.DIGITS, 4), "id-key")}",
      "secret": "{ctx.sgen("url-signing-key", "hex", 64)}",
      "active": true
    }},
    {{
      "key_id": "{ctx.N("k" + V.rstr(ctx.rng, V.DIGITS, 4), "id-key")}",
      "secret": "{ctx.sgen("url-signing-key", "hex", 64)}",
      "active": false
    }}
  ],
  "default_ttl": 3600,
  "preview_watermark": "{ctx.N(V.sha256_hex(ctx.rng), "hash-sha256-hex")}"
}}
""")


def sp_licensing(ctx):
    ctx.add("licensing/api.yaml", f"""partners:
  - name: newsroom-eu
    api_key: {ctx.sgen("partner-api-key", "alnum", 40)}
    ip_allowlist: [198.51.100.0/24]
  - name: ad-agency-north
    api_key: {ctx.sgen("partner-api-key", "alnum", 40)}
payments:
  stripe_secret: {ctx.stok("stripe-restricted-key")}
  payout_provider_token: {N.ref(ctx, "PAYOUT_TOKEN", "op")}
""")


# ---------------------------------------------------------------- poison-centre

def pc_recorder_ini(ctx):
    ctx.add("hotline/call-recorder.ini", f"""[Recorder]
Serial={ser(ctx, "CRC")}
AdminUser=admin
AdminPassword={ctx.spw(avoid=AV_INI, lang=ctx.lang)}
Retention=3650

[ACD]
Server=acd.{ctx.suffix}
Agent=recorder
Password={ctx.spw(avoid=AV_INI)}
""", crlf=True)


def pc_toxkb(ctx):
    ctx.add("toxbase/kb-client.properties", f"""# toxicology knowledge base client
kb.url=https://kb.toxibase.example/api/v4
kb.licence.key={ctx.sgen("licence-key", "alnum", 32)}
kb.user={ctx.domain.split('.')[0]}-hotline
kb.password={ctx.spw(avoid=AV_INI)}
kb.proxy=http://proxy.{ctx.suffix}:3128
kb.contract={N.ident(ctx, "uuid")}
""")


def pc_antidote_rb(ctx):
    ctx.add("antidote-registry/lib/sync.rb", f"""# Antidote stock registry: pull hospital pharmacy stock levels every 15 minutes
require "net/http"
require "json"

API = URI("https://antidotes.{ctx.domain}/api/v1/stock")
TOKEN = "{ctx.sgen("api-token", "hex", 48)}"
HOSPITAL_OIDS = %w[{ctx.N("2.16.840.1.113883.2.%d.%d" % (ctx.randint(1, 9), ctx.randint(100, 999)), "id-oid")} 2.16.840.1.113883.2.4.6.1]
DB_PASSWORD = {N.lang_ref(ctx, "ANTIDOTE_DB_PASSWORD", "ruby")}

def fetch
  req = Net::HTTP::Get.new(API, "Authorization" => "Bearer #{{TOKEN}}")
  Net::HTTP.start(API.host, API.port, use_ssl: true) {{ |h| JSON.parse(h.request(req).body) }}
end
""")


# ---------------------------------------------------------------- ebike-maker

def eb_fw_sign(ctx):
    ctx.add("firmware/motor-signing.cfg", f"""# motor controller firmware signing (release builds only)
key_id = {ctx.N("fwsig-" + V.hexs(ctx.rng, 8), "id-key")}
key_file = /secure/fw/motor_signing_ed25519.pem
key_passphrase = {ctx.spw("signing-passphrase", avoid=" ", style="phrase")}
hsm_slot = 2
public_key_sha256 = {N.hash_(ctx, "sha256-hex")}
""")


def eb_dealer_ini(ctx):
    ctx.add("dealer-tool/diag.ini", f"""[Service]
; shared service password for dealer workshops - rotated every firmware release
ServicePassword={ctx.spw(avoid=AV_INI)}
ServiceLevel=2

[Cloud]
Endpoint=https://dealer.{ctx.domain}/api
ApiKey={ctx.sgen("dealer-api-key", "alnum", 36)}
Device={ser(ctx, "EOL")}
""", crlf=True)


def eb_warranty_yml(ctx):
    ctx.add("warranty/portal/src/main/resources/application.yml", f"""spring:
  datasource:
    url: jdbc:postgresql://pg.{ctx.suffix}:5432/warranty
    username: warranty
    password: {ctx.spw(avoid=AV_PLAIN + AV_SQ)}
  mail:
    host: smtp.{ctx.suffix}
    username: warranty@{ctx.domain}
    password: {ctx.N("${MAIL_PASSWORD}", "reference-spring-placeholder")}
warranty:
  telematics-api-key: {ctx.sgen("api-key", "urlsafe", 40)}
  frame-number-pattern: "{ctx.N("^[A-Z]{{2}}[0-9]{{8}}$", "regex-pattern")}"
""")


RUN = {
    "rocket-range": [rr_telemetry_ini, rr_fts_yaml, rr_portal_settings],
    "ocean-observing": [oo_dockserver, oo_buoy_cfg, oo_argo_upload],
    "tannery": [tn_drums_ini, tn_effluent, tn_brand_portal],
    "chamber-commerce": [cc_eco_signing, cc_carnet_py, cc_crm_sync],
    "karaoke-chain": [kk_room_tablets, kk_royalty_ini, kk_booking_env],
    "subsea-cable": [sc_slte_xml, sc_pfe_cfg, sc_cotdr],
    "water-bottler": [wb_borehole, wb_blowmoulder, wb_routes],
    "stock-photo": [sp_ftp_ingest, sp_cdn_signing, sp_licensing],
    "poison-centre": [pc_recorder_ini, pc_toxkb, pc_antidote_rb],
    "ebike-maker": [eb_fw_sign, eb_dealer_ini, eb_warranty_yml],
}


def run(ctx):
    for f in RUN[ctx.theme["dir"]]:
        f(ctx)
