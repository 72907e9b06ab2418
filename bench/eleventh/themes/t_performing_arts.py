"""Opera / theatre company: lighting and audio networks, ticketing, surtitles, stage machinery, archive."""

from themes import prose as P

DIRNAME = "performing-arts"


def identity(r):
    city = r.pick(["Santa Fe", "Glyndebourne", "Bergen", "Salzburg", "Savannah", "Leipzig", "Cardiff", "Adelaide"])
    org = r.pick(["%s Opera", "%s Repertory Theatre", "%s Festival Theatre", "%s Lyric Stage"]) % city
    slug = city.lower().replace(" ", "") + r.pick(["-opera", "-rep", "-theatre"])
    return org, slug, slug.replace("-", "") + r.pick([".org", ".org.uk", ".de"]), city


def build(t):
    r = t.r
    ddm_pw = r.strong()
    sur_tok = "lc_" + r.an(40)
    proj_pw = r.human()
    bs_psk = r.phrase(3)
    # 1. lighting network
    d = t.doc("lighting/lighting-network.yaml")
    nodes = "\n".join("  - name: %s\n    serial: %s\n    web_password: %s" % (
        n, d.N(r.serial("GW"), "device-id"), d.S(r.pw(), "dmx-gateway-password"))
        for n in r.sample(["FOH truss", "Fly floor SL", "Orchestra pit", "Balcony rail"], 2))
    d.write("# sACN gateways on the lighting VLAN (consoles have no auth)\nuniverse_base: 1\nnodes:\n%s\n" % nodes)
    # 2. Dante domain
    d = t.doc("audio/dante-domain-manager.yaml")
    d.write("""ddm:
  host: ddm.%s
  admin_user: audioadmin
  admin_password: %s
  ldap:
    url: ldaps://dc01.%s
    bind_dn: CN=svc-ddm,OU=Service,DC=%s,DC=local
    bind_password: %s
domains: [Main House, Studio, Rehearsal]
""" % (t.domain, d.S(ddm_pw, "dante-domain-password"), t.domain, t.slug[:8],
       d.S(r.pw("strong"), "ldap-bind-password")))
    # 3. ticketing REST
    d = t.doc("ticketing/TicketingBridge.exe.config", crlf=True)
    d.write("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Bridge" connectionString="Data Source=%s;Initial Catalog=Bridge;User ID=bridge;Password=%s" />
  </connectionStrings>
  <appSettings>
    <add key="Tessitura.BaseUrl" value="https://rest.%s/TessituraService" />
    <add key="Tessitura.Credential" value="webapi:webusers:boxoffice:%s" />
  </appSettings>
</configuration>
""" % (t.host("sql"), d.S(r.uri_pw(), "connection-string-password"), t.domain,
       d.S(r.pw(), "ticketing-api-password")))
    # 4. surtitles
    d = t.doc("surtitles/server.toml")
    d.write("""[server]
listen = "0.0.0.0:8085"

[librettocast]
url = "https://api.librettocast.example"
token = "%s"

[screens]
proscenium = "10.30.1.21"
seatbacks = "10.30.1.40/28"
""" % d.P(sur_tok, "librettocast-token"))
    # 5. box office env + example
    d = t.doc("box-office/.env.production")
    d.write("""DATABASE_URL=%s
SPREEDLY_ENVIRONMENT_KEY=%s
SPREEDLY_ACCESS_SECRET=%s
SESSION_SECRET=%s
STRIPE_PUBLISHABLE_KEY=%s
""" % (d.S("postgresql://boxoffice:%s@%s/boxoffice" % (r.uri_pw(), t.host("pg")), "database-url"),
       d.N(r.an(28), "oauth-client-id"), d.P(r.an(48), "spreedly-access-secret"), d.S(r.hex(64), "session-secret"),
       d.N(r.pk_live(), "publishable-key")))
    d = t.doc("box-office/.env.example")
    d.write("DATABASE_URL=%s\nSPREEDLY_ENVIRONMENT_KEY=\nSPREEDLY_ACCESS_SECRET=%s\nSESSION_SECRET=%s\n" % (
        d.N("postgresql://boxoffice:boxoffice@localhost/boxoffice", "dev-default"),
        d.N("op://BoxOffice/Spreedly/secret", "secret-reference"), d.N("dev-session-secret", "dev-default")))
    # 6. stage machinery
    d = t.doc("stage/FlyRailController.ini", crlf=True)
    d.write("""[Controller]
Axes=24
EngineerUser=engineer
EngineerPassword=%s
OperatorUser=operator
OperatorPassword=%s
; operator login is the vendor default and only allows cue playback
""" % (d.S(r.an(12), "stage-engineer-password"), d.N("operator", "well-known-default")))
    # 7. archive recordings
    d = t.doc("scripts/archive_recordings.sh")
    d.write("""#!/bin/bash
# copies last night's archival recording to the NAS and uploads a preview to Vimeo
sshpass -p '%s' rsync -av /recordings/$(date +%%F)/ archive@nas.%s:/volume1/archive/
curl -s -H "Authorization: bearer %s" -F file_data=@preview.mp4 https://api.vimeo.com/me/videos
""" % (d.S(r.pw(), "ssh-password"), t.domain, d.P(r.hex(32), "vimeo-token")))
    # 8. backstage devices sheet
    d = t.doc("backstage/device-logins.csv", prose=True)
    d.write(P.sheet(["device", "ip", "user", "password", "notes"], [
        ["Projector FOH", "10.30.2.11", "admin", d.S(proj_pw, "projector-password"), ""],
        ["Intercom frame", "10.30.2.30", "admin", d.S(r.human(), "intercom-password"), "changed after tour"],
        ["Cue light box", "10.30.2.45", "admin", d.N("admin", "well-known-default"), "no network access"]]))
    # 9. wiki
    fmt = r.pick(P.WIKIS)
    d = t.doc("wiki/tech-week.%s" % P.EXT[fmt], prose=True)
    d.write(P.wiki(t, fmt, "Tech week checklist", [
        ("Audio", ["Dante Domain Manager admin (audioadmin): %s" % d.S(ddm_pw, "dante-domain-password"),
                   ("list", ["Lock the domain before first preview", "Export the routing"])]),
        ("Network", ["Backstage Wi-Fi for the stage managers: %s" % d.S(bs_psk, "wifi-psk")]),
        ("Surtitles", ["Load the libretto the day before the sitzprobe."])]))
    # 10. chat
    fmt = r.pick(P.CHATS)
    d = t.doc("chat/crew-%s.%s" % (t.date(), P.EXT[fmt]), prose=True)
    d.write(P.chat(t, fmt, [
        (0, "surtitle server lost its cloud link"),
        (1, "token in the config is old, current one: %s" % d.S(sur_tok, "librettocast-token", "provider")),
        (2, "FOH projector needs a lens shift, web login admin/%s" % d.S(proj_pw, "projector-password")),
        (0, "on it")], room="crew"))
    # 11. e-mail
    d = t.doc("email/touring-advance.eml", prose=True)
    d.write(P.eml(t, "%s <%s>" % (t.person(5), t.mail(5)), "production@touringcompany.example", "Advance: show files", [
        "Hi,", "Please upload the lighting show file and the QLab workspace to our FTP before load-in.",
        "Host: ftp.%s\nUser: visiting\nPassword: %s" % (t.domain, d.S(r.pw(), "ftp-password")),
        "Our ground plan and section are here (private link, please don't share):\n%s" % d.S(
            "https://share.%s/s/%s" % (t.domain, r.b64u(24)), "private-share-link"),
        "Thanks,\n%s" % t.first(5)]))
    # 12. ticket
    fmt = r.pick(P.TICKETS)
    key = "BOX-%d" % r.randint(100, 9999)
    d = t.doc("tickets/%s.%s" % (key, P.EXT[fmt]), prose=True)
    d.write(P.ticket(t, fmt, key, "Donor portal password reset", 6, "Donor cannot log in to renew.", [
        (7, "Reset; new temporary password %s" % d.S(r.human(), "temporary-password")),
        (6, "Renewal charged to %s." % d.N("**** **** **** " + r.dig(4), "masked")), (7, "Closed.")]))
