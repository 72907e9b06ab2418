"""National chess federation: rating service and rating-list uploads, tournament pairing software,
electronic-board live broadcasts, fair-play (anti-cheating) engine checks, membership and arbiter licensing."""

from themes.common import env_twins, sql_logins, device_sheet, cred_cell

ORGS = [("Northern Chess Federation", "northernchess.org", "Oslo"),
        ("Federacion de Ajedrez del Sur", "fedajedrezsur.org", "Valencia"),
        ("Prairie Chess Union", "prairiechess.ca", "Winnipeg")]


def build(t):
    r = t.r
    fide_pw = t.pw()
    # ---- ratings
    t.w("ratings/ratingsd.yaml", "ratings:\n  federation: %s\n  database:\n    url: postgresql://ratings:%s@%s/ratings\n"
        "  rating_list_upload:\n    host: sftp.rating-office.example\n    user: %s-upload\n    password: \"%s\"\n"
        "  period: monthly\n" % (t.N(r.choice(["NOR", "ESP", "CAN"]), "federation-code"),
                                 t.S(t.pw(uri=True), "postgres-url-password"), t.host("db"), t.key,
                                 t.S(fide_pw, "sftp-password")))
    t.w("ratings/src/RatingJob.kt", "package org.chess.ratings\n\nobject RatingJob {\n"
        "    const val EXPORT_BUCKET = \"ratings-exports\"\n    const val MEMBERS_API_KEY = \"%s\"\n"
        "    val smtpPassword: String = System.getenv(\"SMTP_PASSWORD\") ?: %s\n}\n" % (
            t.S(t.vendor_key("mbr_", 32), "vendor-api-key"), t.N('""', "empty-default")))

    # ---- pairing (Windows, CRLF)
    t.w("pairing/swiss-pairing.ini", "[Licence]\nOwner=%s\nKey=%s\n\n[Export]\nFtpHost=ftp.%s\nFtpUser=results\n"
        "FtpPassword=%s\nUploadAfterRound=1\n" % (
            t.org, t.S("-".join(r.s(4, "0123456789ABCDEF") for _ in range(6)), "software-licence-key"), t.domain,
            t.S(t.pw(), "ftp-password")), crlf=True)

    # ---- broadcast
    relay = r.hex(32)
    lichess = "lip_" + r.s(20)
    boards = "\n".join('      "%s"%s' % (t.N(r.serial("DGT"), "device-serial") if i == 0 else r.serial("DGT"),
                                          "," if i < 3 else "") for i in range(4))
    t.w("broadcast/livechess.json", '{\n  "eboards": {\n    "serials": [\n%s\n    ]\n  },\n  "relay": {\n'
        '    "url": "wss://relay.%s/live",\n    "relayKey": "%s"\n  },\n  "lichessBroadcast": {\n'
        '    "token": "%s",\n    "roundId": "%s"\n  }\n}\n' % (boards, t.domain, t.S(relay, "relay-key"),
                                                              t.S(lichess, "lichess-api-token"),
                                                              t.N(r.s(8), "broadcast-round-id")))

    # ---- fair play
    redis_pw = t.pw(uri=True)
    pr = t.R("aws-access-key")
    t.w("fairplay/engine_check.py", 'import os\n\nimport boto3\nimport redis\n\nQUEUE = redis.Redis.from_url('
        '"redis://:%s@%s:6379/3")\nS3 = boto3.client(\n    "s3",\n    aws_access_key_id="%s",\n'
        '    aws_secret_access_key="%s",\n)\nENGINE_DEPTH = int(os.environ.get("ENGINE_DEPTH", "22"))\n'
        'ALERT_WEBHOOK = %s\n' % (t.S(redis_pw, "redis-url-password"), t.host("queue"),
                                  pr.I("AKIA" + r.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
                                  pr.A(r.s(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
                                  t.N('os.environ["FAIRPLAY_WEBHOOK"]', "env-reference")))

    # ---- membership
    env_twins(t, "membership", [
        ("APP_ENV", "-", None, "production"),
        ("DB_PASSWORD", "S", "db-password", t.pw()),
        ("STRIPE_SECRET_KEY", "P", "stripe-secret-key", t.tok("stripe-secret-key")),
        ("STRIPE_WEBHOOK_SECRET", "P", "stripe-webhook-secret", t.tok("stripe-webhook-secret")),
        ("MAILCHIMP_API_KEY", "P", "mailchimp-key", t.tok("mailchimp-key")),
        ("RECAPTCHA_SITE_KEY", "N", "public-recaptcha-site-key", "6L" + r.s(38)),
        ("SESSION_SECRET", "S", "session-secret", r.b64u(32)),
    ])
    t.w("arbiters/config.php", "<?php\nreturn [\n    'db' => [\n        'dsn' => 'mysql:host=%s;dbname=arbiters',\n"
        "        'user' => 'arbiters',\n        'password' => '%s',\n    ],\n    'smtp_pass' => getenv('SMTP_PASS'),\n"
        "    'rating_office_key' => '%s',\n];\n" % (t.host("db"), t.S(t.pw(), "db-password"),
                                                 t.S(r.hex(40), "vendor-api-key")))
    t.w("club-portal/nginx.conf", "server {\n    listen 443 ssl;\n    server_name clubs.%s;\n    location /api/ {\n"
        "        proxy_pass http://127.0.0.1:8080;\n        proxy_set_header X-Api-Key \"%s\";\n    }\n"
        "    location /admin/ {\n        auth_basic \"admin\";\n        auth_basic_user_file /etc/nginx/.htpasswd;\n"
        "    }\n}\n" % (t.domain, t.S(r.hex(32), "upstream-api-key")))
    sql_logins(t, "ops/sql/users.sql", "mysql", [("arbiters", False), ("members", True), ("ratings_ro", True)])
    device_sheet(t, "ops/venue-kit.md", [
        ("broadcast laptop", "10.9.0.10", r.serial("LT"), "broadcast", cred_cell(t, "device-password"), "LiveChess"),
        ("venue router", "10.9.0.1", r.serial("GL"), "root", cred_cell(t, "device-password"), "travel router"),
        ("DGT hub", "10.9.0.20", r.serial("DGT"), "-", t.N("none", "prose-no-value"), "USB"),
        ("camera encoder", "10.9.0.30", r.serial("EN"), "admin", cred_cell(t, "device-password"), "RTMP"),
    ], fmt="md")

    # ---- free text
    a, b, c, d = t.p(0), t.p(1), t.p(2), t.p(3)
    stream_key = "-".join(r.s(4, "abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))
    t.chat("arbiters/chat-export", [
        (a, "round 5 pairings are out, board 1 starts 15:00"),
        (b, "relay key for the live boards is %s if the laptop loses it" % t.S(relay, "relay-key")),
        (c, "YouTube stream key for the commentary: %s" % t.S(stream_key, "stream-key")),
        (d, "fair-play flagged a player in the open, %s" % t.N("details only in the fair-play channel",
                                                               "prose-no-value")),
        (a, "lichess broadcast token expired, new one %s" % t.S("lip_" + r.s(20), "lichess-api-token")),
    ], "arbiters", fmt=r.choice(["discord", "element", "irc"]))
    t.wiki("wiki/broadcast-runbook", "Live broadcast runbook", [
        ("h", "Before the round"),
        ("li", ["Connect the DGT boards in seating order.", "Start LiveChess and check every board is green."]),
        ("h", "Pushing PGN"),
        ("code", ["curl -u broadcast:%s -T round.pgn https://relay.%s/upload" % (
            t.S(t.pw(uri=True), "curl-basic-auth"), t.domain)]),
        ("h", "Rating upload"),
        ("p", "The monthly upload password is %s; the rating office rotates it each January." % t.S(
            fide_pw, "sftp-password")),
    ])
    t.ticket("tickets", "MEM-%d" % r.randint(100, 999),
             "Junior member cannot log in to register for the championship", [
                 (t.p(4), "A parent writes that the junior's account is locked after three tries."),
                 (t.p(5), "Unlocked and set temporary password %s; asked them to change it." % t.S(
                     t.pw(), "temporary-password")),
                 (t.p(4), "Registration completed.")])
    t.mail("mail/rating-office", ("Lucia", "Ratings", "ratings@rating-office.example"),
           (a[0], a[1], t.mail_of(0)), "New upload credentials", [
               "Dear rating officer,",
               "From next month please upload through SFTP with user %s-upload and password %s." % (
                   t.key, t.S(t.pw(), "sftp-password")),
               "Player IDs such as %s stay the same." % t.N(r.digits(8), "player-id"),
               "Regards,"])
    t.voicemail("voicemail/tournament-director", t.p(6), a, [
        "Hi, it's the tournament director at the %s open." % t.city,
        "The venue Wi-Fi for the broadcast laptop is %s, the hotel only gives it out once." % t.S(
            r.pw_phrase(), "wifi-passphrase"),
        "Call me back about the arbiter rota."])
    t.notes("notes/board-meeting", "Board meeting", [
        "Membership up 6 percent; juniors up 14 percent.",
        "Fair-play AWS keys were in the repo, %s." % t.N("rotation planned", "prose-no-value"),
        "Club portal upstream key after rotation: %s" % t.S(r.hex(32), "upstream-api-key"),
        "Next congress in %s." % t.city])
