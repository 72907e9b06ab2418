"""Pipe-organ builder: solid-state combination/relay controllers in churches, MIDI record units, climate loggers,
workshop CNC, tuning scheduler (Django), service reports, relay VPN."""
import vals17 as V

DIR = "organ-builder"
VARIANTS = [
    {"org": "Orgelbau Hartwig & Söhne", "domain": "orgelbau-hartwig.de", "city": "Freiberg", "langs": ["de", "en"],
     "sites": ["St. Marien", "Nikolaikirche", "Dom St. Petri", "Konzerthaus Chemnitz"]},
    {"org": "Kersaint Facteurs d'Orgues", "domain": "kersaint-orgues.fr", "city": "Quimper", "langs": ["fr", "en"],
     "sites": ["Saint-Corentin", "Notre-Dame-des-Flots", "Sainte-Anne-la-Palud", "Auditorium de Brest"]},
    {"org": "Whitcombe Organ Works", "domain": "whitcombe-organs.co.uk", "city": "Ludlow", "langs": ["en"],
     "sites": ["St Laurence", "All Saints Hereford", "Holy Trinity Shrewsbury", "Symphony Hall"]},
]


def slug(s):
    return "".join(c if c.isalnum() else "-" for c in s.lower().translate(str.maketrans("äöüéèâ", "aoueea"))).strip("-").replace("--", "-")


def vocab(t):
    v = [x for x in VARIANTS if x["org"] == t.org][0]
    t.sites = v["sites"]
    return {
        "systems": ["combination action", "relay controller", "tuning scheduler", "climate cloud", "pipe inventory", "workshop NAS"],
        "devices": [("combination action web UI", "service"), ("relay cabinet controller", "service"), ("blower VFD panel", "admin"),
                    ("climate logger gateway", "admin"), ("CNC router controller", "operator"), ("MIDI record unit", "organist")],
        "vendor": "ClimaTrack", "hosts": ["werkstatt-nas", "cnc01", "sched", "relay-gw"], "channel": "workshop",
        "db": "tuning", "ssid": "Werkstatt-5G" if t.lang == "de" else "Workshop-WLAN", "ticket_prefix": "ORG",
        "integrations": ["tuning-scheduler", "parts-shop", "climate-sync"], "git_var": "CLIMATE_API_TOKEN",
        "topics": ["Relay controller at %s not reachable" % v["sites"][1], "Scheduler login broken for voicer account",
                   "Climate alerts flooding the phone"],
        "chatter": ["cipher on the Oboe 8' again", "blower is noisy at %s" % v["sites"][0], "tuning visit moved to Thursday",
                    "humidity dropped to 38% overnight", "bringing the pipe cart back tomorrow", "who has the long reed knife?"],
    }


def build(t):
    r = t.r
    sites = t.sites
    svc_pw = t.pw("weak")
    for i, site in enumerate(sites[:2]):
        t.f("installations/%s/combination/controller.json" % slug(site), """{
  "installation": "%s",
  "opus": %d,
  "controller": {
    "model": "SSC-4000",
    "serial": "%s",
    "firmware": "4.2.%d",
    "firmwareSha256": "%s"
  },
  "web": {
    "enabled": true,
    "user": "service",
    "password": "%s"
  },
  "organistLevels": %d,
  "remote": {
    "vpnProfile": "relay-vpn.ovpn",
    "cloudToken": "%s"
  }
}""" % (site, r.randint(120, 340), t.N("SSC%d-%s" % (r.randint(2015, 2024), V.rs(r, 6, V.UP + V.DIG)), "device-serial"), i,
        t.N(V.sha256hex(r), "digest-sha256"), t.S(svc_pw, "device-web-password"), r.choice([8, 12, 16]),
        t.S(t.rtok(40, V.ALNUM, "sc_"), "api-token-vendor-cloud")))
    s0 = slug(sites[0])
    t.f("installations/%s/player/recorder.ini" % s0, """[device]
model=Playback Pro II
serial=%s

[cloud]
endpoint=https://sync.organcloud.example/v3
sync_token=%s

[wifi]
ssid=%s-Orgel
psk=%s
""" % (t.N(V.rs(r, 10, V.UP + V.DIG), "device-serial"), t.S(t.rtok(48, V.HEX), "api-token-vendor-cloud"), s0[:10],
       t.S(t.pw("phrase"), "wifi-psk")), crlf=True)
    cnc_pw = t.pw()
    t.f("workshop/cnc/mount-share.cmd", """@echo off
REM maps the job share for the router; runs at logon on CNC01
net use Z: \\\\%s\\cnc-jobs /user:WERKSTATT\\cnc "%s" /persistent:yes
if errorlevel 1 echo share not available & pause
""" % (t.host("werkstatt-nas"), t.S(cnc_pw, "smb-share-password")), crlf=True)
    loggers = "\n".join("  - site: \"%s\"\n    serial: %s\n    interval_s: 600" % (s, t.N("HL-" + V.rs(r, 8, V.DIG), "device-serial")) for s in sites[:3])
    clim_key = t.rtok(32)
    t.f("workshop/climate/loggers.yaml", """mqtt:
  host: %s
  user: loggers
  password: "%s"
climatrack:
  api_key: %s
  alert_rh_below: 40
loggers:
%s
""" % (t.host("relay-gw"), t.S(t.pw("uri"), "mqtt-password"), t.S(clim_key, "api-key-vendor"), loggers))
    t.f("scheduler/config/settings_prod.py", """from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["sched.%s"]
SECRET_KEY = "%s"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tuning",
        "USER": "tuning",
        "PASSWORD": "%s",
        "HOST": "%s",
    }
}

TWILIO_ACCOUNT_SID = "%s"
TWILIO_AUTH_TOKEN = "%s"
GOOGLE_MAPS_SERVER_KEY = "%s"
REMINDER_WEBHOOK = "%s"
SENTRY_DSN = "%s"
""" % (t.domain, t.S("django-" + V.rs(r, 50, V.ALNUM + "!@#%^*(-_=+)"), "django-secret-key"), t.S(t.pw(), "db-password"),
       t.host("sched"), t.public("twilio-account-sid"), t.P("twilio-auth-token"), t.P("google-api-key"), t.P("slack-webhook"),
       t.public("sentry-dsn")))
    a, b = t.pair("b2-keypair")
    t.f("scheduler/deploy/host_vars/sched.yml", """---
django_db_password: "%s"
backup:
  bucket: %s-backups
  b2_key_id: "%s"
  b2_app_key: "%s"
  keep_days: 30
""" % (t.N("{{ vault_django_db_password }}", "ref-jinja"), slug(t.org)[:20], a, b))
    rows = []
    for k in range(6):
        if k == 3:
            rem = "remote login for relay at %s: service / %s" % (sites[1], t.S(svc_pw, "device-web-password"))
        else:
            rem = r.choice(["regulated wind", "nicked languids", "slotted and coned", "speech fixed", "n/a", "ciphers cleared"])
        rows.append("2025-%02d-%02d,%s,%s,%s,%s,\"%s\"" % (r.randint(1, 12), r.randint(1, 28), sites[k % 3], r.choice(["Principal 8'", "Trompette 8'", "Flûte 4'", "Mixture IV"]),
                                                           r.choice(["C", "F#", "a1", "g3"]), t.person().first, rem))
    t.f("voicing/voicing-log-2025.csv", "date,installation,rank,note,voicer,remarks\n" + "\n".join(rows))
    rep_pw = t.pw("strong")
    t.f("reports/service-report-%s-2025.pdf.txt" % slug(sites[2]), """%s
%s · Werkstatt %s

SERVICE REPORT                                   Visit no. %d
Installation: %s            Date: %s

1. Work carried out
   Tuning of reeds, regulation of the Swell action, replacement of
   two pallet springs. Relay controller updated to firmware 4.2.1.

2. Controller
   Serial number ........ %s
   Firmware checksum .... %s

3. Remote access (for the next visit)
   VPN profile: relay-vpn.ovpn
   Controller login: service / %s

                                             Page 1 of 2
""" % (t.org, t.city, t.city, r.randint(10, 90), sites[2], "2025-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28)),
       t.N("SSC2021-" + V.rs(r, 6, V.UP + V.DIG), "device-serial"), t.N(V.hexs(r, 40), "digest-sha1"), t.S(rep_pw, "device-web-password")), free=True)
    org_pw = t.pw("weak")
    p = t.person(0)
    t.f("installations/%s/letter-to-organist.eml" % slug(sites[3]), """From: %s <%s>
To: Music Office <music@%s.example>
Subject: %s – new combination system
Date: Fri, 14 Mar 2025 09:12:44 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear colleagues,

the new combination system at %s is installed. The memory levels are
unlocked from the console; the web interface (for backups of your
registrations) is at http://10.40.0.20/ with

  user:     organist
  password: %s

Please do not change the service account, we need it for remote support.

With best regards
%s
""" % (p.name, p.email, slug(sites[3]), sites[3], sites[3], t.S(org_pw, "device-web-password"), p.name), free=True)
    t.f("website/netlify/functions/contact.mjs", """import formData from "form-data";
import Mailgun from "mailgun.js";

const MG_DOMAIN = "mg.%s";
const MG_KEY = "%s";
const RECAPTCHA_SECRET = "%s";

export default async (req) => {
  const body = await req.json();
  const ok = await fetch("https://www.google.com/recaptcha/api/siteverify", {
    method: "POST",
    body: new URLSearchParams({ secret: RECAPTCHA_SECRET, response: body.token }),
  }).then((r) => r.json());
  if (!ok.success) return new Response("captcha", { status: 400 });
  const mg = new Mailgun(formData).client({ username: "api", key: MG_KEY, url: "https://api.eu.mailgun.net" });
  await mg.messages.create(MG_DOMAIN, { from: "web@%s", to: "info@%s", text: body.message });
  return new Response("ok");
};
""" % (t.domain, t.P("mailgun"), t.S("6L" + V.rs(r, 38, V.B64U), "recaptcha-secret-key"), t.domain, t.domain))
    t.f("website/src/contact.html", """<form id="contact">
  <textarea name="message"></textarea>
  <div class="g-recaptcha" data-sitekey="%s"></div>
  <button>Send</button>
</form>
""" % t.public("recaptcha-site"))
    k = t.key("RSA")
    raw, chk = t.keytext(k, "pkcs8")
    st = "\n".join(V.hexs(r, 32) for _ in range(16))
    t.f("vpn/relay-vpn.ovpn", """client
dev tun
proto udp
remote vpn.%s 1194
remote-cert-tls server
<ca>
%s
</ca>
<cert>
%s
</cert>
<key>
%s
</key>
<tls-crypt>
%s
</tls-crypt>
""" % (t.domain, t.N(t.cert(t.key("EC"), "Relay VPN CA"), "certificate"), t.N(t.cert(k, "relay-client"), "certificate"),
       t.S(raw, "private-key-rsa-pkcs8-ovpn", "key", check=chk, raw=raw),
       t.S("-----BEGIN OpenVPN Static key V1-----\n" + st + "\n-----END OpenVPN Static key V1-----", "openvpn-static-key")))
    q = t.person(1)
    if t.lang == "de":
        notes = """#+TITLE: Werkstatt-Notizen
* CNC
- Share klemmt manchmal nach Updates, dann neu verbinden
- Kennwort für den Share (Benutzer cnc): %s
* Klima-Cloud
- Login für ClimaTrack: %s / %s
- Alarm unter 40 %% rF, %s bekommt die SMS
"""
    else:
        notes = """#+TITLE: Workshop notes
* CNC
- share drops after Windows updates, just reconnect
- the share password (user cnc) is %s
* Climate cloud
- ClimaTrack login: %s / %s
- alert below 40 %% RH goes to %s
"""
    t.f("notes/workshop.org", notes % (t.S(cnc_pw, "smb-share-password"), q.email, t.S(t.pw("weak"), "vendor-portal-password"), q.first), free=True)
    idx = "\n".join("%d;%s;%s;%s" % (r.randint(100, 340), s, t.city, t.N("SSC20%d-%s" % (r.randint(15, 24), V.rs(r, 6, V.UP + V.DIG)), "device-serial")) for s in sites)
    t.f("installations/index.csv", "opus;installation;city;controller_serial\n" + idx)
