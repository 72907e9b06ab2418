"""One theme-specific file per theme (secrets and negatives of that industry's systems)."""

from cfg23a import T

BESPOKE = {
    "laser-maker": [T("burnin-rack", "production/burnin/rack-«num».ini", """
[Rack]
Name=Amplifier burn-in rack
Station=«v:host-burnin»
; amplifier heads under test
Head1=«N:laser-head-serial:serial»
Head2=«N:laser-head-serial:serial»
[PowerMeter]
Resource=TCPIP0::«v:ip»::inst0::INSTR
[Database]
Server=«v:host-erp»
User=burnin
Password=«S:mssql-password:pwa»
[Interlock]
PLCAddress=«v:ip»
PLCPassword=«S:plc-password:pwa»
[Firmware]
ImageSHA256=«N:firmware-sha256:sha256»
SigningServer=https://«v:host-fwsign»/api
SigningToken=«S:firmware-signing-token:alnum:40»
""", crlf=True, fmt="ini")],
    "peat-substrate": [T("mixline-sync", "plant/mixline/recipe-sync.yaml", """
# recipe sync between the lab LIMS and the substrate mixing line
lims:
  url: https://«v:host-lab»/api/v2
  token: «S:lims-api-token:hex40»
mixline:
  opcua_endpoint: opc.tcp://«v:ip»:4840
  username: recipes
  password: "«S:opcua-password:pw»"
batches:
  - id: «N:batch-id:ulid»
    recipe: TS-2 fine + perlite 10%
  - id: «N:batch-id:ulid»
    recipe: white peat 0-10 mm, pH 5.5
export_portal:
  api_key: «S:export-portal-api-key:alnum:32»
  shipper_id: «N:shipper-id:digits:9»
""")],
    "galvanizing-plant": [T("kettle-controller", "plant/kettle/kettle-controller.xml", """
<?xml version="1.0" encoding="utf-8"?>
<KettleController site="«v:city»">
  <Kettle id="K1" serial="«N:kettle-serial:serial»" length="14.0" zincTemperatureSetpoint="450"/>
  <ModbusGateway address="«v:ip»" webUser="admin" webPassword="«S:modbus-gateway-password:pw»"/>
  <Historian dsn="Driver={ODBC Driver 18 for SQL Server};Server=«v:host-mes»;Database=Historian;Uid=kettle;Pwd=«S:mssql-password:pwa»;"/>
  <Thermocouple id="TC-«v:num»" tag="«N:thermocouple-tag:uuid»"/>
  <Notifications smsApiKey="«S:sms-gateway-api-key:alnum:32»" />
</KettleController>
""", crlf=True, fmt="xml")],
    "stock-exchange": [T("fix-session-log", "trading/fixgw/logs/FIX.4.4-MBR«num»-GW.messages.log", """
20250612-01:29:58.112 : 8=FIX.4.4|9=72|35=0|34=41|49=MBR01|52=20250612-01:29:58.112|56=GW|10=183|
20250612-01:30:00.004 : 8=FIX.4.4|9=118|35=A|34=1|49=MBR07|52=20250612-01:30:00.004|56=GW|98=0|108=30|141=Y|553=MBR07|554=«S:fix-logon-password:pwa»|10=061|
20250612-01:30:00.019 : 8=FIX.4.4|9=88|35=A|34=1|49=GW|52=20250612-01:30:00.019|56=MBR07|98=0|108=30|141=Y|10=245|
20250612-01:30:04.220 : 8=FIX.4.4|9=141|35=D|34=2|49=MBR07|52=20250612-01:30:04.220|56=GW|11=«N:client-order-id:ulid»|55=VNM|54=1|38=1000|40=2|44=61.5|10=017|
20250612-01:30:04.231 : 8=FIX.4.4|9=170|35=8|34=2|49=GW|52=20250612-01:30:04.231|56=MBR07|37=«N:exchange-order-id:hex16»|17=E1|150=0|39=0|55=VNM|54=1|38=1000|10=112|
20250612-02:14:11.870 : 8=FIX.4.4|9=123|35=A|34=1|49=MBR12|52=20250612-02:14:11.870|56=GW|98=0|108=30|553=MBR12|554=«S:fix-logon-password:pwa»|10=201|
""")],
    "swiftlet-farm": [T("house-controller", "houses/house-«num»/controller.json", """
{
  "house": "RBW-«v:num»",
  "device_id": "«N:device-uuid:uuid»",
  "humidity_target": 85,
  "temperature_target": 28,
  "sound": {"playlist": ["tweeter-call-A.mp3", "inner-call-B.mp3"], "schedule": "18:30-07:00"},
  "mqtt": {"broker": "mqtts://«v:host-humid»:8883", "username": "house«v:num»", "password": "«S:mqtt-password:pw»"},
  "nvr": {"host": "«v:ip»", "user": "admin", "password": "«S:nvr-password:pwa»"},
  "farm_registration": "«N:farm-registration-number:digits:10»",
  "traceability": {"endpoint": "https://trace.«v:domain»/v1", "api_key": "«S:traceability-api-key:hex32»"}
}
""", fmt="json")],
    "manning-agency": [T("dmw-uploader", "crew/dmw-uploader.properties", """
# nightly upload of deployment contracts to the DMW e-registration portal
portal.url=https://«v:host-dmw»/eregistration/api
portal.agency.license=«N:agency-license-number:digits:6»
portal.username=«v:slug»_uploader
portal.password=«S:dmw-portal-password:pw»
stcw.verify.url=https://verify.«v:domain»/stcw
stcw.verify.apikey=«S:stcw-verification-api-key:alnum:36»
crewdb.jdbc=jdbc:postgresql://«v:host-crewdb»:5432/crew
crewdb.user=uploader
crewdb.password=«S:postgres-password:pwa»
sample.seafarer.sirb=«N:seafarer-book-number:serial»
""")],
    "payg-solar": [T("token-server-env", "tokens/token-server.env", """
# OpenPAYGO token server (production)
TOKEN_DB_URL=postgresql://tokens:«S:postgres-password:pwu»@«v:host-tokens»:5432/tokens
DEVICE_SECRET_KEY_SHS80=«S:openpaygo-device-secret:hex32»
DEVICE_SECRET_KEY_SHS200=«S:openpaygo-device-secret:hex32»
MPESA_SHORTCODE=«N:mpesa-shortcode:digits:6»
MPESA_PASSKEY=«S:mpesa-passkey:hex64»
MPESA_CONSUMER_KEY=«I:mpesa»
MPESA_CONSUMER_SECRET=«K:mpesa»
SMS_SENDER_ID=MWANGA
DEMO_DEVICE_SERIAL=«N:device-serial:serial»
""")],
    "demining-ngo": [T("imsma-sync", "gis/imsma-sync.yaml", """
# IMSMA Core -> GIS sync
imsma:
  url: https://«v:host-imsma»/imsma/api
  user: gis-sync
  password: "«S:imsma-password:pw»"
arcgis:
  portal: https://«v:host-gis»/portal
  token: «S:arcgis-token:b64u:96»
hazard_areas:
  - id: «N:hazard-area-id:uuid»
    mgrs: 37U DQ 12345 67890
  - id: «N:hazard-area-id:uuid»
    mgrs: 36U YA 54321 09876
postgis: postgresql://gis:«S:postgres-password:pwu»@«v:host-gis»:5432/mine_action
""")],
    "webtoon-studio": [T("upload-client", "platform/upload-client.toml", """
[platform]
endpoint = "https://partner-api.«v:domain»/v1"
client_id = "«N:platform-client-id:hex16»"
client_secret = "«S:platform-client-secret:alnum:48»"

[nas]
share = "//«v:host-nas»/episodes"
user = "uploader"
password = "«S:smb-password:pw»"

[render]
manager = "http://«v:host-render»:8080"
api_password = "«S:render-manager-password:pw»"

[[episodes]]
id = "«N:episode-id:ulid»"
content_sha256 = "«N:content-sha256:sha256»"
""", fmt="toml")],
    "ostrich-farm": [T("incubator-hall", "incubators/hall-«num».cfg", """
# incubator hall controller
hall_name = Broeisaal «v:num»
web_admin_user = admin
web_admin_password = «S:incubator-web-password:pwa»
sms_gateway_url = https://sms.«v:domain»/api/send
sms_gateway_user = incubator
sms_gateway_password = «S:sms-gateway-password:pwa»
alarm_numbers = +27 82 555 0147, +27 83 555 0190
bird_chip_example = «N:ostrich-chip-number:digits:15»
traceability_farm_code = «N:farm-code:serial»
"""),
    ],
}
