"""Second layer, part one (every theme): integration configs with dealt provider tokens and a
pair, their placeholder twins, a CI pipeline, two legacy dotfiles and two host files."""

import re

import neg16
import syntax16
from syntax16 import E
from themes16.common16 import cfg, pair_entries, ref_row, rows_to_entries

LAYER_DIRS = ["sysadmin", "shared-services", "eng", "techops", "digital", "ict", "site-it", "automation", "cloud", "helpdesk-it", "systems-team"]
CODE = {"python", "js", "ts", "go", "java", "csharp", "ruby", "php", "rust", "kotlin", "perl", "lua", "elixir"}
NESTED = {"yaml", "json", "toml", "ini", "hocon"}


def _snake(var):
    out = ""
    for i, ch in enumerate(var):
        if ch.isupper() and i and var[i - 1].islower():
            out += "_"
        out += ch.lower()
    return out


def _key(syntax, var, section):
    k = _snake(var)
    return section + "." + k if syntax in NESTED else k


def _ph(v, hint, syntax, real=None):
    pc, pv = neg16.placeholder(v, hint)
    if pc == "placeholder-prefix":
        m = re.match(r"^([a-z]{2,5}_(?:live|test|pat|api|v1|oat|pt|sk)_|[A-Za-z0-9]{2,14}[_.\-])", real or "")
        pv = m.group(1) + v.choice(["XXXXXXXXXXXXXXXXXXXXXXXX", "...", "<redacted>", "000000000000000000000000", "your-token"]) if m else "REPLACE_ME"
        pc = "placeholder-prefix" if m else "placeholder-replace"
    if syntax in ("appsettings", "xml", "plist") and "<" in pv:
        return "placeholder-replace", "REPLACE_ME"
    return pc, pv


def integrations(ctx, layer):
    v = ctx.v
    apps = v.sample(ctx.vocab["apps"], 3)
    out = []
    for idx, syntax in enumerate(ctx.syntaxes):
        app = apps[idx]
        names = [ctx.deal[0:5], ctx.deal[5:9], ctx.deal[9:13]][idx]
        fn_ext = syntax16.SYNTAX[syntax][1]
        base = v.choice(["integrations", "providers", "external", "vendors", "connectors", "secrets", "settings"])
        if fn_ext in ("Dockerfile", "Makefile", "compose.yaml"):
            rel = "%s/%s/%s" % (layer, app, fn_ext)
        else:
            rel = "%s/%s/%s%s" % (layer, app, base if idx == 0 else base + "_" + ["", "prod", "live"][idx], fn_ext)
        rows, twin = [], []
        for name in names:
            cat, vars_, val = ctx.prov(name)
            var = v.choice(vars_)
            rows.append((_key(syntax, var, "providers"), val, "P", cat))
            pc, pv = _ph(v, var, syntax, val)
            twin.append((_key(syntax, var, "providers"), pv, "N", pc))
        if idx == 0:
            pname = ctx.pairs[0]
            pcat, idn, secn, idv, secv = ctx.pair(pname)
            rows.append(("__pair__", pcat, idn, secn, idv, secv))
            pc, pv = _ph(v, "secret", syntax)
            twin.append((_key(syntax, v.choice(secn), "cloud"), pv, "N", pc))
            wh = ctx.uniq(lambda: v.choice([v.hex(64), v.b64(32), "wsec_" + v.alnum(32)]))
            rows.append((_key(syntax, v.choice(["webhook_signing_secret", "hook_hmac_key", "callback_secret", "notify_sig_key"]), "app"),
                         wh, "S", "webhook-signing-secret"))
            twin.append(ref_row(syntax, _key(syntax, "webhook_signing_secret", "app"), "WEBHOOK_SIGNING_SECRET"))
        elif idx == 2:
            sp = ctx.pw()
            local = {"de": "smtp_kennwort", "fr": "mot_de_passe_smtp", "es": "contrasena_smtp", "pt": "senha_smtp",
                     "nl": "smtp_wachtwoord", "sv": "smtp_losenord"}.get(ctx.langs[0], v.choice(["smtp_relay_password", "mail_password", "smtp_pass"]))
            rows.append((_key(syntax, local, "mail"), sp, "S", "smtp-password"))
            ek = ctx.uniq(lambda: v.choice([v.b64(32), v.hex(64)]))
            rows.append((_key(syntax, v.choice(["field_encryption_key", "data_key", "aes_key", "pii_cipher_key"]), "app"), ek, "S",
                         "data-encryption-key"))
            twin.append(ref_row(syntax, _key(syntax, "data_key", "app"), "DATA_KEY"))
        else:
            url = "postgresql://%s:%s@%s:5432/%s" % (app.replace("-", "_"), "{pw}", ctx.host("pg0%d" % v.randint(1, 4)), app.replace("-", "_"))
            pw = ctx.pw("uri")
            rows.append((_key(syntax, "database_url", "db"), url.format(pw=pw), "S", "postgres-uri-password"))
            twin.append((_key(syntax, "database_url", "db"), "postgresql://%s:${DB_PASSWORD}@localhost:5432/%s" % (
                app.replace("-", "_"), app.replace("-", "_")), "N", "uri-with-env-reference"))
            k = ctx.api()
            rows.append((_key(syntax, v.choice(["partner_api_key", "upstream_key", "x_api_key", "feed_access_key"]), "app"),
                         k, "S", "generic-api-key"))
            scheme = v.choice(["redis", "rediss", "amqp"])
            tail = ":5672/%2F" if scheme == "amqp" else ":6379/%d" % v.randint(0, 3)
            user = "app" if scheme == "amqp" else v.choice(["default", ""])
            rows.append((_key(syntax, "queue_url" if scheme == "amqp" else v.choice(["cache_url", "redis_url"]), "cache"),
                         "%s://%s:%s@%s%s" % (scheme, user, ctx.pw("uri"), ctx.host("mq01" if scheme == "amqp" else "cache01"), tail),
                         "S", "broker-uri-password"))
        pubn = v.choice(sorted(neg16.prov16.PUBLIC))
        pc, pvars, pval = ctx.public(pubn)
        rows.append((_key(syntax, v.choice(pvars), "public"), pval, "N", pc))
        if idx != 2:
            rc, rv = neg16.reference(v, "smtp_password", ctx.short)
            rows.append((_key(syntax, "smtp_password", "mail"), rv, "N", rc))
        v.shuffle(rows)
        d = ctx.doc(rel, crlf=syntax in syntax16.CRLF_SYNTAX)
        entries = []
        for r in rows:
            if r[0] == "__pair__":
                _, pcat, idn, secn, idv, secv = r
                entries += pair_entries(d, pcat, _key(syntax, v.choice(idn), "cloud"), idv, _key(syntax, v.choice(secn), "cloud"), secv)
            else:
                entries += rows_to_entries(d, [r])
        syntax16.SYNTAX[syntax][0](d, entries)
        out.append(rel)
        # the twin: same syntax for config files, an .env.example for code
        if syntax in CODE or fn_ext in ("Dockerfile", "Makefile"):
            trel = rel.rsplit("/", 1)[0] + "/.env.example"
            tsyn = "env"
            twin = [ref_row("env", t[0].split(".")[-1], t[0].split(".")[-1].upper()) if t[2] == "R" else (t[0].split(".")[-1],) + tuple(t[1:])
                    for t in twin]
        else:
            trel = rel + v.choice([".example", ".sample", ".dist", ".template", ".tmpl"])
            tsyn = syntax
        cfg(ctx, trel, tsyn, twin)
    return out


# ---------------------------------------------------------------- CI
def ci(ctx, layer):
    v = ctx.v
    app = v.choice(ctx.vocab["apps"])
    kind = v.choice(["gha", "gitlab", "jenkins", "bitbucket", "drone", "azure", "woodpecker", "buildkite"])
    pname = v.choice(["npm", "dockerhub", "sentry-user", "sentry-org", "vercel", "cloudflare", "databricks", "pypi",
                      "digitalocean", "infracost", "slack-webhook", "tfc", "grafana-sa", "render"])
    cat, vars_, tok = ctx.prov(pname)
    var = vars_[0]
    sha = v.sha1()
    digest = "sha256:" + v.sha256()
    if kind == "gha":
        d = ctx.doc(".github/workflows/%s-deploy.yml" % app)
        d.w("name: deploy %s" % app, "on:", "  push:", "    branches: [main]", "jobs:", "  build:", "    runs-on: ubuntu-24.04",
            "    env:", "      REGISTRY: ghcr.io/%s" % ctx.short)
        d.w("      DEPLOY_KEY: " + d.N("${{ secrets.DEPLOY_KEY }}", "github-actions-secret"))
        d.w("      %s: %s" % (var, d.P(tok, cat)) + "   # TODO move to secrets before go-live")
        d.w("    steps:", "      - uses: actions/checkout@" + d.N(sha, "pinned-action-sha") + " # v4.2.2",
            "      - run: docker build -t $REGISTRY/%s:${{ github.sha }} ." % app,
            "      - uses: docker://alpine@" + d.N(digest, "docker-image-digest"),
            "        with:", "          args: ./deploy.sh")
        d.w("      - run: echo \"token=" + d.N("${{ secrets.GITHUB_TOKEN }}", "github-actions-secret") + "\" > .tokenfile")
        return
    if kind == "gitlab":
        d = ctx.doc(".gitlab-ci.yml")
        d.w("image: python:3.12@" + d.N(digest, "docker-image-digest"), "variables:", "  APP: %s" % app)
        d.w("  %s: \"%s\"" % (var, d.P(tok, cat)))
        d.w("  DB_PASSWORD: " + d.N("$PROD_DB_PASSWORD", "ci-variable-reference"), "deploy:", "  stage: deploy", "  script:",
            "    - ./ci/deploy.sh --commit " + d.N(sha, "git-sha"), "  only: [main]")
        return
    if kind == "jenkins":
        d = ctx.doc("Jenkinsfile")
        d.w("pipeline {", "  agent { label 'linux' }", "  environment {")
        d.w("    REGISTRY_CREDS = " + d.N("credentials('registry-%s')" % app, "jenkins-credentials-reference"))
        d.w("    %s = '%s'" % (var, d.P(tok, cat)))
        d.w("  }", "  stages {", "    stage('deploy') {", "      steps {",
            "        sh 'git checkout " + d.N(sha, "git-sha") + "'",
            "        sh './deploy.sh %s'" % app, "      }", "    }", "  }", "}")
        return
    if kind == "bitbucket":
        d = ctx.doc("bitbucket-pipelines.yml")
        d.w("image: node:20@" + d.N(digest, "docker-image-digest"), "pipelines:", "  branches:", "    main:", "      - step:",
            "          name: deploy", "          script:")
        d.w("            - export %s=%s" % (var, d.P(tok, cat)))
        d.w("            - pipe: atlassian/ssh-run:0.8.1", "              variables:")
        d.w("                SSH_KEY: " + d.N("$DEPLOY_SSH_KEY", "ci-variable-reference"))
        return
    if kind == "drone":
        d = ctx.doc(".drone.yml")
        d.w("kind: pipeline", "type: docker", "name: %s" % app, "steps:", "  - name: publish", "    image: plugins/docker",
            "    settings:", "      password:")
        d.w("        from_secret: " + d.N("docker_password", "drone-secret-reference"))
        d.w("    environment:", "      %s: %s" % (var, d.P(tok, cat)))
        d.w("  - name: tag", "    commands:", "      - git tag build-" + d.N(sha[:12], "git-short-sha"))
        return
    if kind == "azure":
        d = ctx.doc("azure-pipelines.yml")
        d.w("trigger: [main]", "pool:", "  vmImage: ubuntu-latest", "variables:", "  - group: %s-prod" % app)
        d.w("  - name: %s" % var, "    value: '%s'" % d.P(tok, cat))
        d.w("steps:", "  - script: ./deploy.sh", "    env:")
        d.w("      ARM_CLIENT_SECRET: " + d.N("$(armClientSecret)", "azure-pipelines-variable"))
        d.w("      BUILD_COMMIT: " + d.N(sha, "git-sha"))
        return
    if kind == "woodpecker":
        d = ctx.doc(".woodpecker.yml")
        d.w("steps:", "  deploy:", "    image: alpine@" + d.N(digest, "docker-image-digest"), "    environment:")
        d.w("      %s: %s" % (var, d.P(tok, cat)))
        d.w("      REGISTRY_PASSWORD:", "        from_secret: " + d.N("registry_password", "woodpecker-secret-reference"))
        d.w("    commands:", "      - ./deploy.sh")
        return
    d = ctx.doc(".buildkite/pipeline.yml")
    d.w("env:", "  %s: \"%s\"" % (var, d.P(tok, cat)))
    d.w("steps:", "  - label: ':rocket: deploy'", "    command: ./deploy.sh",
        "    plugins:", "      - docker#v5.11.0:", "          image: \"node@" + d.N(digest, "docker-image-digest") + "\"")
    d.w("      - seek-oss/aws-sm#v2.3.2:", "          env:", "            DB_PASSWORD: " + d.N("prod/%s/db" % app, "aws-secrets-manager-name"))
