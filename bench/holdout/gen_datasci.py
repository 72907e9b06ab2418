"""datalab/: a data-science repository (notebooks, Airflow, dbt, Spark, Superset)."""
import json
import urllib.parse

from corpus import image, ipynb, result, stream


def build(x):
    r, t, n = x.r, x.t, x.n
    warehouse = r.choice(["warehouse", "dwh", "analytics-db", "pg-reporting"]) + ".internal"

    # ---- notebook 1: exploration, with creds typed into cells and printed in outputs
    f = x.c.file("datalab/notebooks/01_explore_sales.ipynb")
    pw = f.S(x.urlpw(), "connection-string")
    oa = f.S(*t.openai())
    img, _ = n.png_b64(300)
    f.N(img, "base64-image")
    aida = f.N("AIDA" + r.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17), "identifier")
    acct = f.N(*n.account_id())
    kid, sec = t.aws_pair()
    f.S(kid, "aws-credentials", end=sec)
    cells = [
        ("md", "# Sales exploration\n\nQuick look at Q3 orders. Numbers are preliminary, do not share outside the team."),
        ("code", "import os\nimport pandas as pd\nfrom sqlalchemy import create_engine\n\n"
                 "engine = create_engine(\"postgresql+psycopg2://analyst:%s@%s:5432/sales\")\n"
                 "df = pd.read_sql(\"select * from mart.orders where order_date >= '2024-07-01'\", engine)\n"
                 "df.head()" % (pw, warehouse),
         [result("   order_id  customer_id  amount_eur order_date\n0    100231        88123       42.10 2024-07-01\n"
                 "1    100232        11290      118.00 2024-07-01", 3)], 3),
        ("code", "ax = df.groupby('order_date').amount_eur.sum().plot()\nax.set_title('daily revenue')",
         [image(img)], 4),
        ("code", "import openai\nos.environ[\"OPENAI_API_KEY\"] = \"%s\"\nclient = openai.OpenAI()" % oa, [], 5),
        ("code", "import boto3\nboto3.client('sts').get_caller_identity()",
         [result("{'UserId': '%s',\n 'Account': '%s',\n 'Arn': 'arn:aws:iam::%s:user/analyst'}" % (aida, acct, acct), 6)], 6),
        ("code", "!cat ~/.aws/credentials",
         [stream("[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = eu-west-1\n" % (kid, sec))], 7),
    ]
    f.write(ipynb(cells))

    # ---- notebook 2: training, tokens passed to SDK logins
    f = x.c.file("datalab/notebooks/02_churn_model_training.ipynb")
    wb = f.S(r.hex(40), "generic-api-key")
    hf = f.S(*t.huggingface())
    mlpw = f.S(x.urlpw(), "connection-string")
    runid = f.N(*n.trace_id())
    ck = f.N(*n.sha256())
    envref = f.N("os.environ['HF_TOKEN']", "template-ref")
    cells = [
        ("md", "## Churn model v4\nTraining notebook. Tracking in MLflow + W&B."),
        ("code", "import wandb\nwandb.login(key=\"%s\")" % wb,
         [stream("wandb: Appending key for api.wandb.ai to your netrc file: /home/jovyan/.netrc\n", "stderr")], 1),
        ("code", "from huggingface_hub import login\n# login(token=%s)  # on the cluster\nlogin(token=\"%s\")" % (envref, hf),
         [stream("Login successful\n")], 2),
        ("code", "import mlflow\nmlflow.set_tracking_uri(\"https://mlops:%s@mlflow.%s\")\n"
                 "with mlflow.start_run() as run:\n    print(run.info.run_id)" % (mlpw, warehouse.split(".")[0] + ".corp"),
         [stream("%s\n" % runid)], 3),
        ("code", "trainer.save_model('ckpt/final')\n!sha256sum ckpt/final/model.safetensors",
         [stream("%s  ckpt/final/model.safetensors\n" % ck)], 4),
    ]
    f.write(ipynb(cells))

    # ---- notebook 3: scratch with kaggle + snowflake
    f = x.c.file("datalab/notebooks/scratch/kaggle_snowflake_scratch.ipynb")
    kkey = f.S(r.hex(32), "generic-api-key")
    sfpw = f.S(r.password("words"), "generic-password")
    fake = f.N(*n.fake("password"))
    cells = [
        ("code", "import json, pathlib\np = pathlib.Path.home() / '.kaggle' / 'kaggle.json'\n"
                 "p.write_text(json.dumps({'username': '%s%s', 'key': '%s'}))" % (r.person()[0], r.person()[1], kkey), [], 1),
        ("code", "import snowflake.connector\nctx = snowflake.connector.connect(\n    user='ETL_USER',\n"
                 "    password='%s',\n    account='%s-%s',\n    warehouse='COMPUTE_WH')" % (sfpw, r.s("abcdefghijklmnopqrstuvwxyz", 7), r.s("abcdefghijklmnopqrstuvwxyz0123456789", 7)), [], 2),
        ("code", "# unit-test double, see tests/test_loader.py\nMOCK_SF = {'user': 'x', 'password': '%s'}" % fake, [], 3),
    ]
    f.write(ipynb(cells))

    # ---- Airflow DAGs
    f = x.c.file("datalab/dags/sales_etl.py")
    pg = f.S(r.password("strong").replace("'", ""), "generic-password")
    pgpass = f.S(x.urlpw(), "generic-password")
    tmpl = f.N("{{ conn.warehouse.password }}", "template-ref")
    var = f.N("{{ var.value.slack_alerts_webhook }}", "template-ref")
    f.write('''"""Nightly sales ETL: S3 landing -> warehouse -> marts."""
from datetime import datetime, timedelta

from airflow import DAG, settings
from airflow.models import Connection
from airflow.operators.bash import BashOperator
from airflow.providers.http.operators.http import SimpleHttpOperator

default_args = {"owner": "data-eng", "retries": 2, "retry_delay": timedelta(minutes=5)}


def ensure_connection():
    # TODO: move to the secrets backend before the audit
    conn = Connection(
        conn_id="warehouse",
        conn_type="postgres",
        host="%s",
        login="etl_loader",
        password="%s",
        port=5432,
    )
    session = settings.Session()
    if not session.query(Connection).filter(Connection.conn_id == conn.conn_id).first():
        session.add(conn)
        session.commit()


with DAG("sales_etl", start_date=datetime(2024, 1, 1), schedule="0 2 * * *",
         default_args=default_args, catchup=False) as dag:
    load = BashOperator(
        task_id="load_orders",
        bash_command="PGPASSWORD='%s' psql -h %s -U etl_loader -d sales -f /opt/sql/load_orders.sql",
    )
    vacuum = BashOperator(
        task_id="vacuum",
        bash_command="PGPASSWORD='%s' vacuumdb -h %s -U etl_loader sales",
    )
    notify = SimpleHttpOperator(
        task_id="notify",
        http_conn_id="slack",
        endpoint="%s",
        data='{"text": "sales_etl done"}',
    )
    load >> vacuum >> notify
''' % (warehouse, pg, pgpass, warehouse, tmpl, warehouse, var))

    f = x.c.file("datalab/dags/ml_refresh.py")
    kid2, sec2 = t.aws_pair()
    uri = "aws://%s:%s@" % (kid2, urllib.parse.quote(sec2, safe=""))
    f.S(uri, "aws-credentials")
    sm = f.N(*n.aws_sm_arn("airflow/connections/snowflake"))
    f.write('''import os
from datetime import datetime

from airflow import DAG
from airflow.providers.amazon.aws.transfers.s3_to_sql import S3ToSqlOperator

# local runs only; prod reads connections from %s
os.environ.setdefault("AIRFLOW_CONN_S3_DEFAULT", "%s")

with DAG("ml_feature_refresh", start_date=datetime(2024, 3, 1), schedule="@hourly", catchup=False):
    S3ToSqlOperator(task_id="features", s3_bucket="ml-features", s3_key="daily/{{ ds }}.csv",
                    table="features.daily", sql_conn_id="warehouse", parser=lambda p: [])
''' % (sm, uri))

    f = x.c.file("datalab/airflow/airflow.cfg")
    fernet = f.S(r.b64(32, url=True), "app-secret-key")
    dbpw = f.S(x.urlpw(), "connection-string")
    wsk = f.S(r.b62(32), "app-secret-key")
    f.write('''[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
fernet_key = %s
load_examples = False

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:%s@airflow-db:5432/airflow

[webserver]
base_url = https://airflow.%s
secret_key = %s
expose_config = False

[secrets]
backend = airflow.providers.hashicorp.secrets.vault.VaultBackend
backend_kwargs = {"connections_path": "connections", "mount_point": "airflow", "url": "https://vault.corp:8200"}
''' % (fernet, dbpw, warehouse, wsk))

    # ---- dbt
    f = x.c.file("datalab/dbt/profiles.yml")
    e1 = f.N("{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}", "template-ref")
    e2 = f.N("{{ env_var('DBT_KEY_PASSPHRASE') }}", "template-ref")
    devpw = f.S(r.password("human"), "generic-password")
    dapi = f.S(*t.databricks())
    f.write('''analytics:
  target: dev
  outputs:
    prod:
      type: snowflake
      account: %s
      user: DBT_PROD
      password: "%s"
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORMING
      schema: marts
      threads: 8
    prod_keypair:
      type: snowflake
      account: %s
      user: DBT_PROD_KP
      private_key_path: /secrets/dbt_rsa_key.p8
      private_key_passphrase: "%s"
    dev:
      type: postgres
      host: localhost
      user: %s
      password: %s
      port: 5432
      dbname: analytics_dev
      schema: dbt_%s
      threads: 4
    lakehouse:
      type: databricks
      host: adb-%s.%d.azuredatabricks.net
      http_path: /sql/1.0/warehouses/%s
      token: %s
      schema: gold
''' % (r.s("abcdefghijklmnopqrstuvwxyz", 7), e1, r.s("abcdefghijklmnopqrstuvwxyz", 7), e2,
       r.person()[0], devpw, r.person()[0], r.digits(16), r.randint(1, 19), r.hex(16), dapi))

    f = x.c.file("datalab/dbt/dbt_project.yml")
    salt = f.N("{{ env_var('PII_HASH_SALT') }}", "template-ref")
    f.write('''name: analytics
version: "1.7.0"
profile: analytics
model-paths: ["models"]
vars:
  pii_hash_salt: "%s"
  start_date: "2021-01-01"
models:
  analytics:
    staging:
      +materialized: view
    marts:
      +materialized: table
''' % salt)

    f = x.c.file("datalab/dbt/models/staging/stg_customers.sql")
    f.write('''with source as (
    select * from {{ source('crm', 'customers') }}
)
select
    id as customer_id,
    sha2(lower(trim(email)) || '{{ var("pii_hash_salt") }}', 256) as email_hash,
    country_code,
    created_at
from source
''')

    # ---- Spark / Hadoop
    f = x.c.file("datalab/spark/conf/spark-defaults.conf")
    kid3, sec3 = t.aws_pair()
    f.S(kid3, "aws-credentials", end=sec3)
    acct_name = "dl" + r.s("abcdefghijklmnopqrstuvwxyz", 8)
    azk = f.S(*t.azure_storage_key())
    kspw = f.S(r.password("words"), "generic-password")
    f.write('''spark.master                                  k8s://https://kubernetes.default.svc
spark.executor.memory                         8g
spark.sql.adaptive.enabled                    true
spark.hadoop.fs.s3a.impl                      org.apache.hadoop.fs.s3a.S3AFileSystem
spark.hadoop.fs.s3a.access.key                %s
spark.hadoop.fs.s3a.secret.key                %s
spark.hadoop.fs.azure.account.key.%s.dfs.core.windows.net %s
spark.ssl.enabled                             true
spark.ssl.keyStore                            /opt/spark/conf/keystore.jks
spark.ssl.keyStorePassword                    %s
spark.eventLog.enabled                        true
spark.eventLog.dir                            s3a://spark-history/events
''' % (kid3, sec3, acct_name, azk, kspw))

    f = x.c.file("datalab/spark/conf/core-site.xml")
    envs = f.N("${env.S3A_SECRET_KEY}", "template-ref")
    jceks = f.N("jceks://hdfs@namenode:9001/user/spark/s3a.jceks", "secret-store-ref")
    f.write('''<?xml version="1.0"?>
<configuration>
  <property>
    <name>fs.s3a.access.key</name>
    <value>${env.S3A_ACCESS_KEY}</value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>%s</value>
  </property>
  <property>
    <name>hadoop.security.credential.provider.path</name>
    <value>%s</value>
  </property>
</configuration>
''' % (envs, jceks))

    f = x.c.file("datalab/.databrickscfg")
    d2 = f.S(*t.databricks())
    f.write("[DEFAULT]\nhost = https://adb-%s.%d.azuredatabricks.net\ntoken = %s\n\n[staging]\nhost = https://adb-%s.%d.azuredatabricks.net\nauth_type = databricks-cli\n"
            % (r.digits(16), r.randint(1, 19), d2, r.digits(16), r.randint(1, 19)))

    # ---- GCP service-account key file
    f = x.c.file("datalab/secrets/bq-loader-sa.json")
    key = x.k.rsa(2048)
    pemtxt = key.pkcs8_pem() + "\n"
    esc = json.dumps(pemtxt)[1:-1]
    proj = r.choice(["acme-analytics", "datalab-prod", "growth-bi"]) + "-" + r.digits(6)
    # the whole JSON object is the credential: label from its opening brace to the private key
    f.S('{\n  "type": "service_account"', "gcp-service-account", end=esc[:40])
    body = json.dumps({"type": "service_account", "project_id": proj, "private_key_id": r.hex(40),
                       "private_key": pemtxt,
                       "client_email": "bq-loader@%s.iam.gserviceaccount.com" % proj,
                       "client_id": r.digits(21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                       "token_uri": "https://oauth2.googleapis.com/token",
                       "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
                       "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%%40%s.iam.gserviceaccount.com" % proj,
                       "universe_domain": "googleapis.com"}, indent=2)
    f.write(body + "\n")

    # ---- requirements with a private index token, hashes
    f = x.c.file("datalab/requirements.txt")
    gl = f.S(*t.gitlab_pat())
    h1 = f.N(*n.sha256())
    h2 = f.N(*n.sha256())
    h3 = f.N(*n.sha256())
    f.write('''--extra-index-url https://__token__:%s@gitlab.corp.example/api/v4/projects/412/packages/pypi/simple
pandas==2.2.2 \\
    --hash=sha256:%s \\
    --hash=sha256:%s
pyarrow==16.1.0 \\
    --hash=sha256:%s
datalab-features==0.9.3
''' % (gl, h1, h2, h3))

    f = x.c.file("datalab/.env")
    wb2 = f.S(r.hex(40), "generic-api-key")
    mp = f.S(r.password("strong"), "generic-password")
    f.write("MLFLOW_TRACKING_URI=https://mlflow.corp\nMLFLOW_TRACKING_USERNAME=mlops\nMLFLOW_TRACKING_PASSWORD=%s\nWANDB_API_KEY=%s\nWANDB_ENTITY=churn-team\n" % (mp, wb2))

    f = x.c.file("datalab/.env.example")
    p1 = f.N(*n.placeholder("PASSWORD"))
    p2 = f.N("<40-char key from https://wandb.ai/authorize>", "template-ref")
    f.write("MLFLOW_TRACKING_URI=https://mlflow.corp\nMLFLOW_TRACKING_USERNAME=mlops\nMLFLOW_TRACKING_PASSWORD=%s\nWANDB_API_KEY=%s\n" % (p1, p2))

    f = x.c.file("datalab/superset/superset_config.py")
    ssk = f.S(r.b64(42), "app-secret-key")
    sspw = f.S(x.urlpw(), "connection-string")
    mb = f.N('os.getenv("MAPBOX_API_KEY", "")', "template-ref")
    f.write('''import os

ROW_LIMIT = 50000
SECRET_KEY = "%s"
SQLALCHEMY_DATABASE_URI = "postgresql://superset:%s@superset-db:5432/superset"
MAPBOX_API_KEY = %s
FEATURE_FLAGS = {"ALERT_REPORTS": True, "DASHBOARD_RBAC": True}
TALISMAN_ENABLED = True
''' % (ssk, sspw, mb))
