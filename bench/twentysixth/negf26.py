"""Files that hold only hard negatives: digests, placeholders, references, identifiers, public material,
documented examples, masked values, fixtures and i18n strings."""

import base64
import hashlib

import keys26
import prov26
from core26 import Doc, jq


def _b64sha512(ctx):
    return ctx.uniq(lambda: base64.b64encode(hashlib.sha512(ctx.rs(20).encode()).digest()).decode())


def lockfile(ctx):
    d = Doc("web/package-lock.json", fmt="json", role="neg-file")
    pk = [("axios", "1.7.%d" % ctx.r.randrange(2, 9)), ("zod", "3.23.%d" % ctx.r.randrange(1, 8)),
          ("dayjs", "1.11.%d" % ctx.r.randrange(10, 13))]
    d.add("{")
    d.add('  "name": "web",')
    d.add('  "lockfileVersion": 3,')
    d.add('  "packages": {')
    for i, (n, v) in enumerate(pk):
        d.add('    "node_modules/%s": {' % n)
        d.add('      "version": "%s",' % v)
        d.add('      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (n, n, v))
        h = "sha512-" + _b64sha512(ctx)
        d.neg('      "integrity": "%s"' % h, h, "lockfile-integrity")
        d.add("    }" + ("," if i < 2 else ""))
    d.add("  }")
    d.add("}")
    return d


def go_sum(ctx):
    d = Doc("agent/go.sum", role="neg-file")
    mods = [("github.com/eclipse/paho.mqtt.golang", "v1.4.3"), ("github.com/jackc/pgx/v5", "v5.6.0"),
            ("golang.org/x/crypto", "v0.%d.0" % ctx.r.randrange(20, 30))]
    for m, v in mods:
        h = ctx.uniq(lambda: "h1:" + base64.b64encode(hashlib.sha256(ctx.rs(16).encode()).digest()).decode())
        d.neg("%s %s %s" % (m, v, h), h, "go-sum-hash")
        d.add("%s %s/go.mod h1:%s" % (m, v, base64.b64encode(hashlib.sha256(ctx.rs(16).encode()).digest()).decode()))
    return d


def sha256sums(ctx):
    d = Doc("release/SHA256SUMS", role="neg-file")
    ver = "%d.%d.%d" % (ctx.r.randrange(1, 4), ctx.r.randrange(0, 12), ctx.r.randrange(0, 9))
    for f in ["agent-linux-amd64.tar.gz", "agent-linux-arm64.tar.gz", "agent-windows-amd64.zip"]:
        h = ctx.sha256()
        d.neg("%s  %s" % (h, f.replace("agent", "agent-" + ver)), h, "sha256-digest")
    return d


def env_example(ctx):
    d = Doc(".env.example", role="neg-file")
    d.add("# copy to .env and fill in; never commit the real file")
    opts = [("DB_PASSWORD", ctx.one(["changeme", "change-me", "CHANGE_ME", "ChangeMe", "changeme123", "change_me_please",
                                     "CHANGEME!", "changeit", "replace-me", "set-me", "todo-change", "please-change"])),
            ("API_KEY", ctx.one(["your-api-key", "your_api_key_here", "<your-api-key>", "YOUR_API_KEY", "your-key-here",
                                 "insert-api-key-here", "<api-key>", "api-key-goes-here", "YOUR_KEY_HERE",
                                 "<put-your-key>", "your-api-token", "REPLACE_WITH_API_KEY"])),
            ("SMTP_PASSWORD", "${%s}" % ctx.one(["SMTP_PASSWORD", "MAIL_PASSWORD", "SMTP_PASS:-", "EMAIL_PASSWORD",
                                                 "MAILER_PASSWORD", "SMTP_PW", "OUTBOUND_SMTP_PASSWORD", "SES_SMTP_PASSWORD",
                                                 "POSTFIX_RELAY_PASSWORD", "SMTP_AUTH_PASSWORD", "MAIL_PASS",
                                                 "NOTIFY_SMTP_PASSWORD"])),
            ("WEBHOOK_SECRET", ctx.one(["<token>", "<webhook-secret>", "<paste-secret-here>", "<secret>",
                                        "<signing-secret>", "<your-webhook-secret>", "<hmac-secret>", "<TOKEN>",
                                        "<generated-secret>", "<from-dashboard>", "<secret-from-vault>", "<fill-me>"])),
            ("JWT_SECRET", ctx.one(["x" * n for n in range(12, 48, 2)])),
            ("SESSION_SECRET", ctx.one(["{{ session_secret }}", "{{ .Values.sessionSecret }}", "{{SESSION_SECRET}}",
                                        "{{ vault_session_secret }}", "{{ secrets.SESSION_SECRET }}",
                                        "{{ env.SESSION_SECRET }}", "{{session.secret}}", "{{ app_session_key }}",
                                        "{{ .Env.SESSION_SECRET }}", "{{ lookup('env', 'SESSION_SECRET') }}",
                                        "{{ session_secret_key }}", "{{ cookie_secret }}"]))]
    for k, v in opts:
        d.neg("%s=%s" % (k, v), v, "placeholder")
    return d


def i18n(ctx):
    s = ctx.P["i18n"]
    lang = ctx.lang
    kind = ctx.r.choice(["po", "android", "json", "arb"])
    keys = ["password_prompt", "password_forgot", "password_wrong", "password_change", "token_expired"]
    if kind == "po":
        d = Doc("locale/%s/LC_MESSAGES/messages.po" % lang, role="neg-file")
        d.extend(['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: %s\\n"' % lang, ""])
        en = ctx.EN["i18n"]
        for e, t in zip(en, s):
            d.add('msgid "%s"' % e)
            d.neg('msgstr "%s"' % t, t, "i18n-string")
            d.add("")
    elif kind == "android":
        d = Doc("app/src/main/res/values-%s/strings.xml" % lang, fmt="xml", role="neg-file")
        d.add('<?xml version="1.0" encoding="utf-8"?>')
        d.add("<resources>")
        for k, t in zip(keys, s):
            d.neg('    <string name="%s">%s</string>' % (k, t.replace("'", "\\'")), t.replace("'", "\\'"), "i18n-string")
        d.add("</resources>")
    elif kind == "json":
        d = Doc("web/src/locales/%s.json" % lang, fmt="json", role="neg-file")
        d.add("{")
        for i, (k, t) in enumerate(zip(keys, s)):
            d.neg('  "auth.%s": %s%s' % (k, jq(t), "," if i < len(keys) - 1 else ""), t, "i18n-string")
        d.add("}")
    else:
        d = Doc("mobile/lib/l10n/app_%s.arb" % lang, fmt="json", role="neg-file")
        d.add("{")
        d.add('  "@@locale": "%s",' % lang)
        for i, (k, t) in enumerate(zip(keys, s)):
            d.neg('  "%s": %s%s' % ("".join(w.capitalize() if j else w for j, w in enumerate(k.split("_"))), jq(t),
                                    "," if i < len(keys) - 1 else ""), t, "i18n-string")
        d.add("}")
    for t in s:
        ctx.claim(t)
    return d


def k8s_refs(ctx):
    d = Doc("k8s/worker-deployment.yaml", role="neg-file")
    d.extend(["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: worker", "spec:", "  template:",
              "    metadata:", "      annotations:"])
    vp = ctx.uniq(lambda: "secret/data/%s/%s" % (ctx.slug, ctx.r.choice(["worker", "db", "api", "smtp"])))
    d.neg('        vault.hashicorp.com/agent-inject-secret-db: "%s"' % vp, vp, "vault-path")
    d.extend(["    spec:", "      containers:", "        - name: worker", "          env:",
              "            - name: DB_PASSWORD", "              valueFrom:", "                secretKeyRef:"])
    nm = ctx.uniq(lambda: "%s-%s-credentials" % (ctx.slug.split("-")[0], ctx.r.choice(["db", "pg", "mysql", "app"])))
    d.neg("                  name: %s" % nm, nm, "k8s-secret-reference")
    d.add("                  key: password")
    d.add("            - name: API_TOKEN")
    d.add("              valueFrom:")
    d.add("                secretKeyRef:")
    nm2 = ctx.uniq(lambda: "%s-%s" % (ctx.slug.split("-")[1] if "-" in ctx.slug else "api", ctx.r.choice(
        ["api-token", "external-api", "token", "integration"])))
    d.neg("                  name: %s" % nm2, nm2, "k8s-secret-reference")
    d.add("                  key: token")
    return d


def terraform_refs(ctx):
    d = Doc("infra/secrets.tf", role="neg-file")
    acct = ctx.r.randrange(10 ** 11, 10 ** 12)
    for nm in ["db-master", "smtp"]:
        arn = ctx.uniq(lambda: "arn:aws:secretsmanager:eu-west-1:%d:secret:%s/%s-%s" % (acct, ctx.slug, nm, ctx.rs(6)))
        d.add('data "aws_secretsmanager_secret_version" "%s" {' % nm.replace("-", "_"))
        d.neg('  secret_id = "%s"' % arn, arn, "secret-manager-arn")
        d.add("}")
        d.add("")
    kv = ctx.uniq(lambda: "https://kv-%s-%s.vault.azure.net/secrets/%s" % (ctx.slug.split("-")[0], ctx.rs(4, "abcdefghij0123456789"),
                                                                        ctx.r.choice(["SqlAdminPassword", "ApiKey"])))
    d.add('data "azurerm_key_vault_secret" "legacy" {')
    d.neg('  # migrated from %s' % kv, kv, "key-vault-reference")
    d.add('  name         = "SqlAdminPassword"')
    d.add("  key_vault_id = var.key_vault_id")
    d.add("}")
    return d


def fixtures(ctx):
    d = Doc("tests/fixtures/fake_credentials.py", role="neg-file")
    d.add('"""Dummy credentials for unit tests. NOT real - the checksum below is deliberately wrong."""')
    b = ctx.uniq(lambda: prov26.bad_checksum(ctx.r))
    d.neg('FAKE_GITHUB_TOKEN = "%s"  # bad CRC32, rejected by GitHub' % b, b, "bad-checksum-fixture")
    v = ctx.uniq(lambda: "dummy-" + ctx.rs(4, "abcdefghijklmnopqrstuvwxyz") + "-password")
    d.neg('DUMMY_DB_PASSWORD = "%s"' % v, v, "test-fixture")
    v = ctx.uniq(lambda: "test_" + "0" * 8 + ctx.rs(8, "0123456789"))
    d.neg('FAKE_API_KEY = "%s"  # all-zero test key' % v, v, "test-fixture")
    return d


def doc_examples(ctx, examples):
    d = Doc("docs/integrations-howto.md", role="neg-file")
    d.add("# Integration how-to")
    d.add("")
    d.add("The snippets below are copied from the providers' documentation. They are **examples**, not our keys.")
    d.add("")
    names = {"AKIA": "aws_access_key_id", "wJal": "aws_secret_access_key", "sk_t": "stripe.api_key",
             "pk_t": "publishableKey", "eyJh": "Authorization: Bearer", "eyJ0": "token", "Eby8": "AccountKey",
             "1234": "BOT_TOKEN", "ghp_": "GH_TOKEN", "key-": "api_key", "4242": "card_number", "+150": "from_number"}
    for cat, val, src in examples:
        d.add("From *%s*:" % src)
        d.add("")
        d.add("```")
        nm = names.get(val[:4], "example")
        d.neg(("%s %s" if nm.endswith(":") or nm.endswith("Bearer") else "%s = %s") % (nm, val), val, cat)
        d.add("```")
        d.add("")
    return d


def git_log(ctx):
    d = Doc("support/git_log_oneline.txt", role="neg-file")
    msgs = ["Rotate API credentials (values moved to the vault)", "Remove hard-coded SMTP password from config",
            "Bump dependencies", "Add retry to the sync job", "Use secretKeyRef for DB password"]
    for m in ctx.r.sample(msgs, 4):
        s = ctx.gitsha()
        d.neg("%s %s" % (s, m), s, "git-sha")
    return d


def orders_csv(ctx):
    d = Doc("exports/orders_%s.csv" % ctx.ds().replace("-", ""), role="neg-file")
    d.add("order_no,order_uuid,customer,qty,amount,currency")
    for i in range(4):
        on = ctx.uniq(lambda: "SO-%d-%06d" % (ctx.r.choice(ctx.years), ctx.r.randrange(10 ** 6)))
        u = ctx.uuid()
        if i % 2 == 0:
            d.neg("%s,%s,%s,%d,%.2f,USD" % (on, u, ctx.person().latin, ctx.r.randrange(1, 500), ctx.r.random() * 9000),
                  on, "order-number")
        else:
            d.neg("%s,%s,%s,%d,%.2f,USD" % (on, u, ctx.person().latin, ctx.r.randrange(1, 500), ctx.r.random() * 9000),
                  u, "uuid-identifier")
    return d


def mobaxterm_ini(ctx):
    d = Doc("home/MobaXterm/MobaXterm.ini", crlf=True, fmt=None, role="neg-file")
    d.add("[Misc]")
    d.add("PasswordsInRegistry=0")
    d.add("[Bookmarks]")
    d.add("SubRep=")
    d.add("ImgNum=42")
    d.add("%s=#109#0%%%s%%22%%%s%%%%-1%%-1%%%%%%%%22%%0%%0%%0%%%%%%-1%%0%%0%%0%%%%1080%%0%%0%%1" % (
        ctx.host("gw").split(".")[0], ctx.ip(), "admin"))
    d.add("[Passwords]")
    for _ in range(2):
        enc = ctx.uniq(lambda: base64.b64encode(bytes(ctx.r.getrandbits(8) for _ in range(ctx.r.choice([18, 24, 30])))).decode())
        d.neg("admin@%s=%s" % (ctx.ip(), enc), enc, "encrypted-blob")
    return d


def anydesk_conf(ctx):
    d = Doc("support/anydesk/system.conf", role="neg-file")
    d.add("ad.anynet.alias=%s" % ctx.host("ws").split(".")[0])
    aid = ctx.uniq(lambda: str(ctx.r.randrange(10 ** 8, 10 ** 10)))
    d.neg("ad.anynet.id=%s" % aid, aid, "remote-desktop-id")
    h = ctx.sha256()
    d.neg("ad.anynet.pwd_hash=%s" % h, h, "password-hash")
    d.add("ad.anynet.pwd_salt=%s" % ctx.hexs(32))
    d.add("ad.security.interactive_access=2")
    return d


def policy_doc(ctx):
    d = Doc("docs/%s.md" % ctx.r.choice(["security-policy", "access-rules", "it-rules"]), role="neg-file")
    d.add("# %s — %s" % (ctx.org_native, ctx.P["h_access"]))
    d.add("")
    for key, kw in [("policy", {"n": None}), ("policy2", {"sys": None, "d": None}), ("dont_post", {"sys": None})]:
        s = ctx.sentence(key, **kw)
        d.neg("- " + s, s, "policy-sentence")
    return d


def secrets_list(ctx):
    d = Doc("support/aws_secrets_list.json", fmt="json", role="neg-file")
    acct = ctx.r.randrange(10 ** 11, 10 ** 12)
    d.add("{")
    d.add('    "SecretList": [')
    names = ctx.r.sample(["prod/db/master", "prod/api/token", "prod/smtp", "prod/payments/webhook"], 3)
    for i, nm in enumerate(names):
        arn = ctx.uniq(lambda: "arn:aws:secretsmanager:eu-west-1:%d:secret:%s-%s" % (acct, nm, ctx.rs(6)))
        d.add("        {")
        d.neg('            "ARN": "%s",' % arn, arn, "secret-manager-arn")
        d.add('            "Name": "%s",' % nm)
        d.add('            "LastChangedDate": "%s.%03d000+00:00"' % (ctx.ts(), ctx.r.randrange(1000)))
        d.add("        }" + ("," if i < len(names) - 1 else ""))
    d.add("    ]")
    d.add("}")
    return d


def authorized_keys(ctx):
    d = Doc("ssh/authorized_keys", role="neg-file")
    for _ in range(2):
        k = keys26.new_key(ctx.r, ctx.r.choice(["ed25519", "p256"]))
        line = k.ssh_public(ctx.person().email)
        ctx.claim(line)
        d.neg(line, line, "ssh-public-key")
    return d


FIXED = [env_example, i18n]
OPTIONAL = [lockfile, go_sum, sha256sums, k8s_refs, terraform_refs, fixtures, git_log, orders_csv, mobaxterm_ini,
            anydesk_conf, policy_doc, secrets_list, authorized_keys]
