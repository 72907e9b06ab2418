"""Ski resort: lift access (RFID gates), ticketing web shop, POS, snowmaking PLCs, webcams, guest Wi-Fi."""

from themes.common import chat, ticket, email, wiki, csv_sheet

ORGS = [("Silverpeak Mountain Resort", "silverpeak.example"), ("Hoarfrost Valley Ski Area", "hoarfrost.example"), ("Alpenglow Ridge", "alpenglowridge.example")]


def build(ctx):
    r, v = ctx.r, ctx.v
    lifts = r.sample(["summit-express", "eagle-quad", "bunny-carpet", "glacier-gondola", "north-t-bar", "powder-6"], r.randint(3, 4))
    d = ctx.doc("access/gate-server/appsettings.json")
    d.close('{\n  "ConnectionStrings": {\n    "Access": "Server=access-sql;Database=LiftAccess;User Id=gate_svc;Password=%s;TrustServerCertificate=True"\n  },\n'
            '  "Gates": {\n    "ReaderKeyA": "%s",\n    "ReaderKeyB": "%s"\n  },\n  "Webshop": {\n    "ApiKey": "%s"\n  }\n}\n'
            % (d.S(ctx.pw("strong"), "connection-string-password"), d.S(v.hex(12).upper(), "mifare-sector-key"),
               d.N("FFFFFFFFFFFF", "well-known-default"), d.S(v.an(40), "webshop-api-key")))
    for lift in lifts:
        d = ctx.doc("access/lifts/%s/gate.cfg" % lift)
        d.close("[gate]\nlift=%s\nserver=https://access.%s:8443\ncert_sha1=%s\n\n[maintenance]\nservice_user=tech\nservice_password=%s\n"
                % (lift, ctx.domain, d.N(v.hex(40), "fingerprint"), d.S(ctx.pw("word"), "device-admin-password")))
    d = ctx.doc("snowmaking/plc-inventory.csv", prose=True)
    rows = []
    for i in range(r.randint(3, 5)):
        rows.append(["SM-%02d" % i, "10.80.%d.10" % i, r.choice(["S7-1500", "CompactLogix", "M580"]),
                     d.S(ctx.pw("word"), "plc-password") if i % 2 == 0 else d.N("default (see manual)", "placeholder")])
    d.close(csv_sheet(["station", "ip", "model", "hmi_password"], rows))
    d = ctx.doc("snowmaking/weather-sync.py")
    d.close('import requests\n\nOWM_KEY = "%s"\nTEMPEST_TOKEN = "%s"\n\n\ndef fetch(lat, lon):\n    return requests.get("https://api.openweathermap.org/data/3.0/onecall",\n'
            '                        params={"lat": lat, "lon": lon, "appid": OWM_KEY}).json()\n' % (d.S(v.hex(32), "openweather-key"), d.S(v.uuid(), "tempest-token")))
    d = ctx.doc("webcams/ftp-upload.conf")
    d.close("# webcam snapshots -> CDN\nhost=ftp.cams.%s\nuser=cam_upload\npass=%s\ninterval=60\n" % (ctx.domain, d.S(ctx.pw(), "ftp-password")))
    d = ctx.doc("pos/rental-shop/pos.ini", crlf=True)
    d.close("[Terminal]\nStoreId=RENT01\nMerchantId=%s\n\n[Payments]\nProvider=adyen\nApiKey=%s\nClientKey=%s\n\n[Db]\nPwd=%s\n"
            % (d.N(v.digits(10), "device-id"), ctx.tok(d, "adyen-key"), d.N("live_" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32), "publishable-key"), d.S(ctx.pw(), "pos-db-password")))
    d = ctx.doc("guest-wifi/captive-portal.env")
    d.close("PORTAL_TITLE=%s guest Wi-Fi\nRADIUS_SECRET=%s\nSTAFF_SSID_PSK=%s\nGUEST_SSID_PSK=\n" % (ctx.org, d.S(v.strong_pw(), "radius-shared-secret"), d.S(ctx.pw("word"), "wifi-psk")))
    d = ctx.doc("ops/tickets/season-opening", prose=True)
    ext, text = ticket(ctx, "OPS-%d" % r.randint(100, 999), "Gate readers rejecting season passes", [
        (0, "All gates on %s reject passes since the firmware update." % lifts[0]),
        (1, "Reader sector key got reset to the default. I set it back to %s on the three gates." % d.S(v.hex(12).upper(), "mifare-sector-key")),
        (2, "Works again. The gate web UI login is tech / %s if anyone needs it tonight." % d.S(ctx.pw("word"), "device-admin-password"))])
    d.path += ext
    d.close(text)
    d = ctx.doc("ops/exports/lift-ops.csv", prose=True)
    msgs = [(0, "webcam on %s is frozen" % lifts[-1]), (1, "ftp creds changed, new pw %s" % d.S(ctx.pw(), "ftp-password")),
            (2, "ok, updated the camera"), (0, "thanks")]
    d.close(chat(ctx, d, msgs, "discord-csv"))
    return "lifts"
