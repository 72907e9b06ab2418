"""Free-text formats, part 1: team chat, live-chat transcripts, tickets, reviews, e-mail."""

import datetime

from core27 import ALNUM, DIG, HEX, UPPER, Doc, jstr, rs, xml_esc
from prose27a import script


def emit(d, line, m, esc=None, **extra):
    it = m.get("item") if isinstance(m, dict) else m
    if not it:
        d.add(line)
        return
    v = esc(it["value"]) if esc else it["value"]
    ex = dict(extra)
    if it.get("note"):
        ex["note"] = it["note"]
    if it["kind"] == "secret":
        d.sec(line, v, it["cat"], group=it["group"], **ex)
    else:
        d.neg(line, v, it["cat"], **ex)


def _times(ctx, rng, n, start_hour=9):
    t = datetime.datetime.combine(ctx.date(rng=rng), datetime.time(start_hour, rng.randrange(60)))
    out = []
    for _ in range(n):
        t += datetime.timedelta(minutes=rng.randrange(1, 25), seconds=rng.randrange(60))
        out.append(t)
    return out


# ------------------------------------------------------------------ 1. team chat: Zoho Cliq channel export
def cliq(ctx, rng, english):
    msgs, people = script(ctx, rng, english, 3, 4, 6)
    chan = "ops-" + ctx.t["hosts"][0]
    d = Doc("%s/chat/cliq-%s-export.txt" % (ctx.dir, chan), "free text")
    ex = people[0]
    ts = _times(ctx, rng, len(msgs))
    d.add("Zoho Cliq - Channel export", "Channel : #%s" % chan, "Exported by : %s (%s)" % (ex.latin, ex.email),
          "Exported on : %s" % (ts[-1] + datetime.timedelta(hours=3)).strftime("%Y-%m-%d %H:%M"), "-" * 60)
    for m, t in zip(msgs, ts):
        emit(d, "%s - %s : %s" % (t.strftime("%d/%m/%Y %I:%M %p"), m["who"].name(english), m["text"]), m)
    return [d]


# ------------------------------------------------------------------ 2. live chat with a vendor
def livechat(ctx, rng, english, fmt):
    msgs, people = script(ctx, rng, english, 3, 3, 3)
    ts = _times(ctx, rng, len(msgs))
    vis = people[0]
    if fmt == "livechat":
        d = Doc("%s/support/livechat-transcript-%s.txt" % (ctx.dir, ts[0].strftime("%Y%m%d")), "free text")
        d.add("Chat transcript", "Chat ID: %s" % rs(rng, UPPER + DIG, 10), "Date: %s" % ts[0].date().isoformat(),
              "Visitor: %s (%s)" % (vis.latin, vis.email), "Agent: %s" % people[1].latin, "-" * 30)
        for m, t in zip(msgs, ts):
            emit(d, "(%s) %s: %s" % (t.strftime("%I:%M:%S %p"), m["who"].name(english), m["text"]), m)
        return [d]
    if fmt == "olark":
        d = Doc("%s/support/olark-%s.txt" % (ctx.dir, vis.handle), "free text")
        d.add("Olark conversation with %s" % vis.latin, "Started: %s" % ts[0].strftime("%Y-%m-%d %H:%M"),
              "Page: https://%s/portal/help" % ctx.domain, "")
        for m, t in zip(msgs, ts):
            emit(d, "[%s] %s: %s" % (t.strftime("%H:%M"), m["who"].name(english), m["text"]), m)
        return [d]
    d = Doc("%s/support/tidio-conversation-%s.json" % (ctx.dir, rs(rng, HEX, 8)), "free text", fmt="json")
    d.add("{", ' "conversation_id": "%s",' % ctx.uuid(rng), ' "channel": "widget",', ' "messages": [')
    for i, (m, t) in enumerate(zip(msgs, ts)):
        role = "visitor" if m["who"] is vis else "operator"
        line = '  {"author": "%s", "name": "%s", "created_at": "%s", "message": "%s"}%s' % (
            role, jstr(m["who"].name(english)), t.isoformat(), jstr(m["text"]), "," if i < len(msgs) - 1 else "")
        emit(d, line, m, jstr)
    d.add(" ]", "}")
    return [d]


# ------------------------------------------------------------------ 3. tickets
def ticket(ctx, rng, english, fmt):
    msgs, people = script(ctx, rng, english, 3, 3, 2)
    ts = _times(ctx, rng, len(msgs))
    title = rng.choice(ctx.phrases("titles", english)).format(sys=ctx.sysname(rng))
    n = rng.randrange(20, 400)
    if fmt == "linear":
        team = ctx.t["hosts"][0][:3].upper()
        d = Doc("%s/tickets/%s-%d.md" % (ctx.dir, team, n), "free text")
        d.add("# %s-%d %s" % (team, n, title), "", "**Status:** Done · **Priority:** High · **Assignee:** %s" %
              people[1].name(english), "**Labels:** access, %s" % ctx.t["hosts"][1], "")
        emit(d, msgs[0]["text"], msgs[0])
        d.add("", "---", "### Comments", "")
        for m, t in zip(msgs[1:], ts[1:]):
            d.add("**%s** · %s" % (m["who"].name(english), t.strftime("%Y-%m-%d %H:%M")))
            emit(d, m["text"], m)
            d.add("")
        d.add(ctx.phrase("resolved", english))
        return [d]
    if fmt == "srht":
        d = Doc("%s/tickets/todo-%d.txt" % (ctx.dir, n), "free text")
        d.add("~%s/%s#%d: %s" % (ctx.t["users"][0], ctx.t["hosts"][0], n, title), "Status: RESOLVED (FIXED)",
              "Submitter: ~%s" % people[0].handle, "Assigned to: ~%s" % people[1].handle,
              "Submitted: %s UTC" % ts[0].strftime("%Y-%m-%d %H:%M"), "")
        emit(d, msgs[0]["text"], msgs[0])
        for m, t in zip(msgs[1:], ts[1:]):
            d.add("", "~%s commented on %s UTC" % (m["who"].handle, t.strftime("%Y-%m-%d %H:%M")), "")
            emit(d, m["text"], m)
        return [d]
    if fmt == "incidentio":
        d = Doc("%s/incidents/INC-%d.json" % (ctx.dir, n), "free text", fmt="json")
        d.add("{", ' "incident": {', '  "reference": "INC-%d",' % n, '  "name": "%s",' % jstr(title),
              '  "severity": "Minor",', '  "timeline": [')
        for i, (m, t) in enumerate(zip(msgs, ts)):
            line = '   {"occurred_at": "%sZ", "author": "%s", "message": "%s"}%s' % (
                t.isoformat(), jstr(m["who"].name(english)), jstr(m["text"]), "," if i < len(msgs) - 1 else "")
            emit(d, line, m, jstr)
        d.add("  ]", " }", "}")
        return [d]
    d = Doc("%s/incidents/rootly-%d-timeline.md" % (ctx.dir, n), "free text")
    d.add("# Incident #%d: %s" % (n, title), "", "## Timeline", "")
    for m, t in zip(msgs, ts):
        emit(d, "- %s UTC — %s: %s" % (t.strftime("%H:%M"), m["who"].name(english), m["text"]), m)
    d.add("", "## Follow-ups", "", "- %s" % ctx.phrase("resolved", english))
    return [d]


# ------------------------------------------------------------------ 4. code review
def review(ctx, rng, english, fmt):
    msgs, people = script(ctx, rng, english, 2, 1, 2)
    ts = _times(ctx, rng, len(msgs))
    n = rng.randrange(100, 3000)
    summary = ctx.phrase("commit_update", english, sys=ctx.sysname(rng))
    if fmt == "reviewboard":
        d = Doc("%s/reviews/review-request-%d.json" % (ctx.dir, n), "free text", fmt="json")
        d.add("{", ' "review_request": {', '  "id": %d,' % n, '  "summary": "%s",' % jstr(summary),
              '  "submitter": "%s",' % people[0].handle, '  "reviews": [')
        for i, (m, t) in enumerate(zip(msgs, ts)):
            line = '   {"user": "%s", "timestamp": "%s", "ship_it": %s, "body_top": "%s"}%s' % (
                m["who"].handle, t.isoformat(), "true" if i == len(msgs) - 1 else "false", jstr(m["text"]),
                "," if i < len(msgs) - 1 else "")
            emit(d, line, m, jstr)
        d.add("  ]", " }", "}")
        return [d]
    d = Doc("%s/reviews/CR-%d.xml" % (ctx.dir, n), "free text", fmt="xml")
    d.add('<?xml version="1.0" encoding="UTF-8"?>', "<reviewData>", "  <permaId>CR-%d</permaId>" % n,
          "  <name>%s</name>" % xml_esc(summary), "  <author>%s</author>" % people[0].handle, "  <comments>")
    for m, t in zip(msgs, ts):
        emit(d, '    <comment user="%s" date="%s">%s</comment>' % (m["who"].handle, t.isoformat(), xml_esc(m["text"])),
             m, xml_esc)
    d.add("  </comments>", "</reviewData>")
    return [d]


# ------------------------------------------------------------------ 5. e-mail
def email(ctx, rng, english, fmt):
    msgs, people = script(ctx, rng, english, 1, 1, 2)
    a, b = people[0], people[1]
    sysn = ctx.sysname(rng)
    t = _times(ctx, rng, 1)[0]
    user = ctx.user(rng)
    pw = ctx.pw(rng=rng, native=(not english) and rng.random() < 0.1)
    stem = "proton" if fmt == "proton" else "fastmail"
    d = Doc("%s/mail/%s-export/%s-%s.eml" % (ctx.dir, stem, t.strftime("%Y%m%d-%H%M"), rs(rng, HEX, 6)), "free text",
            crlf=True)
    d.add("Return-Path: <%s>" % a.email)
    if fmt == "proton":
        d.add("X-Pm-Origin: internal", "X-Pm-Content-Encryption: end-to-end")
    else:
        d.add("X-ME-Sender: <xms:%s>" % rs(rng, ALNUM, 24), "X-ME-Proxy: <xmx:%s>" % rs(rng, ALNUM, 24))
    d.add("Date: %s +0000" % t.strftime("%a, %d %b %Y %H:%M:%S"), "From: %s <%s>" % (a.latin, a.email),
          "To: %s <%s>" % (b.latin, b.email), "Subject: %s" % ctx.phrase("subject", english, sys=sysn),
          "Message-ID: <%s@%s>" % (rs(rng, ALNUM, 20), "proton.me" if fmt == "proton" else "fastmail.com"),
          "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
          ctx.phrase("greet", english, name=b.name(english).split()[0]), "", ctx.phrase("body", english, sys=sysn), "",
          "%s: %s" % (ctx.phrase("user_w", english), user))
    d.sec("%s: %s" % (ctx.phrase("pw_w", english), pw), pw, "email-password")
    d.add("")
    for m in msgs:
        emit(d, m["text"], m)
    d.add("", ctx.phrase("close", english), a.name(english), "", "On %s, %s wrote:" % (
        (t - datetime.timedelta(days=1)).strftime("%a, %d %b %Y"), b.latin),
        "> " + ctx.phrases("chatter", english)[0])
    return [d]
