"""Second layer, part 1: two integrations files in two of 20 syntaxes with their .example twins, and a
manifest full of references and identifiers."""

from themes.common import SYNTAX, SYNTAXES, render_kv, twin_items, twin_name


def generic_item(C, kind, app):
    r = C.r
    if kind == "database-url":
        u = r.choice([app.replace("-", "_"), "svc_" + app[:6].replace("-", ""), "app"])
        k = r.randint(0, 3)
        host = "%s-%s.%s" % (["pg", "pg", "mysql", "mongo"][k], r.lo(4), C.dom)
        v = ["postgres://%s:%s@%s:5432/%s", "postgresql://%s:%s@%s/%s?sslmode=require",
             "mysql://%s:%s@%s:3306/%s", "mongodb+srv://%s:%s@%s/%s?retryWrites=true"][k] % (
            u, C.upw(), host, app.replace("-", "_"))
        return ("s", "DATABASE_URL", v, "database-url")
    if kind == "redis-url":
        return ("s", "REDIS_URL", r.choice(["redis://:%s@%s:6379/0", "rediss://default:%s@%s:6380/1"]) % (
            C.upw(), "cache-%s.%s" % (r.lo(4), C.dom)), "redis-url")
    if kind == "amqp-url":
        return ("s", "AMQP_URL", "amqps://%s:%s@mq.%s:5671/%s" % (app[:8].replace("-", ""), C.upw(), C.dom, app),
                "amqp-url")
    if kind == "session-secret":
        return ("s", "SESSION_SECRET", r.hx(64), "session-secret")
    if kind == "jwt-secret":
        return ("s", "JWT_SECRET", r.choice([r.b64bytes(48), r.al(40)]), "jwt-secret")
    if kind == "encryption-key":
        return ("s", "ENCRYPTION_KEY", r.choice(["base64:", ""]) + r.b64bytes(32), "encryption-key")
    if kind == "smtp-password":
        return ("s", "SMTP_PASSWORD", C.pw(), "smtp-password")
    return ("s", "ADMIN_PASSWORD", C.pw(), "admin-password")


GENERIC = ("database-url", "redis-url", "amqp-url", "session-secret", "jwt-secret", "encryption-key", "smtp-password",
           "admin-password")
PLAIN = [("LOG_LEVEL", "info"), ("HTTP_TIMEOUT_SECONDS", "30"), ("REGION", "eu-west-1"), ("FEATURE_BATCH_EXPORT", "true"),
         ("RETRY_LIMIT", "5"), ("METRICS_PORT", "9102"), ("TZ", "UTC")]


def _file(C, base, svc, syntax, tokens, pair, n_generic, date):
    r = C.r
    items = [("c", "%s: third-party integrations (owner: %s)" % (svc, C.people[0]))]
    plains = r.sample(PLAIN, 2)
    items.append(("p",) + plains[0])
    toks = [C.item(c) for c in tokens]
    mid = r.randint(1, len(toks))
    items += toks[:mid]
    if pair:
        items.append(("c", "key pair, rotate together"))
        items.append(C.pair(pair))
    items += toks[mid:]
    for g in r.sample(GENERIC, n_generic):
        items.append(generic_item(C, g, svc))
    items.append(("p",) + plains[1])
    suffix = SYNTAX[syntax][0]
    if syntax == "env":
        path = "%s/%s/.env" % (base, svc)
    elif syntax == "csharp":
        path = "%s/%s/Config/IntegrationSecrets.cs" % (base, svc)
    elif syntax == "compose":
        path = "%s/%s/docker-compose.prod.yml" % (base, svc)
    elif syntax == "systemd":
        path = "%s/%s/systemd/%s.service.d/override.conf" % (base, svc, svc)
    elif syntax == "elixir":
        path = "%s/%s/config/runtime.exs" % (base, svc)
    else:
        path = "%s/%s/integrations%s" % (base, svc, suffix)
    crlf = SYNTAX[syntax][1]
    d = C.doc(path, crlf=crlf)
    render_kv(d, syntax, items, svc, C.dom, date=date, ns=C.name)
    tw = C.doc(twin_name(r, path), crlf=crlf)
    titems = twin_items(r, items, svc)
    if r.random() < .4:
        for i, it in enumerate(titems):
            if it[0] == "n" and it[1] == "DATABASE_URL":
                titems[i] = ("n", "DATABASE_URL", "postgres://%s:%s@localhost:5432/%s_dev" % (
                    svc[:5], svc[:5], svc.replace("-", "_")), "dev-default")
    render_kv(tw, syntax, titems, svc, C.dom, date=date, ns=C.name)


def integrations(C, base, svcs):
    r = C.r
    s1, s2 = r.sample(SYNTAXES, 2)
    toks = list(C.deal_tokens)
    n1 = min(len(toks) - 5, r.randint(6, 8))
    pairs = list(C.deal_pairs)
    _file(C, base, svcs[0], s1, toks[:n1], pairs[0] if pairs else None, 2, r.date())
    rest = toks[n1:n1 + r.randint(4, 6)]
    _file(C, base, svcs[1], s2, rest, pairs[1] if len(pairs) > 1 and r.random() < .6 else None,
          r.randint(1, 2), r.date())


# ---------------------------------------------------------------- manifest
def manifest(C, base, app):
    r = C.r
    kind = r.choice(["k8s", "gha", "terraform", "gitlab"])
    acct = str(r.randint(10 ** 11, 10 ** 12 - 1))
    if kind == "k8s":
        d = C.doc("%s/deploy/%s-deployment.yaml" % (base, app))
        d.w("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\n  namespace: %s\n  annotations:\n" % (app, C.name))
        d.w('    vault.hashicorp.com/agent-inject: "true"\n')
        d.w('    vault.hashicorp.com/agent-inject-secret-db: "%s"\n' % d.N("database/creds/%s-ro" % app, "vault-reference"))
        d.w('    eks.amazonaws.com/role-arn: "%s"\n' % d.N("arn:aws:iam::%s:role/%s-irsa" % (acct, app), "resource-id"))
        d.w("spec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: %s\n  template:\n    metadata:\n"
            "      labels:\n        app: %s\n      annotations:\n" % (app, app))
        d.w("        checksum/config: %s\n" % d.N(r.sha256(), "digest"))
        d.w("    spec:\n      serviceAccountName: %s\n      containers:\n        - name: %s\n" % (app, app))
        d.w("          image: registry.%s/%s@%s\n" % (C.dom, app, d.N(r.digest(), "image-digest")))
        d.w("          env:\n            - name: RELEASE_SHA\n              value: \"%s\"\n" % d.N(r.git_sha(), "git-sha"))
        d.w("            - name: INSTANCE_ID\n              value: \"%s\"\n" % d.N(r.uuid(), "uuid"))
        for n in r.sample(["DATABASE_PASSWORD", "API_TOKEN", "SIGNING_SECRET", "SMTP_PASSWORD"], 2):
            d.w("            - name: %s\n              valueFrom:\n                secretKeyRef:\n                  name: %s-secrets\n"
                "                  key: %s\n" % (n, app, n.lower().replace("_", "-")))
        d.w("          envFrom:\n            - configMapRef:\n                name: %s-config\n" % app)
        d.w("      imagePullSecrets:\n        - name: regcred\n")
        d.w("      initContainers:\n        - name: migrate\n          image: registry.%s/%s-migrate@%s\n" % (
            C.dom, app, d.N(r.digest(), "image-digest")))
    elif kind == "gha":
        d = C.doc("%s/.github/workflows/deploy-%s.yml" % (base, app))
        d.w("name: deploy-%s\non:\n  push:\n    branches: [main]\npermissions:\n  id-token: write\n  contents: read\n"
            "jobs:\n  deploy:\n    runs-on: ubuntu-24.04\n    steps:\n" % app)
        d.w("      - uses: actions/checkout@%s # v4.2.2\n" % d.N(r.git_sha(), "git-sha"))
        d.w("      - uses: aws-actions/configure-aws-credentials@%s # v4\n" % d.N(r.git_sha(), "git-sha"))
        d.w("        with:\n          role-to-assume: %s\n" % d.N("arn:aws:iam::%s:role/gha-%s" % (acct, app), "resource-id"))
        d.w("          aws-region: eu-west-1\n")
        d.w("      - name: Push image\n        env:\n          REGISTRY_PASSWORD: %s\n" % d.N(
            "${{ secrets.REGISTRY_PASSWORD }}", "ci-reference"))
        d.w("          SLACK_WEBHOOK: %s\n" % d.N("${{ secrets.SLACK_DEPLOY_WEBHOOK }}", "ci-reference"))
        d.w("        run: |\n          echo \"$REGISTRY_PASSWORD\" | docker login registry.%s -u ci --password-stdin\n" % C.dom)
        d.w("          docker push registry.%s/%s:${{ github.sha }}\n" % (C.dom, app))
        d.w("      - name: Verify tool download\n        run: echo \"%s  kubectl\" | sha256sum -c -\n" % d.N(
            r.sha256(), "digest"))
        d.w("      - uses: hashicorp/vault-action@%s\n" % d.N(r.git_sha(), "git-sha"))
        d.w("        with:\n          url: https://vault.%s\n          secrets: |\n            %s\n" % (
            C.dom, d.N("kv/data/%s/deploy api_token | API_TOKEN" % app, "vault-reference")))
    elif kind == "terraform":
        d = C.doc("%s/terraform/%s/main.tf" % (base, app))
        d.w('terraform {\n  backend "s3" {\n    bucket = "tfstate-%s"\n    key    = "%s/terraform.tfstate"\n' % (C.name, app))
        d.w('    kms_key_id = "%s"\n  }\n}\n\n' % d.N("arn:aws:kms:eu-west-1:%s:key/%s" % (acct, r.uuid()), "resource-id"))
        d.w('data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "%s"\n}\n\n' % d.N(
            "arn:aws:secretsmanager:eu-west-1:%s:secret:%s/db-%s" % (acct, app, r.al(6)), "resource-id"))
        d.w('resource "aws_ecs_task_definition" "%s" {\n  family = "%s"\n  container_definitions = jsonencode([{\n'
            % (app.replace("-", "_"), app))
        d.w('    image = "%s"\n' % d.N("%s.dkr.ecr.eu-west-1.amazonaws.com/%s@%s" % (acct, app, r.digest()), "image-digest"))
        d.w('    secrets = [{ name = "DB_PASSWORD", valueFrom = data.aws_secretsmanager_secret_version.db.arn }]\n')
        d.w('  }])\n  tags = {\n    commit = "%s"\n  }\n}\n\n' % d.N(r.git_sha(), "git-sha"))
        d.w('variable "api_token" {\n  type      = string\n  sensitive = true\n}\n\n')
        d.w('resource "azurerm_key_vault_secret" "token" {\n  name         = "%s-api-token"\n  value        = var.api_token\n'
            % app)
        d.w('  key_vault_id = "%s"\n}\n' % d.N("/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.KeyVault/"
                                              "vaults/kv-%s" % (r.uuid(), app, app[:10]), "resource-id"))
    else:
        d = C.doc("%s/%s/.gitlab-ci.yml" % (base, app))
        d.w("stages: [build, deploy]\n\nvariables:\n  IMAGE: registry.%s/%s\n" % (C.dom, app))
        d.w("  BASE_IMAGE: python:3.12-slim@%s\n\n" % d.N(r.digest(), "image-digest"))
        d.w("build:\n  stage: build\n  image: docker:27@%s\n  script:\n" % d.N(r.digest(), "image-digest"))
        d.w("    - echo %s | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY\n" % d.N(
            "$CI_JOB_TOKEN", "ci-reference"))
        d.w("    - docker build -t $IMAGE:$CI_COMMIT_SHA .\n\n")
        d.w("deploy:\n  stage: deploy\n  id_tokens:\n    VAULT_ID_TOKEN:\n      aud: https://vault.%s\n  secrets:\n"
            "    DB_PASSWORD:\n      vault: %s\n" % (C.dom, d.N("%s/db/password@kv" % app, "vault-reference")))
        d.w("      file: false\n    DEPLOY_TOKEN:\n      vault: %s\n" % d.N("%s/deploy/token@kv" % app, "vault-reference"))
        d.w("  script:\n    - ./deploy.sh --release %s\n" % d.N(r.git_sha(), "git-sha"))
        d.w("    - curl -fsS -H \"PRIVATE-TOKEN: %s\" https://git.%s/api/v4/projects/%d/releases\n" % (
            d.N("$RELEASE_BOT_TOKEN", "env-reference"), C.dom, r.randint(100, 999)))
        d.w("  environment:\n    name: production\n    url: https://%s.%s\n" % (app, C.dom))
        d.w("  rules:\n    - if: $CI_COMMIT_BRANCH == \"main\"\n# pipeline template checksum %s\n" % d.N(r.sha256(), "digest"))
