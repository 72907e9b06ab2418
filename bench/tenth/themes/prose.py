"""Free-text renderers: chat exports (11 formats), tickets (6), wikis (8 markups), e-mail, shell
histories (4) and spreadsheet-style CSVs. Message texts may carry value markers; JSON is written with
ensure_ascii=False so the markers survive until rendering."""

import csv
import io
import json


def _clock(r, n):
    h, m = r.randint(7, 16), r.randint(0, 59)
    out = []
    for _ in range(n):
        m += r.randint(1, 9)
        h, m = h + m // 60, m % 60
        out.append((h, m))
    return out


def _epoch(r):
    return r.randint(1735700000, 1767000000)


def _j(obj, indent=1):
    return json.dumps(obj, indent=indent, ensure_ascii=False) + "\n"


def _jl(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


CHAT_FORMATS = ("slack", "teams", "irc", "mattermost", "whatsapp", "telegram", "discord", "matrix", "rocketchat",
                "gchat", "zulip")


def chat(C, folder, channel, msgs, fmt=None):
    """msgs: list of (person, text), or a callable doc -> list. Returns the doc."""
    r = C.r
    fmt = fmt or r.choice(CHAT_FORMATS)
    name = {"slack": "%s/%s.json", "teams": "%s/%s-teams.txt", "irc": "%s/%s.log", "mattermost": "%s/%s.jsonl",
            "whatsapp": "%s/WhatsApp Chat - %s.txt", "telegram": "%s/%s-result.json", "discord": "%s/%s.csv",
            "matrix": "%s/%s-matrix.json", "rocketchat": "%s/%s-rocketchat.jsonl", "gchat": "%s/%s-messages.json",
            "zulip": "%s/%s-zulip.txt"}[fmt] % (folder, channel)
    d = C.doc(name, crlf=(fmt == "teams" and r.random() < .5), free=True)
    if callable(msgs):
        msgs = msgs(d)
    day = r.date()
    clock = _clock(r, len(msgs))
    t0 = _epoch(r)
    handle = {}
    for p, _ in msgs:
        if p not in handle:
            handle[p] = r.handle(p)
    if fmt == "slack":
        d.w(_j([{"type": "message", "user": "U0" + r.up(8), "user_name": handle[p], "text": t,
                 "ts": "%d.%06d" % (t0 + 97 * i, r.randint(0, 999999))} for i, (p, t) in enumerate(msgs)]))
    elif fmt == "teams":
        d.w("Chat export: %s (%s)\n\n" % (channel, day))
        for (p, t), (h, m) in zip(msgs, clock):
            d.w("[%s %02d:%02d] %s\n%s\n\n" % (day, h, m, p, t))
    elif fmt == "irc":
        d.w("--- Log opened %s\n" % day)
        for (p, t), (h, m) in zip(msgs, clock):
            d.w("[%02d:%02d] <%s> %s\n" % (h, m, handle[p], t))
        d.w("--- Log closed %s\n" % day)
    elif fmt == "mattermost":
        d.w(_jl({"type": "version", "version": 1}))
        for i, (p, t) in enumerate(msgs):
            d.w(_jl({"type": "post", "post": {"team": C.name, "channel": channel, "user": handle[p], "message": t,
                                              "create_at": (t0 + 60 * i) * 1000}}))
    elif fmt == "whatsapp":
        for (p, t), (h, m) in zip(msgs, clock):
            d.w("%s/%s/%s, %02d:%02d - %s: %s\n" % (day[8:10], day[5:7], day[:4], h, m, p, t))
    elif fmt == "telegram":
        d.w(_j({"name": channel, "type": "private_group", "id": r.randint(10 ** 9, 10 ** 10), "messages": [
            {"id": 1000 + i, "type": "message", "date": "%sT%02d:%02d:00" % (day, h, m), "from": p,
             "from_id": "user%d" % r.randint(10 ** 8, 10 ** 9), "text": t} for i, ((p, t), (h, m)) in
            enumerate(zip(msgs, clock))]}))
    elif fmt == "discord":
        buf = io.StringIO()
        wr = csv.writer(buf, lineterminator="\n")
        wr.writerow(["AuthorID", "Author", "Date", "Content", "Attachments", "Reactions"])
        for (p, t), (h, m) in zip(msgs, clock):
            wr.writerow([str(r.randint(10 ** 17, 10 ** 18)), handle[p], "%sT%02d:%02d:00.000+00:00" % (day, h, m), t, "", ""])
        d.w(buf.getvalue())
    elif fmt == "matrix":
        d.w(_j({"room_name": channel, "export_date": day, "messages": [
            {"type": "m.room.message", "sender": "@%s:matrix.%s.internal" % (handle[p], C.name),
             "origin_server_ts": (t0 + 45 * i) * 1000, "content": {"msgtype": "m.text", "body": t}}
            for i, (p, t) in enumerate(msgs)]}))
    elif fmt == "rocketchat":
        for i, (p, t) in enumerate(msgs):
            d.w(_jl({"_id": r.al(17), "rid": r.al(17), "msg": t, "ts": {"$date": (t0 + 50 * i) * 1000},
                     "u": {"_id": r.al(17), "username": handle[p]}}))
    elif fmt == "gchat":
        d.w(_j({"messages": [{"creator": {"name": p, "email": "%s@%s" % (handle[p], C.dom), "user_type": "Human"},
                              "created_date": "%s, %02d:%02d:00 UTC" % (day, h, m), "text": t, "topic_id": r.al(11)}
                             for (p, t), (h, m) in zip(msgs, clock)]}))
    else:
        d.w("## %s > %s\n\n" % (C.name, channel))
        for (p, t), (h, m) in zip(msgs, clock):
            d.w("**%s** [%02d:%02d]: %s\n\n" % (p, h, m, t))
    return d


# ---------------------------------------------------------------- tickets
TICKET_FORMATS = ("jira", "servicenow", "github", "zendesk", "redmine", "freshdesk")


def ticket(C, folder, key, title, entries, fmt=None):
    """entries: list of (person, text) with text possibly multi-line."""
    r = C.r
    fmt = fmt or r.choice(TICKET_FORMATS)
    ext = {"jira": ".txt", "servicenow": ".csv", "github": ".md", "zendesk": ".json", "redmine": ".textile",
           "freshdesk": ".json"}[fmt]
    d = C.doc("%s/%s%s" % (folder, key, ext), free=True)
    if callable(entries):
        entries = entries(d)
    handle = {}
    for p, _ in entries:
        if p not in handle:
            handle[p] = r.handle(p)
    day = r.date()
    if fmt == "jira":
        d.w("[%s] %s\nStatus: %s    Priority: %s\nReporter: %s\n\n" % (key, title, r.choice(["Open", "In Progress",
            "Resolved"]), r.choice(["P2", "P3", "Major"]), entries[0][0]))
        for p, t in entries:
            d.w("---- %s, %s ----\n%s\n\n" % (p, day, t))
    elif fmt == "servicenow":
        buf = io.StringIO()
        wr = csv.writer(buf, lineterminator="\n")
        wr.writerow(["number", "sys_created_on", "sys_created_by", "element", "value"])
        for i, (p, t) in enumerate(entries):
            wr.writerow([key, "%s %02d:%02d:00" % (day, 8 + i, r.randint(0, 59)), handle[p],
                         "description" if i == 0 else "comments", t])
        d.w(buf.getvalue())
    elif fmt == "github":
        d.w("# %s (#%s)\n\n" % (title, key.split("-")[-1]))
        for p, t in entries:
            d.w("**@%s** commented on %s\n\n%s\n\n---\n\n" % (handle[p], day, t))
    elif fmt == "zendesk":
        d.w(_j({"ticket": {"id": int("".join(c for c in key if c.isdigit()) or 1), "subject": title, "status": "open",
                           "comments": [{"author": p, "created_at": "%sT%02d:00:00Z" % (day, 8 + i), "body": t,
                                         "public": i == 0} for i, (p, t) in enumerate(entries)]}}))
    elif fmt == "redmine":
        d.w("h1. %s #%s: %s\n\n" % (r.choice(["Bug", "Support", "Task"]), key, title))
        for p, t in entries:
            d.w("h3. %s, %s\n\n%s\n\n" % (p, day, t))
    else:
        d.w(_j({"id": r.randint(1000, 99999), "subject": title, "status": 2, "priority": 3, "conversations": [
            {"from": "%s@%s" % (handle[p], C.dom), "body_text": t, "created_at": "%sT%02d:30:00Z" % (day, 9 + i),
             "private": i > 0} for i, (p, t) in enumerate(entries)]}))
    return d


# ---------------------------------------------------------------- wikis
WIKI_FORMATS = ("markdown", "confluence", "mediawiki", "asciidoc", "org", "dokuwiki", "rst", "textile")
WIKI_EXT = {"markdown": ".md", "confluence": ".xml", "mediawiki": ".wiki", "asciidoc": ".adoc", "org": ".org",
            "dokuwiki": ".txt", "rst": ".rst", "textile": ".textile"}


def wiki(C, stem, title, blocks, fmt=None):
    """blocks: ('h', text) ('p', text) ('code', [lines]) ('ul', [items]) ('table', header, rows)."""
    r = C.r
    fmt = fmt or r.choice(WIKI_FORMATS)
    d = C.doc(stem + WIKI_EXT[fmt], free=True)
    if callable(blocks):
        blocks = blocks(d)
    W = d.w
    if fmt == "markdown":
        W("# %s\n\n" % title)
    elif fmt == "confluence":
        W('<ac:layout>\n<h1>%s</h1>\n' % title)
    elif fmt == "mediawiki":
        W("= %s =\n\n" % title)
    elif fmt == "asciidoc":
        W("= %s\n:toc:\n\n" % title)
    elif fmt == "org":
        W("#+TITLE: %s\n\n" % title)
    elif fmt == "dokuwiki":
        W("====== %s ======\n\n" % title)
    elif fmt == "rst":
        W("%s\n%s\n\n" % (title, "=" * len(title)))
    else:
        W("h1. %s\n\n" % title)
    for b in blocks:
        k = b[0]
        if k == "h":
            W({"markdown": "## %s\n\n", "confluence": "<h2>%s</h2>\n", "mediawiki": "== %s ==\n\n", "asciidoc": "== %s\n\n",
               "org": "* %s\n\n", "dokuwiki": "===== %s =====\n\n", "rst": "%s\n" + "-" * len(b[1]) + "\n\n",
               "textile": "h2. %s\n\n"}[fmt] % b[1])
        elif k == "p":
            W(("<p>%s</p>\n" if fmt == "confluence" else "%s\n\n") % b[1])
        elif k == "ul":
            for it in b[1]:
                W({"markdown": "- %s\n", "confluence": "<li>%s</li>\n", "mediawiki": "* %s\n", "asciidoc": "* %s\n",
                   "org": "- %s\n", "dokuwiki": "  * %s\n", "rst": "* %s\n", "textile": "* %s\n"}[fmt] % it)
            W("\n")
        elif k == "code":
            lines = b[1]
            if fmt == "markdown":
                W("```\n" + "".join(l + "\n" for l in lines) + "```\n\n")
            elif fmt == "confluence":
                W('<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[' + "\n".join(lines)
                  + "]]></ac:plain-text-body></ac:structured-macro>\n")
            elif fmt == "mediawiki":
                W("<pre>\n" + "".join(l + "\n" for l in lines) + "</pre>\n\n")
            elif fmt == "asciidoc":
                W("[source,shell]\n----\n" + "".join(l + "\n" for l in lines) + "----\n\n")
            elif fmt == "org":
                W("#+BEGIN_SRC shell\n" + "".join(l + "\n" for l in lines) + "#+END_SRC\n\n")
            elif fmt == "dokuwiki":
                W("<code>\n" + "".join(l + "\n" for l in lines) + "</code>\n\n")
            elif fmt == "rst":
                W(".. code-block:: shell\n\n" + "".join("   " + l + "\n" for l in lines) + "\n")
            else:
                W("bc. " + lines[0] + "\n" + "".join(l + "\n" for l in lines[1:]) + "\n")
        elif k == "table":
            hdr, rows = b[1], b[2]
            if fmt in ("markdown",):
                W("| " + " | ".join(hdr) + " |\n|" + "---|" * len(hdr) + "\n")
                for row in rows:
                    W("| " + " | ".join(row) + " |\n")
            elif fmt == "confluence":
                W("<table><tbody>\n<tr>" + "".join("<th>%s</th>" % h for h in hdr) + "</tr>\n")
                for row in rows:
                    W("<tr>" + "".join("<td>%s</td>" % c for c in row) + "</tr>\n")
                W("</tbody></table>\n")
            elif fmt == "mediawiki":
                W('{| class="wikitable"\n! ' + " !! ".join(hdr) + "\n")
                for row in rows:
                    W("|-\n| " + " || ".join(row) + "\n")
                W("|}\n")
            elif fmt == "asciidoc":
                W("|===\n| " + " | ".join(hdr) + "\n\n")
                for row in rows:
                    W("| " + " | ".join(row) + "\n")
                W("|===\n")
            elif fmt == "org":
                W("| " + " | ".join(hdr) + " |\n|" + "-+" * (len(hdr) - 1) + "-|\n")
                for row in rows:
                    W("| " + " | ".join(row) + " |\n")
            elif fmt == "dokuwiki":
                W("^ " + " ^ ".join(hdr) + " ^\n")
                for row in rows:
                    W("| " + " | ".join(row) + " |\n")
            elif fmt == "rst":
                W(".. list-table::\n   :header-rows: 1\n\n")
                for row in [hdr] + rows:
                    W("   * - " + row[0] + "\n" + "".join("     - %s\n" % c for c in row[1:]))
            else:
                W("|_. " + " |_. ".join(hdr) + " |\n")
                for row in rows:
                    W("| " + " | ".join(row) + " |\n")
            W("\n")
    if fmt == "confluence":
        W("</ac:layout>\n")
    return d


# ---------------------------------------------------------------- e-mail
def email(C, path, frm, to, subject, body, cc=None):
    """body: list of lines, or a callable doc -> list. Returns the doc."""
    r = C.r
    d = C.doc(path, free=True)
    day = r.randint(1, 28)
    d.w("Return-Path: <%s>\nMessage-ID: <%s.%s@mail.%s>\nDate: %s, %d %s 2025 %02d:%02d:%02d +0000\nFrom: %s\nTo: %s\n"
        % (frm.split("<")[-1].rstrip(">"), r.hx(16), r.hx(8), C.dom, r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), day,
           r.choice(["Jan", "Mar", "Apr", "Jun", "Sep", "Oct", "Nov"]), r.randint(7, 18), r.randint(0, 59),
           r.randint(0, 59), frm, to))
    if cc:
        d.w("Cc: %s\n" % cc)
    d.w("Subject: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n"
        % subject)
    if callable(body):
        body = body(d)
    d.w("".join(l + "\n" for l in body))
    return d


# ---------------------------------------------------------------- shell histories
HIST_FORMATS = ("bash", "zsh", "fish", "powershell")


def history(C, home, cmds, fmt=None):
    """cmds: list, or a callable (doc, fmt) -> list."""
    r = C.r
    fmt = fmt or r.choice(HIST_FORMATS)
    path = {"bash": "%s/.bash_history", "zsh": "%s/.zsh_history", "fish": "%s/.local/share/fish/fish_history",
            "powershell": "%s/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt"}[fmt] % home
    d = C.doc(path, crlf=(fmt == "powershell"), free=True)
    if callable(cmds):
        cmds = cmds(d, fmt)
    t = _epoch(r)
    for c in cmds:
        t += r.randint(5, 600)
        if fmt == "zsh":
            d.w(": %d:0;%s\n" % (t, c))
        elif fmt == "fish":
            d.w("- cmd: %s\n  when: %d\n" % (c, t))
        else:
            d.w(c + "\n")
    return d, fmt


# ---------------------------------------------------------------- spreadsheets
def sheet(C, path, header, rows, delim=",", crlf=False):
    """rows: list of lists, or a callable doc -> list."""
    d = C.doc(path, crlf=crlf, free=True)
    if callable(rows):
        rows = rows(d)
    for row in [header] + rows:
        d.w(delim.join(row) + "\n")
    return d
