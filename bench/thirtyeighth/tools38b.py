"""Tool / product kinds 26-50 (thirty-eighth corpus). Each builder returns a list of Docs."""
import string

import prov38 as P
from core38 import ALNUM, B64, B64URL, LOWER_ALNUM, UPPER_ALNUM, b64, b64u, rbytes, rhex, rs, ruuid


def ipstack(c):
    d = c.D("web/geo/lookup.php")
    key = c.f(lambda r: rhex(r, 32))
    old = rhex(c.r, 32)
    d.text = "<?php\n" + c.jit("slash") + ('// geolocate the buyer for the shipping estimate\n'
                                                      '$ip = $_SERVER["REMOTE_ADDR"];\n'
                                                      '$url = "http://api.ipstack.com/" . $ip . "?access_key=%s&fields=country_code,region_name";\n'
                                                      '// previous key (deleted in the dashboard): %s\n'
                                                      '$geo = json_decode(file_get_contents($url), true);\n') % (
        d.s(key, "ipstack-access-key"), d.neg(P.mask(c.r, old), "masked-token"))
    return [d]


def imgix(c):
    d = c.D("site/imgix.env")
    d.text = c.jit("hash") + ("IMGIX_DOMAIN=%s.imgix.net\nIMGIX_SECURE_URL_TOKEN=%s\n"
                              "# a signed URL from the catalogue export, for testing the cache\nIMGIX_SAMPLE=https://%s.imgix.net/catalogue/%d.jpg?w=640&s=%s\n") % (
        c.slug, d.s(c.f(lambda r: rs(r, ALNUM, 16)), "imgix-secure-url-token"), c.slug, c.r.randrange(100, 999),
        d.neg(rhex(c.r, 32), "url-signature"))
    return [d]


def elasticemail(c):
    d = c.D("Mailer/appsettings.json", crlf=True, bom=c.r.random() < 0.5)
    d.text = ('{\n  "ElasticEmail": {\n    "ApiKey": "%s",\n    "From": "orders@%s",\n    "LastTransactionId": "%s"\n  },\n'
              '  "Logging": { "LogLevel": { "Default": "Information" } }\n}\n') % (
        d.s(c.f(lambda r: rhex(r, 96, upper=True)), "elastic-email-api-key"), c.dom, d.neg(ruuid(c.r), "transaction-id"))
    return [d]


def gupshup(c):
    d = c.D("whatsapp/gupshup.js")
    d.text = c.jit("slash") + ("const axios = require('axios');\n\nconst client = axios.create({\n  baseURL: 'https://api.gupshup.io/wa/api/v1',\n"
                               "  headers: {\n    apikey: '%s',\n    'Content-Type': 'application/x-www-form-urlencoded',\n  },\n});\n"
                               "// app: %s\nconst APP_ID = '%s';\nmodule.exports = { client, APP_ID };\n") % (
        d.s(c.f(lambda r: rs(r, LOWER_ALNUM, 32)), "gupshup-api-key"), c.slug, d.neg(ruuid(c.r), "app-id"))
    return [d]


def dialog360(c):
    d = c.D("whatsapp/360dialog.http")
    d.text = c.jit("hash") + ("### send a template (production channel)\nPOST https://waba-v2.360dialog.io/messages\n"
                              "D360-API-KEY: %s\nContent-Type: application/json\n\n"
                              '{"messaging_product": "whatsapp", "to": "{{buyer}}", "type": "template"}\n\n'
                              "### sandbox\nPOST https://waba-sandbox.360dialog.io/v1/messages\nD360-API-KEY: %s\n") % (
        d.s(c.f(lambda r: rs(r, ALNUM, 32)), "360dialog-api-key"), d.neg("{{d360_sandbox_key}}", "template-reference"))
    return [d]


def equinix(c):
    d = c.D("terraform/metal/main.tf")
    d.text = c.jit("hash") + ('provider "equinix" {\n  auth_token = "%s"\n}\n\nresource "equinix_metal_device" "build" {\n'
                              '  hostname         = "build-%s"\n  plan             = "c3.small.x86"\n  metro            = "sg"\n'
                              '  operating_system = "ubuntu_22_04"\n  billing_cycle    = "hourly"\n  project_id       = "%s"\n}\n') % (
        d.s(c.f(lambda r: rs(r, ALNUM, 32)), "equinix-metal-auth-token"), c.slug, d.neg(ruuid(c.r), "project-id"))
    return [d]


def baidu(c):
    d = c.D("ocr/baidu_ocr.py")
    ak = c.f(lambda r: rs(r, ALNUM, 24))
    d.text = c.jit("hash") + ("from aip import AipOcr\n\nAPP_ID = '%s'\nAPI_KEY = '%s'\nSECRET_KEY = '%s'\n\n"
                              "client = AipOcr(APP_ID, API_KEY, SECRET_KEY)\n\ndef read_label(path):\n"
                              "    with open(path, 'rb') as fh:\n        return client.basicGeneral(fh.read())\n") % (
        d.neg(str(c.r.randrange(10 ** 7, 10 ** 8)), "app-id"), d.pid(ak, "bd"), d.s(c.f(lambda r: rs(r, ALNUM, 32)), "baidu-secret-key", pair="bd"))
    return [d]


def packagist(c):
    d = c.D(".github/workflows/packagist.yml")
    tok = c.f(lambda r: rs(r, ALNUM, 20))
    user = c.who()
    d.text = c.jit("hash") + ("name: packagist\non:\n  push:\n    tags: ['v*']\njobs:\n  notify:\n    runs-on: ubuntu-latest\n    steps:\n"
                              "      - name: update package\n        run: >-\n          curl -sS -XPOST -H'content-type:application/json'\n"
                              "          'https://packagist.org/api/update-package?username=%s&apiToken=%s'\n"
                              "          -d'{\"repository\":\"https://github.com/%s/%s-sdk\"}'\n"
                              "      - name: update mirror\n        run: >-\n          curl -sS -XPOST\n"
                              "          'https://packagist.org/api/update-package?username=%s&apiToken=%s'\n") % (
        user, d.s(tok, "packagist-api-token"), c.slug, c.slug, user, d.neg("${{ secrets.PACKAGIST_TOKEN }}", "ci-secret-reference"))
    return [d]


def miro(c):
    d = c.D("integrations/miro.env")
    d.text = c.jit("hash") + "MIRO_ACCESS_TOKEN=%s\nMIRO_BOARD_ID=%s\n" % (
        d.s(c.f(lambda r: "eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_" + rs(r, B64URL, 27)), "miro-access-token"),
        d.neg("uXjV" + rs(c.r, ALNUM, 8) + "=", "board-id"))
    return [d]


def dashlane(c):
    d = c.D("ci/dashlane.env")
    keys = c.f(lambda r: "dls_%s_%s" % (ruuid(r), rs(r, ALNUM, 64)))
    d.text = c.jit("hash") + "# service device for the deploy job (dcli)\nDASHLANE_SERVICE_DEVICE_KEYS=%s\nDB_PASSWORD=%s\n" % (
        d.s(keys, "dashlane-service-device-keys"), d.neg("dl://%s/password" % ruuid(c.r), "secret-reference"))
    return [d]


def clockify(c):
    d = c.D("tools/clockify/export.go")
    d.text = c.jit("slash") + ('package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nconst workspaceID = "%s"\n\n'
                               'func main() {\n\treq, _ := http.NewRequest("GET", fmt.Sprintf("https://api.clockify.me/api/v1/workspaces/%%s/projects", workspaceID), nil)\n'
                               '\treq.Header.Set("X-Api-Key", "%s")\n\tresp, err := http.DefaultClient.Do(req)\n'
                               '\tif err != nil {\n\t\tpanic(err)\n\t}\n\tdefer resp.Body.Close()\n}\n') % (
        d.neg(rhex(c.r, 24), "workspace-id"), d.s(c.f(lambda r: rs(r, ALNUM, 48)), "clockify-api-key"))
    return [d]


def podio(c):
    d = c.D("crm/podio/config.php")
    cid = "%s-%s" % (c.slug, rs(c.r, LOWER_ALNUM, 6))
    d.text = ("<?php\nrequire 'vendor/podio/podio-php/PodioAPI.php';\n\nPodio::setup(\n    '%s',\n    '%s'\n);\n"
              "define('ORDERS_APP_ID', %s);\nPodio::authenticate_with_app(ORDERS_APP_ID, '%s');\n") % (
        d.pid(cid, "po"), d.s(c.f(lambda r: rs(r, ALNUM, 64)), "podio-client-secret", pair="po"),
        d.neg(str(c.r.randrange(10 ** 7, 3 * 10 ** 7)), "app-id"), d.s(c.f(lambda r: rhex(r, 32)), "podio-app-token"))
    return [d]


def labelbox(c):
    d = c.D("ml/labelbox_export.py")
    tok = c.jwt("https://labelbox.com", "cl" + rs(c.r, LOWER_ALNUM, 23))
    d.text = c.jit("hash") + ('import labelbox as lb\n\nLB_API_KEY = "%s"\nPROJECT_ID = "%s"\n\n'
                              'client = lb.Client(api_key=LB_API_KEY)\nproject = client.get_project(PROJECT_ID)\n') % (
        d.s(tok, "labelbox-api-key"), d.neg("cl" + rs(c.r, LOWER_ALNUM, 23), "project-id"))
    return [d]


def speechmatics(c):
    d = c.D("Transcriber/App.config", crlf=True, bom=c.r.random() < 0.6)
    d.text = ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n'
              '    <add key="Speechmatics.Url" value="https://asr.api.speechmatics.com/v2" />\n'
              '    <add key="Speechmatics.ApiKey" value="%s" />\n'
              '    <add key="Speechmatics.LastJobId" value="%s" />\n  </appSettings>\n</configuration>\n') % (
        d.s(c.f(lambda r: rs(r, ALNUM, 32)), "speechmatics-api-key"), d.neg(rs(c.r, LOWER_ALNUM, 10), "job-id"))
    return [d]


def gladia(c):
    d = c.D("asr/gladia.ts")
    d.text = c.jit("slash") + ("const GLADIA_URL = 'https://api.gladia.io/v2/pre-recorded';\n\nexport async function transcribe(audioUrl: string) {\n"
                               "  const res = await fetch(GLADIA_URL, {\n    method: 'POST',\n"
                               "    headers: { 'x-gladia-key': '%s', 'Content-Type': 'application/json' },\n"
                               "    body: JSON.stringify({ audio_url: audioUrl }),\n  });\n  return res.json();\n}\n"
                               "// sample response id: %s\n") % (
        d.s(c.f(lambda r: ruuid(r)), "gladia-api-key"), d.neg(ruuid(c.r), "request-id"))
    return [d]


def together(c):
    d = c.D("llm/together.env")
    key = c.f(lambda r: rhex(r, 64))
    d.text = c.jit("hash") + "TOGETHER_API_KEY=%s\nTOGETHER_MODEL=meta-llama/Llama-3.3-70B-Instruct-Turbo\n# sha256 of the key, for the audit log\nTOGETHER_KEY_SHA256=%s\n" % (
        d.s(key, "together-api-key"), d.neg(P.sha256(c.r), "sha256-digest"))
    return [d]


def stability(c):
    d = c.D("art/stability.sh")
    d.text = c.jit("hash") + ('#!/bin/sh\ncurl -f -sS "https://api.stability.ai/v2beta/stable-image/generate/core" \\\n'
                              '  -H "authorization: Bearer %s" \\\n  -H "accept: image/*" \\\n  -F prompt="%s label artwork" -o label.png\n'
                              '# upscale, key from the environment\ncurl -f -sS "https://api.stability.ai/v2beta/stable-image/upscale/fast" \\\n'
                              '  -H "authorization: Bearer %s" -F image=@label.png -o label-4x.png\n') % (
        d.s(c.f(lambda r: "sk-" + rs(r, ALNUM, 48)), "stability-api-key"), c.slug, d.neg("$STABILITY_API_KEY", "env-reference"))
    return [d]


def helicone(c):
    d = c.D("llm/gateway.py")
    key = c.f(lambda r: "sk-helicone-" + "-".join(rs(r, LOWER_ALNUM, 7) for _ in range(4)))
    d.text = c.jit("hash") + ('import os\nfrom openai import OpenAI\n\nclient = OpenAI(\n    api_key=os.environ["OPENAI_API_KEY"],\n'
                              '    base_url="https://oai.helicone.ai/v1",\n    default_headers={\n'
                              '        "Helicone-Auth": "Bearer %s",\n    },\n)\n') % d.s(key, "helicone-api-key")
    d.text = d.text.replace('os.environ["OPENAI_API_KEY"]', d.neg('os.environ["OPENAI_API_KEY"]', "env-lookup"))
    return [d]


def anyscale(c):
    d = c.D("llm/anyscale.env")
    old = "esecret_" + rs(c.r, LOWER_ALNUM, 26)
    d.text = c.jit("hash") + "ANYSCALE_BASE_URL=https://api.endpoints.anyscale.com/v1\nANYSCALE_API_KEY=%s\n# replaced key, as shown in the console: %s\n" % (
        d.s(c.f(lambda r: "esecret_" + rs(r, LOWER_ALNUM, 26)), "anyscale-api-key"), d.neg(P.mask(c.r, old), "masked-token"))
    return [d]


def baseten(c):
    a = c.D("ml/.trussrc")
    a.text = "[baseten]\nremote_provider = baseten\napi_key = %s\nremote_url = https://app.baseten.co\n" % a.s(
        c.f(lambda r: rs(r, ALNUM, 8) + "." + rs(r, ALNUM, 32)), "baseten-api-key")
    b = c.D("ml/predict.sh")
    mid = rs(c.r, LOWER_ALNUM, 8)
    b.text = c.jit("hash") + ('#!/bin/sh\nMODEL_ID=%s\ncurl -sS -X POST "https://model-${MODEL_ID}.api.baseten.co/production/predict" \\\n'
                              '  -H "Authorization: Api-Key $BASETEN_API_KEY" -d @sample.json\n') % b.neg(mid, "model-id")
    return [a, b]


def runpod(c):
    d = c.D("ml/runpod/config.toml")
    d.text = c.jit("hash") + '[default]\napikey = "%s"\nendpoint_id = "%s"\n' % (
        d.s(c.f(lambda r: "rpa_" + rs(r, UPPER_ALNUM, 42)), "runpod-api-key"), d.neg(rs(c.r, LOWER_ALNUM, 14), "endpoint-id"))
    return [d]


def vastai(c):
    a = c.D("ml/vast/.vast_api_key")
    a.text = a.s(c.f(lambda r: rhex(r, 64)), "vastai-api-key")
    k = c.key("ed25519")
    b = c.D("ml/vast/authorized_keys.pub")
    b.text = b.neg(k.ssh_pub("%s@%s" % (c.who(), c.slug)), "ssh-public-key", key_check="openssh-pub")
    return [a, b]


def fitbit(c):
    d = c.D("app/src/main/res/values/fitbit.xml")
    cid = rs(c.r, UPPER_ALNUM, 6)
    d.text = ('<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="fitbit_client_id">%s</string>\n'
              '    <string name="fitbit_client_secret">%s</string>\n    <string name="fitbit_redirect_uri">%s://fitbit/callback</string>\n'
              '    <string name="login_password_label">%s</string>\n</resources>\n') % (
        d.pid(cid, "fb"), d.s(c.f(lambda r: rhex(r, 32)), "fitbit-client-secret", pair="fb"), c.slug,
        d.neg("Password", "i18n-string"))
    return [d]


def withings(c):
    d = c.D("config/withings.json")
    cid = rhex(c.r, 64)
    d.text = '{\n  "client_id": "%s",\n  "consumer_secret": "%s",\n  "callback_uri": "https://%s/withings/callback",\n  "last_userid": %s\n}\n' % (
        d.pid(cid, "wi"), d.s(c.f(lambda r: rhex(r, 64)), "withings-consumer-secret", pair="wi"), c.dom,
        d.neg(str(c.r.randrange(10 ** 7, 10 ** 8)), "user-id"))
    return [d]


KINDS_B = [ipstack, imgix, elasticemail, gupshup, dialog360, equinix, baidu, packagist, miro, dashlane, clockify,
           podio, labelbox, speechmatics, gladia, together, stability, helicone, anyscale, baseten, runpod, vastai, fitbit,
           withings]
