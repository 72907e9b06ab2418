"""youth-sports-league: a volunteer-run youth soccer/baseball league - registration site, referee assigning,
city field permits, field lights, volunteer screening, field cameras and livestream, concussion baseline
export, scoreboard bridge."""

import prose14 as P
import prov14
from themes.common import device_sheet, env_pair, sql_std


def build(ctx):
    v = ctx.v
    ctx.org = v.choice(["Eastside Youth Soccer", "Riverbend Little League", "Northfield Junior FC"])
    ctx.domain = v.choice(["eastsideyouthsoccer.org", "riverbendll.org", "northfieldjfc.org"])
    ctx.words = ["goalie", "striker", "dugout", "shortstop", "halftime", "offside", "tournament", "jersey",
                 "snackbar", "referee", "pitch", "kickoff"]
    ctx.set_people(9)
    ppl = ctx.people

    env_pair(ctx, "registration/.env.production", [
        ("DATABASE_URL", "S", "db-url-password", "postgres://reg:%s@db.%s/league" % (ctx.pw(), ctx.domain)),
        ("STRIPE_SECRET_KEY", "P", "stripe-secret-key", prov14.single(v, "stripe-secret-key")),
        ("STRIPE_WEBHOOK_SECRET", "P", "stripe-webhook-secret", prov14.single(v, "stripe-webhook-secret")),
        ("TWILIO_AUTH_TOKEN", "P", "twilio-auth-token", v.hex(32)),
        ("JWT_SECRET", "S", "jwt-secret", v.b64url(48)),
        ("GOOGLE_CLIENT_ID", "N", "public-google-oauth-client-id",
         prov14.public_value(v, "google-oauth-client-id")[1]),
    ])

    d = ctx.doc("referees/assignor.yaml")
    d.w("assignor:", "  platform: RefSlate", "  api_key: %s" % d.P("rfs_" + v.alnum(36), "vendor-refslate-key"),
        "smtp:", "  host: smtp.%s" % ctx.domain, "  user: refs@%s" % ctx.domain,
        "  password: '%s'" % d.S(ctx.pw(), "yaml-password"), "pay_rates:", "  u10: 25", "  u14: 40")

    d = ctx.doc("fields/permits.py")
    d.w('"""Book field permits on the city parks portal for the season."""', "import requests", "",
        'PARKS = "https://parks.example-city.gov/permits"',
        'USER, PASSWORD = "%s", "%s"' % ("league-" + ctx.theme.split("-")[0], d.S(ctx.pw(), "python-password")),
        "", "def book(field, date):",
        '    requests.post(PARKS, auth=(USER, PASSWORD), json={"field": field, "date": date})')

    d = ctx.doc("fields/lights.ini")
    d.w("[LightsController]", "Vendor=LumaField", "Account=%s" % d.N(v.digits(8), "account-number"),
        "User=lights", "Password=%s" % d.S(ctx.pw(), "ini-password"), "AutoOffMinutes=30")

    d = ctx.doc("volunteers/screening.properties")
    d.w("screening.vendor=SafeCheck", "screening.account=%s" % d.N(v.upper(8), "account-number"),
        "screening.api.key=%s" % d.P("sck_live_" + v.alnum(32), "vendor-safecheck-key"),
        "screening.webhook.secret=%s" % d.S(v.hex(40), "webhook-signing-secret"),
        "screening.package=volunteer-basic")

    d = ctx.doc("media/field-cams.json")
    d.w("{", '  "cameras": [')
    for i in range(2):
        d.w('    {"field": "%d", "rtsp": "%s"}%s' % (i + 1, d.S("rtsp://cam:%s@10.44.0.%d/live" % (ctx.pw(), 70 + i),
                                                            "rtsp-url-password"), "," if i == 0 else ""))
    d.w("  ],", '  "youtubeStreamKey": "%s"' % d.S("-".join(v.lower(4) for _ in range(5)), "stream-key"), "}")

    d = ctx.doc("safety/baseline_export.rb")
    d.w("# export concussion baseline results for the medical director", "require 'net/sftp'",
        "Net::SFTP.start('sftp.baselinetest.example', 'league', password: '%s') do |s|" % d.S(
            ctx.pw(), "ruby-password"),
        "  s.download!('/out/baselines.csv', 'baselines.csv')", "end")

    d = ctx.doc("scoreboard/bridge.go")
    d.w("package main", "", "// relays the scoreboard controller to the league app",
        'const scoreboardToken = "%s"' % d.S(v.hex(32), "go-api-token"),
        'const controllerAddr = "10.44.0.90:7000"')

    sql_std(ctx, "db/roles.sql", "postgres", ["reg_app", "coach_ro", "refs_sync", "treasurer_ro"])
    device_sheet(ctx, "it/clubhouse-devices.tsv", "tsv", v.sample([
        ("clubhouse-router", "ER605"), ("snackbar-pos", "Square Stand"), ("field-ap", "EAP650-Outdoor"),
        ("nvr", "NVR-8"), ("printer", "M479fdw"), ("scoreboard-ctl", "MP-70")], 5), subnet="10.44.0")

    def chat(d):
        return [
            (ppl[0], "refslate won't sync the U12 games"),
            (ppl[1], "new api key from them: %s" % d.P("rfs_" + v.alnum(36), "vendor-refslate-key")),
            (ppl[2], "snack bar wifi for the card reader: %s" % d.S(ctx.pw(), "wifi-psk")),
            (ppl[3], "lights controller pw %s, turn them off after 9 please" % d.S(ctx.pw(), "chat-password")),
            (ppl[4], "parks portal login is in %s" % d.N("the treasurer's Bitwarden", "secret-manager-note")),
            (ppl[5], "board drive share link for coaches: %s" % d.S(
                "https://drive.google.com/drive/folders/%s?usp=sharing" % v.b64url(33), "private-share-link")),
        ]
    P.chat(ctx, "comms", v.choice(P.CHAT_FORMATS), chat, v.choice(["board", "volunteers", "field-crew"]))

    def wiki(d):
        return [
            ("p", "Handbook for the volunteer coordinator."),
            ("li", ["Registration admin: admin@%s / %s" % (ctx.domain, d.S(ctx.pw(), "wiki-password")),
                    "Screening (SafeCheck): the account number is fine to share, the password is not",
                    "Field camera viewer: cam / %s" % d.S(ctx.pw(), "wiki-password")]),
            ("p", "Coaches' clearance status is exported weekly; never email the SSN column."),
        ]
    P.wiki(ctx, "docs/wiki", v.choice(P.WIKI_FORMATS), "Volunteer coordinator handbook", wiki)

    def ticket(d):
        return [
            (ppl[7], "Parent locked out of the registration site before the deadline."),
            (ppl[2], "Unlocked; temporary password %s." % d.S(ctx.pw(), "ticket-password")),
        ]
    P.ticket(ctx, "support/tickets", v.choice(P.TICKET_FORMATS), "REG-%d" % v.randint(100, 999),
             "Parent account", ppl[7], ticket)

    def mail(d):
        return [
            "Hi %s," % ppl[1].split()[0], "Your league is set up on RefSlate.",
            "Admin login: assignor@%s  Password: %s" % (ctx.domain, d.S(ctx.pw(), "email-password")),
            "Integration key: %s" % d.P("rfs_" + v.alnum(36), "vendor-refslate-key"),
            "RefSlate Support"]
    P.email(ctx, "mail/refslate-setup.eml", "support@refslate.example", ctx.mail(ppl[1]), "League setup", mail)

    def vm(d):
        return ["Coach here from the U10 Tigers.",
                "The clubhouse laptop for the scoreboard wants a password, the note on it says %s," % d.S(
                    ctx.pw(), "voicemail-password"),
                "but it's not working. Game's at ten."]
    P.voicemail(ctx, "mail/voicemail-coach.txt", "+1 555 01%02d" % v.randint(0, 99), ppl[2], vm)

    def nts(d):
        return [("Board meeting",),
                "Treasurer: Stripe payouts fine.",
                "Registration admin password changed to %s after the coordinator stepped down." % d.S(
                    ctx.pw(), "notes-password"),
                ("Actions",), "%s: set up separate logins for coaches." % ppl[0].split()[0]]
    P.notes(ctx, "docs/meetings/board-%s.md" % v.choice(["jan", "mar", "aug"]), "Board", ppl[:6], nts)
