"""Theme context and helpers shared by the theme modules."""
import keys13
import prov13
from vals13 import V
from themes import prose

GENERIC_PLACEHOLDERS = ["changeme", "CHANGE_ME", "<password>", "your-password-here", "xxxxxxxxxxxx",
                        "REPLACE_WITH_REAL_VALUE", "TBD", "<secret>", "placeholder", "dummy-value",
                        "your_api_key_here", "<fill-me-in>", "set-me", "password123-not-real", "TODO"]
MASKS = ["********", "****", "••••••••", "[REDACTED]", "<redacted>", "(hidden)", "***masked***"]


class T:
    """Per-theme context: RNG, organisation, people, file factory and value helpers."""

    def __init__(self, corpus, seed, slug, variants, words):
        self.c, self.seed, self.slug = corpus, seed, slug
        self.v = V("%s:%s" % (seed, slug))
        self.org, self.domain, self.city = self.v.choice(variants)
        self.words = words
        self.people, seen = [], set()
        while len(self.people) < 10:
            f, last = self.v.person()
            if f not in seen:
                seen.add(f)
                self.people.append("%s %s" % (f, last))
        self.nkey = 0
        self.deal, self.pairs, self.syn, self.l2vals = [], [], [], []
        self.files = []
        self.short = self.domain.split(".")[0]

    # ------------------------------------------------------------ files and people
    def f(self, rel, crlf=False, free=False):
        d = self.c.doc("%s/%s" % (self.slug, rel), crlf, free)
        self.files.append(d.path)
        return d

    def who(self, i):
        return self.people[i % len(self.people)]

    def first(self, i):
        return self.who(i).split()[0]

    def mail(self, i):
        f, last = self.who(i).split()
        return "%s.%s@%s" % (f.lower(), last.lower(), self.domain)

    def user(self, i):
        f, last = self.who(i).split()
        return (f[0] + last).lower()

    # ------------------------------------------------------------ values
    def pw(self, style=None):
        return self.v.pw(style, self.words)

    def human(self):
        return self.v.pw_human(self.words)

    def keyrng(self):
        self.nkey += 1
        return V("%s:%s:key:%d" % (self.seed, self.slug, self.nkey))

    def rsa(self, bits=2048):
        return keys13.RSAKey(self.keyrng(), bits)

    def ec(self):
        return keys13.ECKey(self.keyrng())

    def ed(self):
        return keys13.EdKey(self.keyrng())

    def tok(self, cat):
        return prov13.BY_CAT[cat][3](self.v)

    def host(self, name):
        return "%s.%s" % (name, self.domain)

    # ------------------------------------------------------------ negatives
    def placeholder(self):
        return self.v.choice(GENERIC_PLACEHOLDERS)

    def mask(self):
        return self.v.choice(MASKS)

    def ref(self, name, kinds=None):
        """A reference to a secret kept elsewhere: (text, category)."""
        v, low = self.v, name.lower().replace("_", "-")
        kinds = kinds or ["env", "vault", "op", "ci", "sm", "kv", "tmpl", "keeper", "doppler"]
        k = v.choice(kinds)
        if k == "env":
            return v.choice(["${%s}" % name, "$%s" % name, "${%s:?missing}" % name]), "env-reference"
        if k == "vault":
            return v.choice(["vault:secret/data/%s/%s#value" % (self.short, low),
                             "vault://kv/%s/%s" % (self.short, low)]), "vault-reference"
        if k == "op":
            return "op://%s/%s/password" % (self.short.capitalize(), low), "secret-reference"
        if k == "ci":
            return v.choice(["${{ secrets.%s }}" % name, "$(%s)" % name]), "ci-reference"
        if k == "sm":
            return ("arn:aws:secretsmanager:us-east-2:%s:secret:%s/%s-%s"
                    % (v.digits(12), self.short, low, v.alnum(6))), "secret-reference"
        if k == "kv":
            return ("@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)"
                    % (self.short[:12], low)), "secret-reference"
        if k == "keeper":
            return "keeper://%s/field/password" % v.b64u(22), "secret-reference"
        if k == "doppler":
            return "doppler://%s/prd/%s" % (self.short, name), "secret-reference"
        return v.choice(["{{ .Values.secrets.%s }}" % low.replace("-", "_"), "{{ %s }}" % low.replace("-", "_"),
                         "<%%= ENV['%s'] %%>" % name]), "template-reference"

    def neg_ref(self, d, name, kinds=None):
        text, cat = self.ref(name, kinds)
        return d.N(text, cat)

    def neg_placeholder(self, d, like=None):
        if like is not None and self.v.random() < 0.6:
            return d.N(prov13.placeholder_for(like, self.v), "placeholder")
        return d.N(self.placeholder(), "placeholder")


# ------------------------------------------------------------------ shared file shapes
def env_files(t, rel, items, twin_suffix=".example", title=None):
    """A production env file and its twin.

    items: ("S", NAME, value, cat[, group[, fmt]]) secret (fmt: text with {PW} where the value goes) | ("N", NAME, value, cat) negative kept in both |
           ("T", NAME, text) plain | ("C", comment)
    """
    d = t.f(rel)
    tw = t.f(rel + twin_suffix if not rel.endswith(".production") else rel[:-len(".production")] + twin_suffix)
    for d_, twin in ((d, False), (tw, True)):
        if title:
            d_.w("# " + title + (" (copy to .env and fill in)" if twin else ""))
        for it in items:
            if it[0] == "C":
                d_.w("# " + it[1])
            elif it[0] == "T":
                d_.w("%s=%s" % (it[1], it[2]))
            elif it[0] == "N":
                d_.w("%s=%s" % (it[1], d_.N(it[2], it[3])))
            elif not twin:
                grp = it[4] if len(it) > 4 else "generic"
                fmt = it[5] if len(it) > 5 else "{PW}"
                mark = d_.P(it[2], it[3]) if grp == "provider" else d_.S(it[2], it[3])
                d_.w("%s=%s" % (it[1], fmt.replace("{PW}", mark)))
            else:
                r = t.v.random()
                fmt = it[5] if len(it) > 5 else "{PW}"
                if fmt != "{PW}" and r < 0.5:
                    d_.w("%s=%s" % (it[1], fmt.replace("{PW}", d_.N(t.v.choice(
                        ["<password>", "CHANGE_ME", "xxxxxxxx", "password"]), "placeholder"))))
                elif r < 0.45:
                    d_.w("%s=%s" % (it[1], t.neg_placeholder(d_, it[2])))
                elif r < 0.85:
                    d_.w("%s=%s" % (it[1], t.neg_ref(d_, it[1])))
                else:
                    d_.w("%s=" % it[1])
    return d, tw


def sql_users(t, d, dialect, users):
    """users: list of (name, secret_value or None). None -> a hash (negative)."""
    v = t.v
    for name, pw in users:
        if dialect == "postgres":
            if pw:
                d.w("CREATE ROLE %s LOGIN PASSWORD '%s';" % (name, d.S(pw, "sql-role-password")))
            else:
                d.w("CREATE ROLE %s LOGIN PASSWORD '%s';" % (name, d.N(v.choice([v.md5role(), v.scram()]),
                                                                       "password-hash")))
        elif dialect == "mysql":
            if pw:
                d.w("CREATE USER '%s'@'%%' IDENTIFIED BY '%s';" % (name, d.S(pw, "sql-role-password")))
            else:
                d.w("CREATE USER '%s'@'%%' IDENTIFIED WITH mysql_native_password AS '%s';"
                    % (name, d.N(v.mysql_native(), "password-hash")))
        else:
            if pw:
                d.w("CREATE LOGIN [%s] WITH PASSWORD = N'%s', CHECK_POLICY = ON;" % (name, d.S(pw, "sql-role-password")))
            else:
                d.w("CREATE LOGIN [%s] WITH PASSWORD = %s HASHED;" % (name, d.N(v.mssql_hash(), "password-hash")))
            d.w("GO")


def chat_file(t, rel, channel=None, fmt=None):
    fmt = fmt or t.v.choice(prose.CHAT_FORMATS)
    d = t.f(rel + prose.CHAT_EXT[fmt], crlf=fmt == "teams" and t.v.random() < 0.5, free=True)
    return d, fmt


def wiki_file(t, rel, fmt=None):
    fmt = fmt or t.v.choice(prose.WIKI_FORMATS)
    return t.f(rel + prose.WIKI_EXT[fmt], free=True), fmt


def ticket_file(t, rel, fmt=None):
    fmt = fmt or t.v.choice(prose.TICKET_FORMATS)
    return t.f(rel + prose.TICKET_EXT[fmt], crlf=fmt == "servicenow", free=True), fmt


def device_sheet(t, rel, rows, sep=",", crlf=False, free=False):
    """rows: (device, location, user, pw, serial, note); pw is ("S", value, cat) | ("P", value, cat) |
    ("N", value, cat) | None. A row without a password labels its serial as a device-id negative."""
    d = t.f(rel, crlf=crlf, free=free)
    d.w(sep.join(["Device", "Location", "IP", "Username", "Password", "Serial", "Notes"]))
    for device, loc, user, pw, serial, note in rows:
        if pw is None:
            cell, scell = "", d.N(serial, "device-id")
        else:
            kind, val, cat = pw
            cell = {"S": d.S, "P": d.P, "N": d.N}[kind](val, cat)
            scell = serial
        d.w(sep.join([device, loc, t.v.ip10(), user, cell, scell, note]))
    return d


def notebook(d, cells):
    """Write a Jupyter notebook into doc d. cells: list of lists of source lines (may carry markers)."""
    d.w("{", ' "cells": [')
    for i, src in enumerate(cells):
        d.w("  {", '   "cell_type": "code",', '   "execution_count": %d,' % (i + 1), '   "metadata": {},',
            '   "outputs": [],', '   "source": [')
        for j, line in enumerate(src):
            d.w("    %s%s" % (prose.js(line + ("\n" if j < len(src) - 1 else "")), "," if j < len(src) - 1 else ""))
        d.w("   ]", "  }" + ("," if i < len(cells) - 1 else ""))
    d.w(" ],", ' "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},',
        ' "nbformat": 4,', ' "nbformat_minor": 5', "}")
