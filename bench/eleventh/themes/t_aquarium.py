"""Public aquarium: life-support systems, husbandry records, admissions, dive ops, exhibit cams."""

from themes import prose as P

DIRNAME = "aquarium"


def identity(r):
    city = r.pick(["Monterey", "Baltimore", "Tampa", "Plymouth", "Valencia", "Genoa", "Hobart", "Halifax"])
    org = r.pick(["%s Bay Aquarium", "National Aquarium of %s", "%s Ocean Discovery Centre", "%s Sea Life Trust"]) % city
    slug = city.lower() + r.pick(["-aquarium", "-oceans", "-seacentre"])
    return org, slug, slug.replace("-", "") + r.pick([".org", ".org.uk", ".com"]), city


def build(t):
    r = t.r
    nplc = r.randint(3, 5)
    plc_pw = r.pw("strong")
    mqtt_pw = r.pw()
    probe_tok = "aqs_" + r.an(40)
    wifi = r.phrase(3)
    # 1. LSS SCADA gateway (Windows box)
    d = t.doc("lss/scada/LssGateway.ini", crlf=True)
    rows = "\n".join("[PLC%d]\nName=%s\nAddress=10.40.%d.10\nSerial=%s\nWebUser=lssadmin\nWebPassword=%s\n" % (
        i + 1, r.pick(["Ozone skid", "Sand filter bank", "Protein skimmer", "Chiller loop", "UV sterilizer"]),
        i + 1, d.N(r.serial("S7"), "device-id"), d.S(plc_pw, "plc-web-password")) for i in range(nplc))
    d.write("""; %s life-support gateway
[Historian]
Server=%s
Database=LssHistorian
User=lss_writer
Password=%s
PollSeconds=15

%s
[PumpVFD]
; vendor default, VFD web UI is on the isolated LSS VLAN
User=admin
Password=%s
""" % (t.org, t.host("sql"), d.S(r.pw("strong"), "historian-password"), rows, d.N("admin", "well-known-default")))
    # 2. probe cloud
    d = t.doc("lss/probes.yaml")
    probes = "\n".join("  - id: %s\n    tank: %s\n    params: [temp, salinity, orp, ph]" % (
        d.N(r.serial("AQP"), "device-id"), r.pick(["Kelp Forest", "Open Ocean", "Reef Lagoon", "Jelly Gallery",
                                                   "Touch Pool", "Penguin Coast"])) for _ in range(3))
    d.write("""# water-quality probes -> AquaSense cloud
cloud:
  endpoint: https://api.aquasense.example/v2
  api_token: %s
mqtt:
  broker: mqtts://%s:8883
  username: probes
  password: %s
probes:
%s
""" % (d.P(probe_tok, "aquasense-api-token"), t.host("mqtt"), d.S(mqtt_pw, "mqtt-password"), probes))
    # 3. ZIMS sync
    d = t.doc("husbandry/zims_sync.py")
    d.write('''"""Nightly sync of husbandry records to Species360 ZIMS."""
import os
import requests

ZIMS_CLIENT_ID = "%s"
ZIMS_CLIENT_SECRET = "%s"
SMTP_PASSWORD = os.environ["ZIMS_SMTP_PASSWORD"]


def token():
    r = requests.post("https://api.species360.example/oauth/token",
                      data={"grant_type": "client_credentials", "client_id": ZIMS_CLIENT_ID,
                            "client_secret": ZIMS_CLIENT_SECRET})
    return r.json()["access_token"]
''' % (d.N(r.uuid(), "oauth-client-id"), d.P(r.an(40), "zims-client-secret")))
    # 4. animal records (no secrets)
    d = t.doc("husbandry/animal-records.csv")
    rows = [["accession", "species", "tank", "photo_md5"]]
    for _ in range(5):
        rows.append(["A%s" % r.dig(6), r.pick(["Mobula hypostoma", "Aurelia aurita", "Enhydra lutris",
                                               "Spheniscus demersus", "Carcharias taurus", "Octopus rubescens"]),
                     r.pick(["KF1", "OO2", "RL3", "JG1"]), r.hex(32)])
    d.write(P.sheet(rows[0], rows[1:]))
    # 5. admissions env + example
    d = t.doc("admissions/.env.production")
    d.write("""# timed-entry ticketing site
APP_ENV=production
DATABASE_URL=%s
SESSION_SECRET=%s
TIXGATE_API_KEY=%s
STRIPE_PUBLISHABLE_KEY=%s
GA_MEASUREMENT_ID=%s
""" % (d.S("postgres://tickets:%s@%s:5432/admissions" % (r.uri_pw(), t.host("pg")), "database-url"),
       d.S(r.hex(64), "session-secret"), d.P("tg_live_" + r.an(32), "tixgate-api-key"),
       d.N(r.pk_live(), "publishable-key"), d.N(r.ga4(), "analytics-id")))
    d = t.doc("admissions/.env.example")
    d.write("""APP_ENV=development
DATABASE_URL=%s
SESSION_SECRET=%s
TIXGATE_API_KEY=%s
STRIPE_PUBLISHABLE_KEY=
""" % (d.N("postgres://tickets:tickets@localhost:5432/admissions", "dev-default"), d.N("change-me", "placeholder"),
       d.N("tg_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")))
    # 6. dive-ops download stations (sheet)
    d = t.doc("dive-ops/dive-computer-stations.csv", prose=True)
    d.write(P.sheet(["station", "location", "login", "password", "notes"], [
        ["DCS-1", "dive locker", "diver", d.S(r.human(), "station-password"), "Shearwater + Suunto"],
        ["DCS-2", "quarantine", "diver", d.S(r.human(), "station-password"), ""],
        ["DSO-LAPTOP", "dive safety office", "dso", d.N("see LAPS", "secret-reference"), "domain joined"]]))
    # 7. exhibit cams
    d = t.doc("exhibits/live-cams.json")
    cams = []
    for i, name in enumerate(r.sample(["shark-cam", "jelly-cam", "otter-cam", "penguin-cam", "reef-cam"], 3)):
        cams.append('    {"name": "%s", "encoder": "10.60.0.%d", "encoder_password": "%s",\n'
                    '     "rtmp": "rtmp://live.oceancams.example/app", "stream_key": "%s"}' % (
                        name, 20 + i, d.S(r.pw(), "encoder-password"),
                        d.P("%s-%s-%s-%s" % (r.lan(4), r.lan(4), r.lan(4), r.lan(4)), "livecam-stream-key")))
    d.write('{\n  "partner": "OceanCams",\n  "cams": [\n%s\n  ],\n  "spare_camera_login": "%s"\n}\n' % (
        ",\n".join(cams), d.N("admin", "well-known-default")))
    # 8. Niagara station users export
    d = t.doc("lss/bas/niagara-station-users.xml")
    d.write("""<?xml version="1.0" encoding="UTF-8"?>
<station name="%s_BAS">
  <users>
    <user name="lssops" passwordHash="%s" role="operator"/>
    <user name="integrator" passwordHash="%s" role="admin"/>
  </users>
  <platform daemonUser="platform" daemonPassword="%s"/>
</station>
""" % (t.slug[:10].upper(), d.N(r.sha512crypt(), "password-hash"), d.N(r.bcrypt(), "password-hash"),
       d.S(r.strong(), "niagara-platform-password")))
    # 9. notebook
    d = t.doc("analysis/water-quality.ipynb")
    d.write("""{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# ORP drift, %s"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": [
    "from influxdb_client import InfluxDBClient\\n",
    "client = InfluxDBClient(url='https://influx.%s', org='lss',\\n",
    "    token='%s')\\n"
   ]},
  {"cell_type": "code", "execution_count": 2, "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["tank OO2 orp mean 338.4 mV\\n"]}],
   "source": ["summary(client, 'OO2')"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4, "nbformat_minor": 5
}
""" % (t.date(), t.domain, d.P(r.b64u(86) + "==", "influxdb-token")))
    # 10. wiki
    fmt = r.pick(P.WIKIS)
    d = t.doc("wiki/lss-night-check.%s" % P.EXT[fmt], prose=True)
    d.write(P.wiki(t, fmt, "LSS night check", [
        ("Rounds", ["Walk the galleries at 22:00 and 03:00, log ORP and temperature for every exhibit.",
                    ("list", ["Ozone skid: ORP above 420 mV means shut the ozone valve", "Chiller alarm: call on-call"])]),
        ("Logins", ["PLC web screens (user lssadmin): %s" % d.S(plc_pw, "plc-web-password"),
                    "Staff Wi-Fi for the tablets: %s" % d.S(wifi, "wifi-psk")]),
        ("Escalation", ["Duty curator first, then the LSS contractor."])]))
    # 11. chat
    fmt = r.pick(P.CHATS)
    d = t.doc("chat/aquarists-%s.%s" % (t.date(), P.EXT[fmt]), prose=True)
    d.write(P.chat(t, fmt, [
        (0, "probe on the jelly kreisel went offline again"),
        (1, "did the gateway lose the broker? mqtt login is probes / %s" % d.S(mqtt_pw, "mqtt-password")),
        (0, "reconnected. which token does the cloud sync use now?"),
        (1, d.S(probe_tok, "aquasense-api-token", "provider")),
        (2, "night check done, tablets back on the staff wifi (%s)" % d.S(wifi, "wifi-psk")),
        (0, "thanks!")], room="aquarists"))
    # 12. vet lab e-mail
    d = t.doc("email/pathology-portal.eml", prose=True)
    link = "https://results.marinepath.example/share/%s" % r.b64u(32)
    d.write(P.eml(t, "MarinePath Diagnostics <noreply@marinepath.example>", t.mail(3), "Your portal account", [
        "Dear Dr %s," % t.people[3][1],
        "An account has been created for %s on the MarinePath results portal." % t.org,
        "Username: %s\nTemporary password: %s" % (t.mail(3), d.S(r.human(), "temporary-password")),
        "Necropsy results for case %s can also be opened without logging in via this private link:\n%s" % (
            r.dig(6), d.S(link, "private-share-link")),
        "Kind regards,\nMarinePath client services"]))
    # 13. ticket
    fmt = r.pick(P.TICKETS)
    d = t.doc("tickets/AQ-%d.%s" % (r.randint(1000, 9999), P.EXT[fmt]), prose=True)
    d.write(P.ticket(t, fmt, "AQ-%d" % r.randint(100, 999), "Guest Wi-Fi portal locked out", 4,
                     "The captive portal admin page rejects our login since the firmware update.", [
                         (5, "Reset done. New controller admin password: %s" % d.S(r.pw(), "wifi-controller-password")),
                         (4, "Works. Also the membership card on file ends %s, no action needed." % d.N("**** **** **** %s" % r.dig(4), "masked")),
                         (5, "Closing.")]))
    # 14. voicemail transcript
    d = t.doc("voicemail/lss-contractor-%s.txt" % t.date(), prose=True)
    d.write("""Voicemail transcription (automatic, may contain errors)
From: +1 555 %s  (BlueLoop LSS Services)
Duration: 0:48

Hi, it's %s from BlueLoop. We swapped the ozone controller on the kelp system this morning.
The new controller's service login is tech and the password is %s, all one word.
Please change it once your team has logged in. Call me back if the ORP readings look off.
""" % (r.dig(7), t.person(6), d.S(r.human(), "ozone-controller-password")))
