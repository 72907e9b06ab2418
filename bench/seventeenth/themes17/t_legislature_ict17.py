"""Regional parliament ICT: chamber voting and conference system, committee streaming, Hansard speech-to-text,
members' tablets (Apple profiles), bill drafting exports, petitions (Drupal), visitor booking (.NET)."""
import vals17 as V

DIR = "legislature-ict"
VARIANTS = [
    {"org": "Landtag Nordmark", "domain": "landtag-nordmark.de", "city": "Kiel", "langs": ["de", "en"]},
    {"org": "Parlement de la Vallée", "domain": "parlement-vallee.be", "city": "Namur", "langs": ["fr", "nl", "en"]},
    {"org": "Sejmik Pomorza Zachodniego", "domain": "sejmik-pz.pl", "city": "Szczecin", "langs": ["pl", "en"]},
]
ROOMS = ["Plenarsaal", "Committee Room A", "Committee Room B", "Press Room"]


def vocab(t):
    return {
        "systems": ["voting system", "Hansard ASR", "committee streaming", "members' MDM", "bill drafting", "petitions portal"],
        "devices": [("chamber voting central unit", "tech"), ("streaming encoder", "admin"), ("microphone central unit", "service"),
                    ("broadcast matrix", "operator"), ("members' tablet MDM", "admin")],
        "vendor": "Vocalis", "hosts": ["voting-cu", "hansard", "stream01", "petitions"], "channel": "plenary-support",
        "db": "parliament", "ssid": "Parl-Members", "ticket_prefix": "PIT",
        "integrations": ["votes-export", "hansard-asr", "visitor-booking"],
        "topics": ["Seat 42 voting console shows no name", "Committee stream has no audio", "Petition signatures not counted"],
        "chatter": ["plenary starts at 10", "speaker wants the clock bigger", "stream delay 20s again", "seat 17 mic stuck on",
                    "press asks for the vote PDF", "interpreters booth B has no return feed"],
    }


def build(t):
    r = t.r
    seats = "\n".join("seat.%d.serial=%s" % (n, t.N("DCN" + V.rs(r, 8, V.DIG), "device-serial")) for n in r.sample(range(1, 90), 3))
    t.f("chamber/voting/central-unit.cfg", """[central-unit]
mode=voting
admin_user=tech
admin_password=%s

[export]
results_api_token=%s
format=json

[seats]
%s
""" % (t.S(t.pw(), "device-admin-password"), t.S(t.rtok(40, V.HEX), "api-token-vendor"), seats))
    t.f("chamber/voting/results_export.py", """import os
import requests

CMS = "https://www.%s/api/votes"
TOKEN = os.environ["VOTING_RESULTS_TOKEN"]


def push(vote):
    # CMS only does basic auth for the import endpoint
    return requests.post(CMS, json=vote, auth=("votes-import", "%s"), timeout=10)
""" % (t.domain, t.S(t.pw("uri"), "basic-auth-password")))
    enc = []
    for i, room in enumerate(ROOMS[:3]):
        enc.append('    {\n      "room": "%s",\n      "web_password": "%s",\n      "rtmp": "rtmp://a.rtmp.youtube.com/live2",\n      "stream_key": "%s"\n    }' % (
            room, t.S(t.pw("weak" if i else "strong"), "encoder-web-password"), t.S("-".join(V.rs(r, 4, V.LO + V.DIG) for _ in range(5)), "stream-key")))
    t.f("streaming/encoders.json", '{\n  "youtube_data_api_key": "%s",\n  "encoders": [\n%s\n  ]\n}' % (t.P("google-api-key"), ",\n".join(enc)))
    t.f("hansard/asr/config.toml", """[asr]
engine = "vocalis"
endpoint = "https://api.vocalis.example/v1/stream"
api_key = "%s"
language = "%s"

[summaries]
provider = "openai"
openai_api_key = "%s"

[models]
hf_token = "%s"
diarisation = "pyannote/speaker-diarization-3.1"
""" % (t.S(t.rtok(40), "api-key-vendor"), t.lang, t.P("openai-project"), t.P("huggingface")))
    t.f("hansard/editor/config/settings.php", """<?php
define('DB_HOST', '%s');
define('DB_NAME', 'hansard');
define('DB_USER', 'hansard_app');
define('DB_PASSWORD', '%s');

$ldap = [
    'uri' => 'ldaps://dc01.%s',
    'bind_dn' => 'CN=svc-hansard,OU=Service,DC=parl',
    'bind_password' => '%s',
];
""" % (t.host("hansard"), t.S(t.pw(), "db-password"), t.domain, t.S(t.pw(), "ldap-bind-password")))
    t.f("members/mdm/members-wifi.mobileconfig", """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>SSID_STR</key>
      <string>Parl-Members</string>
      <key>EncryptionType</key>
      <string>WPA2</string>
      <key>Password</key>
      <string>%s</string>
      <key>PayloadUUID</key>
      <string>%s</string>
    </dict>
    <dict>
      <key>PayloadType</key>
      <string>com.apple.security.scep</string>
      <key>Challenge</key>
      <string>%s</string>
    </dict>
  </array>
  <key>PayloadIdentifier</key>
  <string>de.parl.members.wifi</string>
</dict>
</plist>
""" % (t.S(t.pw("phrase"), "wifi-psk"), t.N(V.uuid4(r).upper(), "id-payload-uuid"), t.S(t.rtok(32, V.HEX.upper()), "scep-challenge")))
    t.f("bills/akn/export-cronjob.yaml", """apiVersion: batch/v1
kind: CronJob
metadata:
  name: akn-export
spec:
  schedule: "*/30 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: export
              image: registry.%s/akn-export:2.3
              env:
                - name: DMS_USER
                  value: svc_akn
                - name: DMS_PASSWORD
                  value: "%s"
                - name: PUBLISH_TOKEN
                  valueFrom:
                    secretKeyRef: {name: akn-publish, key: token}
          restartPolicy: OnFailure
""" % (t.domain, t.S(t.pw(), "dms-password")))
    t.f("petitions/web/sites/default/settings.php", """<?php
$databases['default']['default'] = [
  'database' => 'petitions',
  'username' => 'petitions',
  'password' => '%s',
  'host' => '%s',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '%s';
$settings['config_sync_directory'] = '../config/sync';
""" % (t.S(t.pw(), "db-password"), t.host("petitions"), t.S(V.b64url(r, 55), "drupal-hash-salt")))
    t.f("visitor-booking/Visitor.Api/Web.config", """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Visitors" connectionString="Server=%s;Database=Visitors;User Id=visitor_app;Password=%s;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <machineKey validation="HMACSHA256" decryption="AES"
      validationKey="%s"
      decryptionKey="%s" />
  </system.web>
</configuration>
""" % (t.host("sql01"), t.S(t.pw("strong"), "sql-connection-password"), t.S(V.hexs(r, 128).upper(), "aspnet-machine-key"),
       t.S(V.hexs(r, 64).upper(), "aspnet-machine-key")), crlf=True)
    t.f("docs/plenary-day-checklist.adoc", """= Plenary day checklist
:toc:

== 07:30 Technical check
* Central unit booted, seat list loaded
* Broadcast matrix: log in as `operator` with `%s` and load preset "Plenum"
* Streaming encoders green (see encoders.json)

== 09:45 Before the bell
* Voting console tech PIN: *not written here*, ask the duty technician
* %s
""" % (t.S(t.pw("weak"), "device-password"), t.N("Members' Wi-Fi password is rotated each session and handed out on paper.", "prose-no-value")), free=True)
    t.f("hansard/transcripts/2025-03-13-plenary-draft.txt", """[10:02] President: I open the 41st sitting.
[10:14] Member Vogel: The ministry still sends passwords for the school portal by unencrypted e-mail.
[10:15] Minister: The new password policy requires twelve characters and a second factor.
[10:16] %s
""" % t.N("Member Brandt: Will the minister publish the audit on how API keys are stored?", "prose-no-value"), free=True)
    k = t.key("RSA")
    raw, chk = t.keytext(k, "pkcs1")
    t.f("bills/signing/bill-pdf-signing.pem", "%s\n%s" % (t.S(raw, "private-key-rsa-pkcs1", "key", check=chk, raw=raw),
                                                        t.N(t.cert(k, "Bill PDF signing"), "certificate")))
