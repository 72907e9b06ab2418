"""Logs and captures (12 kinds) and each theme's own files (device controller .ini, payment-gateway env)."""

import base64

from core31 import ALNUM, B64, B64URL, DIGITS, HEX, LOWER, UPPER, IdMark, Doc, N, S, b64, chance, pick, rhex, rstr, ruuid


def fiddler(c, r):
    d = Doc("captures/fiddler-session-%d.txt" % r.randrange(10, 999), crlf=True)
    user, pw = "shop-%s" % c.slug[:6], c.pw(r, cs="uri")
    raw = "%s:%s" % (user, pw)
    c.reg.values.discard(pw)
    enc = c.uniq(lambda: base64.b64encode(raw.encode()).decode())
    d.add("POST https://api.courier.example/v1/shipments HTTP/1.1")
    d.add("Host: api.courier.example")
    d.add("Authorization: Basic %s" % enc, S(enc, "basic-auth-header", decoded=raw))
    d.add("Content-Type: application/json; charset=utf-8")
    et = rhex(r, 32)
    d.add('If-None-Match: "%s"' % et, N(et, "etag"))
    d.add("Content-Length: 58")
    d.add("")
    d.add('{"reference":"%s-%d","parcels":1,"service":"next-day"}' % (c.slug[:4].upper(), r.randrange(10000)))
    d.add("")
    d.add("HTTP/1.1 201 Created")
    d.add('ETag: "%s"' % rhex(r, 32))
    d.add("X-Request-Id: %s" % ruuid(r))
    return [d]


def msiexec(c, r):
    d = Doc("logs/msi-install-pos-%d.log" % r.randrange(100, 999), crlf=True)
    pw = c.pw(r, cs="shell")
    d.add("=== Verbose logging started: 3/%d/2025  9:12:33  Build type: SHIP UNICODE 5.00.10011.00  Calling process: C:\\Windows\\system32\\msiexec.exe ===" % r.randrange(1, 28))
    d.add("MSI (c) (1C:20) [09:12:33:120]: Resetting cached policy values")
    d.add("MSI (c) (1C:20) [09:12:33:121]: Command Line: SERVICEACCOUNT=.\\svc_pos SERVICEPASSWORD=%s INSTALLDIR=C:\\POS CURRENTDIRECTORY=C:\\install CLIENTUILEVEL=3 " % pw,
          S(pw, "msi-command-line-password"))
    d.add("MSI (s) (44:3C) [09:12:34:001]: PROPERTY CHANGE: Adding DBPASSWORD property. Its value is '**********'.", N("**********", "masked-password"))
    g = "{%s}" % ruuid(r).upper()
    d.add("MSI (s) (44:3C) [09:12:34:210]: Product Code: %s" % g, N(g, "product-code-guid"))
    d.add("MSI (s) (44:3C) [09:12:41:877]: Product: POS Terminal -- Installation completed successfully.")
    return [d]


def minicom(c, r):
    d = Doc("captures/minicom-%s.cap" % c.t["device"])
    p1, p2 = c.pw(r, cs="ini"), c.pw(r, style=pick(r, ["phrase", "human", "strong"]), cs="ini")
    d.text("U-Boot 2022.04 (Oct 11 2024 - 14:02:55 +0000)\n\nDRAM:  512 MiB\nHit any key to stop autoboot:  0\n=> printenv")
    d.add("baudrate=115200")
    d.add("bootcmd=run distro_bootcmd")
    mac = "02:" + ":".join(rhex(r, 2) for _ in range(5))
    d.add("ethaddr=%s" % mac)
    d.add("mqtt_pass=%s" % p1, S(p1, "uboot-env-password"))
    ser = rhex(r, 16)
    d.add("serial#=%s" % ser, N(ser, "device-serial"))
    d.add("wifi_psk=%s" % p2, S(p2, "uboot-env-wifi-psk"))
    d.add("")
    d.add("Environment size: 1342/65532 bytes")
    d.add("=> boot")
    return [d]


def cloudinit(c, r):
    d = Doc("var/log/cloud-init-output.log")
    pw = c.pw(r, cs="shell")
    host = c.host(r).split(".")[0]
    d.add("Cloud-init v. 24.1.3-0ubuntu3 running 'modules:final' at Tue, 04 Mar 2025 09:12:%02d +0000. Up 21.4 seconds." % r.randrange(60))
    d.add("+ echo 'kiosk:%s' | chpasswd" % pw, S(pw, "cloud-init-chpasswd"))
    d.add("+ systemctl enable --now kiosk.service")
    d.add("ci-info: no authorized SSH keys fingerprints found for user kiosk.")
    d.add("-----BEGIN SSH HOST KEY FINGERPRINTS-----")
    f1, f2 = c.fp(r), c.fp(r)
    d.add("256 %s root@%s (ECDSA)" % (f1, host), N(f1, "ssh-host-fingerprint"))
    d.add("256 %s root@%s (ED25519)" % (f2, host), N(f2, "ssh-host-fingerprint"))
    d.add("-----END SSH HOST KEY FINGERPRINTS-----")
    d.add("-----BEGIN SSH HOST KEY KEYS-----", N("-----BEGIN SSH HOST KEY KEYS-----", "cloud-init-host-key-banner"))
    pub = c.ssh_pub(r).rsplit(" ", 1)[0] + " root@" + host
    d.add(pub, N(pub, "ssh-public-key"))
    d.add("-----END SSH HOST KEY KEYS-----")
    d.add("Cloud-init v. 24.1.3-0ubuntu3 finished at Tue, 04 Mar 2025 09:13:02 +0000. Datasource DataSourceNoCloud.  Up 43.9 seconds")
    return [d]


def laravel(c, r):
    d = Doc("storage/logs/laravel-2025-03-%02d.log" % r.randrange(1, 28))
    pw = c.uniq(lambda: c._pw(r, pick(r, ["human", "weak", "year"]), "shell", 8)[:15])
    d.add("[2025-03-04 09:12:33] production.ERROR: SQLSTATE[HY000] [1045] Access denied for user 'shop'@'10.0.3.7' (using password: YES) {\"exception\":\"[object] (PDOException(code: 1045))\"}")
    d.add("[stacktrace]")
    d.add("#0 /var/www/shop/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=db.i...', 'shop', '%s', Array)" % pw,
          S(pw, "php-stacktrace-password"))
    d.add("#1 /var/www/shop/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(44): Illuminate\\Database\\Connectors\\Connector->createPdoConnection('mysql:host=db.i...', 'shop', Object(SensitiveParameterValue), Array)")
    d.add("#2 {main}")
    rid = ruuid(r)
    d.add('[2025-03-04 09:13:01] production.INFO: webhook accepted {"request_id":"%s"}' % rid, N(rid, "request-uuid"))
    return [d]


def mvn_debug(c, r):
    d = Doc("logs/mvn-X-flyway-%d.log" % r.randrange(10, 99))
    pw = c.pw(r, cs="shell")
    d.add("[DEBUG] Configuring mojo org.flywaydb:flyway-maven-plugin:10.10.0:migrate from plugin realm ClassRealm[plugin>org.flywaydb:flyway-maven-plugin:10.10.0]")
    d.add("[DEBUG]   (f) url = jdbc:postgresql://db.%s:5432/%s" % (c.intra, c.slug))
    d.add("[DEBUG]   (f) user = flyway")
    d.add("[DEBUG]   (f) password = %s" % pw, S(pw, "maven-debug-password"))
    d.add("[DEBUG] Using connector BasicRepositoryConnector with priority 0.0 for https://nexus.%s/repository/public/ with username=ci, password=***" % c.intra,
          N("***", "masked-password"))
    s = rhex(r, 40)
    d.add("[DEBUG] Writing tracking file .m2/repository/org/postgresql/postgresql/42.7.3/_remote.repositories sha1=%s" % s, N(s, "sha1-checksum"))
    d.add("[INFO] BUILD SUCCESS")
    return [d]


def surefire(c, r):
    d = Doc("target/surefire-reports/TEST-shop.CheckoutIT.xml")
    pw = c.pw(r, cs="xml")
    tok, cat = c.tok(r, pick(r, ["stripe-secret", "square", "braintree", "shopify"]))
    sha = rhex(r, 40)
    d.add('<?xml version="1.0" encoding="UTF-8"?>')
    d.add('<testsuite xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="3.0.2" name="shop.CheckoutIT" time="3.214" tests="2" errors="0" skipped="0" failures="0">')
    d.add("  <properties>")
    d.add('    <property name="java.version" value="21.0.3"/>')
    d.add('    <property name="db.url" value="jdbc:mariadb://db-it.%s:3306/shop"/>' % c.intra)
    d.add('    <property name="db.password" value="%s"/>' % pw, S(pw, "surefire-system-property-password"))
    d.add('    <property name="payment.api.key" value="%s"/>' % tok, S(tok, cat))
    d.add('    <property name="build.commit" value="%s"/>' % sha, N(sha, "git-commit-sha"))
    d.add('    <property name="smtp.password" value="${env.SMTP_PASSWORD}"/>', N("${env.SMTP_PASSWORD}", "maven-property-reference"))
    d.add("  </properties>")
    d.add('  <testcase name="checkoutWithCard" classname="shop.CheckoutIT" time="2.101"/>')
    d.add('  <testcase name="refund" classname="shop.CheckoutIT" time="1.113"/>')
    d.add("</testsuite>")
    return [d]


def mariadb_slow(c, r):
    d = Doc("logs/mariadb-slow.log")
    pw = c.pw(r, cs="shell")
    d.add("# Time: 250304  9:12:33")
    d.add("# User@Host: root[root] @ localhost []")
    d.add("# Thread_id: %d  Schema:   QC_hit: No" % r.randrange(10, 900))
    d.add("# Query_time: 2.000123  Lock_time: 0.000012  Rows_sent: 0  Rows_examined: 0")
    d.add("SET timestamp=1741079553;")
    d.add("CREATE USER 'reports'@'%%' IDENTIFIED BY '%s';" % pw, S(pw, "sql-create-user-password"))
    d.add("# Time: 250304  9:14:02")
    h = "*" + rhex(r, 40).upper()
    d.add("ALTER USER 'shop'@'10.%%' IDENTIFIED BY PASSWORD '%s';" % h, N(h, "mysql-native-hash"))
    return [d]


def postman(c, r):
    d = Doc("captures/postman-console-%d.log" % r.randrange(10, 99))
    tok, cat = c.tok(r, pick(r, ["postman", "shopify", "square", "linear", "render"]))
    d.add("POST https://api.%s/v2/shipments" % c.domain)
    d.add("Request Headers")
    d.add("  Content-Type: application/json")
    d.add("  x-api-key: %s" % tok, S(tok, cat))
    d.add("  User-Agent: PostmanRuntime/7.43.0")
    d.add("  Accept: */*")
    u = ruuid(r)
    d.add("  Postman-Token: %s" % u, N(u, "postman-token-header-uuid"))
    d.add("Response Headers")
    d.add("  x-request-id: %s" % ruuid(r))
    d.add("  content-type: application/json")
    return [d]


def altool(c, r):
    d = Doc("logs/app-upload-%d.log" % r.randrange(10, 99))
    asp = c.uniq(lambda: "-".join(rstr(r, 4, LOWER) for _ in range(4)))
    d.add("$ xcrun altool --upload-app -f build/Shop.ipa -t ios -u release@%s -p %s" % (c.domain, asp), S(asp, "apple-app-specific-password"))
    d.add("2025-03-04 09:12:33.120 *** Warning: altool has been deprecated for notarization")
    d.add("No errors uploading 'build/Shop.ipa'")
    d.add('$ xcrun notarytool submit build/Shop.zip --keychain-profile "AC_NOTARY" --wait', N("AC_NOTARY", "keychain-profile-reference"))
    u = ruuid(r)
    d.add("  id: %s" % u, N(u, "submission-uuid"))
    d.add("  status: Accepted")
    return [d]


def bash_x(c, r):
    d = Doc("logs/deploy-trace-%d.log" % r.randrange(10, 99))
    pw = c.pw(r, cs="shell")
    tok, cat = c.tok(r, pick(r, ["digitalocean", "hcloud", "cloudflare", "vercel"]))
    d.add("+ source /etc/%s/deploy.env" % c.slug)
    d.add("++ DEPLOY_USER=deploy")
    d.block(["++ DEPLOY_PASS=%s" % pw, "+ sshpass -p %s rsync -a dist/ deploy@web.%s:/srv/www/" % (pw, c.intra)], S(pw, "xtrace-password"))
    d.add("+ curl -fsS -X POST -H 'Authorization: Bearer %s' https://api.example-cdn.net/v1/purge" % tok, S(tok, cat))
    s = c.sha256(r)
    d.add("+ sha256sum release.tar.gz")
    d.add("%s  release.tar.gz" % s, N(s, "sha256-checksum"))
    return [d]


def robot(c, r):
    d = Doc("results/output.xml")
    tok, cat = c.tok(r, pick(r, ["stripe-secret", "sendgrid", "shopify", "square"]))
    d.add('<?xml version="1.0" encoding="UTF-8"?>')
    d.add('<robot generator="Robot 7.0.1 (Python 3.12.3 on linux)" generated="2025-03-04T09:12:33.123456" rpa="false" schemaversion="5">')
    d.add('<suite id="s1" name="Checkout" source="/tests/checkout.robot">')
    d.add('<test id="s1-t1" name="Login as cashier" line="12">')
    d.add('<kw name="Input Password" owner="SeleniumLibrary">')
    d.add("<arg>id=password</arg>")
    d.add("<arg>${CASHIER_PASSWORD}</arg>", N("${CASHIER_PASSWORD}", "robot-variable-reference"))
    d.add('<msg time="2025-03-04T09:12:34.001" level="INFO">Typing password into text field \'id=password\'.</msg>')
    d.add("</kw>")
    d.add('<kw name="Set Variable" owner="BuiltIn">')
    d.add("<var>${api_key}</var>")
    d.block(["<arg>%s</arg>" % tok, '<msg time="2025-03-04T09:12:34.120" level="INFO">${api_key} = %s</msg>' % tok], S(tok, cat))
    d.add("</kw>")
    d.add('<status status="PASS" start="2025-03-04T09:12:33.900" elapsed="0.412"/>')
    d.add("</test>")
    d.add("</suite>")
    d.add("</robot>")
    return [d]


LOGS = [fiddler, msiexec, minicom, cloudinit, laravel, mvn_debug, surefire, mariadb_slow, postman, altool, bash_x, robot]


# ---------------------------------------------------------------- the theme's own files
def device_ini(c, r):
    dev = c.t["device"]
    d = Doc("devices/%s-controller.ini" % dev, crlf=True)
    psk = c.pw(r, style=pick(r, ["phrase", "human", "strong"]), cs="ini")
    key = c.rand(r, 32, ALNUM)
    d.add("; %s controller, exported from the service tool" % dev)
    d.add("[network]")
    d.add("ssid=%s-ops" % c.slug[:10])
    d.add("psk=%s" % psk, S(psk, "device-wifi-psk"))
    d.add("[upload]")
    d.add("endpoint=https://telemetry.%s/ingest" % c.domain)
    d.add("api_key=%s" % key, S(key, "device-upload-api-key"))
    d.add("[admin]")
    d.add("user=admin")
    if chance(r, .35):
        d.add("password=admin", N("admin", "documented-default"))
    else:
        pw = c.pw(r, cs="ini")
        d.add("password=%s" % pw, S(pw, "device-admin-password"))
    d.add("[firmware]")
    ser = rhex(r, 16).upper()
    d.add("serial=%s" % ser, N(ser, "device-serial"))
    s = c.sha256(r)
    d.add("image_sha256=%s" % s, N(s, "firmware-sha256"))
    return [d]


def payment(c, r):
    g = c.t["gateway"]
    d = Doc("payments/%s.env" % g)
    d.add("# %s payment gateway, production" % g)
    if g == "asiapay":
        d.add("PAYDOLLAR_MERCHANT_ID=88%06d" % r.randrange(10 ** 6))
        v = c.rand(r, 32, ALNUM)
        d.add("PAYDOLLAR_SECURE_HASH_SECRET=%s" % v, S(v, "paydollar-secure-hash-secret"))
        p = c.pw(r, cs="uri")
        d.add("PAYDOLLAR_API_PASSWORD=%s" % p, S(p, "paydollar-api-password"))
        d.add("PAYDOLLAR_PAYMENT_URL=https://www.paydollar.com/b2c2/eng/payment/payForm.jsp")
    elif g == "casys":
        mid = "%010d" % r.randrange(10 ** 10)
        d.add("CPAY_PAYTOMERCHANT=%s" % mid, N(mid, "merchant-id"))
        p = c.pw(r, cs="uri")
        d.add("CPAY_CHECKSUM_PASSWORD=%s" % p, S(p, "cpay-checksum-password"))
    elif g == "zaincash":
        d.add("ZAINCASH_MSISDN=9647%09d" % r.randrange(10 ** 9))
        mid = rhex(r, 24)
        d.add("ZAINCASH_MERCHANT_ID=%s" % mid, N(mid, "merchant-id"))
        v = c.rand(r, 56, ALNUM + "./")
        d.add("ZAINCASH_SECRET=%s" % v, S(v, "zaincash-secret"))
    elif g == "paynl":
        at = "AT-%04d-%04d" % (r.randrange(10 ** 4), r.randrange(10 ** 4))
        tok = c.hexs(r, 40)
        it = S(tok, "pair-paynl", id_value=at)
        d.add("PAYNL_TOKEN_CODE=%s" % at, IdMark(it))
        d.add("PAYNL_API_TOKEN=%s" % tok, it)
        sl = "SL-%04d-%04d" % (r.randrange(10 ** 4), r.randrange(10 ** 4))
        d.add("PAYNL_SERVICE_ID=%s" % sl, N(sl, "service-id"))
    elif g == "lyra":
        shop = "%08d" % r.randrange(10 ** 8)
        d.add("LYRA_SHOP_ID=%s" % shop)
        pw = c.uniq(lambda: "prodpassword_" + rstr(r, 46, ALNUM))
        d.add("LYRA_PASSWORD=%s" % pw, S(pw, "lyra-rest-password"))
        pub = "%s:publickey_%s" % (shop, rstr(r, 46, ALNUM))
        d.add("LYRA_PUBLIC_KEY=%s" % pub, N(pub, "lyra-public-key"))
        h = c.rand(r, 46, ALNUM)
        d.add("LYRA_HMAC_SHA256_KEY=%s" % h, S(h, "lyra-hmac-key"))
    elif g == "swedbank":
        pid = ruuid(r)
        d.add("SWEDBANKPAY_PAYEE_ID=%s" % pid, N(pid, "payee-uuid"))
        t = c.hexs(r, 64)
        d.add("SWEDBANKPAY_TOKEN=%s" % t, S(t, "swedbankpay-token"))
    elif g == "dojo":
        k = c.uniq(lambda: "sk_prod_" + rstr(r, 72, B64URL))
        d.add("DOJO_API_KEY=%s" % k, S(k, "dojo-secret-key"))
        tid = "tm_" + rstr(r, 22, ALNUM)
        d.add("DOJO_TERMINAL_ID=%s" % tid, N(tid, "terminal-id"))
    elif g == "airtel":
        cid, sec = ruuid(r), c.uuid_secret(r)
        it = S(sec, "pair-airtel-money", id_value=cid)
        d.add("AIRTEL_CLIENT_ID=%s" % cid, IdMark(it))
        d.add("AIRTEL_CLIENT_SECRET=%s" % sec, it)
        pub = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(bytes(r.getrandbits(8) for _ in range(255)))[:-4] + "IDAQAB"
        d.add("AIRTEL_PIN_PUBLIC_KEY=%s" % pub, N(pub, "rsa-public-key-base64"))
    elif g == "paymongo":
        sk = c.uniq(lambda: "sk_live_" + rstr(r, 24, ALNUM))
        d.add("PAYMONGO_SECRET_KEY=%s" % sk, S(sk, "paymongo-secret-key"))
        pk = "pk_live_" + rstr(r, 24, ALNUM)
        d.add("PAYMONGO_PUBLIC_KEY=%s" % pk, N(pk, "paymongo-public-key"))
        wh = c.uniq(lambda: "whsk_" + rstr(r, 32, ALNUM))
        d.add("PAYMONGO_WEBHOOK_SECRET=%s" % wh, S(wh, "paymongo-webhook-secret"))
    elif g == "unzer":
        sk = c.uniq(lambda: "s-priv-2a10" + rstr(r, 32, ALNUM))
        d.add("UNZER_PRIVATE_KEY=%s" % sk, S(sk, "unzer-private-key"))
        pk = "s-pub-2a10" + rstr(r, 32, ALNUM)
        d.add("UNZER_PUBLIC_KEY=%s" % pk, N(pk, "unzer-public-key"))
    return [d]


def app_config(c, r):
    slug = pick(r, [s for s, _ in c.systems if s not in ("wifi", "cctv", "levels", "tracker")])
    d = Doc("config/%s.toml" % slug)
    p1, p2 = c.pw(r, cs="uri"), c.pw(r, cs="xml")
    tok, cat = c.tok(r, pick(r, ["slack-bot", "telegram", "sentry-user", "grafana-sa", "openai", "github-app", "gitlab-trigger"]))
    d.add("# %s: %s" % (c.org, slug))
    d.add("[app]")
    d.add('name = "%s-%s"' % (c.slug, slug))
    d.add('base_url = "https://%s.%s"' % (slug, c.domain))
    d.add("")
    d.add("[database]")
    d.add('url = "mariadb://%s:%s@db.%s:3306/%s"' % (slug, p1, c.intra, slug), S(p1, "app-config-db-password"))
    d.add("pool = 8")
    d.add("")
    d.add("[smtp]")
    d.add('host = "smtp.%s"' % c.domain)
    d.add('user = "noreply@%s"' % c.domain)
    d.add('password = "%s"' % p2, S(p2, "app-config-smtp-password"))
    d.add("")
    d.add("[notify]")
    d.add('token = "%s"' % tok, S(tok, cat))
    if chance(r, .5):
        v = c.ref(r, slug)
        d.add('fallback_token_ref = "%s"' % v, N(v, "secret-reference"))
    return [d]
