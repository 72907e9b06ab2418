"""Theme context and the 20 key/value syntaxes used by integrations files and generic configs.

Items handed to render_kv():
  ("s", NAME, value, cat[, check])   secret            ("n", NAME, value, cat)   hard negative
  ("p", NAME, value)                 plain, unlabelled ("e", NAME)               empty value
  ("pair", cat, [(NAME, value, ident), (NAME, value, ident)])   key-ID + secret region
  ("c", text)                        comment"""

import re

import tprov
from tvals import V

SAFE_YAML = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_./+=~-]*$")


class Ctx:
    def __init__(self, corpus, name, seed, words=()):
        self.corpus, self.name, self.seed = corpus, name, seed
        self.r = V("tenth:%d:%s" % (seed, name))
        self.words = tuple(words)
        people = []
        while len(people) < 8:
            p = self.r.person()
            if p not in people:
                people.append(p)
        self.people = people

    def doc(self, rel, crlf=False, free=False):
        return self.corpus.doc(self.name + "/" + rel, crlf=crlf, free=free)

    # ------------------------------------------------------------ values
    def pw(self): return self.r.pw(self.words)
    def spw(self, n=None): return self.r.pw_strong(n)
    def hpw(self): return self.r.pw_human(self.words)
    def upw(self, n=None): return self.r.pw_uri(n)
    def phrase(self): return self.r.pw_phrase()

    def tok(self, cat):
        c, _, gen, chk = tprov.BY_CAT[cat]
        return gen(self.r)

    def item(self, cat, name=None):
        c, n, gen, chk = tprov.BY_CAT[cat]
        return ("s", name or n, gen(self.r), c, chk)

    def pair(self, cat):
        for c, parts in tprov.PAIRS:
            if c == cat:
                return ("pair", c, [(parts[0][0], parts[0][1](self.r), True), (parts[1][0], parts[1][1](self.r), False)])
        raise KeyError(cat)

    def named(self, cat):
        """A vendor secret in a clearly named setting counts as a provider token."""
        return self.corpus.provider(cat)


# ---------------------------------------------------------------- names per syntax
def words_of(name):
    return [w for w in re.split(r"[_\-.\s]+", name) if w]


def snake(n): return "_".join(w.lower() for w in words_of(n))
def upper(n): return "_".join(w.upper() for w in words_of(n))
def kebab(n): return "-".join(w.lower() for w in words_of(n))
def dotted(n): return ".".join(w.lower() for w in words_of(n))
def pascal(n): return "".join(w.capitalize() for w in words_of(n))


def camel(n):
    p = pascal(n)
    return p[:1].lower() + p[1:]


def needs_quote(v):
    return not SAFE_YAML.match(v)


# each: (file suffix, crlf, header, line(name, val), comment prefix, footer, name transform)
def _env(n, v, raw): return "%s=%s" % (n, v if not needs_quote(raw) else ("'%s'" % v if "$" in raw else '"%s"' % v))
def _yaml(n, v, raw): return "  %s: %s" % (n, '"%s"' % v if needs_quote(raw) else v)
def _json(n, v, raw): return '  "%s": "%s",' % (n, v)
def _q(n, v, raw): return '%s = "%s"' % (n, v)
def _props(n, v, raw): return "%s=%s" % (n, v)
def _go(n, v, raw): return '\t%s = "%s"' % (n, v)
def _k8s(n, v, raw): return '  %s: "%s"' % (n, v)
def _ps(n, v, raw): return "$env:%s = '%s'" % (n, v)
def _js(n, v, raw): return "  %s: '%s'," % (n, v)
def _php(n, v, raw): return "    '%s' => '%s'," % (n, v)
def _dotnet(n, v, raw): return '    <add key="%s" value="%s" />' % (n, v)
def _compose(n, v, raw): return "      %s: \"%s\"" % (n, v)
def _systemd(n, v, raw): return 'Environment="%s=%s"' % (n, v)
def _helm(n, v, raw): return "    %s: %s" % (n, '"%s"' % v if needs_quote(raw) else v)
def _cs(n, v, raw): return '        public const string %s = "%s";' % (n, v)
def _exs(n, v, raw): return '  %s: "%s",' % (n, v)


SYNTAX = {
    "env": (".env", False, "", _env, "#", "", upper),
    "yaml": (".yaml", False, "{app}:\n", _yaml, "  #", "", snake),
    "json": (".json", False, "{{\n", _json, None, '  "_generated": "{date}"\n}}\n', camel),
    "toml": (".toml", False, "[{app}]\n", _q, "#", "", snake),
    "properties": (".properties", False, "# {app}\n", _props, "#", "", dotted),
    "python": ("_settings.py", False, '"""{app} settings."""\n\n', _q, "#", "", upper),
    "go": ("_config.go", False, "package config\n\n// {app} integration settings.\nconst (\n", _go, "\t//", ")\n", pascal),
    "tfvars": (".auto.tfvars", False, "# {app}\n", _q, "#", "", snake),
    "k8s": ("-secret.yaml", False, "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {app}\n  namespace: {ns}\ntype: Opaque\n"
            "stringData:\n", _k8s, "  #", "", upper),
    "powershell": ("-env.ps1", True, "# {app} environment\n", _ps, "#", "", upper),
    "ini": (".ini", False, "[{app}]\n", _props, ";", "", snake),
    "js": (".config.js", False, "'use strict';\n\nmodule.exports = {{\n", _js, "  //", "}};\n", camel),
    "php": ("_config.php", False, "<?php\n\nreturn [\n", _php, "    //", "];\n", snake),
    "dotnet": (".config", True, '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n', _dotnet,
               None, "  </appSettings>\n</configuration>\n", pascal),
    "compose": (".compose.yml", False, "services:\n  {app}:\n    image: registry.{dom}/{app}:2.4.1\n    environment:\n",
                _compose, "      #", "", upper),
    "systemd": ("-override.conf", False, "[Service]\n", _systemd, "#", "", upper),
    "helm": ("-values.yaml", False, "replicaCount: 2\nimage:\n  repository: registry.{dom}/{app}\n  tag: \"2.4.1\"\n"
             "config:\n  secrets:\n", _helm, "    #", "", camel),
    "csharp": ("Secrets.cs", True, "namespace {pascal}.Config\n{{\n    internal static class Integrations\n    {{\n", _cs,
               "        //", "    }}\n}}\n", pascal),
    "elixir": ("_runtime.exs", False, "import Config\n\nconfig :{snake},\n", _exs, "  #", "  pool_size: 10\n", snake),
    "hocon": (".conf", False, "{app} {{\n", lambda n, v, raw: '  %s = "%s"' % (n, v), "  #", "}}\n", kebab),
}
SYNTAXES = sorted(SYNTAX)


def render_kv(d, syntax, items, app, dom, date="2025-01-01", ns="default"):
    """Write items into doc d in the given syntax; returns nothing."""
    suffix, crlf, head, fmt, cpre, foot, tx = SYNTAX[syntax]
    fill = {"app": app, "dom": dom, "date": date, "ns": ns, "pascal": pascal(app), "snake": snake(app)}
    d.w(head.format(**fill))
    for it in items:
        k = it[0]
        if k == "c":
            if cpre:
                d.w("%s %s\n" % (cpre, it[1]))
            continue
        if k == "pair":
            _, cat, parts = it
            r = d.R(cat)
            (n1, v1, i1), (n2, v2, i2) = parts
            d.w(r.B + fmt(tx(n1), r.A(v1, None, i1), v1) + "\n")
            d.w(fmt(tx(n2), r.A(v2, None, i2), v2) + r.E + "\n")
            continue
        name = tx(it[1])
        if k == "s":
            v = it[2]
            d.w(fmt(name, d.S(v, it[3], it[4] if len(it) > 4 else None), v) + "\n")
        elif k == "n":
            v = it[2]
            d.w(fmt(name, d.N(v, it[3]), v) + "\n")
        elif k == "p":
            d.w(fmt(name, it[2], it[2]) + "\n")
        elif k == "e":
            d.w(fmt(name, "", "") + "\n")
    d.w(foot.format(**fill))


PLACEHOLDERS = ("changeme", "CHANGE_ME", "REPLACE_ME", "<your-{k}>", "your-{k}-here", "xxxxxxxxxxxxxxxx", "TODO",
                "<{K}>", "dummy-{k}", "<set-me>", "YOUR_{K}")


def placeholder(r, name, real=None):
    k = kebab(name)
    if real and r.random() < .3:
        m = re.match(r"^([A-Za-z]+[_-])", real)
        if m and len(m.group(1)) >= 3:
            return m.group(1) + "x" * min(32, max(12, len(real) - len(m.group(1))))
    return r.choice(PLACEHOLDERS).format(k=k, K=upper(name))


def reference(r, name, style, app):
    """A reference to a secret kept elsewhere: (value, category)."""
    n = upper(name)
    if style == "env":
        return r.choice(["${%s}" % n, "$%s" % n, "${%s:?missing}" % n, "%%%s%%" % n]), "env-reference"
    if style == "ci":
        return r.choice(["${{ secrets.%s }}" % n, "$(%s)" % n, "{{ .Env.%s }}" % n, "${{ vars.%s }}" % n]), "ci-reference"
    if style == "vault":
        return r.choice(["vault:secret/data/%s#%s" % (app, snake(name)), "{{ with secret \"kv/%s\" }}{{ .Data.%s }}{{ end }}"
                         % (app, snake(name)), "${vault:kv/%s/%s}" % (app, snake(name))]), "vault-reference"
    return r.choice(["op://Platform/%s/%s" % (app, kebab(name)), "{{resolve:secretsmanager:%s/%s}}" % (app, snake(name)),
                     "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (app, kebab(name)),
                     "keeper://%s/field/password" % r.b64u(22)]), "secret-reference"


def twin_items(r, items, app, mode=None):
    """Items of the .example twin: placeholders, references or empty values, all hard negatives."""
    mode = mode or r.choice(["placeholder", "placeholder", "env", "ci", "vault", "secret", "mixed", "mixed", "empty-mixed"])
    out = []
    for it in items:
        if it[0] in ("c", "p"):
            out.append(it)
            continue
        if it[0] == "pair":
            names = [(p[0], p[1]) for p in it[2]]
        else:
            names = [(it[1], it[2])]
        for name, real in names:
            m = mode
            if mode == "mixed":
                m = r.choice(["placeholder", "env", "ci", "vault", "secret"])
            if mode == "empty-mixed":
                m = r.choice(["empty", "empty", "placeholder", "env"])
            elif r.random() < .2:
                m = "empty"
            if m == "empty":
                out.append(("e", name))
            elif m == "placeholder":
                out.append(("n", name, placeholder(r, name, real), "placeholder"))
            else:
                v, cat = reference(r, name, m, app)
                out.append(("n", name, v, cat))
    return out


def twin_name(r, path):
    base, _, ext = path.rpartition(".")
    if path.endswith(".env"):
        return path + r.choice([".example", ".sample", ".dist", ".template"])
    return r.choice([path + ".example", path + ".sample", base + ".example." + ext, path + ".dist"])
