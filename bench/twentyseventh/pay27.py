"""The ten regional payment integrations, one per theme (role 'config').

Field names follow the providers' public integration guides as far as known; formats without a public
prefix are counted as generic secrets."""

import base64

from core27 import ALNUM, DIG, HEX, UPPER, Doc, rs, uuid4


def payhere(ctx):
    r = ctx.r
    d = Doc("three-wheeler-leasing/portal/.env", "config")
    d.add("APP_NAME=\"%s customer portal\"" % ctx.org, "APP_ENV=production", "")
    v = ctx.uniq(lambda: "12" + rs(r, DIG, 5))
    d.neg("PAYHERE_MERCHANT_ID=%s" % v, v, "merchant-id")
    s = ctx.uniq(lambda: base64.b64encode(rs(r, DIG, 40).encode()).decode())
    d.sec("PAYHERE_MERCHANT_SECRET=%s" % s, s, "payhere-merchant-secret")
    a, b = ctx.uniq(lambda: "4O" + rs(r, ALNUM, 8)), ctx.uniq(lambda: rs(r, ALNUM, 60))
    d.pair("PAYHERE_APP_ID=%s" % a, "PAYHERE_APP_SECRET=%s" % b, a, b, "payhere-app-pair", group="generic")
    d.add("PAYHERE_MODE=live", "PAYHERE_NOTIFY_URL=https://%s/payhere/notify" % ctx.domain)
    return [d]


def kbzpay(ctx):
    r = ctx.r
    d = Doc("lacquerware-workshop/shop/config/payments.php", "code")
    d.add("<?php", "// mobile wallets for the shop checkout", "return [", "    'kbzpay' => [")
    v = ctx.uniq(lambda: "70" + rs(r, DIG, 5))
    d.neg("        'merchant_code' => '%s'," % v, v, "merchant-id")
    a, b = ctx.uniq(lambda: "kp" + rs(r, HEX, 30)), ctx.uniq(lambda: rs(r, ALNUM, 32))
    d.pair("        'appid' => '%s'," % a, "        'app_key' => '%s'," % b, a, b, "kbzpay-app-pair", group="generic")
    d.add("        'notify_url' => 'https://%s/pay/kbz/notify'," % ctx.domain, "    ],", "    'wavepay' => [")
    v = ctx.uniq(lambda: "95" + rs(r, DIG, 9))
    d.neg("        'merchant_id' => '%s'," % v, v, "merchant-id")
    s = ctx.key_hex(64)
    d.sec("        'secret_key' => '%s'," % s, s, "wavepay-secret-key")
    d.add("    ],", "];")
    return [d]


def bcel(ctx):
    r = ctx.r
    d = Doc("zipline-canopy/booking/payments/onepay.py", "code")
    d.add('"""BCEL OnePay QR settings for the booking engine."""', "")
    v = ctx.uniq(lambda: "mch" + rs(r, HEX, 13))
    d.neg('ONEPAY_MCID = "%s"' % v, v, "merchant-id")
    d.add('ONEPAY_SHOPCODE = "%s"' % rs(r, UPPER, 6), 'ONEPAY_MCC = "7999"')
    s = ctx.key_alnum(32)
    d.sec('ONEPAY_HASH_KEY = "%s"' % s, s, "bcel-onepay-hash-key")
    d.add('ONEPAY_CALLBACK = "https://%s/onepay/callback"' % ctx.domain)
    return [d]


def razorpay(ctx):
    r = ctx.r
    d = Doc("farsan-snacks/distributor-app/server/config/payments.js", "code")
    a, b = ctx.uniq(lambda: "rzp_live_" + rs(r, ALNUM, 14)), ctx.uniq(lambda: rs(r, ALNUM, 24))
    d.add("// Razorpay for distributor advance payments", "module.exports = {", "  razorpay: {")
    d.pair("    key_id: '%s'," % a, "    key_secret: '%s'," % b, a, b, "razorpay-key-pair")
    w = ctx.pw("strong")
    d.sec("    webhook_secret: '%s'," % w, w, "razorpay-webhook-secret")
    d.add("  },", "  currency: 'INR',", "};")
    return [d]


def cashfree(ctx):
    r = ctx.r
    d = Doc("ayurveda-centre/hms/conf/payments.properties", "config")
    a = ctx.uniq(lambda: rs(r, DIG, 6) + rs(r, HEX, 26))
    b = ctx.uniq(lambda: "cfsk_ma_prod_%s_%s" % (rs(r, HEX, 32), rs(r, HEX, 8)))
    d.add("# Cashfree PG v3 (live)", "cashfree.env=PRODUCTION")
    d.pair("cashfree.client.id=%s" % a, "cashfree.client.secret=%s" % b, a, b, "cashfree-pair")
    d.add("", "# Instamojo (pharmacy web orders)")
    v = ctx.uniq(lambda: rs(r, HEX, 32))
    d.sec("instamojo.private.salt=%s" % v, v, "instamojo-salt")
    return [d]


def phonepe(ctx):
    r = ctx.r
    d = Doc("sports-goods/webstore/payments.yaml", "config")
    d.add("phonepe:", "  env: PROD")
    v = ctx.uniq(lambda: "M22" + rs(r, UPPER + DIG, 10))
    d.neg("  merchant_id: %s" % v, v, "merchant-id")
    s = ctx.uniq(lambda: uuid4(r))
    d.sec("  salt_key: %s" % s, s, "phonepe-salt-key")
    d.add("  salt_index: 1", "shiprocket:", "  email: dispatch@%s" % ctx.domain)
    p = ctx.pw()
    d.sec("  password: \"%s\"" % p, p, "shiprocket-password")
    return [d]


def freedompay(ctx):
    r = ctx.r
    d = Doc("sanatorium/booking/config/freedompay.php", "code")
    d.add("<?php", "// Freedom Pay (PayBox) for room deposits", "return [")
    v = ctx.uniq(lambda: "5" + rs(r, DIG, 5))
    d.neg("    'pg_merchant_id' => %s," % v, v, "merchant-id")
    s, t = ctx.key_alnum(16), ctx.key_alnum(16)
    d.sec("    'secret_key' => '%s'," % s, s, "freedompay-secret-key")
    d.sec("    'secret_key_payout' => '%s'," % t, t, "freedompay-payout-key")
    d.add("    'pg_currency' => 'KGS',", "];")
    return [d]


def safepay(ctx):
    r = ctx.r
    d = Doc("truck-art/jobcard/config/initializers/safepay.rb", "code")
    d.add("# Safepay checkout for paint-job deposits", "Safepay.configure do |config|", "  config.environment = :production")
    s = ctx.uniq(lambda: "sec_" + uuid4(r))
    d.sec('  config.api_key = "%s"' % s, s, "safepay-secret-key", group="provider")
    w = ctx.key_hex(64)
    d.sec('  config.webhook_secret = "%s"' % w, w, "safepay-webhook-secret")
    d.add("end", "")
    v = ctx.uniq(lambda: "PK%02dSCBL%016d" % (r.randrange(10, 99), r.randrange(10 ** 15)))
    d.neg('RAAST_SETTLEMENT_IBAN = "%s"' % v, v, "iban")
    return [d]


def korapay(ctx):
    r = ctx.r
    d = Doc("fertilizer-blender/portal/.env.production", "config")
    v = ctx.uniq(lambda: "pk_live_" + rs(r, ALNUM, 40))
    d.neg("KORAPAY_PUBLIC_KEY=%s" % v, v, "public-key-by-design")
    s = ctx.uniq(lambda: "sk_live_" + rs(r, ALNUM, 40))
    d.sec("KORAPAY_SECRET_KEY=%s" % s, s, "korapay-secret-key", group="provider")
    e = ctx.key_alnum(32)
    d.sec("KORAPAY_ENCRYPTION_KEY=%s" % e, e, "korapay-encryption-key")
    v = ctx.uniq(lambda: "256" + rs(r, DIG, 12))
    d.neg("OPAY_MERCHANT_ID=%s" % v, v, "merchant-id")
    o = ctx.uniq(lambda: "OPAYPRV" + rs(r, DIG, 16) + rs(r, DIG, 7))
    d.sec("OPAY_SECRET_KEY=%s" % o, o, "opay-secret-key", group="provider")
    return [d]


def windcave(ctx):
    r = ctx.r
    d = Doc("whenua-trust/lease-billing/appsettings.Production.json", "config", fmt="json")
    a = ctx.uniq(lambda: "".join(w for w in ctx.org.split()[:3] if w.isalnum()) + "_REST")
    b = ctx.key_hex(64)
    d.add("{", '  "Windcave": {', '    "Endpoint": "https://sec.windcave.com/api/v1",')
    d.pair('    "Username": "%s",' % a, '    "ApiKey": "%s"' % b, a, b, "windcave-api-pair", group="generic")
    d.add("  },", '  "Poli": {')
    v = ctx.uniq(lambda: "SS64" + rs(r, DIG, 6))
    d.neg('    "MerchantCode": "%s",' % v, v, "merchant-id")
    s = ctx.uniq(lambda: rs(r, ALNUM + "!$%^&", 14))
    d.sec('    "AuthenticationCode": "%s"' % s, s, "poli-auth-code")
    d.add("  }", "}")
    return [d]


PAY = {"payhere": payhere, "kbzpay": kbzpay, "bcel": bcel, "razorpay": razorpay, "cashfree": cashfree,
       "phonepe": phonepe, "freedompay": freedompay, "safepay": safepay, "korapay": korapay, "windcave": windcave}
