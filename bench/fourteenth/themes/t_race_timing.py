"""race-timing: an endurance-event timing company (marathons, triathlons, trail races) - RFID chip decoders on
timing mats, registration platform, live results, athlete GPS tracking, race-photo matching, finish clocks,
finish-line video, announcer app."""

import prose14 as P
import prov14
from themes.common import device_sheet, env_pair, sql_std


def build(ctx):
    v = ctx.v
    ctx.org = v.choice(["Splitline Timing", "Chipfast Race Services", "Tempo Event Timing"])
    ctx.domain = v.choice(["splitline-timing.com", "chipfast.run", "tempotiming.co"])
    ctx.words = ["marathon", "splits", "finish", "chiptime", "gun", "transition", "podium", "pacer", "relay",
                 "ultra", "trailrun", "bib"]
    ctx.set_people(9)
    ppl = ctx.people
    mats = v.sample(["start", "5k", "10k", "half", "30k", "finish", "t1", "t2"], 3)

    for i, m in enumerate(mats):
        d = ctx.doc("decoders/%s-decoder.ini" % m, crlf=True)
        d.w("[Decoder]", "Model=UltraRead 8", "Location=%s" % m,
            "DeviceId=%s" % d.N(v.HEX(8), "device-id"), "", "[Upload]",
            "Url=https://results.%s/ingest" % ctx.domain,
            "User=decoder-%s" % m,
            "Password=%s" % (d.S(ctx.pw(), "ini-password") if i != 1 else d.N("<set on race morning>",
                                                                             "placeholder")),
            "", "[Antenna]", "Power=30", "Mode=mat")

    env_pair(ctx, "registration/.env.production", [
        ("DATABASE_URL", "S", "db-url-password", "mysql://reg:%s@db.%s/registration" % (ctx.pw(), ctx.domain)),
        ("STRIPE_SECRET_KEY", "P", "stripe-secret-key", prov14.single(v, "stripe-secret-key")),
        ("STRIPE_WEBHOOK_SECRET", "P", "stripe-webhook-secret", prov14.single(v, "stripe-webhook-secret")),
        ("TWILIO_AUTH_TOKEN", "P", "twilio-auth-token", v.hex(32)),
        ("TWILIO_ACCOUNT_SID", "N", "twilio-account-sid", "AC" + v.hex(32)),
        ("JWT_SECRET", "S", "jwt-secret", v.b64url(48)),
        ("HCAPTCHA_SITEKEY", "N", "public-hcaptcha-site", v.uuid()),
    ])

    d = ctx.doc("results/live-results.yaml")
    d.w("partners:", "  - name: race-app", "    api_key: %s" % d.S(v.hex(40), "partner-api-key"),
        "  - name: tv-graphics", "    api_key: %s" % d.S(v.hex(40), "partner-api-key"),
        "cdn:", "  provider: fastly", "  service_id: %s" % d.N(v.alnum(22), "service-id"),
        "  purge_token: %s" % d.P(v.b64url(32), "fastly-token"))

    d = ctx.doc("tracking/trakpod.json")
    d.w("{", '  "account": "%s",' % ctx.theme, '  "apiKey": "%s",' % d.P("tpd_" + v.alnum(40),
                                                                        "vendor-trakpod-key"),
        '  "devices": [')
    for i in range(3):
        d.w('    {"bib": %d, "imei": "%s"}%s' % (v.randint(1, 4000), d.N(v.imei(), "imei"), "," if i < 2 else ""))
    d.w("  ]", "}")

    d = ctx.doc("photos/photo-match.toml")
    d.w("[sftp]", 'host = "upload.racephotos.example"', 'user = "%s"' % ctx.theme.split("-")[0],
        'password = "%s"' % d.S(ctx.pw(), "toml-password"), "", "[bib_ocr]",
        'api_key = "%s"' % d.P("bocr_" + v.hex(32), "vendor-bibocr-key"), "confidence = 0.92")

    d = ctx.doc("clock/finish_clock.lua")
    d.w("-- LED finish clock controller", "local clock = {", '  host = "10.88.0.40",', "  port = 10001,",
        '  admin_password = "%s",' % d.S(ctx.pw(), "lua-password"), '  mode = "gun_time"', "}", "return clock")

    d = ctx.doc("video/finish-cam.sh")
    d.w("#!/bin/sh", "# record the finish line and stream to the event page",
        "ffmpeg -rtsp_transport tcp -i 'rtsp://admin:%s@10.88.0.51/Streaming/Channels/101' \\" % d.S(
            ctx.pw(), "rtsp-url-password"),
        "  -c copy -f flv 'rtmp://a.rtmp.youtube.com/live2/%s'" % d.S("-".join(v.lower(4) for _ in range(5)),
                                                                       "stream-key"))

    d = ctx.doc("announcer/app/src/main/kotlin/Config.kt")
    d.w("package run.timing.announcer", "", "object Config {",
        '    const val RESULTS_BASE = "https://results.%s"' % ctx.domain,
        '    const val ANNOUNCER_KEY = "%s"' % d.S(v.hex(32), "kotlin-api-key"),
        '    const val SENTRY_DSN = "%s"' % d.N(prov14.public_value(v, "sentry-dsn")[1], "public-sentry-dsn"), "}")

    d = ctx.doc("results/webhooks.go")
    d.w("package results", "", "// signs result push notifications to partners",
        'var pushSecret = []byte("%s")' % d.S(v.alnum(40), "go-hmac-secret"), "",
        'const partnerURL = "https://partner.example/hooks/results"')

    sql_std(ctx, "db/grants.sql", "mysql", ["reg_app", "results_ro", "ingest", "bi_ro"])
    device_sheet(ctx, "kit/event-kit.csv", "csv", v.sample([
        ("decoder-finish", "UltraRead 8"), ("decoder-spare", "UltraRead 8"), ("lte-router", "MAX BR1"),
        ("clock-ctl", "LED-9"), ("laptop-01", "Latitude 5440"), ("printer-awards", "ZD421"),
        ("ap-finish", "U6-Mesh")], 5), subnet="10.88.0")

    def chat(d):
        return [
            (ppl[0], "finish decoder isn't uploading, 401s"),
            (ppl[1], "upload pw for decoder-finish this weekend is %s" % d.S(ctx.pw(), "chat-password")),
            (ppl[2], "race wifi for the timing tent: %s" % d.S(ctx.pw(), "wifi-psk")),
            (ppl[3], "photo vendor sftp changed pw to %s" % d.S(ctx.pw(), "chat-password")),
            (ppl[4], "trakpod key: %s" % d.P("tpd_" + v.alnum(40), "vendor-trakpod-key")),
            (ppl[0], "can we stop putting keys in here, use %s" % d.N("op://timing/trakpod/key",
                                                                      "secret-manager-reference")),
            (ppl[5], "youtube stream key for the finish cam is %s" % d.S("-".join(v.lower(4) for _ in range(5)),
                                                                        "stream-key")),
            (ppl[6], "clock admin is still the default %s lol" % d.N("1234", "well-known-default")),
        ]
    P.chat(ctx, "comms", v.choice(P.CHAT_FORMATS), chat, v.choice(["race-day", "timing-crew", "events"]))

    def wiki(d):
        return [
            ("p", "Race-day runbook for the timing lead."),
            ("h", "Before the gun"),
            ("li", ["Power the decoders 90 minutes before start",
                    "Log into the results admin: timing / %s" % d.S(ctx.pw(), "wiki-password"),
                    "Check the LTE router (admin password on the label, not here)"]),
            ("h", "Manual upload"),
            ("code", ["curl -u decoder-finish:%s -F file=@reads.csv https://results.%s/ingest" % (
                d.S(ctx.pw(), "wiki-password"), ctx.domain)]),
            ("p", "Sample bib chip IDs for testing: %s, %s" % (d.N(v.HEX(12), "chip-id"), v.HEX(12))),
        ]
    P.wiki(ctx, "docs/wiki", v.choice(P.WIKI_FORMATS), "Race day runbook", wiki)

    def ticket(d):
        return [
            (ppl[7], "Runner says she can't log in to change her corral."),
            (ppl[2], "Reset the account, temp password %s, she changed it." % d.S(ctx.pw(), "ticket-password")),
        ]
    P.ticket(ctx, "support/tickets", v.choice(P.TICKET_FORMATS), "RUN-%d" % v.randint(1000, 9999),
             "Runner account", ppl[7], ticket)

    def mail(d):
        return [
            "Hi %s," % ppl[0].split()[0], "For the city marathon we have set up your timing access to our "
                                          "road-closure camera feed:",
            "https://citycams.example.gov/share/%s" % d.S(v.b64url(40), "private-share-token"),
            "The race-office Wi-Fi is RaceHQ / %s." % d.S(ctx.pw(), "email-password"),
            "Thanks, Race Director"]
    P.email(ctx, "mail/race-director.eml", "director@citymarathon.example", ctx.mail(ppl[0]),
            "Race week logistics", mail)

    def vm(d):
        return ["Hi it's the announcer, I'm at the finish gantry.",
                "The announcer app wants the event password, I wrote down %s but it fails," % d.S(
                    ctx.pw(), "voicemail-password"),
                "can someone ring me back."]
    P.voicemail(ctx, "mail/voicemail-announcer.txt", "+1 555 01%02d" % v.randint(0, 99), ppl[1], vm)

    def nts(d):
        return [("Post-race review",),
                "Decoder upload failures traced to the password being changed mid-event; new password %s." % d.S(
                    ctx.pw(), "notes-password"),
                "Fastly purge token worked.", ("Actions",),
                "%s: give each decoder its own upload password." % ppl[2].split()[0]]
    P.notes(ctx, "docs/meetings/post-race-%s.md" % v.choice(["spring", "autumn"]), "Review", ppl[:5], nts)
