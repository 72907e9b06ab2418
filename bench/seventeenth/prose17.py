"""Renderers for free text: chat exports (10 formats), tickets (6), e-mail, wiki markups (8)."""
import datetime
import json
from xml.sax.saxutils import escape, quoteattr

CHAT_FORMATS = ["slack-json", "teams-txt", "whatsapp", "discord-txt", "irc-weechat", "telegram-json",
                "gchat-json", "zulip-md", "sms-xml", "mattermost-jsonl"]
TICKET_FORMATS = ["jira-xml", "github-md", "servicenow-csv", "zendesk-json", "redmine-textile", "otrs-txt"]
WIKI_FORMATS = ["markdown", "confluence", "mediawiki", "asciidoc", "rst", "org", "dokuwiki", "textile"]


def stamps(r, n, year=2025):
    t = datetime.datetime(year, r.randint(1, 11), r.randint(1, 27), r.randint(7, 10), r.randint(0, 59), r.randint(0, 59))
    out = []
    for _ in range(n):
        t += datetime.timedelta(seconds=r.randint(20, 1500))
        out.append(t)
    return out


def J(s):
    return json.dumps(s, ensure_ascii=False)


def chat(r, fmt, msgs, channel="ops"):
    """msgs: [(person, text)], person has .name .handle .email .phone. Returns file text."""
    ts = stamps(r, len(msgs))
    L = []
    if fmt == "slack-json":
        L.append("[")
        for i, ((p, t), d) in enumerate(zip(msgs, ts)):
            L += ["    {", '        "type": "message",', '        "user": "U0%s",' % p.uid,
                  '        "text": %s,' % J(t), '        "ts": "%d.%06d",' % (d.timestamp(), r.randint(0, 999999)),
                  '        "user_profile": {"real_name": %s, "display_name": %s}' % (J(p.name), J(p.handle)),
                  "    }" + ("," if i < len(msgs) - 1 else "")]
        L.append("]")
    elif fmt == "teams-txt":
        for (p, t), d in zip(msgs, ts):
            L += ["%s  %s" % (p.name, d.strftime("%d/%m/%Y %H:%M")), t, ""]
    elif fmt == "whatsapp":
        for (p, t), d in zip(msgs, ts):
            L.append("%s - %s: %s" % (d.strftime("%d/%m/%Y, %H:%M"), p.name, t))
    elif fmt == "discord-txt":
        L += ["=" * 62, "Guild: %s" % channel.title(), "Channel: general / #%s" % channel, "=" * 62, ""]
        for (p, t), d in zip(msgs, ts):
            L += ["[%s] %s" % (d.strftime("%d-%b-%y %I:%M %p"), p.handle), t, ""]
    elif fmt == "irc-weechat":
        for (p, t), d in zip(msgs, ts):
            for part in t.split("\n"):
                L.append("%s\t%s\t%s" % (d.strftime("%Y-%m-%d %H:%M:%S"), p.handle, part))
    elif fmt == "telegram-json":
        L += ["{", ' "name": %s,' % J(channel), ' "type": "private_group",', ' "messages": [']
        for i, ((p, t), d) in enumerate(zip(msgs, ts)):
            L += ["  {", '   "id": %d,' % (1000 + i), '   "type": "message",', '   "date": "%s",' % d.isoformat(),
                  '   "from": %s,' % J(p.name), '   "text": %s' % J(t), "  }" + ("," if i < len(msgs) - 1 else "")]
        L += [" ]", "}"]
    elif fmt == "gchat-json":
        L += ["{", '  "messages": [']
        for i, ((p, t), d) in enumerate(zip(msgs, ts)):
            L += ["    {", '      "creator": {"name": %s, "email": %s, "user_type": "Human"},' % (J(p.name), J(p.email)),
                  '      "created_date": "%s",' % d.strftime("%A, %d %B %Y at %H:%M:%S UTC"),
                  '      "text": %s,' % J(t), '      "topic_id": "%s"' % p.uid.lower(),
                  "    }" + ("," if i < len(msgs) - 1 else "")]
        L += ["  ]", "}"]
    elif fmt == "zulip-md":
        L += ["## #%s > %s" % (channel, "today"), ""]
        for (p, t), d in zip(msgs, ts):
            L += ["**%s** [%s]:" % (p.name, d.strftime("%H:%M")), t, ""]
    elif fmt == "sms-xml":
        L += ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>", '<smses count="%d">' % len(msgs)]
        for (p, t), d in zip(msgs, ts):
            L.append('  <sms protocol="0" address="%s" date="%d000" type="%d" body=%s readable_date="%s" contact_name=%s />'
                     % (p.phone, d.timestamp(), r.choice([1, 2]), quoteattr(t.replace("\n", " ")), d.strftime("%d %b %Y %H:%M:%S"), quoteattr(p.name)))
        L.append("</smses>")
    elif fmt == "mattermost-jsonl":
        L.append('{"type":"version","version":1}')
        for (p, t), d in zip(msgs, ts):
            L.append('{"type":"post","post":{"team":"%s","channel":"%s","user":"%s","message":%s,"create_at":%d}}'
                     % ("ops", channel, p.handle, J(t), d.timestamp() * 1000))
    else:
        raise ValueError(fmt)
    return "\n".join(L) + "\n"


def ticket(r, fmt, key, title, author, body, comments):
    """comments: [(person, text)]; body is text."""
    ts = stamps(r, len(comments) + 1)
    L = []
    if fmt == "jira-xml":
        L += ['<?xml version="1.0" encoding="UTF-8"?>', "<rss version=\"0.92\">", "<channel>", "<item>",
              "  <title>[%s] %s</title>" % (key, escape(title)), "  <key>%s</key>" % key,
              "  <reporter username=\"%s\">%s</reporter>" % (author.handle, escape(author.name)),
              "  <created>%s</created>" % ts[0].strftime("%a, %d %b %Y %H:%M:%S +0000"), "  <description>"]
        L += ["&lt;p&gt;%s&lt;/p&gt;" % escape(x) for x in body.split("\n") if x.strip()]
        L += ["  </description>", "  <comments>"]
        for (p, t), d in zip(comments, ts[1:]):
            L.append('    <comment author="%s" created="%s">' % (p.handle, d.strftime("%a, %d %b %Y %H:%M:%S +0000")))
            L += ["&lt;p&gt;%s&lt;/p&gt;" % escape(x) for x in t.split("\n") if x.strip()]
            L.append("    </comment>")
        L += ["  </comments>", "</item>", "</channel>", "</rss>"]
    elif fmt == "github-md":
        L += ["# %s #%s" % (title, key.split("-")[-1]), "", "**@%s** opened this issue on %s" % (author.handle, ts[0].strftime("%b %d, %Y")), "", body, ""]
        for (p, t), d in zip(comments, ts[1:]):
            L += ["---", "", "**@%s** commented on %s" % (p.handle, d.strftime("%b %d, %Y")), "", t, ""]
    elif fmt == "servicenow-csv":
        L.append('"number","opened_at","caller_id","short_description","description","comments_and_work_notes"')
        notes = "\n\n".join("%s - %s (Work notes)\n%s" % (d.strftime("%Y-%m-%d %H:%M:%S"), p.name, t)
                            for (p, t), d in zip(comments, ts[1:]))
        L.append('"%s","%s","%s","%s","%s","%s"' % (key, ts[0].strftime("%Y-%m-%d %H:%M:%S"), author.name,
                                                     title.replace('"', '""'), body.replace('"', '""'), notes.replace('"', '""')))
    elif fmt == "zendesk-json":
        L += ["{", '  "ticket": {', '    "id": %s,' % key.split("-")[-1], '    "subject": %s,' % J(title),
              '    "requester": %s,' % J(author.email), '    "created_at": "%sZ",' % ts[0].isoformat(),
              '    "description": %s,' % J(body), '    "comments": [']
        for i, ((p, t), d) in enumerate(zip(comments, ts[1:])):
            L += ["      {", '        "author": %s,' % J(p.email), '        "public": %s,' % ("false" if i % 2 else "true"),
                  '        "created_at": "%sZ",' % d.isoformat(), '        "body": %s' % J(t),
                  "      }" + ("," if i < len(comments) - 1 else "")]
        L += ["    ]", "  }", "}"]
    elif fmt == "redmine-textile":
        L += ["h1. %s #%s: %s" % (r.choice(["Bug", "Support", "Task"]), key.split("-")[-1], title), "",
              "*Author:* %s  *Created:* %s" % (author.name, ts[0].strftime("%Y-%m-%d")), "", body, "", "h2. History", ""]
        for (p, t), d in zip(comments, ts[1:]):
            L += ["h3. Updated by %s on %s" % (p.name, d.strftime("%Y-%m-%d %H:%M")), "", t, ""]
    elif fmt == "otrs-txt":
        L += ["Ticket#%s — %s" % (ts[0].strftime("%Y%m%d%H") + key.split("-")[-1].rjust(6, "0"), title),
              "State: open   Queue: Service Desk::2nd Level", "", "--- Article #1 (customer) ---",
              "From: %s <%s>" % (author.name, author.email), "Created: %s" % ts[0].strftime("%Y-%m-%d %H:%M:%S"), "", body, ""]
        for i, ((p, t), d) in enumerate(zip(comments, ts[1:])):
            L += ["--- Article #%d (%s) ---" % (i + 2, r.choice(["agent", "note-internal", "customer"])),
                  "From: %s <%s>" % (p.name, p.email), "Created: %s" % d.strftime("%Y-%m-%d %H:%M:%S"), "", t, ""]
    else:
        raise ValueError(fmt)
    return "\n".join(L) + "\n"


def email(r, frm, to, subject, body, quoted=None, lang="en", html=None, cc=None):
    """body: text. quoted: (person, date, text) rendered as a reply quote. html: optional HTML part text."""
    d = stamps(r, 2)
    H = ["Return-Path: <%s>" % frm.email, "From: %s <%s>" % (frm.name, frm.email), "To: %s <%s>" % (to.name, to.email)]
    if cc:
        H.append("Cc: %s" % ", ".join("%s <%s>" % (p.name, p.email) for p in cc))
    H += ["Subject: %s" % subject, "Date: %s" % d[1].strftime("%a, %d %b %Y %H:%M:%S +0100"),
          "Message-ID: <%s.%d@%s>" % (d[1].strftime("%Y%m%d%H%M%S"), r.randint(1000, 99999), frm.email.split("@")[1]),
          "MIME-Version: 1.0"]
    text = body + "\n\n-- \n%s\n" % frm.name
    if quoted:
        qp, qt = quoted
        if r.random() < 0.5:
            text += "\nOn %s, %s <%s> wrote:\n" % (d[0].strftime("%a, %d %b %Y at %H:%M"), qp.name, qp.email)
            text += "\n".join("> " + x if x else ">" for x in qt.split("\n")) + "\n"
        else:
            hdr = {"de": ("Von", "Gesendet", "An", "Betreff"), "fr": ("De", "Envoyé", "À", "Objet"),
                   "es": ("De", "Enviado", "Para", "Asunto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp")}.get(
                lang, ("From", "Sent", "To", "Subject"))
            text += "\n________________________________\n%s: %s\n%s: %s\n%s: %s\n%s: %s\n\n%s\n" % (
                hdr[0], qp.name, hdr[1], d[0].strftime("%d.%m.%Y %H:%M"), hdr[2], frm.name, hdr[3], subject, qt)
    if html is None:
        H += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", text]
    else:
        b = "----=_Part_%d_%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9))
        H += ['Content-Type: multipart/alternative; boundary="%s"' % b, "", "--" + b,
              "Content-Type: text/plain; charset=utf-8", "", text, "--" + b, "Content-Type: text/html; charset=utf-8", "",
              "<html><body>", html, "</body></html>", "--%s--" % b]
    return "\n".join(H) + "\n"


def wiki(fmt, title, sections):
    """sections: [(heading, [blocks])]; block = ('p', text) | ('code', text) | ('list', [items]) |
    ('table', [headers], [[cells]])."""
    L = []
    h1 = {"markdown": "# %s", "confluence": "<h1>%s</h1>", "mediawiki": "= %s =", "asciidoc": "= %s",
          "rst": None, "org": "#+TITLE: %s", "dokuwiki": "====== %s ======", "textile": "h1. %s"}[fmt]
    if fmt == "rst":
        L += ["=" * len(title), title, "=" * len(title)]
    else:
        L.append(h1 % title)
    L.append("")
    for head, blocks in sections:
        L.append({"markdown": "## %s", "confluence": "<h2>%s</h2>", "mediawiki": "== %s ==", "asciidoc": "== %s",
                  "rst": "%s", "org": "* %s", "dokuwiki": "===== %s =====", "textile": "h2. %s"}[fmt] % head)
        if fmt == "rst":
            L.append("-" * max(4, len(head)))
        L.append("")
        for b in blocks:
            L += _block(fmt, b)
            L.append("")
    return "\n".join(L) + "\n"


def _block(fmt, b):
    kind = b[0]
    if kind == "p":
        return ["<p>%s</p>" % b[1]] if fmt == "confluence" else [b[1]]
    if kind == "code":
        lines = b[1].split("\n")
        return {"markdown": ["```"] + lines + ["```"],
                "confluence": ['<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[' + lines[0]] + lines[1:] + [
                    "]]></ac:plain-text-body></ac:structured-macro>"],
                "mediawiki": ["<pre>"] + lines + ["</pre>"], "asciidoc": ["[source,shell]", "----"] + lines + ["----"],
                "rst": [".. code-block:: shell", ""] + ["   " + x for x in lines],
                "org": ["#+BEGIN_SRC shell"] + lines + ["#+END_SRC"], "dokuwiki": ["<code bash>"] + lines + ["</code>"],
                "textile": ["bc.. " + lines[0]] + lines[1:] + ["", "p. "]}[fmt]
    if kind == "list":
        pre = {"markdown": "- ", "confluence": "<li>", "mediawiki": "* ", "asciidoc": "* ", "rst": "- ", "org": "- ",
               "dokuwiki": "  * ", "textile": "* "}[fmt]
        post = "</li>" if fmt == "confluence" else ""
        body = [pre + x + post for x in b[1]]
        return ["<ul>"] + body + ["</ul>"] if fmt == "confluence" else body
    if kind == "table":
        hdr, rows = b[1], b[2]
        if fmt in ("markdown",):
            return ["| " + " | ".join(hdr) + " |", "|" + "---|" * len(hdr)] + ["| " + " | ".join(x) + " |" for x in rows]
        if fmt == "org":
            return ["| " + " | ".join(hdr) + " |", "|" + "-+-".join("---" for _ in hdr) + "|"] + ["| " + " | ".join(x) + " |" for x in rows]
        if fmt == "confluence":
            return ["<table><tbody>", "<tr>" + "".join("<th>%s</th>" % h for h in hdr) + "</tr>"] + [
                "<tr>" + "".join("<td>%s</td>" % c for c in x) + "</tr>" for x in rows] + ["</tbody></table>"]
        if fmt == "mediawiki":
            out = ['{| class="wikitable"', "! " + " !! ".join(hdr)]
            for x in rows:
                out += ["|-", "| " + " || ".join(x)]
            return out + ["|}"]
        if fmt == "asciidoc":
            return ['[cols="%d*"]' % len(hdr), "|===", "|" + " |".join(hdr)] + ["|" + " |".join(x) for x in rows] + ["|==="]
        if fmt == "rst":
            out = [".. list-table::", "   :header-rows: 1", ""]
            for x in [hdr] + rows:
                out.append("   * - " + x[0])
                out += ["     - " + c for c in x[1:]]
            return out
        if fmt == "dokuwiki":
            return ["^ " + " ^ ".join(hdr) + " ^"] + ["| " + " | ".join(x) + " |" for x in rows]
        if fmt == "textile":
            return ["|_. " + "|_. ".join(hdr) + "|"] + ["|" + "|".join(x) + "|" for x in rows]
    raise ValueError(kind)
