"""observability/: SRE stack (Prometheus, Alertmanager, Grafana, Datadog, New Relic, Sentry, OTel,
Loki/Promtail, Vector, Fluent Bit, Elastic, exporters, mTLS material)."""

import base64

from .common import ind, readme

R = "observability/"


def build(c):
    v = c.v
    S, N = c.S, c.N
    dom = v.domain

    c.w(R + "README.md", readme(v, "Observability stack", """
        Config for the self-hosted Prometheus/Alertmanager/Grafana/Loki stack plus the SaaS agents
        (Datadog on the legacy VMs, New Relic APM on the Java services, Sentry for frontends).

        Credentials are mounted from `/etc/<tool>/secrets/` by the config-management role; a few
        files here still hold inline values from the 2023 migration (tracked in SRE-902).
        """))

    # ---------------------------------------------------------------- Prometheus
    gc_user = v.digits(7)
    c.w(R + "prometheus/prometheus.yml", """
        global:
          scrape_interval: 30s
          evaluation_interval: 30s
          external_labels:
            cluster: prod-eu-1

        rule_files:
          - /etc/prometheus/rules/*.yml

        scrape_configs:
          - job_name: node
            static_configs:
              - targets: ['node-01:9100', 'node-02:9100', 'node-03:9100']
          - job_name: rabbitmq
            basic_auth:
              username: prometheus
              password: '%s'
            static_configs:
              - targets: ['%s:15692']
          - job_name: kong
            bearer_token: %s
            static_configs:
              - targets: ['kong-admin.%s:8001']
          - job_name: pgbouncer
            basic_auth:
              username: prometheus
              password_file: %s
            static_configs:
              - targets: ['pgbouncer-exporter:9127']

        remote_write:
          - url: https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push
            basic_auth:
              username: %s
              password: %s
          - url: https://mimir.%s/api/v1/push
            authorization:
              type: Bearer
              credentials: %s
        """ % (S(v.password("any"), "generic-password"), v.host("rabbit"), S(v.alnum(40), "generic-api-key"), dom,
               N("/etc/prometheus/secrets/pgbouncer", "file-reference"), gc_user,
               S(v.grafana_cloud(v.slug), "grafana-cloud-token"), dom, S(v.b64key(32, urlsafe=True, pad=False), "generic-api-key")))
    c.w(R + "prometheus/rules/slo.yml", """
        groups:
          - name: api-slo
            rules:
              - record: job:http_requests:rate5m
                expr: sum by (job) (rate(http_requests_total[5m]))
              - alert: HighErrorRate
                expr: sum(rate(http_requests_total{code=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.02
                for: 10m
                labels: { severity: page }
                annotations:
                  summary: "5xx ratio above 2%% for 10m"
                  runbook_url: https://wiki.%s/sre/runbooks/high-error-rate
        """ % dom)

    # ---------------------------------------------------------------- Alertmanager
    c.w(R + "alertmanager/alertmanager.yml", """
        global:
          resolve_timeout: 5m
          smtp_smarthost: 'smtp.%s:587'
          smtp_from: 'alerts@%s'
          smtp_auth_username: 'alerts@%s'
          smtp_auth_password: '%s'
          slack_api_url: '%s'

        route:
          receiver: slack-sre
          group_by: [alertname, cluster]
          routes:
            - matchers: [severity="page"]
              receiver: pagerduty-primary
            - matchers: [team="data"]
              receiver: opsgenie-data

        receivers:
          - name: slack-sre
            slack_configs:
              - channel: '#sre-alerts'
                send_resolved: true
          - name: pagerduty-primary
            pagerduty_configs:
              - routing_key: %s
                severity: critical
          - name: opsgenie-data
            opsgenie_configs:
              - api_key: %s
                responders: [{ name: data-oncall, type: team }]
          - name: teams-finance
            msteams_configs:
              - webhook_url: '%s'
          - name: ticketing
            webhook_configs:
              - url: https://itsm.%s/api/alerts
                http_config:
                  authorization:
                    credentials_file: %s
        """ % (dom, dom, dom, S(v.password("any"), "generic-password"), S(v.slack_webhook(), "slack-webhook"),
               S(v.pagerduty_key(), "pagerduty-integration-key"), S(v.uuid(), "opsgenie-api-key"),
               S(v.teams_webhook(), "msteams-webhook"), dom, N("/etc/alertmanager/secrets/itsm-token", "file-reference")))

    # ---------------------------------------------------------------- Grafana
    c.w(R + "grafana/grafana.ini", """
        [server]
        domain = grafana.%s
        root_url = https://grafana.%s/

        [database]
        type = postgres
        host = %s:5432
        name = grafana
        user = grafana
        password = %s

        [security]
        admin_user = admin
        admin_password = %s
        secret_key = %s
        cookie_secure = true

        [smtp]
        enabled = true
        host = smtp.%s:587
        user = grafana@%s
        password = %s

        [auth.google]
        enabled = true
        client_id = %s
        client_secret = %s
        allowed_domains = %s

        [auth.generic_oauth]
        enabled = false
        name = Keycloak
        client_id = grafana
        client_secret = %s
        """ % (dom, dom, v.host("pg-grafana"), S('"""%s"""' % v.password("any"), "generic-password"),
               S(v.password("any"), "generic-password"), S(v.alnum(32), "app-secret-key"), dom, dom,
               S(v.password("any"), "generic-password"), N(v.google_client_id(), "public-client-id"),
               S(v.gocspx(), "google-oauth-client-secret"), dom, N("$__env{KEYCLOAK_CLIENT_SECRET}", "env-reference")))
    kid, sec = v.aws_pair()
    c.w(R + "grafana/provisioning/datasources/datasources.yaml", """
        apiVersion: 1
        datasources:
          - name: Prometheus
            type: prometheus
            url: http://prometheus:9090
            isDefault: true
          - name: Loki
            type: loki
            url: https://loki.%s
            basicAuth: true
            basicAuthUser: grafana
            secureJsonData:
              basicAuthPassword: %s
          - name: Orders DB
            type: postgres
            url: %s:5432
            user: grafana_ro
            jsonData: { database: orders, sslmode: require }
            secureJsonData:
              password: '%s'
          - name: Logs (Elastic)
            type: elasticsearch
            url: https://es.%s:9200
            basicAuth: true
            basicAuthUser: grafana
            secureJsonData:
              basicAuthPassword: "%s"
          - name: CloudWatch
            type: cloudwatch
            jsonData: { authType: keys, defaultRegion: eu-west-1 }
            secureJsonData:
              %saccessKey: %s
              secretKey: %s%s
          - name: InfluxDB (IoT)
            type: influxdb
            url: https://influx.%s
            jsonData: { version: Flux, organization: %s }
            secureJsonData:
              token: %s
        """ % (dom, N("$__env{LOKI_PASSWORD}", "env-reference"), v.host("pg-orders-ro"), S(v.password("any"), "generic-password"),
               dom, S(v.password("any"), "generic-password"), c.B("secret", "aws-access-key"), c.A(kid), c.A(sec), c.E(),
               dom, v.slug, S(v.b64key(64, urlsafe=True), "influxdb-token")))
    c.w(R + "grafana/provisioning/alerting/contact-points.yaml", """
        apiVersion: 1
        contactPoints:
          - orgId: 1
            name: slack-bot
            receivers:
              - uid: %s
                type: slack
                settings:
                  recipient: "#grafana-alerts"
                  token: %s
        """ % (N(v.s("abcdefghijklmnopqrstuvwxyz0123456789", 14), "resource-identifier"), S(v.slack("xoxb"), "slack-bot-token")))
    c.w(R + "grafana/dashboards/api-overview.json", """
        {
          "uid": "%s",
          "title": "API overview",
          "panels": [
            { "type": "timeseries", "title": "RPS", "datasource": { "type": "prometheus", "uid": "%s" },
              "targets": [ { "expr": "sum(rate(http_requests_total[5m])) by (service)" } ] },
            { "type": "stat", "title": "Error budget", "datasource": { "type": "prometheus", "uid": "%s" } }
          ],
          "version": 42
        }
        """ % (N(v.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 9), "resource-identifier"),
               N(v.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 14), "resource-identifier"),
               v.s("abcdefghijklmnopqrstuvwxyz", 10)))
    c.w(R + "grafana/scripts/export_dashboards.sh", """
        #!/usr/bin/env bash
        set -euo pipefail
        GRAFANA_URL=https://grafana.%s
        GRAFANA_TOKEN=%s
        for uid in $(curl -sf -H "Authorization: Bearer $GRAFANA_TOKEN" "$GRAFANA_URL/api/search?type=dash-db" | jq -r '.[].uid'); do
          curl -sf -H "Authorization: Bearer $GRAFANA_TOKEN" "$GRAFANA_URL/api/dashboards/uid/$uid" > "dashboards/$uid.json"
        done
        """ % (dom, S(v.grafana_sa(), "grafana-service-account-token")))

    # ---------------------------------------------------------------- Datadog
    c.w(R + "datadog/datadog.yaml", """
        api_key: %s
        site: datadoghq.eu
        hostname_fqdn: true
        tags:
          - env:prod
          - team:sre
        logs_enabled: true
        apm_config:
          enabled: true
        secret_backend_command: /opt/datadog-agent/bin/secret-helper
        """ % S(v.datadog_api(), "datadog-api-key"))
    c.w(R + "datadog/conf.d/postgres.d/conf.yaml", """
        init_config:
        instances:
          - host: %s
            port: 5432
            username: datadog
            password: '%s'
            dbm: true
            tags: ["db:orders"]
        """ % (v.host("pg-orders"), S(v.password("any"), "generic-password")))
    c.w(R + "datadog/conf.d/mysql.d/conf.yaml", """
        init_config:
        instances:
          - host: %s
            username: datadog
            password: "%s"
        """ % (v.host("mysql-inv"), N("ENC[mysql_datadog_password]", "secret-reference")))
    c.w(R + "datadog/conf.d/redisdb.d/conf.yaml", """
        instances:
          - host: %s
            port: 6379
            password: %s
        """ % (v.host("redis"), S(v.password("alnum"), "generic-password")))
    c.w(R + "datadog/scripts/mute_monitors.py", """
        import requests

        DD = "https://api.datadoghq.eu/api/v1"
        HEADERS = {
            "DD-API-KEY": "%s",
            "DD-APPLICATION-KEY": "%s",
        }

        def mute_all(scope: str):
            for m in requests.get(f"{DD}/monitor", headers=HEADERS, timeout=10).json():
                requests.post(f"{DD}/monitor/{m['id']}/mute", headers=HEADERS, json={"scope": scope}, timeout=10)
        """ % (S(v.datadog_api(), "datadog-api-key"), S(v.datadog_app(), "datadog-app-key")))
    c.w(R + "datadog/rum/init.ts", """
        import { datadogRum } from "@datadog/browser-rum";

        datadogRum.init({
          applicationId: "%s",
          clientToken: "%s",
          site: "datadoghq.eu",
          service: "web-shop",
          sessionSampleRate: 20,
        });
        """ % (N(v.uuid(), "public-client-id"), N(v.dd_client_token(), "public-client-id")))

    # ---------------------------------------------------------------- New Relic, Sentry
    c.w(R + "newrelic/newrelic.yml", """
        common: &default_settings
          license_key: '%s'
          app_name: Ledger API
          distributed_tracing:
            enabled: true
        production:
          <<: *default_settings
        staging:
          <<: *default_settings
          license_key: "%s"
          app_name: Ledger API (staging)
        """ % (S(v.newrelic_license(), "newrelic-license-key"), N("<%= ENV['NEW_RELIC_LICENSE_KEY'] %>", "env-reference")))
    c.w(R + "newrelic/nerdgraph_export.sh", """
        #!/bin/sh
        curl -s https://api.eu.newrelic.com/graphql \\
          -H 'Content-Type: application/json' \\
          -H 'API-Key: %s' \\
          -d '{"query":"{ actor { accounts { id name } } }"}'
        """ % S(v.newrelic_user(), "newrelic-user-key"))
    c.w(R + "newrelic/browser-snippet.html", """
        <script type="text/javascript">
        ;window.NREUM||(NREUM={});NREUM.init={privacy:{cookies_enabled:true}};
        NREUM.loader_config={accountID:"%s",trustKey:"%s",agentID:"%s",licenseKey:"%s",applicationID:"%s"};
        </script>
        """ % (v.digits(7), v.digits(7), v.digits(9), N(v.nr_browser(), "public-client-id"), v.digits(9)))
    c.w(R + "sentry/.sentryclirc", """
        [defaults]
        url = https://sentry.io/
        org = %s
        project = web-shop

        [auth]
        token = %s
        """ % (v.slug, S(v.sentry_user(), "sentry-auth-token")))
    c.w(R + "sentry/sentry.properties", """
        defaults.org=%s
        defaults.project=mobile-app
        auth.token=%s
        """ % (v.slug, S(v.sentry_org(v.slug), "sentry-auth-token")))
    c.w(R + "sentry/frontend-init.js", """
        Sentry.init({
          dsn: "%s",
          tracesSampleRate: 0.1,
          release: "web-shop@%s",
        });
        """ % (N(v.sentry_dsn(), "sentry-dsn"), N(v.sha1()[:12], "git-sha")))

    # ---------------------------------------------------------------- OTel, Loki, Vector, Fluent Bit
    b = base64.b64encode(("%s:%s" % (v.digits(6), v.password("any"))).encode()).decode()
    c.w(R + "otel/collector.yaml", """
        receivers:
          otlp:
            protocols:
              grpc: { endpoint: 0.0.0.0:4317 }
              http: { endpoint: 0.0.0.0:4318 }
        processors:
          batch: {}
        exporters:
          otlphttp/grafana:
            endpoint: https://otlp-gateway-prod-eu-west-2.grafana.net/otlp
            headers:
              Authorization: "Basic %s"
          otlp/honeycomb:
            endpoint: api.eu1.honeycomb.io:443
            headers:
              x-honeycomb-team: %s
          otlphttp/dynatrace:
            endpoint: https://%s.live.dynatrace.com/api/v2/otlp
            headers:
              Authorization: "Api-Token %s"
          datadog:
            api:
              key: %s
              site: datadoghq.eu
        service:
          pipelines:
            traces:
              receivers: [otlp]
              processors: [batch]
              exporters: [otlphttp/grafana, otlp/honeycomb, otlphttp/dynatrace, datadog]
        """ % (S(b, "basic-auth-header", check="basic"), S(v.honeycomb(), "honeycomb-api-key"),
               v.s("abcdefghijklmnopqrstuvwxyz", 3) + v.digits(5), S(v.dynatrace(), "dynatrace-token"),
               N("${env:DD_API_KEY}", "env-reference")))
    c.w(R + "loki/promtail.yaml", """
        server:
          http_listen_port: 9080
        positions:
          filename: /var/lib/promtail/positions.yaml
        clients:
          - url: https://loki.%s/loki/api/v1/push
            tenant_id: %s
            basic_auth:
              username: promtail
              password: %s
        scrape_configs:
          - job_name: journal
            journal:
              max_age: 12h
              labels: { job: systemd-journal }
        """ % (dom, v.slug, S(v.password("any"), "generic-password")))
    k2, s2 = v.aws_pair()
    c.w(R + "vector/vector.toml", """
        [sources.app_logs]
        type = "file"
        include = ["/var/log/app/*.log"]

        [sinks.es]
        type = "elasticsearch"
        inputs = ["app_logs"]
        endpoints = ["https://es.%s:9200"]
        auth.strategy = "basic"
        auth.user = "vector"
        auth.password = "%s"

        [sinks.archive]
        type = "aws_s3"
        inputs = ["app_logs"]
        bucket = "%s-log-archive"
        region = "eu-west-1"
        %sauth.access_key_id = "%s"
        auth.secret_access_key = "%s"%s

        [sinks.splunk]
        type = "splunk_hec_logs"
        inputs = ["app_logs"]
        endpoint = "https://splunk-hec.%s:8088"
        default_token = "%s"
        """ % (dom, S(v.password("any"), "generic-password"), v.slug, c.B("secret", "aws-access-key"), c.A(k2), c.A(s2),
               c.E(), dom, S(v.uuid(), "splunk-hec-token")))
    c.w(R + "fluent-bit/fluent-bit.conf", """
        [SERVICE]
            Flush        5
            Log_Level    info

        [INPUT]
            Name         tail
            Path         /var/log/containers/*.log
            Tag          kube.*

        [OUTPUT]
            Name         es
            Match        kube.*
            Host         es.%s
            Port         9200
            HTTP_User    fluentbit
            HTTP_Passwd  %s
            tls          On

        [OUTPUT]
            Name         es
            Match        audit.*
            Host         es-audit.%s
            HTTP_User    fluentbit
            HTTP_Passwd  %s
        """ % (dom, S(v.password("shell"), "generic-password"), dom, N("${ES_AUDIT_PASSWORD}", "env-reference")))

    # ---------------------------------------------------------------- Elastic / Kibana
    svc_tok = base64.b64encode(("\x00\x01\x00\x01elastic/kibana/kibana-prod:" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 22)).encode()).decode().rstrip("=")
    c.w(R + "elastic/kibana.yml", """
        server.host: "0.0.0.0"
        server.publicBaseUrl: "https://kibana.%s"
        elasticsearch.hosts: ["https://es.%s:9200"]
        elasticsearch.serviceAccountToken: "%s"
        xpack.encryptedSavedObjects.encryptionKey: "%s"
        xpack.reporting.encryptionKey: "%s"
        xpack.security.encryptionKey: %s
        """ % (dom, dom, S(svc_tok, "elastic-service-account-token"), S(v.alnum(32), "app-secret-key"),
               S(v.alnum(32), "app-secret-key"), N("${KIBANA_SECURITY_KEY}", "env-reference")))
    c.w(R + "elastic/heartbeat.yml", """
        heartbeat.monitors:
          - type: http
            id: checkout-health
            urls: ["https://checkout.%s/healthz"]
            schedule: '@every 30s'
            username: heartbeat
            password: "%s"
        output.elasticsearch:
          hosts: ["https://es.%s:9200"]
          api_key: "%s"
        """ % (dom, S(v.password("any"), "generic-password"), dom, S(v.elastic_api_key(), "elastic-api-key")))

    # ---------------------------------------------------------------- exporters (systemd env files)
    c.w(R + "exporters/postgres_exporter.env", """
        DATA_SOURCE_NAME=%s
        PG_EXPORTER_EXTEND_QUERY_PATH=/etc/postgres_exporter/queries.yaml
        """ % S("postgresql://postgres_exporter:%s@%s:5432/postgres?sslmode=require" % (v.password("url"), v.host("pg-orders")), "credential-uri"))
    c.w(R + "exporters/mongodb_exporter.env", """
        MONGODB_URI=%s
        """ % S("mongodb+srv://exporter:%s@orders.%s.mongodb.net/admin?authSource=admin" % (v.password("url"), v.s("abcdefghijklmnopqrstuvwxyz0123456789", 5)), "credential-uri"))
    c.w(R + "exporters/redis_exporter.env", """
        REDIS_ADDR=rediss://%s:6380
        REDIS_PASSWORD=%s
        REDIS_EXPORTER_INCL_SYSTEM_METRICS=true
        """ % (v.host("redis"), S(v.password("shell"), "generic-password")))
    c.w(R + "exporters/blackbox.yml", """
        modules:
          http_2xx:
            prober: http
            timeout: 5s
          http_admin:
            prober: http
            http:
              basic_auth:
                username: blackbox
                password: "%s"
              fail_if_ssl: false
        """ % S(v.password("any"), "generic-password"))
    c.w(R + "statuspage/update_component.sh", """
        #!/usr/bin/env bash
        # usage: update_component.sh <component-id> <status>
        PAGE_ID=%s
        curl -sf -X PATCH "https://api.statuspage.io/v1/pages/$PAGE_ID/components/$1" \\
          -H "Authorization: OAuth %s" \\
          -d "component[status]=$2"
        """ % (v.s("abcdefghijklmnopqrstuvwxyz0123456789", 12), S(v.uuid(), "statuspage-api-key")))
    c.w(R + "pagerduty/main.tf", """
        terraform {
          required_providers {
            pagerduty = { source = "PagerDuty/pagerduty", version = "~> 3.14" }
          }
        }

        provider "pagerduty" {
          token = "%s"
        }

        resource "pagerduty_service" "checkout" {
          name                    = "checkout"
          escalation_policy       = pagerduty_escalation_policy.sre.id
          acknowledgement_timeout = 1800
        }
        """ % S(v.pagerduty_api(), "pagerduty-api-token"))

    # ---------------------------------------------------------------- mTLS material
    ca = c.k.ec()
    cli = c.k.ec()
    c.w(R + "mtls/ca.crt", N(c.k.cert(ca, "%s Observability CA" % v.company, v.company, ca=True), "certificate"))
    c.w(R + "mtls/prometheus-client.crt", N(c.k.cert(cli, "prometheus", v.company, issuer=ca,
                                                       issuer_cn="%s Observability CA" % v.company), "certificate"))
    c.w(R + "mtls/prometheus-client.key", S(cli.pem_sec1(), "private-key-pem"))
    kafka = c.k.ec()
    c.w(R + "mtls/kafka-exporter.pem", """
        # client bundle for kafka_exporter (key first, then chain)
        %s
        %s
        """ % (S(kafka.pem_pkcs8(), "private-key-pem"),
               N(c.k.cert(kafka, "kafka-exporter", v.company, issuer=ca, issuer_cn="%s Observability CA" % v.company), "certificate")))
    c.w(R + "runbooks/rotate-grafana-admin.md", """
        # Rotate the Grafana admin password

        1. `kubectl -n monitoring exec deploy/grafana -- grafana cli admin reset-admin-password "$NEW"`
        2. Store `$NEW` in Vault at `secret/sre/grafana/admin` (never in this repo).
        3. Update `grafana.ini` only through the Ansible role (`admin_password = %s`).

        The old value was compromised in INC-2291, see the post-mortem.
        """ % N("{{ vault_grafana_admin_password }}", "template-reference"))
