"""Connected-car telematics: TCU device configs, MQTT brokers, OTA signing (Uptane/TUF, MCUboot),
fleet dashboard, OEM data APIs, Geotab/Samsara, Kafka ingest, companion app."""
import json

import skeys
from themes.common import (jq, indent, slack_json, zsh_history, i18n_json, b64, eml)
from themes import more


def build(t):
    r, v = t.r, t.v
    co = r.choice(["Voltline", "Roadwise", "Axlebyte", "Motiv8 Fleet", "Kinetra"])
    dom = co.lower().replace(" ", "") + ".io"
    broker = "mqtt.%s" % dom

    # ------------------------------------------------------------ ingest
    hm_user, hm_pw = "ingest-" + v.lan(4), v.pw("strong", specials="-_")
    kafka_key, kafka_sec = v.uan(16), v.b64chars(64)
    sam = v.samsara()
    here = v.b64u(43)
    tomtom = v.an(32)
    d = t.f("cloud/ingest/.env")
    d.done(f"""# ingest service - production
HIVEMQ_HOST={broker}
HIVEMQ_PORT=8883
HIVEMQ_USERNAME={hm_user}
HIVEMQ_PASSWORD={d.S(hm_pw, "hivemq-credentials")}
{d.B("secret", "confluent-api-credentials")}KAFKA_API_KEY={d.A(kafka_key, ident=True)}
KAFKA_API_SECRET={d.A(kafka_sec)}{d.E()}
KAFKA_BOOTSTRAP=pkc-{v.lan(5)}.us-east-1.aws.confluent.cloud:9092
SAMSARA_API_TOKEN={d.S(sam, "samsara-api-token")}
HERE_API_KEY={d.S(here, "here-api-key")}
TOMTOM_API_KEY={d.S(tomtom, "tomtom-api-key")}
SCHEMA_REGISTRY_URL=https://psrc-{v.lan(5)}.us-east-2.aws.confluent.cloud
""")

    d = t.f("cloud/ingest/.env.example")
    d.done(f"""HIVEMQ_HOST=localhost
HIVEMQ_PASSWORD={d.N("changeme-local", "placeholder")}
KAFKA_API_KEY=
KAFKA_API_SECRET={d.N("<confluent-api-secret>", "placeholder")}
SAMSARA_API_TOKEN={d.N("samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "placeholder")}
""")

    jaas_pw = v.b64chars(64)
    jaas_user = v.uan(16)
    d = t.f("cloud/ingest/kafka/client.properties")
    d.done(f"""bootstrap.servers=pkc-{v.lan(5)}.us-east-1.aws.confluent.cloud:9092
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="{jaas_user}" password="{d.S(jaas_pw, "kafka-sasl-credentials")}";
client.dns.lookup=use_all_dns_ips
acks=all
""")

    dash_pw = v.pw()
    d = t.f("cloud/ingest/emqx/emqx.conf")
    d.done(f"""node {{
  name = "emqx@127.0.0.1"
  cookie = "{d.S(v.an(32), "app-secret-key")}"
}}
dashboard {{
  listeners.http.bind = 18083
  default_username = "admin"
  default_password = "{d.S(dash_pw, "service-account-password")}"
}}
authentication = [
  {{ mechanism = password_based, backend = built_in_database, password_hash_algorithm {{ name = sha256, salt_position = suffix }} }}
]
""")
    d = t.f("cloud/ingest/emqx/emqx.conf.default")
    d.done(f"""dashboard {{
  default_username = "admin"
  default_password = "{d.N("public", "well-known-default")}"
}}
""")

    # ------------------------------------------------------------ vehicles
    n_veh = r.randrange(2, 5)
    ca_k, ca_der = t.ca("%s Device CA G2" % co, co)
    for i in range(n_veh):
        vin = v.vin()
        dk = t.ec()
        crt = t.cert_for(dk, vin, ca_k, "%s Device CA G2" % co, co)
        base = "vehicle/provisioning/%s" % vin
        d = t.f(base + "/tcu.conf")
        d.done(f"""[device]
vin={d.N(vin, "device-identifier")}
imei={d.N(v.imei(), "device-identifier")}
iccid={d.N(v.iccid(), "device-identifier")}
apn=iot.{r.choice(["kore", "hologram", "emnify"])}.net
[mqtt]
host={broker}
port=8883
client_id={vin}
username={vin}
password={d.S(v.pw("strong", specials="-_"), "mqtt-password")}
cert=/persist/certs/device.crt
key=/persist/certs/device.key
[hotspot]
ssid=CAR-{vin[-6:]}
wpa_passphrase={d.S(v.pw("phrase", specials="-"), "wifi-psk")}
""")
        d = t.f(base + "/device.key")
        d.done(str(d.S(dk.pem_sec1() if i % 2 == 0 else dk.pem_pkcs8(), "private-key-pem")))
        d = t.f(base + "/device.crt")
        d.done(str(d.N(skeys.cert_pem(crt), "certificate")))
    d = t.f("vehicle/provisioning/device-ca.crt")
    d.done(str(d.N(skeys.cert_pem(ca_der), "certificate")))

    # ------------------------------------------------------------ OTA
    ota = t.ed()
    d = t.f("ota/signing/keys/uptane-image-targets.pem")
    d.done(str(d.S(ota.pem_pkcs8(), "private-key-pem")))
    root_keys = [t.ed() for _ in range(2)]
    d = t.f("ota/tuf/repo/root.json")
    keyids = [v.hex(64) for _ in root_keys]
    keys_json = ",\n".join('      "%s": {"keytype": "ed25519", "scheme": "ed25519", "keyval": {"public": %s}}' % (
        kid, jq(str(d.N(k.pub.hex(), "public-key")))) for kid, k in zip(keyids, root_keys))
    sigs = ",\n".join('    {"keyid": "%s", "sig": %s}' % (kid, jq(str(d.N(v.hex(128), "webhook-signature")))) for kid in keyids)
    d.done('{\n  "signatures": [\n%s\n  ],\n  "signed": {\n    "_type": "root",\n    "expires": "2026-06-30T00:00:00Z",\n    "keys": {\n%s\n    },\n    "version": 7\n  }\n}\n' % (sigs, keys_json))

    ak, asec = v.aws()
    d = t.f("ota/signing/sign_release.sh")
    d.done(f"""#!/usr/bin/env bash
# signs a TCU image and uploads it to the OTA bucket
set -euo pipefail
IMAGE="$1"
{d.B("secret", "aws-access-key")}export AWS_ACCESS_KEY_ID={d.A(ak, ident=True)}
export AWS_SECRET_ACCESS_KEY={d.A(asec)}{d.E()}
export SIGNING_PASSPHRASE={d.N("$(aws secretsmanager get-secret-value --secret-id ota/signing --query SecretString --output text)", "command-substitution")}
openssl pkeyutl -sign -inkey keys/uptane-image-targets.pem -rawin -in "$IMAGE" -out "$IMAGE.sig"
sha256sum "$IMAGE" > "$IMAGE.sha256"
aws s3 cp "$IMAGE" "s3://{co.lower().replace(" ", "")}-ota-images/releases/"
""")

    mcu = t.ec()
    d = t.f("firmware/bootloader/keys/mcuboot-ec-p256.pem")
    d.done(str(d.S(mcu.pem_sec1(), "private-key-pem")))
    pub = mcu.spki()
    arr = ",".join("0x%02x" % b for b in pub)
    d = t.f("firmware/bootloader/keys/ec_pub_key.c")
    d.done("/* autogenerated by imgtool getpub -k mcuboot-ec-p256.pem */\nconst unsigned char ec256_pub_key[] = {\n    %s\n};\nconst unsigned int ec256_pub_key_len = %d;\n" % (
        d.N(arr, "public-key"), len(pub)))

    # ------------------------------------------------------------ fleet dashboard
    mbx = v.mapbox("sk", co.lower().replace(" ", ""))
    smtp_pw = v.pw()
    tw_sid, tw_tok = v.twilio()
    d = t.f("fleet/dashboard/config/production.yml")
    d.done(f"""production:
  host: fleet.{dom}
  maps:
    mapbox_secret_token: {d.S(mbx, "mapbox-secret-token", "mapbox")}
    google_directions_key: {d.S(v.google_key(), "google-api-key")}
  sentry_dsn: {d.N("https://%s@o%s.ingest.sentry.io/%s" % (v.hex(32), v.digits(6), v.digits(7)), "public-client-id")}
  sms:
{d.B("secret", "twilio-credentials")}    account_sid: {d.A(tw_sid, ident=True)}
    auth_token: {d.A(tw_tok)}{d.E()}
  smtp:
    address: smtp.office365.com
    user_name: alerts@{dom}
    password: {d.S(smtp_pw, "smtp-password")}
  secret_key_base: {d.S(v.hex(128), "app-secret-key")}
""")

    d = t.f("fleet/dashboard/frontend/src/config.ts")
    d.done(f"""// bundled into the browser build - public values only
export const config = {{
  mapboxToken: "{d.N(v.mapbox("pk", co.lower().replace(" ", "")), "publishable-key")}",
  segmentWriteKey: "{d.N(v.an(32), "public-sdk-key")}",
  googleClientId: "{d.N(v.google_client_id(), "public-client-id")}",
  apiBase: "https://api.{dom}/v2",
}};
""")

    # ------------------------------------------------------------ OEM APIs
    sc_secret = v.uuid()
    d = t.f("oem-apis/smartcar.yaml")
    d.done(f"""smartcar:
  client_id: {d.N(v.uuid(), "public-client-id")}
  client_secret: {d.S(sc_secret, "smartcar-client-secret", "uuid")}
  redirect_uri: https://fleet.{dom}/oauth/smartcar/callback
  mode: live
  permissions: [read_odometer, read_location, read_battery, read_charge]
""")

    d = t.f("oem-apis/partners.toml")
    body = ["# OEM connected-vehicle data platforms (server-to-server)"]
    for oem in r.sample(["mercedes", "bmw", "ford", "stellantis", "volvo", "hyundai"], 3):
        body.append("\n[%s]\ntoken_url = \"https://api.%s-connected.example.com/oauth2/token\"" % (oem, oem))
        body.append("client_id = \"%s\"" % d.N(v.uuid(), "public-client-id"))
        body.append("client_secret = \"%s\"" % d.S(v.an(40), "oauth-client-secret"))
    d.done("\n".join(body) + "\n")

    geo_pw = v.pw()
    sam2 = v.samsara()
    d = t.f("oem-apis/fleet_sync.py")
    d.done(f'''"""Pull trips from MyGeotab and Samsara into the warehouse."""
import mygeotab
import requests

api = mygeotab.API(username="integration@{dom}", password="{d.S(geo_pw, "geotab-password")}", database="{co.lower().replace(" ", "_")}")
api.authenticate()

SAMSARA = requests.Session()
SAMSARA.headers["Authorization"] = "Bearer {d.S(sam2, "samsara-api-token")}"


def trips(since):
    return api.get("Trip", search={{"fromDate": since}})
''')

    # ------------------------------------------------------------ infra
    hm_api = v.an(48)
    ck, cs = v.uan(16), v.b64chars(64)
    d = t.f("cloud/infra/terraform.tfvars")
    d.done(f"""region              = "us-east-1"
hivemq_cloud_org    = "{d.N(v.uuid(), "uuid")}"
hivemq_api_secret   = "{d.S(hm_api, "hivemq-credentials")}"
{d.B("secret", "confluent-api-credentials")}confluent_cloud_api_key    = "{d.A(ck, ident=True)}"
confluent_cloud_api_secret = "{d.A(cs)}"{d.E()}
vpc_cidr            = "10.60.0.0/16"
""")

    d = t.f("data/exports/trips-2025-06-sample.csv")
    rows = ["trip_id,vin,start_ts,end_ts,distance_km,driver_hash"]
    for _ in range(4):
        rows.append("%s,%s,2025-06-%02dT08:%02d:00Z,2025-06-%02dT09:%02d:00Z,%d.%d,%s" % (
            v.uuid(), v.vin(), r.randrange(1, 28), r.randrange(60), r.randrange(1, 28), r.randrange(60),
            r.randrange(1, 300), r.randrange(10), d.N(v.sha256(), "file-checksum")))
    d.done("\n".join(rows) + "\n")

    # ------------------------------------------------------------ UDS / diag
    d = t.f("vehicle/diag/uds-security-access.md", prose=True)
    d.done(f"""# UDS security access (0x27) for the TCU

Level 0x01 (extended diagnostics): seed/key uses AES-128-CMAC with the key below; level 0x11
(programming) uses the OTA HSM and is not available on the bench.

| ECU | level | key |
|---|---|---|
| TCU-G3 | 0x01 | {d.S(v.HEX(32), "uds-security-key")} |
| TCU-G4 | 0x01 | {d.S(v.HEX(32), "uds-security-key")} |

Never ship these to dealers; the dealer tool gets per-VIN keys from the backend.
""")

    # ------------------------------------------------------------ companion app
    d = t.f("apps/companion/ios/Config/Release.xcconfig")
    d.done(f"""API_BASE_URL = https:/$()/api.{dom}/v2
SEGMENT_WRITE_KEY = {d.N(v.an(32), "public-sdk-key")}
REVENUECAT_IOS_KEY = {d.N("appl_" + v.an(27), "public-sdk-key")}
MAPBOX_PUBLIC_TOKEN = {d.N(v.mapbox("pk", co.lower().replace(" ", "")), "publishable-key")}
""")
    i18n_json(t, "apps/companion/i18n/ko.json", "ko")

    # ------------------------------------------------------------ prose
    leaked = v.pw()
    d = t.f("ops/wiki/postmortem-2025-07-mqtt-outage.md", prose=True)
    d.done(f"""# Postmortem: MQTT broker outage (2025-07-14)

**Impact:** 41 minutes without telemetry for ~18k vehicles.

**Root cause:** the broker's control-center admin password was pasted into a public CI log
(`{d.S(leaked, "service-account-password")}`); the account was locked by HiveMQ's abuse detection and
the automation that rotates the ingest credentials failed with it. The password has since been rotated.

**Follow-ups**
- move all broker credentials into Vault (`kv/ingest/hivemq`), done
- add secret scanning on CI logs, in progress
""")

    cc_pw = v.pw()
    kc2 = v.b64chars(64)
    d = t.f("ops/chat/slack-export/platform/2025-07-14.json", prose=True)
    d.done(slack_json(t, [
        (v.person(), "broker is rejecting the ingest user, anyone know the control center login?"),
        (v.person(), "admin / {}".format(d.S(cc_pw, "service-account-password"))),
        (v.person(), "and the spare kafka key while we sort it, secret {}".format(d.S(kc2, "confluent-api-credentials"))),
        (v.person(), "careful, dashboards show the masked one {}".format(d.N("****" + v.an(4), "masked-value"))),
        (v.person(), "incident doc: https://{}/wiki/inc-2207".format("confluence." + dom)),
    ]))

    mq = v.pw("strong", specials="-_")
    tt = v.an(32)
    d = t.f("ops/history/ota-operator.zsh_history", prose=True)
    d.done(zsh_history(t, [
        "mosquitto_sub -h %s -p 8883 --capath /etc/ssl/certs -t 'fleet/+/status' -u ops-debug -P '%s' -v" % (broker, d.S(mq, "mqtt-password")),
        "aws iot describe-endpoint --endpoint-type iot:Data-ATS",
        "export TOMTOM_API_KEY=%s" % d.S(tt, "tomtom-api-key"),
        "python tools/replay_trip.py --vin %s" % v.vin(),
        "git log --oneline -5",
    ]))

    sup_pw = v.pw()
    d = t.f("ops/email/dealer-portal-access.eml", prose=True)
    d.done(eml("Fleet Support <support@%s>" % dom, "service@northside-motors.example.com", "Dealer portal access for your workshop",
               f"""Hello,

your workshop account for the dealer diagnostics portal is ready.

  URL:      https://dealers.{dom}
  User:     northside-service
  Password: {d.S(sup_pw, "temporary-password")}

You will be asked to change the password and enrol MFA at first login.

Fleet Support""", r=r))

    t.text("README.md", f"# {co} platform\n\nMonorepo for ingest, OTA, fleet dashboard and device provisioning.\n")

    more.layer(t, "services", "telemetry-api", "ghcr.io/%s" % co.lower().replace(" ", ""))
