"""A public-library consortium: Koha ILS, SIP2 self-check, Evergreen OpenSRF, discovery layer, e-book and
WorldCat APIs, Z39.50 targets, MARC records, print management and branch PCs."""

from themes.common7 import Ctx, K, S, N, put_key, put_cert, b64, mattermost_jsonl, email, ticket, wiki, sheet, history, i18n_file
from themes import layer2

DIR = "library-consortium"


def build(corpus, rng):
    org, dom = rng.choice([("Tri-County Library Consortium", "tricountylibraries.org"), ("Valley Reads Network", "valleyreads.net"),
                           ("Bibliotheken Noord", "bibnoord.nl")])
    c = Ctx(corpus, rng, DIR, org, dom)
    v = c.v
    sysadmin, cat = v.person(), v.person()
    branches = c.r.sample(["Central", "Riverside", "Oak Park", "Hillcrest", "Bayview", "Maple Grove", "Eastgate"], c.r.randint(3, 5))

    # --- Koha instance config
    f = c.f("koha/etc/koha-sites/%s/koha-conf.xml" % c.name.split("-")[0])
    f.t("<yazgfs>", "<config>", " <db_scheme>mysql</db_scheme>", " <database>koha_%s</database>" % c.name.split("-")[0], " <hostname>%s</hostname>" % v.host(dom),
        " <user>koha_%s</user>" % c.name.split("-")[0])
    f.s(" <pass>@@</pass>", c.pw("strong"), "generic.password-xml")
    f.t(" <zebra_bib_index_mode>dom</zebra_bib_index_mode>", " <memcached_servers>127.0.0.1:11211</memcached_servers>")
    f.s(" <encryption_key>@@</encryption_key>", v.alnum(32), "generic.encryption-key")
    f.t("</config>", "</yazgfs>")

    # --- SIP2 self-check accounts
    f = c.f("koha/etc/SIPconfig.xml")
    f.t('<acsconfig xmlns="http://openncip.org/acs-config/1.0/">', "  <accounts>")
    for b in branches[:3]:
        f.s('    <login id="sc-%s" password="@@" institution="%s" />' % (b.lower().replace(" ", ""), b.upper().replace(" ", "")[:4]), c.pw("word"), "generic.sip2-password")
    f.t("  </accounts>", "</acsconfig>")

    # --- Evergreen OpenSRF core
    f = c.f("evergreen/opensrf_core.xml")
    f.t("<config>", "  <opensrf>", "    <routers><router>private.localhost</router></routers>", "    <username>opensrf</username>")
    f.s("    <passwd>@@</passwd>", c.pw(), "generic.password-xml")
    f.t("  </opensrf>", "  <gateway>", "    <username>opensrf</username>")
    f.s("    <passwd>@@</passwd>", c.pw(), "generic.password-xml")
    f.t("  </gateway>", "</config>")

    # --- discovery layer secrets ini
    f = c.f("discovery/conf/config.pwd.ini")
    f.t("[Database]", "database_user = discovery")
    f.s('database_password = "@@"', c.pw(), "generic.password-ini")
    f.t("[Koha]", "ils_username = disc_ils")
    f.s('ils_password = "@@"', c.pw(), "generic.password-ini")
    f.t("[Site]")
    f.t("passkey = ")

    # --- e-book vendor + WorldCat
    f = c.f("ebooks/vendor-api.env")
    f.begin("secret", "generic.oauth-client-pair")
    f.a("EBOOK_CLIENT_KEY=@@", v.alnum(32), ident=True)
    f.a("EBOOK_CLIENT_SECRET=@@", v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 32))
    f.end()
    f.n("EBOOK_WEBSITE_ID=@@", v.digits(3), "neg.resource-id")
    f.n("EBOOK_COLLECTION_TOKEN=@@", "v1L1B" + v.alnum(20), "neg.public-id")
    wk, ws = c.pair("oclc")
    f = c.f("cataloging/worldcat.yaml")
    f.t("worldcat:", "  institution_id: %s" % v.digits(5))
    f.begin("secret", "provider.oclc-pair")
    f.a("  wskey: @@", wk, ident=True)
    f.a("  secret: \"@@\"", ws)
    f.end()

    # --- Z39.50 targets
    f = c.f("cataloging/z3950-targets.xml")
    f.t("<targets>", '  <target name="LOC" host="lx2.loc.gov" port="210" database="LCDB" />')
    f.s('  <target name="STATE" host="z3950.statelibrary.example" port="210" database="UNION" auth="consortium/@@" />', c.pw("word"), "generic.z3950-auth")
    f.t("</targets>")

    # --- MARC records (negatives)
    f = c.f("cataloging/new-titles.mrk")
    for i in range(3):
        f.t("=LDR  00000nam a2200000 i 4500")
        f.n("=020  \\\\$a@@", "978" + v.digits(10), "neg.isbn")
        f.n("=035  \\\\$a(OCoLC)@@", v.digits(10), "neg.resource-id")
        f.t("=245  10$a%s /$c%s." % (c.pick(["Harbour nights", "The copper road", "A field guide to moss", "Small engines"]), v.person()), "")

    # --- patron import (barcodes only)
    f = c.f("circulation/patron-import.csv")
    f.t("cardnumber,surname,firstname,branchcode,categorycode")
    for i in range(3):
        f.n("@@,%s,%s,%s,ADULT" % (v.last().capitalize(), v.first().capitalize(), c.pick(branches).upper().replace(" ", "")[:4]), "2" + v.digits(13), "neg.resource-id")

    # --- LDAP/SSO
    f = c.f("sso/ldap.yaml")
    f.t("ldap:", "  url: ldaps://dc01.%s" % dom, "  bind_dn: CN=svc-koha,OU=Service,DC=%s,DC=local" % c.name.split("-")[0])
    f.s("  bind_password: '@@'", c.pw(), "generic.password-ldap-bind")

    # --- print management
    f = c.f("printing/print-server.properties")
    f.t("server.name=print01", "health.api.enabled=true")
    f.s("health.api.auth-key=@@", v.alnum(32), "generic.api-key-named")
    f.s("admin.password=@@", c.pw(), "generic.password-properties")

    # --- public-PC reservation kiosk
    f = c.f("branch-pcs/reservation-client.ini", crlf=True)
    f.t("[Server]", "Host=%s" % v.host(dom), "[Kiosk]", "StaffOverrideUser=staff")
    f.s("StaffOverridePassword=@@", c.pw("word"), "generic.password-ini")

    # --- digital archive TLS (key + cert)
    key = c.rsa()
    f = c.f("digital-archive/tls/archive.%s.key" % dom)
    put_key(f, key.pem_trad(), "key.rsa-pem")
    put_cert(c.f("digital-archive/tls/archive.%s.crt" % dom), c.cert(key, "archive.%s" % dom))

    # --- free text
    a, b, d = v.person(), v.person(), v.person()
    sc = c.pw("word")
    mattermost_jsonl(c, "comms/mattermost-library-tech.jsonl", [
        (a, "self-check at %s says login failed" % branches[0]),
        (b, S("SIP login for that kiosk is sc-%s / @@" % branches[0].lower().replace(" ", ""), sc, "generic.sip2-password-chat")),
        (a, "works now, thanks"),
        (d, S("e-book vendor rotated our client secret: @@", v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 32), "generic.oauth-client-secret-chat")),
        (b, N("ISBN for the book club kit is @@", "978" + v.digits(10), "neg.isbn")),
    ], channel="library-tech")
    email(c, "comms/mail/state-union-catalog.eml", "unioncat@statelibrary.example", "%s <%s@%s>" % (cat, cat.split()[0].lower(), dom),
          "Z39.50 access for the consortium", ["Hello %s," % cat.split()[0], "", "Your Z39.50 credentials for the union catalog:",
                                                "User: consortium", S("Password: @@", c.pw("word"), "generic.password-email"), "", "State Library"])
    ticket(c, "comms/tickets/", "RT-%d" % c.r.randint(10000, 99999), "Branch PC staff override password on sticky note", d, [
        (d, [S("Patron photographed the sticky note on the %s kiosk: @@" % branches[-1], c.pw("word"), "generic.password-ticket")]),
        (sysadmin, ["Changed on all kiosks; note removed."]),
    ])
    wiki(c, "docs/ils-admin.wiki", "mediawiki", "ILS administration", [
        ("Koha", ["Instance on koha01.", S("Koha superlibrarian: admin / @@", c.pw("strong"), "generic.password-wiki")]),
        ("Evergreen migration", ["Test server only.", S("OpenSRF router passwd on test: @@", c.pw(), "generic.password-wiki")]),
        ("Translations", [N("Dutch OPAC label for password is @@", "Wachtwoord", "neg.i18n")]),
    ])
    sheet(c, "docs/branch-accounts.csv", ["branch", "system", "user", "password"], [
        [b, "Koha staff client", "circ-%s" % b.lower().replace(" ", ""), S("@@", c.pw("season"), "generic.password-spreadsheet")] for b in branches[:3]
    ])
    history(c, "home/%s/.bash_history" % sysadmin.split()[0].lower(), "bash", [
        "sudo koha-rebuild-zebra -v -f %s" % c.name.split("-")[0],
        S("mysql -u koha_%s -p'@@' koha_%s -e 'select count(*) from issues'" % (c.name.split("-")[0], c.name.split("-")[0]), c.pw("strong"), "generic.password-cli"),
        S("yaz-client -u consortium/@@ z3950.statelibrary.example:210/UNION", c.pw("word"), "generic.z3950-auth-cli"),
        "sudo koha-plack --restart %s" % c.name.split("-")[0],
    ])
    i18n_file(c, "koha/opac/locales/nl-NL.po", "po")

    layer2.build(c, "platform", "opac-api", (a, b))
