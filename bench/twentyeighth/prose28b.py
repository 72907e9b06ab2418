"""Free-text formats: eleven slots, each with one to three export formats."""

import datetime
import json

from core28 import Doc, rstr, HEXL, uuid4, json_str


def P(c, *parts):
    return "/".join((c.dir,) + parts)


def emit(d, text, label):
    if label is None:
        d.add(text)
    elif label["kind"] == "secret":
        d.sec(text, label["value"], label["category"], group=label["group"], note=label.get("note"))
    else:
        d.neg(text, label["value"], label["category"])


def emit_list(d, items):
    """items: (line, label); commas after all but the last (JSON arrays)."""
    for i, (line, lab) in enumerate(items):
        emit(d, line + ("," if i < len(items) - 1 else ""), lab)


def times(c, r, n):
    t = c.when(r)
    out = []
    for _ in range(n):
        t = t + datetime.timedelta(minutes=r.randrange(1, 40), seconds=r.randrange(60))
        out.append(t)
    return out


def nm(p, L):
    return p["native"] if L["code"] != "en" else p["latin"]


def hesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ team chat
def dingtalk(c, r, L, msgs, sysname):
    d = Doc(P(c, "comms", "dingtalk-ops-group.txt"), "prose")
    ts = times(c, r, len(msgs))
    d.add("DingTalk group chat export", "Group: %s · %s" % (c.org, sysname),
          "Exported: %s" % (ts[-1] + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"), "-" * 30)
    for (p, text, lab), t in zip(msgs, ts):
        d.add("%s %s" % (nm(p, L), t.strftime("%Y-%m-%d %H:%M:%S")))
        emit(d, text, lab)
        d.add("")
    return d


def workplace(c, r, L, msgs, sysname):
    d = Doc(P(c, "comms", "workplace-chat-%s.json" % c.slug[:10]), "prose", fmt="json")
    ts = times(c, r, len(msgs))
    people = []
    for p, _, _ in msgs:
        if p not in people:
            people.append(p)
    d.add("{", '  "title": %s,' % json_str(sysname), '  "participants": [')
    emit_list(d, [('    {"name": %s}' % json_str(nm(p, L)), None) for p in people])
    d.add("  ],", '  "messages": [')
    emit_list(d, [('    {"sender_name": %s, "timestamp_ms": %d, "content": %s}' % (
        json_str(nm(p, L)), int(t.replace(tzinfo=datetime.timezone.utc).timestamp()) * 1000, json_str(text)), lab)
        for (p, text, lab), t in zip(msgs, ts)])
    d.add("  ]", "}")
    return d


def troop(c, r, L, msgs, sysname):
    d = Doc(P(c, "comms", "troop-messenger-export.txt"), "prose")
    ts = times(c, r, len(msgs))
    d.add("Troop Messenger - %s" % sysname, "")
    for (p, text, lab), t in zip(msgs, ts):
        emit(d, "[%s] %s: %s" % (t.strftime("%d/%m/%Y %H:%M"), nm(p, L), text), lab)
    return d


# ------------------------------------------------------------------ vendor live chat
def drift(c, r, L, msgs, sysname):
    d = Doc(P(c, "vendors", "drift-transcript-%d.txt" % r.randrange(10000, 99999)), "prose")
    ts = times(c, r, len(msgs))
    agent = msgs[0][0]
    d.add("Drift conversation #%d" % r.randrange(10 ** 9, 10 ** 10), "Topic: %s" % sysname,
          "Visitor: %s <%s>" % (agent["latin"], agent["email"]), "---")
    for (p, text, lab), t in zip(msgs, ts):
        role = "visitor" if p is agent else "agent"
        emit(d, "[%s] %s (%s): %s" % (t.strftime("%H:%M"), nm(p, L), role, text), lab)
    return d


def liveperson(c, r, L, msgs, sysname):
    d = Doc(P(c, "vendors", "liveperson-conversation.json"), "prose", fmt="json")
    ts = times(c, r, len(msgs))
    first = msgs[0][0]
    d.add("{", '  "conversationId": "%s",' % uuid4(r), '  "info": {"status": "CLOSE", "brandId": "%d"},' % r.randrange(10 ** 7, 10 ** 8),
          '  "messageRecords": [')
    emit_list(d, [('    {"type": "TEXT_PLAIN", "messageData": {"msg": {"text": %s}}, "sentBy": "%s", "time": "%s"}' % (
        json_str(text), "Consumer" if p is first else "Agent", t.strftime("%Y-%m-%d %H:%M:%S.000+0000")), lab)
        for (p, text, lab), t in zip(msgs, ts)])
    d.add("  ]", "}")
    return d


def freshchat(c, r, L, msgs, sysname):
    d = Doc(P(c, "vendors", "freshchat-conversation.json"), "prose", fmt="json")
    ts = times(c, r, len(msgs))
    first = msgs[0][0]
    d.add("{", '  "conversation_id": "%s",' % uuid4(r), '  "status": "resolved",', '  "messages": [')
    emit_list(d, [('    {"actor_type": "%s", "created_time": "%s", "message_parts": [{"text": {"content": %s}}]}' % (
        "user" if p is first else "agent", t.strftime("%Y-%m-%dT%H:%M:%S.000Z"), json_str(text)), lab)
        for (p, text, lab), t in zip(msgs, ts)])
    d.add("  ]", "}")
    return d


# ------------------------------------------------------------------ support tickets
def kustomer(c, r, L, msgs, sysname):
    d = Doc(P(c, "support", "kustomer-conversation.json"), "prose", fmt="json")
    ts = times(c, r, len(msgs))
    first = msgs[0][0]
    d.add("{", '  "data": [')
    emit_list(d, [('    {"type": "message", "attributes": {"channel": "chat", "direction": "%s", "preview": %s, "createdAt": "%s"}}' % (
        "in" if p is first else "out", json_str(text), t.strftime("%Y-%m-%dT%H:%M:%S.000Z")), lab)
        for (p, text, lab), t in zip(msgs, ts)])
    d.add("  ],", '  "meta": {"subject": %s}' % json_str(sysname), "}")
    return d


def reamaze(c, r, L, msgs, sysname):
    d = Doc(P(c, "support", "reamaze-conversation.txt"), "prose")
    ts = times(c, r, len(msgs))
    d.add("Re:amaze conversation export", "Subject: %s - %s" % (L["access"], sysname),
          "Customer: %s" % msgs[0][0]["email"], "")
    for (p, text, lab), t in zip(msgs, ts):
        d.add("== %s · %s ==" % (nm(p, L), t.strftime("%b %d, %Y %H:%M")))
        emit(d, text, lab)
        d.add("")
    return d


def gladly(c, r, L, msgs, sysname):
    d = Doc(P(c, "support", "gladly-conversation.jsonl"), "prose")
    ts = times(c, r, len(msgs))
    first = msgs[0][0]
    for (p, text, lab), t in zip(msgs, ts):
        emit(d, '{"id": "%s", "type": "CHAT_MESSAGE", "initiator": {"type": "%s"}, "content": {"content": %s}, "timestamp": "%s"}' % (
            rstr(r, HEXL, 22), "CUSTOMER" if p is first else "AGENT", json_str(text), t.strftime("%Y-%m-%dT%H:%M:%S.000Z")), lab)
    return d


# ------------------------------------------------------------------ issues
def _issue_md(c, r, L, msgs, sysname, path, key, tool):
    d = Doc(path, "prose")
    ts = times(c, r, len(msgs))
    d.add("# %s · %s: %s" % (key, L["access"], sysname), "",
          "%s export · Status: In progress · Assignee: %s" % (tool, msgs[0][0]["latin"]), "", "## Activity", "")
    for (p, text, lab), t in zip(msgs, ts):
        d.add("**%s** · %s" % (nm(p, L), t.strftime("%Y-%m-%d %H:%M")))
        emit(d, text, lab)
        d.add("")
    return d


def height(c, r, L, msgs, sysname):
    k = "T-%d" % r.randrange(100, 9999)
    return _issue_md(c, r, L, msgs, sysname, P(c, "issues", "height-%s.md" % k), k, "Height")


def huly(c, r, L, msgs, sysname):
    k = "OPS-%d" % r.randrange(10, 999)
    return _issue_md(c, r, L, msgs, sysname, P(c, "issues", "huly-%s.md" % k), k, "Huly")


# ------------------------------------------------------------------ incidents
def firehydrant(c, r, L, msgs, sysname):
    d = Doc(P(c, "incidents", "firehydrant-incident.json"), "prose", fmt="json")
    ts = times(c, r, len(msgs))
    d.add("{", '  "incident": {"number": %d, "name": %s, "severity": "SEV2"},' % (r.randrange(10, 500), json_str(
        L["incident"] + ": " + sysname)), '  "timeline": [')
    emit_list(d, [('    {"occurred_at": "%s", "author": %s, "body": %s}' % (
        t.strftime("%Y-%m-%dT%H:%M:%SZ"), json_str(nm(p, L)), json_str(text)), lab)
        for (p, text, lab), t in zip(msgs, ts)])
    d.add("  ]", "}")
    return d


def blameless(c, r, L, msgs, sysname):
    d = Doc(P(c, "incidents", "blameless-retrospective.md"), "prose")
    ts = times(c, r, len(msgs))
    d.add("# Retrospective: %s - %s" % (L["incident"], sysname), "", "Severity: SEV3 · Commander: %s" % msgs[0][0]["latin"],
          "", "## Timeline", "")
    for (p, text, lab), t in zip(msgs, ts):
        emit(d, "- %s %s: %s" % (t.strftime("%H:%M"), nm(p, L), text), lab)
    d.add("", "## Follow-ups", "", "- [ ] review access list")
    return d


def squadcast(c, r, L, msgs, sysname):
    d = Doc(P(c, "incidents", "squadcast-incident-notes.txt"), "prose")
    ts = times(c, r, len(msgs))
    d.add("Squadcast incident #%d - %s" % (r.randrange(1000, 99999), sysname), "Service: %s" % sysname, "Notes:", "")
    for (p, text, lab), t in zip(msgs, ts):
        emit(d, "%s | %s | %s" % (t.strftime("%Y-%m-%d %H:%M"), nm(p, L), text), lab)
    return d


# ------------------------------------------------------------------ e-mail
def eml(c, r, L, msgs, sysname):
    d = Doc(P(c, "mail", "%s-%d.eml" % (L["code"], r.randrange(1000, 9999))), "prose", crlf=True)
    ts = times(c, r, 1)
    a = msgs[0][0]
    b = msgs[1][0] if len(msgs) > 1 else c.people[0]
    d.add("From: %s <%s>" % (a["latin"], a["email"]), "To: %s <%s>" % (b["latin"], b["email"]),
          "Subject: %s: %s" % (L["access"], sysname), ts[0].strftime("Date: %a, %d %b %Y %H:%M:%S +0000"),
          "Message-ID: <%s@%s>" % (rstr(r, HEXL, 24), c.domain), "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "")
    for p, text, lab in msgs:
        emit(d, text, lab)
    d.add("", "--", a["latin"], c.org)
    return d


# ------------------------------------------------------------------ wiki
def tettra(c, r, L, msgs, sysname):
    d = Doc(P(c, "wiki", "tettra-%s.html" % c.system(r)[1]), "prose")
    d.add("<!DOCTYPE html>", '<html lang="%s"><head><meta charset="utf-8">' % L["code"],
          "<title>%s: %s</title></head>" % (L["runbook"], hesc(sysname)), "<body>",
          "<h1>%s: %s</h1>" % (L["runbook"], hesc(sysname)), "<p>Tettra · %s</p>" % hesc(c.org))
    for p, text, lab in msgs:
        if lab:
            lab = dict(lab, value=hesc(lab["value"]))
        emit(d, "<p>%s</p>" % hesc(text), lab)
    d.add("</body></html>")
    return d


def nuclino(c, r, L, msgs, sysname):
    d = Doc(P(c, "wiki", "nuclino-%s.md" % c.system(r)[1]), "prose")
    d.add("# %s: %s" % (L["runbook"], sysname), "", "_Exported from Nuclino_", "")
    for p, text, lab in msgs:
        emit(d, text, lab)
        d.add("")
    return d


# ------------------------------------------------------------------ meetings
def tldv(c, r, L, msgs, sysname):
    ts = times(c, r, 1)
    d = Doc(P(c, "meetings", "tldv-%s.md" % ts[0].strftime("%Y-%m-%d")), "prose")
    d.add("# %s - %s" % (L["meeting"], ts[0].strftime("%Y-%m-%d")), "", "Recorded with tl;dv · %s" % sysname, "",
          "## Transcript", "")
    sec = 60
    for p, text, lab in msgs:
        sec += r.randrange(20, 200)
        emit(d, "[%02d:%02d:%02d] %s: %s" % (sec // 3600, sec // 60 % 60, sec % 60, nm(p, L), text), lab)
    return d


def readai(c, r, L, msgs, sysname):
    ts = times(c, r, 1)
    d = Doc(P(c, "meetings", "readai-report-%s.md" % ts[0].strftime("%Y%m%d")), "prose")
    people = []
    for p, _, _ in msgs:
        if p not in people:
            people.append(p)
    d.add("# Read.ai meeting report: %s" % L["meeting"], "", "Date: %s" % ts[0].strftime("%Y-%m-%d %H:%M"),
          "Participants: %s" % ", ".join(nm(p, L) for p in people), "", "## Transcript", "")
    sec = 30
    for p, text, lab in msgs:
        sec += r.randrange(20, 200)
        emit(d, "%s (%02d:%02d): %s" % (nm(p, L), sec // 60, sec % 60, text), lab)
    return d


# ------------------------------------------------------------------ commit messages
def gitlog(c, r, L, msgs, sysname):
    d = Doc(P(c, "repo-notes", "git-log-fuller.txt"), "prose")
    ts = times(c, r, len(msgs))
    chunks = []
    i = 0
    while i < len(msgs):
        n = r.randrange(1, 3)
        chunks.append(msgs[i:i + n])
        i += n
    for ch, t in zip(chunks, ts):
        a = ch[0][0]
        sha = rstr(r, HEXL, 40)
        d.neg("commit %s" % sha, sha, "git-sha")
        d.add("Author:     %s <%s>" % (a["latin"], a["email"]), "AuthorDate: %s +0000" % t.strftime("%a %b %d %H:%M:%S %Y"),
              "Commit:     %s <%s>" % (a["latin"], a["email"]), "CommitDate: %s +0000" % t.strftime("%a %b %d %H:%M:%S %Y"),
              "", "    %s: %s" % (sysname, L["notes"]), "")
        for p, text, lab in ch:
            emit(d, "    " + text, lab)
        d.add("")
    return d


def pr_description(c, r, L, msgs, sysname):
    n = r.randrange(100, 4000)
    d = Doc(P(c, "repo-notes", "pull-request-%d.md" % n), "prose")
    d.add("## %s" % sysname, "", "Closes #%d" % r.randrange(10, 999), "", "### %s" % L["notes"], "")
    for p, text, lab in msgs:
        emit(d, "- " + text, lab)
    d.add("", "### Checklist", "", "- [x] tests pass", "- [ ] docs updated")
    return d


# ------------------------------------------------------------------ forum
def usenet(c, r, L, msgs, sysname):
    d = Doc(P(c, "forum", "usenet-%s-ops.txt" % c.slug[:10]), "prose")
    ts = times(c, r, len(msgs))
    for (p, text, lab), t in zip(msgs, ts):
        d.add("Path: news.%s!not-for-mail" % c.domain, "From: %s <%s>" % (p["latin"], p["email"]),
              "Newsgroups: local.%s.ops" % c.slug[:10], "Subject: Re: %s" % sysname,
              t.strftime("Date: %a, %d %b %Y %H:%M:%S +0000"), "Message-ID: <%s@news.%s>" % (rstr(r, HEXL, 12), c.domain), "")
        emit(d, text, lab)
        d.add("", "-- ", p["latin"], "")
    return d


def reddit(c, r, L, msgs, sysname):
    d = Doc(P(c, "forum", "reddit-thread-export.json"), "prose", fmt="json")
    d.add("[", '  {"kind": "t3", "data": {"title": %s, "subreddit": "%s"}},' % (json_str(sysname), c.slug[:12]),
          '  {"kind": "Listing", "data": {"children": [')
    emit_list(d, [('    {"kind": "t1", "data": {"author": "%s", "body": %s}}' % (p["handle"].replace(".", "_"), json_str(text)), lab)
                  for p, text, lab in msgs])
    d.add("  ]}}", "]")
    return d


# ------------------------------------------------------------------ form responses
def msforms(c, r, L, msgs, sysname):
    d = Doc(P(c, "forms", "ms-forms-access-requests.csv"), "prose")
    ts = times(c, r, len(msgs))

    def q(s):
        return '"' + s.replace('"', '""') + '"'
    d.add("ID,Start time,Completion time,Email,Name,System,Details")
    for i, ((p, text, lab), t) in enumerate(zip(msgs, ts), 1):
        emit(d, "%d,%s,%s,%s,%s,%s,%s" % (i, t.strftime("%m/%d/%y %H:%M:%S"),
                                         (t + datetime.timedelta(minutes=2)).strftime("%m/%d/%y %H:%M:%S"), p["email"],
                                         q(nm(p, L)), q(sysname), q(text)), lab)
    return d


SLOTS = [
    ("team-chat", [dingtalk, workplace, troop], (3, 4), (1, 2)),
    ("vendor-chat", [drift, liveperson, freshchat], (2, 3), (1, 1)),
    ("support-ticket", [kustomer, reamaze, gladly], (2, 3), (1, 2)),
    ("issue", [height, huly], (2, 2), (1, 2)),
    ("incident", [firehydrant, blameless, squadcast], (2, 3), (1, 2)),
    ("email", [eml], (2, 2), (1, 1)),
    ("wiki", [tettra, nuclino], (2, 3), (1, 2)),
    ("meeting", [tldv, readai], (2, 3), (1, 2)),
    ("commits", [gitlog, pr_description], (2, 2), (1, 1)),
    ("forum", [usenet, reddit], (2, 2), (1, 1)),
    ("form-responses", [msforms], (2, 3), (1, 1)),
]
