"""Negative-only files: things a careful reviewer would not call a leaked secret."""

import keys25 as K
import prov25
from core25 import Doc, b64, rand_str, rbytes, rhex
from lang25b import P

UI = {"ru": ("Пароль", "Показать пароль", "API-ключ"), "ar": ("كلمة المرور", "إظهار كلمة المرور", "مفتاح API"),
      "he": ("סיסמה", "הצג סיסמה", "מפתח API"), "fa": ("رمز عبور", "نمایش رمز", "کلید API"),
      "bn": ("পাসওয়ার্ড", "পাসওয়ার্ড দেখান", "API কী"), "ta": ("கடவுச்சொல்", "கடவுச்சொல்லைக் காட்டு", "API சாவி"),
      "hy": ("Գաղտնաբառ", "Ցույց տալ գաղտնաբառը", "API բանալի"), "bg": ("Парола", "Покажи паролата", "API ключ"),
      "kk": ("Құпиясөз", "Құпиясөзді көрсету", "API кілті"), "ga": ("Pasfhocal", "Taispeáin an pasfhocal", "Eochair API")}


def xcstrings(c):
    d = Doc("%s/mobile/app/Localizable.xcstrings" % c.dir, fmt="json")
    ui = UI[c.lang]
    d.add("{", '  "sourceLanguage" : "en",', '  "strings" : {')
    keys = [("Password", ui[0]), ("Show password", ui[1]), ("API key", ui[2])]
    for i, (en, tr) in enumerate(keys):
        d.add('    "%s" : {' % en, '      "localizations" : {', '        "%s" : {' % c.lang,
              '          "stringUnit" : {', '            "state" : "translated",')
        d.n('            "value" : "%s"' % tr, tr, "i18n-string")
        d.add("          }", "        }", "      }", "    }" + ("," if i < len(keys) - 1 else ""))
    d.add("  },", '  "version" : "1.0"', "}")
    return [d]


def tmx(c):
    d = Doc("%s/docs/i18n/security-notices.tmx" % c.dir, fmt="xml")
    d.add('<?xml version="1.0" encoding="UTF-8"?>', '<tmx version="1.4">',
          '  <header creationtool="OmegaT" datatype="plaintext" segtype="sentence" adminlang="en" srclang="en" o-tmf="OmegaT"/>',
          "  <body>")
    for key in ("policy", "nochat"):
        d.add("    <tu>", '      <tuv xml:lang="en"><seg>%s</seg></tuv>' % P["en"][key])
        d.n('      <tuv xml:lang="%s"><seg>%s</seg></tuv>' % (c.lang, P[c.lang][key]), P[c.lang][key], "password-policy-sentence")
        d.add("    </tu>")
    d.add("  </body>", "</tmx>")
    return [d]


def allowed_signers(c):
    d = Doc("%s/dev/git/allowed_signers" % c.dir)
    for p in c.people[:3]:
        k = K.ed_key(c.r)
        pub = K.ssh_pub(k, "")[:-1]
        d.n('%s namespaces="git" %s' % (p["email"], pub), pub.split()[1], "ssh-public-key")
    g = Doc("%s/dev/git/gitconfig-signing" % c.dir)
    g.add("[gpg]", "\tformat = ssh", '[gpg "ssh"]', "\tallowedSignersFile = ~/.config/git/allowed_signers", "[commit]", "\tgpgsign = true")
    return [d, g]


def csr(c):
    k = K.ed_key(c.r)
    cn = "gateway." + c.domain
    name = K.d_seq(K.tlv(0x31, K.d_seq(K.d_oid("2.5.4.3"), K.tlv(0x0C, cn.encode()))))
    info = K.d_seq(K.d_int(0), name, K.ed_spki(k), b"\xa0\x00")
    der = K.d_seq(info, K.d_seq(K.d_oid(K.OID_ED)), K.d_bits(K.ed_sign(k["seed"], info)))
    body = K.pem("CERTIFICATE REQUEST", der)
    d = Doc("%s/certs/requests/%s.csr" % (c.dir, cn))
    it = d.block(body, body, "negative", "certificate-signing-request")
    it["check"] = {"format": "csr"}
    return [d]


def gh_auth_status(c):
    d = Doc("%s/support/gh-auth-status.txt" % c.dir)
    d.add("$ gh auth status", "github.com", "  ✓ Logged in to github.com account %s-ops (keyring)" % c.slug.split("-")[0],
          "  - Active account: true", "  - Git operations protocol: https")
    d.n("  - Token: gho_************************************", "gho_************************************", "masked-token")
    d.add("  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'", "$ glab auth status", "gitlab.%s" % c.domain,
          "  ✓ Logged in to gitlab.%s as ops-bot (/home/ops/.config/glab-cli/config.yml)" % c.domain)
    d.n("  ✓ Token found: **************************", "**************************", "masked-token")
    return [d]


def pg_authid(c):
    d = Doc("%s/dba/audit/pg_authid.csv" % c.dir)
    d.add("rolname,rolsuper,rolcanlogin,rolpassword")
    for role in ("postgres", "app_rw", "report_ro", "replicator"):
        v = "SCRAM-SHA-256$4096:%s$%s:%s" % (b64(rbytes(c.r, 16)), b64(rbytes(c.r, 32)), b64(rbytes(c.r, 32)))
        d.n("%s,%s,t,%s" % (role, "t" if role == "postgres" else "f", v), v, "scram-verifier")
    return [d]


def mysql_users(c):
    d = Doc("%s/dba/audit/mysql-users.txt" % c.dir)
    d.add("mysql> SELECT user, host, plugin, authentication_string FROM mysql.user;",
          "+---------------+-----------+-----------------------+-------------------------------------------+")
    for user in ("root", "erp", "backup"):
        h = "*" + rhex(c.r, 40).upper()
        d.n("| %-13s | %-9s | mysql_native_password | %s |" % (user, "localhost" if user == "root" else "10.%", h), h, "mysql-password-hash")
    d.add("+---------------+-----------+-----------------------+-------------------------------------------+",
          "3 rows in set (0.00 sec)")
    return [d]


def pbxproj(c):
    d = Doc("%s/mobile/ios/App.xcodeproj/project.pbxproj" % c.dir)
    d.add("// !$*UTF8*$!", "{", "\tarchiveVersion = 1;", "\tobjectVersion = 56;", "\tobjects = {")
    for name in ("AppDelegate.swift", "ContentView.swift", "Assets.xcassets"):
        oid = rhex(c.r, 24).upper()
        d.n("\t\t%s /* %s in Sources */ = {isa = PBXBuildFile; fileRef = %s /* %s */; };" % (oid, name, rhex(c.r, 24).upper(), name),
            oid, "xcode-object-id")
    team = rand_str(c.r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    d.n("\t\t\t\tDEVELOPMENT_TEAM = %s;" % team, team, "apple-team-id")
    d.add("\t\t\t\tPRODUCT_BUNDLE_IDENTIFIER = com.%s.app;" % c.slug.replace("-", ""), "\t};", "}")
    return [d]


def terraform_output(c):
    d = Doc("%s/infra/terraform/output.txt" % c.dir)
    d.add("$ terraform output")
    d.n('db_admin_password = <sensitive>', "<sensitive>", "redacted-output")
    arn = "arn:aws:iam::%012d:role/%s-deploy" % (c.r.randint(10 ** 11, 10 ** 12 - 1), c.slug)
    d.n('deploy_role_arn = "%s"' % arn, arn, "aws-arn")
    vpc = "vpc-" + rhex(c.r, 17)
    d.n('vpc_id = "%s"' % vpc, vpc, "cloud-resource-id")
    d.n('kms_key_id = "%s"' % (u := c.uuid()), u, "cloud-resource-id")
    return [d]


def revoked_register(c):
    d = Doc("%s/security/credential-rotation-register.md" % c.dir)
    d.add("# Credential rotation register", "", "Old values are kept for incident correlation only. All of them are revoked.", "",
          "| date | system | old value | status |", "|---|---|---|---|")
    for shape in c.r.sample(["github-pat", "gitlab-pat", "slack-bot", "sendgrid", "openai", "stripe"], 2):
        v, cat, _ = c.tok(shape)
        day = c.date()
        d.n("| %s | %s | `%s` | REVOKED %s, replaced the same day |" % (day, cat, v, day), v, "revoked-credential")
    pw = c.pw()
    d.n("| %s | NAS admin | `%s` | ROTATED, old password disabled |" % (c.date(), pw), pw, "rotated-password")
    return [d]


def fixtures(c):
    d = Doc("%s/tests/fixtures/scanner_cases.py" % c.dir)
    d.add('"""Strings the log redactor must leave alone: checksum-broken tokens and documented examples."""', "")
    d.n('BROKEN_GHP = "%s"' % (v := c.neg(lambda: prov25.bad_checksum(c.r, "ghp_"))), v, "bad-checksum")
    d.n('BROKEN_NPM = "%s"' % (v := c.neg(lambda: prov25.bad_checksum(c.r, "npm_"))), v, "bad-checksum")
    for val, cat in c.r.sample(prov25.DOC_EXAMPLES, 3):
        d.n('%s = "%s"' % (cat.upper().replace("-", "_"), val), val, cat)
    return [d]


def template_refs(c):
    d = Doc("%s/deploy/render-secrets.sh" % c.dir)
    d.add("#!/bin/bash", "# render runtime secrets into tmpfs; nothing here is a value", "set -euo pipefail")
    refs = [("DB_PASSWORD=$(op read \"op://%s/erp-db/password\")" % c.slug, "op://%s/erp-db/password" % c.slug),
            ("SMTP_PASSWORD=$(gopass show -o ops/smtp/%s)" % c.slug, "gopass show -o ops/smtp/%s" % c.slug),
            ("NAS_PASSWORD=$(secret-tool lookup service nas user backup)", "secret-tool lookup service nas user backup"),
            ("API_TOKEN=$(aws ssm get-parameter --with-decryption --name /%s/api/token --query Parameter.Value --output text)"
             % c.slug, "/%s/api/token" % c.slug),
            ("SIGNING_KEY=$(gcloud secrets versions access latest --secret=signing-key)", "--secret=signing-key"),
            ("LDAP_BIND=$(az keyvault secret show --vault-name kv-%s --name ldap-bind --query value -o tsv)" % c.slug[:10],
             "--name ldap-bind")]
    for line, ref in c.r.sample(refs, 4):
        d.n(line, ref, "secret-manager-reference")
    d.add("envsubst < app.env.tmpl > /run/app/app.env")
    return [d]


def placeholders(c):
    d = Doc("%s/webshop/.env.dist" % c.dir)
    d.add("# copy to .env.local and fill in")
    for line, v in c.r.sample([("DATABASE_PASSWORD=CHANGE_ME", "CHANGE_ME"), ("MAILER_PASSWORD=<your-smtp-password>", "<your-smtp-password>"),
                               ("PAYMENT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxx", "xxxxxxxxxxxxxxxxxxxxxxxx"),
                               ("MAPS_API_KEY=REPLACE_WITH_REAL_KEY", "REPLACE_WITH_REAL_KEY"),
                               ("JWT_SECRET=${JWT_SECRET:?must be set}", "${JWT_SECRET:?must be set}"),
                               ("ADMIN_PASSWORD=password123  # local docker only, see README", "password123")], 5):
        d.n(line, v, "placeholder")
    return [d]


def asset_ids(c):
    d = Doc("%s/it/inventory/devices.csv" % c.dir)
    d.add("asset;type;serial;mac;imei;uuid")
    for i in range(4):
        serial = rand_str(c.r, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
        mac = ":".join(rhex(c.r, 2) for _ in range(6))
        imei = "35%013d" % c.r.randint(0, 10 ** 13 - 1)
        d.n("A-%04d;%s;%s;%s;%s;%s" % (c.r.randint(1, 9999), c.r.choice(["tablet", "router", "scanner", "laptop"]), serial, mac, imei,
                                         c.uuid()), serial, "device-identifiers")
    return [d]


KINDS = {f.__name__: f for f in [xcstrings, tmx, allowed_signers, csr, gh_auth_status, pg_authid, mysql_users, pbxproj,
                                  terraform_output, revoked_register, fixtures, template_refs, placeholders, asset_ids]}
ALWAYS = ["fixtures", "revoked_register"]
