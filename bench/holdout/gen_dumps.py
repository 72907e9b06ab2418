"""db-dumps/ and exports/: SQL dumps, a Mongo export, e-mail and chat exports."""
import json

from hrand import ALNUM, B64URL, HEX, LOWER, UPPER, b64, wrap


def build(x):
    r, t, n = x.r, x.t, x.n
    co = r.choice(["acme", "globex", "hooli", "initech", "vandelay"])

    # ---------------------------------------------------------------- Postgres dump
    f = x.c.file("db-dumps/prod_app_2024-05-30.sql")
    rolepw = f.S(r.password("strong").replace("'", ""), "generic-password")
    scram = f.N(*n.scram())
    users = []
    for i in range(4):
        h = f.N(*n.argon2())
        users.append("%d\t%s.%s@example.org\t%s\t2023-0%d-1%d 10:00:00+00" % (
            100 + i, *r.person(), h, r.randint(1, 9), r.randint(0, 9)))
    keys = []
    for i, gen in enumerate([t.stripe_secret, t.sendgrid, t.shopify, t.openai]):
        v, cat = gen()
        keys.append("%d\t%d\t%s\t%s\t2024-0%d-0%d" % (i + 1, r.randint(1, 50), gen.__name__, f.S(v, cat),
                                                       r.randint(1, 5), r.randint(1, 9)))
    ocs = [f.S(r.s(ALNUM, 40), "oauth-client-secret") for _ in range(2)]
    oauth = ["%s\t%s\t%s\thttps://%s.example/cb" % (r.uuid(), name, s, name)
             for name, s in zip(["reporting-portal", "mobile-app"], ocs)]
    wh = f.S(*t.stripe_whsec())
    f.write('''--
-- PostgreSQL database dump
--
SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE ROLE app_rw LOGIN PASSWORD '%s';
ALTER ROLE reporting PASSWORD '%s';

CREATE TABLE public.users (id bigint, email text, password_hash text, created_at timestamptz);
CREATE TABLE public.integration_keys (id bigint, account_id bigint, provider text, secret text, created_at date);
CREATE TABLE public.oauth_clients (client_id uuid, name text, client_secret text, redirect_uri text);

COPY public.users (id, email, password_hash, created_at) FROM stdin;
%s
\\.

COPY public.integration_keys (id, account_id, provider, secret, created_at) FROM stdin;
%s
\\.

COPY public.oauth_clients (client_id, name, client_secret, redirect_uri) FROM stdin;
%s
\\.

INSERT INTO public.settings (key, value) VALUES ('stripe_webhook_secret', '%s');
INSERT INTO public.settings (key, value) VALUES ('password_min_length', '12');
''' % (rolepw, scram, "\n".join(users), "\n".join(keys), "\n".join(oauth), wh))

    # ---------------------------------------------------------------- MySQL dump (legacy CRM)
    f = x.c.file("db-dumps/legacy_crm.sql")
    crm = f.S(r.password("words"), "generic-password")
    nat = f.N("*" + r.s(HEX.upper(), 40), "hash")
    mcs = [f.S(*t.mailchimp()), f.S(*t.mailgun()), f.S(r.s(ALNUM, 32), "generic-api-key")]
    bc = [f.N("$2y$10$" + r.s(ALNUM + "./", 53), "hash") for _ in range(3)]
    f.write('''-- MySQL dump 10.13  Distrib 5.7.44, for Linux (x86_64)
-- Host: crm-db    Database: crm
/*!40101 SET NAMES utf8mb4 */;

CREATE USER 'crm_app'@'%%' IDENTIFIED BY '%s';
CREATE USER 'crm_ro'@'%%' IDENTIFIED WITH mysql_native_password AS '%s';

LOCK TABLES `integrations` WRITE;
INSERT INTO `integrations` (`id`, `name`, `api_key`) VALUES
(1,'mailchimp','%s'),
(2,'mailgun','%s'),
(3,'zendesk','%s');
UNLOCK TABLES;

LOCK TABLES `users` WRITE;
INSERT INTO `users` (`id`, `login`, `password`) VALUES
(1,'admin','%s'),
(2,'sales1','%s'),
(3,'sales2','%s');
UNLOCK TABLES;
''' % (crm, nat, mcs[0], mcs[1], mcs[2], bc[0], bc[1], bc[2]))

    # ---------------------------------------------------------------- Mongo export
    f = x.c.file("db-dumps/mongo/settings.json")
    smtp = f.S(r.password("strong").replace('"', ""), "generic-password")
    oid = f.N(r.hex(24), "identifier")
    oid2 = f.N(r.hex(24), "identifier")
    s3k, s3s = t.aws_pair()
    f.S(s3k, "aws-credentials", end=s3s)
    docs = [{"_id": {"$oid": oid}, "key": "smtp",
             "value": {"host": "smtp.%s.com" % co, "port": 587, "user": "notifications", "pass": smtp}},
            {"_id": {"$oid": oid2}, "key": "s3",
             "value": {"bucket": "%s-uploads" % co, "accessKeyId": s3k, "secretAccessKey": s3s}}]
    f.write(json.dumps(docs, indent=2) + "\n")  # mongoexport --jsonArray --pretty

    # ---------------------------------------------------------------- e-mail (.eml)
    f = x.c.file("exports/email/2024-02-07_vpn-access.eml")
    vpw = f.S(r.password("human"), "generic-password")
    dk = f.N(r.b64(128), "hash")
    bh = f.N(r.b64(32), "hash")
    mid = f.N("<%s@mail.%s.com>" % (r.uuid(), co), "identifier")
    me, last = r.person()
    f.write('''Return-Path: <it-helpdesk@%s.com>
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s.com; s=sel1;
 bh=%s;
 b=%s
Message-ID: %s
Date: Wed, 07 Feb 2024 09:41:17 +0100
From: IT Helpdesk <it-helpdesk@%s.com>
To: %s.%s@%s.com
Subject: Your VPN account
Content-Type: text/plain; charset=utf-8

Hi %s,

your VPN account is ready.

  Server:   vpn.%s.com
  Username: %s.%s
  Password: %s

Please change the password at first login.

-- 
IT Helpdesk
''' % (co, co, bh, dk, mid, co, me, last, co, me.capitalize(), co, me, last, vpw))

    f = x.c.file("exports/email/2024-03-19_release-notes.eml")
    img, _ = n.png_b64(600)
    body64 = wrap(img, 76)
    f.N(body64, "base64-image")
    sigblk = "-----BEGIN PGP SIGNATURE-----\n\n%s\n=%s\n-----END PGP SIGNATURE-----" % (wrap(r.b64(280), 64), r.b64(3))
    f.N(sigblk, "public-key")
    f.write('''From: Release Bot <release@%s.com>
To: eng-all@%s.com
Subject: Release 5.12 is out
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="b1"

--b1
Content-Type: text/plain; charset=utf-8

Release 5.12 shipped. Highlights: faster exports, new password reset flow
(reset links expire after 30 minutes).

%s

--b1
Content-Type: image/png; name="chart.png"
Content-Transfer-Encoding: base64

%s
--b1--
''' % (co, co, sigblk, body64))

    # ---------------------------------------------------------------- mbox thread
    f = x.c.file("exports/mbox/ops-list-2023.mbox")
    rpw = f.S(r.password("words"), "generic-password")
    ilo = f.S(r.password("strong").replace(" ", ""), "generic-password")
    pol = f.N("passwords now need 16+ chars and no reuse of the last 10", "password-policy")
    f.write('''From ops-list@%s.com Mon Oct  2 10:12:01 2023
From: %s <%s@%s.com>
Subject: db03 rebuilt

db03 is back. Temporary root pw is %s until we move it into Vault.

From ops-list@%s.com Mon Oct  2 11:30:45 2023
From: security@%s.com
Subject: Re: db03 rebuilt

Reminder: %s. Please rotate that one today.

From ops-list@%s.com Tue Oct  3 08:02:13 2023
From: %s@%s.com
Subject: iLO access

iLO for the new rack: user Administrator / %s
''' % (co, me, me, co, rpw, co, co, pol, co, last, co, ilo))

    # ---------------------------------------------------------------- Slack export
    f = x.c.file("exports/slack/dev-backend/2024-04-02.json")
    sk = f.S(*t.stripe_secret())
    bt = f.S(*t.square())
    hfk = f.S(*t.huggingface())
    cm = [f.N(*n.uuid()) for _ in range(3)]
    msgs = [
        {"type": "message", "user": "U0" + r.s(UPPER + "0123456789", 9), "text": "anyone have the prod stripe key? the billing job is failing",
         "ts": "1712051112.123409", "client_msg_id": cm[0]},
        {"type": "message", "user": "U0" + r.s(UPPER + "0123456789", 9),
         "text": "here: `%s` - pls move it to vault after" % sk, "ts": "1712051190.553219"},
        {"type": "message", "user": "U0" + r.s(UPPER + "0123456789", 9),
         "text": "square sandbox is down, I'm testing against prod with %s" % bt, "ts": "1712051301.004411"},
        {"type": "message", "user": "U0" + r.s(UPPER + "0123456789", 9), "text": "new password policy is live: 14 chars minimum",
         "ts": "1712051390.118822", "client_msg_id": cm[1]},
        {"type": "message", "user": "U0" + r.s(UPPER + "0123456789", 9),
         "text": "HF model pull works with `HF_TOKEN=%s`" % hfk, "ts": "1712051455.771100"},
        {"type": "message", "user": "U0" + r.s(UPPER + "0123456789", 9), "text": "thanks!", "ts": "1712051502.118822",
         "client_msg_id": cm[2]},
    ]
    f.write(json.dumps(msgs, indent=4) + "\n")

    # ---------------------------------------------------------------- IRC / chat transcript
    f = x.c.file("exports/chat/irc-%s-ops.log" % co)
    a1 = f.S(r.password("human"), "generic-password")
    a2 = f.S(r.s(LOWER + "0123456789", 8), "generic-password")
    tok = f.S(*t.pulumi())
    f.write('''[09:01] <%s> morning
[09:03] <%s> can't get into the staging grafana
[09:04] <%s> admin / %s
[09:04] <%s> ty
[09:20] <%s> who knows the router console pw?
[09:22] <%s> it's %s, sticker on the rack says so too
[09:40] <%s> pulumi login keeps asking me for a token
[09:41] <%s> use mine for now: %s
[09:41] <%s> (will rotate later)
''' % (me, last, me, a1, last, last, me, a2, last, me, tok, me))

    # ---------------------------------------------------------------- CSV export of an admin panel
    f = x.c.file("exports/admin/api_clients_export.csv")
    rows = []
    for name in ["partner-a", "partner-b", "partner-c"]:
        cid = r.uuid()
        rows.append("%s,%s,%s,active" % (name, cid, f.S("sk_" + r.s(ALNUM, 40), "generic-api-key")))
    pub = f.N("pk_" + r.s(ALNUM, 40), "publishable-key")
    rows.append("web-widget,%s,%s,active" % (r.uuid(), pub))
    f.write("client_name,client_id,api_secret,status\n" + "\n".join(rows) + "\n")
    _ = (B64URL, b64)
