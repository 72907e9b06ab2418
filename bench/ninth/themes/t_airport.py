"""Regional airport authority: AODB server, FIDS players, baggage-handling PLC gateway, common-use (CUPPS)
workstations, parking pay stations, ADS-B/flight-data feed, weather ingest, radio console, ops chatter."""

from themes.common import CHAT_EXT, CHATS, TICKET_EXT, TICKETS, WIKI_EXT, WIKIS, chat, email, sheet, ticket, wiki

NAME = "airport-ops"
ORGS = [("Port Calder Regional Airport", "portcalder", "portcalder-airport.com", "PCR"),
        ("Lakemont International Airport", "lakemont", "flylakemont.com", "LKM"),
        ("Bramblefield Airport Authority", "bramblefield", "bramblefieldairport.org", "BFD")]


def build(T):
    org, slug, dom, iata = T.pick(ORGS)
    T.setup(org, slug, dom)
    T.services = ["aodb", "fids", "bhs-gateway", "cupps-gw", "parking"]
    T.hosts = ["aodb01", "fids-ctl01", "bhs-hmi01", "cupps01", "park01", "noc01"]
    T.words = ["Runway", "Taxiway", "Apron", "Baggage", "Jetbridge", "Tarmac", "Hangar", "Windsock"]
    v = T.v
    fids_pw = v.pw()
    hmi_pw = v.pw_human(T.words)

    d = T.doc("aodb/aodb-server.xml", crlf=True)
    d.put("""<?xml version="1.0" encoding="UTF-8"?>
<Aodb airport="{i}">
  <Database url="jdbc:oracle:thin:@aodb01:1521/AODB" user="AODB_OWNER" password="{db}"/>
  <Broker url="amqps://aodb01:5671" user="aodb-pub" password="{mq}"/>
  <Feeds>
    <Feed name="notam" url="https://api.notam-feed.aero/v2" apiKey="{nk}"/>
    <Feed name="schedules" url="sftp://ssim.schedules-provider.com" user="{s}" keyFile="/etc/aodb/ssim_rsa"/>
  </Feeds>
</Aodb>
""".format(i=iata, db=d.S(v.pw(), "password-xml-attribute"), mq=d.S(v.pw(), "password-xml-attribute"),
           nk=T.named(d, v.hex(32), "notam-api-key"), s=T.slug))

    d = T.doc("fids/displays.yaml")
    d.put("""# flight information display players
cms:
  url: https://fids-ctl01/api
  token: "{tok}"
players:
  admin_user: fidsadmin
  admin_password: "{ap}"
  groups:
    - name: departures-hall
      screens: {n1}
    - name: gates-a
      screens: {n2}
""".format(tok=d.S(v.b64u(40), "api-token-yaml"), ap=d.S(fids_pw, "password-yaml"), n1=T.r.randrange(6, 20), n2=T.r.randrange(6, 20)))

    d = T.doc("bhs/plc-gateway.ini", crlf=True)
    d.put("""[OpcUa]
Endpoint=opc.tcp://bhs-hmi01:4840
User=bhsgw
Password={op}
[RemoteAccess]
VncHost=bhs-hmi01
VncPassword={vnc}
[Snmp]
ReadCommunity={pub}
""".format(op=d.S(v.pw(), "opcua-password"), vnc=d.S(hmi_pw, "vnc-password"), pub=d.N("public", "well-known-default")))

    d = T.doc("cupps/workstations.csv", prose=True)
    rows = [["gate", "workstation", "airline default", "local admin", "local admin password"]]
    for i in range(4):
        g = "%s%d" % (T.pick("AB"), T.r.randrange(1, 24))
        rows.append([g, "CUPPS-%s-%02d" % (g, i + 1), T.pick(["common", "common", "dedicated"]), "cuppsadmin",
                     d.S(v.pw_human(T.words), "password-sheet") if i < 2 else d.N("see LAPS", "secret-reference")])
    d.put(sheet(rows))

    d = T.doc("parking/pay-stations.json")
    d.put("""{{
  "operator": "{s}-parking",
  "vendor_api": {{ "url": "https://api.paystation-cloud.com/v1", "secret": "{ps}" }},
  "stations": 14,
  "test_receipt_pan": "{pan}"
}}
""".format(s=T.slug, ps=T.named(d, v.b64u(43), "pay-station-api-secret"), pan=d.N("4111 11** **** 1111", "masked")))

    d = T.doc("flight-data/adsb-feed.env")
    d.put("AEROAPI_KEY=%s\nOPENSKY_USER=%s\nOPENSKY_PASSWORD=%s\nRADAR_SITE=%s\n" % (
        T.named(d, v.b62(32), "aeroapi-key"), T.slug, d.S(v.pw(), "password-env"), iata))
    d = T.doc("flight-data/adsb-feed.env.example")
    d.put("AEROAPI_KEY=%s\nOPENSKY_USER=\nOPENSKY_PASSWORD=%s\nRADAR_SITE=XXX\n" % (
        d.N("<aeroapi key>", "placeholder"), d.N("${OPENSKY_PASSWORD}", "env-reference")))

    d = T.doc("weather/metar_ingest.py")
    d.put('''"""Pull METAR/TAF for {i} and nearby alternates every 5 minutes."""
import requests

CHECKWX_KEY = "{k}"
STATIONS = ["K{i}", "KBOS", "KALB"]


def fetch(station):
    r = requests.get("https://api.checkwx.com/metar/%s/decoded" % station, headers={{"X-API-Key": CHECKWX_KEY}}, timeout=10)
    return r.json()
'''.format(i=iata, k=T.named(d, v.hex(32), "checkwx-api-key")))

    d = T.doc("radio/console.conf")
    d.put("""# dispatch console (P25 trunked)
console_id = OPS-1
system_id = {sid}
login_user = opsconsole
login_password = {lp}
# AES-256 traffic key for talkgroup OPS-SECURE (key ID 0x{kid})
tek = {tek}
""".format(sid=v.HEX(3), lp=d.S(v.pw(), "password-conf"), kid=v.HEX(4), tek=d.S(v.HEX(64), "p25-traffic-key")))

    fmt = T.pick(WIKIS)
    d = T.doc("ops/wiki/irregular-ops%s" % WIKI_EXT[fmt], prose=True)
    d.put(wiki(fmt, "Irregular operations (IROPS)", [
        ("p", "When more than 5 flights divert to %s, open the IROPS bridge." % iata),
        ("ul", ["FIDS: log in as fidsadmin (%s) and switch departures-hall to the IROPS layout" % d.S(fids_pw, "password-wiki"),
                "AODB vendor support VPN: user %s-irops, password %s" % (T.slug, d.S(v.pw(), "password-wiki")),
                "parking: open the overflow lot gates from park01"])]))

    fmt = T.pick(CHATS)
    T.chat_used = fmt
    d = T.doc("ops/chat/ramp-ops%s" % CHAT_EXT[fmt], prose=True)
    d.put(chat(fmt, T, "ramp-ops", [
        (3, "carousel 4 stopped, HMI shows E-STOP"),
        (1, "reset from bhs-hmi01, VNC pw %s" % d.S(hmi_pw, "vnc-password-chat")),
        (3, "done. gate B wifi for the airline reps?"),
        (1, "%s" % d.S(v.pw_human(T.words), "wifi-psk-chat"))]))

    d = T.doc("ops/mail/station-manager.eml", prose=True)
    d.put(email("%s <%s>" % (T.people[1], T.email(1)), "Station Manager <%s.station@%s-airways.com>" % (iata.lower(), T.pick(["skylark", "northjet", "bluecrest"])),
                "RE: CUPPS logins for your new agents", "Mon, %d Aug 2025 06:41:09 -0400" % T.r.randrange(1, 28), """Hello,

I created three CUPPS logins for your new agents. They all start with the same
temporary password, {pw}, and must change it at first sign-in.

Regards,
{n}
Airport IT
""".format(pw=d.S(v.pw_human(T.words), "password-email"), n=T.people[1])))

    fmt = T.pick(TICKETS)
    T.ticket_used = fmt
    n = v.digits(5)
    d = T.doc("ops/tickets/AIT-%s%s" % (n, TICKET_EXT[fmt]), prose=True)
    d.put(ticket(fmt, T, "AIT-%s" % n, "Gate agent locked out of CUPPS at boarding",
                 "Agent locked out during boarding. Their password (so we can test): %s" % d.S(v.pw_human(T.words), "password-ticket"),
                 [(1, "Unlocked. Account lockout threshold is 3."), (2, "Asked the airline to brief agents not to share passwords.")]))
