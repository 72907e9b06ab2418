"""Deployment configs (platform/): Terraform, Kubernetes, Helm, GitHub Actions,
docker-compose, Ansible."""

import gen_special as sp
from gen_core import ALNUM, B64URL, DIGITS, b64, crc_token, rbytes, rhex, rstr
from gen_plant import mix, provider, render
from gen_tokens import PROVIDERS
from gen_values import kv, password, url_password

T = "platform"


def spec(cat):
    return [s for s in PROVIDERS if s.category == cat][0]


def build(ctx):
    terraform(ctx)
    kubernetes(ctx)
    helm(ctx)
    actions(ctx)
    compose(ctx)
    ansible(ctx)


def terraform(ctx):
    r, d = ctx.rng, ctx.deck
    f = ctx.f(T, "terraform/main.tf")
    f.add('terraform {', '  required_version = ">= 1.6"', '  backend "s3" {', '    bucket = "acme-tf-state"',
          '    key    = "platform/prod.tfstate"', '    region = "us-east-1"', "  }", "}", "", 'provider "aws" {',
          '  region     = var.region')
    f.neg("  access_key = var.aws_access_key", "templating")
    f.neg("  secret_key = var.aws_secret_key", "templating")
    f.add("}", "", 'provider "datadog" {')
    f.secret('  api_key = "%s"' % rhex(r, 32), "datadog-api-key")
    f.neg('  app_key = data.aws_ssm_parameter.datadog_app_key.value', "secret-reference")
    f.add("}", "", 'resource "random_password" "db" {', "  length  = 32", "  special = true", "}", "",
          'resource "aws_db_instance" "orders" {', '  identifier        = "orders-prod"', '  engine            = "postgres"',
          '  instance_class    = "db.t4g.medium"', '  username          = "orders"')
    f.neg("  password          = random_password.db.result", "secret-reference")
    f.add("}", "", 'resource "aws_db_instance" "reporting" {', '  identifier = "reporting"', '  engine     = "mysql"',
          '  username   = "reporting"')
    f.secret('  password   = "%s"' % password(r), "generic-password")
    f.add("}", "", 'resource "aws_secretsmanager_secret_version" "stripe" {',
          "  secret_id     = aws_secretsmanager_secret.stripe.id")
    f.neg("  secret_string = var.stripe_secret_key", "templating")
    f.add("}", "", 'data "aws_secretsmanager_secret_version" "db" {')
    f.neg('  secret_id = "arn:aws:secretsmanager:us-east-1:%s:secret:prod/orders/db-%s"' % (rstr(r, DIGITS, 12), rstr(r, ALNUM, 6)),
          "secret-reference")
    f.add("}", "", 'resource "aws_iam_role" "ci" {', '  name = "github-actions-deploy"')
    f.neg('  permissions_boundary = "arn:aws:iam::%s:policy/boundary"' % rstr(r, DIGITS, 12), "aws-arn")
    f.add("}")
    f.write()

    f = ctx.f(T, "terraform/variables.tf")
    f.add('variable "region" {', '  default = "us-east-1"', "}", "", 'variable "aws_access_key" {', "  type      = string",
          "  sensitive = true", "}", "", 'variable "db_password" {', "  type      = string",
          '  description = "Master password for the orders database"', "  sensitive = true", "}", "",
          'variable "grafana_token" {', "  type    = string")
    f.secret('  default = "%s"' % spec("grafana-cloud-token").make(r)[0][1], "grafana-cloud-token")
    f.add("}", "", 'variable "password_min_length" {')
    f.neg("  default = 16", "config-not-secret")
    f.add("}")
    f.write()

    f = ctx.f(T, "terraform/prod.auto.tfvars")
    f.add('region = "us-east-1"', 'environment = "prod"')
    s = spec("aws-access-key").make(r)
    f.secret(['aws_access_key = "%s"' % s[0][1], 'aws_secret_key = "%s"' % s[1][1]], "aws-access-key", at=1)
    f.secret('db_password = "%s"' % password(r), "generic-password")
    mix(f, r, d, "hcl", pos=4, gen=0, negs=1, fill=(0, 1), allow=["placeholder", "config-not-secret"])
    f.write()

    f = ctx.f(T, "terraform/.terraform.lock.hcl")
    f.add("# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", "")
    for prov, ver in [("hashicorp/aws", "5.54.1"), ("hashicorp/random", "3.6.2"), ("datadog/datadog", "3.40.0")]:
        f.add('provider "registry.terraform.io/%s" {' % prov, '  version     = "%s"' % ver,
              '  constraints = "~> %s"' % ver.rsplit(".", 1)[0], "  hashes = [")
        f.neg('    "h1:%s",' % b64(rbytes(r, 32)), "terraform-lock-hash")
        for _ in range(4):
            f.neg('    "zh:%s",' % rhex(r, 64), "terraform-lock-hash")
        f.add("  ]", "}", "")
    f.write()


def kubernetes(ctx):
    r, d = ctx.rng, ctx.deck
    f = ctx.f(T, "k8s/base/secret.yaml")
    f.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: orders-credentials", "  namespace: orders", "type: Opaque", "data:")
    f.secret("  DB_PASSWORD: " + sp.k8s_b64(password(r)), "k8s-secret-data")
    f.secret("  STRIPE_SECRET_KEY: " + sp.k8s_b64(spec("stripe-secret-key").make(r)[0][1]), "k8s-secret-data")
    f.secret("  JWT_SIGNING_KEY: " + sp.k8s_b64(rstr(r, ALNUM, 48)), "k8s-secret-data")
    f.add("stringData:")
    mix(f, r, d, "yaml-env", pos=2, gen=1, negs=0, indent="  ", fill=(0, 0), comments=0)
    f.write()

    f = ctx.f(T, "k8s/base/deployment.yaml")
    f.add("apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: orders", "spec:", "  replicas: 3", "  template:",
          "    spec:", "      containers:", "        - name: orders")
    f.neg("          image: ghcr.io/acme/orders@" + sp.docker_digest(r), "docker-digest")
    f.add("          env:", "            - name: LOG_LEVEL", "              value: info", "            - name: DB_PASSWORD",
          "              valueFrom:", "                secretKeyRef:")
    f.neg("                  name: orders-credentials", "secret-reference")
    f.add("                  key: DB_PASSWORD")
    mix(f, r, d, "k8s-env", pos=3, gen=1, negs=2, indent="            ", fill=(0, 1), comments=0,
        allow=["templating", "placeholder", "config-not-secret"], flavor="k8s")
    f.add("          ports:", "            - containerPort: 8080")
    f.write()

    f = ctx.f(T, "k8s/base/configmap.yaml")
    f.add("apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: orders-config", "data:", "  FEATURE_FLAGS: checkout,search")
    f.neg("  TENANT_ID: " + sp.uuid(r), "uuid")
    f.neg("  BUILD_SHA: " + sp.git_sha(r), "git-sha")
    f.neg("  SECRET_NAME: orders-credentials", "config-not-secret")
    f.neg("  TOKEN_AUDIENCE: https://orders.acme.internal", "config-not-secret")
    f.write()

    f = ctx.f(T, "k8s/base/sealed-secret.yaml")
    f.add("apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: payments", "spec:", "  encryptedData:")
    for k in ("API_KEY", "WEBHOOK_SECRET"):
        f.neg("    %s: %s" % (k, sp.sealed_value(r)), "encrypted-secret")
    f.write()

    f = ctx.f(T, "k8s/overlays/prod/kustomization.yaml")
    f.add("apiVersion: kustomize.config.k8s.io/v1beta1", "kind: Kustomization", "resources:", "  - ../../base", "images:",
          "  - name: ghcr.io/acme/orders")
    f.neg("    digest: " + sp.docker_digest(r), "docker-digest")
    f.add("secretGenerator:", "  - name: registry-auth", "    literals:")
    f.secret("      - password=" + password(r), "generic-password")
    f.write()

    f = ctx.f(T, "k8s/base/registry-pull-secret.yaml")
    user = "ci-puller"
    pw = spec("dockerhub-pat").make(r)[0][1]
    f.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: regcred", "type: kubernetes.io/dockerconfigjson", "stringData:")
    f.secret('  .dockerconfigjson: \'{"auths":{"https://index.docker.io/v1/":{"auth":"%s"}}}\'' % sp.docker_auth(user, pw),
             "docker-config-auth")
    f.write()


def helm(ctx):
    r, d = ctx.rng, ctx.deck
    f = ctx.f(T, "charts/orders/Chart.yaml")
    f.add("apiVersion: v2", "name: orders", "version: 0.9.3", "appVersion: \"2.4.1\"", "dependencies:", "  - name: postgresql",
          "    version: 15.5.9", "    repository: oci://registry-1.docker.io/bitnamicharts")
    f.write()
    f = ctx.f(T, "charts/orders/Chart.lock")
    f.add("dependencies:", "- name: postgresql", "  repository: oci://registry-1.docker.io/bitnamicharts", "  version: 15.5.9")
    f.neg("digest: " + sp.docker_digest(r), "docker-digest")
    f.add("generated: \"2024-06-11T09:12:44.108311+02:00\"")
    f.write()

    f = ctx.f(T, "charts/orders/values.yaml")
    f.add("replicaCount: 2", "image:", "  repository: ghcr.io/acme/orders", "  tag: \"\"", "secrets:")
    mix(f, r, d, "yaml", pos=0, negs=6, indent="  ", fill=(0, 1), allow=["placeholder", "empty-value", "templating"],
        flavor="helm")
    f.add("postgresql:", "  auth:", "    username: orders")
    f.neg("    existingSecret: orders-db", "config-not-secret")
    f.write()

    f = ctx.f(T, "charts/orders/values-prod.yaml")
    f.add("replicaCount: 4", "secrets:")
    mix(f, r, d, "yaml", pos=5, gen=1, negs=1, indent="  ", fill=(0, 1), flavor="helm")
    f.add("postgresql:", "  auth:")
    f.secret("    postgresPassword: " + password(r), "generic-password")
    f.write()

    f = ctx.f(T, "charts/orders/templates/secret.yaml")
    f.add("apiVersion: v1", "kind: Secret", "metadata:", "  name: {{ include \"orders.fullname\" . }}", "type: Opaque", "data:")
    for k in ("stripeSecretKey", "sendgridApiKey", "jwtSecret"):
        f.neg("  %s: {{ .Values.secrets.%s | b64enc | quote }}" % (k.upper(), k), "templating")
    f.write()


def actions(ctx):
    r, d = ctx.rng, ctx.deck
    f = ctx.f(T, ".github/workflows/ci.yml")
    f.add("name: ci", "on:", "  push:", "    branches: [main]", "  pull_request:", "jobs:", "  test:", "    runs-on: ubuntu-latest",
          "    services:", "      postgres:", "        image: postgres:16", "        env:")
    f.neg("          POSTGRES_PASSWORD: postgres", "local-dev-default")
    f.add("    steps:")
    f.neg("      - uses: actions/checkout@%s # v4.1.7" % sp.git_sha(r), "git-sha")
    f.neg("      - uses: actions/setup-go@%s # v5.0.1" % sp.git_sha(r), "git-sha")
    f.add("      - run: go test ./...", "        env:")
    f.neg("          DATABASE_URL: postgres://postgres:postgres@localhost:5432/test?sslmode=disable", "local-dev-default")
    f.neg("          CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}", "templating")
    f.write()

    f = ctx.f(T, ".github/workflows/deploy.yml")
    f.add("name: deploy", "on:", "  workflow_dispatch:", "permissions:", "  id-token: write", "  contents: read", "env:",
          "  AWS_REGION: us-east-1")
    f.neg("  AWS_ROLE_ARN: arn:aws:iam::%s:role/github-actions-deploy" % rstr(r, DIGITS, 12), "aws-arn")
    f.add("jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:")
    f.neg("      - uses: aws-actions/configure-aws-credentials@%s" % sp.git_sha(r), "git-sha")
    f.add("        with:", "          role-to-assume: ${{ env.AWS_ROLE_ARN }}", "      - name: notify", "        env:")
    f.neg("          SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}", "templating")
    f.secret("          SLACK_WEBHOOK_URL: " + spec("slack-webhook").make(r)[0][1], "slack-webhook")
    f.add("        run: ./scripts/notify.sh", "      - name: publish chart", "        env:")
    mix(f, r, d, "yaml-env", pos=2, gen=0, negs=2, indent="          ", fill=(0, 0), comments=0, allow=["templating"],
        flavor="actions")
    f.add("        run: helm push orders-*.tgz oci://ghcr.io/acme/charts")
    f.write()


def compose(ctx):
    r, d = ctx.rng, ctx.deck
    f = ctx.f(T, "docker-compose.yml")
    f.add("services:", "  db:")
    f.neg("    image: postgres:16@" + sp.docker_digest(r), "docker-digest")
    f.add("    environment:", "      POSTGRES_USER: orders")
    f.secret("      POSTGRES_PASSWORD: " + password(r), "generic-password")
    f.add("  redis:", "    image: redis:7-alpine")
    f.secret("    command: redis-server --requirepass " + url_password(r), "redis-requirepass")
    f.add("  api:", "    build: .", "    depends_on: [db, redis]", "    environment:")
    mix(f, r, d, "compose-list", pos=5, gen=1, negs=3, indent="      ", fill=(0, 1), comments=0, flavor="compose")
    f.add("  worker:", "    image: ghcr.io/acme/orders-worker:2.4.1", "    env_file: .env", "    environment:")
    mix(f, r, d, "yaml-env", pos=2, gen=1, negs=2, indent="      ", fill=(0, 1), comments=0, flavor="compose")
    f.write()

    f = ctx.f(T, "redis/redis.conf")
    f.add("bind 0.0.0.0", "port 6379", "protected-mode yes", "maxmemory 512mb", "maxmemory-policy allkeys-lru")
    f.secret("requirepass " + url_password(r), "redis-requirepass")
    f.secret("masterauth " + url_password(r), "redis-requirepass")
    f.add("appendonly yes")
    f.write()


def ansible(ctx):
    r, d = ctx.rng, ctx.deck
    f = ctx.f(T, "ansible/inventory/hosts.ini")
    f.add("[web]", "web-01.acme.net", "web-02.acme.net", "", "[db]")
    f.secret("db-01.acme.net ansible_user=deploy ansible_password=%s" % password(r), "generic-password")
    f.add("", "[all:vars]", "ansible_python_interpreter=/usr/bin/python3")
    f.neg("ansible_become_password={{ vault_become_password }}", "templating")
    f.write()

    f = ctx.f(T, "ansible/group_vars/all/vault.yml")
    f.neg(sp.ansible_vault_lines(r), "encrypted-secret")
    f.write()

    f = ctx.f(T, "ansible/group_vars/all/main.yml")
    f.add("app_user: orders", "app_port: 8080")
    f.neg("db_password: \"{{ vault_db_password }}\"", "templating")
    f.neg("smtp_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/smtp:password') }}\"", "secret-reference")
    mix(f, r, d, "yaml", pos=2, gen=1, negs=1, fill=(0, 1), allow=["placeholder", "config-not-secret", "secret-reference", "templating"],
        flavor="ansible")
    f.write()

    f = ctx.f(T, "scripts/bootstrap-cluster.sh")
    f.add("#!/usr/bin/env bash", "set -euo pipefail", "", "# one-off bootstrap for the staging cluster")
    mix(f, r, d, "shell", pos=3, gen=1, negs=1, fill=(0, 0), comments=0.2, allow=["placeholder"])
    f.add("", 'read -rsp "Vault unseal key: " UNSEAL_KEY', 'vault operator unseal "$UNSEAL_KEY"',
          'kubectl create secret generic orders-db --from-literal=password="$DB_PASSWORD"')
    f.write()
