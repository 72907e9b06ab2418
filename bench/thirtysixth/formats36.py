"""The twenty free-text formats and the credentials-policy page."""
import datetime as dt
import json

import prov36
from core36 import (Doc, esc_html, esc_ics, esc_json, esc_sql, esc_troff, esc_xml, ident, rhex, rs, ruuid, DIGITS,
                    LOWER)
from prose36 import Items, conversation, first

TZ = {"+06:00": "Asia/Dhaka", "+05:45": "Asia/Kathmandu", "+08:00": "Asia/Makassar", "+05:00": "Asia/Karachi",
      "-06:00": "America/Chicago", "-05:00": "America/Winnipeg", "+04:00": "Asia/Tbilisi", "+02:00": "Africa/Johannesburg"}
PHONE = {"jhum-growers": "+88017", "cardamom-dryers": "+97798", "sutera-weavers": "+62812", "chappal-makers": "+92300",
         "sugarcane-mill": "+86138", "ribbonwork-studio": "+1918", "manoomin-harvest": "+1807", "balneario-pools": "+52759",
         "adjika-kitchen": "+99559", "marula-coop": "+2782"}


def times(r, n, year=2024):
    t = dt.datetime(year, r.randint(1, 12), r.randint(1, 27), r.randint(7, 10), r.randint(0, 59), r.randint(0, 59))
    out = []
    for _ in range(n):
        out.append(t)
        t += dt.timedelta(seconds=r.randint(20, 900))
    return out


def slug(s):
    out = "".join(c.lower() if c.isalnum() and c.isascii() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def email(ctx, p):
    return "%s@%s" % (p[1], ctx.domain)


class Plan:
    def __init__(self, ctx, fmt, r, lang, latin, sec, neg, n_chat, pk):
        self.ctx, self.fmt, self.r, self.lang, self.latin = ctx, fmt, r, lang, latin
        self.sec, self.neg, self.n_chat, self.pk = sec, neg, n_chat, pk

    def items(self, multiline=True, tables=False):
        return Items(self.ctx, self.pk, self.r, multiline=multiline, tables=tables)

    def doc(self, path, **kw):
        return Doc("%s/%s" % (self.ctx.key, path), free_text=True, lang=self.lang, theme=self.ctx.key, **kw)

    def convo(self, it, greet=True):
        return conversation(it, self.sec, self.neg, self.n_chat, greet=greet)


def _emit_msg(d, lines, m, esc=ident):
    d.emit(lines, m["marks"], esc)


# ---------------------------------------------------------------- chat
def f_telegram(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=False)
    ms = p.convo(it)
    group = "%s %s" % (ctx.org, r.choice(["ops", "team", "staff", "admins"]))
    d = p.doc("chat/telegram-%s/result.json" % slug(group)[:24])
    d.add("{", ' "name": "%s",' % esc_json(group), ' "type": "private_supergroup",', ' "id": %d,' % r.randrange(10 ** 9, 2 * 10 ** 9),
          ' "messages": [')
    ids = r.randrange(1000, 90000)
    ts = times(r, len(ms))
    uid = {pp[1]: r.randrange(10 ** 8, 10 ** 10) for pp in ctx.people}
    for i, (m, t) in enumerate(zip(ms, ts)):
        d.add("  {", '   "id": %d,' % (ids + i), '   "type": "message",', '   "date": "%s",' % t.strftime("%Y-%m-%dT%H:%M:%S"),
              '   "date_unixtime": "%d",' % int(t.replace(tzinfo=dt.timezone.utc).timestamp()),
              '   "from": "%s",' % esc_json(m["who"][0]), '   "from_id": "user%d",' % uid[m["who"][1]])
        if i and r.random() < 0.15:
            d.add('   "reply_to_message_id": %d,' % (ids + i - 1))
        _emit_msg(d, ['   "text": "%s"' % esc_json(m["text"])], m, esc_json)
        d.add("  }" + ("," if i < len(ms) - 1 else ""))
    d.add(" ]", "}")
    return d


def f_whatsapp(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True)
    ms = p.convo(it)
    group = r.choice(ctx.th["systems"]) + " " + r.choice(["crew", "team", "group"])
    d = p.doc("chat/WhatsApp Chat with %s.txt" % group)
    ts = times(r, len(ms) + 1)
    fmt = r.choice(["android", "ios"])

    def pre(t, who):
        if fmt == "android":
            return "%s - %s: " % (t.strftime("%d/%m/%Y, %H:%M"), who)
        return "[%s] %s: " % (t.strftime("%d/%m/%Y, %H:%M:%S"), who)
    t0 = ts[0]
    if fmt == "android":
        d.add("%s - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more." % t0.strftime("%d/%m/%Y, %H:%M"))
    else:
        d.add("[%s] %s: \u200eMessages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them." % (t0.strftime("%d/%m/%Y, %H:%M:%S"), group))
    for m, t in zip(ms, ts[1:]):
        lines = m["text"].split("\n")
        lines[0] = pre(t, m["who"][0]) + lines[0]
        _emit_msg(d, lines, m)
    return d


def f_irssi(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True)
    ms = p.convo(it)
    chan = "#" + r.choice(ctx.th["systems"]).replace("-", "")
    d = p.doc("chat/irclogs/%s/%s.log" % (r.choice(["libera", "oftc", "local"]), chan))
    ts = times(r, len(ms))
    d.add("--- Log opened %s" % ts[0].strftime("%a %b %d %H:%M:%S %Y"))
    joined = []
    for m, t in zip(ms, ts):
        h = m["who"][1].replace(".", "_")
        if h not in joined:
            joined.append(h)
            d.add("%s -!- %s [~%s@%s] has joined %s" % (t.strftime("%H:%M"), h, h[:8], rs(r, 8, LOWER + DIGITS) + ".dyn." + ctx.domain, chan))
        lines = ["%s <%s> %s" % (t.strftime("%H:%M"), h, ln) for ln in m["text"].split("\n")]
        _emit_msg(d, lines, m)
    d.add("--- Log closed %s" % (ts[-1] + dt.timedelta(minutes=40)).strftime("%a %b %d %H:%M:%S %Y"))
    return d


def f_mmssms(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=False)
    ms = p.convo(it, greet=False)
    d = p.doc("sms/mmssms.db.sql")
    d.add("PRAGMA foreign_keys=OFF;", "BEGIN TRANSACTION;",
          "CREATE TABLE sms (_id INTEGER PRIMARY KEY,thread_id INTEGER,address TEXT,person INTEGER,date INTEGER,date_sent INTEGER DEFAULT 0,protocol INTEGER,read INTEGER DEFAULT 0,status INTEGER DEFAULT -1,type INTEGER,reply_path_present INTEGER,subject TEXT,body TEXT,service_center TEXT,locked INTEGER DEFAULT 0,sub_id INTEGER DEFAULT -1,error_code INTEGER DEFAULT -1,creator TEXT,seen INTEGER DEFAULT 0);")
    me = r.choice(ctx.people)
    nums = {pp[1]: PHONE[ctx.key] + "".join(r.choice(DIGITS) for _ in range(8)) for pp in ctx.people}
    ts = times(r, len(ms))
    for i, (m, t) in enumerate(zip(ms, ts)):
        mine = m["who"] == me
        other = m["who"] if not mine else ctx.people[(ctx.people.index(me) + 1) % len(ctx.people)]
        ms_ = int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)
        body = esc_sql(m["text"])
        line = "INSERT INTO sms VALUES(%d,%d,'%s',NULL,%d,%d,0,1,-1,%d,0,NULL,'%s',NULL,0,1,-1,'com.google.android.apps.messaging',1);" % (
            i + 1, 1 + ctx.people.index(other) % 3, nums[other[1]], ms_, 0 if mine else ms_ - r.randint(500, 4000), 2 if mine else 1, body)
        _emit_msg(d, [line], m, esc_sql)
    d.add("COMMIT;")
    return d


# ---------------------------------------------------------------- mail
def _body_lines(m):
    return m["text"].split("\n")


def f_maildir(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True, tables=True)
    ms = p.convo(it, greet=False)
    sender = r.choice(ctx.people)
    to = [pp for pp in ctx.people if pp != sender][:2]
    t = times(r, 1)[0]
    subj = p.pk["docs"]["handover"] if r.random() < 0.5 else p.pk["docs"]["runbook"].replace("{sys}", r.choice(ctx.th["systems"]))
    host = "mx%d.%s" % (r.randint(1, 3), ctx.domain)
    d = p.doc("mail/Maildir/cur/%d.M%dP%d.%s,S=%d:2,S" % (int(t.timestamp()), r.randint(100000, 999999), r.randint(1000, 65000),
                                                           host.split(".")[0], r.randint(2000, 9000)))
    d.add("Return-Path: <%s>" % email(ctx, sender), "Delivered-To: %s" % email(ctx, to[0]),
          "Received: from %s (localhost [127.0.0.1])" % host, "\tby %s (Postfix) with ESMTP id %s" % (host, rs(r, 10, "0123456789ABCDEF")),
          "\tfor <%s>; %s" % (email(ctx, to[0]), t.strftime("%a, %d %b %Y %H:%M:%S +0000")),
          "From: %s <%s>" % (sender[0], email(ctx, sender)), "To: %s" % ", ".join("%s <%s>" % (x[0], email(ctx, x)) for x in to),
          "Subject: %s" % subj, "Date: %s" % t.strftime("%a, %d %b %Y %H:%M:%S +0000"),
          "Message-ID: <%s@%s>" % (rs(r, 16, LOWER + DIGITS), ctx.domain), "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=utf-8; format=flowed", "Content-Transfer-Encoding: 8bit", "")
    d.add(it.greet()["text"], "")
    for m in ms:
        _emit_msg(d, _body_lines(m) + [""], m)
    d.add(it.thanks()["text"], "-- ", sender[0], ctx.org)
    if r.random() < 0.6:
        q = it.chatter()["text"]
        d.add("", "On %s, %s wrote:" % ((t - dt.timedelta(days=1)).strftime("%a, %d %b %Y"), to[0][0]), "> " + q, "> " + it.yes()["text"])
    return d


def f_usenet(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True, tables=True)
    ms = p.convo(it, greet=False)
    sender = r.choice(ctx.people)
    grp = "local.%s.%s" % (ctx.domain.split(".")[0].replace("-", ""), r.choice(["ops", "admin", "misc"]))
    art = r.randint(100, 4000)
    d = p.doc("news/%s/%d" % (grp.replace(".", "/"), art))
    t = times(r, 1)[0]
    body = []
    d.add("Path: news.%s!not-for-mail" % ctx.domain, "From: %s <%s>" % (sender[0], email(ctx, sender)), "Newsgroups: %s" % grp,
          "Subject: %s" % p.pk["docs"]["title"].replace("{org}", ctx.org), "Date: %s" % t.strftime("%a, %d %b %Y %H:%M:%S +0000"),
          "Organization: %s" % ctx.org, "Message-ID: <%s$%s@news.%s>" % (rs(r, 6, LOWER + DIGITS), rs(r, 4, DIGITS), ctx.domain),
          "Mime-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit",
          "User-Agent: slrn/1.0.3 (Linux)", "Xref: news.%s %s:%d" % (ctx.domain, grp, art), "")
    d.add(it.greet()["text"], "")
    for m in ms:
        _emit_msg(d, _body_lines(m) + [""], m)
    d.add("-- ", "%s, %s" % (first(sender), ctx.org))
    return d


def f_digest(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True, tables=True)
    ms = p.convo(it, greet=False)
    lst = r.choice(["ops", "staff", "members"]) + "-" + ctx.domain.split(".")[0]
    vol, iss = r.randint(2, 9), r.randint(1, 60)
    d = p.doc("mail/%s-digest-Vol%d-Issue%d.txt" % (lst, vol, iss), crlf=r.random() < 0.2)
    n_parts = min(4, max(2, len(ms) // 3))
    chunks = [ms[i::n_parts] for i in range(n_parts)]
    subjects = [p.pk["docs"]["title"].replace("{org}", r.choice(ctx.th["systems"])) for _ in chunks]
    senders = [r.choice(ctx.people) for _ in chunks]
    d.add("Send %s mailing list submissions to" % lst, "\t%s@lists.%s" % (lst, ctx.domain), "",
          "To subscribe or unsubscribe via the World Wide Web, visit", "\thttps://lists.%s/mailman/listinfo/%s" % (ctx.domain, lst),
          "", "Today's Topics:", "")
    for i, (s, who) in enumerate(zip(subjects, senders)):
        d.add("   %d. %s (%s)" % (i + 1, s, who[0]))
    d.add("", "", "-" * 70, "")
    ts = times(r, len(chunks))
    for i, (ch, s, who, t) in enumerate(zip(chunks, subjects, senders, ts)):
        d.add("Message: %d" % (i + 1), "Date: %s" % t.strftime("%a, %d %b %Y %H:%M:%S +0000"), "From: %s <%s>" % (who[0], email(ctx, who)),
              "To: %s@lists.%s" % (lst, ctx.domain), "Subject: [%s] %s" % (lst, s),
              "Message-ID: <%s@%s>" % (rs(r, 12, LOWER + DIGITS), ctx.domain), 'Content-Type: text/plain; charset="utf-8"', "")
        for m in ch:
            _emit_msg(d, _body_lines(m) + [""], m)
        d.add("", "-" * 30, "")
    d.add("Subject: Digest Footer", "", "_______________________________________________", "%s mailing list" % lst,
          "%s@lists.%s" % (lst, ctx.domain), "", "", "End of %s Digest, Vol %d, Issue %d" % (lst, vol, iss), "*" * 40)
    return d


# ---------------------------------------------------------------- tickets
def f_bugzilla(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True)
    ms = p.convo(it, greet=False)
    bug = r.randint(200, 3000)
    d = p.doc("tickets/bugzilla/show_bug-%d.xml" % bug)
    t = times(r, len(ms) + 1)
    reporter = ms[0]["who"] if ms else r.choice(ctx.people)
    summ = p.pk["docs"]["runbook"].replace("{sys}", r.choice(ctx.th["systems"]))
    d.add('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>',
          '<!DOCTYPE bugzilla SYSTEM "https://bugs.%s/page.cgi?id=bugzilla.dtd">' % ctx.domain, "",
          '<bugzilla version="5.0.6"', '          urlbase="https://bugs.%s/"' % ctx.domain,
          '          maintainer="%s"' % email(ctx, ctx.people[0]), '>', "", "    <bug>",
          "          <bug_id>%d</bug_id>" % bug, "          <creation_ts>%s</creation_ts>" % t[0].strftime("%Y-%m-%d %H:%M:%S +0000"),
          "          <short_desc>%s</short_desc>" % esc_xml(summ, False), "          <product>%s</product>" % esc_xml(ctx.org, False),
          "          <component>%s</component>" % r.choice(ctx.th["systems"]), "          <bug_status>%s</bug_status>" % r.choice(["CONFIRMED", "RESOLVED", "IN_PROGRESS"]),
          "          <priority>P%d</priority>" % r.randint(1, 4), '          <reporter name="%s">%s</reporter>' % (esc_xml(reporter[0]), email(ctx, reporter)))
    groups = []
    i = 0
    while i < len(ms):
        k = r.randint(1, 3)
        groups.append(ms[i:i + k])
        i += k
    for n, (g, tt) in enumerate(zip(groups, t[1:])):
        who = g[0]["who"]
        d.add('          <long_desc isprivate="0" >', "            <commentid>%d</commentid>" % (bug * 10 + n),
              "            <comment_count>%d</comment_count>" % n, '            <who name="%s">%s</who>' % (esc_xml(who[0]), email(ctx, who)),
              "            <bug_when>%s</bug_when>" % tt.strftime("%Y-%m-%d %H:%M:%S +0000"))
        body = []
        for m in g:
            body.append(m)
        first_line = True
        for j, m in enumerate(body):
            lines = [esc_xml(x, False) for x in m["text"].split("\n")]
            if first_line:
                lines[0] = "            <thetext>" + lines[0]
                first_line = False
            if j == len(body) - 1:
                lines[-1] = lines[-1] + "</thetext>"
            _emit_msg(d, lines, m, lambda s: esc_xml(s, False))
        d.add("          </long_desc>")
    d.add("    </bug>", "", "</bugzilla>")
    return d


def f_kanban(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=False)
    ms = p.convo(it, greet=False)
    board = r.choice(ctx.th["systems"]) + " board"
    d = p.doc("boards/%s.json" % slug(board))
    lists = [("l%d" % i, n) for i, n in enumerate(["Backlog", "Doing", "Waiting", "Done"])]
    d.add("{", '  "board": {"id": "%s", "name": "%s", "exportedAt": "%s"},' % (rs(r, 18, DIGITS), esc_json(board), times(r, 1)[0].isoformat() + "Z"),
          '  "lists": [' + ", ".join('{"id": "%s", "name": "%s"}' % x for x in lists) + "],", '  "cards": [')
    cards = []
    i = 0
    while i < len(ms):
        k = r.randint(1, 4)
        cards.append(ms[i:i + k])
        i += k
    ts = times(r, len(ms) + 1)
    ti = 0
    for ci, g in enumerate(cards):
        d.add("    {", '      "id": "%s",' % rs(r, 18, DIGITS), '      "listId": "%s",' % r.choice(lists)[0],
              '      "name": "%s",' % esc_json(r.choice(ctx.th["systems"]) + ": " + r.choice(["check", "fix", "update", "order", "rotate"])))
        desc = g[0]
        _emit_msg(d, ['      "description": "%s",' % esc_json(desc["text"])], desc, esc_json)
        d.add('      "createdBy": "%s",' % desc["who"][1], '      "comments": [')
        for j, m in enumerate(g[1:]):
            ti += 1
            line = '        {"user": "%s", "createdAt": "%sZ", "text": "%s"}%s' % (m["who"][1], ts[ti].isoformat(), esc_json(m["text"]),
                                                                              "," if j < len(g) - 2 else "")
            _emit_msg(d, [line], m, esc_json)
        d.add("      ]", "    }" + ("," if ci < len(cards) - 1 else ""))
    d.add("  ]", "}")
    return d


def f_taskpaper(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True)
    ms = p.convo(it, greet=False)
    d = p.doc("notes/%s.taskpaper" % r.choice(ctx.th["systems"]))
    projects = r.sample(ctx.th["systems"], 3)
    ts = times(r, len(ms))
    per = max(1, len(ms) // 3 + 1)
    for pi, proj in enumerate(projects):
        d.add("%s:" % proj)
        for m, t in zip(ms[pi * per:(pi + 1) * per], ts[pi * per:(pi + 1) * per]):
            lines = m["text"].split("\n")
            if m["marks"] and r.random() < 0.5:
                out = ["\t- %s @%s" % (first(m["who"]).lower(), r.choice(["ops", "todo", "waiting"]))] + ["\t\t" + x for x in lines]
            else:
                tag = r.choice(["@done(%s)" % t.strftime("%Y-%m-%d"), "@due(%s)" % t.strftime("%Y-%m-%d"), "@%s" % m["who"][1].split(".")[0]])
                out = ["\t- %s %s" % (lines[0], tag)] + ["\t\t" + x for x in lines[1:]]
            _emit_msg(d, out, m)
        d.add("")
    d.add("Archive:", "\t- %s @done(%s) @project(%s)" % (it.chatter()["text"], ts[0].strftime("%Y-%m-%d"), projects[0]))
    return d


# ---------------------------------------------------------------- recordings
def _clock(sec, cs=True):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return "%d:%02d:%05.2f" % (h, m, s) if cs else "%02d:%02d:%02d" % (h, m, int(s))


def f_ass(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=False)
    ms = p.convo(it)
    title = p.pk["docs"]["minutes"]
    d = p.doc("media/%s-%s.ass" % (r.choice(ctx.th["systems"]), times(r, 1)[0].strftime("%Y%m%d")), bom=True, crlf=r.random() < 0.3)
    d.add("[Script Info]", "; Script generated by Aegisub 3.2.2", "; http://www.aegisub.org/", "Title: %s" % title,
          "ScriptType: v4.00+", "WrapStyle: 0", "ScaledBorderAndShadow: yes", "YCbCr Matrix: TV.709", "PlayResX: 1920", "PlayResY: 1080", "",
          "[Aegisub Project Garbage]", "Audio File: %s.m4a" % slug(title)[:20], "Video File: ?dummy:30.000000:40000:1920:1080:47:163:254:", "",
          "[V4+ Styles]",
          "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
          "Style: Default,Noto Sans,54,&H00FFFFFF,&H000000FF,&H00000000,&H7F000000,0,0,0,0,100,100,0,0,1,2.5,1,2,40,40,36,1", "",
          "[Events]", "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text")
    t = r.uniform(2, 20)
    for m in ms:
        dur = r.uniform(1.8, 6.5)
        line = "Dialogue: 0,%s,%s,Default,%s,0,0,0,,%s" % (_clock(t), _clock(t + dur), first(m["who"]), m["text"].replace("\n", "\\N"))
        _emit_msg(d, [line], m)
        t += dur + r.uniform(0.2, 9)
    return d


def f_microdvd(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=False)
    ms = p.convo(it)
    d = p.doc("media/%s-call.sub" % r.choice(ctx.th["systems"]), crlf=r.random() < 0.2)
    fps = r.choice([25, 30])
    d.add("{1}{1}%d.000" % fps)
    f = r.randint(60, 500)
    for m in ms:
        dur = r.randint(int(1.5 * fps), 6 * fps)
        txt = m["text"].replace("\n", "|")
        pre = "{y:i}" if r.random() < 0.1 else ""
        if r.random() < 0.4:
            txt = "(%s) %s" % (first(m["who"]), txt)
        _emit_msg(d, ["{%d}{%d}%s%s" % (f, f + dur, pre, txt)], m)
        f += dur + r.randint(5, 200)
    return d


def f_ics(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True)
    ms = p.convo(it, greet=False)
    t = times(r, 1)[0]
    title = p.pk["docs"]["minutes"]
    d = p.doc("calendar/%s-%s.ics" % (slug(r.choice(ctx.th["systems"])), t.strftime("%Y%m%d")), crlf=True)
    org = r.choice(ctx.people)
    tz = TZ[ctx.th["tz"]]
    d.add("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//%s//Calendar 4.7//EN" % r.choice(["Nextcloud", "SOGo", "Thunderbird"]),
          "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:%s" % ruuid(r), "DTSTAMP:%s" % t.strftime("%Y%m%dT%H%M%SZ"),
          "DTSTART;TZID=%s:%s" % (tz, (t + dt.timedelta(days=2)).strftime("%Y%m%dT100000")),
          "DTEND;TZID=%s:%s" % (tz, (t + dt.timedelta(days=2)).strftime("%Y%m%dT113000")),
          "SUMMARY:%s" % esc_ics(title), "LOCATION:%s" % esc_ics(r.choice(ctx.th["places"])),
          "ORGANIZER;CN=%s:mailto:%s" % (org[0], email(ctx, org)))
    for a in ctx.people[:3]:
        d.add("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s" % (a[0], email(ctx, a)))
    d.add("DESCRIPTION:%s\\n" % esc_ics(it.greet()["text"]))
    for m in ms:
        lines = [" " + esc_ics(x) + "\\n" for x in m["text"].split("\n")]
        _emit_msg(d, lines, m, esc_ics)
    d.add("SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
          "TRIGGER:-PT15M", "END:VALARM", "END:VEVENT", "END:VCALENDAR")
    return d


def f_minutes(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True, tables=True)
    ms = p.convo(it, greet=False)
    t = times(r, 1)[0]
    d = p.doc("meetings/%s-%s.md" % (t.strftime("%Y-%m-%d"), slug(p.pk["docs"]["minutes"])[:20] or "minutes"))
    d.add("# %s — %s" % (p.pk["docs"]["minutes"], t.strftime("%Y-%m-%d")), "",
          "**%s:** %s" % (r.choice(["Attendees", "Present", "👥"]), ", ".join(x[0] for x in ctx.people[:4])), "",
          "## %s" % r.choice(["Agenda", "1.", "Topics"]), "")
    for s in r.sample(ctx.th["systems"], 3):
        d.add("- %s" % s)
    d.add("", "## %s" % (r.choice(["Notes", "Discussion"]) if p.lang == "en" else p.pk["docs"]["minutes"]), "")
    for m in ms:
        if m.get("table"):
            _emit_msg(d, [""] + m["text"].split("\n") + [""], m)
            continue
        lines = m["text"].split("\n")
        out = ["- **%s:** %s" % (first(m["who"]), lines[0])] + ["  " + x for x in lines[1:]]
        _emit_msg(d, out, m)
    d.add("", "## Actions", "")
    for a in ctx.people[:2]:
        d.add("- [ ] @%s %s" % (a[1], it.chatter()["text"]))
    return d


# ---------------------------------------------------------------- forums, blogs, social
def f_punbb(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True)
    ms = p.convo(it)
    tid = r.randint(30, 900)
    subj = p.pk["docs"]["title"].replace("{org}", r.choice(ctx.th["systems"]))
    d = p.doc("forum/viewtopic-%d.html" % tid)
    d.add('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
          '<html xmlns="http://www.w3.org/1999/xhtml" dir="%s">' % ("rtl" if p.pk.get("rtl") else "ltr"), "<head>",
          '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
          "<title>%s / %s</title>" % (esc_html(subj), esc_html(ctx.org)), '<link rel="stylesheet" type="text/css" href="style/Oxygen.css" />',
          "</head>", "<body>", '<div id="punwrap">', '<div id="punviewtopic" class="pun">', '<div id="brdmain">')
    posts = []
    i = 0
    while i < len(ms):
        k = r.randint(1, 3)
        posts.append(ms[i:i + k])
        i += k
    ts = times(r, len(posts))
    pid = r.randint(1000, 9000)
    for n, (g, t) in enumerate(zip(posts, ts)):
        who = g[0]["who"]
        d.add('<div id="p%d" class="blockpost %s%s">' % (pid + n, "rowodd" if n % 2 == 0 else "roweven", " firstpost" if n == 0 else ""),
              '<h2><span><span class="conr">#%d</span> <a href="viewtopic.php?pid=%d#p%d">%s</a></span></h2>' % (n + 1, pid + n, pid + n, t.strftime("%Y-%m-%d %H:%M:%S")),
              '<div class="box"><div class="inbox">', '<div class="postleft"><dl>', "<dt><strong>%s</strong></dt>" % esc_html(who[0]),
              '<dd class="usertitle"><strong>%s</strong></dd>' % r.choice(["Member", "Moderator", "Administrator"]), "</dl></div>",
              '<div class="postright">', "<h3>%s%s</h3>" % ("Re: " if n else "", esc_html(subj)), '<div class="postmsg">')
        for m in g:
            lines = [esc_html(x) for x in m["text"].split("\n")]
            lines = ["<p>" + lines[0]] + lines[1:]
            lines = [x + "<br />" for x in lines[:-1]] + [lines[-1] + "</p>"]
            _emit_msg(d, lines, m, esc_html)
        d.add("</div>", "</div>", '<div class="clearer"></div>', "</div></div>", "</div>")
    d.add("</div>", "</div>", "</div>", "</body>", "</html>")
    return d


def f_livejournal(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True)
    ms = p.convo(it)
    user = r.choice(ctx.people)
    d = p.doc("blog/livejournal-%s.xml" % user[1].replace(".", "_"))

    def esc2(s):
        return esc_xml(esc_html(s), False)
    d.add('<?xml version="1.0" encoding="utf-8"?>', "<livejournal>")
    n_entries = r.randint(1, 2)
    chunks = [ms[i::n_entries] for i in range(n_entries)]
    ts = times(r, n_entries * 4)
    for e, ch in enumerate(chunks):
        if not ch:
            continue
        d.add("  <entry>", "    <itemid>%d</itemid>" % r.randint(100, 5000), "    <eventtime>%s</eventtime>" % ts[e].strftime("%Y-%m-%d %H:%M:%S"),
              "    <subject>%s</subject>" % esc_xml(p.pk["docs"]["title"].replace("{org}", ctx.org), False))
        body, comments = ch[:max(1, len(ch) // 2)], ch[max(1, len(ch) // 2):]
        for j, m in enumerate(body):
            lines = [esc2(x) for x in m["text"].split("\n")]
            lines = [x + esc_xml("<br />", False) for x in lines]
            if j == 0:
                lines[0] = "    <event>" + lines[0]
            if j == len(body) - 1:
                lines[-1] = lines[-1] + "</event>"
            _emit_msg(d, lines, m, esc2)
        d.add("    <security>%s</security>" % r.choice(["private", "usemask"]), "    <comments>")
        for m in comments:
            d.add("      <comment>", "        <poster>%s</poster>" % m["who"][1].replace(".", "_"),
                  "        <date>%s</date>" % ts[e + 1].strftime("%Y-%m-%dT%H:%M:%SZ"))
            lines = [esc2(x) for x in m["text"].split("\n")]
            lines[0] = "        <body>" + lines[0]
            lines[-1] = lines[-1] + "</body>"
            _emit_msg(d, lines, m, esc2)
            d.add("      </comment>")
        d.add("    </comments>", "  </entry>")
    d.add("</livejournal>")
    return d


def f_activitypub(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=False)
    ms = p.convo(it, greet=False)
    user = r.choice(ctx.people)
    inst = "social." + ctx.domain
    actor = "https://%s/users/%s" % (inst, user[1].replace(".", "_"))
    d = p.doc("social/outbox.json")

    def esc2(s):
        return esc_json(esc_html(s))
    d.add("{", '  "@context": "https://www.w3.org/ns/activitystreams",', '  "id": "outbox.json",', '  "type": "OrderedCollection",',
          '  "totalItems": %d,' % len(ms), '  "orderedItems": [')
    ts = times(r, len(ms))
    for i, (m, t) in enumerate(zip(ms, ts)):
        sid = str(r.randrange(10 ** 17, 10 ** 18))
        pub = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        vis = r.choice(["followers", "followers", "public"])
        to = '["%s/followers"]' % actor if vis == "followers" else '["https://www.w3.org/ns/activitystreams#Public"]'
        d.add("    {", '      "id": "%s/statuses/%s/activity",' % (actor, sid), '      "type": "Create",', '      "actor": "%s",' % actor,
              '      "published": "%s",' % pub, '      "to": %s,' % to, '      "object": {', '        "id": "%s/statuses/%s",' % (actor, sid),
              '        "type": "Note",', '        "summary": null,', '        "inReplyTo": null,', '        "published": "%s",' % pub,
              '        "url": "https://%s/@%s/%s",' % (inst, user[1].replace(".", "_"), sid), '        "attributedTo": "%s",' % actor,
              '        "sensitive": false,')
        _emit_msg(d, ['        "content": "<p>%s</p>",' % esc2(m["text"]).replace("\\n", "<br />")], m, esc2)
        d.add('        "attachment": [],', '        "tag": []', "      }", "    }" + ("," if i < len(ms) - 1 else ""))
    d.add("  ]", "}")
    return d


# ---------------------------------------------------------------- documents
def f_troff(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True)
    ms = p.convo(it, greet=False)
    sysn = r.choice(ctx.th["systems"])
    t = times(r, 1)[0]
    d = p.doc("docs/man8/%s-runbook.8" % sysn)

    def tline(x):
        x = esc_troff(x)
        return "\\&" + x if x[:1] in (".", "'") else x
    d.add('.\\" %s' % p.pk["docs"]["runbook"].replace("{sys}", sysn), '.\\" maintained by %s' % email(ctx, r.choice(ctx.people)),
          '.TH %s 8 "%s" "%s" "%s"' % (sysn.upper(), t.strftime("%Y-%m-%d"), esc_troff(ctx.org), esc_troff(p.pk["docs"]["runbook"].replace("{sys}", sysn))),
          ".SH NAME", "%s \\- %s" % (esc_troff(sysn), esc_troff(p.pk["docs"]["title"].replace("{org}", ctx.org))),
          ".SH SYNOPSIS", ".B systemctl restart %s" % esc_troff(sysn), ".SH DESCRIPTION")
    sect = 0
    for i, m in enumerate(ms):
        if i and i % 3 == 0 and sect < 2:
            sect += 1
            d.add(".SH %s" % ["NOTES", "CREDENTIALS", "HISTORY"][sect - (0 if sect < 3 else 1)])
        lines = [tline(x) for x in m["text"].split("\n")]
        if len(lines) > 1:
            out = [".PP", lines[0], ".nf"] + lines[1:] + [".fi"]
        else:
            out = [r.choice([".PP", ".TP\n.B %s" % esc_troff(first(m["who"]).lower())])] + lines
            out = "\n".join(out).split("\n")
        _emit_msg(d, out, m, esc_troff)
    d.add(".SH SEE ALSO", ".BR systemctl (1),", ".BR journalctl (1)")
    return d


def f_gitlog(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True)
    ms = p.convo(it, greet=False)
    repo = r.choice(ctx.th["systems"]) + "-config"
    d = p.doc("history/git-log-%s.txt" % repo)
    commits = []
    i = 0
    while i < len(ms):
        k = r.randint(1, 2)
        commits.append(ms[i:i + k])
        i += k
    ts = times(r, len(commits) + 1)[::-1]
    neg_done = False
    tz = ctx.th["tz"].replace(":", "")
    for g, t in zip(commits, ts):
        who = g[0]["who"]
        sha = rhex(r, 40)
        if not neg_done and r.random() < 0.5:
            d.nl("commit " + sha, sha, "commit-sha")
            neg_done = True
        else:
            d.add("commit " + sha)
        d.add("Author: %s <%s>" % (who[0], email(ctx, who)), "Date:   %s %s" % (t.strftime("%a %b %-d %H:%M:%S %Y"), tz), "")
        subj = r.choice(["Update %s settings", "Fix %s", "Rotate %s credentials", "Add notes for %s", "%s: handover"]) % r.choice(ctx.th["systems"])
        d.add("    " + subj, "")
        for m in g:
            _emit_msg(d, ["    " + x for x in m["text"].split("\n")], m)
        d.add("")
        fs = r.sample(["config/app.env", "deploy/compose.yaml", "README.md", "notes/ops.md", "scripts/backup.sh"], r.randint(1, 3))
        tot_a = tot_d = 0
        for f in fs:
            a, dl = r.randint(1, 20), r.randint(0, 6)
            tot_a += a
            tot_d += dl
            d.add(" %-24s | %2d %s%s" % (f, a + dl, "+" * min(a, 12), "-" * min(dl, 4)))
        d.add(" %d file%s changed, %d insertions(+), %d deletions(-)" % (len(fs), "s" if len(fs) > 1 else "", tot_a, tot_d), "")
    return d


def f_wiki(p):
    r, ctx = p.r, p.ctx
    it = p.items(multiline=True, tables=True)
    ms = p.convo(it, greet=False)
    sysn = r.choice(ctx.th["systems"])
    d = p.doc("wiki/%s.md" % sysn)
    d.add("# %s" % p.pk["docs"]["runbook"].replace("{sys}", sysn), "", "> %s" % it.chatter()["text"], "")
    secs = [p.pk["i18n"]["login"], "Wi-Fi", p.pk["i18n"]["password"], "Notes"]
    for i, m in enumerate(ms):
        if i % 3 == 0:
            d.add("", "## %s" % secs[min(i // 3, len(secs) - 1)], "")
        if m.get("table"):
            _emit_msg(d, m["text"].split("\n") + [""], m)
            continue
        lines = m["text"].split("\n")
        if len(lines) > 1:
            out = ["- " + lines[0], "", "  ```"] + ["  " + x for x in lines[1:]] + ["  ```"]
        else:
            out = ["- " + lines[0]]
        _emit_msg(d, out, m)
    m = it.no_paste()
    _emit_msg(d, ["", "*%s*" % m["text"]], m)
    return d


FORMATS = {
    "telegram": f_telegram, "whatsapp": f_whatsapp, "irssi": f_irssi, "mmssms": f_mmssms,
    "maildir": f_maildir, "usenet": f_usenet, "digest": f_digest,
    "bugzilla": f_bugzilla, "kanban": f_kanban, "taskpaper": f_taskpaper,
    "ass": f_ass, "microdvd": f_microdvd, "ics": f_ics, "minutes": f_minutes,
    "punbb": f_punbb, "livejournal": f_livejournal, "activitypub": f_activitypub,
    "troff": f_troff, "gitlog": f_gitlog, "wiki": f_wiki,
}
FORMAT_NAMES = list(FORMATS)
TABLE_FORMATS = {"maildir", "usenet", "digest", "minutes", "wiki"}
SINGLE_LINE = {"telegram", "mmssms", "kanban", "ass", "microdvd", "activitypub"}


def policy_page(ctx, r, label_policy):
    pk = ctx.pack()
    en = ctx.pack_src if False else None
    from themes36 import compile_pack
    enp = compile_pack("en")
    d = Doc("%s/wiki/%s.md" % (ctx.key, "credentials-policy"), free_text=True, lang=ctx.lang, theme=ctx.key)
    d.add("# %s" % pk["docs"]["policy_title"], "", "_%s_" % enp["docs"]["policy_title"], "")
    pol = pk["policy"][0]
    if label_policy:
        d.nl(pol, pol, "policy-text")
    else:
        d.add(pol)
    d.add("", pk["policy"][1], "", "> " + enp["policy"][0], "", "## %s" % pk["i18n"]["password"], "")
    ref = prov36.reference(r, "%s_DB_PASSWORD" % ctx.th["systems"][0].upper().replace("-", "_"))
    d.nl("- %s: `%s`" % (pk["i18n"]["password"], ref), ref, "reference")
    ph = pk["placeholder"]
    d.nl("- %s `%s`" % (pk["t"]["pw"], ph), ph, "placeholder")
    d.add("- %s" % pk["no_paste"][0], "")
    return d
