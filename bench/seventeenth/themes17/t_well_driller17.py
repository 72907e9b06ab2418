"""Water-well drilling and pump contractor: rig data recorders, customer pump controllers on cellular modems,
groundwater-registry uploads (mTLS + basic auth), water-lab SFTP, jobs app (Play/HOCON), driller logs."""
import vals17 as V

DIR = "well-driller"
VARIANTS = [
    {"org": "Lindqvist Brunnsborrning AB", "domain": "lindqvist-brunn.se", "city": "Uppsala", "langs": ["sv", "en"]},
    {"org": "Ribeiro Furos e Captações Lda", "domain": "ribeiro-furos.pt", "city": "Évora", "langs": ["pt", "en"]},
    {"org": "Deepwell Drilling & Pumps", "domain": "deepwell-drilling.ie", "city": "Cork", "langs": ["en"]},
]
FARMS = ["Hagby gård", "Quinta do Vale", "Ballinacurra Farm", "Ekbacken", "Monte Novo", "Kilcrea Dairy"]


def vocab(t):
    return {
        "systems": ["rig telemetry", "pump monitoring", "groundwater registry", "lab results", "jobs app", "fleet GPS"],
        "devices": [("rig data recorder", "driller"), ("pump controller modem", "admin"), ("VFD pump drive", "admin"),
                    ("downhole camera", "admin"), ("water level logger", "service")],
        "vendor": "AquaLab", "hosts": ["jobs", "telemetry", "files", "gps-gw"], "channel": "field",
        "db": "jobs", "ssid": "Kontoret", "ticket_prefix": "WELL",
        "integrations": ["jobs-app", "pump-monitor", "registry-upload"],
        "topics": ["Pump controller at a farm offline since the storm", "Registry rejects the well log upload", "Rig 2 recorder not syncing"],
        "chatter": ["hit water at 62 m", "rig 2 moving to the next site", "casing delivery delayed", "grout truck booked for 7",
                    "customer wants a flow test tomorrow", "mud pump seal leaking again"],
    }


def build(t):
    r = t.r
    fm = r.sample(FARMS, 4)
    t.f("rigs/rig-02/recorder.yaml", """recorder:
  serial: %s
  sample_hz: 2
upload:
  endpoint: https://telemetry.%s/api/rigs
  token: %s
modem:
  apn: m2m.operator.example
  apn_user: rig02
  apn_password: "%s"
""" % (t.N("DDR-" + V.rs(r, 8, V.DIG), "device-serial"), t.domain, t.S(t.rtok(40, V.B64U), "api-token-vendor-cloud"), t.S(t.pw("uri"), "apn-password")))
    rows = []
    for i, f in enumerate(fm[:3]):
        rows.append("%s;+46 70 %07d;%s" % (f, r.randint(0, 9999999), t.S(t.pw("weak"), "device-web-password")))
    rows.append("%s;+46 70 %07d;%s" % (fm[3], r.randint(0, 9999999), t.N("customer changed it", "reference-prose")))
    t.f("pumps/customer-sites.csv", "site;modem_number;controller_password\n" + "\n".join(rows))
    sms_pw = t.pw("uri")
    t.f("pumps/modem-sms-commands.txt", """# SMS commands for the PC-200 pump controller (send from the office phone)
# 1. set the password (first command after install)
#PWD=%s#
# 2. set the APN
#APN=m2m.operator.example,,#
# 3. alarm numbers
#TEL1=+4670xxxxxxx#
""" % t.S(sms_pw, "device-sms-password"))
    t.f("registry/submit_logs.py", """import requests

REGISTRY = "https://api.groundwater-registry.example/v2/wells"
CERT = ("certs/registry-client.crt", "certs/registry-client.key")


def submit(log):
    return requests.post(REGISTRY, json=log, cert=CERT,
                         auth=("%s", "%s"), timeout=30)
""" % ("driller-%d" % r.randint(100, 999), t.S(t.pw(), "basic-auth-password")))
    k = t.key("RSA")
    raw, chk = t.keytext(k, "pkcs1")
    t.f("registry/certs/registry-client.key", t.S(raw, "private-key-rsa-pkcs1", "key", check=chk, raw=raw))
    csr_body = V.b64(r, 480)
    csr = "-----BEGIN CERTIFICATE REQUEST-----\n" + "\n".join(csr_body[i:i + 64] for i in range(0, len(csr_body), 64)) + "\n-----END CERTIFICATE REQUEST-----"
    t.f("registry/certs/registry-client.csr", t.N(csr, "certificate-request"))
    t.f("lab/fetch-results.sh", """#!/bin/sh
# pull water analysis PDFs from the lab every morning
lftp -u "%s,%s" sftp://sftp.aqualab.example -e "mirror --only-newer /results /srv/lab/results; quit"
""" % ("deepwell", t.S(t.pw("uri"), "sftp-password")))
    a, b = t.pair("twilio-apikey-pair")
    t.f("office/jobs-app/conf/application.conf", """play.http.secret.key = "%s"
db.default.driver = org.postgresql.Driver
db.default.url = "jdbc:postgresql://%s/jobs"
db.default.username = jobs
db.default.password = "%s"
twilio {
  api-key = "%s"
  api-secret = "%s"
}
maps.key = "%s"
""" % (t.S(V.b64(r, 48), "play-secret-key"), t.host("jobs"), t.S(t.pw(), "db-password"), a, b, t.P("google-api-key")))
    t.f("office/jobs-app/bin/deploy.sh", "#!/bin/sh\nexport DOPPLER_TOKEN=%s\nexport RENDER_API_KEY=%s\ndoppler run -- ./bin/migrate && curl -X POST -H \"Authorization: Bearer $RENDER_API_KEY\" https://api.render.com/v1/services/%s/deploys\n" % (
        t.P("doppler"), t.P("render"), t.N("srv-" + V.rs(r, 20, V.LO + V.DIG), "id-service")))
    t.f("gps/fleet.json", '{\n  "provider": "trackit",\n  "account": "%s",\n  "token": "%s",\n  "vehicles": ["rig-01", "rig-02", "service-van"]\n}' % (
        t.N(str(r.randint(10 ** 6, 10 ** 7)), "id-account"), t.S(t.rtok(32, V.HEX), "api-key-vendor")))
    dflt = t.pw("weak")
    t.f("docs/pump-install-handbook.odt.txt", """Pump installation handbook                                   rev. 7

4.3 Controller commissioning
After wiring the PC-200, send the password command by SMS (see
pumps/modem-sms-commands.txt). Our standard controller password for new
installations is %s — tell the customer to change it in the app.

4.4 Flow test
Run the pump for 4 hours at rated flow and record the drawdown every 15 min.
""" % t.S(dflt, "device-default-password"), free=True)
    if t.lang == "sv":
        dl = "Borrlogg %s, rigg 2\n\n06:30 etablering\n09:10 vatten på 48 m, ca 1200 l/h\n14:00 foderrör klart\nModemet i pumpskåpet hos kunden: lösen %s\n"
    elif t.lang == "pt":
        dl = "Registo de furo %s, sonda 2\n\n06:30 montagem\n09:10 água aos 48 m, ~1200 l/h\n14:00 revestimento concluído\nModem no quadro da bomba do cliente: senha %s\n"
    else:
        dl = "Driller log %s, rig 2\n\n06:30 set up\n09:10 water at 48 m, ~1200 l/h\n14:00 casing done\nModem in the customer's pump panel: pw %s\n"
    t.f("field/driller-log-2025-04-02.txt", dl % (fm[0], t.S(t.pw("weak"), "device-password")), free=True)
    cust = t.person(3)
    app_pw = t.pw("weak")
    t.f("field/fwd-customer-app-login.eml", """From: %s <%s>
To: service@%s
Subject: Fwd: your pump monitoring account
Date: Wed, 02 Apr 2025 19:22:10 +0200
Content-Type: text/plain; charset=utf-8

Can you have a look, the app says the pump is offline.
My login is below.

---------- Forwarded message ---------
Subject: your pump monitoring account

Username: %s
Temporary password: %s
""" % (cust.name, "farm.%s@mail.example" % cust.last.lower().replace(" ", ""), t.domain, cust.email.replace(t.domain, "mail.example"),
       t.S(app_pw, "temporary-password")), free=True)
    t.f("rigs/recorder-agent/Dockerfile", """FROM python:3.12-slim
ARG PIP_INDEX_URL=https://build:%s@%s/repository/pypi/simple
WORKDIR /app
COPY requirements.txt .
RUN pip install --index-url "$PIP_INDEX_URL" -r requirements.txt
COPY . .
CMD ["python", "-m", "recorder_agent"]
""" % (t.S(t.upw(), "pip-index-password"), t.host("files")))
