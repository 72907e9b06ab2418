"""Tool kinds 18-34: BeeGFS, Filebase, Infobip, Clickatell, Mailtrap, SMTP2GO, RapidPro/TextIt, CommCare, Recurly,
HyperPay, Hubtel, 2Checkout, Geoapify, what3words, Unsplash, Weatherbit, Clarifai."""

import string

import core37 as C
import prov37 as P
from core37 import ALNUM, B64URL, b64, draw, hexs
from tools37a import J

LOWER_NUM = string.ascii_lowercase + string.digits


def beegfs(t):
    r = t.rng("tool", "beegfs")
    auth = t.alnum(r, 48, ALNUM + "+/")
    t.add("beegfs/conn.auth", t.S(auth, "beegfs-conn-auth") + "\n")
    t.add("beegfs/beegfs-client.conf", J(t, r, "#") + f"""sysMgmtdHost                 = {t.host("mgmt")}
connAuthFile                 = /etc/beegfs/conn.auth
connDisableAuthentication    = false
connClientPortUDP            = 8004
tuneFileCacheType            = buffered
""")
    t.add("beegfs/README.md", f"""# BeeGFS

`conn.auth` must be identical on every node. Compare with `sha256sum /etc/beegfs/conn.auth`;
today it prints `{t.N(t.sha256(r), "sha256-digest")}` on all four nodes.
""")


def filebase(t):
    r = t.rng("tool", "filebase")
    kid = t.alnum(r, 20, string.ascii_uppercase + string.digits)
    ksec = t.alnum(r, 40)
    a, b = t.pair(kid, ksec, "filebase-key-pair")
    t.add("filebase/rclone.conf", J(t, r, "#") + f"""[filebase]
type = s3
provider = Filebase
access_key_id = {a}
secret_access_key = {b}
endpoint = https://s3.filebase.com
acl = private
""")
    cid = "bafybei" + draw(r, "abcdefghijklmnopqrstuvwxyz234567", 52)
    t.add("filebase/pins.txt", f"# pinned price list, {t.date(r)}\n{t.N(cid, 'ipfs-cid')}  price-list.pdf\n")


def infobip(t):
    r = t.rng("tool", "infobip")
    key = t.take(lambda: hexs(r, 32) + "-" + C.uuid4(r))
    base = draw(r, LOWER_NUM, 6)
    t.add("sms/infobip.env", J(t, r, "#") + f"""INFOBIP_BASE_URL=https://{base}.api.infobip.com
INFOBIP_API_KEY={t.S(key, "infobip-api-key")}
INFOBIP_SENDER={t.dir.split("-")[0][:11]}
""")
    t.add("sms/send_sms.py", f"""import os

import requests

BASE = os.environ["INFOBIP_BASE_URL"]
HEADERS = {{"Authorization": "App " + {t.N('os.environ["INFOBIP_API_KEY"]', "env-reference")}}}


def send(to, text):
    body = {{"messages": [{{"destinations": [{{"to": to}}], "from": "{t.dir.split("-")[0][:11]}", "text": text}}]}}
    resp = requests.post(BASE + "/sms/2/text/advanced", json=body, headers=HEADERS, timeout=10)
    return resp.json()["bulkId"]

# last bulkId seen in the logs: {t.N(t.uuid(r), "uuid")}
""")


def clickatell(t):
    r = t.rng("tool", "clickatell")
    key = t.take(lambda: draw(r, ALNUM + "-_", 22) + "==")
    t.add("alerts/clickatell.php", "<?php\n" + J(t, r, "//") + f"""// Clickatell One API integration "{t.system(r)} alerts"
$apiKey = '{t.S(key, "clickatell-api-key")}';
$payload = json_encode(['messages' => [['channel' => 'sms', 'to' => $argv[1], 'content' => $argv[2]]]]);
$ch = curl_init('https://platform.clickatell.com/v1/message');
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: ' . $apiKey, 'Content-Type: application/json']);
curl_setopt($ch, CURLOPT_POSTFIELDS, $payload);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
echo curl_exec($ch);
// last response apiMessageId: {t.N(hexs(r, 32), "message-id")}
""")


def mailtrap(t):
    r = t.rng("tool", "mailtrap")
    user = hexs(r, 14)
    pw = t.hexsec(r, 14)
    t.reg.values.add(user)
    a, b = t.pair(user, pw, "mailtrap-smtp-credentials")
    tok = t.hexsec(r, 32)
    t.add("web/config/mail.php", "<?php\n\nreturn [\n" + f"""    'default' => env('MAIL_MAILER', 'smtp'),
    'mailers' => [
        'smtp' => [
            'transport' => 'smtp',
            'host' => 'sandbox.smtp.mailtrap.io',
            'port' => 2525,
            'username' => '{a}',
            'password' => '{b}',
            'timeout' => null,
        ],
    ],
];
""")
    t.add("web/scripts/mailtrap-send.sh", "#!/bin/sh\n" + J(t, r, "#") + f"""curl -s https://send.api.mailtrap.io/api/send \\
  -H "Authorization: Bearer {t.S(tok, "mailtrap-api-token")}" \\
  -H "Content-Type: application/json" \\
  -d '{{"from": {{"email": "noreply@{t.domain}"}}, "to": [{{"email": "ops@{t.domain}"}}], "subject": "test", "text": "ok"}}'
# X-Message-Id of the last test: {t.N(t.uuid(r), "uuid")}
""")


def smtp2go(t):
    r = t.rng("tool", "smtp2go")
    key = t.take(lambda: "api-" + hexs(r, 32).upper())
    eid = "%s-%s-%s" % (draw(r, ALNUM, 6), draw(r, ALNUM, 6), draw(r, ALNUM, 2))
    t.add("reports/send_report.py", J(t, r, "#") + f"""import requests

API_KEY = "{t.S(key, "smtp2go-api-key")}"


def send(subject, body, to):
    payload = {{"api_key": API_KEY, "to": [to], "sender": "reports@{t.domain}",
               "subject": subject, "text_body": body}}
    r = requests.post("https://api.smtp2go.com/v3/email/send", json=payload, timeout=15)
    r.raise_for_status()
    return r.json()["data"]["email_id"]

# example response: {{"data": {{"succeeded": 1, "failed": 0, "email_id": "{t.N(eid, "message-id")}"}}}}
""")


def rapidpro(t):
    r = t.rng("tool", "rapidpro")
    tok = t.hexsec(r, 40)
    t.add("textit/sync_contacts.py", J(t, r, "#") + f"""import requests

TEXTIT_URL = "https://textit.com/api/v2"
TOKEN = "{t.S(tok, "textit-api-token")}"
HEADERS = {{"Authorization": "Token " + TOKEN}}
FLOW_UUID = "{t.N(t.uuid(r), "flow-uuid")}"


def start_flow(urns):
    data = {{"flow": FLOW_UUID, "urns": urns}}
    return requests.post(TEXTIT_URL + "/flow_starts.json", json=data, headers=HEADERS, timeout=20).json()
""")


def commcare(t):
    r = t.rng("tool", "commcare")
    key = t.hexsec(r, 40)
    who = t.person(r)[1]
    t.add("commcare/export_forms.sh", "#!/bin/sh\n" + J(t, r, "#") + f"""PROJECT={t.dir}
XMLNS=http://openrosa.org/formdesigner/{t.N(t.uuid(r).upper(), "form-xmlns-uuid")}
curl -s "https://www.commcarehq.org/a/$PROJECT/api/form/v1/?limit=100&xmlns=$XMLNS" \\
  -H "Authorization: ApiKey {who}@{t.domain}:{t.S(key, "commcare-api-key")}" \\
  -o forms-$(date +%F).json
""")


def recurly(t):
    r = t.rng("tool", "recurly")
    key = t.hexsec(r, 32)
    pub = "ewr1-" + draw(r, ALNUM, 22)
    t.add("shop/config/recurly.yml", J(t, r, "#") + f"""recurly:
  subdomain: {t.dir.split("-")[0]}
  # private API key (server only)
  api_key: "{t.S(key, "recurly-api-key")}"
  # Recurly.js public key, shipped to the browser
  public_key: "{t.N(pub, "recurly-public-key", cite="Recurly.js public keys are meant for the browser")}"
  currency: USD
""")


def hyperpay(t):
    r = t.rng("tool", "hyperpay")
    entity = "8ac7a4c" + hexs(r, 25)
    user = "8a8294174" + hexs(r, 23)
    secret = draw(r, ALNUM + "#=?%", 10)
    tok = t.take(lambda: b64(user + "|" + secret))
    t.reg.values.add(secret)
    t.add("shop/payments/hyperpay.php", "<?php\n" + J(t, r, "//") + f"""$entityId = '{t.N(entity, "hyperpay-entity-id")}';
$accessToken = '{t.S(tok, "hyperpay-access-token", decoded=user + "|" + secret)}';
$url = 'https://eu-prod.oppwa.com/v1/checkouts';
$data = 'entityId=' . $entityId . '&amount=' . $amount . '&currency=USD&paymentType=DB';
$ch = curl_init($url);
curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization:Bearer ' . $accessToken]);
curl_setopt($ch, CURLOPT_POST, 1);
curl_setopt($ch, CURLOPT_POSTFIELDS, $data);
// checkoutId from the sandbox run: {t.N(hexs(r, 32).upper() + ".uat01-vm-tx0" + str(r.randint(1, 4)), "checkout-id")}
""")


def hubtel(t):
    r = t.rng("tool", "hubtel")
    cid = draw(r, string.ascii_lowercase, 8)
    sec = t.alnum(r, 10, string.ascii_lowercase + string.digits)
    t.reg.values.add(cid)
    a, b = t.pair(cid, sec, "hubtel-client-pair")
    t.add("payments/hubtel.env", J(t, r, "#") + f"""HUBTEL_CLIENT_ID={a}
HUBTEL_CLIENT_SECRET={b}
HUBTEL_MERCHANT_ACCOUNT={t.N(str(r.randint(1000000, 9999999)), "merchant-account-number")}
HUBTEL_CALLBACK_URL=https://pay.{t.domain}/hubtel/callback
""")


def twocheckout(t):
    r = t.rng("tool", "2checkout")
    code = str(r.randint(250000000, 259999999))
    sec = t.alnum(r, 20, ALNUM + "@?[]*")
    t.reg.values.add(code)
    a, b = t.pair(code, sec, "2checkout-merchant-pair")
    t.add("shop/payments/twocheckout.py", J(t, r, "#") + f"""import hashlib
import hmac
import time

MERCHANT_CODE = "{a}"
SECRET_KEY = "{b}"


def auth_header():
    date = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime())
    msg = (str(len(MERCHANT_CODE)) + MERCHANT_CODE + str(len(date)) + date).encode()
    digest = hmac.new(SECRET_KEY.encode(), msg, hashlib.sha256).hexdigest()
    return 'code="%s" date="%s" hash="%s"' % (MERCHANT_CODE, date, digest)

# captured header: X-Avangate-Authentication: code="{code}" date="{t.date(r)} 09:14:02"
#   hash="{t.N(hexs(r, 64), "hmac-digest")}"
""")


def geoapify(t):
    r = t.rng("tool", "geoapify")
    key = t.hexsec(r, 32)
    t.add("web/static/js/map.js", J(t, r, "//") + f"""const GEOAPIFY_KEY = "{t.S(key, "geoapify-api-key")}";
const map = L.map("map").setView([{r.uniform(-20, 30):.4f}, {r.uniform(-100, 110):.4f}], 13);
L.tileLayer(
  `https://maps.geoapify.com/v1/tile/osm-bright/{{z}}/{{x}}/{{y}}.png?apiKey=${{GEOAPIFY_KEY}}`,
  {{ attribution: "Powered by Geoapify | © OpenStreetMap contributors", maxZoom: 20 }}
).addTo(map);
""")


def what3words(t):
    r = t.rng("tool", "what3words")
    key = t.alnum(r, 8, string.ascii_uppercase + string.digits)
    t.add("delivery/w3w_lookup.py", J(t, r, "#") + f"""import requests

W3W_API_KEY = "{t.S(key, "what3words-api-key")}"


def to_coords(words):
    r = requests.get("https://api.what3words.com/v3/convert-to-coordinates",
                     params={{"words": words, "key": W3W_API_KEY}}, timeout=10)
    return r.json()["coordinates"]


if __name__ == "__main__":
    # the address used in the what3words documentation
    print(to_coords("{t.N("filled.count.soap", "vendor-example", cite="what3words API docs example address")}"))
""")


def unsplash(t):
    r = t.rng("tool", "unsplash")
    acc = t.alnum(r, 43, B64URL)
    sec = t.alnum(r, 43, B64URL)
    a, b = t.pair(acc, sec, "unsplash-key-pair")
    t.add("web/unsplash.env", J(t, r, "#") + f"""UNSPLASH_APPLICATION_ID={r.randint(100000, 999999)}
UNSPLASH_ACCESS_KEY={a}
UNSPLASH_SECRET_KEY={b}
""")
    t.add("web/cache/hero-photo.json", f"""{{
  "id": "{draw(r, ALNUM + "-_", 11)}",
  "width": 5472,
  "height": 3648,
  "color": "#c0a68c",
  "blur_hash": "{t.N("L" + draw(r, ALNUM + "#$%*+,-.:;=?@[]^_{|}~", 27), "blurhash")}",
  "alt_description": "drying racks at sunrise"
}}
""")


def weatherbit(t):
    r = t.rng("tool", "weatherbit")
    key = t.hexsec(r, 32)
    t.add("weather/fetch.sh", "#!/bin/sh\n" + J(t, r, "#") + f"""KEY={t.S(key, "weatherbit-api-key")}
LAT={r.uniform(-20, 30):.3f}
LON={r.uniform(-100, 110):.3f}
curl -s "https://api.weatherbit.io/v2.0/current?lat=$LAT&lon=$LON&key={t.N("$KEY", "env-reference")}" \\
  -o /var/lib/{t.th["device"][1]}/weather.json
""")


def clarifai(t):
    r = t.rng("tool", "clarifai")
    pat = t.hexsec(r, 32)
    t.add("grading/clarifai_classify.py", J(t, r, "#") + f"""from clarifai_grpc.channel.clarifai_channel import ClarifaiChannel
from clarifai_grpc.grpc.api import resources_pb2, service_pb2, service_pb2_grpc

PAT = "{t.S(pat, "clarifai-pat")}"
USER_ID = "{t.dir}"
APP_ID = "grading"
MODEL_ID = "general-image-recognition"
MODEL_VERSION_ID = "{t.N(hexs(r, 32), "model-version-id")}"

stub = service_pb2_grpc.V2Stub(ClarifaiChannel.get_grpc_channel())
metadata = (("authorization", "Key " + PAT),)
""")


KINDS_B = {"BeeGFS": beegfs, "Filebase": filebase, "Infobip": infobip, "Clickatell": clickatell,
           "Mailtrap": mailtrap, "SMTP2GO": smtp2go, "RapidPro/TextIt": rapidpro, "CommCare": commcare,
           "Recurly": recurly, "HyperPay": hyperpay, "Hubtel": hubtel, "2Checkout": twocheckout,
           "Geoapify": geoapify, "what3words": what3words, "Unsplash": unsplash, "Weatherbit": weatherbit,
           "Clarifai": clarifai}
_unused = (P,)
