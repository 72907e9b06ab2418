"""Second layer: two integrations files with .example twins, and a manifest full of references and IDs."""

from themes.common import (GENERIC_NAMES, SYNTAXES, SYNTAX_NAMES, generic_setting, render_kv, twin_value)

XMLISH = ("appsettings",)
COMMENT = {"ini": "; ", "js": "// ", "go": "// ", "csharp": "// ", "kotlin": "// ", "rust": "// ",
           "jenkins": "// ", "php": "// ", "lua": "-- ", "batch": "rem ", "appsettings": "<!-- "}
TWIN_SUFFIX = [".example", ".sample", ".dist", ".template", ".tmpl"]


def _twin_path(path, r):
    suf = r.pick(TWIN_SUFFIX)
    return path + suf


def integrations(t, base_dir, syntaxes):
    r = t.r
    specs = [(syntaxes[0], "integrations", r.randint(7, 8), True, 2),
             (syntaxes[1], r.pick(["vendors", "partners", "external-apis", "connectors", "thirdparty"]),
              r.randint(5, 6), r.chance(0.45), 1)]
    gens = r.sample(GENERIC_NAMES, 4)
    for syntax, base, ntok, with_pair, ngen in specs:
        d = t.doc("%s/%s" % (base_dir, "PLACEHOLDER"))  # replaced below once the file name is known
        entries, twin_rows, comments = [], [], {}
        toks = [t.prov() for _ in range(ntok)]
        pair = t.pair() if with_pair and t.pairs else None
        gpos = sorted(r.sample(range(ntok + 1), min(ngen, ntok + 1)))
        gi = 0
        for i, (cat, env, val, check) in enumerate(toks):
            while gi < len(gpos) and gpos[gi] == i:
                name, rhs, q = generic_setting(t, d, gens.pop())
                entries.append((name, rhs, q))
                twin_rows.append((name, ""))
                gi += 1
            if syntax in XMLISH and "&" in val:
                val = val.replace("&", "&amp;")
            if i == 1 and pair:
                cat2, ide, sece, vid, vsec = pair
                reg = d.R(cat2)
                t.c.provider_cats.add(cat2)
                comments[len(entries)] = "%s credentials (rotated %s)" % (cat2.split("-")[0], t.date())
                entries.append((ide, reg.B + reg.A(vid, "pair-id", True), False))
                entries.append((sece, reg.A(vsec) + reg.E, False))
                twin_rows += [(ide, ""), (sece, "")]
            if r.chance(0.25):
                comments[len(entries)] = r.pick(["owner: %s" % t.person(r.randint(0, 8)),
                                                 "prod tenant", "do not reuse in staging",
                                                 "expires %s" % t.date(), "used by the nightly sync"])
            t.c.provider_cats.add(cat)
            entries.append((env, d.S(val, cat, "provider", check), False))
            twin_rows.append((env, val))
        while gi < len(gpos):
            name, rhs, q = generic_setting(t, d, gens.pop())
            entries.append((name, rhs, q))
            twin_rows.append((name, ""))
            gi += 1
        title = "%s %s - %s" % (t.org, base, r.pick(["production", "prod", "live settings", "do not commit"]))
        fname, text, crlf = render_kv(t, syntax, base, title, entries, comments)
        path = "%s/%s" % (base_dir, fname)
        d.path = t.name + "/" + path
        d.crlf = crlf
        d.write(text)
        # twin
        tw = t.doc(_twin_path(path, r), crlf=crlf)
        tentries = []
        for name, hint in twin_rows:
            rhs, q = twin_value(t, tw, syntax, name, hint)
            tentries.append((name, rhs, q))
        fname2, ttext, _ = render_kv(t, syntax, base, "%s %s - template, copy and fill in" % (t.org, base),
                                     tentries)
        if r.chance(0.45) and syntax != "json":
            # a local dev default DSN in the twin
            sl = t.slug.split("-")[0][:8]
            dev = tw.N("postgres://%s:%s@localhost:5432/%s_dev" % (sl, sl, sl),
                       "dev-default")
            cm = COMMENT.get(syntax, "# ")
            ttext = ttext + cm + "local dev database: " + dev + (" -->" if cm.startswith("<!--") else "") + "\n"
        tw.write(ttext)


def manifest(t, base_dir):
    r = t.r
    kind = r.pick(["k8s", "gha", "terraform", "gitlab", "argocd", "nomad", "bitbucket", "circleci"])
    d = t.doc("PLACEHOLDER")
    img = "registry.%s/%s/api@%s" % (t.domain, t.slug, d.N(r.image_digest(), "image-digest"))
    sha = d.N(r.git_sha(), "git-sha")
    uu = d.N(r.uuid(), "uuid")
    arn = d.N(r.arn("iam", "role/%s-deploy" % t.slug), "resource-id")
    if kind == "k8s":
        path = "%s/k8s/deployment.yaml" % base_dir
        text = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: %s-api
  annotations:
    git.commit: "%s"
    eks.amazonaws.com/role-arn: %s
spec:
  replicas: 2
  template:
    metadata:
      labels:
        app: %s-api
        tenant-id: "%s"
    spec:
      containers:
        - name: api
          image: %s
          env:
            - name: DATABASE_URL
              valueFrom:
                secretKeyRef:
                  name: %s-db
                  key: url
            - name: STRIPE_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: payments, key: %s}
            - name: VAULT_ADDR
              value: https://vault.%s:8200
            - name: API_TOKEN_PATH
              value: %s
""" % (t.slug, sha, arn, t.slug, uu, img, t.slug, d.N("stripe-secret-key", "secret-reference"), t.domain,
       d.N("vault:secret/data/%s/api#token" % t.slug, "vault-reference"))
    elif kind == "gha":
        path = "%s/.github/workflows/deploy.yml" % base_dir
        text = """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    permissions: {id-token: write, contents: read}
    steps:
      - uses: actions/checkout@%s # v4
      - uses: aws-actions/configure-aws-credentials@%s
        with:
          role-to-assume: %s
          aws-region: eu-west-1
      - run: ./deploy.sh
        env:
          DEPLOY_TOKEN: %s
          NPM_TOKEN: %s
          RELEASE_ID: %s
      - run: docker pull %s
""" % (sha, d.N(r.git_sha(), "git-sha"), arn, d.N("${{ secrets.DEPLOY_TOKEN }}", "ci-reference"),
       d.N("${{ secrets.NPM_TOKEN }}", "ci-reference"), uu, img)
    elif kind == "terraform":
        path = "%s/terraform/main.tf" % base_dir
        text = """terraform {
  backend "s3" {
    bucket = "%s-tfstate"
    key    = "prod/terraform.tfstate"
  }
}

data "azurerm_key_vault_secret" "db" {
  name         = "db-password"
  key_vault_id = "%s"
}

resource "aws_iam_role_policy_attachment" "deploy" {
  role       = "%s-deploy"
  policy_arn = "%s"
}

module "api" {
  source      = "git::https://git.%s/modules/api.git?ref=%s"
  db_password = data.azurerm_key_vault_secret.db.value
  api_token   = var.api_token
  tenant_id   = "%s"
}
""" % (t.slug, d.N(r.azure_rid("vaults", "kv-" + t.slug[:10]), "resource-id"), t.slug, arn, t.domain, sha, uu)
    elif kind == "gitlab":
        path = "%s/.gitlab-ci.yml" % base_dir
        text = """stages: [build, deploy]
variables:
  IMAGE: %s
  PIPELINE_TENANT: "%s"
build:
  stage: build
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
    - docker build -t $IMAGE .
deploy:
  stage: deploy
  script:
    - curl --header "JOB-TOKEN: %s" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages"
    - helm upgrade api ./chart --set image.commit=%s
  environment: production
""" % (img, uu, d.N("$CI_JOB_TOKEN", "ci-reference"), sha)
    elif kind == "argocd":
        path = "%s/argocd/application.yaml" % base_dir
        text = """apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: %s
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://git.%s/platform/%s-deploy.git
    targetRevision: %s
    helm:
      parameters:
        - name: image.digest
          value: "%s"
        - name: externalSecret.path
          value: "%s"
        - name: tenantId
          value: "%s"
  destination:
    server: https://kubernetes.default.svc
    namespace: %s
""" % (t.slug, t.domain, t.slug, sha, d.N(r.image_digest(), "image-digest"),
       d.N("vault:kv/data/%s/prod" % t.slug, "vault-reference"), uu, t.slug)
    elif kind == "nomad":
        path = "%s/nomad/api.nomad.hcl" % base_dir
        text = """job "%s-api" {
  datacenters = ["dc1"]
  group "api" {
    task "server" {
      driver = "docker"
      config {
        image = "%s"
      }
      vault {
        policies = ["%s-read"]
      }
      template {
        data = <<EOH
DB_PASSWORD=%s
EOH
        destination = "secrets/db.env"
        env         = true
      }
      meta {
        commit = "%s"
        tenant = "%s"
      }
    }
  }
}
""" % (t.slug, img, t.slug, d.N('{{ with secret "database/creds/%s" }}{{ .Data.password }}{{ end }}' % t.slug,
                                "vault-reference"), sha, uu)
    elif kind == "bitbucket":
        path = "%s/bitbucket-pipelines.yml" % base_dir
        text = """image: %s
pipelines:
  branches:
    main:
      - step:
          name: deploy
          oidc: true
          script:
            - export AWS_ROLE_ARN=%s
            - pipe: atlassian/aws-s3-deploy:1.1.0
              variables:
                AWS_OIDC_ROLE_ARN: $AWS_ROLE_ARN
                S3_BUCKET: %s-site
            - curl -H "Authorization: Bearer %s" https://deploy.%s/hooks/prod
          # release tracking id: %s
""" % (img, arn, t.slug, d.N("$DEPLOY_HOOK_TOKEN", "env-reference"), t.domain, uu)
    else:
        path = "%s/.circleci/config.yml" % base_dir
        text = """version: 2.1
orbs:
  aws-cli: circleci/aws-cli@4.1
jobs:
  deploy:
    docker:
      - image: %s
    steps:
      - checkout
      - run:
          name: release
          command: |
            echo "release %s"
            echo "tenant %s"
            ./release.sh --token "%s"
workflows:
  main:
    jobs:
      - deploy:
          context: %s-prod
""" % (img, sha, uu, d.N("${RELEASE_TOKEN}", "env-reference"), t.slug)
    d.path = t.name + "/" + path
    d.write(text, prune=True)
