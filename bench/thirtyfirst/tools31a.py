"""Tool kinds 1-16: hosting panels and self-hosted apps, media and home automation / IoT."""

import base64
import hashlib
import json

from core31 import ALNUM, B64URL, DIGITS, HEX, IdMark, LOWER, UPPER, Doc, N, S, b64, chance, pick, rhex, rstr, ruuid


def cpanel(c, r):
    d = Doc("ops/cpanel-uapi-backup.sh")
    user = c.slug[:8]
    tok = c.rand(r, 32, UPPER + DIGITS)
    d.text("#!/bin/sh\n# nightly cPanel UAPI: full backup to the home directory of %s\nset -eu" % user)
    d.add('CPANEL_HOST="https://cpanel.%s:2083"' % c.domain)
    d.add('CPANEL_USER="%s"' % user)
    d.add('CPANEL_TOKEN="%s"   # API token "backup-%d", created in cPanel > Manage API Tokens' % (tok, r.randrange(2023, 2026)), S(tok, "cpanel-api-token"))
    d.add('AUTH="cpanel ${CPANEL_USER}:${CPANEL_TOKEN}"', N("${CPANEL_TOKEN}", "env-reference"))
    whm = c.rand(r, 32, UPPER + DIGITS)
    d.add('WHM_TOKEN="%s"   # root API token for the reseller account list' % whm, S(whm, "whm-api-token"))
    pin = c.sha256(r)
    d.add('PINNED_CERT_SHA256="%s"' % pin, N(pin, "tls-cert-sha256"))
    d.text('curl -fsS --pinnedpubkey "sha256//$PINNED_CERT_SHA256" -H "Authorization: $AUTH" \\\n'
           '  "$CPANEL_HOST/execute/Backup/fullbackup_to_homedir?email=ops@%s"' % c.domain)
    return [d]


def plesk(c, r):
    d = Doc("plesk/api-client.php")
    key = c.uuid_secret(r)
    pw = c.pw(r, cs="shell")
    d.text("<?php\n// Plesk REST API client used by the shop deploy job\ndeclare(strict_types=1);\n")
    d.add("$pleskHost = 'https://plesk.%s:8443/api/v2';" % c.intra)
    d.add("$apiKey = '%s'; // plesk bin secret_key --create -ip-address 10.20.0.5" % key, S(key, "plesk-secret-key"))
    rid = ruuid(r)
    d.add("$requestId = '%s';" % rid, N(rid, "request-uuid"))
    d.text("$ch = curl_init($pleskHost . '/domains');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['X-API-Key: ' . $apiKey, 'X-Request-Id: ' . $requestId]);")
    d.add("// admin reset on the box: plesk bin admin --set-admin-password -passwd '%s'" % pw, S(pw, "plesk-admin-password"))
    d.add("$fallback = getenv('PLESK_API_KEY') ?: 'REPLACE_WITH_SECRET_KEY';", N("REPLACE_WITH_SECRET_KEY", "placeholder"))
    return [d]


def hestia(c, r):
    d = Doc("ops/hestia-provision.sh")
    user = c.slug[:10]
    p1, p2 = c.pw(r, cs="shell"), c.pw(r, cs="shell")
    d.text("#!/bin/bash\n# HestiaCP: account, web domain and database for %s\nexport PATH=$PATH:/usr/local/hestia/bin" % c.org)
    d.add("v-add-user %s '%s' ops@%s default" % (user, p1, c.domain), S(p1, "hestia-user-password"))
    d.add("v-add-web-domain %s shop.%s" % (user, c.domain))
    d.add("v-add-database %s shop shop '%s' mysql" % (user, p2), S(p2, "hestia-db-password"))
    d.add('v-change-user-password admin "$(cat /root/.hestia_admin_pw)"', N("$(cat /root/.hestia_admin_pw)", "secret-file-reference"))
    h = c.sha512crypt(r)
    d.add("# /usr/local/hestia/data/users/%s/user.conf -> MD5='%s'" % (user, h), N(h, "password-hash"))
    return [d]


def aapanel(c, r):
    d = Doc("tools/aapanel_api.py")
    sk = c.rand(r, 32, ALNUM)
    d.text('"""aaPanel API: list sites and trigger a backup."""\nimport hashlib\nimport time\n\nimport requests\n')
    d.add('PANEL = "https://panel.%s:7800"' % c.intra)
    d.add('API_SK = "%s"  # Settings > API interface' % sk, S(sk, "aapanel-api-key"))
    ba = c.pw(r)
    d.add('BASIC_AUTH = ("panel", "%s")  # aaPanel BasicAuth in front of the panel' % ba, S(ba, "aapanel-basic-auth-password"))
    ex = rhex(r, 32)
    d.add('# request_token for request_time=1718000000 was %s (md5, changes every call)' % ex, N(ex, "md5-digest"))
    d.text('\n\ndef sign():\n    now = int(time.time())\n    token = hashlib.md5((str(now) + hashlib.md5(API_SK.encode()).hexdigest()).encode()).hexdigest()\n'
           '    return {"request_time": now, "request_token": token}\n\n\nprint(requests.post(PANEL + "/data?action=getData&table=sites", data=sign(), timeout=10).json())')
    return [d]


def froxlor(c, r):
    d = Doc("froxlor/lib/userdata.inc.php")
    p1, p2 = c.pw(r, cs="ini"), c.pw(r, cs="ini")
    d.text("<?php\n// automatically generated userdata.inc.php for froxlor")
    d.add("$sql['host'] = 'db.%s';" % c.intra)
    d.add("$sql['user'] = 'froxlor';")
    d.add("$sql['password'] = '%s';" % p1, S(p1, "froxlor-db-password"))
    d.add("$sql['db'] = 'froxlor';")
    d.add("$sql_root[0]['caption'] = 'Default';")
    d.add("$sql_root[0]['host'] = 'db.%s';" % c.intra)
    d.add("$sql_root[0]['user'] = 'root';")
    d.add("$sql_root[0]['password'] = '%s';" % p2, S(p2, "froxlor-db-root-password"))
    s = c.sha256(r)
    d.add("// installer package sha256: %s" % s, N(s, "sha256-checksum"))
    d.add("$sql['debug'] = false;")
    return [d]


def virtualmin(c, r):
    d = Doc("ops/virtualmin-add-site.sh")
    p = c.pw(r, cs="shell")
    d.text("#!/bin/sh\n# create the seasonal landing site on the Virtualmin box")
    d.add("virtualmin create-domain --domain season.%s --pass '%s' --desc 'Season site' --unix --dir --web --ssl --mysql" % (c.domain, p),
          S(p, "virtualmin-domain-password"))
    p2 = c.pw(r, cs="shell")
    d.add("virtualmin modify-domain --domain shop.%s --pass '%s'" % (c.domain, p2), S(p2, "virtualmin-domain-password"))
    h = c.sha512crypt(r)
    d.add("virtualmin create-user --domain season.%s --user editor --encpass '%s' --ftp" % (c.domain, h), N(h, "password-hash"))
    d.add('virtualmin modify-user --domain season.%s --user editor --pass "$EDITOR_PASS"' % c.domain, N("$EDITOR_PASS", "env-reference"))
    return [d]


def komodo(c, r):
    d = Doc("komodo/core.config.toml")
    pk, jwt = c.rand(r, 40, ALNUM), c.rand(r, 48, ALNUM)
    wh = c.rand(r, 32, ALNUM + "-_")
    d.text("## Komodo Core configuration\ntitle = \"%s\"\nhost = \"https://komodo.%s\"\nport = 9120\n" % (c.org, c.intra))
    d.add('passkey = "%s"' % pk, S(pk, "komodo-periphery-passkey"))
    d.add('jwt_secret = "%s"' % jwt, S(jwt, "komodo-jwt-secret"))
    d.add('webhook_secret = "%s"' % wh, S(wh, "komodo-webhook-secret"))
    d.add("jwt_ttl = \"1-day\"")
    d.text("\n[database]")
    d.add('uri = "mongodb://komodo:${KOMODO_DB_PASSWORD}@mongo:27017"', N("${KOMODO_DB_PASSWORD}", "env-reference"))
    cid = ruuid(r)
    d.add('oidc_client_id = "%s"' % cid, N(cid, "oidc-client-id"))
    return [d]


def incus(c, r):
    d = Doc("ops/incus-join-site-b.sh")
    fp = c.sha256(r)
    secret = rhex(r, 64)
    payload = {"client_name": "site-a", "fingerprint": rhex(r, 64), "addresses": ["10.%d.0.2:8443" % r.randrange(10, 250)],
               "secret": secret, "expires_at": "2025-%02d-01T00:00:00Z" % r.randrange(2, 12)}
    tok = c.uniq(lambda: base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode())
    d.text("#!/bin/sh\n# on site B: incus config trust add site-a   (prints the one-time trust token)\n# on site A:")
    d.add("incus remote add site-b %s --accept-certificate" % tok, S(tok, "incus-trust-token", decoded=json.dumps(payload)))
    d.add("# site-b server certificate fingerprint: %s" % fp, N(fp, "tls-cert-fingerprint"))
    d.add("incus list site-b:")
    return [d]


def emby(c, r):
    d = Doc("scripts/emby_refresh.py")
    key = c.hexs(r, 32)
    sid = rhex(r, 32)
    d.text('"""Refresh the in-store screen playlists on the Emby server."""\nimport requests\n')
    d.add('EMBY = "http://media.%s:8096"' % c.intra)
    d.add('EMBY_API_KEY = "%s"  # Dashboard > API Keys > screens' % key, S(key, "emby-api-key"))
    d.add('SERVER_ID = "%s"' % sid, N(sid, "emby-server-id"))
    dev = ruuid(r)
    d.add('DEVICE_ID = "%s"' % dev, N(dev, "device-uuid"))
    d.text('HEADERS = {"X-Emby-Token": EMBY_API_KEY, "X-Emby-Device-Id": DEVICE_ID}\n'
           'requests.post(EMBY + "/Library/Refresh", headers=HEADERS, timeout=10)')
    pw = c.pw(r)
    d.add('requests.post(EMBY + "/Users/AuthenticateByName", json={"Username": "screens", "Pw": "%s"}, headers=HEADERS, timeout=10)' % pw,
          S(pw, "emby-user-password"))
    return [d]


def govee(c, r):
    d = Doc("home/govee_lights.py")
    key = c.uuid_secret(r)
    mac = ":".join(rhex(r, 2).upper() for _ in range(8))
    d.text('import requests\n')
    d.add('GOVEE_API_KEY = "%s"' % key, S(key, "govee-api-key"))
    d.add('DEVICE = "%s"  # H6008 bulb in the shop window' % mac, N(mac, "device-mac"))
    d.text('body = {"requestId": "window", "payload": {"sku": "H6008", "device": DEVICE, "capability": {"type": "devices.capabilities.on_off", "instance": "powerSwitch", "value": 1}}}\n'
           'requests.post("https://openapi.api.govee.com/router/api/v1/device/control", json=body, headers={"Govee-API-Key": GOVEE_API_KEY}, timeout=10)')
    return [d]


def nanoleaf(c, r):
    d = Doc("home/nanoleaf-scene.sh")
    tok = c.rand(r, 32, ALNUM)
    d.text("#!/bin/sh\n# Nanoleaf panels in the tasting room; token from POST /api/v1/new while holding the power button")
    d.add("NL_HOST=192.168.%d.%d:16021" % (r.randrange(1, 250), r.randrange(2, 250)))
    d.add("AUTH_TOKEN=%s" % tok, S(tok, "nanoleaf-auth-token"))
    d.add("curl -s -X PUT \"http://$NL_HOST/api/v1/$AUTH_TOKEN/effects\" -d '{\"select\": \"Autumn\"}'", N("$AUTH_TOKEN", "env-reference"))
    return [d]


def ecowitt(c, r):
    d = Doc("weather/ecowitt.yaml")
    app, key = c.hexs(r, 32).upper(), c.uuid_secret(r)
    it = S(key, "pair-ecowitt", id_value=app)
    d.text("# Ecowitt API v3 for the outdoor station\nstation:\n  name: %s yard" % c.org)
    passkey = rhex(r, 32).upper()
    d.add("  passkey: %s   # MD5 of the station MAC, sent with every upload" % passkey, N(passkey, "station-passkey-md5"))
    d.add("api:")
    d.add("  application_key: %s" % app, IdMark(it))
    d.add("  api_key: %s" % key, it)
    d.add("  mac: %s" % ":".join(rhex(r, 2).upper() for _ in range(6)))
    return [d]


def netatmo(c, r):
    d = Doc("home/netatmo.json")
    cid, sec = rhex(r, 24), c.rand(r, 30, ALNUM)
    refresh = c.uniq(lambda: rhex(r, 24) + "|" + rhex(r, 32))
    it = S(sec, "pair-netatmo", id_value=cid)
    d.add("{")
    d.add('  "client_id": "%s",' % cid, IdMark(it))
    d.add('  "client_secret": "%s",' % sec, it)
    d.add('  "refresh_token": "%s",' % refresh, S(refresh, "netatmo-refresh-token"))
    dev = ":".join(rhex(r, 2) for _ in range(6))
    d.add('  "device_id": "70:ee:50:%s",' % dev[9:], N("70:ee:50:" + dev[9:], "device-mac"))
    d.add('  "scope": "read_station read_thermostat"')
    d.add("}")
    return [d]


def wyze(c, r):
    d = Doc("home/wyze_cam.py")
    kid, key = c.uuid_secret(r), c.rand(r, 60, ALNUM)
    it = S(key, "pair-wyze", id_value=kid)
    d.text("import os\n\nfrom wyze_sdk import Client\n")
    d.add('KEY_ID = "%s"' % kid, IdMark(it))
    d.add('API_KEY = "%s"' % key, it)
    d.add('client = Client(email="cams@%s", password=os.environ["WYZE_PASSWORD"], key_id=KEY_ID, api_key=API_KEY)' % c.domain,
          N('os.environ["WYZE_PASSWORD"]', "env-reference"))
    mac = rhex(r, 12).upper()
    d.add('GATE_CAM = "%s"' % mac, N(mac, "device-mac"))
    return [d]


def tibber(c, r):
    d = Doc("energy/tibber_prices.py")
    tok = c.rand(r, 43, B64URL)
    d.text('"""Hourly price pull for the boiler schedule."""\nimport requests\n')
    d.add('TIBBER_TOKEN = "%s"' % tok, S(tok, "tibber-api-token"))
    d.add('DEMO_TOKEN = "5K4MVS-OjfWhK_4yrjOlFe1F6kJXPVf7eQYggo8ebAE"  # from developer.tibber.com, for tests only',
          N("5K4MVS-OjfWhK_4yrjOlFe1F6kJXPVf7eQYggo8ebAE", "doc-example-tibber-demo", cite="developer.tibber.com demo token"))
    hid = ruuid(r)
    d.add('HOME_ID = "%s"' % hid, N(hid, "home-uuid"))
    d.text('Q = "{ viewer { home(id: \\"%s\\") { currentSubscription { priceInfo { today { total startsAt } } } } } }"' % hid[:8]
           + '\nprint(requests.post("https://api.tibber.com/v1-beta/gql", json={"query": Q}, headers={"Authorization": "Bearer " + TIBBER_TOKEN}, timeout=10).json())')
    return [d]


def nodemcu(c, r):
    d = Doc("firmware/nodemcu/init.lua")
    p1, p2 = c.pw(r, style=pick(r, ["phrase", "human", "strong"])), c.pw(r)
    d.text("-- NodeMCU: %s sensor node" % c.t["device"])
    d.add('wifi.setmode(wifi.STATION)')
    d.add('wifi.sta.config({ssid="%s-iot", pwd="%s", auto=true})' % (c.slug, p1), S(p1, "nodemcu-wifi-password"))
    d.add('local m = mqtt.Client("node-%s", 120, "sensor", "%s")' % (rhex(r, 4), p2), S(p2, "nodemcu-mqtt-password"))
    s = c.sha256(r)
    d.add('local FW_SHA256 = "%s"' % s, N(s, "firmware-sha256"))
    d.text('m:connect("mqtt.%s", 1883, false, function(client) client:publish("plant/up", "1", 0, 0) end)' % c.intra)
    return [d]


KINDS = [cpanel, plesk, hestia, aapanel, froxlor, virtualmin, komodo, incus, emby, govee, nanoleaf, ecowitt,
         netatmo, wyze, tibber, nodemcu]
