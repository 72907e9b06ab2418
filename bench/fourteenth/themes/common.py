"""Theme context and shared file helpers."""

import base64
import json

import keys14
import prose14
import prov14
from vals14 import V


class Ctx:
    def __init__(self, corpus, seed, theme, shared):
        self.corpus = corpus
        self.theme = theme
        self.v = V("%s/%s" % (seed, theme))
        self.shared = shared           # corpus-wide: CA key, dealt providers/syntaxes
        self.domain = "example.net"
        self.words = []
        self.org = theme
        self.people = []
        self.freetext_formats = {}

    # ---- files
    def doc(self, rel, crlf=False, free=False):
        return self.corpus.doc(self.theme + "/" + rel, crlf=crlf, free=free)

    # ---- people and values
    def set_people(self, n=8):
        seen = set()
        while len(self.people) < n:
            f, l = self.v.person()
            if f not in seen:
                seen.add(f)
                self.people.append("%s %s" % (f, l))

    def who(self, i=None):
        return self.people[i % len(self.people)] if i is not None else self.v.choice(self.people)

    def mail(self, name):
        f, l = name.split()[0], name.split()[-1]
        return "%s.%s@%s" % (f.lower(), l.lower(), self.domain)

    def user(self, name):
        f, l = name.split()[0], name.split()[-1]
        return (f[0] + l).lower()

    def pw(self, style=None):
        return self.v.pw(style, self.words)

    def key(self, kind):
        return keys14.gen_key(self.v, kind)

    def cert_for(self, key, cn):
        return keys14.certificate(key, cn, self.org, self.shared["ca"], self.v)

    def pick(self, seq, n=None):
        return self.v.choice(seq) if n is None else self.v.sample(seq, n)

    def prov(self, name):
        return prov14.single(self.v, name)


# ------------------------------------------------------------------ helpers
def sheet(ctx, rel, fmt, header, rows, crlf=False):
    """A device/account spreadsheet. fmt: csv, tsv, semi, md."""
    d = ctx.doc(rel, crlf=crlf)
    if fmt == "md":
        d.w("| " + " | ".join(header) + " |", "|" + "---|" * len(header))
        for r in rows:
            d.w("| " + " | ".join(r) + " |")
    else:
        sep = {"csv": ",", "tsv": "\t", "semi": ";"}[fmt]
        d.w(sep.join(header))
        for r in rows:
            d.w(sep.join(r))
    return d


def sql_users(ctx, rel, dialect, users):
    """users: list of (name, "S" | "N", value, category, comment). S = clear-text password, N = stored hash."""
    d = ctx.doc(rel, crlf=(dialect == "mssql"))
    d.w("-- role provisioning for %s (%s)" % (ctx.org, dialect), "")
    for name, kind, value, cat, comment in users:
        m = (d.S if kind == "S" else d.N)(value, cat)
        if comment:
            d.w("-- " + comment)
        if dialect == "postgres":
            if kind == "S":
                d.w("CREATE ROLE %s LOGIN PASSWORD '%s';" % (name, m))
            else:
                d.w("ALTER ROLE %s PASSWORD '%s';" % (name, m))
        elif dialect == "mysql":
            if kind == "S":
                d.w("CREATE USER '%s'@'10.%%' IDENTIFIED BY '%s';" % (name, m))
            else:
                d.w("CREATE USER '%s'@'localhost' IDENTIFIED WITH mysql_native_password AS '%s';" % (name, m))
        else:
            if kind == "S":
                d.w("CREATE LOGIN [%s] WITH PASSWORD = N'%s', CHECK_POLICY = OFF;" % (name, m))
            else:
                d.w("CREATE LOGIN [%s] WITH PASSWORD = %s HASHED;" % (name, m))
            d.w("GO")
    return d


def sql_std(ctx, rel, dialect, names):
    """Three or four users: some clear-text (secret), some hashed (negative)."""
    v = ctx.v
    users = []
    for i, n in enumerate(names):
        if i % 2 == 0:
            users.append((n, "S", ctx.pw(), "sql-password", None))
        elif dialect == "postgres":
            users.append((n, "N", v.choice([v.scram(), v.pg_md5()]), "hash-postgres", "hash copied from prod"))
        elif dialect == "mysql":
            users.append((n, "N", v.mysql_native(), "hash-mysql-native", "migrated from the old server"))
        else:
            users.append((n, "N", v.mssql_hash(), "hash-mssql", "scripted from prod"))
    return sql_users(ctx, rel, dialect, users)


def env_pair(ctx, rel, settings, example_suffix=".example"):
    """settings: list of (NAME, kind, cat, value) with kind in S/P/N/lit. Writes rel and rel+example_suffix.
    The twin gets placeholders, references or the public value."""
    d = ctx.doc(rel)
    t = ctx.doc(rel + example_suffix)
    d.w("# %s - production (do not commit)" % ctx.org)
    t.w("# %s - copy to %s and fill in" % (ctx.org, rel.split("/")[-1]))
    v = ctx.v
    for name, kind, cat, value in settings:
        if kind == "lit":
            d.w("%s=%s" % (name, value))
            t.w("%s=%s" % (name, value))
            continue
        mark = {"S": d.S, "P": d.P, "N": d.N}[kind](value, cat)
        d.w("%s=%s" % (name, mark))
        if kind == "N":
            t.w("%s=%s" % (name, t.N(value, cat)) if v.random() < 0.5 else "%s=" % name)
            continue
        r = v.random()
        if cat in prov14.PLACEHOLDER and r < 0.5:
            t.w("%s=%s" % (name, t.N(prov14.PLACEHOLDER[cat], "placeholder-prefixed")))
        elif r < 0.3:
            t.w("%s=" % name)
        elif r < 0.6:
            t.w("%s=%s" % (name, t.N(v.choice(["changeme", "<%s>" % name.lower(), "your_%s_here" % name.lower(),
                                                "xxxxxxxx", "REPLACE_ME"]), "placeholder")))
        elif r < 0.8:
            t.w("%s=%s" % (name, t.N("op://%s/%s/credential" % (ctx.theme, name.lower().replace("_", "-")),
                                     "secret-manager-reference")))
        else:
            t.w("%s=%s" % (name, t.N("dev-only-" + name.lower().replace("_", "-"), "dev-default")))
    return d, t


def jsonesc(s):
    return s.replace("\n", "\\n")


def b64(s):
    return base64.b64encode(s.encode()).decode()


def gcp_sa(ctx, d, key, project, account):
    """Writes a GCP service-account JSON into doc d; the private key JSON-escaped on one line."""
    kid = ctx.v.hex(40)
    r = d.R("private-key-gcp-service-account", "key")
    d.w("{", '  "type": "service_account",', '  "project_id": "%s",' % project,
        '  "private_key_id": "%s",' % r.I(kid),
        '  "private_key": "%s\\n",' % r.A(jsonesc(key.pem8())),
        '  "client_email": "%s@%s.iam.gserviceaccount.com",' % (account, project),
        '  "client_id": "%s",' % ctx.v.digits(21),
        '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
        '  "token_uri": "https://oauth2.googleapis.com/token",',
        '  "universe_domain": "googleapis.com"', "}")


def device_sheet(ctx, rel, fmt, devices, crlf=False, subnet="10.20.0", defaults=("admin", "1234", "12345")):
    """devices: list of (name, model). One row each: a password (secret), a well-known default, a vault note,
    or a MAC/serial only (negative). At most one labelled value per row."""
    v = ctx.v
    sep = {"csv": ",", "tsv": "\t", "semi": ";", "md": " | "}[fmt]
    d = ctx.doc(rel, crlf=crlf)
    head = ["device", "model", "ip", "serial", "user", "password", "notes"]
    row = (lambda cells: "| " + " | ".join(cells) + " |") if fmt == "md" else (lambda cells: sep.join(cells))
    d.w(row(head))
    if fmt == "md":
        d.w("|" + "---|" * len(head))
    for i, (name, model) in enumerate(devices):
        ip = "%s.%d" % (subnet, 10 + i)
        ser = v.serial()
        r = v.random()
        if r < 0.55:
            cells = [name, model, ip, ser, v.choice(["admin", "root", "operator", "service"]),
                     d.S(ctx.pw(), "sheet-password"), ""]
        elif r < 0.7:
            cells = [name, model, ip, ser, "admin", d.N(v.choice(defaults), "well-known-default"),
                     "factory default, not reachable from outside"]
        elif r < 0.85:
            cells = [name, model, ip, ser, "admin", d.N(v.choice(["see Bitwarden", "in 1Password", "LAPS",
                                                                 "vault: kv/devices/%s" % name]),
                                                       "secret-manager-note"), ""]
        else:
            cells = [name, model, ip, ser, "", "", "MAC " + d.N(v.mac(), "mac-address")]
        d.w(row(cells))
    return d
