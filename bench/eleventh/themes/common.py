"""Theme context, key/value syntaxes for integrations files, and their .example twins."""

import re

FIRST = ("Aaliyah Bruno Carmen Dmitri Esther Farid Greta Hamish Ines Jonas Keiko Lorenzo Maeve Nikhil Odette "
         "Pavel Quinn Rosa Soren Tamsin Ulrich Valeria Wendell Xiomara Yusuf Zora Anouk Bartek Cosima Dario "
         "Elif Fintan Gulnara Hector Ilse Jarrah Kofi Leona Mateo Nadia Oren Priya Rafael Saoirse Tobias").split()
LAST = ("Abernathy Baptiste Castellanos Drummond Eriksen Fairweather Gallagher Haddad Iwasaki Jankowski Kowalczyk "
        "Lindqvist Mbeki Nakashima Okonkwo Petrakis Quintero Rasmussen Szabo Thorne Underhill Valdivia Whitlock "
        "Xu Yilmaz Zielinski Achterberg Brennan Costa Delacroix Esposito Fitzgerald Gupta Holloway Ibarra").split()


class Theme:
    def __init__(self, corpus, name, rng, tokens, pairs, org, slug, domain, city):
        self.c, self.name, self.r = corpus, name, rng
        self.tokens, self.pairs = list(tokens), list(pairs)
        self.org, self.slug, self.domain, self.city = org, slug, domain, city
        self.people = []
        used = set()
        while len(self.people) < 9:
            f, l = rng.pick(FIRST), rng.pick(LAST)
            if f not in used:
                used.add(f)
                self.people.append((f, l))
        self.leaked = []

    def doc(self, rel, crlf=False, prose=False):
        return self.c.doc(self.name + "/" + rel, crlf, prose)

    def person(self, i):
        return "%s %s" % self.people[i % len(self.people)]

    def first(self, i):
        return self.people[i % len(self.people)][0]

    def handle(self, i):
        f, l = self.people[i % len(self.people)]
        return (f[0] + l).lower()

    def mail(self, i):
        f, l = self.people[i % len(self.people)]
        return "%s.%s@%s" % (f.lower(), l.lower(), self.domain)

    def prov(self):
        """Next provider token of this theme's deal: (category, setting, value)."""
        if not self.tokens:
            raise RuntimeError("theme %s ran out of provider tokens" % self.name)
        cat, env, fn, check = self.tokens.pop(0)
        return cat, env, fn(self.r, self.slug), check

    def prov_where(self, cats):
        for i, tk in enumerate(self.tokens):
            if tk[0] in cats:
                self.tokens.pop(i)
                return tk[0], tk[1], tk[2](self.r, self.slug), tk[3]
        return self.prov()

    def pair(self):
        cat, ide, sece, gid, gsec = self.pairs.pop(0)
        return cat, ide, sece, gid(self.r), gsec(self.r)

    def host(self, role, n=None):
        return "%s%02d.%s" % (role, n if n is not None else self.r.randint(1, 12), self.domain)

    def date(self, month=None):
        return "2025-%02d-%02d" % (month or self.r.randint(1, 12), self.r.randint(1, 28))

    def ts(self):
        return "%s %02d:%02d" % (self.date(), self.r.randint(6, 22), self.r.randint(0, 59))


# ------------------------------------------------------------------ name styles
def snake(n):
    return n.lower()


def camel(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pascal(n):
    return "".join(x.capitalize() for x in n.lower().split("_"))


def dotted(n):
    return n.lower().replace("_", ".")


def kebab(n):
    return n.lower().replace("_", "-")


# ------------------------------------------------------------------ syntaxes
# each: name, filename, crlf, key style, line(key, rhs), quote(v), envref(NAME), header, footer
def _q2(v):
    return '"%s"' % v


def _q1(v):
    return "'%s'" % v


def _raw(v):
    return v


SYNTAXES = {
    "env": ("{b}.env", False, str.upper, "{k}={v}", _raw, lambda n: "${%s}" % n, "# {title}\n", ""),
    "yaml": ("{b}.yaml", False, snake, "  {k}: {v}", _q2, lambda n: "${%s}" % n, "# {title}\n{b}:\n", ""),
    "json": ("{b}.json", False, camel, '    "{k}": {v},', _q2, lambda n: '"${%s}"' % n,
             '{{\n  "_comment": "{title}",\n  "{b}": {{\n', '    "enabled": true\n  }}\n}}\n'),
    "toml": ("{b}.toml", False, snake, "{k} = {v}", _q2, lambda n: '"${%s}"' % n, "# {title}\n[{b}]\n", ""),
    "properties": ("{b}.properties", False, dotted, "{b}.{k}={v}", _raw, lambda n: "${%s}" % n,
                   "# {title}\n", ""),
    "python": ("{b}_settings.py", False, str.upper, "{k} = {v}", _q2, lambda n: 'os.environ["%s"]' % n,
               '"""{title}"""\nimport os\n\n', ""),
    "go": ("{b}_secrets.go", False, pascal, "\t{k} = {v}", _q2, lambda n: 'os.Getenv("%s")' % n,
           "// {title}\npackage config\n\nconst (\n", ")\n"),
    "tfvars": ("{b}.auto.tfvars", False, snake, "{k} = {v}", _q2, lambda n: '"${var.%s}"' % n.lower(),
               "# {title}\n", ""),
    "k8s": ("{b}-secret.yaml", False, str.upper, "  {k}: {v}", _q2, lambda n: '"${%s}"' % n,
            "# {title}\napiVersion: v1\nkind: Secret\nmetadata:\n  name: {b}\ntype: Opaque\nstringData:\n", ""),
    "powershell": ("Set-{B}Env.ps1", True, str.upper, "$env:{k} = {v}", _q2, lambda n: "$env:%s_VALUE" % n,
                   "# {title}\n", ""),
    "ini": ("{b}.ini", True, snake, "{k} = {v}", _raw, lambda n: "%%(%s)s" % n.lower(), "; {title}\n[{b}]\n", ""),
    "js": ("{b}.config.js", False, camel, "  {k}: {v},", _q1, lambda n: "process.env.%s" % n,
           "// {title}\nmodule.exports = {{\n", "}};\n"),
    "php": ("{b}.php", False, snake, "    '{k}' => {v},", _q1, lambda n: "getenv('%s')" % n,
            "<?php\n// {title}\nreturn [\n", "];\n"),
    "appsettings": ("{B}.config", True, pascal, '    <add key="{k}" value={v} />', _q2, lambda n: '"%%%s%%"' % n,
                    '<?xml version="1.0" encoding="utf-8"?>\n<!-- {title} -->\n<appSettings>\n', "</appSettings>\n"),
    "compose": ("docker-compose.{b}.yml", False, str.upper, "      {k}: {v}", _q2, lambda n: '"${%s}"' % n,
                "# {title}\nservices:\n  {b}:\n    image: registry.{domain}/{b}:1.{n}\n    environment:\n", ""),
    "systemd": ("{b}.service.d/override.conf", False, str.upper, 'Environment="{k}={v}"', _raw,
                lambda n: "%%{%s}" % n, "# {title}\n[Service]\n", ""),
    "helm": ("values-{b}.yaml", False, camel, "    {k}: {v}", _q2, lambda n: '"{{ .Values.%s }}"' % camel(n),
             "# {title}\n{b}:\n  secrets:\n", ""),
    "csharp": ("{B}Secrets.cs", True, pascal, "        public const string {k} = {v};", _q2,
               lambda n: 'Environment.GetEnvironmentVariable("%s")' % n,
               "// {title}\nnamespace {B}.Config\n{{\n    internal static class Secrets\n    {{\n", "    }}\n}}\n"),
    "elixir": ("config/{b}.exs", False, snake, "  {k}: {v},", _q2, lambda n: 'System.get_env("%s")' % n,
               "# {title}\nimport Config\n\nconfig :{b},\n", "  pool_size: 10\n"),
    "hocon": ("{b}.conf", False, camel, "  {k} = {v}", _q2, lambda n: "${?%s}" % n, "# {title}\n{b} {{\n", "}}\n"),
    "ruby": ("config/initializers/{b}.rb", False, snake, "  {k}: {v},", _q2, lambda n: 'ENV.fetch("%s")' % n,
             "# {title}\n{B}::CONFIG = {{\n", "}}.freeze\n"),
    "lua": ("{b}_conf.lua", False, snake, "  {k} = {v},", _q2, lambda n: 'os.getenv("%s")' % n,
            "-- {title}\nreturn {{\n", "}}\n"),
    "perl": ("{B}Config.pm", False, snake, "    {k} => {v},", _q1, lambda n: "$ENV{%s}" % n,
             "# {title}\npackage {B}Config;\nour %CONF = (\n", ");\n1;\n"),
    "rust": ("src/{b}_secrets.rs", False, str.upper, "pub const {k}: &str = {v};", _q2,
             lambda n: 'env!("%s")' % n, "// {title}\n", ""),
    "kotlin": ("{B}Secrets.kt", False, str.upper, "    const val {k} = {v}", _q2,
               lambda n: 'System.getenv("%s")' % n, "// {title}\nobject {B}Secrets {{\n", "}}\n"),
    "nix": ("{b}-secrets.nix", False, camel, "  {k} = {v};", _q2, lambda n: 'builtins.getEnv "%s"' % n,
            "# {title}\n{{\n", "}}\n"),
    "dockerfile": ("Dockerfile.{b}", False, str.upper, "ENV {k}={v}", _raw, lambda n: "${%s}" % n,
                   "# {title}\nFROM registry.{domain}/base/python:3.12-slim\n", 'CMD ["python", "-m", "{b}"]\n'),
    "batch": ("set-{b}-env.cmd", True, str.upper, "set {k}={v}", _raw, lambda n: "%%%s_VAL%%" % n,
              "@echo off\nrem {title}\n", ""),
    "fish": ("conf.d/{b}.fish", False, str.upper, "set -gx {k} {v}", _q1, lambda n: "$%s_VALUE" % n,
             "# {title}\n", ""),
    "envrc": (".envrc.{b}", False, str.upper, "export {k}={v}", _q2, lambda n: '"$(pass show %s)"' % kebab(n),
              "# {title}\n", ""),
    "jenkins": ("{b}.Jenkinsfile", False, str.upper, "    {k} = {v}", _q1, lambda n: "credentials('%s')" % kebab(n),
                "// {title}\npipeline {{\n  agent any\n  environment {{\n", "  }}\n  stages {{ stage('run') {{ steps {{ sh 'make {b}' }} }} }}\n}}\n"),
    "makefile": ("{b}.mk", False, str.upper, "export {k} := {v}", _raw, lambda n: "$(%s_FROM_ENV)" % n,
                 "# {title}\n", ""),
    "apache": ("{b}-env.conf", False, str.upper, "SetEnv {k} {v}", _raw, lambda n: "${%s}" % n,
               "# {title}\n<VirtualHost *:443>\n", "</VirtualHost>\n"),
}

SYNTAX_NAMES = sorted(SYNTAXES)


def render_kv(theme, syntax, base, title, entries, comments=None):
    """entries: list of (SETTING_NAME, rhs-with-markers, already_quoted?) -> (filename, text, crlf)."""
    fname, crlf, kstyle, line, quote, _, head, foot = SYNTAXES[syntax]
    B = pascal(base.replace("-", "_"))
    fmt = dict(b=base, B=B, title=title, domain=theme.domain, n=theme.r.randint(2, 40))
    out = [head.format(**fmt)]
    comments = comments or {}
    for i, (name, rhs, quoted) in enumerate(entries):
        if i in comments:
            cm = {"ini": "; ", "php": "    // ", "js": "  // ", "go": "\t// ", "csharp": "        // ",
                  "appsettings": "    <!-- ", "kotlin": "    // ", "rust": "// ", "lua": "  -- ",
                  "batch": "rem ", "json": None, "nix": "  # ", "jenkins": "    // "}.get(syntax, "# ")
            if cm:
                c = comments[i]
                out.append(cm + c + (" -->" if syntax == "appsettings" else "") + "\n")
        v = rhs if quoted else quote(rhs)
        k = kstyle(name)
        out.append(line.format(k=k, v=v, b=base) + "\n")
    out.append(foot.format(**fmt))
    text = "".join(out)
    return fname.format(**fmt), text, crlf


def envref(syntax, name):
    return SYNTAXES[syntax][5](name)


# ------------------------------------------------------------------ twins
TWIN_STYLES = ["placeholder", "env", "ci", "vault", "op", "aws-sm", "keyvault", "empty", "prefix-placeholder",
               "template"]


def twin_value(theme, d, syntax, name, real_hint=""):
    """A non-secret value for a .example twin line: (rhs, quoted?) where rhs may hold a negative marker."""
    r = theme.r
    style = r.pick(TWIN_STYLES)
    q = SYNTAXES[syntax][4]
    low = name.lower()
    if style == "empty":
        return (q("") if q is not _raw else ""), True
    if style == "env":
        return d.N(envref(syntax, name), "env-reference"), True
    if style == "ci":
        v = r.pick(["${{ secrets.%s }}" % name, "$(%s)" % name, "{{ .Env.%s }}" % name, "$CI_%s" % name])
        return q(d.N(v, "ci-reference")), True
    if style == "vault":
        v = r.pick(["vault:secret/data/%s/%s#%s" % (theme.slug, low.split("_")[0], low),
                    "{{ with secret \"kv/data/%s\" }}{{ .Data.data.%s }}{{ end }}" % (theme.slug, low)])
        if '"' in v and q is _q2:
            v = "vault:kv/%s/%s" % (theme.slug, low)
        return q(d.N(v, "vault-reference")), True
    if style == "op":
        return q(d.N("op://%s-prod/%s/credential" % (theme.slug, kebab(name)), "secret-reference")), True
    if style == "aws-sm":
        return q(d.N("{{resolve:secretsmanager:%s/prod:SecretString:%s}}" % (theme.slug, low),
                     "secret-reference")), True
    if style == "keyvault":
        return q(d.N("@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (
            theme.slug[:12], kebab(name)), "secret-reference")), True
    if style == "prefix-placeholder" and real_hint:
        m = re.match(r"^([A-Za-z0-9]{2,8}[_\-.]+(?:live_|v1_|api03-|proj-)?)", real_hint)
        if m:
            return q(d.N(m.group(1) + "x" * r.randint(20, 32), "placeholder")), True
    if style == "template":
        return q(d.N("{{ %s }}" % low, "template-reference")), True
    v = r.pick(["changeme", "<your-%s>" % kebab(name), "REPLACE_ME", "your_%s_here" % low, "xxxxxxxxxxxxxxxx",
                "TODO-fill-in", "<%s>" % name, "dummy-%s" % kebab(name)])
    if ("<" in v) and syntax in ("appsettings",):
        v = "REPLACE_ME"
    return q(d.N(v, "placeholder")), True


# ------------------------------------------------------------------ generic settings
def generic_setting(theme, d, which):
    """(SETTING, rhs-with-secret-marker, quoted?) for a generic credential in an integrations file."""
    r = theme.r
    pw = r.uri_pw()
    host = theme.host(r.pick(["db", "pg", "sql", "data"]))
    user = r.pick(["app", "svc_" + theme.slug[:8], theme.slug[:10], "integrations", "api"])
    if which == "DATABASE_URL":
        v = r.pick(["postgresql://%s:%s@%s:5432/%s" % (user, pw, host, theme.slug[:12]),
                    "mysql://%s:%s@%s:3306/%s" % (user, pw, host, theme.slug[:12]),
                    "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true" % (user, pw, r.lan(5),
                                                                                          theme.slug[:12])])
        return which, d.S(v, "database-url"), False
    if which == "REDIS_URL":
        return which, d.S("redis://default:%s@%s:6379/0" % (pw, theme.host("redis")), "redis-url"), False
    if which == "AMQP_URL":
        return which, d.S("amqps://%s:%s@%s:5671/%s" % (user, pw, theme.host("mq"), theme.slug[:8]), "amqp-url"), False
    if which == "ELASTICSEARCH_URL":
        return which, d.S("https://elastic:%s@%s:9200" % (pw, theme.host("es")), "elasticsearch-url"), False
    if which == "NATS_URL":
        return which, d.S("nats://%s:%s@%s:4222" % (user, pw, theme.host("nats")), "nats-url"), False
    if which in ("SESSION_SECRET", "COOKIE_SECRET"):
        return which, d.S(r.hex(64) if r.chance(0.5) else r.b64(44), "session-secret"), False
    if which == "JWT_SECRET":
        return which, d.S(r.an(48), "jwt-secret"), False
    if which == "ENCRYPTION_KEY":
        return which, d.S(r.b64bytes(32), "encryption-key"), False
    if which == "WEBHOOK_SIGNING_SECRET":
        return which, d.S(r.hex(40), "webhook-signing-secret"), False
    if which == "MINIO_SECRET_KEY":
        return which, d.S(r.an(40), "minio-secret-key"), False
    if which == "LDAP_BIND_PASSWORD":
        return which, d.S(r.strong(), "ldap-bind-password"), False
    if which == "SMTP_PASSWORD":
        return which, d.S(r.pw(), "smtp-password"), False
    if which == "SFTP_PASSWORD":
        return which, d.S(r.pw(), "sftp-password"), False
    if which == "MQTT_PASSWORD":
        return which, d.S(r.pw(), "mqtt-password"), False
    return which, d.S(r.pw(), "admin-password"), False


GENERIC_NAMES = ["DATABASE_URL", "REDIS_URL", "AMQP_URL", "ELASTICSEARCH_URL", "NATS_URL", "SESSION_SECRET",
                 "COOKIE_SECRET", "JWT_SECRET", "ENCRYPTION_KEY", "WEBHOOK_SIGNING_SECRET", "MINIO_SECRET_KEY",
                 "LDAP_BIND_PASSWORD", "SMTP_PASSWORD", "SFTP_PASSWORD", "MQTT_PASSWORD", "ADMIN_PASSWORD"]
