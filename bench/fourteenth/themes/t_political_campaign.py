"""political-campaign: a state-wide electoral campaign - voter file, canvassing app, peer-to-peer texting,
phone-bank dialer, online donations, FEC/state e-filing, digital ads, field-office network, GOTV."""

import prose14 as P
import prov14
from themes.common import device_sheet, env_pair, sql_std


def build(ctx):
    v = ctx.v
    cand = v.choice(["Morales", "Whitcombe", "Adeyemi", "Lindgren"])
    ctx.org = "%s for %s" % (cand, v.choice(["Senate", "Governor", "Congress"]))
    ctx.domain = "%s%s.com" % (cand.lower(), v.choice(["forsenate", "forgovernor", "2026"]))
    ctx.words = ["doorknock", "turnout", "precinct", "canvass", "ballot", "yardsign", "caucus", "primary",
                 "volunteer", "phonebank"]
    ctx.set_people(9)
    ppl = ctx.people
    short = cand.lower()

    # ---- canvassing app
    d = ctx.doc("field/doorknock-org.json")
    d.w("{", '  "organization": "%s",' % ctx.org, '  "orgId": "%s",' % d.N(v.uuid(), "uuid"),
        '  "apiKey": "%s",' % d.P("dk_org_" + v.alnum(40), "vendor-doorknock-key"),
        '  "adminUser": "data@%s",' % ctx.domain, '  "adminPassword": "%s",' % d.S(ctx.pw(), "json-password"),
        '  "turfCutting": {"maxDoors": 60, "walkSpeed": 2.5}', "}")

    # ---- voter file import
    d = ctx.doc("data/voterfile_import.py")
    d.w('"""Pull the weekly voter-file refresh from the vendor and load it."""', "import paramiko", "",
        'VENDOR_HOST = "sftp.voterdata.example"', 'VENDOR_USER = "%s_campaign"' % short, "",
        "def fetch():", "    t = paramiko.Transport((VENDOR_HOST, 22))",
        '    t.connect(username=VENDOR_USER, password="%s")' % d.S(ctx.pw(), "python-password"),
        "    sftp = paramiko.SFTPClient.from_transport(t)", '    sftp.get("/out/refresh.zip", "refresh.zip")', "",
        "# state voter portal (absentee ballot status)",
        'STATE_PORTAL_USER = "%s"' % (short + "cmte"), 'STATE_PORTAL_PASSWORD = os.environ["STATE_PORTAL_PASSWORD"]')

    # ---- texting
    d = ctx.doc("texting/p2p.env")
    idn, sn, idv, sv = prov14.pair(v, "twilio-apikey")
    r = d.R("twilio-apikey-key-pair", "provider")
    d.w("# peer-to-peer texting relay", "TWILIO_ACCOUNT_SID=%s" % d.N("AC" + v.hex(32), "twilio-account-sid"),
        "%s=%s" % (idn, r.I(idv)), "%s=%s" % (sn, r.A(sv)),
        "MESSAGING_SERVICE_SID=%s" % d.N("MG" + v.hex(32), "twilio-messaging-sid"),
        "OPT_OUT_KEYWORDS=STOP,QUIT,UNSUBSCRIBE")

    # ---- donations
    env_pair(ctx, "donations/.env.production", [
        ("NODE_ENV", "lit", None, "production"),
        ("DATABASE_URL", "S", "db-url-password", "postgresql://donate:%s@db.%s/donations" % (ctx.pw(), ctx.domain)),
        ("STRIPE_SECRET_KEY", "P", "stripe-secret-key", prov14.single(v, "stripe-secret-key")),
        ("STRIPE_PUBLISHABLE_KEY", "N", "public-stripe-publishable", prov14.public_value(v, "stripe-publishable")[1]),
        ("GIVEBLUE_WEBHOOK_TOKEN", "P", "vendor-giveblue-token", "gbl_whk_" + v.alnum(32)),
        ("JWT_SECRET", "S", "jwt-secret", v.b64url(48)),
        ("SENTRY_DSN", "N", "public-sentry-dsn", prov14.public_value(v, "sentry-dsn")[1]),
    ], example_suffix=".sample")

    # ---- compliance e-filing
    d = ctx.doc("compliance/efiling.ini", crlf=True)
    d.w("[Committee]", "CommitteeID=%s" % d.N("C00%s" % v.digits(6), "committee-id"),
        "Treasurer=%s" % ppl[8], "", "[EFiling]", "Endpoint=https://efile.example.gov/upload",
        "FilingPassword=%s" % d.S(ctx.pw(), "ini-password"), "", "[StateFiling]",
        "User=%s" % short, "Password=%s" % d.N("********", "masked"))

    # ---- dialer
    d = ctx.doc("phonebank/dialer.yaml")
    d.w("vendor: CallWave", "api_token: %s" % d.P("cw_" + v.hex(40), "vendor-callwave-token"),
        "sip:", "  registrar: sip.callwave.example", "  username: %s%d" % (short, v.randint(100, 999)),
        "  password: %s" % d.S(ctx.pw(), "sip-password"), "caller_id: \"+1555%s\"" % v.digits(7),
        "scripts: [persuasion-v3, gotv-early]")

    # ---- digital ads
    d = ctx.doc("digital/ads.toml")
    d.w("[meta]", 'ad_account = "act_%s"' % d.N(v.digits(15), "ad-account-id"),
        'access_token = "%s"' % d.P("EAAG" + v.alnum(180), "facebook-access-token"),
        "", "[google_ads]", 'customer_id = "%s"' % d.N("%s-%s-%s" % (v.digits(3), v.digits(3), v.digits(4)),
                                                       "customer-id"),
        'developer_token = "%s"' % d.P(v.b64url(22), "google-ads-developer-token"),
        'client_secret = "%s"' % d.P("GOCSPX-" + v.b64url(28), "gcp-oauth-client-secret"),
        'client_id = "%s"' % d.N(prov14.public_value(v, "google-oauth-client-id")[1], "public-google-oauth-client-id"))

    # ---- email list
    d = ctx.doc("email/list-sync.js")
    d.w("// nightly sync of signups to the email tool", "const mailchimp = require('@mailchimp/mailchimp_marketing');",
        "mailchimp.setConfig({", "  apiKey: '%s'," % d.P(prov14.single(v, "mailchimp-key"), "mailchimp-key"),
        "  server: 'us%d'," % v.randint(2, 21), "});")

    # ---- events
    d = ctx.doc("events/event_sync.rb")
    d.w("# pushes town-hall RSVPs into the CRM", "EVENTS_TOKEN = ENV.fetch('EVENTS_TOKEN')",
        "CRM_URL = 'https://crm.%s'" % ctx.domain, "CRM_KEY = '%s'" % d.P("crm_" + v.hex(40), "vendor-campaigncrm-key"))

    sql_std(ctx, "data/grants.sql", "mysql", ["van_sync", "analytics_ro", "donate_app", "dialer"])

    # ---- volunteer tablets
    d = ctx.doc("field/tablets.csv")
    d.w("tablet,imei,office,kiosk_exit_password")
    for i in range(v.randint(3, 4)):
        if i == 0:
            d.w("TAB-%03d,%s,HQ,%s" % (i + 1, v.imei(), d.S(ctx.pw(), "kiosk-exit-password")))
        else:
            d.w("TAB-%03d,%s,%s," % (i + 1, d.N(v.imei(), "imei"), v.choice(["North", "East", "Metro"])))

    device_sheet(ctx, "hq/office-network.md", "md", v.sample([
        ("fw-hq", "MX68"), ("printer-field", "MFC-L8900"), ("ap-phonebank", "MR36"), ("nas", "DS1522+"),
        ("door-ctl", "Verkada AC41"), ("switch", "MS120-24P")], 5), subnet="10.26.0")

    # ---- free text
    def chat(d):
        return [
            (ppl[0], "doorknock admin login stopped working for the North office"),
            (ppl[1], "I reset it: data@%s / %s" % (ctx.domain, d.S(ctx.pw(), "chat-password"))),
            (ppl[2], "guest wifi at HQ for the volunteers tonight is %s" % d.S(ctx.pw(), "wifi-psk")),
            (ppl[3], "dialer sip password for the new phonebank seats? %s right?" % d.S(ctx.pw(), "chat-password")),
            (ppl[1], "yes. and please use %s for the texting keys, not this channel" % d.N(
                "1Password > Digital > Twilio", "secret-manager-note")),
            (ppl[4], "ads token expired, new long-lived page token %s" % d.P("EAAG" + v.alnum(180),
                                                                              "facebook-access-token")),
            (ppl[5], "the test card is %s, donations form works" % d.N("4242 4242 4242 4242", "doc-example-test-card")),
            (ppl[6], "voter file vendor pw changed to %s" % d.S(ctx.pw(), "chat-password")),
        ]
    P.chat(ctx, "comms", v.choice(P.CHAT_FORMATS), chat, v.choice(["data-team", "field-ops", "digital"]))

    def wiki(d):
        return [
            ("p", "Everything a new field organiser needs on day one."),
            ("h", "Logins"),
            ("li", ["DoorKnock: your own account, ask the data director",
                    "Shared phonebank login: phonebank@%s, password %s" % (ctx.domain, d.S(ctx.pw(), "wiki-password")),
                    "Office printer admin PIN: ask the office manager",
                    "Walk-list printer share: \\\\hq-nas\\walklists (user field / %s)" % d.S(ctx.pw(),
                                                                                         "wiki-password")]),
            ("h", "Never"),
            ("p", "Never export the voter file to a personal laptop. The export API key (%s) is only for the data "
                  "team." % d.N("dk_org_" + "x" * 40, "placeholder-prefixed")),
        ]
    P.wiki(ctx, "docs/wiki", v.choice(P.WIKI_FORMATS), "Field organiser onboarding", wiki)

    def ticket(d):
        return [
            (ppl[7], "Volunteer can't get into the texting tool, says invalid invite."),
            (ppl[1], "New invite link: %s" % d.S("https://p2p.%s/invite/%s" % (ctx.domain, v.b64url(32)),
                                                 "invite-link")),
            (ppl[7], "Worked."),
        ]
    P.ticket(ctx, "support/tickets", v.choice(P.TICKET_FORMATS), "OPS-%d" % v.randint(100, 999),
             "Texting tool invite", ppl[7], ticket)

    def mail(d):
        return [
            "Hello %s team," % cand,
            "Your weekly voter-file refresh account has been reissued after the breach notice on our side.",
            "SFTP user: %s_campaign" % short, "New password: %s" % d.S(ctx.pw(), "email-password"),
            "API key for the match service: %s" % d.P("vd_" + v.hex(40), "vendor-voterdata-key"),
            "Voter Data Services support"]
    P.email(ctx, "mail/voterdata-reissue.eml", "support@voterdata.example", ctx.mail(ppl[1]),
            "Account reissued", mail)

    def vm(d):
        return ["Hey it's the precinct captain from Ward %d." % v.randint(1, 30),
                "The church hall wifi for Saturday's canvass launch is %s," % d.S(ctx.pw(), "voicemail-password"),
                "the pastor said it's fine to use. See you then."]
    P.voicemail(ctx, "mail/voicemail-ward.txt", "+1 555 01%02d" % v.randint(0, 99), ppl[0], vm)

    def nts(d):
        return [("GOTV planning",),
                "Shared DoorKnock admin password rotated after staff departure: now %s." % d.S(
                    ctx.pw(), "notes-password"),
                "Treasurer has the e-filing password; it is NOT in this doc.",
                "Texting: %s reports opt-outs at 2.1%%." % ppl[3].split()[0], ("Actions",),
                "%s: enable 2FA on the ads account." % ppl[4].split()[0]]
    P.notes(ctx, "docs/meetings/gotv-week%d.md" % v.randint(1, 6), "GOTV", ppl[:6], nts)
