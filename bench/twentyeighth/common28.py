"""Common file kinds (every theme), integration code in twelve languages and shell histories."""

import base64

from core28 import Doc, rstr, HEXL, B62, uuid4, json_str
import prov28


def P(c, *parts):
    return "/".join((c.dir,) + parts)


def _b64(s):
    return base64.b64encode(s.encode()).decode()


# ------------------------------------------------------------------ common files
def f_env(c, r):
    d = Doc(P(c, "app", ".env"), "common")
    pw = c.pw(r)
    mp = c.pw(r)
    shape = r.choice(["openai", "anthropic", "sendgrid", "mailgun", "stripe-secret", "twilio-skip"][:5])
    t = c.token(r, shape)
    pub = prov28.public_value(r.choice(["stripe-publishable", "supabase-publishable", "google-client-id"]), r)
    dsn = prov28.public_value("sentry-dsn", r)
    d.add("APP_ENV=production", "APP_URL=https://app.%s" % c.domain, "DB_HOST=db.%s" % c.internal,
          "DB_USERNAME=%s_app" % c.slug[:10])
    d.sec("DB_PASSWORD=%s" % pw, pw, "db-password")
    d.add("MAIL_HOST=smtp.%s" % c.domain, "MAIL_USERNAME=noreply@%s" % c.domain)
    d.sec("MAIL_PASSWORD=%s" % mp, mp, "smtp-password")
    d.sec("%s_API_KEY=%s" % (shape.split("-")[0].upper(), t), t, "provider:" + shape, group="provider")
    d.neg("PUBLIC_CLIENT_KEY=%s" % pub, pub, "public-by-design")
    d.neg("SENTRY_DSN=%s" % dsn, dsn, "public-by-design")
    return [d]


def f_compose(c, r):
    d = Doc(P(c, "deploy", "docker-compose.yml"), "common")
    pw = c.pw(r)
    rp = c.pw(r)
    d.add("services:", "  db:", "    image: postgres:16", "    environment:", "      POSTGRES_USER: app")
    d.sec('      POSTGRES_PASSWORD: "%s"' % pw, pw, "db-password")
    d.add("    volumes:", "      - pgdata:/var/lib/postgresql/data", "  cache:", "    image: redis:7.4")
    d.sec('    command: ["redis-server", "--requirepass", "%s"]' % rp, rp, "redis-password")
    d.add("  storage:", "    image: minio/minio:latest", "    environment:", "      MINIO_ROOT_USER: admin")
    d.neg("      MINIO_ROOT_PASSWORD: ${MINIO_ROOT_PASSWORD:?set in .env}", "${MINIO_ROOT_PASSWORD:?set in .env}",
          "env-reference")
    d.add("volumes:", "  pgdata: {}")
    return [d]


def f_k8s_secret(c, r):
    name, sid = c.system(r)
    d = Doc(P(c, "k8s", "%s-secret.yaml" % sid), "common")
    pw = c.pw(r)
    shape = r.choice(["slack-bot", "github-app", "sendgrid", "databricks", "vault"])
    t = c.token(r, shape)
    bpw = c.uniq(lambda: _b64(pw))
    bt = c.uniq(lambda: _b64(t))
    h = rstr(r, HEXL, 64)
    d.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % sid, "  namespace: %s" % c.slug[:12],
          "  annotations:")
    d.neg("    checksum/values: %s" % h, h, "hash")
    d.add("type: Opaque", "data:")
    d.sec("  DB_PASSWORD: %s" % bpw, bpw, "k8s-secret-base64", raw=pw)
    d.sec("  API_TOKEN: %s" % bt, bt, "k8s-secret-base64:" + shape, group="provider", raw=t)
    return [d]


def f_aws(c, r):
    d = Doc(P(c, "ops", "aws", "credentials"), "common", fmt="ini")
    kid, sec = c.pair(r, "aws")
    d.add("[default]", "region = eu-west-1")
    d.pair("aws_access_key_id = %s" % kid, kid, "aws_secret_access_key = %s" % sec, sec, "pair:aws")
    d.add("", "[readonly]")
    d.neg("credential_process = aws-vault export --format=json %s-readonly" % c.slug,
          "aws-vault export --format=json %s-readonly" % c.slug, "credential-helper")
    return [d]


def f_workflow(c, r):
    d = Doc(P(c, ".github", "workflows", "deploy.yml"), "common")
    hook = c.token(r, "slack-webhook")
    d.add("name: deploy", "on:", "  push:", "    branches: [main]", "env:")
    d.sec("  SLACK_WEBHOOK_URL: %s" % hook, hook, "provider:slack-webhook", group="provider")
    d.add("jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
          "      - name: Deploy", "        env:")
    d.neg("          DEPLOY_KEY: ${{ secrets.DEPLOY_KEY }}", "${{ secrets.DEPLOY_KEY }}", "template")
    d.add("        run: ./scripts/deploy.sh")
    return [d]


def f_dockerfile(c, r):
    d = Doc(P(c, "app", "Dockerfile"), "common")
    shape = r.choice(["sentry-user", "npm", "gitlab-pat", "dockerhub", "jfrog-reference"])
    t = c.token(r, shape)
    d.add("FROM node:20-alpine AS build", "WORKDIR /src", "COPY package*.json ./")
    d.neg("RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci", "id=npmrc", "secret-mount-reference")
    d.add("COPY . .")
    d.sec("ENV BUILD_TOKEN=%s" % t, t, "provider:" + shape, group="provider")
    d.add("RUN npm run build", "", "FROM nginx:1.27-alpine", "COPY --from=build /src/dist /usr/share/nginx/html")
    return [d]


COMMON = [f_env, f_compose, f_k8s_secret, f_aws, f_workflow, f_dockerfile]

# ------------------------------------------------------------------ integration code
LANGS = {
    "python": ("py", '"""{title}"""\nimport os\n', "{n} = \"{v}\"", 'os.environ["{n}"]', "", "#"),
    "javascript": ("js", "// {title}\n'use strict';\n", 'const {n} = "{v}";', "process.env.{n}", "", "//"),
    "typescript": ("ts", "// {title}\n", 'export const {n}: string = "{v}";', 'process.env.{n} ?? ""', "", "//"),
    "go": ("go", "// {title}\npackage integrations\n\nimport \"os\"\n", 'const {n} = "{v}"', 'os.Getenv("{n}")', "", "//"),
    "java": ("java", "// {title}\npackage integrations;\n\npublic final class Settings {{", '    static final String {n} = "{v}";',
             'System.getenv("{n}")', "}", "//"),
    "kotlin": ("kt", "// {title}\npackage integrations\n\nobject Settings {{", '    const val {n} = "{v}"',
               'System.getenv("{n}")', "}", "//"),
    "ruby": ("rb", "# {title}\nmodule Integrations", '  {n} = "{v}"', 'ENV.fetch("{n}")', "end", "#"),
    "php": ("php", "<?php\n// {title}\n", "define('{n}', '{v}');", "getenv('{n}')", "", "//"),
    "csharp": ("cs", "// {title}\nnamespace Integrations;\n\npublic static class Settings\n{{",
               '    public const string {n} = "{v}";', 'Environment.GetEnvironmentVariable("{n}")', "}", "//"),
    "rust": ("rs", "// {title}\n", 'pub const {n}: &str = "{v}";', 'std::env::var("{n}")', "", "//"),
    "swift": ("swift", "// {title}\nimport Foundation\n", 'let {n} = "{v}"', 'ProcessInfo.processInfo.environment["{n}"]',
              "", "//"),
    "elixir": ("ex", "# {title}\ndefmodule Integrations.Settings do", '  @{n} "{v}"', 'System.get_env("{n}")', "end", "#"),
}
CODE_LANGS = list(LANGS)
PUBLIC_NAMES = {"stripe-publishable": "stripe-publishable-key", "mapbox-public": "mapbox-public-token",
                "twilio-account-sid": "twilio-account-sid", "google-client-id": "google-client-id",
                "posthog-project": "posthog-project-key", "supabase-publishable": "supabase-publishable-key",
                "recaptcha-site": "recaptcha-site-key", "ga4": "ga4-measurement-id", "sentry-dsn": "sentry-dsn"}


def _name(shape, lang):
    n = shape.replace("-", "_").upper()
    n = n if n.endswith(("TOKEN", "KEY", "SECRET", "KEY_ID", "DSN", "_ID", "SID")) else n + "_TOKEN"
    if lang == "elixir":
        return n.lower()
    if lang == "swift":
        parts = n.lower().split("_")
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    return n


def code_file(c, r, lang, shapes, pair_kind, neg_kind):
    ext, head, const, env, tail, cm = LANGS[lang]
    if lang == "go" and neg_kind != "env":
        head = head.replace('\nimport "os"\n', "")
    name, sid = c.system(r)
    d = Doc(P(c, "integrations", lang, "%s_client.%s" % (sid, ext)), "code")
    d.add(head.format(title="%s - %s integration" % (c.org, name)))
    for shape in shapes:
        t = c.token(r, shape)
        d.sec(const.format(n=_name(shape, lang), v=t), t, "provider:" + shape, group="provider")
    if pair_kind:
        kid, sec = c.pair(r, pair_kind)
        d.pair(const.format(n=_name(pair_kind + "-key-id", lang), v=kid), kid,
               const.format(n=_name(pair_kind + "-secret", lang), v=sec), sec, "pair:" + pair_kind)
    if neg_kind == "env":
        look = env.format(n="MAPS_API_KEY")
        vname = _name("maps-api-key", lang)
        line = const.replace('"{v}"', "{v}").replace("'{v}'", "{v}").format(n=vname, v=look)
        if lang in ("ruby", "elixir", "python", "kotlin", "java", "csharp", "rust"):
            line = {"python": "{n} = {v}", "ruby": "  {n} = {v}", "elixir": "  @{n} {v}",
                    "kotlin": "    val {n}: String? = {v}", "java": "    static final String {n} = {v};",
                    "csharp": "    public static readonly string? {n} = {v};",
                    "rust": "pub fn maps_api_key() -> Option<String> {{ {v}.ok() }}"}[lang].format(n=vname, v=look)
        if lang == "go":
            line = "var %s = %s" % (vname, look)
        if lang == "swift":
            line = "let %s = %s" % (vname, look)
        if lang == "php":
            line = "$mapsKey = %s;" % look
        d.neg(line, look, "env-reference")
    else:
        v = prov28.public_value(neg_kind, r)
        d.neg(const.format(n=_name(PUBLIC_NAMES[neg_kind], lang), v=v), v, "public-by-design")
    if tail:
        d.add(tail)
    return [d]


# ------------------------------------------------------------------ shell histories
def bash_history(c, r):
    p = c.person(r)
    d = Doc(P(c, "home", p["handle"], ".bash_history"), "history")
    pw = c.pw(r, url=True)
    shape = r.choice(["github-pat", "digitalocean", "hetzner-skip", "vercel", "doppler"][:5])
    if shape == "hetzner-skip":
        shape = "heroku"
    t = c.token(r, shape)
    sha = rstr(r, HEXL, 40)
    d.add("cd /srv/%s" % c.slug, "git pull")
    d.neg("git checkout %s" % sha, sha, "git-sha")
    d.sec("mysql -h db.%s -u root -p'%s' -e 'show databases'" % (c.internal, pw), pw, "db-password")
    d.add("systemctl status nginx")
    d.sec("export %s_TOKEN=%s" % (shape.split("-")[0].upper(), t), t, "provider:" + shape, group="provider")
    d.neg("pass show infra/%s/root" % c.slug, "pass show infra/%s/root" % c.slug, "password-manager-reference")
    d.add("history -c", "exit")
    return [d]


def lesshst(c, r):
    p = c.person(r)
    d = Doc(P(c, "home", p["handle"], ".lesshst"), "history")
    shape = r.choice(["openai", "gitlab-pat", "slack-bot", "npm"])
    t = c.token(r, shape)
    d.add(".less-history-file:", ".search", '"ERROR', '"timeout')
    d.sec('"' + t, t, "provider:" + shape, group="provider")
    d.add(".shell", '"tail -n 200 /var/log/%s/app.log' % c.slug)
    return [d]
