"""CI/CD definitions: GitHub Actions, GitLab CI, Jenkins, CircleCI, Azure Pipelines, Bitbucket,
Travis, Drone, Buildkite.  Spread over datalab/, platform-infra/ and release-engineering/."""
import json

from hrand import ALNUM, b64


def build(x):
    r, t, n = x.r, x.t, x.n
    org = r.choice(["acme", "northwind", "globex", "initech"])

    # ---------------------------------------------------------------- GitHub Actions
    f = x.c.file("release-engineering/.github/workflows/release.yml")
    sha1 = f.N(*n.git_sha())
    sha2 = f.N(*n.git_sha())
    npm = f.S(*t.npm())
    pypi = f.S(*t.pypi())
    ghref = f.N(*n.gha_secret("GITHUB_TOKEN"))
    f.write('''name: release
on:
  push:
    tags: ["v*"]
permissions:
  contents: write
  id-token: write
jobs:
  publish:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@%s # v4.1.7
      - uses: actions/setup-node@%s # v4.0.3
        with:
          node-version: 20
          registry-url: https://registry.npmjs.org
      - run: npm ci && npm publish --access public
        env:
          NODE_AUTH_TOKEN: %s
      - name: publish python wheel
        uses: pypa/gh-action-pypi-publish@release/v1
        with:
          user: __token__
          password: %s
      - name: changelog
        run: gh release create "$GITHUB_REF_NAME" --generate-notes
        env:
          GH_TOKEN: %s
''' % (sha1, sha2, npm, pypi, ghref))

    f = x.c.file("release-engineering/.github/workflows/nightly.yml")
    sha3 = f.N(*n.git_sha())
    dref = f.N(*n.gha_secret("DOCKERHUB_TOKEN"))
    kref = f.N(*n.gha_secret("KUBECONFIG_B64"))
    role = f.N("arn:aws:iam::%s:role/gha-nightly" % r.digits(12), "identifier")
    ghp = f.S(*t.github())
    dpat = f.S(*t.docker_pat())
    f.write('''name: nightly
on:
  schedule:
    - cron: "17 3 * * *"
jobs:
  images:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/login-action@%s
        with:
          username: %sbot
          password: %s
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: %s
          aws-region: us-east-1
      - run: echo "%s" | base64 -d > kubeconfig
      - name: bump downstream
        run: |
          curl -fsS -X POST \\
            -H "Authorization: token %s" \\
            https://api.github.com/repos/%s/deploy-config/dispatches \\
            -d '{"event_type":"nightly"}'
      - name: mirror to second registry
        run: echo %s | docker login -u %sbot --password-stdin
''' % (sha3, org, dref, role, kref, ghp, org, dpat, org))

    f = x.c.file("datalab/.github/workflows/dbt.yml")
    r1 = f.N(*n.gha_secret("SNOWFLAKE_DBT_PASSWORD"))
    hook = f.S(*t.slack_webhook())
    f.write('''name: dbt
on: [pull_request]
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      DBT_SNOWFLAKE_PASSWORD: %s
      SLACK_WEBHOOK_URL: %s
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && dbt build --target ci
''' % (r1, hook))

    f = x.c.file("release-engineering/.github/dependabot.yml")
    dr = f.N("${{secrets.ARTIFACTORY_READ_TOKEN}}", "template-ref")
    f.write('''version: 2
registries:
  artifactory:
    type: npm-registry
    url: https://%s.jfrog.io/artifactory/api/npm/npm/
    token: %s
updates:
  - package-ecosystem: npm
    directory: "/"
    registries: [artifactory]
    schedule: { interval: weekly }
''' % (org, dr))

    # ---------------------------------------------------------------- GitLab CI
    f = x.c.file("platform-infra/.gitlab-ci.yml")
    vt = f.S(*t.vault())
    sq = f.S("squ_" + r.hex(40), "sonarqube-token")
    trig = f.S("glptt-" + r.hex(40), "gitlab-token")
    jt = f.N("$CI_JOB_TOKEN", "template-ref")
    ak = f.N("$ARM_ACCESS_KEY", "template-ref")
    dauth = b64("gitlab-ci:%s" % x.urlpw())
    dac = f.S(json.dumps({"auths": {"registry.%s.internal:5000" % org: {"auth": dauth}}}).replace('"', '\\"'), "docker-config-auth")
    f.write('''stages: [validate, plan, apply, downstream]

variables:
  TF_ROOT: terraform/envs/prod
  VAULT_ADDR: https://vault.%s.internal:8200
  VAULT_TOKEN: "%s"
  SONAR_TOKEN: %s
  DOCKER_AUTH_CONFIG: "%s"

plan:
  stage: plan
  image: hashicorp/terraform:1.7
  script:
    - cd $TF_ROOT
    - terraform init -backend-config="access_key=%s"
    - terraform plan -out plan.tfplan
  artifacts:
    paths: [$TF_ROOT/plan.tfplan]

trigger-docs:
  stage: downstream
  script:
    - curl -X POST -F token=%s -F ref=main https://gitlab.%s.internal/api/v4/projects/88/trigger/pipeline
    - curl --header "JOB-TOKEN: %s" https://gitlab.%s.internal/api/v4/projects/88/packages/generic/plan/1.0/plan.tfplan
''' % (org, vt, sq, dac, ak, trig, org, jt, org))

    # ---------------------------------------------------------------- Jenkins
    f = x.c.file("release-engineering/jenkins/Jenkinsfile")
    af = f.S(*t.jfrog())
    sp = f.S(r.password("words"), "generic-password")
    c1 = f.N("credentialsId: 'nexus-deploy'", "secret-store-ref")
    c2 = f.N("credentials('sonar-token')", "secret-store-ref")
    f.write('''pipeline {
    agent { label 'linux-docker' }
    environment {
        ARTIFACTORY_API_KEY = '%s'
        SONAR_TOKEN = %s
    }
    stages {
        stage('Build') {
            steps {
                sh './gradlew clean build -x test'
            }
        }
        stage('Publish') {
            steps {
                withCredentials([usernamePassword(%s, usernameVariable: 'NEXUS_USER', passwordVariable: 'NEXUS_PASS')]) {
                    sh './gradlew publish -PnexusUser=$NEXUS_USER -PnexusPass=$NEXUS_PASS'
                }
            }
        }
        stage('Deploy legacy') {
            steps {
                sh "sshpass -p '%s' scp build/libs/app.jar deploy@10.20.0.15:/opt/app/"
            }
        }
    }
}
''' % (af, c2, c1, sp))

    # ---------------------------------------------------------------- CircleCI
    f = x.c.file("release-engineering/.circleci/config.yml")
    cov = f.S(r.b62(33), "generic-api-key")
    dh = f.N("$DOCKERHUB_PASSWORD", "template-ref")
    ck = f.N('{{ checksum "package-lock.json" }}', "template-ref")
    f.write('''version: 2.1
jobs:
  test:
    docker:
      - image: cimg/node:20.11
        auth:
          username: %sci
          password: %s
    environment:
      COVERALLS_REPO_TOKEN: %s
    steps:
      - checkout
      - restore_cache:
          key: v2-deps-%s
      - run: npm ci && npm test -- --coverage
workflows:
  main:
    jobs: [test]
''' % (org, dh, cov, ck))

    # ---------------------------------------------------------------- Azure Pipelines
    f = x.c.file("release-engineering/azure-pipelines.yml")
    adop = f.S(*t.azure_devops_pat())
    acs = f.S(*t.azure_client_secret())
    ten = f.N(*n.uuid())
    app = f.N(*n.uuid())
    spk = f.N("$(ServicePrincipalKey)", "template-ref")
    f.write('''trigger:
  branches:
    include: [main]
variables:
  - group: release-secrets
  - name: AZURE_DEVOPS_EXT_PAT
    value: %s
pool:
  vmImage: ubuntu-latest
steps:
  - script: |
      az login --service-principal \\
        --username %s \\
        --password '%s' \\
        --tenant %s
      az acr build -r %sacr -t api:$(Build.BuildId) .
    displayName: build image
  - script: az keyvault secret show --vault-name kv-%s --name api-key --query value -o tsv
    env:
      SP_KEY: %s
''' % (adop, app, acs, ten, org, org, spk))

    # ---------------------------------------------------------------- Bitbucket
    f = x.c.file("release-engineering/bitbucket-pipelines.yml")
    at = f.S(*t.atlassian())
    a1 = f.N("$AWS_ACCESS_KEY_ID", "template-ref")
    f.write('''image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: deploy static site
          script:
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: %s
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                S3_BUCKET: docs-%s
                LOCAL_PATH: site
            - curl -u ci-bot@%s.com:%s -X POST https://%s.atlassian.net/rest/api/3/issue/REL-1/comment -d @comment.json
''' % (a1, org, org, at, org))

    # ---------------------------------------------------------------- Travis
    f = x.c.file("release-engineering/legacy/.travis.yml")
    s1 = f.N(*n.travis_secure())
    hk = f.S(*t.heroku())
    f.write('''language: ruby
rvm: 3.2
env:
  global:
    - secure: "%s"
    - HEROKU_API_KEY=%s
deploy:
  provider: heroku
  app: %s-legacy
''' % (s1, hk, org))

    # ---------------------------------------------------------------- Drone
    f = x.c.file("release-engineering/.drone.yml")
    fs = f.N("from_secret: docker_password", "secret-store-ref")
    dpw = f.S(r.password("strong"), "generic-password")
    f.write('''kind: pipeline
type: docker
name: default
steps:
  - name: publish
    image: plugins/docker
    settings:
      repo: registry.%s.internal/tools
      username: drone
      password:
        %s
  - name: notify-legacy
    image: plugins/webhook
    settings:
      urls: https://hooks.%s.internal/ci
      username: drone
      password: %s
''' % (org, fs, org, dpw))

    f = x.c.file("release-engineering/drone/server.env")
    rpc = f.S(r.hex(32), "generic-api-key")
    gcs = f.S(r.hex(64), "generic-api-key")
    gid = f.N(*n.uuid())
    f.write("DRONE_GITEA_SERVER=https://git.%s.internal\nDRONE_GITEA_CLIENT_ID=%s\nDRONE_GITEA_CLIENT_SECRET=%s\nDRONE_RPC_SECRET=%s\nDRONE_SERVER_HOST=drone.%s.internal\n"
            % (org, gid, gcs, rpc, org))

    # ---------------------------------------------------------------- Buildkite
    f = x.c.file("release-engineering/buildkite/buildkite-agent.cfg")
    bat = f.S(r.s(ALNUM, 50), "ci-token")
    f.write('token="%s"\nname="%%hostname-%%spawn"\ntags="queue=default,os=linux"\nbuild-path="/var/lib/buildkite-agent/builds"\n' % bat)

    f = x.c.file("release-engineering/buildkite/pipeline.yml")
    bk = f.S(*t.buildkite())
    f.write('''steps:
  - label: ":hammer: build"
    command: make build
  - label: ":rocket: trigger deploy"
    command: |
      curl -H "Authorization: Bearer %s" \\
        -X POST "https://api.buildkite.com/v2/organizations/%s/pipelines/deploy/builds" \\
        -d '{"commit":"HEAD","branch":"main"}'
''' % (bk, org))
