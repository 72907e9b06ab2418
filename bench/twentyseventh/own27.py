"""Each theme's own two files (role 'theme')."""

from core27 import DIG, HEX, UPPER, Doc, jstr, luhn_digit, rs
import prov27


def _imei(ctx):
    r = ctx.r
    return ctx.uniq(lambda: (lambda b: b + luhn_digit(b))("35" + rs(r, DIG, 12)))


def leasing(ctx):
    r = ctx.r
    d = Doc("three-wheeler-leasing/gps-immobiliser/gateway.ini", "theme", crlf=True, fmt="ini")
    d.add("; Immobiliser gateway - %s (%s)" % (ctx.org, ctx.city), "[Gateway]",
          "Host=%s" % ctx.host("gps-gw"), "Port=5027", "Protocol=GT06", "", "[SMS]", "Provider=eSMS",
          "User=%s_gps" % ctx.org.split()[0].lower())
    v = ctx.pw()
    d.sec("Password=%s" % v, v, "sms-gateway-password")
    d.add("Sender=%s" % ctx.org.split()[0].upper()[:11], "", "[Immobiliser]")
    v = ctx.pin(6)
    d.sec("CommandPin=%s" % v, v, "immobiliser-command-pin")
    d.add("CutDelaySeconds=90", "", "[Devices]")
    for i in range(2):
        v = _imei(ctx)
        d.neg("Unit%03d=%s" % (i + 1, v), v, "imei")
    d.add("", "[Firmware]")
    v = ctx.sha256()
    d.neg("ImageSha256=%s" % v, v, "sha256-digest")
    e = Doc("three-wheeler-leasing/crib/crib-check.yaml", "theme")
    e.add("# nightly CRIB check for new lease applications", "crib:",
          "  endpoint: https://portal.crib.lk/services/bureau", "  member_code: LK%s" % rs(r, DIG, 5),
          "  username: %s" % ctx.user())
    v = ctx.pw()
    e.sec('  password: "%s"' % v, v, "credit-bureau-password")
    e.add("  timeout_seconds: 40", "batch:", "  facilities:")
    for _ in range(2):
        v = ctx.uniq(lambda: "FAC-%d-%06d" % (ctx.day0.year, r.randrange(10 ** 6)))
        e.neg('    - "%s"' % v, v, "facility-number")
    return [d, e]


def lacquer(ctx):
    r = ctx.r
    d = Doc("lacquerware-workshop/cellar-loggers/loggers.json", "theme", fmt="json")
    tok = ctx.key_alnum(40)
    psk = ctx.pw(native=True)
    d.add("{", ' "site": "%s",' % jstr(ctx.org), ' "cloud": {', '  "endpoint": "https://iot.%s/api/v2",' % ctx.domain)
    d.sec('  "token": "%s"' % tok, tok, "logger-cloud-token")
    d.add(" },", ' "wifi": {', '  "ssid": "%s",' % ctx.t["ssids"][2])
    d.sec('  "psk": "%s"' % jstr(psk), jstr(psk), "wifi-psk")
    d.add(" },", ' "loggers": [')
    for i in range(2):
        v = ctx.uniq(lambda: "SHT31-" + rs(r, HEX.upper(), 12))
        d.neg('  {"serial": "%s", "cellar": %d, "target_rh": 80}%s' % (v, i + 1, "," if i == 0 else ""), v,
              "device-serial")
    d.add(" ]", "}")
    e = Doc("lacquerware-workshop/webshop/export.yaml", "theme")
    e.add("# order export for the web shop (%s)" % ctx.org, "shop:", "  domain: %s" % ctx.domain.replace(".com.mm", "") +
          ".myshopify.com", "  api_version: 2024-10")
    v = prov27.token(ctx, "shopify")
    e.sec("  admin_token: %s" % v, v, "shopify", group="provider")
    e.add("export:", "  orders:")
    for _ in range(2):
        v = ctx.uniq(lambda: "#SB%05d" % r.randrange(10 ** 5))
        e.neg('    - "%s"' % v, v, "order-number")
    return [d, e]


def zipline(ctx):
    r = ctx.r
    d = Doc("zipline-canopy/ppe-app/inspection.ini", "theme", fmt="ini")
    d.add("[sync]", "server = https://%s/api" % ctx.host("ppe", external=True), "user = %s" % ctx.user())
    v = ctx.pw()
    d.sec("password = %s" % v, v, "inspection-sync-password")
    d.add("interval_minutes = 30", "", "[equipment]")
    for i, kind in enumerate(["harness", "trolley"]):
        v = ctx.uniq(lambda: "%s-%s-%s" % (kind[:3].upper(), rs(r, DIG, 2), rs(r, UPPER + DIG, 8)))
        d.neg("%s_%d = %s" % (kind, i + 1, v), v, "equipment-serial")
    d.add("", "[admin]")
    v = ctx.pin(4) + ctx.pin(2)
    d.sec("unlock_pin = %s" % v, v, "tablet-admin-pin")
    e = Doc("zipline-canopy/radios/codeplug.toml", "theme", fmt="toml")
    e.add("# guide radio codeplug export", "[zone.canopy]", 'name = "Canopy lines"', "")
    e.add("[[channel]]", 'name = "Line 1-4"', "rx_mhz = 446.0125", "colour_code = 1")
    v = ctx.key_hex(10, upper=True)
    e.sec('privacy_key = "%s"' % v, v, "dmr-privacy-key")
    e.add("", "[[radio]]")
    v = ctx.uniq(lambda: str(r.randrange(1000000, 9999999)))
    e.neg("radio_id = %s" % v, v, "radio-id")
    v = ctx.uniq(lambda: rs(r, UPPER + DIG, 10))
    e.neg('serial = "%s"' % v, v, "device-serial")
    return [d, e]


def farsan(ctx):
    r = ctx.r
    d = Doc("farsan-snacks/fryer-line/plc.ini", "theme", crlf=True, fmt="ini")
    d.add("[HMI]", "Station=FRYER-%d" % r.randrange(1, 4))
    v = ctx.pw()
    d.sec("SupervisorPassword=%s" % v, v, "hmi-password")
    d.add("", "[Historian]")
    v = ctx.pw()
    dsn = "Driver={ODBC Driver 18 for SQL Server};Server=%s;Database=FryerHist;Uid=hist_writer;Pwd=%s;" % (
        ctx.host("scada"), v)
    d.sec("ConnectionString=%s" % dsn, v, "odbc-password")
    d.add("", "[Batch]")
    v = ctx.uniq(lambda: "GTH%s%04d" % (ctx.day0.strftime("%y%m%d"), r.randrange(10 ** 4)))
    d.neg("LastBatch=%s" % v, v, "batch-number")
    e = Doc("farsan-snacks/distributor-app/config.yaml", "theme")
    e.add("app:", "  name: %s distributor app" % ctx.org, "  api_base: https://distrib.%s/v1" % ctx.domain,
          "whatsapp:", "  provider: gupshup", "  source: \"%s7%s\"" % (ctx.t["phone"].strip("+"), rs(r, DIG, 9)))
    v = ctx.key_hex(32)
    e.sec("  apikey: %s" % v, v, "whatsapp-api-key")
    e.add("distributors:")
    for _ in range(2):
        v = ctx.uniq(lambda: "GJ-%s-%04d" % (r.choice(["RJT", "AMD", "SRT"]), r.randrange(10 ** 4)))
        e.neg("  - code: %s" % v, v, "distributor-code")
    return [d, e]


def ayurveda(ctx):
    r = ctx.r
    d = Doc("ayurveda-centre/kashayam-plant/vessel.ini", "theme", fmt="ini")
    d.add("[controller]", "model = steam-jacketed 500L", "address = %s" % ctx.ip())
    v = ctx.pw()
    d.sec("web_password = %s" % v, v, "controller-password")
    d.add("", "[modbus-gateway]", "address = %s" % ctx.ip())
    v = ctx.pw()
    d.sec("admin_password = %s" % v, v, "gateway-password")
    d.add("", "[batch]")
    v = ctx.uniq(lambda: "KSY/%d/%04d" % (ctx.day0.year, r.randrange(10 ** 4)))
    d.neg("current = %s" % v, v, "batch-number")
    e = Doc("ayurveda-centre/booking/panchakarma-sync.json", "theme", fmt="json")
    k, w = ctx.key_alnum(36), ctx.key_alnum(32)
    lic = ctx.uniq(lambda: "KL/AYU/%d/%05d" % (r.randrange(2015, 2024), r.randrange(10 ** 5)))
    e.add("{", ' "hms_url": "https://%s/api",' % ctx.host("hms", external=True))
    e.sec(' "hms_api_key": "%s",' % k, k, "hms-api-key")
    e.sec(' "webhook_secret": "%s",' % w, w, "webhook-secret")
    e.neg(' "licence_no": "%s",' % lic, lic, "licence-number")
    b = ctx.uuid()
    e.neg(' "last_booking_id": "%s"' % b, b, "uuid")
    e.add("}")
    return [d, e]


def sports(ctx):
    r = ctx.r
    d = Doc("sports-goods/kiln/kiln.toml", "theme", fmt="toml")
    d.add("[kiln]", 'name = "Willow seasoning kiln %d"' % r.randrange(1, 4))
    v = ctx.uniq(lambda: "WK-" + rs(r, DIG, 8))
    d.neg('serial = "%s"' % v, v, "device-serial")
    d.add("", "[mqtt]", 'broker = "mqtts://%s:8883"' % ctx.host("kiln"), 'username = "kiln"')
    v = ctx.pw()
    d.sec('password = "%s"' % v, v, "mqtt-password")
    d.add("", "[profile]")
    v = ctx.sha256()
    d.neg('sha256 = "%s"' % v, v, "sha256-digest")
    e = Doc("sports-goods/export/portal.yaml", "theme")
    e.add("exporter:", "  name: %s" % ctx.org)
    v = ctx.uniq(lambda: rs(r, DIG, 10))
    e.neg('  iec: "%s"' % v, v, "importer-exporter-code")
    e.add("icegate:", "  user: %s" % ctx.user())
    v = ctx.pw()
    e.sec('  password: "%s"' % v, v, "customs-portal-password")
    e.add("shipping_bills:")
    v = ctx.uniq(lambda: rs(r, DIG, 7))
    e.neg('  - "%s"' % v, v, "shipping-bill-number")
    return [d, e]


def sanatorium(ctx):
    r = ctx.r
    d = Doc("sanatorium/baths/controllers.ini", "theme", crlf=True, fmt="ini")
    d.add("[Radon baths]", "Controller=%s" % ctx.ip())
    v = ctx.pw()
    d.sec("AdminPassword=%s" % v, v, "bath-controller-password")
    d.add("", "[Mud therapy heaters]", "Controller=%s" % ctx.ip())
    v = ctx.pw()
    d.sec("AdminPassword=%s" % v, v, "bath-controller-password")
    v = ctx.uniq(lambda: "BT" + rs(r, DIG, 9))
    d.neg("Serial=%s" % v, v, "device-serial")
    e = Doc("sanatorium/emr/connection.yaml", "theme")
    e.add("emr:", "  host: %s" % ctx.host("emr"), "  database: medcards", "  user: emr_app")
    v = ctx.pw()
    e.sec("  password: '%s'" % v, v, "database-password")
    e.add("tunduk:", "  member_class: COM")
    v = ctx.key_alnum(48)
    e.sec("  token: %s" % v, v, "interop-token")
    e.add("recent_cards:")
    v = ctx.uniq(lambda: "MK-%d-%05d" % (ctx.day0.year, r.randrange(10 ** 5)))
    e.neg("  - %s" % v, v, "medical-card-number")
    return [d, e]


def truckart(ctx):
    r = ctx.r
    d = Doc("truck-art/paint-booth/booth.ini", "theme", crlf=True, fmt="ini")
    d.add("[Panel]", "IP=%s" % ctx.ip())
    v = ctx.pw()
    d.sec("Password=%s" % v, v, "booth-panel-password")
    d.add("", "[RemoteSupport]")
    v = ctx.uniq(lambda: ctx._pw("strong", r, 8)[:8])
    d.sec("VncPassword=%s" % v, v, "vnc-password")
    d.add("", "[Recipes]")
    v = ctx.hexid(32)
    d.neg("ChecksumMD5=%s" % v, v, "md5-digest")
    e = Doc("truck-art/jobcard/app.json", "theme", fmt="json")
    k, s = ctx.key_alnum(32), ctx.pw()
    e.add("{", ' "apiBase": "https://jobs.%s",' % ctx.domain)
    e.sec(' "apiKey": "%s",' % k, k, "jobcard-api-key")
    e.add(' "smtp": {"host": "smtp.%s", "user": "jobs@%s",' % (ctx.domain, ctx.domain))
    e.sec('  "password": "%s"},' % jstr(s), jstr(s), "smtp-password")
    v = ctx.uniq(lambda: "JC-%05d" % r.randrange(10 ** 5))
    e.neg(' "lastJob": "%s",' % v, v, "job-number")
    v = ctx.uniq(lambda: rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ" + DIG, 17))
    e.neg(' "chassis": "%s"' % v, v, "chassis-number")
    e.add("}")
    return [d, e]


def fertilizer(ctx):
    r = ctx.r
    d = Doc("fertilizer-blender/blender/batch.ini", "theme", crlf=True, fmt="ini")
    d.add("[SCADA]", "Server=%s" % ctx.host("blender"), "User=operator")
    v = ctx.pw()
    d.sec("Password=%s" % v, v, "scada-password")
    d.add("", "[OPC]", "Endpoint=opc.tcp://%s:4840" % ctx.ip())
    v = ctx.pw()
    d.sec("Password=%s" % v, v, "opcua-password")
    d.add("", "[Recipe]", "Grade=NPK 20-10-10")
    v = ctx.sha256()
    d.neg("Sha256=%s" % v, v, "sha256-digest")
    e = Doc("fertilizer-blender/weighbridge/ticketing.yaml", "theme")
    e.add("database:", "  dsn: sqlserver://%s/Weighbridge" % ctx.host("weighbridge"), "  user: wb_app")
    v = ctx.pw()
    e.sec("  password: %s" % v, v, "database-password")
    e.add("sms:", "  provider: termii-compatible")
    v = ctx.key_alnum(40)
    e.sec("  api_key: %s" % v, v, "sms-api-key")
    e.add("tickets:")
    v = ctx.uniq(lambda: "WB%s%04d" % (ctx.day0.strftime("%y%m"), r.randrange(10 ** 4)))
    e.neg("  - %s" % v, v, "ticket-number")
    return [d, e]


def whenua(ctx):
    r = ctx.r
    d = Doc("whenua-trust/register/sync.toml", "theme", fmt="toml")
    d.add("[registry]", 'url = "https://api.%s/register"' % ctx.domain)
    v = ctx.key_alnum(40)
    d.sec('api_key = "%s"' % v, v, "registry-api-key")
    d.add("", "[sftp]", 'host = "%s"' % ctx.host("files"), 'user = "register"')
    v = ctx.pw()
    d.sec('password = "%s"' % v, v, "sftp-password")
    d.add("", "[blocks]")
    v = ctx.uniq(lambda: "ML%s/%d" % (rs(r, DIG, 6), r.randrange(1, 9)))
    d.neg('primary = "%s"' % v, v, "land-block-id")
    e = Doc("whenua-trust/marae/bookings.json", "theme", fmt="json")
    t = ctx.key_alnum(44)
    e.add("{", ' "calendar": "%s",' % jstr(ctx.t["ssids"][0]))
    e.sec(' "booking_api_token": "%s",' % t, t, "booking-api-token")
    v = ctx.uuid()
    e.neg(' "marae_id": "%s",' % v, v, "uuid")
    e.add(' "deposit_nzd": 350', "}")
    return [d, e]


OWN = {"three-wheeler-leasing": leasing, "lacquerware-workshop": lacquer, "zipline-canopy": zipline,
       "farsan-snacks": farsan, "ayurveda-centre": ayurveda, "sports-goods": sports, "sanatorium": sanatorium,
       "truck-art": truckart, "fertilizer-blender": fertilizer, "whenua-trust": whenua}
