"""equestrian-center: a horse boarding stable and show venue - stall cameras, automatic waterers, show entry
site, scoring/results, arena livestream, footing irrigation, boarders' portal, gate controller, horse
passports."""

import prose14 as P
import prov14
from themes.common import device_sheet, env_pair, sql_std


def build(ctx):
    v = ctx.v
    ctx.org = v.choice(["Willowmere Equestrian", "Foxbrook Stables", "Cedar Hollow Horse Park"])
    ctx.domain = v.choice(["willowmere-equestrian.com", "foxbrookstables.co.uk", "cedarhollowhp.com"])
    ctx.words = ["gallop", "canter", "paddock", "saddle", "stirrup", "dressage", "farrier", "bridle", "hayloft",
                 "mare", "stallion", "jumper"]
    ctx.set_people(9)
    ppl = ctx.people

    d = ctx.doc("barn/stall-cams.yaml")
    d.w("# foaling and stall cameras", "cameras:")
    for i, b in enumerate(v.sample(["foaling-1", "foaling-2", "barn-a-aisle", "barn-b-aisle", "wash-rack"], 3)):
        if i < 2:
            d.w("  - name: %s" % b, "    url: %s" % d.S("rtsp://barn:%s@10.15.0.%d:554/h264" % (
                ctx.pw(), 60 + i), "rtsp-url-password"))
        else:
            d.w("  - name: %s" % b, "    url: rtsp://10.15.0.%d:554/h264" % (60 + i),
                "    credentials: %s" % d.N("${CAM_CREDENTIALS}", "env-reference"))

    d = ctx.doc("barn/waterers.json")
    d.w("{", '  "vendor": "AquaTrough",', '  "token": "%s",' % d.P("atr_" + v.b64url(36), "vendor-aquatrough-token"),
        '  "troughs": %d,' % v.randint(20, 60), '  "alertEmail": "barn@%s"' % ctx.domain, "}")

    env_pair(ctx, "shows/entries/.env.production", [
        ("DATABASE_URL", "S", "db-url-password", "mysql://entries:%s@db.%s/shows" % (ctx.pw(), ctx.domain)),
        ("STRIPE_SECRET_KEY", "P", "stripe-secret-key", prov14.single(v, "stripe-secret-key")),
        ("STRIPE_PUBLISHABLE_KEY", "N", "public-stripe-publishable", prov14.public_value(v, "stripe-publishable")[1]),
        ("MAILGUN_API_KEY", "P", "mailgun-key", prov14.single(v, "mailgun-key")),
        ("SESSION_SECRET", "S", "session-secret", v.hex(64)),
    ])

    d = ctx.doc("shows/scoring.ini", crlf=True)
    d.w("[Scoreboard]", "Host=10.15.1.30", "Password=%s" % d.S(ctx.pw(), "ini-password"), "",
        "[ResultsUpload]", "Url=https://results.showjumping-federation.example/upload",
        "ShowId=%s" % d.N(v.digits(6), "show-id"), "ApiKey=%s" % d.P("fed_" + v.hex(32), "vendor-federation-key"))

    d = ctx.doc("shows/livestream.toml")
    d.w("[arena_main]", 'ingest = "rtmps://live-api-s.facebook.com:443/rtmp/"',
        'stream_key = "%s"' % d.S("FB-%s-0-%s" % (v.digits(15), v.alnum(28)), "stream-key"), "",
        "[arena_warmup]", 'ingest = "rtmp://a.rtmp.youtube.com/live2"',
        'stream_key = "%s"' % d.S("-".join(v.lower(4) for _ in range(5)), "stream-key"))

    d = ctx.doc("arena/irrigation.py")
    d.w('"""Water the arena footing before each class (irrigation controller cloud API)."""', "import requests", "",
        'API = "https://api.irrigate.example/v1"',
        'HEADERS = {"Authorization": "Bearer %s"}' % d.P("irr_" + v.uuid(), "vendor-irrigate-token"),
        'ZONES = {"main": "%s", "warmup": "%s"}' % (d.N(v.uuid(), "uuid"), v.uuid()))

    d = ctx.doc("members/config.php")
    d.w("<?php", "// boarders' portal", "define('DB_HOST', 'localhost');", "define('DB_USER', 'boarders');",
        "define('DB_PASS', '%s');" % d.S(ctx.pw(), "php-password"),
        "define('INVOICE_EMAIL', 'office@%s');" % ctx.domain)

    d = ctx.doc("gate/gate-controller.xml", crlf=True)
    d.w('<?xml version="1.0"?>', "<GateController model=\"GC-2\">",
        "  <Admin user=\"admin\" password=\"%s\"/>" % d.S(ctx.pw(), "xml-password"),
        "  <Cloud account=\"%s\" token=\"%s\"/>" % (ctx.theme, d.N("${GATE_CLOUD_TOKEN}", "env-reference")),
        "</GateController>")

    d = ctx.doc("horses/passports.csv")
    d.w("horse,ueln,microchip,owner")
    for name in v.sample(["Juniper", "Maverick", "Duchess", "Biscuit", "Odin", "Clover Lad"], 4):
        d.w("%s,%s,%s,%s" % (name, d.N("826%s%s" % (v.digits(3), v.upper(9)), "ueln"), v.digits(15),
                             v.choice(ppl)))

    sql_std(ctx, "db/grants.sql", "mysql", ["entries_app", "boarders", "results_ro"])
    device_sheet(ctx, "it/barn-network.md", "md", v.sample([
        ("barn-a-ap", "U6-Outdoor"), ("arena-ap", "U6-Outdoor"), ("nvr", "UNVR"), ("office-router", "UDM-Pro"),
        ("scoreboard", "SB-200"), ("printer", "HL-L2350")], 5), subnet="10.15.0")

    def chat(d):
        return [
            (ppl[0], "foaling cam 2 asks for login on the phone app"),
            (ppl[1], "barn / %s" % d.S(ctx.pw(), "chat-password")),
            (ppl[2], "show office wifi this weekend: %s" % d.S(ctx.pw(), "wifi-psk")),
            (ppl[3], "scoreboard pw is %s" % d.S(ctx.pw(), "chat-password")),
            (ppl[4], "facebook stream key for the grand prix: %s" % d.S(
                "FB-%s-0-%s" % (v.digits(15), v.alnum(28)), "stream-key")),
            (ppl[0], "gate code is on the whiteboard, not posting it here"),
        ]
    P.chat(ctx, "comms", v.choice(["whatsapp", "whatsapp", "telegram", "discord"]), chat,
           v.choice(["barn-staff", "show-team", "yard"]))

    def wiki(d):
        return [
            ("p", "Show office setup for jumper shows."),
            ("li", ["Scoring laptop: log in as scorer / %s" % d.S(ctx.pw(), "wiki-password"),
                    "Upload results to the federation at the end of each class",
                    "Announcer PA is analogue, no login"]),
            ("code", ["curl -H 'X-Api-Key: %s' -F file=@class12.csv https://results.showjumping-federation."
                      "example/upload" % d.P("fed_" + v.hex(32), "vendor-federation-key")]),
        ]
    P.wiki(ctx, "docs/wiki", v.choice(P.WIKI_FORMATS), "Show office", wiki)

    def ticket(d):
        return [
            (ppl[7], "Boarder can't see invoices in the portal."),
            (ppl[2], "Reset password to %s, asked them to change it." % d.S(ctx.pw(), "ticket-password")),
        ]
    P.ticket(ctx, "support/tickets", v.choice(P.TICKET_FORMATS), "BARN-%d" % v.randint(10, 99),
             "Boarder portal", ppl[7], ticket)

    def mail(d):
        return [
            "Dear show secretary,", "Your federation results account for the spring series:",
            "Username: %s" % ctx.theme.split("-")[0], "Password: %s" % d.S(ctx.pw(), "email-password"),
            "Please do not share this with riders.", "Federation Results Office"]
    P.email(ctx, "mail/federation-results.eml", "results@showjumping-federation.example", ctx.mail(ppl[4]),
            "Results account", mail)

    def vm(d):
        return ["Hi it's the farrier, running late.",
                "Can you leave the tack room open, or give me the wifi so I can send the invoice, last time it was "
                "%s." % d.S(ctx.pw(), "voicemail-password"),
                "Cheers."]
    P.voicemail(ctx, "mail/voicemail-farrier.txt", "+44 7700 9%05d" % v.randint(0, 99999), ppl[0], vm)

    def nts(d):
        return [("Yard meeting",),
                "Stall cams: new NVR, viewer password %s for owners who ask." % d.S(ctx.pw(), "notes-password"),
                "Waterer alerts going to the old email.", ("Actions",),
                "%s: change the gate controller admin password." % ppl[1].split()[0]]
    P.notes(ctx, "docs/meetings/yard-meeting-%d.md" % v.randint(1, 12), "Yard meeting", ppl[:5], nts)
