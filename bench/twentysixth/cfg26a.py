"""Tool and config kinds, part A: databases, data and analytics tools, self-hosted web apps."""

from core26 import Doc, yq
from ctx26 import BAT_SYM


def exaplus_script(ctx):
    d = Doc("scripts/exasol_nightly_export.sh")
    host = ctx.host("exa")
    d.extend(["#!/usr/bin/env bash", "# nightly export from the Exasol warehouse to the reporting share", "set -euo pipefail",
              ""])
    ctx.neg_once(d, "# demo VM from the Exasol docs logs in as sys/exasol; production is different", "exasol",
                 "documented-default")
    d.sec("EXA_PASS='%s'" % (p := ctx.pw(sym="-_.!#%+=@")), p, "password", "generic")
    d.add('exaplus -c %s:8563 -u etl_export -p "$EXA_PASS" -f /opt/etl/sql/export_%s.sql -q' % (
        host, ctx.r.choice(["lots", "sales", "stock"])))
    d.add("rsync -a /data/export/ %s:/srv/reports/" % ctx.host("nas"))
    return d


def tabcmd_bat(ctx):
    d = Doc("tableau/refresh_extracts.bat", crlf=True)
    d.extend(["@echo off", "REM refresh the production extracts after the ERP load", "setlocal"])
    d.sec('tabcmd login -s https://tableau.%s -t %s -u svc_refresh -p "%s"' % (
        ctx.domain, ctx.slug.split("-")[0], p := ctx.pw(sym=BAT_SYM)), p, "password", "generic")
    d.add('tabcmd refreshextracts --datasource "%s" --synchronous' % ctx.r.choice(["Lots", "Daily Output", "Sales"]))
    v = ctx.one(["%USERPROFILE%\\tabcmd_test.pw", "%APPDATA%\\tableau\\test.pw", "C:\\secure\\tabcmd-test.pw",
                 "%USERPROFILE%\\.tab\\pw.txt"])
    d.neg('REM the test site logs in with --password-file "%s"' % v, v, "file-reference")
    d.add("tabcmd logout")
    return d


def singlestore_pipeline(ctx):
    d = Doc("sql/pipelines/ingest_%s.sql" % ctx.r.choice(["scale", "lab", "orders"]))
    a, b = ctx.prov_pair("aws-key-pair")
    bucket = ctx.domain.split(".")[0] + "-landing"
    d.add("-- SingleStore pipeline: S3 landing bucket -> raw table")
    d.add("CREATE OR REPLACE PIPELINE raw_events_s3 AS")
    d.add("  LOAD DATA S3 '%s/events/'" % bucket)
    d.add("  CONFIG '{\"region\": \"eu-central-1\"}'")
    line = "  CREDENTIALS '{\"aws_access_key_id\": \"%s\", \"aws_secret_access_key\": \"%s\"}'" % (a, b)
    d.sec(line, b, "aws-key-pair", "provider", anchors_inline=a)
    d.add("  INTO TABLE raw_events FORMAT JSON;")
    d.add("")
    d.add("CREATE OR REPLACE PIPELINE archive_s3 AS")
    d.add("  LOAD DATA S3 '%s/archive/'" % bucket)
    arn = ctx.uniq(lambda: "arn:aws:iam::%012d:role/singlestore-archive" % ctx.r.randrange(10 ** 11, 10 ** 12))
    d.neg("  CREDENTIALS '{\"role_arn\": \"%s\"}'" % arn, arn, "role-arn")
    d.add("  INTO TABLE archive_events FORMAT JSON;")
    return d


def tigergraph_gsql(ctx):
    d = Doc("graph/load_supply_graph.sh")
    d.extend(["#!/bin/bash", "# load the supplier/lot graph into TigerGraph", ""])
    ctx.neg_once(d, "# fresh installs ship with tigergraph/tigergraph - changed on go-live", "tigergraph",
                 "documented-default")
    d.sec("gsql -u loader -p '%s' -g SupplyGraph 'RUN LOADING JOB load_lots'" % (p := ctx.pw(sym="-_.!#%+=@")), p,
          "password", "generic")
    d.add("gadmin status gsql")
    return d


def dolt_config(ctx):
    d = Doc("dolt/config.yaml")
    d.add("log_level: info")
    d.add("behavior:")
    d.add("  read_only: false")
    d.add("  autocommit: true")
    d.add("user:")
    d.add("  name: %s" % ctx.r.choice(["root", "dolt_admin", "recipes"]))
    d.sec("  password: %s" % yq(p := ctx.pw()), p, "password", "generic")
    d.add("listener:")
    d.add("  host: 0.0.0.0")
    d.add("  port: 3306")
    d.add("  max_connections: 100")
    d.add("remotesapi:")
    d.add("  port: 50051")
    return d


def sqlmesh_config(ctx):
    d = Doc("analytics/sqlmesh/config.yaml")
    d.add("gateways:")
    d.add("  prod:")
    d.add("    connection:")
    d.add("      type: postgres")
    d.add("      host: %s" % ctx.host("pg"))
    d.add("      user: sqlmesh")
    d.sec("      password: %s" % yq(p := ctx.pw()), p, "password", "generic")
    d.add("      database: warehouse")
    d.add("  local:")
    d.add("    connection:")
    d.add("      type: postgres")
    d.add("      host: localhost")
    d.add("      user: sqlmesh")
    v = "{{ env_var('%s') }}" % ctx.one(["SQLMESH_PG_PASSWORD", "PG_PASSWORD", "LOCAL_PG_PASSWORD", "SQLMESH_LOCAL_PW"])
    d.neg('      password: "%s"' % v, v, "template-reference")
    d.add("default_gateway: prod")
    d.add("model_defaults:")
    d.add("  dialect: postgres")
    return d


def feast_store(ctx):
    d = Doc("ml/feature_repo/feature_store.yaml")
    d.add("project: %s" % ctx.slug.replace("-", "_"))
    d.add("registry: s3://%s-feast/registry.db" % ctx.domain.split(".")[0])
    d.add("provider: local")
    d.add("online_store:")
    d.add("  type: redis")
    d.sec("  connection_string: \"%s:6379,password=%s,ssl=true\"" % (ctx.host("redis"), p := ctx.pw(sym="-_.!*#")),
          p, "connection-string", "generic")
    d.add("offline_store:")
    d.add("  type: snowflake.offline")
    d.add("  account: %s-%s" % (ctx.rs(7, "abcdefghijklmnopqrstuvwxyz"), ctx.rs(7, "abcdefghijklmnopqrstuvwxyz")))
    d.add("  user: FEAST_SVC")
    v = ctx.one(["${SNOWFLAKE_PASSWORD}", "${SF_PASSWORD}", "${FEAST_SNOWFLAKE_PASSWORD}", "${SNOWFLAKE_PW}"])
    d.neg("  password: %s" % v, v, "env-reference")
    d.add("  database: FEATURES")
    d.add("entity_key_serialization_version: 2")
    return d


def lakectl(ctx):
    d = Doc("home/.lakectl.yaml")
    kid = "AKIAJ" + ctx.uniq(lambda: ctx.rs(15, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
    sec = ctx.uniq(lambda: ctx.rs(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    d.add("credentials:")
    d.pair(["  access_key_id: %s" % kid, "  secret_access_key: %s" % sec], 0, 1, kid, sec, "lakefs-key-pair",
           group="generic")
    d.add("server:")
    d.add("  endpoint_url: https://lakefs.%s/api/v1" % ctx.internal)
    d.add("metastore:")
    d.add("  glue:")
    d.add("    catalog_id: \"\"")
    return d


def drizzle_turso(ctx):
    d = Doc("web/drizzle.config.ts")
    db = ctx.r.choice(["orders", "bookings", "inventory", "donors"])
    d.add('import { defineConfig } from "drizzle-kit";')
    d.add("")
    d.add("export default defineConfig({")
    d.add('  schema: "./src/db/schema.ts",')
    d.add('  out: "./drizzle",')
    d.add('  dialect: "turso",')
    d.add("  dbCredentials: {")
    d.add('    url: "libsql://%s-%s.turso.io",' % (db, ctx.domain.split(".")[0].replace("-", "")))
    d.sec('    authToken: "%s",' % (t := ctx.prov("turso-jwt")), t, "turso-jwt", "provider", role="code")
    d.add("  },")
    d.add("});")
    e = Doc("web/drizzle.preview.config.ts")
    e.add('import { defineConfig } from "drizzle-kit";')
    e.add("export default defineConfig({")
    e.add('  schema: "./src/db/schema.ts",')
    e.add('  dialect: "turso",')
    e.add("  dbCredentials: {")
    e.add("    url: process.env.TURSO_PREVIEW_URL!,")
    v = ctx.one(["process.env.TURSO_PREVIEW_TOKEN", "process.env.TURSO_AUTH_TOKEN", "process.env.DATABASE_AUTH_TOKEN",
                 "process.env.LIBSQL_AUTH_TOKEN"])
    e.neg("    authToken: %s," % v, v, "env-reference", role="code")
    e.add("  },")
    e.add("});")
    return [d, e]


def jupyter_server_config(ctx):
    d = Doc("lab-server/jupyter_server_config.py")
    d.add("# shared JupyterLab on the analysis box")
    d.add("c = get_config()  # noqa")
    d.add("c.ServerApp.ip = '0.0.0.0'")
    d.add("c.ServerApp.port = 8888")
    d.add("c.ServerApp.open_browser = False")
    d.sec("c.IdentityProvider.token = '%s'" % (t := ctx.key_hex(48)), t, "jupyter-token", "generic")
    salt = ctx.rs(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    h = ctx.uniq(lambda: "argon2:$argon2id$v=19$m=10240,t=10,p=8$%s$%s" % (
        salt, ctx.rs(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")))
    d.neg("# c.PasswordIdentityProvider.hashed_password = '%s'" % h, h, "argon2-hash")
    d.add("c.ServerApp.root_dir = '/srv/notebooks'")
    return d


def openbravo_properties(ctx):
    d = Doc("erp/config/Openbravo.properties")
    d.add("# Openbravo ERP - production")
    d.add("bbdd.rdbms=POSTGRE")
    d.add("bbdd.driver=org.postgresql.Driver")
    d.add("bbdd.url=jdbc:postgresql://%s:5432" % ctx.host("erpdb"))
    d.add("bbdd.sid=openbravo")
    d.add("bbdd.systemUser=postgres")
    d.sec("bbdd.systemPassword=%s" % (p := ctx.pw()), p, "password", "generic")
    d.add("bbdd.user=tad")
    d.sec("bbdd.password=%s" % (p := ctx.pw()), p, "password", "generic")
    ctx.neg_once(d, "#bbdd.password=@bbdd.password@", "@bbdd.password@", "template-placeholder")
    d.add("context.name=openbravo")
    return d


def fineract_env(ctx):
    d = Doc("credit/fineract.env")
    d.add("# Apache Fineract for the outgrower / member loans")
    d.add("FINERACT_HIKARI_DRIVER_SOURCE_CLASS_NAME=org.mariadb.jdbc.Driver")
    d.add("FINERACT_HIKARI_JDBC_URL=jdbc:mariadb://%s:3306/fineract_tenants" % ctx.host("db"))
    d.add("FINERACT_HIKARI_USERNAME=fineract")
    d.sec("FINERACT_HIKARI_PASSWORD=%s" % (p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    d.add("FINERACT_DEFAULT_TENANTDB_HOSTNAME=%s" % ctx.host("db"))
    d.sec("FINERACT_DEFAULT_TENANTDB_PWD=%s" % (p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    v = ctx.one(["${FINERACT_MASTER_PW:?set in vault}", "${FINERACT_DEFAULT_MASTER_PASSWORD}", "${MASTER_PASSWORD:?missing}",
                 "${FINERACT_MASTER_PASSWORD:?}"])
    d.neg("FINERACT_DEFAULT_MASTER_PASSWORD=%s" % v, v, "env-reference")
    d.add("FINERACT_SERVER_PORT=8443")
    return d


def collectiveaccess_setup(ctx):
    d = Doc("collections/setup.php")
    d.add("<?php")
    d.add("# CollectiveAccess Providence setup (conservation records)")
    d.add('define("__CA_DB_HOST__", "%s");' % ctx.host("mysql"))
    d.add('define("__CA_DB_USER__", "ca_app");')
    d.sec('define("__CA_DB_PASSWORD__", "%s");' % (p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    d.add('define("__CA_DB_DATABASE__", "providence");')
    d.add('define("__CA_APP_DISPLAY_NAME__", "%s");' % ctx.org_latin)
    d.add('define("__CA_SMTP_SERVER__", "smtp.%s");' % ctx.domain)
    d.add('define("__CA_SMTP_USER__", "ca-notify@%s");' % ctx.domain)
    d.sec('define("__CA_SMTP_PASSWORD__", "%s");' % (p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    v = ctx.one(["your-smtp-password", "<smtp password>", "CHANGEME", "xxxxxxxxxxxx"])
    d.neg('# define("__CA_SMTP_PASSWORD__", "%s");' % v, v, "placeholder")
    return d


def arches_settings(ctx):
    d = Doc("heritage/arches_project/settings_local.py")
    d.add("from .settings import *  # noqa")
    d.add("")
    d.sec('SECRET_KEY = "%s"' % (k := ctx.uniq(lambda: ctx.rs(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)"))),
          k, "django-secret-key", "generic", role="code")
    d.add("DATABASES = {")
    d.add('    "default": {')
    d.add('        "ENGINE": "django.contrib.gis.db.backends.postgis",')
    d.add('        "HOST": "%s",' % ctx.host("postgis"))
    d.add('        "NAME": "arches",')
    d.add('        "USER": "arches",')
    d.sec('        "PASSWORD": "%s",' % (p := ctx.pw(sym="-_.!*#")), p, "password", "generic", role="code")
    d.add("    }")
    d.add("}")
    d.neg('MAPBOX_API_KEY = "%s"' % (m := ctx.public("mapbox-public")), m, "public-by-design", role="code")
    return d


def sendy_config(ctx):
    d = Doc("newsletter/includes/config.php")
    d.add("<?php")
    d.add("\t//----------------------------------------------------------------------------------//")
    d.add("\t//                               COMPULSORY SETTINGS")
    d.add("\t//----------------------------------------------------------------------------------//")
    d.add("\tdefine('APP_PATH', 'https://news.%s');" % ctx.domain)
    d.add("\t$dbHost = '%s';" % ctx.host("mysql"))
    d.add("\t$dbUser = 'sendy';")
    d.sec("\t$dbPass = '%s';" % (p := ctx.pw(sym="-_.!*#")), p, "password", "generic", role="code")
    ctx.neg_once(d, "\t//$dbPass = 'database_password'; //MySQL password (example from the install guide)",
                 "database_password", "placeholder", role="code")
    d.add("\t$dbName = 'sendy';")
    d.add("\t$charset = 'utf8mb4';")
    return d


def rsconnect_deploy(ctx):
    d = Doc("reports/deploy_dashboard.R")
    acct = ctx.slug.split("-")[0] + "-" + ctx.rs(4, "abcdefghijklmnopqrstuvwxyz")
    tok = ctx.uniq(lambda: ctx.rs(32, "0123456789ABCDEF"))
    sec = ctx.uniq(lambda: ctx.rs(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"))
    d.add("library(rsconnect)")
    d.add("")
    d.add("# shinyapps.io account for the public dashboard")
    d.add("rsconnect::setAccountInfo(name = \"%s\"," % acct)
    d.pair(["                          token = \"%s\"," % tok, "                          secret = \"%s\")" % sec],
           0, 1, tok, sec, "shinyapps-token-pair", group="generic", role="code")
    d.add("rsconnect::deployApp(appDir = \"dashboard\", appName = \"%s\", forceUpdate = TRUE)" % ctx.r.choice(
        ["daily-output", "lot-tracker", "season-summary"]))
    return d


KINDS = [exaplus_script, tabcmd_bat, singlestore_pipeline, tigergraph_gsql, dolt_config, sqlmesh_config,
         feast_store, lakectl, drizzle_turso, jupyter_server_config, openbravo_properties, fineract_env,
         collectiveaccess_setup, arches_settings, sendy_config, rsconnect_deploy]
