"""Negative-only files: .env.example, i18n in the theme's language, a credentials-policy page, and 2 of 8
lock / fixture / encrypted files per theme."""

import zlib

import prov31
from core31 import ALNUM, B62, Doc, N, b64, base62, bech32_encode, chance, json_str, pick, rbytes, rhex, rstr, xml_esc


def env_example(c, r):
    d = Doc("app/.env.example")
    opts = [
        ("DATABASE_URL=postgresql://app:changeme@localhost:5432/%s" % c.slug, "changeme", "placeholder"),
        ("MAIL_API_KEY=your-api-key-here", "your-api-key-here", "placeholder"),
        ("SESSION_SECRET=<generate with: openssl rand -hex 32>", "<generate with: openssl rand -hex 32>", "placeholder"),
        ("STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "placeholder-token-shape"),
        ("REDIS_PASSWORD={{ vault_redis_password }}", "{{ vault_redis_password }}", "template-reference"),
        ("GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "placeholder-token-shape"),
        ("PAYMENT_API_KEY=${PAYMENT_API_KEY}", "${PAYMENT_API_KEY}", "env-reference"),
        ("ADMIN_PASSWORD=CHANGE_ME", "CHANGE_ME", "placeholder"),
        ("OPENAI_API_KEY=sk-proj-...", "sk-proj-...", "placeholder-token-shape"),
        ("WEBHOOK_SECRET=whsec_<from the dashboard>", "whsec_<from the dashboard>", "placeholder"),
    ]
    d.add("# copy to .env and fill in; never commit the real file")
    d.add("APP_NAME=%s" % c.slug)
    for line, v, cat in r.sample(opts, r.randrange(2, 5)):
        d.add(line, N(v, cat))
    d.add("SMTP_PASSWORD=")
    return [d]


def i18n(c, r):
    L = c.L
    keys = ["password_enter", "password_forgot", "password_show", "api_key_label", "password_rule"]
    fmt = pick(r, ["po", "android", "arb", "i18next"])
    lab = set(r.sample(range(5), 3))

    def item(i, s):
        return N(s, "i18n-password-string") if i in lab else None
    if fmt == "po":
        d = Doc("locale/%s/LC_MESSAGES/shop.po" % c.lang)
        d.text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: %s\\n"\n' % c.lang)
        en = c.EN["i18n"]
        for i, (k, src, s) in enumerate(zip(keys, en, L["i18n"])):
            d.add("#: templates/account.html:%d" % r.randrange(10, 200))
            d.add('msgid "%s"' % src)
            d.add('msgstr "%s"' % s, item(i, s))
            d.add("")
    elif fmt == "android":
        d = Doc("app/src/main/res/values-%s/strings.xml" % c.lang)
        d.add('<?xml version="1.0" encoding="utf-8"?>')
        d.add("<resources>")
        for i, (k, s) in enumerate(zip(keys, L["i18n"])):
            d.add('    <string name="%s">%s</string>' % (k, xml_esc(s)), item(i, s))
        d.add("</resources>")
    elif fmt == "arb":
        d = Doc("lib/l10n/app_%s.arb" % c.lang)
        d.add("{")
        d.add('  "@@locale": "%s",' % c.lang)
        for i, (k, s) in enumerate(zip(keys, L["i18n"])):
            d.add('  "%s": %s%s' % (k, json_str(s), "," if i < 4 else ""), item(i, s))
        d.add("}")
    else:
        d = Doc("public/locales/%s/translation.json" % c.lang)
        d.add("{")
        d.add('  "account": {')
        for i, (k, s) in enumerate(zip(keys, L["i18n"])):
            d.add('    "%s": %s%s' % (k, json_str(s), "," if i < 4 else ""), item(i, s))
        d.add("  }")
        d.add("}")
    return [d]


def policy(c, r):
    L = c.L
    d = Doc("docs/credentials-policy.md")
    d.add("# %s — %s" % (c.org_native, L["table"][2]))
    d.add("")
    d.add("* " + L["policy"][0], N(L["policy"][0], "policy-sentence"))
    d.add("* " + L["policy"][1])
    d.add("")
    d.add("## Examples that are not secrets")
    d.add("")
    v, cat, cite = pick(r, prov31.DOC_EXAMPLES)
    d.add("* `%s` (%s)" % (v, cite), N(v, cat, cite=cite))
    d.add("* masked values in logs look like `sk_live_****` and are fine to keep")
    return [d]


# ---------------------------------------------------------------- 8 extra kinds, 2 per theme
def deno_lock(c, r):
    d = Doc("web/deno.lock")
    d.add("{")
    d.add('  "version": "4",')
    d.add('  "remote": {')
    for i, p in enumerate(["std@0.224.0/path/mod.ts", "std@0.224.0/http/file_server.ts"]):
        h = rhex(r, 64)
        d.add('    "https://deno.land/%s": "%s"%s' % (p, h, "," if i == 0 else ""), N(h, "lockfile-sha256") if i == 0 else None)
    d.add("  },")
    d.add('  "npm": {')
    integ = "sha512-" + b64(rbytes(r, 64))
    d.add('    "zod@3.23.8": { "integrity": "%s" }' % integ, N(integ, "lockfile-integrity"))
    d.add("  }")
    d.add("}")
    return [d]


def pubspec_lock(c, r):
    d = Doc("mobile/pubspec.lock")
    d.add("packages:")
    for pkg, ver in [("http", "1.2.1"), ("shared_preferences", "2.2.3")]:
        h = rhex(r, 64)
        d.text("  %s:\n    dependency: \"direct main\"\n    description:\n      name: %s\n      url: \"https://pub.dev\"" % (pkg, pkg))
        d.add('      sha256: "%s"' % h, N(h, "lockfile-sha256"))
        d.text('    source: hosted\n    version: "%s"' % ver)
    d.text('sdks:\n  dart: ">=3.3.0 <4.0.0"')
    return [d]


def podfile_lock(c, r):
    d = Doc("ios/Podfile.lock")
    d.text("PODS:\n  - Alamofire (5.9.1)\n  - KeychainAccess (4.2.2)\n\nSPEC CHECKSUMS:")
    for p in ["Alamofire", "KeychainAccess"]:
        h = rhex(r, 40)
        d.add("  %s: %s" % (p, h), N(h, "lockfile-sha1"))
    d.add("")
    h = rhex(r, 40)
    d.add("PODFILE CHECKSUM: %s" % h, N(h, "lockfile-sha1"))
    d.add("")
    d.add("COCOAPODS: 1.15.2")
    return [d]


def nuget_lock(c, r):
    d = Doc("pos/packages.lock.json")
    d.text('{\n  "version": 1,\n  "dependencies": {\n    "net8.0": {')
    for i, (p, v) in enumerate([("Dapper", "2.1.35"), ("Serilog", "3.1.1")]):
        h = b64(rbytes(r, 64))
        d.text('      "%s": {\n        "type": "Direct",\n        "requested": "[%s, )",\n        "resolved": "%s",' % (p, v, v))
        d.add('        "contentHash": "%s"' % h, N(h, "lockfile-content-hash"))
        d.add("      }%s" % ("," if i == 0 else ""))
    d.text("    }\n  }\n}")
    return [d]


def mix_lock(c, r):
    d = Doc("backend/mix.lock")
    d.add("%{")
    for p, v in [("jason", "1.4.1"), ("plug", "1.16.0"), ("telemetry", "1.2.1")]:
        h1, h2 = rhex(r, 64), rhex(r, 64)
        d.add('  "%s": {:hex, :%s, "%s", "%s", [:mix], [], "hexpm", "%s"},' % (p, p, v, h1, h2), N(h1, "lockfile-sha256") if p != "plug" else None)
    d.add("}")
    return [d]


def uv_lock(c, r):
    d = Doc("tools/uv.lock")
    d.text('version = 1\nrequires-python = ">=3.11"\n')
    for p, v in [("requests", "2.32.3"), ("certifi", "2024.8.30")]:
        h = rhex(r, 64)
        d.text('[[package]]\nname = "%s"\nversion = "%s"\nsource = { registry = "https://pypi.org/simple" }' % (p, v))
        d.add('sdist = { url = "https://files.pythonhosted.org/packages/%s/%s-%s.tar.gz", hash = "sha256:%s", size = %d }' % (rhex(r, 2), p, v, h, r.randrange(10 ** 4, 10 ** 6)),
              N("sha256:" + h, "lockfile-sha256"))
        d.add("")
    return [d]


def sops_env(c, r):
    d = Doc("deploy/secrets.enc.env")

    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(r, n)), b64(rbytes(r, 32)), b64(rbytes(r, 16)))
    for k in ["DB_PASSWORD", "SHOP_API_TOKEN"]:
        v = enc(r.randrange(12, 40))
        d.add("%s=%s" % (k, v), N(v, "sops-encrypted-value"))
    rec = bech32_encode("age", list(rbytes(r, 32)))
    d.add("sops_age__list_0__map_recipient=%s" % rec, N(rec, "age-recipient"))
    d.add("sops_lastmodified=2025-03-04T09:12:33Z")
    v = enc(32)
    d.add("sops_mac=%s" % v, N(v, "sops-mac"))
    d.add("sops_version=3.9.0")
    return [d]


def fixtures(c, r):
    d = Doc("tests/fixtures/fake_credentials.py")
    body = rstr(r, 30, ALNUM)
    good = base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)
    bad = good[:-1] + ("A" if good[-1] != "A" else "B")
    tok = "ghp_" + body + bad
    d.add('"""Values used by the scanner self-test; none of them is a working credential."""')
    d.add('BAD_CHECKSUM_PAT = "%s"  # CRC32 tail deliberately wrong' % tok, N(tok, "test-token-bad-checksum"))
    d.add('RFC8032_TEST1_SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"',
          N("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "doc-example-rfc8032", cite="RFC 8032, 7.1 test 1"))
    d.add('WEAK_PASSWORD = "hunter2"  # bash.org classic, used to test the weak-password rule', N("hunter2", "test-fake-password"))
    d.add('DUMMY_TOKEN = "test-token-not-real-0000"', N("test-token-not-real-0000", "test-fake-token"))
    return [d]


EXTRAS = [deno_lock, pubspec_lock, podfile_lock, nuget_lock, mix_lock, uv_lock, sops_env, fixtures]
BASE = [env_example, i18n, policy]
