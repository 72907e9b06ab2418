"""The 20 free-text formats and the credentials-policy page.  Each format takes the flattened conversation
[(author, handle, text, minute)] and escapes it the way the format does."""

import datetime

from core40 import DIGITS, csvf, icsesc, jdump, rs, uuid4, xesc

FORMATS = ["whatsapp", "telegram", "line", "irc", "eml", "mbox", "minutes", "handover", "obsidian", "keep", "ics",
           "gitlab", "helpdesk", "confluence", "textile", "rst", "whisper", "srt", "smsxml", "forum"]


def flatten(convo, T, r):
    people = T.people
    out, minute = [], r.randint(7 * 60, 11 * 60)
    for item in convo:
        a, b = r.sample(people, 2)
        for role, text in item:
            who = a if role == "a" else b
            minute += r.randint(0, 6)
            out.append((who[0], who[1], text, minute))
    return out


def hm(m):
    return "%02d:%02d" % ((m // 60) % 24, m % 60)


def build(fmt, T, sp, convo, r):
    msgs = flatten(convo, T, r)
    day, mon = r.randint(1, 28), r.randint(1, 12)
    date = "2025-%02d-%02d" % (mon, day)
    dt = datetime.date(2025, mon, day)
    grp = "%s-%s" % (T.slug.split("-")[0], T.sys(r))
    crlf = bom = False
    lines = []
    if fmt == "whatsapp":
        path = "chats/WhatsApp Chat with %s.txt" % grp
        for name, _, text, m in msgs:
            lines.append("%02d/%02d/2025, %s - %s: %s" % (day, mon, hm(m), name, text))
    elif fmt == "telegram":
        path = "chats/telegram-%s/result.json" % grp
        ms = [{"id": 1000 + i, "type": "message", "date": "%sT%s:%02d" % (date, hm(m), i % 60),
               "from": name, "from_id": "user%d" % (5 * 10 ** 8 + sum(map(ord, h))), "text": text}
              for i, (name, h, text, m) in enumerate(msgs)]
        lines.append(jdump({"name": grp, "type": "private_group", "id": r.randint(10 ** 9, 2 * 10 ** 9), "messages": ms}, 1))
    elif fmt == "line":
        path = "chats/[LINE] Chat with %s.txt" % grp
        lines += ["[LINE] Chat history in %s" % grp, "Saved on: 2025/%02d/%02d 21:04" % (mon, day), "", "2025/%02d/%02d(%s)" % (mon, day, dt.strftime("%a"))]
        for name, _, text, m in msgs:
            lines.append("%s\t%s\t%s" % (hm(m), name, '"%s"' % text if "\n" in text else text))
    elif fmt == "irc":
        path = "chats/irc/#%s.log" % grp
        lines.append("--- Log opened %s" % date)
        for _, h, text, m in msgs:
            for part in text.split("\n"):
                lines.append("[%s:%02d] <%s> %s" % (hm(m), r.randint(0, 59), h, part))
    elif fmt in ("eml", "mbox"):
        path = "mail/%s-%s.%s" % (grp, date, fmt)
        crlf = fmt == "eml" and r.random() < 0.5
        if fmt == "eml":
            first, rest = msgs[-1], msgs[:-1]
            lines += ["From: %s <%s@%s>" % (first[0], first[1], T.domain), "To: team@%s" % T.domain,
                      "Subject: Re: %s" % T.sys(r), "Date: %s %s:00 +0000" % (dt.strftime("%a, %d %b %Y"), hm(first[3])),
                      "Message-ID: <%s@%s>" % (uuid4(r), T.domain), "MIME-Version: 1.0",
                      "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", first[2], "",
                      "On %s, %s wrote:" % (date, rest[-1][0] if rest else first[0])]
            for _, _, text, _ in rest:
                lines += ["> " + p for p in text.split("\n")]
        else:
            for name, h, text, m in msgs:
                lines += ["From %s@%s %s %s:00 2025" % (h, T.domain, dt.strftime("%a %b ") + "%2d" % day, hm(m)), "From: %s <%s@%s>" % (name, h, T.domain),
                          "Subject: %s" % T.sys(r), "Content-Type: text/plain; charset=utf-8", "", text, ""]
    elif fmt == "minutes":
        path = "notes/minutes-%s.md" % date
        lines += ["# %s — %s" % (T.org, date), "", "Attendees: " + ", ".join(p[0] for p in T.people[:4]), "", "## Notes", ""]
        for name, _, text, _ in msgs:
            lines.append("- **%s**: %s" % (name, text.replace("\n", "\n  ")))
    elif fmt == "handover":
        path = "notes/handover-%s-%s.txt" % (T.places[0].lower().replace(" ", "-"), date)
        lines += ["SHIFT HANDOVER %s %s" % (T.places[0].upper(), date), "=" * 30]
        for name, _, text, m in msgs:
            lines.append("%s %s: %s" % (hm(m), name.split()[0], text.replace("\n", "\n      ")))
    elif fmt == "obsidian":
        path = "notes/vault/Daily/%s.md" % date
        lines += ["---", "tags: [daily, %s]" % T.sys(r), "---", "", "## Log", ""]
        for name, _, text, m in msgs:
            lines.append("- %s [[%s]] %s" % (hm(m), name, text.replace("\n", "\n  ")))
    elif fmt == "keep":
        path = "notes/keep/%s-%s.json" % (T.sys(r), date)
        lines.append(jdump({"color": "DEFAULT", "isTrashed": False, "isPinned": r.random() < 0.3, "isArchived": False,
                            "title": "%s %s" % (T.sys(r), date),
                            "listContent": [{"text": text, "isChecked": r.random() < 0.4} for _, _, text, _ in msgs],
                            "userEditedTimestampUsec": r.randint(1700000000000000, 1760000000000000)}, 1))
    elif fmt == "ics":
        path = "calendar/%s.ics" % grp
        crlf = True
        lines += ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//%s//roster//EN" % T.org]
        for i, (name, h, text, m) in enumerate(msgs):
            lines += ["BEGIN:VEVENT", "UID:%s@%s" % (uuid4(r), T.domain),
                      "DTSTART:2025%02d%02dT%s00Z" % (mon, day, hm(m).replace(":", "")),
                      "SUMMARY:%s" % icsesc("%s: %s" % (T.sys(r), name)), "ORGANIZER:mailto:%s@%s" % (h, T.domain),
                      "DESCRIPTION:%s" % icsesc(text), "END:VEVENT"]
        lines.append("END:VCALENDAR")
    elif fmt == "gitlab":
        iid = r.randint(10, 900)
        path = "tickets/gitlab-issue-%d.json" % iid
        lines.append(jdump({"iid": iid, "title": "%s: access for %s" % (T.sys(r), T.places[0]), "state": "opened",
                            "notes": [{"id": r.randint(10 ** 6, 10 ** 7), "author": {"username": h}, "body": text,
                                       "created_at": "%sT%s:00Z" % (date, hm(m))} for _, h, text, m in msgs]}))
    elif fmt == "helpdesk":
        path = "tickets/helpdesk-export-%s.csv" % date
        crlf, bom = True, r.random() < 0.3
        lines.append("ticket_id,created,author,subject,message")
        tid = r.randint(1000, 9999)
        for name, _, text, m in msgs:
            lines.append("%d,%s %s,%s,%s,%s" % (tid, date, hm(m), csvf(name), csvf(T.sys(r)), csvf(text)))
    elif fmt == "confluence":
        path = "wiki/confluence/%s-notes.html" % T.sys(r)
        lines.append("<h1>%s</h1>" % xesc(T.org))
        for name, _, text, _ in msgs:
            lines.append("<p><strong>%s</strong>: %s</p>" % (xesc(name), xesc(text, False).replace("\n", "<br/>\n")))
    elif fmt == "textile":
        path = "wiki/redmine/%s.textile" % T.sys(r)
        lines += ["h1. %s" % T.sys(r), ""]
        for name, _, text, _ in msgs:
            lines.append("* _%s_: %s" % (name, text.replace("\n", "\n  ")))
    elif fmt == "rst":
        title = "Runbook: %s" % T.sys(r)
        path = "wiki/runbooks/%s.rst" % T.sys(r)
        lines += [title, "=" * len(title), ""]
        for name, _, text, _ in msgs:
            lines += ["%s: %s" % (name, text), ""]
    elif fmt == "whisper":
        path = "voice/%s-memo.json" % date
        t, segs = 0.0, []
        for i, (_, _, text, _) in enumerate(msgs):
            dur = round(1.5 + len(text) / 14.0, 2)
            segs.append({"id": i, "start": round(t, 2), "end": round(t + dur, 2), "text": " " + text})
            t += dur + 0.4
        lines.append(jdump({"language": sp.lang, "duration": round(t, 2), "segments": segs}, 1))
    elif fmt == "srt":
        path = "voice/%s-call.srt" % date
        crlf, bom = r.random() < 0.5, r.random() < 0.3
        t = 0
        for i, (name, _, text, _) in enumerate(msgs, 1):
            dur = 2 + len(text) // 15
            lines += [str(i), "00:%02d:%02d,%03d --> 00:%02d:%02d,%03d" % (t // 60, t % 60, 0, (t + dur) // 60, (t + dur) % 60, 500),
                      "[%s] %s" % (name.split()[0], text), ""]
            t += dur + 1
    elif fmt == "smsxml":
        path = "phone/sms-%s.xml" % date
        lines += ["<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>", '<smses count="%d">' % len(msgs)]
        for name, h, text, m in msgs:
            lines.append('  <sms protocol="0" address="+%s" date="%d" type="%d" body="%s" read="1" contact_name="%s" />'
                         % (rs(r, 11, DIGITS), 1747000000000 + m * 60000, r.choice([1, 2]),
                            xesc(text).replace("\n", "&#10;"), xesc(name)))
        lines.append("</smses>")
    else:
        tid = r.randint(100, 9999)
        path = "forum/thread-%d.html" % tid
        lines += ["<!DOCTYPE html>", '<html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body>' % (sp.lang, xesc(T.sys(r)))]
        for name, _, text, m in msgs:
            lines.append('<div class="post"><span class="author">%s</span> <time>%s</time><p>%s</p></div>'
                         % (xesc(name), hm(m), xesc(text, False).replace("\n", "<br>\n")))
        lines.append("</body></html>")
    return path, "\n".join(lines) + "\n", crlf, bom


def policy_page(T, sp, r):
    lines = ["# %s" % T.org, "", sp.neg(sp.fill(T.L["policy"]), "policy-sentence"),
             "", "- Vault: %s" % sp.neg("https://vault.%s/ui/vault/secrets/%s" % (T.domain, T.slug), "vault-url"),
             "- Rotation: every 90 days, and at once when someone leaves.",
             "- English: Never paste passwords or keys into chat or tickets; use the team vault.", ""]
    return "docs/credentials-policy.md", "\n".join(lines)
