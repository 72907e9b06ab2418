"""Tool / product kinds 1-25 (thirty-eighth corpus). Each builder returns a list of Docs."""
import base64
import string

import prov38 as P
from core38 import ALNUM, B64, B64URL, LOWER_ALNUM, UPPER_ALNUM, b64, b64u, rbytes, rhex, rs, ruuid


def timescale(c):
    d = c.D("deploy/timescale.env", jit="hash")
    pw = c.pw("strong")
    svc, proj = rs(c.r, LOWER_ALNUM, 10), rs(c.r, LOWER_ALNUM, 10)
    uri = "postgres://tsdbadmin:%s@%s.%s.tsdb.cloud.timescale.com:3%04d/tsdb?sslmode=require" % (
        pw, svc, proj, c.r.randrange(10000))
    d.text = c.jit("hash") + ("# Timescale Cloud service %s (%s)\nTIMESCALE_SERVICE_URL=%s\n"
                              "# read replica, resolved at deploy time\nTIMESCALE_REPLICA_URL=%s\nPGAPPNAME=%s-ingest\n") % (
        svc, c.sys(), d.s(uri, "timescale-service-url", secret_part=pw), d.neg("${TIMESCALE_REPLICA_URL}", "env-reference"),
        c.slug)
    return [d]


def yugabyte(c):
    d = c.D("services/ledger/src/main/resources/application.properties")
    pw = c.pw()
    host = "yb-tserver-%d.%s" % (c.r.randrange(3), c.dom)
    d.text = c.jit("hash") + (
        "spring.datasource.url=jdbc:yugabytedb://%s:5433/yugabyte?load-balance=true\n"
        "spring.datasource.driver-class-name=com.yugabyte.Driver\n"
        "spring.datasource.username=%s_app\n"
        "spring.datasource.password=%s\n"
        "spring.datasource.hikari.maximum-pool-size=8\n"
        "# local yugabyted only: the documented default superuser password is\n"
        "#spring.datasource.password=%s\n") % (host, c.slug, d.s(pw, "yugabytedb-password"),
                                            d.neg("yugabyte", "vendor-default", cite="YugabyteDB docs: default user yugabyte / password yugabyte"))
    return [d]


def saltstack(c):
    d = c.D("salt/pillar/%s/db.sls" % c.slug)
    pw = c.pw()
    armored = "\n".join(["      -----BEGIN PGP MESSAGE-----", "", *["      " + rs(c.r, B64, 64) for _ in range(4)],
                         "      =" + rs(c.r, B64, 4), "      -----END PGP MESSAGE-----"])
    d.text = c.jit("hash") + "#!yaml|gpg\n\nmysql:\n  host: db1.%s\n  user: %s\n  pass: '%s'\n\nbackup:\n  # encrypted with the salt-master's GPG key\n  passphrase: |\n%s\n" % (
        c.dom, c.slug, d.s(pw, "salt-pillar-password"), d.neg(armored, "gpg-encrypted"))
    return [d]


def istio(c):
    k = c.key("rsa")
    a = c.D("mesh/istio/cacerts/ca-key.pem")
    a.text = a.s(k.pem_pkcs1(), "private-key", key_check="rsa:pkcs1")
    b = c.D("mesh/istio/cacerts/ca-cert.pem")
    b.text = b.neg(c.cert(k, "Istio intermediate CA"), "certificate", key_check="x509")
    s = c.D("mesh/istio/cacerts/install.sh")
    s.text = c.jit("hash") + ("#!/bin/sh\n# plug-in CA for istiod\nkubectl create secret generic cacerts -n istio-system \\\n"
                              "  --from-file=ca-cert.pem --from-file=ca-key.pem \\\n  --from-file=root-cert.pem --from-file=cert-chain.pem\n")
    return [a, b, s]


def linkerd(c):
    k = c.key("p256")
    a = c.D("mesh/linkerd/issuer.key")
    a.text = a.s(k.pem_sec1(), "private-key", key_check="p256:sec1")
    anchor = c.key("p256")
    b = c.D("mesh/linkerd/ca.crt")
    b.text = b.neg(c.cert(anchor, "root.linkerd.cluster.local"), "certificate", key_check="x509")
    s = c.D("mesh/linkerd/install.sh")
    s.text = c.jit("hash") + ("#!/bin/sh\nset -eu\nlinkerd install --crds | kubectl apply -f -\n"
                              "linkerd install \\\n  --identity-trust-anchors-file ca.crt \\\n"
                              "  --identity-issuer-certificate-file issuer.crt \\\n  --identity-issuer-key-file issuer.key \\\n"
                              "  | kubectl apply -f -\n")
    return [a, b, s]


def frrouting(c):
    d = c.D("network/frr/frr.conf")
    bgp = c.f(lambda r: rs(r, ALNUM, 16))
    md5 = c.f(lambda r: rs(r, ALNUM, 12))
    asn, net = c.r.randrange(10, 99), c.r.randrange(10, 250)
    d.text = ("frr version 8.4\nfrr defaults traditional\nhostname edge-%s\n! left from the sample file\npassword %s\n"
              "service integrated-vtysh-config\n!\ninterface eth1\n ip ospf authentication message-digest\n"
              " ip ospf message-digest-key 1 md5 %s\n!\nrouter bgp 650%02d\n neighbor 10.%d.0.1 remote-as 650%02d\n"
              " neighbor 10.%d.0.1 password %s\n!\nline vty\n!\n") % (
        c.slug, d.neg("zebra", "vendor-default", cite="FRR zebra.conf.sample: password zebra"), d.s(md5, "ospf-md5-key"),
        asn, net, asn + 1, net, d.s(bgp, "bgp-neighbor-password"))
    return [d]


def bunkerweb(c):
    d = c.D("edge/bunkerweb/variables.env")
    site = "6L" + rs(c.r, B64URL, 38)
    sec = c.f(lambda r: "6L" + rs(r, B64URL, 38))
    d.text = c.jit("hash") + ("SERVER_NAME=shop.%s\nUSE_ANTIBOT=recaptcha\nANTIBOT_RECAPTCHA_SITEKEY=%s\n"
                              "ANTIBOT_RECAPTCHA_SECRET=%s\nUSE_UI=yes\nADMIN_USERNAME=%s\nADMIN_PASSWORD=%s\n") % (
        c.dom, d.neg(site, "recaptcha-site-key"), d.s(sec, "recaptcha-secret"), c.who(), d.s(c.pw("strong"), "bunkerweb-admin-password"))
    return [d]


def lightstep(c):
    d = c.D("otel/collector-lightstep.yaml")
    tok = c.f(lambda r: rs(r, B64, 82) + "==")
    d.text = c.jit("hash") + ("exporters:\n  otlp/lightstep:\n    endpoint: ingest.lightstep.com:443\n    headers:\n"
                              "      \"lightstep-access-token\": \"%s\"\n  otlp/lightstep-staging:\n    endpoint: ingest.lightstep.com:443\n"
                              "    headers:\n      \"lightstep-access-token\": \"%s\"\nservice:\n  pipelines:\n    traces:\n"
                              "      receivers: [otlp]\n      exporters: [otlp/lightstep]\n") % (
        d.s(tok, "lightstep-access-token"), d.neg("${env:LS_STAGING_TOKEN}", "env-reference"))
    return [d]


def coralogix(c):
    d = c.D("logging/fluent-bit.conf")
    key = c.f(lambda r: "cxtp_" + rs(r, ALNUM, 30))
    d.text = c.jit("hash") + ("[OUTPUT]\n    Name        http\n    Match       app.*\n    Host        ingress.eu2.coralogix.com\n"
                              "    Port        443\n    URI         /logs/v1/singles\n    Format      json_lines\n    TLS         On\n"
                              "    Header      Authorization Bearer %s\n    Header      cx-application-name %s\n\n"
                              "[OUTPUT]\n    Name        http\n    Match       audit.*\n    Host        ingress.eu2.coralogix.com\n"
                              "    Header      Authorization Bearer %s\n") % (
        d.s(key, "coralogix-send-your-data-key"), c.slug, d.neg("${CORALOGIX_AUDIT_KEY}", "env-reference"))
    return [d]


def checkly(c):
    d = c.D("monitoring/checkly/.env")
    d.text = c.jit("hash") + "CHECKLY_API_KEY=%s\nCHECKLY_ACCOUNT_ID=%s\n" % (
        d.s(c.f(lambda r: "cu_" + rhex(r, 32)), "checkly-api-key"), d.neg(ruuid(c.r), "account-id"))
    return [d]


def pingdom(c):
    d = c.D("scripts/pingdom_checks.py")
    tok = c.f(lambda r: rs(r, ALNUM + "-_", 64))
    d.text = c.jit("hash") + ('import requests\n\nAPI = "https://api.pingdom.com/api/3.1"\n'
                              'HEADERS = {"Authorization": "Bearer %s"}\n\n'
                              '# last run: X-Request-Id %s\n'
                              'def checks():\n    return requests.get(API + "/checks", headers=HEADERS, timeout=10).json()["checks"]\n') % (
        d.s(tok, "pingdom-api-token"), d.neg(ruuid(c.r), "request-id"))
    return [d]


def statuscake(c):
    d = c.D("terraform/monitoring/statuscake.tf")
    tok = c.f(lambda r: rs(r, ALNUM, 30))
    d.text = c.jit("hash") + ('provider "statuscake" {\n  api_token = "%s"\n}\n\nprovider "statuscake" {\n  alias     = "staging"\n'
                              '  api_token = %s\n}\n\nresource "statuscake_uptime_check" "shop" {\n  name           = "%s shop"\n'
                              '  check_interval = 300\n  http_check {\n    timeout = 20\n  }\n  monitored_resource {\n    address = "https://shop.%s"\n  }\n}\n') % (
        d.s(tok, "statuscake-api-token"), d.neg("var.statuscake_staging_token", "secret-reference"), c.slug, c.dom)
    return [d]


def hotjar(c):
    d = c.D("analytics/hotjar.env")
    cid = rs(c.r, LOWER_ALNUM, 24)
    d.text = c.jit("hash") + "# Hotjar API (OAuth client credentials)\nHOTJAR_CLIENT_ID=%s\nHOTJAR_CLIENT_SECRET=%s\n# tracking code site ID, public in every page\nHOTJAR_SITE_ID=%s\n" % (
        d.pid(cid, "hj"), d.s(c.f(lambda r: rs(r, ALNUM, 40)), "hotjar-client-secret", pair="hj"),
        d.neg(str(c.r.randrange(1000000, 5999999)), "public-site-id"))
    return [d]


def fullstory(c):
    a = c.D("server/fullstory.env")
    key = c.f(lambda r: "na1." + b64(rbytes(r, 45)))
    a.text = c.jit("hash") + "FULLSTORY_API_KEY=%s\nFULLSTORY_REGION=na1\n" % a.s(key, "fullstory-api-key")
    b = c.D("web/partials/fullstory.html")
    org = "o-%s-na1" % rs(c.r, UPPER_ALNUM, 6)
    b.text = ("<script>\nwindow['_fs_host'] = 'fullstory.com';\nwindow['_fs_script'] = 'edge.fullstory.com/s/fs.js';\n"
              "window['_fs_org'] = '%s';\nwindow['_fs_namespace'] = 'FS';\n</script>\n") % b.neg(org, "public-org-id")
    return [a, b]


def rudderstack(c):
    a = c.D("web/src/rudder.config.js")
    wk = rs(c.r, ALNUM, 27)
    a.text = c.jit("slash") + ("// the write key ships to every browser; it only allows sending events\n"
                               "export const RUDDER_WRITE_KEY = '%s';\nexport const DATA_PLANE_URL = 'https://%s-dataplane.rudderstack.com';\n") % (
        a.neg(wk, "public-write-key"), c.slug)
    b = c.D("ops/rudderstack.env")
    b.text = "RUDDERSTACK_WORKSPACE=%s\nRUDDERSTACK_ACCESS_TOKEN=%s\n" % (c.slug, b.s(c.f(lambda r: rs(r, ALNUM, 32)), "rudderstack-access-token"))
    return [a, b]


def snowplow(c):
    d = c.D("pipeline/iglu-server/config.hocon")
    d.text = c.jit("hash") + ('{\n  repoServer {\n    interface = "0.0.0.0"\n    port = 8080\n  }\n  database {\n    type = "postgres"\n'
                              '    host = "iglu-db.%s"\n    dbname = "igludb"\n    username = "iglu"\n    password = "%s"\n  }\n'
                              '  superApiKey = "%s"\n  resolver {\n    apikey = ${?IGLU_RESOLVER_KEY}\n  }\n}\n') % (
        c.dom, d.s(c.pw(), "iglu-db-password"), d.s(c.f(lambda r: ruuid(r)), "iglu-super-api-key"))
    return [d]


def looker(c):
    d = c.D("bi/looker.ini")
    cid = rs(c.r, ALNUM, 20)
    d.text = c.jit("ini") + ("[Looker]\nbase_url=https://%s.cloud.looker.com\nclient_id=%s\nclient_secret=%s\nverify_ssl=True\n\n"
                             "[Looker-staging]\nbase_url=https://%s-staging.cloud.looker.com\nclient_id=%s\nclient_secret=%s\n") % (
        c.slug, d.pid(cid, "lk"), d.s(c.f(lambda r: rs(r, ALNUM, 24)), "looker-client-secret", pair="lk"),
        c.slug, rs(c.r, ALNUM, 20), d.neg("<set LOOKERSDK_CLIENT_SECRET>", "placeholder"))
    return [d]


def prismic(c):
    d = c.D("site/.env.local")
    tok = c.f(lambda r: "MC5" + b64u(rbytes(r, 18)) + "." + rs(r, B64URL, 40))
    d.text = c.jit("hash") + ("PRISMIC_REPOSITORY=%s-site\nPRISMIC_ACCESS_TOKEN=%s\n# home page document, used by the preview route\n"
                              "PRISMIC_HOME_DOC=%s\n") % (c.slug, d.s(tok, "prismic-access-token"), d.neg(rs(c.r, ALNUM, 16), "document-id"))
    return [d]


def datocms(c):
    d = c.D("site/datocms.env")
    d.text = c.jit("hash") + "DATOCMS_READONLY_TOKEN=%s\nDATOCMS_CMA_TOKEN=%s\nDATOCMS_PRODUCT_MODEL_ID=%s\n" % (
        d.s(c.f(lambda r: rhex(r, 30)), "datocms-api-token"), d.s(c.f(lambda r: rhex(r, 30)), "datocms-api-token"),
        d.neg(rs(c.r, B64URL, 22), "model-id"))
    return [d]


def hygraph(c):
    d = c.D("storefront/.env.production")
    proj = rs(c.r, LOWER_ALNUM, 25)
    h = b64u(b'{"alg":"RS256","typ":"JWT","kid":"gcms-main-production"}')
    p = b64u(('{"version":3,"iat":%d,"aud":["https://api-eu-central-1.hygraph.com/v2/%s/master"],"iss":"https://management.hygraph.com/","sub":"%s"}'
              % (1700000000 + c.r.randrange(10 ** 7), proj, ruuid(c.r))).encode())
    tok = c.f(lambda r: h + "." + p + "." + b64u(rbytes(r, 256)))
    d.text = c.jit("hash") + "HYGRAPH_PROJECT=%s\nHYGRAPH_ENDPOINT=https://eu-central-1-shared-euc1-02.cdn.hygraph.com/content/%s/master\nHYGRAPH_TOKEN=%s\n" % (
        d.neg(proj, "project-id"), proj, d.s(tok, "hygraph-permanent-auth-token"))
    return [d]


def builderio(c):
    d = c.D("storefront/builder.env")
    d.text = c.jit("hash") + "# public API key: sent to the browser by design\nNEXT_PUBLIC_BUILDER_API_KEY=%s\nBUILDER_PRIVATE_KEY=%s\n" % (
        d.neg(rhex(c.r, 32), "builder-public-api-key"), d.s(c.f(lambda r: "bpk-" + rhex(r, 32)), "builder-private-key"))
    return [d]


def binance(c):
    d = c.D("bots/binance_rebalance.py")
    k = c.f(lambda r: rs(r, ALNUM, 64))
    d.text = c.jit("hash") + ('import os\nfrom binance.client import Client\n\napi_key = "%s"\napi_secret = "%s"\n'
                              'testnet_key = os.environ["BINANCE_TESTNET_KEY"]\n\nclient = Client(api_key, api_secret)\n'
                              'print(client.get_asset_balance(asset="USDT"))\n') % (
        d.pid(k, "bn"), d.s(c.f(lambda r: rs(r, ALNUM, 64)), "binance-api-secret", pair="bn"))
    d.text = d.text.replace('os.environ["BINANCE_TESTNET_KEY"]', d.neg('os.environ["BINANCE_TESTNET_KEY"]', "env-lookup"))
    return [d]


def alpaca(c):
    d = c.D("trading/alpaca.env")
    kid = c.f(lambda r: "AK" + rs(r, UPPER_ALNUM, 18))
    d.text = c.jit("hash") + "APCA_API_BASE_URL=https://api.alpaca.markets\nAPCA_API_KEY_ID=%s\nAPCA_API_SECRET_KEY=%s\nAPCA_ACCOUNT_NUMBER=%s\n" % (
        d.pid(kid, "ap"), d.s(c.f(lambda r: rs(r, ALNUM, 40)), "alpaca-api-secret", pair="ap"),
        d.neg("PA3" + rs(c.r, UPPER_ALNUM, 9), "account-id"))
    return [d]


def polygon(c):
    d = c.D("scripts/fetch_aggs.sh")
    key = c.f(lambda r: rs(r, ALNUM + "_", 32))
    d.text = c.jit("hash") + ('#!/bin/sh\n# daily bars for the hedge sheet\ncurl -s "https://api.polygon.io/v2/aggs/ticker/C:USDINR/range/1/day/2024-01-09/2024-02-10?adjusted=true&apiKey=%s" \\\n'
                              '  -o aggs.json\n# last response: "request_id":"%s"\n') % (d.s(key, "polygon-api-key"), d.neg(rhex(c.r, 32), "request-id"))
    return [d]


def finnhub(c):
    d = c.D("config/finnhub.yaml")
    d.text = c.jit("hash") + "finnhub:\n  token: %s\n  webhook_secret: %s\n  sandbox_token: %s\n  symbols: [USDINR, EURUSD]\n" % (
        d.s(c.f(lambda r: "c" + rs(r, LOWER_ALNUM, 19)), "finnhub-api-token"), d.s(c.f(lambda r: rs(r, LOWER_ALNUM, 20)), "finnhub-webhook-secret"),
        d.neg("${FINNHUB_SANDBOX_TOKEN}", "env-reference"))
    return [d]


def alphavantage(c):
    d = c.D("analysis/fx_rates.R")
    d.text = c.jit("hash") + ('library(alphavantager)\n# the docs use apikey=%s for their sample URLs only\n'
                              'av_api_key("%s")\nrates <- av_get(av_fun = "FX_DAILY", from_symbol = "USD", to_symbol = "EUR")\n') % (
        d.neg("demo", "vendor-example", cite="Alpha Vantage documentation sample URLs use apikey=demo"),
        d.s(c.f(lambda r: rs(r, UPPER_ALNUM, 16)), "alphavantage-api-key"))
    return [d]


KINDS_A = [timescale, yugabyte, saltstack, istio, linkerd, frrouting, bunkerweb, lightstep, coralogix, checkly,
           pingdom, statuscake, hotjar, fullstory, rudderstack, snowplow, looker, prismic, datocms, hygraph,
           builderio, binance, alpaca, polygon, finnhub, alphavantage]
