"""Security-alarm central station: receivers, automation, dealers, communicators, operators."""

from themes import prose as P

DIRNAME = "alarm-monitoring"


def identity(r):
    city = r.pick(["Dayton", "Leeds", "Tulsa", "Eindhoven", "Wichita", "Bremen", "Spokane", "Cork"])
    org = r.pick(["%s Central Station", "Sentinel Monitoring %s", "%s Alarm Response Centre", "Vigil %s"]) % city
    slug = r.pick(["cs-", "vigil-", "sentinel-"]) + city.lower()
    return org, slug, slug.replace("-", "") + r.pick([".com", ".net", ".co.uk"]), city


def build(t):
    r = t.r
    dc09 = r.HEX(32)
    rcv_pw = r.strong()
    cell_tok = "cg_%s" % r.an(36)
    # 1. receiver line cards
    d = t.doc("receivers/SG5-LineCards.ini", crlf=True)
    cards = []
    for i in range(r.randint(2, 3)):
        cards.append("[LineCard%d]\nType=IP\nPort=%d\nAccountRange=%s-%s\nDC09Encryption=AES-128\nDC09Key=%s\n" % (
            i + 1, 3061 + i, r.dig(4), r.dig(4), d.S(dc09 if i == 0 else r.HEX(32), "dc09-aes-key")))
    d.write("""; Receiver %s - line card configuration export
[Receiver]
Serial=%s
AdminUser=supervisor
AdminPassword=%s
AutomationOutput=TCP:%s:1025

%s""" % (t.city, d.N(r.serial("SG"), "device-id"), d.S(rcv_pw, "receiver-admin-password"), t.host("auto"),
         "\n".join(cards)))
    # 2. automation exe.config
    d = t.doc("automation/AutomationServer.exe.config", crlf=True)
    d.write("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Automation" connectionString="Server=%s;Database=Monitoring;User Id=auto_svc;Password=%s;Encrypt=True" />
  </connectionStrings>
  <appSettings>
    <add key="SmsGateway.Url" value="https://api.txtrelay.example/v1" />
    <add key="SmsGateway.ApiKey" value="%s" />
    <add key="License.Key" value="%s" />
    <add key="OperatorTimeoutSeconds" value="90" />
  </appSettings>
</configuration>
""" % (t.host("sql"), d.S(r.uri_pw(), "connection-string-password"), d.P("trk_" + r.an(32), "txtrelay-api-key"),
       d.N("XXXX-XXXX-XXXX-" + r.uan(4), "masked")))
    # 3. video verification
    d = t.doc("automation/video-verify.yaml")
    d.write("""# video verification: alarms with a camera get a clip before dispatch
platform:
  url: https://api.eyewitness.example
  api_key: %s
sites:
  - account: "%s"
    nvr: https://nvr-%s.customers.%s
    user: cs-verify
    password: %s
  - account: "%s"
    nvr: https://nvr-%s.customers.%s
    user: cs-verify
    password: %s
  - account: "%s"
    rtsp_user: admin
    rtsp_password: "%s"   # installer left the camera default, customer notified
""" % (d.P(r.hex(40), "eyewitness-api-key"), r.dig(4), r.lan(5), t.domain, d.S(r.pw(), "nvr-password"),
       r.dig(4), r.lan(5), t.domain, d.S(r.pw(), "nvr-password"), r.dig(4), d.N("12345", "well-known-default")))
    # 4/5. dealer portal env + example
    d = t.doc("dealer-portal/.env.production")
    d.write("""NODE_ENV=production
DATABASE_URL=%s
JWT_SECRET=%s
MAPBOX_PUBLIC_TOKEN=%s
CELLGUARD_API_TOKEN=%s
""" % (d.S("postgres://dealers:%s@%s:5432/dealers" % (r.uri_pw(), t.host("pg")), "database-url"),
       d.S(r.an(48), "jwt-secret"), d.N("pk.eyJ1Ijoi" + r.b64u(40) + "." + r.b64u(22), "publishable-key"),
       d.P(cell_tok, "cellguard-api-token")))
    d = t.doc("dealer-portal/.env.example")
    d.write("NODE_ENV=development\nDATABASE_URL=%s\nJWT_SECRET=%s\nCELLGUARD_API_TOKEN=%s\n" % (
        d.N("postgres://dealers:dealers@localhost:5432/dealers", "dev-default"), d.N("${JWT_SECRET}", "env-reference"),
        d.N("cg_xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")))
    # 6. panel web modules sheet
    d = t.doc("panels/commercial-panel-web-modules.csv", prose=True)
    d.write(P.sheet(["account", "site", "module", "user", "password", "note"], [
        [r.dig(4), "Riverside Storage", "IP150", "master", d.S(r.human(), "panel-web-password"), ""],
        [r.dig(4), "Hillcrest Pharmacy", "TL280", "installer", d.S(r.human(), "panel-web-password"), "changed 03/25"],
        [r.dig(4), "Northgate Clinic", "IP150", "master", d.N("in Keeper (Panels folder)", "secret-reference"), ""]]))
    # 7. signal replay script
    d = t.doc("scripts/Send-TestSignal.ps1", crlf=True)
    d.write("""# Replays a DC-09 test signal to the standby receiver after maintenance
param([string]$Account = "%s")
$key = "%s"
$receiver = "%s"
Send-Dc09Frame -Receiver $receiver -Port 3061 -Account $Account -Event "E602" -AesKeyHex $key
""" % (r.dig(4), d.S(dc09, "dc09-aes-key"), t.host("rcv")))
    # 8. communicator activation
    d = t.doc("cellular/activate-communicator.sh")
    d.write("""#!/bin/bash
# activate a cellular communicator on the CellGuard network
set -euo pipefail
SERIAL="$1"
curl -sf -X POST https://api.cellguard.example/v3/devices/$SERIAL/activate \\
  -H "Authorization: Bearer %s" \\
  -d '{"dealer": "%s", "plan": "dual-path"}'
""" % (d.P(cell_tok, "cellguard-api-token"), d.N(r.uuid(), "uuid")))
    # 9. SIP trunk for the remaining POTS receivers
    d = t.doc("pstn/sip-trunk.conf")
    d.write("""; POTS receivers now arrive via this SIP trunk
[trunk-cs]
type=peer
host=sip.carrier.example
defaultuser=%s
secret=%s
context=from-receivers
""" % (r.dig(10), d.S(r.an(16), "sip-password")))
    # 10. SQL seed
    d = t.doc("automation/sql/seed_demo_accounts.sql")
    d.write("""-- demo accounts for operator training (real customers' passcodes, training DB only)
INSERT INTO accounts (acct, name, verbal_passcode) VALUES ('%s', 'Training Bakery', '%s');
INSERT INTO accounts (acct, name, verbal_passcode) VALUES ('%s', 'Training Dental', '%s');
INSERT INTO web_users (login, pw_hash) VALUES ('trainer', '%s');
""" % (r.dig(4), d.S(r.word().capitalize() + r.word(), "alarm-verbal-passcode"), r.dig(4),
       d.S(r.word().capitalize() + r.dig(3), "alarm-verbal-passcode"), d.N(r.bcrypt(), "password-hash")))
    # 11. wiki
    fmt = r.pick(P.WIKIS)
    d = t.doc("wiki/operator-handbook.%s" % P.EXT[fmt], prose=True)
    d.write(P.wiki(t, fmt, "Operator handbook: receiver failover", [
        ("When the primary receiver drops", ["Switch the line cards to the standby unit and confirm heartbeat.",
                                             ("list", ["Check automation output", "Log the outage in the shift report"])]),
        ("Logins", ["Receiver front panel / web (supervisor): %s" % d.S(rcv_pw, "receiver-admin-password"),
                    "Automation break-glass user is csadmin, password %s" % d.S(r.strong(), "break-glass-password")]),
        ("Never", ["Never read a customer's verbal passcode back to the caller."])]))
    # 12. chat
    fmt = r.pick(P.CHATS)
    d = t.doc("chat/night-shift-%s.%s" % (t.date(), P.EXT[fmt]), prose=True)
    d.write(P.chat(t, fmt, [
        (0, "standby receiver rejects the test frames from the new line card"),
        (1, "key on card 1 should be %s" % d.S(dc09, "dc09-aes-key")),
        (0, "that fixed it. cellguard activations failing too"),
        (2, "token got rotated, use %s" % d.S(cell_tok, "cellguard-api-token", "provider")),
        (0, "all green now")], room="night-shift"))
    # 13. dealer e-mail
    d = t.doc("email/new-dealer-onboarding.eml", prose=True)
    d.write(P.eml(t, "%s <%s>" % (t.person(4), t.mail(4)), "owner@brightsafe-installs.example", "Welcome to %s" % t.org, [
        "Hi Dana,", "Welcome aboard. Your dealer portal account is ready.",
        "Portal: https://dealers.%s\nUser: brightsafe\nTemporary password: %s" % (t.domain, d.S(r.human(), "temporary-password")),
        "For bulk account imports use our SFTP drop, user brightsafe, password %s" % d.S(r.pw(), "sftp-password"),
        "Best,\n%s" % t.first(4)]))
    # 14. ticket
    fmt = r.pick(P.TICKETS)
    key = "CS-%d" % r.randint(1000, 9999)
    d = t.doc("tickets/%s.%s" % (key, P.EXT[fmt]), prose=True)
    d.write(P.ticket(t, fmt, key, "Subscriber asks to change verbal passcode", 5,
                     "Subscriber called, verified with the old passcode, wants a new one.", [
                         (5, "New passcode set to %s" % d.S(r.word().capitalize() + r.word().capitalize(), "alarm-verbal-passcode")),
                         (6, "Card on file for the monitoring fee is %s, renewal OK." % d.N("**** **** **** " + r.dig(4), "masked")),
                         (5, "Closed.")]))
