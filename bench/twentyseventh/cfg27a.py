"""Tool and config kinds, part 1 (17): telemetry, databases, backup, monitoring, self-hosted apps, DNS, BMCs."""

import base64

from core27 import B64, B64U, DIG, UPPER, Doc, jstr, rs, sh_quote, xml_esc
import prov27


def fixed(d, ctx, line, value, category):
    """A fixed documented value: labelled where it first appears in the corpus, plain text after that."""
    if ctx.reg.claim(value):
        d.neg(line, value, category)
    else:
        d.add(line)


def otelcol(ctx):
    r = ctx.r
    d = Doc("%s/otel/otelcol-config.yaml" % ctx.dir, "config")
    inst = str(r.randrange(100000, 999999))
    tok = prov27.token(ctx, "grafana-cloud")
    d.add("extensions:", "  health_check: {}", "  basicauth/grafana:", "    client_auth:",
          '      username: "%s"' % inst)
    d.sec('      password: "%s"' % tok, tok, "grafana-cloud", group="provider")
    d.add("receivers:", "  otlp:", "    protocols:", "      grpc:", "        endpoint: 0.0.0.0:4317", "exporters:",
          "  otlphttp/grafana:", "    endpoint: https://otlp-gateway-prod-eu-west-2.grafana.net/otlp",
          "    auth:", "      authenticator: basicauth/grafana", "  otlphttp/site:",
          "    endpoint: https://%s:4318" % ctx.host("ops"), "    headers:")
    b = ctx.key_alnum(40)
    d.sec('      authorization: "Bearer %s"' % b, b, "otlp-bearer-token")
    d.add("  otlphttp/backup:", "    endpoint: https://otel.%s" % ctx.domain, "    headers:")
    ref = "${env:%s_OTLP_KEY}" % ctx.t["users"][0].upper()
    d.neg("      x-api-key: " + ref, ref, "env-reference")
    d.add("service:", "  extensions: [health_check, basicauth/grafana]", "  pipelines:", "    metrics:",
          "      receivers: [otlp]", "      exporters: [otlphttp/grafana, otlphttp/site, otlphttp/backup]")
    return [d]


def galera(ctx):
    r = ctx.r
    d = Doc("%s/mysql/conf.d/galera.cnf" % ctx.dir, "config", fmt="ini")
    ips = [ctx.ip() for _ in range(3)]
    pw = ctx.pw()
    d.add("[galera]", "wsrep_on = ON", "wsrep_provider = /usr/lib/galera/libgalera_smm.so",
          'wsrep_cluster_name = "%s-cluster"' % ctx.t["hosts"][0], 'wsrep_cluster_address = "gcomm://%s"' % ",".join(ips),
          "wsrep_sst_method = mariabackup")
    d.sec("wsrep_sst_auth = sst:%s" % pw, pw, "galera-sst-password")
    d.add("wsrep_node_address = %s" % ips[0], "binlog_format = ROW", "innodb_autoinc_lock_mode = 2", "")
    u = ctx.uuid()
    d.neg("# grastate.dat after the last bootstrap: uuid: %s  seqno: -1" % u, u, "uuid")
    return [d]


def xtrabackup(ctx):
    d = Doc("%s/backup/xtrabackup-nightly.sh" % ctx.dir, "config")
    pw = ctx.pw()
    d.add("#!/bin/bash", "set -euo pipefail", 'TARGET=/backup/xb/$(date +%F)', 'mkdir -p "$TARGET"')
    d.sec("xtrabackup --backup --user=bkp --password=%s --target-dir=\"$TARGET\" --parallel=4" % sh_quote(pw), pw,
          "xtrabackup-password")
    d.add('xtrabackup --prepare --target-dir="$TARGET"',
          'tar -C "$TARGET" -czf "$TARGET.tgz" . && sha256sum "$TARGET.tgz" >> /backup/xb/SHA256SUMS')
    h = ctx.sha256()
    d.neg("# last verified archive: %s" % h, h, "sha256-digest")
    return [d]


def veeam(ctx):
    d = Doc("%s/veeam/Add-Credentials.ps1" % ctx.dir, "config", crlf=True)
    a, b = ctx.pw(), ctx.pw()
    dom = ctx.org.split()[0].upper()[:10]
    d.add("# Registers the service accounts used by the Veeam B&R jobs", "Import-Module Veeam.Backup.PowerShell", "")
    d.sec('Add-VBRCredentials -User "%s\\svc_veeam" -Password "%s" -Description "Hyper-V hosts"' % (dom, a), a,
          "veeam-credential-password")
    d.sec("Add-VBRCredentials -Type Linux -User \"veeam\" -Password '%s' -Description \"NAS repository\"" % b, b,
          "veeam-credential-password")
    u = ctx.uuid()
    d.neg('$job = Get-VBRJob | Where-Object { $_.Id -eq "%s" }' % u, u, "uuid")
    d.add("Start-VBRJob -Job $job -RunAsync")
    return [d]


def resilio(ctx):
    r = ctx.r
    d = Doc("%s/resilio/sync.conf" % ctx.dir, "config", fmt="json")
    pw = ctx.pw()
    s1 = ctx.uniq(lambda: "A" + rs(r, UPPER + "234567", 32))
    s2 = ctx.uniq(lambda: "B" + rs(r, UPPER + "234567", 32))
    d.add("{", '  "device_name": "%s",' % ctx.host("files").split(".")[0], '  "listening_port": 0,',
          '  "storage_path": "/var/lib/resilio-sync/",', '  "webui": {', '    "listen": "0.0.0.0:8888",',
          '    "login": "admin",')
    d.sec('    "password": "%s"' % jstr(pw), jstr(pw), "resilio-webui-password")
    d.add("  },", '  "shared_folders": [', "    {")
    d.sec('      "secret": "%s",' % s1, s1, "resilio-folder-secret")
    d.add('      "dir": "/srv/share/photos",', '      "use_relay_server": true,', '      "search_lan": true',
          "    },", "    {")
    d.sec('      "secret": "%s",' % s2, s2, "resilio-folder-secret")
    d.add('      "dir": "/srv/share/scans",', '      "use_relay_server": true,', '      "search_lan": true',
          "    }", "  ]", "}")
    return [d]


def prtg(ctx):
    r = ctx.r
    d = Doc("%s/monitoring/prtg_export.py" % ctx.dir, "code")
    ph = ctx.uniq(lambda: str(r.randrange(10 ** 9, 10 ** 10)))
    d.add("import os", "import requests", "", 'PRTG = "https://prtg.%s"' % ctx.domain, 'USER = "apiuser"')
    d.sec('PASSHASH = "%s"' % ph, ph, "prtg-passhash")
    fixed(d, ctx, 'TOKEN = os.environ["PRTG_API_KEY"]  # newer API, not rolled out yet', 'os.environ["PRTG_API_KEY"]',
          "env-reference")
    d.add("", "", "def sensors():",
          '    p = {"content": "sensors", "columns": "objid,device,sensor,status", "username": USER, "passhash": PASSHASH}',
          '    return requests.get(PRTG + "/api/table.json", params=p, timeout=20).json()["sensors"]')
    return [d]


def portainer(ctx):
    r = ctx.r
    d = Doc("%s/portainer/redeploy.sh" % ctx.dir, "config")
    k = ctx.uniq(lambda: "ptr_" + rs(r, B64.replace("/", "").replace("+", ""), 43) + "=")
    d.add("#!/bin/sh", "PORTAINER=https://%s:9443" % ctx.host("ops"))
    d.sec("API_KEY='%s'" % k, k, "portainer-api-key", group="provider")
    d.add('curl -sk -H "X-API-Key: $API_KEY" "$PORTAINER/api/stacks" | jq -r \'.[].Name\'',
          'curl -sk -X PUT -H "X-API-Key: $API_KEY" "$PORTAINER/api/stacks/4/git/redeploy?endpointId=2" -d \'{"pullImage":true}\'')
    h = ctx.sha256()
    d.neg("# expected image: registry.%s/web@sha256:%s" % (ctx.domain, h), h, "image-digest")
    return [d]


def phpipam(ctx):
    r = ctx.r
    d = Doc("%s/phpipam/config.php" % ctx.dir, "code")
    pw = ctx.pw()
    k = ctx.key_alnum(32)
    d.add("<?php", "/* database connection details */", "$db['host'] = '%s';" % ctx.host("db"), "$db['user'] = 'phpipam';")
    d.sec("$db['pass'] = '%s';" % pw.replace("'", "\\'"), pw.replace("'", "\\'"), "phpipam-db-password")
    d.add("$db['name'] = 'phpipam';", "$db['port'] = 3306;", "")
    ref = "getenv('%s_IPAM_DB_PASS')" % ctx.t["users"][0].upper()
    d.neg("// $db['pass'] = %s;" % ref, ref, "env-reference")
    d.add("", "/* scan agent */", "$config['agent_id'] = %d;" % r.randrange(2, 9))
    d.sec("$config['key'] = \"%s\";" % k, k, "phpipam-agent-code")
    d.add("$config['method'] = 'fping';", "$api_allow_unsafe = false;")
    return [d]


def invoiceninja(ctx):
    r = ctx.r
    d = Doc("%s/invoiceninja/.env" % ctx.dir, "config")
    key = ctx.uniq(lambda: "base64:" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode())
    a, b = ctx.pw(), prov27.token(ctx, "sendgrid")
    d.add("APP_URL=https://billing.%s" % ctx.domain)
    d.sec("APP_KEY=%s" % key, key, "laravel-app-key")
    d.add("APP_DEBUG=false", "REQUIRE_HTTPS=true", "", "DB_HOST=%s" % ctx.host("db"), "DB_DATABASE=ninja",
          "DB_USERNAME=ninja")
    d.sec("DB_PASSWORD=\"%s\"" % a, a, "database-password")
    d.add("", "MAIL_MAILER=smtp", "MAIL_HOST=smtp.sendgrid.net", "MAIL_PORT=587", "MAIL_USERNAME=apikey")
    d.sec("MAIL_PASSWORD=\"%s\"" % b, b, "sendgrid", group="provider")
    d.add("NINJA_ENVIRONMENT=selfhost")
    fixed(d, ctx, "PHANTOMJS_KEY='a-demo-key-with-low-quota-per-ip-address'",
          "a-demo-key-with-low-quota-per-ip-address", "documented-default")
    return [d]


def lightdash(ctx):
    d = Doc("%s/lightdash/.env" % ctx.dir, "config")
    s = ctx.key_hex(64)
    pw = ctx.pw()
    d.add("SITE_URL=https://bi.%s" % ctx.domain)
    fixed(d, ctx, '# example from the docs was LIGHTDASH_SECRET="not very secret"', "not very secret",
          "documented-example")
    d.sec("LIGHTDASH_SECRET=%s" % s, s, "lightdash-secret")
    d.add("PGHOST=%s" % ctx.host("db"), "PGPORT=5432", "PGUSER=lightdash")
    d.sec("PGPASSWORD=%s" % pw, pw, "database-password")
    d.add("PGDATABASE=lightdash", "DBT_PROJECT_DIR=./dbt")
    return [d]


def tooljet(ctx):
    d = Doc("%s/tooljet/.env" % ctx.dir, "config")
    a, b, c = ctx.key_hex(64), ctx.key_hex(128), ctx.pw()
    d.add("TOOLJET_HOST=https://apps.%s" % ctx.domain, "# openssl rand -hex 32")
    d.sec("LOCKBOX_MASTER_KEY=%s" % a, a, "tooljet-lockbox-key")
    d.sec("SECRET_KEY_BASE=%s" % b, b, "rails-secret-key-base")
    d.add("PG_HOST=%s" % ctx.host("db"), "PG_USER=tooljet")
    d.sec("PG_PASS=%s" % c, c, "database-password")
    d.add("PG_DB=tooljet_production")
    fixed(d, ctx, "TOOLJET_DB_PASS=${PG_PASS}", "${PG_PASS}", "env-reference")
    return [d]


def dnscontrol(ctx):
    r = ctx.r
    d = Doc("%s/dns/creds.json" % ctx.dir, "config", fmt="json")
    acc = ctx.key_hex(32)
    tok = ctx.uniq(lambda: rs(r, B64U, 40))
    kid, sk = prov27.pair(ctx, "aws")
    d.add("{", '  "cloudflare": {', '    "TYPE": "CLOUDFLAREAPI",')
    d.neg('    "accountid": "%s",' % acc, acc, "account-id")
    d.sec('    "apitoken": "%s"' % tok, tok, "cloudflare-api-token")
    d.add("  },", '  "bind": { "TYPE": "BIND", "directory": "zones" },', '  "r53_main": {', '    "TYPE": "ROUTE53",')
    d.pair('    "KeyId": "%s",' % kid, '    "SecretKey": "%s"' % sk, kid, sk, "aws-access-key-pair")
    d.add("  }", "}")
    return [d]


def octodns(ctx):
    r = ctx.r
    d = Doc("%s/dns/octodns-config.yaml" % ctx.dir, "config")
    tok = prov27.token(ctx, "digitalocean")
    d.add("providers:", "  config:", "    class: octodns.provider.yaml.YamlProvider", "    directory: ./zones",
          "  digitalocean:", "    class: octodns_digitalocean.DigitalOceanProvider")
    d.sec("    token: %s" % tok, tok, "digitalocean", group="provider")
    d.add("  gandi:", "    class: octodns_gandi.GandiProvider")
    fixed(d, ctx, "    token: env/GANDI_TOKEN", "env/GANDI_TOKEN", "env-reference")
    d.add("zones:", "  %s.:" % ctx.domain, "    sources: [config]", "    targets: [digitalocean, gandi]")
    return [d]


def lego(ctx):
    r = ctx.r
    d = Doc("%s/acme/renew.sh" % ctx.dir, "config")
    tok = ctx.uniq(lambda: rs(r, B64U, 40))
    kid = ctx.uniq(lambda: "kid_" + rs(r, B64U, 22))
    hm = ctx.uniq(lambda: rs(r, B64U, 86))
    d.add("#!/bin/sh", "set -e")
    d.sec('export CLOUDFLARE_DNS_API_TOKEN="%s"' % tok, tok, "cloudflare-api-token")
    d.add('export LEGO_EMAIL="ops@%s"' % ctx.domain,
          'lego --email "$LEGO_EMAIL" --dns cloudflare --domains "*.%s" --path /etc/lego renew --days 30' % ctx.domain,
          "", "# second CA needs external account binding",
          'lego --email "$LEGO_EMAIL" --server https://acme.zerossl.com/v2/DV90 \\')
    d.pair('  --eab --kid "%s" \\' % kid, '  --hmac "%s" \\' % hm, kid, hm, "acme-eab-pair", group="generic")
    d.add('  --dns cloudflare --domains "portal.%s" run' % ctx.domain)
    return [d]


def redfish(ctx):
    d = Doc("%s/bmc/redfish-power.sh" % ctx.dir, "config")
    pw = ctx.pw()
    d.add("#!/bin/bash", "BMC=https://%s" % ctx.ip())
    d.sec('curl -sk -u root:%s "$BMC/redfish/v1/Systems/1" | jq -r .PowerState' % sh_quote(pw), pw,
          "bmc-password")
    ref = "$%s_BMC_PASS" % ctx.t["users"][0].upper()
    d.neg('TOKEN=$(curl -sk -D - -o /dev/null -X POST "$BMC/redfish/v1/SessionService/Sessions" '
          '-d "{\\"UserName\\":\\"root\\",\\"Password\\":\\"%s\\"}" | awk \'/X-Auth-Token/ {print $2}\')' % ref,
          ref, "env-reference")
    d.add('curl -sk -H "X-Auth-Token: $TOKEN" -X POST "$BMC/redfish/v1/Systems/1/Actions/ComputerSystem.Reset" '
          '-d \'{"ResetType":"GracefulRestart"}\'')
    return [d]


def ilo(ctx):
    r = ctx.r
    d = Doc("%s/bmc/ilo-add-user.xml" % ctx.dir, "config", fmt="xml")
    a, b = ctx.pw(), ctx.pw()
    d.add('<RIBCL VERSION="2.0">')
    d.sec('  <LOGIN USER_LOGIN="Administrator" PASSWORD="%s">' % xml_esc(a), xml_esc(a), "ilo-password")
    d.add('    <USER_INFO MODE="write">')
    d.sec('      <ADD_USER USER_NAME="ops" USER_LOGIN="ops" PASSWORD="%s">' % xml_esc(b), xml_esc(b), "ilo-password")
    d.add('        <ADMIN_PRIV value="N"/>', '        <REMOTE_CONS_PRIV value="Y"/>', '        <RESET_SERVER_PRIV value="Y"/>',
          "      </ADD_USER>", "    </USER_INFO>", "  </LOGIN>", "</RIBCL>")
    sn = ctx.uniq(lambda: "CZ" + rs(r, UPPER + DIG, 8))
    d.neg("<!-- server serial %s, run with: hponcfg -f ilo-add-user.xml -->" % sn, sn, "device-serial")
    return [d]


def aria2(ctx):
    d = Doc("%s/downloads/aria2.conf" % ctx.dir, "config")
    s, p = ctx.key_alnum(32), ctx.pw()
    d.add("dir=/srv/downloads", "enable-rpc=true", "rpc-listen-all=true")
    d.sec("rpc-secret=%s" % s, s, "aria2-rpc-secret")
    d.add("max-concurrent-downloads=3", "# ftp mirror of the catalogue images", "ftp-user=mirror")
    d.sec("ftp-passwd=%s" % p, p, "ftp-password")
    h = ctx.sha256()
    d.neg("# checksum=sha-256=%s" % h, h, "sha256-digest")
    return [d]


KINDS = {"otelcol": otelcol, "galera": galera, "xtrabackup": xtrabackup, "veeam": veeam, "resilio": resilio,
         "prtg": prtg, "portainer": portainer, "phpipam": phpipam, "invoiceninja": invoiceninja,
         "lightdash": lightdash, "tooljet": tooljet, "dnscontrol": dnscontrol, "octodns": octodns, "lego": lego,
         "redfish": redfish, "ilo": ilo, "aria2": aria2}
