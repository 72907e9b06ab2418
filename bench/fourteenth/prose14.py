"""Free-text renderers: chat exports (9 formats), wiki pages (7), tickets (5), e-mail, voicemail transcript,
meeting notes, hand-over; shell histories. Texts may contain markers; JSON formats escape around them."""

import json


def J(text):
    """JSON string body (without quotes) that leaves markers intact."""
    return json.dumps(text, ensure_ascii=False)[1:-1].replace("\\u0001", "\x01").replace("\\u0002", "\x02")


def X(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _times(v, n, day):
    h, m = v.randint(7, 10), v.randint(0, 59)
    out = []
    for _ in range(n):
        m += v.randint(1, 19)
        h += m // 60
        m %= 60
        out.append((day, h % 24, m, v.randint(0, 59)))
    return out


def _day(v):
    return "2025-%02d-%02d" % (v.randint(1, 12), v.randint(1, 28))


def _fill(d, content, ts=None):
    return content(d) if callable(content) else content


CHAT_FORMATS = ["slack", "teams", "whatsapp", "irc", "mattermost", "discord", "gchat", "telegram", "matrix"]


def chat(ctx, path_base, fmt, messages, channel):
    """messages: list of (author, text). Returns the doc."""
    v = ctx.v
    day = _day(v)
    ts = _times(v, 60, day)
    if fmt == "slack":
        d = ctx.doc(path_base + "/slack-export/%s/%s.json" % (channel, day), free=True)
        messages = _fill(d, messages, ts)
        d.w("[")
        epoch = 1735689600 + v.randint(0, 30000000)
        for i, ((who, text), (dd, h, m, s)) in enumerate(zip(messages, ts)):
            epoch += v.randint(40, 1500)
            d.w("    {", '        "type": "message",', '        "user": "U0%s",' % v.upper(8),
                '        "user_name": "%s",' % J(who.lower().replace(" ", ".")),
                '        "text": "%s",' % J(text), '        "ts": "%d.%06d"' % (epoch, v.randint(0, 999999)),
                "    }" + ("," if i < len(messages) - 1 else ""))
        d.w("]")
    elif fmt == "teams":
        d = ctx.doc(path_base + "/teams/%s-%s.txt" % (channel, day), crlf=True, free=True)
        messages = _fill(d, messages, ts)
        d.w("Microsoft Teams chat export - %s" % channel, "Exported %s" % day, "")
        for (who, text), (dd, h, m, s) in zip(messages, ts):
            d.w("[%s %02d:%02d] %s" % (dd, h, m, who), text, "")
    elif fmt == "whatsapp":
        d = ctx.doc(path_base + "/WhatsApp Chat with %s.txt" % channel.replace("-", " ").title(), free=True)
        messages = _fill(d, messages, ts)
        y, mo, dday = day.split("-")
        for (who, text), (dd, h, m, s) in zip(messages, ts):
            d.w("%s/%s/%s, %02d:%02d - %s: %s" % (dday, mo, y[2:], h, m, who, text))
    elif fmt == "irc":
        d = ctx.doc(path_base + "/irc/#%s.%s.log" % (channel, day), free=True)
        messages = _fill(d, messages, ts)
        d.w("--- Log opened %s" % day)
        for (who, text), (dd, h, m, s) in zip(messages, ts):
            d.w("%02d:%02d <%s> %s" % (h, m, who.split()[0].lower(), text))
        d.w("--- Log closed %s" % day)
    elif fmt == "mattermost":
        d = ctx.doc(path_base + "/mattermost/%s.jsonl" % channel, free=True)
        messages = _fill(d, messages, ts)
        d.w('{"type":"version","version":1}')
        for (who, text), (dd, h, m, s) in zip(messages, ts):
            d.w('{"type":"post","post":{"team":"ops","channel":"%s","user":"%s","message":"%s","create_at":%d}}' % (
                channel, J(who.lower().replace(" ", ".")), J(text),
                1735689600000 + ((h * 60 + m) * 60 + s) * 1000 + v.randint(0, 999)))
    elif fmt == "discord":
        d = ctx.doc(path_base + "/discord/%s.csv" % channel, free=True)
        messages = _fill(d, messages, ts)
        d.w("AuthorID,Author,Date,Content,Attachments,Reactions")
        for (who, text), (dd, h, m, s) in zip(messages, ts):
            d.w('%d,"%s","%sT%02d:%02d:%02d.000+00:00","%s",,' % (v.randint(10 ** 17, 9 * 10 ** 17), who, dd, h, m, s,
                                                                text.replace('"', '""')))
    elif fmt == "gchat":
        d = ctx.doc(path_base + "/google-chat/%s/messages.json" % channel, free=True)
        messages = _fill(d, messages, ts)
        d.w("{", '  "messages": [')
        for i, ((who, text), (dd, h, m, s)) in enumerate(zip(messages, ts)):
            d.w("    {", '      "creator": {"name": "%s", "user_type": "Human"},' % J(who),
                '      "created_date": "%s %02d:%02d:%02d UTC",' % (dd, h, m, s), '      "text": "%s",' % J(text),
                '      "topic_id": "%s"' % v.b64url(11), "    }" + ("," if i < len(messages) - 1 else ""))
        d.w("  ]", "}")
    elif fmt == "telegram":
        d = ctx.doc(path_base + "/telegram/%s/result.json" % channel, free=True)
        messages = _fill(d, messages, ts)
        d.w("{", '  "name": "%s",' % J(channel), '  "type": "private_group",', '  "messages": [')
        for i, ((who, text), (dd, h, m, s)) in enumerate(zip(messages, ts)):
            d.w("    {", '      "id": %d,' % (1000 + i), '      "type": "message",',
                '      "date": "%sT%02d:%02d:%02d",' % (dd, h, m, s), '      "from": "%s",' % J(who),
                '      "text": "%s"' % J(text), "    }" + ("," if i < len(messages) - 1 else ""))
        d.w("  ]", "}")
    else:  # matrix / element export (plain text)
        d = ctx.doc(path_base + "/element/%s-%s.txt" % (channel, day), free=True)
        messages = _fill(d, messages, ts)
        d.w("Room: #%s:%s" % (channel, ctx.domain), "")
        for (who, text), (dd, h, m, s) in zip(messages, ts):
            d.w("%s %02d:%02d:%02d  @%s:%s" % (dd, h, m, s, who.split()[0].lower(), ctx.domain), "    " + text)
    return d


WIKI_FORMATS = ["markdown", "confluence", "mediawiki", "asciidoc", "org", "dokuwiki", "rst"]


def wiki(ctx, path_base, fmt, title, blocks, crlf=False):
    """blocks: list of ("h", text) | ("p", text) | ("code", [lines]) | ("table", header, rows) | ("li", [items])."""
    ext = {"markdown": "md", "confluence": "html", "mediawiki": "wiki", "asciidoc": "adoc", "org": "org",
           "dokuwiki": "txt", "rst": "rst"}[fmt]
    slug = title.lower().replace(" ", "-").replace("/", "-").replace("'", "")
    d = ctx.doc("%s/%s.%s" % (path_base, slug, ext), crlf=crlf, free=True)
    blocks = _fill(d, blocks)
    if fmt == "markdown":
        d.w("# " + title, "")
        for b in blocks:
            if b[0] == "h":
                d.w("## " + b[1], "")
            elif b[0] == "p":
                d.w(b[1], "")
            elif b[0] == "code":
                d.w("```", *b[1]).w("```", "")
            elif b[0] == "li":
                d.w(*["- " + x for x in b[1]]).w("")
            else:
                d.w("| " + " | ".join(b[1]) + " |", "|" + "---|" * len(b[1]))
                d.w(*["| " + " | ".join(r) + " |" for r in b[2]]).w("")
    elif fmt == "confluence":
        d.w('<ac:structured-macro ac:name="toc"/>', "<h1>%s</h1>" % X(title))
        for b in blocks:
            if b[0] == "h":
                d.w("<h2>%s</h2>" % X(b[1]))
            elif b[0] == "p":
                d.w("<p>%s</p>" % b[1])
            elif b[0] == "code":
                d.w('<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[%s' % b[1][0], *b[1][1:])
                d.w("]]></ac:plain-text-body></ac:structured-macro>")
            elif b[0] == "li":
                d.w("<ul>", *["<li>%s</li>" % x for x in b[1]]).w("</ul>")
            else:
                d.w("<table><tbody>", "<tr>" + "".join("<th>%s</th>" % h for h in b[1]) + "</tr>")
                d.w(*["<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in b[2]]).w("</tbody></table>")
    elif fmt == "mediawiki":
        d.w("= %s =" % title, "")
        for b in blocks:
            if b[0] == "h":
                d.w("== %s ==" % b[1])
            elif b[0] == "p":
                d.w(b[1], "")
            elif b[0] == "code":
                d.w("<pre>", *b[1]).w("</pre>")
            elif b[0] == "li":
                d.w(*["* " + x for x in b[1]]).w("")
            else:
                d.w('{| class="wikitable"', "! " + " !! ".join(b[1]))
                for r in b[2]:
                    d.w("|-", "| " + " || ".join(r))
                d.w("|}", "")
    elif fmt == "asciidoc":
        d.w("= " + title, ":toc:", "")
        for b in blocks:
            if b[0] == "h":
                d.w("== " + b[1], "")
            elif b[0] == "p":
                d.w(b[1], "")
            elif b[0] == "code":
                d.w("[source,shell]", "----", *b[1]).w("----", "")
            elif b[0] == "li":
                d.w(*["* " + x for x in b[1]]).w("")
            else:
                d.w('[cols="%d*"]' % len(b[1]), "|===", "|" + " |".join(b[1]))
                d.w(*["|" + " |".join(r) for r in b[2]]).w("|===", "")
    elif fmt == "org":
        d.w("#+TITLE: " + title, "")
        for b in blocks:
            if b[0] == "h":
                d.w("* " + b[1])
            elif b[0] == "p":
                d.w(b[1], "")
            elif b[0] == "code":
                d.w("#+BEGIN_SRC sh", *b[1]).w("#+END_SRC", "")
            elif b[0] == "li":
                d.w(*["- " + x for x in b[1]]).w("")
            else:
                d.w("| " + " | ".join(b[1]) + " |", "|-")
                d.w(*["| " + " | ".join(r) + " |" for r in b[2]]).w("")
    elif fmt == "dokuwiki":
        d.w("====== %s ======" % title, "")
        for b in blocks:
            if b[0] == "h":
                d.w("===== %s =====" % b[1])
            elif b[0] == "p":
                d.w(b[1], "")
            elif b[0] == "code":
                d.w("<code>", *b[1]).w("</code>")
            elif b[0] == "li":
                d.w(*["  * " + x for x in b[1]]).w("")
            else:
                d.w("^ " + " ^ ".join(b[1]) + " ^")
                d.w(*["| " + " | ".join(r) + " |" for r in b[2]]).w("")
    else:  # rst
        d.w(title, "=" * len(title), "")
        for b in blocks:
            if b[0] == "h":
                d.w(b[1], "-" * len(b[1]), "")
            elif b[0] == "p":
                d.w(b[1], "")
            elif b[0] == "code":
                d.w(".. code-block:: shell", "")
                d.w(*["   " + x for x in b[1]]).w("")
            elif b[0] == "li":
                d.w(*["* " + x for x in b[1]]).w("")
            else:
                d.w(".. csv-table::", "   :header: " + ", ".join('"%s"' % h for h in b[1]), "")
                d.w(*["   " + ", ".join('"%s"' % c for c in r) for r in b[2]]).w("")
    return d


TICKET_FORMATS = ["jira", "servicenow", "github", "zendesk", "freshdesk"]


def ticket(ctx, path_base, fmt, key, summary, reporter, comments):
    """comments: list of (author, text)."""
    v = ctx.v
    if fmt == "jira":
        d = ctx.doc("%s/%s.txt" % (path_base, key), free=True)
        comments = _fill(d, comments)
        d.w("[%s] %s" % (key, summary), "Status: In Progress    Priority: %s" % v.choice(["High", "Medium"]),
            "Reporter: %s" % reporter, "")
        for who, text in comments:
            d.w("---- %s, %s" % (who, _day(v)), text, "")
    elif fmt == "servicenow":
        d = ctx.doc("%s/%s.csv" % (path_base, key), crlf=True, free=True)
        comments = _fill(d, comments)
        d.w("number,short_description,caller_id,sys_created_on,work_notes")
        for who, text in comments:
            d.w('%s,"%s","%s",%s 09:%02d:00,"%s: %s"' % (key, summary, reporter, _day(v), v.randint(0, 59), who,
                                                         text.replace('"', '""')))
    elif fmt == "github":
        d = ctx.doc("%s/issue-%s.md" % (path_base, key.split("-")[-1]), free=True)
        comments = _fill(d, comments)
        d.w("# %s (#%s)" % (summary, key.split("-")[-1]), "", "**%s** opened this issue" % reporter, "")
        for who, text in comments:
            d.w("### @%s commented" % who.split()[0].lower(), "", text, "")
    elif fmt == "zendesk":
        d = ctx.doc("%s/ticket-%s.json" % (path_base, key.split("-")[-1]), free=True)
        comments = _fill(d, comments)
        d.w("{", '  "ticket": {', '    "id": %s,' % key.split("-")[-1], '    "subject": "%s",' % J(summary),
            '    "requester": "%s",' % J(reporter), '    "comments": [')
        for i, (who, text) in enumerate(comments):
            d.w('      {"author": "%s", "public": %s, "body": "%s"}%s' % (
                J(who), "false" if i % 2 else "true", J(text), "," if i < len(comments) - 1 else ""))
        d.w("    ]", "  }", "}")
    else:
        d = ctx.doc("%s/freshdesk-%s.txt" % (path_base, key.split("-")[-1]), free=True)
        comments = _fill(d, comments)
        d.w("Ticket #%s - %s" % (key.split("-")[-1], summary), "Requester: %s" % reporter,
            "Group: IT Support", "=" * 40)
        for who, text in comments:
            d.w("", "%s wrote:" % who, text)
    return d


def email(ctx, path, sender, to, subject, paras, crlf=False):
    v = ctx.v
    d = ctx.doc(path, crlf=crlf, free=True)
    d.w("From: %s" % sender, "To: %s" % to, "Date: %s, %d %s 2025 %02d:%02d:%02d +0000" % (
        v.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), v.randint(1, 28), v.choice(["Mar", "Apr", "Jun", "Sep", "Nov"]),
        v.randint(7, 18), v.randint(0, 59), v.randint(0, 59)), "Subject: %s" % subject,
        "Message-ID: <%s@%s>" % (v.hex(16), sender.split("@")[-1].rstrip(">")), "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "")
    for p in _fill(d, paras):
        d.w(p, "")
    return d


def voicemail(ctx, path, caller, callee, sentences):
    v = ctx.v
    d = ctx.doc(path, free=True)
    d.w("Voicemail transcription (automatic, confidence %d%%)" % v.randint(71, 94),
        "From: %s   To: %s   Duration: 0:%02d" % (caller, callee, v.randint(20, 59)), "")
    for s in _fill(d, sentences):
        d.w(s)
    return d


def notes(ctx, path, title, attendees, items):
    d = ctx.doc(path, free=True)
    d.w("# %s" % title, "", "Attendees: " + ", ".join(attendees), "")
    for it in _fill(d, items):
        if isinstance(it, tuple):
            d.w("## " + it[0])
        else:
            d.w("* " + it)
    return d


def history(ctx, path, cmds):
    d = ctx.doc(path)
    for c in cmds:
        d.w(c)
    return d
