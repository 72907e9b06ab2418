"""Outsourced visa application centre: biometric enrolment stations, appointment booking (Spring), courier
passport tracking, fee reconciliation, IPsec link to the embassy, queue kiosks."""
import base64

import vals17 as V

DIR = "visa-centre"
VARIANTS = [
    {"org": "Meridian Visa Services", "domain": "meridian-vac.pt", "city": "Lisboa", "langs": ["pt", "en"], "code": "LIS"},
    {"org": "CESVI Centro de Visados", "domain": "cesvi-visados.es", "city": "Madrid", "langs": ["es", "en"], "code": "MAD"},
    {"org": "VisaGate Application Centre", "domain": "visagate.pl", "city": "Kraków", "langs": ["pl", "en"], "code": "KRK"},
]


def vocab(t):
    v = [x for x in VARIANTS if x["org"] == t.org][0]
    t.code = v["code"]
    return {
        "systems": ["appointment booking", "biometric upload", "passport tracking", "fee reconciliation", "queue system", "embassy link"],
        "devices": [("biometric enrolment station", "operator"), ("fingerprint scanner service menu", "service"), ("queue kiosk", "kiosk"),
                    ("passport label printer", "admin"), ("document scanner", "scan"), ("CCTV NVR", "admin")],
        "vendor": "CourierLink", "hosts": ["bio-gw", "booking", "recon", "vac-fs"], "channel": "front-office",
        "db": "vac", "ssid": "VAC-%s-Staff" % v["code"], "ticket_prefix": "VAC",
        "integrations": ["booking-api", "courier-sync", "fee-recon"],
        "topics": ["Biometric upload queue stuck at station 3", "Applicant cannot reschedule appointment", "Courier labels print blank"],
        "chatter": ["queue at 40 already", "premium lounge needs a second operator", "embassy link flapped again",
                    "passports from yesterday are boxed", "fingerprint scanner 2 needs cleaning", "courier is late today"],
    }


def build(t):
    r = t.r
    up_pw = t.pw("strong")
    for i in range(1, 3):
        t.f("biometrics/stations/ES-%s-%02d.xml" % (t.code, i), """<?xml version="1.0" encoding="utf-8"?>
<EnrolmentStation id="ES-%s-%02d" site="%s">
  <Device serial="%s" model="LiveScan 500"/>
  <Upload endpoint="https://%s/enrol/v2" user="es%02d"
          password="%s"/>
  <Licence>%s</Licence>
  <Camera exposure="auto" icao="true"/>
</EnrolmentStation>
""" % (t.code, i, t.city, t.N("LS5-" + V.rs(r, 9, V.DIG), "device-serial"), t.host("bio-gw"), i, t.S(up_pw, "biometric-upload-password"),
       t.N("XXXX-XXXX-" + V.rs(r, 4, V.UP + V.DIG), "masked")), crlf=True)
    t.f("booking/src/main/resources/application-prod.yml", """spring:
  datasource:
    url: jdbc:postgresql://%s:5432/booking
    username: booking
    password: %s
  mail:
    host: smtp.sendgrid.net
    username: apikey
    password: %s
booking:
  jwt:
    signing-secret: %s
  payment:
    stripe-secret-key: %s
    stripe-publishable-key: %s
  staff-sso:
    okta-api-token: %s
  slots:
    horizon-days: 60
""" % (t.host("booking"), t.S(t.pw(), "db-password"), t.P("sendgrid"), t.S(t.b64key(48), "jwt-signing-secret"), t.P("stripe-secret"),
       t.public("stripe-publishable"), t.P("okta")))
    dbpw = t.pw("uri")
    t.f("booking/k8s/booking-secret.yaml", """apiVersion: v1
kind: Secret
metadata:
  name: booking-env
  namespace: vac
type: Opaque
data:
  DB_PASSWORD: %s
  SMTP_PASSWORD: %s
  FEATURE_FLAGS: %s
""" % (t.S(base64.b64encode(dbpw.encode()).decode(), "k8s-secret-data-b64"), t.N(base64.b64encode(b"changeme").decode(), "b64-placeholder"),
       t.N(base64.b64encode(b"reschedule,premium-lounge").decode(), "b64-not-secret")))
    t.f("tracking/courier-webhook.php", """<?php
// CourierLink pushes status updates for passports in transit
const COURIER_SHARED_SECRET = '%s';
const COURIER_API_KEY = '%s';

$sig = $_SERVER['HTTP_X_COURIER_SIGNATURE'] ?? '';
$body = file_get_contents('php://input');
if (!hash_equals(hash_hmac('sha256', $body, COURIER_SHARED_SECRET), $sig)) {
    http_response_code(401);
    exit;
}
$event = json_decode($body, true);
// waybill example: %s
update_tracking($event['waybill'], $event['status']);
""" % (t.S(t.hexkey(64), "webhook-secret"), t.S(t.rtok(36), "api-key-vendor"), t.N("JD0146" + V.rs(r, 12, V.DIG), "id-waybill")))
    t.f("payments/reconciliation/settle.sql", """-- nightly settlement: pull acquirer files through the bank FDW
CREATE SERVER IF NOT EXISTS bankfdw FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host '%s', dbname 'settlement', port '5432');
CREATE USER MAPPING IF NOT EXISTS FOR recon SERVER bankfdw
    OPTIONS (user 'vac_recon', password '%s');
ALTER ROLE reporting WITH PASSWORD '%s';
ALTER ROLE readonly_bi WITH ENCRYPTED PASSWORD '%s';
""" % (t.host("recon"), t.S(t.pw(), "sql-fdw-password"), t.S(t.pw("weak"), "sql-role-password"), t.hashed("scram")))
    t.f("embassy-link/swanctl/swanctl.conf", """connections {
    embassy {
        version = 2
        remote_addrs = %s
        local {
            auth = psk
            id = vac-%s.%s
        }
        remote {
            auth = psk
            id = consular-gw.example.gov
        }
        children {
            upload { local_ts = 10.60.0.0/24  remote_ts = 172.20.8.0/24 }
        }
    }
}
secrets {
    ike-embassy {
        id = consular-gw.example.gov
        secret = "%s"
    }
}
""" % (V.ipv4(r, False), t.code.lower(), t.domain, t.S(t.pw("strong"), "ipsec-psk")))
    kiosk_pw = t.pw("weak")
    t.f("queue/kiosk/kiosk.toml", """[kiosk]
site = "%s"
ticket_prefix = "A"
admin_password = "%s"

[display]
signage_token = "%s"
refresh_s = 5

[printer]
serial = "%s"
""" % (t.city, t.S(kiosk_pw, "kiosk-admin-password"), t.S(t.rtok(32, V.HEX), "api-token-signage"), t.N("TM-T88-" + V.rs(r, 8, V.UP + V.DIG), "device-serial")))
    t.f("biometrics/scanner/fp-service.reg", """Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\LiveScan\\Service]
"ServiceUser"="lsvc"
"ServicePassword"="%s"
"UploadInterval"=dword:0000003c
"InstallId"="{%s}"
""" % (t.S(t.pw(), "windows-service-password"), t.N(V.uuid4(r).upper(), "id-install-guid")), crlf=True)
    p = t.person(0)
    courier_pw = t.pw()
    t.f("docs/SOP-passport-return.docx.txt", """STANDARD OPERATING PROCEDURE — PASSPORT RETURN
Document owner: %s                     Version 3.2

1. Purpose
Passports are returned to applicants either at the counter or by courier.

2. Courier dispatch
2.1 Log in to the CourierLink portal (account ops@%s).
2.2 Password for the shared account: %s
2.3 Scan the waybill (format JD0146 + 12 digits) and the passport envelope.

3. Counter collection
3.1 The applicant shows the receipt; the operator checks the application
    reference (e.g. %s/2025/004512) against the tracking screen.
""" % (p.name, t.domain, t.S(courier_pw, "vendor-portal-password"), t.code), free=True)
    q, s = t.person(1), t.person(2)
    if t.lang == "pt":
        l1, l2, hi = "a senha do NVR é %s", "e a da impressora de etiquetas? -> %s", "bom dia, quem abre hoje?"
    elif t.lang == "es":
        l1, l2, hi = "la contraseña del NVR es %s", "y la de la impresora de etiquetas: %s", "buenos días, ¿quién abre hoy?"
    else:
        l1, l2, hi = "hasło do NVR: %s", "a do drukarki etykiet? %s", "dzień dobry, kto dziś otwiera?"
    t.f("comms/supervisors-signal.txt", """[2025-03-04 07:58] %s: %s
[2025-03-04 08:01] %s: %s
[2025-03-04 08:02] %s: ok
[2025-03-04 08:05] %s: %s
[2025-03-04 08:06] %s: 👍
[2025-03-04 08:30] %s: courier account password changed, see the SOP
""" % (q.first, hi, s.first, l1 % t.S(t.pw("weak"), "device-password"), q.first, s.first, l2 % t.S(t.pw("weak"), "device-password"), q.first, s.first),
        free=True)
    rows = "\n".join("%s/2025/%06d,%s,%s,%s" % (t.code, r.randint(1000, 99999), r.choice(["C", "D"]), r.choice(["submitted", "returned", "in transit"]),
                                             t.N(V.hexs(r, 16), "id-applicant-hash")) for _ in range(4))
    t.f("reports/daily-applications-2025-03.csv", "application_ref,visa_type,status,applicant_hash\n" + rows)
    k = t.key("EC")
    raw, chk = t.keytext(k, "pkcs1")
    t.f("biometrics/keys/payload-signing.key", "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n%s" % t.S(raw, "private-key-ec-pkcs1", "key", check=chk, raw=raw))
