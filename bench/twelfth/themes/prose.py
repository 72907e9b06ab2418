"""Free-text renderers: chat exports (16 formats), wiki pages (16 markups), tickets (13 systems), e-mail,
shell histories (6), transcripts.  Text may contain value markers; each message or line carries at most one."""
import csv
import io
import json


def _ts(ctx, i, base=None):
    v = ctx.v
    base = base or ctx.base_day
    h, m = 7 + (i * 7 + ctx.base_min) // 60 % 14, (i * 7 + ctx.base_min) % 60
    return "%s %02d:%02d" % (base, h, m)


def _iso(ctx, i):
    d, t = _ts(ctx, i).split()
    return "%sT%s:%02d" % (d, t, (i * 13) % 60)


def _epoch(ctx, i):
    y, mo, d = [int(x) for x in ctx.base_day.split("-")]
    import datetime
    dt = datetime.datetime(y, mo, d, 8, 0, 0, tzinfo=datetime.timezone.utc) + datetime.timedelta(minutes=7 * i + ctx.base_min)
    return int(dt.timestamp())


J = lambda o: json.dumps(o, ensure_ascii=False)


# ------------------------------------------------------------------ chat
def chat(ctx, fmt, channel, msgs):
    """msgs: list of (speaker, text). Returns (filename-ext, text)."""
    v = ctx.v
    out = []
    if fmt == "slack":
        for i, (w, t) in enumerate(msgs):
            out.append('  {"type": "message", "user": "U0%s", "user_name": %s, "text": %s, "ts": "%d.%06d"}' % (
                ctx.uid(w), J(w.lower()), J(t), _epoch(ctx, i), i * 1311 % 999999))
        return "json", "[\n" + ",\n".join(out) + "\n]\n"
    if fmt == "teams":
        return "txt", "".join("[%s] %s\n%s\n\n" % (_ts(ctx, i), w, t) for i, (w, t) in enumerate(msgs))
    if fmt == "irc":
        return "log", "--- Log opened %s\n" % ctx.base_day + "".join(
            "%s <%s> %s\n" % (_ts(ctx, i).split()[1], w.lower(), t) for i, (w, t) in enumerate(msgs))
    if fmt == "mattermost":
        return "jsonl", "".join(J({"type": "post", "post": {"channel": channel, "user": w.lower(), "message": t,
                                                          "create_at": _epoch(ctx, i) * 1000}}) + "\n" for i, (w, t) in enumerate(msgs))
    if fmt == "whatsapp":
        d = ctx.base_day.split("-")
        return "txt", "".join("%s/%s/%s, %s - %s: %s\n" % (d[2], d[1], d[0][2:], _ts(ctx, i).split()[1], w, t)
                              for i, (w, t) in enumerate(msgs))
    if fmt == "telegram":
        body = ",\n".join('  {"id": %d, "type": "message", "date": "%s", "from": %s, "text": %s}' % (
            1000 + i, _iso(ctx, i), J(w), J(t)) for i, (w, t) in enumerate(msgs))
        return "json", '{\n "name": %s,\n "type": "private_group",\n "messages": [\n%s\n ]\n}\n' % (J(channel), body)
    if fmt == "discord":
        s = io.StringIO()
        wr = csv.writer(s, lineterminator="\n")
        wr.writerow(["AuthorID", "Author", "Date", "Content", "Attachments", "Reactions"])
        for i, (w, t) in enumerate(msgs):
            wr.writerow([str(10 ** 17 + ctx.uidn(w)), w.lower(), _iso(ctx, i), t, "", ""])
        return "csv", s.getvalue()
    if fmt == "matrix":
        body = ",\n".join('  {"type": "m.room.message", "sender": "@%s:%s", "origin_server_ts": %d, "content": {"msgtype": "m.text", "body": %s}}' % (
            w.lower(), ctx.dom, _epoch(ctx, i) * 1000, J(t)) for i, (w, t) in enumerate(msgs))
        return "json", '{\n "room_name": %s,\n "messages": [\n%s\n ]\n}\n' % (J(channel), body)
    if fmt == "zulip":
        return "txt", "#%s > handover\n\n" % channel + "".join("%s (%s):\n%s\n\n" % (w, _ts(ctx, i), t) for i, (w, t) in enumerate(msgs))
    if fmt == "rocketchat":
        return "jsonl", "".join(J({"_id": "%s%03d" % (ctx.short, i), "rid": channel, "u": {"username": w.lower()}, "msg": t,
                                   "ts": {"$date": _iso(ctx, i) + ".000Z"}}) + "\n" for i, (w, t) in enumerate(msgs))
    if fmt == "gchat":
        body = ",\n".join('    {"creator": {"name": %s, "email": "%s@%s"}, "created_date": "%s", "text": %s}' % (
            J(w), w.lower(), ctx.dom, _iso(ctx, i), J(t)) for i, (w, t) in enumerate(msgs))
        return "json", '{\n  "messages": [\n%s\n  ]\n}\n' % body
    if fmt == "sms":
        rows = "".join('  <sms protocol="0" address="+1555%07d" date="%d000" type="%d" body=%s readable_date="%s" contact_name=%s />\n' % (
            ctx.uidn(w) % 10 ** 7, _epoch(ctx, i), 1 if i % 2 == 0 else 2, _xattr(t), _ts(ctx, i), _xattr(w))
            for i, (w, t) in enumerate(msgs))
        return "xml", "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"%d\">\n%s</smses>\n" % (len(msgs), rows)
    if fmt == "signal":
        return "txt", "".join("[%s] %s: %s\n" % (_ts(ctx, i), w, t) for i, (w, t) in enumerate(msgs))
    if fmt == "imessage":
        return "txt", "".join("%s\n%s\n%s\n\n" % (_ts(ctx, i), w, t) for i, (w, t) in enumerate(msgs))
    if fmt == "pidgin":
        rows = "".join('<font color="#%s"><font size="2">(%s)</font> <b>%s:</b></font> %s<br/>\n' % (
            "16569E" if i % 2 else "A82F2F", _ts(ctx, i).split()[1], w, _xtext(t)) for i, (w, t) in enumerate(msgs))
        return "html", "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"><title>Conversation with %s</title></head><body>\n%s</body></html>\n" % (channel, rows)
    if fmt == "line":
        return "txt", "[LINE] Chat history in %s\nSaved on: %s\n\n%s\n" % (channel, ctx.base_day, ctx.base_day) + "".join(
            "%s\t%s\t%s\n" % (_ts(ctx, i).split()[1], w, t) for i, (w, t) in enumerate(msgs))
    if fmt == "webex":
        body = ",\n".join('  {"id": "%s", "roomType": "group", "personEmail": "%s@%s", "created": "%s.000Z", "text": %s}' % (
            v.hx(24), w.lower(), ctx.dom, _iso(ctx, i), J(t)) for i, (w, t) in enumerate(msgs))
        return "json", '{"items": [\n%s\n]}\n' % body
    raise ValueError(fmt)


CHAT_FORMATS = ["slack", "teams", "irc", "mattermost", "whatsapp", "telegram", "discord", "matrix", "zulip",
                "rocketchat", "gchat", "sms", "signal", "imessage", "pidgin", "line", "webex"]


def _xattr(s):
    return '"%s"' % s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _xtext(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ wiki
def wiki(ctx, fmt, title, blocks):
    """blocks: ("h", text) | ("p", text) | ("code", text) | ("li", [items]) | ("table", header, rows)."""
    o = []
    if fmt in ("markdown", "notion", "obsidian"):
        if fmt == "notion":
            o.append("# %s\n\nOwner: %s\nLast edited: %s\nTags: runbook, %s\n" % (title, ctx.person(), ctx.base_day, ctx.short))
        elif fmt == "obsidian":
            o.append("---\ntitle: %s\ntags: [ops, %s]\nupdated: %s\n---\n\n# %s\n" % (title, ctx.short, ctx.base_day, title))
        else:
            o.append("# %s\n" % title)
        for b in blocks:
            if b[0] == "h":
                o.append("## %s\n" % b[1])
            elif b[0] == "p":
                o.append(("> [!note]\n> %s\n" % b[1]) if fmt == "obsidian" and b[1].startswith("Note") else "%s\n" % b[1])
            elif b[0] == "code":
                o.append("```\n%s\n```\n" % b[1])
            elif b[0] == "li":
                o.append("".join("- %s\n" % x for x in b[1]))
            elif b[0] == "table":
                o.append("| %s |\n|%s\n" % (" | ".join(b[1]), "---|" * len(b[1])) + "".join("| %s |\n" % " | ".join(r) for r in b[2]))
        return "md", "\n".join(o)
    if fmt == "confluence":
        o.append('<ac:layout><ac:layout-section ac:type="single"><ac:layout-cell>')
        for b in blocks:
            if b[0] == "h":
                o.append("<h2>%s</h2>" % _xtext(b[1]))
            elif b[0] == "p":
                o.append("<p>%s</p>" % _xtext(b[1]))
            elif b[0] == "code":
                o.append('<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[%s]]></ac:plain-text-body></ac:structured-macro>' % b[1])
            elif b[0] == "li":
                o.append("<ul>\n" + "\n".join("<li>%s</li>" % _xtext(x) for x in b[1]) + "\n</ul>")
            elif b[0] == "table":
                o.append("<table><tbody>\n<tr>%s</tr>\n" % "".join("<th>%s</th>" % h for h in b[1]) + "\n".join(
                    "<tr>%s</tr>" % "".join("<td>%s</td>" % _xtext(c) for c in r) for r in b[2]) + "\n</tbody></table>")
        o.append("</ac:layout-cell></ac:layout-section></ac:layout>")
        return "xml", "\n".join(o) + "\n"
    if fmt == "bookstack":
        o.append('<h1 id="bkmrk-title">%s</h1>' % _xtext(title))
        for i, b in enumerate(blocks):
            if b[0] == "h":
                o.append('<h2 id="bkmrk-%d">%s</h2>' % (i, _xtext(b[1])))
            elif b[0] == "p":
                o.append('<p id="bkmrk-p%d">%s</p>' % (i, _xtext(b[1])))
            elif b[0] == "code":
                o.append('<pre id="bkmrk-c%d"><code class="language-bash">%s</code></pre>' % (i, _xtext(b[1])))
            elif b[0] == "li":
                o.append("<ul>\n" + "\n".join("<li>%s</li>" % _xtext(x) for x in b[1]) + "\n</ul>")
            elif b[0] == "table":
                o.append("<table>\n<thead><tr>%s</tr></thead>\n<tbody>\n" % "".join("<th>%s</th>" % h for h in b[1]) + "\n".join(
                    "<tr>%s</tr>" % "".join("<td>%s</td>" % _xtext(c) for c in r) for r in b[2]) + "\n</tbody>\n</table>")
        return "html", "\n".join(o) + "\n"
    if fmt == "onenote":
        o.append("<html><head><title>%s</title><meta name=\"created\" content=\"%sT09:00:00.0000000\" /></head><body>" % (_xtext(title), ctx.base_day))
        for b in blocks:
            if b[0] == "h":
                o.append('<h2 style="font-size:13pt">%s</h2>' % _xtext(b[1]))
            elif b[0] == "p":
                o.append('<p style="margin-top:0pt">%s</p>' % _xtext(b[1]))
            elif b[0] == "code":
                o.append('<p style="font-family:Consolas">' + "<br />\n".join(_xtext(x) for x in b[1].split("\n")) + "</p>")
            elif b[0] == "li":
                o.append("<ul>\n" + "\n".join("<li>%s</li>" % _xtext(x) for x in b[1]) + "\n</ul>")
            elif b[0] == "table":
                o.append('<table border="1">\n' + "<tr>%s</tr>\n" % "".join("<td><b>%s</b></td>" % h for h in b[1]) + "\n".join(
                    "<tr>%s</tr>" % "".join("<td>%s</td>" % _xtext(c) for c in r) for r in b[2]) + "\n</table>")
        o.append("</body></html>")
        return "html", "\n".join(o) + "\n"
    S = {"mediawiki": ("= %s =", "== %s ==", "<pre>\n%s\n</pre>", "* %s", "mediawiki"),
         "asciidoc": ("= %s", "== %s", "----\n%s\n----", "* %s", "adoc"),
         "org": ("#+TITLE: %s", "* %s", "#+BEGIN_SRC sh\n%s\n#+END_SRC", "- %s", "org"),
         "dokuwiki": ("====== %s ======", "===== %s =====", "<code>\n%s\n</code>", "  * %s", "txt"),
         "rst": (None, None, "::\n\n%s", "* %s", "rst"),
         "textile": ("h1. %s", "h2. %s", "bc.. %s\n\np. ", "* %s", "textile"),
         "zim": ("====== %s ======", "===== %s =====", "'''\n%s\n'''", "* %s", "txt"),
         "tiddlywiki": ("! %s", "!! %s", "```\n%s\n```", "* %s", "tid"),
         "xwiki": ("= %s =", "== %s ==", "{{code}}\n%s\n{{/code}}", "* %s", "xwiki"),
         "vimwiki": ("= %s =", "== %s ==", "{{{\n%s\n}}}", "* %s", "wiki")}[fmt]
    if fmt == "rst":
        o.append("%s\n%s\n" % (title, "=" * len(title)))
    else:
        if fmt == "tiddlywiki":
            o.append("created: %s0900000000\ntitle: %s\ntags: ops\ntype: text/vnd.tiddlywiki\n" % (ctx.base_day.replace("-", ""), title))
        if fmt == "zim":
            o.append("Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\nCreation-Date: %sT09:00:00+00:00\n" % ctx.base_day)
        o.append(S[0] % title + "\n")
    for b in blocks:
        if b[0] == "h":
            o.append(("%s\n%s\n" % (b[1], "-" * len(b[1]))) if fmt == "rst" else S[1] % b[1] + "\n")
        elif b[0] == "p":
            o.append(b[1] + "\n")
        elif b[0] == "code":
            body = "\n".join("    " + x for x in b[1].split("\n")) if fmt == "rst" else b[1]
            o.append(S[2] % body + "\n")
        elif b[0] == "li":
            o.append("".join(S[3] % x + "\n" for x in b[1]))
        elif b[0] == "table":
            if fmt in ("mediawiki",):
                o.append('{| class="wikitable"\n! ' + " !! ".join(b[1]) + "\n" + "".join("|-\n| " + " || ".join(r) + "\n" for r in b[2]) + "|}\n")
            elif fmt == "asciidoc":
                o.append("|===\n|" + " |".join(b[1]) + "\n\n" + "".join("|" + " |".join(r) + "\n" for r in b[2]) + "|===\n")
            elif fmt == "dokuwiki":
                o.append("^ " + " ^ ".join(b[1]) + " ^\n" + "".join("| " + " | ".join(r) + " |\n" for r in b[2]))
            elif fmt == "rst":
                o.append(".. csv-table::\n   :header: " + ", ".join('"%s"' % h for h in b[1]) + "\n\n" + "".join(
                    "   " + ", ".join('"%s"' % c for c in r) + "\n" for r in b[2]))
            elif fmt == "textile":
                o.append("|_. " + "|_. ".join(b[1]) + "|\n" + "".join("|" + "|".join(r) + "|\n" for r in b[2]))
            elif fmt == "xwiki":
                o.append("|=" + "|=".join(b[1]) + "\n" + "".join("|" + "|".join(r) + "\n" for r in b[2]))
            else:
                o.append("| " + " | ".join(b[1]) + " |\n" + "".join("| " + " | ".join(r) + " |\n" for r in b[2]))
    return S[4], "\n".join(o)


WIKI_FORMATS = ["markdown", "confluence", "mediawiki", "asciidoc", "org", "dokuwiki", "rst", "textile", "notion",
                "onenote", "obsidian", "bookstack", "zim", "tiddlywiki", "xwiki", "vimwiki"]


# ------------------------------------------------------------------ tickets
def ticket(ctx, fmt, key, title, reporter, comments):
    """comments: list of (author, text); the first is the description."""
    if fmt == "jira":
        o = ["%s: %s" % (key, title), "Status: In Progress    Priority: Medium    Reporter: %s" % reporter, "", "Description:"]
        o.append(comments[0][1])
        for i, (w, t) in enumerate(comments[1:], 1):
            o += ["", "---- Comment by %s, %s ----" % (w, _ts(ctx, i)), t]
        return "txt", "\n".join(o) + "\n"
    if fmt == "servicenow":
        s = io.StringIO()
        wr = csv.writer(s, lineterminator="\n")
        wr.writerow(["number", "sys_created_on", "sys_created_by", "element", "value"])
        wr.writerow([key, _ts(ctx, 0) + ":00", reporter, "short_description", title])
        for i, (w, t) in enumerate(comments):
            wr.writerow([key, _ts(ctx, i + 1) + ":00", w.lower(), "comments" if i else "description", t])
        return "csv", s.getvalue()
    if fmt in ("github", "linear", "youtrack"):
        head = {"github": "# %s (#%s)\n\n**Opened by** @%s\n" % (title, key.split("-")[-1], reporter.lower()),
                "linear": "# %s\n\nIdentifier: %s\nStatus: Todo\nAssignee: %s\n" % (title, key, reporter),
                "youtrack": "# %s %s\n\n| Field | Value |\n|---|---|\n| State | Submitted |\n| Reporter | %s |\n" % (key, title, reporter)}[fmt]
        o = [head, comments[0][1], ""]
        for i, (w, t) in enumerate(comments[1:], 1):
            o += ["---", "**%s** commented on %s" % (w, ctx.base_day), "", t, ""]
        return "md", "\n".join(o)
    if fmt in ("zendesk", "freshdesk"):
        if fmt == "zendesk":
            cs = ",\n".join('    {"id": %d, "author_id": %d, "author_name": %s, "public": %s, "body": %s, "created_at": "%sZ"}' % (
                90000 + i, ctx.uidn(w), J(w), "false" if i % 3 == 2 else "true", J(t), _iso(ctx, i)) for i, (w, t) in enumerate(comments))
            return "json", '{\n  "ticket": {"id": %s, "subject": %s, "status": "open"},\n  "comments": [\n%s\n  ]\n}\n' % (
                key.split("-")[-1], J(title), cs)
        cs = ",\n".join('    {"user": %s, "private": %s, "body_text": %s, "created_at": "%sZ"}' % (
            J(w), "true" if i % 2 else "false", J(t), _iso(ctx, i)) for i, (w, t) in enumerate(comments))
        return "json", '{\n  "id": %s,\n  "subject": %s,\n  "requester": %s,\n  "conversations": [\n%s\n  ]\n}\n' % (
            key.split("-")[-1], J(title), J(reporter), cs)
    if fmt == "redmine":
        o = ["h2. %s #%s: %s" % ("Support", key.split("-")[-1], title), "", "*Author:* %s" % reporter, "", comments[0][1], ""]
        for i, (w, t) in enumerate(comments[1:], 1):
            o += ["h3. Note #%d by %s" % (i, w), "", t, ""]
        return "textile", "\n".join(o)
    if fmt in ("osticket", "rt"):
        if fmt == "osticket":
            o = ["Ticket #%s" % key.split("-")[-1], "Subject: %s" % title, "From: %s" % reporter, "Department: IT Support", ""]
            for i, (w, t) in enumerate(comments):
                o += ["-- %s posted %s --" % (w, _ts(ctx, i)), t, ""]
        else:
            o = ["Ticket %s: %s" % (key.split("-")[-1], title), "Queue: ops   Owner: Nobody   Requestors: %s@%s" % (reporter.lower(), ctx.dom), ""]
            for i, (w, t) in enumerate(comments):
                o += ["=" * 60, "%s  %s - %s" % (_ts(ctx, i), "Ticket created by" if i == 0 else "Correspondence added by", w),
                      "=" * 60, t, ""]
        return "txt", "\n".join(o)
    if fmt == "trello":
        acts = ",\n".join('    {"type": "commentCard", "date": "%s.000Z", "memberCreator": {"fullName": %s}, "data": {"text": %s}}' % (
            _iso(ctx, i), J(w), J(t)) for i, (w, t) in enumerate(comments[1:], 1))
        return "json", '{\n  "name": %s,\n  "desc": %s,\n  "idShort": %s,\n  "actions": [\n%s\n  ]\n}\n' % (
            J(title), J(comments[0][1]), key.split("-")[-1], acts)
    if fmt == "bugzilla":
        cs = "\n".join('    <long_desc isprivate="0">\n      <who name=%s>%s@%s</who>\n      <bug_when>%s:00 +0000</bug_when>\n      <thetext>%s</thetext>\n    </long_desc>' % (
            _xattr(w), w.lower(), ctx.dom, _ts(ctx, i), _xtext(t)) for i, (w, t) in enumerate(comments))
        return "xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n<bugzilla version="5.0.4">\n  <bug>\n    <bug_id>%s</bug_id>\n    <short_desc>%s</short_desc>\n%s\n  </bug>\n</bugzilla>\n' % (
            key.split("-")[-1], _xtext(title), cs)
    if fmt == "glpi":
        cs = "\n".join('<div class="timeline_item"><span class="author">%s</span> <span class="date">%s</span>\n<div class="content">%s</div></div>' % (
            _xtext(w), _ts(ctx, i), _xtext(t)) for i, (w, t) in enumerate(comments))
        return "html", '<html><body>\n<h1>Ticket %s - %s</h1>\n%s\n</body></html>\n' % (key, _xtext(title), cs)
    raise ValueError(fmt)


TICKET_FORMATS = ["jira", "servicenow", "github", "zendesk", "redmine", "freshdesk", "osticket", "linear", "trello",
                  "youtrack", "rt", "bugzilla", "glpi"]
TICKET_CRLF = {"servicenow"}


def ticket_text_safe(fmt, text):
    """Bugzilla/GLPI/SMS escape &,<,>; markers survive since they are private-use characters."""
    return text


# ------------------------------------------------------------------ e-mail
def email(ctx, frm, to, subject, body, cc=None, date_i=0):
    hdr = ["Return-Path: <%s>" % frm, "Received: from mail.%s (mail.%s [10.20.%d.%d])" % (ctx.dom, ctx.dom, ctx.v.randint(1, 250), ctx.v.randint(1, 250)),
           "Message-ID: <%s@mail.%s>" % (ctx.v.hx(24), ctx.dom), "Date: %s" % _rfc2822(ctx, date_i),
           "From: %s" % frm, "To: %s" % to]
    if cc:
        hdr.append("Cc: %s" % cc)
    hdr += ["Subject: %s" % subject, "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit", ""]
    return "\n".join(hdr) + "\n" + body.rstrip("\n") + "\n"


def _rfc2822(ctx, i):
    import datetime
    y, mo, d = [int(x) for x in ctx.base_day.split("-")]
    dt = datetime.datetime(y, mo, d, 9, 0) + datetime.timedelta(minutes=37 * i + ctx.base_min)
    return dt.strftime("%a, %d %b %Y %H:%M:%S -0500")


# ------------------------------------------------------------------ shell histories
def history(ctx, fmt, cmds):
    if fmt == "bash":
        return ".bash_history", "".join(c + "\n" for c in cmds), False
    if fmt == "zsh":
        e = _epoch(ctx, 0)
        return ".zsh_history", "".join(": %d:0;%s\n" % (e + 61 * i, c) for i, c in enumerate(cmds)), False
    if fmt == "fish":
        e = _epoch(ctx, 0)
        return "fish_history", "".join("- cmd: %s\n  when: %d\n" % (c, e + 53 * i) for i, c in enumerate(cmds)), False
    if fmt == "powershell":
        return "ConsoleHost_history.txt", "".join(c + "\n" for c in cmds), True
    if fmt == "tcsh":
        e = _epoch(ctx, 0)
        return ".history", "".join("#+%d\n%s\n" % (e + 47 * i, c) for i, c in enumerate(cmds)), False
    if fmt == "nushell":
        return "history.txt", "".join(c + "\n" for c in cmds), False
    raise ValueError(fmt)


def sheet(rows, delim=","):
    s = io.StringIO()
    csv.writer(s, delimiter=delim, lineterminator="\n").writerows(rows)
    return s.getvalue()
