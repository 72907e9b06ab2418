"""The second layer every theme gets: integrations file (+ example), manifest, private keys in assorted
wrappings, legacy ops files, a startup log with masked values, scanner-regression fixtures, sometimes an ID
inventory, and a hand-over prose file."""

import json

from themes.common7 import (K, PROV, PAIR, PUB, S, N, put_key, put_cert, pem_lines, esc_pem, b64, emit,
                            AWS_DOC_ID, AWS_DOC_SECRET, STRIPE_DOC, JWT_IO, SLACK_DOC)

ELIGIBLE = [p for p in PROV if PROV[p][2] is not None and p not in ("braintree",)]
PAIR_IDS = [p for p in PAIR if p not in ("spacetrack", "oclc", "untappd", "wowza-cloud")]


def camel(name):
    parts = name.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def pascal(name):
    return "".join(p.capitalize() for p in name.lower().split("_"))


# syntax -> (file name, crlf, header lines, line template fn(name) -> tmpl with @@, footer lines, env-ref ok)
def syntax(kind, app):
    if kind == "dotenv":
        return ("integrations.env", False, ["# %s third-party credentials" % app], lambda n: n + "=@@", [], True)
    if kind == "yaml":
        return ("integrations.yaml", False, ["integrations:"], lambda n: "  %s: \"@@\"" % n.lower(), [], True)
    if kind == "json":
        return ("integrations.json", False, ["{", '  "service": "%s",' % app, '  "credentials": {'],
                lambda n: '    "%s": "@@",' % camel(n), ['    "rotation": "quarterly"', "  }", "}"], True)
    if kind == "toml":
        return ("integrations.toml", False, ["[integrations]"], lambda n: '%s = "@@"' % n.lower(), [], True)
    if kind == "properties":
        return ("integrations.properties", False, ["# loaded by the %s launcher" % app],
                lambda n: "integrations.%s=@@" % n.lower().replace("_", "."), [], True)
    if kind == "python":
        return ("integrations_settings.py", False, ['"""Integration credentials for %s."""' % app, ""],
                lambda n: '%s = "@@"' % n, [], False)
    if kind == "go":
        return ("integrations.go", False, ["package config", "", "// Integration credentials.", "const ("],
                lambda n: '\t%s = "@@"' % pascal(n), [")"], False)
    if kind == "tfvars":
        return ("integrations.auto.tfvars", False, ["# %s integrations" % app], lambda n: '%s = "@@"' % n.lower(), [], True)
    if kind == "k8s":
        return ("integrations-secret.yaml", False, ["apiVersion: v1", "kind: Secret", "metadata:",
                "  name: %s-integrations" % app, "type: Opaque", "stringData:"], lambda n: '  %s: "@@"' % n, [], True)
    if kind == "powershell":
        return ("Set-Integrations.ps1", True, ["# dot-source before running the sync jobs"],
                lambda n: "$env:%s = '@@'" % n, [], False)
    if kind == "ini":
        return ("integrations.ini", True, ["[integrations]"], lambda n: "%s = @@" % n.lower(), [], True)
    if kind == "js":
        return ("integrations.config.js", False, ["module.exports = {"], lambda n: "  %s: '@@'," % camel(n), ["};"], False)
    if kind == "elixir":
        return ("integrations.exs", False, ["import Config", "", "config :%s, :integrations," % app.replace("-", "_")],
                lambda n: '  %s: "@@",' % n.lower(), ['  region: "eu-west-1"'], False)
    if kind == "hocon":
        return ("integrations.conf", False, ["integrations {"], lambda n: '  %s = "@@"' % camel(n), ["}"], True)
    if kind == "nomad":
        return ("integrations.nomad.hcl", False, ['job "%s" {' % app, '  group "app" {', '    task "worker" {', "      env {"],
                lambda n: '        %s = "@@"' % n, ["      }", "    }", "  }", "}"], True)
    if kind == "systemd":
        return ("integrations.service.d.conf", False, ["[Service]"], lambda n: 'Environment="%s=@@"' % n, [], True)
    if kind == "xml":
        return ("integrations.config", True, ['<?xml version="1.0" encoding="utf-8"?>', "<appSettings>"],
                lambda n: '  <add key="%s" value="@@" />' % pascal(n), ["</appSettings>"], True)
    # ruby
    return ("integrations.rb", False, ["module Integrations"], lambda n: '  %s = "@@".freeze' % n, ["end"], False)


SYNTAXES = ["dotenv", "yaml", "json", "toml", "properties", "python", "go", "tfvars", "k8s", "powershell", "ini",
            "js", "elixir", "hocon", "nomad", "systemd", "xml", "ruby"]

PLACEHOLDERS = ["changeme", "<your-token-here>", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxx", "TODO-ask-ops", "your_api_key",
                "<redacted>", "dummy-value", "insert-key-here", "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "00000000-0000-0000-0000-000000000000"]


def integrations(ctx, sub, app):
    kind = ctx.pick(SYNTAXES)
    fname, crlf, head, line, foot, refok = syntax(kind, app)
    n = ctx.r.randint(13, 15)
    provs = ctx.r.sample(ELIGIBLE, n)
    pairs = ctx.r.sample(PAIR_IDS, ctx.r.randint(1, 2))
    f = ctx.f("%s/%s" % (sub, fname), crlf=crlf)
    f.t(*head)
    entries = []
    for pid in provs:
        name = PROV[pid][1]
        val = ctx.tok(pid)
        f.s(line(name), val, "provider." + pid, PROV[pid][3])
        entries.append(name)
    for pid in pairs:
        (idn, _), (sn, _) = PAIR[pid][1], PAIR[pid][2]
        i, s = ctx.pair(pid)
        f.begin("secret", "provider.%s-pair" % pid)
        f.a(line(idn), i, ident=True)
        f.a(line(sn), s)
        f.end()
        entries += [idn, sn]
    f.t(*foot)
    # example counterpart
    ext = ctx.pick([".example", ".sample", ".dist", ".template"])
    g = ctx.f("%s/%s%s" % (sub, fname, ext), crlf=crlf)
    g.t(*head)
    for name in entries:
        roll = ctx.r.random()
        if roll < 0.4:
            g.n(line(name), ctx.pick(PLACEHOLDERS), "neg.placeholder")
        elif roll < 0.6 and refok:
            g.n(line(name), ctx.pick(["${%s}", "${env:%s}", "{{ env \"%s\" }}"]) % name, "neg.env-ref")
        else:
            g.t(line(name).replace("@@", ""))
    g.t(*foot)


# ------------------------------------------------------------------ manifest
def manifest(ctx, sub, app):
    v = ctx.v
    kind = ctx.pick(["k8s", "gha", "terraform", "nomad", "gitlab", "compose"])
    if kind == "k8s":
        f = ctx.f("%s/deploy/deployment.yaml" % sub)
        f.t("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % app, "  annotations:")
        f.n("    checksum/config: @@", v.sha256(), "neg.digest")
        f.t("spec:", "  replicas: 2", "  template:", "    spec:", "      containers:", "        - name: %s" % app)
        f.n("          image: registry.%s/%s@@@" % (ctx.dom, app), v.digest(), "neg.digest")
        f.t("          env:", "            - name: DATABASE_PASSWORD", "              valueFrom:", "                secretKeyRef:",
            "                  name: %s-db" % app, "                  key: password")
        f.t("            - name: TENANT_ID")
        f.n("              value: \"@@\"", v.uuid(), "neg.uuid")
        f.t("        - name: vault-agent")
        f.n("          image: hashicorp/vault@@@", v.digest(), "neg.digest")
        f.n("      serviceAccountName: @@", app + "-sa", "neg.resource-id")
        return
    if kind == "gha":
        f = ctx.f("%s/.github/workflows/deploy.yml" % sub)
        f.t("name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:")
        f.n("      - uses: actions/checkout@@@ # v4", v.sha1(), "neg.git-sha")
        f.n("      - uses: aws-actions/configure-aws-credentials@@@", v.sha1(), "neg.git-sha")
        f.t("        with:")
        f.n("          role-to-assume: @@", "arn:aws:iam::%s:role/%s-deploy" % (v.digits(12), app), "neg.resource-id")
        f.t("      - run: ./deploy.sh", "        env:")
        f.n("          API_TOKEN: @@", "${{ secrets.%s_API_TOKEN }}" % app.upper().replace("-", "_"), "neg.ci-ref")
        f.n("          DB_PASSWORD: @@", "${{ secrets.DB_PASSWORD }}", "neg.ci-ref")
        f.n("          IMAGE_DIGEST: @@", v.digest(), "neg.digest")
        return
    if kind == "terraform":
        f = ctx.f("%s/infra/main.tf" % sub)
        f.t('data "aws_secretsmanager_secret_version" "db" {')
        f.n("  secret_id = \"@@\"", "arn:aws:secretsmanager:eu-west-1:%s:secret:%s/db-%s" % (v.digits(12), app, v.alnum(6)), "neg.resource-id")
        f.t("}", "", 'resource "aws_instance" "worker" {')
        f.n('  ami           = "@@"', "ami-" + v.hex(17), "neg.resource-id")
        f.t('  instance_type = "t3.medium"')
        f.n('  kms_key_id    = "@@"', "arn:aws:kms:eu-west-1:%s:key/%s" % (v.digits(12), v.uuid()), "neg.resource-id")
        f.t("}", "", 'resource "random_password" "db" {', "  length  = 32", "  special = true", "}", "")
        f.t('resource "aws_db_instance" "main" {')
        f.n("  password = @@", "random_password.db.result", "neg.template-ref")
        f.n("  snapshot_identifier = \"@@\"", "rds:%s-%s" % (app, v.digits(8)), "neg.resource-id")
        f.t("}")
        return
    if kind == "nomad":
        f = ctx.f("%s/jobs/%s.nomad.hcl" % (sub, app))
        f.t('job "%s" {' % app, '  datacenters = ["dc1"]', '  group "svc" {', '    task "app" {', '      driver = "docker"', "      config {")
        f.n('        image = "registry.%s/%s@@@"' % (ctx.dom, app), v.digest(), "neg.digest")
        f.t("      }", "      template {", "        data = <<EOT")
        f.n("DB_PASSWORD=@@", '{{ with secret "kv/data/%s/db" }}{{ .Data.data.password }}{{ end }}' % app, "neg.template-ref")
        f.n("API_KEY=@@", '{{ with nomadVar "nomad/jobs/%s" }}{{ .api_key }}{{ end }}' % app, "neg.template-ref")
        f.t("EOT", '        destination = "secrets/app.env"', "        env = true", "      }", "    }", "  }", "}")
        return
    if kind == "gitlab":
        f = ctx.f("%s/.gitlab-ci.yml" % sub)
        f.t("stages: [build, deploy]", "build:", "  stage: build")
        f.n("  image: docker@@@", v.digest(), "neg.digest")
        f.t("  script:")
        f.n("    - docker login -u gitlab-ci-token -p @@ $CI_REGISTRY", "$CI_JOB_TOKEN", "neg.ci-ref")
        f.t("deploy:", "  stage: deploy", "  variables:")
        f.n("    VAULT_ROLE_ID: @@", "$VAULT_ROLE_ID", "neg.ci-ref")
        f.n("    RELEASE_SHA: @@", v.sha1(), "neg.git-sha")
        f.t("  script:", "    - ./deploy.sh")
        return
    f = ctx.f("%s/compose.yaml" % sub)
    f.t("services:", "  %s:" % app)
    f.n("    image: ghcr.io/%s/%s@@@" % (ctx.name, app), v.digest(), "neg.digest")
    f.t("    environment:")
    f.n("      DB_PASSWORD: @@", "${DB_PASSWORD:?set in .env}", "neg.env-ref")
    f.n("      SESSION_SECRET_FILE: @@", "/run/secrets/session_secret", "neg.file-ref")
    f.t("    secrets:", "      - session_secret", "  postgres:")
    f.n("    image: postgres@@@", v.digest(), "neg.digest")
    f.t("secrets:", "  session_secret:", "    external: true")


# ------------------------------------------------------------------ keys in assorted wrappings
def keys(ctx, sub, app):
    v = ctx.v
    wraps = ["openssh", "k8s-tls", "yaml-block", "json-escaped", "jwk", "b64der-properties", "string-literal",
             "tf-heredoc", "env-b64", "pem-cert", "ppk", "shell-heredoc", "ansible", "jwk-env", "xml-cdata"]
    chosen = ctx.r.sample(wraps, ctx.r.randint(8, 9))
    for w in chosen:
        if w == "openssh":
            key = ctx.anykey()
            f = ctx.f("%s/keys/id_%s_deploy" % (sub, {"rsa": "rsa", "ec": "ecdsa", "ed": "ed25519", "ed25519": "ed25519"}[key.kind]))
            put_key(f, K.openssh_private(key, ctx.r, "deploy@%s" % app), "key.openssh-%s" % key.kind)
            if ctx.chance(0.6):
                g = ctx.f("%s/keys/id_deploy.pub" % sub)
                g.n("@@", K.openssh_public(key, "deploy@%s" % app), "neg.ssh-public-key")
            else:
                g = ctx.f("%s/keys/authorized_keys" % sub)
                g.n('from="10.0.0.0/8",no-pty @@', K.openssh_public(key, "deploy@%s" % app), "neg.ssh-public-key")
                g.n("@@", K.openssh_public(ctx.ed(), "%s@laptop" % v.first()), "neg.ssh-public-key")
        elif w == "k8s-tls":
            key = ctx.pick([ctx.ec, ctx.rsa])()
            f = ctx.f("%s/deploy/%s-tls.yaml" % (sub, app))
            f.t("apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-tls" % app, "type: kubernetes.io/tls", "data:")
            f.n("  tls.crt: @@", b64(ctx.cert(key, "%s.%s" % (app, ctx.dom)) + "\n"), "neg.certificate-b64")
            f.s("  tls.key: @@", b64(key.pem_pkcs8() + "\n"), "key.%s-k8s-b64" % key.kind, "b64pem")
        elif w == "yaml-block":
            key = ctx.ec()
            f = ctx.f("%s/config/mtls.yaml" % sub)
            f.t("mtls:", "  server_name: broker.%s" % ctx.dom)
            put_cert(f, ctx.cert(key, "%s-client" % app), head="  client_cert: |", indent="    ")
            put_key(f, key.pem_trad(), "key.ec-yaml-block", head="  client_key: |", indent="    ")
            f.t("  verify: true")
        elif w == "json-escaped":
            key = ctx.pick([ctx.rsa, ctx.ec])()
            f = ctx.f("%s/config/signer.json" % sub)
            f.t("{", '  "issuer": "https://auth.%s",' % ctx.dom)
            f.n('  "public_key": "@@",', esc_pem(key.pem_public()), "neg.public-key")
            f.s('  "private_key": "@@",', esc_pem(key.pem_pkcs8()), "key.%s-json-escaped" % key.kind, "pem-escaped")
            f.t('  "alg": "%s"' % ("RS256" if key.kind == "rsa" else "ES256"), "}")
        elif w == "jwk":
            key = ctx.pick([ctx.ec, ctx.ed, ctx.rsa])()
            kid = v.hex(16)
            f = ctx.f("%s/keys/signing.jwk.json" % sub)
            lines = json.dumps(key.jwk(kid), indent=2).split("\n")
            priv = ('"d"', '"p"', '"q"', '"dp"', '"dq"', '"qi"')
            f.sblock("key.%s-jwk" % key.kind, [(ln, ln.strip().rstrip(",")) if ln.strip().startswith(priv) else (ln, None) for ln in lines], check="jwk")
            if ctx.chance(0.7):
                g = ctx.f("%s/public/.well-known/jwks.json" % sub)
                g.n("@@", json.dumps({"keys": [key.jwk(kid, public=True)]}), "neg.jwks")
        elif w == "b64der-properties":
            key = ctx.pick([ctx.rsa, ctx.ec])()
            f = ctx.f("%s/config/token-signer.properties" % sub)
            f.t("signer.algorithm=%s" % ("RS256" if key.kind == "rsa" else "ES256"), "signer.issuer=%s" % app)
            f.s("signer.private-key=@@", b64(key.pkcs8()), "key.%s-b64der" % key.kind, "b64der")
            f.n("signer.public-key=@@", b64(key.spki()), "neg.public-key-b64")
        elif w == "string-literal":
            key = ctx.pick([ctx.rsa, ctx.ec, ctx.ed])()
            lang = ctx.pick(["python", "go", "java", "csharp", "rust"])
            pem = key.pem_pkcs8()
            if lang == "python":
                f = ctx.f("%s/tools/sign_manifest.py" % sub)
                f.t("import jwt", "")
                lines = pem.split("\n")
                f.sblock("key.%s-python-literal" % key.kind, [("SIGNING_KEY = \"\"\"" + lines[0], lines[0])] + [(ln, ln) for ln in lines[1:-1]] + [(lines[-1] + "\"\"\"", lines[-1])], check="pem")
                f.t("", "def sign(claims):", '    return jwt.encode(claims, SIGNING_KEY, algorithm="%s")' % ("RS256" if key.kind == "rsa" else "ES256" if key.kind == "ec" else "EdDSA"))
            elif lang == "go":
                f = ctx.f("%s/internal/sign/key.go" % sub)
                f.t("package sign", "")
                lines = pem.split("\n")
                f.sblock("key.%s-go-literal" % key.kind, [("var signingKey = []byte(`" + lines[0], lines[0])] + [(ln, ln) for ln in lines[1:-1]] + [(lines[-1] + "`)", lines[-1])], check="pem")
            elif lang == "java":
                f = ctx.f("%s/src/main/java/com/%s/KeyMaterial.java" % (sub, app.replace("-", "")))
                f.t("package com.%s;" % app.replace("-", ""), "", "final class KeyMaterial {")
                f.sblock("key.%s-java-literal" % key.kind, pem_lines(pem, "        ", '"', '\\n" +')[:-1] + [('        "%s\\n";' % pem.split("\n")[-1], pem.split("\n")[-1])], head="    static final String PRIVATE_KEY =", check="pem")
                f.t("}")
            elif lang == "csharp":
                f = ctx.f("%s/src/Signing/Keys.cs" % sub)
                f.t("namespace Signing;", "", "internal static class Keys", "{")
                lines = pem.split("\n")
                f.sblock("key.%s-csharp-literal" % key.kind, [('    public const string Private = @"' + lines[0], lines[0])] + [(ln, ln) for ln in lines[1:-1]] + [(lines[-1] + '";', lines[-1])], check="pem")
                f.t("}")
            else:
                f = ctx.f("%s/src/keys.rs" % sub)
                lines = pem.split("\n")
                f.sblock("key.%s-rust-literal" % key.kind, [('pub const SIGNING_KEY: &str = r#"' + lines[0], lines[0])] + [(ln, ln) for ln in lines[1:-1]] + [(lines[-1] + '"#;', lines[-1])], check="pem")
        elif w == "tf-heredoc":
            key = ctx.pick([ctx.rsa, ctx.ec])()
            f = ctx.f("%s/infra/bastion.tf" % sub)
            f.t('resource "aws_secretsmanager_secret_version" "bastion_key" {', "  secret_id     = aws_secretsmanager_secret.bastion.id")
            put_key(f, key.pem_trad(), "key.%s-tf-heredoc" % key.kind, head="  secret_string = <<-EOT", indent="    ")
            f.t("  EOT", "}")
        elif w == "env-b64":
            key = ctx.pick([ctx.rsa, ctx.ec, ctx.ed])()
            f = ctx.f("%s/.env.signing" % sub)
            f.t("JWT_ISSUER=https://auth.%s" % ctx.dom, "JWT_AUDIENCE=%s" % app)
            f.s("JWT_PRIVATE_KEY_B64=@@", b64(key.pem_pkcs8() + "\n"), "key.%s-env-b64" % key.kind, "b64pem")
            f.n("JWT_PUBLIC_KEY_B64=@@", b64(key.pem_public() + "\n"), "neg.public-key-b64")
        elif w == "pem-cert":
            key = ctx.pick([ctx.rsa, ctx.ec])()
            f = ctx.f("%s/pki/%s.key" % (sub, app))
            put_key(f, key.pem_trad() if ctx.chance(0.5) else key.pem_pkcs8(), "key.%s-pem" % key.kind)
            g = ctx.f("%s/pki/%s.crt" % (sub, app))
            put_cert(g, ctx.cert(key, "%s.%s" % (app, ctx.dom)))
        elif w == "ppk":
            key = ctx.rsa()
            f = ctx.f("%s/keys/sftp-partner.ppk" % sub, crlf=True)
            lines = K.ppk2(key, "rsa-key-%s" % v.digits(8))
            f.sblock("key.rsa-ppk", [(ln, ln) for ln in lines], check="ppk")
        elif w == "shell-heredoc":
            key = ctx.pick([ctx.ed, ctx.ec, ctx.rsa])()
            f = ctx.f("%s/scripts/bootstrap-node.sh" % sub)
            f.t("#!/usr/bin/env bash", "set -euo pipefail", "install -d -m 700 /root/.ssh")
            put_key(f, K.openssh_private(key, ctx.r, "root@%s" % app), "key.openssh-%s-heredoc" % key.kind, head="cat > /root/.ssh/id_%s <<'EOF'" % app)
            f.t("EOF", "chmod 600 /root/.ssh/id_%s" % app)
        elif w == "ansible":
            key = ctx.pick([ctx.rsa, ctx.ec])()
            f = ctx.f("%s/ansible/group_vars/proxies.yml" % sub)
            f.t("---", "nginx_server_name: %s.%s" % (app, ctx.dom))
            f.n("nginx_ssl_certificate: \"@@\"", "{{ lookup('file', 'files/%s.crt') }}" % app, "neg.template-ref")
            put_key(f, key.pem_pkcs8(), "key.%s-ansible-block" % key.kind, head="nginx_ssl_private_key: |", indent="  ")
        elif w == "jwk-env":
            key = ctx.pick([ctx.ec, ctx.ed])()
            f = ctx.f("%s/.env.oidc" % sub)
            f.t("OIDC_ISSUER=https://id.%s" % ctx.dom)
            f.s("OIDC_CLIENT_ASSERTION_JWK='@@'", json.dumps(key.jwk(v.hex(8)), separators=(",", ":")), "key.%s-jwk-env" % key.kind, "jwk")
        else:
            key = ctx.pick([ctx.rsa, ctx.ec])()
            f = ctx.f("%s/config/saml-sp.xml" % sub)
            f.t('<?xml version="1.0"?>', '<SPConfig entityID="https://%s.%s/saml">' % (app, ctx.dom))
            lines = key.pem_pkcs8().split("\n")
            f.sblock("key.%s-xml-cdata" % key.kind, [("  <PrivateKey><![CDATA[" + lines[0], lines[0])] + [(ln, ln) for ln in lines[1:-1]] + [(lines[-1] + "]]></PrivateKey>", lines[-1])], check="pem")
            f.t("</SPConfig>")


# ------------------------------------------------------------------ legacy ops files with generic credentials
def legacy(ctx, sub, app):
    v = ctx.v
    kinds = ["msmtprc", "fetchmailrc", "chap-secrets", "rsyncd", "ipsec", "wpa", "haproxy", "nginx-basic", "supervisord",
             "upsd", "snmpd", "nslcd", "odbc", "pgpass", "cifs", "exim", "cron-curl", "dockerfile", "inventory", "redis"]
    for k in ctx.r.sample(kinds, ctx.r.randint(1, 2)):
        pw = ctx.pw()
        if k == "msmtprc":
            f = ctx.f("%s/legacy/msmtprc" % sub)
            f.t("defaults", "auth on", "tls on", "account relay", "host smtp.%s" % ctx.dom, "port 587", "from alerts@%s" % ctx.dom, "user alerts@%s" % ctx.dom)
            f.s("password @@", pw, "generic.password-msmtprc")
            f.t("account default : relay")
        elif k == "fetchmailrc":
            f = ctx.f("%s/legacy/.fetchmailrc" % sub)
            f.s('poll imap.%s protocol IMAP user "scanner" password "@@" ssl' % ctx.dom, pw, "generic.password-fetchmailrc")
        elif k == "chap-secrets":
            f = ctx.f("%s/legacy/chap-secrets" % sub)
            f.t("# client\tserver\tsecret\t\t\tIP addresses")
            f.s("%s\t*\t@@\t*" % v.user(), pw, "generic.password-chap")
            f.s("lte-backup\tpptpd\t@@\t10.9.0.2" , ctx.pw(), "generic.password-chap")
        elif k == "rsyncd":
            f = ctx.f("%s/legacy/rsyncd.secrets" % sub)
            f.s("backup:@@", pw, "generic.password-rsyncd")
            f.s("mirror:@@", ctx.pw(), "generic.password-rsyncd")
        elif k == "ipsec":
            f = ctx.f("%s/legacy/ipsec.secrets" % sub)
            f.t("# /etc/ipsec.secrets")
            f.s('%s %s : PSK "@@"' % (v.ip(), v.ip()), ctx.pw("strong"), "generic.vpn-psk")
            f.t(": RSA /etc/ipsec.d/private/gw.pem")
        elif k == "wpa":
            f = ctx.f("%s/legacy/wpa_supplicant.conf" % sub)
            f.t("ctrl_interface=/var/run/wpa_supplicant", "network={", '    ssid="%s-OPS"' % app.upper())
            f.s('    psk="@@"', pw, "generic.wifi-psk")
            f.t("}", "network={", '    ssid="%s-GUEST"' % app.upper())
            f.s("    psk=@@", v.hex(64), "generic.wifi-psk-hex")
            f.t("}")
        elif k == "haproxy":
            f = ctx.f("%s/legacy/haproxy.cfg" % sub)
            f.t("userlist stats_users")
            f.s("    user ops insecure-password @@", pw, "generic.password-haproxy")
            f.n("    user audit password @@", v.sha512crypt(), "neg.password-hash")
            f.t("listen stats", "    bind :8404", "    stats enable", "    stats auth-realm HAProxy", "    acl ok http_auth(stats_users)")
        elif k == "nginx-basic":
            f = ctx.f("%s/legacy/upstream-auth.conf" % sub)
            f.t("location /legacy/ {", "    proxy_pass http://%s:8080/;" % v.host(ctx.dom))
            f.s('    proxy_set_header Authorization "Basic @@";', b64("svc_%s:%s" % (app.replace("-", "_"), pw)), "generic.basic-auth-header", "basic")
            f.t("}")
        elif k == "supervisord":
            f = ctx.f("%s/legacy/supervisord.conf" % sub)
            f.t("[inet_http_server]", "port=127.0.0.1:9001", "username=admin")
            f.s("password=@@", pw, "generic.password-supervisord")
            f.t("", "[program:worker]", "command=/opt/%s/bin/worker" % app)
        elif k == "upsd":
            f = ctx.f("%s/legacy/upsd.users" % sub)
            f.t("[upsmon]")
            f.s("    password = @@", pw, "generic.password-upsd")
            f.t("    upsmon primary")
        elif k == "snmpd":
            f = ctx.f("%s/legacy/snmpd.conf" % sub)
            f.t("sysLocation %s" % ctx.org)
            f.s('createUser monitor SHA-256 "@@" AES', pw, "generic.snmpv3-authpass")
            f.t("rouser monitor priv")
            f.n("rocommunity @@ 127.0.0.1", "public", "neg.default-password")
        elif k == "nslcd":
            f = ctx.f("%s/legacy/nslcd.conf" % sub)
            f.t("uri ldaps://ldap.%s" % ctx.dom, "base dc=%s,dc=internal" % ctx.name.split("-")[0], "binddn cn=nslcd,ou=svc,dc=%s,dc=internal" % ctx.name.split("-")[0])
            f.s("bindpw @@", pw, "generic.password-ldap-bind")
        elif k == "odbc":
            f = ctx.f("%s/legacy/odbc.ini" % sub)
            f.t("[REPORTING]", "Driver=ODBC Driver 18 for SQL Server", "Server=%s,1433" % v.host(ctx.dom), "Database=Reporting", "UID=rpt_reader")
            f.s("PWD=@@", pw, "generic.password-odbc")
        elif k == "pgpass":
            f = ctx.f("%s/legacy/.pgpass" % sub)
            f.s("%s:5432:*:%s:@@" % (v.host(ctx.dom), app.replace("-", "_")), pw, "generic.password-pgpass")
            f.s("localhost:6432:pgbouncer:stats:@@", ctx.pw(), "generic.password-pgpass")
        elif k == "cifs":
            f = ctx.f("%s/legacy/.smbcredentials" % sub)
            f.t("username=svc_scan", "domain=%s" % ctx.name.split("-")[0].upper())
            f.s("password=@@", pw, "generic.password-cifs")
        elif k == "exim":
            f = ctx.f("%s/legacy/passwd.client" % sub)
            f.t("# exim4 passwd.client: target.mail.server.example:login:password")
            f.s("*.%s:relay-user:@@" % ctx.dom, pw, "generic.password-exim")
        elif k == "cron-curl":
            f = ctx.f("%s/legacy/crontab" % sub)
            f.t("SHELL=/bin/bash", "MAILTO=ops@%s" % ctx.dom)
            f.s("15 2 * * * curl -fsS -u exporter:@@ https://%s/api/export -o /var/tmp/export.csv" % v.host(ctx.dom), pw, "generic.password-curl")
        elif k == "dockerfile":
            f = ctx.f("%s/legacy/Dockerfile" % sub)
            f.n("FROM eclipse-temurin@@@", v.digest(), "neg.digest")
            f.t("WORKDIR /app", "ENV SPRING_PROFILES_ACTIVE=prod")
            f.s("ENV SPRING_DATASOURCE_PASSWORD=@@", pw, "generic.password-dockerfile")
            f.t("COPY target/app.jar /app/app.jar")
        elif k == "inventory":
            f = ctx.f("%s/legacy/hosts.ini" % sub)
            f.t("[legacy]")
            f.s("%s ansible_user=ops ansible_password=@@" % v.host(ctx.dom), pw, "generic.password-ansible-inventory")
            f.n("%s ansible_user=ops ansible_password=@@" % v.host(ctx.dom), "{{ vault_ops_password }}", "neg.template-ref")
        else:
            f = ctx.f("%s/legacy/redis.conf" % sub)
            f.t("bind 127.0.0.1", "port 6379")
            f.s("requirepass @@", pw, "generic.password-redis")
            f.s("masterauth @@", pw, "generic.password-redis")


# ------------------------------------------------------------------ startup log
def startup_log(ctx, sub, app):
    v = ctx.v
    f = ctx.f("%s/logs/%s-startup.log" % (sub, app))
    ts = "2025-%02d-%02dT%02d:%02d" % (ctx.r.randint(1, 12), ctx.r.randint(1, 28), ctx.r.randint(0, 23), ctx.r.randint(0, 59))
    f.t("%s:01.114Z INFO  %s starting (pid %d)" % (ts, app, ctx.r.randint(200, 30000)))
    f.n("%s:01.201Z INFO  config DATABASE_URL=postgres://%s:@@@db:5432/%s" % (ts, app, app), ctx.pick(["****", "[REDACTED]", "xxxxxx"]), "neg.masked")
    f.n("%s:01.202Z INFO  config STRIPE_SECRET_KEY=@@" % ts, "sk_live_" + "*" * 20 + v.alnum(4), "neg.masked")
    f.n("%s:01.203Z INFO  config SLACK_BOT_TOKEN=@@" % ts, "xoxb-" + "*" * 12 + "...", "neg.masked")
    f.n("%s:01.204Z DEBUG http  Authorization: Bearer @@" % ts, ctx.pick(["[REDACTED]", "<hidden>", "***"]), "neg.masked")
    extra = [("%s:01.310Z INFO  trace_id=@@ span=startup" % ts, v.hex(32), "neg.trace-id"),
             ("%s:01.311Z INFO  request_id=@@ GET /healthz 200" % ts, v.uuid(), "neg.uuid"),
             ("%s:01.403Z INFO  vault lease_id=@@" % ts, "database/creds/%s/%s" % (app, v.alnum(24)), "neg.resource-id")]
    for tmpl, val, cat in ctx.r.sample(extra, ctx.r.randint(1, 3)):
        f.n(tmpl, val, cat)
    f.t("%s:01.520Z INFO  ready on :8080" % ts)


# ------------------------------------------------------------------ scanner-regression fixtures
def fixtures(ctx, sub, app):
    v = ctx.v
    lang = ctx.pick(["pytest", "jest", "go", "rspec", "rust"])
    bad = [v.gh_bad(ctx.pick(["ghp_", "gho_", "ghs_", "ghu_"])) for _ in range(2)] + [v.gh_bad("npm_")]
    if lang == "pytest":
        f = ctx.f("%s/tests/test_redaction.py" % sub)
        f.t("import pytest", "from %s.redact import redact" % app.replace("-", "_"), "", "# checksum-invalid tokens: must never be reported as live", "CASES = [")
        for b in bad:
            f.n('    "@@",', b, "neg.bad-checksum")
        f.t("]", "")
        f.n('AWS_DOC_KEY_ID = "@@"', AWS_DOC_ID, "neg.doc-example")
        f.n('AWS_DOC_SECRET = "@@"', AWS_DOC_SECRET, "neg.doc-example")
        f.n('STRIPE_DOC = "@@"', STRIPE_DOC, "neg.doc-example")
        f.n('JWT_IO = "@@"', JWT_IO, "neg.doc-example")
        f.t("", "@pytest.mark.parametrize('tok', CASES)", "def test_redacts(tok):", "    assert tok not in redact(tok)")
    elif lang == "jest":
        f = ctx.f("%s/test/redact.test.ts" % sub)
        f.t("import { redact } from '../src/redact';", "", "const badChecksum = [")
        for b in bad:
            f.n("  '@@',", b, "neg.bad-checksum")
        f.t("];")
        f.n("const slackDocExample = '@@';", SLACK_DOC, "neg.doc-example")
        f.n("const jwtIo = '@@';", JWT_IO, "neg.doc-example")
        f.t("test.each(badChecksum)('redacts %s', (t) => expect(redact(t)).not.toContain(t));")
    elif lang == "go":
        f = ctx.f("%s/internal/redact/redact_test.go" % sub)
        f.t("package redact", "", 'import "testing"', "", "var fakeTokens = []string{")
        for b in bad:
            f.n('\t"@@",', b, "neg.bad-checksum")
        f.t("}", "")
        f.n('const awsDocID = "@@"', AWS_DOC_ID, "neg.doc-example")
        f.n('const awsDocSecret = "@@"', AWS_DOC_SECRET, "neg.doc-example")
        f.t("", "func TestRedact(t *testing.T) {", "\tfor _, tok := range fakeTokens {", '\t\tif Redact(tok) == tok { t.Fatal(tok) }', "\t}", "}")
    elif lang == "rspec":
        f = ctx.f("%s/spec/redactor_spec.rb" % sub)
        f.t("RSpec.describe Redactor do")
        for b in bad:
            f.n("  it { expect(described_class.call('@@')).to eq('[FILTERED]') }", b, "neg.bad-checksum")
        f.n("  let(:stripe_doc) { '@@' }", STRIPE_DOC, "neg.doc-example")
        f.t("end")
    else:
        f = ctx.f("%s/tests/redact.rs" % sub)
        f.t("use app::redact;", "", "#[test]", "fn bad_checksums_are_redacted() {")
        for b in bad:
            f.n('    assert_ne!(redact("@@"), "");', b, "neg.bad-checksum")
        f.t("}")
        f.n('const SLACK_EXAMPLE: &str = "@@";', SLACK_DOC, "neg.doc-example")


# ------------------------------------------------------------------ ID inventory
def id_inventory(ctx, sub, app):
    v = ctx.v
    f = ctx.f("%s/docs/resource-ids.csv" % sub)
    f.t("kind,name,id")
    f.n("aws-account,%s-prod,@@" % app, v.digits(12), "neg.resource-id")
    f.n("azure-subscription,%s,@@" % app, v.uuid(), "neg.uuid")
    f.n("gcp-project-number,%s,@@" % app, v.digits(12), "neg.resource-id")
    f.n("oauth-client-id,web,@@", ctx.pub("google-oauth-client-id"), "neg.public-id")
    f.n("stripe-account,platform,@@", "acct_1" + v.alnum(15), "neg.resource-id")
    f.n("slack-channel,alerts,@@", "C0" + v.upper(9), "neg.resource-id")
    f.n("git-release,%s,@@" % app, v.sha1(), "neg.git-sha")


# ------------------------------------------------------------------ hand-over prose
def handover(ctx, sub, app, people):
    v = ctx.v
    a, b = people
    pid = ctx.pick(ELIGIBLE)
    tok = ctx.tok(pid)
    pw = ctx.pw()
    host = v.host(ctx.dom)
    items = [
        "handing %s over before my leave, notes below" % app,
        S("the %s value is still @@ (rotate after the migration)" % PROV[pid][1], tok, "provider." + pid, PROV[pid][3]),
        S("admin console on %s: user ops, password @@" % host, pw, "generic.password-prose"),
        N("the vault path is @@, not the old one", "kv/%s/prod/admin" % app, "neg.vault-ref"),
        S("smtp relay still uses %s@%s with @@ - nobody owns that mailbox" % (app, ctx.dom), ctx.pw(), "generic.password-prose"),
        "ok thanks, will do the cutover thursday",
    ]
    fmt = ctx.pick(["notion", "whatsapp", "rocketchat", "org", "vtt", "typescript"])
    if fmt == "notion":
        f = ctx.f("%s/docs/Handover %s %s.md" % (sub, app, v.hex(32)), prose=True)
        f.t("# Handover: %s" % app, "", "Owner: %s → %s" % (a, b), "")
        for it in items:
            emit(f, lambda t: "- " + t, it, ctx)
    elif fmt == "whatsapp":
        f = ctx.f("%s/docs/WhatsApp Chat with %s.txt" % (sub, b), prose=True)
        for i, it in enumerate(items):
            emit(f, lambda t: "%02d/%02d/2025, 17:%02d - %s: %s" % (ctx.r.randint(1, 28), ctx.r.randint(1, 12), i, a if i % 2 == 0 else b, t), it, ctx)
    elif fmt == "rocketchat":
        f = ctx.f("%s/docs/handover-rocketchat.json" % sub, prose=True)
        f.t('{"messages": [')
        for i, it in enumerate(items):
            emit(f, lambda t: '  {"u": {"username": "%s"}, "msg": "%s", "ts": {"$date": %d}}%s' % (
                (a if i % 2 == 0 else b).split()[0].lower(), t.replace('"', '\\"'), 1740000000000 + i * 60000, "," if i < len(items) - 1 else ""), it, ctx)
        f.t("]}")
    elif fmt == "org":
        f = ctx.f("%s/docs/handover.org" % sub, prose=True)
        f.t("#+TITLE: %s handover" % app, "* TODO cutover")
        for it in items:
            emit(f, lambda t: "  - " + t, it, ctx)
    elif fmt == "vtt":
        f = ctx.f("%s/docs/handover-call.vtt" % sub, prose=True)
        f.t("WEBVTT", "")
        for i, it in enumerate(items):
            f.t(str(i + 1), "00:%02d:%02d.000 --> 00:%02d:%02d.500" % (i, 5, i, 12))
            emit(f, lambda t: "<v %s>%s" % (a if i % 2 == 0 else b, t), it, ctx)
            f.t("")
    else:
        f = ctx.f("%s/docs/handover-session.typescript" % sub, prose=True)
        f.t("Script started on 2025-%02d-%02d 16:02:11+00:00" % (ctx.r.randint(1, 12), ctx.r.randint(1, 28)))
        for it in items:
            emit(f, lambda t: "%s@%s:~$ # %s" % (a.split()[0].lower(), app, t), it, ctx)
        f.t("Script done on 2025-01-01 16:40:02+00:00")
    if ctx.chance(0.35):
        key = ctx.pick([ctx.ed, ctx.ec])()
        f.t("", "pasting the break-glass key here so it is somewhere:")
        put_key(f, K.openssh_private(key, ctx.r, "breakglass@%s" % app), "key.openssh-%s-prose" % key.kind)


def registry_auth(ctx, sub, app):
    v = ctx.v
    home = "%s/home/%s" % (sub, v.first())
    kinds = ["npmrc", "pypirc", "docker", "gem", "gh", "git-credentials", "terraformrc", "databrickscfg", "doctl", "netrc-heroku", "gradle"]
    for k in ctx.r.sample(kinds, ctx.r.randint(2, 3)):
        if k == "npmrc":
            f = ctx.f(home + "/.npmrc")
            f.t("registry=https://registry.npmjs.org/")
            f.s("//registry.npmjs.org/:_authToken=@@", ctx.tok("npm"), "provider.npm", "ghcrc")
            f.n("//npm.pkg.github.com/:_authToken=@@", "${GITHUB_PACKAGES_TOKEN}", "neg.env-ref")
        elif k == "pypirc":
            f = ctx.f(home + "/.pypirc")
            f.t("[distutils]", "index-servers = pypi", "", "[pypi]", "username = __token__")
            f.s("password = @@", ctx.tok("pypi"), "provider.pypi", "pypi")
        elif k == "docker":
            f = ctx.f(home + "/.docker/config.json")
            user = v.user().replace(".", "")
            f.t("{", '  "auths": {', '    "https://index.docker.io/v1/": {')
            f.s('      "auth": "@@"', b64("%s:%s" % (user, ctx.tok("dockerhub"))), "provider.dockerhub-auth", "basic")
            f.t("    },", '    "ghcr.io": {}', "  },", '  "credsStore": "desktop"', "}")
        elif k == "gem":
            f = ctx.f(home + "/.gem/credentials")
            f.t("---")
            f.s(":rubygems_api_key: @@", ctx.tok("rubygems"), "provider.rubygems")
        elif k == "gh":
            f = ctx.f(home + "/.config/gh/hosts.yml")
            f.t("github.com:", "    user: %s" % v.user().replace(".", "-"))
            f.s("    oauth_token: @@", ctx.tok("github-oauth"), "provider.github-oauth", "ghcrc")
            f.t("    git_protocol: https")
        elif k == "git-credentials":
            f = ctx.f(home + "/.git-credentials")
            f.s("https://%s:@@@github.com" % v.user().replace(".", "-"), ctx.tok("github-pat"), "provider.github-pat", "ghcrc")
            f.s("https://oauth2:@@@gitlab.%s" % ctx.dom, ctx.tok("gitlab-pat"), "provider.gitlab-pat")
        elif k == "terraformrc":
            f = ctx.f(home + "/.terraformrc")
            f.t('credentials "app.terraform.io" {')
            f.s('  token = "@@"', ctx.tok("tfc"), "provider.tfc")
            f.t("}")
        elif k == "databrickscfg":
            f = ctx.f(home + "/.databrickscfg")
            f.t("[DEFAULT]", "host = https://adb-%s.%d.azuredatabricks.net" % (v.digits(16), ctx.r.randint(1, 19)))
            f.s("token = @@", ctx.tok("databricks"), "provider.databricks")
        elif k == "doctl":
            f = ctx.f(home + "/.config/doctl/config.yaml")
            f.s("access-token: @@", ctx.tok("digitalocean"), "provider.digitalocean")
            f.t("context: default")
        elif k == "netrc-heroku":
            f = ctx.f(home + "/.netrc")
            f.t("machine api.heroku.com", "  login %s@%s" % (v.first(), ctx.dom))
            f.s("  password @@", ctx.tok("heroku"), "provider.heroku")
        else:
            f = ctx.f(home + "/.gradle/gradle.properties")
            f.t("org.gradle.jvmargs=-Xmx2g", "artifactoryUser=%s" % v.user())
            f.s("artifactoryPassword=@@", ctx.tok("jfrog-ref"), "provider.jfrog-ref", "jfrog")


def ai_scratch(ctx, sub, app):
    v = ctx.v
    ai = ctx.r.sample(["openai", "anthropic", "groq", "huggingface", "perplexity", "replicate", "openrouter", "xai", "langsmith", "pinecone", "google-api-server"], 2)
    f = ctx.f("%s/scratch/summarise_%s.py" % (sub, ctx.pick(["tickets", "logs", "notes", "incidents"])))
    f.t("import os", "import httpx", "", "# quick experiment, do not commit (committed anyway)")
    for pid in ai:
        f.s('%s = "@@"' % PROV[pid][1], ctx.tok(pid), "provider." + pid, PROV[pid][3])
    f.n('FALLBACK_KEY = os.environ.get("@@", "")', "OPENAI_API_KEY", "neg.env-ref")
    f.t("", "def summarise(text):", '    return httpx.post("https://api.example/v1/chat", json={"input": text}).json()')


def lockfile(ctx, sub, app):
    v = ctx.v
    kind = ctx.pick(["npm", "go", "poetry", "cargo"])
    if kind == "npm":
        f = ctx.f("%s/web/package-lock.json" % sub)
        f.t("{", '  "name": "%s-web",' % app, '  "lockfileVersion": 3,', '  "packages": {')
        for i, (pkg, ver) in enumerate(ctx.r.sample([("axios", "1.7.9"), ("zod", "3.24.1"), ("dayjs", "1.11.13"), ("pino", "9.6.0"), ("ky", "1.7.4")], 3)):
            f.t('    "node_modules/%s": {' % pkg, '      "version": "%s",' % ver, '      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (pkg, pkg, ver))
            f.n('      "integrity": "@@"', "sha512-" + v.b64(64), "neg.sri")
            f.t("    }" + ("," if i < 2 else ""))
        f.t("  }", "}")
    elif kind == "go":
        f = ctx.f("%s/go.sum" % sub)
        for mod, ver in ctx.r.sample([("github.com/jackc/pgx/v5", "v5.7.2"), ("golang.org/x/crypto", "v0.32.0"), ("github.com/go-chi/chi/v5", "v5.2.0"), ("go.uber.org/zap", "v1.27.0")], 3):
            f.n("%s %s h1:@@" % (mod, ver), v.b64(32), "neg.digest")
    elif kind == "poetry":
        f = ctx.f("%s/poetry.lock" % sub)
        for pkg in ctx.r.sample(["httpx", "pydantic", "structlog", "tenacity"], 2):
            f.t("[[package]]", 'name = "%s"' % pkg, 'version = "%d.%d.%d"' % (ctx.r.randint(0, 2), ctx.r.randint(0, 30), ctx.r.randint(0, 9)), "files = [")
            f.n('    {file = "%s.whl", hash = "sha256:@@"},' % pkg, v.sha256(), "neg.digest")
            f.t("]", "")
    else:
        f = ctx.f("%s/Cargo.lock" % sub)
        for pkg in ctx.r.sample(["tokio", "serde", "reqwest", "tracing"], 2):
            f.t("[[package]]", 'name = "%s"' % pkg, 'version = "1.%d.0"' % ctx.r.randint(0, 40), 'source = "registry+https://github.com/rust-lang/crates.io-index"')
            f.n('checksum = "@@"', v.sha256(), "neg.digest")
            f.t("")


def retro(ctx, sub, app):
    v = ctx.v
    f = ctx.f("%s/docs/retro-%s.md" % (sub, v.digits(4)), prose=True)
    f.t("# Retro: %s incident" % app, "", "## What happened", "")
    items = [
        "- a deploy script echoed its environment into the CI log",
        S("- the leaked value was the DB password `@@`; it was rotated within the hour", ctx.pw(), "generic.password-prose"),
        N("- the new one lives only in `@@`", ctx.pick(["vault kv/%s/db" % app, "op://Prod/%s-db/password" % app, "${{ secrets.DB_PASSWORD }}"]), "neg.vault-ref"),
        N("- log lines now print `@@` instead", "********", "neg.masked"),
        "", "## Actions", "", "- [ ] add the redaction filter to the CI template",
    ]
    for it in items:
        emit(f, lambda t: t, it, ctx)


def build(ctx, sub, app, people):
    lockfile(ctx, sub, app)
    retro(ctx, sub, app)
    integrations(ctx, sub, app)
    registry_auth(ctx, sub, app)
    if ctx.chance(0.6):
        ai_scratch(ctx, sub, app)
    manifest(ctx, sub, app)
    keys(ctx, sub, app)
    legacy(ctx, sub, app)
    startup_log(ctx, sub, app)
    fixtures(ctx, sub, app)
    if ctx.chance(0.5):
        id_inventory(ctx, sub, app)
    handover(ctx, sub, app, people)
