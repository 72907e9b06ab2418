"""Device INIs, logs, shell histories, rotation diffs and negative-only files."""
import hashlib

from core35 import ALNUM, HEX, V, Doc, b64, crc_token, json_esc, rs, xml_esc
import prov35


def device(c, r):
    t = c.t
    d = Doc("devices/%s.ini" % t["device"].replace(" ", "-"), crlf=True)
    d.add("[device]", "model=%s" % t["device"])
    d.neg(V("serial="), rs(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ") + rs(r, 10, "0123456789"), "device-serial")
    d.neg(V("firmware_sha256="), prov35.hashval(r, "sha256")[1], "hash-sha256")
    d.add("", "[wifi]", "ssid=%s" % r.choice(t["ssids"]))
    d.sec(V("psk="), c.password(r), "wifi-psk")
    d.add("", "[cloud]", "endpoint=https://%s/ingest" % c.host(r))
    d.sec(V("upload_key="), c.alnum(r, 32), "device-upload-key")
    d.add("", "[admin]", "user=admin")
    if r.random() < 0.5:
        d.sec(V("password="), c.human(r), "device-admin-password")
    else:
        d.neg(V("password="), "admin", "vendor-default", cite="factory default printed on the device label")
    return [d]


LOGS = ["journalctl", "compose-up", "nginx", "postgres", "har", "curl-v", "ci-printenv", "supervisord", "logcat",
        "syslog"]


def log(c, r, kind):
    h = c.domain
    ts = "2025-%02d-%02dT%02d:%02d:%02d" % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60),
                                          r.randrange(60))
    if kind == "journalctl":
        d = Doc("logs/journal-app.log")
        d.add("%s %s app[812]: starting worker" % (ts, c.host(r).split(".")[0]))
        d.sec(V("%s app[812]: connecting with dsn=postgres://app:" % ts, "@db.%s/app" % h), c.uri_pw(r),
              "password-uri")
        d.neg(V("%s app[812]: request_id=" % ts, " status=200"), prov35.trace_id(r)[1], "request-id")
    elif kind == "compose-up":
        d = Doc("logs/compose-up.txt")
        d.neg(V("#4 resolve docker.io/library/nginx@", " done"), prov35.hashval(r, "digest")[1], "image-digest")
        d.sec(V("web-1  | settings: {'SMTP_HOST': 'smtp.%s', 'SMTP_PASSWORD': '" % h, "'}"), c.strong(r),
              "password-log")
    elif kind == "nginx":
        d = Doc("logs/access.log")
        ip = "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(256))
        d.sec(V('%s - - [02/Mar/2025:10:11:12 +0000] "GET /api/export?token=' % ip, ' HTTP/1.1" 200 512'),
              c.alnum(r, 40), "token-in-url")
        d.neg(V('%s - - [02/Mar/2025:10:11:13 +0000] "GET /img/a.jpg?sig=' % ip, ' HTTP/1.1" 200 9120'),
              rs(r, 64, HEX), "url-signature")
    elif kind == "postgres":
        d = Doc("logs/postgresql.log")
        d.sec(V("%s UTC [4411] LOG:  statement: ALTER ROLE reporting PASSWORD '" % ts, "'"), c.password(r),
              "password-log")
        d.neg(V("%s UTC [4412] LOG:  rolpassword=" % ts, ""), "SCRAM-SHA-256$4096:%s$%s:%s" % (
            b64(bytes(r.getrandbits(8) for _ in range(16))), b64(bytes(r.getrandbits(8) for _ in range(32))),
            b64(bytes(r.getrandbits(8) for _ in range(32)))), "hash-scram")
    elif kind == "har":
        d = Doc("logs/session.har")
        d.add("{\"log\": {\"version\": \"1.2\", \"entries\": [", "{\"request\": {\"method\": \"GET\", "
              "\"url\": \"https://api.%s/v1/me\", \"headers\": [" % h)
        d.sec(V("  {\"name\": \"Authorization\", \"value\": \"Bearer ", "\"},"), c.alnum(r, 48), "bearer-token")
        d.neg(V("  {\"name\": \"x-request-id\", \"value\": \"", "\"}"), prov35.hashval(r, "uuid")[1], "request-id")
        d.add("]}}", "]}}")
    elif kind == "curl-v":
        d = Doc("logs/curl-debug.txt")
        pw = c.strong(r)
        a = c.wrap_uniq(b64(("sync:" + pw).encode()))
        d.add("> GET /api/v2/stock HTTP/1.1", "> Host: erp.%s" % h)
        d.sec(V("> Authorization: Basic ", ""), a, "basic-auth-header", decoded="sync:" + pw)
        d.add("< HTTP/1.1 200 OK")
        d.neg(V("< x-request-id: ", ""), prov35.trace_id(r)[1], "request-id")
    elif kind == "ci-printenv":
        d = Doc("logs/ci-job-output.txt")
        d.add("$ printenv | sort")
        d.sec(V("DEPLOY_PASSWORD=", ""), c.password(r), "password-log")
        d.neg(V("REGISTRY_PASSWORD=", ""), "[MASKED]", "masked")
    elif kind == "supervisord":
        d = Doc("logs/supervisord.log")
        d.sec(V("%s INFO spawned: 'sync' with pid 2231: /usr/bin/sync-worker --api-key " % ts, ""), c.alnum(r, 36),
              "api-key-cli")
        d.neg(V("%s INFO config md5 " % ts, ""), prov35.hashval(r, "md5")[1], "hash-md5")
    elif kind == "logcat":
        d = Doc("logs/logcat.txt")
        d.sec(V("03-02 10:11:12.345  5120  5188 D Maps    : GET https://maps.googleapis.com/maps/api/geocode/json?key=",
                ""), c.tok(r, "google-api")[1], "provider-token")
        d.neg(V("03-02 10:11:12.001  5120  5120 I Build   : fingerprint=", ""),
              "google/sdk_gphone64/emu64:14/UE1A.%d/%d:user/release-keys" % (r.randrange(10 ** 5, 10 ** 6),
                                                                             r.randrange(10 ** 7, 10 ** 8)), "build-id")
    else:
        d = Doc("logs/router-syslog.txt")
        d.sec(V("Mar  2 10:11:12 gw pppd[911]: sent [PAP AuthReq id=0x1 user=\"%s\" password=\"" % c.person(r)[1],
                "\"]"), c.human(r), "password-log")
        d.neg(V("Mar  2 10:11:13 gw sysupgrade: image sha256 ", ""), prov35.hashval(r, "sha256")[1], "hash-sha256")
    return [d]


HISTS = ["bash", "zsh", "fish", "powershell", "psql", "mysql", "redis", "node", "irb", "sqlite"]


def history(c, r, kind):
    h = c.domain
    if kind == "bash":
        d = Doc("home/.bash_history")
        d.add("#1740909000", "cd /srv/app")
        d.sec(V("sshpass -p '", "' ssh deploy@gw.%s" % h), c.password(r), "password-cli")
        d.add("#1740909042")
        d.neg(V("git checkout ", ""), prov35.hashval(r, "git")[1], "commit-sha")
    elif kind == "zsh":
        d = Doc("home/.zsh_history")
        d.sec(V(": 1740909000:0;mysql -u root -p'", "' app"), c.password(r), "password-cli")
        d.neg(V(": 1740909100:0;export DB_PASSWORD=", ""), "$(pass show db/app)", "reference")
    elif kind == "fish":
        d = Doc("home/.local/share/fish/fish_history")
        d.sec(V("- cmd: curl -u admin:", " https://%s/api/reload" % c.host(r)), c.uri_pw(r), "password-cli")
        d.add("  when: 1740909000")
    elif kind == "powershell":
        d = Doc("home/ConsoleHost_history.txt", crlf=True)
        d.sec(V("$pw = ConvertTo-SecureString '", "' -AsPlainText -Force"), c.password(r), "password-cli")
        d.neg(V("$pw2 = ", ""), "Get-Secret -Name DbPassword -AsPlainText", "reference")
    elif kind == "psql":
        d = Doc("home/.psql_history")
        d.sec(V("ALTER USER app WITH PASSWORD '", "';"), c.password(r), "password-sql")
        d.add("\\dt")
    elif kind == "mysql":
        d = Doc("home/.mysql_history")
        d.add("_HiStOrY_V2_")
        d.sec(V("CREATE\\040USER\\040'shop'@'%'\\040IDENTIFIED\\040BY\\040'", "';"), c.alnum(r, 18), "password-sql")
    elif kind == "redis":
        d = Doc("home/.rediscli_history")
        d.sec(V("AUTH ", ""), c.strong(r), "password-cli")
        d.add("KEYS session:*")
    elif kind == "node":
        d = Doc("home/.node_repl_history")
        d.sec(V("const client = new Client({ token: '", "' })"), c.tok(r, r.choice(["slack-bot", "discord", "telegram"]))[1],
              "provider-token")
        d.neg(V("process.env.", ""), "SLACK_SIGNING_SECRET", "reference-env")
    elif kind == "irb":
        d = Doc("home/.irb_history")
        d.sec(V("Stripe.api_key = \"", "\""), c.tok(r, "stripe-restricted")[1], "provider-token")
        d.neg(V("ENV.fetch(\"", "\")"), "STRIPE_WEBHOOK_SECRET", "reference-env")
    else:
        d = Doc("home/.sqlite_history")
        d.sec(V("PRAGMA key = '", "';"), c.strong(r), "sqlcipher-key")
        d.add(".tables")
    return [d]


def diff(c, r):
    d = Doc("patches/rotate-credentials.diff")
    old, new = c.password(r), c.password(r)
    d.add("diff --git a/config/mail.ini b/config/mail.ini")
    d.neg(V("index ", "..%s 100644" % rs(r, 7, HEX)), rs(r, 7, HEX), "git-blob-id")
    d.add("--- a/config/mail.ini", "+++ b/config/mail.ini", "@@ -3,2 +3,2 @@", " user = mailer@%s" % c.domain)
    d.sec(V("-password = ", ""), old, "password-ini", note="rotated")
    d.sec(V("+password = ", ""), new, "password-ini")
    if r.random() < 0.5:
        _, t = c.tok(r, r.choice(["sendgrid", "mailgun"]))
        d.sec(V("-api_key = ", ""), t, "provider-token", note="rotated")
        d.neg(V("+api_key = ", ""), "${MAIL_TOKEN}", "reference-env")
    return [d]


# ---------------------------------------------------------------- negative-only
def env_example(c, r):
    d = Doc(".env.example")
    ph = ["changeme", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
          "<generate with: openssl rand -base64 32>", "sk-proj-...", "whsec_<from-dashboard>", "${SECRET_KEY}",
          c.L["nph"]]
    names = ["DB_PASSWORD", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "SESSION_SECRET", "OPENAI_API_KEY",
             "STRIPE_WEBHOOK_SECRET", "SECRET_KEY", "ADMIN_PASSWORD"]
    idx = sorted(r.sample(range(len(ph)), 4))
    if 7 not in idx:
        idx[-1] = 7
    for i in idx:
        d.neg(V(names[i] + "="), ph[i], "placeholder")
    return [d]


from lang35a import EN as _EN
EN_I18N = _EN["i18n"]
I18N = ["po", "android", "arb", "i18next", "rails", "properties", "qt-ts", "ios-strings", "xliff", "resx"]


def i18n(c, r, fmt):
    L = c.L
    lang = c.lang
    keys = ["password", "show_password", "forgot_password", "enter_pin", "door_code"]
    pick = sorted(r.sample(range(5), 3))
    paths = {"po": "locale/%s/LC_MESSAGES/app.po", "android": "android/res/values-%s/strings.xml",
             "arb": "lib/l10n/app_%s.arb", "i18next": "public/locales/%s/translation.json",
             "rails": "config/locales/%s.yml", "properties": "i18n/messages_%s.properties",
             "qt-ts": "translations/app_%s.ts", "ios-strings": "ios/%s.lproj/Localizable.strings",
             "xliff": "i18n/messages.%s.xlf", "resx": "Resources/Strings.%s.resx"}
    d = Doc(paths[fmt] % lang, lang=lang, crlf=fmt == "resx")

    def row(i, pre, post, esc=lambda s: s):
        v = esc(L["i18n"][i])
        if i in pick:
            d.neg(V(pre, post), v, "i18n-string", lang=lang)
        else:
            d.add(pre + v + post)
    head = {"po": ["msgid \"\"", "msgstr \"Language: %s\\n\"" % lang, ""],
            "android": ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<resources>"], "arb": ["{"], "i18next": ["{"],
            "rails": ["%s:" % lang, "  auth:"], "properties": ["# %s" % lang], "qt-ts": [
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<TS version=\"2.1\" language=\"%s\">" % lang,
                "<context><name>Login</name>"], "ios-strings": ["/* %s */" % lang],
            "xliff": ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<xliff version=\"1.2\"><file source-language=\"en\" "
                      "target-language=\"%s\" datatype=\"plaintext\" original=\"app\"><body>" % lang],
            "resx": ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<root>"]}[fmt]
    d.add(*head)
    for i, k in enumerate(keys):
        last = i == 4
        if fmt == "po":
            d.add("msgid \"%s\"" % EN_I18N[i])
            row(i, "msgstr \"", "\"")
            d.add("")
        elif fmt == "android":
            row(i, "    <string name=\"%s\">" % k, "</string>", xml_esc)
        elif fmt in ("arb", "i18next"):
            row(i, "  \"%s\": \"" % k, "\"" + ("" if last else ","), json_esc)
        elif fmt == "rails":
            row(i, "    %s: \"" % k, "\"")
        elif fmt == "properties":
            row(i, "%s=" % k, "", lambda s: "".join(ch if ord(ch) < 128 else "\\u%04x" % ord(ch) for ch in s))
        elif fmt == "qt-ts":
            d.add("<message><source>%s</source>" % k)
            row(i, "<translation>", "</translation></message>", xml_esc)
        elif fmt == "ios-strings":
            row(i, "\"%s\" = \"" % k, "\";")
        elif fmt == "xliff":
            d.add("<trans-unit id=\"%s\"><source>%s</source>" % (k, k))
            row(i, "<target>", "</target></trans-unit>", xml_esc)
        else:
            d.add("<data name=\"%s\" xml:space=\"preserve\">" % k)
            row(i, "<value>", "</value></data>", xml_esc)
    tail = {"android": ["</resources>"], "arb": ["}"], "i18next": ["}"], "qt-ts": ["</context>", "</TS>"],
            "xliff": ["</body></file></xliff>"], "resx": ["</root>"]}.get(fmt, [])
    if tail:
        d.add(*tail)
    return [d]


LOCKS = ["pnpm-lock", "poetry-lock", "flake-lock", "gradle-verification", "package-resolved", "sops", "fixtures"]


def lockfile(c, r, kind):
    if kind == "pnpm-lock":
        d = Doc("web/pnpm-lock.yaml")
        d.add("lockfileVersion: '9.0'", "packages:")
        for p in r.sample(["axios@1.7.9", "zod@3.24.1", "dayjs@1.11.13", "pino@9.6.0", "undici@6.21.1"], 3):
            d.add("  %s:" % p)
            d.neg(V("    resolution: {integrity: ", "}"), prov35.hashval(r, "integrity")[1], "lockfile-integrity")
    elif kind == "poetry-lock":
        d = Doc("python/poetry.lock")
        for p in r.sample(["requests", "httpx", "pydantic", "rich"], 2):
            d.add("[[package]]", "name = \"%s\"" % p, "files = [")
            d.neg(V("    {file = \"%s-1.0-py3-none-any.whl\", hash = \"sha256:" % p, "\"},"),
                  prov35.hashval(r, "sha256")[1], "lockfile-hash")
            d.add("]", "")
    elif kind == "flake-lock":
        d = Doc("nix/flake.lock")
        d.add("{", "  \"nodes\": {", "    \"nixpkgs\": {", "      \"locked\": {")
        d.neg(V("        \"narHash\": \"sha256-", "\","), b64(bytes(r.getrandbits(8) for _ in range(32))), "nar-hash")
        d.neg(V("        \"rev\": \"", "\","), prov35.hashval(r, "git")[1], "commit-sha")
        d.add("        \"type\": \"github\"", "      }", "    }", "  },", "  \"version\": 7", "}")
    elif kind == "gradle-verification":
        d = Doc("android/gradle/verification-metadata.xml")
        d.add("<verification-metadata>", "<components>", "<component group=\"com.squareup.okhttp3\" name=\"okhttp\" "
              "version=\"4.12.0\">", "<artifact name=\"okhttp-4.12.0.jar\">")
        d.neg(V("<sha256 value=\"", "\" origin=\"Generated by Gradle\"/>"), prov35.hashval(r, "sha256")[1],
              "lockfile-hash")
        d.add("</artifact>", "</component>", "</components>", "</verification-metadata>")
    elif kind == "package-resolved":
        d = Doc("ios/Package.resolved")
        d.add("{", "  \"pins\" : [", "    {", "      \"identity\" : \"alamofire\",", "      \"state\" : {")
        d.neg(V("        \"revision\" : \"", "\","), prov35.hashval(r, "git")[1], "commit-sha")
        d.add("        \"version\" : \"5.10.2\"", "      }", "    }", "  ],", "  \"version\" : 2", "}")
    elif kind == "sops":
        d = Doc("secrets/prod.enc.yaml")
        d.neg(V("db_password: ", ""), prov35.sops_enc(r), "encrypted-sops")
        d.add("sops:", "    age:")
        d.neg(V("        - recipient: ", ""), prov35.age_recipient(r), "public-age-recipient")
    else:
        d = Doc("tests/fixtures/scanner_selftest.txt")
        tok = crc_token("ghp_", r)
        bad = tok[:-1] + ("A" if tok[-1] != "A" else "B")
        d.add("# fixture for the pre-commit self-test: NOT a real token, checksum deliberately wrong")
        d.neg(V("GITHUB_TOKEN=", ""), bad, "fixture-crc-wrong", fixture_crc_wrong=True)
        d.neg(V("ED25519_TEST_SECRET=", ""), "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
              "doc-rfc8032", cite="RFC 8032 section 7.1 test 1")
    return [d]


_ = (hashlib, ALNUM)
