"""Tool and config kinds, part B: developer tools, build and CI, package managers, cloud CLIs, agents."""

import base64

from core26 import Doc, jq, yq
from ctx26 import BAT_SYM


def http_client_env(ctx):
    d = Doc("api-tests/http-client.private.env.json", fmt="json")
    d.add("{")
    d.add('  "prod": {')
    d.sec('    "apiToken": %s,' % jq(t := ctx.api_key(40)), t, "api-key", "generic")
    d.add('    "adminUser": "ops",')
    d.sec('    "adminPassword": %s' % jq(p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    d.add("  }")
    d.add("}")
    e = Doc("api-tests/http-client.env.json", fmt="json")
    e.add("{")
    e.add('  "prod": {')
    e.add('    "host": "https://api.%s",' % ctx.domain)
    v = "{{$processEnv %s}}" % ctx.one(["API_TOKEN", "PROD_API_TOKEN", "OPS_TOKEN", "SERVICE_TOKEN"])
    e.neg('    "apiToken": "%s"' % v, v, "template-reference")
    e.add("  }")
    e.add("}")
    return [d, e]


def sqltools_settings(ctx):
    d = Doc(".vscode/settings.json", fmt="json")
    d.add("{")
    d.add('  "editor.formatOnSave": true,')
    d.add('  "sqltools.connections": [')
    d.add("    {")
    d.add('      "name": "prod-reporting",')
    d.add('      "driver": "PostgreSQL",')
    d.add('      "server": "%s",' % ctx.host("pg"))
    d.add('      "port": 5432,')
    d.add('      "database": "reporting",')
    d.add('      "username": "analyst",')
    d.sec('      "password": %s' % jq(p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    d.add("    },")
    d.add("    {")
    d.add('      "name": "staging",')
    d.add('      "driver": "MySQL",')
    d.add('      "server": "%s",' % ctx.host("stg"))
    d.add('      "username": "analyst",')
    v = ctx.one(["${input:stagingPassword}", "${input:dbPassword}", "${input:stgPass}", "${input:mysqlPassword}"])
    d.neg('      "password": "%s"' % v, v, "template-reference")
    d.add("    }")
    d.add("  ]")
    d.add("}")
    return d


def azure_functions_settings(ctx):
    d = Doc("functions/local.settings.json", fmt="json")
    acct = ctx.domain.split(".")[0].replace("-", "")[:18] + "fn"
    key = ctx.uniq(lambda: base64.b64encode(bytes(ctx.r.getrandbits(8) for _ in range(64))).decode())
    sb = ctx.key_b64(32)
    d.add("{")
    d.add('  "IsEncrypted": false,')
    d.add('  "Values": {')
    d.sec('    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net",'
          % (acct, key), key, "azure-storage-key", "provider")
    ctx.neg_once(d, '    "AzureWebJobsStorage__local": "UseDevelopmentStorage=true",', "UseDevelopmentStorage=true",
                 "emulator-setting")
    d.add('    "FUNCTIONS_WORKER_RUNTIME": "python",')
    d.sec('    "ServiceBusConnection": "Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s",'
          % (acct, sb), sb, "azure-servicebus-key", "provider")
    d.neg('    "APPINSIGHTS_INSTRUMENTATIONKEY": "%s"' % (u := ctx.uuid()), u, "uuid-identifier")
    d.add("  }")
    d.add("}")
    return d


def gae_app_yaml(ctx):
    d = Doc("appengine/app.yaml")
    d.add("runtime: python312")
    d.add("entrypoint: gunicorn -b :$PORT main:app")
    d.add("instance_class: F2")
    d.add("env_variables:")
    d.add("  DB_USER: \"app\"")
    d.sec("  DB_PASS: %s" % yq(p := ctx.pw()), p, "password", "generic")
    d.add("  DB_NAME: \"%s\"" % ctx.slug.replace("-", "_"))
    sm = ctx.uniq(lambda: "projects/%s-%d/secrets/smtp-password/versions/latest" % (ctx.slug.split("-")[0],
                                                                                 ctx.r.randrange(100, 999)))
    d.neg("  SMTP_PASSWORD_SECRET: \"%s\"" % sm, sm, "secret-manager-reference")
    d.add("automatic_scaling:")
    d.add("  max_instances: 3")
    return d


def cmake_user_presets(ctx):
    d = Doc("firmware/CMakeUserPresets.json", fmt="json")
    d.add("{")
    d.add('  "version": 6,')
    d.add('  "configurePresets": [')
    d.add("    {")
    d.add('      "name": "local-release",')
    d.add('      "inherits": "release",')
    d.add('      "environment": {')
    d.sec('        "CONAN_PASSWORD": %s,' % jq(p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    d.add('        "CONAN_LOGIN_USERNAME": "ci-conan",')
    v = ctx.one(["$penv{GITHUB_TOKEN}", "$penv{GH_TOKEN}", "$penv{CONAN_TOKEN}", "$env{GITHUB_TOKEN}"])
    d.neg('        "GITHUB_TOKEN": "%s"' % v, v, "env-reference")
    d.add("      }")
    d.add("    }")
    d.add("  ]")
    d.add("}")
    return d


def sccache_config(ctx):
    d = Doc("home/.config/sccache/config", fmt="toml")
    d.add("# shared compile cache for the build agents")
    d.add("[cache.webdav]")
    d.add('endpoint = "https://cache.%s/sccache"' % ctx.internal)
    d.add('username = "sccache"')
    d.sec('password = "%s"' % (p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    d.add("")
    d.add("[dist]")
    d.add('scheduler_url = "http://%s:10600"' % ctx.host("build"))
    d.add("[dist.auth]")
    d.add('type = "token"')
    d.sec('token = "%s"' % (t := ctx.key_hex(40)), t, "api-key", "generic")
    return d


def nx_json(ctx):
    d = Doc("web/nx.json", fmt="json")
    d.add("{")
    d.add('  "$schema": "./node_modules/nx/schemas/nx-schema.json",')
    d.add('  "targetDefaults": {"build": {"dependsOn": ["^build"], "cache": true}},')
    d.sec('  "nxCloudAccessToken": "%s",' % (t := ctx.prov("nx-cloud")), t, "nx-cloud", "provider")
    d.neg('  "nxCloudId": "%s",' % (i := ctx.uniq(lambda: ctx.hexs(24))), i, "project-identifier")
    d.add('  "defaultBase": "main"')
    d.add("}")
    return d


def develocity_keys(ctx):
    d = Doc("home/.gradle/develocity/keys.properties")
    d.add("# Develocity access keys (written by ./gradlew provisionDevelocityAccessKey)")
    d.sec("develocity.%s=%s" % (ctx.internal, k := ctx.uniq(lambda: ctx.rs(52, "abcdefghijklmnopqrstuvwxyz234567"))),
          k, "develocity-key", "generic")
    return d


def docker_bake(ctx):
    d = Doc("docker-bake.hcl")
    d.add('variable "TAG" {')
    d.add('  default = "latest"')
    d.add("}")
    d.add('variable "NPM_TOKEN" {')
    d.sec('  default = "%s"' % (t := ctx.prov("npm-token")), t, "npm-token", "provider")
    d.add("}")
    d.add('target "web" {')
    d.add('  context = "./web"')
    d.add('  args = { NPM_TOKEN = "${NPM_TOKEN}" }')
    v = ctx.one(["id=npmrc,src=${HOME}/.npmrc", "id=npm,src=./.secrets/npmrc", "id=npmrc,env=NPM_TOKEN",
                 "id=gh,env=GITHUB_TOKEN"])
    d.neg('  secret = ["%s"]' % v, v, "file-reference")
    d.add('  tags = ["registry.%s/web:${TAG}"]' % ctx.internal)
    d.add("}")
    return d


def tea_config(ctx):
    d = Doc("home/.config/tea/config.yml")
    d.add("logins:")
    d.add("- name: %s" % ctx.slug.split("-")[0])
    d.add("  url: https://git.%s" % ctx.internal)
    d.sec("  token: %s" % (t := ctx.key_hex(40)), t, "gitea-token", "generic")
    d.add("  default: true")
    d.add("  ssh_host: git.%s" % ctx.internal)
    d.add("  ssh_key: \"\"")
    d.add("  insecure: false")
    d.add("  user: %s" % ctx.person().handle)
    d.add("preferences:")
    d.add("  editor: false")
    d.add("  flag_defaults:")
    d.add("    remote: \"\"")
    return d


def act_runner(ctx):
    d = Doc("runner/.runner", fmt="json")
    d.add("{")
    d.add('  "WARNING": "This file is automatically generated by act-runner. Do not edit it manually unless you know what you are doing. Removing this file will cause act runner to re-register as a new runner.",')
    d.add('  "id": %d,' % ctx.r.randrange(2, 60))
    d.neg('  "uuid": "%s",' % (u := ctx.uuid()), u, "uuid-identifier")
    d.add('  "name": "%s",' % ctx.host("runner").split(".")[0])
    d.sec('  "token": "%s",' % (t := ctx.key_hex(40)), t, "runner-token", "generic")
    d.add('  "address": "https://git.%s",' % ctx.internal)
    d.add('  "labels": ["ubuntu-22.04:docker://node:20-bookworm"]')
    d.add("}")
    return d


def stripe_cli_config(ctx):
    d = Doc("home/.config/stripe/config.toml", fmt="toml")
    d.add("color = \"\"")
    d.add("")
    d.add("[default]")
    d.add("  device_name = \"%s\"" % ctx.host("ws").split(".")[0])
    d.add("  display_name = \"%s\"" % ctx.org_latin)
    d.sec("  live_mode_api_key = \"%s\"" % (k := ctx.prov("stripe-restricted")), k, "stripe-restricted", "provider")
    d.neg("  live_mode_publishable_key = \"%s\"" % (k := ctx.public("stripe-publishable")), k, "public-by-design")
    d.sec("  test_mode_api_key = \"%s\"" % (k := ctx.uniq(lambda: "rk_test_51" + ctx.rs(97))), k, "stripe-test-key",
          "provider")
    d.add("  test_mode_key_expires_at = \"%s\"" % ctx.ds(2025))
    return d


def init_gradle(ctx):
    d = Doc("home/.gradle/init.d/company-repos.gradle")
    d.add("allprojects {")
    d.add("    repositories {")
    d.add("        maven {")
    d.add("            url 'https://nexus.%s/repository/maven-releases/'" % ctx.internal)
    d.add("            credentials {")
    d.add("                username 'gradle-ci'")
    d.sec("                password '%s'" % (p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    d.add("            }")
    d.add("        }")
    d.add("        maven {")
    d.add("            url 'https://nexus.%s/repository/maven-snapshots/'" % ctx.internal)
    d.add("            credentials {")
    d.add("                username 'gradle-ci'")
    v = "System.getenv('%s')" % ctx.one(["NEXUS_SNAPSHOT_PASSWORD", "NEXUS_PASSWORD", "MAVEN_PASSWORD", "REPO_PASS"])
    d.neg("                password %s" % v, v, "env-reference")
    d.add("            }")
    d.add("        }")
    d.add("    }")
    d.add("}")
    return d


def paket_dependencies(ctx):
    d = Doc("tools/paket.dependencies")
    d.add("source https://api.nuget.org/v3/index.json")
    d.sec('source https://nuget.%s/v3/index.json username: "paket" password: "%s"' % (
        ctx.internal, p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    v = ctx.one(["%FEED_PASS%", "%NUGET_PASSWORD%", "%PRIVATE_FEED_PASS%", "%PAKET_PASS%"])
    d.neg('source https://pkgs.%s/feed/v3/index.json username: "%%FEED_USER%%" password: "%s"' % (ctx.domain, v),
          v, "env-reference")
    d.add("")
    d.add("framework: net8.0")
    d.add("nuget FSharp.Core")
    d.add("nuget Dapper ~> 2.1")
    return d


def uv_toml(ctx):
    d = Doc("uv.toml", fmt="toml")
    d.add("[[index]]")
    d.add('name = "internal"')
    d.sec('url = "https://__token__:%s@pypi.%s/simple"' % (t := ctx.api_key(32), ctx.internal), t, "api-key",
          "generic")
    d.add("default = false")
    d.add("")
    d.add("[[index]]")
    nm = ctx.one(["mirror", "proxy", "cache", "upstream"])
    d.add('name = "%s"' % nm)
    d.add('url = "https://%s.%s/pypi/simple"' % (nm, ctx.internal))
    v = "UV_INDEX_%s_PASSWORD" % nm.upper()
    d.neg("# credentials for the %s come from %s" % (nm, v), v, "env-reference")
    return d


def signtool_cmd(ctx):
    d = Doc("build/sign_release.cmd", crlf=True)
    d.add("@echo off")
    d.add("REM sign the installer before upload")
    d.sec('signtool sign /f "%%~dp0codesign.pfx" /p "%s" /fd sha256 /tr http://timestamp.digicert.com /td sha256 dist\\setup.exe'
          % (p := ctx.pw(sym=BAT_SYM)), p, "password", "generic")
    d.neg("REM old cert thumbprint: %s" % (t := ctx.uniq(lambda: ctx.hexs(40).upper())), t, "certificate-thumbprint")
    d.add("signtool verify /pa dist\\setup.exe")
    return d


def datadog_yaml(ctx):
    d = Doc("etc/datadog-agent/datadog.yaml")
    ctx.neg_once(d, "## @param api_key - string - required: <DATADOG_API_KEY>", "<DATADOG_API_KEY>", "placeholder")
    d.sec("api_key: %s" % (k := ctx.key_hex(32)), k, "datadog-api-key", "generic")
    d.add("site: datadoghq.eu")
    d.add("hostname: %s" % ctx.host("app"))
    d.add("logs_enabled: true")
    d.add("tags:")
    d.add("  - env:prod")
    d.add("  - org:%s" % ctx.slug)
    return d


def loggly_rsyslog(ctx):
    d = Doc("etc/rsyslog.d/22-loggly.conf")
    d.add("# Setup disk assisted queues")
    d.add("$WorkDirectory /var/spool/rsyslog")
    d.add("$ActionQueueFileName fwdRule1")
    d.add("$ActionQueueMaxDiskSpace 1g")
    d.add("$ActionQueueSaveOnShutdown on")
    d.add("$ActionQueueType LinkedList")
    d.add("$ActionResumeRetryCount -1")
    d.sec('template(name="LogglyFormat" type="string" string="<%%pri%%>%%protocol-version%% %%timestamp:::date-rfc3339%% %%HOSTNAME%% %%app-name%% %%procid%% %%msgid%% [%s@41058 tag=\\"%s\\"] %%msg%%\\n")'
          % (t := ctx.uuid(), ctx.slug), t, "loggly-token", "generic")
    d.add('action(type="omfwd" protocol="tcp" target="logs-01.loggly.com" port="514" template="LogglyFormat")')
    return d


def upctl_config(ctx):
    d = Doc("home/.config/upctl.yaml")
    d.add("username: %s" % ctx.person().handle.replace(".", "_"))
    d.sec("password: %s" % yq(p := ctx.pw()), p, "password", "generic")
    d.add("output: human")
    d.add("zone: de-fra1")
    return d


def civo_json(ctx):
    d = Doc("home/.civo.json", fmt="json")
    d.add("{")
    d.add('  "apikeys": {')
    d.sec('    "%s": "%s"' % (ctx.slug.split("-")[0], k := ctx.api_key(50)), k, "api-key", "generic")
    d.add("  },")
    d.add('  "meta": {')
    d.add('    "admin": false,')
    d.add('    "current_apikey": "%s",' % ctx.slug.split("-")[0])
    d.add('    "default_region": "LON1",')
    d.add('    "latest_release_check": "%sT09:12:44Z",' % ctx.ds(2025))
    d.add('    "url": "https://api.civo.com"')
    d.add("  }")
    d.add("}")
    return d


KINDS = [http_client_env, sqltools_settings, azure_functions_settings, gae_app_yaml, cmake_user_presets,
         sccache_config, nx_json, develocity_keys, docker_bake, tea_config, act_runner, stripe_cli_config,
         init_gradle, paket_dependencies, uv_toml, signtool_cmd, datadog_yaml, loggly_rsyslog, upctl_config,
         civo_json]
