"""Translation agency (LSP): machine-translation gateway, CAT/TM server, TMS (Django), freelancer FTP sheet,
client CMS connectors, repo sync, QA bot, TM export script, and PMs talking to clients and linguists."""

from themes.common import CHAT_EXT, CHATS, TICKET_EXT, TICKETS, WIKI_EXT, WIKIS, chat, email, sheet, ticket, wiki

NAME = "lsp-translation"
ORGS = [("Polyglot Bridge Translations", "polyglot", "polyglotbridge.com"),
        ("Lingua Nova LSP", "linguanova", "linguanova.eu"),
        ("Meridian Language Services", "meridian-ls", "meridianlanguage.com")]
PAIRS = ["EN>DE", "EN>FR", "EN>JA", "DE>EN", "EN>PT-BR", "EN>ES", "FR>NL", "EN>KO"]


def build(T):
    T.setup(*T.pick(ORGS))
    T.services = ["tms", "mt-gateway", "cat-server", "vendor-portal", "qa-bot"]
    T.hosts = ["tms01", "cat01", "mtgw01", "files01", "qa01"]
    T.words = ["Glossary", "Segment", "Fuzzy", "Termbase", "Proofread", "Locale", "Lingo", "Babel"]
    v = T.v
    client = T.pick(["Norrland Outdoor", "Kestrel Medical", "Atlas Robotics", "Sundial Games", "Orchid Cosmetics"])
    cms_pw = v.pw()

    d = T.doc("mt-gateway/engines.yaml")
    e1, dl = T.P(d, "deepl")
    d.put("""# machine translation engines, routed per language pair
engines:
  deepl:
    auth_key: "{dl}"
    pairs: [EN>DE, EN>FR, DE>EN, FR>NL]
  azure_translator:
    region: westeurope
    subscription_key: "{az}"
  modernmt:
    api_key: "{mm}"
    context_memory: {cm}
fallback: azure_translator
""".format(dl=dl, az=T.named(d, v.hex(32), "azure-translator-key"), mm=T.named(d, v.chars("ABCDEF0123456789", 8) + "-" + v.HEX(4) + "-" + v.HEX(4) + "-" + v.HEX(4) + "-" + v.HEX(12), "modernmt-api-key"),
           cm=v.digits(6)))

    d = T.doc("cat-server/server.ini", crlf=True)
    d.put("""[Server]
Name=cat01
Port=8080
[Database]
ConnectionString=Data Source=cat01;Initial Catalog=TMServer;User ID=tm_admin;Password={pw}
[License]
Key={lic}
[Admin]
User=catadmin
Password={ap}
""".format(pw=d.S(v.pw(), "password-connection-string"), lic=d.N("****-****-****-" + v.HEX(4), "masked"),
           ap=d.S(v.pw_human(T.words), "password-ini")))

    d = T.doc("tms/tms/settings/production.py")
    d.put('''from .base import *  # noqa

DEBUG = False
SECRET_KEY = "{sk}"
DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "tms01",
        "NAME": "tms",
        "USER": "tms",
        "PASSWORD": "{db}",
    }}
}}
EMAIL_HOST = "smtp.{dom}"
EMAIL_HOST_USER = "projects@{dom}"
EMAIL_HOST_PASSWORD = "{ep}"
'''.format(sk=d.S(v.b64u(50), "django-secret-key"), db=d.S(v.pw(), "password-python"), dom=T.domain,
           ep=d.S(v.pw(), "password-python")))
    d = T.doc("tms/tms/settings/local.py.example")
    d.put('from .base import *  # noqa\n\nDEBUG = True\nSECRET_KEY = "%s"\nDATABASES["default"]["PASSWORD"] = %s\n' % (
        d.N("django-insecure-dev-only", "placeholder"), d.N('os.environ.get("TMS_DB_PASSWORD", "")', "env-reference")))

    d = T.doc("vendor-portal/ftp-accounts.csv", prose=True)
    rows = [["linguist", "pair", "ftp user", "ftp password", "status"]]
    for i in range(4):
        rows.append([v.person(), T.pick(PAIRS), "ln%03d" % T.r.randrange(1, 400),
                     d.S(v.pw_human(T.words), "password-sheet") if i < 3 else d.N("(uses SFTP key)", "secret-reference"),
                     T.pick(["active", "active", "on hold"])])
    d.put(sheet(rows))

    d = T.doc("connectors/client-repos.json")
    e1, gh = T.P(d, "github-fg")
    d.put("""{{
  "client": "{c}",
  "repo": "{cs}/localization",
  "token": "{gh}",
  "webhook_secret": "{wh}",
  "paths": ["locales/en.json", "locales/*.json"]
}}
""".format(c=client, cs=client.lower().replace(" ", "-"), gh=gh, wh=d.S(v.hex(40), "webhook-secret")))

    d = T.doc("qa-bot/bot.env")
    e1, sb = T.P(d, "slack-bot")
    e2, ss = T.P(d, "slack-signing")
    d.put("# terminology QA bot\n%s=%s\n%s=%s\nTERMBASE_URL=https://cat01:8080/termbase\n" % (e1, sb, e2, ss))

    d = T.doc("cat-server/export-tm.sh")
    d.put("""#!/bin/bash
# weekly TM export for the client archive
set -euo pipefail
for tm in $(cat tms.txt); do
  curl -fsS -u catadmin:{pw} "https://cat01:8080/api/tm/$tm/export?format=tmx" -o "/srv/archive/$tm.tmx"
done
""".format(pw=d.S(v.pw_uri(), "password-curl-u")))

    fmt = T.pick(WIKIS)
    d = T.doc("pm/wiki/client-cms-access%s" % WIKI_EXT[fmt], prose=True)
    d.put(wiki(fmt, "Client CMS access", [
        ("p", "Some clients let us publish translations straight into their CMS. Keep this page restricted."),
        ("table", ["client", "CMS", "login", "secret"], [
            [client, "WordPress (WPML)", "lsp-publisher", d.S("%s %s %s %s %s %s" % tuple(v.alnum_lower(4) for _ in range(6)), "wordpress-application-password")],
            ["Harbor Tech", "Contentful", "token", d.N("see 1Password: Harbor Contentful", "secret-reference")]])]))

    fmt = T.pick(CHATS)
    T.chat_used = fmt
    d = T.doc("pm/chat/project-managers%s" % CHAT_EXT[fmt], prose=True)
    d.put(chat(fmt, T, "project-managers", [
        (2, "%s wants the DE strings live by Friday" % client),
        (1, "I can publish directly, their CMS login is on the wiki"),
        (2, "the wiki one is old, they sent a new password: %s" % d.S(cms_pw, "password-chat")),
        (3, "new linguist for EN>JA needs FTP, I gave them ln%03d / %s" % (T.r.randrange(400, 500), d.S(v.pw_human(T.words), "password-chat")))]))

    d = T.doc("pm/mail/client-cms.eml", prose=True)
    d.put(email("%s <web@%s.com>" % (v.person(), client.split()[0].lower()), "%s <%s>" % (T.people[2], T.email(2)),
                "Staging access for the translation import", "Wed, %d Jul 2025 13:05:59 +0200" % T.r.randrange(1, 28), """Hi {n},

staging is behind basic auth: staging / {ba}
CMS editor account for your team: lsp-editor / {pw}

Please publish to staging first, we review before go-live.

Thanks
""".format(n=T.first(2), ba=d.S(v.pw_human(T.words), "password-email"), pw=d.S(cms_pw, "password-email"))))

    fmt = T.pick(TICKETS)
    T.ticket_used = fmt
    n = v.digits(4)
    d = T.doc("pm/tickets/VP-%s%s" % (n, TICKET_EXT[fmt]), prose=True)
    d.put(ticket(fmt, T, "VP-%s" % n, "Linguist cannot open vendor portal",
                 "Freelancer reports 'wrong password' on the vendor portal. Password they use: %s" % d.S(v.pw_human(T.words), "password-ticket"),
                 [(1, "Caps lock. Solved."), (2, "Reminder: never ask linguists for their password.")]))
