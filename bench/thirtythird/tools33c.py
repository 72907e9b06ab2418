"""Tool / config kinds: game servers, POS and imaging, backup, data CLIs, build and release, SaaS (20)."""

import base64
import json

from core33 import N, PID, S, esc_xml
import prov33


def _pair(value, category, pid, **extra):
    s = S(value, category, **extra)
    s.pid = pid
    return s


def k_barotrauma(c, r):
    d = c.doc("games/barotrauma/serversettings.xml")
    pw = c.pw(r)
    d("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
    d("<!-- test server: password=\"", N("changeme", "placeholder"), "\" -->")
    d("<serversettings")
    d("  name=\"%s crew night\"" % esc_xml(c.org))
    d("  public=\"false\"")
    d("  port=\"27015\"")
    d("  queryport=\"27016\"")
    d("  password=\"", S(esc_xml(pw), "game-server-password"), "\"")
    d("  maxplayers=\"8\"")
    d("  enableupnp=\"false\"")
    d("  autorestart=\"true\"")
    d("  karmaenabled=\"true\" />")
    return [d]


def k_zandronum(c, r):
    d = c.doc("games/zandronum/server.cfg")
    d("// Zandronum server config - %s Friday deathmatch" % c.org)
    d("sv_hostname \"%s DM\"" % c.org)
    d("sv_website \"https://%s\"" % c.domain)
    d("sv_maxplayers 16")
    d("sv_password \"", S(c.pw(r), "game-server-password"), "\"")
    d("sv_forcepassword 1")
    d("sv_rconpassword \"", S(c.pw(r), "rcon-password"), "\"")
    d("sv_joinpassword \"\"")
    d("// megawad.wad MD5 ", N(r.hex(32), "file-checksum"))
    d("map map01")
    return [d]


def k_wesnoth(c, r):
    d = c.doc("games/wesnothd/wesnothd.cfg")
    d("motd=\"Welcome to the %s campaign server\"" % c.org)
    d("passwd=\"", S(c.pw(r), "admin-password"), "\"")
    d("connections_allowed=5")
    d("max_messages=4")
    d("versions_accepted=\"1.18*\"")
    d("ban_save_file=\"/var/lib/wesnothd/bans\"")
    d("[user_handler]")
    d("    db_host=\"localhost\"")
    d("    db_name=\"wesnoth\"")
    d("    db_user=\"wesnothd\"")
    d("    db_password=\"", S(c.pw(r), "database-password"), "\"")
    d("[/user_handler]")
    d("# old passwd=\"", N("********", "masked-value"), "\" (removed 2024)")
    return [d]


def k_ut(c, r):
    d = c.doc("games/ut99/System/UnrealTournament.ini", crlf=True)
    d("[Engine.GameInfo]")
    d("bLowGore=False")
    d("bVeryLowGore=False")
    d("GamePassword=", S(c.pw(r, r.pick(["weak", "human", "year"])), "game-server-password"))
    d("AdminPassword=", S(c.pw(r), "admin-password"))
    d("MaxPlayers=12")
    d("")
    d("[Engine.GameReplicationInfo]")
    d("ServerName=%s LAN" % c.org)
    d("AdminEmail=games@%s" % c.domain)
    d("")
    d("[UWeb.WebServer]")
    d("bEnabled=True")
    d("ListenPort=5080")
    d("")
    d("[UTServerAdmin.UTServerAdmin]")
    d("AdminUsername=admin")
    d("AdminPassword=", S(c.pw(r), "web-admin-password"))
    d(";AdminPassword=", N("<web admin password>", "placeholder"))
    return [d]


def k_samp(c, r):
    d = c.doc("games/samp/server.cfg")
    d("echo Executing Server Config...")
    d("lanmode 0")
    d("rcon_password ", S(c.pw(r), "rcon-password"))
    d("# shipped default was: rcon_password ", N("changeme", "vendor-default-password",
                                                 cite="SA-MP server.cfg shipped default (server refuses to start)"))
    d("maxplayers 50")
    d("port 7777")
    d("hostname %s Roleplay" % c.org)
    d("gamemode0 grandlarceny 1")
    d("filterscripts base gl_actions")
    d("announce 0")
    d("query 1")
    d("password ", S(c.pw(r, "weak"), "game-server-password"))
    d("weburl www.%s" % c.domain)
    return [d]


def k_unicenta(c, r):
    d = c.doc("pos/unicentaopos.properties")
    d("#uniCenta oPOS. Properties")
    d("#Tue Mar 04 09:12:44 2025")
    d("db.driver=com.mysql.jdbc.Driver")
    d("db.driverlib=/opt/unicentaopos/lib/mysql-connector-java.jar")
    d("db.URL=jdbc\\:mysql\\://localhost\\:3306/unicentaopos")
    d("db.user=unicenta")
    d("db.password=", S(c.pw(r), "database-password"))
    d("db1.URL=jdbc\\:mysql\\://%s\\:3306/unicentaopos" % c.host("menshi" if c.key.startswith("oil") else "pos"))
    d("db1.user=unicenta")
    d("db1.password=", N("crypt:" + r.s("0123456789ABCDEF", 32), "encrypted-value"))
    d("machine.hostname=till-%d" % r.randrange(1, 5))
    d("machine.printer=epson:file,/dev/usb/lp0")
    return [d]


def k_fog(c, r):
    d = c.doc("imaging/fog/.fogsettings")
    d("## Start of FOG Settings")
    d("## Created by the FOG Installer")
    d("## Version: 1.5.10")
    d("ipaddress='10.20.0.%d'" % r.randrange(10, 60))
    d("interface='eth0'")
    d("submask='255.255.255.0'")
    d("routeraddress='10.20.0.1'")
    d("dnsaddress='10.20.0.1'")
    d("username='fogproject'")
    d("password='", S(c.pw(r), "fog-service-password"), "'")
    d("osid='2'")
    d("dodhcp='N'")
    d("snmysqluser='fogmaster'")
    d("snmysqlpass='", S(c.pw(r), "database-password"), "'")
    d("snmysqlhost='localhost'")
    d("# previous password='", N("********", "masked-value"), "'")
    d("## End of FOG Settings")
    return [d]


def k_tarsnap(c, r):
    d = c.doc("backup/tarsnap/tarsnap.key")
    raw = b"tarsnap\x00" + bytes([0, 0, 0, 1]) + r.raw(r.randrange(520, 600))
    b = base64.b64encode(raw).decode()
    lines = ["# START OF TARSNAP KEY FILE"] + [b[i:i + 64] for i in range(0, len(b), 64)] + \
        ["# END OF TARSNAP KEY FILE"]
    d.multi(S("", "tarsnap-key-file"), lines)
    e = c.doc("backup/tarsnap/tarsnap.conf")
    e("### Recommended options")
    e("cachedir /usr/local/tarsnap-cache")
    e("keyfile ", N("/root/tarsnap.key", "secret-file-path"))
    e("nodump")
    e("print-stats")
    e("checkpoint-bytes 1G")
    e("### Other options")
    e("humanize-numbers")
    return [d, e]


def k_xata(c, r):
    d = c.doc("app/.xatarc")
    ws = "%s-%s" % (c.slug[:10], r.s("abcdefghijklmnopqrstuvwxyz0123456789", 6))
    d("{")
    d("  \"databaseURL\": \"https://%s.eu-central-1.xata.sh/db/%s\"," % (ws, c.slug[:12]))
    d("  \"codegen\": { \"output\": \"src/xata.ts\" }")
    d("}")
    e = c.doc("app/.env.xata")
    e("# Xata credentials (generated by `xata init`)")
    e("XATA_API_KEY=", c.tok(r, "xata"))
    e("XATA_BRANCH=main")
    e("# XATA_API_KEY=", N("xau_<your key>", "placeholder"))
    return [d, e]


def k_convex(c, r):
    d = c.doc("app/.env.local")
    dep = "%s-%s-%d" % (r.pick(["happy", "brave", "quiet", "amber"]), r.pick(["otter", "heron", "gecko", "lynx"]),
                        r.randrange(100, 999))
    d("# Deployment used by `npx convex dev`")
    d("CONVEX_DEPLOYMENT=", N("dev:" + dep, "deployment-name"), " # team: %s, project: shop" % c.slug)
    d("NEXT_PUBLIC_CONVEX_URL=https://%s.convex.cloud" % dep)
    e = c.doc("app/.env.production")
    e("# used by CI: npx convex deploy")
    e("CONVEX_DEPLOY_KEY=", c.tok(r, "convex"))
    return [d, e]


def k_fauna(c, r):
    d = c.doc("app/scripts/fauna-sync.mjs")
    d("import { Client, fql } from \"fauna\";")
    d("")
    d("// TODO move to the secret store before go-live")
    d("const client = new Client({ secret: \"", c.tok(r, "fauna"), "\" });")
    d("// const client = new Client({ secret: ", N("process.env.FAUNA_SECRET", "env-reference"), " });")
    d("")
    d("const res = await client.query(fql`Orders.where(.status == \"open\")`);")
    d("console.log(res.data);")
    d("client.close();")
    return [d]


def k_storj(c, r):
    d = c.doc("backup/storj/access.json")
    d("{")
    d("  \"default\": \"main\",")
    d("  \"accesses\": {")
    d("    \"main\": \"", c.tok(r, "storj"), "\"")
    d("  }")
    d("}")
    e = c.doc("backup/storj/credentials")
    i, s, cat = c.pair(r, "storj-gw")
    e("[storj]")
    e("aws_access_key_id = ", PID(i, "sj"))
    e("aws_secret_access_key = ", _pair(s, cat, "sj"))
    e("# endpoint: https://gateway.storjshare.io")
    e("# satellite: ", N("12EayRS2V1kEsWESU9QMRseFhdxYxKicsiFmxrsLZHeLUtdps3S@us1.storj.io:7777",
                         "satellite-node-url", cite="Storj documentation, us1 satellite address"))
    return [d, e]


def k_apksigner(c, r):
    d = c.doc("android/scripts/sign-release.sh")
    d("#!/bin/sh")
    d("set -eu")
    d("BUILD_TOOLS=\"$ANDROID_HOME/build-tools/35.0.0\"")
    d("\"$BUILD_TOOLS/zipalign\" -p -f 4 app-release-unsigned.apk app-aligned.apk")
    d("\"$BUILD_TOOLS/apksigner\" sign --ks release.jks --ks-key-alias %s \\" % c.slug[:12])
    d("  --ks-pass pass:", S(c.pw(r, safe=True), "keystore-password"), " \\")
    d("  --key-pass pass:", S(c.pw(r, safe=True), "key-password"), " \\")
    d("  --out app-release.apk app-aligned.apk")
    d("# CI uses: apksigner sign --ks release.jks --ks-pass ", N("env:KS_PASS", "env-reference"),
      " --key-pass file:/run/secrets/key_pass ...")
    d("\"$BUILD_TOOLS/apksigner\" verify --print-certs app-release.apk")
    d("# expected signer SHA-256: ", N(":".join(r.hex(2).upper() for _ in range(32)), "certificate-fingerprint"))
    return [d]


def k_osslsigncode(c, r):
    d = c.doc("windows/build/sign.cmd", crlf=True)
    d("@echo off")
    d("REM code-signing for the %s till app" % c.org)
    d("osslsigncode sign -pkcs12 codesign.pfx -pass \"", S(c.pw(r), "pkcs12-password"), "\" ^")
    d("  -n \"%s POS\" -i https://%s -t http://timestamp.digicert.com ^" % (c.org, c.domain))
    d("  -in setup.exe -out setup-signed.exe")
    d("osslsigncode verify setup-signed.exe")
    d("REM release box reads the password from a file instead: -readpass ", N("C:\\secure\\pfx.pass", "secret-file-path"))
    d("REM certificate thumbprint: ", N(r.hex(40).upper(), "certificate-thumbprint"))
    return [d]


def k_psgallery(c, r):
    d = c.doc("windows/publish-module.ps1", crlf=True)
    mod = c.slug.title().replace("-", "") + "Tools"
    d("$ErrorActionPreference = 'Stop'")
    d("# PowerShell Gallery key for the %s account (expires in 365 days)" % c.slug)
    d("$apiKey = '", S(c.token(r, "nuget")[0], "powershell-gallery-api-key"), "'")
    d("Publish-Module -Path .\\%s -NuGetApiKey $apiKey -Repository PSGallery -Verbose" % mod)
    d("# CI: Publish-Module -Path .\\%s -NuGetApiKey " % mod, N("$env:PSGALLERY_API_KEY", "env-reference"))
    return [d]


def k_trcli(c, r):
    d = c.doc("qa/trcli-config.yml")
    d("host: https://%s.testrail.io" % c.slug[:20])
    d("project: \"%s POS\"" % c.org)
    d("username: qa@%s" % c.domain)
    if r.chance(0.5):
        d("password: '", S(c.pw(r), "testrail-password"), "'")
        d("# key: ", N("<api key>", "placeholder"))
    else:
        d("key: ", S(c.secret_of(r, lambda rr: rr.s(prov33.ALNUM + "-", 30)), "testrail-api-key"))
        d("# password: ", N("<use the API key instead>", "placeholder"))
    d("title: \"Automated run\"")
    d("file: reports/junit.xml")
    d("verbose: true")
    return [d]


def k_instana(c, r):
    d = c.doc("monitoring/instana/com.instana.agent.main.sender.Backend.cfg")
    d("host=ingress-red-saas.instana.io")
    d("port=443")
    d("protocol=HTTP/2")
    d("key=", S(c.secret_of(r, lambda rr: rr.s(prov33.B64URL, 22)), "instana-agent-key"))
    d("proxy.type=HTTP")
    e = c.doc("monitoring/instana/configuration.yaml")
    e("com.instana.plugin.mysql:")
    e("  user: 'instana'")
    e("  password: '", S(c.pw(r), "database-password"), "'")
    e("com.instana.plugin.host:")
    e("  tags:")
    e("    - '%s'" % c.slug)
    e("# download key for the agent packages: ", N(prov33.masked(r, r.alnum(22)), "masked-value"))
    return [d, e]


def k_dbmate(c, r):
    d = c.doc("db/.env")
    d("DATABASE_URL=\"postgres://dbmate:", S(c.pw(r, safe=True), "database-password"),
      "@%s:5432/app?sslmode=require\"" % c.host("db"))
    d("DBMATE_MIGRATIONS_DIR=./db/migrations")
    d("DBMATE_SCHEMA_FILE=./db/schema.sql")
    d("# CI: dbmate --url \"postgres://dbmate:", N("${DBMATE_PASSWORD}", "env-reference"), "@db:5432/app\" up")
    return [d]


def k_uptimerobot(c, r):
    d = c.doc("infra/monitoring/uptimerobot.tf")
    d("terraform {")
    d("  required_providers {")
    d("    uptimerobot = { source = \"louy2/uptimerobot\" }")
    d("  }")
    d("}")
    d("")
    d("provider \"uptimerobot\" {")
    d("  api_key = \"", S(c.secret_of(r, lambda rr: "u%d-%s" % (rr.randrange(10 ** 6, 10 ** 7), rr.hex(24))),
                         "uptimerobot-api-key"), "\"")
    d("}")
    d("")
    d("resource \"uptimerobot_monitor\" \"shop\" {")
    d("  friendly_name = \"%s shop\"" % c.org)
    d("  type          = \"http\"")
    d("  url           = \"https://%s\"" % c.domain)
    d("}")
    d("# public status page: ", N("https://stats.uptimerobot.com/" + r.alnum(10), "public-status-url"))
    return [d]


def k_papertrail(c, r):
    d = c.doc("ops/home/.papertrail.yml")
    d("token: ", S(c.alnum(r, 20), "papertrail-api-token"))
    d("# old account token: ", N(prov33.masked(r, r.alnum(20)), "masked-value"))
    e = c.doc("ops/etc/log_files.yml")
    e("files:")
    e("  - /var/log/nginx/*.log")
    e("  - /var/log/%s/*.log" % c.slug[:12])
    e("destination:")
    e("  host: logs%d.papertrailapp.com" % r.randrange(2, 9))
    e("  port: %d" % r.randrange(10000, 60000))
    e("  protocol: tls")
    return [d, e]


KINDS = {
    "barotrauma": k_barotrauma, "zandronum": k_zandronum, "wesnothd": k_wesnoth, "unreal-tournament": k_ut,
    "sa-mp": k_samp, "unicenta": k_unicenta, "fog-project": k_fog, "tarsnap": k_tarsnap, "dbmate": k_dbmate, "uptimerobot": k_uptimerobot, "papertrail": k_papertrail,
    "xata": k_xata, "convex": k_convex, "fauna": k_fauna, "storj": k_storj, "apksigner": k_apksigner,
    "osslsigncode": k_osslsigncode, "psgallery": k_psgallery, "trcli": k_trcli, "instana": k_instana,
}
