"""Second layer, part 4: files that hold only negatives (14 kinds)."""
import base64
import json

import keys17 as K
import neg17 as NG
import prov17 as PV
import vals17 as V

KINDS = ["lockfile", "applog", "i18n", "fixtures", "checksums", "encrypted", "known-hosts", "openapi", "readme-examples",
         "changelog", "tfplan", "ca-bundle", "postman-env", "sarif-report", "password-hashes"]


def neg_file(t, kind, idx):
    r = t.r
    L = t.V["layer"]
    svc = t.V["integrations"][idx % len(t.V["integrations"])]
    if kind == "lockfile":
        sub = r.choice(["npm", "poetry", "gosum", "cargo", "tflock"])
        if sub == "npm":
            pk = ["lodash", "axios", "express", "dayjs", "zod", "pino"]
            body = ",\n".join('    "node_modules/%s": {\n      "version": "%d.%d.%d",\n      "resolved": "https://registry.npmjs.org/%s/-/%s.tgz",\n'
                              '      "integrity": "%s"\n    }' % (p, r.randint(1, 5), r.randint(0, 20), r.randint(0, 9), p, p, t.ident("sri")) for p in pk)
            t.f("%s/%s/package-lock.json" % (L, svc), '{\n  "name": "%s",\n  "lockfileVersion": 3,\n  "packages": {\n%s\n  }\n}' % (svc, body))
        elif sub == "poetry":
            pk = ["requests", "urllib3", "pydantic", "sqlalchemy", "httpx"]
            t.f("%s/%s/poetry.lock" % (L, svc), "\n\n".join('[[package]]\nname = "%s"\nversion = "2.%d.0"\nfiles = [\n    {file = "%s-2.%d.0-py3-none-any.whl", hash = "sha256:%s"},\n]' % (
                p, i, p, i, t.N(V.sha256hex(r), "digest-sha256")) for i, p in enumerate(pk)))
        elif sub == "gosum":
            mods = ["github.com/google/uuid v1.6.0", "golang.org/x/crypto v0.31.0", "github.com/spf13/cobra v1.8.1", "go.uber.org/zap v1.27.0"]
            t.f("%s/%s/go.sum" % (L, svc), "\n".join("%s h1:%s" % (m, t.N(V.b64(r, 32), "go-sum-hash")) for m in mods))
        elif sub == "cargo":
            pk = ["serde", "tokio", "anyhow", "regex", "clap"]
            t.f("%s/%s/Cargo.lock" % (L, svc), "version = 3\n\n" + "\n\n".join('[[package]]\nname = "%s"\nversion = "1.%d.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"' % (
                p, i, t.N(V.sha256hex(r), "cargo-checksum")) for i, p in enumerate(pk)))
        else:
            t.f("%s/terraform/.terraform.lock.hcl" % L, "provider \"registry.terraform.io/hashicorp/aws\" {\n  version = \"5.82.0\"\n  hashes = [\n%s\n  ]\n}" % "\n".join(
                "    \"%s\"," % (t.N("h1:" + V.b64(r, 32), "tf-lock-hash") if i == 0 else t.N("zh:" + V.sha256hex(r), "tf-lock-hash")) for i in range(5)))
    elif kind == "applog":
        lines = []
        for i in range(8):
            ts = "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))
            which = i % 4
            if which == 0:
                lines.append('{"ts":"%s","level":"info","msg":"request done","request_id":"%s","status":200}' % (ts, t.ident("request-id")))
            elif which == 1:
                lines.append('{"ts":"%s","level":"debug","msg":"outbound call","trace_id":"%s","auth":"Bearer %s"}' % (ts, V.hexs(r, 32), t.masked()))
            elif which == 2:
                lines.append('{"ts":"%s","level":"info","msg":"session created","session":"%s","user":"%s"}' % (ts, t.ident("session-id"), t.person().handle))
            else:
                lines.append('{"ts":"%s","level":"warn","msg":"db reconnect","dsn":"postgres://%s:%s@%s/%s"}' % (
                    ts, t.V["db"], t.N("*****", "masked"), t.host(t.V["hosts"][0]), t.V["db"]))
        t.f("%s/logs/%s-%d.log" % (L, svc, r.randint(1, 9)), "\n".join(lines))
    elif kind == "i18n":
        langs = sorted(set([t.lang, "en", r.choice(sorted(NG.I18N))]))
        for lg in langs:
            msgs = NG.I18N[lg]
            keys = ["auth.forgot", "auth.password_rule", "settings.api_key_hint", "session.expired", "settings.secret_hint"]
            t.f("%s/%s/locales/%s.json" % (L, svc, lg), "{\n%s\n}" % ",\n".join('  "%s": "%s"' % (k, t.N(m, "i18n-string")) for k, m in zip(keys, msgs)))
    elif kind == "fixtures":
        t.f("%s/%s/tests/fixtures/tokens.py" % (L, svc), "\"\"\"Fake credentials for the parser tests. None of these work.\"\"\"\n\n"
            "BROKEN_CHECKSUM_PAT = \"%s\"\nBROKEN_NPM = \"%s\"\nDOC_AWS_KEY = \"%s\"\nDOC_AWS_SECRET = \"%s\"\nDOC_STRIPE = \"%s\"\n"
            "JWT_IO = \"%s\"\nPLACEHOLDER = \"%s\"\n" % (
                t.N(V.crc_broken(r, "ghp_"), "checksum-broken-github"), t.N(V.crc_broken(r, "npm_"), "checksum-broken-npm"),
                t.doc("aws-doc-key-id"), t.doc("aws-doc-secret"), t.doc("stripe-doc-test"), t.doc("jwt-io-example"),
                t.N(PV.prefix_placeholder(r, "slack-bot"), "placeholder-vendor-prefix")))
    elif kind == "checksums":
        files = ["%s-%s-linux-amd64.tar.gz" % (svc, "1.%d.%d" % (r.randint(0, 9), r.randint(0, 20))), "%s-windows.zip" % svc, "%s.sbom.json" % svc,
                 "%s-arm64.tar.gz" % svc]
        t.f("%s/release/SHA256SUMS" % L, "\n".join("%s  %s" % (t.N(V.sha256hex(r), "digest-sha256"), f) for f in files))
        t.f("%s/release/MD5SUMS" % L, "\n".join("%s  %s" % (t.N(V.hexs(r, 32), "digest-md5"), f) for f in files[:2]))
    elif kind == "encrypted":
        sub = r.choice(["sops", "sealed", "ansible"])
        if sub == "sops":
            t.f("%s/secrets/%s.enc.yaml" % (L, svc), "db_password: %s\napi_key: %s\nsops:\n    age:\n        - recipient: %s\n    lastmodified: \"2025-05-02T10:11:12Z\"\n    mac: %s\n    version: 3.9.1" % (
                t.N(NG.ref(r, "x", "sops"), "sops-encrypted"), t.N(NG.ref(r, "y", "sops"), "sops-encrypted"),
                t.N("age1" + V.rs(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), "age-recipient"), t.N(NG.ref(r, "m", "sops"), "sops-mac")))
        elif sub == "sealed":
            t.f("%s/k8s/%s-sealed.yaml" % (L, svc), "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: %s\nspec:\n  encryptedData:\n"
                "    DB_PASSWORD: %s\n    API_TOKEN: %s" % (svc, t.N("AgB" + V.b64(r, 300), "sealed-secret"), t.N("AgA" + V.b64(r, 280), "sealed-secret")))
        else:
            body = "\n".join("          " + V.hexs(r, 80) for _ in range(5))
            t.f("%s/ansible/group_vars/%s/vault.yml" % (L, svc), "---\nvault_db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n%s\nvault_api_user: svc_%s" % (
                t.N(body, "ansible-vault"), svc.replace("-", "_")))
    elif kind == "known-hosts":
        ks = [t.key(r.choice(["EC", "OKP"])) for _ in range(3)]
        t.f("%s/ssh/known_hosts" % L, "\n".join("%s %s" % (t.host(h), t.N(K.ssh_pub_line(k, "").strip(), "ssh-public-key")) for h, k in zip(t.V["hosts"], ks)))
        t.f("%s/ssh/authorized_keys" % L, "\n".join(t.N(K.ssh_pub_line(k, p.email), "ssh-public-key") for k, p in zip(ks, t.people)))
    elif kind == "openapi":
        t.f("%s/%s/openapi.yaml" % (L, svc), "openapi: 3.0.3\ninfo:\n  title: %s API\n  version: 2.1.0\ncomponents:\n  securitySchemes:\n    apiKey:\n      type: apiKey\n"
            "      in: header\n      name: X-Api-Key\n  schemas:\n    Login:\n      properties:\n        password:\n          type: string\n          example: %s\n"
            "        token:\n          type: string\n          example: %s\n    Device:\n      properties:\n        id:\n          example: %s\n" % (
                svc, t.N("correct-horse-battery-staple", "doc-example-password"), t.N("<access-token>", "placeholder"), t.ident("uuid")))
    elif kind == "readme-examples":
        t.f("%s/%s/docs/CONFIGURATION.md" % (L, svc), "# Configuration\n\nSet these in your shell, never in the repo:\n\n```bash\nexport AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\n"
            "export API_TOKEN=%s\n```\n\nThe signing secret is read from `%s`.\n\nFor local Azure storage use the emulator key `%s`.\n" % (
                t.doc("aws-doc-key-id"), t.doc("aws-doc-secret"), t.N("<your-token>", "placeholder"), t.N(NG.ref(r, "SIGNING_SECRET", "file"), "ref-file"),
                t.doc("azurite-dev-key")), free=True)
    elif kind == "changelog":
        t.f("%s/%s/CHANGELOG.md" % (L, svc), "# Changelog\n\n## 2.4.1\n- Rotate the webhook secret (%s); value lives in the vault\n- Fix retry loop (%s)\n\n"
            "## 2.4.0\n- Drop the legacy API key, see %s\n- Bump base image to %s\n" % (
                t.ident("git-short"), t.ident("git-short"), t.ident("git-sha"), t.ident("docker-digest")), free=True)
    elif kind == "tfplan":
        t.f("%s/terraform/plan-%s.txt" % (L, svc), "Terraform will perform the following actions:\n\n  # aws_db_instance.main will be updated in-place\n"
            "  ~ resource \"aws_db_instance\" \"main\" {\n        id       = \"%s\"\n      ~ password = (sensitive value)\n        tags     = {}\n    }\n\n"
            "  # random_password.api will be created\n  + resource \"random_password\" \"api\" {\n      + id     = \"none\"\n      + result = (sensitive value)\n    }\n\n"
            "Plan: 1 to add, 1 to change, 0 to destroy.\n# run id %s" % (t.ident("ksuid"), t.ident("uuid")))
    elif kind == "ca-bundle":
        certs = [t.N(t.cert(t.key("EC"), "%s Root %d" % (t.org, i)), "certificate") for i in range(2)]
        t.f("%s/tls/ca-bundle.pem" % L, "\n".join(certs))
    elif kind == "postman-env":
        t.f("%s/%s/postman/%s.postman_environment.json" % (L, svc, svc), "{\n  \"id\": \"%s\",\n  \"name\": \"%s prod\",\n  \"values\": [\n"
            "    {\"key\": \"baseUrl\", \"value\": \"https://%s\", \"enabled\": true},\n    {\"key\": \"token\", \"value\": \"%s\", \"enabled\": true},\n"
            "    {\"key\": \"clientSecret\", \"value\": \"\", \"type\": \"secret\", \"enabled\": true}\n  ]\n}" % (
                t.ident("uuid"), svc, t.host(svc), t.N("{{access_token}}", "ref-postman")))
    elif kind == "sarif-report":
        t.f("%s/reports/secrets-%s.sarif" % (L, svc), json.dumps({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "scanner"}},
            "results": []}]}) + "\n" + "\n".join("# fingerprint %s" % t.ident("sha256") for _ in range(3)))
    elif kind == "password-hashes":
        sub = r.choice(["htpasswd", "shadow", "fixture", "userlist"])
        users = [p.handle for p in t.people[:4]]
        if sub == "htpasswd":
            t.f("%s/nginx/.htpasswd" % L, "\n".join("%s:%s" % (u, t.hashed(r.choice(["bcrypt", "apr1"]))) for u in users))
        elif sub == "shadow":
            t.f("%s/backup/etc/shadow.bak" % L, "root:%s:19800:0:99999:7:::\n" % t.hashed("yescrypt") + "\n".join(
                "%s:%s:19850:0:99999:7:::" % (u, t.hashed(r.choice(["sha512crypt", "yescrypt"]))) for u in users[:3]))
        elif sub == "fixture":
            t.f("%s/%s/fixtures/users.json" % (L, svc), "[\n%s\n]" % ",\n".join(
                '  {"model": "auth.user", "fields": {"username": "%s", "password": "%s"}}' % (u, t.hashed("pbkdf2-django")) for u in users))
        else:
            t.f("%s/pgbouncer/userlist.txt" % L, "\n".join('"%s" "%s"' % (u, t.hashed(r.choice(["scram", "md5-pg"]))) for u in users))
    else:
        raise ValueError(kind)
