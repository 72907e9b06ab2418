"""Free-text formats, part 2: runbook pages, notebooks, meeting notes, stand-ups, commit messages, personal notes."""

import html

from core27 import HEX, Doc, jstr, rs
from prose27a import script
from prose27b import _times, emit


# ------------------------------------------------------------------ 6. runbook page
def wiki(ctx, rng, english, fmt):
    msgs, people = script(ctx, rng, english, 1, 1, 1)
    ph = lambda k, **kw: ctx.phrase(k, english, **kw)  # noqa: E731
    s1, s2 = rng.sample(ctx.t["systems"], 2)
    rows = [(s1, ctx.user(rng), ctx.pw(rng=rng)), (s2, ctx.user(rng), ctx.pw(rng=rng))]
    ref = "op://%s/%s/credential" % (ctx.org.split()[0], ctx.t["hosts"][2])
    ctx.claim(ref)
    host = ctx.host(rng=rng)
    env = "$%s_HEALTH_TOKEN" % ctx.t["hosts"][0].upper().replace("-", "_")
    ctx.claim(env)
    title = ph("subject", sys=s1)
    if fmt in ("vuepress", "mintlify"):
        ext = "md" if fmt == "vuepress" else "mdx"
        d = Doc("%s/docs/runbooks/%s.%s" % (ctx.dir, s1.lower().replace(" ", "-"), ext), "free text")
        d.add("---", "title: %s" % title, "---", "", "# %s" % title, "")
        if fmt == "vuepress":
            d.add("::: danger", ph("warn"), ":::", "")
        else:
            d.add("<Warning>", ph("warn"), "</Warning>", "")
        d.add("## %s" % ph("access"), "", "| System | %s | %s |" % (ph("user_w"), ph("pw_w")), "|---|---|---|")
        for sysn, u, p in rows:
            d.sec("| %s | `%s` | `%s` |" % (sysn, u, p), p, "wiki-password")
        d.neg("| Vault | — | `%s` |" % ref, ref, "op-reference")
        d.add("", "## %s" % ph("check"), "", "```bash")
        d.neg('curl -sf -H "Authorization: Bearer %s" https://%s/healthz' % (env, host), env, "env-reference")
        d.add("```", "")
        for m in msgs:
            emit(d, m["text"], m)
        return [d]
    d = Doc("%s/docs/docmost-export/%s.html" % (ctx.dir, s1.lower().replace(" ", "-")), "free text")
    e = html.escape
    d.add("<!DOCTYPE html>", '<html><head><meta charset="utf-8"><title>%s</title></head><body>' % e(title),
          "<h1>%s</h1>" % e(title), '<div data-type="callout" data-callout-type="danger"><p>%s</p></div>' % e(ph("warn")),
          "<h2>%s</h2>" % e(ph("access")), "<table>",
          "<tr><th>System</th><th>%s</th><th>%s</th></tr>" % (e(ph("user_w")), e(ph("pw_w"))))
    for sysn, u, p in rows:
        d.sec("<tr><td>%s</td><td><code>%s</code></td><td><code>%s</code></td></tr>" % (e(sysn), u, e(p)), e(p),
              "wiki-password")
    d.neg("<tr><td>Vault</td><td>—</td><td><code>%s</code></td></tr>" % e(ref), e(ref), "op-reference")
    d.add("</table>", "<h2>%s</h2>" % e(ph("check")))
    d.neg('<pre><code>curl -sf -H "Authorization: Bearer %s" https://%s/healthz</code></pre>' % (env, host), env,
          "env-reference")
    for m in msgs:
        emit(d, "<p>%s</p>" % e(m["text"]), m, e)
    d.add("</body></html>")
    return [d]


# ------------------------------------------------------------------ 7. notebook
def notebook(ctx, rng, english, fmt):
    msgs, people = script(ctx, rng, english, 1, 1, 1)
    pw = ctx.pw(rng=rng)
    host = ctx.host("db", rng=rng)
    code_line = 'conn = psycopg2.connect(host="%s", dbname="%s", user="analyst", password="%s")' % (
        host, ctx.t["users"][0], pw)
    ref = "userdata.get('%s_API_KEY')" % ctx.t["users"][1].upper()
    ctx.claim(ref)
    if fmt == "colab":
        d = Doc("%s/notebooks/%s_report.ipynb" % (ctx.dir, ctx.t["users"][0]), "free text", fmt="json")
        d.add("{", ' "nbformat": 4,', ' "nbformat_minor": 0,',
              ' "metadata": {"colab": {"provenance": []}, "kernelspec": {"name": "python3", "display_name": "Python 3"}},',
              ' "cells": [', "  {", '   "cell_type": "markdown",', '   "metadata": {"id": "%s"},' % rs(rng, HEX, 12),
              '   "source": [', '    "# %s\\n",' % jstr(ctx.phrase("summary", english)), '    "\\n",')
        for i, m in enumerate(msgs):
            end = '\\n",' if i < len(msgs) - 1 else '"'
            emit(d, '    "%s%s' % (jstr(m["text"]), end), m, jstr)
        d.add("   ]", "  },", "  {", '   "cell_type": "code",', '   "execution_count": 3,',
              '   "metadata": {"id": "%s"},' % rs(rng, HEX, 12), '   "outputs": [],', '   "source": [',
              '    "import psycopg2\\n",', '    "from google.colab import userdata\\n",')
        d.neg('    "key = %s\\n",' % ref, ref, "env-reference")
        d.sec('    "%s"' % jstr(code_line), jstr(pw), "notebook-password", free_text=False)
        d.add("   ]", "  }", " ]", "}")
        return [d]
    d = Doc("%s/notebooks/%s_analysis.py" % (ctx.dir, ctx.t["users"][0]), "free text")
    d.add("# %% [markdown]", "# # %s" % ctx.phrase("summary", english), "#")
    for m in msgs:
        emit(d, "# " + m["text"], m)
    d.add("", "# %%", "import os", "", "import pandas as pd", "import psycopg2", "")
    d.neg('key = os.environ["%s_API_KEY"]' % ctx.t["users"][1].upper(), 'os.environ["%s_API_KEY"]' %
          ctx.t["users"][1].upper(), "env-reference")
    d.sec(code_line, pw, "notebook-password", free_text=False)
    d.add("", "# %%", 'df = pd.read_sql("select * from daily_summary", conn)', "df.tail()")
    return [d]


# ------------------------------------------------------------------ 8. meeting notes
def meeting(ctx, rng, english, fmt):
    msgs, people = script(ctx, rng, english, 2, 2, 3)
    ts = _times(ctx, rng, len(msgs), start_hour=0)
    base = ts[0].replace(hour=0, minute=0, second=0)
    title = "%s — %s" % (ctx.org, ctx.phrase("summary", english))
    if fmt == "fathom":
        d = Doc("%s/meetings/fathom-%s.txt" % (ctx.dir, ts[0].strftime("%Y%m%d")), "free text")
        d.add("%s - %s" % (title, ts[0].strftime("%B %d, %Y")), "Recorded by %s" % people[0].latin, "",
              "%s:" % ctx.phrase("actions", english), "  - %s" % ctx.phrases("chatter", english)[6], "",
              "Transcript:", "")
        for m, t in zip(msgs, ts):
            s = int((t - base).total_seconds())
            d.add("%d:%02d - %s" % (s // 60, s % 60, m["who"].name(english)))
            emit(d, "  " + m["text"], m)
            d.add("")
        return [d]
    if fmt == "granola":
        d = Doc("%s/meetings/granola-%s.md" % (ctx.dir, ts[0].strftime("%Y-%m-%d")), "free text")
        d.add("# %s" % title, "", "Attendees: %s" % ", ".join(p.name(english) for p in people), "",
              "### %s" % ctx.phrase("summary", english), "")
        for m in msgs:
            emit(d, "- %s: %s" % (m["who"].name(english).split()[0], m["text"]), m)
        d.add("", "### %s" % ctx.phrase("actions", english), "", "- [ ] %s" % ctx.phrases("chatter", english)[3].format(
            sys=ctx.sysname(rng)))
        return [d]
    d = Doc("%s/meetings/krisp-transcript-%s.txt" % (ctx.dir, ts[0].strftime("%Y%m%d")), "free text")
    d.add("Krisp transcript", title, "")
    for m, t in zip(msgs, ts):
        s = int((t - base).total_seconds())
        d.add("%s | %02d:%02d:%02d" % (m["who"].name(english), s // 3600, s % 3600 // 60, s % 60))
        emit(d, m["text"], m)
        d.add("")
    return [d]


# ------------------------------------------------------------------ 9. stand-up reports
def standup(ctx, rng, english, fmt):
    msgs, people = script(ctx, rng, english, 2, 1, 3, single=True)
    day = ctx.date(rng=rng)
    heads = [ctx.phrase(k, english) for k in ("yesterday", "today", "blockers")]
    chunks = [msgs[i::3] for i in range(3)]
    if fmt == "geekbot":
        d = Doc("%s/standups/geekbot-%s.md" % (ctx.dir, day.isoformat()), "free text")
        d.add("Daily Standup — %s" % day.strftime("%A %d %B %Y"), "")
        d.add("*%s* posted an update for Daily Standup" % people[0].name(english), "")
        for h, ms in zip(heads, chunks):
            d.add("*%s*" % h)
            for m in ms:
                emit(d, m["text"], m)
            d.add("")
        return [d]
    d = Doc("%s/standups/standuply-%s.txt" % (ctx.dir, day.isoformat()), "free text")
    d.add("Report: Daily standup (%s)" % day.isoformat(), "Respondent: %s" % people[0].name(english), "")
    for i, (h, ms) in enumerate(zip(heads, chunks)):
        d.add("Q%d: %s" % (i + 1, h))
        for m in ms:
            emit(d, "A: " + m["text"], m)
        d.add("")
    return [d]


# ------------------------------------------------------------------ 10. commit messages
def commits(ctx, rng, english, fmt):
    msgs, people = script(ctx, rng, english, 2, 1, 0, single=True, neg_kinds=["sha", "reqid", "masked"])
    ts = _times(ctx, rng, 4)
    sysn = ctx.sysname(rng)
    if fmt == "hg":
        d = Doc("%s/vcs/hg-log.txt" % ctx.dir, "free text")
        d.add("$ hg log -v --debug -l 3")
        entries = [(ctx.phrase("commit_remove", english, sys=sysn), msgs[:1]),
                   (ctx.phrase("commit_update", english, sys=sysn), msgs[1:]),
                   (rng.choice(ctx.phrases("commit_misc", english)), [])]
        rev = rng.randrange(200, 900)
        for i, (subject, body) in enumerate(entries):
            node = ctx.uniq(lambda: rs(rng, HEX, 40))
            d.neg("changeset:   %d:%s" % (rev - i, node), node, "hg-node")
            p = rng.choice(people)
            d.add("user:        %s <%s>" % (p.latin, p.email),
                  "date:        %s +0000" % ts[i].strftime("%a %b %d %H:%M:%S %Y"), "files:       config/settings.ini",
                  "description:", subject)
            for m in body:
                emit(d, m["text"], m)
            d.add("")
        return [d]
    d = Doc("%s/vcs/git-rebase-todo" % ctx.dir, "free text")
    for m in msgs:
        sha = rs(rng, HEX, 7)
        emit(d, "pick %s %s" % (sha, m["text"]), m)
    d.add("pick %s %s" % (rs(rng, HEX, 7), rng.choice(ctx.phrases("commit_misc", english))), "",
          "# Rebase %s..%s onto %s (%d commands)" % (rs(rng, HEX, 7), rs(rng, HEX, 7), rs(rng, HEX, 7), len(msgs) + 1),
          "#", "# Commands:", "# p, pick <commit> = use commit", "# r, reword <commit> = use commit, but edit the commit message",
          "# s, squash <commit> = use commit, but meld into previous commit")
    e = Doc("%s/vcs/COMMIT_EDITMSG" % ctx.dir, "free text")
    e.add(ctx.phrase("commit_remove", english, sys=sysn), "")
    old = ctx.pw(rng=rng)
    e.sec(ctx.phrase("rotated_old", english, sys=sysn, v=old), old, "commit-password", note="rotated-shown-in-full")
    e.add("# Please enter the commit message for your changes. Lines starting", "# with '#' will be ignored.", "#",
          "# On branch main", "# Changes to be committed:", "#\tmodified:   config/settings.ini")
    return [d, e]


# ------------------------------------------------------------------ 11. personal notes
def note(ctx, rng, english, fmt):
    msgs, people = script(ctx, rng, english, 1, 1, 2)
    sysn = ctx.sysname(rng)
    pw = ctx.pw(rng=rng, native=(not english) and rng.random() < 0.15)
    t = _times(ctx, rng, 1)[0]
    if fmt == "notepadpp":
        d = Doc("%s/home/ops/AppData/Roaming/Notepad++/backup/new 1@%s" % (ctx.dir, t.strftime("%Y-%m-%d_%H%M%S")),
                "free text", crlf=True)
        d.add(ctx.phrase("note_title", english), "")
        d.sec("%s  %s / %s" % (sysn, ctx.user(rng), pw), pw, "note-password")
        for m in msgs:
            emit(d, m["text"], m)
        return [d]
    d = Doc("%s/home/ops/Desktop/sticky-notes-export.txt" % ctx.dir, "free text", crlf=True)
    d.add("Sticky Notes — %s" % t.strftime("%Y-%m-%d"), "", "• " + ctx.phrase("note_title", english))
    d.sec("• %s: %s" % (sysn, pw), pw, "note-password")
    for m in msgs:
        emit(d, "• " + m["text"], m)
    return [d]
