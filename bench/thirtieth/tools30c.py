"""Tool kinds, part C: desktop / media apps, language and cloud-CLI config idioms, CLIs with password flags,
connection URIs (15 kinds)."""

from core30 import MARK as M, jwt, sha256_hex


def beets(c, r):
    d = c.doc("media/beets/config.yaml")
    d.t("directory: /srv/music/library", "library: ~/.config/beets/library.db", "plugins: lastgenre fetchart acoustid discogs web",
        "acoustid:")
    d.s("    apikey: %s" % M, c.alnum(r, 10), "acoustid-api-key")
    d.t("discogs:")
    d.s("    user_token: %s" % M, c.alnum(r, 40), "discogs-user-token")
    d.t("lastfm:")
    d.n("    api_key: %s" % M, "${LASTFM_API_KEY}", "env-reference")
    d.t("web:", "    host: 0.0.0.0", "    port: 8337")


def spotifyd(c, r):
    d = c.doc("media/spotifyd/spotifyd.conf")
    d.t("[global]", 'username = "%s"' % c.people[2]["email"])
    d.s('password = "%s"' % M, c.pw(r), "spotify-account-password")
    d.n('#password_cmd = "%s"' % M, "secret-tool lookup service spotifyd", "keyring-lookup")
    d.t('backend = "alsa"', 'device_name = "%s-shopfloor"' % c.key[:8], "bitrate = 160", "volume_normalisation = true")


def shairport(c, r):
    d = c.doc("media/shairport-sync.conf")
    d.t("general =", "{", '    name = "%s canteen";' % c.org)
    d.s('    password = "%s";' % M, c.pw(r, "weak"), "airplay-password")
    d.t('    interpolation = "soxr";', "};", "mqtt =", "{", "    enabled = \"yes\";", '    hostname = "%s";' % c.host("mqtt"),
        '    username = "shairport";')
    d.s('    password = "%s";' % M, c.pw(r), "mqtt-password")
    d.t('    topic = "canteen/airplay";', "};")


def vlcrc(c, r):
    d = c.doc("media/vlc/vlcrc")
    d.t("[core] # core program", "extraintf=http", "[http] # HTTP remote control interface", "http-host=0.0.0.0", "http-port=8080")
    d.s("http-password=%s" % M, c.pw(r, "human"), "vlc-http-password")
    d.t("[lua] # Lua interpreter")
    d.n("lua-http-password=%s" % M, "videolan", "placeholder")


def streamlink(c, r):
    d = c.doc("media/streamlink/config")
    d.t("# streamlink config for the event stream", "default-stream=best", "player=mpv")
    d.s("twitch-api-header=Authorization=OAuth %s" % M, c.fresh(lambda: r.lower(30)), "twitch-oauth-token")
    d.t("twitch-disable-ads")
    d.n("http-header=X-Client-Id=%s" % M, r.lower(30), "public-client-id")


def rocket(c, r):
    d = c.doc("services/orders-api/Rocket.toml")
    d.t("[default]", 'address = "0.0.0.0"', "port = 8000", "", "[release]")
    d.s('secret_key = "%s"' % M, c.b64(r, 32), "rocket-secret-key")
    d.t("", "[release.databases.orders]")
    d.s('url = "postgres://orders:%s@%s/orders"' % (M, c.host("db")), c.pw(r, uri=True), "postgres-uri-password")
    d.t("", "[debug]")
    d.n('secret_key = "%s"' % M, "hPRYyVRiMyxpw5sBB1XeCMN1kFsDCqKvBi2QJxBVHQk=", "documented-example-key")


def cachix(c, r):
    d = c.doc("nix/cachix/cachix.dhall")
    tok = c.fresh(lambda: jwt(r, {"jti": r.uuid(), "scopes": "cache:%s" % c.key}))
    d.t("let config = ", "      { hostname = \"https://cachix.org\"")
    d.s('      , authToken = "%s"' % M, tok, "cachix-auth-token")
    d.t("      , binaryCaches = [] : List { name : Text, secretKey : Text }", "      }", "in  config")
    e = c.doc("nix/nix.conf")
    e.t("substituters = https://cache.nixos.org https://%s.cachix.org" % c.key)
    e.n("trusted-public-keys = cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY= %s" % M,
        "%s.cachix.org-1:%s" % (c.key, r.b64(32)), "public-key")
    e.n("netrc-file = %s" % M, "/etc/nix/netrc", "file-path-reference")


def gcloud_adc(c, r):
    d = c.doc("cloud/application_default_credentials.json")
    d.t("{", '  "account": "",')
    d.n('  "client_id": "%s",' % M, "%s-%s.apps.googleusercontent.com" % (r.digits(12), r.lower(32)), "google-oauth-client-id")
    v, cat, _ = c.tok(r, "google-oauth-secret")
    d.s('  "client_secret": "%s",' % M, v, cat)
    d.s('  "refresh_token": "%s",' % M, c.fresh(lambda: "1//0" + r.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 99)),
        "google-oauth-refresh-token")
    d.t('  "type": "authorized_user",', '  "universe_domain": "googleapis.com"', "}")


def xfreerdp(c, r):
    d = c.doc("scripts/rdp-scale-pc.sh")
    d.t("#!/bin/sh", "# open the weighbridge PC for remote support")
    d.s("xfreerdp /v:%s /u:support /p:'%s' /cert:ignore /dynamic-resolution" % (c.host("scale-pc"), M), c.pw(r), "rdp-password")
    d.n("# xfreerdp /v:host /u:user /p:%s" % M, "<password>", "placeholder")
    d.t("wlfreerdp /v:%s /u:support /from-stdin < /dev/null" % c.host("backup-pc"))


def mysqlsh(c, r):
    d = c.doc("scripts/dump-orders.sh")
    d.t("#!/bin/bash", "set -euo pipefail", "# nightly logical dump of the orders schema")
    d.s("mysqlsh --uri 'dumper:%s@%s:3306' -- util dump-schemas orders --outputUrl=/srv/dumps/$(date +%%F)" % (M, c.host("db")),
        c.pw(r, uri=True), "mysqlsh-uri-password")
    d.n("mysqlsh --uri dumper@%s:3306 --passwords-from-stdin < %s" % (c.host("db-replica"), M), "/run/secrets/dumper", "file-path-reference")


def hdbsql(c, r):
    d = c.doc("scripts/hana-check.cmd", crlf=True)
    d.t("@echo off", "REM HANA tenant health check for the ERP")
    d.s('hdbsql -n %s:30015 -u SYSTEM -p "%s" "SELECT * FROM M_SERVICES"' % (c.host("hana"), M), c.pw(r), "hana-system-password")
    d.n("hdbsql -U %s \"SELECT * FROM M_DATABASE\"" % M, "ERPKEY", "hdbuserstore-key-name")


def mongodump(c, r):
    d = c.doc("scripts/mongo-backup.sh")
    d.t("#!/bin/sh", "STAMP=$(date +%Y%m%d)")
    d.s('mongodump --uri "mongodb+srv://backup:%s@cluster0.%s.mongodb.net/app" --gzip --archive=/srv/backup/app-$STAMP.gz'
        % (M, r.lower(5)), c.pw(r, uri=True), "mongodb-uri-password")
    d.n('mongorestore --uri "$MONGO_URI" --gzip --archive=%s' % M, "/srv/backup/app-$STAMP.gz", "file-path-reference")


def helm_login(c, r):
    d = c.doc("deploy/helm-repos.sh")
    d.t("#!/bin/sh", "set -e")
    d.s("helm repo add internal https://charts.%s --username deploy --password '%s'" % (c.domain, M), c.pw(r), "helm-repo-password")
    v, cat, _ = c.tok(r, "github-pat")
    d.s("echo '%s' | helm registry login ghcr.io -u %s --password-stdin" % (M, c.people[0]["handle"]), v, cat)
    d.n("helm registry login %s -u robot --password \"%s\"" % (c.host("harbor"), M), "$HARBOR_ROBOT_SECRET", "env-reference")


def ilorest(c, r):
    d = c.doc("scripts/ilo-firmware.sh")
    d.t("#!/bin/bash", "# update BIOS on the database server")
    d.s("ilorest login %s -u Administrator -p '%s'" % (c.host("ilo-db"), M), c.pw(r), "bmc-password")
    d.t("ilorest flashfwpkg /srv/fw/U32_2.90.fwpkg --forceupload", "ilorest logout")
    d.n("# factory tag password on the pull-out label: %s" % M, "XXXXXXXX", "masked-value")


def srt(c, r):
    d = c.doc("stream/push-srt.sh")
    d.t("#!/bin/sh", "# push the camera feed to the streaming relay over SRT")
    d.s('ffmpeg -re -i rtsp://%s/stream1 -c copy -f mpegts "srt://relay.%s:9000?mode=caller&passphrase=%s&pbkeylen=16"'
        % (c.host("cam"), c.domain, M), c.fresh(lambda: r.alnum(20)), "srt-passphrase")
    d.n('# streamid=%s' % M, "#!::r=live/" + r.lower(8), "stream-identifier")


KINDS_C = {"beets": beets, "spotifyd": spotifyd, "shairport": shairport, "vlcrc": vlcrc, "streamlink": streamlink,
           "rocket": rocket, "cachix": cachix, "gcloud-adc": gcloud_adc, "xfreerdp": xfreerdp, "mysqlsh": mysqlsh,
           "hdbsql": hdbsql, "mongodump": mongodump, "helm-login": helm_login, "ilorest": ilorest, "srt": srt}
