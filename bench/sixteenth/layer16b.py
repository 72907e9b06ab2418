"""Second layer, part two: legacy dotfiles (two of 18) and host configuration files (two of 16)."""

import base64

import neg16


def _b64(s):
    return base64.b64encode(s.encode()).decode()


def dotfile(ctx, which, home):
    v, d = ctx.v, None
    user = ctx.person().split()[0].lower()
    if which == "pgpass":
        d = ctx.doc(home + "/.pgpass")
        for i in range(v.randint(2, 3)):
            d.w("%s:5432:%s:%s:%s" % (ctx.host("pg%02d" % (i + 1)), v.choice(ctx.vocab["apps"]).replace("-", "_"), user,
                                     d.S(ctx.pw(), "pgpass-password")))
        d.w("# local superuser uses peer auth, no entry needed")
    elif which == "netrc":
        cat, _, tok = ctx.prov(v.choice(["github-pat", "gitlab-pat", "github-fine"]))
        d = ctx.doc(home + "/.netrc")
        d.w("machine %s" % ("github.com" if "github" in cat else "gitlab.com"), "  login %s" % user, "  password " + d.P(tok, cat))
        d.w("machine ftp.%s login backup password %s" % (ctx.domain, d.S(ctx.pw("strong"), "netrc-password")))
    elif which == "npmrc":
        cat, _, tok = ctx.prov("npm")
        d = ctx.doc(home + "/.npmrc")
        d.w("@%s:registry=https://npm.pkg.github.com" % ctx.short, "//registry.npmjs.org/:_authToken=" + d.P(tok, cat))
        d.w("//npm.pkg.github.com/:_authToken=" + d.N("${GITHUB_PACKAGES_TOKEN}", "env-reference"))
    elif which == "pypirc":
        cat, _, tok = ctx.prov("pypi")
        d = ctx.doc(home + "/.pypirc")
        d.w("[distutils]", "index-servers = pypi internal", "", "[pypi]", "username = __token__", "password = " + d.P(tok, cat), "",
            "[internal]", "repository = https://pypi.%s/simple" % ctx.domain, "username = %s" % user,
            "password = " + d.S(ctx.pw(), "pypirc-password"))
    elif which == "dockercfg":
        pw = ctx.pw("strong")
        d = ctx.doc(home + "/.docker/config.json")
        d.w("{", '  "auths": {', '    "registry.%s": {' % ctx.domain, '      "auth": "%s"' % d.S(_b64("%s:%s" % (user, pw)), "docker-config-auth"),
            "    },", '    "ghcr.io": {},', '    "https://index.docker.io/v1/": {', '      "auth": "%s"' % d.S(
                _b64("%s:%s" % (ctx.short + "ci", ctx.prov("dockerhub")[2])), "docker-config-auth"),
            "    }", "  },", '  "credsStore": "desktop"', "}")
    elif which == "git-credentials":
        cat, _, tok = ctx.prov(v.choice(["github-pat", "gitlab-pat", "github-install"]))
        d = ctx.doc(home + "/.git-credentials")
        d.w("https://%s:%s@%s" % (user, d.P(tok, cat), "github.com" if "github" in cat else "gitlab.com"))
        d.w("https://%s:%s@git.%s" % (user, d.S(ctx.pw(), "git-credentials-password"), ctx.domain))
    elif which == "s3cfg":
        cat, idn, secn, idv, secv = ctx.pair(v.choice(["aws", "minio"]))
        d = ctx.doc(home + "/.s3cfg")
        mi, ma = d.pair(cat, idv, secv)
        d.w("[default]", "access_key = " + mi, "secret_key = " + ma, "host_base = s3.%s" % ctx.domain, "use_https = True")
    elif which == "mycnf":
        d = ctx.doc(home + "/.my.cnf")
        d.w("[client]", "user=%s" % user, "password=\"%s\"" % d.S(ctx.pw(), "mysql-client-password"), "host=%s" % ctx.host("mysql01"))
    elif which == "pipconf":
        tok = ctx.uri(32)
        d = ctx.doc(home + "/.config/pip/pip.conf")
        d.w("[global]", "index-url = https://%s:%s@nexus.%s/repository/pypi/simple" % (user, d.S(tok, "pip-index-password"), ctx.domain),
            "trusted-host = nexus.%s" % ctx.domain)
    elif which == "maven":
        d = ctx.doc(home + "/.m2/settings.xml")
        d.w("<settings>", "  <servers>", "    <server>", "      <id>%s-releases</id>" % ctx.short, "      <username>deploy</username>")
        d.w("      <password>%s</password>" % d.S(ctx.pw("strong"), "maven-server-password"))
        d.w("    </server>", "    <server>", "      <id>central-mirror</id>",
            "      <password>" + d.N("{" + v.b64(32) + "}", "maven-encrypted-password") + "</password>",
            "    </server>", "  </servers>", "</settings>")
    elif which == "composer":
        cat, _, tok = ctx.prov("github-oauth")
        d = ctx.doc(home + "/.composer/auth.json")
        d.w("{", '  "github-oauth": {', '    "github.com": "%s"' % d.P(tok, cat), "  },", '  "http-basic": {',
            '    "repo.%s": {"username": "%s", "password": "%s"}' % (ctx.domain, user, d.S(ctx.pw(), "composer-http-basic-password")),
            "  }", "}")
    elif which == "gradle":
        d = ctx.doc(home + "/.gradle/gradle.properties")
        d.w("org.gradle.jvmargs=-Xmx2g", "artifactoryUser=%s" % user,
            "artifactoryPassword=" + d.P(ctx.prov("jfrog-ref")[2], "jfrog-reference-token"))
        d.w("signing.keyId=" + d.N(v.HEXU(8), "gpg-key-id"), "signing.password=" + d.S(ctx.phrase(), "gpg-signing-passphrase"))
    elif which == "nuget":
        d = ctx.doc(home + "/NuGet.Config", crlf=True)
        d.w('<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <packageSourceCredentials>", "    <internal>",
            '      <add key="Username" value="%s" />' % user,
            '      <add key="ClearTextPassword" value="%s" />' % d.S(ctx.pw(), "nuget-cleartext-password"),
            "    </internal>", "  </packageSourceCredentials>", "  <apikeys>",
            '    <add key="https://www.nuget.org/api/v2/package" value="%s" />' % d.P(ctx.prov("nuget")[2], "nuget-api-key"),
            "  </apikeys>", "</configuration>")
    elif which == "yarnrc":
        d = ctx.doc(home + "/.yarnrc.yml")
        d.w("nodeLinker: node-modules", "npmScopes:", "  %s:" % ctx.short, "    npmRegistryServer: \"https://npm.%s\"" % ctx.domain,
            "    npmAuthToken: \"%s\"" % d.S(ctx.uri(36), "yarn-registry-token"), "    npmAlwaysAuth: true")
    elif which == "terraformrc":
        cat, _, tok = ctx.prov("tfc")
        d = ctx.doc(home + "/.terraformrc")
        d.w('credentials "app.terraform.io" {', '  token = "%s"' % d.P(tok, cat), "}")
    elif which == "gh-hosts":
        cat, _, tok = ctx.prov("github-oauth")
        d = ctx.doc(home + "/.config/gh/hosts.yml")
        d.w("github.com:", "    user: %s" % user, "    oauth_token: " + d.P(tok, cat), "    git_protocol: ssh")
    elif which == "aws-credentials":
        cat, idn, secn, idv, secv = ctx.pair("aws")
        d = ctx.doc(home + "/.aws/credentials")
        mi, ma = d.pair(cat, idv, secv)
        d.w("[default]", "aws_access_key_id = " + d.N("AKIAIOSFODNN7EXAMPLE", "aws-docs-example-key-id"),
            "aws_secret_access_key = " + d.N("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws-docs-example-secret"), "",
            "[%s-prod]" % ctx.short, "aws_access_key_id = " + mi, "aws_secret_access_key = " + ma, "region = eu-west-1")
    elif which == "rclone":
        d = ctx.doc(home + "/.config/rclone/rclone.conf")
        d.w("[offsite]", "type = sftp", "host = backup.%s" % ctx.domain, "user = %s" % user,
            "pass = " + d.S(v.b64url(v.choice([24, 30])), "rclone-obscured-password"), "shell_type = unix")
    else:  # msmtp / muttrc
        d = ctx.doc(home + "/.muttrc")
        d.w('set smtp_url = "smtps://%s@mail.%s:465/"' % (user, ctx.domain),
            'set smtp_pass = "%s"' % d.S(ctx.pw(), "mutt-smtp-password"), 'set realname = "%s"' % ctx.person())
    return d


DOTFILES = ["pgpass", "netrc", "npmrc", "pypirc", "dockercfg", "git-credentials", "s3cfg", "mycnf", "pipconf", "maven",
            "composer", "gradle", "nuget", "yarnrc", "terraformrc", "gh-hosts", "aws-credentials", "rclone", "muttrc"]


def hostfile(ctx, which, etc):
    v = ctx.v
    if which == "keepalived":
        d = ctx.doc(etc + "/keepalived/keepalived.conf")
        d.w("vrrp_instance VI_%d {" % v.randint(1, 9), "    state MASTER", "    interface eth0", "    virtual_router_id %d" % v.randint(10, 99),
            "    authentication {", "        auth_type PASS", "        auth_pass " + d.S(ctx.uniq(lambda: v.alnum(8)), "vrrp-auth-pass"),
            "    }", "    virtual_ipaddress { %s }" % v.ip(), "}")
    elif which == "chrony":
        d = ctx.doc(etc + "/chrony.keys")
        d.w("# chronyd symmetric keys", "%d SHA256 HEX:%s" % (v.randint(1, 50), d.S(v.HEXU(64), "ntp-symmetric-key")))
    elif which == "snmpd":
        d = ctx.doc(etc + "/snmp/snmpd.conf")
        d.w("rocommunity " + d.N("public", "snmp-default-community") + " 127.0.0.1",
            "createUser monitor SHA-256 \"%s\" AES \"%s\"" % (d.S(ctx.phrase("-"), "snmpv3-auth-passphrase"), "same-as-auth"),
            "rouser monitor priv")
    elif which == "wpa":
        d = ctx.doc(etc + "/wpa_supplicant/wpa_supplicant.conf")
        d.w("ctrl_interface=/run/wpa_supplicant", "network={", '    ssid="%s-%s"' % (ctx.short.upper(), v.choice(["OT", "Floor", "Lab", "Ops"])),
            '    psk="%s"' % d.S(ctx.phrase(" "), "wifi-psk"), "    key_mgmt=WPA-PSK", "}")
    elif which == "openvpn":
        d = ctx.doc(etc + "/openvpn/client/auth.txt")
        d.w("svc-%s" % ctx.short, d.S(ctx.pw("strong"), "openvpn-auth-password"))
    elif which == "redis":
        d = ctx.doc(etc + "/redis/redis.conf")
        d.w("bind 0.0.0.0", "protected-mode yes", "port 6379", "requirepass " + d.S(ctx.pw("uri"), "redis-requirepass"),
            "# masterauth is set per replica from the vault template", "masterauth " + d.N("{{ redis_master_password }}", "jinja-template"),
            "maxmemory 2gb")
    elif which == "pgbouncer":
        d = ctx.doc(etc + "/pgbouncer/userlist.txt")
        d.w('"app_rw" "%s"' % d.S(ctx.pw(), "pgbouncer-plain-password"))
        d.w('"reporting" "%s"' % d.N(v.scram(), "scram-verifier"))
        d.w('"pgbouncer_admin" "%s"' % d.N("md5" + v.md5(), "postgres-md5-hash"))
    elif which == "haproxy":
        d = ctx.doc(etc + "/haproxy/haproxy.cfg")
        d.w("listen stats", "    bind :8404", "    stats enable", "    stats uri /stats",
            "    stats auth admin:" + d.S(ctx.pw(), "haproxy-stats-password"), "    stats refresh 10s")
    elif which == "ipsec":
        d = ctx.doc(etc + "/ipsec.secrets")
        d.w("# site-to-site tunnel to the %s office" % ctx.city, "%s %s : PSK \"%s\"" % (v.ip(False), v.ip(False), d.S(ctx.strong(32), "ipsec-psk")))
    elif which == "wireguard":
        d = ctx.doc(etc + "/wireguard/wg0.conf")
        d.w("[Interface]", "Address = 10.99.%d.1/24" % v.randint(0, 200), "ListenPort = 51820",
            "PrivateKey = " + d.S(v.b64(32), "wireguard-private-key"), "", "[Peer]",
            "PublicKey = " + d.N(v.b64(32), "wireguard-public-key"), "AllowedIPs = 10.99.0.0/16")
    elif which == "sssd":
        d = ctx.doc(etc + "/sssd/sssd.conf")
        d.w("[domain/%s]" % ctx.domain, "id_provider = ldap", "ldap_uri = ldaps://ldap.%s" % ctx.domain,
            "ldap_default_bind_dn = cn=sssd,ou=svc,dc=%s" % ctx.short, "ldap_default_authtok_type = password",
            "ldap_default_authtok = " + d.S(ctx.pw("strong"), "ldap-bind-password"))
    elif which == "postfix":
        d = ctx.doc(etc + "/postfix/sasl_passwd")
        d.w("[smtp.%s]:587 relay@%s:%s" % (ctx.domain, ctx.domain, d.S(ctx.pw(), "postfix-sasl-password")))
    elif which == "zabbix":
        d = ctx.doc(etc + "/zabbix/zabbix_agent2.psk")
        d.w(d.S(v.hex(64), "zabbix-psk"))
    elif which == "telegraf":
        d = ctx.doc(etc + "/telegraf/telegraf.conf")
        d.w("[[outputs.influxdb_v2]]", '  urls = ["https://influx.%s:8086"]' % ctx.domain,
            '  token = "%s"' % d.S(v.b64url(64) + "==", "influxdb-token"), '  organization = "%s"' % ctx.short, '  bucket = "telemetry"')
    elif which == "nginx":
        d = ctx.doc(etc + "/nginx/conf.d/upstream-auth.conf")
        up = "%s:%s" % (ctx.short, ctx.pw("uri"))
        d.w("location /api/ {", "    proxy_pass https://api.%s/;" % ctx.domain,
            '    proxy_set_header Authorization "Basic %s";' % d.S(_b64(up), "basic-auth-header"),
            "    auth_basic \"restricted\";", "    auth_basic_user_file /etc/nginx/.htpasswd;", "}")
    else:  # msmtprc
        d = ctx.doc(etc + "/msmtprc")
        d.w("account default", "host smtp.%s" % ctx.domain, "port 587", "auth on", "user alerts@%s" % ctx.domain,
            "password " + d.S(ctx.pw(), "msmtp-password"), "tls on")
    return d


HOSTFILES = ["keepalived", "chrony", "snmpd", "wpa", "openvpn", "redis", "pgbouncer", "haproxy", "ipsec", "wireguard",
             "sssd", "postfix", "zabbix", "telegraf", "nginx", "msmtprc"]
