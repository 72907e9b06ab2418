"""Tool/config file kinds, part A: CI systems, build tools, package managers, developer tooling."""
import json

import neg19 as NG
import vals19 as V

REG_POOL = ["dockerhub-pat", "dockerhub-oat", "github-pat-classic", "gitlab-deploy-token", "jfrog-reference-token"]


def cirrus(c):
    t = c.tok(pool=["dockerhub-pat", "npm-token", "sentry-org-token"])
    c.file("ci/.cirrus.yml", f"""container:
  image: python:3.12-slim
  cpu: 2

env:
  PIP_CACHE_DIR: /tmp/pip
  REGISTRY_USER: ci-{c.slug}
  # left here by the migration script, should have become ENCRYPTED[...]
  {t['env']}: {c.T(t)}
  DEPLOY_KEY_PASSPHRASE: {c.N('encrypted-cirrus', 'ENCRYPTED[' + V.hexs(c.rng, 96) + ']')}

test_task:
  pip_cache:
    folder: /tmp/pip
  install_script: pip install -r requirements.txt
  test_script: pytest -q

publish_task:
  only_if: $CIRRUS_BRANCH == 'main'
  depends_on: test
  env:
    TWINE_USERNAME: __token__
    TWINE_PASSWORD: {c.N('encrypted-cirrus', 'ENCRYPTED[' + V.hexs(c.rng, 96) + ']')}
  publish_script: twine upload dist/*
""")


def semaphore(c):
    t = c.tok(pool=["npm-token", "github-fine-grained-pat", "sentry-user-token", "heroku-api-key"])
    db = c.pw(uri=True)
    c.file(".semaphore/semaphore.yml", f"""version: v1.0
name: {c.slug} pipeline
agent:
  machine:
    type: e1-standard-2
    os_image: ubuntu2204
global_job_config:
  secrets:
    - name: {c.N('secret-store-name', c.slug + '-deploy-secrets')}
  env_vars:
    - name: DATABASE_URL
      value: "postgres://ci_runner:{c.S('uri-password', db)}@127.0.0.1:5432/ci_test"
    - name: {t['env']}
      value: "{c.T(t)}"
blocks:
  - name: Test
    task:
      jobs:
        - name: unit
          commands:
            - checkout
            - sem-service start postgres 16
            - make test
""")


def gocd(c):
    pw = c.pw()
    c.file("ci/pipelines.gocd.yaml", f"""format_version: 10
pipelines:
  {c.slug}-deploy:
    group: production
    label_template: "${{COUNT}}"
    materials:
      app:
        git: https://git.{c.domain}/platform/{c.slug}.git
        branch: main
    environment_variables:
      DEPLOY_ENV: production
      SFTP_USER: deploy
    secure_variables:
      SFTP_PASSWORD: {c.N('encrypted-gocd', 'AES:' + V.b64s(c.rng, 16) + ':' + V.b64s(c.rng, 24))}
    stages:
      - deploy:
          jobs:
            push:
              environment_variables:
                # TODO move to secure_variables, this is plain text in the config repo
                NEXUS_PASSWORD: {c.S('repository-password', pw, 'yaml')}
              tasks:
                - exec:
                    command: ./deploy.sh
""")


def earthfile(c):
    t = c.tok(pool=["github-pat-classic", "gitlab-pat", "npm-token", "huggingface-token"])
    c.file("build/Earthfile", f"""VERSION 0.8
FROM node:20-bookworm
WORKDIR /src

deps:
    COPY package.json package-lock.json ./
    # default is only meant for local builds -- but it is a real token
    ARG NPM_READ_TOKEN={c.T(t)}
    RUN --secret NPM_TOKEN=npm_token npm ci
    SAVE ARTIFACT node_modules

build:
    FROM +deps
    COPY . .
    RUN --secret SENTRY_AUTH_TOKEN npm run build
    SAVE ARTIFACT dist AS LOCAL dist

image:
    FROM nginx:1.27-alpine
    COPY +build/dist /usr/share/nginx/html
    SAVE IMAGE --push registry.{c.domain}/web/{c.slug}:latest
""")


def taskfile(c):
    pw = c.pw(uri=True)
    c.file("Taskfile.yml", f"""version: '3'

vars:
  DB_HOST: {c.host('pg')}
  VAULT_DB_PASSWORD:
    sh: {c.N('shell-vault-lookup', 'vault kv get -field=password secret/' + c.slug + '/db')}

env:
  PGUSER: reporting
  REPORT_DB_URL: postgresql://reporting:{c.S('uri-password', pw)}@{{{{.DB_HOST}}}}:5432/reports

tasks:
  migrate:
    cmds:
      - alembic upgrade head
  report:
    deps: [migrate]
    cmds:
      - python -m reports.nightly --out build/
""")


def justfile(c):
    t = c.tok(pool=["digitalocean-pat", "vercel-token", "render-api-key", "cloudflare-user-token", "heroku-api-key"])
    c.file("justfile", f"""set dotenv-load := true

export {t['env']} := "{c.T(t)}"
registry := "registry.{c.domain}"
api_key := env_var_or_default("DEPLOY_API_KEY", "{c.N('placeholder', NG.placeholder(c))}")

default:
    @just --list

deploy env="staging":
    ./scripts/deploy.sh {{{{env}}}}

logs:
    ./scripts/tail-logs.sh
""")


def codemagic(c):
    pw = c.pw()
    c.file("mobile/codemagic.yaml", f"""workflows:
  android-release:
    name: Android release
    instance_type: mac_mini_m2
    environment:
      groups:
        - {c.N('secret-store-name', 'google_play_credentials')}
      vars:
        PACKAGE_NAME: "com.{c.slug.replace('-', '')}.app"
        CM_KEYSTORE_PATH: /tmp/keystore.jks
        CM_KEY_ALIAS: upload
        CM_KEYSTORE_PASSWORD: {c.S('keystore-password', pw, 'yaml')}
        CM_KEY_PASSWORD: {c.S('keystore-password', pw, 'yaml')}
      flutter: stable
    scripts:
      - name: Build AAB
        script: flutter build appbundle --release
    artifacts:
      - build/**/outputs/**/*.aab
""")


def bitrise(c):
    vk = c.vendor_key()
    c.file("mobile/bitrise.yml", f"""format_version: "13"
default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git
project_type: ios
app:
  envs:
  - BITRISE_PROJECT_PATH: App.xcworkspace
  - BITRISE_SCHEME: Release
  - {vk[0].upper()}_API_KEY: {c.S('api-key', vk[1])}
  - APPSTORE_CONNECT_KEY_ID: {c.N('key-id', V.rs(c.rng, V.UP + V.DIG, 10))}
  - MATCH_GIT_TOKEN: {c.N('bitrise-secret-ref', '$BITRISEIO_MATCH_GIT_TOKEN')}
workflows:
  release:
    steps:
    - git-clone@8: {{}}
    - xcode-archive@5:
        inputs:
        - distribution_method: app-store
""")


def fastlane_env(c):
    mp, ap = c.pw(style="phrase"), c.pw()
    c.file("mobile/fastlane/.env.default", f"""# loaded by fastlane automatically (dotenv)
FASTLANE_USER=release@{c.domain}
FASTLANE_PASSWORD={c.S('apple-id-password', ap, 'env')}
MATCH_GIT_URL=https://git.{c.domain}/mobile/certificates.git
MATCH_PASSWORD={c.S('match-passphrase', mp, 'env')}
APP_STORE_CONNECT_API_KEY_ID={c.N('key-id', V.rs(c.rng, V.UP + V.DIG, 10))}
APP_STORE_CONNECT_API_ISSUER_ID={c.N('uuid', V.uuid4(c.rng))}
SLACK_URL={c.N('placeholder', NG.placeholder(c))}
""")


def sbt_credentials(c):
    pw = c.pw()
    c.file("dotfiles/.sbt/.credentials", f"""realm=Sonatype Nexus Repository Manager
host=nexus.{c.domain}
user=sbt-publisher
password={c.S('repository-password', pw)}
""")


def lein_profiles(c):
    pw = c.pw()
    dom_re = c.domain.replace(".", "\\.")
    c.file("dotfiles/.lein/profiles.clj", f"""{{:user {{:plugins [[lein-ancient "1.0.0-RC3"]]
        :signing {{:gpg-key "{c.N('gpg-key-id', V.hexs(c.rng, 16).upper())}"}}}}
 :auth {{:repository-auth
        {{#"nexus\\.{dom_re}" {{:username "lein-deploy"
                                     :password "{c.S('repository-password', pw)}"}}
         #"clojars" {{:username "{c.person()['handle']}"
                     :password {c.N('env-reference', ':env/clojars_token')}}}}}}}}}
""")


def cabal_config(c):
    pw = c.pw()
    c.file("dotfiles/.cabal/config", f"""repository hackage.haskell.org
  url: http://hackage.haskell.org/

repository internal
  url: https://hackage.{c.domain}/
  secure: False

remote-repo-cache: /home/build/.cabal/packages
username: {c.slug.replace('-', '')}
password: {c.S('repository-password', pw)}
-- the other machine uses: password-command: {c.N('command-reference', 'pass show hackage/' + c.slug)}
jobs: $ncpus
""")


def conan_credentials(c):
    pw = c.pw()
    c.file("dotfiles/.conan2/credentials.json", json.dumps({"credentials": [
        {"remote": "conancenter", "user": None, "password": None},
        {"remote": c.slug + "-artifactory", "user": "conan-ci", "password": "@@PW@@"}]}, indent=4)
        .replace("@@PW@@", c.S('repository-password', pw)) + "\n")


def hex_config(c):
    k = c.hexkey(32)
    c.file("dotfiles/.hex/hex.config", f"""{{'$repos', #{{<<"hexpm:{c.slug}">> => #{{auth_key => <<"{c.S('api-key', k)}">>}}}}}}.
{{username, <<"{c.person()['handle']}">>}}.
{{unsafe_https, false}}.
""")


def pub_credentials(c):
    a = c.tok("google-oauth-access-token")
    r = c.tok("google-oauth-refresh-token")
    c.file("dotfiles/.config/dart/pub-credentials.json",
           "{\n  \"accessToken\": " + c.T(a, "json") + ",\n  \"refreshToken\": " + c.T(r, "json")
           + ",\n  \"idToken\": null,\n  \"tokenEndpoint\": \"https://accounts.google.com/o/oauth2/token\",\n"
           "  \"scopes\": [\"openid\", \"https://www.googleapis.com/auth/userinfo.email\"],\n"
           f"  \"expiration\": {c.randint(1750000000000, 1790000000000)}\n}}\n")


def helmfile(c):
    pw = c.pw()
    c.file("deploy/helmfile.yaml", f"""repositories:
  - name: internal
    url: https://charts.{c.domain}
    username: helm-reader
    password: {c.S('repository-password', pw, 'yaml')}
  - name: bitnami
    url: https://charts.bitnami.com/bitnami

releases:
  - name: {c.slug}-api
    namespace: apps
    chart: internal/api
    version: 3.4.1
    values:
      - values/production.yaml
    set:
      - name: db.password
        value: {c.N('helmfile-env-reference', '{{ requiredEnv "API_DB_PASSWORD" }}')}
""")


def tiltfile(c):
    s = c.alnum(40)
    c.file("Tiltfile", f"""# -*- mode: Python -*-
load('ext://dotenv', 'dotenv')
dotenv()

k8s_yaml('deploy/dev.yaml')
docker_build('{c.slug}-api', '.', live_update=[sync('./src', '/app/src')])

local_resource(
    'seed-db',
    cmd='python scripts/seed.py',
    env={{
        'SEED_API_TOKEN': '{c.S('api-token', s)}',
        'SEED_ADMIN_EMAIL': 'admin@{c.domain}',
        'SEED_SMTP_PASSWORD': os.getenv('{c.N('env-reference', 'SEED_SMTP_PASSWORD')}', ''),
    }},
    resource_deps=['postgres'],
)
""")


def vagrantfile(c):
    smb = c.pw()
    c.file("lab/Vagrantfile", f"""# -*- mode: ruby -*-
Vagrant.configure("2") do |config|
  config.vm.box = "gusztavvargadi/windows-server-2022-standard"
  config.vm.hostname = "{c.slug[:10]}-lab"
  config.vm.synced_folder ".", "/vagrant", type: "smb",
    smb_username: "vagrant-share",
    smb_password: "{c.S('smb-password', smb)}"
  config.winrm.username = "vagrant"
  config.winrm.password = ENV.fetch("{c.N('env-reference', 'LAB_WINRM_PASSWORD')}")
  config.vm.provider "hyperv" do |h|
    h.memory = 4096
    h.cpus = 2
  end
end
""")


def terragrunt(c):
    pw = c.pw()
    c.file("infra/live/prod/db/terragrunt.hcl", f"""include "root" {{
  path = find_in_parent_folders()
}}

terraform {{
  source = "git::https://git.{c.domain}/infra/modules.git//postgres?ref=v2.3.0"
}}

inputs = {{
  instance_class    = "db.t4g.medium"
  db_name           = "{c.slug.replace('-', '_')}"
  master_username   = "dbadmin"
  master_password   = "{c.S('db-password', pw)}"
  replica_password  = get_env("{c.N('env-reference', 'TG_REPLICA_PASSWORD')}")
  backup_retention  = 14
}}
""")


def rundeck(c):
    pw = c.pw()
    c.file("ops/rundeck/project.properties", f"""project.name={c.slug}-ops
project.description=Operations jobs
project.nodeCache.enabled=true
resources.source.1.type=file
resources.source.1.config.file=/var/rundeck/projects/{c.slug}-ops/etc/resources.yaml
project.ssh-authentication=password
project.ssh-password-storage-path={c.N('keystore-path', 'keys/project/' + c.slug + '-ops/ssh.password')}
# temporary: the plugin below cannot read key storage yet
project.plugin.WorkflowNodeStep.winrm.password={c.S('winrm-password', pw)}
project.plugin.WorkflowNodeStep.winrm.user=svc-rundeck
""")


def halconfig(c):
    pw = c.pw()
    c.file("ops/spinnaker/.hal/config", f"""currentDeployment: default
deploymentConfigurations:
- name: default
  version: 1.35.2
  providers:
    dockerRegistry:
      enabled: true
      accounts:
      - name: internal-registry
        address: https://registry.{c.domain}
        username: spinnaker
        password: {c.S('registry-password', pw, 'yaml')}
      - name: dockerhub
        address: https://index.docker.io
        username: {c.slug.replace('-', '')}
        password: {c.N('encrypted-reference', 'encrypted:s3!r:eu-west-1!b:' + c.slug + '-hal!f:dockerhub-password')}
  persistentStorage:
    persistentStoreType: s3
""")


def devcontainer(c):
    t = c.tok(pool=["github-pat-classic", "openai-project-key", "anthropic-api-key", "groq-api-key", "huggingface-token"])
    c.file(".devcontainer/devcontainer.json", f"""{{
  "name": "{c.slug} dev",
  "image": "mcr.microsoft.com/devcontainers/python:3.12",
  "features": {{
    "ghcr.io/devcontainers/features/node:1": {{}}
  }},
  "containerEnv": {{
    "{t['env']}": {c.T(t, 'json')},
    "DATABASE_URL": "postgresql://dev:dev@db:5432/dev",
    "SSH_AUTH_SOCK": "${{localEnv:SSH_AUTH_SOCK}}"
  }},
  "remoteEnv": {{
    "SENTRY_AUTH_TOKEN": {c.N('devcontainer-localenv', '${localEnv:SENTRY_AUTH_TOKEN}', 'json')}
  }},
  "postCreateCommand": "pip install -e .[dev]"
}}
""")


def vscode_launch(c):
    pw = c.pw()
    t = c.tok()
    c.file(".vscode/launch.json", f"""{{
  "version": "0.2.0",
  "configurations": [
    {{
      "name": "API (prod data, read-only)",
      "type": "debugpy",
      "request": "launch",
      "module": "uvicorn",
      "args": ["app.main:app", "--reload"],
      "env": {{
        "DB_HOST": "{c.host('pgro')}",
        "DB_USER": "readonly",
        "DB_PASSWORD": {c.S('db-password', pw, 'json')},
        "{t['env']}": {c.T(t, 'json')},
        "FEATURE_FLAGS_KEY": {c.N('vscode-env-reference', '${env:FEATURE_FLAGS_KEY}', 'json')}
      }}
    }}
  ]
}}
""")


def idea_workspace(c):
    vk = c.vendor_key()
    pw = c.pw()
    c.file(".idea/workspace.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="RunManager" selected="Spring Boot.Application">
    <configuration name="Application" type="SpringBootApplicationConfigurationType">
      <module name="{c.slug}-service" />
      <option name="SPRING_BOOT_MAIN_CLASS" value="com.{c.slug.replace('-', '')}.Application" />
      <envs>
        <env name="SPRING_PROFILES_ACTIVE" value="local" />
        <env name="SPRING_DATASOURCE_PASSWORD" value="{c.S('db-password', pw)}" />
        <env name="{vk[0].upper()}_API_KEY" value="{c.S('api-key', vk[1])}" />
        <env name="JWT_ISSUER_URI" value="https://sso.{c.domain}/realms/staff" />
      </envs>
      <method v="2"><option name="Make" enabled="true" /></method>
    </configuration>
  </component>
  <component name="PropertiesComponent">{{
  "keyToString": {{ "last_opened_file_path": "/home/dev/src/{c.slug}" }}
}}</component>
</project>
""")


def vscode_sftp(c):
    pw = c.pw()
    c.file(".vscode/sftp.json", f"""{{
    "name": "staging web",
    "host": "{c.host('web')}",
    "protocol": "sftp",
    "port": 22,
    "username": "deploy",
    "password": {c.S('sftp-password', pw, 'json')},
    "remotePath": "/var/www/{c.slug}",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", ".DS_Store", "node_modules"]
}}
""")


def launch_settings(c):
    pw = c.pw()
    c.file("src/Api/Properties/launchSettings.json", f"""{{
  "$schema": "https://json.schemastore.org/launchsettings.json",
  "profiles": {{
    "Api": {{
      "commandName": "Project",
      "launchBrowser": false,
      "applicationUrl": "https://localhost:7031;http://localhost:5031",
      "environmentVariables": {{
        "ASPNETCORE_ENVIRONMENT": "Development",
        "ConnectionStrings__Main": "Server={c.host('sql')};Database={c.slug.replace('-', '')};User Id=api_dev;Password={c.S('connection-string-password', pw)};TrustServerCertificate=True",
        "Smtp__Password": {c.N('dotnet-user-secrets-ref', 'see dotnet user-secrets', 'json')}
      }}
    }}
  }}
}}
""", crlf=True)


def dotnet_user_secrets(c):
    pw = c.pw()
    t = c.tok(pool=["stripe-secret-key", "sendgrid-api-key", "mailgun-api-key", "slack-bot-token"])
    c.file("dotfiles/.microsoft/usersecrets/" + V.uuid4(c.rng) + "/secrets.json", f"""{{
  "ConnectionStrings:Reporting": "Host={c.host('pg')};Database=reporting;Username=report_app;Password={c.S('connection-string-password', pw)}",
  "{t['vendor'].replace(' ', '')}:ApiKey": {c.T(t, 'json')},
  "Jwt:Issuer": "https://id.{c.domain}"
}}
""", crlf=True)


def dart_defines(c):
    vk = c.vendor_key()
    pub = c.public("public-mapbox-token")
    c.file("app/config/prod.json", f"""{{
  "API_BASE_URL": "https://api.{c.domain}/v2",
  "{vk[0].upper()}_KEY": {c.S('api-key', vk[1], 'json')},
  "MAPBOX_PUBLIC_TOKEN": {c.N(pub['cat'], pub['value'], 'json')},
  "SENTRY_ENVIRONMENT": "production"
}}
""")


def eas_json(c):
    s = c.alnum(36)
    pub = c.public()
    c.file("app/eas.json", f"""{{
  "cli": {{ "version": ">= 12.0.0" }},
  "build": {{
    "production": {{
      "autoIncrement": true,
      "env": {{
        "EXPO_PUBLIC_API_URL": "https://api.{c.domain}",
        "EXPO_PUBLIC_{NG.env_name(pub['env'])}": {c.N(pub['cat'], pub['value'], 'json')},
        "BACKEND_SIGNING_SECRET": {c.S('signing-secret', s, 'json')}
      }}
    }}
  }},
  "submit": {{ "production": {{ "ios": {{ "ascAppId": "{c.randint(10 ** 9, 10 ** 10 - 1)}" }} }} }}
}}
""")


def sentryclirc(c):
    t = c.tok(c.choice(["sentry-org-token", "sentry-user-token"]))
    c.file("dotfiles/.sentryclirc", f"""[defaults]
url = https://sentry.io/
org = {c.slug}
project = web

[auth]
token = {c.T(t)}
""")


def circleci_cli(c):
    t = c.tok("circleci-pat")
    c.file("dotfiles/.circleci/cli.yml", f"""host: https://circleci.com
endpoint: graphql-unstable
token: {c.T(t)}
rest_endpoint: api/v2
tls_cert: ""
orb_publishing:
  default_namespace: {c.slug}
""")


def tfrc_json(c):
    t = c.tok("terraform-cloud-token")
    c.file("dotfiles/.terraform.d/credentials.tfrc.json", "{\n  \"credentials\": {\n    \"app.terraform.io\": {\n"
           "      \"token\": " + c.T(t, "json") + "\n    }\n  }\n}\n")


def databrickscfg(c):
    t = c.tok("databricks-pat")
    c.file("dotfiles/.databrickscfg", f"""[DEFAULT]
host  = https://adb-{c.randint(10 ** 15, 10 ** 16 - 1)}.{c.randint(1, 19)}.azuredatabricks.net
token = {c.T(t)}

[analytics-sso]
host      = https://{c.slug}-analytics.cloud.databricks.com
auth_type = {c.N('auth-mode-not-secret', 'databricks-cli')}
""")


def snowflake_connections(c):
    pw = c.pw()
    c.file("dotfiles/.snowflake/connections.toml", f"""default_connection_name = "etl"

[etl]
account = "{c.slug.replace('-', '')}-{V.rs(c.rng, V.LOW, 2)}{c.randint(10000, 99999)}"
user = "ETL_SERVICE"
password = "{c.S('snowflake-password', pw)}"
warehouse = "TRANSFORM_WH"
role = "TRANSFORMER"

[analyst]
account = "{c.slug.replace('-', '')}-ab12345"
user = "{c.person()['handle'].upper()}"
authenticator = "{c.N('auth-mode-not-secret', 'externalbrowser')}"
""")


def gcloud_adc(c):
    r = c.tok("google-oauth-refresh-token")
    c.file("dotfiles/.config/gcloud/application_default_credentials.json",
           "{\n  \"account\": \"\",\n  \"client_id\": " + c.N("public-google-client-id", "%d-%s.apps.googleusercontent.com" % (
               c.randint(10 ** 11, 10 ** 12), V.rs(c.rng, V.LOW + V.DIG, 32)), "json")
           + ",\n  \"quota_project_id\": \"" + c.slug + "-data\",\n  \"refresh_token\": " + c.T(r, "json")
           + ",\n  \"type\": \"authorized_user\",\n  \"universe_domain\": \"googleapis.com\"\n}\n")


def hub_config(c):
    t = c.tok(c.choice(["github-oauth-token", "github-pat-classic"]))
    c.file("dotfiles/.config/hub", f"""github.com:
- user: {c.person()['handle']}-{c.slug.split('-')[0]}
  oauth_token: {c.T(t)}
  protocol: https
""")


def bundle_config(c):
    pw = c.pw(uri=True)
    t = c.tok("github-pat-classic")
    c.file("dotfiles/.bundle/config", f"""---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_GEMS__{c.domain.upper().replace('.', '__').replace('-', '___')}: "bundler:{c.S('basic-auth-password', pw)}"
BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "{c.person()['handle']}:{c.T(t)}"
BUNDLE_JOBS: "4"
""")


def requirements_txt(c):
    pw = c.pw(uri=True)
    c.file("requirements.txt", f"""--index-url https://pypi.org/simple
--extra-index-url https://ci-reader:{c.S('uri-password', pw)}@pypi.{c.domain}/simple/
fastapi==0.115.6 \\
    --hash={c.N('pip-hash', 'sha256:' + V.sha256_hex(c.rng))}
uvicorn[standard]==0.32.1 \\
    --hash={c.N('pip-hash', 'sha256:' + V.sha256_hex(c.rng))}
{c.slug.replace('-', '_')}-common==4.2.0
""")


def condarc(c):
    tk = c.uniq(lambda: "%s-%s-%s-%s" % (V.rs(c.rng, V.LOW + V.DIG, 3), V.rs(c.rng, V.LOW + V.DIG, 8),
                                         V.rs(c.rng, V.LOW + V.DIG, 8), V.rs(c.rng, V.LOW + V.DIG, 8)))
    c.file("dotfiles/.condarc", f"""channels:
  - https://conda.{c.domain}/t/{c.S('channel-token', tk)}/{c.slug}
  - conda-forge
channel_priority: strict
ssl_verify: true
default_threads: 4
""")


def helm_repositories(c):
    pw = c.pw()
    c.file("dotfiles/.config/helm/repositories.yaml", f"""apiVersion: ""
generated: "0001-01-01T00:00:00Z"
repositories:
- caFile: ""
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: {c.slug}
  pass_credentials_all: false
  password: {c.S('repository-password', pw, 'yaml')}
  url: https://charts.{c.domain}
  username: helm
- name: prometheus-community
  url: https://prometheus-community.github.io/helm-charts
  username: ""
  password: ""
""")


KINDS = [("cirrus-ci", cirrus), ("semaphore", semaphore), ("gocd-yaml", gocd), ("earthfile", earthfile),
         ("taskfile", taskfile), ("justfile", justfile), ("codemagic", codemagic), ("bitrise", bitrise),
         ("fastlane-dotenv", fastlane_env), ("sbt-credentials", sbt_credentials), ("lein-profiles", lein_profiles),
         ("cabal-config", cabal_config), ("conan-credentials", conan_credentials), ("hex-config", hex_config),
         ("dart-pub-credentials", pub_credentials), ("helmfile", helmfile), ("tiltfile", tiltfile),
         ("vagrantfile", vagrantfile), ("terragrunt", terragrunt), ("rundeck-project", rundeck),
         ("spinnaker-halconfig", halconfig), ("devcontainer", devcontainer), ("vscode-launch", vscode_launch),
         ("idea-workspace", idea_workspace), ("vscode-sftp", vscode_sftp), ("launch-settings", launch_settings),
         ("dotnet-user-secrets", dotnet_user_secrets), ("dart-define-json", dart_defines), ("eas-json", eas_json),
         ("sentryclirc", sentryclirc), ("circleci-cli", circleci_cli), ("terraform-tfrc-json", tfrc_json),
         ("databrickscfg", databrickscfg), ("snowflake-connections", snowflake_connections),
         ("gcloud-adc", gcloud_adc), ("hub-config", hub_config), ("bundle-config", bundle_config),
         ("requirements-index", requirements_txt), ("condarc", condarc), ("helm-repositories", helm_repositories)]
