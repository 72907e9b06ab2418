"""Config file kinds, part A: schedulers, CI, config management, build tools, cloud deploy manifests."""
import neg18
from ctx18 import env_quote, eq, yaml_quote, yq


def k_nomad(c):
    s, label = c.system()
    p = c.prov()
    pw = c.upw()
    d = c.doc("deploy/nomad/%s.nomad.hcl" % s)
    img = c.sha256()
    d.set('''job "%s" {
  datacenters = ["%s-dc1"]
  type        = "service"

  group "app" {
    count = 2

    task "%s" {
      driver = "docker"

      config {
        image = "registry.%s/%s@%s"
      }

      env {
        LOG_LEVEL = "info"
        %s = "%s"
        DATABASE_URL = "postgres://%s_app:%s@db.%s:5432/%s"
      }

      template {
        destination = "secrets/app.env"
        env         = true
        data        = <<EOH
SMTP_PASSWORD=%s
EOH
      }
    }
  }
}
''' % (s, c.short, s, c.domain, s, d.N("sha256:" + img, "docker-image-digest"), p.env, d.S(p.value, p.cat, "provider"),
       s, d.S(pw, "connection-string-password"), c.internal, s, d.N(c.ref("nomad", "smtp_password", "%s/smtp" % c.short), "vault-template-reference")))


def k_concourse(c):
    s, label = c.system()
    p = c.prov()
    d = c.doc("ci/concourse/%s-pipeline.yml" % s)
    key, val = c.generic("webhook-secret")
    d.set('''resource_types:
- name: slack-notification
  type: registry-image
  source: {repository: cfcommunity/slack-notification-resource}

resources:
- name: %s-src
  type: git
  webhook_token: %s
  source:
    uri: git@git.%s:%s/%s.git
    branch: main
    private_key: ((git-deploy-key))
- name: notify
  type: slack-notification
  source:
    url: ((slack-webhook))
- name: artifacts
  type: s3
  source:
    bucket: %s-artifacts
    access_key_id: ((aws.access_key_id))
    secret_access_key: %s

jobs:
- name: build
  plan:
  - get: %s-src
    trigger: true
  - task: unit
    file: %s-src/ci/unit.yml
    params:
      %s: %s
''' % (s, yq(d, val, key), c.domain, c.short, s, s, d.N(c.ref("concourse", "aws.secret_access_key"), "concourse-var-reference"),
       s, s, p.env, yq(d, p.value, p.cat, "provider")))


def k_drone(c):
    s, label = c.system()
    u = c.person()
    pw = c.pw()
    p = c.prov()
    d = c.doc("%s/.drone.yml" % s)
    d.set('''kind: pipeline
type: docker
name: default

steps:
- name: test
  image: python:3.12
  commands:
  - pip install -r requirements.txt
  - pytest -q

- name: publish
  image: plugins/docker
  settings:
    repo: registry.%s/%s
    username: %s
    password: %s
    tags: [latest, "${DRONE_COMMIT_SHA:0:8}"]

- name: notify
  image: curlimages/curl
  environment:
    %s:
      from_secret: %s
    %s: %s
  commands:
  - ./ci/notify.sh
''' % (c.domain, s, d.N("ci-" + u.short, "username"), yq(d, pw, "registry-password"), "WEBHOOK_TOKEN",
       d.N("webhook_token", "drone-secret-reference"), p.env, yq(d, p.value, p.cat, "provider")))


def k_gitlab_ci(c):
    s, label = c.system()
    p = c.prov()
    pw = c.upw()
    d = c.doc("%s/.gitlab-ci.yml" % s)
    d.set('''stages: [test, deploy]

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  POSTGRES_PASSWORD: %s
  %s: %s
  DEPLOY_TOKEN: $DEPLOY_TOKEN

test:
  stage: test
  image: python:3.12
  services: [postgres:16]
  script:
    - pytest --junitxml=report.xml

deploy:
  stage: deploy
  script:
    - ./deploy.sh --target %s
  only: [main]
''' % (yq(d, pw, "database-password"), p.env, yq(d, p.value, p.cat, "provider"), c.host(s)))
    # DEPLOY_TOKEN line is a plain CI reference; label it as a negative
    d.text = d.text.replace("  DEPLOY_TOKEN: $DEPLOY_TOKEN", "  DEPLOY_TOKEN: " + d.N("$DEPLOY_TOKEN", "ci-variable-reference"))


def k_salt_pillar(c):
    s, label = c.system()
    pw, pw2 = c.pw(), c.pw()
    d = c.doc("salt/pillar/%s.sls" % s)
    gpg = neg18.b64(c.v.bytes(180))
    gpg_lines = "\n      ".join(gpg[i:i + 64] for i in range(0, len(gpg), 64))
    d.set('''#!yaml|gpg
%s:
  db:
    host: db01.%s
    user: %s
    password: %s
  mqtt:
    broker: mqtt.%s
    password: %s
  ldap_bind_password: |
      %s
''' % (s, c.internal, d.N(s + "_svc", "username"), yq(d, pw, "database-password"), c.internal,
       yq(d, pw2, "mqtt-password"),
       d.N("-----BEGIN PGP MESSAGE-----\n\n      " + gpg_lines + "\n      =" + c.v.s(4) + "\n      -----END PGP MESSAGE-----",
           "gpg-encrypted-pillar")))


def k_chef(c):
    s, label = c.system()
    pw = c.pw()
    p = c.prov()
    d = c.doc("chef/cookbooks/%s/attributes/default.rb" % s)
    d.set('''default['%s']['version'] = '4.2.1'
default['%s']['listen_port'] = 8443
default['%s']['db']['host'] = 'db01.%s'
default['%s']['db']['password'] = '%s'
default['%s']['%s'] = '%s'
# the admin password comes from the encrypted data bag, see recipes/default.rb
default['%s']['admin_password'] = %s
default['%s']['checksum'] = '%s'
''' % (s, s, s, c.internal, s, d.S(pw, "database-password"), s, p.env.lower(), d.S(p.value, p.cat, "provider"),
       s, d.N(c.ref("chef", "admin_password", s), "chef-data-bag-reference"), s, d.N(c.sha256(), "sha256-checksum")))


def k_hiera(c):
    s, label = c.system()
    pw = c.pw()
    key, val = c.generic("session-secret")
    d = c.doc("puppet/data/nodes/%s01.%s.yaml" % (s, c.internal))
    d.set('''---
profile::%s::manage_service: true
profile::%s::db_user: %s
profile::%s::db_password: %s
profile::%s::secret_key: %s
profile::%s::smtp_password: >
  %s
profile::%s::api_token: "%s"
''' % (s, s, s, s, yq(d, pw, "database-password"), s, yq(d, val, key), s,
       d.N(neg18.eyaml(c.v), "eyaml-encrypted"), s, d.N(c.ph(), "placeholder")))


def k_nix(c):
    s, label = c.system()
    pw = c.pw()
    k2, v2 = c.generic("signing-secret")
    d = c.doc("nixos/hosts/%s/configuration.nix" % s)
    d.set('''{ config, pkgs, ... }:
{
  networking.hostName = "%s";

  services.grafana = {
    enable = true;
    settings.security.admin_user = "admin";
    settings.security.admin_password = "%s";
    settings.security.secret_key = "%s";
  };

  services.postgresql.enable = true;
  services.%s.passwordFile = %s;

  environment.etc."%s/vendor.tar.gz".source = pkgs.fetchurl {
    url = "https://downloads.%s/%s-2.4.tar.gz";
    sha256 = "%s";
  };
}
''' % (s, d.S(pw, "admin-password"), d.S(v2, k2), s, d.N("config.sops.secrets.%s_db.path" % s, "sops-nix-reference"), s,
       c.domain, s, d.N(c.sha256(), "sha256-checksum")))


def k_bazelrc(c):
    p = c.vendor_key()
    tok = c.token(22)
    d = c.doc(".bazelrc")
    d.set('''build --remote_cache=grpcs://cache.%s
build --remote_header=x-buildbuddy-api-key=%s
build --bes_results_url=https://app.buildbuddy.io/invocation/
build:ci --remote_upload_local_results=true
build:ci --remote_header=x-build-id=%s
# local dev: put your own key in ~/.bazelrc.user
try-import %%workspace%%/.bazelrc.user
''' % (c.domain, d.S(tok, "buildbuddy-api-key"), d.N(c.uuid(), "build-id")))


def k_gradle(c):
    pw, pw2 = c.spw(), c.spw()
    d = c.doc("android/gradle.properties")
    d.set('''org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
signing.keyId=%s
signing.password=%s
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
ossrhUsername=%s
ossrhPassword=%s
RELEASE_STORE_PASSWORD=%s
''' % (d.N(c.v.hexs(8).upper(), "gpg-key-id"), d.S(pw, "gpg-signing-password"), c.short + "-release",
       d.S(pw2, "repository-password"), d.N(c.ref("shell", "RELEASE_STORE_PASSWORD"), "env-reference")))


def k_helm(c):
    s, label = c.system()
    pw, pw2 = c.pw(), c.pw()
    p = c.prov()
    d = c.doc("deploy/helm/%s/values-prod.yaml" % s)
    d.set('''image:
  repository: registry.%s/%s
  tag: "2.8.3"
  digest: %s

postgresql:
  auth:
    username: %s
    password: %s
    existingSecret: ""

redis:
  auth:
    enabled: true
    password: %s

extraEnv:
  - name: %s
    value: %s
  - name: SMTP_PASSWORD
    valueFrom:
      secretKeyRef:
        name: %s-smtp
        key: %s
''' % (c.domain, s, d.N("sha256:" + c.sha256(), "docker-image-digest"), s, yq(d, pw, "database-password"),
       yq(d, pw2, "redis-password"), p.env, yq(d, p.value, p.cat, "provider"), s, d.N("password", "k8s-secret-key-reference")))


def k_kustomize(c):
    s, label = c.system()
    pw = c.spw()
    key, val = c.generic("api-key")
    d = c.doc("deploy/k8s/%s/overlays/prod/kustomization.yaml" % s)
    d.set('''apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: %s
resources:
  - ../../base
images:
  - name: %s
    newTag: "%s"
secretGenerator:
  - name: %s-credentials
    literals:
      - DB_PASSWORD=%s
      - PARTNER_API_KEY=%s
  - name: %s-tls
    files:
      - tls.crt
      - tls.key
''' % (s, s, d.N(c.sha1()[:12], "git-sha"), s, d.S(pw, "database-password"), d.S(val, key), s))


def k_argocd(c):
    s, label = c.system()
    p = c.prov()
    d = c.doc("deploy/argocd/repo-%s.yaml" % s)
    user = "git"
    d.set('''apiVersion: v1
kind: Secret
metadata:
  name: repo-%s
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://git.%s/%s/%s-deploy.git
  username: %s
  password: %s
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: argocd-cm
  namespace: argocd
data:
  url: https://argocd.%s
  dex.config: |
    connectors:
      - type: github
        id: github
        name: GitHub
        config:
          clientID: %s
          clientSecret: %s
''' % (s, c.domain, c.short, s, user, yq(d, p.value, p.cat, "provider"), c.domain, d.N(c.v.hexs(20), "oauth-client-id"),
       d.N(c.ref("argocd", "dex.github.clientSecret"), "argocd-secret-reference")))


def k_flux(c):
    s, label = c.system()
    pw = c.spw()
    d = c.doc("clusters/prod/%s/git-auth.yaml" % s)
    d.set('''apiVersion: v1
kind: Secret
metadata:
  name: %s-git-auth
  namespace: flux-system
type: Opaque
stringData:
  username: %s
  password: %s
---
apiVersion: v1
kind: Secret
metadata:
  name: %s-webhook
  namespace: flux-system
stringData:
  token: %s
sops:
  age:
    - recipient: %s
  lastmodified: "2025-03-11T09:12:44Z"
  version: 3.9.1
''' % (s, d.N("flux-" + c.short, "username"), yq(d, pw, "git-password"), s, d.N(neg18.sops_value(c.v), "sops-encrypted"),
       d.N("age1" + c.v.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), "age-public-recipient")))


def k_crossplane(c):
    cat, vendor, idn, secn, idv, secv = c.pair()
    d = c.doc("infra/crossplane/providerconfig-%s.yaml" % vendor.lower().replace(" ", "-"))
    i, s = d.P(idv, secv, cat)
    d.set('''apiVersion: v1
kind: Secret
metadata:
  name: %s-provider-creds
  namespace: crossplane-system
type: Opaque
stringData:
  credentials: |
    [default]
    %s = %s
    %s = %s
---
apiVersion: aws.upbound.io/v1beta1
kind: ProviderConfig
metadata:
  name: default
spec:
  credentials:
    source: Secret
    secretRef:
      namespace: crossplane-system
      name: %s-provider-creds
      key: credentials
''' % (c.short, idn.lower(), i, secn.lower(), s, c.short))


def k_pulumi(c):
    s, label = c.system()
    pw = c.pw()
    p = c.prov()
    d = c.doc("infra/pulumi/Pulumi.prod.yaml")
    d.set('''config:
  aws:region: eu-central-1
  %s:dbPassword: %s
  %s:%s: %s
  %s:grafanaAdminPassword:
    secure: %s
  %s:vpcCidr: 10.42.0.0/16
''' % (c.short, yq(d, pw, "database-password"), c.short, p.env.lower(), yq(d, p.value, p.cat, "provider"), c.short,
       d.N(neg18.pulumi_secure(c.v), "pulumi-encrypted"), c.short))


def k_serverless(c):
    s, label = c.system()
    p = c.prov()
    key, val = c.generic("webhook-secret")
    d = c.doc("functions/%s/serverless.yml" % s)
    d.set('''service: %s-%s
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    STAGE: ${sls:stage}
    %s: %s
    WEBHOOK_SECRET: %s
    DB_PASSWORD: %s

functions:
  ingest:
    handler: src/ingest.handler
    events:
      - httpApi: "POST /ingest"
''' % (c.short, s, p.env, yq(d, p.value, p.cat, "provider"), yq(d, val, key),
       d.N(c.ref("ssm", "db_password", "%s/%s/db-password" % (c.short, s)), "ssm-reference")))


def k_sam(c):
    s, label = c.system()
    pw = c.pw("strong")
    d = c.doc("functions/%s/template.yaml" % s)
    d.set('''AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: %s %s

Parameters:
  DbPassword:
    Type: String
    NoEcho: true
    Default: %s

Resources:
  IngestFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Environment:
        Variables:
          DB_PASSWORD: !Ref DbPassword
          PARTNER_TOKEN: '%s'
''' % (c.org, label, yq(d, pw, "database-password"),
       d.N(c.ref("cfn", "partner_token", "%s/%s" % (c.short, s)), "cloudformation-dynamic-reference")))


def k_tfvars(c):
    cat, vendor, idn, secn, idv, secv = c.pair()
    pw = c.pw()
    d = c.doc("infra/terraform/envs/prod/terraform.tfvars")
    i, s = d.P(idv, secv, cat)
    d.set('''region          = "eu-central-1"
environment     = "prod"
%s = "%s"
%s = "%s"
db_admin_password = "%s"
grafana_admin_password = "%s"
tags = {
  owner = "%s"
}
''' % (idn.lower(), i, secn.lower(), s, d.S(pw, "database-password"), d.N(c.ph(), "placeholder"), c.person().email))


def k_k8s_secret(c):
    import base64
    s, label = c.system()
    pw = c.spw()
    p = c.prov()
    d = c.doc("deploy/k8s/%s/secret.yaml" % s)
    b1 = base64.b64encode(pw.encode()).decode()
    b2 = base64.b64encode(p.value.encode()).decode()
    b3 = base64.b64encode(b"changeme").decode()
    d.set('''apiVersion: v1
kind: Secret
metadata:
  name: %s-env
  namespace: %s
type: Opaque
data:
  DB_PASSWORD: %s
  %s: %s
  DEFAULT_ADMIN_PASSWORD: %s
  FEATURE_FLAGS: %s
''' % (s, s, d.S(b1, "k8s-secret-base64-password"), p.env, d.S(b2, p.cat, "provider"),
       d.N(b3, "base64-placeholder"), d.N(base64.b64encode(b"beta_dashboard,new_reports").decode(), "base64-not-secret")))


def k_compose(c):
    s, label = c.system()
    pw = c.spw()
    p = c.prov()
    d = c.doc("%s/docker-compose.yml" % s)
    d.set('''services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: %s
      POSTGRES_PASSWORD: %s
  app:
    image: registry.%s/%s:latest
    depends_on: [db]
    environment:
      - DATABASE_URL=postgres://%s:%s@db:5432/%s
      - %s=%s
      - SECRET_KEY=${SECRET_KEY:?set SECRET_KEY}
    ports:
      - "8080:8080"
''' % (s, yq(d, pw, "database-password"), c.domain, s, s, d.S(pw, "connection-string-password"), s, p.env,
       d.S(p.value, p.cat, "provider"), ))
    d.text = d.text.replace("SECRET_KEY=${SECRET_KEY:?set SECRET_KEY}", "SECRET_KEY=" + d.N("${SECRET_KEY:?set SECRET_KEY}", "env-reference"))


def k_dockerfile(c):
    s, label = c.system()
    p = c.prov()
    d = c.doc("%s/Dockerfile" % s)
    dig = c.sha256()
    d.set('''FROM python:3.12-slim@%s AS build
ARG PIP_INDEX_URL=https://pypi.%s/simple
ARG %s=%s
WORKDIR /src
COPY requirements.txt .
RUN --mount=type=secret,id=netrc,target=/root/.netrc pip install -r requirements.txt
COPY . .

FROM python:3.12-slim
ENV APP_ENV=production \\
    APP_SECRET=%s
COPY --from=build /src /app
CMD ["gunicorn", "app:wsgi", "-b", "0.0.0.0:8000"]
''' % (d.N("sha256:" + dig, "docker-image-digest"), c.internal, p.env, d.S(p.value, p.cat, "provider"),
       d.N("${APP_SECRET}", "env-reference")))


def k_systemd(c):
    s, label = c.system()
    p = c.prov()
    pw = c.spw()
    d = c.doc("ops/systemd/%s-agent.service" % s)
    d.set('''[Unit]
Description=%s %s agent
After=network-online.target

[Service]
User=%s
Environment=AGENT_MODE=push
Environment=%s=%s
Environment="UPLINK_PASSWORD=%s"
LoadCredential=tls.key:/etc/%s/tls.key
ExecStart=/opt/%s/bin/agent --credentials %s
Restart=on-failure

[Install]
WantedBy=multi-user.target
''' % (c.org, label, s, p.env, d.S(p.value, p.cat, "provider"), d.S(pw, "service-password"), s, s,
       d.N("%d/tls.key", "systemd-credential-reference")))


def k_crontab(c):
    s, label = c.system()
    pw, pw2 = c.spw(), c.spw()
    u = c.person()
    d = c.doc("ops/cron/%s.crontab" % s)
    d.set('''# m h dom mon dow command
MAILTO=%s
15 2 * * * PGPASSWORD=%s pg_dump -h db01.%s -U backup %s | gzip > /backup/%s-$(date +\\%%F).sql.gz
*/10 * * * * curl -fsS -u sync:%s https://%s/api/v1/pull >/dev/null
0 5 * * 1 /usr/local/bin/rotate-logs --key-file /etc/%s/rotate.key
30 6 * * * curl -fsS https://hc-ping.com/%s
''' % (u.email, d.S(pw, "database-password"), c.internal, s, s, d.S(pw2, "basic-auth-password"), c.host(s), s,
       d.N(c.uuid(), "healthcheck-ping-uuid")))


KINDS = [k_nomad, k_concourse, k_drone, k_gitlab_ci, k_salt_pillar, k_chef, k_hiera, k_nix, k_bazelrc, k_gradle,
         k_helm, k_kustomize, k_argocd, k_flux, k_crossplane, k_pulumi, k_serverless, k_sam, k_tfvars, k_k8s_secret,
         k_compose, k_dockerfile, k_systemd, k_crontab]
