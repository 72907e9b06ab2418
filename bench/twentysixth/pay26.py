"""Regional payment and messaging integrations, one per theme, with the providers' sandbox values as negatives."""

import base64

import keys26
from core26 import Doc, jq


def _hex_up(ctx, n):
    return ctx.uniq(lambda: ctx.rs(n, "0123456789ABCDEF"))


def cashmere(ctx):
    d = Doc("payments/qpay_client.py", role="code")
    d.add('"""QPay v2 invoices for wholesale buyers."""')
    d.add("import requests")
    d.add("")
    d.add('QPAY_URL = "https://merchant.qpay.mn/v2"')
    d.add('QPAY_CLIENT_ID = "%s"' % ctx.org_latin.split()[0].upper())
    d.sec('QPAY_CLIENT_SECRET = "%s"' % (s := ctx.pw(sym="-_.!*#")), s, "payment-client-secret", "generic")
    d.neg('QPAY_INVOICE_CODE = "%s"' % (c := ctx.uniq(lambda: ctx.org_latin.split()[0].upper() + "_" + ctx.rs(6, "0123456789"))),
          c, "merchant-identifier")
    d.add("")
    d.add("def token():")
    d.add('    r = requests.post(QPAY_URL + "/auth/token", auth=(QPAY_CLIENT_ID, QPAY_CLIENT_SECRET), timeout=10)')
    d.add('    return r.json()["access_token"]')
    return d


def monument(ctx):
    d = Doc("donations/config/payments.php", role="code")
    d.add("<?php")
    d.add("// Payme and Click for donations to the restoration fund")
    d.add("return [")
    d.add("    'payme' => [")
    d.neg("        'merchant_id' => '%s'," % (m := ctx.uniq(lambda: ctx.hexs(24))), m, "merchant-identifier")
    d.sec("        'key' => '%s'," % (k := ctx.uniq(lambda: ctx.rs(12) + "#" + ctx.rs(8) + "?" + ctx.rs(10))), k,
          "payment-secret-key", "generic")
    d.sec("        'test_key' => '%s'," % (k := ctx.uniq(lambda: ctx.rs(10) + "&" + ctx.rs(16))), k,
          "payment-secret-key", "generic")
    d.add("    ],")
    d.add("    'click' => [")
    d.neg("        'service_id' => '%s'," % (sid := ctx.uniq(lambda: str(ctx.r.randrange(10000, 99999)))), sid,
          "merchant-identifier")
    d.sec("        'secret_key' => '%s'," % (k := ctx.uniq(lambda: ctx.rs(14))), k, "payment-secret-key", "generic")
    d.add("    ],")
    d.add("];")
    return d


def surgical(ctx):
    d = Doc("payments/LocalWallets.kt", role="code")
    d.add("package ops.payments")
    d.add("")
    d.add("// JazzCash and Easypaisa for local spare-part sales")
    d.add("object LocalWallets {")
    d.neg('    const val JAZZCASH_MERCHANT_ID = "%s"' % (m := ctx.uniq(lambda: "MC" + ctx.rs(5, "0123456789"))), m,
          "merchant-identifier")
    d.sec('    const val JAZZCASH_PASSWORD = "%s"' % (p := ctx.uniq(lambda: ctx.rs(10, "abcdefghijklmnopqrstuvwxyz0123456789"))),
          p, "payment-password", "generic")
    d.sec('    const val JAZZCASH_INTEGRITY_SALT = "%s"' % (s := ctx.uniq(lambda: ctx.rs(10, "abcdefghijklmnopqrstuvwxyz0123456789"))),
          s, "payment-hash-salt", "generic")
    d.neg('    const val EASYPAISA_STORE_ID = "%s"' % (m := ctx.uniq(lambda: str(ctx.r.randrange(10000, 999999)))), m,
          "merchant-identifier")
    d.sec('    const val EASYPAISA_HASH_KEY = "%s"' % (k := ctx.uniq(lambda: ctx.rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))),
          k, "payment-hash-key", "generic")
    d.add("}")
    return d


def trekking(ctx):
    d = Doc("booking/payments.env", role="config")
    d.add("# Khalti + eSewa for deposits")
    d.sec("KHALTI_SECRET_KEY=%s" % (k := ctx.prov("khalti")), k, "khalti", "provider")
    d.add("ESEWA_PRODUCT_CODE=%s" % ctx.org_latin.split()[0].upper())
    d.sec("ESEWA_SECRET_KEY=%s" % (k := ctx.uniq(lambda: ctx.rs(6) + "/:" + ctx.rs(4) + "." + ctx.rs(3))), k,
          "payment-secret-key", "generic")
    d.add("# sandbox from the eSewa developer guide:")
    d.add("ESEWA_TEST_PRODUCT_CODE=EPAYTEST")
    ctx.neg_once(d, "ESEWA_TEST_SECRET_KEY=8gBm/:&EnhH.1/q", "8gBm/:&EnhH.1/q", "documented-sandbox-value")
    return d


def teff(ctx):
    d = Doc("payments/telebirr.yaml", role="config")
    key = keys26.new_key(ctx.r, "rsa")
    spki = base64.b64encode(key.spki_der()).decode()
    ctx.claim(spki)
    d.add("telebirr:")
    d.neg("  app_id: \"%s\"" % (a := ctx.uniq(lambda: ctx.hexs(32))), a, "app-identifier")
    d.sec("  app_key: \"%s\"" % (k := ctx.key_hex(32)), k, "payment-app-key", "generic")
    d.add("  short_code: \"%d\"" % ctx.r.randrange(100000, 999999))
    d.neg("  public_key: \"%s\"" % spki, spki, "public-key-b64")
    d.add("chapa:")
    d.sec("  secret_key: %s" % (k := ctx.prov("chapa")), k, "chapa", "provider")
    d.add("  callback_url: https://shop.%s/chapa/callback" % ctx.domain)
    return d


def cassava(ctx):
    d = Doc("payments/settings.py", role="code")
    d.add("# Remita, Interswitch, Paystack and Flutterwave")
    d.add("REMITA = {")
    d.add('    "base_url": "https://login.remita.net/remita/exapp/api/v1/send/api",')
    d.add('    "merchant_id": "%s",' % str(ctx.r.randrange(10 ** 9, 10 ** 10)))
    d.sec('    "api_key": "%s",' % (k := ctx.uniq(lambda: ctx.rs(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))), k,
          "payment-api-key", "generic")
    d.add("}")
    d.add("REMITA_DEMO = {  # demo credentials from the Remita developer docs")
    ctx.neg_once(d, '    "merchant_id": "2547916",', "2547916", "documented-sandbox-value")
    ctx.neg_once(d, '    "api_key": "1946",', "1946", "documented-sandbox-value")
    d.add("}")
    cid = ctx.uniq(lambda: "IKIA" + ctx.rs(40, "0123456789ABCDEF"))
    sec = ctx.uniq(lambda: base64.b64encode(bytes(ctx.r.getrandbits(8) for _ in range(32))).decode())
    d.pair(['INTERSWITCH_CLIENT_ID = "%s"' % cid, 'INTERSWITCH_SECRET = "%s"' % sec], 0, 1, cid, sec,
           "interswitch-client-pair", group="generic", role="code")
    d.sec('PAYSTACK_SECRET_KEY = "%s"' % (k := ctx.prov("paystack")), k, "paystack", "provider")
    d.sec('FLW_SECRET_KEY = "%s"' % (k := ctx.prov("flutterwave")), k, "flutterwave", "provider")
    return d


def boxing(ctx):
    d = Doc("tickets/config/payments.json", fmt="json", role="config")
    d.add("{")
    d.add('  "payfast": {')
    d.add('    "merchant_id": "%d",' % ctx.r.randrange(10 ** 7, 2 * 10 ** 7))
    d.sec('    "merchant_key": "%s",' % (k := ctx.uniq(lambda: ctx.rs(13, "abcdefghijklmnopqrstuvwxyz0123456789"))), k,
          "payment-merchant-key", "generic")
    d.sec('    "passphrase": %s,' % jq(p := ctx.pw(sym="-_.!*#")), p, "payment-passphrase", "generic")
    d.add('    "sandbox": {')
    ctx.neg_once(d, '      "merchant_id": "10000100",', "10000100", "documented-sandbox-value")
    ctx.neg_once(d, '      "merchant_key": "46f0cd694581a"', "46f0cd694581a", "documented-sandbox-value")
    d.add("    }")
    d.add("  },")
    d.add('  "ozow": {')
    d.neg('    "site_code": "%s",' % (s := ctx.uniq(lambda: ctx.rs(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "-" +
                                                   ctx.rs(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "-" + ctx.rs(3, "0123456789"))),
          s, "merchant-identifier")
    d.sec('    "private_key": "%s",' % (k := ctx.api_key(32)), k, "payment-private-key", "generic")
    d.sec('    "api_key": "%s"' % (k := ctx.api_key(32)), k, "payment-api-key", "generic")
    d.add("  }")
    d.add("}")
    return d


def rice(ctx):
    d = Doc("payments/aba_payway.env", role="config")
    d.add("# ABA PayWay checkout + Bakong KHQR")
    d.neg("PAYWAY_MERCHANT_ID=%s" % (m := ctx.uniq(lambda: "ec" + ctx.rs(6, "0123456789"))), m, "merchant-identifier")
    d.sec("PAYWAY_API_KEY=%s" % (k := ctx.key_hex(40)), k, "payment-api-key", "generic")
    d.add("PAYWAY_URL=https://checkout.payway.com.kh/api/payment-gateway/v1/payments/purchase")
    d.sec("BAKONG_TOKEN=%s" % (t := ctx.prov("bakong-jwt")), t, "bakong-jwt", "provider")
    d.neg("BAKONG_ACCOUNT_ID=%s" % (a := ctx.uniq(lambda: "%s@aclb" % ctx.org_latin.split()[0].lower() + ctx.rs(2, "0123456789"))),
          a, "account-identifier")
    return d


def temple(ctx):
    d = Doc("donations/gateways.properties", role="config")
    d.add("# online e-hundi and donation gateways")
    d.neg("ccavenue.merchant_id=%s" % (m := ctx.uniq(lambda: str(ctx.r.randrange(10 ** 5, 10 ** 7)))), m,
          "merchant-identifier")
    d.neg("ccavenue.access_code=%s" % (a := ctx.public("ccavenue-access-code")), a, "public-by-design")
    d.sec("ccavenue.working_key=%s" % (k := _hex_up(ctx, 32)), k, "payment-working-key", "generic")
    d.add("payu.key=%s" % ctx.rs(6))
    d.sec("payu.salt=%s" % (s := ctx.uniq(lambda: ctx.rs(32))), s, "payment-hash-salt", "generic")
    d.add("# PayU test merchant from the integration guide")
    d.add("payu.test.key=gtKFFx")
    ctx.neg_once(d, "payu.test.salt=eCwWELxi", "eCwWELxi", "documented-sandbox-value")
    d.sec("paytm.merchant_key=%s" % (k := ctx.uniq(lambda: ctx.rs(4) + "#" + ctx.rs(5) + "&" + ctx.rs(5))), k,
          "payment-merchant-key", "generic")
    a, b = ctx.uniq(lambda: ctx.hexs(48)), ctx.uniq(lambda: ctx.hexs(48))
    d.pair(["exotel.api_key=%s" % a, "exotel.api_token=%s" % b], 0, 1, a, b, "exotel-key-pair", group="generic")
    return d


def fairground(ctx):
    d = Doc("kasse/sumup_reconcile.py", role="code")
    d.add('"""Nightly reconciliation of the token kiosks against SumUp payouts."""')
    d.add("import requests")
    d.add("")
    d.sec('SUMUP_API_KEY = "%s"' % (k := ctx.prov("sumup")), k, "sumup", "provider")
    d.neg('SUMUP_MERCHANT_CODE = "%s"' % (m := ctx.uniq(lambda: "M" + ctx.rs(7, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))), m,
          "merchant-identifier")
    d.neg('STRIPE_TERMINAL_LOCATION = "%s"' % (t := ctx.uniq(lambda: "tml_" + ctx.rs(24))), t, "location-identifier")
    d.add("")
    d.add("def payouts(day):")
    d.add('    r = requests.get("https://api.sumup.com/v1.0/merchants/%s/payouts" % SUMUP_MERCHANT_CODE,')
    d.add('                     headers={"Authorization": "Bearer " + SUMUP_API_KEY}, params={"start_date": day})')
    d.add("    return r.json()")
    return d


PAY = {"cashmere-dehairing": cashmere, "monument-restoration": monument, "surgical-instruments": surgical,
       "trekking-agency": trekking, "teff-mill": teff, "cassava-processor": cassava, "boxing-promoter": boxing,
       "rice-mill": rice, "temple-trust": temple, "fairground-rides": fairground}
