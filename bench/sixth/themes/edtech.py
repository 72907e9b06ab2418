"""School district / college: Moodle, Canvas LTI 1.3 tool, Zoom, Google Classroom, Clever,
PowerSchool, EZproxy, Wi-Fi, helpdesk, student roster exports."""
import json

import skeys
from themes.common import (jq, indent, gchat_json, eml, bash_history, i18n_json, neg_hash, b64)
from themes import more


def build(t):
    r, v = t.r, t.v
    dist = r.choice(["Maple Ridge Unified", "Harborview Community College", "North Fork ISD", "St. Brendan Academy", "Lakeshore Public Schools"])
    dom = "".join(w[0] for w in dist.replace(".", "").split()).lower() + ".edu"
    lms = "lms.%s" % dom

    # ------------------------------------------------------------ Moodle
    db_pw = v.pw()
    salt = v.pw("strong", specials="!*-_.#%^")
    d = t.f("moodle/config.php")
    d.done(f"""<?php  // Moodle configuration file

unset($CFG);
global $CFG;
$CFG = new stdClass();

$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'pg-moodle.{dom}';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodle';
$CFG->dbpass    = '{d.S(db_pw, "database-password")}';
$CFG->prefix    = 'mdl_';
$CFG->dboptions = array('dbpersist' => 0, 'dbport' => 5432);

$CFG->wwwroot   = 'https://{lms}';
$CFG->dataroot  = '/var/moodledata';
$CFG->admin     = 'admin';
$CFG->passwordsaltmain = '{d.S(salt, "moodle-password-salt")}';
$CFG->directorypermissions = 0777;

require_once(__DIR__ . '/lib/setup.php');
""")

    d = t.f("moodle/config-dist.php")
    d.done(f"""<?php
// copy to config.php and fill in
$CFG->dbpass    = '{d.N("password", "placeholder")}';
$CFG->passwordsaltmain = '{d.N("a_very_long_random_string_of_characters#@6&*1", "placeholder")}';
""")

    ps_id, ps_secret = v.uuid(), v.uuid()
    ws = v.hex(32)
    d = t.f("moodle/local/sissync/cli/sync.php")
    d.done(f"""<?php
define('CLI_SCRIPT', true);
require(__DIR__ . '/../../../config.php');

// PowerSchool plugin credentials (district SIS)
$psclientid     = '{d.N(ps_id, "public-client-id")}';
$psclientsecret = '{d.S(ps_secret, "powerschool-client-secret", "uuid")}';
// web service token for the roster push user
$wstoken = '{d.S(ws, "moodle-ws-token")}';

$curl = new curl();
$resp = $curl->post('https://sis.{dom}/oauth/access_token', 'grant_type=client_credentials',
    ['CURLOPT_USERPWD' => $psclientid . ':' . $psclientsecret]);
""")

    # ------------------------------------------------------------ Canvas LTI 1.3 tool
    tool = t.rsa()
    kid = v.hex(16)
    d = t.f("canvas-lti/tool/keys/tool-private.jwk.json")
    d.done(d.S(json.dumps(tool.jwk(kid=kid), indent=2), "private-key-jwk", "jwk") + "\n")
    d = t.f("canvas-lti/tool/keys/jwks.json")
    d.done(d.N(json.dumps({"keys": [tool.jwk(kid=kid, private=False)]}, indent=2), "jwks-public") + "\n")

    d = t.f("canvas-lti/tool/lti-config.json")
    pub = tool.jwk(kid=kid, private=False)
    d.done("""{
  "title": "Gradebook Sync",
  "oidc_initiation_url": "https://lti.%s/lti/login",
  "target_link_uri": "https://lti.%s/lti/launch",
  "client_id": %s,
  "deployment_id": %s,
  "public_jwk_url": "https://lti.%s/.well-known/jwks.json",
  "public_jwk_n": %s,
  "scopes": ["https://purl.imsglobal.org/spec/lti-ags/scope/score"]
}
""" % (dom, dom, jq(str(d.N(v.digits(5) + "000000000" + v.digits(3), "public-client-id"))),
       jq(str(d.N("%s:%s" % (r.randrange(100, 999), v.hex(40)), "resource-identifier"))), dom,
       jq(str(d.N(pub["n"], "public-key")))))

    cv = v.canvas()
    sess = v.hex(64)
    lti_pem = t.ec()
    dbu = v.pw(specials="-_.!*")
    d = t.f("canvas-lti/tool/.env")
    d.done(f"""CANVAS_BASE_URL=https://{dom.split(".")[0]}.instructure.com
CANVAS_API_TOKEN={d.S(cv, "canvas-api-token")}
LTI_PLATFORM_ISS=https://canvas.instructure.com
LTI_TOOL_KEY_PEM_B64={d.S(b64(lti_pem.pem_pkcs8() + chr(10)), "private-key-pem-base64", "b64pem")}
SESSION_SECRET={d.S(sess, "session-secret")}
DATABASE_URL={d.S("postgres://lti:%s@pg-lti.%s/lti" % (dbu, dom), "credential-uri")}
""")

    cv2 = v.canvas()
    d = t.f("canvas-lti/scripts/enroll_sections.rb")
    d.done(f"""require "net/http"
require "json"

CANVAS = URI("https://{dom.split(".")[0]}.instructure.com/api/v1/")
TOKEN = "{d.S(cv2, "canvas-api-token")}" # sub-account admin token (expires 2025-08-31)

def post(path, body)
  req = Net::HTTP::Post.new(CANVAS + path, "Authorization" => "Bearer #{{TOKEN}}", "Content-Type" => "application/json")
  req.body = body.to_json
  Net::HTTP.start(CANVAS.host, 443, use_ssl: true) {{ |h| h.request(req) }}
end
""")

    tii_key, tii_sec = "turnitin-%s" % v.lan(6), v.an(32)
    d = t.f("canvas-lti/legacy/turnitin-lti11.properties")
    d.done(f"""# LTI 1.1 (OAuth 1.0a) - retire after 2025-26
{d.B("secret", "lti-shared-secret")}lti.consumer.key={d.A(tii_key, ident=True)}
lti.shared.secret={d.A(tii_sec)}{d.E()}
lti.launch.url=https://api.turnitin.example.com/api/lti/1p0/assignment
""")

    # ------------------------------------------------------------ Zoom / Google / Clever
    zs = v.an(32)
    zw = v.b64u(22)
    d = t.f("integrations/zoom/s2s-oauth.yaml")
    d.done(f"""# Zoom Server-to-Server OAuth app "LMS Meetings"
account_id: {d.N(v.b64u(22), "account-identifier")}
client_id: {d.N(v.b64u(22), "public-client-id")}
client_secret: {d.S(zs, "zoom-client-secret")}
webhook_secret_token: {d.S(zw, "webhook-secret")}
scopes: [meeting:write:admin, recording:read:admin]
""")

    sa = t.rsa()
    proj = "classroom-sync-%s" % v.digits(6)
    sa_email = "roster@%s.iam.gserviceaccount.com" % proj
    d = t.f("integrations/google-classroom/service-account.json")
    d.done("{\n%s  \"type\": \"service_account\",\n  \"project_id\": \"%s\",\n  \"private_key_id\": \"%s\",\n  \"private_key\": \"%s\",\n  \"client_email\": \"%s\",\n  \"client_id\": \"%s\",\n  \"token_uri\": \"https://oauth2.googleapis.com/token\"%s\n}\n" % (
        d.B("secret", "gcp-service-account"), proj, d.A(v.hex(40), ident=True), d.A(sa.pem_pkcs8().replace("\n", "\\n") + "\\n", check="pem"),
        sa_email, v.digits(21), d.E()))

    cl = v.hex(40)
    d = t.f("integrations/clever/sync.env")
    d.done(f"""CLEVER_CLIENT_ID={d.N(v.hex(20), "public-client-id")}
CLEVER_DISTRICT_TOKEN={d.S(cl, "clever-district-token")}
CLEVER_SYNC_SCHEDULE=0 3 * * *
""")

    sis_pw = v.pw(specials="")
    d = t.f("sis/powerschool/exports/nightly_export.sh")
    d.done(f"""#!/bin/bash
# nightly enrollment export for state reporting
export ORACLE_SID=PSPRODDB
sqlplus -S PSNAVIGATOR/{d.S(sis_pw, "database-password")}@PSPRODDB @/opt/ps/sql/enrollment_export.sql > /data/exports/enrollment_$(date +%F).csv
gpg --batch --recipient state-reporting@{dom} --encrypt /data/exports/enrollment_$(date +%F).csv
""")

    # ------------------------------------------------------------ library / wifi
    d = t.f("library/ezproxy/user.txt")
    lines = ["# local EZproxy accounts (everyone else uses CAS)"]
    for u in ["libadmin", "walkin", "alumni-desk"]:
        lines.append("%s:%s" % (u, d.S(v.pw(specials="!-_."), "ezproxy-password")))
    lines.append("::CAS")
    lines.append("LoginURL https://sso.%s/cas/login" % dom)
    d.done("\n".join(lines) + "\n")

    d = t.f("network/aruba/ssid-profiles.txt")
    d.done(f"""wlan ssid-profile "{dist.split()[0]}-Staff"
   essid "{dist.split()[0]}-Staff"
   opmode wpa3-aes-ccm-128
wlan ssid-profile "{dist.split()[0]}-Devices"
   essid "{dist.split()[0]}-Devices"
   opmode wpa2-psk-aes
   wpa-passphrase {d.S(v.pw("phrase", specials="-"), "wifi-psk")}
wlan ssid-profile "{dist.split()[0]}-Guest"
   essid "{dist.split()[0]}-Guest"
   opmode wpa2-psk-aes
   wpa-passphrase {d.S(v.pw("human", specials="!"), "wifi-psk")}
mgmt-user admin root {d.N(v.hex(48), "password-hash")}
""")

    # ------------------------------------------------------------ prose
    enr = v.pw()
    gog = v.an(40)
    psk = v.pw("phrase", specials="-")
    d = t.f("wiki/chromebook-enrollment.md", prose=True)
    d.done(f"""# Chromebook enrollment (summer refresh)

1. Power-wash, then at the welcome screen press **Ctrl+Alt+E**.
2. Enrollment account: `enroll@{dom}` / `{d.S(enr, "service-account-password")}`
   (this account can only enroll devices; it has no mailbox).
3. Connect to **{dist.split()[0]}-Devices** - passphrase `{d.S(psk, "wifi-psk")}`.
4. GoGuardian auto-enrolls via the extension policy; the admin API token for the inventory
   sheet is `{d.S(gog, "api-key")}`.
5. Asset tag sticker goes under the keyboard.
""")

    d = t.f("data/exports/new-students-import.csv", prose=True)
    rows = ["student_id,first,last,grade,email,initial_password"]
    for _ in range(r.randrange(4, 7)):
        f, l = v.first(), v.last()
        sid = v.digits(6)
        if r.random() < 0.75:
            cell = str(d.S("%s%s%s" % (f[0].upper(), l.lower()[:4], v.digits(4)), "temporary-password"))
        else:
            cell = str(d.N(v.bcrypt(), "password-hash"))
        rows.append("%s,%s,%s,%d,%s@students.%s,%s" % (sid, f, l, r.randrange(6, 13), (f[0] + l).lower() + sid[-3:], dom, cell))
    d.done("\n".join(rows) + "\n")

    tp1 = v.pw("season")
    tp2 = "%s%s!" % (v.pick(["Tiger", "Eagle", "Panther", "Falcon"]), v.digits(4))
    d = t.f("helpdesk/tickets/REQ-55102.txt", prose=True)
    d.done(f"""REQ-55102  Teacher locked out of Canvas and gradebook
Requester: {v.person()} (Grade 7 science)
Agent: {v.person()}
2025-01-13 07:41  Reset AD password, temp password {d.S(tp1, "temporary-password")} (must change).
2025-01-13 07:55  Teacher also asked for their substitute account: sub-rm114 / {d.S(tp2, "temporary-password")}
2025-01-13 08:02  Confirmed working. Closed.
""")

    api_tok = v.canvas()
    d = t.f("helpdesk/chat/google-chat-lms-admins.json", prose=True)
    zpw = v.pw()
    d.done(gchat_json(t, [
        (v.person(), "the gradebook sync job is failing with 401"),
        (v.person(), "token expired. use mine for now: {}".format(d.S(api_tok, "canvas-api-token"))),
        (v.person(), "also zoom admin for the recordings cleanup is lms-zoom@{} pw {}".format(dom, d.S(zpw, "service-account-password"))),
        (v.person(), "got it, thanks"),
    ]))

    vend = v.canvas()
    d = t.f("helpdesk/email/vendor-onboarding.eml", prose=True)
    d.done(eml("Implementation <implementation@edtech-vendor.example.com>", "lms-admins@" + dom,
               "Re: API access for the attendance integration",
               f"""Hi team,

Thanks for creating the integration user. For the record, the token you sent us on Friday is

    {d.S(vend, "canvas-api-token")}

We have stored it in our vault and will delete this email thread. Our LTI tool's public JWKS is
at https://attendance.example.com/.well-known/jwks.json (kid {d.N(v.hex(16), "resource-identifier")}).

Best,
Implementation""", r=r))

    my = v.pw()
    rp = v.pw()
    d = t.f("history/lmsadmin.bash_history", prose=True)
    d.done(bash_history([
        "cd /var/www/moodle",
        "sudo -u www-data php admin/cli/maintenance.php --enable",
        "mysql -h reporting.%s -u lms_report -p'%s' lms_reports < weekly.sql" % (dom, d.S(my, "database-password")),
        "sudo -u www-data php admin/cli/reset_password.php --username=admin --password='%s'" % d.S(rp, "service-account-password"),
        "sudo -u www-data php admin/cli/maintenance.php --disable",
    ]))

    i18n_json(t, "canvas-lti/tool/locales/pt.json", "pt")
    d = t.f("moodle/local/sissync/lang/fr/local_sissync.php")
    d.done(f"""<?php
$string['pluginname'] = 'Synchronisation SIS';
$string['password'] = '{d.N("Mot de passe", "i18n-string")}';
$string['passwordhelp'] = '{d.N("Mot de passe du compte de service PowerSchool", "i18n-string")}';
""")

    t.text("README.md", f"# {dist} - teaching & learning systems\n\nMoodle customisations, the Canvas gradebook LTI tool and roster integrations.\n")

    more.layer(t, "district-apps", "roster-hub", "ghcr.io/%s" % dom.split(".")[0])
