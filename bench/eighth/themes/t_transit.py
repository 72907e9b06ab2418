"""City transit agency: GTFS-rt feed publisher, AVL/CAD, fare system, APC, passenger information displays."""

from themes.common import chat, ticket, email, wiki, history, csv_sheet

ORGS = [("Metro Riverside Transit", "mrt-transit.example"), ("Lakeshore Regional Transit", "lrta.example"), ("Capital Area Transit", "catransit.example")]


def build(ctx):
    r, v = ctx.r, ctx.v
    # GTFS-rt publisher
    swiftly = v.hex(32)
    d = ctx.doc("gtfs-rt/publisher/config.yaml")
    d.close("feeds:\n  vehicle_positions:\n    url: https://api.goswift.ly/real-time/%s/gtfs-rt-vehicle-positions\n    headers:\n      Authorization: %s\n"
            "  trip_updates:\n    url: https://avl.%s/gtfsrt/tripupdates?key=%s\noutput:\n  bucket: s3://gtfs-public-%s\n  cache_seconds: 15\n"
            % (ctx.t.split("-")[0], d.S(swiftly, "swiftly-api-key"), ctx.domain, d.S(v.an(32), "avl-feed-key"), ctx.domain.split(".")[0]))
    d = ctx.doc("gtfs-rt/publisher/README.md")
    d.close("# GTFS-rt publisher\n\nPublic feed keys for developers are self-service at https://developer.%s/ .\n"
            "The open-data portal key below is **public by design** (rate-limited, read-only):\n\n    %s\n\nStatic GTFS zip checksum: %s\n"
            % (ctx.domain, d.N(v.hex(32), "public-api-key"), d.N(v.sha256(), "digest")))
    # AVL vendor (CAD/AVL) ini, CRLF
    d = ctx.doc("avl/cadavl-server.ini", crlf=True)
    d.close("[Database]\r\n".replace("\r\n", "\n") + "Server=avlsql01\nCatalog=CADAVL\nUser=cadavl_app\nPassword=%s\n\n[Radio]\nGatewayHost=10.40.1.20\nGatewayPSK=%s\n\n[Mobile]\nMDTAdminPin=%s\n"
            % (d.S(ctx.pw("strong"), "mssql-password"), d.S(v.hex(32), "radio-gateway-psk"), "4411"))
    # per-garage MDT provisioning
    for g in r.sample(["north", "east", "central", "south-yard"], r.randint(2, 3)):
        d = ctx.doc("avl/garages/%s/mdt-provision.xml" % g)
        d.close('<?xml version="1.0"?>\n<Provisioning garage="%s">\n  <Wifi ssid="%s-DEPOT" security="WPA2">\n    <Passphrase>%s</Passphrase>\n  </Wifi>\n'
                '  <Server url="https://avl.%s/mdt" />\n  <DeviceAdmin user="mdtadmin" password="%s" />\n  <FirmwareSha256>%s</FirmwareSha256>\n</Provisioning>\n'
                % (g, g.upper(), d.S(ctx.pw("word"), "wifi-psk"), ctx.domain, d.S(ctx.pw(), "device-admin-password"), d.N(v.sha256(), "digest")))
    # fare system
    d = ctx.doc("fares/validator-backend/application.properties")
    d.close("fare.api.base=https://fares.%s/v2\nfare.api.client-id=%s\nfare.api.client-secret=%s\nfare.hsm.slot=2\nfare.hsm.pin=%s\n"
            "spring.datasource.url=jdbc:oracle:thin:@//faredb.%s:1521/FARES\nspring.datasource.username=fare_app\nspring.datasource.password=%s\n"
            "stripe.publishable=%s\n" % (ctx.domain, v.uuid(), d.S(v.b64u(32), "oauth-client-secret"), d.N("${HSM_PIN}", "env-reference"), ctx.domain,
                                           d.S(ctx.pw("strong"), "jdbc-password"), d.N("pk_live_" + v.an(99), "publishable-key")))
    d = ctx.doc("fares/cards/desfire-keys.md", prose=True)
    d.close("# DESFire application keys (pilot)\n\nThe pilot cards use AES-128 application keys diversified per card.\n"
            "Master key for the pilot batch (to be moved to the HSM): %s\n\nKey version 3 is the production one and lives only in the HSM (slot 2).\n"
            "Card UID sample: %s\n" % (d.S(v.hex(32).upper(), "desfire-master-key"), d.N(v.hex(14).upper(), "device-id")))
    # passenger information displays
    d = ctx.doc("pids/signs.csv", prose=True)
    rows = []
    for i in range(r.randint(3, 5)):
        rows.append(["stop-%d" % r.randint(1000, 9999), "10.60.%d.%d" % (i, r.randint(2, 250)), "admin",
                     d.S(ctx.pw("word"), "device-admin-password") if i % 2 == 0 else d.N("(LAPS)", "vault-reference")])
    d.close(csv_sheet(["stop", "ip", "user", "password"], rows))
    # ops e-mail and chat
    d = ctx.doc("ops/mail/apc-vendor.eml", prose=True)
    d.close(email(ctx, "APC data export credentials", ["Hello,", "", "For the automatic passenger counter export, use the SFTP account transit_apc.",
                  "Password: %s" % d.S(ctx.pw(), "sftp-password"), "Our API key for the ridership dashboard is %s" % ctx.tok(d, "sendgrid-key"),
                  "", "Regards"], 3, 0))
    d = ctx.doc("ops/exports/dispatch.txt", prose=True)
    msgs = [(0, "AVL down on route 12 again"), (1, "restart the radio gateway, the ssh password is %s" % d.S(ctx.pw(), "ssh-password")),
            (0, "done. also the gtfs-rt bucket key?"), (2, "no, use the role. the swiftly key is rotated monthly anyway")]
    d.close(chat(ctx, d, msgs, "irc"))
    return "gtfs"
