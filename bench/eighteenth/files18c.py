"""Config file kinds, part C: API clients and captures, shell and Windows, dotfiles and package-manager credentials."""
import base64
import json

import neg18
from crypto18 import b64
from ctx18 import env_quote, eq, yaml_quote, yq


def k_jupyter(c):
    p = c.prov()
    pw = c.upw()
    d = c.doc("notebooks/explore_%s.ipynb" % c.system()[0])
    ta = d.S(p.value, p.cat, "provider")
    tb = d.S(pw, "connection-string-password")
    tc = d.N(c.uuid(), "uuid")
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Quick look at last week's data\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
         "source": ["import pandas as pd\n", "import sqlalchemy as sa\n", "\n", "@@A@@",
                    "engine = sa.create_engine(\"postgresql://analyst:@@B@@@dwh.%s/analytics\")\n" % c.internal]},
        {"cell_type": "code", "execution_count": 2, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream", "text": ["run id @@C@@\n"]}],
         "source": ["print('run id', run_id)\n"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(nb, indent=1, ensure_ascii=False) + "\n"
    text = text.replace('"@@A@@"', '"%s = \'%s\'\\n"' % (p.env.lower(), ta))
    d.set(text.replace("@@B@@", tb).replace("@@C@@", tc))


def k_postman(c):
    s, label = c.system()
    p = c.prov_bearer()
    d = c.doc("api/postman/%s.postman_collection.json" % s)
    d.set('''{
  "info": {
    "_postman_id": "%s",
    "name": "%s %s API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{"key": "token", "value": "%s", "type": "string"}]
  },
  "item": [
    {
      "name": "List readings",
      "request": {
        "method": "GET",
        "header": [{"key": "X-Api-Key", "value": "%s"}],
        "url": {"raw": "https://api.%s/v1/readings", "host": ["api", "%s"]}
      }
    }
  ],
  "variable": [{"key": "baseUrl", "value": "https://api.%s"}]
}
''' % (d.N(c.uuid(), "uuid"), c.org, label, d.S(p.value, p.cat, "provider"), d.N("{{apiKey}}", "postman-variable-reference"),
       c.domain, c.domain, c.domain))


def k_insomnia(c):
    s, label = c.system()
    key, val = c.generic("api-key")
    pw = c.pw()
    d = c.doc("api/insomnia/%s-export.yaml" % s)
    d.set('''_type: export
__export_format: 4
__export_source: insomnia.desktop.app:v2023.5.8
resources:
  - _id: %s
    _type: environment
    name: Production
    data:
      base_url: https://api.%s
      api_key: %s
      admin_password: %s
      session: "%s"
  - _id: %s
    _type: request
    name: Get status
    method: GET
    url: "{{ _.base_url }}/status"
''' % (d.N("env_" + c.v.hexs(32), "insomnia-resource-id"), c.domain, yq(d, val, key), yq(d, pw, "admin-password"),
       d.N("{% response 'body', 'req_login', 'b64::JC50b2tlbg==::46b', 'never', 60 %}", "insomnia-template-reference"),
       d.N("req_" + c.v.hexs(32), "insomnia-resource-id")))


def k_har(c):
    s, label = c.system()
    jwt = c.jwt_bearer()
    sess = c.fresh(c.v.s, 48)
    d = c.doc("support/captures/%s-login.har" % s)
    d.set('''{
  "log": {
    "version": "1.2",
    "creator": {"name": "Firefox", "version": "128.0"},
    "entries": [
      {
        "startedDateTime": "2025-05-14T08:21:03.114Z",
        "request": {
          "method": "GET",
          "url": "https://%s.%s/api/me",
          "headers": [
            {"name": "Accept", "value": "application/json"},
            {"name": "Authorization", "value": "Bearer %s"},
            {"name": "Cookie", "value": "sessionid=%s; theme=dark"}
          ]
        },
        "response": {
          "status": 200,
          "headers": [
            {"name": "x-request-id", "value": "%s"},
            {"name": "etag", "value": "W/\\"%s\\""}
          ]
        }
      }
    ]
  }
}
''' % (s, c.domain, d.S(jwt, "jwt-bearer-token"), d.S(sess, "session-cookie"), d.N(c.rid(), "request-id"),
       d.N(c.sha1(), "etag-hash")))


def k_http(c):
    s, label = c.system()
    u = c.person()
    pw = c.spw()
    basic = base64.b64encode(("%s:%s" % (u.short, pw)).encode()).decode()
    p = c.prov_bearer()
    d = c.doc("api/%s.http" % s)
    d.set('''@host = https://api.%s
@token = %s

### health
GET {{host}}/health

### readings (service account)
GET {{host}}/v1/readings?since=2025-05-01
Authorization: Bearer {{token}}

### admin (basic)
GET {{host}}/admin/users
Authorization: Basic %s

### local
GET http://localhost:8080/v1/readings
Authorization: Bearer %s
''' % (c.domain, d.S(p.value, p.cat, "provider"), d.S(basic, "basic-auth-header"), d.N("{{$dotenv LOCAL_TOKEN}}", "http-client-env-reference")))


def k_curl_sh(c):
    s, label = c.system()
    p = c.prov_bearer()
    u = c.person()
    pw = c.spw()
    d = c.doc("scripts/%s-sync.sh" % s)
    d.set('''#!/usr/bin/env bash
set -euo pipefail
# pulls the nightly export and pushes it to the partner
curl -fsS -u "%s:%s" "https://%s/export/latest.csv" -o /tmp/export.csv
curl -fsS -X POST "https://partner.example.net/upload" \\
  -H "Authorization: Bearer %s" \\
  -F "file=@/tmp/export.csv"
curl -fsS -H "Authorization: Bearer ${PARTNER_TOKEN}" https://partner.example.net/ack
''' % (u.short, d.S(pw, "basic-auth-password"), c.host(s), d.S(p.value, p.cat, "provider")))
    d.text = d.text.replace('"Authorization: Bearer ${PARTNER_TOKEN}"', '"Authorization: Bearer ' + d.N("${PARTNER_TOKEN}", "env-reference") + '"')


def k_powershell(c):
    s, label = c.system()
    pw = c.pw()
    cat, vendor, idn, secn, idv, secv = c.pair()
    d = c.doc("scripts/windows/Deploy-%s.ps1" % s.capitalize(), crlf=True)
    i, sec = d.P(idv, secv, cat)
    d.set('''param([string]$Environment = "prod")
$ErrorActionPreference = "Stop"
$svcUser = "%s\\svc-%s"
$svcPass = ConvertTo-SecureString '%s' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($svcUser, $svcPass)
$env:%s = '%s'
$env:%s = '%s'
$token = Get-Secret -Name "%s-api" -Vault %s -AsPlainText
New-PSSession -ComputerName %s -Credential $cred
''' % (c.short.upper(), s, d.S(pw, "service-password"), idn, i, secn, sec, s, c.short.upper(), c.host(s)))
    d.text = d.text.replace('Get-Secret -Name "%s-api" -Vault %s -AsPlainText' % (s, c.short.upper()),
                            d.N('Get-Secret -Name "%s-api" -Vault %s -AsPlainText' % (s, c.short.upper()), "secret-store-reference"))


def k_reg(c):
    s, label = c.system()
    pw = c.pw()
    pw2 = c.spw()
    d = c.doc("ops/windows/%s-kiosk-autologon.reg" % s, crlf=True)
    d.set('''Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="%s"
"DefaultDomainName"="%s"
"DefaultPassword"="%s"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\%s\\%s]
"InstallId"="{%s}"
"ServerUrl"="https://%s"
"SyncPassword"="%s"
''' % (d.N("kiosk-" + s, "username"), c.short.upper(), d.S(pw, "autologon-password"), c.short.capitalize(),
       s.capitalize(), d.N(c.uuid().upper(), "install-guid"), c.host(s), d.S(pw2, "service-password")))


def k_npmrc(c):
    tok = c.fresh(c.v.crc_token, "npm_")
    d = c.doc("web/.npmrc")
    d.set('''registry=https://registry.npmjs.org/
@%s:registry=https://npm.pkg.github.com/
//registry.npmjs.org/:_authToken=%s
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}
engine-strict=true
''' % (c.short, d.S(tok, "npm-access-token", "provider")))
    d.text = d.text.replace("${GITHUB_PACKAGES_TOKEN}", d.N("${GITHUB_PACKAGES_TOKEN}", "env-reference"))


def k_pypirc(c):
    p = c.fresh(lambda: __import__("prov18")._pypi(c.v))
    pw = c.spw()
    d = c.doc("packaging/.pypirc")
    d.set('''[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = %s

[internal]
repository = https://pypi.%s/
username = publisher
password = %s
''' % (d.S(p, "pypi-api-token", "provider"), c.internal, d.S(pw, "repository-password")))


def k_netrc(c):
    pw = c.spw()
    p = c.prov()
    d = c.doc("home/ops/.netrc")
    d.set('''machine ftp.%s
  login %s
  password %s

machine api.heroku.com
  login %s
  password %s
''' % (c.domain, c.short + "ftp", d.S(pw, "ftp-password"), c.person().email, d.S(p.value, p.cat, "provider")))


def k_git_credentials(c):
    p = c.prov()
    pw = c.spw()
    d = c.doc("home/ci/.git-credentials")
    d.set('''https://x-access-token:%s@github.com
https://%s:%s@git.%s
''' % (d.S(p.value, p.cat, "provider"), c.person().short, d.S(pw, "git-password"), c.internal))


def k_pgpass(c):
    pw, pw2 = c.spw(), c.spw()
    d = c.doc("home/ops/.pgpass")
    d.set('''# hostname:port:database:username:password
db01.%s:5432:*:ops_admin:%s
dwh.%s:5432:analytics:reporting:%s
''' % (c.internal, d.S(pw, "database-password"), c.internal, d.S(pw2, "database-password")))


def k_mycnf(c):
    pw = c.spw()
    d = c.doc("home/ops/.my.cnf")
    d.set('''[client]
user=backup
password=%s
host=mysql01.%s

[mysqldump]
single-transaction
''' % (d.S(pw, "database-password"), c.internal))


def k_aws_creds(c):
    cat, vendor, idn, secn, idv, secv = c.pair()
    d = c.doc("home/ops/.aws/credentials")
    i, s = d.P(idv, secv, cat)
    d.set('''[default]
region = eu-central-1

[%s-prod]
%s = %s
%s = %s
''' % (c.short, idn.lower(), i, secn.lower(), s))


def k_docker_config(c):
    u = c.person()
    pw = c.spw()
    auth = base64.b64encode(("%s:%s" % (u.short, pw)).encode()).decode()
    d = c.doc("home/ci/.docker/config.json")
    d.set('''{
  "auths": {
    "registry.%s": {
      "auth": "%s"
    },
    "ghcr.io": {}
  },
  "credsStore": "desktop",
  "currentContext": "default"
}
''' % (c.domain, d.S(auth, "docker-auth-base64")))


def k_ansible_inv(c):
    s, label = c.system()
    pw = c.pw()
    d = c.doc("ansible/inventory/%s.ini" % s)
    d.set('''[%s]
%s01.%s ansible_host=10.20.1.11
%s02.%s ansible_host=10.20.1.12

[%s:vars]
ansible_user=deploy
ansible_password=%s
ansible_become_password="{{ vault_become_password }}"
''' % (s, s, c.internal, s, c.internal, s, d.S(pw, "ssh-password")))
    d.text = d.text.replace('"{{ vault_become_password }}"', '"' + d.N("{{ vault_become_password }}", "ansible-vault-variable-reference") + '"')


def k_ansible_vault(c):
    s, label = c.system()
    d = c.doc("ansible/group_vars/%s/vault.yml" % s)
    d.set(d.N(neg18.ansible_vault(c.v), "ansible-vault-encrypted") + "\n")


def k_kubeconfig(c):
    jwt = c.jwt_bearer(sub="system:serviceaccount:ci:deployer")
    ca = b64(c.v.bytes(600))
    d = c.doc("deploy/kubeconfig-ci.yaml")
    d.set('''apiVersion: v1
kind: Config
clusters:
- name: %s-prod
  cluster:
    server: https://k8s.%s:6443
    certificate-authority-data: %s
users:
- name: ci-deployer
  user:
    token: %s
contexts:
- name: ci@%s-prod
  context: {cluster: %s-prod, user: ci-deployer}
current-context: ci@%s-prod
''' % (c.short, c.internal, d.N(ca, "base64-ca-certificate"), d.S(jwt, "kubernetes-sa-token"), c.short, c.short, c.short))


def k_maven(c):
    pw = c.spw()
    d = c.doc("build/settings.xml")
    d.set('''<settings>
  <servers>
    <server>
      <id>%s-releases</id>
      <username>deployer</username>
      <password>%s</password>
    </server>
    <server>
      <id>%s-snapshots</id>
      <username>deployer</username>
      <password>${env.MAVEN_SNAPSHOT_PASSWORD}</password>
    </server>
  </servers>
</settings>
''' % (c.short, d.S(pw, "repository-password"), c.short))
    d.text = d.text.replace("${env.MAVEN_SNAPSHOT_PASSWORD}", d.N("${env.MAVEN_SNAPSHOT_PASSWORD}", "env-reference"))


def k_nuget(c):
    pw = c.spw()
    key = c.fresh(lambda: "oy2" + c.v.s(43, "abcdefghijklmnopqrstuvwxyz0123456789"))
    d = c.doc("dotnet/NuGet.Config", crlf=True)
    d.set('''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="%s" value="https://nuget.%s/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <%s>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="%s" />
    </%s>
  </packageSourceCredentials>
  <apikeys>
    <add key="https://www.nuget.org" value="%s" />
  </apikeys>
</configuration>
''' % (c.short, c.internal, c.short, d.S(pw, "repository-password"), c.short, d.S(key, "nuget-api-key", "provider")))


def k_composer(c):
    p = c.prov()
    pw = c.spw()
    d = c.doc("shop/auth.json")
    d.set('''{
  "http-basic": {
    "repo.%s": {
      "username": "composer",
      "password": "%s"
    }
  },
  "bearer": {
    "packages.%s": "%s"
  }
}
''' % (c.internal, d.S(pw, "repository-password"), c.internal, d.S(p.value, p.cat, "provider")))


def k_yarnrc(c):
    tok = c.fresh(c.v.crc_token, "npm_")
    d = c.doc("frontend/.yarnrc.yml")
    d.set('''nodeLinker: node-modules
npmScopes:
  %s:
    npmRegistryServer: "https://registry.npmjs.org"
    npmAuthToken: %s
  %s-int:
    npmRegistryServer: "https://npm.%s"
    npmAuthToken: "${NPM_INT_TOKEN}"
''' % (c.short, d.S(tok, "npm-access-token", "provider"), c.short, c.internal))
    d.text = d.text.replace('"${NPM_INT_TOKEN}"', '"' + d.N("${NPM_INT_TOKEN}", "env-reference") + '"')


def k_msmtp(c):
    pw = c.spw()
    d = c.doc("home/ops/.msmtprc")
    d.set('''defaults
auth on
tls on

account %s
host smtp.%s
port 587
from reports@%s
user reports@%s
password %s

account default : %s
''' % (c.short, c.domain, c.domain, c.domain, d.S(pw, "smtp-password"), c.short))


def k_openvpn_auth(c):
    u = c.person()
    pw = c.pw()
    d = c.doc("ops/vpn/%s-auth.txt" % c.short)
    d.set("%s\n%s\n" % (u.handle, d.S(pw, "vpn-password")))


def k_env(c):
    s, label = c.system()
    p = c.prov()
    key, val = c.generic()
    pw = c.pw()
    pub = c.public()
    d = c.doc("%s/.env" % s)
    d.set('''# %s — production
NODE_ENV=production
PORT=3000
DATABASE_URL=postgres://%s:%s@db01.%s:5432/%s
%s=%s
%s=%s
%s=%s
REDIS_URL=redis://redis.%s:6379/0
''' % (label, s, d.S(c.upw(), "connection-string-password"), c.internal, s, p.env, eq(d, p.value, p.cat, "provider"),
       key.upper().replace("-", "_"), eq(d, val, key), pub[1], d.N(pub[2], pub[0]), c.internal))


KINDS = [k_jupyter, k_postman, k_insomnia, k_har, k_http, k_curl_sh, k_powershell, k_reg, k_npmrc, k_pypirc, k_netrc,
         k_git_credentials, k_pgpass, k_mycnf, k_aws_creds, k_docker_config, k_ansible_inv, k_ansible_vault,
         k_kubeconfig, k_maven, k_nuget, k_composer, k_yarnrc, k_msmtp, k_openvpn_auth, k_env]
