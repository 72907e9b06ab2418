"""Free-text renderers: chat exports (8 formats), e-mail, tickets (5 formats), wiki pages (6 formats),
meeting notes, hand-overs, voicemail transcripts and shell histories.

Every message or paragraph is one line, so a value in it is labelled on that line. Text may carry
value markers; JSON and CSV escaping touches only quotes and backslashes, never the markers.
"""


def jesc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def csv_q(s):
    return '"' + s.replace('"', '""') + '"'


class Clock:
    def __init__(self, r, year=2025):
        self.r = r
        self.month = r.randint(1, 12)
        self.day = r.randint(1, 27)
        self.year = year
        self.minute = r.randint(7 * 60, 10 * 60)
        self.epoch = 1735689600 + ((self.month - 1) * 30 + self.day) * 86400

    def tick(self):
        self.minute += self.r.randint(1, 14)
        return self.minute

    def hm(self):
        m = self.tick()
        return "%02d:%02d" % (m // 60 % 24, m % 60)

    def ts(self):
        m = self.tick()
        return self.epoch + m * 60 + self.r.randint(0, 59)


def handle(name):
    return (name[0][0] + name[1]).lower()


# ---------------------------------------------------------------- chat
def chat(fmt, r, msgs, channel):
    """msgs: [(person tuple, text)]"""
    c = Clock(r)
    if fmt == "slack":
        rows = []
        for who, text in msgs:
            rows.append('  {\n    "type": "message",\n    "user": "U%s",\n    "user_name": "%s",\n'
                        '    "text": "%s",\n    "ts": "%d.%06d"\n  }' % (
                            r.s(10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), handle(who), jesc(text), c.ts(),
                            r.randint(0, 999999)))
        return "[\n" + ",\n".join(rows) + "\n]\n"
    if fmt == "teams":
        out = ["Conversation: %s" % channel, ""]
        for who, text in msgs:
            out += ["%s %s  %02d/%02d/%d %s" % (who[0], who[1], c.day, c.month, c.year, c.hm()), text, ""]
        return "\n".join(out)
    if fmt == "whatsapp":
        return "".join("%02d/%02d/%d, %s - %s %s: %s\n" % (c.day, c.month, c.year, c.hm(), w[0], w[1], t)
                       for w, t in msgs)
    if fmt == "irc":
        out = ["--- Log opened %d-%02d-%02d" % (c.year, c.month, c.day), "*** Now talking in #%s" % channel]
        out += ["[%s:%02d] <%s> %s" % (c.hm(), r.randint(0, 59), handle(w), t) for w, t in msgs]
        return "\n".join(out) + "\n"
    if fmt == "mattermost":
        return "".join('{"type":"post","post":{"channel":"%s","user":"%s","create_at":%d000,"message":"%s"}}\n' % (
            channel, handle(w), c.ts(), jesc(t)) for w, t in msgs)
    if fmt == "discord":
        out = ["AuthorID,Author,Date,Content,Attachments,Reactions"]
        out += ["%s,%s,%d-%02d-%02dT%s:00.000+00:00,%s,," % (r.digits(18), handle(w), c.year, c.month, c.day,
                                                              c.hm(), csv_q(t)) for w, t in msgs]
        return "\n".join(out) + "\n"
    if fmt == "telegram":
        rows = ['  {"id": %d, "type": "message", "date": "%d-%02d-%02dT%s:00", "from": "%s %s", "text": "%s"}' % (
            1000 + i, c.year, c.month, c.day, c.hm(), w[0], w[1], jesc(t)) for i, (w, t) in enumerate(msgs)]
        return '{\n "name": "%s",\n "type": "private_group",\n "messages": [\n%s\n ]\n}\n' % (channel,
                                                                                              ",\n".join(rows))
    if fmt == "element":
        return "".join("%d-%02d-%02d %s <@%s:chat.internal> %s\n" % (c.year, c.month, c.day, c.hm(), handle(w), t)
                       for w, t in msgs)
    raise ValueError(fmt)


CHAT_EXT = {"slack": "json", "teams": "txt", "whatsapp": "txt", "irc": "log", "mattermost": "jsonl",
            "discord": "csv", "telegram": "json", "element": "txt"}
CHATS = sorted(CHAT_EXT)


# ---------------------------------------------------------------- e-mail
def email(r, frm, to, subject, paras, domain, date=None):
    c = Clock(r)
    head = ["From: %s %s <%s>" % (frm[0], frm[1], frm[2] if len(frm) > 2 else handle(frm) + "@" + domain),
            "To: %s %s <%s>" % (to[0], to[1], to[2] if len(to) > 2 else handle(to) + "@" + domain),
            "Subject: %s" % subject,
            "Date: %s, %02d %s %d %s:00 +0000" % (r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), c.day,
                                                 ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                                  "Oct", "Nov", "Dec"][c.month - 1], c.year, c.hm()),
            "Message-ID: <%s@%s>" % (r.hex(24), domain),
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", ""]
    return "\n".join(head + ["\n\n".join(paras), "", "-- ", "%s %s" % frm[:2]]) + "\n"


# ---------------------------------------------------------------- tickets
def ticket(fmt, r, key, summary, reporter, entries):
    """entries: [(person, text)] — the first is the description."""
    c = Clock(r)
    if fmt == "jira":
        out = ["[%s] %s" % (key, summary), "Status: Resolved    Priority: Medium",
               "Reporter: %s %s" % reporter[:2], "", "Description:", entries[0][1], ""]
        for w, t in entries[1:]:
            out += ["---- Comment by %s %s (%d-%02d-%02d %s) ----" % (w[0], w[1], c.year, c.month, c.day, c.hm()),
                    t, ""]
        return "\n".join(out)
    if fmt == "github":
        out = ["# %s (#%s)" % (summary, key.split("-")[-1]), "", "_opened by @%s_" % handle(reporter), "",
               entries[0][1], ""]
        for w, t in entries[1:]:
            out += ["---", "", "**@%s** commented:" % handle(w), "", t, ""]
        return "\n".join(out)
    if fmt == "servicenow":
        out = ["number,sys_created_by,sys_created_on,short_description,comment"]
        for w, t in entries:
            out.append("%s,%s,%d-%02d-%02d %s:00,%s,%s" % (key, handle(w), c.year, c.month, c.day, c.hm(),
                                                           csv_q(summary), csv_q(t)))
        return "\n".join(out) + "\n"
    if fmt == "zendesk":
        rows = ['    {"author": "%s %s", "created_at": "%d-%02d-%02dT%s:00Z", "public": %s, "body": "%s"}' % (
            w[0], w[1], c.year, c.month, c.day, c.hm(), "true" if i == 0 else "false", jesc(t))
            for i, (w, t) in enumerate(entries)]
        return '{\n  "ticket": {"id": %s, "subject": "%s"},\n  "comments": [\n%s\n  ]\n}\n' % (
            key.split("-")[-1], jesc(summary), ",\n".join(rows))
    if fmt == "redmine":
        out = ["Feature #%s: %s" % (key.split("-")[-1], summary), "Author: %s %s" % reporter[:2], "",
               entries[0][1], ""]
        for i, (w, t) in enumerate(entries[1:]):
            out += ["h3. Updated by %s %s (note-%d)" % (w[0], w[1], i + 1), "", t, ""]
        return "\n".join(out)
    raise ValueError(fmt)


TICKET_EXT = {"jira": "txt", "github": "md", "servicenow": "csv", "zendesk": "json", "redmine": "textile"}
TICKETS = sorted(TICKET_EXT)


# ---------------------------------------------------------------- wiki
def wiki(fmt, title, blocks):
    """blocks: list of ('h', text) | ('p', text) | ('code', [lines]) | ('li', [items])"""
    out = []
    for kind, x in blocks:
        if fmt == "markdown":
            out += {"h": lambda: ["## " + x, ""], "p": lambda: [x, ""], "code": lambda: ["```"] + x + ["```", ""],
                    "li": lambda: ["- " + i for i in x] + [""]}[kind]()
        elif fmt == "confluence":
            out += {"h": lambda: ["<h2>%s</h2>" % x], "p": lambda: ["<p>%s</p>" % x],
                    "code": lambda: ['<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[' + x[0]] +
                    x[1:] + ["]]></ac:plain-text-body></ac:structured-macro>"],
                    "li": lambda: ["<ul>"] + ["<li>%s</li>" % i for i in x] + ["</ul>"]}[kind]()
        elif fmt == "mediawiki":
            out += {"h": lambda: ["== %s ==" % x], "p": lambda: [x, ""],
                    "code": lambda: ["<pre>"] + x + ["</pre>"], "li": lambda: ["* " + i for i in x] + [""]}[kind]()
        elif fmt == "asciidoc":
            out += {"h": lambda: ["== " + x, ""], "p": lambda: [x, ""],
                    "code": lambda: ["[source,shell]", "----"] + x + ["----", ""],
                    "li": lambda: ["* " + i for i in x] + [""]}[kind]()
        elif fmt == "rst":
            out += {"h": lambda: [x, "-" * len(x), ""], "p": lambda: [x, ""],
                    "code": lambda: [".. code-block:: shell", ""] + ["   " + i for i in x] + [""],
                    "li": lambda: ["* " + i for i in x] + [""]}[kind]()
        elif fmt == "org":
            out += {"h": lambda: ["* " + x], "p": lambda: [x, ""],
                    "code": lambda: ["#+begin_src shell"] + x + ["#+end_src", ""],
                    "li": lambda: ["- " + i for i in x] + [""]}[kind]()
    head = {"markdown": ["# " + title, ""], "confluence": ["<h1>%s</h1>" % title], "mediawiki": ["= %s =" % title],
            "asciidoc": ["= " + title, ""], "rst": ["=" * len(title), title, "=" * len(title), ""],
            "org": ["#+TITLE: " + title, ""]}[fmt]
    return "\n".join(head + out) + "\n"


WIKI_EXT = {"markdown": "md", "confluence": "xhtml", "mediawiki": "wiki", "asciidoc": "adoc", "rst": "rst",
            "org": "org"}
WIKIS = sorted(WIKI_EXT)


# ---------------------------------------------------------------- notes, voicemail, history
def notes(title, date, attendees, items):
    out = ["# " + title, "", "Date: " + date, "Attendees: " + ", ".join("%s %s" % a[:2] for a in attendees), ""]
    out += ["- " + i for i in items]
    return "\n".join(out) + "\n"


def voicemail(r, caller, callee, lines):
    c = Clock(r)
    out = ["Voicemail transcript (automatic)", "From: %s %s, +1 555 01%02d" % (caller[0], caller[1],
                                                                             r.randint(0, 99)),
           "To: %s %s extension %d" % (callee[0], callee[1], r.randint(200, 499)),
           "Received: %d-%02d-%02d %s" % (c.year, c.month, c.day, c.hm()), "Confidence: %d%%" % r.randint(78, 96),
           ""]
    return "\n".join(out + lines) + "\n"


def history(fmt, r, cmds):
    c = Clock(r)
    if fmt == "bash":
        return "".join("%s\n" % x for x in cmds)
    if fmt == "bash-ts":
        return "".join("#%d\n%s\n" % (c.ts(), x) for x in cmds)
    if fmt == "zsh":
        return "".join(": %d:%d;%s\n" % (c.ts(), r.randint(0, 9), x) for x in cmds)
    if fmt == "fish":
        return "".join("- cmd: %s\n  when: %d\n" % (x, c.ts()) for x in cmds)
    raise ValueError(fmt)


HISTORY = {"bash": ".bash_history", "bash-ts": ".bash_history", "zsh": ".zsh_history",
           "fish": "fish_history"}
