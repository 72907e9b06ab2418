"""Negative-only files: lock files and digests, logs full of identifiers, encrypted values, hashes, public
material, placeholders and password-related UI strings."""

import base64
import hashlib
import json

import keys23
import prov23
import vals23
from core23 import Doc


def _b64(r, n):
    return vals23.b64_bytes(r, n)


def n_docker_digests(c):
    r = c.rng
    d = Doc("ops/notes/docker-images-digests.txt")
    d.t("$ docker images --digests --format 'table {{.Repository}}\\t{{.Tag}}\\t{{.Digest}}\\t{{.ID}}'",
        "REPOSITORY                         TAG       DIGEST                                                                    IMAGE ID")
    for name in r.sample(["postgres", "valkey/valkey", "nginx", "grafana/grafana", "registry.%s/%s-api" % (c.idomain, c.slug),
                          "eclipse-temurin", "python"], 4):
        dg = "sha256:" + vals23.sha256_hex(r)
        d.n("%-34s %-9s %s   %s" % (name, r.choice(["16", "latest", "8.0", "1.27", "3.12-slim"]), dg, vals23.hexs(r, 12)),
            dg, "container-image-digest")
    return [d]


def n_journal(c):
    r = c.rng
    d = Doc("ops/logs/journal-%s.txt" % c.rng.choice(c.theme["hosts"]))
    h = c.host().split(".")[0]
    boot = vals23.hexs(r, 32)
    d.n("-- Boot %s --" % boot, boot, "systemd-boot-id")
    for _ in range(2):
        sid = "c%d" % r.randint(10, 999)
        d.t("Jun 12 07:%02d:%02d %s systemd-logind[812]: New session %s of user %s." % (
            r.randint(0, 59), r.randint(0, 59), h, sid, c.handle()))
    rid = vals23.uuid4(r)
    d.n("Jun 12 07:41:07 %s app[2211]: request_id=%s path=/api/v1/sync status=200 duration_ms=41" % (h, rid), rid,
        "request-id")
    tp = "00-%s-%s-01" % (vals23.hexs(r, 32), vals23.hexs(r, 16))
    d.n("Jun 12 07:41:09 %s app[2211]: traceparent=%s upstream=%s" % (h, tp, c.host()), tp, "trace-id")
    sess = vals23.hexs(r, 32)
    d.n("Jun 12 07:42:15 %s app[2211]: session %s expired (idle 30m), user %s logged out" % (h, sess, c.handle()), sess,
        "expired-session-id-in-log")
    d.t("Jun 12 07:42:16 %s sshd[3310]: Accepted publickey for deploy from %s port 52211 ssh2: ED25519 SHA256:%s" % (
        h, c.ip(), vals23.b64_bytes(r, 32, pad=False)))
    return [d]


def n_signing_report(c):
    r = c.rng
    d = Doc("mobile/android/signingReport.txt")
    d.t("> Task :app:signingReport", "Variant: release", "Config: release",
        "Store: /home/ci/keystores/%s-release.jks" % c.slug, "Alias: upload")
    md5 = ":".join("%02X" % r.randrange(256) for _ in range(16))
    d.n("MD5: " + md5, md5, "certificate-fingerprint")
    sha1 = ":".join("%02X" % r.randrange(256) for _ in range(20))
    d.n("SHA1: " + sha1, sha1, "certificate-fingerprint")
    s256 = ":".join("%02X" % r.randrange(256) for _ in range(32))
    d.n("SHA-256: " + s256, s256, "certificate-fingerprint")
    d.t("Valid until: Friday, 14 March 2053", "----------")
    d.n("Store password: (set in ~/.gradle/gradle.properties as RELEASE_STORE_PASSWORD)",
        "RELEASE_STORE_PASSWORD", "property-reference")
    return [d]


def n_vault_audit(c):
    r = c.rng
    d = Doc("ops/vault/audit.log.jsonl")
    for _ in range(3):
        h = "hmac-sha256:" + vals23.sha256_hex(r)
        rec = {"time": "2025-06-12T0%d:%02d:11.%06dZ" % (r.randint(1, 9), r.randint(0, 59), r.randint(0, 999999)),
               "type": "response",
               "auth": {"client_token": h, "accessor": "hmac-sha256:" + vals23.sha256_hex(r),
                        "display_name": "approle-" + c.rng.choice(c.theme["users"]), "policies": ["default", c.slug]},
               "request": {"id": vals23.uuid4(r), "operation": "read", "path": "secret/data/%s/db" % c.slug}}
        d.n(json.dumps(rec, separators=(",", ":")), h, "vault-audit-hmac")
    return [d]


def n_reflog(c):
    r = c.rng
    d = Doc("ops/notes/git-reflog.txt")
    d.t("$ git reflog -6")
    for i, msg in enumerate(["commit: rotate db credentials via vault", "checkout: moving from main to hotfix/%s" % c.slug,
                             "pull --rebase: fast-forward", "commit (amend): remove hard-coded token", "reset: moving to HEAD~1"]):
        sha = vals23.git_sha(r)[:r.choice([7, 9, 40])]
        d.n("%s HEAD@{%d}: %s" % (sha, i, msg), sha, "git-commit-sha")
    return [d]


def n_kubectl_pod(c):
    r = c.rng
    d = Doc("ops/k8s/pod-%s.yaml" % c.rng.choice(c.theme["hosts"]))
    d.t("apiVersion: v1", "kind: Pod", "metadata:", "  name: %s-api-%s-%s" % (c.slug, vals23.rs(r, 10, vals23.LOWER_ALNUM),
                                                                        vals23.rs(r, 5, vals23.LOWER_ALNUM)),
        "  namespace: %s" % c.slug)
    u = vals23.uuid4(r)
    d.n("  uid: %s" % u, u, "kubernetes-uid")
    d.t("spec:", "  containers:", "  - name: api", "    env:", "    - name: DB_PASSWORD", "      valueFrom:",
        "        secretKeyRef:")
    d.n("          name: %s-db-credentials" % c.slug, "%s-db-credentials" % c.slug, "secret-key-ref")
    d.t("          key: password", "status:", "  containerStatuses:", "  - name: api")
    img = "sha256:" + vals23.sha256_hex(r)
    d.n("    imageID: registry.%s/%s-api@%s" % (c.idomain, c.slug, img), img, "container-image-digest")
    cid = vals23.sha256_hex(r)
    d.n("    containerID: containerd://%s" % cid, cid, "container-id")
    return [d]


def n_stack_lock(c):
    r = c.rng
    d = Doc("tools/report-gen/stack.yaml.lock")
    d.t("# This file was autogenerated by Stack.", "# You should not edit this file by hand.", "packages:")
    for pkg in r.sample(["aeson-2.2.3.0", "http-client-0.7.17", "postgresql-simple-0.7.0.0", "servant-0.20.2", "text-2.1.1"], 3):
        sha = vals23.sha256_hex(r)
        d.t("- completed:")
        d.n("    hackage: %s@sha256:%s,%d" % (pkg, sha, r.randint(1000, 9999)), sha, "lockfile-hash")
        d.t("  original:", "    hackage: %s" % pkg)
    return [d]


def n_bitwarden_export(c):
    r = c.rng

    def enc():
        return "2.%s|%s|%s" % (_b64(r, 16), _b64(r, r.choice([32, 48, 64])), _b64(r, 32))
    items = [enc() for _ in range(3)]
    d = Doc("it/exports/bitwarden_encrypted_export.json", fmt="json")
    d.t("{", '  "encrypted": true,', '  "passwordProtected": false,')
    d.n('  "encKeyValidation_DO_NOT_EDIT": "%s",' % items[0], items[0], "encrypted-value")
    d.t('  "folders": [],', '  "items": [')
    d.n('    {"id": "%s", "type": 1, "name": "%s",' % (vals23.uuid4(r), items[1]), items[1], "encrypted-value")
    d.n('     "login": {"username": "%s", "password": "%s"}}' % (enc(), items[2]), items[2], "encrypted-value")
    d.t("  ]", "}")
    return [d]


def n_certificate(c):
    r = c.rng
    cert = keys23.self_signed_cert(r, "mqtt.%s" % c.idomain, c.slug, 2024 + r.randint(0, 1))
    d = Doc("pki/broker/mqtt-broker.crt")
    d.block(cert, "x509-certificate", kind="negative")
    return [d]


PO_STRINGS = {
    "lt": ["Slaptažodis", "Pamiršote slaptažodį?", "Slaptažodis per trumpas", "Įveskite API raktą"],
    "lv": ["Parole", "Aizmirsāt paroli?", "Parole ir par īsu", "Ievadiet API atslēgu"],
    "sl": ["Geslo", "Ste pozabili geslo?", "Geslo je prekratko", "Vnesite API ključ"],
    "af": ["Wagwoord", "Wagwoord vergeet?", "Wagwoord is te kort", "Voer die API-sleutel in"],
    "sw": ["Nenosiri", "Umesahau nenosiri?", "Nenosiri ni fupi mno", "Weka ufunguo wa API"],
    "vi": ["Mật khẩu", "Quên mật khẩu?", "Mật khẩu quá ngắn", "Nhập API key"],
    "ms": ["Kata laluan", "Lupa kata laluan?", "Kata laluan terlalu pendek", "Masukkan kunci API"],
    "tl": ["Password", "Nakalimutan ang password?", "Masyadong maikli ang password", "Ilagay ang API key"],
    "uk": ["Пароль", "Забули пароль?", "Пароль закороткий", "Введіть API-ключ"],
    "ko": ["비밀번호", "비밀번호를 잊으셨나요?", "비밀번호가 너무 짧습니다", "API 키를 입력하세요"],
}
PO_IDS = ["Password", "Forgot your password?", "Password is too short", "Enter the API key"]


def n_gettext(c):
    code = c.theme["lang"]
    d = Doc("web/locale/%s/LC_MESSAGES/portal.po" % code)
    d.t('msgid ""', 'msgstr ""', '"Language: %s\\n"' % code, '"Content-Type: text/plain; charset=UTF-8\\n"', "")
    for i, (mid, ms) in enumerate(zip(PO_IDS, PO_STRINGS[code])):
        d.t("#: templates/login.html:%d" % (10 + 7 * i), 'msgid "%s"' % mid)
        d.n('msgstr "%s"' % ms, ms, "i18n-password-string")
        d.t("")
    d.lines.pop()
    return [d]


def n_xcstrings(c):
    code = c.theme["lang"]
    strs = PO_STRINGS[code]
    d = Doc("mobile/ios/Localizable.xcstrings", fmt="json")
    d.t("{", '  "sourceLanguage" : "en",', '  "strings" : {')
    for i, (mid, ms) in enumerate(zip(PO_IDS[:3], strs[:3])):
        d.t('    "%s" : {' % mid, '      "localizations" : {', '        "%s" : {' % code,
            '          "stringUnit" : {', '            "state" : "translated",')
        d.n('            "value" : "%s"' % ms, ms, "i18n-password-string")
        d.t("          }", "        }", "      }", "    }" + ("," if i < 2 else ""))
    d.t("  },", '  "version" : "1.0"', "}")
    return [d]


def n_sops_dotenv(c):
    r = c.rng
    d = Doc("deploy/secrets.enc.env")
    for k in ["DB_PASSWORD", "SMTP_PASSWORD", "API_SIGNING_KEY"]:
        v = "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (_b64(r, r.randint(12, 30)), _b64(r, 32), _b64(r, 16))
        d.n("%s=%s" % (k, v), v, "sops-encrypted-value")
    rec = prov23.age_recipient(r)
    d.n("sops_age__list_0__map_recipient=%s" % rec, rec, "age-recipient")
    d.t("sops_age__list_0__map_enc=-----BEGIN AGE ENCRYPTED FILE-----\\n%s\\n-----END AGE ENCRYPTED FILE-----\\n" % _b64(r, 180),
        "sops_lastmodified=2025-06-0%dT10:11:12Z" % r.randint(1, 9), "sops_mac=ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            _b64(r, 32), _b64(r, 32), _b64(r, 16)), "sops_version=3.9.1")
    return [d]


def n_vault_inline(c):
    r = c.rng
    d = Doc("ansible/group_vars/%s/vault_inline.yml" % c.slug)
    d.t("---", "db_user: app")
    d.n("db_password: !vault |", "!vault", "ansible-vault-inline")
    d.t("  $ANSIBLE_VAULT;1.1;AES256")
    for _ in range(5):
        d.t("  " + vals23.hexs(r, 80))
    d.n('smtp_password: "{{ lookup(\'community.hashi_vault.hashi_vault\', \'secret/data/smtp:password\') }}"',
        "lookup('community.hashi_vault.hashi_vault', 'secret/data/smtp:password')", "vault-lookup")
    return [d]


def n_shadow(c):
    r = c.rng
    d = Doc("ops/audit/shadow-excerpt.txt")
    d.t("# excerpt of /etc/shadow attached to the hardening audit (hashes only)")
    for u, gen in [("root", "yescrypt"), ("deploy", "sha512crypt"), (c.rng.choice(c.theme["users"]), "yescrypt")]:
        h = getattr(vals23, gen)(r)
        d.n("%s:%s:20%03d:0:99999:7:::" % (u, h, r.randint(100, 250)), h, "%s-hash" % gen)
    d.t("nobody:*:19000:0:99999:7:::")
    return [d]


def n_users_sql(c):
    r = c.rng
    d = Doc("db/dumps/portal_users.sql")
    d.t("-- portal users (password hashes only)", "INSERT INTO users (id, email, password_hash, created_at) VALUES")
    rows = [("argon2", vals23.argon2(r)), ("bcrypt", vals23.bcrypt(r)), ("pbkdf2", vals23.pbkdf2_django(r))]
    for i, (k, h) in enumerate(rows):
        d.n("  (%d, '%s', '%s', '2024-0%d-1%d')%s" % (i + 1, c.email(), h, r.randint(1, 9), r.randint(0, 9),
                                                 "," if i < 2 else ";"), h, "%s-hash" % k)
    return [d]


def n_asyncapi(c):
    d = Doc("docs/api/asyncapi.yaml")
    d.t("asyncapi: 3.0.0", "info:", "  title: %s events" % c.org, "  version: 1.4.0", "servers:", "  production:",
        "    host: mqtt.%s:8883" % c.domain, "    protocol: mqtts", "    security:",
        "      - $ref: '#/components/securitySchemes/userPassword'", "components:", "  securitySchemes:",
        "    userPassword:", "      type: userPassword", "      description: |",
        "        Connect with your device user, e.g.")
    d.n("        mosquitto_sub -u device-001 -P '<device-password>' -t 'telemetry/#'", "<device-password>", "placeholder")
    d.t("    apiKey:", "      type: httpApiKey", "      name: X-Api-Key", "      in: header")
    d.n("      x-example: YOUR_API_KEY_HERE", "YOUR_API_KEY_HERE", "placeholder")
    return [d]


def n_env_sample(c):
    r = c.rng
    d = Doc("services/%s/.env.sample" % c.rng.choice(c.theme["hosts"]))
    d.t("# copy to .env and fill in")
    d.n("DATABASE_URL=postgres://app:<password>@localhost:5432/app", "<password>", "placeholder")
    ph = r.choice(["your-api-key", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_WITH_TOKEN"])
    d.n("SMS_API_KEY=%s" % ph, ph, "placeholder")
    d.n("SMTP_PASSWORD=${SMTP_PASSWORD:?set me}", "${SMTP_PASSWORD:?set me}", "env-reference")
    d.n("JWT_SECRET=%(jwt_secret)s", "%(jwt_secret)s", "python-format-placeholder")
    pk = prov23.public_value(r, c, "stripe-pk")
    d.n("STRIPE_PUBLISHABLE_KEY=%s" % pk, pk, "stripe-publishable-key")
    d.t("LOG_LEVEL=info")
    return [d]


def n_rotation_report(c):
    r = c.rng
    d = Doc("security/key-rotation-%s.csv" % c.date()[:7])
    d.t("system,key_name,old_key_masked,new_key_fingerprint,rotated_by,rotated_at")
    for _ in range(3):
        shape = r.choice(["github-classic", "sendgrid", "stripe-sk", "slack-bot", "openai", "digitalocean"])
        masked = prov23.mask(prov23.SHAPES[shape][1](r, c))
        d.n("%s,%s,%s,SHA256:%s,%s,%s" % (c.sysname(), shape, masked, vals23.b64_bytes(r, 32, pad=False), c.handle(),
                                          c.date()), masked, "masked-key")
    return [d]


def n_cosign(c):
    r = c.rng
    d = Doc("release/cosign-verify.json", fmt="json")
    dig = "sha256:" + vals23.sha256_hex(r)
    d.t("[", "  {", '    "critical": {', '      "identity": {"docker-reference": "registry.%s/%s-api"},' % (c.idomain, c.slug))
    d.n('      "image": {"docker-manifest-digest": "%s"},' % dig, dig, "container-image-digest")
    d.t('      "type": "cosign container image signature"', "    },", '    "optional": {')
    lid = vals23.sha256_hex(r)
    d.n('      "Bundle": {"Payload": {"logIndex": %d, "logID": "%s"},' % (r.randint(10 ** 7, 10 ** 8), lid), lid, "transparency-log-id")
    sig = vals23.b64_bytes(r, 71)
    d.n('                 "SignedEntryTimestamp": "%s"}' % sig, sig, "signature-base64")
    d.t("    }", "  }", "]")
    return [d]


def n_aws_docs(c):
    d = Doc("docs/onboarding/aws-cli-setup.md")
    d.t("# AWS CLI setup", "", "Run `aws configure` and paste the keys from the onboarding e-mail. The AWS documentation",
        "uses these example values; they do not work:", "", "```")
    d.n("AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", "aws-docs-example")
    d.n("AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws-docs-example")
    d.t("Default region name [None]: eu-central-1", "```", "", "Stripe test mode in the sandbox uses the documented key:", "")
    d.n("    stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "stripe-docs-example")
    return [d]


def n_configmap_b64(c):
    r = c.rng
    d = Doc("k8s/configmaps/branding.yaml")
    d.t("apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: branding", "binaryData:")
    for name, text in [("motd.txt", "Welcome to %s (%s)\n" % (c.org, c.city)),
                       ("robots.txt", "User-agent: *\nDisallow: /admin/\n"),
                       ("feature-flags.json", json.dumps({"newDashboard": True, "beta": ["export", "sso"]}))]:
        b = base64.b64encode(text.encode()).decode()
        d.n("  %s: %s" % (name, b), b, "base64-of-non-secret")
    return [d]


NEGF = {
    "docker-digests": n_docker_digests, "journal": n_journal, "signing-report": n_signing_report,
    "vault-audit": n_vault_audit, "reflog": n_reflog, "kubectl-pod": n_kubectl_pod, "stack-lock": n_stack_lock,
    "bitwarden-export": n_bitwarden_export, "certificate": n_certificate, "gettext": n_gettext,
    "xcstrings": n_xcstrings, "sops-dotenv": n_sops_dotenv, "vault-inline": n_vault_inline, "shadow": n_shadow,
    "users-sql": n_users_sql, "asyncapi": n_asyncapi, "env-sample": n_env_sample, "rotation-report": n_rotation_report,
    "cosign": n_cosign, "aws-docs": n_aws_docs, "configmap-b64": n_configmap_b64,
}
