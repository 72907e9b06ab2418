"""Short-line railroad: PTC back office, AEI readers, car-hire EDI, yard, crew calling, crossings."""

from themes import prose as P

DIRNAME = "shortline-rail"


def identity(r):
    city = r.pick(["Cedar Rapids", "Pueblo", "Lubbock", "Sioux Falls", "Moncton", "Kalamazoo", "Macon", "Yakima"])
    name = city.split()[0]
    org = r.pick(["%s & Western Railroad", "%s Valley Railway", "%s Terminal Railroad", "%s Short Line"]) % name
    slug = name.lower() + r.pick(["-rr", "-railway", "-trr"])
    return org, slug, slug.replace("-", "") + r.pick([".com", ".net"]), city


def build(t):
    r = t.r
    aei_pw = r.pw()
    modem_pw = r.human()
    ptc_pw = r.strong()
    # 1. PTC back office
    d = t.doc("ptc/back-office.properties")
    d.write("""# PTC back-office server (BOS) - %s
bos.railroad=%s
bos.db.url=jdbc:postgresql://%s:5432/bos
bos.db.user=bos
bos.db.password=%s
bos.messaging.broker=ssl://%s:61617
bos.messaging.user=bos-msg
bos.messaging.password=%s
bos.console.admin.password=%s
""" % (t.org, t.slug[:4].upper(), t.host("db"), d.S(r.pw("strong"), "jdbc-password"), t.host("amq"),
       d.S(r.pw("strong"), "broker-password"), d.S(ptc_pw, "ptc-console-password")))
    # 2. AEI readers
    d = t.doc("aei/readers.yaml")
    readers = "\n".join("  - site: %s\n    serial: %s\n    web_user: aei\n    web_password: %s" % (
        s, d.N(r.serial("AEI"), "device-id"), d.S(aei_pw, "aei-reader-password"))
        for s in r.sample(["North yard lead", "Interchange east", "Mill spur", "Elevator track"], 2))
    d.write("""# AEI tag readers report consists to the car-hire system
upload:
  host: sftp.%s
  user: aei-consists
  password: %s
readers:
%s
""" % (t.domain, d.S(r.pw(), "sftp-password"), readers))
    # 3. Railinc-style EDI
    d = t.doc("edi/CarHireEdi.ini", crlf=True)
    d.write("""[Mailbox]
Host=edi.interchange.example
Port=22
MailboxId=%s
Password=%s
Inbound=/in/417
Outbound=/out/418
""" % (t.slug[:4].upper() + r.dig(4), d.S(r.pw(), "edi-mailbox-password")))
    # 4. yard management appsettings
    d = t.doc("yard/appsettings.Production.json", crlf=True)
    d.write("""{
  "ConnectionStrings": {
    "Yard": "Server=%s;Database=Yard;User Id=yard_app;Password=%s;TrustServerCertificate=True"
  },
  "ShipperLink": {
    "ApiKey": "%s",
    "TenantId": "%s"
  },
  "Logging": { "LogLevel": { "Default": "Information" } }
}
""" % (t.host("sql"), d.S(r.uri_pw(), "connection-string-password"), d.P("slk_" + r.an(40), "shipperlink-api-key"),
       d.N(r.uuid(), "uuid")))
    d = t.doc("yard/appsettings.Development.json", crlf=True)
    d.write("""{
  "ConnectionStrings": {
    "Yard": "%s"
  },
  "ShipperLink": { "ApiKey": "%s" }
}
""" % (d.N("Server=localhost;Database=Yard;Trusted_Connection=True", "dev-default"),
       d.N("dotnet user-secrets set ShipperLink:ApiKey", "secret-reference")))
    # 5. crew calling
    d = t.doc("crew/crew-calling.env")
    d.write("""CALLOUT_ACCOUNT=%s
CALLOUT_API_TOKEN=%s
CREW_DB_URL=%s
CALL_WINDOW_MINUTES=120
""" % (r.dig(7), d.P("co_" + r.b64u(40), "callout-api-token"),
       d.S("mysql://crew:%s@%s:3306/crew" % (r.uri_pw(), t.host("db")), "database-url")))
    # 6. crossings
    d = t.doc("crossings/gcws-monitors.toml")
    xs = "\n".join('[[crossing]]\nmilepost = "%d.%d"\nmodem = "10.88.%d.1"\nmodem_password = "%s"\n' % (
        r.randint(1, 90), r.randint(0, 9), i, d.S(modem_pw, "modem-password")) for i in range(2))
    d.write("""# grade-crossing warning system remote monitors
[cloud]
url = "https://api.crossingwatch.example"
token = "%s"

%s""" % (d.P("cw_" + r.hex(40), "crossingwatch-token"), xs))
    # 7. waybill import (Perl)
    d = t.doc("scripts/waybill_import.pl")
    d.write("""#!/usr/bin/perl
# pulls interchange waybills from the Class I partner
use strict;
use LWP::UserAgent;
my $ua = LWP::UserAgent->new;
$ua->credentials('waybills.partner-rail.example:443', 'Waybills', '%s', '%s');
my $proxy_pass = $ENV{PROXY_PASS};
""" % (t.slug[:4].upper() + "WB", d.S(r.pw("strong"), "basic-auth-password")))
    # 8. event-recorder laptops sheet
    d = t.doc("locomotives/event-recorder-laptops.csv", prose=True)
    d.write(P.sheet(["unit", "laptop", "login", "password", "remarks"], [
        ["GP38-2 %d" % r.randint(2000, 2999), "ERD-01", "mech", d.S(r.human(), "laptop-password"), ""],
        ["SD40-2 %d" % r.randint(3000, 3999), "ERD-02", "mech", d.S(r.human(), "laptop-password"), "battery weak"],
        ["download tool", "n/a", "admin", d.N("admin", "well-known-default"), "vendor default, tool is offline"]]))
    # 9. wiki
    fmt = r.pick(P.WIKIS)
    d = t.doc("wiki/dispatcher-handbook.%s" % P.EXT[fmt], prose=True)
    d.write(P.wiki(t, fmt, "Dispatcher handbook: PTC", [
        ("Initialization failures", ["Check the BOS console for the locomotive's last message.",
                                     ("list", ["Confirm the consist", "Re-send the track database"])]),
        ("Console", ["BOS console admin password (for the chief dispatcher only): %s" % d.S(ptc_pw, "ptc-console-password")]),
        ("Radio", ["Channel plan is on the back of the console."])]))
    # 10. chat
    fmt = r.pick(P.CHATS)
    d = t.doc("chat/mow-signals-%s.%s" % (t.date(), P.EXT[fmt]), prose=True)
    d.write(P.chat(t, fmt, [
        (0, "AEI at the interchange stopped uploading"),
        (1, "web login aei / %s, check the antenna tuning page" % d.S(aei_pw, "aei-reader-password")),
        (2, "crossing modem at MP 14 needs a reboot too, pw %s" % d.S(modem_pw, "modem-password")),
        (0, "both back")], room="signals"))
    # 11. e-mail from partner
    d = t.doc("email/interchange-portal.eml", prose=True)
    d.write(P.eml(t, "Interchange Services <interchange@partner-rail.example>", t.mail(3), "Car-hire portal access", [
        "Hello,", "Your car-hire dispute portal account has been created.",
        "Login: %s\nInitial password: %s" % (t.mail(3), d.S(r.human(), "temporary-password")),
        "The monthly reconciliation file is available at this private link:\n%s" % d.S(
            "https://files.partner-rail.example/s/%s" % r.b64u(28), "private-share-link"),
        "Interchange Services"]))
    # 12. ticket
    fmt = r.pick(P.TICKETS)
    key = "RR-%d" % r.randint(100, 9999)
    d = t.doc("tickets/%s.%s" % (key, P.EXT[fmt]), prose=True)
    d.write(P.ticket(t, fmt, key, "Loco telematics portal account locked", 5,
                     "Mechanical foreman locked out after three attempts.", [
                         (6, "Unlocked and reset. Temporary password: %s" % d.S(r.human(), "temporary-password")),
                         (5, "Thanks, changed."), (6, "Closing.")]))
