"""Tool kinds 34-50: desktop tools and CLIs with password flags, mail, backup, CI / IaC, game servers."""

import base64
import urllib.parse

from core31 import ALNUM, DIGITS, HEX, IdMark, UPPER, Doc, N, S, pick, rbytes, rhex, rstr, ruuid

CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def rdesktop(c, r):
    d = Doc("bin/pos-remote.sh")
    p = c.pw(r, cs="shell")
    d.text("#!/bin/sh\n# open the back-office PC from the till")
    d.add("rdesktop -u kassa -p '%s' -g 1280x800 -k en-us backoffice.%s" % (p, c.intra), S(p, "rdesktop-password"))
    tp = rhex(r, 40)
    d.add("# certificate sha1 %s accepted on first connect" % tp, N(tp, "tls-thumbprint"))
    d.add("# second till prompts instead: rdesktop -u kassa -p - backoffice2.%s" % c.intra)
    return [d]


def wmic(c, r):
    d = Doc("bin/inventory.cmd", crlf=True)
    p = c.pw(r, cs="shell")
    d.add("@echo off")
    d.add("rem hardware inventory of the shop PCs")
    d.add('for /f %%%%h in (pcs.txt) do wmic /node:"%%%%h" /user:"%s\\svc-inv" /password:"%s" computersystem get model,name /format:csv >> inv.csv' % (c.slug[:8].upper(), p),
          S(p, "wmic-password"))
    d.add('wmic /node:"nas01" /user:"%s\\svc-inv" /password:"%%WMI_PASS%%" logicaldisk get size,freespace' % c.slug[:8].upper(),
          N("%WMI_PASS%", "env-reference"))
    return [d]


def ispconfig(c, r):
    d = Doc("ispconfig/remote_client.php")
    p1, p2 = c.pw(r, cs="shell"), c.pw(r, cs="shell")
    d.text("<?php\n// ISPConfig remote API: create the mailbox for a new branch")
    d.add("$soap_location = 'https://panel.%s:8080/remote/index.php';" % c.intra)
    d.add("$soap_uri = 'https://panel.%s:8080/remote/';" % c.intra)
    d.add("$username = 'remote_%s';" % c.slug[:8])
    d.add("$password = '%s';" % p1, S(p1, "ispconfig-remote-password"))
    d.text("$client = new SoapClient(null, ['location' => $soap_location, 'uri' => $soap_uri, 'trace' => 1]);\n"
           "$session_id = $client->login($username, $password);")
    d.add("$params = ['server_id' => 1, 'email' => 'branch@%s', 'login' => 'branch@%s', 'password' => '%s', 'quota' => 1073741824];" % (c.domain, c.domain, p2),
          S(p2, "ispconfig-mailbox-password"))
    d.add("$client->mail_user_add($session_id, 0, $params);")
    h = c.sha512crypt(r)
    d.add("// stored afterwards in mail_user.password as %s" % h, N(h, "password-hash"))
    return [d]


def duck(c, r):
    d = Doc("scripts/upload-catalogue.sh")
    p = c.pw(r, cs="shell")
    d.text("#!/bin/sh\n# push the printed catalogue to the distributor's SFTP with the Cyberduck CLI")
    d.add("duck --username %s --password '%s' --existing overwrite --upload sftp://sftp.distributor.example/incoming/ catalogue.pdf" % (c.slug[:10], p),
          S(p, "cyberduck-cli-password"))
    s = c.sha256(r)
    d.add("# catalogue.pdf sha256 %s" % s, N(s, "sha256-checksum"))
    d.add("# key-based for the mirror: duck --identity ~/.ssh/id_ed25519 --upload sftp://mirror.%s/ catalogue.pdf" % c.intra)
    return [d]


def smartthings(c, r):
    d = Doc("home/smartthings-scenes.mjs")
    tok, t2 = c.uuid_secret(r), c.uuid_secret(r)
    loc = ruuid(r)
    d.add("// run the 'closed' scene at night and the 'open' scene at 6:00 (SmartThings personal access tokens)")
    d.add("const SMARTTHINGS_TOKEN = '%s';" % tok, S(tok, "smartthings-pat"))
    d.add("const LOCATION_ID = '%s';" % loc, N(loc, "location-uuid"))
    d.add("const scenes = await (await fetch(`https://api.smartthings.com/v1/scenes?locationId=${LOCATION_ID}`, {")
    d.add("  headers: { Authorization: `Bearer ${SMARTTHINGS_TOKEN}` } })).json();")
    d.add("// the old token of the second site, still in the scheduler: '%s'" % t2, S(t2, "smartthings-pat"))
    return [d]


def azcopy(c, r):
    d = Doc("scripts/azcopy-sync.ps1", crlf=True)
    raw = base64.b64encode(rbytes(r, 32)).decode()
    sig = c.uniq(lambda: urllib.parse.quote(raw, safe=""))
    acct = c.slug[:14]
    d.add("# nightly export of the shop database dumps to Blob storage")
    d.add("$src = 'D:\\exports'")
    d.add('azcopy sync $src "https://%s.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-0%d-28T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=%s" --delete-destination=true' % (acct, r.randrange(1, 9), sig),
          S(sig, "azure-sas-signature", decoded=raw))
    d.add('# template: azcopy copy $src "https://%s.blob.core.windows.net/archive?<SAS-token>"' % acct, N("<SAS-token>", "placeholder"))
    d.add("# on the VM we use managed identity instead: azcopy login --identity")
    return [d]


def apt_proxy(c, r):
    d = Doc("etc/apt/apt.conf.d/95proxy")
    p = c.pw(r, cs="uri")
    d.add('Acquire::http::Proxy "http://apt:%s@proxy.%s:3128/";' % (p, c.intra), S(p, "proxy-url-password"))
    d.add('Acquire::https::Proxy "http://proxy.%s:3128/";' % c.intra)
    d.add('Acquire::http::Proxy::deb.%s "DIRECT";' % c.domain)
    d.add('// previously: Acquire::http::Proxy "http://apt:${APT_PROXY_PASSWORD}@proxy:3128/"; (not expanded by apt)',
          N("${APT_PROXY_PASSWORD}", "env-reference"))
    return [d]


def newsboat(c, r):
    p = c.person(r)
    d = Doc("home/%s/.newsboat/config" % p.handle)
    pw = c.pw(r, cs="shell")
    d.add("urls-source \"ttrss\"")
    d.add('ttrss-url "https://rss.%s/"' % c.intra)
    d.add('ttrss-login "%s"' % p.handle)
    d.add('ttrss-password "%s"' % pw, S(pw, "newsboat-ttrss-password"))
    d.add('# nextcloud-passwordeval "pass show nextcloud/news"', N("pass show nextcloud/news", "secret-reference"))
    p2 = c.pw(r, cs="shell")
    d.add('nextcloud-login "%s"' % p.handle)
    d.add('nextcloud-password "%s"' % p2, S(p2, "newsboat-nextcloud-password"))
    d.add("reload-time 30")
    d.add("auto-reload yes")
    return [d]


def mailhog(c, r):
    d = Doc("mailhog/outgoing-smtp.json")
    p = c.pw(r, cs="xml")
    d.add("{")
    d.add('  "relay": {')
    d.add('    "name": "relay",')
    d.add('    "host": "smtp.%s",' % c.domain)
    d.add('    "port": "587",')
    d.add('    "email": "noreply@%s",' % c.domain)
    d.add('    "username": "mailhog-relay",')
    d.add('    "password": "%s",' % p, S(p, "mailhog-relay-password"))
    d.add('    "mechanism": "PLAIN"')
    d.add("  },")
    p2 = c.pw(r, cs="xml")
    d.add('  "backup": {"name": "backup", "host": "smtp-relay.%s", "port": "465", "email": "noreply@%s", "username": "mh-backup", "password": "%s", "mechanism": "PLAIN"}' % (c.intra, c.domain, p2),
          S(p2, "mailhog-relay-password"))
    d.add("}")
    d2 = Doc("mailhog/auth-file")
    h = c.bcrypt(r)
    d2.add("qa:%s" % h, N(h, "password-hash"))
    return [d, d2]


def rear(c, r):
    d = Doc("etc/rear/local.conf")
    p1, p2 = c.pw(r, cs="shell"), c.pw(r, cs="shell")
    d.add("# Relax-and-Recover: rescue ISO plus encrypted tar on the NAS")
    d.add("OUTPUT=ISO")
    d.add("BACKUP=NETFS")
    d.add("BACKUP_URL=cifs://nas.%s/rear" % c.intra)
    d.add('BACKUP_OPTIONS="cred=/etc/rear/cifs-credentials"', N("/etc/rear/cifs-credentials", "secret-file-reference"))
    d.add("BACKUP_PROG_CRYPT_ENABLED=1")
    d.add("BACKUP_PROG_CRYPT_KEY='%s'" % p1, S(p1, "rear-backup-crypt-key"))
    d.add("SSH_ROOT_PASSWORD='%s'" % p2, S(p2, "rear-rescue-root-password"))
    d.add("NETFS_KEEP_OLD_BACKUP_COPY=y")
    return [d]


def k8up(c, r):
    d = Doc("k8up/backup-schedule.yaml")
    p = c.pw(r)
    kid, ks, cat = c.pairv(r, "s3-compat")
    it = S(ks, cat, id_value=kid)
    d.text("apiVersion: v1\nkind: Secret\nmetadata:\n  name: restic-repo\n  namespace: shop\ntype: Opaque\nstringData:")
    d.add("  password: '%s'" % p, S(p, "restic-repository-password"))
    d.add("  AWS_ACCESS_KEY_ID: %s" % kid, IdMark(it))
    d.add("  AWS_SECRET_ACCESS_KEY: %s" % ks, it)
    d.text("---\napiVersion: k8up.io/v1\nkind: Schedule\nmetadata:\n  name: nightly\n  namespace: shop\nspec:\n  backend:\n    repoPasswordSecretRef:")
    d.add("      name: restic-repo", N("restic-repo", "secret-reference"))
    d.text("      key: password\n    s3:\n      endpoint: https://s3.%s\n      bucket: k8up-shop\n  backup:\n    schedule: '0 2 * * *'" % c.intra)
    return [d]


def spacelift(c, r):
    d = Doc("infra/spacelift.tf")
    kid = "01" + rstr(r, 24, CROCK)
    ks = c.hexs(r, 64)
    it = S(ks, "pair-spacelift", id_value=kid)
    d.add('provider "spacelift" {')
    d.add('  api_key_endpoint = "https://%s.app.spacelift.io"' % c.slug[:12])
    d.add('  api_key_id       = "%s"' % kid, IdMark(it))
    d.add('  api_key_secret   = "%s"' % ks, it)
    d.add("}")
    d.add("")
    d.add('provider "spacelift" {')
    d.add('  alias          = "ci"')
    d.add("  api_key_secret = var.spacelift_key_secret", N("var.spacelift_key_secret", "terraform-variable-reference"))
    d.add("}")
    return [d]


def env0(c, r):
    d = Doc("infra/env0.tf")
    kid, ks = rstr(r, 16, "abcdefghijklmnopqrstuvwxyz0123456789"), c.rand(r, 32, ALNUM + "-_")
    it = S(ks, "pair-env0", id_value=kid)
    d.add('provider "env0" {')
    d.add('  api_key    = "%s"' % kid, IdMark(it))
    d.add('  api_secret = "%s"' % ks, it)
    d.add("}")
    org = ruuid(r)
    d.add('data "env0_organization" "this" {}')
    d.add('locals { organization_id = "%s" }' % org, N(org, "organization-uuid"))
    return [d]


def sotf(c, r):
    d = Doc("sotf/dedicatedserver.cfg")
    p = c.pw(r, style=pick(r, ["weak", "human", "year"]), cs="xml")
    d.add("{")
    d.add('  "IpAddress": "0.0.0.0",')
    d.add('  "GamePort": 8766,')
    d.add('  "QueryPort": 27016,')
    d.add('  "BlobSyncPort": 9700,')
    d.add('  "ServerName": "%s staff night",' % c.org.replace('"', ""))
    d.add('  "MaxPlayers": 8,')
    d.add('  "Password": "%s",' % p, S(p, "game-server-password"))
    d.add('  "LanOnly": false,')
    d.add('  "SaveSlot": 1,')
    d.add('  "SaveMode": "Continue",')
    d.add('  "GameMode": "Normal"')
    d.add("}")
    d2 = Doc("sotf/ownerswhitelist.txt")
    sid = "7656119%010d" % r.randrange(10 ** 10)
    d2.add("%s  # %s" % (sid, c.person(r).latin), N(sid, "steam-id"))
    return [d, d2]


def trackmania(c, r):
    d = Doc("trackmania/UserData/Config/dedicated_cfg.txt", crlf=True)
    p1, p2, p3 = c.pw(r, cs="xml"), c.pw(r, cs="xml"), c.pw(r, cs="xml")
    d.add('<?xml version="1.0" encoding="utf-8" ?>')
    d.add("<dedicated>")
    d.add("\t<authorization_levels>")
    d.add("\t\t<level><name>SuperAdmin</name><password>%s</password></level>" % p1, S(p1, "trackmania-superadmin-password"))
    d.add("\t\t<level><name>Admin</name><password>%s</password></level>" % p2, S(p2, "trackmania-admin-password"))
    d.add("\t\t<level><name>User</name><password>User</password></level>", N("User", "documented-default"))
    d.add("\t</authorization_levels>")
    d.add("\t<masterserver_account>")
    d.add("\t\t<login>%s_lan</login>" % c.slug[:10])
    d.add("\t\t<password>%s</password>" % p3, S(p3, "trackmania-account-password"))
    d.add("\t</masterserver_account>")
    d.add("\t<server_options><name>%s cup</name><max_players>16</max_players></server_options>" % c.slug[:10])
    d.add("</dedicated>")
    return [d]


def quake3(c, r):
    d = Doc("ioq3/baseq3/server.cfg")
    p1, p2 = c.pw(r, cs="ini"), c.pw(r, style=pick(r, ["weak", "year"]), cs="ini")
    d.add('seta sv_hostname "%s LAN"' % c.slug[:12])
    d.add("seta sv_maxclients 12")
    d.add('seta rconpassword "%s"' % p1, S(p1, "quake3-rcon-password"))
    d.add('seta g_password "%s"' % p2, S(p2, "game-server-password"))
    d.add('// autoexec on the public box: seta rconpassword "<rcon>"', N("<rcon>", "placeholder"))
    d.add("map q3dm17")
    return [d]


def arma_reforger(c, r):
    d = Doc("reforger/config.json")
    p1, p2 = c.pw(r, cs="xml"), c.pw(r, cs="xml")
    d.add("{")
    d.add('  "bindAddress": "0.0.0.0",')
    d.add('  "bindPort": 2001,')
    d.add('  "rcon": {"address": "0.0.0.0", "port": 19999, "password": "%s", "permission": "admin"},' % p1, S(p1, "reforger-rcon-password"))
    d.add('  "game": {')
    d.add('    "name": "%s Conflict",' % c.slug[:10])
    d.add('    "password": "",')
    d.add('    "passwordAdmin": "%s",' % p2, S(p2, "reforger-admin-password"))
    sid = "7656119%010d" % r.randrange(10 ** 10)
    d.add('    "admins": ["%s"],' % sid, N(sid, "steam-id"))
    d.add('    "scenarioId": "{ECC61978EDCC2B5A}Missions/23_Campaign.conf",', N("{ECC61978EDCC2B5A}Missions/23_Campaign.conf", "scenario-resource-id"))
    d.add('    "maxPlayers": 32')
    d.add("  }")
    d.add("}")
    return [d]


KINDS = [rdesktop, wmic, ispconfig, duck, smartthings, azcopy, apt_proxy, newsboat, mailhog, rear, k8up,
         spacelift, env0, sotf, trackmania, quake3, arma_reforger]
