"""Second layer, part 1: integration files in dealt syntaxes (with twins) and one CI file per theme."""
import neg17 as NG
import prov17 as PV
import syn17 as SY
import vals17 as V

SMTP_KEY = {"en": "smtp_password", "de": "smtp_kennwort", "fr": "smtp_mot_de_passe", "es": "smtp_contrasena",
            "nl": "smtp_wachtwoord", "pt": "smtp_senha", "pl": "smtp_haslo", "sv": "smtp_losenord", "it": "smtp_password"}
KEY_NAME = {
    "github": "github_token", "gitlab": "gitlab_token", "aws": "aws_session_token", "google": "google_api_key",
}


def shape_name(sid, r):
    names = PV.SHAPE[sid][3]
    n = r.choice(names)
    if not n.replace("_", "").isalnum():
        n = sid.replace("-", "_") + "_key"
    return n.lower()


REF_STYLE = {"dotenv": ["sh", "sh-req", "sh-def"], "dotenv-quoted": ["sh", "sh-req"], "shell-export": ["sh-req", "catfile"],
             "yaml": ["helm", "jinja"], "yaml-spring": ["spring"], "json": ["op", "awssm", "akv"], "toml": ["vault", "op"],
             "ini": ["vault", "op"], "properties": ["spring", "jasypt", "cipher"], "appsettings-xml": ["akv"], "k8s-secret": ["helm"],
             "compose": ["sh", "sh-req"], "systemd": ["systemd"], "hocon": ["sh"], "pulumi": ["sops"], "nix": ["file"],
             "apache": ["sh"], "plist": ["op"], "sql": ["vault"], "makefile": ["azp"], "cmd": ["cmd"], "powershell": ["op"],
             "r": ["sh"], "tfvars": ["tf"], "dockerfile": ["sh"]}
KNOWN_PREFIX = {"github-classic-pat", "stripe-secret", "stripe-restricted", "stripe-webhook", "slack-bot", "sendgrid", "gitlab-pat",
                "vault-service", "openai-project", "anthropic", "npm", "huggingface", "dockerhub-pat", "digitalocean", "grafana-sa",
                "shopify-admin", "mailgun", "square-access", "doppler", "telegram-bot", "pulumi"}


def twin_value(t, sid, syn, name):
    r = t.r
    x = r.random()
    if sid in KNOWN_PREFIX and x < 0.35:
        return t.N(PV.prefix_placeholder(r, sid), "placeholder-vendor-prefix")
    if x < 0.65:
        st = r.choice(REF_STYLE.get(syn, ["sh"]))
        return t.ref(name.upper(), st)
    if x < 0.85:
        return t.N(NG.placeholder(r), "placeholder")
    return ""


IDS = [("tenant_id", "uuid"), ("project_id", "uuid"), ("org_id", "ulid"), ("account_id", "snowflake"), ("workspace_id", "ksuid")]


def integrations(t, deal):
    """deal: dict with 'shapes' (list of shape ids), 'pair' (pair id), 'syntaxes' (3 names)."""
    r = t.r
    bases = t.V["integrations"]
    shapes = list(deal["shapes"])
    per = [shapes[i::3] for i in range(3)]
    for i, syn in enumerate(deal["syntaxes"]):
        base = bases[i % len(bases)]
        ent, twin = [], []
        for sid in per[i]:
            n = shape_name(sid, r)
            ent.append((n, t.P(sid), r.choice([None, None, "%s (%s)" % (PV.SHAPE[sid][1], r.choice(["prod", "live", "ops"]))])))
            twin.append((n, twin_value(t, sid, syn if SY.twin_name(syn, "x", r) else "dotenv", n), None))
        if i == 0:
            pid = deal["pair"]
            a, b = t.pair(pid)
            ida, secn = PV.PAIR[pid][4]
            ent.append([(ida.lower(), a, "%s credentials" % PV.PAIR[pid][1]), (secn.lower(), b, None)])
            twin += [(ida.lower(), t.N(NG.placeholder(r), "placeholder"), None), (secn.lower(), t.N(NG.placeholder(r), "placeholder"), None)]
            db = t.V["db"]
            u = t.upw()
            scheme = r.choice(["postgresql", "postgres", "mysql", "mariadb", "mongodb", "mssql"])
            uri = "%s://%s:%s@%s:%d/%s" % (scheme, db, u, t.host(r.choice(t.V["hosts"])), {"postgresql": 5432, "postgres": 5432,
                    "mysql": 3306, "mariadb": 3306, "mongodb": 27017, "mssql": 1433}[scheme], db)
            ent.append(("database_url", t.S(uri, "db-uri-password"), None))
            twin.append(("database_url", t.N("%s://%s:${DB_PASSWORD}@localhost/%s" % (scheme, db, db), "uri-env-reference"), None))
            ent.append(("webhook_signing_secret", t.S(t.rtok(r.choice([32, 40, 48]), V.ALNUM, r.choice(["", "whs_", "sig_"])), "webhook-secret"), None))
            twin.append(("webhook_signing_secret", t.N(NG.placeholder(r), "placeholder"), None))
            kind = r.choice(PV.PUBLIC_KINDS)
            ent.append((kind.replace("-", "_"), t.public(kind), "public, safe to ship"))
        elif i == 1:
            vend = t.V["vendor"]
            ent.append(("%s_api_key" % vend.lower(), t.S(t.rtok(r.choice([24, 32, 40]), V.ALNUM + "-_" if r.random() < 0.3 else V.ALNUM,
                                                                r.choice(["", vend.lower()[:3] + "_live_", "k1."])), "api-key-vendor"), None))
            twin.append(("%s_api_key" % vend.lower(), t.N(NG.placeholder(r), "placeholder"), None))
            smk = SMTP_KEY.get(t.lang, "smtp_password")
            ent.append((smk, t.S(t.pw(), "smtp-password"), None))
            twin.append((smk, t.ref(smk.upper(), r.choice(["sh", "op", "vault", "awssm"])), None))
            ent.append(("smtp_user", "notify@" + t.domain, None))
        else:
            ent.append(("data_encryption_key", t.S(r.choice([t.b64key(32), t.hexkey(64)]), "data-encryption-key"), "AES-256, base64/hex"))
            twin.append(("data_encryption_key", t.N(r.choice(["", "generate-with-openssl-rand", "<32 random bytes>"]) or "CHANGE_ME", "placeholder"), None))
            q = r.choice(["redis", "amqp", "rediss", "amqps", "nats"])
            pw = t.upw()
            uri = "%s://%s:%s@%s:%d/%s" % (q, r.choice(["default", "svc", t.V["db"]]), pw, t.host(r.choice(t.V["hosts"])),
                                           {"redis": 6379, "rediss": 6380, "amqp": 5672, "amqps": 5671, "nats": 4222}[q],
                                           r.choice(["0", "1", "vhost", ""]))
            if r.random() < 0.5:
                ent.append(("queue_url", t.S(uri, "queue-uri-password"), None))
            else:
                ent.append(("queue_url", t.N("%s://%s:%d/0" % (q, t.host(r.choice(t.V["hosts"])), 6379 if "redis" in q else 5672), "uri-no-credentials"), None))
            twin.append(("queue_url", t.N("%s://localhost:%s" % (q, "6379" if "redis" in q else "5672"), "local-default"), None))
            ent.append(("session_store", t.ref(r.choice(["SESSION_SECRET", "COOKIE_SECRET"]), r.choice(["sh", "awssm", "gcpsm", "akv"])), "resolved at boot"))
        if i < 2:
            idn, kind = IDS[(i + len(t.V["db"])) % len(IDS)]
            ent.append((idn, t.ident(kind), None))
        blocks = [e if isinstance(e, list) else [e] for e in ent]
        r.shuffle(blocks)
        ent = [e for blk in blocks for e in blk]
        fname, text = SY.render(syn, base, ent)
        crlf = syn in SY.CRLF
        t.f("%s/%s" % (t.V["layer"], fname), text, crlf=crlf)
        tn = SY.twin_name(syn, fname, r)
        if tn is None:
            tn_syn = "dotenv"
            tname, ttext = SY.render(tn_syn, base, twin)
            tn = tname + ".example"
        else:
            _, ttext = SY.render(syn, base, twin)
        t.f("%s/%s" % (t.V["layer"], tn), ttext, crlf=crlf)


CI = ["gha", "gitlab", "jenkins", "azure", "bitbucket", "circleci"]


def ci_file(t, kind):
    r = t.r
    sha = t.N(V.git_sha(r), "pinned-action-sha")
    dig = t.N("sha256:" + V.sha256hex(r), "image-digest")
    reg = "registry.%s" % t.domain
    svc = t.V["integrations"][0]
    tok_sid = r.choice(["sonar", "snyk", "codecov", "docker"])
    if tok_sid == "docker":
        tok = t.P(r.choice(["dockerhub-pat", "dockerhub-oat"]))
        tname = "DOCKER_PASSWORD"
    else:
        tok = t.S({"sonar": "sqp_" + V.hexs(r, 40), "snyk": V.uuid4(r), "codecov": V.uuid4(r)}[tok_sid], tok_sid + "-token-ci")
        tname = tok_sid.upper() + "_TOKEN"
    if kind == "gha":
        path, text = ".github/workflows/build.yml", f"""name: build
on:
  push:
    branches: [main]
env:
  REGISTRY: {reg}
  {tname}: {tok}
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@{sha}
      - name: login
        run: echo "{t.ref('REGISTRY_PASSWORD', 'gha')}" | docker login {reg} -u ci --password-stdin
      - name: build
        run: docker build -t {reg}/{svc}:${{{{ github.sha }}}} .
      - name: base image
        run: docker pull python:3.12-slim@{dig}
"""
    elif kind == "gitlab":
        path, text = ".gitlab-ci.yml", f"""stages: [test, build]
variables:
  {tname}: "{tok}"
  DOCKER_AUTH: {t.ref('CI_REGISTRY_PASSWORD', 'dollar')}
test:
  stage: test
  image: python:3.12@{dig}
  script:
    - pip install -r requirements.txt
    - pytest -q
build:
  stage: build
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY
    - git checkout {sha}
"""
    elif kind == "jenkins":
        path, text = "Jenkinsfile", f"""pipeline {{
  agent {{ label 'linux' }}
  environment {{
    {tname} = '{tok}'
    NEXUS = {t.ref('nexus_deploy', 'jenkins')}
  }}
  stages {{
    stage('Build') {{
      steps {{
        sh 'git checkout {sha}'
        sh 'docker build -t {reg}/{svc} .'
      }}
    }}
    stage('Scan') {{
      steps {{ sh 'trivy image --image-src remote {reg}/{svc}@{dig}' }}
    }}
  }}
}}
"""
    elif kind == "azure":
        path, text = "azure-pipelines.yml", f"""trigger: [main]
pool:
  vmImage: ubuntu-latest
variables:
  - group: {svc}-prod
  - name: {tname}
    value: {tok}
steps:
  - checkout: self
  - script: echo "building {sha}"
  - task: Docker@2
    inputs:
      containerRegistry: {svc}-acr
      command: buildAndPush
  - script: az acr login -n {svc} --password {t.ref('ACR_PASSWORD', 'azp')}
  - script: docker pull mcr.microsoft.com/dotnet/sdk@{dig}
"""
    elif kind == "bitbucket":
        path, text = "bitbucket-pipelines.yml", f"""image: node:20@{dig}
definitions:
  steps:
    - step: &test
        name: test
        script:
          - export {tname}={tok}
          - npm ci && npm test
pipelines:
  default:
    - step: *test
  branches:
    main:
      - step:
          name: deploy
          script:
            - pipe: atlassian/ssh-run:0.8.0
              variables:
                SSH_KEY: {t.ref('DEPLOY_KEY', 'dollar')}
            - echo "deployed {sha}"
"""
    else:
        path, text = ".circleci/config.yml", f"""version: 2.1
jobs:
  build:
    docker:
      - image: cimg/python:3.12@{dig}
        auth:
          username: ci
          password: {t.ref('DOCKERHUB_PASSWORD', 'dollar')}
    environment:
      {tname}: {tok}
    steps:
      - checkout
      - run: git log -1 {sha}
      - run: make test
"""
    t.f("%s/%s" % (t.V["layer"], path), text)
