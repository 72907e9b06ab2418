"""Stadium / arena operations: turnstile access control, ticketing feed, concessions POS hub, LED ribbon
board, venue Wi-Fi, parking LPR, staff credential printing, suites sheet, event-day chatter."""

from themes.common import CHAT_EXT, CHATS, TICKET_EXT, TICKETS, WIKI_EXT, WIKIS, chat, email, sheet, ticket, wiki

NAME = "arena-ops"
ORGS = [("Riverside Arena & Events Center", "riverside-arena", "riversidearena.com"),
        ("Northgate Stadium Authority", "northgate", "northgatestadium.org"),
        ("Bayfront Fieldhouse", "bayfront", "bayfrontfieldhouse.com")]


def build(T):
    T.setup(*T.pick(ORGS))
    T.services = ["access-control", "ticketing-sync", "concessions-hub", "ribbon-board", "parking-lpr"]
    T.hosts = ["acs-srv01", "tix-gw01", "pos-hub01", "led-ctl01", "lpr-srv01", "wifi-ctl01"]
    T.words = ["Touchdown", "Homerun", "Goalpost", "Jumbotron", "Turnstile", "Concourse", "Skybox", "Halftime"]
    v = T.v
    gates = ["G%d" % i for i in range(1, T.r.randrange(5, 9))]
    scanner_pw = v.pw_human(T.words)
    staff_psk, media_psk = v.pw_human(T.words), v.pw_human(T.words)

    d = T.doc("access-control/gates.yaml")
    d.put("""# turnstile scanners -- pushed to every handheld and pedestal at boot
venue: {org}
barcode:
  format: rotating-pdf417
  hmac_key: {hk}
  clock_skew_seconds: 15
scanner_admin:
  user: gateadmin
  password: "{sp}"
gates:
{gl}""".format(org=T.org, hk=d.S(v.hex(64), "barcode-hmac-key"), sp=d.S(scanner_pw, "password-yaml"),
               gl="".join("  - id: %s\n    pedestals: %d\n    subnet: 10.60.%d.0/26\n" % (g, T.r.randrange(4, 13), i + 10)
                          for i, g in enumerate(gates))))

    d = T.doc("access-control/acs-server.properties")
    d.put("""# access-control server (acs-srv01)
acs.db.url=jdbc:sqlserver://acs-srv01:1433;databaseName=ACS;user=acs_app;password={db};encrypt=true
acs.ticketing.provider=presence
acs.ticketing.client-id={slug}-acs
acs.ticketing.client-secret={cs}
acs.ticketing.barcode-seed-ttl=PT30S
acs.alerts.smtp.host=smtp.{dom}
""".format(db=d.S(v.pw_uri(), "jdbc-password"), slug=T.slug, cs=T.named(d, v.b64u(48), "ticketing-client-secret"), dom=T.domain))

    d = T.doc("ticketing/feed.env")
    r = d.R("secret", "ticketing-api-key-pair", grp="provider")
    d.put("# nightly scans + sales pull from the primary ticketing platform\nTIX_BASE_URL=https://partner-api.tix-platform.com/v2\n"
          "TIX_API_KEY=%s\nTIX_API_SECRET=%s\nTIX_VENUE_ID=%s\nSFTP_EXPORT_HOST=sftp.tix-platform.com\n" % (
              r.A(v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20), ident=True), r.A(v.b62(40)), v.digits(6)))
    d = T.doc("ticketing/feed.env.example")
    d.put("TIX_BASE_URL=https://sandbox.tix-platform.com/v2\nTIX_API_KEY=%s\nTIX_API_SECRET=%s\nTIX_VENUE_ID=\n" % (
        d.N("<your-api-key>", "placeholder"), d.N("<your-api-secret>", "placeholder")))

    d = T.doc("ticketing/season-holders-sample.csv")
    rows = [["account_id", "section", "row", "seats", "card_on_file", "email"]]
    for i in range(4):
        last4 = v.digits(4)
        rows.append([v.digits(8), str(T.r.randrange(101, 340)), T.pick("ABCDEFGHJK"), "%d-%d" % (1 + 2 * i, 4 + 2 * i),
                     d.N("**** **** **** " + last4, "masked") if i < 2 else "on file",
                     "%s***@%s" % (T.pick("abcdefghjkm"), T.pick(["gmail.com", "outlook.com", "icloud.com"]))])
    d.put(sheet(rows))

    d = T.doc("concessions/pos-hub.ini", crlf=True)
    d.put("""[Cloud]
Endpoint=https://api.standpos-cloud.com
VenueCode={vc}
ApiKey={ak}

[Payment]
MerchantId={mid}
TerminalProfile=STADIUM-EMV
OfflineSyncKey={enc}

[LocalDb]
Server=pos-hub01\\SQLEXPRESS
User=poshub
Password={pw}
""".format(vc=T.slug.upper()[:6], ak=T.named(d, v.b62(32), "concessions-pos-api-key"), mid=v.digits(12),
           enc=d.N("ENC:" + v.b64(48), "encrypted-blob"), pw=d.S(v.pw(), "password-ini")))

    d = T.doc("ribbon-board/controller.xml", crlf=True)
    d.put("""<?xml version="1.0"?>
<DisplayController name="{s}-ribbon" zones="{z}">
  <ContentUpload protocol="ftps" host="led-ctl01" user="content" password="{fp}"/>
  <ScoreFeed url="https://stats-feed.sportsdata-partner.com/live" apiKey="{sk}"/>
  <Snmp community="{pub}"/>
</DisplayController>
""".format(s=T.slug, z=T.r.randrange(6, 14), fp=d.S(v.pw(), "password-xml-attribute"),
           sk=T.named(d, v.hex(32), "score-feed-api-key"), pub=d.N("public", "well-known-default")))

    d = T.doc("wifi/ssids.conf")
    d.put("""# venue wireless -- wifi-ctl01
wlan staff
  ssid "{S}-Staff"
  security wpa2-personal
  wpa-passphrase {p1}
wlan media
  ssid "{S}-Media"
  security wpa2-personal
  wpa-passphrase {p2}
wlan fans
  ssid "{S}-Fan-WiFi"
  security open
  captive-portal https://wifi.{dom}/welcome
radius-server acs-srv01
  shared-secret {rs}
""".format(S=T.slug.split("-")[0].capitalize(), dom=T.domain, p1=d.S(staff_psk, "wifi-psk"), p2=d.S(media_psk, "wifi-psk"),
           rs=d.S(v.pw_alnum(24), "radius-shared-secret")))

    d = T.doc("parking/lpr.json")
    d.put("""{{
  "site": "{s}-lots",
  "cameras": {{
    "user": "lprsvc",
    "password": "{cp}",
    "factory_default_password": "{fd}"
  }},
  "permits_api": {{ "url": "https://api.park-permits.io/v1", "key": "{pk}" }},
  "lots": ["A", "B", "C", "Garage East"]
}}
""".format(s=T.slug, cp=d.S(v.pw(), "password-json"), fd=d.N("admin", "well-known-default"),
           pk=T.named(d, "ppk_live_" + v.b62(32), "parking-permits-api-key")))

    d = T.doc("events/print-credentials.ps1", crlf=True)
    d.put("""# Prints staff/media credentials for tonight's event
param([string]$EventCode)
$pw = ConvertTo-SecureString '{pw}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('{dom}\\badge-svc', $pw)
$rows = Invoke-Sqlcmd -ServerInstance acs-srv01 -Database ACS -Credential $cred -Query "SELECT * FROM Credentials WHERE EventCode='$EventCode'"
foreach ($r in $rows) {{ Out-Printer -Name 'Badge-Zebra-01' -InputObject $r }}
""".format(pw=d.S(v.pw(), "password-powershell"), dom=T.slug.upper()[:8]))

    fmt = T.pick(WIKIS)
    d = T.doc("ops/event-day-runbook%s" % WIKI_EXT[fmt], prose=True)
    d.put(wiki(fmt, "Event day runbook", [
        ("p", "Doors open 90 minutes before start. Gate supervisors are on radio channel 3."),
        ("h", "Scanners"),
        ("ul", ["If a pedestal shows OFFLINE, reboot it from the gate tablet.",
                "Admin login on the handhelds: gateadmin / %s" % d.S(scanner_pw, "password-wiki"),
                "Do not let fans through on a red scan, call the box office."]),
        ("h", "Wi-Fi"),
        ("ul", ["Staff: %s-Staff, key %s" % (T.slug.split("-")[0].capitalize(), d.S(staff_psk, "wifi-psk-wiki")),
                "Media gets their key from the media desk only."])]))

    fmt = T.pick(CHATS)
    T.chat_used = fmt
    d = T.doc("ops/chat/event-ops%s" % CHAT_EXT[fmt], prose=True)
    d.put(chat(fmt, T, "event-ops", [
        (2, "gate %s pedestals 3 and 4 offline" % T.pick(gates)),
        (1, "rebooting. admin pw is %s if you need it" % d.S(scanner_pw, "password-chat")),
        (3, "media desk asking for tonight's wifi"),
        (1, "%s -- do NOT put it on the big screen this time" % d.S(media_psk, "wifi-psk-chat")),
        (2, "lol. pedestals back")]))

    d = T.doc("ticketing/vendor-onboarding.eml", prose=True)
    d.put(email("Partner Integrations <integrations@tix-platform.com>", "%s <%s>" % (T.people[1], T.email(1)),
                "Venue API and SFTP access", "Mon, %d Feb 2025 11:02:37 +0000" % T.r.randrange(1, 28), """Hi {n},

production access for {org} is live.

Scan-data SFTP: sftp.tix-platform.com, user {slug}_exports, password {pw}
Webhook signing secret for the scan webhook: {wh}

Please rotate both within 90 days.

Partner Integrations
""".format(n=T.first(1), org=T.org, slug=T.slug.replace("-", "_"), pw=d.S(v.pw(), "password-email"),
           wh=d.S("whsec_" + v.b62(32), "webhook-signing-secret"))))

    d = T.doc("ops/suites.csv", prose=True)
    rows = [["Suite", "Holder", "TV admin", "Suite Wi-Fi key", "Notes"]]
    for i in range(3):
        rows.append(["S%d" % (101 + i * 3), v.person().split()[1] + " Corp", "via IT",
                     d.S(v.pw_human(T.words), "wifi-psk-sheet"), "catering pre-order"])
    rows.append(["S120", "%s (house)" % T.org.split()[0], "via IT", d.N("same as staff (see vault)", "secret-reference"), ""])
    d.put(sheet(rows))

    fmt = T.pick(TICKETS)
    T.ticket_used = fmt
    n = v.digits(5)
    d = T.doc("ops/tickets/INC%s%s" % (n, TICKET_EXT[fmt]), prose=True)
    d.put(ticket(fmt, T, "INC%s" % n, "Stand 214 POS offline during second half",
                 "Stand manager could not log into the POS hub. Gave me their login: stand214 / %s" % d.S(v.pw_human(T.words), "password-ticket"),
                 [(1, "Hub lost its DHCP lease. Fixed. Reset the stand manager password, they will pick a new one."),
                  (2, "Moving the stands to the new SSID next week.")]))
