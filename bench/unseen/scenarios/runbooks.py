"""An ops team's runbooks repository plus an ops user's home directory and a few /etc
snapshots: Markdown / AsciiDoc / Org-mode runbooks with shell snippets, shell history,
docker / kubectl / helm / psql / mongosh / redis-cli commands, htpasswd and FTP configs,
VPN and WireGuard configs, kubeconfig, encrypted (Ansible Vault / SOPS) files."""

import base64

import keys
from core import T


def build(c):
    t, pw, nm, r = c.tok, c.pw, c.names, c.rng
    root = "ops-runbooks"
    home = "%s/snapshots/home/ops" % root
    etc = "%s/snapshots/etc" % root
    co = nm.client().split("-")[0]
    dom = "%s.internal" % co
    pub = nm.domain()

    # ------------------------------------------------------------------ Markdown runbooks
    F = c.file("%s/runbooks/postgres-failover.md" % root)
    F.write(T("""
        # PostgreSQL failover

        **Owner:** platform on-call · **Last tested:** 2024-04-18

        ## 1. Confirm the primary is really down

        ```bash
        pg_isready -h db-primary.@@dom@@ -p 5432
        patronictl -c /etc/patroni/patroni.yml list
        ```

        ## 2. Promote the replica

        ```bash
        patronictl -c /etc/patroni/patroni.yml failover --candidate db-replica-1 --force
        ```

        ## 3. Check the application can write

        ```bash
        psql "postgresql://app_admin:@@pw1@@@db-primary.@@dom@@:5432/app?sslmode=require" \\
          -c "insert into healthcheck(ts) values (now()) returning id;"
        ```

        ## 4. Take a fresh base backup

        ```bash
        PGPASSWORD='@@pw2@@' pg_basebackup -h db-primary.@@dom@@ -U replicator -D /var/lib/postgresql/16/main -Fp -Xs -P -R
        ```

        If `psql "$DATABASE_URL"` works from an app pod, close the incident.
        """, dom=dom, pw1=F.s(pw.random(safe="uri"), "generic-password"), pw2=F.s(pw.any("shell"), "generic-password")))

    F = c.file("%s/runbooks/mongodb.adoc" % root)
    F.write(T("""
        = MongoDB Atlas operations
        :toc:
        :icons: font

        == Connect as the ops user

        [source,shell]
        ----
        mongosh "@@uri@@" --apiVersion 1
        ----

        NOTE: the `ops` user has `atlasAdmin`; prefer the read-only `support` user below for
        investigations.

        [source,shell]
        ----
        mongosh "mongodb+srv://cluster0.@@cl@@.mongodb.net/admin" --username support
        ----

        == Slow queries

        [source,javascript]
        ----
        db.setProfilingLevel(1, { slowms: 200 })
        db.system.profile.find().sort({ ts: -1 }).limit(20)
        ----

        == Index builds

        Build indexes on a secondary first during busy hours; see the Atlas "rolling index build" option.
        """, uri=F.s("mongodb+srv://ops:%s@cluster0.%s.mongodb.net/admin?retryWrites=true&w=majority"
                     % (pw.random(safe="uri"), "xk" + t.chars(3, "abcdefghijklmnopqrstuvwxyz0123456789")),
                     "credential-uri"), cl="xk" + t.chars(3, "abcdefghijklmnopqrstuvwxyz0123456789")))

    F = c.file("%s/runbooks/redis.org" % root)
    F.write(T("""
        #+TITLE: Redis cache runbook
        #+OPTIONS: toc:nil

        * Health
        #+begin_src shell
        redis-cli -h cache-1.@@dom@@ -p 6379 -a '@@pw@@' --no-auth-warning info replication
        redis-cli -h cache-1.@@dom@@ -p 6379 --askpass latency doctor
        #+end_src

        * Flush a single key pattern
        Never use =FLUSHALL= in production. Use =SCAN= with =UNLINK=:
        #+begin_src shell
        redis-cli -h cache-1.@@dom@@ --askpass --scan --pattern 'session:*' | xargs -n 500 redis-cli -h cache-1.@@dom@@ --askpass unlink
        #+end_src

        * Memory
        | metric            | alert at |
        |-------------------+----------|
        | used_memory_rss   | 85%      |
        | evicted_keys/min  | > 1000   |
        """, dom=dom, pw=F.s(pw.random(safe="shell"), "generic-password")))

    F = c.file("%s/runbooks/kubernetes-secrets.md" % root)
    F.write(T("""
        # Kubernetes secrets

        We use External Secrets for everything new. For the legacy namespaces:

        ```bash
        kubectl -n billing create secret generic billing-db \\
          --from-literal=username=billing \\
          --from-literal=password='@@pw@@'

        kubectl -n billing create secret docker-registry regcred \\
          --docker-server=ghcr.io --docker-username=@@co@@-bot --docker-password=@@ph@@

        helm upgrade --install grafana grafana/grafana -n monitoring \\
          --set adminUser=admin --set adminPassword='@@gpw@@'

        helm upgrade --install redis bitnami/redis -n cache \\
          --set auth.password=@@sub@@
        ```

        To read a secret back: `kubectl get secret billing-db -o jsonpath='{.data.password}' | base64 -d`.
        """, pw=F.s(pw.any("shell"), "generic-password"), co=co, ph=F.n("<github-pat>", "placeholder"),
        gpw=F.s(pw.human("shell"), "generic-password"), sub=F.n('"$(openssl rand -base64 24)"', "command-substitution")))

    F = c.file("%s/runbooks/dns-cutover.md" % root)
    F.write(T("""
        # DNS cut-over to the new load balancer

        Zone: `@@pub@@` (Cloudflare). Lower the TTL a day before.

        ```bash
        ZONE=@@zone@@
        # list records
        curl -s "https://api.cloudflare.com/client/v4/zones/$ZONE/dns_records?type=A" \\
          -H "Authorization: Bearer @@cft@@" | jq '.result[] | {id, name, content}'

        # old scripts still use the global key
        curl -s -X PATCH "https://api.cloudflare.com/client/v4/zones/$ZONE/dns_records/$RECORD" \\
          -H "X-Auth-Email: ops@@@pub@@" \\
          -H "X-Auth-Key: @@gk@@" \\
          -H "Content-Type: application/json" \\
          --data '{"content":"@@ip@@","ttl":60,"proxied":true}'
        ```
        """, pub=pub, zone=F.n(t.hex(32), "resource-identifier"), cft=F.s(t.cloudflare_token(), "cloudflare-api-token"),
        gk=F.s(t.cloudflare_global(), "cloudflare-global-api-key"), ip=nm.ip(False)))

    F = c.file("%s/runbooks/terraform-cloud.md" % root)
    F.write(T("""
        # Terraform Cloud

        CLI login on a jump host (non-interactive):

        ```bash
        export TF_TOKEN_app_terraform_io=@@tfc@@
        export VAULT_TOKEN=@@ref@@
        terraform -chdir=envs/prod init
        terraform -chdir=envs/prod plan -out prod.plan
        ```

        State locks: `terraform force-unlock <LOCK_ID>` only after checking nobody is applying.
        """, tfc=F.s(t.tfc(), "terraform-cloud-token"), ref=F.n("$(vault print token)", "command-substitution")))

    F = c.file("%s/runbooks/ldap.md" % root)
    F.write(T("""
        # LDAP lookups

        ```bash
        ldapsearch -x -H ldaps://ldap.@@dom@@ -D "cn=readonly,dc=@@co@@,dc=internal" -w '@@pw@@' \\
          -b "ou=people,dc=@@co@@,dc=internal" "(uid=jdoe)" cn mail memberOf
        ```

        For writes, bind as yourself with `-W` (prompt) rather than `-w`.
        """, dom=dom, co=co, pw=F.s(pw.any("shell"), "generic-password")))

    F = c.file("%s/runbooks/smtp-relay.md" % root)
    F.write(T("""
        # SMTP relay test

        ```bash
        swaks --to ops@@@pub@@ --from alerts@@@pub@@ --server smtp.eu.mailgun.org:587 --tls \\
          --auth-user alerts@mg.@@pub@@ --auth-password '@@pw@@'
        ```

        Expect `250 Great success`. If you get `535`, the SMTP credential was rotated: check the
        vault path `kv/ops/mailgun-smtp`.
        """, pub=pub, pw=F.s(t.mailgun_new(), "generic-password")))

    F = c.file("%s/runbooks/onboarding.md" % root)
    F.write(T("""
        # New on-call engineer setup

        1. `brew install kubectl helm jq awscli doctl`
        2. Log in to the registry:
           ```bash
           docker login ghcr.io -u USERNAME -p @@ph1@@
           ```
        3. Set your OpenAI key for the incident-summary helper:
           ```bash
           export OPENAI_API_KEY=@@ph2@@
           ```
        4. Ask in #ops for access to the Vault `ops` policy.
        """, ph1=F.n("<PAT with read:packages>", "placeholder"), ph2=F.n("sk-...", "placeholder")))

    F = c.file("%s/runbooks/incident-2024-05-17.md" % root)
    F.write(T("""
        # Post-incident review: leaked CI credential (2024-05-17)

        ## Summary
        A CI log printed an AWS access key. The key (ID ending `@@last4@@`) was deactivated within
        12 minutes and deleted after the review. CloudTrail showed no use from unknown IPs.

        ## Timeline (UTC)
        - 09:41 secret scanning alert on the public mirror
        - 09:47 key deactivated: `aws iam update-access-key --access-key-id @@red@@ --status Inactive`
        - 10:30 new key issued to the CI role via OIDC instead of static keys

        ## Follow-ups
        - [x] move CI to OIDC federation
        - [ ] add log masking for `AWS_*` variables
        """, last4=t.chars(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), red=F.n("AKIA************" + t.chars(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"),
                                                                           "redacted")))

    # ------------------------------------------------------------------ shell history
    a1, s1 = t.aws_id(), t.aws_secret()
    az_app, az_tenant = t.uuid(), t.uuid()
    basic_pw = pw.any("shell").replace("@", "#").replace(":", ".")
    F = c.file("%s/.bash_history" % home)
    F.write(T("""
        ls -la
        cd /srv/deploy
        git status
        git checkout @@gsha@@
        docker compose ps
        @@ab@@export AWS_ACCESS_KEY_ID=@@a1@@
        export AWS_SECRET_ACCESS_KEY=@@s1@@@@ae@@
        aws s3 ls s3://@@co@@-backups/ --recursive | tail
        unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
        docker run -d --name pg16 -e POSTGRES_PASSWORD=@@pgpw@@ -p 5432:5432 postgres:16
        docker pull ghcr.io/@@co@@/api@@@dig@@
        mysql -h 127.0.0.1 -u root -p'@@mypw@@' -e 'show databases;'
        curl -u admin:@@basic@@ https://jenkins.@@dom@@/job/deploy-prod/lastBuild/api/json
        vault login @@hvs@@
        vault kv get kv/ops/mailgun-smtp
        git clone https://oauth2:@@glpat@@@gitlab.@@dom@@/platform/terraform.git
        htpasswd -nbB grafana '@@htpw@@'
        doctl auth init -t @@dop@@
        export HEROKU_API_KEY=@@hrku@@
        heroku apps
        az login --service-principal -u @@azapp@@ -p @@azsec@@ --tenant @@aztenant@@
        kubectl get pods -A | grep -v Running
        sha256sum backup-2024-05-01.tar.zst
        echo $GITHUB_TOKEN | wc -c
        history | tail -50
        exit
        """, gsha=F.n(t.sha1(), "git-sha"), ab=F.sb("aws-access-key", [a1, s1], {"type": "aws-id", "value": a1}),
        a1=a1, s1=s1, ae=F.e(), co=co, pgpw=F.s(pw.any("shell"), "generic-password"),
        dig=F.n("sha256:" + t.sha256(), "hash-sha256"), mypw=F.s(pw.any("shell"), "generic-password"),
        dom=dom, basic=F.s(basic_pw, "generic-password"), hvs=F.s(t.vault(), "vault-token"),
        glpat=F.s(t.glpat(), "gitlab-pat"), htpw=F.s(pw.human("shell"), "generic-password"),
        dop=F.s(t.digitalocean(), "digitalocean-token"), hrku=F.s(t.heroku(), "heroku-api-key"),
        azapp=az_app, azsec=F.s(t.azure_client_secret(), "azure-client-secret"), aztenant=az_tenant))

    F = c.file("%s/.pgpass" % home)
    F.write(T("""
        # hostname:port:database:username:password
        db-primary.@@dom@@:5432:*:replicator:@@p1@@
        reporting.@@dom@@:5432:analytics:ops_ro:@@p2@@
        """, dom=dom, p1=F.s(pw.random(safe="uri"), "generic-password"), p2=F.s(pw.any("uri"), "generic-password")))

    reg_user, reg_pw = "ops-bot", pw.random(safe="uri")
    auth = base64.b64encode(("%s:%s" % (reg_user, reg_pw)).encode()).decode()
    F = c.file("%s/.docker/config.json" % home)
    F.write(T("""
        {
        	"auths": {
        		"registry.@@dom@@": {
        			"auth": "@@auth@@"
        		},
        		"ghcr.io": {}
        	},
        	"credsStore": "desktop",
        	"currentContext": "default"
        }
        """, dom=dom, auth=F.s(auth, "docker-config-auth", {"type": "base64-plain", "plain": "%s:%s" % (reg_user, reg_pw)})))

    F = c.file("%s/.git-credentials" % home)
    F.write(T("""
        https://@@user@@:@@ghp@@@github.com
        """, user=co + "-ops", ghp=F.s(t.github("ghp"), "github-pat", {"type": "github"})))

    F = c.file("%s/.config/age/keys.txt" % home)
    sk, pk = keys.age_keypair(r)
    F.write(T("""
        # created: 2024-01-09T11:02:57Z
        # public key: @@pk@@
        @@sk@@
        """, pk=F.n(pk, "public-key", {"type": "age"}), sk=F.s(sk, "age-secret-key", {"type": "age"})))

    # ------------------------------------------------------------------ kubeconfig
    kca, kcl = c.rsa(), c.rsa()
    ca_pem = keys.self_signed_cert(kca, kca, "kubernetes", "kubernetes", r.getrandbits(64), ca=True)
    cl_pem = keys.self_signed_cert(kcl, kca, "ops-admin", "kubernetes", r.getrandbits(64))
    b = lambda s: base64.b64encode((s + "\n").encode()).decode()
    sa_jwt = t.jwt_rs256({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                          "kubernetes.io/serviceaccount/secret.name": "deployer-token",
                          "kubernetes.io/serviceaccount/service-account.name": "deployer",
                          "kubernetes.io/serviceaccount/service-account.uid": t.uuid(),
                          "sub": "system:serviceaccount:ci:deployer"}, kca, t.b64url(32))
    F = c.file("%s/.kube/config" % home)
    F.write(T("""
        apiVersion: v1
        kind: Config
        clusters:
        - cluster:
            certificate-authority-data: @@ca@@
            server: https://k8s-api.@@dom@@:6443
          name: prod
        contexts:
        - context:
            cluster: prod
            user: ops-admin
          name: prod-admin
        - context:
            cluster: prod
            namespace: ci
            user: deployer
          name: prod-ci
        current-context: prod-admin
        users:
        - name: ops-admin
          user:
            client-certificate-data: @@crt@@
            client-key-data: @@key@@
        - name: deployer
          user:
            token: @@tok@@
        """, ca=F.n(b(ca_pem), "certificate"), dom=dom, crt=F.n(b(cl_pem), "certificate"),
        key=F.s(b(kcl.pem_pkcs1()), "kubeconfig-client-key", {"type": "pem-b64"}),
        tok=F.s(sa_jwt, "jwt", {"type": "jwt"})))

    # ------------------------------------------------------------------ SSH
    dk = c.rsa()
    F = c.file("%s/.ssh/deploy_rsa" % home)
    F.write(F.s(keys.openssh_rsa(r, dk, "deploy@%s" % co), "private-key-openssh", {"type": "openssh"}) + "\n")
    F = c.file("%s/.ssh/authorized_keys" % home)
    k1 = keys.openssh_ed25519(r, "alice@laptop")[1]
    k2 = keys.openssh_ed25519(r, "bob@workstation")[1]
    F.write(T("""
        @@k1@@
        @@k2@@
        @@k3@@
        """, k1=F.n(k1, "public-key"), k2=F.n(k2, "public-key"),
        k3=F.n('from="10.0.0.0/8",command="/usr/local/bin/backup-only" ' + dk.ssh_public("deploy@%s" % co),
               "public-key")))

    # ------------------------------------------------------------------ /etc snapshots
    F = c.file("%s/nginx/.htpasswd" % etc)
    F.write(T("""
        grafana:@@h1@@
        prometheus:@@h2@@
        alertmanager:@@h3@@
        """, h1=F.n(t.bcrypt(5, "2y"), "password-hash"), h2=F.n(t.bcrypt(10, "2y"), "password-hash"),
        h3=F.n(t.apr1(), "password-hash")))

    c.plain("%s/vsftpd.conf" % etc, T("""
        listen=YES
        listen_ipv6=NO
        anonymous_enable=NO
        local_enable=YES
        write_enable=YES
        local_umask=022
        chroot_local_user=YES
        allow_writeable_chroot=YES
        pasv_enable=YES
        pasv_min_port=40000
        pasv_max_port=40100
        ssl_enable=YES
        rsa_cert_file=/etc/ssl/certs/ftp.pem
        rsa_private_key_file=/etc/ssl/private/ftp.key
        userlist_enable=YES
        userlist_file=/etc/vsftpd.userlist
        userlist_deny=NO
        """))

    F = c.file("%s/proftpd/sql.conf" % etc)
    F.write(T("""
        <IfModule mod_sql.c>
          SQLBackend            mysql
          SQLEngine             on
          SQLAuthenticate       users
          SQLAuthTypes          Crypt
          SQLConnectInfo        proftpd@db.@@dom@@ proftpd @@pw@@
          SQLUserInfo           ftpuser userid passwd uid gid homedir shell
          SQLGroupInfo          ftpgroup groupname gid members
          SQLMinID              500
        </IfModule>
        """, dom=dom, pw=F.s(pw.random(safe="shell"), "generic-password")))

    F = c.file("%s/proftpd/ftpd.passwd" % etc)
    F.write(T("""
        partner-upload:@@h1@@:2001:2001::/srv/ftp/partner:/bin/false
        scanner:@@h2@@:2002:2001::/srv/ftp/scans:/bin/false
        """, h1=F.n(t.sha512crypt(), "password-hash"), h2=F.n(t.md5crypt(), "password-hash")))

    F = c.file("%s/shadow.bak" % etc)
    F.write(T("""
        root:*:19700:0:99999:7:::
        daemon:*:19700:0:99999:7:::
        ops:@@h1@@:19830:0:99999:7:::
        deploy:!:19830:0:99999:7:::
        backup:@@h2@@:19850:0:99999:7:::
        """, h1=F.n(t.sha512crypt(), "password-hash"), h2=F.n(t.sha512crypt(), "password-hash")))

    F = c.file("%s/systemd/system/orders-api.service" % etc)
    F.write(T("""
        [Unit]
        Description=Orders API
        After=network-online.target
        Wants=network-online.target

        [Service]
        User=orders
        WorkingDirectory=/srv/orders-api
        Environment="NODE_ENV=production"
        Environment="DATABASE_URL=@@url@@"
        EnvironmentFile=-/etc/orders-api/env
        ExecStart=/usr/bin/node dist/server.js
        Restart=on-failure
        RestartSec=5

        [Install]
        WantedBy=multi-user.target
        """, url=F.s("mysql://orders:%s@10.0.3.4:3306/orders" % pw.random(safe="uri"), "credential-uri")))

    # OpenVPN client profile
    ovca = c.rsa()
    ov_ca = keys.self_signed_cert(ovca, ovca, "%s VPN CA" % co.title(), "%s VPN CA" % co.title(), r.getrandbits(64), ca=True)
    ta = "\n".join(t.hex(32) for _ in range(16))
    ta_block = "-----BEGIN OpenVPN Static key V1-----\n%s\n-----END OpenVPN Static key V1-----" % ta
    F = c.file("%s/openvpn/client/ops.ovpn" % etc)
    F.write(T("""
        client
        dev tun
        proto udp
        remote vpn.@@pub@@ 1194
        resolv-retry infinite
        nobind
        persist-key
        persist-tun
        remote-cert-tls server
        cipher AES-256-GCM
        auth SHA256
        key-direction 1
        auth-user-pass /etc/openvpn/client/creds.txt
        verb 3
        <ca>
        @@ca@@
        </ca>
        <tls-auth>
        #
        # 2048 bit OpenVPN static key
        #
        @@ta@@
        </tls-auth>
        """, pub=pub, ca=F.n(ov_ca, "certificate", {"type": "x509"}), ta=F.s(ta_block, "openvpn-static-key")))

    wg_priv = t.raw(32)
    F = c.file("%s/wireguard/wg0.conf" % etc)
    F.write(T("""
        [Interface]
        Address = 10.66.0.1/24
        ListenPort = 51820
        PrivateKey = @@priv@@
        PostUp = iptables -A FORWARD -i wg0 -j ACCEPT; iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
        PostDown = iptables -D FORWARD -i wg0 -j ACCEPT; iptables -t nat -D POSTROUTING -o eth0 -j MASQUERADE

        [Peer]
        # laptop-alice
        PublicKey = @@p1@@
        PresharedKey = @@psk@@
        AllowedIPs = 10.66.0.2/32

        [Peer]
        # office-router
        PublicKey = @@p2@@
        AllowedIPs = 10.66.0.3/32, 192.168.50.0/24
        Endpoint = office.@@pub@@:51820
        PersistentKeepalive = 25
        """, priv=F.s(base64.b64encode(wg_priv).decode(), "wireguard-key", {"type": "b64len", "n": 32}),
        p1=F.n(base64.b64encode(keys.x25519(t.raw(32))).decode(), "public-key"),
        psk=F.s(t.wireguard(), "wireguard-key", {"type": "b64len", "n": 32}),
        p2=F.n(base64.b64encode(keys.x25519(t.raw(32))).decode(), "public-key"), pub=pub))

    # ------------------------------------------------------------------ Ansible vault + SOPS
    vault_lines = [t.hex(40) for _ in range(12)]
    F = c.file("%s/ansible/group_vars/prod/vault.yml" % root)
    F.write(F.nb("encrypted-blob", ["$ANSIBLE_VAULT;1.1;AES256"]) + "$ANSIBLE_VAULT;1.1;AES256\n"
            + "\n".join(vault_lines) + F.e() + "\n")

    F = c.file("%s/ansible/group_vars/prod/vars.yml" % root)
    F.write(T("""
        ---
        app_db_user: app
        app_db_password: @@r1@@
        grafana_admin_password: @@r2@@
        ntp_servers:
          - 0.uk.pool.ntp.org
          - 1.uk.pool.ntp.org
        """, r1=F.n('"{{ vault_app_db_password }}"', "template-reference"),
        r2=F.n('"{{ vault_grafana_admin_password }}"', "template-reference")))

    def sops_enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (t.b64(n), t.b64(32), t.b64(16))

    sops_pk = keys.age_keypair(r)[1]
    F = c.file("%s/k8s/secrets/billing.enc.yaml" % root)
    F.write(T("""
        apiVersion: v1
        kind: Secret
        metadata:
            name: billing
            namespace: billing
        type: Opaque
        stringData:
            DB_PASSWORD: @@e1@@
            STRIPE_SECRET_KEY: @@e2@@
        sops:
            age:
                - recipient: @@pk@@
                  enc: |
                    @@ab@@-----BEGIN AGE ENCRYPTED FILE-----
                    @@agebody@@
                    -----END AGE ENCRYPTED FILE-----@@ae@@
            lastmodified: "2024-05-20T10:14:33Z"
            mac: @@mac@@
            unencrypted_suffix: _unencrypted
            version: 3.8.1
        """, e1=F.n(sops_enc(18), "encrypted-blob"), e2=F.n(sops_enc(80), "encrypted-blob"),
        pk=F.n(sops_pk, "public-key", {"type": "age"}),
        ab=F.nb("encrypted-blob", ["-----BEGIN AGE ENCRYPTED FILE-----"]), agebody=t.b64(48), ae=F.e(), mac=F.n(sops_enc(32), "encrypted-blob")))

    F = c.file("%s/README.md" % root)
    F.write(T("""
        # Ops runbooks

        - `runbooks/`: step-by-step procedures (Markdown, AsciiDoc and a couple of Org files
          from before the wiki migration).
        - `ansible/`: inventories and group vars (secrets in Ansible Vault).
        - `k8s/`: manifests; secrets encrypted with SOPS + age.
        - `snapshots/`: copies of config taken during incident reviews. These should be scrubbed
          before they are committed.
        """))

    # ------------------------------------------------------------------ observability runbook + k8s manifests
    F = c.file("%s/runbooks/observability.md" % root)
    F.write(T("""
        # Observability agents

        We are mid-migration from Datadog to Grafana Cloud; both agents run on the legacy VMs.

        ## Datadog agent (legacy VMs)

        ```bash
        DD_API_KEY=@@dd@@ DD_SITE="datadoghq.eu" \\
          bash -c "$(curl -L https://install.datadoghq.com/scripts/install_script_agent7.sh)"
        ```

        Dashboards are exported with the app key:

        ```bash
        export DD_APP_KEY=@@ddapp@@
        ```

        ## New Relic (mobile team only)

        ```bash
        newrelic profiles add --profile mobile --region EU --apiKey @@nr@@ --accountId @@acc@@
        ```

        ## Dynatrace (customer-managed cluster)

        ```bash
        curl -H "Authorization: Api-Token @@dt@@" https://@@tenant@@.live.dynatrace.com/api/v2/metrics
        ```

        ## Grafana Cloud

        ```yaml
        remote_write:
          - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
            basic_auth:
              username: "@@gu@@"
              password: @@glc@@
        ```
        """, dd=F.s(t.datadog_api(), "datadog-key"), ddapp=F.s(t.datadog_app(), "datadog-key"),
        nr=F.s(t.newrelic(), "newrelic-user-key"), acc=t.digits(7), dt=F.s(t.dynatrace(), "dynatrace-token"),
        tenant=t.chars(8, "abcdefghijklmnopqrstuvwxyz"), gu=t.digits(7),
        glc=F.s(t.grafana_cloud(co), "grafana-cloud-token", {"type": "prefixed-b64json", "prefix": "glc_"})))

    jwks_key = c.rsa()
    n_b64 = base64.urlsafe_b64encode(jwks_key.n.to_bytes(256, "big")).decode().rstrip("=")
    F = c.file("%s/k8s/apps/api.yaml" % root)
    F.write(T("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: orders
        spec:
          replicas: 3
          selector:
            matchLabels: { app: api }
          template:
            metadata:
              labels: { app: api }
            spec:
              initContainers:
                - name: migrate
                  image: ghcr.io/@@co@@/api-migrate@@@d1@@
                  args: ["up"]
              containers:
                - name: api
                  image: ghcr.io/@@co@@/api@@@d2@@
                  ports: [{ containerPort: 8080 }]
                  envFrom:
                    - secretRef: { name: api-env }
                  volumeMounts:
                    - { name: jwks, mountPath: /etc/jwks, readOnly: true }
              volumes:
                - name: jwks
                  configMap: { name: api-jwks }
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: api-jwks
          namespace: orders
        data:
          jwks.json: |
            {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"2024-05","e":"AQAB",
              "n":"@@n@@"}]}
        binaryData:
          favicon.ico: @@ico@@
        """, co=co, d1=F.n("sha256:" + t.sha256(), "hash-sha256"), d2=F.n("sha256:" + t.sha256(), "hash-sha256"),
        n=F.n(n_b64, "public-key"), ico=F.n(base64.b64encode(b"\x00\x00\x01\x00\x01\x00\x10\x10" + t.raw(180)).decode(),
                                           "encoded-data")))

    F = c.file("%s/runbooks/bastion.md" % root)
    F.write(T("""
        # Bastion host

        Verify the host key on first connect. Expected fingerprints:

        ```
        256 @@f1@@ bastion.@@dom@@ (ED25519)
        3072 @@f2@@ bastion.@@dom@@ (RSA)
        ```

        Connect with agent forwarding disabled and use `ProxyJump` for everything behind it:

        ```
        Host *.@@dom@@ !bastion.@@dom@@
            ProxyJump bastion.@@dom@@
        ```
        """, f1=F.n("SHA256:" + t.b64(32).rstrip("="), "key-fingerprint"), dom=dom,
        f2=F.n("SHA256:" + t.b64(32).rstrip("="), "key-fingerprint")))
