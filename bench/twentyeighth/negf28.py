"""Negative-only files: placeholders, i18n strings, documented examples, hashes, public keys, fixtures."""

import base64
import json
import string

from core28 import Doc, rstr, HEXL, B62, B64STD, b64, rbytes, uuid4, json_str
import keys28 as K
import prov28

I18N_KEYS = ["login.password.prompt", "login.password.forgot", "login.password.invalid", "account.password.change",
             "session.token.expired"]


def P(c, *parts):
    return "/".join((c.dir,) + parts)


def env_example(c, r):
    d = Doc(P(c, "app", ".env.example"), "negonly")
    d.add("# copy to .env and fill in", "APP_URL=https://app.%s" % c.domain)
    d.neg("DB_PASSWORD=changeme", "changeme", "placeholder")
    d.neg("STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder")
    d.neg("MAPS_API_KEY=your-api-key-here", "your-api-key-here", "placeholder")
    d.neg("JWT_SECRET=<generate with: openssl rand -hex 32>", "<generate with: openssl rand -hex 32>", "placeholder")
    d.neg("REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0", "${REDIS_PASSWORD}", "env-reference")
    d.neg("SMTP_PASSWORD={{ vault_smtp_password }}", "{{ vault_smtp_password }}", "template")
    return [d]


def i18n(c, r):
    L = c.L
    kind = r.choice(["po", "android", "ios", "arb", "xliff"])
    if kind == "po":
        d = Doc(P(c, "locale", L["code"], "LC_MESSAGES", "messages.po"), "negonly")
        d.add('msgid ""', 'msgstr ""', '"Language: %s\\n"' % L["code"], '"Content-Type: text/plain; charset=UTF-8\\n"', "")
        for en, tr in zip(c.EN["i18n"], L["i18n"]):
            d.add('msgid "%s"' % en)
            d.neg('msgstr "%s"' % tr, tr, "i18n")
            d.add("")
    elif kind == "android":
        d = Doc(P(c, "android", "app", "src", "main", "res", "values-%s" % L["code"], "strings.xml"), "negonly", fmt="xml")
        d.add('<?xml version="1.0" encoding="utf-8"?>', "<resources>")
        for k, tr in zip(I18N_KEYS, L["i18n"]):
            d.neg('    <string name="%s">%s</string>' % (k.replace(".", "_"), tr), tr, "i18n")
        d.add("</resources>")
    elif kind == "ios":
        d = Doc(P(c, "ios", "%s.lproj" % L["code"], "Localizable.strings"), "negonly")
        for k, tr in zip(I18N_KEYS, L["i18n"]):
            d.neg('"%s" = "%s";' % (k, tr), tr, "i18n")
    elif kind == "arb":
        d = Doc(P(c, "mobile", "lib", "l10n", "app_%s.arb" % L["code"]), "negonly", fmt="json")
        d.add("{", '  "@@locale": "%s",' % L["code"])
        items = [('  "%s": %s' % (k.replace(".", "_"), json_str(tr)), {"kind": "negative", "value": tr, "category": "i18n"})
                 for k, tr in zip(I18N_KEYS, L["i18n"])]
        for i, (line, lab) in enumerate(items):
            d.neg(line + ("," if i < len(items) - 1 else ""), lab["value"], "i18n")
        d.add("}")
    else:
        d = Doc(P(c, "web", "src", "locale", "messages.%s.xlf" % L["code"]), "negonly", fmt="xml")
        d.add('<?xml version="1.0" encoding="UTF-8"?>', '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
              '  <file source-language="en" target-language="%s" datatype="plaintext" original="ng2.template">' % L["code"],
              "    <body>")
        for k, en, tr in zip(I18N_KEYS, c.EN["i18n"], L["i18n"]):
            d.add('      <trans-unit id="%s" datatype="html">' % k, "        <source>%s</source>" % en)
            d.neg("        <target>%s</target>" % tr, tr, "i18n")
            d.add("      </trans-unit>")
        d.add("    </body>", "  </file>", "</xliff>")
    return [d]


def docs_page(c, r, examples):
    L = c.L
    d = Doc(P(c, "docs", "credentials-howto.md"), "negonly")
    d.add("# %s - %s" % (c.org, L["access"]), "")
    d.neg(L["policy_doc"], L["policy_doc"], "policy-sentence")
    d.add("", "Examples below are the vendors' own documentation values; they never worked against our systems.", "")
    for cat, v, desc in examples:
        d.add("%s:" % desc[0].upper() + desc[1:], "")
        d.neg("    %s" % v, v, "documented-example")
        d.add("")
    return [d]


def fdb_cluster(c, r):
    d = Doc(P(c, "db", "fdb.cluster"), "negonly")
    i = rstr(r, string.ascii_letters + string.digits, 16)
    d.neg("%s:%s@10.0.%d.11:4500,10.0.%d.12:4500,10.0.%d.13:4500" % (c.slug[:10], i, 1, 1, 1), i, "identifier")
    return [d]


def tb_logins(c, r):
    d = Doc(P(c, "home", c.people[0]["handle"], ".thunderbird", "profile.default", "logins.json"), "negonly", fmt="json")
    u = "MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECA" + rstr(r, B64STD, 16) + "BBD" + rstr(r, B64STD, 21) + "=="
    p = "MDoEEPgAAAAAAAAAAAAAAAAAAAEwFAYIKoZIhvcNAwcECA" + rstr(r, B64STD, 16) + "BCC" + rstr(r, B64STD, 41) + "="
    d.add("{", '  "nextId": 3,', '  "logins": [', "    {", '      "id": 2,',
          '      "hostname": "imap://mail.%s",' % c.domain, '      "httpRealm": "imap://mail.%s",' % c.domain)
    d.neg('      "encryptedUsername": "%s",' % u, u, "encrypted-value")
    d.neg('      "encryptedPassword": "%s",' % p, p, "encrypted-value")
    d.add('      "guid": "{%s}",' % uuid4(r), '      "encType": 1', "    }", "  ],", '  "version": 3', "}")
    return [d]


def go_sum(c, r):
    d = Doc(P(c, "services", "gateway", "go.sum"), "negonly")
    for mod, ver in [("github.com/jackc/pgx/v5", "v5.6.0"), ("github.com/redis/go-redis/v9", "v9.6.1"),
                     ("golang.org/x/crypto", "v0.27.0")]:
        h = b64(rbytes(r, 32))
        d.neg("%s %s h1:%s" % (mod, ver, h), h, "hash")
        d.add("%s %s/go.mod h1:%s" % (mod, ver, b64(rbytes(r, 32))))
    return [d]


def pkg_lock(c, r):
    d = Doc(P(c, "web", "package-lock.json"), "negonly", fmt="json")
    d.add("{", '  "name": "%s-web",' % c.slug[:12], '  "lockfileVersion": 3,', '  "packages": {')
    h1 = "sha512-" + b64(rbytes(r, 64))
    h2 = "sha512-" + b64(rbytes(r, 64))
    d.add('    "node_modules/axios": {', '      "version": "1.7.7",',
          '      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",')
    d.neg('      "integrity": "%s"' % h1, h1, "hash")
    d.add("    },", '    "node_modules/zod": {', '      "version": "3.23.8",',
          '      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",')
    d.neg('      "integrity": "%s"' % h2, h2, "hash")
    d.add("    }", "  }", "}")
    return [d]


def fixtures(c, r):
    d = Doc(P(c, "tests", "fixtures", "fake_credentials.py"), "negonly")
    bad = prov28.bad_crc_token(r)
    d.add('"""Fixtures for the secret-redaction tests. None of these are real credentials."""', "")
    d.neg('FAKE_GITHUB_TOKEN = "%s"  # wrong checksum on purpose' % bad, bad, "test-vector", check="bad-crc")
    d.neg('FAKE_PASSWORD = "not-a-real-password"', "not-a-real-password", "test-vector")
    d.neg('RFC8032_TEST1_SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"',
          "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "test-vector")
    return [d]


def known_hosts(c, r):
    d = Doc(P(c, "home", "deploy", ".ssh", "known_hosts"), "negonly")
    for _ in range(2):
        k = K.Key("ed25519", r, "host")
        b = k.ssh_pub_line().split(" ")[1]
        d.neg("|1|%s|%s ssh-ed25519 %s" % (b64(rbytes(r, 20)), b64(rbytes(r, 20)), b), b, "ssh-public-key")
    return [d]


def masked_log(c, r):
    d = Doc(P(c, "logs", "app-redacted.log"), "negonly")
    t = c.when(r)
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    m = c.masked(r)
    d.add("%s INFO  starting worker pid=%d" % (s, r.randrange(1000, 60000)))
    d.neg("%s DEBUG outbound call token=%s" % (s, m), m, "masked")
    d.neg("%s DEBUG Authorization: Bearer [REDACTED]" % s, "[REDACTED]", "masked")
    d.neg("%s INFO  db connect postgres://app:********@db.%s:5432/app" % (s, c.internal), "********", "masked")
    return [d]


def vault_policy(c, r):
    d = Doc(P(c, "ops", "vault", "%s-app.hcl" % c.slug[:10]), "negonly")
    p1 = "secret/data/%s/*" % c.slug
    p2 = "database/creds/%s-readonly" % c.slug[:10]
    d.neg('path "%s" {' % p1, p1, "vault-reference")
    d.add('  capabilities = ["read", "list"]', "}")
    d.neg('path "%s" {' % p2, p2, "vault-reference")
    d.add('  capabilities = ["read"]', "}")
    return [d]


def tf_vars(c, r):
    d = Doc(P(c, "infra", "variables.tf"), "negonly")
    d.add('variable "db_password" {', '  type      = string', "  sensitive = true",
          '  description = "Set through TF_VAR_db_password in CI"', "}", "", 'variable "api_key" {', "  type    = string")
    d.neg('  default = "CHANGE_ME"', "CHANGE_ME", "placeholder")
    d.add("}")
    return [d]


def sbom(c, r):
    d = Doc(P(c, "release", "sbom.cdx.json"), "negonly", fmt="json")
    h1, h2 = rstr(r, HEXL, 64), rstr(r, HEXL, 64)
    d.add("{", '  "bomFormat": "CycloneDX",', '  "specVersion": "1.5",', '  "serialNumber": "urn:uuid:%s",' % uuid4(r),
          '  "components": [', '    {"type": "library", "name": "openssl", "version": "3.0.14", "hashes": [')
    d.neg('      {"alg": "SHA-256", "content": "%s"}' % h1, h1, "hash")
    d.add("    ]},", '    {"type": "library", "name": "zlib", "version": "1.3.1", "hashes": [')
    d.neg('      {"alg": "SHA-256", "content": "%s"}' % h2, h2, "hash")
    d.add("    ]}", "  ]", "}")
    return [d]


def authorized_keys(c, r):
    d = Doc(P(c, "home", "deploy", ".ssh", "authorized_keys"), "negonly")
    for i in range(2):
        k = K.Key("ed25519", r, c.people[i]["email"])
        line = k.ssh_pub_line()
        b = line.split(" ")[1]
        pre = 'from="10.0.0.0/8" ' if i else ""
        d.neg(pre + line, b, "ssh-public-key")
    return [d]


def helm_values(c, r):
    d = Doc(P(c, "deploy", "charts", "api", "values.yaml"), "negonly")
    d.add("postgresql:", "  auth:", "    username: app", '    password: ""')
    d.neg("    existingSecret: %s-postgres-credentials" % c.slug[:12], "%s-postgres-credentials" % c.slug[:12],
          "secret-name-reference")
    d.add("    secretKeys:", "      userPasswordKey: password")
    return [d]


def test_vectors(c, r):
    d = Doc(P(c, "docs", "crypto-test-vectors.md"), "negonly")
    d.add("# Test vectors used by our HMAC and signature unit tests", "", "RFC 4231 test case 1 key (20 bytes of 0x0b):")
    d.neg("    0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "test-vector")
    d.add("", "RFC 4231 test case 1, HMAC-SHA-256 of \"Hi There\":")
    d.neg("    b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
          "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", "test-vector")
    return [d]


FIXED = [env_example, i18n]
OPTIONAL = [fdb_cluster, tb_logins, go_sum, pkg_lock, fixtures, known_hosts, masked_log, vault_policy, tf_vars, sbom,
            authorized_keys, helm_values, test_vectors]
