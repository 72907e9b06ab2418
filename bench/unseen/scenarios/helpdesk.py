"""A helpdesk export: ticket text with credentials pasted into prose, a Slack export, a Teams
transcript, Jira XML/JSON exports, a Zendesk CSV, an email with DKIM headers and KB articles."""

import base64
import csv
import io
import json

from core import T


def build(c):
    t, pw, nm, r = c.tok, c.pw, c.names, c.rng
    root = "helpdesk-export"
    co = nm.client()
    cdom = nm.domain(co)
    agent_f, agent_l = nm.person()
    agent = "%s %s" % (agent_f.title(), agent_l.title())

    def person():
        f, l = nm.person()
        return "%s %s" % (f.title(), l.title()), "%s.%s@%s" % (f, l, cdom)

    # ------------------------------------------------------------------ plain-text tickets
    n0 = r.randint(40100, 40900)
    p1, e1 = person()
    F = c.file("%s/tickets/ticket-%d.txt" % (root, n0))
    F.write(T("""
        Ticket #@@n@@  |  Status: Solved  |  Priority: Normal  |  Group: IT Service Desk
        Requester: @@p1@@ <@@e1@@>
        Subject: Can't connect to VPN from home

        ---- @@p1@@, 3 Apr 2024 08:12 ----
        Hi, since the update yesterday the VPN client says "authentication failed". I've tried
        restarting. My username is @@u1@@ and my password is @@pw1@@ if that helps you test it.
        Thanks

        ---- @@agent@@, 3 Apr 2024 08:31 ----
        Hi @@f1@@, please never send your password by email or in a ticket. I have reset it; your
        temporary password is @@tmp@@ and you will be asked to change it at first login.
        The VPN profile also needed re-importing; instructions are in KB-0142.

        ---- @@p1@@, 3 Apr 2024 09:02 ----
        Working now, thank you!
        """, n=n0, p1=p1, e1=e1, u1=e1.split("@")[0], pw1=F.s(pw.human("word"), "generic-password"),
        agent=agent, f1=p1.split()[0], tmp=F.s("%s-%04d-%s" % (r.choice(["Temp", "Reset", "Start"]), r.randint(1000, 9999),
                                                              t.chars(2, "ABCDEFGHJKLMNPQRSTUVWXYZ")),
                                                              "generic-password")))

    p2, e2 = person()
    F = c.file("%s/tickets/ticket-%d.txt" % (root, n0 + 17))
    F.write(T("""
        Ticket #@@n@@  |  Status: Solved  |  Priority: High  |  Group: Platform
        Requester: @@p2@@ <@@e2@@>
        Subject: Payments failing on checkout (Stripe)

        ---- @@p2@@, 9 Apr 2024 14:40 ----
        Checkout is returning 401 from Stripe since 14:20. Error from the logs:

            Invalid API Key provided: @@red@@

        The key in the vault is this one, can you check it's the right account?
        @@key@@

        ---- @@agent@@, 9 Apr 2024 15:05 ----
        The key in the vault was rolled by finance this morning. I've updated the deployment with
        the new restricted key (not pasting it here) and redeployed. Please rotate the one above
        too since it has now been in a ticket.
        """, n=n0 + 17, p2=p2, e2=e2, red=F.n("sk_live_****************************%s" % t.mixed(4), "redacted"),
        key=F.s(t.stripe("sk_live"), "stripe-secret-key"), agent=agent))

    p3, e3 = person()
    acct = co.replace("-", "") + "prod"
    akey = t.azure_storage_key()
    F = c.file("%s/tickets/ticket-%d.txt" % (root, n0 + 33))
    F.write(T("""
        Ticket #@@n@@  |  Status: Closed  |  Priority: Normal  |  Group: Platform
        Requester: @@p3@@ <@@e3@@>
        Subject: Storage Explorer access for the reporting team

        ---- @@p3@@, 15 Apr 2024 10:01 ----
        Could you give the reporting team access to the exports container? For now I've been
        using this connection string from the portal:
        @@cs@@

        ---- @@agent@@, 15 Apr 2024 10:44 ----
        Access granted via an Entra group instead (no shared keys). For reference the old
        connection string in the wiki now reads AccountKey=@@red@@ and the key has been
        rotated.
        """, n=n0 + 33, p3=p3, e3=e3, cs=F.s("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;"
                                             "EndpointSuffix=core.windows.net" % (acct, akey),
                                             "azure-storage-connection-string",
                                             {"type": "b64len", "n": 64, "value": akey}),
        agent=agent, red=F.n("<redacted>", "redacted")))

    p4, e4 = person()
    F = c.file("%s/tickets/ticket-%d.txt" % (root, n0 + 58))
    F.write(T("""
        Ticket #@@n@@  |  Status: Solved  |  Priority: Low  |  Group: IT Service Desk
        Requester: @@p4@@ <@@e4@@>
        Subject: Shared mailbox for events team

        ---- @@p4@@, 22 Apr 2024 11:20 ----
        The events mailbox is asking for a password again on my phone. Which password should I use?

        ---- @@agent@@, 22 Apr 2024 11:26 ----
        Shared mailboxes don't have their own password, you sign in with your own account and
        the mailbox appears automatically. I removed the old account from your phone's Mail app.
        Commit for the mobile config profile: @@sha@@
        """, n=n0 + 58, p4=p4, e4=e4, agent=agent, sha=F.n(t.sha1(), "git-sha")))

    # ------------------------------------------------------------------ Slack export
    F = c.file("%s/chat/slack-export/it-support/2024-03-12.json" % root)
    u = ["U0%s" % t.chars(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(3)]
    base_ts = r.randint(1710230000, 1710240000)
    dck = t.dockerhub()
    xoxb = t.slack_bot()
    msgs = [
        (u[0], "anyone know why the nightly build can't pull from Docker Hub?", None),
        (u[1], "rate limits probably, are we logged in on the runner?", None),
        (u[0], "ah no. I'll add it to the runner, this is the ci account: `docker login -u %sci -p %s`"
         % (co.split("-")[0], "@@DCK@@"), ("dck", dck, "dockerhub-token")),
        (u[2], "please don't paste tokens here :sweat_smile: put it in the runner secrets", None),
        (u[0], "for the alerting bot I used `%s`, it's the one from the app config page" % "@@XOXB@@",
         ("xoxb", xoxb, "slack-token")),
        (u[1], "ok rotating both after lunch", None),
    ]
    out = []
    for i, (user, text, sec) in enumerate(msgs):
        m = {"client_msg_id": "@@MID%d@@" % i, "type": "message", "text": text, "user": user,
             "ts": "%d.%06d" % (base_ts + 60 * i, r.randint(0, 999999)), "team": "T0" + t.chars(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}
        out.append(m)
    text = json.dumps(out, indent=4)
    subs = {}
    for i, (_, _, sec) in enumerate(msgs):
        subs["MID%d" % i] = F.n(t.uuid(), "uuid")
        if sec:
            subs[sec[0].upper()] = F.s(sec[1], sec[2])
    for k, v in subs.items():
        text = text.replace("@@%s@@" % k, v)
    F.write(text + "\n")

    # ------------------------------------------------------------------ Teams transcript
    pm, _ = person()
    pn, _ = person()
    F = c.file("%s/chat/teams/facilities-2024-04-02.txt" % root)
    F.write(T("""
        [09:58] @@pm@@: morning! is the projector in room 3 fixed?
        [10:02] @@agent@@: yes, new lamp fitted yesterday
        [10:41] @@pn@@: quick one - what's the login for the events@ shared mailbox on the iPad?
        [10:42] @@pm@@: pw for the shared mailbox is @@pw@@
        [10:43] @@agent@@: @@pm_first@@ that's the old service account, it's disabled now. @@pn_first@@ I'll set the iPad up for you
        [10:44] @@pn@@: thanks both
        """, pm=pm, agent=agent, pn=pn, pw=F.s(pw.human("word"), "generic-password"), pm_first=pm.split()[0],
        pn_first=pn.split()[0]))

    # ------------------------------------------------------------------ Jira XML export
    key_n = r.randint(1200, 1900)
    dburl = "postgres://app:%s@orders-db.internal:5432/orders" % pw.random(safe="uri")
    F = c.file("%s/jira/export/SearchRequest-%d.xml" % (root, r.randint(10000, 99999)))
    F.write(T("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="0.92">
          <channel>
            <title>@@co@@ Jira</title>
            <link>https://@@site@@.atlassian.net/issues/?jql=project%3DOPS</link>
            <description>An XML representation of a search request</description>
            <language>en-uk</language>
            <item>
              <title>[OPS-@@k1@@] Orders service cannot reach database after failover</title>
              <link>https://@@site@@.atlassian.net/browse/OPS-@@k1@@</link>
              <project id="10004" key="OPS">Operations</project>
              <description>&lt;p&gt;After the failover the orders pods crash-loop. Current env:&lt;/p&gt;
        &lt;pre&gt;
        export DATABASE_URL=@@dburl@@
        export ORDERS_POOL_SIZE=20
        &lt;/pre&gt;</description>
              <key id="@@id1@@">OPS-@@k1@@</key>
              <summary>Orders service cannot reach database after failover</summary>
              <type id="10002">Incident</type>
              <priority id="2">High</priority>
              <status id="10001">Done</status>
              <assignee accountid="@@acc1@@">@@agent@@</assignee>
              <created>Tue, 7 May 2024 02:14:09 +0100</created>
              <resolved>Tue, 7 May 2024 03:40:51 +0100</resolved>
            </item>
            <item>
              <title>[OPS-@@k2@@] Rotate reporting DB credentials</title>
              <link>https://@@site@@.atlassian.net/browse/OPS-@@k2@@</link>
              <description>&lt;p&gt;Rotated. Old value was &lt;code&gt;password=@@red@@&lt;/code&gt;, new one is in Vault.&lt;/p&gt;</description>
              <key id="@@id2@@">OPS-@@k2@@</key>
              <type id="10003">Task</type>
              <status id="10001">Done</status>
            </item>
          </channel>
        </rss>
        """, co=co.replace("-", " ").title(), site=co.split("-")[0], k1=key_n, k2=key_n + 7,
        dburl=F.s(dburl, "credential-uri"), id1=r.randint(30000, 39999), acc1=F.n(t.hex(24), "account-identifier"),
        agent=agent, red=F.n("[REDACTED]", "redacted"), id2=r.randint(30000, 39999)))

    # ------------------------------------------------------------------ Jira JSON export
    basic_plain = "svc-reporting:%s" % pw.any("word")
    basic = base64.b64encode(basic_plain.encode()).decode()
    jwt = t.jwt_hs256({"sub": "svc-mobile-gateway", "aud": "orders-api", "scope": "orders:read orders:write",
                       "iat": 1714990000, "exp": 1893456000})
    F = c.file("%s/jira/export/issues-OPS.json" % root)
    issue = {
        "expand": "renderedFields,names,schema",
        "id": str(r.randint(30000, 39999)),
        "key": "OPS-%d" % (key_n + 21),
        "fields": {
            "summary": "Reporting API returns 403 for the nightly export",
            "issuetype": {"name": "Bug"},
            "priority": {"name": "Medium"},
            "reporter": {"accountId": "@@ACC@@", "displayName": agent},
            "comment": {"comments": [
                {"author": {"displayName": agent}, "created": "2024-05-08T09:12:44.000+0100",
                 "body": "Reproduced with curl:\n{noformat}\ncurl -s https://reports.internal/api/v2/export "
                         "-H 'Authorization: Basic @@BASIC@@'\n{noformat}"},
                {"author": {"displayName": p1}, "created": "2024-05-08T09:40:02.000+0100",
                 "body": "The mobile gateway gets the same 403, token it sends:\n"
                         "Authorization: Bearer @@JWT@@"},
                {"author": {"displayName": agent}, "created": "2024-05-08T10:05:31.000+0100",
                 "body": "Fixed: the role mapping lost the export scope. Credentials above have been rotated."},
            ]},
        },
    }
    text = json.dumps(issue, indent=2)
    # JSON keeps \n inside strings, so every comment body stays on one line.
    text = text.replace("@@ACC@@", F.n(t.hex(24), "account-identifier"))
    text = text.replace("@@BASIC@@", F.s(basic, "basic-auth-header", {"type": "base64-plain", "plain": basic_plain}))
    text = text.replace("@@JWT@@", F.s(jwt, "jwt", {"type": "jwt"}))
    F.write(text + "\n")

    # ------------------------------------------------------------------ Zendesk CSV
    F = c.file("%s/zendesk/tickets-2024-Q2.csv" % root)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "created_at", "subject", "requester", "status", "description"])
    rows = [
        ("Mirror job failing", "Our GitLab mirror job fails with 401. Token configured: @@GL@@ (project access token, "
                               "maintainer role)", ("GL", t.glpat(), "gitlab-pat")),
        ("Bot not answering", "The ops Telegram bot stopped replying. Bot token is @@TG@@ - is the webhook still set?",
         ("TG", t.telegram(), "telegram-bot-token")),
        ("Okta sync broken", "SCIM sync to the HR system stopped. We call the API with header "
                             "Authorization: SSWS @@OK@@", ("OK", t.okta(), "okta-api-token")),
        ("Printer offline", "Second floor printer shows offline again, serial CNB9R41234.", None),
        ("Laptop request", "New starter on 3 June needs a laptop (Finance).", None),
        ("Password reset", "Requester asked for a reset, done over the phone after ID check. "
                           "Temporary password: @@RD@@", ("RD", "[hidden by Zendesk redaction]", None)),
        ("Webhook for alerts", "Please add this to the #alerts channel integration: @@DW@@",
         ("DW", t.discord_webhook(), "discord-webhook")),
    ]
    pending = []
    for i, (subj, desc, sec) in enumerate(rows):
        w.writerow([str(900100 + i * 3), "2024-0%d-%02dT%02d:%02d:00Z" % (4 + i % 3, 1 + i * 4, 8 + i, 10 + i),
                    subj, person()[1], r.choice(["solved", "closed", "open"]), desc])
        if sec:
            pending.append(sec)
    text = buf.getvalue()
    for k, v, cat in pending:
        text = text.replace("@@%s@@" % k, F.s(v, cat) if cat else F.n(v, "redacted"))
    F.write(text)

    # ------------------------------------------------------------------ email
    pv, ev = person()
    vend = nm.domain()
    F = c.file("%s/email/2024-02-07-vendor-vpn-access.eml" % root)
    F.write(T("""
        Return-Path: <support@@@vend@@>
        Received: from mail-eu1.@@vend@@ (mail-eu1.@@vend@@ [@@ip@@])
        	by mx.@@cdom@@ with ESMTPS id @@mid@@
        	for <it@@@cdom@@>; Wed, 07 Feb 2024 16:20:11 +0000
        DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=@@vend@@; s=s2023;
        	h=from:to:subject:date:message-id;
        	bh=@@bh@@;
        	b=@@b@@
        From: Vendor Support <support@@@vend@@>
        To: IT <it@@@cdom@@>
        Subject: Remote access for the BMS upgrade
        Date: Wed, 07 Feb 2024 16:20:05 +0000
        Message-ID: <@@msgid@@@mail-eu1.@@vend@@>
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"

        Hello,

        For the building management system upgrade on Friday our engineer will need the
        site-to-site tunnel back. Our side is configured with the same parameters as last year:

          Peer: vpn.@@vend@@
          IKEv2, AES-256, SHA-256, DH group 14
          Pre-shared key: @@psk@@

        Our engineer's account on your jump host, if you can re-enable it:
          username: bms-vendor
          password: @@pw@@

        Kind regards,
        @@pv@@
        Vendor Support
        """, vend=vend, ip=nm.ip(False), cdom=cdom, mid=t.mixed(12), bh=F.n(t.b64(32), "signature"),
        b=F.n(t.b64(256), "signature"), msgid=t.uuid(), psk=F.s(pw.random(24, "word"), "ipsec-psk"),
        pw=F.s(pw.any("word"), "generic-password"), pv=pv))

    # ------------------------------------------------------------------ KB + macros
    F = c.file("%s/kb/KB-0142-vpn-profile.md" % root)
    F.write(T("""
        # KB-0142: Re-importing the VPN profile

        1. Open the VPN client and remove the existing **@@co@@ VPN** profile.
        2. Download `@@co_s@@-vpn.ovpn` from the self-service portal.
        3. Import it and sign in with your normal account. When prompted for the
           "private key password", leave it empty.
        4. If you see `AUTH_FAILED`, reset your password in the portal first.

        Example of the log line you should see when it works:

            2024-04-03 08:45:12 Initialization Sequence Completed

        Never share the one-time code or your password with anyone, including the service desk.
        Service desk agents will only ever ask you to type it into a prompt on your own screen,
        for example: `password: @@ph@@`.
        """, co=co.replace("-", " ").title(), co_s=co.split("-")[0], ph=F.n("<your password>", "placeholder")))

    F = c.file("%s/zendesk/macros.json" % root)
    F.write(T("""
        {
          "macros": [
            {
              "id": 360041112233,
              "title": "Password reset - temporary password",
              "actions": [
                {"field": "comment_value_html", "value": "<p>Hi {{ticket.requester.first_name}},</p><p>Your temporary password is <b>@@ph@@</b>. You'll be asked to change it when you sign in.</p>"},
                {"field": "status", "value": "solved"}
              ]
            },
            {
              "id": 360041112234,
              "title": "Escalate to platform",
              "actions": [
                {"field": "group_id", "value": 360009876543},
                {"field": "comment_value", "value": "Escalated to the platform team."}
              ]
            }
          ]
        }
        """, ph=F.n("{{dc.temporary_password}}", "template-reference")))

    F = c.file("%s/README.txt" % root)
    F.write(T("""
        Helpdesk export for the @@co@@ service-desk migration (Zendesk -> Jira Service Management).
        Exported by @@agent@@ on 2024-06-01. Attachments are not included.

        tickets/   plain-text ticket threads (legacy system)
        zendesk/   CSV export and macros
        jira/      OPS project, XML and JSON
        chat/      Slack export (#it-support) and Teams meeting chat
        email/     raw .eml files attached to tickets
        kb/        knowledge-base articles
        """, co=co.replace("-", " ").title(), agent=agent))

    # ------------------------------------------------------------------ second Slack day + more Zendesk
    F = c.file("%s/chat/slack-export/it-support/2024-03-19.json" % root)
    xoxp, dbot = t.slack_user(), t.discord_bot()
    msgs = [
        (u[1], "the Slack -> Jira sync broke again, who owns the integration?"),
        (u[2], "me, it runs with my user token `@@XOXP@@` because the app needed admin scopes"),
        (u[0], "and the community Discord bot token is @@DBOT@@ if someone wants to move it to the vault"),
        (u[1], "thanks, moving both now and revoking"),
    ]
    out = []
    for i, (user, text) in enumerate(msgs):
        out.append({"client_msg_id": "@@MID%d@@" % i, "type": "message", "text": text, "user": user,
                    "ts": "%d.%06d" % (base_ts + 604800 + 90 * i, r.randint(0, 999999))})
    text = json.dumps(out, indent=4)
    for i in range(len(msgs)):
        text = text.replace("@@MID%d@@" % i, F.n(t.uuid(), "uuid"))
    text = text.replace("@@XOXP@@", F.s(xoxp, "slack-token"))
    text = text.replace("@@DBOT@@", F.s(dbot, "discord-bot-token", {"type": "discord"}))
    F.write(text + "\n")

    F = c.file("%s/jira/export/issues-SD.json" % root)
    issue = {
        "id": str(r.randint(40000, 49999)), "key": "SD-%d" % r.randint(300, 900),
        "fields": {
            "summary": "Automation rule fails to post to Confluence",
            "description": "The automation uses the svc account. API token configured in the rule: @@ATL@@",
            "comment": {"comments": [
                {"body": "Square sync for the café POS also broke, their access token: @@SQ@@"},
                {"body": "Both tokens revoked and re-issued, stored in the vault. Closing."},
            ]},
        },
    }
    text = json.dumps(issue, indent=2)
    text = text.replace("@@ATL@@", F.s(t.atlassian(), "atlassian-api-token"))
    text = text.replace("@@SQ@@", F.s(t.square(), "square-access-token"))
    F.write(text + "\n")
