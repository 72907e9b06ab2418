"""skydive-dropzone: a parachute centre (load manifest, tandem video packages, waiver kiosks,
AAD log reading in the rigging loft, indoor wind-tunnel bookings, ADS-B feeder)."""

import prose16
from themes16.common16 import cfg

NAME = "skydive-dropzone"
ORGS = [("Freefall Plains Skydiving", "freefallplains.com", "Lodi", ["en"]),
        ("Fallschirmsport Altmuehl e.V.", "fallschirm-altmuehl.de", "Eichstaett", ["de", "en"]),
        ("Saut Libre Gap", "sautlibre-gap.fr", "Gap", ["fr", "en"])]
PEOPLE = ["Jake Olsen", "Tamsin Keane", "Marek Varga", "Lea Vogel", "Diego Zapata", "Kira Nakamura", "Bastien Moreau",
          "Hanne Dahl", "Sol Reyes", "Ruth Balogun", "Finn Quist", "Chloe Weber"]


def _idgen(v):
    return v.choice([("jump-ticket", "JT-%s" % v.digits(6)), ("aad-serial", "CY%s" % v.digits(6)),
                     ("aircraft-registration", v.choice(["N%s%s" % (v.digits(3), v.upper_alnum(2)), "D-F%s" % v.chars("ABCDEFGHKLMNPRSTUVWXYZ", 3)]))])


VOCAB = {
    "apps": ["manifest", "tandem-media", "waiver-kiosk", "aad-logs", "tunnel-booking", "loft-tracker"],
    "systems": [("manifest database", "manifestdb", "pg", "manifest"), ("booking DB", "bookingdb", "mysql", "tunnel"),
                ("video archive index", "videoidx", "mongo", "media"), ("kiosk queue", "kioskq", "redis", "kiosk"),
                ("loft records DB", "loftdb", "pg", "loft")],
    "devices": [("waiver kiosk", "iPad 10th gen"), ("AAD reader", "Cypres USB reader"), ("tunnel control PC", "TC-2000"),
                ("hangar NVR", "NVR4108"), ("ADS-B receiver", "Pi 4 + RTL-SDR")],
    "chatter": ["winds 18 kt at 13k, tandems on hold", "load 7 is full, 2 tandems 1 AFF", "Caravan is going for fuel after load 9",
                "packing mat is a mess again", "video guy for the 14:00 tandem called in sick", "reserve repack due on rig 31"],
    "channels": ["manifest", "instructors", "loft", "office", "tunnel"],
    "topics": ["Waiver kiosk stuck on the signature screen", "Tandem video upload failing", "Manifest app double-charges jump tickets",
               "Tunnel booking e-mails not sent", "AAD reader software will not start"],
    "langs": ["en", "de", "fr"],
    "wifi": ["Hangar", "Manifest", "Packing", "Guests"],
    "idgen": _idgen,
}


def build(ctx):
    v = ctx.v
    p = ctx.people
    sq = ctx.prov("square")
    # manifest sync YAML
    d = ctx.doc("manifest/config/sync.yaml")
    d.w("manifest:", "  api: https://manifest-cloud.example/api/v2", "  dropzone_id: " + d.N(v.digits(5), "dropzone-id"),
        "  token: " + d.S(ctx.tok("mfst_", 36), "manifest-api-token"), "payments:", "  provider: square",
        "  access_token: " + d.P(sq[2], sq[0]), "  location_id: " + d.N("L" + v.upper_alnum(12), "square-location-id"))
    # waiver kiosk JSON
    exit_pw = ctx.weak("jump")
    d = ctx.doc("waiver-kiosk/kiosk.json")
    d.w("{", '  "kiosk": {"exitPassword": "%s", "idleSeconds": 90},' % d.S(exit_pw, "kiosk-exit-password"),
        '  "waiverApi": {"key": "%s", "template": "tandem-2025"},' % d.S(ctx.api("hex40"), "waiver-api-key"),
        '  "devices": ["%s", "%s"]' % (v.upper_alnum(12), v.upper_alnum(12)), "}")
    # tandem media upload script
    d = ctx.doc("tandem-media/bin/upload.sh")
    d.w("#!/bin/sh", "set -eu", "# nightly upload of tandem videos",
        "lftp -u media,%s -e 'mirror -R /srv/videos /incoming; quit' ftp.%s" % (d.S(ctx.pw("uri"), "lftp-password"), ctx.domain),
        "curl -s -X POST https://api.vimeo.example/me/videos -H \"Authorization: bearer %s\" -F file=@latest.mp4" % d.S(v.hex(32), "vimeo-access-token"),
        "DROPBOX_TOKEN=" + d.N("$(cat /run/secrets/dropbox)", "command-substitution-reference"))
    # AAD log reader
    d = ctx.doc("aad-logs/reader.ini", crlf=True)
    d.w("[reader]", "com_port=COM4", "licence=" + d.S("-".join(v.upper_alnum(4) for _ in range(4)), "software-licence-key"),
        "[export]", "db=Driver={PostgreSQL Unicode};Server=%s;Database=loft;Uid=loft;Pwd=%s;" % (ctx.host("pg01"), d.S(ctx.pw(), "odbc-connection-password")),
        "last_unit=" + d.N("CY%s" % v.digits(6), "aad-serial"))
    # Laravel tunnel booking env vs example
    wh = ctx.prov("stripe-webhook")
    cfg(ctx, "tunnel-booking/.env", "env", [
        ("app_env", "production", None, None), ("app_key", "base64:" + v.b64(32), "S", "laravel-app-key"),
        ("db_password", ctx.pw(), "S", "laravel-db-password"), ("mail_password", ctx.pw(), "S", "smtp-password"),
        ("stripe_webhook_secret", wh[2], "P", wh[0])])
    cfg(ctx, "tunnel-booking/.env.example", "env", [
        ("app_env", "local", None, None), ("app_key", "", None, None), ("db_password", "secret", "N", "well-known-default"),
        ("mail_password", "null", "N", "placeholder-null"), ("stripe_webhook_secret", "whsec_...", "N", "placeholder-prefix")])
    # Rust loft tracker
    d = ctx.doc("loft-tracker/src/db.rs")
    d.w("use rusqlite::Connection;", "", 'const DB_KEY: &str = "%s";' % d.S(v.hex(64), "sqlcipher-key"), "",
        "pub fn open(path: &str) -> Connection {", "    let c = Connection::open(path).unwrap();",
        '    c.pragma_update(None, "key", DB_KEY).unwrap();', "    c", "}")
    # ADS-B feeder: identifiers, not secrets
    d = ctx.doc("aircraft/adsb/feeder.conf")
    d.w("# ADS-B feeder on the hangar roof", "feeder-id " + d.N(v.uuid(), "adsb-feeder-id"), "receiver-type rtlsdr",
        "allow-mlat yes", "# tracked: " + d.N("N%s%s" % (v.digits(3), v.upper_alnum(2)), "aircraft-registration"))
    # radio PTT bridge env
    d = ctx.doc("radio/ptt-bridge.env")
    d.w("PTT_NETWORK=%s-ground" % ctx.short, "PTT_API_KEY=" + d.S(ctx.api("b64u"), "ptt-api-key"), "PTT_CHANNEL=manifest")
    # manifest JWT key (PKCS#8 RSA)
    k = ctx.key("rsa")
    d = ctx.doc("manifest/keys/manifest-api.pem")
    d.w(d.K(k.pem_pkcs8(), "private-key-pkcs8-api-jwt", {"format": "pem"}))
    # staff WhatsApp export (free text)
    d = ctx.doc("office/chat/staff-group.txt", free=True)
    msgs = [(p[0], "kiosk froze again, had to get out of the waiver app"),
            (p[1], "exit pw is %s" % d.S(exit_pw, "kiosk-exit-password")),
            (p[2], "hangar NVR admin: " + d.S(ctx.weak(), "nvr-password-chat")),
            (p[0], "ta"), (p[3], "jump ticket %s was refunded, not sure why" % d.N("JT-%s" % v.digits(6), "jump-ticket")),
            (p[4], "don't post passwords in here pls")]
    prose16.chat(d, "whatsapp", msgs, v)
    # welcome e-mail to a new tandem instructor (free text)
    d = ctx.doc("office/mail/welcome-%s.eml" % p[5].split()[0].lower(), free=True)
    body = ["Hi %s," % p[5].split()[0], "", "welcome aboard! Your manifest login is %s and the first password is %s." % (
        p[5].split()[0].lower(), d.S(ctx.weak(), "temporary-password-email")),
            "Packing shed door code changes monthly; ask the loft.", "Video upload share: media / " + d.S(ctx.pw("uri"), "share-password-email"),
            "", "Blue skies,", p[0]]
    prose16.email(d, v, p[0], "%s <%s>" % (p[5], ctx.mail(p[5])), "Welcome to the DZ", body, domain=ctx.domain)
