"""Tool kinds 35-50: Roboflow, Edge Impulse, Golioth, Sigfox, ThingWorx, Loxone, Zenodo, Figshare, eLabFTW,
LabArchives, Earthly, DeepSource, Codacy, FOSSA, SigNoz, Vespa."""

import json
import string

import core37 as C
import keys37 as K
import prov37 as P
from core37 import ALNUM, b64, draw, hexs
from tools37a import J


def roboflow(t):
    r = t.rng("tool", "roboflow")
    key = t.alnum(r, 20)
    pub = "rf_" + draw(r, ALNUM, 28)
    t.add("grading/roboflow_infer.py", J(t, r, "#") + f"""from roboflow import Roboflow

rf = Roboflow(api_key="{t.S(key, "roboflow-api-key")}")
project = rf.workspace("{t.dir}").project("grade-{t.dir.split("-")[0]}")
model = project.version({r.randint(2, 9)}).model

# the web widget uses the publishable key, which is meant to be public
PUBLISHABLE_KEY = "{t.N(pub, "roboflow-publishable-key", cite="Roboflow publishable keys are for client-side use")}"
print(model.predict("sample.jpg", confidence=40).json())
""")


def edge_impulse(t):
    r = t.rng("tool", "edge-impulse")
    key = t.take(lambda: "ei_" + hexs(r, 64))
    hm = t.hexsec(r, 32)
    mac = ":".join("%02x" % r.randrange(256) for _ in range(6))
    t.add("sensors/ei_ingest.py", J(t, r, "#") + f"""import hashlib
import hmac
import json
import time

import requests

EI_API_KEY = "{t.S(key, "edge-impulse-api-key")}"
EI_HMAC_KEY = "{t.S(hm, "edge-impulse-hmac-key")}"
DEVICE_ID = "{t.N(mac, "mac-address")}"


def upload(values, label):
    data = {{"protected": {{"ver": "v1", "alg": "HS256", "iat": int(time.time())}}, "signature": "0" * 64,
            "payload": {{"device_name": DEVICE_ID, "device_type": "ESP32", "interval_ms": 100,
                        "sensors": [{{"name": "accX", "units": "m/s2"}}], "values": values}}}}
    body = json.dumps(data)
    data["signature"] = hmac.new(EI_HMAC_KEY.encode(), body.encode(), hashlib.sha256).hexdigest()
    return requests.post("https://ingestion.edgeimpulse.com/api/training/data", data=json.dumps(data),
                         headers={{"x-api-key": EI_API_KEY, "x-file-name": label + ".json",
                                  "Content-Type": "application/json"}}, timeout=30)
""")


def golioth(t):
    r = t.rng("tool", "golioth")
    dev = "%s-%02d" % (t.th["device"][1], r.randint(1, 40))
    pid = "%s@%s-%s" % (dev, t.dir.split("-")[0], draw(r, string.ascii_lowercase + string.digits, 6))
    psk = t.hexsec(r, 32)
    t.reg.values.add(pid)
    a, b = t.pair(pid, psk, "golioth-psk-pair")
    t.add("firmware/%s/prj.conf" % t.th["device"][1], J(t, r, "#") + f"""CONFIG_GOLIOTH_FIRMWARE_SDK=y
CONFIG_GOLIOTH_SAMPLE_COMMON=y
CONFIG_LOG=y
CONFIG_GOLIOTH_COAP_HOST_URI="coaps://coap.golioth.io"
CONFIG_GOLIOTH_SAMPLE_PSK_ID="{a}"
CONFIG_GOLIOTH_SAMPLE_PSK="{b}"
CONFIG_MCUBOOT_IMG_MANAGER=y
""")
    t.add("firmware/%s/release.txt" % t.th["device"][1],
          f"{dev} v1.{r.randint(0, 9)}.{r.randint(0, 20)}\nzephyr.signed.bin sha256 {t.N(t.sha256(r), 'sha256-digest')}\n")


def sigfox(t):
    r = t.rng("tool", "sigfox")
    login = hexs(r, 24)
    pw = t.hexsec(r, 32)
    t.reg.values.add(login)
    a, b = t.pair(login, pw, "sigfox-api-credentials")
    t.add("sigfox/backend.ini", J(t, r, ";") + f"""[sigfox]
api_url = https://api.sigfox.com/v2
api_login = {a}
api_password = {b}
device_type_id = {t.N(hexs(r, 24), "sigfox-device-type-id")}

[devices]
{t.th["device"][1]}-a = {hexs(r, 6).upper()}
{t.th["device"][1]}-b = {hexs(r, 6).upper()}
""")


def thingworx(t):
    r = t.rng("tool", "thingworx")
    key = t.uuidsec(r)
    thing = "".join(w.capitalize() for w in t.th["device"][1].split("-")) + "Line%d" % r.randint(1, 4)
    t.add("iot/twx_push.py", J(t, r, "#") + f"""import requests

TWX = "https://twx.{t.domain}/Thingworx"
APP_KEY = "{t.S(key, "thingworx-app-key")}"
HEADERS = {{"appKey": APP_KEY, "Accept": "application/json", "Content-Type": "application/json"}}
THING = "{thing}"


def push(props):
    url = "%s/Things/%s/Properties/*" % (TWX, THING)
    return requests.put(url, json=props, headers=HEADERS, timeout=10)

# request id of the last failing call: {t.N(t.uuid(r), "uuid")}
""")


def loxone(t):
    r = t.rng("tool", "loxone")
    pw, web = t.pw(r), t.pw(r, uri=True)
    ip = "10.0.%d.%d" % (r.randint(1, 9), r.randint(2, 60))
    doc = {"Miniserver": {"1": {"Name": "ms-" + t.dir.split("-")[0], "Ipaddress": ip, "Port": "80",
                               "Admin": "loxadmin", "Pass": "@@PW@@", "Transport": "http",
                               "Serial": "@@SER@@", "UseCloudDNS": "0"}}}
    txt = json.dumps(doc, indent=2)
    txt = txt.replace("@@PW@@", t.S(pw, "loxone-admin-password"))
    txt = txt.replace("@@SER@@", t.N("504F94" + hexs(r, 6).upper(), "device-serial"))
    t.add("loxberry/config/system/general.json", txt + "\n")
    uri = "http://webuser:%s@%s/dev/sps/io/VI_%s/On" % (web, ip, t.th["device"][1].capitalize())
    t.add("loxberry/virtual-inputs.txt", J(t, r, "#") + f"""# triggered by the shop PLC
{t.S(uri, "connection-uri", secret_part=web)}
""")


def zenodo(t):
    r = t.rng("tool", "zenodo")
    tok = t.alnum(r, 60)
    t.add("research/zenodo_deposit.py", J(t, r, "#") + f"""import requests

ZENODO_TOKEN = "{t.S(tok, "zenodo-token")}"
API = "https://zenodo.org/api/deposit/depositions"

r = requests.post(API, params={{"access_token": ZENODO_TOKEN}}, json={{}}, timeout=30)
dep = r.json()
print(dep["links"]["bucket"])
# last year's dataset: https://doi.org/{t.N("10.5281/zenodo.%d" % r_int(r), "doi")}
""")


def r_int(r):
    return r.randint(1000000, 9999999)


def figshare(t):
    r = t.rng("tool", "figshare")
    tok = t.hexsec(r, 128)
    t.add("research/figshare_upload.sh", "#!/bin/sh\n" + J(t, r, "#") + f"""TOKEN={t.S(tok, "figshare-token")}
curl -s -H "Authorization: token {t.N("$TOKEN", "env-reference")}" https://api.figshare.com/v2/account/articles
# computed_md5 reported after the last upload: {t.N(hexs(r, 32), "md5-digest")}
""")


def elabftw(t):
    r = t.rng("tool", "elabftw")
    key = t.take(lambda: "%d-%s" % (r.randint(2, 40), hexs(r, 84)))
    elabid = "%s-%s" % (t.date(r).replace("-", ""), hexs(r, 40))
    t.add("research/elab_export.py", J(t, r, "#") + f"""import requests

HOST = "https://elab.{t.domain}/api/v2"
API_KEY = "{t.S(key, "elabftw-api-key")}"
HEADERS = {{"Authorization": API_KEY, "Accept": "application/json"}}

# experiment "drying trial {r.randint(1, 30)}", elabid {t.N(elabid, "elabid")}
exp = requests.get(HOST + "/experiments/%d" % {r.randint(10, 400)}, headers=HEADERS, timeout=20).json()
print(exp["title"])
""")


def labarchives(t):
    r = t.rng("tool", "labarchives")
    akid = "%s_%s" % (t.dir.split("-")[0], draw(r, string.ascii_lowercase + string.digits, 6))
    pw = t.alnum(r, 24)
    t.reg.values.add(akid)
    a, b = t.pair(akid, pw, "labarchives-akid-password")
    sig = b64(C.rbytes(r, 20))
    t.add("research/labarchives.ini", J(t, r, ";") + f"""[labarchives]
api_url = https://api.labarchives.com/api
akid = {a}
access_password = {b}
; signature of the last users:user_info call (HMAC-SHA1, expires after 120 s)
last_sig = {t.N(sig, "hmac-signature")}
""")


def earthly(t):
    r = t.rng("tool", "earthly")
    tok = t.tok(r, P.dockerhub)
    pp = t.passphrase(r)
    t.add("build/.secret", f"DOCKERHUB_TOKEN={t.S(tok, 'dockerhub-pat')}\nDEPLOY_KEY_PASSPHRASE={t.S(pp, 'ssh-key-passphrase')}\n")
    t.add("build/Earthfile", f"""VERSION 0.8
FROM python:3.12-slim
WORKDIR /app

deps:
    COPY requirements.txt .
    RUN pip install -r requirements.txt

image:
    FROM +deps
    COPY . .
    RUN {t.N("--secret DOCKERHUB_TOKEN", "secret-reference")} echo "$DOCKERHUB_TOKEN" | docker login -u {t.dir.split("-")[0]}ops --password-stdin
    SAVE IMAGE --push {t.dir.split("-")[0]}ops/app:latest
""")


def deepsource(t):
    r = t.rng("tool", "deepsource")
    dsn = "https://%s@app.deepsource.com" % t.hexsec(r, 32)
    t.add(".github/workflows/coverage.yml", f"""name: coverage
on: [push]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@{t.N(hexs(r, 40), "action-pin-sha")}
      - run: pip install -r requirements.txt pytest-cov && pytest --cov --cov-report=xml
      - name: Report coverage to DeepSource
        env:
          DEEPSOURCE_DSN: {t.S(dsn, "deepsource-dsn")}
        run: |
          curl https://deepsource.io/cli | sh
          ./bin/deepsource report --analyzer test-coverage --key python --value-file ./coverage.xml
""")


def codacy(t):
    r = t.rng("tool", "codacy")
    tok = t.hexsec(r, 32)
    t.add("ci/codacy.gitlab-ci.yml", J(t, r, "#") + f"""coverage:
  stage: test
  image: python:3.12
  variables:
    CODACY_PROJECT_TOKEN: "{t.S(tok, "codacy-project-token")}"
    CODACY_API_TOKEN: {t.N("$CODACY_API_TOKEN", "env-reference")}
  script:
    - pytest --cov --cov-report=xml
    - bash <(curl -Ls https://coverage.codacy.com/get.sh) report -r coverage.xml
""")


def fossa(t):
    r = t.rng("tool", "fossa")
    key = t.hexsec(r, 32)
    loc = "custom+%d/%s-orders" % (r.randint(10000, 60000), t.dir.split("-")[0])
    t.add(".fossa.yml", f"""version: 3
server: https://app.fossa.com
project:
  id: {t.N(loc, "fossa-project-locator")}
  name: {t.dir.split("-")[0]}-orders
""")
    t.add("ci/fossa.sh", "#!/bin/sh\n" + J(t, r, "#") + f"""export FOSSA_API_KEY={t.S(key, "fossa-api-key")}
fossa analyze && fossa test --timeout 600
""")


def signoz(t):
    r = t.rng("tool", "signoz")
    key = t.alnum(r, 32)
    t.add("otel/otel-collector.yaml", J(t, r, "#") + f"""receivers:
  otlp:
    protocols:
      grpc:
      http:
processors:
  batch: {{}}
exporters:
  otlp:
    endpoint: "ingest.in.signoz.cloud:443"
    tls:
      insecure: false
    headers:
      signoz-ingestion-key: "{t.S(key, "signoz-ingestion-key")}"
  # staging collector uses:
  # signoz-ingestion-key: "{t.N("<SIGNOZ_INGESTION_KEY>", "placeholder")}"
service:
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [otlp]
""")


def vespa(t):
    r = t.rng("tool", "vespa")
    k = K.Key("p256", t.rng("tool", "vespa", "key"))
    tenant = t.dir.split("-")[0]
    t.add("vespa/%s.api-key.pem" % tenant,
          t.S(k.pem_private("sec1"), "ec-private-key", key_check="p256:sec1") + "\n")
    t.add("vespa/%s.api-key.pub.pem" % tenant, t.N(k.pem_public(), "public-key", key_check="spki") + "\n")
    tok = t.take(lambda: "vespa_cloud_" + draw(r, ALNUM, 43))
    t.add("vespa/query.sh", "#!/bin/sh\n" + J(t, r, "#") + f"""ENDPOINT=https://{hexs(r, 8)}.{hexs(r, 8)}.z.vespa-app.cloud
curl -s -H "Authorization: Bearer {t.S(tok, "vespa-data-plane-token")}" \\
  "$ENDPOINT/search/?yql=select%20*%20from%20batches%20where%20true&hits=5"
""")


KINDS_C = {"Roboflow": roboflow, "Edge Impulse": edge_impulse, "Golioth": golioth, "Sigfox": sigfox,
           "ThingWorx": thingworx, "Loxone": loxone, "Zenodo": zenodo, "Figshare": figshare, "eLabFTW": elabftw,
           "LabArchives": labarchives, "Earthly": earthly, "DeepSource": deepsource, "Codacy": codacy,
           "FOSSA": fossa, "SigNoz": signoz, "Vespa": vespa}
