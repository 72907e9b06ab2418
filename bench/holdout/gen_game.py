"""game-server/: a multiplayer game backend (Lua, C#, C++, Source/Minecraft configs, Unity)."""
import json

from hrand import ALNUM, B64URL, DIGITS, UPPER


def build(x):
    r, t, n = x.r, x.t, x.n
    game = r.choice(["skyforge", "ironvale", "starhaven", "duskrun"])

    f = x.c.file("game-server/config/server.lua")
    rcon = f.S(r.password("words"), "generic-password")
    dbpw = f.S(r.password("strong"), "generic-password")
    steam = f.S(*t.steam_web_api())
    sid1 = f.N("7656119" + r.digits(10, False), "identifier")
    sid2 = f.N("7656119" + r.digits(10, False), "identifier")
    motd = f.N('"Welcome! Staff will never ask for your password."', "i18n")
    f.write('''-- %s dedicated server configuration
return {
  name = "%s EU #%d",
  max_players = 64,
  tick_rate = 30,
  server_password = "",
  rcon_password = "%s",
  motd = %s,
  database = {
    host = "%s",
    port = 3306,
    user = "gameserver",
    password = "%s",
    schema = "%s_live",
  },
  steam_api_key = "%s",
  admins = { "%s", "%s" },
}
''' % (game, game.capitalize(), r.randint(1, 9), rcon, motd, r.ip(), dbpw, game, steam, sid1, sid2))

    f = x.c.file("game-server/config/srcds/server.cfg")
    rc2 = f.S(r.password("human"), "generic-password")
    gslt = f.S(r.hex(32).upper(), "steam-key")
    f.write('''hostname "%s | community | 128 tick"
rcon_password "%s"
sv_password ""
sv_setsteamaccount %s
sv_lan 0
mp_autoteambalance 1
log on
''' % (game.capitalize(), rc2, gslt))

    f = x.c.file("game-server/config/minecraft/server.properties")
    mrc = f.S(r.password("words"), "generic-password")
    rps = f.N(*n.sha1())
    f.write('''#Minecraft server properties
enable-rcon=true
rcon.port=25575
rcon.password=%s
resource-pack=https://cdn.%s.gg/packs/lobby-v3.zip
resource-pack-sha1=%s
online-mode=true
white-list=true
level-seed=-%s
''' % (mrc, game, rps, r.digits(12)))

    # ---------------------------------------------------------------- C# backend
    f = x.c.file("game-server/src/Matchmaker/appsettings.json")
    sqlpw = f.S(r.password("strong").replace(";", "!"), "connection-string")
    rpw = f.S(r.b64(24), "connection-string")
    pfk = f.S(r.s(UPPER + DIGITS, 52), "generic-api-key")
    jwk = f.S(r.b64(64), "app-secret-key")
    photon = f.N(*n.uuid())
    title = f.N(r.s("ABCDEF0123456789", 5), "identifier")
    f.write(json.dumps({
        "ConnectionStrings": {
            "Default": "Server=tcp:sql-%s.database.windows.net,1433;Initial Catalog=%s;User ID=gameadmin;Password=%s;Encrypt=True;" % (game, game, sqlpw),
            "Redis": "redis-%s.redis.cache.windows.net:6380,password=%s,ssl=True,abortConnect=False" % (game, rpw)},
        "PlayFab": {"TitleId": title, "DeveloperSecretKey": pfk},
        "Jwt": {"Issuer": "https://auth.%s.gg" % game, "SigningKey": jwk, "LifetimeMinutes": 60},
        "Photon": {"AppId": photon, "Region": "eu"},
        "Logging": {"LogLevel": {"Default": "Information"}}}, indent=2) + "\n")

    f = x.c.file("game-server/src/Matchmaker/appsettings.Production.json")
    tok = f.N("#{SqlPassword}#", "template-ref")
    kv = f.N(*n.akv_ref("playfab-secret"))
    f.write(json.dumps({
        "ConnectionStrings": {"Default": "Server=tcp:sql-%s-prod.database.windows.net,1433;Initial Catalog=%s;User ID=gameadmin;Password=%s;" % (game, game, tok)},
        "PlayFab": {"DeveloperSecretKey": kv}}, indent=2) + "\n")

    f = x.c.file("game-server/src/Matchmaker/Services/EpicOnlineServices.cs")
    cid = f.N("xyza7891" + r.s(ALNUM, 24), "identifier")
    csec = f.S(r.s(ALNUM + "+/", 43), "generic-api-key")
    prod_id = f.N(r.hex(32), "identifier")
    dep_id = f.N(r.hex(32), "identifier")
    f.write('''namespace Matchmaker.Services;

public sealed class EpicOnlineServices
{
    private const string ProductId = "%s";
    private const string ClientId = "%s";
    private const string ClientSecret = "%s";
    private const string DeploymentId = "%s";

    public EosSession Connect() => EosSession.Create(ProductId, ClientId, ClientSecret, DeploymentId);
}
''' % (prod_id, cid, csec, dep_id))

    # ---------------------------------------------------------------- C++ native
    f = x.c.file("game-server/src/native/net/crypto_keys.h")
    key = r.bytes(32)
    rows = ["    " + ", ".join("0x%02x" % b for b in key[i:i + 8]) + "," for i in range(0, 32, 8)]
    arr = "\n".join(rows)
    f.S("kServerSigningKey[32] = {", "private-key", end=rows[-1])
    ms = f.S(r.hex(48), "app-secret-key")
    ec = x.k.ec()
    pubpem = ec.public_pem()
    pub_c = "\n".join('    "%s\\n"' % l for l in pubpem.split("\n"))
    f.N(pub_c, "public-key")
    f.write('''#pragma once
#include <cstdint>

// Ed25519 seed used to sign match results sent to the master server.
static const uint8_t kServerSigningKey[32] = {
%s
};

#define MASTER_SERVER_SECRET "%s"

// Public key of the patch server; clients verify manifests with it.
static const char* kPatchServerPublicKey =
%s;
''' % (arr, ms, pub_c))

    f = x.c.file("game-server/src/native/anticheat/banned_hashes.cpp")
    hs = [f.N(*n.sha256()) for _ in range(4)]
    f.write('''#include "anticheat.h"

// SHA-256 of known cheat loaders (from the community blocklist, 2024-05)
const char* const kBannedModuleHashes[] = {
%s
};
''' % "\n".join('    "%s",' % h for h in hs))

    f = x.c.file("game-server/tools/deploy_gameservers.sh")
    stpw = f.S(r.password("words"), "generic-password")
    f.write('''#!/usr/bin/env bash
set -euo pipefail
# pulls the latest dedicated server build onto every node
for host in $(cat hosts.txt); do
  ssh "$host" "steamcmd +force_install_dir /srv/%s +login %sbuilder '%s' +app_update 1234560 validate +quit"
  ssh "$host" "systemctl restart %s@*"
done
''' % (game, game, stpw, game))

    # ---------------------------------------------------------------- Unity client
    f = x.c.file("game-server/unity/ProjectSettings/ProjectSettings.asset")
    cp = f.N(*n.uuid())
    pg = f.N(r.hex(32), "identifier")
    f.write('''%%YAML 1.1
%%TAG !u! tag:unity3d.com,2011:
--- !u!129 &1
PlayerSettings:
  productGUID: %s
  companyName: %s Studios
  productName: %s
  cloudProjectId: %s
  AndroidKeystoreName: '{inproject}: release.keystore'
  AndroidKeyaliasName: release
''' % (pg, game.capitalize(), game.capitalize(), cp))

    f = x.c.file("game-server/unity/Assets/Resources/BackendConfig.asset")
    bs = f.S(r.hex(40), "generic-api-key")
    guid = f.N(r.hex(32), "identifier")
    f.write('''%%YAML 1.1
%%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_Script: {fileID: 11500000, guid: %s, type: 3}
  m_Name: BackendConfig
  baseUrl: https://api.%s.gg
  apiSecret: %s
  telemetryEnabled: 1
''' % (guid, game, bs))

    f = x.c.file("game-server/localization/ui_strings.csv")
    l1 = f.N("LOGIN_PASSWORD,Password,Mot de passe,Passwort,Contraseña", "i18n")
    l2 = f.N("ERR_PASSWORD_WEAK,Password must be 8-64 characters,Le mot de passe doit contenir 8 à 64 caractères,Das Passwort muss 8-64 Zeichen lang sein,La contraseña debe tener entre 8 y 64 caracteres", "password-policy")
    l3 = f.N("ERR_SESSION_TOKEN,Session token expired,Jeton de session expiré,Sitzungstoken abgelaufen,Token de sesión caducado", "i18n")
    f.write("key,en,fr,de,es\n%s\n%s\n%s\nBTN_PLAY,Play,Jouer,Spielen,Jugar\n" % (l1, l2, l3))

    f = x.c.file("game-server/docker-compose.yml")
    mr = f.S(r.password("strong"), "generic-password")
    mn = f.S(r.password("words"), "generic-password")
    f.write('''services:
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: "%s"
      MYSQL_DATABASE: %s_live
  minio:
    image: minio/minio
    command: server /data
    environment:
      MINIO_ROOT_USER: replays
      MINIO_ROOT_PASSWORD: "%s"
''' % (mr, game, mn))

    f = x.c.file("game-server/config/discord_rich_presence.json")
    app_id = f.N(r.digits(18), "identifier")
    f.write('{\n  "applicationId": "%s",\n  "largeImageKey": "%s_logo"\n}\n' % (app_id, game))
