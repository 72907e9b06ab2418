"""Negative-only files: .env.example, i18n files in 10 formats, lock / fixture files in 7 kinds, docs/integrations.md."""

import json

import core37 as C
import prov37 as P
import script37 as SC
from core37 import b64, hexs, xml_esc
from prose37 import LANGS

I18N = ["fluent", "chrome", "xcstrings", "po", "properties", "laravel", "godot", "tmx", "qt", "android"]
LOCKS = ["uv", "cargo", "gosum", "composer", "pnpm", "sops", "fixture"]
KEYS = ["hello", "password", "pin", "door", "wifi", "forgot", "signin", "save", "cancel"]
EN = {"hello": "Hello", "password": "Password", "pin": "PIN", "door": "Door code", "wifi": "Wi-Fi password",
      "forgot": "Forgot password?", "signin": "Sign in", "save": "Save", "cancel": "Cancel"}


def env_example(t):
    r = t.rng("negonly", "env-example")
    L = LANGS[t.lang]
    ph = [r.choice(P.PLACEHOLDERS) for _ in range(3)]
    t.add("app/.env.example", f"""# copy to .env and fill in
DATABASE_URL=postgresql://app:{t.N(ph[0], "placeholder")}@localhost:5432/{t.dbname()}
SESSION_SECRET={t.N(ph[1], "placeholder")}
MAIL_API_KEY={t.N(ph[2], "placeholder")}
# {L["name"]}
DEVICE_ADMIN_PASSWORD={t.N(L["placeholder"], "placeholder", lang=t.lang)}
""")


def _strings(t):
    L = LANGS[t.lang]
    sc = "latin" if t.lang == "wni" else L["script"]
    return {k: SC.render(L["i18n"][k], sc) for k in KEYS}


def _java_escape(s):
    out = []
    for ch in s:
        if ord(ch) < 0x80:
            out.append(ch)
        else:
            b = ch.encode("utf-16-be")
            for i in range(0, len(b), 2):
                out.append("\\u%04x" % int.from_bytes(b[i:i + 2], "big"))
    return "".join(out)


def i18n(t, fmt):
    r = t.rng("negonly", "i18n", fmt)
    s = _strings(t)
    code = t.lang
    lab = {"password", r.choice(["pin", "door", "wifi"]), "forgot"}

    def v(k, shown=None):
        val = shown if shown is not None else s[k]
        return t.N(val, "i18n-string", lang=code) if k in lab else val
    if fmt == "fluent":
        body = "\n".join("%s = %s" % (k.replace("_", "-") + "-label", v(k)) for k in KEYS)
        t.add("app/locales/%s/main.ftl" % code, "# %s strings\n" % LANGS[code]["name"] + body + "\n")
    elif fmt == "chrome":
        d = {}
        for k in KEYS:
            d[k] = {"message": "@@%s@@" % k, "description": EN[k]}
        txt = json.dumps(d, ensure_ascii=False, indent=2)
        for k in KEYS:
            txt = txt.replace("@@%s@@" % k, v(k, C.json_str(s[k])[1:-1]))
        t.add("extension/_locales/%s/messages.json" % code, txt + "\n")
    elif fmt == "xcstrings":
        d = {"sourceLanguage": "en", "strings": {EN[k]: {"localizations": {code: {"stringUnit": {
            "state": "translated", "value": "@@%s@@" % k}}}} for k in KEYS}, "version": "1.0"}
        txt = json.dumps(d, ensure_ascii=False, indent=2)
        for k in KEYS:
            txt = txt.replace("@@%s@@" % k, v(k, C.json_str(s[k])[1:-1]))
        t.add("ios/Localizable.xcstrings", txt + "\n")
    elif fmt == "po":
        out = ['msgid ""', 'msgstr ""', '"Language: %s\\n"' % code, '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
        for k in KEYS:
            out += ['msgid "%s"' % EN[k], 'msgstr "%s"' % v(k, s[k].replace('"', '\\"')), ""]
        t.add("app/locale/%s/LC_MESSAGES/messages.po" % code, "\n".join(out))
    elif fmt == "properties":
        body = "\n".join("%s=%s" % (k, v(k, _java_escape(s[k]))) for k in KEYS)
        t.add("java/src/main/resources/messages_%s.properties" % code, "# %s\n" % LANGS[code]["name"] + body + "\n")
    elif fmt == "laravel":
        body = "\n".join("    '%s' => '%s'," % (k, v(k, s[k].replace("'", "\\'"))) for k in KEYS)
        t.add("web/lang/%s/auth.php" % code, "<?php\n\nreturn [\n" + body + "\n];\n")
    elif fmt == "godot":
        def q(x):
            return '"%s"' % x.replace('"', '""') if ("," in x or '"' in x) else x
        body = "\n".join("%s,%s,%s" % (k.upper(), q(EN[k]), v(k, q(s[k]))) for k in KEYS)
        t.add("game/translations/ui.csv", "keys,en,%s\n" % code + body + "\n", crlf=True, bom=True)
    elif fmt == "tmx":
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">',
               '  <header creationtool="manual" srclang="en" datatype="plaintext" segtype="sentence" adminlang="en"/>',
               "  <body>"]
        for k in KEYS:
            out += ['    <tu tuid="%s">' % k, '      <tuv xml:lang="en"><seg>%s</seg></tuv>' % xml_esc(EN[k]),
                    '      <tuv xml:lang="%s"><seg>%s</seg></tuv>' % (code, v(k, xml_esc(s[k], quote=False))),
                    "    </tu>"]
        out += ["  </body>", "</tmx>"]
        t.add("translations/ui.tmx", "\n".join(out) + "\n")
    elif fmt == "qt":
        out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="%s">' % code,
               "<context>", "    <name>LoginDialog</name>"]
        for k in KEYS:
            out += ["    <message>", "        <source>%s</source>" % xml_esc(EN[k], quote=False),
                    "        <translation>%s</translation>" % v(k, xml_esc(s[k], quote=False)), "    </message>"]
        out += ["</context>", "</TS>"]
        t.add("desktop/i18n/app_%s.ts" % code, "\n".join(out) + "\n")
    else:
        out = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>"]
        for k in KEYS:
            val = xml_esc(s[k], quote=False).replace("'", "\\'").replace('"', '\\"')
            out.append('    <string name="%s">%s</string>' % (k, v(k, val)))
        out.append("</resources>")
        t.add("android/app/src/main/res/values-%s/strings.xml" % code, "\n".join(out) + "\n")


def lockfile(t, kind):
    r = t.rng("negonly", "lock", kind)
    if kind == "uv":
        pk = [("requests", "2.32.3"), ("urllib3", "2.2.3"), ("certifi", "2024.8.30")]
        out = ["version = 1", 'requires-python = ">=3.11"', ""]
        for i, (n, ver) in enumerate(pk):
            h = "sha256:" + t.sha256(r)
            out += ["[[package]]", 'name = "%s"' % n, 'version = "%s"' % ver,
                    'source = { registry = "https://pypi.org/simple" }',
                    'wheels = [', '    { url = "https://files.pythonhosted.org/packages/%s/%s-%s-py3-none-any.whl", '
                    'hash = "%s", size = %d },' % (hexs(r, 2), n, ver, t.N(h, "lockfile-hash") if i < 2 else h,
                                                  r.randint(20000, 200000)), "]", ""]
        t.add("app/uv.lock", "\n".join(out))
    elif kind == "cargo":
        out = ["# This file is automatically @generated by Cargo.", "version = 4", ""]
        for i, (n, ver) in enumerate([("serde", "1.0.210"), ("tokio", "1.40.0"), ("anyhow", "1.0.89")]):
            h = t.sha256(r)
            out += ["[[package]]", 'name = "%s"' % n, 'version = "%s"' % ver,
                    'source = "registry+https://github.com/rust-lang/crates.io-index"',
                    'checksum = "%s"' % (t.N(h, "lockfile-hash") if i < 2 else h), ""]
        t.add("tools/Cargo.lock", "\n".join(out))
    elif kind == "gosum":
        out = []
        for i, (m, ver) in enumerate([("github.com/eclipse/paho.mqtt.golang", "v1.5.0"),
                                      ("github.com/gorilla/websocket", "v1.5.3"), ("golang.org/x/net", "v0.29.0")]):
            h = "h1:" + b64(C.rbytes(r, 32))
            out.append("%s %s %s" % (m, ver, t.N(h, "go-sum-hash") if i < 2 else h))
            out.append("%s %s/go.mod h1:%s" % (m, ver, b64(C.rbytes(r, 32))))
        t.add("gateway/go.sum", "\n".join(out) + "\n")
    elif kind == "composer":
        t.add("web/composer.lock", f"""{{
    "_readme": ["This file locks the dependencies of your project to a known state"],
    "content-hash": "{t.N(hexs(r, 32), "lockfile-hash")}",
    "packages": [
        {{
            "name": "guzzlehttp/guzzle",
            "version": "7.9.2",
            "dist": {{
                "type": "zip",
                "url": "https://api.github.com/repos/guzzle/guzzle/zipball/{hexs(r, 40)}",
                "reference": "{t.N(hexs(r, 40), "commit-sha")}",
                "shasum": ""
            }}
        }}
    ]
}}
""")
    elif kind == "pnpm":
        out = ["lockfileVersion: '9.0'", "", "packages:", ""]
        for i, (n, ver) in enumerate([("axios", "1.7.7"), ("zod", "3.23.8"), ("dayjs", "1.11.13")]):
            h = "sha512-" + b64(C.rbytes(r, 64))
            out += ["  %s@%s:" % (n, ver), "    resolution: {integrity: %s}" % (t.N(h, "lockfile-hash") if i < 2 else h), ""]
        t.add("web/pnpm-lock.yaml", "\n".join(out))
    elif kind == "sops":
        rec = C.age_recipient(r)
        t.add("deploy/secrets.enc.yaml", f"""db_password: {t.N("ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(C.rbytes(r, 18)), b64(C.rbytes(r, 32)), b64(C.rbytes(r, 16))), "sops-encrypted")}
api_token: ENC[AES256_GCM,data:{b64(C.rbytes(r, 30))},iv:{b64(C.rbytes(r, 32))},tag:{b64(C.rbytes(r, 16))},type:str]
sops:
    age:
        - recipient: {t.N(rec, "age-recipient")}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            {b64(C.rbytes(r, 45))}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "{t.ts(r)}"
    mac: ENC[AES256_GCM,data:{b64(C.rbytes(r, 48))},iv:{b64(C.rbytes(r, 32))},tag:{b64(C.rbytes(r, 16))},type:str]
    version: 3.9.0
""")
    else:
        g = P.wrong_crc(r, "ghp_")
        n = P.wrong_crc(r, "npm_")
        t.add("tests/fixtures/scanner-selftest.txt", f"""# Synthetic tokens for the pre-commit self-test. Their CRC32 tails are deliberately wrong.
GITHUB_TOKEN={t.N(g, "github-pat-bad-checksum", fixture_crc_wrong=True)}
NPM_TOKEN={t.N(n, "npm-token-bad-checksum", fixture_crc_wrong=True)}
# RFC 8032 section 7.1 test 1 secret key
ED25519_TEST_SEED={t.N("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "rfc8032-test-key", cite="RFC 8032 7.1 TEST 1")}
""")


def integrations_md(t):
    r = t.rng("negonly", "integrations")
    ex = r.sample(P.EXAMPLES, 3)
    if r.random() < 0.6:
        pre = r.choice(["ghp_", "gho_", "npm_"])
        bad = t.N(P.wrong_crc(r, pre), "token-bad-checksum", fixture_crc_wrong=True)
        badline = "A token with a broken checksum, used in the scanner demo: `%s`." % bad
    else:
        badline = "A truncated token from an old screenshot: `%s` (not usable)." % t.N(P.truncated_ghp(r),
                                                                                   "truncated-token")
    lines = ["# Integrations", "", "Vendor documentation values we keep for reference. None of them is ours.", ""]
    for v, cat, cite in ex:
        lines.append("- %s: `%s`" % (cite, t.N(v, cat, cite=cite)))
    lines += ["", badline, "",
              "Real credentials: `%s`." % t.N(P.reference(r, "integrations", "vault"), "vault-reference"), ""]
    t.add("docs/integrations.md", "\n".join(lines))
