"""The second layer every theme gets: integrations files in dealt syntaxes (provider tokens, one key-ID +
secret pair, twins), private keys in dealt wrappings, legacy dotfiles, a host file."""

import base64

import syntax15 as sx
from keys15 import Key
from prov15 import TOKEN_BY_CAT, PAIRS
from themes.common import gcp_sa

PAIR_BY_CAT = {p[0]: p for p in PAIRS}
LAYER_DIRS = ["platform", "it-ops", "infra", "shared-it", "systems", "devops", "integration", "backoffice-it",
              "ops", "tech"]
CONFIG_SYNTAX = {"env", "yaml", "json", "toml", "ini", "properties", "hcl", "k8s", "compose", "hocon", "xml",
                 "makefile", "envrc", "systemd", "dockerfile", "gha"}
WRAPPINGS = ["openssh", "gcp", "k8s-tls", "json-escaped", "jwk", "tf-heredoc", "key-crt", "env-b64",
             "yaml-block", "py-literal", "kubeconfig", "properties-der", "go-raw", "xml-element"]


def integrations(t, d):
    r = t.r
    toks = list(t.deal["tokens"])
    half = (len(toks) + 1) // 2
    pair = PAIR_BY_CAT[t.deal["pair"]]
    for n, syn in enumerate(t.deal["syntaxes"]):
        chunk = toks[:half] if n == 0 else toks[half:]
        section = r.choice(["integrations", "partners", "saas", "vendors", "external"]) + ("" if n == 0 else "-2")
        entries, twin = [], []
        for cat in chunk:
            _, gen, name, _ = TOKEN_BY_CAT[cat]
            entries.append((name, t.P(gen(r), cat)))
            twin.append((name, cat))
        if n == 0:
            pr = t.R(pair[0])
            entries.append((pair[3], pr.I(pair[1](r))))
            entries.append((pair[4], pr.A(pair[2](r))))
            twin += [(pair[3], pair[0]), (pair[4], None)]
            entries.append(("WEBHOOK_SIGNING_SECRET", t.S(r.hex(40), "webhook-signing-secret")))
            twin.append(("WEBHOOK_SIGNING_SECRET", None))
        else:
            pc = r.choice(["public-stripe-publishable-key", "public-ga4-id", "public-posthog-key",
                           "public-sentry-dsn", "public-recaptcha-site-key", "public-algolia-search-key"])
            entries.append((pc.split("-", 1)[1].replace("-", "_").upper(), t.pub(pc)))
            entries.append(("SESSION_SECRET", t.S(r.b64u(32), "session-secret")))
            twin.append(("SESSION_SECRET", None))
        fname = sx.filename(syn)
        path = "%s/%s/%s" % (d, section, fname)
        t.w(path, sx.render(syn, entries, section), crlf=syn in sx.CRLF_SYNTAX)
        # the twin: same syntax for config files, an .env.example for code
        tw = []
        for key, cat in twin:
            x = r.random()
            if x < 0.3:
                tw.append((key, ""))
            elif x < 0.55:
                tw.append((key, t.placeholder(key, cat)))
            elif x < 0.85 and syn in CONFIG_SYNTAX:
                tw.append((key, t.N(sx.ref(syn, key), "env-reference")))
            else:
                tw.append((key, t.vault_ref(key)))
        if syn in CONFIG_SYNTAX:
            suffix = r.choice([".example", ".sample", ".dist", ".template"])
            t.w(path + suffix, sx.render(syn, tw, section), crlf=syn in sx.CRLF_SYNTAX)
        else:
            t.w("%s/%s/.env.example" % (d, section), "".join("%s=%s\n" % kv for kv in tw))


def _b64(s):
    return base64.b64encode(s.encode()).decode()


def _indent(text, n):
    return "\n".join(" " * n + x for x in text.split("\n"))


def private_keys(t, d, wrappings):
    r = t.r
    for wrap in wrappings:
        if wrap == "gcp":
            kind = "rsa"
        elif wrap in ("key-crt", "kubeconfig", "k8s-tls"):
            kind = r.choice(["rsa", "ec"])
        else:
            kind = r.choice(["rsa", "ec", "ed25519"])
        k = Key(kind, r)
        who = r.choice(["deploy", "sync", "backup", "signer", "svc", "ci", "ansible"])
        if wrap == "openssh":
            fn = {"rsa": "id_rsa", "ec": "id_ecdsa", "ed25519": "id_ed25519"}[kind]
            t.w("%s/keys/%s" % (d, fn), t.K(k.openssh_private("%s@%s" % (who, t.domain), r), "private-key-openssh"))
            t.w("%s/keys/%s.pub" % (d, fn), t.N(k.openssh_public("%s@%s" % (who, t.domain)), "public-ssh-key"))
        elif wrap == "gcp":
            proj = "%s-%s-%d" % (t.key.split("-")[0], r.choice(["prod", "data", "ops"]), r.randint(100, 999))
            t.w("%s/gcp/%s-sa.json" % (d, who), gcp_sa(t, k, proj))
        elif wrap == "k8s-tls":
            cert = t.ca.cert(k, t.host(who))
            t.w("%s/k8s/%s-tls.yaml" % (d, who), "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-tls\n"
                "type: kubernetes.io/tls\ndata:\n  tls.crt: %s\n  tls.key: %s\n" % (
                    who, t.N(_b64(cert + "\n"), "public-certificate-base64"),
                    t.K(_b64(k.pem_pkcs8() + "\n"), "private-key-base64-pem")))
        elif wrap == "json-escaped":
            t.w("%s/signing/%s.json" % (d, who), '{\n  "issuer": "https://%s",\n  "algorithm": "%s",\n'
                '  "publicKey": "%s",\n  "privateKey": "%s",\n  "rotateDays": 90\n}\n' % (
                    t.host("auth"), {"rsa": "RS256", "ec": "ES256", "ed25519": "EdDSA"}[kind],
                    t.N(k.pem_public().replace("\n", "\\n"), "public-key-escaped"),
                    t.K(k.pem_pkcs8().replace("\n", "\\n"), "private-key-json-escaped")))
        elif wrap == "jwk":
            kid = r.hex(16)
            t.w("%s/jwks/private.jwk.json" % d, t.K(k.jwk_private(kid), "private-key-jwk") + "\n")
            t.w("%s/jwks/jwks.json" % d, '{"keys": [%s]}\n' % t.N(k.jwk_public(kid), "public-jwk"))
        elif wrap == "tf-heredoc":
            t.w("%s/terraform/%s.tf" % (d, who), 'resource "vendor_sftp_user" "%s" {\n  username    = "%s"\n'
                '  home        = "/inbound/%s"\n  private_key = <<-EOT\n%s\n  EOT\n}\n' % (
                    who, who, t.key, t.K(_indent(k.pem_traditional(), 4), "private-key-terraform-heredoc")))
        elif wrap == "key-crt":
            t.w("%s/tls/%s.key" % (d, who), t.K(k.pem_traditional(), "private-key-pem-file") + "\n")
            t.w("%s/tls/%s.crt" % (d, who), t.N(t.ca.cert(k, t.host(who)), "public-certificate") + "\n")
        elif wrap == "env-b64":
            t.w("%s/saml/sp.env" % d, "SAML_SP_ENTITY_ID=https://%s/saml/metadata\nSAML_SP_CERT_B64=%s\n"
                "SAML_SP_KEY_B64=%s\n" % (t.host("sso"), t.N(_b64(t.ca.cert(k, t.host("sso"))),
                                                              "public-certificate-base64"),
                                          t.K(_b64(k.pem_pkcs8()), "private-key-base64-pem")))
        elif wrap == "yaml-block":
            cert = t.ca.cert(k, t.host(who))
            t.w("%s/ansible/group_vars/%s.yml" % (d, who), "---\n%s_tls_enabled: true\n%s_tls_cert: |\n%s\n"
                "%s_tls_key: |\n%s\n" % (who, who, t.N(_indent(cert, 2), "public-certificate"), who,
                                        t.K(_indent(k.pem_traditional(), 2), "private-key-yaml-block")))
        elif wrap == "py-literal":
            t.w("%s/tools/%s_signer.py" % (d, who), 'import jwt\n\n# TODO move to the secret store\n'
                'SIGNING_KEY = """%s\n"""\n\n\ndef sign(claims):\n    return jwt.encode(claims, SIGNING_KEY, '
                'algorithm="%s")\n' % (t.K(k.pem_pkcs8(), "private-key-python-literal"),
                                       {"rsa": "RS256", "ec": "ES256", "ed25519": "EdDSA"}[kind]))
        elif wrap == "kubeconfig":
            cert = t.ca.cert(k, "system:" + who)
            t.w("%s/kube/%s.kubeconfig" % (d, who), "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n"
                "    server: https://%s:6443\n  name: %s\nusers:\n- name: %s\n  user:\n"
                "    client-certificate-data: %s\n    client-key-data: %s\ncontexts:\n- context:\n"
                "    cluster: %s\n    user: %s\n  name: default\ncurrent-context: default\n" % (
                    t.host("k8s"), t.key, who, t.N(_b64(cert + "\n"), "public-certificate-base64"),
                    t.K(_b64(k.pem_traditional() + "\n"), "private-key-kubeconfig"), t.key, who))
        elif wrap == "properties-der":
            t.w("%s/signing/%s.properties" % (d, who), "signer.alias=%s\nsigner.algorithm=%s\n"
                "signer.key.der.base64=%s\nsigner.rotate.days=180\n" % (
                    who, {"rsa": "SHA256withRSA", "ec": "SHA256withECDSA", "ed25519": "Ed25519"}[kind],
                    t.K(base64.b64encode(k.pkcs8()).decode(), "private-key-base64-der")))
        elif wrap == "go-raw":
            t.w("%s/cmd/%s/key.go" % (d, who), "package main\n\n// testKey is used by the staging signer.\n"
                "var signingKeyPEM = `%s\n`\n" % t.K(k.pem_pkcs8(), "private-key-go-literal"))
        elif wrap == "xml-element":
            t.w("%s/sso/%s-sp.xml" % (d, who), '<?xml version="1.0"?>\n<ServiceProvider entityID="https://%s">\n'
                '  <PrivateKey format="pem">\n%s\n  </PrivateKey>\n  <Certificate>%s</Certificate>\n'
                '</ServiceProvider>\n' % (t.host(who), t.K(_indent(k.pem_traditional(), 4), "private-key-xml-element"),
                                          t.N(_b64(t.ca.cert(k, t.host(who))), "public-certificate-base64")),
                crlf=True)


def legacy_files(t, d, kinds):
    r = t.r
    user = r.choice(["svc_", "app_", "ops_"]) + t.key.split("-")[0][:6]
    for kind in kinds:
        if kind == "pgpass":
            t.w("%s/home/%s/.pgpass" % (d, user), "%s:5432:*:%s:%s\n%s:5432:reports:readonly:%s\n" % (
                t.host("db1"), user, t.S(t.pw(), "pgpass-password"), t.host("db2"), t.S(t.pw(), "pgpass-password")))
        elif kind == "netrc":
            t.w("%s/home/%s/.netrc" % (d, user), "machine %s\n  login %s\n  password %s\nmachine api.github.com\n"
                "  login %s\n  password %s\n" % (t.host("files"), user, t.S(t.pw(), "netrc-password"), user,
                                                 t.Ptok("github-pat")))
        elif kind == "mycnf":
            t.w("%s/home/%s/.my.cnf" % (d, user), "[client]\nuser=%s\npassword=%s\nhost=%s\n" % (
                user, t.S(t.pw(), "mysql-client-password"), t.host("mysql")))
        elif kind == "s3cfg":
            pr = t.R("aws-access-key")
            t.w("%s/home/%s/.s3cfg" % (d, user), "[default]\naccess_key = %s\nsecret_key = %s\nhost_base = "
                "s3.amazonaws.com\nuse_https = True\n" % (pr.I(PAIR_BY_CAT["aws-access-key"][1](r)),
                                                           pr.A(PAIR_BY_CAT["aws-access-key"][2](r))))
        elif kind == "npmrc":
            t.w("%s/home/%s/.npmrc" % (d, user), "registry=https://registry.npmjs.org/\n"
                "//registry.npmjs.org/:_authToken=%s\nalways-auth=true\n" % t.Ptok("npm-token"))
        elif kind == "pypirc":
            t.w("%s/home/%s/.pypirc" % (d, user), "[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = "
                "__token__\npassword = %s\n" % t.Ptok("pypi-token"))
        elif kind == "docker":
            auth = base64.b64encode(("%s:%s" % (user, t.r.pw_strong())).encode()).decode()
            t.w("%s/home/%s/.docker/config.json" % (d, user), '{\n  "auths": {\n    "%s": {\n      "auth": "%s"\n'
                '    }\n  }\n}\n' % (t.host("registry"), t.S(auth, "docker-config-auth")))
        elif kind == "gitcreds":
            t.w("%s/home/%s/.git-credentials" % (d, user), "https://%s:%s@%s\n" % (
                user, t.S(t.pw(uri=True), "git-credentials-password"), t.host("git")))
        elif kind == "pipconf":
            t.w("%s/home/%s/.config/pip/pip.conf" % (d, user), "[global]\nindex-url = https://%s:%s@%s/simple/\n" % (
                user, t.S(t.pw(uri=True), "pip-index-password"), t.host("pypi")))
        elif kind == "maven":
            t.w("%s/home/%s/.m2/settings.xml" % (d, user), "<settings>\n  <servers>\n    <server>\n"
                "      <id>internal-releases</id>\n      <username>%s</username>\n      <password>%s</password>\n"
                "    </server>\n  </servers>\n</settings>\n" % (user, t.S(t.pw(), "maven-settings-password")))
        elif kind == "rsyncd":
            t.w("%s/etc/rsyncd.secrets" % d, "%s:%s\nbackup:%s\n" % (user, t.S(t.pw(), "rsyncd-secret"),
                                                                      t.S(t.pw(), "rsyncd-secret")))
        elif kind == "redis":
            t.w("%s/etc/redis/redis.conf" % d, "bind 127.0.0.1 10.0.0.0/8\nport 6379\nrequirepass %s\n"
                "maxmemory 2gb\nmaxmemory-policy allkeys-lru\n" % t.S(t.pw(), "redis-requirepass"))


def host_file(t, d, kind):
    r = t.r
    if kind == "keepalived":
        t.w("%s/etc/keepalived/keepalived.conf" % d, "vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n"
            "    virtual_router_id %d\n    priority 150\n    authentication {\n        auth_type PASS\n"
            "        auth_pass %s\n    }\n    virtual_ipaddress {\n        10.20.0.%d/24\n    }\n}\n" % (
                r.randint(10, 250), t.S(r.s(8), "vrrp-auth-pass"), r.randint(2, 250)))
    elif kind == "zabbix":
        t.w("%s/etc/zabbix/zabbix_agentd.psk" % d, t.S(r.hex(64), "zabbix-psk") + "\n")
    elif kind == "telegraf":
        t.w("%s/etc/telegraf/telegraf.conf" % d, '[[outputs.influxdb_v2]]\n  urls = ["https://%s:8086"]\n'
            '  token = "%s"\n  organization = "%s"\n  bucket = "hosts"\n' % (
                t.host("metrics"), t.S(r.b64u(64) + "==", "influxdb-token"), t.key))
    elif kind == "chrony":
        t.w("%s/etc/chrony.keys" % d, "# NTP symmetric keys\n%d SHA256 HEX:%s\n" % (
            r.randint(1, 99), t.S(r.hex(64).upper(), "ntp-symmetric-key")))
    elif kind == "restic":
        t.w("%s/etc/restic/env" % d, "RESTIC_REPOSITORY=sftp:backup@%s:/srv/restic\nRESTIC_PASSWORD=%s\n" % (
            t.host("nas"), t.S(r.pw_phrase(), "restic-password")))
    elif kind == "tsig":
        t.w("%s/etc/bind/tsig.key" % d, 'key "xfer-%s" {\n    algorithm hmac-sha256;\n    secret "%s";\n};\n' % (
            t.key, t.S(r.b64(32), "dns-tsig-secret")))
    elif kind == "wpa":
        t.w("%s/etc/wpa_supplicant/wpa_supplicant.conf" % d, 'ctrl_interface=/run/wpa_supplicant\nnetwork={\n'
            '    ssid="%s-ops"\n    psk="%s"\n    key_mgmt=WPA-PSK\n}\n' % (t.key.split("-")[0],
                                                                          t.S(t.pw(), "wifi-psk")))
    elif kind == "openvpn":
        t.w("%s/etc/openvpn/auth.txt" % d, "%s\n%s\n" % (r.choice(["vpnsvc", "site-link"]),
                                                         t.S(t.pw(), "openvpn-auth-password")))
    elif kind == "msmtp":
        t.w("%s/etc/msmtprc" % d, "defaults\ntls on\naccount alerts\nhost smtp.%s\nport 587\nauth on\n"
            "user alerts@%s\npassword %s\naccount default : alerts\n" % (t.domain, t.domain,
                                                                       t.S(t.pw(), "smtp-password")))
    elif kind == "snmpd":
        t.w("%s/etc/snmp/snmpd.conf" % d, "rocommunity %s 10.0.0.0/8\ncreateUser monitor SHA \"%s\" AES\n"
            "rouser monitor priv\n" % (t.N("public", "well-known-default"), t.S(r.pw_strong(), "snmpv3-auth-pass")))


LEGACY = ["pgpass", "netrc", "mycnf", "s3cfg", "npmrc", "pypirc", "docker", "gitcreds", "pipconf", "maven",
          "rsyncd", "redis"]
HOSTS = ["keepalived", "zabbix", "telegraf", "chrony", "restic", "tsig", "wpa", "openvpn", "msmtp", "snmpd"]


def layer(t):
    r = t.r
    d = r.choice(LAYER_DIRS)
    integrations(t, d)
    private_keys(t, d, t.deal["wrappings"])
    legacy_files(t, d, r.sample(LEGACY, 2))
    for kind in r.sample(HOSTS, 2):
        host_file(t, d, kind)
    return d
