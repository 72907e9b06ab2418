"""Theme context and helpers shared by the theme modules: markers, provider tokens, env files with
example twins, SQL logins, device sheets, prose writers."""

import json

import prose15 as pr
import syntax15 as sx
from prov15 import TOKEN_BY_CAT, PUBLIC, PLACEHOLDER
from vals15 import Rng, LOWER

PUBLIC_BY_CAT = {p[0]: p for p in PUBLIC}


class Theme:
    def __init__(self, corpus, seed, key, dirname, ca, deal, orgs):
        self.c, self.key, self.base, self.ca, self.deal = corpus, key, dirname, ca, deal
        self.seed = seed
        self.r = r = Rng("fifteenth:%d:%s" % (seed, key))
        self.org, self.domain, self.city = r.choice(orgs)
        seen, self.people = set(), []
        while len(self.people) < 10:
            p = r.person()
            if p[0] not in seen and p[1] not in seen:
                seen.update(p)
                self.people.append(p)
        self.prov_used = []

    # ---- markers
    def S(self, v, cat):
        return self.c.S(v, cat)

    def P(self, v, cat):
        return self.c.P(v, cat)

    def K(self, v, cat):
        return self.c.K(v, cat)

    def N(self, v, cat):
        return self.c.N(v, cat)

    def R(self, cat, group="provider"):
        return self.c.R(cat, group)

    # ---- values
    def tok(self, cat):
        return TOKEN_BY_CAT[cat][1](self.r)

    def Ptok(self, cat):
        """marker for a fresh provider token of this category"""
        return self.P(self.tok(cat), cat)

    def pub(self, cat):
        return self.N(PUBLIC_BY_CAT[cat][1](self.r), cat)

    def pw(self, uri=False):
        return self.r.pw(uri)

    def vendor_key(self, prefix, n=32, alphabet=None):
        from vals15 import ALNUM
        return prefix + self.r.s(n, alphabet or ALNUM)

    def host(self, name):
        return "%s.%s" % (name, self.domain)

    def p(self, i):
        return self.people[i % len(self.people)]

    def mail_of(self, i):
        return pr.handle(self.p(i)) + "@" + self.domain

    # ---- files
    def w(self, rel, text, free=False, crlf=False):
        self.c.write(self.base + "/" + rel, text, free=free, crlf=crlf)

    def chat(self, rel, msgs, channel, fmt=None):
        fmt = fmt or self.r.choice(pr.CHATS)
        self.w("%s.%s" % (rel, pr.CHAT_EXT[fmt]), pr.chat(fmt, self.r, msgs, channel), free=True,
               crlf=fmt == "teams")

    def ticket(self, rel_dir, key, summary, entries, fmt=None):
        fmt = fmt or self.r.choice(pr.TICKETS)
        self.w("%s/%s.%s" % (rel_dir, key, pr.TICKET_EXT[fmt]), pr.ticket(fmt, self.r, key, summary, entries[0][0], entries),
               free=True, crlf=fmt == "servicenow")

    def wiki(self, rel, title, blocks, fmt=None):
        fmt = fmt or self.r.choice(pr.WIKIS)
        self.w("%s.%s" % (rel, pr.WIKI_EXT[fmt]), pr.wiki(fmt, title, blocks), free=True)

    def mail(self, rel, frm, to, subject, paras, crlf=False):
        self.w(rel + ".eml", pr.email(self.r, frm, to, subject, paras, self.domain), free=True, crlf=crlf)

    def notes(self, rel, title, items):
        c = pr.Clock(self.r)
        self.w(rel + ".md", pr.notes(title, "%d-%02d-%02d" % (c.year, c.month, c.day),
                                     self.r.sample(self.people, 4), items), free=True)

    def voicemail(self, rel, caller, callee, lines):
        self.w(rel + ".txt", pr.voicemail(self.r, caller, callee, lines), free=True)

    # ---- negatives that recur
    def placeholder(self, key, cat=None):
        """a negative marker for an unset value in an example/twin file"""
        r = self.r
        if cat in PLACEHOLDER and r.random() < 0.5:
            return self.N(PLACEHOLDER[cat], "placeholder-prefix-shaped")
        c = r.randint(0, 5)
        if c == 0:
            return self.N("changeme", "placeholder")
        if c == 1:
            return self.N("<%s>" % key.lower().replace("_", "-"), "placeholder")
        if c == 2:
            return self.N("your_%s_here" % key.lower(), "placeholder")
        if c == 3:
            return self.N("xxxxxxxxxxxxxxxx", "placeholder")
        if c == 4:
            return self.N("REPLACE_ME", "placeholder")
        return self.N("dev-only-%s" % key.lower().replace("_", "-"), "dev-default")

    def vault_ref(self, key):
        r = self.r
        c = r.randint(0, 3)
        if c == 0:
            return self.N("vault:secret/data/%s/%s#value" % (self.key, key.lower()), "vault-reference")
        if c == 1:
            return self.N("op://%s/%s/credential" % (self.org.split()[0], key.lower()), "secret-manager-reference")
        if c == 2:
            return self.N("{{ vault_%s }}" % key.lower(), "template-reference")
        return self.N("${%s}" % key, "env-reference")


# ---------------------------------------------------------------- env file with example twin
def env_twins(t, rel_dir, entries, prod=".env.production", example=".env.example", header=None):
    """entries: [(KEY, mode, cat, value)] with mode S (generic), P (provider), N (negative), - (plain)."""
    real, twin = [], []
    for key, mode, cat, value in entries:
        if mode == "-":
            real.append("%s=%s" % (key, value))
            twin.append("%s=%s" % (key, {"production": "development", "prod": "dev"}.get(value, value)))
            continue
        mk = {"S": t.S, "P": t.P, "N": t.N}[mode](value, cat)
        real.append("%s=%s" % (key, mk))
        if mode == "N":
            twin.append("%s=%s" % (key, t.N(value, cat)))
        elif t.r.random() < 0.35:
            twin.append("%s=" % key)
        else:
            twin.append("%s=%s" % (key, t.placeholder(key, cat)))
    head = "# %s\n" % (header or "production settings for %s - do not commit" % t.org)
    t.w(rel_dir + "/" + prod, head + "\n".join(real) + "\n")
    t.w(rel_dir + "/" + example, "# copy to .env and fill in\n" + "\n".join(twin) + "\n")


# ---------------------------------------------------------------- SQL logins
def sql_logins(t, rel, dialect, users):
    """users: [(name, with_password: bool)] — the others get a hash or a reference (negatives)."""
    r, out = t.r, []
    if dialect == "postgres":
        out.append("-- roles for %s (run as postgres)" % t.org)
        for name, real in users:
            if real:
                out.append("CREATE ROLE %s LOGIN PASSWORD '%s';" % (name, t.S(t.pw(), "sql-role-password")))
            else:
                out.append("CREATE ROLE %s LOGIN PASSWORD '%s';" % (name, t.N(r.scram(), "hash-scram-verifier")))
            out.append("GRANT CONNECT ON DATABASE %s TO %s;" % (t.key.replace("-", "_"), name))
    elif dialect == "mysql":
        out.append("-- users for %s" % t.org)
        for name, real in users:
            if real:
                out.append("CREATE USER '%s'@'10.%%' IDENTIFIED BY '%s';" % (name, t.S(t.pw(), "sql-user-password")))
            else:
                out.append("CREATE USER '%s'@'10.%%' IDENTIFIED WITH mysql_native_password AS '%s';" % (
                    name, t.N("*" + r.s(40, "0123456789ABCDEF"), "hash-mysql-native")))
            out.append("GRANT SELECT, INSERT, UPDATE ON %s.* TO '%s'@'10.%%';" % (t.key.replace("-", "_"), name))
    else:
        out.append("-- logins for %s (SQL Server)" % t.org)
        for name, real in users:
            if real:
                out.append("CREATE LOGIN [%s] WITH PASSWORD = N'%s', CHECK_POLICY = OFF;" % (
                    name, t.S(t.pw(), "sql-login-password")))
            else:
                out.append("CREATE LOGIN [%s] WITH PASSWORD = %s HASHED;" % (
                    name, t.N("0x0200" + r.s(136, "0123456789ABCDEF"), "hash-mssql")))
            out.append("GO")
    t.w(rel, "\n".join(out) + "\n", crlf=dialect == "mssql")


# ---------------------------------------------------------------- device sheet
def device_sheet(t, rel, rows, fmt="csv", cols=("device", "ip", "serial", "user", "password", "notes")):
    """rows: list of tuples matching cols; cells may hold markers (at most one marker per row)."""
    if fmt == "csv":
        text = "\n".join(",".join(row) for row in [cols] + list(rows)) + "\n"
    elif fmt == "tsv":
        text = "\n".join("\t".join(row) for row in [cols] + list(rows)) + "\n"
    else:
        text = "| " + " | ".join(cols) + " |\n|" + "---|" * len(cols) + "\n" + "".join(
            "| " + " | ".join(row) + " |\n" for row in rows)
    t.w(rel, text, crlf=fmt == "csv" and t.r.random() < 0.5)


def cred_cell(t, cat, default_ok=True):
    """A device-sheet password cell: a real password, a well-known default, or a vault note."""
    x = t.r.random()
    if x < 0.6:
        return t.S(t.pw(), cat)
    if x < 0.8 and default_ok:
        return t.N(t.r.choice(["admin", "1234", "12345", "password", "default"]), "well-known-default")
    return t.N(t.r.choice(["see vault", "in 1Password", "LAPS", "KeePass entry"]), "secret-manager-note")


# ---------------------------------------------------------------- GCP service account
def gcp_sa(t, key, project):
    email = "%s@%s.iam.gserviceaccount.com" % (t.r.choice(["sync", "etl", "exporter", "uploader"]), project)
    pem_esc = key.pem_pkcs8().replace("\n", "\\n") + "\\n"
    lines = ['{', '  "type": "service_account",', '  "project_id": "%s",' % project,
             '  "private_key_id": "%s",' % t.N(t.r.hex(40), "gcp-private-key-id"),
             '  "private_key": "%s",' % t.K(pem_esc, "private-key-gcp-service-account"),
             '  "client_email": "%s",' % email, '  "client_id": "%s",' % t.r.digits(21),
             '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
             '  "token_uri": "https://oauth2.googleapis.com/token",',
             '  "universe_domain": "googleapis.com"', '}']
    return "\n".join(lines) + "\n"


def slug(s):
    return "".join(c if c in LOWER + "0123456789" else "-" for c in s.lower()).strip("-")


def jdump(obj):
    return json.dumps(obj, indent=2)
