"""The twenty free-text formats. Each renderer turns a list of Msg into a Doc and attaches the labels."""
import datetime

from core32 import Doc, hesc, jstr, rhex, uuid4, when, xesc
import prose32

FORMATS = ["icq", "missive", "wickr", "helpy", "vivantio", "deskero", "betterbird", "kmail", "emclient", "bluespice",
           "antora", "document360", "vowel", "trint", "fluxbb", "answer", "misago", "handover", "readme", "minutes"]
MAIL = {"betterbird", "kmail", "emclient"}
TABLES = {"bluespice", "antora", "document360", "readme", "handover"}
NO_ASK = [k for k in prose32.SECRET_KINDS if k != "ask"]


class Placer:
    """Appends rendered lines for a message and attaches its label (or pair span) to the right line."""

    def __init__(self, doc):
        self.doc = doc
        self.pair_start = None

    def put(self, msg, lines):
        d = self.doc
        start = len(d.lines)
        d.add(*lines)
        end = len(d.lines) - 1
        if msg is None:
            return

        def find(v):
            for i in range(start, end + 1):
                if v in d.lines[i]:
                    return i
            raise ValueError("%s: %r not rendered" % (d.path, v))
        if msg.lab:
            kind, v, cat, extra = msg.lab
            d._label(find(v), kind, v, cat, **extra)
        if msg.pair:
            if msg.pair[0] == "id":
                self.pair_start = find(msg.pair[1])
            else:
                _, v, cat, kid, extra = msg.pair
                i = find(v)
                d._label(i, "secret", v, cat, span=(self.pair_start, i), id_value=kid, **extra)
                self.pair_start = None


def _t(r):
    return when(r)


def _name(m, ctx):
    return m.author[0] if m.author else ctx.people[0][0]


def _counts(r):
    return (r.choice([1, 1, 1, 1, 2]), r.choice([1, 1, 1, 2]))


# ------------------------------------------------------------------ chat
def icq(ctx, L, r, path, lang):
    msgs = prose32.conversation(ctx, L, r, *_counts(r))
    d = Doc(path, free_text=True, lang=lang, fmt="icq")
    p = Placer(d)
    other = ctx.people[1]
    d.add("ICQ chat history: %s (UIN %d)" % (other[0], r.randrange(10 ** 8, 10 ** 9)), "=" * 52, "")
    t = _t(r)
    for m in msgs:
        t += datetime.timedelta(seconds=r.randrange(20, 900))
        p.put(m, ["%s %s:" % (t.strftime("%d.%m.%Y %H:%M:%S"), _name(m, ctx))] + m.text.split("\n") + [""])
    return d


def missive(ctx, L, r, path, lang):
    msgs = prose32.conversation(ctx, L, r, *_counts(r))
    d = Doc(path, free_text=True, lang=lang, fmt="missive")
    p = Placer(d)
    t = _t(r)
    d.add("{", '  "conversation": {', '    "id": %s,' % jstr(uuid4(r)),
          '    "subject": %s,' % jstr(r.choice(L["subjects"]).format(sys=ctx.sysname(r))),
          '    "team": %s,' % jstr(ctx.org), '    "comments": [')
    for i, m in enumerate(msgs):
        t += datetime.timedelta(seconds=r.randrange(30, 1800))
        who = m.author or ctx.people[0]
        p.put(m, ["      {", '        "created_at": %d,' % int((t - datetime.datetime(1970, 1, 1)).total_seconds()),
                  '        "author": {"name": %s, "email": %s},' % (jstr(who[0]), jstr(ctx.email(who))),
                  '        "body": %s' % jstr(m.text), "      }" + ("," if i < len(msgs) - 1 else "")])
    d.add("    ]", "  }", "}")
    return d


def wickr(ctx, L, r, path, lang):
    msgs = prose32.conversation(ctx, L, r, *_counts(r))
    d = Doc(path, free_text=True, lang=lang, fmt="wickr")
    p = Placer(d)
    t = _t(r)
    d.add("Wickr room: #%s-%s  (exported %s)" % (ctx.short, ctx.sysname(r), t.strftime("%Y-%m-%d")), "")
    for m in msgs:
        t += datetime.timedelta(seconds=r.randrange(10, 600))
        lines = m.text.split("\n")
        who = (m.author or ctx.people[0])[1]
        p.put(m, ["[%s UTC] %s: %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), who, lines[0])] + ["    " + x for x in lines[1:]])
    return d


# ------------------------------------------------------------------ tickets
def helpy(ctx, L, r, path, lang):
    msgs = prose32.conversation(ctx, L, r, *_counts(r))
    d = Doc(path, free_text=True, lang=lang, fmt="helpy")
    p = Placer(d)
    t = _t(r)
    d.add("{", '  "ticket": {', '    "id": %d,' % r.randrange(1000, 9999),
          '    "subject": %s,' % jstr(r.choice(L["subjects"]).format(sys=ctx.sysname(r))),
          '    "status": "%s",' % r.choice(["open", "pending", "resolved"]), '    "posts": [')
    for i, m in enumerate(msgs):
        t += datetime.timedelta(minutes=r.randrange(2, 240))
        who = m.author or ctx.people[0]
        p.put(m, ["      {", '        "user": %s,' % jstr(who[0]), '        "kind": "%s",' % r.choice(["reply", "note", "reply"]),
                  '        "created_at": "%s",' % t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                  '        "body": %s' % jstr(m.text), "      }" + ("," if i < len(msgs) - 1 else "")])
    d.add("    ]", "  }", "}")
    return d


def vivantio(ctx, L, r, path, lang):
    msgs = prose32.conversation(ctx, L, r, *_counts(r))
    d = Doc(path, free_text=True, lang=lang, fmt="vivantio")
    p = Placer(d)
    t = _t(r)
    d.add('<?xml version="1.0" encoding="UTF-8"?>', "<Tickets>",
          '  <Ticket Id="%d" Reference="INC-%05d">' % (r.randrange(10 ** 5, 10 ** 6), r.randrange(10 ** 5)),
          "    <Title>%s</Title>" % xesc(r.choice(L["subjects"]).format(sys=ctx.sysname(r))), "    <Notes>")
    for m in msgs:
        t += datetime.timedelta(minutes=r.randrange(2, 300))
        lines = xesc(m.text).split("\n")
        who = (m.author or ctx.people[0])[0]
        body = ["        <Text>%s</Text>" % lines[0]] if len(lines) == 1 else (
            ["        <Text>%s" % lines[0]] + lines[1:-1] + [lines[-1] + "</Text>"])
        p.put(m, ['      <Note Author="%s" Date="%s">' % (xesc(who), t.strftime("%Y-%m-%dT%H:%M:%S"))] + body + ["      </Note>"])
    d.add("    </Notes>", "  </Ticket>", "</Tickets>")
    return d


def _csv(s):
    return '"%s"' % s.replace('"', '""') if any(c in s for c in ',"\n') else s


def deskero(ctx, L, r, path, lang):
    msgs = prose32.conversation(ctx, L, r, *_counts(r))
    d = Doc(path, free_text=True, lang=lang, fmt="deskero")
    p = Placer(d)
    t = _t(r)
    tid = r.randrange(10 ** 4, 10 ** 5)
    d.add("ticket_id,created,author,channel,message")
    for m in msgs:
        t += datetime.timedelta(minutes=r.randrange(1, 180))
        who = (m.author or ctx.people[0])[0]
        p.put(m, ["%d,%s,%s,%s,%s" % (tid, t.strftime("%Y-%m-%d %H:%M"), _csv(who), r.choice(["email", "web", "chat"]),
                                      _csv(m.text))])
    return d


# ------------------------------------------------------------------ mail
def _mail(ctx, L, r, path, lang, fmt, crlf, agent):
    msgs = prose32.conversation(ctx, L, r, *_counts(r), n_chat=r.randrange(1, 3), allow=NO_ASK)
    d = Doc(path, crlf=crlf, free_text=True, lang=lang, fmt=fmt)
    p = Placer(d)
    a, b = ctx.people[0], ctx.people[1]
    t = _t(r)
    subj = r.choice(L["subjects"]).format(sys=ctx.sysname(r))
    d.add("From: %s <%s>" % (a[0], ctx.email(a)), "To: %s <%s>" % (b[0], ctx.email(b)), "Subject: %s" % subj,
          "Date: %s" % t.strftime("%a, %d %b %Y %H:%M:%S +0000"),
          "Message-ID: <%s@%s>" % (rhex(r, 16), ctx.domain), agent, "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=UTF-8" + ("; format=flowed" if fmt == "emclient" else ""),
          "Content-Transfer-Encoding: 8bit", "", L["greet"].format(who=b[0].split()[0]), "")
    for m in msgs:
        p.put(m, m.text.split("\n") + [""])
    d.add(L["close"], a[0], "")
    t2 = t - datetime.timedelta(hours=r.randrange(2, 30))
    d.add("%s, %s <%s>:" % (t2.strftime("%d.%m.%Y %H:%M"), b[0], ctx.email(b)))
    for c in r.sample(L["chatter"], 2):
        d.add("> " + c)
    return d


def betterbird(ctx, L, r, path, lang):
    return _mail(ctx, L, r, path, lang, "betterbird", True,
                 "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Betterbird/128.6.0esr")


def kmail(ctx, L, r, path, lang):
    return _mail(ctx, L, r, path, lang, "kmail", False, "User-Agent: KMail/6.2.3 (Linux/6.8.0-51-generic; KDE/6.10.0; x86_64)")


def emclient(ctx, L, r, path, lang):
    return _mail(ctx, L, r, path, lang, "emclient", True, "X-Mailer: eM Client 10.1.4828.0")


# ------------------------------------------------------------------ wiki / docs
def _split(ctx, L, r):
    """Conversation items for a document, plus table rows when the format has tables."""
    n_sec, n_neg = _counts(r)
    msgs = prose32.conversation(ctx, L, r, max(0, n_sec - 1), max(0, n_neg - 1), allow=NO_ASK, doc=True)
    rows = prose32.table_rows(ctx, L, r, 1)
    return msgs, rows


def bluespice(ctx, L, r, path, lang):
    msgs, rows = _split(ctx, L, r)
    d = Doc(path, free_text=True, lang=lang, fmt="bluespice")
    p = Placer(d)
    h = L["headings"]
    d.add("__TOC__", "== %s ==" % h[0], "{| class=\"wikitable sortable\"", "! %s !! %s !! %s !! %s" % L["table"])
    for m in rows:
        s, u, v, n = m.row
        p.put(m, ["|-", "| %s || %s || %s || %s" % (s, u, "<code>%s</code>" % v, n or "—")])
    d.add("|}", "", "== %s ==" % h[3])
    for m in msgs:
        lines = m.text.split("\n")
        p.put(m, ["* " + lines[0]] + [": " + x for x in lines[1:]])
    d.add("", "[[Category:%s]]" % ctx.org.replace(" ", "_"))
    return d


def antora(ctx, L, r, path, lang):
    msgs, rows = _split(ctx, L, r)
    d = Doc(path, free_text=True, lang=lang, fmt="antora")
    p = Placer(d)
    h = L["headings"]
    t = _t(r)
    d.add("= %s: %s" % (L["readme"], ctx.sysname(r)), ":page-author: %s" % ctx.people[0][0],
          ":revdate: %s" % t.strftime("%Y-%m-%d"), ":description: %s" % ctx.org, "", "== %s" % h[0], "",
          '[cols="1,1,2,1",options="header"]', "|===", "|%s |%s |%s |%s" % L["table"], "")
    for m in rows:
        s, u, v, n = m.row
        p.put(m, ["|%s |%s |`%s` |%s" % (s, u, v, n or "-")])
    d.add("|===", "", "== %s" % h[3], "")
    for m in msgs:
        lines = m.text.split("\n")
        p.put(m, [lines[0]] + (["+", "....", lines[1], "...."] if len(lines) > 1 else []) + [""])
    return d


def document360(ctx, L, r, path, lang):
    msgs, rows = _split(ctx, L, r)
    d = Doc(path, free_text=True, lang=lang, fmt="document360")
    p = Placer(d)
    h = L["headings"]
    t = _t(r)
    title = "%s — %s" % (L["readme"], ctx.sysname(r))
    d.add("---", "title: %s" % jstr(title), "slug: %s-%s" % (ctx.short, rhex(r, 6)), "category: %s" % jstr(h[0]),
          "visibility: internal", "last_modified: %s" % t.strftime("%Y-%m-%dT%H:%M:%SZ"), "---", "", "# " + title, "",
          "## " + h[0], "", "| %s | %s | %s | %s |" % L["table"], "|---|---|---|---|")
    for m in rows:
        s, u, v, n = m.row
        p.put(m, ["| %s | %s | `%s` | %s |" % (s, u, v, n or " ")])
    d.add("", "## " + h[3], "")
    for m in msgs:
        lines = m.text.split("\n")
        p.put(m, ["- " + lines[0]] + ["  " + x for x in lines[1:]])
    return d


# ------------------------------------------------------------------ meetings
def vowel(ctx, L, r, path, lang):
    msgs = prose32.conversation(ctx, L, r, *_counts(r))
    d = Doc(path, free_text=True, lang=lang, fmt="vowel")
    p = Placer(d)
    t = _t(r)
    d.add("# %s — %s" % (L["title_minutes"], t.strftime("%Y-%m-%d")), "",
          "**%s:** %s" % (L["minutes"][0], ", ".join(x[0] for x in ctx.people[:4])),
          "**Vowel:** recording and transcript kept for 30 days", "", "## Notes", "")
    for m in msgs:
        lines = m.text.split("\n")
        p.put(m, ["- **%s**: %s" % (_name(m, ctx), lines[0])] + ["  " + x for x in lines[1:]])
    d.add("", "## Action items", "", "- [ ] %s — %s" % (ctx.people[2][0], r.choice(L["chatter"])))
    return d


def trint(ctx, L, r, path, lang):
    msgs = prose32.conversation(ctx, L, r, *_counts(r))
    d = Doc(path, free_text=True, lang=lang, fmt="trint")
    p = Placer(d)
    t = _t(r)
    d.add(L["title_minutes"], "Transcribed by Trint · %s" % t.strftime("%d %b %Y"), "")
    sec = 0
    for m in msgs:
        sec += r.randrange(5, 90)
        p.put(m, ["[%02d:%02d:%02d] %s" % (sec // 3600, sec // 60 % 60, sec % 60, _name(m, ctx))] + m.text.split("\n") + [""])
    return d


# ------------------------------------------------------------------ forums
def fluxbb(ctx, L, r, path, lang):
    msgs = prose32.conversation(ctx, L, r, *_counts(r))
    d = Doc(path, free_text=True, lang=lang, fmt="fluxbb")
    p = Placer(d)
    t = _t(r)
    d.add("Topic: %s" % r.choice(L["subjects"]).format(sys=ctx.sysname(r)), "Forum: %s » Intern" % ctx.org, "-" * 64)
    for i, m in enumerate(msgs):
        t += datetime.timedelta(minutes=r.randrange(3, 400))
        lines = m.text.split("\n")
        body = [lines[0]] + (["[code]%s[/code]" % x for x in lines[1:]])
        p.put(m, ["#%d  [b]%s[/b]  %s" % (i + 1, _name(m, ctx), t.strftime("%Y-%m-%d %H:%M"))] + body + [""])
    return d


def answer(ctx, L, r, path, lang):
    msgs = prose32.conversation(ctx, L, r, *_counts(r))
    d = Doc(path, free_text=True, lang=lang, fmt="answer")
    p = Placer(d)
    t = _t(r)
    sys = ctx.sysname(r)
    first = prose32.Msg(ctx.people[-1], prose32._fmt(L, "ask", ctx, r, sys=sys))
    d.add("# %s" % r.choice(L["subjects"]).format(sys=sys),
          "> %s · %s · tags: `%s` `%s`" % (_name(first, ctx), t.strftime("%Y-%m-%d"), ctx.short, sys), "")
    p.put(first, first.text.split("\n") + [""])
    for m in msgs[1:]:
        kind = r.choice(["Answer", "Comment", "Comment"])
        p.put(m, ["## %s — %s" % (kind, _name(m, ctx))] + m.text.split("\n") + [""])
    return d


def misago(ctx, L, r, path, lang):
    msgs = prose32.conversation(ctx, L, r, *_counts(r))
    d = Doc(path, free_text=True, lang=lang, fmt="misago")
    p = Placer(d)
    t = _t(r)
    d.add("{", '  "id": %d,' % r.randrange(100, 9999),
          '  "title": %s,' % jstr(r.choice(L["subjects"]).format(sys=ctx.sysname(r))),
          '  "category": %s,' % jstr(ctx.org), '  "posts": [')
    for i, m in enumerate(msgs):
        t += datetime.timedelta(minutes=r.randrange(1, 300))
        who = m.author or ctx.people[0]
        html = "<p>" + "<br>".join(hesc(x) for x in m.text.split("\n")) + "</p>"
        p.put(m, ['    {"poster": %s, "posted_on": "%s",' % (jstr(who[1]), t.strftime("%Y-%m-%dT%H:%M:%S.000000Z")),
                  '     "content": %s}%s' % (jstr(html), "," if i < len(msgs) - 1 else "")])
    d.add("  ]", "}")
    return d


# ------------------------------------------------------------------ notes
def handover(ctx, L, r, path, lang):
    msgs, rows = _split(ctx, L, r)
    d = Doc(path, free_text=True, lang=lang, fmt="handover")
    p = Placer(d)
    t = _t(r)
    h = L["headings"]
    d.add("%s — %s" % (L["handover"], ctx.org), "%s → %s, %s" % (ctx.people[0][0], ctx.people[1][0], t.strftime("%d.%m.%Y")),
          "", "%s:" % h[0])
    for m in rows:
        s, u, v, n = m.row
        p.put(m, ["  %-12s %-16s %s" % (s, u, v)])
    d.add("", "%s:" % h[3])
    for m in msgs:
        lines = m.text.split("\n")
        p.put(m, ["  - " + lines[0]] + ["      " + x for x in lines[1:]])
    return d


def readme(ctx, L, r, path, lang):
    msgs, rows = _split(ctx, L, r)
    d = Doc(path, free_text=True, lang=lang, fmt="readme")
    p = Placer(d)
    h = L["headings"]
    d.add("# %s — %s" % (ctx.org, L["readme"]), "", "## " + h[0], "", "| %s | %s | %s | %s |" % L["table"], "| --- | --- | --- | --- |")
    for m in rows:
        s, u, v, n = m.row
        p.put(m, ["| %s | %s | %s | %s |" % (s, u, v, n or "")])
    d.add("", "## " + h[3], "")
    for m in msgs:
        lines = m.text.split("\n")
        p.put(m, [lines[0]] + (["", "```", lines[1], "```"] if len(lines) > 1 else []) + [""])
    return d


def minutes(ctx, L, r, path, lang):
    msgs = prose32.conversation(ctx, L, r, *_counts(r), allow=NO_ASK, doc=True)
    d = Doc(path, free_text=True, lang=lang, fmt="minutes")
    p = Placer(d)
    t = _t(r)
    pres, dec, act = L["minutes"]
    d.add("# %s, %s" % (L["title_minutes"], t.strftime("%d.%m.%Y")), "", "**%s:** %s" % (pres, ", ".join(x[0] for x in ctx.people[:5])),
          "", "## " + dec, "")
    half = len(msgs) // 2
    for m in msgs[:half]:
        lines = m.text.split("\n")
        p.put(m, ["1. " + lines[0]] + ["   " + x for x in lines[1:]])
    d.add("", "## " + act, "")
    for m in msgs[half:]:
        lines = m.text.split("\n")
        p.put(m, ["- %s: %s" % (_name(m, ctx), lines[0])] + ["  " + x for x in lines[1:]])
    return d


PATHS = {
    "icq": "chat/icq-history-{h}.txt", "missive": "chat/missive-{s}.json", "wickr": "chat/wickr-{s}.txt",
    "helpy": "tickets/helpy-{n}.json", "vivantio": "tickets/vivantio-{n}.xml", "deskero": "tickets/deskero-{n}.csv",
    "betterbird": "mail/{s}.eml", "kmail": "mail/kmail/cur/17{n}.{h}.mail:2,S", "emclient": "mail/emclient-{n}.eml",
    "bluespice": "wiki/{S}.wiki", "antora": "docs/modules/ROOT/pages/{s}.adoc", "document360": "kb/{s}.md",
    "vowel": "meetings/vowel-{d}.md", "trint": "meetings/trint-{d}.txt", "fluxbb": "forum/fluxbb-topic-{n}.txt",
    "answer": "forum/answer-{n}.md", "misago": "forum/misago-thread-{n}.json", "handover": "notes/handover-{d}.txt",
    "readme": "ops/README.md", "minutes": "meetings/minutes-{d}.md",
}
RENDER = {k: globals()[k] for k in FORMATS}
