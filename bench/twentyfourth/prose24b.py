"""Free-text formats, part 1: chats, tickets and e-mail (twentyfourth corpus)."""
import html
import json

from core24 import Doc, jstr, path


def emit(d, text, lab, esc=None):
    esc = esc or (lambda s: s)
    if lab is None:
        d.t(esc(text))
        return
    kind, value, cat, group = lab
    if kind == "secret":
        d.s(esc(text), esc(value), cat, group=group)
    else:
        d.n(esc(text), esc(value), cat)


class Clock:
    def __init__(self, ctx):
        self.c = ctx
        self.day = ctx.date()
        self.m = ctx.r(8 * 60, 10 * 60) * 60

    def tick(self):
        self.m += self.c.r(20, 600)
        return self.m

    def hms(self):
        s = self.tick()
        return "%02d:%02d:%02d" % (s // 3600 % 24, s // 60 % 60, s % 60)

    def iso(self):
        return "%sT%sZ" % (self.day.isoformat(), self.hms())

    def epoch_ms(self):
        base = (self.day.toordinal() - 719163) * 86400
        return (base + self.tick()) * 1000 + self.c.r(0, 999)


def emit_w(d, pre, text, post, lab, esc):
    t = pre + esc(text) + post
    if lab is None:
        d.t(t)
        return
    k, v, cat, g = lab
    if k == "secret":
        d.s(t, esc(v), cat, group=g)
    else:
        d.n(t, esc(v), cat)


def emit_html(d, pre, text, post, lab):
    emit_w(d, pre, text, post, lab, lambda s: html.escape(s, quote=False))


def _jmsg(text, ascii_):
    return json.dumps(text, ensure_ascii=ascii_)[1:-1]


# ---------------------------------------------------------------- chats
def chat_lounge(ctx, msgs, L, name):
    ck = Clock(ctx)
    d = Doc(path(ctx, "chat/irc/#%s-%s.log" % (name, ck.day.isoformat())), free=True)
    for m in msgs:
        emit(d, "[%s %s] <%s> %s" % (ck.day.isoformat(), ck.hms(), m["who"]["handle"].split(".")[0], m["text"]), m["lab"])
    return d


def chat_revolt(ctx, msgs, L, name):
    ck = Clock(ctx)
    chan = ctx.ulid()
    d = Doc(path(ctx, "chat/revolt/%s-messages.json" % name), fmt="json", free=True)
    d.t("[")
    for i, m in enumerate(msgs):
        pre = '  {"_id": "%s", "channel": "%s", "author": "%s", "content": "' % (ctx.ulid(), chan, m["who"]["handle"])
        post = '"}' + ("," if i < len(msgs) - 1 else "")
        emit_w(d, pre, m["text"], post, m["lab"], lambda s: _jmsg(s, True))
    d.t("]")
    return d


def chat_guilded(ctx, msgs, L, name):
    ck = Clock(ctx)
    d = Doc(path(ctx, "chat/guilded/%s.json" % name), fmt="json", free=True)
    d.t('{\n  "channelId": "%s",\n  "messages": [' % ctx.uuid())
    for i, m in enumerate(msgs):
        d.t('    {\n      "id": "%s",\n      "type": "default",\n      "createdBy": "%s",\n      "createdAt": "%s",' % (ctx.uuid(), ctx.alnum(8), ck.iso()))
        emit(d, '      "content": "%s"' % _jmsg(m["text"], False), m["lab"])
        d.t("    }" + ("," if i < len(msgs) - 1 else ""))
    d.t("  ]\n}")
    return d


def chat_wecom(ctx, msgs, L, name):
    ck = Clock(ctx)
    d = Doc(path(ctx, "chat/wecom/%s-archive.jsonl" % name), free=True)
    room = "wr" + ctx.alnum(20)
    for m in msgs:
        pre = '{"msgid":"%s_%d_external","action":"send","from":"%s","tolist":["%s"],"roomid":"%s","msgtime":%d,"msgtype":"text","text":{"content":"' % (
            ctx.digits(19), ctx.r(10 ** 9, 2 * 10 ** 9), m["who"]["user"], ctx.person()["user"], room, ck.epoch_ms())
        emit(d, pre + _jmsg(m["text"], False) + '"}}', m["lab"])
    return d


def chat_gvoice(ctx, msgs, L, name):
    ck = Clock(ctx)
    d = Doc(path(ctx, "chat/google-voice/%s - Text - %s.html" % (name, ck.day.isoformat())), free=True)
    d.t('<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE html>\n<html><head><title>%s</title></head><body>\n<div class="hChatLog hfeed">' % name)
    for m in msgs:
        pre = '<div class="message"><abbr class="dt" title="%s.000+00:00">%s</abbr>: <cite class="sender vcard"><a class="tel" href="tel:+%s"><span class="fn">%s</span></a></cite>: <q>' % (
            ck.iso()[:-1], ck.day.isoformat(), ctx.digits(11), html.escape(m["who"]["full"]))
        emit_html(d, pre, m["text"], "</q></div>", m["lab"])
    d.t("</div></body></html>")
    return d


def chat_line(ctx, msgs, L, name):
    ck = Clock(ctx)
    d = Doc(path(ctx, "chat/line/[LINE] %s.txt" % name), crlf=True, free=True)
    d.t("[LINE] Chat history in %s\nSaved on: %s %s\n\n%s" % (name, ck.day.strftime("%d/%m/%Y"), ck.hms()[:5], ck.day.strftime("%a, %d/%m/%Y")))
    for m in msgs:
        emit(d, "%s\t%s\t%s" % (ck.hms()[:5], m["who"]["full"], m["text"]), m["lab"])
    return d


CHATS = {"lounge": chat_lounge, "revolt": chat_revolt, "guilded": chat_guilded, "wecom": chat_wecom, "gvoice": chat_gvoice}


# ---------------------------------------------------------------- tickets
def t_remedy(ctx, msgs, L, subj, n):
    ck = Clock(ctx)
    d = Doc(path(ctx, "tickets/remedy/INC%012d.txt" % ctx.r(10 ** 6, 10 ** 9)), crlf=True, free=True)
    d.t("Incident ID: INC%012d\nSummary: %s\nStatus: Resolved\nAssigned Group: %s IT\n" % (ctx.r(10 ** 6, 10 ** 9), subj, ctx.v["name"]))
    for m in msgs:
        d.t("---- Work Detail ----\nDate: %s %s   Submitter: %s   Type: General Information" % (ck.day.isoformat(), ck.hms(), m["who"]["user"]))
        emit(d, "Notes: " + m["text"], m["lab"])
    return d


def t_planka(ctx, msgs, L, subj, n):
    d = Doc(path(ctx, "tickets/planka/card-%s.json" % ctx.digits(18)), fmt="json", free=True)
    ck = Clock(ctx)
    d.t('{\n  "item": {"id": "%s", "name": "%s", "boardId": "%s"},\n  "included": {\n    "actions": [' % (ctx.digits(18), jstr(subj), ctx.digits(18)))
    for i, m in enumerate(msgs):
        d.t('      {"id": "%s", "type": "commentCard", "userId": "%s", "createdAt": "%s",' % (ctx.digits(18), m["who"]["user"], ck.iso()))
        emit(d, '       "data": {"text": "%s"}}%s' % (jstr(m["text"]), "," if i < len(msgs) - 1 else ""), m["lab"])
    d.t("    ]\n  }\n}")
    return d


def t_tuleap(ctx, msgs, L, subj, n):
    ck = Clock(ctx)
    d = Doc(path(ctx, "tickets/tuleap/artifact-%d.xml" % ctx.r(1000, 99999)), fmt="xml", free=True)
    d.t('<?xml version="1.0" encoding="UTF-8"?>\n<artifacts>\n  <artifact id="%d">\n    <changeset>\n      <submitted_by format="username">%s</submitted_by>\n      <submitted_on format="ISO8601">%s</submitted_on>\n      <field_change field_name="summary" type="string"><value>%s</value></field_change>\n    </changeset>' % (
        ctx.r(1000, 99999), msgs[0]["who"]["user"], ck.iso(), html.escape(subj)))
    for m in msgs:
        d.t('    <changeset>\n      <submitted_by format="username">%s</submitted_by>\n      <submitted_on format="ISO8601">%s</submitted_on>\n      <comments><comment>' % (m["who"]["user"], ck.iso()))
        emit_html(d, '        <body format="text">', m["text"], "</body>", m["lab"])
        d.t('      </comment></comments>\n    </changeset>')
    d.t("  </artifact>\n</artifacts>")
    return d


def t_pagure(ctx, msgs, L, subj, n):
    ck = Clock(ctx)
    d = Doc(path(ctx, "tickets/pagure/issue-%d.json" % ctx.r(10, 900)), fmt="json", free=True)
    d.t('{\n  "issue": {\n    "id": %d,\n    "title": "%s",\n    "status": "Closed",\n    "comments": [' % (ctx.r(10, 900), jstr(subj)))
    for i, m in enumerate(msgs):
        d.t('      {\n        "id": %d,\n        "date_created": "%d",\n        "user": {"name": "%s", "fullname": "%s"},' % (ctx.r(1000, 99999), ck.epoch_ms() // 1000, m["who"]["user"], jstr(m["who"]["full"])))
        emit(d, '        "comment": "%s"' % jstr(m["text"]), m["lab"])
        d.t("      }" + ("," if i < len(msgs) - 1 else ""))
    d.t("    ]\n  }\n}")
    return d


def t_gorgias(ctx, msgs, L, subj, n):
    ck = Clock(ctx)
    d = Doc(path(ctx, "tickets/gorgias/ticket-%d.json" % ctx.r(10 ** 6, 10 ** 8)), fmt="json", free=True)
    d.t('{\n  "id": %d,\n  "subject": "%s",\n  "channel": "email",\n  "messages": [' % (ctx.r(10 ** 6, 10 ** 8), jstr(subj)))
    for i, m in enumerate(msgs):
        d.t('    {\n      "created_datetime": "%s",\n      "sender": {"email": "%s"},' % (ck.iso(), m["who"]["email"]))
        emit(d, '      "body_text": "%s"' % jstr(m["text"]), m["lab"])
        d.t("    }" + ("," if i < len(msgs) - 1 else ""))
    d.t("  ]\n}")
    return d


TICKETS = {"remedy": t_remedy, "planka": t_planka, "tuleap": t_tuleap, "pagure": t_pagure, "gorgias": t_gorgias}


# ---------------------------------------------------------------- e-mail
def _qp(s):
    out = []
    for ch in s:
        b = ch.encode()
        if ch == "=" or len(b) > 1 or (ord(ch) < 32 and ch != "\t"):
            out.append("".join("=%02X" % x for x in b))
        else:
            out.append(ch)
    return "".join(out)


def _qp_lines(text, keep=None):
    """Quoted-printable soft-wrapped lines; never breaks inside `keep` (already encoded)."""
    enc = _qp(text)
    lines, cur = [], ""
    parts = enc.split(" ")
    for i, w in enumerate(parts):
        piece = w + (" " if i < len(parts) - 1 else "")
        if cur and len(cur) + len(piece) > 75 and not (keep and keep in cur + piece and keep not in cur and keep not in piece):
            lines.append(cur + "=")
            cur = ""
        while len(piece) > 75 and not (keep and keep in piece):
            cut = 73
            while "=" in piece[cut - 2:cut]:
                cut -= 1
            lines.append(cur + piece[:cut] + "=")
            cur, piece = "", piece[cut:]
        cur += piece
    lines.append(cur)
    return lines


def mail_mh(ctx, msgs, L, subj, frm, to):
    d = Doc(path(ctx, "mail/Mail/inbox/%d" % ctx.r(10, 400)), free=True)
    d.t("Return-Path: <%s>\nFrom: %s <%s>\nTo: %s <%s>\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n" % (
        frm["email"], frm["full"], frm["email"], to["full"], to["email"], subj, ctx.date().strftime("%a, %d %b %Y 09:%M:00 +0000"), ctx.hexs(24), ctx.v["domain"]))
    d.t(L.P["greet"][0].format(name=to["given"]) + "\n")
    for m in msgs:
        emit(d, m["text"], m["lab"])
    d.t("\n" + L.P["signoff"][0] + "\n" + frm["full"])
    return d


def mail_qp(ctx, msgs, L, subj, frm, to):
    d = Doc(path(ctx, "mail/forwarded/%s.eml" % ctx.hexs(12)), free=True)
    d.t("From: %s <%s>\nTo: %s\nSubject: Fwd: %s\nDate: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n" % (
        to["full"], to["email"], "it@" + ctx.v["domain"], subj, ctx.date().strftime("%a, %d %b %Y 10:%M:00 +0000")))
    d.t("\n".join(_qp_lines("---------- Forwarded message ---------")))
    d.t("\n".join(_qp_lines("From: %s <%s>" % (frm["full"], frm["email"]))) + "\n")
    for m in [{"who": frm, "text": L.P["greet"][0].format(name=to["given"]), "lab": None}] + msgs:
        if m["lab"] is None:
            d.t("\n".join(_qp_lines(m["text"])))
            continue
        k, v, cat, g = m["lab"]
        ev = _qp(v)
        ls = _qp_lines(m["text"], ev)
        for ln in ls:
            if ev in ln:
                (d.s if k == "secret" else d.n)(ln, ev, cat, **({"group": g} if k == "secret" else {}))
            else:
                d.t(ln)
    d.t("\n".join(_qp_lines(L.P["signoff"][0])))
    return d


def mail_owa(ctx, msgs, L, subj, frm, to):
    d = Doc(path(ctx, "mail/saved/%s.htm" % subj[:24].replace("/", "-").replace(" ", "_")), free=True)
    d.t('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head>\n<body>\n<div><b>From:</b> %s &lt;%s&gt;<br><b>Sent:</b> %s<br><b>To:</b> %s<br><b>Subject:</b> %s</div>\n<hr>' % (
        html.escape(subj), html.escape(frm["full"]), frm["email"], ctx.day(), html.escape(to["full"]), html.escape(subj)))
    d.t("<p>%s</p>" % html.escape(L.P["greet"][0].format(name=to["given"])))
    for m in msgs:
        emit_html(d, "<p>", m["text"], "</p>", m["lab"])
    d.t("<p>%s<br>%s</p>\n</body></html>" % (html.escape(L.P["signoff"][0]), html.escape(frm["full"])))
    return d


MAILS = {"mh": mail_mh, "qp": mail_qp, "owa": mail_owa}
