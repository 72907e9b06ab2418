"""The 19 free-text export formats: each renders a script of messages into one file, one message per line."""

import datetime
import hashlib
import html

from core31 import Doc, csv_cell, json_str, pick, rhex, ruuid, xml_esc
from prose31 import script


def _shown(item, fn):
    """Record how a value is shown when the format escapes it (negatives such as <your-token>)."""
    if item is not None and hasattr(item, "value") and fn(item.value) != item.value:
        item.extra["shown"] = fn(item.value)
    return item


EPOCH = datetime.datetime(2025, 1, 6, 8, 0, 0)


def _jesc(s):
    return json_str(s)[1:-1]


def _cesc(s):
    return s.replace('"', '""')


def _stamp(r, base, step=(40, 900)):
    base[0] += r.randrange(*step)
    return (EPOCH + datetime.timedelta(seconds=base[0])).strftime("%Y-%m-%d %H:%M:%S")


def _iso(s):
    return s.replace(" ", "T") + "Z"


def _hms(sec):
    return "%02d:%02d:%02d" % (sec // 3600, sec // 60 % 60, sec % 60)


def _jid(p):
    return hashlib.sha1(p.handle.encode()).hexdigest()


def _md_table(d, m):
    hdr = m.table[0][0]
    d.add("| " + " | ".join(hdr) + " |")
    d.add("|" + "---|" * len(hdr))
    for cells, it in m.table[1:]:
        d.add("| " + " | ".join(cells) + " |", it)


def _title(ctx, r, L):
    return pick(r, L["subjects"]).format(sys=ctx.system(r)[1] if L is ctx.L else ctx.system(r)[0])


# ---------------------------------------------------------------- chat
def jami(ctx, r, code, msgs, base):
    d = Doc("chat/jami-%s-swarm.json" % ctx.slug, free_text=True, lang=code)
    d.add("[")
    for i, m in enumerate(msgs):
        _shown(m.item, _jesc)
        line = '  {"author": "%s", "body": %s, "id": "%s", "timestamp": "%d", "type": "text/plain"}' % (
            _jid(m.who), json_str(m.text), rhex(r, 16), 1735700000 + base[0] + i * 97)
        base[0] += r.randrange(30, 600)
        d.add(line + ("," if i < len(msgs) - 1 else ""), m.item)
    d.add("]")
    return d


def beekeeper(ctx, r, code, msgs, base):
    d = Doc("chat/beekeeper-%s.csv" % pick(r, ["shift-leads", "floor", "dispatch", "office"]), free_text=True, lang=code)
    d.add("created_at,conversation,sender,message")
    conv = pick(r, ["Shift leads", "Floor team", "Dispatch", "Office"])
    for m in msgs:
        _shown(m.item, _cesc)
        d.add("%s,%s,%s,%s" % (_iso(_stamp(r, base)), conv, csv_cell(m.who.latin), csv_cell(m.text)), m.item)
    return d


def staffbase(ctx, r, code, msgs, base):
    d = Doc("intranet/staffbase-comments-%s.jsonl" % rhex(r, 6), free_text=True, lang=code)
    for m in msgs:
        _shown(m.item, _jesc)
        first, _, last = m.who.latin.partition(" ")
        d.add('{"id": "%s", "author": {"firstName": %s, "lastName": %s}, "text": %s, "created": "%s"}' % (
            rhex(r, 24), json_str(first), json_str(last), json_str(m.text), _iso(_stamp(r, base))), m.item)
    return d


def band(ctx, r, code, msgs, base):
    d = Doc("chat/band-%s.txt" % ctx.slug, free_text=True, lang=code)
    d.add("%s · BAND" % ctx.org_native)
    d.add("")
    first, rest = msgs[0], msgs[1:]
    d.add("%s  %s" % (first.who.native, _stamp(r, base).replace("-", ".")))
    d.add(first.text, first.item)
    d.add("")
    d.add("Comments %d" % len(rest))
    for m in rest:
        d.add("  %s (%s): %s" % (m.who.native, _stamp(r, base)[11:16], m.text), m.item)
    return d


# ---------------------------------------------------------------- tickets
def mantis(ctx, r, code, msgs, base, L):
    n = r.randrange(100, 4000)
    d = Doc("tickets/mantisbt-export-%d.xml" % n, free_text=True, lang=code)
    d.add('<?xml version="1.0" encoding="UTF-8"?>')
    d.add('<mantis version="2.26.1" urlbase="https://bugs.%s/" issuelink="#" notelink="~" format="1">' % ctx.domain)
    d.add("  <issue>")
    d.add("    <id>%d</id>" % n)
    d.add('    <project id="%d">%s</project>' % (r.randrange(1, 9), xml_esc(ctx.org)))
    d.add('    <reporter id="%d">%s</reporter>' % (r.randrange(2, 60), msgs[0].who.handle))
    d.add("    <summary>%s</summary>" % xml_esc(_title(ctx, r, L)))
    _shown(msgs[0].item, xml_esc)
    d.add("    <description>%s</description>" % xml_esc(msgs[0].text), msgs[0].item)
    d.add("    <bugnotes>")
    for m in msgs[1:]:
        _shown(m.item, xml_esc)
        d.add("      <bugnote>")
        d.add('        <reporter id="%d">%s</reporter>' % (r.randrange(2, 60), m.who.handle))
        d.add("        <note>%s</note>" % xml_esc(m.text), m.item)
        d.add("        <date_submitted>%d</date_submitted>" % (1735700000 + base[0]))
        base[0] += r.randrange(300, 9000)
        d.add("      </bugnote>")
    d.add("    </bugnotes>")
    d.add("  </issue>")
    d.add("</mantis>")
    return d


def _json_thread(d, r, msgs, base, fmt):
    for i, m in enumerate(msgs):
        _shown(m.item, _jesc)
        d.add("    " + fmt(m, _iso(_stamp(r, base))) + ("," if i < len(msgs) - 1 else ""), m.item)


def faveo(ctx, r, code, msgs, base, L):
    num = "%s-%04d-%04d" % (pick(r, ["AAAA", "AAAB", "AAAC"]), r.randrange(10000), r.randrange(10000))
    d = Doc("tickets/faveo-%s.json" % num, free_text=True, lang=code)
    d.add("{")
    d.add('  "ticket_number": "%s",' % num)
    d.add('  "subject": %s,' % json_str(_title(ctx, r, L)))
    d.add('  "status": "%s",' % pick(r, ["Open", "Resolved", "Closed"]))
    d.add('  "threads": [')
    _json_thread(d, r, msgs, base, lambda m, ts: '{"poster": "%s", "user_name": %s, "created_at": "%s", "body": %s}' % (
        pick(r, ["client", "support"]), json_str(m.who.latin), ts, json_str(m.text)))
    d.add("  ]")
    d.add("}")
    return d


def peppermint(ctx, r, code, msgs, base, L):
    d = Doc("tickets/peppermint-%d.json" % r.randrange(100, 999), free_text=True, lang=code)
    d.add("{")
    d.add('  "id": "%s",' % ruuid(r))
    d.add('  "title": %s,' % json_str(_title(ctx, r, L)))
    d.add('  "priority": "%s",' % pick(r, ["low", "medium", "high"]))
    d.add('  "comments": [')
    _json_thread(d, r, msgs, base, lambda m, ts: '{"text": %s, "user": {"name": %s}, "createdAt": "%s", "public": %s}' % (
        json_str(m.text), json_str(m.who.latin), ts, pick(r, ["true", "false"])))
    d.add("  ]")
    d.add("}")
    return d


def dixa(ctx, r, code, msgs, base, L):
    d = Doc("tickets/dixa-conversation-%d.json" % r.randrange(10 ** 5, 10 ** 6), free_text=True, lang=code)
    d.add("{")
    d.add('  "id": %d,' % r.randrange(10 ** 5, 10 ** 6))
    d.add('  "channel": "%s",' % pick(r, ["widget_chat", "email", "messenger"]))
    d.add('  "queue": %s,' % json_str(ctx.org))
    d.add('  "messages": [')
    _json_thread(d, r, msgs, base, lambda m, ts: '{"author": {"display_name": %s}, "direction": "%s", "text": %s, "created_at": "%s"}' % (
        json_str(m.who.latin), pick(r, ["inbound", "outbound"]), json_str(m.text), ts))
    d.add("  ]")
    d.add("}")
    return d


# ---------------------------------------------------------------- e-mail
def _mail(d, ctx, r, msgs, base, L, agent):
    a, b = msgs[0].who, msgs[-1].who
    d.add("From: %s <%s>" % (b.latin, b.email))
    d.add("To: %s <%s>" % (a.latin, a.email))
    d.add("Subject: Re: %s" % _title(ctx, r, L))
    _stamp(r, base, (3600, 86400))
    d.add("Date: " + (EPOCH + datetime.timedelta(seconds=base[0])).strftime("%a, %d %b %Y %H:%M:%S +0000"))
    d.add("Message-ID: <%s@%s>" % (rhex(r, 24), ctx.domain))
    d.add(agent)
    d.add("MIME-Version: 1.0")
    d.add("Content-Type: text/plain; charset=UTF-8")
    d.add("Content-Transfer-Encoding: 8bit")
    d.add("")
    cut = r.randrange(0, max(1, len(msgs) // 2) + 1)
    while 0 < cut < len(msgs) and msgs[cut].item is not None and "id_value" in getattr(msgs[cut].item, "extra", {}):
        cut -= 1                      # keep a key ID and its secret together
    for m in msgs[cut:]:
        d.add(m.text, m.item)
        if r.random() < .3:
            d.add("")
    d.add("")
    d.add("-- ")
    d.add(b.native)
    if cut:
        d.add("")
        d.add("On %s, %s wrote:" % (_stamp(r, base)[:10], a.latin))
        for m in msgs[:cut]:
            d.add("> " + m.text, m.item)


def claws(ctx, r, code, msgs, base, L):
    d = Doc("Mail/inbox/%d" % r.randrange(1, 400), free_text=True, lang=code)
    d.add("Return-Path: <%s>" % msgs[-1].who.email)
    d.add("Received: from mail.%s by imap.%s with LMTP; %s" % (ctx.domain, ctx.domain, _stamp(r, base)))
    _mail(d, ctx, r, msgs, base, L, "X-Mailer: Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)")
    return d


def mailspring(ctx, r, code, msgs, base, L):
    d = Doc("mail/mailspring-%s.eml" % rhex(r, 8), crlf=True, free_text=True, lang=code)
    _mail(d, ctx, r, msgs, base, L, "User-Agent: Mailspring")
    return d


# ---------------------------------------------------------------- wiki and notes
def _md_body(d, msgs, r, bullet=True):
    for m in msgs:
        if m.table:
            d.add("")
            _md_table(d, m)
            d.add("")
        elif m.text.startswith("## "):
            d.add("")
            d.add(m.text)
        else:
            d.add(("- " if bullet and r.random() < .6 else "") + m.text, m.item)


def guru(ctx, r, code, msgs, base, L):
    title = _title(ctx, r, L)
    d = Doc("wiki/guru-card-%s.html" % rhex(r, 8), free_text=True, lang=code)
    d.add('<!DOCTYPE html>')
    d.add('<html><head><meta charset="utf-8"><title>%s</title></head><body>' % html.escape(title, False))
    d.add('<div class="ghq-card-title">%s</div>' % html.escape(title, False))
    d.add('<div class="ghq-card-content">')
    for m in msgs:
        if m.table:
            d.add("<table>")
            d.add("<tr>" + "".join("<th>%s</th>" % html.escape(c, False) for c in m.table[0][0]) + "</tr>")
            for cells, it in m.table[1:]:
                d.add("<tr>" + "".join("<td>%s</td>" % html.escape(c, False) for c in cells) + "</tr>", it)
            d.add("</table>")
        else:
            _shown(m.item, lambda s: html.escape(s, False))
            if m.item is None and m.text.endswith(":"):
                d.add("<h3>%s</h3>" % html.escape(m.text[:-1], False))
            else:
                d.add("<p>%s</p>" % html.escape(m.text, False), m.item)
    d.add("</div>")
    d.add('<div class="ghq-card-meta">Verified by %s &middot; %s</div>' % (html.escape(msgs[0].who.latin), _stamp(r, base)[:10]))
    d.add("</body></html>")
    return d


def nc_notes(ctx, r, code, msgs, base, L):
    title = _title(ctx, r, L)
    d = Doc("Notes/%s/%s.md" % (pick(r, ["Ops", "Shop", "Office"]), "note-" + rhex(r, 6)), free_text=True, lang=code)
    d.add("# " + title)
    d.add("")
    _md_body(d, msgs, r)
    return d


def capacities(ctx, r, code, msgs, base, L):
    title = _title(ctx, r, L)
    d = Doc("notes/capacities/%s.md" % rhex(r, 10), free_text=True, lang=code)
    d.add("---")
    d.add("type: Page")
    d.add("title: %s" % json_str(title))
    d.add("tags: [ops, %s]" % ctx.slug)
    d.add("createdAt: %s" % _iso(_stamp(r, base)))
    d.add("---")
    d.add("")
    _md_body(d, msgs, r)
    return d


def appflowy(ctx, r, code, msgs, base, L):
    title = _title(ctx, r, L)
    d = Doc("notes/appflowy-%s.md" % rhex(r, 8), free_text=True, lang=code)
    d.add("# " + title)
    d.add("")
    half = len(msgs) // 2
    _md_body(d, msgs[:half], r)
    d.add("")
    d.add("## " + ctx.org)
    for m in msgs[half:]:
        if m.table:
            _md_table(d, m)
        elif m.text.startswith("## "):
            d.add("#" + m.text)
        else:
            d.add(pick(r, ["- [ ] ", "- [x] ", "> "]) + m.text, m.item)
    return d


# ---------------------------------------------------------------- meetings
def sembly(ctx, r, code, msgs, base, L):
    d = Doc("meetings/sembly-%s.txt" % rhex(r, 8), free_text=True, lang=code)
    d.add(_title(ctx, r, L))
    d.add("%s · %d participants" % (_stamp(r, base)[:10], len({m.who.handle for m in msgs})))
    d.add("")
    sec = r.randrange(30, 300)
    for m in msgs:
        sec += r.randrange(5, 90)
        d.add("%s  %s" % (m.who.latin, _hms(sec)))
        d.add(m.text, m.item)
        d.add("")
    return d


def supernormal(ctx, r, code, msgs, base, L):
    d = Doc("meetings/supernormal-%s.md" % rhex(r, 8), free_text=True, lang=code)
    d.add("# " + _title(ctx, r, L))
    d.add("")
    d.add("**Date:** %s  " % _stamp(r, base)[:10])
    d.add("**Attendees:** " + ", ".join(sorted({m.who.latin for m in msgs})))
    d.add("")
    d.add("## Transcript")
    sec = r.randrange(10, 200)
    for m in msgs:
        sec += r.randrange(5, 60)
        if m.table:
            _md_table(d, m)
        else:
            d.add("**%s** (%s): %s" % (m.who.latin, _hms(sec)[3:], m.text), m.item)
    return d


def descript(ctx, r, code, msgs, base, L):
    d = Doc("meetings/descript-transcript-%s.txt" % rhex(r, 6), free_text=True, lang=code)
    sec = r.randrange(0, 120)
    for m in msgs:
        sec += r.randrange(4, 70)
        d.add("[%s] %s: %s" % (_hms(sec), m.who.native, m.text), m.item)
    return d


# ---------------------------------------------------------------- hand-over and how-to
def handover(ctx, r, code, msgs, base, L):
    d = Doc("handover/%s-%s.txt" % (pick(r, ["handover", "shift-notes", "overdracht"]), rhex(r, 4)), free_text=True, lang=code)
    d.add("%s — %s" % (L["handover"], ctx.org_native))
    d.add(_stamp(r, base)[:10] + "  " + msgs[0].who.native)
    d.add("")
    num = r.random() < .5
    i = 0
    for m in msgs:
        if m.item is None and m.text.endswith(":"):
            d.add("")
            d.add(m.text)
            continue
        i += 1
        d.add(("%d. " % i if num else "* ") + m.text, m.item)
    return d


def howto(ctx, r, code, msgs, base, L):
    slug, name = ctx.system(r)
    d = Doc("docs/howto-%s.md" % slug, free_text=True, lang=code)
    d.add("# " + L["howto"].format(sys=name if L is ctx.L else slug))
    d.add("")
    step = 0
    for m in msgs:
        if m.table:
            d.add("")
            _md_table(d, m)
            d.add("")
        elif m.text.startswith("## "):
            d.add("")
            d.add(m.text)
        else:
            step += 1
            d.add("%d. %s" % (step, m.text), m.item)
    return d


CHAT = [jami, beekeeper, staffbase, band]
THREAD = [mantis, faveo, peppermint, dixa, claws, mailspring, guru, nc_notes, capacities, appflowy, sembly,
          supernormal, descript, handover, howto]
ALL = CHAT + THREAD
CAPS = {nc_notes: ("md", "table", "doc"), capacities: ("md", "table", "doc"), appflowy: ("md", "table", "doc"),
        howto: ("md", "table", "doc"), supernormal: ("md", "table"), guru: ("table", "doc"), handover: ("doc",)}
NAMES = {f: f.__name__ for f in ALL}


def render(ctx, r, fmt, code, n_sec, n_neg):
    L = ctx.L if code != "en" else ctx.EN
    msgs = script(ctx, r, code, n_sec, n_neg, CAPS.get(fmt, ()))
    base = [r.randrange(0, 10 ** 7)]                  # seconds after EPOCH
    if fmt in CHAT:
        return fmt(ctx, r, code, msgs, base)
    return fmt(ctx, r, code, msgs, base, L)
