"""Theme context and shared renderers: key/value syntaxes, e-mail, chat exports, tickets, wikis,
shell histories and spreadsheet CSVs. Markers from a Doc pass through every renderer untouched."""

import csv
import hashlib
import io
import json
import random

import nkeys
import nprov
from nvals import NAMES, SURNAMES, V


class Theme:
    def __init__(self, corpus, name, seed):
        self.c, self.name = corpus, name
        h = int(hashlib.sha256(("%s/%s" % (seed, name)).encode()).hexdigest()[:16], 16)
        self.r = random.Random(h)
        self.kr = random.Random(h ^ 0x5A5A)      # key material has its own stream
        self.v = V(self.r)
        self.people = []
        while len(self.people) < 8:
            p = "%s %s" % (self.r.choice(NAMES), self.r.choice(SURNAMES))
            if p.split()[0] not in [q.split()[0] for q in self.people]:
                self.people.append(p)
        self.org = self.slug = self.domain = None

    def setup(self, org, slug, domain):
        self.org, self.slug, self.domain = org, slug, domain

    # -------------------------------------------------------------- small helpers
    def doc(self, rel, crlf=False, prose=False):
        return self.c.doc(self.name, "%s/%s" % (self.name, rel), crlf, prose)

    def pick(self, seq):
        return self.r.choice(seq)

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def chance(self, p):
        return self.r.random() < p

    def user(self, i=None):
        p = self.people[i] if i is not None else self.pick(self.people)
        a, b = p.lower().split()
        return "%s.%s" % (a, b)

    def first(self, i):
        return self.people[i].split()[0]

    def email(self, i):
        return "%s@%s" % (self.user(i), self.domain)

    def date(self, month=None):
        return "2025-%02d-%02d" % (month or self.r.randrange(1, 13), self.r.randrange(1, 29))

    def ts(self, month=None):
        return "%sT%02d:%02d:%02dZ" % (self.date(month), self.r.randrange(7, 20), self.r.randrange(60), self.r.randrange(60))

    def ip(self, net="10"):
        return "%s.%d.%d.%d" % (net, self.r.randrange(1, 250), self.r.randrange(0, 250), self.r.randrange(2, 250))

    def P(self, d, key):
        """Secret provider token placed in doc d -> (setting name, marker)."""
        cat, env, val, check = nprov.token(self.v, key, self.slug)
        return env, d.S(val, cat, check, grp="provider")

    def Pv(self, key):
        cat, env, val, check = nprov.token(self.v, key, self.slug)
        return cat, env, val, check

    def pair(self, d, key):
        """Key-ID + secret region -> [(setting name, marker), ...] (consecutive lines expected)."""
        cat, items = nprov.pair(self.v, key, self.slug)
        r = d.R("secret", cat, grp="provider")
        return [(name, r.A(val, None, ident)) for name, val, ident in items]

    def named(self, d, value, cat):
        """A provider-named setting without a documented shape (counted as a provider token)."""
        return d.S(value, cat, grp="provider")

    # -------------------------------------------------------------- keys
    def rsa(self, bits=None):
        return nkeys.RSAKey(self.kr, bits or self.pick([1024, 2048, 2048]))

    def ec(self):
        return nkeys.ECKey(self.kr)

    def ed(self):
        return nkeys.EdKey(self.kr)

    def anykey(self):
        return self.pick([self.rsa, self.ec, self.ed])()

    def cert(self, key, cn):
        if not hasattr(self, "_ca"):
            self._ca = nkeys.ECKey(self.kr)
        return nkeys.certificate(key, cn, self.org, self._ca, "%s Internal CA" % self.org, self.kr)


# ------------------------------------------------------------------ key/value syntaxes
def _lower(n):
    return n.lower()


def _camel(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def _pascal(n):
    return "".join(x.capitalize() for x in n.lower().split("_"))


SYNTAXES = ["env", "yaml", "json", "toml", "properties", "python", "go", "tfvars", "k8s", "ps1", "ini", "js",
            "php", "appsettings-xml", "compose", "systemd", "helm", "csharp", "elixir", "hocon"]
EXT = {"env": ".env", "yaml": ".yaml", "json": ".json", "toml": ".toml", "properties": ".properties",
       "python": ".py", "go": ".go", "tfvars": ".auto.tfvars", "k8s": "-secret.yaml", "ps1": ".ps1", "ini": ".ini",
       "js": ".js", "php": ".php", "appsettings-xml": ".config", "compose": "-compose.yml", "systemd": ".service",
       "helm": "-values.yaml", "csharp": ".cs", "elixir": ".exs", "hocon": ".conf"}
CRLF = {"ps1", "appsettings-xml", "csharp"}


def kv(syntax, items, name="integrations", comment=None):
    """items: [(SETTING_NAME, value_text)] -> file text. value_text may be a marker or a literal."""
    c = comment or "%s settings" % name
    L = []
    if syntax == "env":
        L = ["# " + c] + ["%s=%s" % (k, v) for k, v in items]
    elif syntax == "yaml":
        L = ["# " + c, "%s:" % name] + ["  %s: \"%s\"" % (_lower(k), v) for k, v in items]
    elif syntax == "json":
        body = ",\n".join("    \"%s\": \"%s\"" % (_camel(k), v) for k, v in items)
        L = ["{", "  \"_comment\": \"%s\"," % c, "  \"%s\": {" % _camel(name), body, "  }", "}"]
    elif syntax == "toml":
        L = ["# " + c, "[%s]" % name] + ["%s = \"%s\"" % (_lower(k), v) for k, v in items]
    elif syntax == "properties":
        L = ["# " + c] + ["%s.%s=%s" % (name, _lower(k).replace("_", "."), v) for k, v in items]
    elif syntax == "python":
        L = ['"""%s."""' % c, "", "import os", ""] + ["%s = \"%s\"" % (k, v) for k, v in items] + \
            ["", "DEBUG = os.environ.get(\"DEBUG\", \"0\") == \"1\""]
    elif syntax == "go":
        L = ["// Package config holds %s." % c, "package config", "", "const ("] + \
            ["\t%s = \"%s\"" % (_pascal(k), v) for k, v in items] + [")"]
    elif syntax == "tfvars":
        L = ["# " + c] + ["%s = \"%s\"" % (_lower(k), v) for k, v in items]
    elif syntax == "k8s":
        L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % name.replace("_", "-"),
             "  namespace: prod", "type: Opaque", "stringData:"] + ["  %s: \"%s\"" % (k, v) for k, v in items]
    elif syntax == "ps1":
        L = ["# " + c, "$ErrorActionPreference = 'Stop'"] + ["$env:%s = '%s'" % (k, v) for k, v in items]
    elif syntax == "ini":
        L = ["; " + c, "[%s]" % name] + ["%s = %s" % (_lower(k), v) for k, v in items]
    elif syntax == "js":
        L = ["// " + c, "'use strict';", "", "module.exports = {"] + \
            ["  %s: '%s'," % (_camel(k), v) for k, v in items] + ["};"]
    elif syntax == "php":
        L = ["<?php", "// " + c, "return ["] + ["    '%s' => '%s'," % (_lower(k), v) for k, v in items] + ["];"]
    elif syntax == "appsettings-xml":
        L = ['<?xml version="1.0" encoding="utf-8"?>', "<!-- %s -->" % c, "<configuration>", "  <appSettings>"] + \
            ['    <add key="%s" value="%s" />' % (_pascal(k), v) for k, v in items] + ["  </appSettings>", "</configuration>"]
    elif syntax == "compose":
        L = ["# " + c, "services:", "  %s:" % name.replace("_", "-"), "    image: registry.internal/%s:1.8.2" % name,
             "    environment:"] + ["      %s: \"%s\"" % (k, v) for k, v in items]
    elif syntax == "systemd":
        L = ["# " + c, "[Unit]", "Description=%s worker" % name, "After=network-online.target", "", "[Service]",
             "User=svc-%s" % name.replace("_", "-")] + ["Environment=\"%s=%s\"" % (k, v) for k, v in items] + \
            ["ExecStart=/opt/%s/bin/worker" % name, "", "[Install]", "WantedBy=multi-user.target"]
    elif syntax == "helm":
        L = ["# " + c, "replicaCount: 2", "secrets:"] + ["  %s: \"%s\"" % (_camel(k), v) for k, v in items]
    elif syntax == "csharp":
        L = ["// " + c, "namespace Ops.Config", "{", "    internal static class Secrets", "    {"] + \
            ["        public const string %s = \"%s\";" % (_pascal(k), v) for k, v in items] + ["    }", "}"]
    elif syntax == "elixir":
        L = ["import Config", "# " + c, "config :%s," % name] + \
            ["  %s: \"%s\"%s" % (_lower(k), v, "," if i < len(items) - 1 else "") for i, (k, v) in enumerate(items)]
    elif syntax == "hocon":
        L = ["# " + c, "%s {" % name] + ["  %s = \"%s\"" % (_camel(k), v) for k, v in items] + ["}"]
    else:
        raise ValueError(syntax)
    return "\n".join(L) + "\n"


# ------------------------------------------------------------------ e-mail
def email(frm, to, subject, date, body, cc=None):
    h = ["From: %s" % frm, "To: %s" % to] + (["Cc: %s" % cc] if cc else []) + [
        "Subject: %s" % subject, "Date: %s" % date, "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", ""]
    return "\n".join(h) + "\n" + body.strip("\n") + "\n"


# ------------------------------------------------------------------ chat exports
CHATS = ["slack-json", "teams-txt", "irc", "mattermost-jsonl", "whatsapp", "telegram-json", "discord-csv",
         "matrix-json", "rocketchat-json", "googlechat-json", "zulip-txt"]
CHAT_EXT = {"slack-json": ".json", "teams-txt": ".txt", "irc": ".log", "mattermost-jsonl": ".jsonl",
            "whatsapp": ".txt", "telegram-json": ".json", "discord-csv": ".csv", "matrix-json": ".json",
            "rocketchat-json": ".json", "googlechat-json": ".json", "zulip-txt": ".txt"}


def chat(fmt, T, channel, msgs, month=None):
    """msgs: [(person index, text)]; text has no newlines (markers allowed)."""
    m = month or T.r.randrange(1, 13)
    day = T.r.randrange(1, 27)
    t0 = T.r.randrange(8 * 60, 11 * 60)
    rows = []
    for i, (who, text) in enumerate(msgs):
        t = t0 + 3 * i + T.r.randrange(3)
        rows.append((T.people[who], T.user(who), "%02d:%02d" % (t // 60, t % 60), text, i))
    J = lambda o: json.dumps(o, ensure_ascii=False, indent=1)
    ep = 1735689600 + (m - 1) * 2592000 + day * 86400
    if fmt == "slack-json":
        return J([{"type": "message", "user": "U0%s" % hashlib.md5(u.encode()).hexdigest()[:8].upper(),
                   "user_name": u, "text": x, "ts": "%d.%06d" % (ep + k * 97, 100 + k)} for n, u, hm, x, k in rows]) + "\n"
    if fmt == "teams-txt":
        return "".join("[%02d/%02d/2025 %s] %s: %s\n" % (m, day, hm, n, x) for n, u, hm, x, k in rows)
    if fmt == "irc":
        return "--- Log opened 2025-%02d-%02d\n" % (m, day) + "".join(
            "%s <%s> %s\n" % (hm, u.split(".")[0], x) for n, u, hm, x, k in rows) + "--- Log closed\n"
    if fmt == "mattermost-jsonl":
        return "".join(json.dumps({"type": "post", "post": {"channel": channel, "user": u, "message": x,
                                                            "create_at": (ep + k * 61) * 1000}}, ensure_ascii=False) + "\n"
                       for n, u, hm, x, k in rows)
    if fmt == "whatsapp":
        return "".join("%02d/%02d/2025, %s - %s: %s\n" % (day, m, hm, n, x) for n, u, hm, x, k in rows)
    if fmt == "telegram-json":
        return J({"name": channel, "type": "private_supergroup", "messages": [
            {"id": 1000 + k, "type": "message", "date": "2025-%02d-%02dT%s:00" % (m, day, hm), "from": n,
             "text": x} for n, u, hm, x, k in rows]}) + "\n"
    if fmt == "discord-csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["AuthorID", "Author", "Date", "Content", "Attachments", "Reactions"])
        for n, u, hm, x, k in rows:
            w.writerow([str(10 ** 17 + k * 7919), u, "2025-%02d-%02d %s" % (m, day, hm), x, "", ""])
        return buf.getvalue()
    if fmt == "matrix-json":
        return J({"room_name": channel, "messages": [
            {"type": "m.room.message", "sender": "@%s:%s" % (u, T.domain), "origin_server_ts": (ep + k * 53) * 1000,
             "content": {"msgtype": "m.text", "body": x}} for n, u, hm, x, k in rows]}) + "\n"
    if fmt == "rocketchat-json":
        return "".join(json.dumps({"_id": hashlib.md5(("%s%d" % (channel, k)).encode()).hexdigest()[:17], "rid": channel,
                                   "msg": x, "u": {"username": u}, "ts": {"$date": (ep + k * 45) * 1000}},
                                  ensure_ascii=False) + "\n" for n, u, hm, x, k in rows)
    if fmt == "googlechat-json":
        return J({"messages": [{"creator": {"name": n, "email": "%s@%s" % (u, T.domain)},
                                "created_date": "2025-%02d-%02d %s UTC" % (m, day, hm), "text": x}
                               for n, u, hm, x, k in rows]}) + "\n"
    if fmt == "zulip-txt":
        return "stream: %s\ntopic: ops\n\n" % channel + "".join(
            "%s (%s):\n%s\n\n" % (n, hm, x) for n, u, hm, x, k in rows)
    raise ValueError(fmt)


# ------------------------------------------------------------------ tickets
TICKETS = ["jira-text", "servicenow-csv", "github-md", "zendesk-json", "redmine-textile", "freshdesk-json"]
TICKET_EXT = {"jira-text": ".txt", "servicenow-csv": ".csv", "github-md": ".md", "zendesk-json": ".json",
              "redmine-textile": ".textile", "freshdesk-json": ".json"}


def ticket(fmt, T, key, title, desc, comments):
    """desc: text (may contain newlines); comments: [(person index, text without newlines)]."""
    J = lambda o: json.dumps(o, ensure_ascii=False, indent=1)
    if fmt == "jira-text":
        s = "%s: %s\nStatus: In Progress   Priority: High   Reporter: %s\n\nDescription:\n%s\n\nComments:\n" % (
            key, title, T.people[0], desc)
        return s + "".join("--- %s, %s\n%s\n" % (T.people[w], T.date(), x) for w, x in comments)
    if fmt == "servicenow-csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["number", "element", "sys_created_by", "value"])
        w.writerow([key, "short_description", T.user(0), title])
        for part in desc.split("\n"):
            w.writerow([key, "description", T.user(0), part])
        for who, x in comments:
            w.writerow([key, "work_notes", T.user(who), x])
        return buf.getvalue()
    if fmt == "github-md":
        return "# %s (#%s)\n\n**opened by** @%s\n\n%s\n\n" % (title, key, T.user(0), desc) + "".join(
            "---\n\n**@%s** commented:\n\n%s\n\n" % (T.user(w), x) for w, x in comments)
    if fmt == "zendesk-json":
        return J({"ticket": {"id": int(T.v.digits(5)), "subject": title, "description": desc.replace("\n", " "),
                             "comments": [{"author": T.people[w], "body": x, "public": False} for w, x in comments]}}) + "\n"
    if fmt == "redmine-textile":
        return "h1. %s #%s\n\n*Author:* %s\n\n%s\n\nh2. History\n\n" % (title, key, T.people[0], desc) + "".join(
            "h3. Updated by %s\n\n%s\n\n" % (T.people[w], x) for w, x in comments)
    if fmt == "freshdesk-json":
        return J({"id": int(T.v.digits(4)), "subject": title, "description_text": desc.replace("\n", " "),
                  "conversations": [{"from": T.email(w), "body_text": x, "private": True} for w, x in comments]}) + "\n"
    raise ValueError(fmt)


# ------------------------------------------------------------------ wikis
WIKIS = ["markdown", "confluence", "mediawiki", "asciidoc", "org", "dokuwiki", "rst", "textile"]
WIKI_EXT = {"markdown": ".md", "confluence": ".xml", "mediawiki": ".wiki", "asciidoc": ".adoc", "org": ".org",
            "dokuwiki": ".txt", "rst": ".rst", "textile": ".textile"}


def wiki(fmt, title, blocks):
    """blocks: ("h", text) | ("p", text) | ("ul", [items]) | ("code", [lines]) | ("table", header, rows)."""
    out = []
    if fmt == "markdown":
        out.append("# " + title)
        for b in blocks:
            if b[0] == "h":
                out.append("\n## " + b[1])
            elif b[0] == "p":
                out.append("\n" + b[1])
            elif b[0] == "ul":
                out.append("\n" + "\n".join("- " + x for x in b[1]))
            elif b[0] == "code":
                out.append("\n```\n" + "\n".join(b[1]) + "\n```")
            else:
                out.append("\n| " + " | ".join(b[1]) + " |\n|" + "---|" * len(b[1]) + "\n" +
                           "\n".join("| " + " | ".join(r) + " |" for r in b[2]))
    elif fmt == "confluence":
        out.append('<ac:structured-macro ac:name="toc"/>\n<h1>%s</h1>' % title)
        for b in blocks:
            if b[0] == "h":
                out.append("<h2>%s</h2>" % b[1])
            elif b[0] == "p":
                out.append("<p>%s</p>" % b[1])
            elif b[0] == "ul":
                out.append("<ul>\n" + "\n".join("<li>%s</li>" % x for x in b[1]) + "\n</ul>")
            elif b[0] == "code":
                out.append('<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[' + "\n".join(b[1]) +
                           "]]></ac:plain-text-body></ac:structured-macro>")
            else:
                out.append("<table>\n<tr>" + "".join("<th>%s</th>" % h for h in b[1]) + "</tr>\n" + "\n".join(
                    "<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in b[2]) + "\n</table>")
    elif fmt == "mediawiki":
        out.append("= %s =" % title)
        for b in blocks:
            if b[0] == "h":
                out.append("\n== %s ==" % b[1])
            elif b[0] == "p":
                out.append(b[1])
            elif b[0] == "ul":
                out.append("\n".join("* " + x for x in b[1]))
            elif b[0] == "code":
                out.append("<pre>\n" + "\n".join(b[1]) + "\n</pre>")
            else:
                out.append('{| class="wikitable"\n! ' + " !! ".join(b[1]) + "\n" + "".join(
                    "|-\n| " + " || ".join(r) + "\n" for r in b[2]) + "|}")
    elif fmt == "asciidoc":
        out.append("= " + title)
        for b in blocks:
            if b[0] == "h":
                out.append("\n== " + b[1])
            elif b[0] == "p":
                out.append("\n" + b[1])
            elif b[0] == "ul":
                out.append("\n" + "\n".join("* " + x for x in b[1]))
            elif b[0] == "code":
                out.append("\n[source,shell]\n----\n" + "\n".join(b[1]) + "\n----")
            else:
                out.append('\n[cols="%d*"]\n|===\n' % len(b[1]) + " ".join("|" + h for h in b[1]) + "\n" +
                           "\n".join(" ".join("|" + c for c in r) for r in b[2]) + "\n|===")
    elif fmt == "org":
        out.append("#+TITLE: " + title)
        for b in blocks:
            if b[0] == "h":
                out.append("* " + b[1])
            elif b[0] == "p":
                out.append(b[1])
            elif b[0] == "ul":
                out.append("\n".join("- " + x for x in b[1]))
            elif b[0] == "code":
                out.append("#+BEGIN_SRC sh\n" + "\n".join(b[1]) + "\n#+END_SRC")
            else:
                out.append("| " + " | ".join(b[1]) + " |\n|-\n" + "\n".join("| " + " | ".join(r) + " |" for r in b[2]))
    elif fmt == "dokuwiki":
        out.append("====== %s ======" % title)
        for b in blocks:
            if b[0] == "h":
                out.append("\n===== %s =====" % b[1])
            elif b[0] == "p":
                out.append(b[1])
            elif b[0] == "ul":
                out.append("\n".join("  * " + x for x in b[1]))
            elif b[0] == "code":
                out.append("<code bash>\n" + "\n".join(b[1]) + "\n</code>")
            else:
                out.append("^ " + " ^ ".join(b[1]) + " ^\n" + "\n".join("| " + " | ".join(r) + " |" for r in b[2]))
    elif fmt == "rst":
        out.append(title + "\n" + "=" * len(title))
        for b in blocks:
            if b[0] == "h":
                out.append("\n" + b[1] + "\n" + "-" * len(b[1]))
            elif b[0] == "p":
                out.append("\n" + b[1])
            elif b[0] == "ul":
                out.append("\n" + "\n".join("* " + x for x in b[1]))
            elif b[0] == "code":
                out.append("\n.. code-block:: shell\n\n" + "\n".join("   " + x for x in b[1]))
            else:
                out.append("\n.. csv-table::\n   :header: " + ", ".join('"%s"' % h for h in b[1]) + "\n\n" +
                           "\n".join("   " + ", ".join(r) for r in b[2]))
    elif fmt == "textile":
        out.append("h1. " + title)
        for b in blocks:
            if b[0] == "h":
                out.append("\nh2. " + b[1])
            elif b[0] == "p":
                out.append("\n" + b[1])
            elif b[0] == "ul":
                out.append("\n" + "\n".join("* " + x for x in b[1]))
            elif b[0] == "code":
                out.append("\nbc.. " + "\n".join(b[1]) + "\n\np. ")
            else:
                out.append("\n|_. " + " |_. ".join(b[1]) + " |\n" + "\n".join("| " + " | ".join(r) + " |" for r in b[2]))
    else:
        raise ValueError(fmt)
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ shell histories and sheets
HISTS = ["bash", "zsh", "fish", "powershell"]
HIST_PATH = {"bash": ".bash_history", "zsh": ".zsh_history", "fish": ".local/share/fish/fish_history",
             "powershell": "AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt"}


def history(fmt, cmds, t0=1740000000):
    if fmt == "bash":
        return "".join(c + "\n" for c in cmds)
    if fmt == "zsh":
        return "".join(": %d:%d;%s\n" % (t0 + 37 * i, i % 4, c) for i, c in enumerate(cmds))
    if fmt == "fish":
        return "".join("- cmd: %s\n  when: %d\n" % (c, t0 + 41 * i) for i, c in enumerate(cmds))
    if fmt == "powershell":
        return "".join(c + "\n" for c in cmds)
    raise ValueError(fmt)


def sheet(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()
