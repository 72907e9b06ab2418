"""Data engineering platform: Kafka clients and Connect connectors, Flink, Spark, Airflow,
dbt and Snowflake profiles, Airbyte configs, Elastic stack, Terraform state and notebooks."""

import json

from core import T
from .lab import gcp_service_account


def build(c):
    t, pw, nm, r = c.tok, c.pw, c.names, c.rng
    root = "data-platform"
    co = nm.client().split("-")[0]
    acct = "%s%d.eu-west-1" % (t.chars(2, "abcdefghijklmnopqrstuvwxyz"), r.randint(10000, 99999))
    region_db = "%s-analytics.%s.eu-west-1.redshift.amazonaws.com" % (co, t.chars(12, "abcdefghijklmnopqrstuvwxyz0123456789"))

    # ------------------------------------------------------------------ Kafka
    ck, cs = t.confluent_key(), t.confluent_secret()
    F = c.file("%s/kafka/client.properties" % root)
    F.write(T("""
        # Confluent Cloud cluster lkc-@@lkc@@ (eu-west-1)
        bootstrap.servers=pkc-@@pkc@@.eu-west-1.aws.confluent.cloud:9092
        security.protocol=SASL_SSL
        sasl.mechanisms=PLAIN
        sasl.mechanism=PLAIN
        sasl.jaas.config=@@jaas@@
        client.dns.lookup=use_all_dns_ips
        session.timeout.ms=45000
        acks=all
        ssl.truststore.location=/etc/kafka/secrets/truststore.jks
        ssl.truststore.password=@@ts@@
        """, lkc=t.chars(5, "abcdefghijklmnopqrstuvwxyz0123456789"), pkc=t.chars(5, "abcdefghijklmnopqrstuvwxyz0123456789"),
        jaas=F.s('org.apache.kafka.common.security.plain.PlainLoginModule required username="%s" password="%s";'
                 % (ck, cs), "kafka-jaas-config"), ts=F.n("changeit", "well-known-default")))

    F = c.file("%s/kafka/schema-registry.properties" % root)
    F.write(T("""
        schema.registry.url=https://psrc-@@p@@.eu-central-1.aws.confluent.cloud
        basic.auth.credentials.source=USER_INFO
        basic.auth.user.info=@@ui@@
        ssl.keystore.password=@@ref@@
        """, p=t.chars(5, "abcdefghijklmnopqrstuvwxyz0123456789"),
        ui=F.s("%s:%s" % (t.confluent_key(), t.confluent_secret()), "schema-registry-credentials"),
        ref=F.n("${KEYSTORE_PASSWORD}", "env-reference")))

    F = c.file("%s/kafka/connect/debezium-orders.json" % root)
    F.write(T("""
        {
          "name": "orders-cdc",
          "config": {
            "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
            "tasks.max": "1",
            "plugin.name": "pgoutput",
            "database.hostname": "orders-db.internal",
            "database.port": "5432",
            "database.user": "debezium",
            "database.password": "@@pw@@",
            "database.dbname": "orders",
            "topic.prefix": "orders",
            "schema.include.list": "public",
            "table.include.list": "public.orders,public.order_lines,public.customers",
            "slot.name": "debezium_orders",
            "publication.autocreate.mode": "filtered",
            "heartbeat.interval.ms": "10000",
            "key.converter": "io.confluent.connect.avro.AvroConverter",
            "value.converter": "io.confluent.connect.avro.AvroConverter",
            "key.converter.schema.registry.url": "http://schema-registry:8081",
            "value.converter.schema.registry.url": "http://schema-registry:8081",
            "transforms": "unwrap",
            "transforms.unwrap.type": "io.debezium.transforms.ExtractNewRecordState",
            "transforms.unwrap.drop.tombstones": "false"
          }
        }
        """, pw=F.s(pw.any("json"), "generic-password")))

    F = c.file("%s/kafka/connect/debezium-customers.json" % root)
    F.write(T("""
        {
          "name": "customers-cdc",
          "config": {
            "connector.class": "io.debezium.connector.mysql.MySqlConnector",
            "database.hostname": "crm-db.internal",
            "database.port": "3306",
            "database.user": "cdc_reader",
            "database.password": @@ref@@,
            "database.server.id": "184054",
            "topic.prefix": "crm",
            "database.include.list": "crm",
            "schema.history.internal.kafka.bootstrap.servers": "kafka:9092",
            "schema.history.internal.kafka.topic": "schema-changes.crm"
          }
        }
        """, ref=F.n('"${file:/opt/kafka/secrets/crm.properties:password}"', "secret-manager-reference")))

    aid, asec = t.aws_id(), t.aws_secret()
    F = c.file("%s/kafka/connect/s3-sink.json" % root)
    F.write(T("""
        {
          "name": "events-s3-sink",
          "config": {
            "connector.class": "io.confluent.connect.s3.S3SinkConnector",
            "tasks.max": "4",
            "topics.regex": "events\\\\..*",
            "s3.region": "eu-west-1",
            "s3.bucket.name": "@@co@@-datalake-raw",
            "s3.part.size": "5242880",
            "flush.size": "10000",
            "rotate.interval.ms": "600000",
            @@b@@"aws.access.key.id": "@@aid@@",
            "aws.secret.access.key": "@@asec@@",@@e@@
            "storage.class": "io.confluent.connect.s3.storage.S3Storage",
            "format.class": "io.confluent.connect.s3.format.parquet.ParquetFormat",
            "partitioner.class": "io.confluent.connect.storage.partitioner.TimeBasedPartitioner",
            "path.format": "'year'=YYYY/'month'=MM/'day'=dd",
            "partition.duration.ms": "3600000",
            "locale": "en-GB",
            "timezone": "UTC"
          }
        }
        """, co=co, b=F.sb("aws-access-key", [aid, asec], {"type": "aws-id", "value": aid}), aid=aid, asec=asec,
        e=F.e()))

    snow_key = c.rsa()
    der_b64 = "".join(snow_key.pem_pkcs8().splitlines()[1:-1])
    F = c.file("%s/kafka/connect/snowflake-sink.json" % root)
    F.write(T("""
        {
          "name": "orders-snowflake",
          "config": {
            "connector.class": "com.snowflake.kafka.connector.SnowflakeSinkConnector",
            "topics": "orders.public.orders,orders.public.order_lines",
            "snowflake.url.name": "@@acct@@.snowflakecomputing.com:443",
            "snowflake.user.name": "KAFKA_CONNECTOR",
            "snowflake.private.key": "@@pk@@",
            "snowflake.private.key.passphrase": "",
            "snowflake.database.name": "RAW",
            "snowflake.schema.name": "KAFKA",
            "snowflake.role.name": "KAFKA_CONNECTOR_ROLE",
            "buffer.count.records": "10000",
            "buffer.flush.time": "60",
            "key.converter": "org.apache.kafka.connect.storage.StringConverter",
            "value.converter": "com.snowflake.kafka.connector.records.SnowflakeAvroConverter"
          }
        }
        """, acct=acct, pk=F.s(der_b64, "private-key-der-base64", {"type": "der-b64"})))

    # ------------------------------------------------------------------ Flink + Spark
    fa, fs = t.aws_id(), t.aws_secret()
    F = c.file("%s/flink/conf/flink-conf.yaml" % root)
    F.write(T("""
        jobmanager.rpc.address: flink-jobmanager
        jobmanager.memory.process.size: 1600m
        taskmanager.memory.process.size: 4096m
        taskmanager.numberOfTaskSlots: 4
        parallelism.default: 4

        state.backend.type: rocksdb
        state.checkpoints.dir: s3://@@co@@-flink/checkpoints
        state.savepoints.dir: s3://@@co@@-flink/savepoints
        execution.checkpointing.interval: 60s

        @@b@@s3.access-key: @@fa@@
        s3.secret-key: @@fs@@@@e@@
        s3.endpoint: https://s3.eu-west-1.amazonaws.com

        metrics.reporter.prom.factory.class: org.apache.flink.metrics.prometheus.PrometheusReporterFactory
        metrics.reporter.prom.port: 9249
        """, co=co, b=F.sb("aws-access-key", [fa, fs], {"type": "aws-id", "value": fa}), fa=fa, fs=fs, e=F.e()))

    sa2, ss2 = t.aws_id(), t.aws_secret()
    stor = co + "lake"
    F = c.file("%s/spark/spark-defaults.conf" % root)
    F.write(T("""
        spark.master                         k8s://https://kubernetes.default.svc
        spark.kubernetes.namespace           spark
        spark.executor.instances             6
        spark.executor.memory                8g
        spark.sql.adaptive.enabled           true
        spark.serializer                     org.apache.spark.serializer.KryoSerializer
        spark.hadoop.fs.s3a.impl             org.apache.hadoop.fs.s3a.S3AFileSystem
        @@b@@spark.hadoop.fs.s3a.access.key       @@sa@@
        spark.hadoop.fs.s3a.secret.key       @@ss@@@@e@@
        spark.hadoop.fs.azure.account.key.@@stor@@.dfs.core.windows.net @@azk@@
        spark.eventLog.enabled               true
        spark.eventLog.dir                   s3a://@@co@@-spark-logs/
        """, b=F.sb("aws-access-key", [sa2, ss2], {"type": "aws-id", "value": sa2}), sa=sa2, ss=ss2, e=F.e(),
        stor=stor, azk=F.s(t.azure_storage_key(), "azure-storage-account-key", {"type": "b64len", "n": 64}), co=co))

    # ------------------------------------------------------------------ Snowflake / dbt
    F = c.file("%s/home/etl/.snowflake/connections.toml" % root)
    F.write(T("""
        default_connection_name = "etl"

        [etl]
        account = "@@acct@@"
        user = "ETL_SVC"
        password = "@@pw@@"
        warehouse = "TRANSFORM_WH"
        database = "ANALYTICS"
        role = "TRANSFORMER"

        [reporting]
        account = "@@acct@@"
        user = "@@me@@"
        authenticator = "externalbrowser"

        [keypair]
        account = "@@acct@@"
        user = "KAFKA_CONNECTOR"
        private_key_file = "/home/etl/.snowflake/rsa_key.p8"
        """, acct=acct, pw=F.s(pw.any("json"), "generic-password"), me=nm.user().upper()))

    sa = gcp_service_account(c, "%s-analytics-%d" % (co, r.randint(100, 999)), "dbt-runner")
    F = c.file("%s/home/etl/.dbt/profiles.yml" % root)
    pk_yaml = sa["private_key"].replace("\n", "\\n")
    F.write(T("""
        analytics:
          target: snowflake
          outputs:
            dev:
              type: postgres
              host: localhost
              user: "{{ env_var('DBT_USER') }}"
              password: @@ref@@
              port: 5432
              dbname: analytics_dev
              schema: dbt_dev
              threads: 4

            snowflake:
              type: snowflake
              account: @@acct@@
              user: DBT_SVC
              password: "@@pw@@"
              role: TRANSFORMER
              database: ANALYTICS
              warehouse: TRANSFORM_WH
              schema: marts
              threads: 8

            bigquery:
              type: bigquery
              method: service-account-json
              project: @@proj@@
              dataset: marts
              threads: 8
              @@b@@keyfile_json:
                type: service_account
                project_id: @@proj@@
                private_key_id: @@pkid@@
                private_key: "@@pk@@"
                client_email: @@email@@
                client_id: "@@cid@@"
                auth_uri: https://accounts.google.com/o/oauth2/auth
                token_uri: https://oauth2.googleapis.com/token@@e@@
        """, ref=F.n("\"{{ env_var('DBT_PASSWORD') }}\"", "env-reference"), acct=acct,
        pw=F.s(pw.any("yaml").replace("{", "("), "generic-password"), proj=sa["project_id"],
        b=F.sb("gcp-service-account", [sa["private_key_id"], "-----BEGIN PRIVATE KEY-----"],
               {"type": "pem", "value": sa["private_key"]}),
        pkid=sa["private_key_id"], pk=pk_yaml, email=sa["client_email"], cid=sa["client_id"], e=F.e()))

    # ------------------------------------------------------------------ Airbyte
    F = c.file("%s/airbyte/sources/hubspot.json" % root)
    F.write(T("""
        {
          "sourceDefinitionId": "@@def@@",
          "name": "HubSpot CRM",
          "connectionConfiguration": {
            "start_date": "2021-01-01T00:00:00Z",
            "credentials": {
              "credentials_title": "Private App Credentials",
              "access_token": "@@hs@@"
            },
            "enable_experimental_streams": false
          }
        }
        """, **{"def": F.n(t.uuid(), "uuid")}, hs=F.s(t.hubspot(), "hubspot-private-app-token")))

    F = c.file("%s/airbyte/destinations/redshift.json" % root)
    F.write(T("""
        {
          "destinationDefinitionId": "@@def@@",
          "name": "Redshift analytics",
          "connectionConfiguration": {
            "host": "@@host@@",
            "port": 5439,
            "database": "analytics",
            "schema": "airbyte_raw",
            "username": "airbyte",
            "password": "@@pw@@",
            "jdbc_url_params": "ssl=true",
            "uploading_method": {
              "method": "S3 Staging",
              "s3_bucket_name": "@@co@@-airbyte-staging",
              "s3_bucket_region": "eu-west-1",
              "access_key_id": "@@ref1@@",
              "secret_access_key": "@@ref2@@"
            }
          }
        }
        """, **{"def": F.n(t.uuid(), "uuid")}, host=region_db, pw=F.s(pw.any("json"), "generic-password"), co=co,
        ref1=F.n("${AIRBYTE_S3_ACCESS_KEY_ID}", "env-reference"), ref2=F.n("${AIRBYTE_S3_SECRET}", "env-reference")))

    # ------------------------------------------------------------------ ETL code
    F = c.file("%s/etl/jobs/export_redshift.py" % root)
    F.write(T("""
        \"\"\"Unload the daily revenue mart to S3 for the finance team.\"\"\"
        import datetime as dt
        import logging

        import jaydebeapi

        log = logging.getLogger(__name__)

        JDBC_URL = "@@url@@"
        DRIVER = "com.amazon.redshift.jdbc42.Driver"
        JAR = "/opt/jdbc/redshift-jdbc42-2.1.0.29.jar"
        IAM_ROLE = "arn:aws:iam::@@acct@@:role/redshift-unload"


        def run(day: dt.date) -> None:
            conn = jaydebeapi.connect(DRIVER, JDBC_URL, jars=JAR)
            try:
                cur = conn.cursor()
                cur.execute(f\"\"\"
                    UNLOAD ('SELECT * FROM marts.daily_revenue WHERE day = ''{day:%Y-%m-%d}''')
                    TO 's3://finance-drop/revenue/{day:%Y/%m/%d}/'
                    IAM_ROLE '{IAM_ROLE}' FORMAT PARQUET ALLOWOVERWRITE
                \"\"\")
                log.info("unloaded %s", day)
            finally:
                conn.close()


        if __name__ == "__main__":
            logging.basicConfig(level=logging.INFO)
            run(dt.date.today() - dt.timedelta(days=1))
        """, url=F.s("jdbc:redshift://%s:5439/analytics?user=etl_unload&password=%s&ssl=true"
                     % (region_db, pw.random(safe="uri")), "jdbc-connection-string"), acct=t.digits(12)))

    # ------------------------------------------------------------------ Airflow
    F = c.file("%s/airflow/airflow.cfg" % root)
    F.write(T("""
        [core]
        dags_folder = /opt/airflow/dags
        executor = CeleryExecutor
        parallelism = 32
        max_active_tasks_per_dag = 16
        load_examples = False
        fernet_key = @@fernet@@

        [database]
        sql_alchemy_conn = @@conn@@
        sql_alchemy_pool_size = 10

        [celery]
        broker_url = redis://redis:6379/0
        result_backend = db+postgresql://airflow@postgres/airflow

        [webserver]
        base_url = https://airflow.@@co@@.internal
        secret_key = @@wsk@@
        expose_config = False

        [logging]
        remote_logging = True
        remote_base_log_folder = s3://@@co@@-airflow-logs
        remote_log_conn_id = aws_logs
        """, fernet=F.s(t.fernet(), "airflow-fernet-key", {"type": "b64len", "n": 32, "urlsafe": True}),
        conn=F.s("postgresql+psycopg2://airflow:%s@postgres:5432/airflow" % pw.random(safe="uri"), "credential-uri"),
        co=co, wsk=F.s(t.hex(32), "generic-api-key")))

    F = c.file("%s/airflow/dags/sync_salesforce.py" % root)
    F.write(T("""
        from datetime import datetime, timedelta

        from airflow import DAG
        from airflow.models import Variable
        from airflow.operators.python import PythonOperator
        from simple_salesforce import Salesforce

        SF_USER = "integration@@@co@@.com"
        SF_TOKEN = "@@sft@@"


        def extract(**ctx):
            sf = Salesforce(username=SF_USER, password=@@ref@@, security_token=SF_TOKEN)
            rows = sf.query_all("SELECT Id, Name, Industry, AnnualRevenue FROM Account WHERE IsDeleted = false")
            return len(rows["records"])


        with DAG(
            dag_id="sync_salesforce_accounts",
            start_date=datetime(2024, 1, 1),
            schedule="0 3 * * *",
            catchup=False,
            default_args={"retries": 2, "retry_delay": timedelta(minutes=10)},
            tags=["salesforce", "crm"],
        ) as dag:
            PythonOperator(task_id="extract_accounts", python_callable=extract)
        """, co=co, sft=F.s(t.mixed(25), "generic-api-key"),
        ref=F.n('Variable.get("sf_password")', "secret-manager-reference")))

    F = c.file("%s/airflow/bootstrap.sh" % root)
    F.write(T("""
        #!/usr/bin/env bash
        set -euo pipefail
        airflow db migrate
        airflow users create --role Admin --username admin --email data@@@co@@.com \\
          --firstname Data --lastname Platform --password "$(openssl rand -base64 18)"
        airflow connections add crm_mysql --conn-uri '@@uri@@'
        airflow connections add aws_logs --conn-type aws --conn-extra '{"region_name": "eu-west-1"}'
        airflow variables set sf_instance login.salesforce.com
        """, co=co, uri=F.s("mysql://airflow_ro:%s@crm-db.internal:3306/crm" % pw.random(safe="uri"),
                            "credential-uri")))

    # ------------------------------------------------------------------ Elastic stack
    c.plain("%s/elastic/elasticsearch.yml" % root, T("""
        cluster.name: @@co@@-logs
        node.name: ${HOSTNAME}
        node.roles: [ master, data, ingest ]
        path.data: /var/lib/elasticsearch
        path.logs: /var/log/elasticsearch
        network.host: 0.0.0.0
        discovery.seed_hosts: ["es01", "es02", "es03"]
        cluster.initial_master_nodes: ["es01", "es02", "es03"]
        xpack.security.enabled: true
        xpack.security.transport.ssl.enabled: true
        xpack.security.transport.ssl.verification_mode: certificate
        xpack.security.transport.ssl.keystore.path: certs/elastic-certificates.p12
        xpack.security.transport.ssl.truststore.path: certs/elastic-certificates.p12
        xpack.security.http.ssl.enabled: true
        xpack.security.http.ssl.keystore.path: certs/http.p12
        """, co=co))

    F = c.file("%s/elastic/kibana.yml" % root)
    F.write(T("""
        server.host: "0.0.0.0"
        server.name: kibana
        server.publicBaseUrl: "https://kibana.@@co@@.internal"
        elasticsearch.hosts: ["https://es01:9200", "https://es02:9200"]
        elasticsearch.serviceAccountToken: "@@sat@@"
        elasticsearch.ssl.certificateAuthorities: ["/usr/share/kibana/config/certs/ca.crt"]
        xpack.encryptedSavedObjects.encryptionKey: "@@ek@@"
        xpack.reporting.roles.enabled: false
        logging.root.level: info
        """, co=co, sat=F.s(t.elastic_sa_token(), "elastic-service-account-token", {"type": "elastic-sa"}),
        ek=F.s(t.mixed(32), "generic-api-key")))

    F = c.file("%s/elastic/metricbeat.yml" % root)
    F.write(T("""
        metricbeat.config.modules:
          path: ${path.config}/modules.d/*.yml
          reload.enabled: false

        metricbeat.modules:
          - module: kafka
            metricsets: ["partition", "consumergroup"]
            hosts: ["kafka-0:9092", "kafka-1:9092"]
            period: 30s

        cloud.id: "@@co@@-obs:@@cid@@"
        cloud.auth: "metricbeat_writer:@@pw@@"

        output.elasticsearch:
          hosts: ["https://es01:9200"]
          api_key: "@@ak@@"

        setup.ilm.enabled: true
        processors:
          - add_host_metadata: ~
        """, co=co, cid=F.n(t.b64(60), "resource-identifier"), pw=F.s(pw.any("yaml"), "generic-password"),
        ak=F.s(t.elastic_api_key(), "elastic-api-key")))

    # ------------------------------------------------------------------ Terraform
    F = c.file("%s/terraform/warehouse.auto.tfvars" % root)
    F.write(T("""
        snowflake_account   = "@@acct@@"
        snowflake_user      = "TERRAFORM"
        snowflake_password  = "@@pw@@"
        warehouse_size      = "MEDIUM"
        auto_suspend_secs   = 120
        databases           = ["RAW", "ANALYTICS", "SANDBOX"]
        """, acct=acct, pw=F.s(pw.any("json"), "generic-password")))

    F = c.file("%s/terraform/terraform.tfstate" % root)
    F.write(T("""
        {
          "version": 4,
          "terraform_version": "1.8.5",
          "serial": 42,
          "lineage": "@@lin@@",
          "outputs": {},
          "resources": [
            {
              "mode": "managed",
              "type": "aws_db_instance",
              "name": "metastore",
              "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
              "instances": [
                {
                  "schema_version": 2,
                  "attributes": {
                    "arn": "arn:aws:rds:eu-west-1:@@acctid@@:db:hive-metastore",
                    "engine": "postgres",
                    "engine_version": "16.3",
                    "identifier": "hive-metastore",
                    "instance_class": "db.t4g.medium",
                    "password": "@@pw@@",
                    "resource_id": "db-@@rid@@",
                    "username": "metastore"
                  },
                  "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]
                }
              ]
            }
          ]
        }
        """, lin=F.n(t.uuid(), "uuid"), acctid=t.digits(12), pw=F.s(pw.random(safe="json"), "generic-password"),
        rid=F.n(t.chars(26, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "resource-identifier")))

    # ------------------------------------------------------------------ notebook
    conn_str = "postgresql://analyst:%s@warehouse-replica.internal:5432/analytics" % pw.human("uri")
    nb = {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# Churn exploration\n", "\n",
                                                                   "Quick look at 90-day churn by plan."]},
            {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
             "source": ["import pandas as pd\n", "import sqlalchemy as sa\n", "\n",
                        "engine = sa.create_engine(\"%s\")\n" % conn_str,
                        "df = pd.read_sql(\"SELECT plan, churned_90d, tenure_days FROM marts.customer_churn\", engine)\n",
                        "df.groupby(\"plan\").churned_90d.mean()"]},
            {"cell_type": "code", "execution_count": 2, "metadata": {},
             "outputs": [{"name": "stdout", "output_type": "stream",
                          "text": ["connected as analyst (password: ********)\n"]}],
             "source": ["print(f\"connected as {engine.url.username} (password: {engine.url.password and '********'})\")"]},
        ],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                     "language_info": {"name": "python", "version": "3.11.9"}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    text = json.dumps(nb, indent=1)
    F = c.file("%s/notebooks/churn.ipynb" % root)
    enc_conn = json.dumps(conn_str)[1:-1]
    text = text.replace(enc_conn, F.s(enc_conn, "credential-uri"), 1)
    text = text.replace("(password: ********)\\n", "(password: %s)\\n" % F.n("********", "redacted"), 1)
    F.write(text + "\n")

    # ------------------------------------------------------------------ misc data files
    F = c.file("%s/schemas/registry-export.json" % root)
    F.write(T("""
        [
          {"subject": "orders.public.orders-value", "version": 7, "id": 100231, "fingerprint": "@@f1@@"},
          {"subject": "orders.public.order_lines-value", "version": 3, "id": 100232, "fingerprint": "@@f2@@"},
          {"subject": "crm.crm.customers-value", "version": 12, "id": 100198, "fingerprint": "@@f3@@"}
        ]
        """, f1=F.n(t.sha256(), "hash-sha256"), f2=F.n(t.sha256(), "hash-sha256"), f3=F.n(t.sha256(), "hash-sha256")))

    F = c.file("%s/data/samples/customers_pseudonymised.csv" % root)
    lines = ["customer_key,email_sha256,plan,signup_month,country"]
    for i in range(5):
        lines.append("%s,%s,%s,2023-%02d,%s" % (t.digits(8), F.n(t.sha256(), "hash-sha256"),
                                                r.choice(["free", "team", "business"]), r.randint(1, 12),
                                                r.choice(["GB", "DE", "NL", "FR", "IE"])))
    F.write("\n".join(lines) + "\n")

    F = c.file("%s/great_expectations/uncommitted/config_variables.yml" % root)
    F.write(T("""
        # This config file supports variable substitution, e.g. ${MY_VAR}
        warehouse_creds:
          drivername: postgresql
          host: warehouse-replica.internal
          port: 5432
          username: ge_validator
          password: @@pw@@
          database: analytics
        """, pw=F.s(pw.any("yaml"), "generic-password")))

    F = c.file("%s/README.md" % root)
    F.write(T("""
        # Data platform

        Local setup:

        ```bash
        export SNOWFLAKE_ACCOUNT=@@acct@@
        export SNOWFLAKE_USER=$USER
        export SNOWFLAKE_PASSWORD=@@ph@@
        dbt debug --target snowflake
        ```

        Kafka Connect configs live in `kafka/connect/` and are applied with
        `curl -X PUT -H 'Content-Type: application/json' --data @file http://connect:8083/connectors/<name>/config`.
        """, acct=acct, ph=F.n("<your password>", "placeholder")))

    # ------------------------------------------------------------------ Databricks / Azure / Alibaba / Doppler
    F = c.file("%s/home/etl/.databrickscfg" % root)
    F.write(T("""
        [DEFAULT]
        host  = https://adb-@@ws@@.@@n@@.azuredatabricks.net
        token = @@dapi@@

        [staging]
        host      = https://adb-@@ws2@@.@@n2@@.azuredatabricks.net
        auth_type = azure-cli
        """, ws=t.digits(16), n=r.randint(1, 19), dapi=F.s(t.databricks(), "databricks-token"), ws2=t.digits(16),
        n2=r.randint(1, 19)))

    sb_ns = "%s-events" % co
    F = c.file("%s/etl/config/servicebus.json" % root)
    F.write(T("""
        {
          "ServiceBus": {
            "ConnectionString": "@@cs@@",
            "Queue": "order-events",
            "MaxConcurrentCalls": 8
          },
          "Logging": {
            "LogLevel": { "Default": "Information", "Azure.Messaging.ServiceBus": "Warning" }
          }
        }
        """, cs=F.s("Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
                    "SharedAccessKey=%s" % (sb_ns, t.azure_sb_key()), "azure-service-bus-connection-string")))

    acct2 = co + "landing"
    F = c.file("%s/adf/linkedService/LandingBlob.json" % root)
    F.write(T("""
        {
            "name": "LandingBlob",
            "properties": {
                "type": "AzureBlobStorage",
                "typeProperties": {
                    "sasUri": "@@sas@@"
                },
                "annotations": []
            }
        }
        """, sas=F.s("https://%s.blob.core.windows.net/landing?sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=2026-12-31T18:00:00Z"
                     "&st=2024-01-01T00:00:00Z&spr=https&sig=%s" % (acct2, t.azure_sas_sig()), "azure-sas-token")))

    F = c.file("%s/adf/tests/local.settings.json" % root)
    F.write(T("""
        {
          "IsEncrypted": false,
          "Values": {
            "AzureWebJobsStorage": "UseDevelopmentStorage=true",
            "AzuriteAccountKey": "@@az@@",
            "FUNCTIONS_WORKER_RUNTIME": "python"
          }
        }
        """, az=F.n("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
                    "well-known-default")))

    la, ls = t.alibaba_id(), t.mixed(30)
    F = c.file("%s/etl/config/oss.ini" % root)
    F.write(T("""
        ; Alibaba Cloud OSS mirror for the APAC partners
        [Credentials]
        language = EN
        endpoint = oss-ap-southeast-1.aliyuncs.com
        @@b@@accessKeyID = @@la@@
        accessKeySecret = @@ls@@@@e@@
        """, b=F.sb("alibaba-access-key", [la, ls]), la=la, ls=ls, e=F.e()))

    F = c.file("%s/etl/Dockerfile" % root)
    F.write(T("""
        FROM python:3.12-slim@@@dig@@
        RUN apt-get update && apt-get install -y --no-install-recommends curl gnupg \\
         && curl -sLf --retry 3 --tlsv1.2 --proto "=https" 'https://packages.doppler.com/public/cli/gpg.DE2A7741A397C129.key' | gpg --dearmor -o /usr/share/keyrings/doppler.gpg \\
         && rm -rf /var/lib/apt/lists/*
        WORKDIR /app
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt
        COPY . .
        ENV DOPPLER_TOKEN=@@dp@@
        CMD ["doppler", "run", "--", "python", "-m", "etl.main"]
        """, dig=F.n("sha256:" + t.sha256(), "hash-sha256"), dp=F.s(t.doppler(), "doppler-token")))

    F = c.file("%s/terraform/.terraform.lock.hcl" % root)
    F.write(T("""
        # This file is maintained automatically by "terraform init".
        # Manual edits may be lost in future updates.

        provider "registry.terraform.io/snowflake-labs/snowflake" {
          version     = "0.92.0"
          constraints = "~> 0.92"
          hashes = [
            "@@h1@@",
            "@@h2@@",
            "@@h3@@",
            "@@h4@@",
          ]
        }
        """, h1=F.n("h1:" + t.b64(32), "integrity-hash"), h2=F.n("zh:" + t.sha256(), "hash-sha256"),
        h3=F.n("zh:" + t.sha256(), "hash-sha256"), h4=F.n("zh:" + t.sha256(), "hash-sha256")))
