"""Free-text formats, part one: chat exports, support-chat transcripts, meeting transcripts, tickets."""

import html
import json

from core25 import Doc, rand_str
from lang25b import P
from prose25a import emit, pick_lang, script

MONTHS_RU = ["янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]


def _clock(c, i, h0=9):
    """Minute-of-day clock that only moves forward within a file (i is the message index)."""
    if i == 0 or not hasattr(c, "clock"):
        c.clock = h0 * 60 + c.r.randint(0, 40)
    else:
        c.clock += c.r.randint(1, 9)
    return "%02d:%02d" % (c.clock // 60 % 24, c.clock % 60)


# ------------------------------------------------------------------ chats
def vk_archive(c, n_sec=None, n_neg=2):
    n_sec = n_sec or c.r.choice([3, 3, 4])
    lang = c.lang
    msgs, people = script(c, n_sec, n_neg, lang)
    peer = c.r.randint(2000000000, 2000009999)
    d = Doc("%s/exports/vk/messages/%d/messages0.html" % (c.dir, peer), free=True)
    d.add("<!DOCTYPE html>", '<html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body>' % (lang, c.org),
          '<div class="wrap"><div class="page_content">')
    day, month = c.r.randint(1, 28), MONTHS_RU[c.r.randint(0, 11)]
    ids = {p["handle"]: c.r.randint(10 ** 6, 10 ** 9) for p in people}
    mid = c.r.randint(10 ** 5, 9 * 10 ** 5)
    for i, m in enumerate(msgs):
        d.add('<div class="item"><div class="message" data-id="%d">' % (mid + i * c.r.randint(1, 9)),
              '<div class="message__header"><a href="https://vk.com/id%d">%s</a>, %d %s 2025 в %s:%02d</div>'
              % (ids[m.who["handle"]], html.escape(m.who["name"]), day, month, _clock(c, i), i))
        emit(d, "<div>%s</div>" % html.escape(m.text, quote=False), m)
        d.add("</div></div>")
    d.add("</div></div></body></html>")
    return d


def jabber_history(c, n_sec=None, n_neg=2):
    n_sec = n_sec or c.r.choice([3, 3, 4])
    lang = pick_lang(c)
    msgs, people = script(c, n_sec, n_neg, lang)
    d = Doc("%s/exports/jabber/%s_%s.html" % (c.dir, people[0]["handle"], c.date()), free=True)
    d.add("<html><head><meta charset=\"UTF-8\"><title>Conversation with %s</title></head><body>" % html.escape(people[1]["name"]),
          '<div class="history" dir="auto">')
    for i, m in enumerate(msgs):
        emit(d, '<div class="msg"><span class="time">%s</span> <span class="who">%s</span>: <span class="body">%s</span></div>'
             % (_clock(c, i), html.escape(m.who["handle"]), html.escape(m.text, quote=False)), m)
    d.add("</div></body></html>")
    return d


def tawk_transcript(c, n_sec=None, n_neg=2):
    n_sec = n_sec or c.r.choice([3, 3, 4])
    lang = pick_lang(c)
    msgs, people = script(c, n_sec, n_neg, lang, sec_kinds=["pw", "tok", "lead", "ask", "temp", "uri", "curl", "native"], n_people=2)
    d = Doc("%s/support/chat-transcripts/tawk-%s.txt" % (c.dir, rand_str(c.r, 8, "0123456789abcdef")), free=True)
    d.add("Chat Transcript", "Website: %s" % c.domain, "Visitor: %s" % people[0]["name"], "Agent: %s" % people[1]["name"],
          "Started: %s %s" % (c.date(), _clock(c, 0)), "", "-" * 40)
    for i, m in enumerate(msgs):
        emit(d, "[%s] %s: %s" % (_clock(c, i), m.who["name"], m.text), m)
    d.add("-" * 40, "Chat ended by visitor")
    return d


def crisp_json(c, n_sec=None, n_neg=2):
    n_sec = n_sec or c.r.choice([3, 3, 4])
    lang = pick_lang(c)
    msgs, people = script(c, n_sec, n_neg, lang)
    d = Doc("%s/support/crisp/session_%s.jsonl" % (c.dir, c.uuid()), free=True)
    base = 1735000000000 + c.r.randint(0, 10 ** 10)
    for i, m in enumerate(msgs):
        rec = {"type": "text", "from": "operator" if m.who is people[1] else "user", "origin": "chat",
               "content": m.text, "timestamp": base + i * 41000, "user": {"nickname": m.who["name"], "user_id": m.who["handle"]}}
        emit(d, json.dumps(rec, ensure_ascii=False), m)
    return d


# ------------------------------------------------------------------ meetings
def meet_transcript(c, n_sec=2, n_neg=1):
    lang = c.lang
    msgs, people = script(c, n_sec, n_neg, lang, sec_kinds=["pw", "wifi", "temp", "native", "ask"], chatter=3)
    d = Doc("%s/meetings/%s - Transcript.txt" % (c.dir, P[lang]["minutes"]), free=True)
    d.add("%s (%s) - Transcript" % (P[lang]["minutes"], c.date()), "", "Attendees", ", ".join(p["name"] for p in people), "",
          "Transcript", "")
    for i, m in enumerate(msgs):
        d.add("00:%02d:%02d" % (i * 2, c.r.randint(0, 59)))
        emit(d, "%s: %s" % (m.who["name"], m.text), m)
        d.add("")
    d.add("Transcription ended after 00:%02d:%02d" % (len(msgs) * 2 + 1, c.r.randint(0, 59)))
    return d


def otter_txt(c, n_sec=2, n_neg=1):
    lang = pick_lang(c)
    msgs, people = script(c, n_sec, n_neg, lang, sec_kinds=["pw", "wifi", "temp", "tok", "ask"], chatter=3)
    d = Doc("%s/meetings/otter_%s.txt" % (c.dir, c.date()), free=True)
    for i, m in enumerate(msgs):
        d.add("%s  %d:%02d" % (m.who["name"], i, c.r.randint(0, 59)))
        emit(d, m.text, m)
        d.add("")
    return d


# ------------------------------------------------------------------ tickets
def bitrix_task(c, n_sec=None, n_neg=1):
    n_sec = n_sec or c.r.choice([2, 2, 3])
    lang = pick_lang(c)
    msgs, people = script(c, n_sec, n_neg, lang, chatter=1, opener="ticket")
    tid = c.r.randint(1000, 99999)
    d = Doc("%s/tickets/bitrix24/task-%d.json" % (c.dir, tid), free=True, fmt="json")
    day = c.date()
    d.add("{", '  "task": {', '    "id": "%d",' % tid, '    "title": %s,' % json.dumps(P[lang]["subj"].format(sys=c.system()), ensure_ascii=False),
          '    "responsibleId": "%d",' % c.r.randint(1, 300), '    "status": "3"', "  },", '  "comments": [')
    for i, m in enumerate(msgs):
        d.add("    {", '      "ID": "%d",' % (c.r.randint(10 ** 5, 10 ** 6)), '      "AUTHOR_NAME": %s,' % json.dumps(m.who["name"], ensure_ascii=False))
        emit(d, '      "POST_MESSAGE": %s,' % json.dumps(m.text, ensure_ascii=False), m)
        d.add('      "POST_DATE": "%sT%s:00+03:00"' % (day, _clock(c, i)), "    }" + ("," if i < len(msgs) - 1 else ""))
    d.add("  ]", "}")
    return d


def launchpad_bug(c, n_sec=None, n_neg=1):
    n_sec = n_sec or c.r.choice([2, 2, 3])
    lang = pick_lang(c, 0.4)
    msgs, people = script(c, n_sec, n_neg, lang, chatter=1, opener="ticket")
    bug = c.r.randint(2000000, 2100000)
    d = Doc("%s/tickets/launchpad/bug-%d.txt" % (c.dir, bug), free=True)
    days = sorted(c.date() for _ in msgs)
    d.add("Bug #%d reported by %s on %s" % (bug, msgs[0].who["handle"], days[0]), "Title: %s" % P[lang]["subj"].format(sys=c.system()),
          "Status: Triaged", "Importance: High", "", "Bug description:")
    emit(d, msgs[0].text, msgs[0])
    for i, m in enumerate(msgs[1:], 1):
        d.add("", "-" * 40, "Comment #%d by %s on %s:" % (i, m.who["handle"], days[i]))
        emit(d, m.text, m)
    return d


def supportpal_json(c, n_sec=None, n_neg=1):
    n_sec = n_sec or c.r.choice([2, 2, 3])
    lang = pick_lang(c)
    msgs, people = script(c, n_sec, n_neg, lang, chatter=1, opener="ticket")
    d = Doc("%s/tickets/supportpal/ticket-%d-messages.json" % (c.dir, c.r.randint(1000, 9999)), free=True, fmt="json")
    d.add("{", '  "status": "success",', '  "count": %d,' % len(msgs), '  "data": [')
    for i, m in enumerate(msgs):
        d.add("    {", '      "id": %d,' % c.r.randint(10 ** 4, 10 ** 5), '      "user_name": %s,' % json.dumps(m.who["name"], ensure_ascii=False),
              '      "type": %d,' % (0 if m.who is people[0] else 1))
        emit(d, '      "text": %s,' % json.dumps("<p>%s</p>" % html.escape(m.text, quote=False), ensure_ascii=False), m)
        d.add('      "created_at": %d' % (1735000000 + i * 900), "    }" + ("," if i < len(msgs) - 1 else ""))
    d.add("  ]", "}")
    return d


def leantime_csv(c, n_sec=None, n_neg=1):
    n_sec = n_sec or c.r.choice([2, 2, 3])
    lang = pick_lang(c)
    msgs, people = script(c, n_sec, n_neg, lang, chatter=1, opener="ticket")
    tid = c.r.randint(100, 999)
    d = Doc("%s/tickets/leantime/ticket-%d-comments.csv" % (c.dir, tid), free=True, crlf=True)
    d.add("ticketId,commentId,author,date,text")
    day = c.date()
    for i, m in enumerate(msgs):
        text = m.text.replace('"', '""')
        q = '"%s"' % text if ("," in text or '"' in m.text) else text
        emit(d, "%d,%d,%s,%s %s,%s" % (tid, 5000 + i, m.who["handle"], day, _clock(c, i), q), m)
    return d


VK_LANGS = ("ru", "kk", "bg", "hy")
CHATS = {"vk-archive": vk_archive, "jabber-history": jabber_history, "tawk-transcript": tawk_transcript, "crisp-jsonl": crisp_json}
MEETINGS = {"meet-transcript": meet_transcript, "otter-txt": otter_txt}
TICKETS = {"bitrix24-task": bitrix_task, "launchpad-bug": launchpad_bug, "supportpal-json": supportpal_json,
           "leantime-csv": leantime_csv}
