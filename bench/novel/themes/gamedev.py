"""game-backend/: an indie studio's live-service backend: PlayFab, Steamworks, Epic Online
Services, Photon, GameAnalytics, Twitch extension, Unity Gaming Services, mod.io, Discord bots,
Horde/SteamPipe build tooling, Android signing, crash reporting (Sentry, BugSplat), anti-cheat
signing keys, localisation, depot manifests, onboarding docs, a Discord export and histories."""

import json

import nkeys
from nframe import jdump, kv, esc_json_pem
from themes.common import sentence, neutral, ticket, history, filler, sha256sums, b64

DOM = "pixelforge.games"


def build(t):
    c, g, K, S, N, B, A, E = t.c, t.g, t.K, t.S, t.N, t.B, t.A, t.E
    title = g.hexs(5, upper=True)
    redis_pw = g.pw_strong(24, "")

    # ---------------------------------------------------------------- services
    t.add("services/matchmaker/.env", f"""PLAYFAB_TITLE_ID={title}
PLAYFAB_SECRET_KEY={S(g.playfab_secret(), 'playfab-secret-key')}
PHOTON_APP_ID={N(g.uuid(), 'public-client-id')}
PHOTON_REGION=eu
REDIS_URL=rediss://default:{S(redis_pw, 'credential-uri')}@mm-cache.{DOM}:6380
MATCH_TIMEOUT_MS=45000
""")
    eos_id, eos_sec = g.s(32, "abcdefghijklmnopqrstuvwxyz0123456789"), g.eos_secret()
    t.add("services/economy/appsettings.Production.json", f"""{{
  "ConnectionStrings": {{
    "Economy": "Server=tcp:economy-sql.{DOM},1433;Database=economy;User ID=econ_app;Password={S(g.pw(safe=True), 'db-connection-string')};Encrypt=True;",
    "Redis": "mm-cache.{DOM}:6380,password={S(redis_pw, 'credential-uri')},ssl=True"
  }},
  "Steam": {{
    "AppId": 2456780,
    "WebApiKey": "{S(g.steam_web(), 'steam-web-api-key')}",
    "PublisherKey": "{S(g.steam_web(), 'steam-web-api-key')}"
  }},
  "Eos": {{
    "ProductId": "{N(g.hexs(32), 'resource-identifier')}",
    "SandboxId": "{N(g.hexs(32), 'resource-identifier')}",
    {B('s', 'eos-client-credentials')}"ClientId": "{A(eos_id, 'id')}",
    "ClientSecret": "{A(eos_sec)}"{E()}
  }},
  "Logging": {{ "LogLevel": {{ "Default": "Information" }} }}
}}
""")
    jwt_secret = g.b64(48)
    gp = K.rsa()
    t.add("services/auth/config.toml", f"""[server]
bind = "0.0.0.0:8443"

[tokens]
issuer = "https://auth.{DOM}"
hs256_secret = "{S(jwt_secret, 'hmac-secret')}"
access_ttl = "15m"
refresh_ttl = "30d"

[apple]
team_id = "{g.s(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}"
key_id = "{g.s(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}"
private_key_path = "/run/secrets/AuthKey.p8"

[google_play]
service_account_file = "/run/secrets/play-sa.json"
""")
    ak = K.ec()
    t.add("services/auth/keys/AuthKey_%s.p8" % g.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), S(ak.pem8(), 'private-key-pem') + "\n")
    pid = "pixelforge-live-%d" % g.r.randint(100, 999)
    t.add("services/auth/keys/play-sa.json", "{\n" + f"""  {B('s', 'gcp-service-account')}"type": "service_account",
  "project_id": "{pid}",
  "private_key_id": "{A(g.hexs(40))}",
  "private_key": "{A(esc_json_pem(gp.pem8()), 'pem-json')}",
  "client_email": "play-publisher@{pid}.iam.gserviceaccount.com",
  "client_id": "{g.num(21)}",
  "token_uri": "https://oauth2.googleapis.com/token"{E()}
""" + "}\n")
    sk = K.ec()
    t.add("services/auth/jwks.json", N(jdump({"keys": [sk.jwk(g.s(8), private=False)]}).rstrip("\n"), 'public-key') + "\n")
    t.add("services/auth/keys/session-signing.pem", S(sk.pem8(), 'private-key-pem') + "\n")
    t.add("services/leaderboard/docker-compose.yml", f"""services:
  api:
    image: ghcr.io/pixelforge/leaderboard:1.14.2
    environment:
      DATABASE_URL: postgres://lb:{S(g.pw(safe=True), 'credential-uri')}@db:5432/leaderboard
      REDIS_PASSWORD: ${{REDIS_PASSWORD}}
      GA_GAME_KEY: {N(g.hexs(32), 'public-client-id')}
      GA_SECRET_KEY: {S(g.hexs(40), 'gameanalytics-secret-key')}
  db:
    image: postgres:16@sha256:{N(g.sha256(), 'integrity-hash')}
    environment:
      POSTGRES_PASSWORD: {N('${POSTGRES_PASSWORD:?set in .env}', 'env-reference')}
""")
    t.add("services/chat/discord_bot.py", f'''import discord

INTENTS = discord.Intents.default()
TOKEN = "{S(g.discord_bot(), 'discord-bot-token', 'discord')}"
GUILD_ID = {g.num(18)}

client = discord.Client(intents=INTENTS)


@client.event
async def on_ready():
    print("logged in as", client.user)

client.run(TOKEN)
''')
    t.add("services/chat/.env", kv("env", [("DISCORD_ANNOUNCE_WEBHOOK", S(g.discord_webhook(), 'discord-webhook')),
                                           ("DISCORD_PUBLIC_KEY", N(g.hexs(64), 'public-key')),
                                           ("DISCORD_APPLICATION_ID", g.num(18))]) + "\n")
    t.add("services/twitch-extension/.env", f"""TWITCH_CLIENT_ID={N(g.s(30, 'abcdefghijklmnopqrstuvwxyz0123456789'), 'public-client-id')}
TWITCH_CLIENT_SECRET={S(g.twitch_secret(), 'twitch-client-secret')}
TWITCH_EXTENSION_SECRET={S(g.b64(32), 'hmac-secret', 'b64-32')}
TWITCH_OWNER_ID={g.num(9)}
""")
    ugs_id, ugs_sec = g.uuid(), g.s(32)
    t.add("services/liveops/ugs-service-account.json", jdump({
        "keyId": c.B('s', 'unity-service-account') + c.A(ugs_id, 'id'), "secretKey": c.A(ugs_sec) + c.E(),
        "projectId": N(g.uuid(), 'resource-identifier'), "environment": "production"}))
    t.add("services/liveops/remote-config.json", jdump({"flags": {"double_xp_weekend": False, "store_v2": True},
                                                        "config_hash": N(g.sha1(), 'hash-sha1')}))
    t.add("services/mods/.env", f"MODIO_API_KEY={S(g.hexs(32), 'modio-api-key')}\nMODIO_GAME_ID={g.r.randint(1000, 9999)}\n")
    t.add("services/forum/src/config.php", f"""<?php
$config['db']['host'] = 'forum-db.{DOM}';
$config['db']['username'] = 'xf_forum';
$config['db']['password'] = '{S(g.pw(), 'generic-password')}';
$config['db']['dbname'] = 'xenforo';
$config['superAdmins'] = '1';
$config['globalSalt'] = '{S(g.hexs(32), 'app-secret')}';
""")

    # ---------------------------------------------------------------- build tooling
    t.add("build/horde/server.json", f"""{{
  "Horde": {{
    "ServerUrl": "https://horde.{DOM}",
    "MongoConnectionString": "mongodb://horde:{S(g.pw(safe=True), 'credential-uri')}@mongo01.{DOM}:27017/horde?authSource=admin",
    "RedisConnectionConfig": "redis01.{DOM}:6379",
    "AuthMethod": "OpenIdConnect",
    "OidcAuthority": "https://login.{DOM}/oauth2/default",
    "OidcClientId": "{N(g.s(20), 'public-client-id')}",
    "OidcClientSecret": "{S(g.s(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'), 'oauth-client-secret')}"
  }}
}}
""")
    builder_pw = g.pw()
    t.add("build/steampipe/upload.sh", f"""#!/usr/bin/env bash
set -euo pipefail
# Upload a build to the beta branch. Run on the build box only.
STEAM_USER=pixelforge_builder
steamcmd +login "$STEAM_USER" '{S(builder_pw, 'generic-password')}' \\
  +run_app_build "$(pwd)/app_build_2456780.vdf" +quit
""")
    t.add("build/steampipe/app_build_2456780.vdf", f""""AppBuild"
{{
  "AppID" "2456780"
  "Desc" "nightly"
  "SetLive" "beta"
  "ContentRoot" "..\\content\\"
  "Depots"
  {{
    "2456781" "depot_build_2456781.vdf"
  }}
}}
""")
    t.add("build/signing/keystore.properties", f"""storeFile=../signing/pixelforge-release.jks
storePassword={S(g.pw(), 'keystore-password')}
keyAlias=release
keyPassword={S(g.pw(), 'keystore-password')}
""")
    t.add("build/unity/ProjectSettings/UnityConnectSettings.asset", f"""%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!310 &1
UnityConnectSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 1
  m_Enabled: 1
  m_TestMode: 0
  m_ConfigUrl: https://config.uca.cloud.unity3d.com
  m_CloudProjectId: {N(g.uuid(), 'uuid')}
  m_DashboardUrl: https://dashboard.unity3d.com
""")
    metas = []
    for name in ["PlayerController.cs", "NetworkManager.cs", "ShopUI.prefab", "Boss01.mat"]:
        t.add(f"build/unity/Assets/Scripts/{name}.meta", f"fileFormatVersion: 2\nguid: {N(g.hexs(32), 'uuid')}\nMonoImporter:\n  serializedVersion: 2\n")
    ci_gh = g.github("ghp_")
    t.add("build/ci/nightly.yml", f"""name: nightly
on:
  schedule: [{{cron: "0 3 * * *"}}]
jobs:
  build:
    runs-on: [self-hosted, windows, ue5]
    steps:
      - uses: actions/checkout@{N(g.git_sha(), 'git-sha')}
      - name: fetch private plugins
        run: git clone https://x-access-token:${{{{ secrets.PLUGINS_TOKEN }}}}@github.com/pixelforge/ue-plugins.git
      - name: upload symbols
        env:
          SENTRY_AUTH_TOKEN: {N('${{ secrets.SENTRY_AUTH_TOKEN }}', 'ci-secret-reference')}
        run: sentry-cli debug-files upload --include-sources Binaries/
""")
    t.add("build/ci/local-plugins.sh", f"""#!/bin/sh
# quick fix until the runner has the org secret
git clone https://{S(ci_gh, 'github-pat', 'gh')}@github.com/pixelforge/ue-plugins.git Plugins/Private
""")
    sha256sums(t, "build/out/SHA256SUMS", ["pixelforge-win64-0.9.%d.zip" % i for i in range(6)], label=4)
    t.add("build/out/depots.txt", "\n".join("depot %d manifest %s" % (2456781 + i, g.num(19)) for i in range(3)) + "\n")

    # ---------------------------------------------------------------- crash / anti-cheat
    org = "pixelforge"
    t.add("crash/sentry.properties", f"""defaults.url=https://sentry.io/
defaults.org={org}
defaults.project=game-client
auth.token={S(g.sentry_org(org), 'sentry-auth-token', 'sntrys')}
""")
    t.add("crash/client-config.ini", f"""[CrashReporter]
DataRouterUrl="https://crash.{DOM}/api/1/crash"
SentryDsn={N(g.sentry_dsn(), 'dsn-public')}
bAllowToBeContacted=true
""")
    t.add("crash/bugsplat.json", jdump({"database": "pixelforge_live", "application": "PixelForge",
                                        "clientId": N(g.hexs(32), 'public-client-id'),
                                        "clientSecret": S(g.s(32), 'bugsplat-client-secret')}))
    ac = K.rsa()
    t.add("anticheat/signing/private.pem", S(ac.pem1(), 'private-key-pem') + "\n")
    t.add("anticheat/signing/public.pem", N(ac.pub_pem(), 'public-key') + "\n")
    t.add("anticheat/README.md", f"""# Anti-cheat integrity signing

`private.pem` signs the integrity catalogue at build time; the game ships `public.pem`.
The key's SHA-256 fingerprint is `{N(g.sha256(), 'key-fingerprint')}`.
""")

    # ---------------------------------------------------------------- localisation / tests
    for lang, word in (("de", "Passwort"), ("fr", "Mot de passe"), ("pl", "Hasło"), ("pt-BR", "Senha")):
        t.add(f"client/loc/{lang}.json", jdump({"ui.login.password": N(word, 'i18n-string'), "ui.login.submit": "OK"}))
    t.add("services/auth/tests/test_tokens.py", f'''"""Scanner-regression fixtures: these tokens have broken checksums on purpose."""
FAKE_GH = "{N(g.github('ghp_', bad=True), 'bad-checksum-token', 'gh-bad')}"
FAKE_NPM = "{N(g.npm(bad=True), 'bad-checksum-token', 'gh-bad')}"
JWT_IO_SAMPLE = "{N('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', 'documentation-example', 'jwt')}"


def test_rejects_fake_tokens():
    assert not looks_valid(FAKE_GH)
''')

    # ---------------------------------------------------------------- prose
    t.add("docs/onboarding.md", f"""# Backend onboarding

* VPN: WireGuard config from IT.
* PlayFab: ask the producer for a seat; the *title* secret key is only for the servers.
* Staging admin panel: https://admin.staging.{DOM} - {sentence(c, g, 'the staging admin panel', g.pw(), user='qa-admin')}
* The Steam partner site login is personal; never share it.
* {neutral(g, 'Horde')}
""")
    leaked = g.steam_web()
    t.add("docs/postmortem-2024-02-steam-key.md", f"""# Post-mortem: Steam Web API key in a public repo

On 12 Feb a contractor pushed `tools/stats.py` with the publisher key
`{S(leaked, 'steam-web-api-key')}` to a public fork. The key was revoked within 40 minutes.

New key is in the vault under `{N('kv/steam/publisher-key', 'vault-reference')}`.
Fingerprint of the offending commit: {N(g.git_sha(), 'git-sha')}.
""")
    msgs = [neutral(g, "matchmaker"), "who has the playfab secret for the soak test title?",
            S(g.playfab_secret(), 'playfab-secret-key') + " (soak title only)", neutral(g, "leaderboard"),
            "staging db is postgres://lb_stage:" + S(g.pw(safe=True), 'credential-uri') + "@db.staging." + DOM + "/lb",
            "please rotate that", neutral(g, "Horde")]
    export = {"guild": {"name": "PixelForge Dev"}, "channel": {"name": "backend"},
              "messages": [{"id": g.num(18), "timestamp": "2024-0%d-1%dT1%d:0%d:00+00:00" % (g.r.randint(1, 9), i % 10, i % 10, i % 10),
                            "author": {"name": g.user()}, "content": m} for i, m in enumerate(msgs)]}
    t.add("community/discord-export-backend.json", jdump(export))
    ticket(t, "tickets/OPS-412.txt", "OPS-412", "Crash uploads failing from QA lab", [
        "QA lab machines cannot reach the crash endpoint.", "Proxy login for the lab: qa-proxy / " + S(g.pw(safe=True), 'password-in-prose'),
        neutral(g, 'the crash endpoint')], system="Jira")
    h = filler(g, 3, "horde", "build01") + [
        "export PLAYFAB_SECRET_KEY=%s" % S(g.playfab_secret(), 'playfab-secret-key'),
        "curl \"https://api.steampowered.com/ISteamUser/GetPlayerSummaries/v2/?key=%s&steamids=%s\"" % (S(g.steam_web(), 'steam-web-api-key'), g.num(17)),
        "p4 login -a", "p4 set P4PASSWD=%s" % S(g.pw(), 'password-in-history'),
        "docker login ghcr.io -u pixelforge-bot -p %s" % S(g.github("ghp_"), 'github-pat', 'gh')] + filler(g, 3, "steamcmd", "build01")
    history(t, "home/buildbot/.zsh_history", [": %d:0;%s" % (1710000000 + k * 37, l) for k, l in enumerate(h)])
