"""Free-text renderers: e-mail, chat exports (14), tickets (9), wikis (10), shell histories (4), sheets.

Texts may hold value markers; every renderer keeps one message / row / paragraph line per value so that a
labelled line never carries two values. Values never contain quotes, backslashes or XML specials.
"""

import json

CHATS = ["slack_json", "teams_txt", "irc", "mattermost_jsonl", "whatsapp", "telegram_json", "discord_csv",
         "matrix_json", "zulip_txt", "rocket_jsonl", "gchat_json", "sms_xml", "signal_txt", "imessage_txt"]
TICKETS = ["jira_txt", "servicenow_csv", "github_md", "zendesk_json", "redmine_textile", "freshdesk_json",
           "osticket_txt", "linear_md", "trello_json"]
WIKIS = ["markdown", "confluence", "mediawiki", "asciidoc", "org", "dokuwiki", "rst", "textile", "notion",
         "onenote_html"]
HISTS = ["bash", "zsh", "fish", "powershell"]

EXT = {"slack_json": "json", "teams_txt": "txt", "irc": "log", "mattermost_jsonl": "jsonl", "whatsapp": "txt",
       "telegram_json": "json", "discord_csv": "csv", "matrix_json": "json", "zulip_txt": "txt",
       "rocket_jsonl": "jsonl", "gchat_json": "json", "sms_xml": "xml", "signal_txt": "txt", "imessage_txt": "txt",
       "jira_txt": "txt", "servicenow_csv": "csv", "github_md": "md", "zendesk_json": "json",
       "redmine_textile": "textile", "freshdesk_json": "json", "osticket_txt": "txt", "linear_md": "md",
       "trello_json": "json", "markdown": "md", "confluence": "xml", "mediawiki": "wiki", "asciidoc": "adoc",
       "org": "org", "dokuwiki": "txt", "rst": "rst", "textile": "textile", "notion": "md",
       "onenote_html": "html"}


def js(s):
    """JSON string body (no quotes) that leaves markers and values alone."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def xa(s):
    return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


def csvf(s):
    if any(c in s for c in ',"\n'):
        return '"%s"' % s.replace('"', '""')
    return s


# ------------------------------------------------------------------ e-mail
def eml(t, frm, to, subject, paras, cc=None, date=None, reply=False):
    date = date or "%s, %02d %s 2025 %02d:%02d:%02d +0000" % (
        t.r.pick(["Mon", "Tue", "Wed", "Thu", "Fri"]), t.r.randint(1, 28),
        t.r.pick(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Sep", "Oct", "Nov"]), t.r.randint(7, 19),
        t.r.randint(0, 59), t.r.randint(0, 59))
    head = ["From: %s" % frm, "To: %s" % to]
    if cc:
        head.append("Cc: %s" % cc)
    head += ["Subject: %s%s" % ("RE: " if reply else "", subject), "Date: %s" % date,
             "Message-ID: <%s.%s@mail.%s>" % (t.r.hex(16), t.r.dig(6), t.domain), "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", ""]
    return "\n".join(head) + "\n" + "\n\n".join(paras) + "\n"


# ------------------------------------------------------------------ chat
def chat(t, fmt, msgs, room="ops"):
    """msgs: [(person index, text)]. Returns text."""
    r = t.r
    base = 1735000000 + r.randint(0, 20000000)
    out = []
    stamps = []
    for i in range(len(msgs)):
        base += r.randint(20, 900)
        stamps.append(base)

    def hm(ts):
        return "%02d:%02d" % ((ts // 3600) % 24, (ts // 60) % 60)

    def day(ts):
        return "2025-%02d-%02d" % (1 + (ts // 86400) % 12, 1 + (ts // 7200) % 28)

    if fmt == "slack_json":
        out.append("[")
        for i, (p, text) in enumerate(msgs):
            out.append('  {"type": "message", "user": "U%s", "user_name": "%s", "ts": "%d.%06d", "text": "%s"}%s' % (
                r.uan(10), t.handle(p), stamps[i], r.randint(0, 999999), js(text), "," if i < len(msgs) - 1 else ""))
        out.append("]")
    elif fmt == "teams_txt":
        for i, (p, text) in enumerate(msgs):
            out += ["[%s %s] %s" % (day(stamps[i]), hm(stamps[i]), t.person(p)), text, ""]
    elif fmt == "irc":
        out.append("--- Log opened %s" % day(stamps[0]))
        for i, (p, text) in enumerate(msgs):
            out.append("[%s] <%s> %s" % (hm(stamps[i]), t.handle(p), text))
    elif fmt == "mattermost_jsonl":
        out.append('{"type":"version","version":1}')
        for i, (p, text) in enumerate(msgs):
            out.append('{"type":"post","post":{"team":"%s","channel":"%s","user":"%s","message":"%s",'
                       '"create_at":%d000}}' % (t.slug, room, t.handle(p), js(text), stamps[i]))
    elif fmt == "whatsapp":
        for i, (p, text) in enumerate(msgs):
            d = day(stamps[i])
            out.append("%s/%s/%s, %s - %s: %s" % (d[8:], d[5:7], d[:4], hm(stamps[i]), t.person(p), text))
    elif fmt == "telegram_json":
        out += ["{", '  "name": "%s %s",' % (t.org, room), '  "type": "private_group",', '  "messages": [']
        for i, (p, text) in enumerate(msgs):
            out.append('    {"id": %d, "type": "message", "date": "%sT%s:00", "from": "%s", "text": "%s"}%s' % (
                1000 + i, day(stamps[i]), hm(stamps[i]), t.person(p), js(text), "," if i < len(msgs) - 1 else ""))
        out += ["  ]", "}"]
    elif fmt == "discord_csv":
        out.append("AuthorID,Author,Date,Content,Attachments,Reactions")
        for i, (p, text) in enumerate(msgs):
            out.append("%s,%s,%sT%s:00.000+00:00,%s,," % (r.dig(18), t.handle(p), day(stamps[i]), hm(stamps[i]),
                                                          csvf(text)))
    elif fmt == "matrix_json":
        out += ['{"room_name": "#%s:%s", "events": [' % (room, t.domain)]
        for i, (p, text) in enumerate(msgs):
            out.append('  {"type": "m.room.message", "sender": "@%s:%s", "origin_server_ts": %d000, '
                       '"content": {"msgtype": "m.text", "body": "%s"}}%s' % (
                           t.handle(p), t.domain, stamps[i], js(text), "," if i < len(msgs) - 1 else ""))
        out.append("]}")
    elif fmt == "zulip_txt":
        out.append("#%s > %s" % (room, "handover" if r.chance(0.5) else "today"))
        for i, (p, text) in enumerate(msgs):
            out.append("%s [%s]: %s" % (t.person(p), hm(stamps[i]), text))
    elif fmt == "rocket_jsonl":
        for i, (p, text) in enumerate(msgs):
            out.append('{"_id":"%s","rid":"%s","u":{"username":"%s"},"msg":"%s","ts":{"$date":%d000}}' % (
                r.an(17), room, t.handle(p), js(text), stamps[i]))
    elif fmt == "gchat_json":
        out += ["{", '  "messages": [']
        for i, (p, text) in enumerate(msgs):
            out.append('    {"creator": {"name": "%s", "email": "%s"}, "created_date": "%s %s UTC", "text": "%s"}%s' % (
                t.person(p), t.mail(p), day(stamps[i]), hm(stamps[i]), js(text), "," if i < len(msgs) - 1 else ""))
        out += ["  ]", "}"]
    elif fmt == "sms_xml":
        out += ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>", '<smses count="%d">' % len(msgs)]
        for i, (p, text) in enumerate(msgs):
            out.append('  <sms protocol="0" address="+1555%s" date="%d000" type="%d" body="%s" '
                       'contact_name="%s" />' % (r.dig(7), stamps[i], 1 + i % 2, xa(text), t.person(p)))
        out.append("</smses>")
    elif fmt == "signal_txt":
        for i, (p, text) in enumerate(msgs):
            out.append("[%s %s] %s: %s" % (day(stamps[i]), hm(stamps[i]), t.person(p), text))
    else:  # imessage_txt
        for i, (p, text) in enumerate(msgs):
            out += ["%s %s" % (day(stamps[i]), hm(stamps[i])), t.person(p), text, ""]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ tickets
def ticket(t, fmt, key, title, reporter, desc, comments, status="Resolved"):
    """desc: text; comments: [(person index, text)]."""
    r = t.r
    out = []
    if fmt == "jira_txt":
        out += ["[%s] %s" % (key, title), "Status: %s    Priority: %s" % (status, r.pick(["P2", "P3", "Major"])),
                "Reporter: %s" % t.person(reporter), "", "Description:", desc, "", "Comments:"]
        for p, text in comments:
            out += ["--- %s, %s" % (t.person(p), t.ts()), text, ""]
    elif fmt == "servicenow_csv":
        out.append("number,element,value,sys_created_by,sys_created_on")
        out.append("%s,short_description,%s,%s,%s" % (key, csvf(title), t.handle(reporter), t.ts()))
        out.append("%s,description,%s,%s,%s" % (key, csvf(desc), t.handle(reporter), t.ts()))
        for p, text in comments:
            out.append("%s,work_notes,%s,%s,%s" % (key, csvf(text), t.handle(p), t.ts()))
    elif fmt == "github_md":
        out += ["# %s (#%s)" % (title, key.split("-")[-1]), "", "**@%s** opened this issue" % t.handle(reporter),
                "", desc, ""]
        for p, text in comments:
            out += ["---", "", "**@%s** commented on %s" % (t.handle(p), t.date()), "", text, ""]
    elif fmt == "zendesk_json":
        out += ["{", '  "ticket": {"id": %s, "subject": "%s", "status": "%s",' % (key.split("-")[-1], js(title),
                                                                               status.lower()),
                '    "description": "%s"},' % js(desc), '  "comments": [']
        for i, (p, text) in enumerate(comments):
            out.append('    {"author": "%s", "public": %s, "body": "%s"}%s' % (
                t.person(p), "false" if i % 2 else "true", js(text), "," if i < len(comments) - 1 else ""))
        out += ["  ]", "}"]
    elif fmt == "redmine_textile":
        out += ["h2. %s #%s: %s" % (r.pick(["Bug", "Support", "Task"]), key.split("-")[-1], title), "",
                "*Author:* %s" % t.person(reporter), "", desc, ""]
        for p, text in comments:
            out += ["h3. Updated by %s" % t.person(p), "", text, ""]
    elif fmt == "freshdesk_json":
        out += ["{", '  "id": %s, "subject": "%s", "requester": "%s",' % (key.split("-")[-1], js(title),
                                                                          t.mail(reporter)),
                '  "description_text": "%s",' % js(desc), '  "conversations": [']
        for i, (p, text) in enumerate(comments):
            out.append('    {"from_email": "%s", "private": %s, "body_text": "%s"}%s' % (
                t.mail(p), "true" if i % 2 else "false", js(text), "," if i < len(comments) - 1 else ""))
        out += ["  ]", "}"]
    elif fmt == "osticket_txt":
        out += ["Ticket #%s  --  %s" % (key.split("-")[-1], title), "Department: IT Support",
                "=" * 60, "", "%s wrote:" % t.person(reporter), desc, ""]
        for p, text in comments:
            out += ["-" * 60, "%s  %s" % (t.ts(), t.person(p)), text, ""]
    elif fmt == "linear_md":
        out += ["# %s" % title, "", "`%s` · %s · reported by %s" % (key, status, t.person(reporter)), "", desc, "",
                "## Activity", ""]
        for p, text in comments:
            out += ["* **%s** — %s" % (t.person(p), text.replace("\n", "\n  "))]
    else:  # trello_json
        out += ["{", '  "name": "%s",' % js(title), '  "desc": "%s",' % js(desc), '  "actions": [']
        for i, (p, text) in enumerate(comments):
            out.append('    {"type": "commentCard", "memberCreator": {"fullName": "%s"}, "data": {"text": "%s"}}%s' % (
                t.person(p), js(text), "," if i < len(comments) - 1 else ""))
        out += ["  ]", "}"]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------ wikis
def wiki(t, fmt, title, sections):
    """sections: [(heading, [block])]; block is a str paragraph, ('code', text), ('list', [items]) or
    ('table', header, rows)."""
    out = []
    H = {"markdown": lambda h, n: "#" * n + " " + h, "notion": lambda h, n: "#" * n + " " + h,
         "mediawiki": lambda h, n: "=" * n + " " + h + " " + "=" * n, "asciidoc": lambda h, n: "=" * n + " " + h,
         "org": lambda h, n: "*" * n + " " + h, "dokuwiki": lambda h, n: "=" * (7 - n) + " " + h + " " + "=" * (7 - n),
         "textile": lambda h, n: "h%d. %s" % (n, h), "confluence": lambda h, n: "<h%d>%s</h%d>" % (n, h, n),
         "onenote_html": lambda h, n: "<h%d>%s</h%d>" % (n, h, n),
         "rst": lambda h, n: h + "\n" + ("=" if n == 1 else "-") * max(len(h), 4)}[fmt]
    if fmt == "onenote_html":
        out += ["<html><head><title>%s</title></head><body>" % title]
    if fmt == "notion":
        out += [H(title, 1), "", "Owner: %s" % t.person(0), "Last edited: %s" % t.date(), "Tags: runbook, %s" % t.slug, ""]
    else:
        out += [H(title, 1), ""]
    for head, blocks in sections:
        out += [H(head, 2), ""]
        for b in blocks:
            if isinstance(b, str):
                out += [("<p>%s</p>" % b) if fmt in ("confluence", "onenote_html") else b, ""]
            elif b[0] == "code":
                out += _code(fmt, b[1]) + [""]
            elif b[0] == "list":
                for it in b[1]:
                    out.append({"mediawiki": "* ", "org": "- ", "dokuwiki": "  * ", "textile": "* ",
                                "confluence": "<li>", "onenote_html": "<li>", "rst": "* ", "asciidoc": "* "}
                               .get(fmt, "- ") + it + ("</li>" if fmt in ("confluence", "onenote_html") else ""))
                out.append("")
            else:
                out += _table(fmt, b[1], b[2]) + [""]
    if fmt == "onenote_html":
        out.append("</body></html>")
    return "\n".join(out) + "\n"


def _code(fmt, text):
    lines = text.split("\n")
    if fmt in ("markdown", "notion"):
        return ["```"] + lines + ["```"]
    if fmt == "mediawiki":
        return ["<pre>"] + lines + ["</pre>"]
    if fmt == "asciidoc":
        return ["----"] + lines + ["----"]
    if fmt == "org":
        return ["#+BEGIN_SRC sh"] + lines + ["#+END_SRC"]
    if fmt == "dokuwiki":
        return ["<code>"] + lines + ["</code>"]
    if fmt == "rst":
        return ["::", ""] + ["    " + ln for ln in lines]
    if fmt == "textile":
        return ["bc.. " + lines[0]] + lines[1:] + ["", "p. "]
    if fmt == "confluence":
        return ['<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[' + lines[0]] + lines[1:] + [
            "]]></ac:plain-text-body></ac:structured-macro>"]
    return ["<pre>" + lines[0]] + lines[1:] + ["</pre>"]


def _table(fmt, header, rows):
    if fmt in ("markdown", "notion"):
        return ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)] + [
            "| " + " | ".join(r) + " |" for r in rows]
    if fmt == "mediawiki":
        return ['{| class="wikitable"', "! " + " !! ".join(header)] + sum(
            [["|-", "| " + " || ".join(r)] for r in rows], []) + ["|}"]
    if fmt == "asciidoc":
        return ['[cols="%d*"]' % len(header), "|===", "| " + " | ".join(header), ""] + [
            "| " + " | ".join(r) for r in rows] + ["|==="]
    if fmt == "org":
        return ["| " + " | ".join(header) + " |", "|-"] + ["| " + " | ".join(r) + " |" for r in rows]
    if fmt == "dokuwiki":
        return ["^ " + " ^ ".join(header) + " ^"] + ["| " + " | ".join(r) + " |" for r in rows]
    if fmt == "rst":
        return [".. csv-table::", "   :header: " + ", ".join('"%s"' % h for h in header), ""] + [
            "   " + ", ".join(r) for r in rows]
    if fmt == "textile":
        return ["|_. " + " |_. ".join(header) + " |"] + ["| " + " | ".join(r) + " |" for r in rows]
    return ["<table><tr>" + "".join("<th>%s</th>" % h for h in header) + "</tr>"] + [
        "<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in rows] + ["</table>"]


# ------------------------------------------------------------------ shell histories
def history(t, fmt, cmds):
    ts = 1736000000 + t.r.randint(0, 9000000)
    out = []
    for c in cmds:
        ts += t.r.randint(5, 400)
        if fmt == "zsh":
            out.append(": %d:0;%s" % (ts, c))
        elif fmt == "fish":
            out += ["- cmd: %s" % c, "  when: %d" % ts]
        else:
            out.append(c)
    return "\n".join(out) + "\n"


HIST_PATH = {"bash": ".bash_history", "zsh": ".zsh_history", "fish": ".local/share/fish/fish_history",
             "powershell": "AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt"}


def sheet(header, rows):
    return "\n".join([",".join(csvf(h) for h in header)] + [",".join(csvf(c) for c in r) for r in rows]) + "\n"
