"""Gym / fitness club chain: per-club door controllers and Wi-Fi, door-access service, direct-debit billing,
member API, class-booking widget, connected equipment, kiosk first-boot script, club sheet, staff chatter."""

from themes.common import CHAT_EXT, CHATS, TICKET_EXT, TICKETS, WIKI_EXT, WIKIS, chat, email, sheet, ticket, wiki

NAME = "fitness-clubs"
ORGS = [("PeakForm Fitness", "peakform", "peakformfitness.co.uk"),
        ("IronPulse Gyms", "ironpulse", "ironpulsegyms.com"),
        ("Crestline Athletic Clubs", "crestline", "crestlineclubs.com")]
TOWNS = ["Northside", "Riverside", "Old Town", "Harbour", "Westfield", "Canal St", "Parkgate"]


def build(T):
    T.setup(*T.pick(ORGS))
    T.services = ["member-api", "door-access", "billing-dd", "class-booking", "equipment-sync"]
    T.hosts = ["club-srv01", "door-ctl01", "bill01", "app01", "kiosk01"]
    T.words = ["Deadlift", "Kettlebell", "Spin", "Treadmill", "Burpee", "Squat", "Pilates", "Rowing"]
    v = T.v
    clubs = T.sample(TOWNS, T.r.randrange(3, 6))
    staff_psk = v.pw_human(T.words)
    ctl_pw = [v.pw() for _ in clubs]

    d = T.doc("clubs/clubs.yaml")
    body = ""
    for i, c in enumerate(clubs):
        body += "  - name: %s\n    door_controller: 10.%d.1.10\n" % (c, 30 + i)
        if i < 2:
            body += "    controller_admin_password: \"%s\"\n" % d.S(ctl_pw[i], "door-controller-password")
        else:
            body += "    controller_admin_password: %s\n" % d.N("\"{{ vault_door_ctl_%d }}\"" % i, "template-reference")
    d.put("# club network + door controllers\nstaff_wifi:\n  ssid: %s-Staff\n  psk: \"%s\"\nmember_wifi:\n  ssid: %s-Members\n  open: true\nclubs:\n%s" % (
        T.slug.capitalize(), d.S(staff_psk, "wifi-psk"), T.slug.capitalize(), body))

    d = T.doc("door-access/controller.ini", crlf=True)
    d.put("""[MemberSystem]
Url=https://api.gym-mgmt-cloud.com/v3
ApiKey={ak}
SiteGroup={sg}
[Database]
Server=door-ctl01\\SQLEXPRESS
User=doors
Password={pw}
[Tailgating]
AlarmAfterSeconds=8
""".format(ak=T.named(d, v.hex(40), "gym-management-api-key"), sg=v.digits(5), pw=d.S(v.pw(), "password-ini")))

    d = T.doc("billing/direct-debit.properties")
    d.put("""# direct debit collections
dd.provider=gocardless
dd.access-token={gc}
dd.webhook-secret={wh}
dd.creditor-id={cid}
bank.sftp.host=sftp.bankline-files.com
bank.sftp.user={s}dd
bank.sftp.password={bp}
""".format(gc=T.named(d, "live_" + v.b64u(40), "gocardless-access-token"), wh=d.S(v.b64u(32), "webhook-secret"),
           cid=d.N("GB" + v.digits(2) + "ZZZSDD" + v.digits(6), "resource-id"), s=T.slug, bp=d.S(v.pw(), "password-properties")))
    d = T.doc("billing/direct-debit.properties.example")
    d.put("dd.provider=gocardless\ndd.access-token=%s\ndd.webhook-secret=%s\nbank.sftp.password=\n" % (
        d.N("sandbox_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "placeholder"), d.N("${DD_WEBHOOK_SECRET}", "env-reference")))

    d = T.doc("member-api/appsettings.json")
    tw = T.pair(d, "twilio")
    d.put("""{{
  "ConnectionStrings": {{ "Members": "{cs}" }},
  "Jwt": {{ "Issuer": "https://api.{dom}", "SigningKey": "{jk}" }},
  "Twilio": {{
    "AccountSid": "{a0}",
    "AuthToken": "{a1}",
    "From": "+44{ph}"
  }}
}}
""".format(cs=d.S("Server=club-srv01;Database=Members;User Id=members_api;Password=%s" % v.pw(), "sqlserver-connection-string"),
           dom=T.domain, jk=d.S(v.b64(48), "jwt-signing-secret"), a0=tw[0][1], a1=tw[1][1], ph=v.digits(10)))

    d = T.doc("class-booking/widget.config.js")
    d.put("""// class booking widget (server side)
module.exports = {{
  siteId: {sid},
  apiKey: '{ak}',
  sourceName: '{s}Booking',
  sourcePassword: '{sp}',
  timezone: 'Europe/London',
}};
""".format(sid=v.digits(6), ak=T.named(d, v.hex(32), "class-booking-api-key"), s=T.slug.capitalize(),
           sp=d.S(v.pw_alnum(24), "password-js")))

    d = T.doc("equipment/connected-equipment.json")
    d.put("""{{
  "cloud": "https://fleet.connected-kit.com",
  "client_id": "{s}-fleet",
  "client_secret": "{cs}",
  "devices": [
    {{ "type": "treadmill", "serial": "{s1}" }},
    {{ "type": "bike", "serial": "{s2}" }}
  ]
}}
""".format(s=T.slug, cs=T.named(d, v.b64u(40), "equipment-cloud-client-secret"),
           s1=d.N("TM" + v.HEX(10), "device-id"), s2=d.N("BK" + v.HEX(10), "device-id")))

    d = T.doc("kiosk/first-boot.bat", crlf=True)
    kpw = v.pw_human(T.words)
    d.put("""@echo off
rem check-in kiosk first boot
net user kiosk {p1} /add
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v AutoAdminLogon /t REG_SZ /d 1 /f
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultUserName /t REG_SZ /d kiosk /f
reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d {p2} /f
shutdown /r /t 5
""".format(p1=d.S(kpw, "password-net-user"), p2=d.S(kpw, "password-autologon")))

    d = T.doc("clubs/club-contacts.csv", prose=True)
    rows = [["club", "manager", "phone", "back office PC login", "password"]]
    for i, c in enumerate(clubs[:3]):
        rows.append([c, v.person(), "+44 7%s" % v.digits(9), "%s\\frontdesk" % T.slug.upper()[:6],
                     d.S(v.pw_human(T.words), "password-sheet") if i < 2 else d.N("LAPS", "secret-reference")])
    d.put(sheet(rows))

    fmt = T.pick(WIKIS)
    d = T.doc("ops/wiki/new-club-opening%s" % WIKI_EXT[fmt], prose=True)
    d.put(wiki(fmt, "New club opening -- IT checklist", [
        ("ul", ["door controller: change the factory login (%s) before the doors go live" % d.N("admin / 12345", "well-known-default"),
                "staff Wi-Fi key is the group-wide one: %s" % d.S(staff_psk, "wifi-psk-wiki"),
                "kiosk: run first-boot.bat, then join to the domain"]),
        ("h", "Who to call"),
        ("p", "Door controller vendor hotline, account number %s." % v.digits(7))]))

    fmt = T.pick(CHATS)
    T.chat_used = fmt
    d = T.doc("ops/chat/club-managers%s" % CHAT_EXT[fmt], prose=True)
    d.put(chat(fmt, T, "club-managers", [
        (4, "front door at %s won't take fobs" % clubs[0]),
        (1, "controller needs a reboot, web login admin / %s" % d.S(ctl_pw[0], "door-controller-password-chat")),
        (4, "that worked. what's the kiosk password, it logged out"),
        (1, "%s -- it's meant to autologon" % d.S(kpw, "password-chat"))]))

    d = T.doc("ops/mail/payments-onboarding.eml", prose=True)
    d.put(email("Partner Success <partners@gym-mgmt-cloud.com>", "%s <%s>" % (T.people[0], T.email(0)),
                "API access for %s" % T.org, "Mon, %d Sep 2025 09:30:00 +0100" % T.r.randrange(1, 28), """Hi {n},

the reporting API user for your group is {s}_reports with password {pw}.
This account can only read attendance and revenue data.

Partner Success
""".format(n=T.first(0), s=T.slug, pw=d.S(v.pw(), "password-email"))))

    fmt = T.pick(TICKETS)
    T.ticket_used = fmt
    n = v.digits(5)
    d = T.doc("ops/tickets/GYM-%s%s" % (n, TICKET_EXT[fmt]), prose=True)
    d.put(ticket(fmt, T, "GYM-%s" % n, "Member app login loop",
                 "Member says the app keeps logging them out. Their login: %s@%s / %s" % (
                     v.word(), T.pick(["gmail.com", "yahoo.co.uk"]), d.S(v.pw_human(T.words), "password-ticket")),
                 [(1, "App session bug, fixed in 4.12."), (2, "Told member to reset the password they shared.")]))
