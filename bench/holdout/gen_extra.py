"""More providers in the places they really end up: CLI config files, Dockerfiles, GitHub App
keys, TLS material, observability agents, Chinese cloud CLIs, LLM evaluation notebooks."""
import json

from corpus import ipynb, stream


def build(x):
    r, t, n = x.r, x.t, x.n
    co = r.choice(["acme", "globex", "hooli", "initech"])

    # ---------------------------------------------------------------- CLI credential files
    f = x.c.file("dotfiles/.config/doctl/config.yaml")
    do = f.S(*t.digitalocean())
    f.write("access-token: %s\ncontext: default\noutput: text\n" % do)

    f = x.c.file("dotfiles/.terraform.d/credentials.tfrc.json")
    tfc = f.S(*t.tfc())
    f.write(json.dumps({"credentials": {"app.terraform.io": {"token": tfc}}}, indent=2) + "\n")

    f = x.c.file("dotfiles/.gem/credentials")
    rg = f.S(*t.rubygems())
    f.write("---\n:rubygems_api_key: %s\n" % rg)

    f = x.c.file("dotfiles/.config/gcloud/application_default_credentials.json")
    # an "authorized_user" credential file: the JSON object as a whole is the credential
    gcs = t.google_oauth_secret()[0]
    grt = t.google_refresh()[0]
    gci = n.google_client_id()[0]
    f.S("{\n", "gcp-user-credentials", end=grt)
    f.write(json.dumps({"client_id": gci, "client_secret": gcs, "refresh_token": grt,
                        "type": "authorized_user", "universe_domain": "googleapis.com"}, indent=2) + "\n")

    # ---------------------------------------------------------------- release tooling
    f = x.c.file("release-engineering/nuget.config")
    npw = f.S(x.urlpw(), "generic-password")
    f.write('''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="internal" value="https://nexus.%s.internal/repository/nuget-hosted/" />
  </packageSources>
  <packageSourceCredentials>
    <internal>
      <add key="Username" value="ci-nuget" />
      <add key="ClearTextPassword" value="%s" />
    </internal>
  </packageSourceCredentials>
</configuration>
''' % (co, npw))

    f = x.c.file("release-engineering/scripts/publish.sh")
    ng = f.S(*t.nuget())
    vc = f.S(*t.vercel())
    cc = f.S(*t.circleci())
    f.write('''#!/usr/bin/env bash
set -euo pipefail
dotnet nuget push "bin/Release/*.nupkg" --api-key %s --source https://api.nuget.org/v3/index.json
VERCEL_TOKEN=%s npx vercel deploy --prod --yes
curl -s -H "Circle-Token: %s" https://circleci.com/api/v2/project/gh/%s/docs/pipeline -X POST
''' % (ng, vc, cc, co))

    f = x.c.file("release-engineering/github-app/%s-release-bot.2024-05-02.private-key.pem" % co)
    gk = x.k.rsa(2048)
    f.write(f.S(gk.pkcs1_pem(), "private-key") + "\n")

    f = x.c.file("release-engineering/github-app/app.yml")
    aid = f.N("app_id: %s" % r.digits(6), "identifier")
    inst = f.N("installation_id: %s" % r.digits(8), "identifier")
    f.write("%s\n%s\nprivate_key_path: ./%s-release-bot.2024-05-02.private-key.pem\n" % (aid, inst, co))

    f = x.c.file("release-engineering/logs/token-refresh.log")
    ghs = f.S(*t.github("ghs_"))
    ghu = f.S(*t.github("ghu_"))
    ghr = f.S(*t.github("ghr_"))
    f.write('''2024-05-03T10:00:01Z INFO minted installation token %s (expires 2024-05-03T11:00:01Z)
2024-05-03T10:02:13Z DEBUG oauth callback access_token=%s
2024-05-03T10:02:13Z DEBUG oauth callback refresh_token=%s
''' % (ghs, ghu, ghr))

    # ---------------------------------------------------------------- Dockerfile with baked-in tokens
    f = x.c.file("chatops/summarizer/Dockerfile")
    dig = f.N(*n.docker_digest())
    dp = f.S(*t.doppler())
    mnt = f.N("--mount=type=secret,id=pip_conf", "secret-store-ref")
    f.write('''FROM python:3.12-slim@%s
WORKDIR /app
COPY requirements.txt .
RUN %s,target=/etc/pip.conf pip install -r requirements.txt
COPY . .
ENV DOPPLER_TOKEN=%s
CMD ["doppler", "run", "--", "python", "summarize.py"]
''' % (dig, mnt, dp))

    # ---------------------------------------------------------------- TLS material
    f = x.c.file("platform-infra/nginx/ssl/wildcard.%s.com.key" % co)
    ek = x.k.ec()
    f.write(f.S(ek.sec1_pem(), "private-key") + "\n")
    f = x.c.file("platform-infra/nginx/ssl/wildcard.%s.com.chain.pem" % co)
    c1 = f.N(x.k.rsa(2048).self_signed_cert(r, "*.%s.com" % co, org=co.capitalize()), "public-key")
    c2 = f.N(x.k.rsa(2048).self_signed_cert(r, "%s Issuing CA R3" % co.capitalize(), org=co.capitalize()), "public-key")
    f.write(c1 + "\n" + c2 + "\n")

    f = x.c.file("platform-infra/ansible/roles/app/files/deploy_key")
    f.write(f.S(gk.openssh_private(r, "deploy@%s" % co), "private-key") + "\n", mode=0o600)

    f = x.c.file("chatops/matrix-bridge/signing.key")
    f.write(f.S(x.k.ed().pkcs8_pem(), "private-key") + "\n")

    # ---------------------------------------------------------------- observability agents
    f = x.c.file("platform-infra/observability/dynatrace/oneagent.env")
    dt = f.S(*t.dynatrace())
    f.write("DT_TENANT=%s\nDT_API_TOKEN=%s\nDT_NETWORK_ZONE=eu-central\n" % (r.s("abcdefghijklmnopqrstuvwxyz", 8), dt))

    f = x.c.file("platform-infra/observability/grafana/provisioning/datasources/loki.yaml")
    lpw = f.S(r.password("strong"), "generic-password")
    f.write('''apiVersion: 1
datasources:
  - name: Loki
    type: loki
    url: https://logs-prod-eu-west-0.grafana.net
    basicAuth: true
    basicAuthUser: "%s"
    secureJsonData:
      basicAuthPassword: "%s"
''' % (r.digits(6), lpw))

    f = x.c.file("platform-infra/observability/scripts/sync_dashboards.py")
    gs = f.S(*t.grafana_sa())
    nr = f.S(*t.newrelic())
    f.write('''import requests

GRAFANA = "https://grafana.%s.internal"
HEADERS = {"Authorization": "Bearer %s"}
NEW_RELIC_USER_KEY = "%s"


def export_all():
    for d in requests.get(f"{GRAFANA}/api/search?type=dash-db", headers=HEADERS).json():
        yield requests.get(f"{GRAFANA}/api/dashboards/uid/{d['uid']}", headers=HEADERS).json()
''' % (co, gs, nr))

    # ---------------------------------------------------------------- identity / SaaS admin
    f = x.c.file("platform-infra/okta/terraform.tfvars")
    ok = f.S(*t.okta())
    f.write('org_name  = "%s"\nbase_url  = "okta.com"\napi_token = "%s"\n' % (co, ok))

    f = x.c.file("platform-infra/docker-swarm/join-workers.sh")
    sw = f.S(*t.swarm())
    f.write("#!/bin/sh\nfor h in worker1 worker2 worker3; do\n  ssh $h docker swarm join --token %s 10.0.4.10:2377\ndone\n" % sw)

    f = x.c.file("platform-infra/china/aliyun-cli-config.json")
    ali, alis = t.alibaba()
    f.S(ali, "alibaba-key", end=alis)
    f.write(json.dumps({"current": "default", "profiles": [
        {"name": "default", "mode": "AK", "access_key_id": ali, "access_key_secret": alis,
         "region_id": "cn-shanghai", "output_format": "json", "language": "en"}]}, indent=2) + "\n")

    f = x.c.file("platform-infra/china/tencent-cos.yaml")
    tid, tsec = t.tencent()
    f.S(tid, "tencent-key", end=tsec)
    f.write("cos:\n  base:\n    secretid: %s\n    secretkey: %s\n    protocol: https\n  buckets:\n    - name: assets-%s\n      region: ap-shanghai\n" % (tid, tsec, r.digits(10)))

    f = x.c.file("platform-infra/cloudflare/origin-ca.env")
    oc = f.S(*t.cloudflare_origin_ca())
    f.write("CF_ORIGIN_CA_KEY=%s\nCF_ZONE=%s.com\n" % (oc, co))

    # ---------------------------------------------------------------- app backends
    f = x.c.file("game-server/src/Store/payments.cfg")
    bt = f.S(*t.braintree())
    sp = f.S(*t.planetscale())
    f.write("[braintree]\nenvironment = production\naccess_token = %s\n\n[ledger]\ndatabase_url = mysql://%s:%s@aws.connect.psdb.cloud/ledger?sslaccept=strict\n" % (bt, r.s("abcdefghijklmnopqrstuvwxyz0123456789", 12), sp))

    f = x.c.file("mobile-backend/supabase/functions/.env")
    sb = f.S(*t.supabase_secret())
    sbp = f.S(*t.supabase_mgmt())
    op = f.S(*t.onepassword_sa())
    fg = f.S(*t.figma())
    f.write("SUPABASE_SECRET_KEY=%s\nSUPABASE_ACCESS_TOKEN=%s\nOP_SERVICE_ACCOUNT_TOKEN=%s\nFIGMA_TOKEN=%s\n" % (sb, sbp, op, fg))

    # ---------------------------------------------------------------- LLM evaluation notebook
    f = x.c.file("datalab/notebooks/04_llm_eval.ipynb")
    orr = f.S(*t.openrouter())
    ls = f.S(*t.langsmith())
    rp = f.S(*t.replicate())
    masked = f.N("sk-or-v1-****" + r.hex(4), "redacted")
    cells = [
        ("md", "# LLM eval harness\nCompares three hosted models on the support-ticket set."),
        ("code", "import os\nos.environ['OPENROUTER_API_KEY'] = '%s'\nos.environ['LANGCHAIN_API_KEY'] = '%s'\n"
                 "os.environ['REPLICATE_API_TOKEN'] = '%s'" % (orr, ls, rp), [], 1),
        ("code", "print('using key', mask(os.environ['OPENROUTER_API_KEY']))",
         [stream("using key %s\n" % masked)], 2),
    ]
    f.write(ipynb(cells))

    f = x.c.file("support-bundle/logs/oauth-google-callback.log")
    ya = f.S(*t.google_access())
    f.write("2024-06-12T09:30:02Z DEBUG google oauth exchange ok scope=drive.readonly\n2024-06-12T09:30:02Z DEBUG token response access_token=%s expires_in=3599\n" % ya)
