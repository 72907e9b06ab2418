"""Agritech / greenhouse grower: LoRaWAN (ChirpStack, TTN), irrigation controllers, John Deere and
climate-computer integrations, weather stations, growers' notes."""

from themes.common import chat, ticket, email, wiki, history, csv_sheet

ORGS = [("Greenfurrow Growers", "greenfurrow.example"), ("Hollowbrook Farms", "hollowbrook.example"), ("Terrasol Agritech", "terrasol.example")]


def build(ctx):
    r, v = ctx.r, ctx.v
    d = ctx.doc("lorawan/chirpstack/chirpstack.toml")
    d.close('[postgresql]\ndsn="postgres://chirpstack:%s@localhost/chirpstack?sslmode=disable"\n\n[api]\nbind="0.0.0.0:8080"\nsecret="%s"\n\n[integration.mqtt]\nserver="tcp://localhost:1883/"\npassword="%s"\n'
            % (d.S(ctx.pw("strong"), "uri-password"), d.S(v.b64(32), "jwt-secret"), d.S(ctx.pw(), "mqtt-password")))
    d = ctx.doc("lorawan/devices.csv")
    rows = []
    for i in range(r.randint(4, 6)):
        rows.append(["soil-%02d" % i, d.N(v.hex(16).upper(), "device-id") if i == 0 else v.hex(16).upper(), v.hex(16).upper(), d.S(v.hex(32).upper(), "lorawan-appkey") if i else v.hex(32).upper()])
    # keep one label per line: the first row labels the DevEUI, others label the AppKey
    rows[0][3] = "(rotated - see ChirpStack)"
    d.close(csv_sheet(["name", "dev_eui", "join_eui", "app_key"], rows))
    d = ctx.doc("lorawan/ttn-uplink-forwarder.py")
    d.close('import paho.mqtt.client as mqtt\n\nAPP_ID = "greenhouse-sensors@ttn"\nAPI_KEY = "%s"\n\nc = mqtt.Client()\nc.username_pw_set(APP_ID, API_KEY)\nc.tls_set()\nc.connect("eu1.cloud.thethings.network", 8883)\n'
            % ctx.tok(d, "ttn-api-key"))
    zones = r.sample(["north-glass", "tomato-a", "tomato-b", "propagation", "orchard"], r.randint(2, 3))
    for z in zones:
        d = ctx.doc("irrigation/%s/controller.json" % z)
        d.close('{\n  "zone": "%s",\n  "controller": {"host": "10.30.%d.2", "user": "admin", "password": "%s"},\n  "fertigation_recipe_sha": "%s"\n}\n'
                % (z, zones.index(z), d.S(ctx.pw("word"), "device-admin-password"), d.N(v.sha256(), "digest")))
    d = ctx.doc("integrations/deere/ops-center.env")
    d.close("DEERE_CLIENT_ID=%s\nDEERE_CLIENT_SECRET=%s\nDEERE_REFRESH_TOKEN=%s\nFIELDVIEW_API_KEY=%s\n"
            % (d.N("0oa" + v.an(17), "oauth-client-id"), d.S(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 40), "oauth-client-secret"),
               d.S(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 44), "oauth-refresh-token"), d.S(v.an(36), "fieldview-api-key")))
    d = ctx.doc("climate/priva-export.ini", crlf=True)
    d.close("[Connection]\nHost=priva-ctrl\nUser=export\nPassword=%s\n[Weather]\nStationKey=%s\n" % (d.S(ctx.pw(), "ini-password"), d.S(v.hex(32), "weather-station-key")))
    d = ctx.doc("growers/notes/season-plan.md", prose=True)
    d.close("# Season plan\n\n- climate computer remote access: TeamViewer ID %s, password %s\n- new LoRa gateway admin: %s\n- ask %s about the Deere API renewal\n"
            % (v.digits(10), d.S(ctx.pw("word"), "prose-password"), d.S(ctx.pw(), "device-admin-password"), ctx.person(2)))
    d = ctx.doc("growers/exports/whatsapp-growers.txt", prose=True)
    L = ["%s - %s: gateway in %s is offline again" % (ctx.ts(), ctx.person(0), zones[0]),
         "%s - %s: reboot it, web login admin %s" % (ctx.ts(), ctx.person(1), d.S(ctx.pw("word"), "device-admin-password")),
         "%s - %s: ok done" % (ctx.ts(), ctx.person(0))]
    d.close("\n".join(L) + "\n")
    return "growops"
