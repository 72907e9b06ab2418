"""Common files, integration code in 12 languages, 20 stack kinds and 8 private-key wrappings."""
import json

from core35 import ALNUM, HEX, V, Doc, b64, jwt, rs
import keys35
import prov35


def env_file(c, r):
    d = Doc("app/.env")
    d.add("APP_ENV=production", "APP_URL=https://www.%s" % c.domain)
    d.sec(V("DATABASE_URL=postgresql://app:", "@db.%s:5432/app" % c.domain), c.uri_pw(r), "password-uri")
    name = r.choice(["sendgrid", "mailgun", "mailchimp"])
    _, t = c.tok(r, name)
    d.sec(V(prov35.TOKENS[name][1] + "="), t, "provider-token")
    d.sec(V("SESSION_SECRET="), c.hexs(r, 64), "session-secret")
    cat, val, cite = r.choice([x for x in prov35.DOC_EXAMPLES if x[0] in ("doc-turnstile-test", "doc-recaptcha-test")])
    d.neg(V("CAPTCHA_SECRET_KEY="), val, cat, cite=cite)
    pc, pv, pvar = prov35.public_value(r)
    d.neg(V(pvar + "="), pv, pc)
    d.neg(V("REDIS_URL="), "${REDIS_URL}", "reference-env")
    return [d]


def compose(c, r):
    d = Doc("deploy/compose.yaml")
    d.add("services:", "  db:")
    d.neg(V("    image: postgres:16@", ""), prov35.hashval(r, "digest")[1], "image-digest")
    d.add("    environment:", "      POSTGRES_USER: app")
    d.sec(V("      POSTGRES_PASSWORD: ", ""), c.password(r), "password-compose")
    if r.random() < 0.6:
        d.add("  cache:", "    image: redis:7")
        d.sec(V("    command: [\"redis-server\", \"--requirepass\", \"", "\"]"), c.uri_pw(r), "password-cli")
    d.add("  web:", "    build: .", "    env_file: ../app/.env")
    return [d]


def ci(c, r):
    k = r.randrange(4)
    if k == 0:
        d = Doc(".github/workflows/deploy.yml")
        d.add("name: deploy", "on: { push: { branches: [main] } }", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
              "    steps:")
        d.neg(V("      - uses: actions/checkout@", ""), prov35.hashval(r, "git")[1], "commit-sha")
        d.neg(V("      - run: ./deploy.sh\n        env:\n          DEPLOY_KEY: ", ""), "${{ secrets.DEPLOY_KEY }}",
              "reference-ci")
        _, w = c.tok(r, "slack-webhook")
        d.sec(V("      - run: curl -X POST -d '{\"text\":\"deployed\"}' ", ""), w, "webhook-url")
    elif k == 1:
        d = Doc(".gitlab-ci.yml")
        d.add("stages: [build, deploy]", "variables:")
        _, t = c.tok(r, "gitlab-deploy")
        d.sec(V("  DEPLOY_TOKEN: \"", "\""), t, "provider-token")
        d.add("build:", "  stage: build", "  script:")
        d.neg(V("    - docker login -u gitlab-ci-token -p ", " $CI_REGISTRY"), "$CI_REGISTRY_PASSWORD", "reference-ci")
    elif k == 2:
        d = Doc("bitbucket-pipelines.yml")
        d.add("image: node:20", "pipelines:", "  default:", "    - step:", "        script:")
        _, t = c.tok(r, "npm")
        d.sec(V("          - echo \"//registry.npmjs.org/:_authToken=", "\" > ~/.npmrc"), t, "provider-token")
        d.neg(V("          - npm publish  # cache key "), prov35.hashval(r, "sha256")[1], "hash-sha256")
    else:
        d = Doc("azure-pipelines.yml")
        d.add("trigger: [main]", "pool: { vmImage: ubuntu-latest }", "variables:")
        _, t = c.tok(r, "github-fine")
        d.sec(V("  GH_PAT: '", "'"), t, "provider-token")
        d.neg(V("  SAS: '", "'"), "$(STORAGE_SAS)", "reference-ci")
        d.add("steps:", "  - script: ./release.sh")
    return [d]


def appconf(c, r):
    d = Doc("config/app.toml")
    d.add("[server]", "host = \"0.0.0.0\"", "port = 8080", "", "[database]")
    d.sec(V("url = \"mysql://app:", "@db.%s:3306/app\"" % c.domain), c.uri_pw(r), "password-uri")
    d.add("", "[integrations]")
    name, t = c.tok(r, r.choice(["openai", "huggingface", "linear", "notion", "figma", "postman", "sentry", "grafana",
                                 "replicate", "perplexity", "xai", "langsmith"]))
    d.sec(V("%s_token = \"" % name.split("-")[0], "\""), t, "provider-token")
    d.neg(V("smtp_password = \"", "\""), prov35.reference(r, "SMTP_PASSWORD"), "reference")
    return [d]


def awscreds(c, r):
    d = Doc("ops/aws/credentials")
    _, i, s, iv, sv = c.pair(r, "aws")
    d.add("[default]")
    d.pair(V("aws_access_key_id = "), i, V("aws_secret_access_key = "), s, "pair-aws")
    d.add("", "[docs-sample]")
    d.neg(V("aws_access_key_id = "), "AKIAIOSFODNN7EXAMPLE", "doc-aws-example", cite="AWS IAM documentation")
    d.neg(V("aws_secret_access_key = "), "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "doc-aws-example",
          cite="AWS IAM documentation")
    d.add("", "[sso]")
    d.neg(V("credential_process = ", ""), "aws-vault export --format=json sso", "reference")
    return [d]


# ---------------------------------------------------------------- integration code
CODE = {
    "python": ("py", "python", '{var} = "{v}"', "{var}_FROM_ENV = {env}"),
    "ts": ("ts", "js", 'export const {var} = "{v}";', "export const {var}_FROM_ENV = {env};"),
    "go": ("go", "go", 'const {var} = "{v}"', "var {var}FromEnv = {env}"),
    "java": ("java", "java", '    static final String {var} = "{v}";', "    static final String {var}_ENV = {env};"),
    "rust": ("rs", "rust", 'const {var}: &str = "{v}";', "let {var_l} = {env}.unwrap_or_default();"),
    "php": ("php", "php", "define('{var}', '{v}');", "${var_l} = {env};"),
    "ruby": ("rb", "ruby", '{var} = "{v}"', "{var}_ENV = {env}"),
    "cs": ("cs", "cs", '        const string {var} = "{v}";', "        var {var_l} = {env};"),
    "kotlin": ("kt", "kotlin", 'const val {var} = "{v}"', "val {var_l} = {env}"),
    "lua": ("lua", "lua", 'local {var} = "{v}"', "local {var_l} = {env}"),
    "elixir": ("ex", "elixir", '  @{var_l} "{v}"', "  def {var_l}_env, do: {env}"),
    "perl": ("pl", "perl", 'my ${var_l} = "{v}";', "my ${var_l}_env = {env};"),
}
CODE_LANGS = list(CODE)


def code(c, r, lang):
    ext, envlang, lit, envtpl = CODE[lang]
    d = Doc("src/integrations/%s_client.%s" % (r.choice(c.t["systems"]).replace("-", "_"), ext), crlf=lang == "cs")
    head = {"python": ["import os", ""], "ts": [], "go": ["package integrations", "", "import \"os\""],
            "java": ["public class Client {"], "rust": ["fn main() {"], "php": ["<?php"], "ruby": [],
            "cs": ["namespace Integrations {", "    static class Client {"], "kotlin": ["package integrations"],
            "lua": [], "elixir": ["defmodule Integrations.Client do"], "perl": ["use strict;"]}[lang]
    tail = {"java": ["}"], "rust": ["}"], "cs": ["    }", "}"], "elixir": ["end"]}.get(lang, [])
    d.add(*head) if head else None
    name, t = c.tok(r)
    var = prov35.TOKENS[name][1]
    d.sec(V(*lit.replace("{var}", var).replace("{var_l}", var.lower()).split("{v}")), t, "provider-token")
    env = prov35.env_lookup(envlang, var)
    line = envtpl.replace("{var}", var).replace("{var_l}", var.lower())
    d.neg(V(*line.split("{env}")), env, "reference-env")
    if r.random() < 0.4:
        pc, pv, pvar = prov35.public_value(r)
        d.neg(V(*lit.replace("{var}", pvar).replace("{var_l}", pvar.lower()).split("{v}")), pv, pc)
    d.add(*tail) if tail else None
    return [d]


# ---------------------------------------------------------------- stacks
def stack(c, r, kind):
    h = c.domain
    if kind == "tfvars":
        d = Doc("infra/prod.auto.tfvars")
        d.add("region = \"eu-west-1\"")
        d.sec(V("db_password = \"", "\""), c.password(r), "password-tfvars")
        d.neg(V("db_password_arn = \"", "\""), "arn:aws:secretsmanager:eu-west-1:%d:secret:db" % r.randrange(10 ** 11, 10 ** 12), "reference")
    elif kind == "dockerfile":
        d = Doc("docker/Dockerfile")
        d.add("FROM python:3.12-slim")
        d.sec(V("ARG PIP_INDEX_URL=https://ci:", "@pypi.%s/simple" % h), c.uri_pw(r), "password-uri")
        d.add("RUN pip install -r requirements.txt")
    elif kind == "k8s-secret":
        d = Doc("k8s/app-secret.yaml")
        pw = c.password(r)
        enc = c.wrap_uniq(b64(pw.encode()))
        d.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: app", "type: Opaque", "data:")
        d.sec(V("  DB_PASSWORD: ", ""), enc, "k8s-secret-data", decoded=pw)
        d.neg(V("  DB_USER: ", ""), b64(b"app"), "k8s-secret-nonsecret")
    elif kind == "sql":
        d = Doc("db/roles.sql")
        d.sec(V("CREATE USER reporting WITH PASSWORD '", "';"), c.password(r), "password-sql")
        d.neg(V("-- ALTER ROLE app PASSWORD '", "';"), "SCRAM-SHA-256$4096:%s$%s:%s" % (
            b64(bytes(r.getrandbits(8) for _ in range(16))), b64(bytes(r.getrandbits(8) for _ in range(32))),
            b64(bytes(r.getrandbits(8) for _ in range(32)))), "hash-scram")
    elif kind == "ansible":
        d = Doc("ansible/host_vars/gw01.yml")
        d.add("ansible_host: 10.%d.0.5" % r.randrange(1, 250), "ansible_user: deploy")
        d.sec(V("ansible_become_password: \"", "\""), c.password(r), "password-yaml")
        d.neg(V("mysql_root_password: \"", "\""), "{{ vault_mysql_root_password }}", "reference-template")
    elif kind == "systemd":
        d = Doc("systemd/app.service.d/override.conf")
        d.add("[Service]")
        d.sec(V("Environment=\"API_TOKEN=", "\""), c.tok(r)[1], "provider-token")
        d.neg(V("LoadCredential=db:", ""), "/etc/credstore/db", "reference-file")
    elif kind == "crontab":
        d = Doc("cron/backup.crontab")
        d.sec(V("0 3 * * * mysqldump -u backup -p'", "' app | gzip > /srv/backup/app.sql.gz"), c.password(r),
              "password-cli")
        d.neg(V("30 3 * * * curl -fsS https://hc.%s/ping/" % h, ""), prov35.hashval(r, "uuid")[1], "uuid")
    elif kind == "netrc":
        d = Doc("home/.netrc")
        d.sec(V("machine git.%s login deploy password " % h, ""), c.strong(r), "password-netrc")
    elif kind == "pgpass":
        d = Doc("home/.pgpass")
        d.sec(V("db.%s:5432:app:app:" % h, ""), c.uri_pw(r), "password-pgpass")
    elif kind == "composer":
        d = Doc("php/auth.json")
        d.add("{", "  \"http-basic\": {", "    \"repo.%s\": {" % h, "      \"username\": \"ci\",")
        d.sec(V("      \"password\": \"", "\""), c.strong(r), "password-json")
        d.add("    }", "  },", "  \"github-oauth\": {")
        d.sec(V("    \"github.com\": \"", "\""), c.tok(r, "github-oauth")[1], "provider-token")
        d.add("  }", "}")
    elif kind == "gradle":
        d = Doc("android/gradle.properties")
        d.add("org.gradle.jvmargs=-Xmx2g")
        d.sec(V("RELEASE_STORE_PASSWORD="), c.password(r), "password-properties")
        d.sec(V("mavenPassword="), c.strong(r), "password-properties")
    elif kind == "cargo":
        d = Doc("rust/.cargo/credentials.toml")
        d.add("[registry]")
        d.sec(V("token = \"cio", "\""), c.alnum(r, 32), "cargo-registry-token")
    elif kind == "pip":
        d = Doc("python/pip.conf")
        d.add("[global]")
        d.sec(V("index-url = https://ci:", "@pkgs.%s/simple" % h), c.uri_pw(r), "password-uri")
    elif kind == "yarnrc":
        d = Doc("web/.yarnrc.yml")
        d.add("nodeLinker: node-modules", "npmScopes:", "  %s:" % h.split(".")[0][:12],
              "    npmRegistryServer: \"https://npm.pkg.github.com\"")
        d.sec(V("    npmAuthToken: \"", "\""), c.tok(r, "github-pat")[1], "provider-token")
    elif kind == "docker-config":
        d = Doc("docker/config.json")
        pw = c.strong(r)
        a = c.wrap_uniq(b64(("ci:" + pw).encode()))
        d.add("{", "  \"auths\": {", "    \"registry.%s\": {" % h)
        d.sec(V("      \"auth\": \"", "\""), a, "docker-auth", decoded="ci:" + pw)
        d.add("    }", "  },", "  \"credsStore\": \"desktop\"", "}")
    elif kind == "kubeconfig":
        d = Doc("k8s/kubeconfig")
        d.add("apiVersion: v1", "kind: Config", "clusters:", "- cluster:")
        d.neg(V("    certificate-authority-data: ", ""), b64(bytes(r.getrandbits(8) for _ in range(90))),
              "public-ca-data")
        d.add("    server: https://k8s.%s:6443" % h, "  name: prod", "users:", "- name: ci", "  user:")
        t = c.wrap_uniq(jwt(r, {"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:ci:deployer",
                                "kubernetes.io/serviceaccount/namespace": "ci"}))
        d.sec(V("    token: ", ""), t, "jwt-token")
    elif kind == "appsettings":
        d = Doc("dotnet/appsettings.Production.json", crlf=True)
        d.add("{", "  \"ConnectionStrings\": {")
        d.sec(V("    \"Default\": \"Server=sql.%s;Database=app;User Id=app;Password=" % h, ";\""), c.uri_pw(r),
              "password-connection-string")
        d.add("  },", "  \"Jwt\": {")
        d.sec(V("    \"Key\": \"", "\""), c.b64s(r, 48), "jwt-secret")
        d.add("  }", "}")
    elif kind == "spring":
        d = Doc("java/application-prod.yml")
        d.add("spring:", "  datasource:", "    url: jdbc:postgresql://db.%s:5432/app" % h, "    username: app")
        d.sec(V("    password: ", ""), c.password(r), "password-yaml")
        d.neg(V("  mail:\n    password: ", ""), "${MAIL_PASSWORD}", "reference-env")
    elif kind == "terraformrc":
        d = Doc("home/.terraformrc")
        d.add("credentials \"app.terraform.io\" {")
        d.sec(V("  token = \"", "\""), c.tok(r, "tfc")[1], "provider-token")
        d.add("}")
    else:
        d = Doc("notebooks/explore.ipynb")
        name, t = c.tok(r, r.choice(["openai", "huggingface", "anthropic", "groq"]))
        cells = []
        d.add("{", " \"cells\": [", "  {", "   \"cell_type\": \"code\",", "   \"metadata\": {},", "   \"source\": [",
              "    \"import requests\\n\",")
        d.sec(V("    \"API_KEY = '", "'\\n\","), t, "provider-token")
        d.add("    \"r = requests.get(URL, headers={'Authorization': f'Bearer {API_KEY}'})\"", "   ],",
              "   \"outputs\": [],", "   \"execution_count\": 1", "  }", " ],", " \"metadata\": {},",
              " \"nbformat\": 4,", " \"nbformat_minor\": 5", "}")
        _ = cells
    return [d]


STACKS = ["tfvars", "dockerfile", "k8s-secret", "sql", "ansible", "systemd", "crontab", "netrc", "pgpass", "composer",
          "gradle", "cargo", "pip", "yarnrc", "docker-config", "kubeconfig", "appsettings", "spring", "terraformrc",
          "notebook"]


# ---------------------------------------------------------------- private keys
WRAPS = ["pkcs8-file", "pkcs1-file", "sec1-file", "openssh", "k8s-tls", "python-literal", "go-raw", "ansible-vars"]


def keywrap(c, r, wrap, n):
    kind = {"pkcs1-file": "rsa", "sec1-file": "p256", "openssh": "ed25519"}.get(wrap) or r.choice(
        ["ed25519", "ed25519", "p256", "rsa"])
    k = keys35.Key(kind, r, comment="%s@%s" % (c.person(r)[1], c.domain))
    rows = k.openssh(r) if wrap == "openssh" else (k.traditional() if wrap in ("pkcs1-file", "sec1-file")
                                                    else k.pkcs8())
    c.wrap_uniq("\n".join(rows[1:-1]))
    cat = "private-key-%s-%s" % (kind, {"openssh": "openssh", "pkcs1-file": "pkcs1", "sec1-file": "sec1"}.get(
        wrap, "pkcs8"))
    kc = "%s-%s" % (kind, cat.rsplit("-", 1)[1])
    val = "\n".join(rows)
    out = []
    if wrap in ("pkcs8-file", "pkcs1-file", "sec1-file"):
        d = Doc("tls/%s-%d.key" % (r.choice(c.t["systems"]), n))
        d.block("secret", rows, val, cat, key_check=kc)
        out.append(d)
        p = Doc(d.path[:-4] + (".crt" if kind == "ed25519" else ".pub.pem"))
        pub = k.cert(c.host(r), r.randrange(1, 2 ** 63)) if kind == "ed25519" else k.spki()
        p.block("negative", pub, "\n".join(pub), "public-certificate" if kind == "ed25519" else "public-key-spki",
                key_check="x509" if kind == "ed25519" else "spki")
        out.append(p)
    elif wrap == "openssh":
        d = Doc("ssh/id_ed25519_%s" % r.choice(c.t["systems"]).replace("-", "_"))
        d.block("secret", rows, val, cat, key_check=kc)
        p = Doc(d.path + ".pub")
        p.neg(V(""), k.openssh_pub(), "public-key-openssh", key_check="openssh-pub")
        out += [d, p]
    elif wrap == "k8s-tls":
        d = Doc("k8s/tls-%d.yaml" % n)
        d.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: ingress-tls", "type: kubernetes.io/tls",
              "stringData:", "  tls.key: |")
        d.block("secret", rows, val, cat, prefix="    ", key_check=kc)
        out.append(d)
    elif wrap == "python-literal":
        d = Doc("src/signing_%d.py" % n)
        d.add("\"\"\"Request signing for the %s API.\"\"\"" % c.org, "", "PRIVATE_KEY = \"\"\"\\")
        d.block("secret", rows, val, cat, suffix_last="\"\"\"", key_check=kc)
        d.add("", "def sign(payload):", "    ...")
        out.append(d)
    elif wrap == "go-raw":
        d = Doc("src/keys_%d.go" % n)
        d.add("package keys", "", "const signingKey = `" + rows[0])
        d.lines.pop()
        d.block("secret", rows, val, cat, prefix="", key_check=kc)
        d.lines[d.labels[-1]["line"] - 1] = "const signingKey = `" + rows[0]
        d.labels[-1]["column"] = len("const signingKey = `") + 1
        d.lines[-1] += "`"
        out.append(d)
    else:
        d = Doc("ansible/group_vars/tls_%d.yml" % n)
        d.add("tls_cert_path: /etc/ssl/app.crt", "tls_private_key: |")
        d.block("secret", rows, val, cat, prefix="  ", key_check=kc)
        out.append(d)
    return out, kind


_ = (json, ALNUM, HEX, rs)
