"""chatops/: Slack, Discord, Telegram, Matrix, Teams and Mattermost bots in several languages."""
from hrand import ALNUM, DIGITS, LOWER, UPPER, b64url_nopad


def build(x):
    r, t, n = x.r, x.t, x.n
    co = r.choice(["acme", "hooli", "umbrella", "vandelay"])

    # ---------------------------------------------------------------- Slack (Python, Bolt)
    f = x.c.file("chatops/slack-deploy-bot/app.py")
    xb = f.S(*t.slack_bot())
    ss = f.S(r.hex(32), "slack-signing-secret")
    xa = f.S(*t.slack_app())
    ch = f.N("C0" + r.s(UPPER + DIGITS, 9), "identifier")
    f.write('''import os
import subprocess

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

app = App(
    token=os.environ.get("SLACK_BOT_TOKEN", "%s"),
    signing_secret="%s",
)
DEPLOY_CHANNEL = "%s"


@app.command("/deploy")
def deploy(ack, command, say):
    ack()
    service = command["text"].strip()
    say(channel=DEPLOY_CHANNEL, text=f"deploying {service} for <@{command['user_id']}>")
    subprocess.run(["./deploy.sh", service], check=False)


if __name__ == "__main__":
    SocketModeHandler(app, "%s").start()
''' % (xb, ss, ch, xa))

    f = x.c.file("chatops/slack-deploy-bot/tests/test_app.py")
    ft = f.N("xoxb-test-token", "fake-test")
    fs = f.N(*n.fake("signing-secret"))
    sig = f.N("v0=" + r.hex(64), "hash")
    f.write('''import hashlib
import hmac

import pytest

FAKE_BOT_TOKEN = "%s"
FAKE_SIGNING_SECRET = "%s"


def test_signature_roundtrip():
    body = b"token=x&command=/deploy&text=api"
    ts = "1712345678"
    expected = "%s"
    mac = hmac.new(FAKE_SIGNING_SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256)
    assert mac.hexdigest() != expected  # fixture captured with another secret
''' % (ft, fs, sig))

    f = x.c.file("chatops/README.md")
    p1 = f.N("xoxb-your-bot-token", "template-ref")
    p2 = f.N("xapp-1-your-app-level-token", "template-ref")
    p3 = f.N("123456789:replace-with-botfather-token", "template-ref")
    f.write('''# chatops

Bots that live in our chat workspaces. Each bot reads its credentials from the environment;
in production they come from Vault (`secret/chatops/<bot>`).

| variable | example | where to get it |
|---|---|---|
| `SLACK_BOT_TOKEN` | `%s` | Slack app -> OAuth & Permissions |
| `SLACK_APP_TOKEN` | `%s` | Slack app -> Basic Information -> App-Level Tokens |
| `TELEGRAM_TOKEN` | `%s` | @BotFather |

Never paste real tokens into issues; rotate immediately if one leaks.
''' % (p1, p2, p3))

    # ---------------------------------------------------------------- Discord (JavaScript)
    f = x.c.file("chatops/discord-mod-bot/index.js")
    dt = f.S(*t.discord_bot())
    wh = f.S(*t.discord_webhook())
    gid = f.N(r.digits(18), "identifier")
    f.write('''const { Client, GatewayIntentBits } = require("discord.js");

const GUILD_ID = "%s";
const AUDIT_WEBHOOK = "%s";

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });

client.on("messageCreate", async (msg) => {
  if (msg.guildId !== GUILD_ID) return;
  if (/free nitro/i.test(msg.content)) {
    await msg.delete();
    await fetch(AUDIT_WEBHOOK, { method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ content: `removed spam from ${msg.author.tag}` }) });
  }
});

client.login(process.env.DISCORD_TOKEN || "%s");
''' % (gid, wh, dt))

    f = x.c.file("chatops/discord-mod-bot/config.json")
    an = f.S(*t.anthropic())
    own = f.N(r.digits(18), "identifier")
    f.write('{\n  "prefix": "!",\n  "ownerId": "%s",\n  "summaries": {\n    "provider": "anthropic",\n    "apiKey": "%s",\n    "model": "claude-3-haiku"\n  }\n}\n' % (own, an))

    # ---------------------------------------------------------------- Telegram (Go)
    f = x.c.file("chatops/telegram-notifier/main.go")
    tg = f.S(*t.telegram())
    gk = f.S(*t.groq())
    geo = f.S(*t.google_api())
    f.write('''package main

import (
	"log"
	"os"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const (
	defaultToken = "%s"
	groqKey      = "%s"
	geocodeKey   = "%s" // server-side Geocoding API key
	alertsChatID = -100%s
)

func main() {
	token := os.Getenv("TELEGRAM_TOKEN")
	if token == "" {
		token = defaultToken
	}
	bot, err := tgbotapi.NewBotAPI(token)
	if err != nil {
		log.Fatal(err)
	}
	msg := tgbotapi.NewMessage(alertsChatID, "notifier online")
	bot.Send(msg)
}
''' % (tg, gk, geo, r.digits(10)))

    f = x.c.file("chatops/telegram-notifier/main_test.go")
    tt = f.N("123456:TEST-TOKEN-NOT-REAL", "fake-test")
    f.write('''package main

import "testing"

func TestTokenParse(t *testing.T) {
	const testToken = "%s"
	if botID(testToken) != 123456 {
		t.Fatal("bad id")
	}
}
''' % tt)

    # ---------------------------------------------------------------- Ruby (Lita)
    f = x.c.file("chatops/lita/lita_config.rb")
    lt = f.S(*t.slack_bot())
    rp = f.S(x.urlpw(), "connection-string")
    jp = f.S(r.password("words"), "generic-password")
    f.write('''Lita.configure do |config|
  config.robot.name = "opsbot"
  config.robot.adapter = :slack
  config.adapters.slack.token = "%s"
  config.redis[:url] = "redis://:%s@redis.chatops.svc:6379/2"
  config.handlers.jira.site = "https://jira.%s.com"
  config.handlers.jira.username = "opsbot"
  config.handlers.jira.password = "%s"
end
''' % (lt, rp, co, jp))

    # ---------------------------------------------------------------- Matrix bridge (Rust, TOML)
    f = x.c.file("chatops/matrix-bridge/config.toml")
    user = "@bridge:%s.chat" % co
    body = r.s(ALNUM, 20)
    syt = f.S("syt_%s_%s_%s" % (b64url_nopad(user.split(":")[0][1:]), body, r.b62(6)), "matrix-token")
    rs = f.S(r.s(ALNUM + "-_.", 64), "generic-api-key")
    f.write('''[homeserver]
url = "https://matrix.%s.chat"
user_id = "%s"
access_token = "%s"

[appservice]
registration_shared_secret = "%s"
bind = "0.0.0.0:29318"

[logging]
level = "info"
''' % (co, user, syt, rs))

    f = x.c.file("chatops/matrix-bridge/src/main.rs")
    f.write('''use std::fs;

#[derive(serde::Deserialize)]
struct Homeserver { url: String, user_id: String, access_token: String }

fn main() -> anyhow::Result<()> {
    let cfg: toml::Value = toml::from_str(&fs::read_to_string("config.toml")?)?;
    let hs: Homeserver = cfg["homeserver"].clone().try_into()?;
    println!("bridging as {} on {}", hs.user_id, hs.url);
    Ok(())
}
''')

    # ---------------------------------------------------------------- Teams (C#)
    f = x.c.file("chatops/teams-standup/appsettings.json")
    aid = f.N(*n.uuid())
    apw = f.S(*t.azure_client_secret())
    tid = f.N(*n.uuid())
    f.write('{\n  "MicrosoftAppType": "SingleTenant",\n  "MicrosoftAppId": "%s",\n  "MicrosoftAppPassword": "%s",\n  "MicrosoftAppTenantId": "%s",\n  "Logging": { "LogLevel": { "Default": "Information" } }\n}\n' % (aid, apw, tid))

    f = x.c.file("chatops/teams-standup/appsettings.Development.json")
    e1 = f.N(*n.placeholder("APP_PASSWORD"))
    f.write('{\n  "MicrosoftAppId": "",\n  "MicrosoftAppPassword": "%s"\n}\n' % e1)

    # ---------------------------------------------------------------- Mattermost + summarizer (Python)
    f = x.c.file("chatops/mattermost/standup_bot.py")
    mm = f.S(r.s(LOWER + DIGITS, 26), "generic-api-key")
    f.write('''from mattermostdriver import Driver

driver = Driver({
    "url": "chat.%s.com",
    "token": "%s",
    "scheme": "https",
    "port": 443,
})
driver.login()
team = driver.teams.get_team_by_name("engineering")
''' % (co, mm))

    f = x.c.file("chatops/summarizer/summarize.py")
    lin = f.S(*t.linear())
    nt = f.S(*t.notion())
    pg = f.N("\"Your API key is invalid or has expired. Generate a new one in Settings > API.\"", "i18n")
    f.write('''import requests

LINEAR_KEY = "%s"
NOTION_TOKEN = "%s"
ERR_BAD_KEY = %s


def open_issues(team):
    q = {"query": "{ issues(filter: {state: {type: {neq: \\"completed\\"}}}) { nodes { title } } }"}
    resp = requests.post("https://api.linear.app/graphql", json=q, headers={"Authorization": LINEAR_KEY})
    if resp.status_code == 401:
        raise RuntimeError(ERR_BAD_KEY)
    return resp.json()["data"]["issues"]["nodes"]


def publish(page_id, text):
    requests.patch(f"https://api.notion.com/v1/blocks/{page_id}/children",
                   headers={"Authorization": f"Bearer {NOTION_TOKEN}", "Notion-Version": "2022-06-28"},
                   json={"children": [{"paragraph": {"rich_text": [{"text": {"content": text}}]}}]})
''' % (lin, nt, pg))

    f = x.c.file("chatops/hubot/.env")
    pd = f.S("u+" + r.s(ALNUM + "_-", 18), "generic-api-key")
    jpw = f.S(r.password("human"), "generic-password")
    f.write("HUBOT_NAME=ops\nHUBOT_PAGERDUTY_API_KEY=%s\nHUBOT_JIRA_URL=https://jira.%s.com\nHUBOT_JIRA_USER=hubot\nHUBOT_JIRA_PASSWORD=%s\n" % (pd, co, jpw))
