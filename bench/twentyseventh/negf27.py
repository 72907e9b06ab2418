"""Negative-only files: three in every theme, plus six of thirteen dealt (role 'negonly')."""

import base64
import hashlib

from core27 import ALNUM, B64, LOWER, Doc, b64u, rs, xml_esc
import keys27
import prov27

I18N = {
    "en": ["Enter your password", "Forgot your password?", "The password is incorrect", "Change password",
           "Your access token has expired"],
    "si": ["ඔබගේ මුරපදය ඇතුළත් කරන්න", "මුරපදය අමතක වුණාද?", "මුරපදය වැරදියි", "මුරපදය වෙනස් කරන්න",
           "ඔබගේ ප්‍රවේශ token එක කල් ඉකුත් වී ඇත"],
    "my": ["သင့်စကားဝှက်ကို ထည့်ပါ", "စကားဝှက် မေ့နေပါသလား?", "စကားဝှက် မှားနေပါသည်", "စကားဝှက် ပြောင်းရန်",
           "သင့် access token သက်တမ်းကုန်သွားပါပြီ"],
    "lo": ["ປ້ອນລະຫັດຜ່ານຂອງທ່ານ", "ລືມລະຫັດຜ່ານບໍ?", "ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ", "ປ່ຽນລະຫັດຜ່ານ",
           "token ການເຂົ້າໃຊ້ຂອງທ່ານໝົດອາຍຸແລ້ວ"],
    "gu": ["તમારો પાસવર્ડ દાખલ કરો", "પાસવર્ડ ભૂલી ગયા?", "પાસવર્ડ ખોટો છે", "પાસવર્ડ બદલો",
           "તમારો access token સમાપ્ત થઈ ગયો છે"],
    "ml": ["നിങ്ങളുടെ പാസ്‌വേഡ് നൽകുക", "പാസ്‌വേഡ് മറന്നോ?", "പാസ്‌വേഡ് തെറ്റാണ്", "പാസ്‌വേഡ് മാറ്റുക",
           "നിങ്ങളുടെ access token കാലഹരണപ്പെട്ടു"],
    "pa": ["ਆਪਣਾ ਪਾਸਵਰਡ ਦਰਜ ਕਰੋ", "ਪਾਸਵਰਡ ਭੁੱਲ ਗਏ?", "ਪਾਸਵਰਡ ਗਲਤ ਹੈ", "ਪਾਸਵਰਡ ਬਦਲੋ",
           "ਤੁਹਾਡੇ access token ਦੀ ਮਿਆਦ ਖਤਮ ਹੋ ਗਈ ਹੈ"],
    "ky": ["Сырсөзүңүздү киргизиңиз", "Сырсөздү унуттуңузбу?", "Сырсөз туура эмес", "Сырсөздү өзгөртүү",
           "Кирүү токениңиздин мөөнөтү бүттү"],
    "ps": ["خپل پټنوم ولیکئ", "پټنوم مو هېر شوی؟", "پټنوم ناسم دی", "پټنوم بدل کړئ",
           "ستاسو د لاسرسي token وخت پای ته رسیدلی"],
    "ha": ["Shigar da kalmar sirrinka", "Ka manta kalmar sirri?", "Kalmar sirri ba daidai ba ce", "Canza kalmar sirri",
           "Token ɗin shiga naka ya ƙare"],
    "mi": ["Tāurua tō kupuhipa", "Kua wareware i a koe tō kupuhipa?", "Kāore i tika te kupuhipa",
           "Hurihia te kupuhipa", "Kua pau te wā o tō token urunga"],
}
I18N_KEYS = ["login.password.prompt", "login.password.forgot", "login.password.incorrect", "account.password.change",
             "session.token.expired"]
I18N_FORMATS = ["properties", "qt-ts", "rails-yaml", "fluent"]
OPTIONAL = ["wheel-record", "stripe-ids-csv", "git-show-signature", "git-crypt", "webauthn", "age-armored",
            "pkce-doc", "test-fixtures", "policy-page", "swagger", "helm-existing-secret", "known-hosts", "csr"]


def _fixed_or_plain(d, ctx, line, value, cat):
    if ctx.reg.claim(value):
        d.neg(line, value, cat)
    else:
        d.add(line)


def env_example(ctx, rng):
    r = rng
    d = Doc("%s/app/.env.example" % ctx.dir, "negonly")
    sysn = ctx.t["users"][0].upper()
    d.add("# copy to .env and fill in; never commit the real file")
    _fixed_or_plain(d, ctx, "DB_PASSWORD=changeme", "changeme", "placeholder")
    v = ctx.uniq(lambda: "your-%s-api-key-here" % ctx.t["users"][r.randrange(6)])
    d.neg("%s_API_KEY=%s" % (sysn, v), v, "placeholder")
    v = "${%s_SECRET}" % sysn
    ctx.claim(v)
    d.neg("%s_SECRET=%s" % (sysn, v), v, "env-reference")
    v = ctx.uniq(lambda: "sk_live_" + "x" * r.randrange(20, 40))
    d.neg("STRIPE_SECRET_KEY=%s" % v, v, "placeholder")
    v = ctx.uniq(lambda: "<generate with: openssl rand -hex %d>" % r.choice([16, 24, 32, 48, 64]) if r.random() < .5
                 else "<%s-jwt-secret>" % ctx.t["users"][r.randrange(6)])
    d.neg("JWT_SECRET=%s" % v, v, "placeholder")
    v = "{{ vault_%s_smtp_password }}" % ctx.t["users"][1]
    ctx.claim(v)
    d.neg("SMTP_PASSWORD=%s" % v, v, "template-reference")
    return [d]


def i18n(ctx, fmt, rng):
    lang = ctx.lang
    strings = I18N[lang]
    if fmt == "properties":
        d = Doc("%s/app/src/main/resources/messages_%s.properties" % (ctx.dir, lang), "negonly")
        for k, s in zip(I18N_KEYS, strings):
            d.neg("%s=%s" % (k, s), s, "i18n-string")
    elif fmt == "qt-ts":
        d = Doc("%s/app/translations/app_%s.ts" % (ctx.dir, lang), "negonly", fmt="xml")
        d.add('<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="%s">' % lang,
              "<context>", "    <name>LoginDialog</name>")
        for k, s, e in zip(I18N_KEYS, strings, I18N["en"]):
            d.add("    <message>", "        <source>%s</source>" % xml_esc(e))
            d.neg("        <translation>%s</translation>" % xml_esc(s), xml_esc(s), "i18n-string")
            d.add("    </message>")
        d.add("</context>", "</TS>")
    elif fmt == "rails-yaml":
        d = Doc("%s/app/config/locales/%s.yml" % (ctx.dir, lang), "negonly")
        d.add("%s:" % lang, "  login:")
        for k, s in zip(I18N_KEYS, strings):
            d.neg('    %s: "%s"' % (k.replace(".", "_"), s), s, "i18n-string")
    else:
        d = Doc("%s/app/locales/%s/main.ftl" % (ctx.dir, lang), "negonly")
        d.add("## Login screen")
        for k, s in zip(I18N_KEYS, strings):
            d.neg("%s = %s" % (k.replace(".", "-"), s), s, "i18n-string")
    return [d]


def docs_page(ctx, examples, rng):
    d = Doc("%s/docs/integrations-howto.md" % ctx.dir, "negonly")
    d.add("# Integrations: how to configure", "", "The values below are the providers' published examples. "
          "Real keys come from the vault.", "")
    for ex in examples:
        vals = prov27.DOC_EXAMPLES[ex]
        d.add("## %s" % ex.replace("-", " "), "", "```")
        if ex == "aws-docs-pair":
            _fixed_or_plain(d, ctx, "aws_access_key_id = %s" % vals[0], vals[0], "documented-example")
            _fixed_or_plain(d, ctx, "aws_secret_access_key = %s" % vals[1], vals[1], "documented-example")
        else:
            _fixed_or_plain(d, ctx, "EXAMPLE_VALUE=%s" % vals[0], vals[0], "documented-example")
        d.add("```", "")
    return [d]


def optional(ctx, kind, rng):
    r = rng
    if kind == "wheel-record":
        d = Doc("%s/vendor/sync_client-2.4.1.dist-info/RECORD" % ctx.dir, "negonly")
        for name in ["sync_client/__init__.py", "sync_client/api.py", "sync_client/auth.py"]:
            v = ctx.uniq(lambda: b64u(hashlib.sha256(rs(r, ALNUM, 20).encode()).digest()))
            d.neg("%s,sha256=%s,%d" % (name, v, r.randrange(300, 9000)), v, "wheel-record-digest")
        d.add("sync_client-2.4.1.dist-info/RECORD,,")
        return [d]
    if kind == "stripe-ids-csv":
        d = Doc("%s/finance/payouts-%s.csv" % (ctx.dir, ctx.day0.strftime("%Y-%m")), "negonly")
        d.add("id,type,source,amount,currency,payout")
        for _ in range(3):
            t = ctx.uniq(lambda: "txn_3" + rs(r, ALNUM, 23))
            d.neg("%s,charge,ch_3%s,%d,usd,po_1%s" % (t, rs(r, ALNUM, 23), r.randrange(1000, 90000), rs(r, ALNUM, 23)),
                  t, "stripe-object-id")
        return [d]
    if kind == "git-show-signature":
        d = Doc("%s/docs/release-signatures.txt" % ctx.dir, "negonly")
        fp = ctx.uniq(lambda: rs(r, "0123456789ABCDEF", 40))
        for msg in ["Rotate API credentials for %s" % ctx.sysname(r), "Remove old deploy key", "Release 2.%d" % r.randrange(9)]:
            sha = prov27.short_sha(ctx, r)
            d.neg("commit %s" % sha, sha, "git-sha")
            d.add("gpg: Signature made %s UTC" % ctx.stamp(rng=r).replace("T", " "),
                  "gpg:                using EDDSA key %s" % fp, 'gpg: Good signature from "Release bot <release@%s>"'
                  % ctx.domain, "", "    " + msg, "")
        return [d]
    if kind == "git-crypt":
        d = Doc("%s/docs/git-crypt-status.txt" % ctx.dir, "negonly")
        d.add("$ cat .gitattributes", "secrets/** filter=git-crypt diff=git-crypt", "*.key filter=git-crypt diff=git-crypt",
              "", "$ git-crypt status -e", "    encrypted: secrets/prod.env", "    encrypted: secrets/tls.key", "",
              "$ ls .git-crypt/keys/default/0/")
        fp = ctx.uniq(lambda: rs(r, "0123456789ABCDEF", 40))
        d.neg("%s.gpg" % fp, fp, "gpg-fingerprint")
        return [d]
    if kind == "webauthn":
        d = Doc("%s/auth/passkeys-export.json" % ctx.dir, "negonly", fmt="json")
        d.add("[")
        for i in range(2):
            k = keys27.Key("p256", r)
            cid = ctx.uniq(lambda: b64u(bytes(r.randrange(256) for _ in range(32))))
            pub = b64u(k.spki())
            d.add("  {")
            d.neg('    "credentialId": "%s",' % cid, cid, "webauthn-credential-id")
            d.neg('    "publicKey": "%s",' % pub, pub, "public-key")
            d.add('    "signCount": %d,' % r.randrange(300), '    "user": "%s"' % ctx.person(r).email,
                  "  }" + ("," if i == 0 else ""))
        d.add("]")
        return [d]
    if kind == "age-armored":
        d = Doc("%s/secrets/prod.env.age" % ctx.dir, "negonly")
        raw = b"age-encryption.org/v1\n-> X25519 " + rs(r, B64.replace("+", "").replace("/", ""), 43).encode() + b"\n"
        raw += bytes(r.randrange(256) for _ in range(180))
        b = base64.b64encode(raw).decode()
        lines = [b[i:i + 64] for i in range(0, len(b), 64)]
        d.block(["-----BEGIN AGE ENCRYPTED FILE-----"] + lines + ["-----END AGE ENCRYPTED FILE-----"],
                "age-ciphertext", kind="negative")
        return [d]
    if kind == "pkce-doc":
        d = Doc("%s/docs/oauth-pkce.md" % ctx.dir, "negonly")
        d.add("# PKCE for the mobile app", "", "Worked example from RFC 7636, appendix B:", "")
        _fixed_or_plain(d, ctx, "    code_verifier  = dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
                        "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "documented-example")
        _fixed_or_plain(d, ctx, "    code_challenge = E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "documented-example")
        v = ctx.uniq(lambda: rs(r, ALNUM, 32))
        d.add("")
        d.neg("Our public client ID is `%s` (it is not a secret)." % v, v, "oauth-client-id")
        return [d]
    if kind == "test-fixtures":
        d = Doc("%s/tests/fixtures/test_tokens.py" % ctx.dir, "negonly")
        bad = prov27.bad_checksum_pat(ctx, r)
        d.add('"""Fixtures for the redaction tests. None of these is a real credential."""', "")
        d.neg('FAKE_GITHUB_TOKEN = "%s"  # checksum deliberately wrong' % bad, bad, "bad-checksum-fixture")
        v = ctx.uniq(lambda: "dummy-%s-password-%d" % (ctx.t["users"][r.randrange(6)], r.randrange(100)))
        d.neg('DUMMY_PASSWORD = "%s"' % v, v, "test-fixture")
        v = ctx.uniq(lambda: "test_" + rs(r, LOWER, 6) + "_not_a_real_key")
        d.neg('FAKE_API_KEY = "%s"' % v, v, "test-fixture")
        return [d]
    if kind == "policy-page":
        d = Doc("%s/docs/security-policy.md" % ctx.dir, "negonly")
        d.add("# %s" % ctx.org, "")
        for key in ["policy", "nopw", "warn"]:
            s = ctx.phrase(key)
            _fixed_or_plain(d, ctx, "* " + s, s, "policy-sentence")
        s = ctx.phrase("policy", english=True)
        _fixed_or_plain(d, ctx, "* " + s, s, "policy-sentence")
        return [d]
    if kind == "swagger":
        d = Doc("%s/api/swagger.yaml" % ctx.dir, "negonly")
        d.add('swagger: "2.0"', "info:", "  title: %s API" % ctx.org, '  version: "1.4"', "securityDefinitions:",
              "  ApiKeyAuth:", "    type: apiKey", "    in: header", "    name: X-API-Key", "paths:", "  /orders:",
              "    get:", "      parameters:", "        - name: X-API-Key", "          in: header")
        v = ctx.uniq(lambda: "<your-api-key-%d>" % r.randrange(100))
        d.neg("          x-example: %s" % v, v, "placeholder")
        d.add("      responses:", "        '200':", "          description: OK", "          examples:",
              "            application/json:")
        v = ctx.uniq(lambda: "tok_" + "0" * r.randrange(16, 28))
        d.neg('              {"id": 1, "token": "%s"}' % v, v, "placeholder")
        return [d]
    if kind == "helm-existing-secret":
        d = Doc("%s/charts/web/values.yaml" % ctx.dir, "negonly")
        d.add("postgresql:", "  auth:", "    username: web")
        _fixed_or_plain(d, ctx, '    password: ""  # set through existingSecret', 'password: ""', "empty-value")
        d.neg("    existingSecret: web-postgresql-%s" % ctx.t["hosts"][0], "web-postgresql-%s" % ctx.t["hosts"][0],
              "secret-reference")
        d.add("    secretKeys:", "      userPasswordKey: password")
        v = ctx.sha256(r)
        d.neg('  imageDigest: "sha256:%s"' % v, v, "image-digest")
        return [d]
    if kind == "known-hosts":
        d = Doc("%s/deploy/known_hosts" % ctx.dir, "negonly")
        for _ in range(2):
            k = keys27.Key(r.choice(["ed25519", "p256"]), r)
            salt = b64u(bytes(r.randrange(256) for _ in range(20))) + "="
            hsh = base64.b64encode(bytes(r.randrange(256) for _ in range(20))).decode()
            pub = k.openssh_pub().rsplit(" ", 1)[0]
            d.neg("|1|%s|%s %s" % (salt, hsh, pub), pub.split()[1], "ssh-host-public-key")
        return [d]
    # csr
    k = keys27.Key("ed25519", r)
    name = keys27._name("portal.%s" % ctx.domain, ctx.org, ctx.t["tld"][-2:].upper())
    info = keys27.seq(keys27.der_int(0), name, k.spki(), keys27.ctx(0, b""))
    alg, sig = keys27.sign(k, info, r)
    lines = keys27.pem("CERTIFICATE REQUEST", keys27.seq(info, alg, keys27.bitstr(sig)))
    d = Doc("%s/tls/portal.csr" % ctx.dir, "negonly")
    d.block(lines, "certificate-request", kind="negative", check={"format": "csr"})
    return [d]
