"""Tool/config kinds, part two: Windows and network provisioning, proxies, identity, package and deploy tooling."""

from core25 import Doc, b64u, rand_str, rbytes, rhex, sha256_hex


def netsh_wlan(c):
    ssid = c.r.choice(c.t["ssids"])
    d = Doc("%s/it/wifi-profiles/Wi-Fi-%s.xml" % (c.dir, ssid), crlf=True, fmt="xml")
    d.add('<?xml version="1.0"?>', '<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">',
          "\t<name>%s</name>" % ssid, "\t<SSIDConfig>", "\t\t<SSID>")
    d.n("\t\t\t<hex>%s</hex>" % (hx := ssid.encode().hex().upper()), hx, "ssid-hex")
    d.add("\t\t\t<name>%s</name>" % ssid, "\t\t</SSID>", "\t</SSIDConfig>", "\t<connectionType>ESS</connectionType>",
          "\t<connectionMode>auto</connectionMode>", "\t<MSM>", "\t\t<security>", "\t\t\t<authEncryption>",
          "\t\t\t\t<authentication>WPA2PSK</authentication>", "\t\t\t\t<encryption>AES</encryption>",
          "\t\t\t\t<useOneX>false</useOneX>", "\t\t\t</authEncryption>", "\t\t\t<sharedKey>",
          "\t\t\t\t<keyType>passPhrase</keyType>", "\t\t\t\t<protected>false</protected>")
    d.s("\t\t\t\t<keyMaterial>%s</keyMaterial>" % (v := c.pw(c.r.choice(["human", "phrase", "weak"]), spaces=True)), v, "wifi-psk")
    d.add("\t\t\t</sharedKey>", "\t\t</security>", "\t</MSM>", "</WLANProfile>")
    return [d]


def psexec_cmd(c):
    d = Doc("%s/it/deploy/push-agent.cmd" % c.dir, crlf=True)
    d.add("@echo off", "rem push the monitoring agent to the floor PCs", "for /f %%h in (floor-pcs.txt) do (")
    d.s("  psexec \\\\%%%%h -u %s\\it_deploy -p %s -h -s msiexec /i \\\\fs01\\sw\\agent.msi /qn"
        % (c.slug.split("-")[0].upper()[:15], (v := c.pw(avoid="%^&|<> \""))), v, "windows-domain-password")
    d.add(")")
    return [d]


def bicepparam(c):
    d = Doc("%s/infra/azure/main.prod.bicepparam" % c.dir)
    d.add("using './main.bicep'", "", "param location = 'westeurope'", "param vmSize = 'Standard_B2ms'",
          "param adminUsername = 'azureops'")
    d.s("param adminPassword = '%s'" % (v := c.pw("strong", avoid="'")), v, "vm-admin-password")
    sub = c.uuid()
    d.n("param sqlPassword = az.getSecret('%s', 'rg-%s', 'kv-%s', 'sql-admin')" % (sub, c.slug, c.slug[:10]), sub,
        "key-vault-reference")
    return [d]


def v2ray_vless(c):
    d = Doc("%s/it/proxy/client-config.json" % c.dir, fmt="json")
    d.add("{", '  "log": {"loglevel": "warning"},', '  "inbounds": [{"port": 10808, "protocol": "socks", "settings": {"udp": true}}],',
          '  "outbounds": [', "    {", '      "protocol": "vless",', '      "settings": {', '        "vnext": [{',
          '          "address": "edge.%s",' % c.domain, '          "port": 443,', '          "users": [{')
    d.s('            "id": "%s",' % (v := c.uuid()), v, "vless-user-id")
    d.add('            "encryption": "none",', '            "flow": "xtls-rprx-vision"', "          }]", "        }]", "      },",
          '      "streamSettings": {', '        "network": "tcp",', '        "security": "reality",', '        "realitySettings": {',
          '          "serverName": "www.microsoft.com",')
    d.n('          "publicKey": "%s",' % (pk := b64u(rbytes(c.r, 32))), pk, "x25519-public-key")
    d.add('          "shortId": "%s"' % rhex(c.r, 8), "        }", "      }", "    }", "  ]", "}")
    return [d]


def opensearch_dash(c):
    a = Doc("%s/search/opensearch_dashboards.yml" % c.dir)
    a.add('server.host: "0.0.0.0"', 'opensearch.hosts: ["https://%s:9200"]' % c.host("search"),
          "opensearch.ssl.verificationMode: full", 'opensearch.username: "kibanaserver"')
    a.s('opensearch.password: "%s"' % (v := c.pw("strong")), v, "opensearch-password")
    a.n('# demo config shipped with: opensearch.password: "kibanaserver"', '"kibanaserver"', "documented-default-password")
    b = Doc("%s/search/internal_users.yml" % c.dir)
    b.add("_meta:", '  type: "internalusers"', "  config_version: 2", "admin:")
    h = "$2y$12$" + rand_str(c.r, 53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    b.n('  hash: "%s"' % h, h, "bcrypt-hash")
    b.add("  reserved: true", '  backend_roles: ["admin"]', "kibanaserver:")
    h = "$2y$12$" + rand_str(c.r, 53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    b.n('  hash: "%s"' % h, h, "bcrypt-hash")
    b.add("  reserved: true")
    return [a, b]


def lldap(c):
    d = Doc("%s/identity/lldap_config.toml" % c.dir, fmt="toml")
    d.add('ldap_host = "0.0.0.0"', "ldap_port = 3890", "http_port = 17170", 'http_url = "https://ldap.%s"' % c.inner)
    d.s('jwt_secret = "%s"' % (v := c.alnum(48)), v, "jwt-secret")
    dc = ",".join("dc=" + p for p in c.domain.split("."))
    d.add('ldap_base_dn = "%s"' % dc, 'ldap_user_dn = "admin"')
    d.s('ldap_user_pass = "%s"' % (v := c.pw()), v, "ldap-admin-password")
    d.s('key_seed = "%s"' % (v := c.alnum(32)), v, "server-key-seed")
    d.add('database_url = "sqlite:///data/users.db?mode=rwc"')
    return [d]


def kanidm_recover(c):
    d = Doc("%s/identity/recovery-%s.log" % (c.dir, c.date()))
    d.add("$ docker exec -i -t kanidmd kanidmd recover-account idm_admin",
          "00000000-0000-0000-0000-000000000000 INFO     i [info]: Running account recovery ...")
    d.s('00000000-0000-0000-0000-000000000000 INFO     i [info]: new_password: "%s"' % (v := c.alnum(48)), v,
        "recovery-password", free=False)
    d.add("$ kanidm login -H https://idm.%s -D idm_admin" % c.inner, "Enter password:", "Login Success for idm_admin")
    return [d]


def burp_options(c):
    d = Doc("%s/security/burp-user-options.json" % c.dir, fmt="json")
    d.add("{", '  "user_options": {', '    "connections": {', '      "upstream_proxy": {', '        "servers": [{',
          '          "destination_host": "*",', '          "proxy_host": "%s",' % c.host("proxy"), '          "proxy_port": 3128,',
          '          "authentication_type": "basic",', '          "username": "pentest",')
    d.s('          "password": "%s",' % (v := c.pw()), v, "proxy-password")
    d.add('          "enabled": true', "        }]", "      },", '      "platform_authentication": {', '        "credentials": [{',
          '          "destination_host": "*.%s",' % c.inner, '          "type": "NTLMv2",', '          "username": "qa_tester",',
          '          "domain": "%s",' % c.slug.split("-")[0].upper())
    d.s('          "password": "%s"' % (v := c.pw("strong")), v, "windows-domain-password")
    d.add("        }]", "      }", "    }", "  }", "}")
    return [d]


def mitmproxy(c):
    d = Doc("%s/qa/mitmproxy/config.yaml" % c.dir)
    d.add("listen_port: 8080", "ssl_insecure: true")
    d.s("proxyauth: \"qa:%s\"" % (v := c.pw(avoid=":")), v, "proxy-password")
    d.s("upstream_auth: \"corp-proxy:%s\"" % (v := c.pw("strong", avoid=":")), v, "proxy-password")
    d.add("mode:", "  - upstream:http://%s:3128" % c.host("proxy"))
    return [d]


def chocolatey(c):
    d = Doc("%s/it/packages/publish.ps1" % c.dir, crlf=True)
    d.add("# build and push internal Chocolatey packages", "choco pack .\\labtools\\labtools.nuspec")
    d.s("choco apikey --key %s --source https://push.chocolatey.org/" % (v := c.uuid()), v, "chocolatey-api-key")
    d.s("choco source add -n internal -s https://nexus.%s/repository/choco/ -u deploy -p '%s'" % (c.inner, (v := c.pw(avoid="'"))),
        v, "repository-password")
    d.n("choco install labagent -y --params \"'/Password:$env:LABAGENT_PW'\"", "$env:LABAGENT_PW", "environment-reference")
    return [d]


def vcpkg_cache(c):
    d = Doc("%s/ci/vcpkg-cache.ps1" % c.dir, crlf=True)
    acct = c.slug.replace("-", "")[:18] + "ci"
    url, cat, _ = c.tok("azure-sas", acct=acct)
    sas = url.split("?", 1)[1]
    d.add("# binary caching for the firmware build agents")
    d.s('$env:VCPKG_BINARY_SOURCES = "clear;x-azblob,https://%s.blob.core.windows.net/vcpkg,%s,readwrite"' % (acct, sas),
        sas, cat, group="provider")
    d.add("vcpkg install --triplet x64-windows --x-manifest-root=.")
    return [d]


def deno_auth(c):
    d = Doc("%s/tools/deno/.envrc" % c.dir)
    v, cat, _ = c.tok("github-fine")
    d.add("# private modules from the org's GitHub")
    d.s("export DENO_AUTH_TOKENS=%s@raw.githubusercontent.com" % v, v, cat, group="provider")
    d.add("export DENO_DIR=$PWD/.deno")
    return [d]


def sbt_credentials(c):
    a = Doc("%s/dev/sbt/.credentials" % c.dir)
    a.add("realm=Sonatype Nexus Repository Manager", "host=nexus.%s" % c.inner, "user=ci-publisher")
    a.s("password=%s" % (v := c.pw("strong")), v, "repository-password")
    b = Doc("%s/dev/sbt/credentials.sbt" % c.dir)
    b.add('credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.%s", "ci-publisher",' % c.inner)
    b.n('  sys.env.getOrElse("NEXUS_PASSWORD", ""))', 'sys.env.getOrElse("NEXUS_PASSWORD", "")', "environment-reference")
    return [a, b]


def pkgbuild(c):
    d = Doc("%s/packaging/arch/PKGBUILD" % c.dir)
    v, cat, _ = c.tok("gitlab-pat")
    name = c.slug.split("-")[0] + "-agent"
    d.add("# Maintainer: ops <ops@%s>" % c.domain, "pkgname=%s" % name, "pkgver=2.4.%d" % c.r.randint(0, 9), "pkgrel=1",
          "arch=('x86_64')", "depends=('glibc')")
    d.s("source=(\"git+https://oauth2:%s@gitlab.%s/ops/%s.git#tag=v${pkgver}\")" % (v, c.domain, name), v, cat, group="provider")
    d.n("sha256sums=('%s')" % (h := sha256_hex(c.r)), h, "file-hash")
    d.add("", "build() {", "  cd \"$srcdir/%s\"" % name, "  make", "}")
    return [d]


def capistrano(c):
    d = Doc("%s/webshop/config/deploy/production.rb" % c.dir)
    v, cat, _ = c.tok("github-pat")
    d.add("server '%s', user: 'deploy', roles: %%w{app web db}" % c.host("web"))
    d.s("set :repo_url, 'https://deploy-bot:%s@github.com/%s/webshop.git'" % (v, c.slug), v, cat, group="provider")
    d.add("set :ssh_options, {", "  user: 'deploy',", "  auth_methods: %w(password),")
    d.s("  password: '%s'" % (v := c.pw(avoid="'")), v, "ssh-password")
    d.add("}")
    d.n("set :branch, ENV.fetch('REVISION', 'main')", "ENV.fetch('REVISION', 'main')", "environment-reference")
    return [d]


def gitpod(c):
    d = Doc("%s/dev/.gitpod.yml" % c.dir)
    v, cat, var = c.tok(c.r.choice(["openai", "anthropic", "groq", "openrouter"]))
    d.add("image: gitpod/workspace-full", "tasks:", "  - name: api", "    init: |", "      pip install -r requirements.txt")
    d.s("      export %s=%s" % (var, v), v, cat, group="provider")
    d.add("    command: uvicorn app.main:app --reload")
    d.n("  - command: echo \"use gp env for secrets: $GITPOD_WORKSPACE_ID\"", "$GITPOD_WORKSPACE_ID", "environment-reference")
    return [d]


def hikvision_isapi(c):
    d = Doc("%s/cctv/provision-cams.sh" % c.dir)
    d.add("#!/bin/bash", "# set the admin password on newly activated cameras", "for ip in $(cat cams.txt); do")
    d.s("  curl -s --digest -u admin:%s -X PUT \"http://$ip/ISAPI/Security/users/1\" \\" % (v := c.pw(avoid=c.URI + "'\"$!")),
        v, "camera-password")
    d.s("    -d '<User><id>1</id><userName>admin</userName><password>%s</password></User>'"
        % (v := c.pw("strong", avoid="'<>&")), v, "camera-password")
    d.add("done")
    d.n("# DS-2CD2143G2-I20230518AAWR%s" % (s := rand_str(c.r, 9, "0123456789")), s, "device-serial")
    return [d]


KINDS = {f.__name__: f for f in [netsh_wlan, psexec_cmd, bicepparam, v2ray_vless, opensearch_dash, lldap, kanidm_recover,
                                  burp_options, mitmproxy, chocolatey, vcpkg_cache, deno_auth, sbt_credentials, pkgbuild,
                                  capistrano, gitpod, hikvision_isapi]}
