"""Tool/config file kinds, part C: network gear, IoT firmware configs, gateways, Windows deployment files and
command-line credential stores."""
import base64

import neg19 as NG
import vals19 as V


def edgeos(c):
    psk, radius = c.pw(style=c.choice(["alnum", "strong", "phrase"])), c.pw(style="alnum")
    c.file("network/edge-router/config.boot", f"""firewall {{
    all-ping enable
    broadcast-ping disable
}}
interfaces {{
    ethernet eth0 {{
        address dhcp
        description WAN
    }}
}}
service {{
    ssh {{
        port 22
    }}
}}
system {{
    host-name edge-{c.slug[:8]}
    login {{
        user ubnt {{
            authentication {{
                encrypted-password {c.N('password-hash-sha512crypt', V.sha512crypt(c.rng))}
                plaintext-password ""
            }}
            level admin
        }}
    }}
    radius-server 10.{c.randint(10, 60)}.0.5 {{
        secret {c.S('radius-secret', radius)}
    }}
}}
vpn {{
    ipsec {{
        site-to-site {{
            peer 203.0.113.{c.randint(2, 250)} {{
                authentication {{
                    mode pre-shared-secret
                    pre-shared-secret {c.S('ipsec-psk', psk)}
                }}
            }}
        }}
    }}
}}
""")


def opnsense(c):
    psk = c.pw(style="alnum")
    rs = c.pw(style="strong")
    c.file("network/opnsense/config.xml", f"""<?xml version="1.0"?>
<opnsense>
  <version>24.7</version>
  <system>
    <hostname>fw01</hostname>
    <domain>{c.slug}.{c.suffix}</domain>
    <user>
      <name>root</name>
      <descr>System Administrator</descr>
      <password>{c.N('password-hash-bcrypt', V.bcrypt_hash(c.rng, 11))}</password>
      <uid>0</uid>
    </user>
  </system>
  <ipsec>
    <phase1>
      <remote-gateway>198.51.100.{c.randint(2, 250)}</remote-gateway>
      <authentication_method>pre_shared_key</authentication_method>
      <pre-shared-key>{c.S('ipsec-psk', psk)}</pre-shared-key>
    </phase1>
  </ipsec>
  <authserver>
    <type>radius</type>
    <name>NPS</name>
    <host>10.{c.randint(10, 60)}.1.20</host>
    <radius_secret>{c.S('radius-secret', rs)}</radius_secret>
  </authserver>
</opnsense>
""")


def tasmota(c):
    mq, wp = c.pw(style=c.choice(["alnum", "weak", "urisafe"])), c.pw(style=c.choice(["weak", "alnum"]))
    c.file("iot/tasmota/plug-backlog.txt", f"""# pasted into the Tasmota console of every smart plug in the {c.choice(c.theme['systems'])} room
Backlog SSID1 {c.slug.split("-")[0]}-iot; Password1 {c.S('wifi-psk', c.pw(style='phrase'))}
Backlog MqttHost mqtt.{c.slug}.{c.suffix}; MqttPort 1883; MqttUser tasmota; MqttPassword {c.S('mqtt-password', mq)}
Backlog WebPassword {c.S('device-web-password', wp)}; Timezone 99; SetOption19 1
""")


def openhab_things(c):
    pw = c.pw()
    c.file("iot/openhab/things/mqtt.things", f"""Bridge mqtt:broker:site "Site broker" [ host="mqtt.{c.slug}.{c.suffix}", port=8883, secure=true, username="openhab", password="{c.S('mqtt-password', pw)}", clientID="openhab-{c.randint(1, 9)}" ] {{
    Thing topic climate1 "Climate sensor 1" {{
    Channels:
        Type number : temperature "Temperature" [ stateTopic="site/climate1/temp" ]
        Type number : humidity "Humidity" [ stateTopic="site/climate1/hum" ]
    }}
}}
""")


def shelly(c):
    pw = c.pw(style=c.choice(["weak", "alnum", "phrase"]))
    c.file("iot/shelly/shellyplus1-" + V.hexs(c.rng, 12) + ".json", f"""{{
  "wifi": {{
    "sta": {{
      "ssid": "{c.slug.split("-")[0]}-iot",
      "pass": {c.S('wifi-psk', pw, 'json')},
      "is_open": false,
      "enable": true
    }},
    "ap": {{ "enable": false }}
  }},
  "mqtt": {{
    "enable": true,
    "server": "mqtt.{c.slug}.{c.suffix}:1883",
    "user": "shelly",
    "pass": {c.N('masked-export', '********', 'json')}
  }},
  "sys": {{ "device": {{ "mac": "{c.N('mac-address', V.mac(c.rng, ''))}" }} }}
}}
""")


def micropython_secrets(c):
    wp = c.pw(style=c.choice(["phrase", "weak", "strong"]), space_ok=True)
    ak = c.uniq(lambda: "aio_" + V.alnum(c.rng, 28))
    c.file("iot/micropython/secrets.py", f"""# copied to the board with mpremote cp secrets.py :
WIFI_SSID = "{c.slug.split("-")[0]}-sensors"
WIFI_PASSWORD = "{c.S('wifi-psk', wp)}"
AIO_USERNAME = "{c.slug.replace('-', '_')}"
AIO_KEY = "{c.S('api-key', ak)}"
NTP_HOST = "pool.ntp.org"
""")


def circuitpython_settings(c):
    wp = c.pw(style=c.choice(["phrase", "weak"]))
    web = c.pw(style="alnum")
    c.file("iot/circuitpython/settings.toml", f"""CIRCUITPY_WIFI_SSID = "{c.slug.split("-")[0]}-sensors"
CIRCUITPY_WIFI_PASSWORD = "{c.S('wifi-psk', wp)}"
CIRCUITPY_WEB_API_PASSWORD = "{c.S('device-web-password', web)}"
CIRCUITPY_WEB_API_PORT = 80
SENSOR_UPLOAD_URL = "https://ingest.{c.domain}/v1/readings"
""")


def sdkconfig(c):
    wp = c.pw(style=c.choice(["phrase", "weak", "alnum"]))
    mp = c.pw(uri=True)
    c.file("iot/firmware/sdkconfig.defaults", f"""CONFIG_IDF_TARGET="esp32s3"
CONFIG_ESPTOOLPY_FLASHSIZE_8MB=y
CONFIG_EXAMPLE_WIFI_SSID="{c.slug.split("-")[0]}-ot"
CONFIG_EXAMPLE_WIFI_PASSWORD="{c.S('wifi-psk', wp)}"
CONFIG_BROKER_URL="mqtts://fw-device:{c.S('uri-password', mp)}@mqtt.{c.slug}.{c.suffix}:8883"
CONFIG_MBEDTLS_CERTIFICATE_BUNDLE=y
CONFIG_LOG_DEFAULT_LEVEL_INFO=y
""")


def kong(c):
    k1 = c.alnum(32)
    pw = c.pw()
    js = c.alnum(40)
    c.file("gateway/kong.yml", f"""_format_version: "3.0"
services:
  - name: orders
    url: http://orders.internal:8080
    routes:
      - name: orders-route
        paths: ["/orders"]
    plugins:
      - name: key-auth
consumers:
  - username: partner-portal
    keyauth_credentials:
      - key: {c.S('api-key', k1)}
  - username: legacy-ops
    basicauth_credentials:
      - username: legacy-ops
        password: {c.S('password', pw, 'yaml')}
  - username: mobile-app
    jwt_secrets:
      - key: {c.N('jwt-issuer-key', 'mobile-' + V.hexs(c.rng, 8))}
        algorithm: HS256
        secret: {c.S('jwt-signing-secret', js)}
""")


def krakend(c):
    cs = c.alnum(40)
    c.file("gateway/krakend.json", f"""{{
  "$schema": "https://www.krakend.io/schema/krakend.json",
  "version": 3,
  "name": "{c.slug} edge",
  "endpoints": [
    {{
      "endpoint": "/v1/bookings",
      "backend": [
        {{
          "url_pattern": "/bookings",
          "host": ["https://backend.{c.domain}"],
          "extra_config": {{
            "auth/client-credentials": {{
              "client_id": {c.N('oauth-client-id', 'krakend-edge', 'json')},
              "client_secret": {c.S('client-secret', cs, 'json')},
              "token_url": "https://sso.{c.domain}/realms/svc/protocol/openid-connect/token"
            }}
          }}
        }}
      ],
      "extra_config": {{
        "auth/validator": {{ "alg": "RS256", "jwk_url": "https://sso.{c.domain}/realms/svc/protocol/openid-connect/certs" }}
      }}
    }}
  ]
}}
""")


def apisix(c):
    ak, vk = c.alnum(32), c.alnum(32)
    c.file("gateway/apisix/config.yaml", f"""deployment:
  role: traditional
  role_traditional:
    config_provider: etcd
  admin:
    admin_key:
      - name: admin
        key: {c.S('gateway-admin-key', ak)}
        role: admin
      - name: viewer
        key: {c.S('gateway-admin-key', vk)}
        role: viewer
  etcd:
    host:
      - "http://etcd:2379"
    password: {c.N('env-reference', '${{ETCD_PASSWORD}}')}
""")


def varnish_secret(c):
    s = c.uniq(lambda: V.uuid4(c.rng))
    c.file("cache/varnish/secret", c.S("varnish-admin-secret", s) + "\n")
    c.file("cache/varnish/varnish.params", """VARNISH_LISTEN_PORT=6081
VARNISH_ADMIN_LISTEN_ADDRESS=127.0.0.1
VARNISH_ADMIN_LISTEN_PORT=6082
VARNISH_SECRET_FILE=/etc/varnish/secret
VARNISH_STORAGE="malloc,2G"
""")


def pg_service(c):
    pw, pw2 = c.pw(), c.pw()
    c.file("dotfiles/.pg_service.conf", f"""[reporting]
host={c.host('pgro')}
port=5432
dbname=reporting
user=analyst
password={c.S('db-password', pw)}
sslmode=verify-full

[etl]
host={c.host('pg')}
dbname={c.slug.replace('-', '_')}
user=etl
password={c.S('db-password', pw2)}

[local]
host=/var/run/postgresql
dbname=scratch
""")


def cqlshrc(c):
    pw = c.pw()
    c.file("dotfiles/.cassandra/cqlshrc", f"""[authentication]
username = ops_reader
password = {c.S('db-password', pw)}

[connection]
hostname = cass01.{c.slug}.{c.suffix}
port = 9042
ssl = true

[ssl]
certfile = /etc/ssl/cassandra/ca.pem
validate = true
""")


def hgrc(c):
    pw = c.pw()
    c.file("dotfiles/.hgrc", f"""[ui]
username = {c.people[0]['name']} <{c.people[0]['email']}>

[auth]
legacy.prefix = https://hg.{c.domain}/
legacy.username = {c.people[0]['handle']}
legacy.password = {c.S('vcs-password', pw)}
bb.prefix = https://hg.partner.example/
bb.username = {c.people[0]['handle']}

[extensions]
rebase =
""")


def cloginrc(c):
    v, e = c.pw(), c.pw()
    c.file("network/rancid/.cloginrc", f"""# RANCID clogin credentials
add user        *.{c.slug}.{c.suffix}   rancid
add password    core-*.{c.slug}.{c.suffix}   {{{c.S('network-device-password', v)}}}
add password    dist-*.{c.slug}.{c.suffix}   {{{c.S('network-device-password', e)}}}
add method      *       ssh
add autoenable  access-* 1
add password    lab-*   {{{c.N('placeholder', NG.placeholder(c))}}}
""")


def nornir(c):
    pw, sec = c.pw(), c.pw()
    c.file("network/nornir/inventory/defaults.yaml", f"""---
username: netauto
password: {c.S('network-device-password', pw, 'yaml')}
platform: ios
connection_options:
  netmiko:
    extras:
      secret: {c.S('enable-password', sec, 'yaml')}
      fast_cli: false
  napalm:
    extras:
      optional_args:
        transport: ssh
data:
  site: {c.city}
""")


def tac_plus(c):
    key, lp = c.pw(style="alnum"), c.pw()
    c.file("network/tacacs/tac_plus.conf", f"""key = "{c.S('tacacs-key', key)}"
accounting file = /var/log/tac_plus/acct.log

group = netadmins {{
    default service = permit
    service = exec {{ priv-lvl = 15 }}
}}

user = breakglass {{
    member = netadmins
    login = cleartext "{c.S('network-device-password', lp)}"
}}

user = {c.people[1]['handle']} {{
    member = netadmins
    login = des {c.N('des-crypt-hash', V.rs(c.rng, V.BCRYPT_ALPHA, 13))}
}}
""")


def murmur(c):
    sp, ic = c.pw(style=c.choice(["weak", "phrase"])), c.pw(style="alnum")
    c.file("voice/murmur.ini", f"""database=/var/lib/mumble-server/mumble-server.sqlite
ice="tcp -h 127.0.0.1 -p 6502"
icesecretread=
icesecretwrite={c.S('ice-secret', ic)}
logfile=/var/log/mumble-server/mumble-server.log
port=64738
serverpassword={c.S('server-password', sp)}
bandwidth=72000
users=100
welcometext="Crew voice for {c.org}"
registerName={c.slug} crew
""")


def teamspeak_log(c):
    pw = c.alnum(8)
    tok = c.uniq(lambda: V.rs(c.rng, V.ALNUM + "+", 40))
    c.file("voice/teamspeak/logs/ts3server_2025-03-02__08_14_11.log", f"""2025-03-02 08:14:11.551207|INFO    |ServerLibPriv |   |TeamSpeak 3 Server 3.13.7 (2022-06-20 12:21:53)
2025-03-02 08:14:11.551590|INFO    |ServerLibPriv |   |SystemInformation: Linux 6.1.0-28-amd64 #1 SMP x86_64
2025-03-02 08:14:11.612022|INFO    |DatabaseQuery |   |dbPlugin name:    SQLite3 plugin, Version 3, (c)TeamSpeak Systems GmbH
2025-03-02 08:14:12.030110|WARNING |Accounting    |   |Unable to find valid license key, falling back to limited functionality
------------------------------------------------------------------
                      I M P O R T A N T
------------------------------------------------------------------
               Server Query Admin Account created
         loginname= "serveradmin", password= "{c.S('server-query-password', pw)}"
------------------------------------------------------------------
2025-03-02 08:14:12.200411|INFO    |VirtualServer |1  |listening on 0.0.0.0:9987
2025-03-02 08:14:12.200718|WARNING |VirtualServer |1  |--------------------------------------------------------
2025-03-02 08:14:12.200742|WARNING |VirtualServer |1  |ServerAdmin privilege key created, please use the line below
2025-03-02 08:14:12.200750|WARNING |VirtualServer |1  |token={c.S('privilege-key', tok)}
2025-03-02 08:14:12.200760|WARNING |VirtualServer |1  |--------------------------------------------------------
""")


def shoutcast(c):
    sp, ap = c.pw(style=c.choice(["weak", "alnum"])), c.pw()
    c.file("radio/sc_serv.conf", f"""; SHOUTcast DNAS 2 configuration
logfile=logs/sc_serv.log
portbase=8000
publicserver=never
password={c.S('stream-source-password', sp)}
adminpassword={c.S('admin-password', ap)}
streamid_1=1
streampath_1=/live
streamtitle_1={c.org.split()[0]} live
""")


def dotenv_vault(c):
    key = c.uniq(lambda: "dotenv://:key_%s@dotenv.org/vault/.env.vault?environment=production" % V.hexs(c.rng, 64))
    c.file(".env.vault", f"""#/-------------------.env.vault---------------------/
#/         cloud-agnostic vaulting standard         /
#/   [how it works](https://dotenv.org/env-vault)   /
#/--------------------------------------------------/

# development
DOTENV_VAULT_DEVELOPMENT="{c.N('encrypted-dotenv-vault', V.b64s(c.rng, 120))}"

# production
DOTENV_VAULT_PRODUCTION="{c.N('encrypted-dotenv-vault', V.b64s(c.rng, 150))}"
""")
    c.file("ci/deploy-env.sh", f"""#!/usr/bin/env bash
set -euo pipefail
# decrypts .env.vault at runtime
export DOTENV_KEY='{c.S('dotenv-vault-key', key)}'
exec node --require dotenv/config dist/server.js
""")


def tauri_conf(c):
    pw = c.pw(style=c.choice(["phrase", "strong"]))
    mtext = "untrusted comment: minisign public key %s\nRW%s" % (V.hexs(c.rng, 16).upper(), V.b64s(c.rng, 40))
    mpub = base64.b64encode(mtext.encode()).decode()
    c.file("desktop/src-tauri/tauri.conf.json", f"""{{
  "productName": "{c.org.split()[0]} Desk",
  "identifier": "com.{c.slug.replace('-', '')}.desk",
  "plugins": {{
    "updater": {{
      "endpoints": ["https://releases.{c.domain}/desk/{{{{target}}}}/{{{{current_version}}}}"],
      "pubkey": {c.N('public-key-minisign', mpub, 'json')}
    }}
  }}
}}
""")
    c.file("desktop/.env.release", f"""TAURI_SIGNING_PRIVATE_KEY_PATH=~/.tauri/desk.key
TAURI_SIGNING_PRIVATE_KEY_PASSWORD={c.S('signing-key-password', pw, 'env')}
APPLE_ID=release@{c.domain}
APPLE_PASSWORD={c.N('keychain-reference', '@keychain:AC_PASSWORD', 'env')}
""")


def publish_settings(c):
    pw = c.alnum(60)
    c.file("deploy/" + c.slug + "-web.PublishSettings", f"""<publishData>
  <publishProfile profileName="{c.slug}-web - Web Deploy" publishMethod="MSDeploy" publishUrl="{c.slug}-web.scm.azurewebsites.net:443" msdeploySite="{c.slug}-web" userName="${c.slug}-web" userPWD="{c.S('publish-profile-password', pw)}" destinationAppUrl="https://{c.slug}-web.azurewebsites.net" SQLServerDBConnectionString="" mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="https://portal.azure.com" webSystem="WebSites">
    <databases />
  </publishProfile>
</publishData>
""", crlf=True)
    c.file("src/Web/Properties/PublishProfiles/staging.pubxml.user", f"""<?xml version="1.0" encoding="utf-8"?>
<Project>
  <PropertyGroup>
    <TimeStampOfAssociatedLegacyPublishXmlFile />
    <EncryptedPassword>{c.N('encrypted-dpapi-blob', 'AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA' + V.b64s(c.rng, 180))}</EncryptedPassword>
  </PropertyGroup>
</Project>
""", crlf=True)


def inno_setup(c):
    pw = c.pw(style=c.choice(["strong", "phrase"]))
    c.file("installer/setup.iss", f"""; Inno Setup script for the field laptop toolkit
[Setup]
AppName={c.org.split()[0]} Field Toolkit
AppVersion=4.2.0
DefaultDirName={{autopf}}\\{c.slug}\\toolkit
OutputBaseFilename=field-toolkit-setup
Compression=lzma2
SolidCompression=yes
; the payload contains the device configs, so the installer is encrypted
Encryption=yes
Password={c.S('installer-password', pw)}

[Files]
Source: "dist\\*"; DestDir: "{{app}}"; Flags: recursesubdirs
""", crlf=True)


def podman_auth(c):
    pw = c.pw()
    auth = base64.b64encode(("robot$ci:" + pw).encode()).decode()
    c.file("dotfiles/.config/containers/auth.json", f"""{{
	"auths": {{
		"registry.{c.domain}": {{
			"auth": "{c.S('registry-basic-auth-b64', auth)}"
		}},
		"quay.io": {{
			"auth": "{c.N('base64-placeholder', NG.b64_of('user:changeme'))}"
		}}
	}}
}}
""")


def mc_config(c):
    pr = c.pair(c.choice(["aws-access-key-pair", "do-spaces-pair"]))
    ak, sk = c.alnum(20).upper(), c.alnum(40)
    i, s = c.PR(pr, "json", "json")
    c.file("dotfiles/.mc/config.json", f"""{{
	"version": "10",
	"aliases": {{
		"backup": {{
			"url": "https://s3.{c.domain}",
			"accessKey": {c.N('access-key-id', ak, 'json')},
			"secretKey": {c.S('s3-secret-key', sk, 'json')},
			"api": "s3v4",
			"path": "auto"
		}},
		"cloud": {{
			"url": "https://s3.amazonaws.com",
			"accessKey": {i},
			"secretKey": {s},
			"api": "s3v4",
			"path": "auto"
		}}
	}}
}}
""")


def oci_config(c):
    pp = c.pw(style="phrase")
    c.file("dotfiles/.oci/config", f"""[DEFAULT]
user=ocid1.user.oc1..{V.rs(c.rng, V.LOW + V.DIG, 60)}
fingerprint={c.N('key-fingerprint', ':'.join(V.hexs(c.rng, 2) for _ in range(16)))}
tenancy=ocid1.tenancy.oc1..{V.rs(c.rng, V.LOW + V.DIG, 60)}
region=eu-frankfurt-1
key_file=~/.oci/oci_api_key.pem
pass_phrase={c.S('key-passphrase', pp)}
""")


def wakatime(c):
    k = c.uniq(lambda: "waka_" + V.uuid4(c.rng))
    c.file("dotfiles/.wakatime.cfg", f"""[settings]
debug = false
hidefilenames = true
api_key = {c.S('api-key', k)}
exclude =
    ^COMMIT_EDITMSG$
    ^TAG_EDITMSG$
""")


def pulumi_creds(c):
    t = c.tok("pulumi-access-token")
    c.file("dotfiles/.pulumi/credentials.json", "{\n    \"current\": \"https://api.pulumi.com\",\n    \"accessTokens\": {\n"
           "        \"https://api.pulumi.com\": " + c.T(t, "json") + "\n    },\n    \"accounts\": {\n"
           "        \"https://api.pulumi.com\": {\n            \"accessToken\": " + c.N("masked-export", "********", "json")
           + ",\n            \"username\": \"" + c.slug + "\"\n        }\n    }\n}\n")


def stripe_cli(c):
    t = c.tok("stripe-restricted-key")
    c.file("dotfiles/.config/stripe/config.toml", f"""color = ''

[default]
account_id = '{c.N('account-id', 'acct_1' + V.alnum(c.rng, 15))}'
device_name = '{c.people[2]['handle']}-mbp'
display_name = '{c.org}'
live_mode_api_key = '{c.T(t)}'
live_mode_key_expires_at = '2026-06-30'
test_mode_api_key = '{c.N('doc-example-stripe-test-key', 'sk_test_4eC39HqLyjWDarjtT1zdp7dc')}'
""")


def vercel_auth(c):
    t = c.tok("vercel-token")
    c.file("dotfiles/.local/share/com.vercel.cli/auth.json",
           "{\n  \"// Note\": \"This is your Vercel credentials file. DO NOT SHARE!\",\n  \"// Docs\": "
           "\"https://vercel.com/docs/projects/project-configuration/global-configuration#auth.json\",\n  \"token\": "
           + c.T(t, "json") + "\n}\n")


def firebase_tools(c):
    r = c.tok("google-oauth-refresh-token")
    c.file("dotfiles/.config/configstore/firebase-tools.json", f"""{{
  "motd": {{ "cloudBuildErrorAfter": 1594252800000 }},
  "usage": true,
  "analytics-uuid": {c.N('uuid', V.uuid4(c.rng), 'json')},
  "user": {{
    "email": "{c.people[3]['email']}"
  }},
  "tokens": {{
    "expires_at": {c.randint(1750000000000, 1790000000000)},
    "refresh_token": {c.T(r, 'json')},
    "scopes": ["email", "openid", "https://www.googleapis.com/auth/cloud-platform"]
  }}
}}
""")


KINDS = [("edgeos-config-boot", edgeos), ("opnsense-config-xml", opnsense), ("tasmota-backlog", tasmota),
         ("openhab-things", openhab_things), ("shelly-settings", shelly), ("micropython-secrets", micropython_secrets),
         ("circuitpython-settings", circuitpython_settings), ("esp-idf-sdkconfig", sdkconfig),
         ("kong-declarative", kong), ("krakend-json", krakend), ("apisix-config", apisix),
         ("varnish-secret", varnish_secret), ("pg-service-conf", pg_service), ("cqlshrc", cqlshrc), ("hgrc", hgrc),
         ("rancid-cloginrc", cloginrc), ("nornir-defaults", nornir), ("tac-plus-conf", tac_plus),
         ("murmur-ini", murmur), ("teamspeak-first-run-log", teamspeak_log), ("shoutcast-sc-serv", shoutcast),
         ("dotenv-vault", dotenv_vault), ("tauri-updater", tauri_conf), ("azure-publishsettings", publish_settings),
         ("inno-setup-script", inno_setup), ("podman-auth-json", podman_auth), ("minio-mc-config", mc_config),
         ("oci-cli-config", oci_config), ("wakatime-cfg", wakatime), ("pulumi-credentials", pulumi_creds),
         ("stripe-cli-config", stripe_cli), ("vercel-cli-auth", vercel_auth), ("firebase-tools-configstore", firebase_tools)]
