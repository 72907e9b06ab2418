"""Free-text formats, part 1: LINE, DiscordChatExporter, Pidgin, WeeChat, mbox, MIME mail, Jira RSS, RT history,
todo.txt, WebVTT.  Each renderer takes (t, r, msgs, info) and returns (relpath, text, options)."""

import base64
import json

import core37 as C
from core37 import xml_esc

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Clock:
    """Monotone timestamps for one file."""

    def __init__(self, r):
        self.r = r
        self.y, self.mo, self.d = 2025, r.randint(1, 12), r.randint(1, 27)
        self.s = r.randint(7, 10) * 3600 + r.randrange(3600)

    def tick(self):
        self.s += self.r.randint(20, 900)
        return self

    @property
    def hms(self):
        return "%02d:%02d:%02d" % (self.s // 3600 % 24, self.s // 60 % 60, self.s % 60)

    @property
    def hm(self):
        return self.hms[:5]

    @property
    def date(self):
        return "%d-%02d-%02d" % (self.y, self.mo, self.d)

    @property
    def dow(self):
        import datetime
        return DOW[datetime.date(self.y, self.mo, self.d).weekday()]

    def rfc2822(self, tz="+0000"):
        return "%s, %d %s %d %s %s" % (self.dow, self.d, MON[self.mo - 1], self.y, self.hms, tz)

    def ctime(self):
        return "%s %s %2d %s %d" % (self.dow, MON[self.mo - 1], self.d, self.hms, self.y)

    def iso(self, ms=True):
        return "%sT%s%s" % (self.date, self.hms, ".%03d" % self.r.randrange(1000) if ms else "")

    def vtt(self, secs):
        return "%02d:%02d:%02d.%03d" % (secs // 3600, secs // 60 % 60, secs % 60, self.r.randrange(1000))


def html_esc(s):
    return xml_esc(s, quote=False)


def email(t, handle):
    return "%s@%s" % (handle, t.domain)


# ------------------------------------------------------------------ chat
def line_txt(t, r, msgs, info):
    c = Clock(r)
    out = ["[LINE] Chat history in %s" % info["title"], "Saved on: %d/%02d/%02d %s" % (c.y, c.mo, c.d + 1, "21:04"),
           "", "%d/%02d/%02d(%s)" % (c.y, c.mo, c.d, c.dow)]
    for m in msgs:
        c.tick()
        if len(m.lines) == 1:
            out.append("%s\t%s\t%s" % (c.hm, m.name, m.lines[0]))
        else:
            body = [x.replace('"', '""') for x in m.lines]
            out.append('%s\t%s\t"%s' % (c.hm, m.name, body[0]))
            out.extend(body[1:-1])
            out.append(body[-1] + '"')
    return "chat/line-%s.txt" % info["slug"], "\n".join(out) + "\n", {"crlf": r.random() < 0.5}


def discord_json(t, r, msgs, info):
    c = Clock(r)
    ids = {}
    guild = str(r.randint(10 ** 17, 10 ** 18))
    items = []
    for m in msgs:
        c.tick()
        aid = ids.setdefault(m.handle, str(r.randint(10 ** 17, 10 ** 18)))
        items.append({"id": str(r.randint(10 ** 18, 2 * 10 ** 18)), "type": "Default",
                      "timestamp": c.iso() + "+00:00", "timestampEdited": None, "callEndedTimestamp": None,
                      "isPinned": False, "content": "\n".join(m.lines),
                      "author": {"id": aid, "name": m.handle, "discriminator": "0000", "nickname": m.name,
                                 "color": None, "isBot": False, "roles": [],
                                 "avatarUrl": "https://cdn.discordapp.com/embed/avatars/%d.png" % (int(aid) % 5)},
                      "attachments": [], "embeds": [], "stickers": [], "reactions": [], "mentions": [],
                      "inlineEmojis": []})
    doc = {"guild": {"id": guild, "name": t.org, "iconUrl": "https://cdn.discordapp.com/embed/avatars/1.png"},
           "channel": {"id": str(r.randint(10 ** 17, 10 ** 18)), "type": "GuildTextChat",
                       "categoryId": str(r.randint(10 ** 17, 10 ** 18)), "category": "ops",
                       "name": info["slug"], "topic": None},
           "dateRange": {"after": None, "before": None}, "exportedAt": c.tick().iso() + "+00:00",
           "messages": items, "messageCount": len(items)}
    return ("chat/discord-%s.json" % info["slug"], json.dumps(doc, ensure_ascii=False, indent=2) + "\n", {})


def pidgin_html(t, r, msgs, info):
    c = Clock(r)
    me = msgs[0].handle
    room = "%s@conference.%s" % (info["slug"], t.domain)
    colors = {}
    title = "Conversation with %s at %s %d %s %d %s on %s@%s/laptop (jabber)" % (
        room, c.dow, c.d, MON[c.mo - 1], c.y, c.hms, me, t.domain)
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"><title>%s</title></head>'
           '<body><h3>%s</h3>' % (title, title)]
    for m in msgs:
        c.tick()
        col = colors.setdefault(m.handle, ["#A82F2F", "#16569E", "#2E7D32", "#6A1B9A"][len(colors) % 4])
        body = "<br/>".join(html_esc(x) for x in m.lines)
        out.append('<font color="%s"><font size="2">(%s)</font> <b>%s:</b></font> %s<br/>' % (col, c.hms, m.handle,
                                                                                             body))
    out.append("</body></html>")
    return "chat/pidgin-%s-%s.html" % (info["slug"], c.date), "\n".join(out) + "\n", {}


def weechat_log(t, r, msgs, info):
    c = Clock(r)
    chan = "#" + info["slug"]
    out = ["%s %s\t-->\t%s (~%s@%s) has joined %s" % (c.date, c.hms, msgs[0].handle, msgs[0].handle,
                                                        t.host("vpn"), chan)]
    for m in msgs:
        c.tick()
        for ln in m.lines:
            out.append("%s %s\t%s\t%s" % (c.date, c.hms, m.handle, ln))
    out.append("%s %s\t<--\t%s has quit (Quit: bye)" % (c.date, c.tick().hms, msgs[-1].handle))
    return "chat/irc.oftc.%s.weechatlog" % chan, "\n".join(out) + "\n", {}


# ------------------------------------------------------------------ mail
def _threads(msgs, r, n):
    cuts = sorted(r.sample(range(1, len(msgs)), min(n - 1, len(msgs) - 1))) if len(msgs) > 1 else []
    out, last = [], 0
    for ct in cuts + [len(msgs)]:
        if msgs[last:ct]:
            out.append(msgs[last:ct])
        last = ct
    return out


def _body_lines(thread, rows=None):
    out = []
    for m in thread:
        if m.code:
            out.extend("    " + x for x in m.lines)
        else:
            out.extend(m.lines)
        out.append("")
    if rows:
        out.append("System          | User        | Password")
        out.append("----------------+-------------+-------------------------")
        for s, u, p in rows:
            out.append("%-15s | %-11s | %s" % (s, u, p))
        out.append("")
    return out


def mbox(t, r, msgs, info):
    c = Clock(r)
    out = []
    threads = _threads(msgs, r, r.randint(2, 3))
    for i, th in enumerate(threads):
        c.tick()
        sender = th[0]
        mid = "<%s@%s>" % (C.hexs(r, 16), t.domain)
        out += ["From %s %s" % (email(t, sender.handle), c.ctime()), "X-Mozilla-Status: 0001",
                "X-Mozilla-Status2: 00000000", "Return-Path: <%s>" % email(t, sender.handle),
                "Message-ID: %s" % mid, "Date: %s" % c.rfc2822(info["tz"]),
                "From: %s <%s>" % (sender.name, email(t, sender.handle)), "To: ops@%s" % t.domain,
                "Subject: %s%s" % ("Re: " if i else "", info["title"]), "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit", ""]
        body = _body_lines(th, info.get("rows") if i == len(threads) - 1 else None)
        out += [(">" + x) if x.startswith("From ") else x for x in body]
    return "mail/%s.mbox" % info["slug"], "\n".join(out) + "\n", {}


def mime_eml(t, r, msgs, info):
    c = Clock(r)
    sender = msgs[0]
    bnd = "----=_Part_%d_%d.%d" % (r.randint(10 ** 5, 10 ** 6), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13))
    out = ["Return-Path: <%s>" % email(t, sender.handle),
           "Received: from %s (%s [10.%d.%d.%d]) by mx.%s with ESMTPSA id %s; %s" % (
               t.host("mail"), t.host("mail"), r.randrange(256), r.randrange(256), r.randrange(256), t.domain,
               C.hexs(r, 12), c.rfc2822(info["tz"])),
           "Message-ID: <%s.%s@%s>" % (C.hexs(r, 8), C.hexs(r, 8), t.domain), "Date: %s" % c.rfc2822(info["tz"]),
           "From: %s <%s>" % (sender.name, email(t, sender.handle)), "To: team@%s" % t.domain,
           "Subject: %s" % info["title"], "MIME-Version: 1.0",
           'Content-Type: multipart/mixed; boundary="%s"' % bnd, "", "--" + bnd,
           "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", ""]
    threads = _threads(msgs, r, 2)
    out += _body_lines(threads[0], info.get("rows"))
    for th in threads[1:]:
        out.append("On %s, %s wrote:" % (c.tick().rfc2822(info["tz"]), th[0].name))
        out += [("> " + x) if x else ">" for x in _body_lines(th)]
    att = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(600, 1100)))).decode()
    out += ["", "--" + bnd, 'Content-Type: image/jpeg; name="%s.jpg"' % info["slug"],
            'Content-Disposition: attachment; filename="%s.jpg"' % info["slug"], "Content-Transfer-Encoding: base64",
            ""]
    out += [att[i:i + 76] for i in range(0, len(att), 76)]
    out += ["", "--" + bnd + "--"]
    return "mail/%s.eml" % info["slug"], "\n".join(out) + "\n", {"crlf": r.random() < 0.5}


# ------------------------------------------------------------------ tickets
def jira_rss(t, r, msgs, info):
    c = Clock(r)
    key = "%s-%d" % (info["proj"], r.randint(100, 999))
    base = "https://jira.%s" % t.domain

    def h(m):
        inner = "<br/>".join(html_esc(x) for x in m.lines)
        if m.code:
            inner = "<pre>" + inner + "</pre>"
        return xml_esc("<p>" + inner + "</p>", quote=False)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="0.92">', "<channel>", "    <title>Jira</title>",
           "    <link>%s/</link>" % base, "    <description>An XML representation of a search request</description>",
           "    <language>en-us</language>", "    <item>",
           "        <title>[%s] %s</title>" % (key, xml_esc(info["title"])),
           "        <link>%s/browse/%s</link>" % (base, key),
           '        <project id="%d" key="%s">%s</project>' % (r.randint(10000, 10100), info["proj"], xml_esc(t.org)),
           "        <description>%s</description>" % h(msgs[0]),
           '        <key id="%d">%s</key>' % (r.randint(10000, 40000), key),
           "        <summary>%s</summary>" % xml_esc(info["title"]),
           '        <status id="3" iconUrl="%s/images/icons/statuses/inprogress.png">In Progress</status>' % base,
           '        <reporter username="%s">%s</reporter>' % (msgs[0].handle, xml_esc(msgs[0].name)),
           "        <created>%s</created>" % c.rfc2822(info["tz"]), "        <comments>"]
    for m in msgs[1:]:
        c.tick()
        out.append('            <comment id="%d" author="%s" created="%s">%s</comment>' % (
            r.randint(10000, 99999), m.handle, c.rfc2822(info["tz"]), h(m)))
    out += ["        </comments>", "    </item>", "</channel>", "</rss>"]
    return "tickets/jira-%s.xml" % key.lower(), "\n".join(out) + "\n", {}


def rt_history(t, r, msgs, info):
    c = Clock(r)
    num = r.randint(1000, 9999)
    out = ["Ticket %d History" % num, "=" * 79]
    first = True
    for m in msgs:
        c.tick()
        out.append("-" * 79)
        if first:
            out += ["Ticket created by %s" % m.handle, "       Date: %s" % c.ctime(),
                    "    Subject: %s" % info["title"], "  Requestor: %s" % email(t, m.handle), ""]
            first = False
        else:
            out += ["Correspondence added by %s" % m.handle, "       Date: %s" % c.ctime(), ""]
        out += [("    " + x) if m.code else x for x in m.lines]
        out.append("")
    return "tickets/rt-%d-history.txt" % num, "\n".join(out) + "\n", {}


def todo_txt(t, r, msgs, info):
    c = Clock(r)
    out = []
    proj = "+" + info["slug"].split("-")[0]
    for m in msgs:
        text = "  ".join(m.lines)
        pri = r.choice(["(A) ", "(B) ", "(C) ", ""])
        if r.random() < 0.25:
            out.append("x %s %s %s %s @%s" % (c.date, c.date, text, proj, m.handle))
        else:
            out.append("%s%s %s %s @%s" % (pri, c.date, text, proj, m.handle))
        if r.random() < 0.3:
            c.d = min(28, c.d + 1)
    return "notes/todo-%s.txt" % info["slug"], "\n".join(out) + "\n", {}


def webvtt(t, r, msgs, info):
    c = Clock(r)
    pos = r.randint(3, 20)
    out = ["WEBVTT", "Kind: captions", "Language: %s" % info["lang"], ""]
    for i, m in enumerate(msgs):
        dur = r.randint(2, 7)
        out += ["%d" % (i + 1), "%s --> %s" % (c.vtt(pos), c.vtt(pos + dur))]
        first = True
        for x in m.lines:
            x = html_esc(x)
            out.append(("<v %s>%s" % (m.name, x)) if first else x)
            first = False
        out.append("")
        pos += dur + r.randint(1, 9)
    return "meetings/%s.vtt" % info["slug"], "\n".join(out), {"bom": r.random() < 0.3}


FORMATS_A = {
    "line": (line_txt, True, False), "discord": (discord_json, False, False), "pidgin": (pidgin_html, False, False),
    "weechat": (weechat_log, True, False), "mbox": (mbox, True, True), "eml": (mime_eml, True, True),
    "jira": (jira_rss, False, False), "rt": (rt_history, True, False), "todo": (todo_txt, False, False),
    "webvtt": (webvtt, True, False),
}
