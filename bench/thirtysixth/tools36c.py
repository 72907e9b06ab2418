"""Tool kinds 35-50: CI / package tooling, databases, network gear, scientific and industrial software."""
import hashlib

import prov36
from cfg36 import AN, basic, comment, doc, envq, eq, ip, new_key
from core36 import B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64u, rbytes, rhex, rs, ruuid


# ---------------------------------------------------------------- CI / packages
def gemfury(ctx, r):
    acct = ctx.key.split("-")[0]
    push = ctx.strong(r, 20, AN)
    pull = ctx.strong(r, 20, AN)
    d = doc(ctx, "ci/publish-fury.sh")
    d.add("#!/usr/bin/env bash", "set -euo pipefail", "python -m build --wheel")
    d.sl('curl -fsS -F package=@"$(ls dist/*.whl | tail -1)" https://%s@push.fury.io/%s/' % (push, acct), push, "gemfury-push-token")
    p = doc(ctx, "ci/pip.conf")
    p.add("[global]", "index-url = https://pypi.org/simple")
    p.sl("extra-index-url = https://%s:@pypi.fury.io/%s/" % (pull, acct), pull, "gemfury-deploy-token")
    ref = "${FURY_TOKEN}"
    p.nl("# CI uses https://%s:@pypi.fury.io/%s/ instead" % (ref, acct), ref, "reference")
    return [d, p]


def cloudsmith(ctx, r):
    key = ctx.strong(r, 40, HEX)
    d = doc(ctx, "ci/cloudsmith/credentials.ini")
    d.add("; cloudsmith-cli credentials (~/.config/cloudsmith/credentials.ini)", "[default]")
    d.sl("api_key=%s" % key, key, "cloudsmith-api-key")
    n = doc(ctx, "ci/cloudsmith/.npmrc")
    n.add("registry=https://registry.npmjs.org/", "@%s:registry=https://npm.cloudsmith.io/%s/internal/" % (ctx.key.split("-")[0], ctx.key))
    ref = "${CLOUDSMITH_API_KEY}"
    n.nl("//npm.cloudsmith.io/%s/internal/:_authToken=%s" % (ctx.key, ref), ref, "reference")
    return [d, n]


def devpi(ctx, r):
    root = ctx.password(r, "random")
    up = ctx.password(r)
    d = doc(ctx, "ci/devpi/bootstrap.sh")
    d.add("#!/bin/sh", "# one-off: bring up the internal index", "set -e")
    d.sl("devpi-init --serverdir /srv/devpi --root-passwd '%s'" % root, root, "password")
    d.add("devpi-server --serverdir /srv/devpi --host 0.0.0.0 --port 3141 &", "sleep 3", "devpi use http://localhost:3141")
    d.add("devpi login root --password \"$(cat /run/secrets/devpi_root)\"")
    d.n('$(cat /run/secrets/devpi_root)', "reference", line=d.here() - 1)
    d.sl("devpi user -c uploader email=ci@%s password=%s" % (ctx.domain, up), up, "password")
    d.add("devpi index -c uploader/stable bases=root/pypi volatile=False")
    return [d]


def proget(ctx, r):
    key = ctx.strong(r, 40, HEX)
    d = doc(ctx, "ci/proget/Publish-Package.ps1", crlf=True)
    d.add("# Push the nupkg and the universal package to ProGet", "param([string]$Version = '1.0.0')", "")
    d.sl('$ApiKey = "%s"' % key, key, "proget-api-key")
    d.add('$Feed = "https://proget.%s/nuget/internal/"' % ctx.domain, "",
          'Invoke-RestMethod -Method Put -Uri "https://proget.%s/upack/tools/upload" -Headers @{ "X-ApiKey" = $ApiKey } -InFile ".\\out\\tools-$Version.upack"' % ctx.domain)
    ref = "$env:PROGET_API_KEY"
    d.nl('dotnet nuget push ".\\out\\*.nupkg" --source $Feed --api-key %s' % ref, ref, "reference")
    return [d]


def chartmuseum(ctx, r):
    pw = ctx.password(r)
    kid, sec = prov36.aws_pair(r)
    ctx.reg.add(sec)
    d = doc(ctx, "deploy/chartmuseum-values.yaml")
    d.add("# helm upgrade --install charts chartmuseum/chartmuseum -f chartmuseum-values.yaml", "env:", "  open:", "    STORAGE: amazon",
          "    STORAGE_AMAZON_BUCKET: %s-charts" % ctx.key, "    STORAGE_AMAZON_REGION: eu-central-1", "    DISABLE_API: false",
          "    AUTH_ANONYMOUS_GET: true", "  secret:", "    BASIC_AUTH_USER: curator")
    d.sl("    BASIC_AUTH_PASS: %s" % envq(r, pw, "nd"), pw, "password")
    d.add("    AWS_ACCESS_KEY_ID: %s" % kid, "    AWS_SECRET_ACCESS_KEY: %s" % sec)
    d.pair(kid, sec, "aws-access-key")
    dig = prov36.image_digest(r)
    d.add("image:", "  repository: ghcr.io/helm/chartmuseum")
    d.nl("  digest: %s" % dig, dig, "image-digest")
    return [d]


# ---------------------------------------------------------------- databases
def tarantool(ctx, r):
    rp = ctx.password(r, "random")
    ap = ctx.password(r)
    d = doc(ctx, "db/tarantool/init.lua")
    d.add("-- instance file for the %s queue" % r.choice(ctx.th["systems"]), "box.cfg{", "    listen = 3301,",
          "    memtx_memory = 512 * 1024 * 1024,", "    replication = {")
    ref = "os.getenv('TT_REPL_PASSWORD')"
    d.nl("        'replicator:' .. %s .. '@%s:3301'," % (ref, ip(r)), ref, "reference")
    d.add("    },", "    read_only = false,", "}", "", "box.once('schema-v1', function()",
          "    box.schema.user.create('replicator', {")
    d.sl("        password = '%s'," % rp, rp, "password")
    d.add("        if_not_exists = true,", "    })", "    box.schema.user.grant('replicator', 'replication')")
    d.sl("    box.schema.user.passwd('admin', '%s')" % ap, ap, "password")
    d.add("end)")
    return [d]


def virtuoso(ctx, r):
    pw = ctx.password(r)
    d = doc(ctx, "db/virtuoso/compose.yaml")
    d.add("services:", "  virtuoso:", "    image: openlink/virtuoso-opensource-7:7", "    environment:")
    d.sl("      DBA_PASSWORD: %s" % envq(r, pw, "nsd"), pw, "db-password")
    d.add("      VIRT_Parameters_NumberOfBuffers: 170000", "      VIRT_Parameters_MaxDirtyBuffers: 130000", "    ports:",
          '      - "8890:8890"', '      - "1111:1111"', "    volumes:", "      - ./data:/database")
    n = doc(ctx, "db/virtuoso/README.md")
    n.add("# Loading the vocabulary", "", "A fresh image without `DBA_PASSWORD` starts with the documented default login:", "")
    n.nl("    isql 1111 dba dba", "dba dba", "documented-default", cite="Virtuoso default dba/dba")
    n.add("", "Ours is set in compose; use it like this:", "")
    ref = '"$DBA_PASSWORD"'
    n.nl("    isql 1111 dba %s exec=\"ld_dir('/database/import', '*.ttl', 'https://%s/graph'); rdf_loader_run();\"" % (ref, ctx.domain), ref, "reference")
    return [d, n]


def milvus(ctx, r):
    ak = ctx.strong(r, 20, UPPER + DIGITS)
    sk = ctx.strong(r, 40, AN)
    rootpw = ctx.password(r)
    d = doc(ctx, "db/milvus/milvus.yaml")
    d.add("etcd:", "  endpoints: etcd:2379", "minio:", "  address: minio", "  port: 9000")
    d.add("  accessKeyID: %s" % ak, "  secretAccessKey: %s" % sk)
    d.pair(ak, sk, "minio-secret-key")
    d.add("  useSSL: false", "  bucketName: %s-vectors" % ctx.key, "common:", "  security:", "    authorizationEnabled: true")
    d.nl("    defaultRootPassword: Milvus  # documented default, changed after install", "Milvus", "documented-default",
         cite="Milvus default root password")
    c = doc(ctx, "db/milvus/search.py")
    c.add("from pymilvus import MilvusClient", "")
    tok = "root:%s" % rootpw
    c.sl('client = MilvusClient(uri="http://milvus:19530", token="%s")' % tok, rootpw, "password")
    c.add('res = client.search(collection_name="docs", data=[[0.1] * 384], limit=5)', "print(res)")
    return [d, c]


# ---------------------------------------------------------------- network
def singbox(ctx, r):
    priv = ctx.token(r, lambda rr: b64u(rbytes(rr, 32)))
    pub = b64u(rbytes(r, 32))
    ss = ctx.token(r, lambda rr: b64(rbytes(rr, 32)))
    d = doc(ctx, "net/sing-box/server.json")
    d.add("{", '  "log": {"level": "warn"},', '  "inbounds": [', "    {", '      "type": "vless",', '      "tag": "vless-in",',
          '      "listen": "::",', '      "listen_port": 443,', '      "users": [{"uuid": "%s", "flow": "xtls-rprx-vision"}],' % ruuid(r),
          '      "tls": {', '        "enabled": true,', '        "server_name": "www.%s",' % ctx.domain, '        "reality": {',
          '          "enabled": true,', '          "handshake": {"server": "www.%s", "server_port": 443},' % ctx.domain)
    d.sl('          "private_key": "%s",' % priv, priv, "reality-private-key")
    d.add('          "short_id": ["%s"]' % rhex(r, 8), "        }", "      }", "    },", "    {", '      "type": "shadowsocks",',
          '      "listen": "::",', '      "listen_port": 8388,', '      "method": "2022-blake3-aes-256-gcm",')
    d.sl('      "password": "%s"' % ss, ss, "shadowsocks-key")
    d.add("    }", "  ],", '  "outbounds": [{"type": "direct"}]', "}")
    c = doc(ctx, "net/sing-box/client-snippet.json")
    c.add('{"type": "vless", "server": "vpn.%s", "server_port": 443,' % ctx.domain, ' "tls": {"enabled": true, "reality": {')
    c.nl('   "public_key": "%s",' % pub, pub, "public-key")
    c.add('   "short_id": "%s"}}}' % rhex(r, 8))
    return [d, c]


def clash(ctx, r):
    sec = ctx.strong(r, 24, AN)
    pw = ctx.password(r, "random")
    d = doc(ctx, "net/clash/config.yaml")
    d.add("mixed-port: 7890", "allow-lan: false", "mode: rule", "log-level: info", "external-controller: 127.0.0.1:9090")
    d.sl("secret: %s" % envq(r, sec, "nd"), sec, "controller-secret")
    d.add("", "proxies:")
    d.sl('  - {name: "%s-ss", type: ss, server: %s, port: 8388, cipher: aes-256-gcm, password: "%s", udp: true}' % (
        ctx.key.split("-")[0], ip(r), pw), pw, "password")
    ph = "<trojan-password>"
    d.nl('  - {name: "backup-trojan", type: trojan, server: vpn2.%s, port: 443, password: "%s", sni: vpn2.%s}' % (ctx.domain, ph, ctx.domain),
         ph, "placeholder")
    d.add("", "rules:", "  - DOMAIN-SUFFIX,%s,DIRECT" % ctx.domain, "  - GEOIP,LAN,DIRECT", "  - MATCH,%s-ss" % ctx.key.split("-")[0])
    return [d]


def threecx(ctx, r):
    dbp = ctx.password(r, "random")
    d = doc(ctx, "pbx/3cx/3CXPhoneSystem.ini", crlf=True)
    d.add("[QMDatabase]", "DBHost=127.0.0.1", "DBPort=5432", "DBName=database_single", "DBUser=phonesystem")
    d.sl("DBPassword=%s" % dbp, dbp, "db-password")
    d.add("", "[General]", "AppPath=/var/lib/3cxpbx/Bin", "LicenseEdition=PRO", "FQDN=%s.3cx.eu" % ctx.key.split("-")[0])
    t = doc(ctx, "pbx/3cx/sip-trunks.csv", crlf=True)
    t.add("TrunkName,Host,Port,AuthID,AuthPassword,MainNumber")
    for name in r.sample(["Telekom", "LocalSIP", "VoIPBox", "CityNet"], 2):
        ap = ctx.password(r, r.choice(["random", "human"]))
        t.sl("%s,sip.%s.example,5060,%s,%s,+%s" % (name.lower(), name.lower(), rs(r, 8, DIGITS), ap, rs(r, 11, DIGITS)), ap, "sip-password")
    mac = ":".join(rhex(r, 2).upper() for _ in range(6))
    t.nl("# phone MAC for provisioning: %s" % mac, mac, "mac-address")
    return [d, t]


def libreqos(ctx, r):
    uisp = ctx.strong(r, 36, LOWER + DIGITS + "-")
    sk = rhex(r, 32)
    ss = ctx.strong(r, 32, HEX)
    infl = ctx.token(r, lambda rr: b64(rbytes(rr, 64)).replace("/", "_").replace("+", "-"))
    d = doc(ctx, "net/libreqos/ispConfig.py")
    d.add("# LibreQoS ispConfig.py (excerpt)", "interfaceA = 'ens19'", "interfaceB = 'ens20'", "OnAStick = False", "",
          "automaticImportUISP = True")
    d.sl("uispAuthToken = '%s'" % uisp, uisp, "uisp-token")
    d.add("UISPbaseURL = 'https://uisp.%s'" % ctx.domain, "uispSite = ''", "", "automaticImportSplynx = False",
          "splynx_api_key = '%s'" % sk, "splynx_api_secret = '%s'" % ss)
    d.pair(sk, ss, "splynx-api-secret")
    d.add("splynx_api_url = 'https://splynx.%s'" % ctx.domain, "", "influxDBEnabled = True", "influxDBurl = 'http://localhost:8086'",
          "influxDBBucket = 'libreqos'", "influxDBOrg = '%s'" % ctx.key)
    d.sl("influxDBtoken = '%s'" % infl, infl, "influxdb-token")
    d.nl("powercode_api_key = 'YOUR_POWERCODE_KEY'", "YOUR_POWERCODE_KEY", "placeholder")
    return [d]


# ---------------------------------------------------------------- scientific / industrial
def talk2m(ctx, r):
    pw = ctx.password(r)
    dev = ruuid(r)
    acct = ctx.key.split("-")[0]
    d = doc(ctx, "plant/talk2m/m2web-poll.http")
    d.sl("GET /t2mapi/getewons?t2maccount=%s&t2musername=%s&t2mpassword=%s&t2mdeveloperid=%s HTTP/1.1" % (
        acct, ctx.user(r), pw, dev), pw, "password")
    d.add("Host: m2web.talk2m.com", "Accept: application/json", "User-Agent: %s-scada-bridge/2.1" % acct, "", "HTTP/1.1 200 OK",
          "Content-Type: application/json; charset=utf-8", "", "{")
    sn = "%04d-%04d-%02d" % (r.randint(1000, 9999), r.randint(1000, 9999), r.randint(10, 99))
    d.add('  "ewons": [{"id": %d, "name": "%s", "status": "online",' % (r.randint(100000, 999999), r.choice(ctx.th["systems"])))
    d.nl('             "serial": "%s"}],' % sn, sn, "serial-number")
    d.add('  "success": true', "}")
    return [d]


def twincat(ctx, r):
    pw = ctx.password(r)
    d = doc(ctx, "plant/twincat/Add-Routes.ps1", crlf=True)
    d.add("# Requires -Modules TcXaeMgmt", "# Adds the ADS routes from the engineering laptop to the line PLCs", "")
    d.sl('$pw = ConvertTo-SecureString "%s" -AsPlainText -Force' % pw, pw, "password")
    d.add('$cred = New-Object System.Management.Automation.PSCredential ("Administrator", $pw)')
    for i in range(2):
        a = ip(r)
        d.add('Add-AdsRoute -Name "%s-%d" -Address %s -NetId %s.1.1 -Credential $cred -Force' % (
            r.choice(ctx.th["systems"]), i + 1, a, a))
    d.nl("# CX default image login is Administrator / 1 -- changed on every controller", "Administrator / 1", "documented-default",
         cite="Beckhoff CX default Windows credentials")
    return [d]


def dataverse(ctx, r):
    tok = ruuid(r)
    ctx.reg.add(tok)
    md5 = hashlib.md5(rbytes(r, 8)).hexdigest()
    d = doc(ctx, "research/dataverse-upload.sh")
    d.add("#!/bin/bash", "# upload the weekly sensor export to the institutional Dataverse", "SERVER_URL=https://data.%s" % ctx.domain)
    d.sl("export API_TOKEN=%s" % tok, tok, "dataverse-api-token")
    d.add('PID="doi:10.5072/FK2/%s"' % rs(r, 6, UPPER + DIGITS),
          'curl -H "X-Dataverse-key:$API_TOKEN" -X POST -F "file=@export.csv" "$SERVER_URL/api/datasets/:persistentId/add?persistentId=$PID"')
    d.nl('# last response: {"status":"OK","data":{"files":[{"dataFile":{"md5":"%s"}}]}}' % md5, md5, "checksum")
    return [d]


def fuxa(ctx, r):
    sc = ctx.strong(r, 24, AN)
    pw = ctx.password(r)
    d = doc(ctx, "plant/fuxa/settings.js")
    d.add("/**", " * FUXA server settings", " */", "module.exports = {", "    uiPort: 1881,", "    logDir: '_logs',", "    dbDir: '_db',",
          "    secureEnabled: true,")
    d.sl("    secretCode: '%s'," % sc, sc, "jwt-secret")
    d.add("    tokenExpiresIn: '1h',", "    allowCors: false,", "    webcamSnapShotsDir: '_webcam_snapshots',", "};")
    p = doc(ctx, "plant/fuxa/device-opcua.json")
    p.add("{", '  "id": "d_%s",' % rhex(r, 8), '  "name": "%s OPC UA",' % r.choice(ctx.th["systems"]), '  "type": "OPCUA",',
          '  "property": {', '    "address": "opc.tcp://%s:4840",' % ip(r), '    "security": "SignAndEncrypt",', '    "username": "fuxa",')
    p.sl('    "password": "%s"' % pw, pw, "password")
    p.add("  },", '  "polling": 1000', "}")
    return [d, p]


KINDS = {
    "Gemfury": gemfury, "Cloudsmith": cloudsmith, "devpi": devpi, "ProGet": proget, "Chartmuseum": chartmuseum,
    "Tarantool": tarantool, "Virtuoso": virtuoso, "Milvus": milvus,
    "sing-box": singbox, "Clash": clash, "3CX": threecx, "LibreQoS": libreqos,
    "Ewon Talk2M": talk2m, "TwinCAT": twincat, "Dataverse": dataverse, "FUXA": fuxa,
}
