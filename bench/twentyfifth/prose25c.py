"""Free-text formats, part two: e-mail, wiki pages, notebooks, diagrams and documents, onboarding sheets."""

import base64
import html

from core25 import Doc, rand_str, rhex
from lang25b import P, RTL
from prose25a import Msg, emit, negative_msgs, pick_lang, script, secret_msgs


# ------------------------------------------------------------------ e-mail
def _rfc_date(c):
    import datetime
    day = datetime.date(c.r.randint(2023, 2025), c.r.randint(1, 12), c.r.randint(1, 28))
    return "%s, %d %s %d 10:%02d:14 +0300" % (["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][day.weekday()], day.day,
                                               ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                                                "Dec"][day.month - 1], day.year, c.r.randint(0, 59))


def eml_alternative(c, n_sec=2, n_neg=1):
    lang = pick_lang(c)
    msgs, people = script(c, n_sec, n_neg, lang, chatter=1)
    a, b = people[0], people[1]
    p = P[lang]
    d = Doc("%s/mail/%s.eml" % (c.dir, rand_str(c.r, 12, "0123456789abcdef")), free=True, crlf=True)
    subj = base64.b64encode(p["subj"].format(sys=c.system()).encode()).decode()
    bnd = "b1_" + rhex(c.r, 24)
    d.add("From: %s <%s>" % (a["latin"].capitalize(), a["email"]), "To: %s" % b["email"], "Subject: =?UTF-8?B?%s?=" % subj,
          "Date: %s" % _rfc_date(c),
          "Message-ID: <%s@%s>" % (rhex(c.r, 16), c.domain), "MIME-Version: 1.0",
          'Content-Type: multipart/alternative; boundary="%s"' % bnd, "", "--" + bnd, "Content-Type: text/plain; charset=UTF-8",
          "Content-Transfer-Encoding: 8bit", "", p["greet"].format(who=b["first"]), "")
    for m in msgs:
        emit(d, m.text, m)
    d.add("", p["sign"], a["name"], "", "--" + bnd, "Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "",
          '<html><body dir="%s">' % ("rtl" if lang in RTL else "ltr"), "<p>%s</p>" % html.escape(p["greet"].format(who=b["first"])))
    for m in msgs:
        emit(d, "<p>%s</p>" % html.escape(m.text, quote=False), m)
    d.add("<p>%s<br>%s</p>" % (html.escape(p["sign"]), html.escape(a["name"])), "</body></html>", "--" + bnd + "--")
    return d


def google_groups(c, n_sec=2, n_neg=1):
    lang = pick_lang(c)
    msgs, people = script(c, n_sec, n_neg, lang, chatter=1)
    group = "ops@%s" % c.domain
    d = Doc("%s/mail/groups/ops-thread-%s.txt" % (c.dir, c.date()), free=True)
    subj = P[lang]["subj"].format(sys=c.system())
    for i, m in enumerate(msgs):
        d.add("From: %s <%s>" % (m.who["name"], m.who["email"]), "Date: %s %s" % (c.date(), "%02d:%02d" % (9 + i, c.r.randint(0, 59))),
              "Subject: %s%s" % ("Re: " if i else "", subj), "To: %s" % group, "")
        emit(d, m.text, m)
        d.add("", "--", "You received this message because you are subscribed to the Google Groups \"ops\" group.", "")
    return d


# ------------------------------------------------------------------ wiki pages
def _wiki_body(c, lang, code_fence="```"):
    """Lines (text, Msg-or-None) for a runbook page: access table, health check, token, policy, masked key."""
    p, r = P[lang], c.r
    out = [("## " + p["access"], None), ("", None), ("| system | user | password |", None), ("|---|---|---|", None)]
    for _ in range(2):
        v = c.pw(avoid="|`")
        out.append(("| %s | %s | `%s` |" % (c.system(), c.user(), v), Msg(None, "", {"kind": "secret", "value": v,
                                                                                        "category": "password-in-table", "group": "generic"})))
    ref = "secret/%s/%s" % (c.slug, r.choice(["vpn/psk", "erp/api", "cctv/admin"]))
    out.append(("| %s | admin | vault: `%s` |" % (c.system(), ref), Msg(None, "", {"kind": "negative", "value": ref, "category": "vault-reference"})))
    out += [("", None), ("## " + p["check"], None), ("", None), (code_fence + "bash", None)]
    v = c.pw(avoid=c.URI + "'`")
    out.append(("curl -fsS -u admin:'%s' https://%s/api/health" % (v, c.host("nas")),
                Msg(None, "", {"kind": "secret", "value": v, "category": "command-line-password", "group": "generic"})))
    out.append(('curl -fsS -H "Authorization: Bearer $OPS_TOKEN" https://%s/api/status' % c.host("app"),
                Msg(None, "", {"kind": "negative", "value": "$OPS_TOKEN", "category": "environment-reference"})))
    out += [(code_fence, None), ("", None)]
    a = c.person()
    m = secret_msgs(c, "tok", lang, a, c.person(a))[-1]
    out.append(("- " + m.text, m))
    for k in r.sample(["policy", "masked", "nochat"], 2):
        m = negative_msgs(c, k, lang, a)[-1]
        out.append(("- " + m.text, m))
    return out


def _wiki_doc(c, path, head, body, tail=(), fmt=None):
    d = Doc(path, free=True, fmt=fmt)
    d.add(*head)
    for text, m in body:
        emit(d, text, m) if m else d.add(text)
    d.add(*tail)
    return d


def mkdocs_page(c):
    lang = c.lang
    body = _wiki_body(c, lang)
    head = ["# %s: %s" % (P[lang]["steps"], c.system()), "", '!!! warning "%s"' % P[lang]["access"], "    %s" % P[lang]["nochat"], ""]
    return _wiki_doc(c, "%s/docs/runbooks/%s.md" % (c.dir, c.slug.split("-")[0] + "-access"), head, body)


def hugo_page(c):
    lang = c.lang
    head = ["+++", 'title = "%s"' % P[lang]["access"], 'date = %sT09:00:00+03:00' % c.date(), "draft = false", "+++", "",
            "{{< notice warning >}}", P[lang]["nochat"], "{{< /notice >}}", ""]
    return _wiki_doc(c, "%s/site/content/ops/access.%s.md" % (c.dir, c.lang), head, _wiki_body(c, lang))


def vitepress_page(c):
    lang = pick_lang(c)
    head = ["---", "outline: deep", "---", "", "# %s" % P[lang]["steps"], "", "::: danger", P[lang]["nochat"], ":::", ""]
    return _wiki_doc(c, "%s/handbook/docs/ops/access.md" % c.dir, head, _wiki_body(c, lang))


def docsify_page(c):
    lang = c.lang
    head = ["# %s" % P[lang]["access"], "", "!> %s" % P[lang]["nochat"], ""]
    return _wiki_doc(c, "%s/wiki-docsify/ops/access.md" % c.dir, head, _wiki_body(c, lang), ["", "?> %s" % P[lang]["check"]])


def jekyll_post(c):
    lang = c.lang
    head = ["---", "layout: post", 'title: "%s"' % P[lang]["subj"].format(sys=c.system()), "categories: [ops]", "---", ""]
    body = [(t.replace("```bash", "{% highlight bash %}").replace("```", "{% endhighlight %}") if t.startswith("```") else t, m)
            for t, m in _wiki_body(c, lang)]
    return _wiki_doc(c, "%s/blog/_posts/%s-access.md" % (c.dir, c.date()), head, body)


# ------------------------------------------------------------------ notebooks
def _nb_parts(c, lang):
    a = c.person()
    m = secret_msgs(c, c.r.choice(["pw", "tok", "temp"]), lang, a, c.person(a))[-1]
    v = c.pw(avoid=c.URI + '"')
    uri = "postgresql://analyst:%s@%s:5432/lab" % (v, c.host("pg"))
    return m, v, uri


def quarto_doc(c):
    lang = c.lang
    m, v, uri = _nb_parts(c, lang)
    d = Doc("%s/analysis/monthly-qc.qmd" % c.dir, free=True)
    d.add("---", 'title: "QC %s"' % c.date()[:7], "format: html", "jupyter: python3", "---", "", "## %s" % P[lang]["todo"], "")
    emit(d, m.text, m)
    d.add("", "```{python}", "import pandas as pd", "from sqlalchemy import create_engine")
    d.s('engine = create_engine("%s")' % uri, v, "connection-uri-password", free=False)
    d.n('token = os.environ["LAB_API_TOKEN"]', 'os.environ["LAB_API_TOKEN"]', "environment-reference")
    d.add('df = pd.read_sql("select * from qc where month = 5", engine)', "```")
    return d


def marimo_nb(c):
    lang = c.lang
    m, v, uri = _nb_parts(c, lang)
    d = Doc("%s/analysis/lots_dashboard.py" % c.dir, free=True)
    d.add("import marimo", "", '__generated_with = "0.9.14"', 'app = marimo.App(width="medium")', "", "", "@app.cell", "def _():",
          "    import marimo as mo", "    return (mo,)", "", "", "@app.cell", "def _(mo):", '    mo.md(', '        r"""')
    emit(d, "        " + m.text, m)
    d.add('        """', "    )", "    return", "", "", "@app.cell", "def _():", "    import sqlalchemy")
    d.s('    engine = sqlalchemy.create_engine("%s")' % uri, v, "connection-uri-password", free=False)
    d.add("    return (engine,)", "", "", 'if __name__ == "__main__":', "    app.run()")
    return d


def livebook_nb(c):
    lang = c.lang
    m, v, uri = _nb_parts(c, lang)
    d = Doc("%s/analysis/ingest.livemd" % c.dir, free=True)
    d.add("# Ingest check", "", "```elixir", 'Mix.install([{:postgrex, "~> 0.19"}, {:kino, "~> 0.14"}])', "```", "",
          "## %s" % P[lang]["todo"], "")
    emit(d, m.text, m)
    d.add("", "```elixir")
    d.s('{:ok, pid} = Postgrex.start_link(url: "%s")' % uri, v, "connection-uri-password", free=False)
    d.n('token = System.fetch_env!("LB_LAB_TOKEN")', 'System.fetch_env!("LB_LAB_TOKEN")', "environment-reference")
    d.add("```")
    return d


def pluto_nb(c):
    lang = c.lang
    m, v, uri = _nb_parts(c, lang)
    ids = [c.uuid() for _ in range(3)]
    d = Doc("%s/analysis/weekly_stats.jl" % c.dir, free=True)
    d.add("### A Pluto.jl notebook ###", "# v0.19.46", "", "using Markdown", "using InteractiveUtils", "")
    d.n("# ╔═╡ %s" % ids[0], ids[0], "notebook-cell-uuid")
    d.add('md"""', "# %s" % P[lang]["todo"], "")
    emit(d, m.text, m)
    d.add('"""', "", "# ╔═╡ %s" % ids[1], "using LibPQ", "", "# ╔═╡ %s" % ids[2])
    d.s('conn = LibPQ.Connection("%s")' % uri, v, "connection-uri-password", free=False)
    d.add("", "# ╔═╡ Cell order:", *["# ╠═%s" % i for i in ids])
    return d


# ------------------------------------------------------------------ diagrams, documents, task lists
def drawio(c):
    d = Doc("%s/docs/diagrams/network.drawio" % c.dir, free=True, fmt="xml")
    d.add('<mxfile host="app.diagrams.net" version="24.7.17">')
    did = rand_str(c.r, 20)
    d.n('  <diagram id="%s" name="LAN">' % did, did, "diagram-id")
    d.add('    <mxGraphModel dx="1422" dy="794" grid="1" gridSize="10">', "      <root>", '        <mxCell id="0" />',
          '        <mxCell id="1" parent="0" />')
    for i, role in enumerate(("nas", "fw", "ap")):
        v = c.pw(avoid="&<>\"")
        d.s('        <mxCell id="n%d" value="%s&lt;br&gt;%s&lt;br&gt;admin / %s" style="rounded=1;whiteSpace=wrap;html=1;" vertex="1" parent="1">'
            % (i, c.host(role), c.ip(), v), v, "password-in-diagram")
        d.add('          <mxGeometry x="%d" y="40" width="180" height="70" as="geometry" />' % (40 + 220 * i), "        </mxCell>")
    mac = ":".join(rhex(c.r, 2) for _ in range(6))
    d.n('        <mxCell id="sw" value="core switch&lt;br&gt;%s" style="shape=mxgraph.cisco.switches.layer_3_switch;" vertex="1" parent="1">' % mac,
        mac, "mac-address")
    d.add('          <mxGeometry x="260" y="200" width="64" height="64" as="geometry" />', "        </mxCell>", "      </root>",
          "    </mxGraphModel>", "  </diagram>", "</mxfile>")
    return d


def fodt_handover(c, n_sec=2, n_neg=1):
    lang = c.lang
    msgs, people = script(c, n_sec, n_neg, lang, chatter=1)
    d = Doc("%s/docs/handover-%s.fodt" % (c.dir, c.date()), free=True, fmt="xml")
    d.add('<?xml version="1.0" encoding="UTF-8"?>',
          '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">',
          "<office:body><office:text>", '<text:h text:outline-level="1">%s</text:h>' % html.escape(P[lang]["steps"]))
    for m in msgs:
        emit(d, "<text:p>%s</text:p>" % html.escape(m.text, quote=False), m)
    d.add("</office:text></office:body></office:document>")
    return d


def todoist_csv(c, n_sec=2, n_neg=1):
    lang = pick_lang(c)
    msgs, people = script(c, n_sec, n_neg, lang, sec_kinds=["pw", "tok", "temp", "wifi", "uri", "curl"],
                          neg_kinds=["ref", "masked", "policy"], chatter=0, n_people=1, opener=False)
    owner = people[0]
    uid = c.r.randint(10 ** 7, 10 ** 8)
    d = Doc("%s/home/%s/todoist-export.csv" % (c.dir, owner["latin"]), free=True)
    d.add("TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE",
          'section,"%s",,,,,,,,' % P[lang]["todo"])
    for m in msgs:
        text = m.text.replace('"', '""')
        emit(d, 'task,"%s","",%d,1,%s (%d),,%s,en,Europe/London' % (text, c.r.randint(1, 4), owner["latin"], uid, c.date()), m)
    return d


# ------------------------------------------------------------------ onboarding sheets and labels
def otpauth_sheet(c):
    lang, p = c.lang, P[c.lang]
    who = c.person()
    d = Doc("%s/hr/onboarding/%s-welcome.md" % (c.dir, who["handle"]), free=True)
    d.add("# %s — %s" % (c.org, who["name"]), "", p["totp"], "")
    seed = c.uniq(lambda: rand_str(c.r, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
    d.s("`otpauth://totp/%s:%s?secret=%s&issuer=%s&algorithm=SHA1&digits=6&period=30`"
        % (c.slug, who["handle"], seed, c.slug), seed, "totp-seed")
    d.add("", p["codes"])
    codes = c.uniq(lambda: " ".join("%04d-%04d" % (c.r.randint(0, 9999), c.r.randint(0, 9999)) for _ in range(5)))
    d.s("`%s`" % codes, codes, "recovery-codes")
    d.add("")
    m = secret_msgs(c, "wifi", lang, who, who)[-1]
    emit(d, m.text, m)
    d.add("")
    emit(d, p["nochat"], Msg(None, "", {"kind": "negative", "value": p["nochat"], "category": "no-passwords-sentence"}))
    return d


def router_label(c):
    d = Doc("%s/it/scans/router-label-ocr.txt" % c.dir, free=True)
    serial = rand_str(c.r, 14, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    d.add("[OCR] IMG_%04d.jpg" % c.r.randint(1000, 9999), "Model: LTE CPE B535", "Input: 12V 1A")
    d.n("S/N: %s" % serial, serial, "device-serial")
    d.add("Wi-Fi Name (SSID): %s-%s" % (c.r.choice(["HUAWEI", "Keenetic", "TP-Link"]), rand_str(c.r, 4, "0123456789ABCDEF")))
    key = c.uniq(lambda: rand_str(c.r, 8, "0123456789ABCDEFGHJKLMNPQRTUVWXY"))
    d.s("Wi-Fi Key: %s" % key, key, "device-default-wifi-key")
    pw = c.uniq(lambda: rand_str(c.r, 8, "abcdefghjkmnpqrstuvwxyz23456789"))
    d.s("Web: http://192.168.8.1  User: admin  Password: %s" % pw, pw, "device-default-admin-password")
    return d


EMAILS = {"eml-multipart": eml_alternative, "google-groups": google_groups}
WIKIS = {"mkdocs": mkdocs_page, "hugo": hugo_page, "vitepress": vitepress_page, "docsify": docsify_page, "jekyll": jekyll_post}
NOTEBOOKS = {"quarto": quarto_doc, "marimo": marimo_nb, "livebook": livebook_nb, "pluto": pluto_nb}
DOCS = {"drawio": drawio, "fodt": fodt_handover, "todoist-csv": todoist_csv}
SHEETS = {"otpauth-sheet": otpauth_sheet, "router-label-ocr": router_label}
