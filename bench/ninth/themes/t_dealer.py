"""Car-dealership group: DMS client and bridge, rooftop sheet, inventory syndication, F&I credit partners,
service-lane tablets, key cabinet, dealer website, floor-plan lender, lot cameras, and the people talking."""

from themes.common import CHAT_EXT, CHATS, TICKET_EXT, TICKETS, WIKI_EXT, WIKIS, chat, email, sheet, ticket, wiki

NAME = "dealer-group"
ORGS = [("Harborview Auto Group", "harborview", "harborviewauto.com"),
        ("Summit Ridge Motors", "summitridge", "summitridgemotors.com"),
        ("Lakeshore Automotive Group", "lakeshore", "lakeshoreautogroup.com")]
BRANDS = ["Toyota", "Honda", "Ford", "Kia", "Subaru", "Hyundai", "Mazda", "Chevrolet"]


def _vin(T):
    return T.pick(["1HG", "JTD", "1FT", "KNA", "4S4", "5NP", "JM1"]) + T.v.chars("ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 14)


def build(T):
    T.setup(*T.pick(ORGS))
    T.services = ["dms-bridge", "inventory-sync", "lead-router", "service-tablets", "fi-menu"]
    T.hosts = ["dms-gw01", "sql-dealer01", "keytrak01", "nvr-lot01", "fs01", "util01"]
    T.words = ["Camry", "Mustang", "Outback", "Accord", "Tundra", "Civic", "Showroom", "Dealer", "Sorento"]
    v = T.v
    roofs = ["%s %s" % (T.org.split()[0], b) for b in T.sample(BRANDS, T.r.randrange(3, 5))]
    company = [v.digits(3) for _ in roofs]
    dms_pw = v.pw_human(T.words)

    d = T.doc("dms/drivelink-client.ini", crlf=True)
    d.put("""; DriveLink DMS client -- installed on every F&I and service PC
[Connection]
Host=dms.drivelink-hosted.net
Port=23011
CompanyNumber={co}
UseTLS=1

[Logon]
UserId=ITADMIN
Password={pw}
AutoLogon=1

[Logon.Parts]
UserId=PARTS01
EncryptedPassword={enc}
""".format(co=company[0], pw=d.S(dms_pw, "password-dms-client"),
           enc=d.N("01000000D08C9DDF0115D1118C7A00C04FC297EB0100000" + v.HEX(120), "encrypted-blob")))

    d = T.doc("dms/rooftops.csv", prose=True)
    rows = [["Rooftop", "Brand", "DMS company #", "OEM dealer code", "DMS logon", "DMS password", "Notes"]]
    for i, (r, co) in enumerate(zip(roofs, company)):
        pw = dms_pw if i == 0 else v.pw_human(T.words)
        cell = d.S(pw, "password-sheet") if i < len(roofs) - 1 else d.N("in Keeper: DMS/%s" % r.split()[-1], "secret-reference")
        rows.append([r, r.split()[-1], co, v.digits(5), "ITADMIN" if i == 0 else "SVC%02d" % i, cell,
                     "main store" if i == 0 else "acquired %d" % T.r.randrange(2016, 2024)])
    d.put(sheet(rows))

    d = T.doc("dms/bridge/appsettings.json")
    d.put("""{{
  "Logging": {{ "LogLevel": {{ "Default": "Information" }} }},
  "ConnectionStrings": {{
    "Bridge": "{cs}"
  }},
  "DriveLinkApi": {{
    "BaseUrl": "https://api.drivelink-hosted.net/v3",
    "ClientId": "{slug}-bridge",
    "ClientSecret": "{sec}",
    "SubscriptionId": "{sub}"
  }},
  "Rooftops": [{rf}]
}}
""".format(cs=d.S("Server=sql-dealer01;Database=DmsBridge;User Id=bridge_svc;Password=%s;TrustServerCertificate=True" % v.pw(),
                  "sqlserver-connection-string"), slug=T.slug, sec=T.named(d, v.b62(40), "dms-api-client-secret"),
           sub=d.N(v.uuid(), "uuid"), rf=", ".join('"%s"' % c for c in company)))
    d = T.doc("dms/bridge/appsettings.Development.json")
    d.put("""{{
  "ConnectionStrings": {{
    "Bridge": "Server=(localdb)\\\\MSSQLLocalDB;Database=DmsBridge;Trusted_Connection=True"
  }},
  "DriveLinkApi": {{
    "BaseUrl": "https://sandbox.drivelink-hosted.net/v3",
    "ClientSecret": "{ph}"
  }}
}}
""".format(ph=d.N("<dev-client-secret-from-user-secrets>", "placeholder")))

    d = T.doc("inventory/syndication.properties")
    d.put("""# nightly inventory push ({dt})
autotrader.ftp.host=ftp.autotrader-feeds.com
autotrader.ftp.user={slug}_{co}
autotrader.ftp.password={p1}
cars.sftp.host=sftp.cars-inventory.com
cars.sftp.user={slug}
cars.sftp.keyfile=/opt/inventory-sync/keys/cars_ed25519
cargurus.api.key={p2}
homenet.feed.url={p3}
facebook.catalog.token={p4}
photos.cdn.base=https://cdn.{dom}/inventory/
""".format(dt=T.date(), slug=T.slug, co=company[0], dom=T.domain, p1=d.S(v.pw(), "password-ftp-feed"),
           p2=T.named(d, v.hex(32), "cargurus-api-key"),
           p3=d.S("https://feeds.homenet-iol.com/export?rooftop=%s&key=%s" % (company[0], v.hex(32)), "api-key-in-url"),
           p4=T.named(d, "EAAG" + v.b62(180), "facebook-access-token")))

    d = T.doc("inventory/vin_decode.py")
    vins = [_vin(T) for _ in range(2)]
    d.put('''"""Decode VINs through the Chrome Data web service before syndication.

Example VINs from the lot: {v1}
                           {v2}
"""
import os

import requests

CHROME_USER = os.environ.get("CHROME_DATA_USER", "{slug}")
CHROME_PASSWORD = {ref}


def decode(vin):
    r = requests.get("https://ws.chromedata.com/vin/" + vin, auth=(CHROME_USER, CHROME_PASSWORD), timeout=20)
    r.raise_for_status()
    return r.json()
'''.format(v1=d.N(vins[0], "vin"), v2=d.N(vins[1], "vin"), slug=T.slug, ref=d.N('os.environ["CHROME_DATA_PASSWORD"]', "env-reference")))

    d = T.doc("fi/routeone-partner.xml", crlf=True)
    d.put("""<?xml version="1.0" encoding="utf-8"?>
<PartnerConfiguration>
  <Endpoint>https://itl.routeone.net/XML/services/CreditApp</Endpoint>
  <PartnerCredentials>
    <DealerId>{did}</DealerId>
    <UserName>{slug}_fi</UserName>
    <Password>{pw}</Password>
  </PartnerCredentials>
  <SigningCertThumbprint>{fp}</SigningCertThumbprint>
</PartnerConfiguration>
""".format(did=v.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 2) + v.digits(3), slug=T.slug, pw=d.S(v.pw(), "password-xml-element"),
           fp=d.N(v.HEX(40), "fingerprint")))

    d = T.doc("fi/creditbureau.env")
    bureau_pw = v.pw()
    d.put("# soft-pull prequalification for the website and F&I desks\nBUREAU_ENDPOINT=https://api.softpull-bureau.com/v2\n"
          "BUREAU_ACCOUNT=%s\nBUREAU_PASSWORD=%s\nBUREAU_API_KEY=%s\nBUREAU_MODE=live\n" % (
              v.digits(7), d.S(bureau_pw, "password-env"), T.named(d, v.b62(36), "credit-bureau-api-key")))
    d = T.doc("fi/creditbureau.env.example")
    d.put("BUREAU_ENDPOINT=https://sandbox.softpull-bureau.com/v2\nBUREAU_ACCOUNT=\nBUREAU_PASSWORD=%s\nBUREAU_API_KEY=%s\nBUREAU_MODE=test\n" % (
        d.N("changeme", "placeholder"), d.N("${BUREAU_API_KEY}", "env-reference")))

    d = T.doc("service/tablets-mdm.json")
    d.put("""{{
  "profile": "service-lane-tablet",
  "wifi": {{ "ssid": "{s}-SVC", "security": "WPA2", "password": "{psk}" }},
  "enrollment": {{ "server": "https://mdm.{dom}", "token": "{tok}" }},
  "apps": ["com.drivelink.servicelane", "com.{s}.checkin"],
  "kiosk": {{ "enabled": true }}
}}
""".format(s=T.slug, dom=T.domain, psk=d.S(v.pw_human(T.words), "wifi-psk"), tok=d.S(v.b64u(48), "mdm-enrollment-token")))

    d = T.doc("website/.env.production")
    site_smtp = v.pw()
    d.put("""SITE_URL=https://www.{dom}
RECAPTCHA_SITE_KEY={sk}
RECAPTCHA_SECRET_KEY={rs}
LEAD_WEBHOOK_SECRET={wh}
CALLRAIL_API_KEY={cr}
SMTP_HOST=smtp.office365.com
SMTP_USER=leads@{dom}
SMTP_PASSWORD={sp}
CHAT_WIDGET_ID={cw}
""".format(dom=T.domain, sk=d.N("6L" + v.b64u(38), "recaptcha-site-key"), rs=T.named(d, "6L" + v.b64u(38), "recaptcha-secret-key"),
           wh=d.S(v.hex(64), "webhook-secret"), cr=T.named(d, v.hex(32), "callrail-api-key"), sp=d.S(site_smtp, "password-smtp"),
           cw=d.N(v.uuid(), "uuid")))
    d = T.doc("website/.env.example")
    d.put("SITE_URL=http://localhost:3000\nRECAPTCHA_SITE_KEY=\nRECAPTCHA_SECRET_KEY=%s\nLEAD_WEBHOOK_SECRET=%s\nSMTP_PASSWORD=%s\n" % (
        d.N("your-recaptcha-secret", "placeholder"), d.N("<random 32 bytes hex>", "placeholder"), d.N("${SMTP_PASSWORD}", "env-reference")))

    fmt = T.pick(WIKIS)
    d = T.doc("it/wiki/lot-cameras%s" % WIKI_EXT[fmt], prose=True)
    d.put(wiki(fmt, "Lot cameras and NVR", [
        ("p", "The lot cameras record to nvr-lot01 (rack in the parts cage). Retention is 30 days."),
        ("h", "Logins"),
        ("table", ["device", "user", "password"], [
            ["NVR web UI", "admin", d.S(v.pw(), "password-wiki-table")],
            ["PoE switch (sw-lot01)", "manager", d.S(v.pw_human(T.words), "password-wiki-table")],
            ["new cameras out of the box", "admin", d.N("12345", "well-known-default")]]),
        ("h", "Adding a camera"),
        ("ul", ["set a static IP in 10.40.8.0/24", "change the default password before it goes on the pole",
                "add it in the NVR under Channels"])]))

    fmt = T.pick(TICKETS)
    T.ticket_used = fmt
    n = v.digits(4)
    d = T.doc("it/tickets/HD-%s%s" % (n, TICKET_EXT[fmt]), prose=True)
    d.put(ticket(fmt, T, "HD-%s" % n, "Salesperson locked out of DriveLink",
                 "%s (sales, %s) is locked out of DriveLink after 3 tries. Says the password on the sticky note is %s" % (
                     T.people[4], roofs[-1], d.S(v.pw_human(T.words), "password-ticket")),
                 [(1, "Unlocked and reset to %s, told them to change it at first logon" % d.S(v.pw_human(T.words), "password-ticket")),
                  (2, "Please stop writing DMS passwords on sticky notes")]))

    fmt = T.pick(CHATS)
    T.chat_used = fmt
    d = T.doc("it/chat/sales-managers%s" % CHAT_EXT[fmt], prose=True)
    d.put(chat(fmt, T, "sales-managers", [
        (3, "website leads stopped coming in since this morning"),
        (1, "smtp password for leads@ expired, I set a new one"),
        (1, "it is %s if anyone needs to update the CRM side" % d.S(site_smtp, "password-chat")),
        (3, "thanks. also the bureau password for the desk PCs?"),
        (1, "%s -- same as in the website env, do not share with the lenders" % d.S(bureau_pw, "password-chat")),
        (5, "staff wifi in the new service drive is %s btw" % d.S(v.pw_human(T.words), "wifi-psk-chat"))]))

    d = T.doc("oem/portal-onboarding.eml", prose=True)
    d.put(email("Dealer Systems Support <dealersystems@oem-dealer-portal.com>", "%s <%s>" % (T.people[0], T.email(0)),
                "Your dealer portal administrator account", "Tue, %d Mar 2025 09:14:52 -0500" % T.r.randrange(1, 28), """Hello {n},

your dealer portal administrator account has been created for dealer code {dc}.

  Username: {u}
  Temporary password: {pw}

The parts catalogue (EPC) uses a separate login: {slug}parts / {epc}

Please change the temporary password within 72 hours.

Dealer Systems Support
""".format(n=T.first(0), dc=v.digits(5), u=T.user(0), pw=d.S(v.pw(), "password-email"), slug=T.slug,
           epc=d.S(v.pw_human(T.words), "password-email"))))
