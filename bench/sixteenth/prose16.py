"""Free-text renderers: chat exports (8 formats), tickets (5), e-mail, wiki pages (7), shell
histories (5), git logs.  Text may contain markers; JSON and CSV formats keep one message per line
(JSON) or quote the field (CSV), so a marker never straddles a line it should not."""

CHAT_FORMATS = ["slack", "teams", "whatsapp", "irc", "mattermost", "discord", "telegram", "matrix"]
JSON_CHAT = {"slack", "mattermost", "telegram"}
TICKET_FORMATS = ["jira", "github", "servicenow", "zendesk", "redmine"]
JSON_TICKET = {"zendesk"}
WIKI_FORMATS = ["markdown", "confluence", "mediawiki", "asciidoc", "rst", "org", "dokuwiki"]
HISTORY_FORMATS = ["bash", "zsh", "powershell", "fish", "numbered"]


def jesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def hesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def nick(name):
    return name.split()[0].lower()


class Clock:
    def __init__(self, v, day=None):
        self.v = v
        self.day = day or v.date()
        self.h, self.m = v.randint(7, 10), v.randint(0, 59)
        self.ep = v.epoch()

    def tick(self):
        step = self.v.randint(1, 17)
        self.m += step
        self.ep += step * 60 + self.v.randint(0, 59)
        if self.m >= 60:
            self.m -= 60
            self.h = min(self.h + 1, 23)
        return "%02d:%02d" % (self.h, self.m)


# ---------------------------------------------------------------- chat
def chat(d, fmt, msgs, v, channel="ops"):
    ck = Clock(v)
    y, mo, da = ck.day.split("-")
    if fmt == "slack":
        users = {}
        d.w("[")
        for i, (who, text) in enumerate(msgs):
            uid = users.setdefault(who, "U0" + v.upper_alnum(8))
            ck.tick()
            d.w('  {"type": "message", "user": "%s", "user_name": "%s", "text": "%s", "ts": "%d.%06d"}%s' % (
                uid, nick(who), jesc(text), ck.ep, v.randint(0, 999999), "," if i < len(msgs) - 1 else ""))
        d.w("]")
    elif fmt == "mattermost":
        d.w('{"type": "version", "version": 1}')
        d.w('{"type": "channel", "channel": {"team": "%s", "name": "%s", "display_name": "%s"}}' % ("ops", channel, channel))
        for who, text in msgs:
            ck.tick()
            d.w('{"type": "post", "post": {"team": "ops", "channel": "%s", "user": "%s", "message": "%s", "create_at": %d}}'
                % (channel, nick(who), jesc(text), ck.ep * 1000 + v.randint(0, 999)))
    elif fmt == "telegram":
        d.w("{", '  "name": "%s",' % channel, '  "type": "private_supergroup",', '  "id": %d,' % v.randint(10 ** 9, 2 * 10 ** 9),
            '  "messages": [')
        for i, (who, text) in enumerate(msgs):
            ck.tick()
            d.w('    {"id": %d, "type": "message", "date": "%sT%02d:%02d:%02d", "from": "%s", "text": "%s"}%s' % (
                1000 + i, ck.day, ck.h, ck.m, v.randint(0, 59), who, jesc(text), "," if i < len(msgs) - 1 else ""))
        d.w("  ]", "}")
    elif fmt == "discord":
        d.w("AuthorID,Author,Date,Content,Attachments,Reactions")
        for who, text in msgs:
            ck.tick()
            d.w('"%s","%s","%sT%02d:%02d:00.000+00:00","%s","",""' % (
                v.digits(18), nick(who) + "#" + v.digits(4), ck.day, ck.h, ck.m, text.replace('"', '""')))
    else:
        if fmt == "teams":
            d.w("Chat: %s" % channel, "Exported %s" % ck.day, "")
        elif fmt == "matrix":
            d.w("=== #%s:matrix.internal  (export %s) ===" % (channel, ck.day))
        elif fmt == "irc":
            d.w("--- Log opened %s 00:00:01 %s" % ("Mon", ck.day), "*** Now talking on #" + channel)
        for who, text in msgs:
            t = ck.tick()
            lines = text.split("\n")
            if fmt == "teams":
                d.w("[%s] %s" % (t, who))
                d.w(*lines)
                d.blank()
            elif fmt == "whatsapp":
                d.w("%s/%s/%s, %s - %s: %s" % (da, mo, y, t, who, lines[0]), *lines[1:])
            elif fmt == "irc":
                d.w("%s <%s> %s" % (t, nick(who), lines[0]))
                for extra in lines[1:]:
                    d.w("%s <%s> %s" % (t, nick(who), extra))
            else:
                d.w("%s  %s: %s" % (t, who, lines[0]), *("    " + x if x else x for x in lines[1:]))


# ---------------------------------------------------------------- tickets
def ticket(d, fmt, v, key, title, reporter, comments, fields=()):
    day = v.date()
    if fmt == "jira":
        d.w("[%s] %s" % (key, title), "Created: %s   Reporter: %s   Status: In Progress" % (day, reporter))
        for k, val in fields:
            d.w("%s: %s" % (k, val))
        d.w("", "Comments")
        for who, text in comments:
            d.w("----", "%s - %s %s" % (who, day, v.time()), *text.split("\n"))
    elif fmt == "github":
        d.w("# %s (#%s)" % (title, key.split("-")[-1]), "", "**Opened by** @%s on %s" % (nick(reporter), day), "")
        for k, val in fields:
            d.w("- %s: %s" % (k, val))
        for who, text in comments:
            d.w("", "---", "", "**@%s** commented:" % nick(who), "", *text.split("\n"))
    elif fmt == "servicenow":
        d.w('"number","sys_created_on","sys_created_by","element","value"')
        for k, val in fields:
            d.w('"%s","%s 08:00:00","%s","%s","%s"' % (key, day, nick(reporter), k, val))
        for who, text in comments:
            d.w('"%s","%s %s:00","%s","comments","%s"' % (key, day, v.time(), nick(who), text.replace('"', '""')))
    elif fmt == "zendesk":
        d.w("{", '  "ticket": {"id": %s, "subject": "%s", "requester": "%s", "created_at": "%sT08:12:00Z"},' % (
            key.split("-")[-1], jesc(title), reporter, day), '  "fields": [')
        for i, (k, val) in enumerate(fields):
            d.w('    {"name": "%s", "value": "%s"}%s' % (k, val, "," if i < len(fields) - 1 else ""))
        d.w("  ],", '  "comments": [')
        for i, (who, text) in enumerate(comments):
            d.w('    {"id": %d, "author": "%s", "public": %s, "body": "%s"}%s' % (
                v.randint(10 ** 10, 10 ** 11), who, "false" if i % 2 else "true", jesc(text), "," if i < len(comments) - 1 else ""))
        d.w("  ]", "}")
    else:
        d.w("h1. %s #%s: %s" % ("Support", key.split("-")[-1], title), "", "*Author:* %s  *Added:* %s" % (reporter, day))
        for k, val in fields:
            d.w("* *%s:* %s" % (k, val))
        for i, (who, text) in enumerate(comments):
            d.w("", "h3. Note #%d by %s" % (i + 1, who), "", *text.split("\n"))


# ---------------------------------------------------------------- e-mail
def email(d, v, frm, to, subject, body, quoted=None, cc=None, domain="example.org"):
    addr = "%s.%s@%s" % (frm.split()[0].lower(), frm.split()[-1].lower(), domain) if " " in frm else "%s@%s" % (nick(frm), domain)
    d.w("From: %s <%s>" % (frm, addr), "To: %s" % to)
    if cc:
        d.w("Cc: %s" % cc)
    d.w("Subject: %s" % subject, "Date: %s, %d %s %d %s:%02d +0100" % (
        v.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), v.randint(1, 28), v.choice(["Jan", "Mar", "May", "Sep", "Nov"]),
        v.choice([2024, 2025]), v.time(), v.randint(0, 59)),
        "Message-ID: <%s.%s@mail.%s>" % (v.hex(16), v.digits(10), domain), "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "")
    d.w(*body)
    if quoted:
        who, lines = quoted
        d.w("", "On %s, %s wrote:" % (v.date(), who), *("> " + x if x else ">" for x in lines))


# ---------------------------------------------------------------- wiki
def wiki(d, fmt, title, blocks):
    """blocks: ("h", text) ("p", text) ("code", [lines]) ("list", [items]) ("table", [header, rows...])."""
    if fmt == "markdown":
        d.w("# " + title, "")
    elif fmt == "confluence":
        d.w('<ac:layout><ac:layout-section ac:type="single"><ac:layout-cell>', "<h1>%s</h1>" % hesc(title))
    elif fmt == "mediawiki":
        d.w("= %s =" % title, "")
    elif fmt == "asciidoc":
        d.w("= " + title, ":toc:", "")
    elif fmt == "rst":
        d.w(title, "=" * len(title), "")
    elif fmt == "org":
        d.w("#+TITLE: " + title, "")
    else:
        d.w("====== %s ======" % title, "")
    for kind, x in blocks:
        if kind == "h":
            d.w(*{"markdown": ["## " + x], "confluence": ["<h2>%s</h2>" % hesc(x)], "mediawiki": ["== %s ==" % x],
                  "asciidoc": ["== " + x], "rst": [x, "-" * len(x)], "org": ["* " + x],
                  "dokuwiki": ["===== %s =====" % x]}[fmt])
        elif kind == "p":
            d.w("<p>%s</p>" % hesc(x) if fmt == "confluence" else x)
        elif kind == "list":
            for it in x:
                d.w({"markdown": "- ", "confluence": "<li>", "mediawiki": "* ", "asciidoc": "* ", "rst": "* ",
                     "org": "- ", "dokuwiki": "  * "}[fmt] + (hesc(it) + "</li>" if fmt == "confluence" else it))
        elif kind == "code":
            if fmt == "markdown":
                d.w("```", *x)
                d.w("```")
            elif fmt == "confluence":
                d.w('<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[%s' % x[0], *x[1:])
                d.w("]]></ac:plain-text-body></ac:structured-macro>")
            elif fmt == "mediawiki":
                d.w("<pre>", *x)
                d.w("</pre>")
            elif fmt == "asciidoc":
                d.w("[source,shell]", "----", *x)
                d.w("----")
            elif fmt == "rst":
                d.w(".. code-block:: shell", "")
                d.w(*("   " + ln for ln in x))
            elif fmt == "org":
                d.w("#+BEGIN_SRC sh", *x)
                d.w("#+END_SRC")
            else:
                d.w("<code>", *x)
                d.w("</code>")
        elif kind == "table":
            head, rows = x[0], x[1:]
            if fmt == "confluence":
                d.w("<table><tbody>", "<tr>" + "".join("<th>%s</th>" % hesc(h) for h in head) + "</tr>")
                for r in rows:
                    d.w("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>")
                d.w("</tbody></table>")
            elif fmt == "mediawiki":
                d.w('{| class="wikitable"', "! " + " !! ".join(head))
                for r in rows:
                    d.w("|-", "| " + " || ".join(r))
                d.w("|}")
            elif fmt in ("asciidoc",):
                d.w("|===", "|" + " |".join(head))
                for r in rows:
                    d.w("|" + " |".join(r))
                d.w("|===")
            elif fmt == "dokuwiki":
                d.w("^ " + " ^ ".join(head) + " ^")
                for r in rows:
                    d.w("| " + " | ".join(r) + " |")
            else:
                d.w("| " + " | ".join(head) + " |", "|" + "---|" * len(head))
                for r in rows:
                    d.w("| " + " | ".join(r) + " |")
        d.blank()
    if fmt == "confluence":
        d.w("</ac:layout-cell></ac:layout-section></ac:layout>")


# ---------------------------------------------------------------- shell history
def history(d, fmt, v, cmds):
    ep = v.epoch()
    for i, c in enumerate(cmds):
        ep += v.randint(3, 400)
        if fmt == "bash":
            if v.chance(0.3):
                d.w("#%d" % ep)
            d.w(c)
        elif fmt == "zsh":
            d.w(": %d:%d;%s" % (ep, v.randint(0, 9), c))
        elif fmt == "powershell":
            d.w(c)
        elif fmt == "fish":
            d.w("- cmd: " + c, "  when: %d" % ep)
        else:
            d.w("%5d  %s" % (400 + i, c))


def git_log(d, v, commits):
    """commits: dicts with sha (marker or text), author, email, msg [lines], diff [lines] (optional)."""
    for c in commits:
        d.w("commit " + c["sha"], "Author: %s <%s>" % (c["author"], c["email"]), "Date:   %s" % c["date"], "")
        d.w(*("    " + m for m in c["msg"]))
        if c.get("diff"):
            d.blank()
            d.w(*c["diff"])
        d.blank()
