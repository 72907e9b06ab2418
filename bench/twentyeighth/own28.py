"""Each theme's own two files: plant/site equipment and the regional payment or trade integration."""

import string

from core28 import Doc, rstr, HEXL, B62, uuid4, json_str

DIG = string.digits
UPD = string.ascii_uppercase + string.digits


def P(c, *parts):
    return "/".join((c.dir,) + parts)


def _luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def agarbatti(c, r):
    a = Doc(P(c, "dipping-room", "scale-bridge.ini"), "theme", crlf=True, fmt="ini")
    pw = c.pw(r)
    gst = "29" + rstr(r, string.ascii_uppercase, 5) + rstr(r, DIG, 4) + rstr(r, string.ascii_uppercase, 1) + "1Z" + rstr(r, UPD, 1)
    a.add("[bridge]", "port = COM3", "baud = 9600", "", "[upload]", "url = https://erp.%s/api/weights" % c.internal,
          "user = scale01")
    a.sec("password = %s" % pw, pw, "scale-gateway-password")
    a.neg("gstin = %s" % gst, gst, "identifier")
    b = Doc(P(c, "dealer-app", "paytm.yml"), "theme")
    mk = c.alnum(r, 16, string.ascii_letters + DIG + "@#&!%")
    mid = rstr(r, string.ascii_letters, 6) + rstr(r, DIG, 14)
    b.add("paytm:", "  environment: production")
    b.neg('  mid: "%s"' % mid, mid, "identifier")
    b.sec('  merchant_key: "%s"' % mk, mk, "paytm-merchant-key")
    b.add('  website: "DEFAULT"', '  callback_url: "https://dealers.%s/paytm/callback"' % c.domain)
    return [a, b]


def pasta(c, r):
    a = Doc(P(c, "press", "extruder-plc.ini"), "theme", crlf=True, fmt="ini")
    p1, p2 = c.pw(r), c.pw(r)
    batch = "SPG-%d-%04d" % (2025, r.randrange(10000))
    a.add("[hmi]", "address = 192.168.10.20", "user = operator")
    a.sec("password = %s" % p1, p1, "hmi-password")
    a.add("", "[historian]", "dsn = Driver={ODBC Driver 18 for SQL Server};Server=hist.%s" % c.internal, "uid = press")
    a.sec("pwd = %s" % p2, p2, "historian-password")
    a.neg("last_batch = %s" % batch, batch, "identifier")
    b = Doc(P(c, "distribution", "order-app.yaml"), "theme")
    k = c.b62s(r, 36)
    order = "ORD-" + rstr(r, DIG, 8)
    b.add("orders:", '  base_url: "https://orders.%s/api"' % c.domain, '  depot_code: "%s"' % c.slug[:6].upper())
    b.sec('  api_key: "%s"' % k, k, "order-app-api-key")
    b.neg('  sample_order: "%s"' % order, order, "identifier")
    return [a, b]


def minigrid(c, r):
    a = Doc(P(c, "headend", "sts-vending.conf"), "theme")
    pw = c.pw(r)
    vk = c.hexs(r, 16).upper()
    meter = "0" + rstr(r, DIG, 9)
    meter += _luhn_digit(meter)
    a.add("# token vending server", "[database]", "host = db.%s" % c.internal, "user = vending")
    a.sec("password = %s" % pw, pw, "db-password")
    a.add("", "[sts]", "supply_group_code = 600%03d" % r.randrange(1000), "key_revision = 1")
    a.sec("vending_key = %s" % vk, vk, "sts-vending-key")
    a.neg("test_meter = %s" % meter, meter, "identifier")
    b = Doc(P(c, "collector", "zaad.env"), "theme")
    k = c.b62s(r, 32)
    p = c.pw(r)
    b.add("ZAAD_MERCHANT_UID=M%s" % rstr(r, DIG, 7))
    b.sec("ZAAD_API_KEY=%s" % k, k, "mobile-money-api-key")
    b.add("ZAAD_API_USER=%s_collector" % c.slug[:8])
    b.sec("ZAAD_API_PASSWORD=%s" % p, p, "mobile-money-password")
    b.neg("EDAHAB_API_KEY=${EDAHAB_API_KEY}", "${EDAHAB_API_KEY}", "env-reference")
    return [a, b]


def vanilla(c, r):
    a = Doc(P(c, "sweatbox", "loggers.json"), "theme", fmt="json")
    t = c.b62s(r, 40)
    w = c.pw(r, native=r.random() < 0.5)
    serials = ["VL-%s" % rstr(r, UPD, 8) for _ in range(2)]
    a.add("{", '  "cloud": {', '    "endpoint": "https://iot.%s/ingest",' % c.domain)
    a.sec('    "token": "%s"' % t, t, "iot-cloud-token")
    a.add("  },", '  "wifi": {', '    "ssid": "%s",' % r.choice(c.t["ssids"]))
    a.sec('    "psk": %s' % json_str(w), w, "wifi-password")
    a.add("  },", '  "loggers": [')
    a.neg('    "%s",' % serials[0], serials[0], "serial-number")
    a.add('    "%s"' % serials[1], "  ]", "}")
    b = Doc(P(c, "payments", "mvola.properties"), "theme")
    kid, sec = c.uniq(lambda: rstr(r, B62, 28) + "\x00" + rstr(r, B62, 28)).split("\x00")
    b.add("mvola.base-url=https://api.mvola.mg", "mvola.partner-name=%s" % c.org)
    b.pair("mvola.consumer-key=%s" % kid, kid, "mvola.consumer-secret=%s" % sec, sec, "pair:mvola")
    msisdn = "034" + rstr(r, DIG, 7)
    b.neg("mvola.merchant-msisdn=%s" % msisdn, msisdn, "identifier")
    return [a, b]


def metalart(c, r):
    a = Doc(P(c, "cnc", "plasma-controller.ini"), "theme", crlf=True, fmt="ini")
    pw = c.pw(r)
    h = rstr(r, HEXL, 32)
    a.add("[share]", "path = \\\\nas.%s\\designs" % c.internal, "user = plasma")
    a.sec("password = %s" % pw, pw, "smb-password")
    a.add("", "[job]")
    a.neg("last_file_md5 = %s" % h, h, "hash")
    b = Doc(P(c, "shop", "moncash.php"), "theme")
    kid, sec = c.uniq(lambda: rstr(r, HEXL, 32) + "\x00" + rstr(r, B62, 60)).split("\x00")
    b.add("<?php", "// MonCash REST checkout", "return [", "    'mode' => 'live',")
    b.pair("    'client_id' => '%s'," % kid, kid, "    'client_secret' => '%s'," % sec, sec, "pair:moncash")
    bk = rstr(r, B62, 20)
    b.neg("    'business_key_hint' => '%s', // shown on receipts" % bk, bk, "identifier")
    b.add("];")
    return [a, b]


def knife(c, r):
    a = Doc(P(c, "furnace", "heat-treat.toml"), "theme", fmt="toml")
    pw = c.pw(r)
    h = rstr(r, HEXL, 64)
    a.add("[mqtt]", 'host = "mqtt.%s"' % c.internal, "port = 8883", 'user = "furnace01"')
    a.sec('password = "%s"' % pw, pw, "mqtt-password")
    a.add("", "[recipe]", 'name = "65X13 harden 1050C"')
    a.neg('sha256 = "%s"' % h, h, "hash")
    b = Doc(P(c, "shop", "alif-pay.yml"), "theme")
    k = c.b62s(r, 40)
    p = c.pw(r)
    b.add("alif:", '  gate: "https://web.alif.tj"')
    mid = rstr(r, DIG, 6)
    b.neg('  merchant_id: "%s"' % mid, mid, "identifier")
    b.sec('  key: "%s"' % k, k, "payment-gateway-key")
    b.sec('  password: "%s"' % p, p, "payment-gateway-password")
    return [a, b]


def dutar(c, r):
    a = Doc(P(c, "woodstore", "humidity.yaml"), "theme")
    t = c.b62s(r, 32)
    a.add("controller:", '  url: "http://woodstore.%s"' % c.internal, '  target_rh: 45')
    a.sec('  api_token: "%s"' % t, t, "controller-api-token")
    s = "HX-%s" % rstr(r, UPD, 10)
    a.add("sensors:")
    a.neg('  - serial: "%s"' % s, s, "serial-number")
    b = Doc(P(c, "shop", "kaspi.json"), "theme", fmt="json")
    k = c.alnum(r, 48)
    mid = rstr(r, DIG, 9)
    b.add("{", '  "provider": "kaspi",')
    b.neg('  "merchant_id": "%s",' % mid, mid, "identifier")
    b.sec('  "api_token": "%s",' % k, k, "payment-api-token")
    b.add('  "callback": "https://shop.%s/kaspi/callback"' % c.domain, "}")
    return [a, b]


def birch(c, r):
    a = Doc(P(c, "pasteuriser", "plc.ini"), "theme", crlf=True, fmt="ini")
    p1, p2 = c.pw(r), c.pw(r)
    a.add("[hmi]", "host = 192.168.20.11", "user = brigadir")
    a.sec("password = %s" % p1, p1, "hmi-password")
    a.add("", "[opcua]", "endpoint = opc.tcp://plc.%s:4840" % c.internal, "user = scada")
    a.sec("password = %s" % p2, p2, "opcua-password")
    b = Doc(P(c, "edi", "retail-edi.xml"), "theme", fmt="xml")
    pw = c.pw(r)
    gln = "481" + rstr(r, DIG, 9)
    gln += _luhn_digit(gln)
    b.add('<?xml version="1.0" encoding="UTF-8"?>', "<edi>", "  <gateway>https://edi.%s/as2</gateway>" % c.domain,
          "  <login>%s</login>" % c.slug[:10])
    b.sec("  <password>%s</password>" % pw, pw, "edi-password")
    b.neg("  <supplierGLN>%s</supplierGLN>" % gln, gln, "identifier")
    b.add("</edi>")
    return [a, b]


def rugby(c, r):
    a = Doc(P(c, "gpsvest", "dashboard.yaml"), "theme")
    k = c.b62s(r, 40)
    a.add("vendor:", '  api: "https://api.vest-analytics.example/v2"', '  team: "%s"' % c.slug)
    a.sec('  api_key: "%s"' % k, k, "vendor-api-key")
    s = "GV%s" % rstr(r, DIG, 8)
    a.add("vests:")
    a.neg('  - serial: "%s"' % s, s, "serial-number")
    b = Doc(P(c, "tickets", "ticketing.env"), "theme")
    g = c.b62s(r, 48)
    sms = c.b62s(r, 32)
    b.add("TICKETS_BASE_URL=https://tickets.%s" % c.domain)
    b.sec("PAYMENT_GATEWAY_SECRET=%s" % g, g, "payment-gateway-secret")
    b.sec("SMS_API_KEY=%s" % sms, sms, "sms-api-key")
    ev = uuid4(r)
    b.neg("SEASON_EVENT_ID=%s" % ev, ev, "uuid")
    return [a, b]


def quinoa(c, r):
    a = Doc(P(c, "washing", "line-hmi.ini"), "theme", crlf=True, fmt="ini")
    pw = c.pw(r)
    a.add("[hmi]", "host = 192.168.30.5", "user = operador")
    a.sec("password = %s" % pw, pw, "hmi-password")
    lot = "QN-%d-%05d" % (2025, r.randrange(100000))
    a.neg("lot = %s" % lot, lot, "identifier")
    b = Doc(P(c, "payments", "izipay.properties"), "theme")
    p = c.pw(r)
    hk = c.alnum(r, 44)
    shop = rstr(r, DIG, 8)
    b.neg("izipay.shop-id=%s" % shop, shop, "identifier")
    b.sec("izipay.password=prodpassword_%s" % p, "prodpassword_" + p, "payment-gateway-password")
    b.sec("izipay.hmac-sha256-key=%s" % hk, hk, "payment-hmac-key")
    return [a, b]


OWN = {"agarbatti-works": agarbatti, "pasta-factory": pasta, "minigrid-utility": minigrid, "vanilla-curer": vanilla,
       "metal-art-atelier": metalart, "knife-forge": knife, "dutar-workshop": dutar, "birch-sap-bottler": birch,
       "rugby-club": rugby, "quinoa-cooperative": quinoa}
