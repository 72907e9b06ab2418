"""Real-estate brokerage: MLS feeds, lockboxes, IDX website, transactions, showings, agent CRM."""

from themes import prose as P

DIRNAME = "realty-brokerage"


def identity(r):
    city = r.pick(["Scottsdale", "Naples", "Boulder", "Asheville", "Bend", "Charleston", "Sarasota", "Kelowna"])
    org = r.pick(["%s Premier Realty", "Keystone Properties %s", "%s Home Group", "Harbor & Hearth %s"]) % city
    slug = city.lower() + r.pick(["-realty", "-homes", "-properties"])
    return org, slug, slug.replace("-", "") + r.pick([".com", ".realestate"]), city


def build(t):
    r = t.r
    rets_pw = r.pw()
    lock_key = "lbp_" + r.an(36)
    office_psk = r.phrase(3)
    # 1. MLS feeds
    d = t.doc("mls/feeds.yaml")
    d.write("""reso_web_api:
  token_url: https://auth.mls-grid.example/oauth2/token
  client_id: %s
  client_secret: %s
rets_legacy:
  url: https://rets.%smls.example/login
  user: %s
  password: %s
""" % (d.N(r.lan(20), "oauth-client-id"), d.P(r.b64u(40), "mls-client-secret"), t.slug[:6], t.slug[:8].upper(),
       d.S(rets_pw, "rets-password")))
    # 2. lockbox
    d = t.doc("lockbox/LockboxSync.ini", crlf=True)
    d.write("""[LockBoxPro]
Url=https://api.lockboxpro.example
ApiKey=%s
OfficeId=%s

[Export]
Folder=\\\\fs01\\showings\\lockbox
""" % (d.P(lock_key, "lockboxpro-api-key"), r.dig(6)))
    # 3. wp-config
    d = t.doc("idx-site/wp-config.php")
    d.write("""<?php
define( 'DB_NAME', 'idx_%s' );
define( 'DB_USER', 'idx' );
define( 'DB_PASSWORD', '%s' );
define( 'DB_HOST', '%s' );
define( 'AUTH_KEY', '%s' );
define( 'SECURE_AUTH_KEY', '%s' );
/* remaining salts are loaded from the host's salts.php */
require_once __DIR__ . '/salts.php';
$table_prefix = 'wp_';
""" % (t.slug[:6].replace("-", ""), d.S(r.pw("strong"), "mysql-password"), t.host("db"),
       d.S(r.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*-_.+^~@", 64), "wordpress-salt"),
       d.S(r.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*-_.+^~@", 64), "wordpress-salt")))
    # 4. transactions export
    d = t.doc("transactions/export_closings.py")
    d.write('''"""Exports closed transactions for commission payouts."""
import os

TM_CLIENT_ID = os.getenv("TM_CLIENT_ID")
TM_CLIENT_SECRET = "%s"
TM_REFRESH_TOKEN = os.getenv("TM_REFRESH_TOKEN")
''' % d.P(r.uuid(), "transaction-mgmt-client-secret"))
    # 5. showings
    d = t.doc("showings/showing-service.json")
    d.write("""{
  "provider": "ShowingDesk",
  "apiToken": "%s",
  "webhookSecret": "%s",
  "officeId": "%s"
}
""" % (d.P("sd_" + r.b64u(40), "showingdesk-token"), d.S(r.hex(40), "webhook-signing-secret"), r.uan(8)))
    # 6. CRM env + example
    d = t.doc("crm/.env.production")
    d.write("""DATABASE_URL=%s
DRIPLEAD_API_KEY=%s
SESSION_SECRET=%s
""" % (d.S("postgres://crm:%s@%s:5432/crm" % (r.uri_pw(), t.host("pg")), "database-url"),
       d.P("dl_" + r.hex(36), "driplead-api-key"), d.S(r.b64(44), "session-secret")))
    d = t.doc("crm/.env.example")
    d.write("DATABASE_URL=%s\nDRIPLEAD_API_KEY=%s\nSESSION_SECRET=%s\n" % (
        d.N("postgres://crm:crm@localhost:5432/crm", "dev-default"), d.N("vault:secret/data/crm#driplead", "vault-reference"),
        d.N("changeme", "placeholder")))
    # 7. scan-to-folder batch
    d = t.doc("office/map-scan-folder.bat", crlf=True)
    d.write("""@echo off
rem copier scan-to-folder share for the front desk
net use S: \\\\fs01\\scans /user:%s\\scanner %s /persistent:yes
""" % (t.slug[:6].upper(), d.S(r.pw(), "windows-share-password")))
    # 8. agent onboarding sheet
    d = t.doc("onboarding/new-agents.csv", prose=True)
    d.write(P.sheet(["agent", "start", "mls_user", "mls_temp_password", "crm"], [
        [t.person(5), t.date(), "%s%s" % (t.slug[:3].upper(), r.dig(5)), d.S(r.human(), "temporary-password"), "yes"],
        [t.person(6), t.date(), "%s%s" % (t.slug[:3].upper(), r.dig(5)), d.S(r.human(), "temporary-password"), "yes"],
        [t.person(7), t.date(), "SSO", d.N("SSO via Okta", "secret-reference"), "no"]]))
    # 9. wiki
    fmt = r.pick(P.WIKIS)
    d = t.doc("wiki/new-agent-checklist.%s" % P.EXT[fmt], prose=True)
    d.write(P.wiki(t, fmt, "New agent checklist", [
        ("Day one", [("list", ["Sign the ICA", "Order business cards", "Join the MLS"])]),
        ("Office", ["Office Wi-Fi: %s" % d.S(office_psk, "wifi-psk"),
                    "Shared listing-photo drive password: %s" % d.S(r.human(), "photo-drive-password")]),
        ("Lockboxes", ["Keys are assigned by the office manager."])]))
    # 10. chat
    fmt = r.pick(P.CHATS)
    d = t.doc("chat/agents-%s.%s" % (t.date(), P.EXT[fmt]), prose=True)
    d.write(P.chat(t, fmt, [
        (0, "listings stopped importing on the website"),
        (1, "rets login changed, password is now %s" % d.S(rets_pw, "rets-password")),
        (2, "lockbox sync also failing"),
        (1, "new api key %s" % d.S(lock_key, "lockboxpro-api-key", "provider")),
        (0, "thanks, all good")], room="agents"))
    # 11. e-mail
    d = t.doc("email/title-company-portal.eml", prose=True)
    d.write(P.eml(t, "Closings <closings@trusted-title.example>", t.mail(2), "Closing documents for %s" % t.city, [
        "Hi %s," % t.first(2), "Documents for Friday's closing are ready.",
        "Portal login: %s\nTemporary password: %s" % (t.mail(2), d.S(r.human(), "temporary-password")),
        "Or use the one-time link:\n%s" % d.S("https://portal.trusted-title.example/doc/%s" % r.b64u(30), "private-share-link"),
        "Trusted Title closing team"]))
    # 12. ticket
    fmt = r.pick(P.TICKETS)
    key = "IT-%d" % r.randint(100, 9999)
    d = t.doc("tickets/%s.%s" % (key, P.EXT[fmt]), prose=True)
    d.write(P.ticket(t, fmt, key, "Agent locked out of e-sign", 5, "Agent can't send offers tonight.", [
        (8, "Reset the e-sign account, temporary password: %s" % d.S(r.human(), "temporary-password")),
        (5, "Buyer's SSN in the packet shows as %s, fine." % d.N("***-**-" + r.dig(4), "masked"))]))
