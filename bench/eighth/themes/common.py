"""Theme context, syntax renderers and prose/chat/ticket/e-mail/wiki/history helpers."""

import base64
import json
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import ekeys  # noqa: E402
from evals import V, PROVIDER_BY_CAT, PLACEHOLDERS, I18N  # noqa: E402

FIRST = ("Ana Bilal Chen Dmitri Efua Farah Gustavo Hana Ines Jonas Kaito Leila Mateo Nia Oskar Priya Quentin "
         "Rosa Sven Tariq Uma Viktor Wren Ximena Yusuf Zofia").split()
LAST = ("Abara Brandt Castillo Dube Eriksen Fonseca Garber Haddad Ilves Jovanovic Kowalczyk Lindqvist Moreau "
        "Nakamura Okafor Pereira Quist Rahman Sato Tremblay Urquhart Varga Whitlock Yilmaz Zeller").split()

CHECK_FOR = {"github-pat": "gh-crc", "github-oauth": "gh-crc", "github-app-token": "gh-crc", "npm-token": "gh-crc",
             "pypi-token": "pypi", "jfrog-reference-token": "jfrog", "onepassword-sa-token": "b64json-ops",
             "mapbox-secret-token": "mapbox", "discord-bot-token": "discord", "openai-key": "openai"}


class Ctx:
    def __init__(self, corpus, rng, theme, org, domain):
        self.c, self.r, self.t, self.org, self.domain = corpus, rng, theme, org, domain
        self.v = V(rng)
        self.people = []
        while len(self.people) < 6:
            p = (rng.choice(FIRST), rng.choice(LAST))
            if p not in self.people:
                self.people.append(p)

    def doc(self, rel, prose=False, crlf=False):
        return self.c.doc(self.t + "/" + rel, prose=prose, crlf=crlf, theme=self.t)

    def person(self, i=None):
        f, l = self.people[self.r.randrange(6) if i is None else i % 6]
        return "%s %s" % (f, l)

    def user(self, i=None):
        f, l = self.people[self.r.randrange(6) if i is None else i % 6]
        return (f[0] + l).lower()

    def email(self, i=None):
        f, l = self.people[self.r.randrange(6) if i is None else i % 6]
        return "%s.%s@%s" % (f.lower(), l.lower(), self.domain)

    def tokval(self, cat):
        env, f = PROVIDER_BY_CAT[cat]
        self.c.provider_cats.add(cat)
        val = f(self.v)
        self.v.used.add(val)
        return val

    def tok(self, d, cat, value=None):
        """Marker for a provider token (generated unless value is given)."""
        self.c.provider_cats.add(cat)
        return d.S(value or self.tokval(cat), cat, CHECK_FOR.get(cat))

    def envname(self, cat):
        return PROVIDER_BY_CAT[cat][0]

    def pw(self, kind="word"):
        return self.v.word_pw() if kind == "word" else self.v.strong_pw() if kind == "strong" else self.v.password()

    def ts(self, i=0):
        return "2025-%02d-%02d %02d:%02d" % (self.r.randint(1, 12), self.r.randint(1, 28), 8 + i % 10, self.r.randint(0, 59))

    def ph(self, d, cat="placeholder"):
        return d.N(self.r.choice(PLACEHOLDERS), cat)


# ------------------------------------------------------------------ key/value syntaxes
SYNTAXES = ["env", "yaml", "json", "toml", "properties", "python", "go", "tfvars", "k8s", "ps1", "ini", "js",
            "ruby", "php", "xml", "compose", "systemd", "helm", "csharp", "elixir"]
EXT = {"env": ".env", "yaml": ".yaml", "json": ".json", "toml": ".toml", "properties": ".properties", "python": ".py",
       "go": ".go", "tfvars": ".auto.tfvars", "k8s": "-secret.yaml", "ps1": ".ps1", "ini": ".ini", "js": ".js",
       "ruby": ".rb", "php": ".php", "xml": ".config", "compose": ".compose.yaml", "systemd": ".service",
       "helm": ".values.yaml", "csharp": ".cs", "elixir": ".exs"}


def camel(k):
    parts = k.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def render_kv(syntax, pairs, name="integrations", comment="credentials"):
    """pairs: list of (KEY_NAME, text) where text may hold markers. Every pair is on one line."""
    L = []
    q = lambda t: '"%s"' % t
    if syntax == "env":
        L.append("# %s" % comment)
        L += ["%s=%s" % (k, v) for k, v in pairs]
    elif syntax == "yaml":
        L += ["# %s" % comment, "%s:" % name]
        L += ["  %s: %s" % (k.lower(), q(v)) for k, v in pairs]
    elif syntax == "json":
        body = ",\n".join('    "%s": %s' % (camel(k), q(v)) for k, v in pairs)
        L += ["{", '  "%s": {' % name, body, "  }", "}"]
    elif syntax == "toml":
        L += ["# %s" % comment, "[%s]" % name]
        L += ["%s = %s" % (k.lower(), q(v)) for k, v in pairs]
    elif syntax == "properties":
        L += ["# %s" % comment]
        L += ["%s.%s=%s" % (name, k.lower().replace("_", "."), v) for k, v in pairs]
    elif syntax == "python":
        L += ['"""%s"""' % comment, "import os", ""]
        L += ["%s = %s" % (k, q(v)) for k, v in pairs]
    elif syntax == "go":
        L += ["package config", "", "// %s" % comment, "const ("]
        L += ["\t%s = %s" % (camel(k)[0].upper() + camel(k)[1:], q(v)) for k, v in pairs]
        L += [")"]
    elif syntax == "tfvars":
        L += ["# %s" % comment]
        L += ["%s = %s" % (k.lower(), q(v)) for k, v in pairs]
    elif syntax == "k8s":
        L += ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % name.replace("_", "-"), "type: Opaque", "stringData:"]
        L += ["  %s: %s" % (k, q(v)) for k, v in pairs]
    elif syntax == "ps1":
        L += ["# %s" % comment]
        L += ["$env:%s = '%s'" % (k, v) for k, v in pairs]
    elif syntax == "ini":
        L += ["; %s" % comment, "[%s]" % name]
        L += ["%s = %s" % (k.lower(), v) for k, v in pairs]
    elif syntax == "js":
        L += ["// %s" % comment, "module.exports = {"]
        L += ["  %s: '%s'," % (camel(k), v) for k, v in pairs]
        L += ["};"]
    elif syntax == "ruby":
        L += ["# %s" % comment, "Rails.application.configure do"]
        L += ["  config.x.%s = %s" % (k.lower(), q(v)) for k, v in pairs]
        L += ["end"]
    elif syntax == "php":
        L += ["<?php", "// %s" % comment, "return ["]
        L += ["    '%s' => '%s'," % (k.lower(), v) for k, v in pairs]
        L += ["];"]
    elif syntax == "xml":
        L += ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <!-- %s -->" % comment, "  <appSettings>"]
        L += ['    <add key="%s" value="%s" />' % (k, v) for k, v in pairs]
        L += ["  </appSettings>", "</configuration>"]
    elif syntax == "compose":
        L += ["services:", "  %s:" % name.replace("_", "-"), "    image: %s:latest" % name.replace("_", "-"), "    environment:"]
        L += ["      %s: %s" % (k, q(v)) for k, v in pairs]
    elif syntax == "systemd":
        L += ["[Unit]", "Description=%s" % name, "", "[Service]"]
        L += ['Environment="%s=%s"' % (k, v) for k, v in pairs]
        L += ["ExecStart=/usr/local/bin/%s" % name, "", "[Install]", "WantedBy=multi-user.target"]
    elif syntax == "helm":
        L += ["# %s" % comment, "secrets:", "  create: true", "  values:"]
        L += ["    %s: %s" % (camel(k), q(v)) for k, v in pairs]
    elif syntax == "csharp":
        L += ["namespace Integrations", "{", "    // %s" % comment, "    internal static class Keys", "    {"]
        L += ['        internal const string %s = "%s";' % (camel(k)[0].upper() + camel(k)[1:], v) for k, v in pairs]
        L += ["    }", "}"]
    elif syntax == "elixir":
        L += ["import Config", "# %s" % comment, "config :app, :%s," % name]
        L += ["  %s: %s," % (k.lower(), q(v)) for k, v in pairs[:-1]]
        L += ["  %s: %s" % (pairs[-1][0].lower(), q(pairs[-1][1]))]
    else:
        raise ValueError(syntax)
    return "\n".join(L) + "\n"


# ------------------------------------------------------------------ prose formats
def chat(ctx, d, msgs, fmt=None):
    """msgs: list of (speaker_index, text). Returns file text in one of several chat export formats."""
    r = ctx.r
    fmt = fmt or r.choice(["slack", "teams", "irc", "mattermost", "discord-csv", "matrix"])
    out = []
    if fmt == "slack":
        items = []
        for i, (who, t) in enumerate(msgs):
            items.append('  {\n    "type": "message",\n    "user": "U0%s",\n    "user_name": "%s",\n    "text": %s,\n    "ts": "17%08d.%06d"\n  }'
                         % (ctx.user(who).upper()[:6], ctx.user(who), json.dumps(t, ensure_ascii=False), 40000000 + i * 3700, i))
        return "[\n" + ",\n".join(items) + "\n]\n"
    if fmt == "teams":
        for who, t in msgs:
            out.append("[%s] %s: %s" % (ctx.ts(who), ctx.person(who), t))
    elif fmt == "irc":
        out.append("--- Log opened %s" % ctx.ts())
        for who, t in msgs:
            out.append("%02d:%02d <%s> %s" % (r.randint(8, 19), r.randint(0, 59), ctx.user(who), t))
    elif fmt == "mattermost":
        for who, t in msgs:
            out.append(json.dumps({"type": "post", "post": {"user": ctx.user(who), "channel": "ops", "message": t,
                                                            "create_at": 1735000000000 + r.randint(0, 10 ** 9)}}, ensure_ascii=False))
    elif fmt == "discord-csv":
        out.append('"AuthorID","Author","Date","Content","Attachments","Reactions"')
        for who, t in msgs:
            out.append('"%s","%s","%s","%s","",""' % (ctx.v.digits(18), ctx.user(who), ctx.ts(), t))
    elif fmt == "matrix":
        for who, t in msgs:
            out.append("%s  @%s:%s  %s" % (ctx.ts(who), ctx.user(who), ctx.domain, t))
    return "\n".join(out) + "\n"


def chat_ext(fmt):
    return {"slack": ".json", "teams": ".txt", "irc": ".log", "mattermost": ".jsonl", "discord-csv": ".csv", "matrix": ".txt"}[fmt]


def email(ctx, subject, body_lines, frm=0, to=1):
    hdr = ["From: %s <%s>" % (ctx.person(frm), ctx.email(frm)), "To: %s <%s>" % (ctx.person(to), ctx.email(to)),
           "Subject: %s" % subject, "Date: Tue, %d Mar 2025 09:%02d:11 +0000" % (ctx.r.randint(1, 28), ctx.r.randint(0, 59)),
           "Message-ID: <%s@mail.%s>" % (ctx.v.hex(16), ctx.domain), "MIME-Version: 1.0",
           "Content-Type: text/plain; charset=utf-8", ""]
    return "\n".join(hdr + body_lines + ["", "-- ", ctx.person(frm), ctx.org]) + "\n"


def ticket(ctx, key, title, comments, fmt=None):
    fmt = fmt or ctx.r.choice(["jira", "servicenow-csv", "github-md", "zendesk-json"])
    if fmt == "jira":
        L = ["[%s] %s" % (key, title), "Status: In Progress    Priority: High", "Reporter: %s" % ctx.person(0), ""]
        for who, t in comments:
            L += ["--- %s (%s)" % (ctx.person(who), ctx.ts(who)), t, ""]
        return ".txt", "\n".join(L)
    if fmt == "servicenow-csv":
        L = ["number,sys_created_by,short_description,work_note"]
        for who, t in comments:
            L.append('%s,%s,"%s","%s"' % (key, ctx.user(who), title, t))
        return ".csv", "\n".join(L) + "\n"
    if fmt == "github-md":
        L = ["# %s (#%s)" % (title, key.split("-")[-1]), ""]
        for who, t in comments:
            L += ["**@%s** commented on %s" % (ctx.user(who), ctx.ts(who)), "", t, ""]
        return ".md", "\n".join(L)
    items = ['    {"author": "%s", "created_at": "%s", "body": %s}' % (ctx.user(w), ctx.ts(w), json.dumps(t, ensure_ascii=False)) for w, t in comments]
    return ".json", '{\n  "ticket": {"id": "%s", "subject": %s},\n  "comments": [\n%s\n  ]\n}\n' % (key, json.dumps(title), ",\n".join(items))


def wiki(ctx, title, blocks, fmt=None):
    """blocks: list of ("p", text) | ("code", [lines]) | ("table", header, rows)"""
    fmt = fmt or ctx.r.choice(["md", "confluence", "mediawiki", "asciidoc", "org", "dokuwiki"])
    L = []
    if fmt == "md":
        L += ["# " + title, ""]
        for b in blocks:
            if b[0] == "p":
                L += [b[1], ""]
            elif b[0] == "code":
                L += ["```"] + b[1] + ["```", ""]
            else:
                L += ["| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1])]
                L += ["| " + " | ".join(row) + " |" for row in b[2]] + [""]
        return ".md", "\n".join(L)
    if fmt == "confluence":
        L += ['<ac:layout><ac:layout-section ac:type="single"><ac:layout-cell>', "<h1>%s</h1>" % title]
        for b in blocks:
            if b[0] == "p":
                L.append("<p>%s</p>" % b[1])
            elif b[0] == "code":
                L += ['<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[' + b[1][0]] + b[1][1:] + ["]]></ac:plain-text-body></ac:structured-macro>"]
            else:
                L.append("<table><tbody><tr>" + "".join("<th>%s</th>" % h for h in b[1]) + "</tr>")
                L += ["<tr>" + "".join("<td>%s</td>" % c for c in row) + "</tr>" for row in b[2]]
                L.append("</tbody></table>")
        L.append("</ac:layout-cell></ac:layout-section></ac:layout>")
        return ".xml", "\n".join(L) + "\n"
    if fmt == "mediawiki":
        L += ["== %s ==" % title]
        for b in blocks:
            if b[0] == "p":
                L += [b[1], ""]
            elif b[0] == "code":
                L += ["<pre>"] + b[1] + ["</pre>"]
            else:
                L += ['{| class="wikitable"', "! " + " !! ".join(b[1])]
                for row in b[2]:
                    L += ["|-", "| " + " || ".join(row)]
                L += ["|}"]
        return ".wiki", "\n".join(L) + "\n"
    if fmt == "asciidoc":
        L += ["= " + title, ""]
        for b in blocks:
            if b[0] == "p":
                L += [b[1], ""]
            elif b[0] == "code":
                L += ["[source,shell]", "----"] + b[1] + ["----", ""]
            else:
                L += ['[cols="%d*"]' % len(b[1]), "|===", "|" + " |".join(b[1])]
                L += ["|" + " |".join(row) for row in b[2]] + ["|===", ""]
        return ".adoc", "\n".join(L)
    if fmt == "org":
        L += ["#+TITLE: " + title, ""]
        for b in blocks:
            if b[0] == "p":
                L += [b[1], ""]
            elif b[0] == "code":
                L += ["#+begin_src sh"] + b[1] + ["#+end_src", ""]
            else:
                L += ["| " + " | ".join(b[1]) + " |", "|-"] + ["| " + " | ".join(row) + " |" for row in b[2]] + [""]
        return ".org", "\n".join(L)
    L += ["====== %s ======" % title]
    for b in blocks:
        if b[0] == "p":
            L += [b[1], ""]
        elif b[0] == "code":
            L += ["<code bash>"] + b[1] + ["</code>"]
        else:
            L += ["^ " + " ^ ".join(b[1]) + " ^"] + ["| " + " | ".join(row) + " |" for row in b[2]]
    return ".txt", "\n".join(L) + "\n"


def history(ctx, cmds, fmt=None):
    """cmds: list of command strings (may hold markers). Returns (filename, text, crlf)."""
    fmt = fmt or ctx.r.choice(["bash", "zsh", "fish", "ps"])
    if fmt == "bash":
        return ".bash_history", "\n".join(cmds) + "\n", False
    if fmt == "zsh":
        t = 1730000000 + ctx.r.randint(0, 10 ** 7)
        return ".zsh_history", "\n".join(": %d:0;%s" % (t + i * 97, c) for i, c in enumerate(cmds)) + "\n", False
    if fmt == "fish":
        t = 1730000000 + ctx.r.randint(0, 10 ** 7)
        return "fish_history", "\n".join("- cmd: %s\n  when: %d" % (c, t + i * 61) for i, c in enumerate(cmds)) + "\n", False
    return "ConsoleHost_history.txt", "\n".join(cmds) + "\n", True


def csv_sheet(header, rows, sep=","):
    return "\n".join([sep.join(header)] + [sep.join(r) for r in rows]) + "\n"


def b64(s):
    return base64.b64encode(s.encode()).decode()
