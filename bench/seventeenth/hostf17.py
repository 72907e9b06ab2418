"""Second layer, part 3: dotfiles and host files (30 kinds)."""
import base64

import vals17 as V

KINDS = ["pgpass", "netrc", "npmrc", "pypirc", "docker-config", "git-credentials", "s3cfg", "my-cnf", "pip-conf",
         "maven-settings", "composer-auth", "gradle-props", "gh-hosts", "aws-credentials", "sftp-config", "boto",
         "kubeconfig", "wpa-supplicant", "keepalived", "snmpd", "redis-conf", "haproxy-userlist", "ipsec-secrets",
         "wireguard", "postfix-sasl", "cisco-ios", "chrony-keys", "cloud-init", "kickstart", "unattend-xml",
         "filezilla", "nm-keyfile"]


def host_file(t, kind, idx):
    r = t.r
    p = t.person(idx % len(t.people))
    home = "home/%s" % p.handle
    h = t.V["hosts"][idx % len(t.V["hosts"])]
    H = "hosts/%s/etc" % h
    L = t.V["layer"]
    db = t.V["db"]
    if kind == "pgpass":
        t.f("%s/%s/.pgpass" % (L, home), "%s:5432:%s:%s:%s\n%s:5432:*:postgres:%s" % (
            t.host(h), db, db, t.S(t.pw(), "pgpass-password"), t.host("pg-replica"), t.S(t.pw(), "pgpass-password")))
    elif kind == "netrc":
        t.f("%s/%s/.netrc" % (L, home), "machine %s\n  login %s\n  password %s\nmachine api.github.com login %s password %s" % (
            t.host("files"), p.handle, t.S(t.pw(), "netrc-password"), p.handle, t.P("github-classic-pat")))
    elif kind == "npmrc":
        t.f("%s/%s/.npmrc" % (L, home), "registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\n"
            "@%s:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=%s\nalways-auth=true" % (
                t.P("npm"), t.domain.split(".")[0], t.ref("GITHUB_TOKEN", "sh")))
    elif kind == "pypirc":
        t.f("%s/%s/.pypirc" % (L, home), "[distutils]\nindex-servers =\n    pypi\n    internal\n\n[pypi]\nusername = __token__\npassword = %s\n\n"
            "[internal]\nrepository = https://%s/simple/\nusername = %s\npassword = %s" % (
                t.P("pypi"), t.host("pypi"), p.handle, t.S(t.pw(), "pypirc-password")))
    elif kind == "docker-config":
        up = "%s:%s" % ("ci-" + h, t.pw("strong"))
        t.f("%s/%s/.docker/config.json" % (L, home), "{\n  \"auths\": {\n    \"registry.%s\": {\n      \"auth\": \"%s\"\n    },\n"
            "    \"https://index.docker.io/v1/\": {}\n  },\n  \"credsStore\": \"desktop\",\n  \"currentContext\": \"default\"\n}" % (
                t.domain, t.S(base64.b64encode(up.encode()).decode(), "docker-auth-b64")))
    elif kind == "git-credentials":
        t.f("%s/%s/.git-credentials" % (L, home), "https://%s:%s@github.com\nhttps://oauth2:%s@gitlab.%s" % (
            p.handle, t.P(r.choice(["github-classic-pat", "github-fine-grained"])), t.P("gitlab-pat"), t.domain))
    elif kind == "s3cfg":
        a, b = t.pair(r.choice(["aws-keypair", "scaleway-pair"]))
        t.f("%s/%s/.s3cfg" % (L, home), "[default]\naccess_key = %s\nsecret_key = %s\nhost_base = s3.%s\nuse_https = True" % (a, b, t.domain))
    elif kind == "my-cnf":
        t.f("%s/%s/.my.cnf" % (L, home), "[client]\nuser=%s\npassword=\"%s\"\nhost=%s\n\n[mysqldump]\nuser=backup\npassword=%s" % (
            p.handle, t.S(t.pw(), "mysql-cnf-password"), t.host(h), t.S(t.pw(), "mysql-cnf-password")))
    elif kind == "pip-conf":
        t.f("%s/%s/.config/pip/pip.conf" % (L, home), "[global]\nindex-url = https://%s:%s@%s/simple\ntimeout = 60" % (
            p.handle, t.S(t.upw(), "pip-index-password"), t.host("nexus")))
    elif kind == "maven-settings":
        t.f("%s/%s/.m2/settings.xml" % (L, home), "<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>deploy</username>\n"
            "      <password>%s</password>\n    </server>\n    <server>\n      <id>snapshots</id>\n      <username>deploy</username>\n"
            "      <password>%s</password>\n    </server>\n  </servers>\n</settings>" % (
                t.S(t.pw(), "maven-server-password"), t.N("{" + V.b64(r, 32) + "}", "maven-encrypted-password")))
    elif kind == "composer-auth":
        t.f("%s/%s/.composer/auth.json" % (L, home), "{\n    \"http-basic\": {\n        \"repo.%s\": {\n            \"username\": \"%s\",\n"
            "            \"password\": \"%s\"\n        }\n    },\n    \"github-oauth\": {\n        \"github.com\": \"%s\"\n    }\n}" % (
                t.domain, p.handle, t.S(t.pw(), "composer-http-basic"), t.P("github-oauth")))
    elif kind == "gradle-props":
        t.f("%s/%s/.gradle/gradle.properties" % (L, home), "org.gradle.jvmargs=-Xmx2g\nnexusUsername=%s\nnexusPassword=%s\n"
            "signing.keyId=%s\nsigning.password=%s\nsigning.secretKeyRingFile=/home/%s/.gnupg/secring.gpg" % (
                p.handle, t.S(t.pw(), "gradle-nexus-password"), t.N(V.hexs(r, 8).upper(), "gpg-key-id"), t.S(t.pw("phrase"), "gpg-passphrase"), p.handle))
    elif kind == "gh-hosts":
        t.f("%s/%s/.config/gh/hosts.yml" % (L, home), "github.com:\n    users:\n        %s:\n            oauth_token: %s\n    git_protocol: https\n    user: %s" % (
            p.handle, t.P("github-oauth"), p.handle))
    elif kind == "aws-credentials":
        a, b = t.pair("aws-keypair")
        t.f("%s/%s/.aws/credentials" % (L, home), "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n\n[%s-prod]\n"
            "aws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-central-1" % (
                t.doc("aws-doc-key-id"), t.doc("aws-doc-secret"), t.domain.split(".")[0], a, b))
    elif kind == "sftp-config":
        t.f("%s/%s/sftp-config.json" % (L, home), "{\n    \"type\": \"sftp\",\n    \"host\": \"%s\",\n    \"user\": \"%s\",\n"
            "    \"password\": \"%s\",\n    \"remote_path\": \"/var/www/%s/\",\n    \"upload_on_save\": true\n}" % (
                t.host(h), p.handle, t.S(t.pw(), "sftp-password"), h))
    elif kind == "boto":
        t.f("%s/%s/.boto" % (L, home), "[Credentials]\ngs_oauth2_refresh_token = %s\n\n[GSUtil]\ndefault_project_id = %s-%d" % (
            t.P("google-refresh"), t.domain.split(".")[0], r.randint(1000, 9999)))
    elif kind == "kubeconfig":
        tok = V.jwt(r, {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": db,
                        "sub": "system:serviceaccount:%s:deployer" % db}, alg="RS256")
        t.f("%s/%s/.kube/config" % (L, home), "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: %s\n"
            "    server: https://%s:6443\n  name: prod\nusers:\n- name: deployer\n  user:\n    token: %s\ncontexts:\n- context: {cluster: prod, user: deployer}\n"
            "  name: prod\ncurrent-context: prod" % (t.N(base64.b64encode(t.cert(t.key("EC"), "kube-ca").encode()).decode(), "certificate-b64"),
                                                    t.host("k8s-api"), t.S(tok, "k8s-sa-token-jwt")))
    elif kind == "wpa-supplicant":
        t.f("%s/%s/wpa_supplicant/wpa_supplicant.conf" % (L, H), "ctrl_interface=/run/wpa_supplicant\nnetwork={\n    ssid=\"%s\"\n"
            "    psk=\"%s\"\n    key_mgmt=WPA-PSK\n}\nnetwork={\n    ssid=\"%s-guest\"\n    key_mgmt=NONE\n}" % (
                t.V["ssid"], t.S(t.pw(r.choice(["phrase", "weak", "strong"])), "wifi-psk"), t.V["ssid"]))
    elif kind == "keepalived":
        t.f("%s/%s/keepalived/keepalived.conf" % (L, H), "vrrp_instance VI_1 {\n    state MASTER\n    interface eth0\n    virtual_router_id 51\n"
            "    priority 150\n    authentication {\n        auth_type PASS\n        auth_pass %s\n    }\n    virtual_ipaddress { %s/24 }\n}" % (
                t.S(V.rs(r, 8), "vrrp-auth-pass"), t.ip()))
    elif kind == "snmpd":
        t.f("%s/%s/snmp/snmpd.conf" % (L, H), "agentAddress udp:161\nrocommunity %s 10.0.0.0/8\n"
            "# priv pass phrase defaults to the auth one\ncreateUser nmsops SHA-256 \"%s\" AES\nrouser nmsops priv\ncreateUser monitor SHA \"%s\"\nrouser monitor auth" % (
                t.N("public", "snmp-public-community"), t.S(t.pw("phrase"), "snmpv3-auth-pass"), t.S(t.pw("strong"), "snmpv3-auth-pass")))
    elif kind == "redis-conf":
        t.f("%s/%s/redis/redis.conf" % (L, H), "bind 127.0.0.1 %s\nport 6379\nrequirepass %s\nmasterauth %s\nmaxmemory 2gb" % (
            t.ip(), t.S(t.pw("uri"), "redis-requirepass"), t.S(t.pw("uri"), "redis-masterauth")))
    elif kind == "haproxy-userlist":
        t.f("%s/%s/haproxy/haproxy.cfg" % (L, H), "userlist ops\n    user admin insecure-password %s\n    user viewer password %s\n\n"
            "listen stats\n    bind :8404\n    stats enable\n    stats auth ops:%s\n    acl authed http_auth(ops)" % (
                t.S(t.pw(), "haproxy-insecure-password"), t.hashed(r.choice(["sha512crypt", "bcrypt"])), t.S(t.pw("uri"), "haproxy-stats-auth")))
    elif kind == "ipsec-secrets":
        t.f("%s/%s/ipsec.secrets" % (L, H), "# strongSwan\n%s %s : PSK \"%s\"\n: RSA /etc/ipsec.d/private/%s.pem" % (
            t.ip(), V.ipv4(r, False), t.S(t.pw(r.choice(["strong", "b64"])), "ipsec-psk"), h))
    elif kind == "wireguard":
        t.f("%s/%s/wireguard/wg0.conf" % (L, H), "[Interface]\nAddress = 10.66.0.1/24\nListenPort = 51820\nPrivateKey = %s\n\n[Peer]\n"
            "PublicKey = %s\nPresharedKey = %s\nAllowedIPs = 10.66.0.2/32" % (
                t.S(V.b64(r, 32), "wireguard-private-key"), t.N(V.b64(r, 32), "wireguard-public-key"), t.S(V.b64(r, 32), "wireguard-psk")))
    elif kind == "postfix-sasl":
        t.f("%s/%s/postfix/sasl_passwd" % (L, H), "[smtp.%s]:587 relay@%s:%s" % (t.domain, t.domain, t.S(t.pw(), "postfix-sasl-password")))
    elif kind == "cisco-ios":
        t.f("%s/configs/%s-running.cfg" % (L, h), "hostname %s\n!\nenable secret 9 %s\nusername netops privilege 15 password 7 %s\n!\n"
            "snmp-server community %s RW\nsnmp-server community public RO\n!\ntacacs server T1\n address ipv4 %s\n key 0 %s\n!\nend" % (
                h.upper(), t.N("$9$" + V.rs(r, 14, V.BC) + "$" + V.rs(r, 43, V.BC), "hash-cisco-type9"),
                t.S("".join("%02X" % r.getrandbits(8) for _ in range(r.randint(7, 11))), "cisco-type7-password"),
                t.S(V.rs(r, 12), "snmp-write-community"), t.ip(), t.S(t.pw("uri"), "tacacs-key")))
    elif kind == "chrony-keys":
        t.f("%s/%s/chrony.keys" % (L, H), "# ntp symmetric keys\n1 SHA256 HEX:%s\n2 SHA1 HEX:%s" % (
            t.S(V.hexs(r, 64).upper(), "ntp-symmetric-key"), t.S(V.hexs(r, 40).upper(), "ntp-symmetric-key")))
    elif kind == "cloud-init":
        t.f("%s/cloud-init/%s-user-data.yaml" % (L, h), "#cloud-config\nusers:\n  - name: ops\n    passwd: %s\n    lock_passwd: false\n"
            "chpasswd:\n  expire: false\n  users:\n    - name: root\n      password: %s\n      type: text\nruncmd:\n  - systemctl enable --now node-exporter" % (
                t.hashed("sha512crypt"), t.S(t.pw(), "cloud-init-chpasswd")))
    elif kind == "kickstart":
        t.f("%s/pxe/%s.ks" % (L, h), "lang en_US.UTF-8\nkeyboard us\nrootpw --plaintext %s\nuser --name=ops --iscrypted --password=%s\n"
            "network --bootproto=dhcp --hostname=%s\n%%packages\n@core\n%%end" % (t.S(t.pw(), "kickstart-rootpw"), t.hashed("sha512crypt"), t.host(h)))
    elif kind == "unattend-xml":
        t.f("%s/deploy/%s-unattend.xml" % (L, h), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<unattend xmlns=\"urn:schemas-microsoft-com:unattend\">\n"
            "  <settings pass=\"oobeSystem\">\n    <UserAccounts>\n      <AdministratorPassword>\n        <Value>%s</Value>\n        <PlainText>true</PlainText>\n"
            "      </AdministratorPassword>\n    </UserAccounts>\n    <AutoLogon>\n      <Username>kiosk</Username>\n      <Password>\n        <Value>%s</Value>\n"
            "        <PlainText>true</PlainText>\n      </Password>\n    </AutoLogon>\n  </settings>\n</unattend>" % (
                t.S(t.pw(), "unattend-admin-password"), t.S(t.pw("weak"), "unattend-autologon-password")), crlf=True)
    elif kind == "filezilla":
        t.f("%s/%s/AppData/FileZilla/sitemanager.xml" % (L, home), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<FileZilla3>\n  <Servers>\n    <Server>\n"
            "      <Host>%s</Host>\n      <Port>22</Port>\n      <Protocol>1</Protocol>\n      <User>%s</User>\n      <Pass encoding=\"base64\">%s</Pass>\n"
            "      <Name>%s</Name>\n    </Server>\n  </Servers>\n</FileZilla3>" % (
                t.host(h), p.handle, t.S(base64.b64encode(t.pw().encode()).decode(), "filezilla-password-b64"), h), crlf=True)
    elif kind == "nm-keyfile":
        t.f("%s/%s/NetworkManager/system-connections/%s.nmconnection" % (L, H, t.V["ssid"]), "[connection]\nid=%s\ntype=wifi\n\n[wifi]\nssid=%s\n\n"
            "[wifi-security]\nkey-mgmt=wpa-psk\npsk=%s\n\n[ipv4]\nmethod=auto" % (t.V["ssid"], t.V["ssid"], t.S(t.pw(r.choice(["phrase", "weak"])), "wifi-psk")))
    else:
        raise ValueError(kind)
