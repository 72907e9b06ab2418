"""Free-text renderers: chat exports, wiki pages, tickets, e-mail, voicemail, notes, shell histories.

Texts may carry value markers; every renderer keeps a message/paragraph line on one physical line so that a
marker's line is the value's line. Values used here never contain quotes or backslashes.
"""
import json

CHAT_FORMATS = ["slack", "teams", "irc", "whatsapp", "mattermost", "discord", "gchat", "telegram"]
WIKI_FORMATS = ["markdown", "confluence", "mediawiki", "asciidoc", "org", "dokuwiki", "rst"]
TICKET_FORMATS = ["jira", "servicenow", "github", "zendesk", "freshdesk"]
HISTORY_FORMATS = ["bash", "zsh", "fish", "powershell"]

CHAT_EXT = {"slack": ".json", "teams": ".txt", "irc": ".log", "whatsapp": ".txt", "mattermost": ".jsonl",
            "discord": ".csv", "gchat": ".json", "telegram": ".txt"}
WIKI_EXT = {"markdown": ".md", "confluence": ".xhtml", "mediawiki": ".wiki", "asciidoc": ".adoc", "org": ".org",
            "dokuwiki": ".txt", "rst": ".rst"}
TICKET_EXT = {"jira": ".txt", "servicenow": ".csv", "github": ".md", "zendesk": ".json", "freshdesk": ".txt"}


def js(s):
    return json.dumps(s, ensure_ascii=False)


def _uid(t, who):
    return "U0" + "".join("%02X" % (ord(c) % 251) for c in who[:4]).ljust(8, "7")[:8]


# ------------------------------------------------------------------ chat
def chat(d, t, fmt, channel, msgs, year=2025):
    """msgs: list of (who, text). who is a display name."""
    v = t.v
    base = 1735700000 + v.randint(0, 20000000)
    times = []
    for _ in msgs:
        base += v.randint(20, 4000)
        times.append(base)
    if fmt == "slack":
        d.w("[")
        for i, ((who, text), ts) in enumerate(zip(msgs, times)):
            d.w("  {", '    "type": "message",', '    "user": "%s",' % _uid(t, who),
                '    "user_name": %s,' % js(who.split()[0].lower()), '    "ts": "%d.%06d",' % (ts, i * 100 + 17),
                '    "text": %s' % js(text), "  }" + ("," if i < len(msgs) - 1 else ""))
        d.w("]")
    elif fmt == "teams":
        d.w("Conversation: %s" % channel, "")
        for (who, text), ts in zip(msgs, times):
            d.w("[%s] %s: %s" % (_clock(ts, us=True), who, text))
    elif fmt == "irc":
        d.w("--- Log opened %s" % _clock(times[0]), "--- #%s" % channel.replace(" ", "-").lower())
        for (who, text), ts in zip(msgs, times):
            d.w("[%s] <%s> %s" % (_clock(ts)[-5:], who.split()[0].lower(), text))
        d.w("--- Log closed %s" % _clock(times[-1]))
    elif fmt == "whatsapp":
        for (who, text), ts in zip(msgs, times):
            d.w("%s - %s: %s" % (_clock(ts, eu=True), who, text))
    elif fmt == "mattermost":
        d.w(js({"type": "version", "version": 1}))
        for (who, text), ts in zip(msgs, times):
            d.w('{"type":"post","post":{"team":"ops","channel":%s,"user":%s,"message":%s,"create_at":%d000}}'
                % (js(channel.lower().replace(" ", "-")), js(who.split()[0].lower()), js(text), ts))
    elif fmt == "discord":
        d.w("AuthorID,Author,Date,Content,Attachments,Reactions")
        for (who, text), ts in zip(msgs, times):
            d.w('"%d","%s","%s","%s","",""' % (_snow(who), who.split()[0].lower(), _clock(ts),
                                               text.replace('"', '""')))
    elif fmt == "gchat":
        d.w("{", '  "messages": [')
        for i, ((who, text), ts) in enumerate(zip(msgs, times)):
            d.w("    {", '      "creator": {"name": %s, "user_type": "Human"},' % js(who),
                '      "created_date": "%s",' % _clock(ts), '      "text": %s' % js(text),
                "    }" + ("," if i < len(msgs) - 1 else ""))
        d.w("  ]", "}")
    else:  # telegram plain export
        d.w(channel, "")
        for (who, text), ts in zip(msgs, times):
            d.w("%s, [%s]" % (who, _clock(ts)), text, "")


def _snow(who):
    n = 0
    for c in who:
        n = (n * 131 + ord(c)) % (10 ** 17)
    return 10 ** 17 + n


def _clock(ts, us=False, eu=False):
    days = (ts - 1735689600) // 86400
    mon = 1 + (days // 28) % 12
    day = 1 + days % 28
    hh, mm = (ts // 3600) % 24, (ts // 60) % 60
    if us:
        return "%d/%d/2025 %d:%02d %s" % (mon, day, (hh % 12) or 12, mm, "AM" if hh < 12 else "PM")
    if eu:
        return "%02d/%02d/2025, %02d:%02d" % (day, mon, hh, mm)
    return "2025-%02d-%02d %02d:%02d" % (mon, day, hh, mm)


# ------------------------------------------------------------------ wiki
def wiki(d, fmt, title, blocks):
    """blocks: ("h", text) | ("p", [lines]) | ("code", [lines]) | ("ul", [items]) | ("table", head, rows)."""
    if fmt == "markdown":
        d.w("# " + title, "")
        for b in blocks:
            if b[0] == "h":
                d.w("## " + b[1], "")
            elif b[0] == "p":
                d.w(*b[1])
                d.w("")
            elif b[0] == "code":
                d.w("```", *b[1])
                d.w("```", "")
            elif b[0] == "ul":
                d.w(*["- " + x for x in b[1]])
                d.w("")
            else:
                d.w("| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1]))
                d.w(*["| " + " | ".join(r) + " |" for r in b[2]])
                d.w("")
    elif fmt == "confluence":
        d.w('<h1>%s</h1>' % title)
        for b in blocks:
            if b[0] == "h":
                d.w("<h2>%s</h2>" % b[1])
            elif b[0] == "p":
                d.w("<p>", *b[1])
                d.w("</p>")
            elif b[0] == "code":
                d.w('<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[' + b[1][0], *b[1][1:])
                d.w("]]></ac:plain-text-body></ac:structured-macro>")
            elif b[0] == "ul":
                d.w("<ul>", *["<li>%s</li>" % x for x in b[1]])
                d.w("</ul>")
            else:
                d.w("<table><tbody>", "<tr>" + "".join("<th>%s</th>" % h for h in b[1]) + "</tr>")
                d.w(*["<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in b[2]])
                d.w("</tbody></table>")
    elif fmt == "mediawiki":
        d.w("= %s =" % title, "")
        for b in blocks:
            if b[0] == "h":
                d.w("== %s ==" % b[1])
            elif b[0] == "p":
                d.w(*b[1])
                d.w("")
            elif b[0] == "code":
                d.w("<pre>", *b[1])
                d.w("</pre>")
            elif b[0] == "ul":
                d.w(*["* " + x for x in b[1]])
            else:
                d.w('{| class="wikitable"', "! " + " !! ".join(b[1]))
                for r in b[2]:
                    d.w("|-", "| " + " || ".join(r))
                d.w("|}")
    elif fmt == "asciidoc":
        d.w("= " + title, "")
        for b in blocks:
            if b[0] == "h":
                d.w("== " + b[1], "")
            elif b[0] == "p":
                d.w(*b[1])
                d.w("")
            elif b[0] == "code":
                d.w("----", *b[1])
                d.w("----", "")
            elif b[0] == "ul":
                d.w(*["* " + x for x in b[1]])
                d.w("")
            else:
                d.w('[cols="%d*"]' % len(b[1]), "|===", "|" + " |".join(b[1]), "")
                d.w(*["|" + " |".join(r) for r in b[2]])
                d.w("|===", "")
    elif fmt == "org":
        d.w("#+TITLE: " + title, "")
        for b in blocks:
            if b[0] == "h":
                d.w("* " + b[1])
            elif b[0] == "p":
                d.w(*b[1])
            elif b[0] == "code":
                d.w("#+BEGIN_SRC sh", *b[1])
                d.w("#+END_SRC")
            elif b[0] == "ul":
                d.w(*["- " + x for x in b[1]])
            else:
                d.w("| " + " | ".join(b[1]) + " |", "|-")
                d.w(*["| " + " | ".join(r) + " |" for r in b[2]])
    elif fmt == "dokuwiki":
        d.w("====== %s ======" % title, "")
        for b in blocks:
            if b[0] == "h":
                d.w("===== %s =====" % b[1])
            elif b[0] == "p":
                d.w(*b[1])
                d.w("")
            elif b[0] == "code":
                d.w("<code>", *b[1])
                d.w("</code>")
            elif b[0] == "ul":
                d.w(*["  * " + x for x in b[1]])
            else:
                d.w("^ " + " ^ ".join(b[1]) + " ^")
                d.w(*["| " + " | ".join(r) + " |" for r in b[2]])
    else:  # rst
        d.w(title, "=" * len(title), "")
        for b in blocks:
            if b[0] == "h":
                d.w(b[1], "-" * len(b[1]), "")
            elif b[0] == "p":
                d.w(*b[1])
                d.w("")
            elif b[0] == "code":
                d.w("::", "")
                d.w(*["    " + x for x in b[1]])
                d.w("")
            elif b[0] == "ul":
                d.w(*["* " + x for x in b[1]])
                d.w("")
            else:
                d.w(".. list-table::", "   :header-rows: 1", "")
                for r in [b[1]] + b[2]:
                    d.w("   * - " + r[0], *["     - " + c for c in r[1:]])
                d.w("")


# ------------------------------------------------------------------ tickets
def ticket(d, t, fmt, key, title, reporter, body, comments, status="Resolved"):
    """body: list of lines; comments: list of (author, [lines])."""
    if fmt == "jira":
        d.w("[%s] %s" % (key, title), "Status: %s    Priority: Medium" % status, "Reporter: %s" % reporter,
            "Created: %s" % t.v.ts(), "", "Description:")
        d.w(*body)
        d.w("", "Comments:")
        for who, lines in comments:
            d.w("-- %s, %s" % (who, t.v.ts()))
            d.w(*lines)
            d.w("")
    elif fmt == "servicenow":
        d.w("number,short_description,caller_id,state,comments_and_work_notes")
        d.w('"%s","%s","%s","%s","%s' % (key, title, reporter, status, body[0]))
        d.w(*body[1:])
        for who, lines in comments:
            d.w("%s - %s (Work notes)" % (t.v.ts(), who))
            d.w(*lines)
        d.w('"')
    elif fmt == "github":
        d.w("# %s (#%s)" % (title, key.split("-")[-1]), "", "**Opened by** @%s · %s" % (reporter.split()[0].lower(),
                                                                                      status.lower()), "")
        d.w(*body)
        for who, lines in comments:
            d.w("", "---", "**@%s** commented:" % who.split()[0].lower(), "")
            d.w(*lines)
    elif fmt == "zendesk":
        d.w("{", '  "ticket": {', '    "id": %s,' % "".join(c for c in key if c.isdigit()),
            '    "subject": %s,' % js(title), '    "requester": %s,' % js(reporter), '    "status": "%s",' % status.lower(),
            '    "description": [')
        d.w(*["      %s%s" % (js(x), "," if i < len(body) - 1 else "") for i, x in enumerate(body)])
        d.w("    ],", '    "comments": [')
        for i, (who, lines) in enumerate(comments):
            d.w('      {"author": %s, "body": [' % js(who))
            d.w(*["        %s%s" % (js(x), "," if j < len(lines) - 1 else "") for j, x in enumerate(lines)])
            d.w("      ]}" + ("," if i < len(comments) - 1 else ""))
        d.w("    ]", "  }", "}")
    else:  # freshdesk plain text export
        d.w("Ticket #%s - %s" % (key, title), "Requester: %s" % reporter, "Status: %s" % status, "=" * 40)
        d.w(*body)
        for who, lines in comments:
            d.w("", "Reply from %s:" % who)
            d.w(*lines)


# ------------------------------------------------------------------ e-mail, voicemail, notes, history
def email(d, t, frm, to, subject, body, quoted=None):
    d.w("From: %s" % frm, "To: %s" % to, "Subject: %s" % subject,
        "Date: %s, %d %s 2025 %02d:%02d:11 -0500" % (t.v.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]),
                                                    t.v.randint(1, 28), t.v.choice(["Jan", "Feb", "Mar", "Apr", "Sep",
                                                                                     "Oct", "Nov"]),
                                                    t.v.randint(7, 18), t.v.randint(0, 59)),
        "Message-ID: <%s@%s>" % (t.v.hex(16), frm.split("@")[-1].rstrip(">")), "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "")
    d.w(*body)
    if quoted:
        d.w("", "-----Original Message-----")
        d.w(*["> " + x for x in quoted])


def voicemail(d, t, caller, number, lines):
    d.w("Voicemail transcription", "From: %s (%s)" % (caller, number),
        "Received: %s" % t.v.ts(), "Duration: 0:%02d" % t.v.randint(25, 58),
        "Transcription confidence: medium", "")
    sec = 0
    for x in lines:
        d.w("[0:%02d] %s" % (sec, x))
        sec += t.v.randint(4, 9)


def history(d, t, fmt, cmds):
    ts = 1736000000 + t.v.randint(0, 9000000)
    for c in cmds:
        ts += t.v.randint(5, 600)
        if fmt == "zsh":
            d.w(": %d:0;%s" % (ts, c))
        elif fmt == "fish":
            d.w("- cmd: " + c, "  when: %d" % ts)
        else:
            d.w(c)
