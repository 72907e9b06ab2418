"""infra-live/: infrastructure as code (Terraform + state, Pulumi, Helm, Kustomize, raw manifests,
Ansible, cloud-init, Packer, SOPS/age, Vault init output, easy-rsa PKI, HAProxy bundles, kubeconfig)."""

import base64
import json

from .common import D, block, ind, jesc, gcp_sa, readme

R = "infra-live/"


def b64(s):
    return base64.b64encode(s.encode()).decode()


def build(c):
    v = c.v
    S, N = c.S, c.N
    dom = v.domain
    proj = "%s-prod-%s" % (v.slug, v.digits(4))

    c.w(R + "README.md", readme(v, "infra-live", """
        Terraform for AWS/Azure/GCP, Pulumi for the data stack, Helm/Kustomize for workloads and
        Ansible for the remaining VMs. Use `sops` for anything secret (age recipients in `.sops.yaml`).

        **Known debt:** a few tfvars and Ansible host_vars still hold inline credentials (INFRA-77).
        """))

    # ---------------------------------------------------------------- Terraform
    tf = R + "terraform/"
    kid, sec = v.aws_pair()
    c.w(tf + "envs/prod/providers.tf", """
        terraform {
          required_version = ">= 1.6"
          backend "s3" {
            bucket         = "%s-tfstate"
            key            = "prod/terraform.tfstate"
            region         = "eu-west-1"
            dynamodb_table = "tf-locks"
          }
        }

        provider "aws" {
          region     = "eu-west-1"
          %saccess_key = "%s"
          secret_key = "%s"%s
        }

        provider "azurerm" {
          features {}
          subscription_id = "%s"
          tenant_id       = "%s"
          client_id       = "%s"
          client_secret   = "%s"
        }

        provider "google" {
          project     = "%s"
          credentials = %s
        }

        provider "cloudflare" {
          api_token = "%s"
        }

        provider "github" {
          owner = "%s"
          token = "%s"
        }

        provider "datadog" {
          api_key = var.datadog_api_key
          app_key = %s
        }
        """ % (v.slug, c.B("secret", "aws-access-key"), c.A(kid), c.A(sec), c.E(), N(v.uuid(), "uuid"), v.uuid(),
               N(v.uuid(), "public-client-id"), S(v.azure_client_secret(), "azure-client-secret"), proj,
               N('file("${path.module}/../../secrets/terraform-sa.json")', "file-reference"),
               S(v.cloudflare_token(), "cloudflare-api-token"), v.slug, S(v.github("ghp"), "github-pat", check="gh-crc"),
               N("var.datadog_app_key", "variable-reference")))
    c.w(tf + "envs/prod/terraform.tfvars", """
        environment       = "prod"
        db_instance_class = "db.r6g.xlarge"
        db_master_password = "%s"
        datadog_api_key   = "%s"
        datadog_app_key   = "%s"
        hcloud_token      = "%s"
        do_token          = "%s"
        alert_emails      = ["sre@%s"]
        """ % (S(v.password("any"), "generic-password"), S(v.datadog_api(), "datadog-api-key"),
               S(v.datadog_app(), "datadog-app-key"), S(v.alnum(64), "generic-api-key"),
               S(v.digitalocean(), "digitalocean-token"), dom))
    c.w(tf + "envs/staging/terraform.tfvars", """
        environment        = "staging"
        db_instance_class  = "db.t4g.medium"
        db_master_password = "%s"
        datadog_api_key    = "%s"
        hcloud_token       = "%s"
        """ % (N("CHANGE_ME", "placeholder"), N("0" * 32, "placeholder"), N("<hcloud-token>", "placeholder")))
    c.w(tf + "modules/rds/variables.tf", """
        variable "identifier" {
          type = string
        }

        variable "master_username" {
          type    = string
          default = "dbadmin"
        }

        variable "master_password" {
          type      = string
          sensitive = true
          default   = "%s"
        }

        variable "replica_password" {
          type      = string
          sensitive = true
        }
        """ % S(v.password("any"), "generic-password"))
    c.w(tf + "modules/rds/main.tf", """
        resource "random_password" "app" {
          length  = 32
          special = false
        }

        resource "aws_db_instance" "this" {
          identifier          = var.identifier
          engine              = "postgres"
          engine_version      = "16.3"
          username            = var.master_username
          password            = %s
          skip_final_snapshot = false
        }

        resource "aws_secretsmanager_secret_version" "app" {
          secret_id     = aws_secretsmanager_secret.app.id
          secret_string = %s
        }
        """ % (N("var.master_password", "variable-reference"), N("random_password.app.result", "variable-reference")))
    c.w(tf + "secrets/terraform-sa.json", gcp_sa(c, proj, "terraform"), dedent=False)
    tls = c.k.rsa()
    ik, isec = v.aws_pair()
    smtp = v.b64key(32)
    state = D("""
        {
          "version": 4,
          "terraform_version": "1.8.5",
          "serial": %d,
          "lineage": "%s",
          "outputs": {},
          "resources": [
            {
              "mode": "managed",
              "type": "tls_private_key",
              "name": "bastion",
              "provider": "provider[\\"registry.terraform.io/hashicorp/tls\\"]",
              "instances": [
                {
                  "schema_version": 1,
                  "attributes": {
                    "algorithm": "RSA",
                    "id": "%s",
                    "private_key_pem": "%s",
                    "public_key_fingerprint_sha256": "%s",
                    "rsa_bits": 2048
                  },
                  "sensitive_attributes": []
                }
              ]
            },
            {
              "mode": "managed",
              "type": "aws_iam_access_key",
              "name": "ses_sender",
              "instances": [
                {
                  "attributes": {
                    %s"id": "%s",
                    "secret": "%s",
                    "ses_smtp_password_v4": "%s",%s
                    "status": "Active",
                    "user": "ses-sender"
                  }
                }
              ]
            },
            {
              "mode": "managed",
              "type": "aws_db_instance",
              "name": "orders",
              "instances": [
                {
                  "attributes": {
                    "address": "orders.%s.eu-west-1.rds.amazonaws.com",
                    "password": "%s",
                    "username": "dbadmin"
                  }
                }
              ]
            }
          ]
        }
        """) % (v.r.randint(40, 400), N(v.uuid(), "uuid"), N(v.sha1(), "hash-sha1"), S(jesc(tls.pem_pkcs1()) + "\\n", "private-key-json-embedded"),
                N("SHA256:" + v.b64(32, pad=False), "key-fingerprint"), c.B("secret", "aws-access-key"), c.A(ik), c.A(isec),
                c.A(smtp), c.E(), v.s("abcdefghijklmnopqrstuvwxyz0123456789", 12), S(v.password("any"), "generic-password"))
    c.w(tf + "envs/prod/terraform.tfstate.backup", state, dedent=False)
    c.w(tf + "envs/prod/.terraform.lock.hcl", """
        # This file is maintained automatically by "terraform init".
        provider "registry.terraform.io/hashicorp/aws" {
          version     = "5.59.0"
          constraints = "~> 5.0"
          hashes = [
            "%s",
            "%s",
            "%s",
          ]
        }
        """ % (N(v.gosum(), "integrity-hash"), N("zh:" + v.sha256(), "integrity-hash"), N("zh:" + v.sha256(), "integrity-hash")))
    c.w(R + ".terraformrc", """
        plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
        credentials "app.terraform.io" {
          token = "%s"
        }
        """ % S(v.tfc(), "terraform-cloud-token"))

    # ---------------------------------------------------------------- Pulumi
    pu = R + "pulumi/data-stack/"
    c.w(pu + "Pulumi.yaml", """
        name: data-stack
        runtime: nodejs
        description: Snowflake + Kafka + buckets for analytics
        """)
    c.w(pu + "Pulumi.prod.yaml", """
        secretsprovider: awskms://alias/pulumi-data?region=eu-west-1
        encryptedkey: %s
        config:
          aws:region: eu-west-1
          data-stack:snowflakePassword:
            secure: %s
          data-stack:kafkaApiSecret:
            secure: %s
          data-stack:confluentCloudApiKey: %s
          data-stack:confluentCloudApiSecret: %s
          data-stack:airbyteAdminPassword: %s
        """ % (N(v.b64(160), "encrypted-blob"), N(v.pulumi_secure(), "encrypted-blob"), N(v.pulumi_secure(), "encrypted-blob"),
               N(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16), "key-id"),
               S(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64), "confluent-api-secret"),
               S(v.password("any"), "generic-password")))
    c.w(pu + "index.ts", """
        import * as pulumi from "@pulumi/pulumi";
        import * as random from "@pulumi/random";
        import * as snowflake from "@pulumi/snowflake";

        const cfg = new pulumi.Config();
        const loaderPassword = new random.RandomPassword("loader", { length: 32, special: false });

        export const loader = new snowflake.User("loader", {
          name: "LOADER",
          password: loaderPassword.result,
          defaultRole: "LOADER",
        });

        // reporting user is shared with the finance BI vendor
        export const reporting = new snowflake.User("reporting", {
          name: "REPORTING",
          password: pulumi.secret("%s"),
        });

        export const kafkaSecret = %s;
        """ % (S(v.password("any"), "generic-password"), N('cfg.requireSecret("kafkaApiSecret")', "secret-reference")))
    c.w(R + "pulumi/.pulumi/credentials.json", """
        {
          "current": "https://api.pulumi.com",
          "accessTokens": {
            "https://api.pulumi.com": "%s"
          },
          "accounts": {
            "https://api.pulumi.com": { "accessToken": "%s", "username": "%s-ci" }
          }
        }
        """ % (S(v.pulumi(), "pulumi-access-token"), S(v.pulumi(), "pulumi-access-token"), v.slug))

    # ---------------------------------------------------------------- Helm
    hm = R + "helm/"
    ing_key = c.k.ec()
    ing_ca = c.k.ec()
    cert = c.k.cert(ing_key, "shop.%s" % dom, v.company, issuer=ing_ca, issuer_cn="%s Internal CA" % v.company,
                    sans=["shop.%s" % dom, "www.%s" % dom])
    c.w(hm + "shop/values-prod.yaml", D("""
        replicaCount: 4
        image:
          repository: ghcr.io/%s/shop
          digest: %s
        postgresql:
          auth:
            username: shop
            password: "%s"
            postgresPassword: "%s"
        redis:
          auth:
            enabled: true
            password: %s
        rabbitmq:
          auth:
            existingPasswordSecret: %s
        ingress:
          enabled: true
          hosts: ["shop.%s"]
          tls:
            crt: %s
            key: %s
        """) % (v.slug, N("sha256:" + v.sha256(), "image-digest"), S(v.password("any"), "generic-password"),
                S(v.password("any"), "generic-password"), S(v.password("alnum"), "generic-password"),
                N("shop-rabbitmq-credentials", "secret-reference"), dom,
                N(block(cert, 6), "certificate"), S(block(ing_key.pem_pkcs8(), 6), "private-key-pem")), dedent=False)
    c.w(hm + "shop/values.yaml", """
        replicaCount: 1
        postgresql:
          auth:
            username: shop
            password: %s
            postgresPassword: ""
        redis:
          auth:
            password: "%s"
        """ % (N("changeme", "placeholder"), N("{{ .Values.global.redisPassword }}", "template-reference")))
    c.w(hm + "keycloak/values-prod.yaml", """
        auth:
          adminUser: admin
          adminPassword: "%s"
        externalDatabase:
          host: %s
          user: keycloak
          password: "%s"
        extraEnvVars:
          - name: KC_SPI_EVENTS_LISTENER_SLACK_TOKEN
            value: %s
        """ % (S(v.password("any"), "generic-password"), v.host("pg-kc"), S(v.password("any"), "generic-password"),
               S(v.slack("xoxb"), "slack-bot-token")))
    c.w(hm + "deploy.sh", """
        #!/usr/bin/env bash
        set -euo pipefail
        helm upgrade --install shop ./shop -n shop -f shop/values-prod.yaml \\
          --set image.tag="$GIT_SHA" \\
          --set postgresql.auth.replicationPassword=%s \\
          --set smtp.password="$SMTP_PASSWORD"
        """ % S(v.password("shell"), "generic-password"))

    # ---------------------------------------------------------------- Kustomize + manifests
    ku = R + "k8s/"
    c.w(ku + "base/kustomization.yaml", """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
          - deployment.yaml
          - service.yaml
        secretGenerator:
          - name: orders-db
            literals:
              - DB_USER=orders
              - DB_PASSWORD=%s
          - name: orders-env
            envs:
              - secrets.env
        images:
          - name: orders
            newName: ghcr.io/%s/orders
            digest: %s
        """ % (S(v.password("safe"), "generic-password"), v.slug, N("sha256:" + v.sha256(), "image-digest")))
    c.w(ku + "base/secrets.env", """
        STRIPE_API_KEY=%s
        SENDGRID_API_KEY=%s
        ORDERS_HMAC_SECRET=%s
        FEATURE_FLAGS=checkout_v2,new_search
        """ % (S(v.stripe("rk_live_"), "stripe-restricted-key"), S(v.sendgrid(), "sendgrid-api-key"),
               S(v.hexkey(64), "webhook-signing-secret")))
    c.w(ku + "overlays/prod/sealed-orders.yaml", """
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata:
          name: orders-api
          namespace: orders
        spec:
          encryptedData:
            DB_PASSWORD: %s
            STRIPE_API_KEY: %s
        """ % (N(v.sealed(), "encrypted-blob"), N(v.sealed(), "encrypted-blob")))
    tk = c.k.ec()
    tcert = c.k.cert(tk, "orders.%s" % dom, v.company, issuer=ing_ca, issuer_cn="%s Internal CA" % v.company)
    c.w(ku + "overlays/prod/orders-tls.yaml", """
        apiVersion: v1
        kind: Secret
        metadata:
          name: orders-tls
          namespace: orders
        type: kubernetes.io/tls
        data:
          tls.crt: %s
          tls.key: %s
        """ % (N(b64(tcert + "\n"), "certificate"), S(b64(tk.pem_sec1() + "\n"), "private-key-base64")))
    reg_user, reg_pw = "robot$%s+ci" % v.slug, v.password("any")
    dcj = json.dumps({"auths": {"harbor.%s" % dom: {"username": reg_user, "password": reg_pw,
                                                     "auth": b64("%s:%s" % (reg_user, reg_pw))}}})
    c.w(ku + "overlays/prod/regcred.yaml", """
        apiVersion: v1
        kind: Secret
        metadata:
          name: regcred
          namespace: orders
        type: kubernetes.io/dockerconfigjson
        data:
          .dockerconfigjson: %s
        """ % S(b64(dcj), "docker-config-auth"))
    sa_jwt = v.jwt({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci",
                    "kubernetes.io/serviceaccount/secret.name": "deployer-token",
                    "kubernetes.io/serviceaccount/service-account.name": "deployer",
                    "sub": "system:serviceaccount:ci:deployer"}, alg="RS256")
    ed_priv, ed_pub = c.k.ssh_ed("argocd@%s" % dom)
    c.w(ku + "argocd/repo-secret.yaml", D("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: infra-live-repo
          namespace: argocd
          labels:
            argocd.argoproj.io/secret-type: repository
        stringData:
          type: git
          url: git@github.com:%s/infra-live.git
          sshPrivateKey: %s
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: helm-charts-repo
          namespace: argocd
          labels:
            argocd.argoproj.io/secret-type: repository
        stringData:
          url: https://charts.%s
          username: argocd
          password: %s
        """) % (v.slug, S(block(ed_priv, 4), "private-key-openssh"), dom, S(v.password("any"), "generic-password")), dedent=False)
    c.w(ku + "ci/deployer-token.yaml", """
        apiVersion: v1
        kind: Secret
        metadata:
          name: deployer-token
          namespace: ci
          annotations:
            kubernetes.io/service-account.name: deployer
        type: kubernetes.io/service-account-token
        data:
          namespace: %s
          token: %s
        """ % (N(b64("ci"), "encoded-data"), S(b64(sa_jwt), "kubernetes-sa-token")))
    c.w(ku + "configmaps/nginx.yaml", """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: nginx-conf
        binaryData:
          favicon.ico: %s
        data:
          nginx.conf: |
            server {
              listen 8080;
              location /healthz { return 200; }
            }
        """ % N(base64.b64encode(b"\x00\x00\x01\x00\x01\x00\x10\x10" + v.rbytes(90)).decode(), "encoded-data"))
    kc_key = c.k.ec()
    kc_ca = c.k.ec()
    kc_cert = c.k.cert(kc_key, "system:admin", "system:masters", issuer=kc_ca, issuer_cn="kubernetes")
    c.w(R + "kubeconfig/prod-eu-1.yaml", """
        apiVersion: v1
        kind: Config
        clusters:
          - name: prod-eu-1
            cluster:
              server: https://k8s-api.prod-eu-1.%s:6443
              certificate-authority-data: %s
        users:
          - name: admin
            user:
              client-certificate-data: %s
              client-key-data: %s
          - name: ci-deployer
            user:
              token: %s
        contexts:
          - name: prod-eu-1
            context: { cluster: prod-eu-1, user: admin }
        current-context: prod-eu-1
        """ % (dom, N(b64(c.k.cert(kc_ca, "kubernetes", ca=True) + "\n"), "certificate"),
               N(b64(kc_cert + "\n"), "certificate"), S(b64(kc_key.pem_sec1() + "\n"), "private-key-base64"),
               S(v.jwt({"iss": "kubernetes/serviceaccount", "sub": "system:serviceaccount:ci:deployer",
                        "exp": v.iat() + 31536000}, alg="RS256"), "kubernetes-sa-token")))

    # ---------------------------------------------------------------- Ansible
    an = R + "ansible/"
    c.w(an + "inventory/prod/hosts.ini", """
        [web]
        web-01.%s ansible_host=10.20.1.11
        web-02.%s ansible_host=10.20.1.12

        [db]
        db-01.%s ansible_host=10.20.2.21 ansible_user=admin ansible_become_pass=%s

        [legacy_windows]
        fileserver-01 ansible_host=10.20.9.5 ansible_user=Administrator ansible_password=%s ansible_connection=winrm

        [all:vars]
        ansible_python_interpreter=/usr/bin/python3
        """ % (dom, dom, dom, S(v.password("shell"), "generic-password"), S(v.password("shell"), "generic-password")))
    c.w(an + "inventory/prod/group_vars/all/vars.yml", """
        ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]
        postgres_password: "%s"
        smtp_relay_password: "%s"
        deploy_user: deploy
        """ % (N("{{ vault_postgres_password }}", "template-reference"),
               N("{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/smtp:password') }}", "secret-manager-reference")))
    c.w(an + "inventory/prod/group_vars/all/vault.yml", "%s%s\n%s%s" % (
        c.B("negative", "encrypted-blob"), c.A("$ANSIBLE_VAULT;1.1;AES256"),
        "\n".join(v.hexs(80) for _ in range(6)), c.E()), dedent=False)
    c.w(an + "inventory/prod/host_vars/db-01.yml", """
        mysql_root_password: "%s"
        mysql_replication_user: repl
        mysql_replication_password: '%s'
        mysql_backup_s3_bucket: %s-db-backups
        """ % (S(v.password("any"), "generic-password"), S(v.password("any"), "generic-password"), v.slug))
    dpriv, dpub = c.k.ssh_ed("deploy@%s" % dom)
    c.w(an + "roles/users/files/id_deploy", S(dpriv, "private-key-openssh"))
    c.w(an + "roles/users/files/id_deploy.pub", N(dpub, "public-key"))
    pubs = [c.k.ssh_ed("%s@laptop" % v.user())[1] for _ in range(3)]
    c.w(an + "roles/users/files/authorized_keys", "\n".join(N(p, "public-key") for p in pubs))
    c.w(an + "roles/nginx/files/htpasswd", "\n".join("%s:%s" % (u, N(h, "password-hash")) for u, h in [
        ("ops", "$apr1$%s$%s" % (v.s("abcdefghijklmnopqrstuvwxyz0123456789", 8), v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./", 22))),
        ("grafana", v.bcrypt())]))
    wg_priv, wg_pub = c.k.wg()
    peer_priv, peer_pub = c.k.wg()
    c.w(an + "roles/wireguard/templates/wg0.conf.j2", """
        [Interface]
        Address = 10.99.0.1/24
        ListenPort = 51820
        PrivateKey = %s

        [Peer]
        # office router
        PublicKey = %s
        PresharedKey = %s
        AllowedIPs = 10.99.0.2/32, 192.168.10.0/24
        """ % (S(wg_priv, "wireguard-private-key"), N(peer_pub, "public-key"), S(v.b64key(32), "wireguard-preshared-key")))
    c.w(an + "roles/wireguard/defaults/main.yml", """
        wireguard_port: 51820
        wireguard_private_key: "%s"
        wireguard_peers:
          - name: office
            public_key: %s
        """ % (N("{{ vault_wireguard_private_key }}", "template-reference"), N(wg_pub, "public-key")))
    c.w(an + "playbooks/db.yml", """
        - hosts: db
          become: true
          roles:
            - role: geerlingguy.mysql
              vars:
                mysql_users:
                  - name: app
                    host: "%%"
                    password: %s
                    priv: "app.*:ALL"
                  - name: metabase
                    host: "10.20.%%"
                    password: "%s"
                    priv: "app.*:SELECT"
        """ % (N("\"{{ vault_mysql_app_password }}\"", "template-reference"), S(v.password("any"), "generic-password")))

    # ---------------------------------------------------------------- cloud-init, Packer
    ck = c.k.ec()
    c.w(R + "cloud-init/bastion-user-data.yaml", D("""
        #cloud-config
        hostname: bastion-01
        users:
          - name: ops
            groups: [sudo]
            shell: /bin/bash
            ssh_authorized_keys:
              - %s
        chpasswd:
          expire: false
          users:
            - name: ops
              password: %s
              type: text
            - name: breakglass
              password: %s
        write_files:
          - path: /etc/ssl/private/bastion.key
            permissions: "0600"
            content: %s
        """) % (N(c.k.ssh_ed("ops@bastion")[1], "public-key"), S(v.password("any"), "generic-password"),
                N(v.sha512crypt(), "password-hash"), S(block(ck.pem_sec1(), 6), "private-key-pem")), dedent=False)
    c.w(R + "packer/ubuntu-2404.pkr.hcl", """
        variable "ssh_password" {
          type      = string
          sensitive = true
          default   = "%s"
        }

        source "vsphere-iso" "ubuntu" {
          vcenter_server = "vcenter.%s"
          username       = "packer@vsphere.local"
          password       = "%s"
          ssh_username   = "ubuntu"
          ssh_password   = var.ssh_password
          iso_checksum   = "%s"
        }

        source "hyperv-iso" "windows" {
          communicator   = "winrm"
          winrm_username = "Administrator"
          winrm_password = "%s"
        }
        """ % (S(v.password("any"), "generic-password"), dom, S(v.password("any"), "generic-password"),
               N("sha256:" + v.sha256(), "hash-sha256"), S(v.password("any"), "generic-password")))

    # ---------------------------------------------------------------- SOPS / age, Vault
    age_sec, age_pub = c.k.age()
    age_pub2 = c.k.age()[1]
    c.w(R + ".sops.yaml", """
        creation_rules:
          - path_regex: secrets/prod/.*\\.yaml$
            age: >-
              %s,
              %s
        """ % (N(age_pub, "public-key"), N(age_pub2, "public-key")))
    c.w(R + "secrets/prod/app.yaml", """
        db_password: %s
        stripe_key: %s
        sops:
          age:
            - recipient: %s
          lastmodified: "2024-06-11T09:12:44Z"
          mac: %s
          version: 3.8.1
        """ % (N(v.sops(), "encrypted-blob"), N(v.sops(), "encrypted-blob"), age_pub, N(v.sops(), "encrypted-blob")))
    c.w(R + "secrets/age/keys.txt", """
        # created: 2024-03-02T10:41:09Z
        # public key: %s
        %s
        """ % (N(age_pub, "public-key"), S(age_sec, "age-secret-key", check="age")))
    unseal = [v.b64key(33) for _ in range(5)]
    c.w(R + "vault/init-output.txt", "\n".join(
        ["Unseal Key %d: %s" % (i + 1, S(k, "vault-unseal-key")) for i, k in enumerate(unseal)] +
        ["", "Initial Root Token: %s" % S(v.vault(), "vault-token"), "",
         "Vault initialized with 5 key shares and a key threshold of 3. Please securely",
         "distribute the key shares printed above."]))
    c.w(R + "vault/policies/ci.hcl", """
        path "secret/data/ci/*" {
          capabilities = ["read"]
        }
        path "auth/token/create" {
          capabilities = ["update"]
        }
        """)

    # ---------------------------------------------------------------- easy-rsa PKI + HAProxy bundles
    pki = R + "pki/"
    ca = c.k.ec()
    cacn = "%s Ops CA" % v.company
    c.w(pki + "ca.crt", N(c.k.cert(ca, cacn, v.company, ca=True), "certificate"))
    c.w(pki + "private/ca.key", S(ca.pem_pkcs8(), "private-key-pem"))
    names = v.r.sample(["vpn-gw", "ldap", "gitlab", "nexus", "grafana", "vault", "jump-01", "backup", "mail-relay",
                        "sso"], v.r.randint(5, 7))
    idx = []
    for n in names:
        k = c.k.ec()
        fqdn = "%s.%s" % (n, dom)
        c.w(pki + "issued/%s.crt" % n, N(c.k.cert(k, fqdn, v.company, issuer=ca, issuer_cn=cacn, sans=[fqdn]), "certificate"))
        c.w(pki + "private/%s.key" % n, S(k.pem_sec1(), "private-key-pem"))
        idx.append("V\t%d0101000000Z\t\t%s\tunknown\t/CN=%s" % (v.r.randint(26, 28), N(v.hexs(32).upper(), "cert-serial"), fqdn))
    c.w(pki + "index.txt", "\n".join(idx))
    for n in v.r.sample(["shop", "api", "admin"], 2):
        k = c.k.ec()
        fqdn = "%s.%s" % (n, dom)
        c.w(R + "haproxy/certs/%s.pem" % fqdn, "%s\n%s" % (
            N(c.k.cert(k, fqdn, v.company, issuer=ca, issuer_cn=cacn, sans=[fqdn]), "certificate"),
            S(k.pem_pkcs8(), "private-key-pem")), dedent=False)
    c.w(R + "haproxy/haproxy.cfg", """
        global
            log stdout format raw local0
            stats socket /run/haproxy/admin.sock mode 660 level admin

        userlist ops
            user admin insecure-password %s
            user viewer password %s

        frontend https
            bind :443 ssl crt /etc/haproxy/certs/ alpn h2,http/1.1
            default_backend shop

        backend shop
            balance roundrobin
            server shop1 10.20.1.11:8080 check
            server shop2 10.20.1.12:8080 check

        listen stats
            bind :8404
            stats enable
            stats uri /stats
            stats auth admin:%s
        """ % (S(v.password("shell"), "generic-password"), N(v.sha512crypt(), "password-hash"),
               S(v.password("shell"), "generic-password")))
