"""The twenty free-text formats. Each takes (c, msgs, names, title) and returns (relpath, text, crlf, bom)."""
from core39 import csvq, ics_esc, jdump, jstr, xesc


def _ts(c, i):
    return "2025-%02d-%02d %02d:%02d" % (c.month, c.day, 8 + i // 6 % 10, (i * 7) % 60)


def whatsapp(c, msgs, names, title):
    out = []
    for i, (w, t) in enumerate(msgs):
        out.append("%02d/%02d/2025, %02d:%02d - %s: %s" % (c.day, c.month, 8 + i // 6 % 10, (i * 7) % 60, names[w], t))
    return "chat/WhatsApp Chat with %s.txt" % title, "\n".join(out) + "\n", False, False


def telegram(c, msgs, names, title):
    ms = [{"id": 100 + i, "type": "message", "date": _ts(c, i).replace(" ", "T") + ":00", "from": names[w],
           "text": t} for i, (w, t) in enumerate(msgs)]
    return "chat/telegram/result.json", jdump({"name": title, "type": "private_group", "messages": ms}, 1), False, False


def slack(c, msgs, names, title):
    ms = [{"type": "message", "user": "U0%s" % names[w].upper().replace(".", "")[:8], "text": t,
           "ts": "17418%05d.%06d" % (i * 37, i)} for i, (w, t) in enumerate(msgs)]
    return "chat/slack/%s/2025-%02d-%02d.json" % (c.slug.split("-")[0], c.month, c.day), jdump(ms, 2), False, False


def discord(c, msgs, names, title):
    out = ["AuthorID,Author,Date,Content,Attachments,Reactions"]
    for i, (w, t) in enumerate(msgs):
        out.append("%d,%s,%s,%s,," % (4000 + w, names[w], _ts(c, i), csvq(t)))
    return "chat/discord-%s.csv" % c.slug.split("-")[0], "\n".join(out) + "\n", c.r.random() < 0.5, False


def weechat(c, msgs, names, title):
    out = []
    for i, (w, t) in enumerate(msgs):
        for line in t.split("\n"):
            out.append("%s:00\t%s\t%s" % (_ts(c, i), names[w], line))
    return "chat/irc.libera.#%s.weechatlog" % c.slug.split("-")[0], "\n".join(out) + "\n", False, False


def eml(c, msgs, names, title):
    body = []
    for w, t in msgs:
        pre = "> " if w == 1 else ""
        body += [pre + x for x in t.split("\n")]
    hdr = ["From: %s <%s@%s>" % (names[0], names[0], c.domain), "To: %s <%s@%s>" % (names[1], names[1], c.domain),
           "Subject: Re: %s" % title, "Date: Wed, %02d Mar 2025 09:12:00 +0000" % c.day,
           "Message-ID: <%s@%s>" % (c.H(16), c.domain), "MIME-Version: 1.0",
           "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", ""]
    return "mail/re-%s.eml" % c.r.randint(100, 999), "\n".join(hdr + body) + "\n", c.r.random() < 0.5, False


def mbox(c, msgs, names, title):
    half = max(1, len(msgs) // 2)
    out = []
    for k, part in enumerate([msgs[:half], msgs[half:]]):
        out += ["From %s@%s Thu Mar %02d 10:0%d:00 2025" % (names[k], c.domain, c.day, k),
                "From: %s@%s" % (names[k], c.domain), "Subject: %s" % title, ""]
        for w, t in part:
            out += t.split("\n")
        out.append("")
    return "mail/archive.mbox", "\n".join(out) + "\n", False, False


def meeting(c, msgs, names, title):
    out = ["# %s — %02d.%02d.2025" % (title, c.day, c.month), "", "Present: " + ", ".join(names), "", "## Notes", ""]
    for w, t in msgs:
        lines = t.split("\n")
        out.append("- **%s**: %s" % (names[w], lines[0]))
        out += ["  " + x for x in lines[1:]]
    return "notes/meeting-2025-%02d-%02d.md" % (c.month, c.day), "\n".join(out) + "\n", False, False


def ics(c, msgs, names, title):
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//%s//ops//EN" % c.org]
    for i, (w, t) in enumerate(msgs):
        out += ["BEGIN:VEVENT", "UID:%s@%s" % (c.H(12), c.domain), "DTSTART:2025%02d%02dT%02d0000Z" % (c.month, c.day, 8 + i % 9),
                "SUMMARY:%s" % ics_esc(title), "ORGANIZER:mailto:%s@%s" % (names[w], c.domain),
                "DESCRIPTION:%s" % ics_esc(t), "END:VEVENT"]
    out.append("END:VCALENDAR")
    return "calendar/%s.ics" % c.slug.split("-")[0], "\n".join(out) + "\n", True, False


def org(c, msgs, names, title):
    out = ["#+TITLE: %s" % title, "", "* NOTES %s" % title]
    for w, t in msgs:
        lines = t.split("\n")
        out.append("- %s :: %s" % (names[w], lines[0]))
        out += ["  " + x for x in lines[1:]]
    return "notes/%s.org" % c.slug.split("-")[0], "\n".join(out) + "\n", False, False


def issue(c, msgs, names, title):
    data = {"number": c.r.randint(10, 999), "title": title, "user": {"login": names[msgs[0][0]]},
            "body": msgs[0][1], "comments": [{"user": {"login": names[w]}, "body": t} for w, t in msgs[1:]]}
    return "tickets/issue-%d.json" % data["number"], jdump(data, 2), False, False


def helpdesk(c, msgs, names, title):
    out = ["ticket,created,requester,body"]
    for i, (w, t) in enumerate(msgs):
        out.append("HD-%d,%s,%s,%s" % (5000 + i, _ts(c, i), names[w], csvq(t)))
    return "tickets/helpdesk-export.csv", "\n".join(out) + "\n", True, c.r.random() < 0.3


def mediawiki(c, msgs, names, title):
    out = ["== %s ==" % title, ""]
    for w, t in msgs:
        lines = t.split("\n")
        out.append("* '''%s''': %s" % (names[w], lines[0]))
        out += [":: " + x for x in lines[1:]]
    out += ["", "[[Category:Operations]]"]
    return "wiki/%s.wiki" % title.replace(" ", "_"), "\n".join(out) + "\n", False, False


def dokuwiki(c, msgs, names, title):
    out = ["====== %s ======" % title, ""]
    for w, t in msgs:
        lines = t.split("\n")
        out.append("  * %s: %s" % (names[w], lines[0]))
        out += ["    " + x for x in lines[1:]]
    return "wiki/pages/%s.txt" % c.slug.split("-")[0], "\n".join(out) + "\n", False, False


def srt(c, msgs, names, title):
    out = []
    for i, (w, t) in enumerate(msgs):
        s = 2 + i * 4
        out += [str(i + 1), "00:%02d:%02d,000 --> 00:%02d:%02d,500" % (s // 60, s % 60, (s + 3) // 60, (s + 3) % 60)]
        out += t.split("\n")
        out.append("")
    return "video/training.srt", "\n".join(out), c.r.random() < 0.5, c.r.random() < 0.3


def vtt(c, msgs, names, title):
    out = ["WEBVTT", ""]
    for i, (w, t) in enumerate(msgs):
        s = 1 + i * 5
        out += ["00:%02d:%02d.000 --> 00:%02d:%02d.000" % (s // 60, s % 60, (s + 4) // 60, (s + 4) % 60)]
        lines = t.split("\n")
        out.append("<v %s>%s" % (names[w], lines[0]))
        out += lines[1:]
        out.append("")
    return "video/walkthrough.vtt", "\n".join(out), False, False


def smsxml(c, msgs, names, title):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<smses count="%d">' % len(msgs)]
    for i, (w, t) in enumerate(msgs):
        out.append('  <sms protocol="0" address="+1555010%04d" date="17418%08d" type="%d" body="%s" read="1" contact_name="%s" />'
                   % (w, i * 911, 1 + w, xesc(t).replace("\n", "&#10;"), xesc(names[w])))
    out.append("</smses>")
    return "phone/sms-backup.xml", "\n".join(out) + "\n", False, False


def forum(c, msgs, names, title):
    out = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>%s</title></head><body>" % xesc(title)]
    for w, t in msgs:
        out.append('<div class="post"><b>%s</b>' % xesc(names[w]))
        out.append("<p>" + "<br>\n".join(xesc(x) for x in t.split("\n")) + "</p></div>")
    out.append("</body></html>")
    return "forum/thread-%d.html" % c.r.randint(10, 99), "\n".join(out) + "\n", False, False


def joplin(c, msgs, names, title):
    out = ["---", "title: %s" % title, "created: 2025-%02d-%02d" % (c.month, c.day), "tags: [ops]", "---", ""]
    for w, t in msgs:
        out += t.split("\n")
        out.append("")
    return "notes/joplin/%s.md" % c.H(8), "\n".join(out), False, False


def adoc(c, msgs, names, title):
    out = ["= %s" % title, ":toc:", "", "== Log", ""]
    for w, t in msgs:
        out.append("%s:: %s" % (names[w], t.split("\n")[0]))
        out += ["+", ] + t.split("\n")[1:] if "\n" in t else []
    return "runbooks/%s.adoc" % c.slug.split("-")[0], "\n".join(out) + "\n", False, False


FORMATS = [whatsapp, telegram, slack, discord, weechat, eml, mbox, meeting, ics, org, issue, helpdesk, mediawiki,
           dokuwiki, srt, vtt, smsxml, forum, joplin, adoc]
