"""pipelines/: CI/CD definitions and build-agent configuration for many CI systems (GitLab CI + runner,
Jenkins + JCasC, CircleCI, Buildkite, Azure Pipelines, Bitbucket, Drone, TeamCity, GitHub Actions),
package-manager auth files and a build log."""

import base64
import json

from .common import D, block, ind, readme

R = "pipelines/"


def b64(s):
    return base64.b64encode(s.encode()).decode()


def build(c):
    v = c.v
    S, N = c.S, c.N
    dom = v.domain
    gl = "gitlab." + dom

    c.w(R + "README.md", readme(v, "Build & release pipelines", """
        One directory per CI system we still run. New projects should use GitLab CI with the
        shared templates in `gitlab/templates/`. Secrets belong in the CI system's variable store,
        not in these files (see `docs/ci-secrets.md`).
        """))

    # ---------------------------------------------------------------- GitLab
    c.w(R + "gitlab/.gitlab-ci.yml", """
        stages: [test, build, publish, deploy]

        variables:
          DOCKER_DRIVER: overlay2
          SONAR_HOST_URL: https://sonar.%s
          SONAR_TOKEN: "%s"
          REGISTRY_PASSWORD: %s

        test:
          stage: test
          image: node:20-alpine
          script:
            - npm ci
            - npm test

        build-image:
          stage: build
          image: docker:27
          script:
            - docker login -u gitlab-ci-token -p %s $CI_REGISTRY
            - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
            - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA

        publish-npm:
          stage: publish
          script:
            - npm config set //registry.npmjs.org/:_authToken %s
            - npm publish --access public

        publish-pypi:
          stage: publish
          image: python:3.12
          script:
            - pip install build twine
            - python -m build
            - twine upload -u __token__ -p %s dist/*

        trigger-docs:
          stage: deploy
          script:
            - curl -X POST --fail -F token=%s -F ref=main https://%s/api/v4/projects/118/trigger/pipeline
        """ % (dom, S(v.sonar(), "sonarqube-token"), N("$CI_REGISTRY_PASSWORD", "env-reference"),
               N("$CI_JOB_TOKEN", "env-reference"), S(v.npm(), "npm-token", check="npm-crc"),
               S(v.pypi(), "pypi-token", check="pypi"), S(v.gitlab_trigger(), "gitlab-pipeline-trigger-token"), gl))
    k, s = v.aws_pair()
    c.w(R + "gitlab/runner/config.toml", """
        concurrent = 8
        check_interval = 0

        [session_server]
          session_timeout = 1800

        [[runners]]
          name = "k8s-runner-prod"
          url = "https://%s/"
          id = %d
          token = "%s"
          token_obtained_at = 2024-05-14T08:22:31Z
          executor = "kubernetes"
          [runners.cache]
            Type = "s3"
            Shared = true
            [runners.cache.s3]
              ServerAddress = "s3.amazonaws.com"
              %sAccessKey = "%s"
              SecretKey = "%s"%s
              BucketName = "%s-runner-cache"
              BucketLocation = "eu-west-1"
          [runners.kubernetes]
            namespace = "gitlab-runner"
            image = "alpine:3.20"
        """ % (gl, v.r.randint(100, 999), S(v.gitlab("glrt-"), "gitlab-runner-token"), c.B("secret", "aws-access-key"),
               c.A(k), c.A(s), c.E(), v.slug))
    c.w(R + "gitlab/runner/register.sh", """
        #!/bin/sh
        # one-off registration for the legacy shell runner on build-07
        gitlab-runner register --non-interactive \\
          --url "https://%s/" \\
          --registration-token "%s" \\
          --executor shell \\
          --description "build-07 shell" \\
          --tag-list "shell,legacy"
        """ % (gl, S(v.gitlab_runner_reg(), "gitlab-runner-registration-token")))
    c.w(R + "gitlab/templates/deploy.yml", """
        .deploy:
          image: alpine/helm:3.15.3
          before_script:
            - git clone https://gitlab+deploy-token-%d:%s@%s/platform/helm-charts.git charts
          script:
            - helm upgrade --install $APP charts/$APP -f charts/$APP/values-$ENV.yaml --set image.tag=$CI_COMMIT_SHORT_SHA
        """ % (v.r.randint(10, 99), S(v.gitlab("gldt-"), "gitlab-deploy-token"), gl))
    c.w(R + "gitlab/templates/mirror.sh", """
        #!/bin/sh
        set -e
        git push --mirror "https://oauth2:%s@github.com/%s/monorepo.git"
        git push --mirror "https://mirror-bot:%s@%s/archive/monorepo.git"
        """ % (S(v.github("ghp"), "github-pat", check="gh-crc"), v.slug, S(v.gitlab("glpat-"), "gitlab-pat"), gl))

    # ---------------------------------------------------------------- Jenkins
    jpriv, jpub = c.k.ssh_ed("jenkins@build")
    c.w(R + "jenkins/casc/jenkins.yaml", D("""
        jenkins:
          systemMessage: "%s CI — managed by JCasC"
          securityRealm:
            local:
              allowsSignup: false
              users:
                - id: admin
                  password: "%s"
                - id: release-bot
                  password: %s
        credentials:
          system:
            domainCredentials:
              - credentials:
                  - usernamePassword:
                      scope: GLOBAL
                      id: nexus-deploy
                      username: deployment
                      password: "%s"
                  - usernamePassword:
                      scope: GLOBAL
                      id: dockerhub
                      username: %sci
                      password: "%s"
                  - string:
                      scope: GLOBAL
                      id: github-token
                      secret: "%s"
                  - string:
                      scope: GLOBAL
                      id: slack-token
                      secret: %s
                  - basicSSHUserPrivateKey:
                      scope: GLOBAL
                      id: deploy-ssh
                      username: deploy
                      privateKeySource:
                        directEntry:
                          privateKey: %s
        unclassified:
          location:
            url: https://jenkins.%s/
        """) % (v.company, S(v.password("any"), "generic-password"), N("${RELEASE_BOT_PASSWORD}", "env-reference"),
                S(v.password("any"), "generic-password"), v.slug, S(v.docker_pat(), "dockerhub-token"),
                S(v.github("ghp"), "github-pat", check="gh-crc"), N("${readFile:/run/secrets/slack-token}", "secret-reference"),
                S(block(jpriv, 20), "private-key-openssh"), dom), dedent=False)
    c.w(R + "jenkins/credentials.xml", """
        <?xml version='1.1' encoding='UTF-8'?>
        <com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
          <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
            <entry>
              <com.cloudbees.plugins.credentials.domains.Domain>
                <specifications/>
              </com.cloudbees.plugins.credentials.domains.Domain>
              <java.util.concurrent.CopyOnWriteArrayList>
                <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
                  <id>legacy-svn</id>
                  <username>svnbuild</username>
                  <password>%s</password>
                </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
              </java.util.concurrent.CopyOnWriteArrayList>
            </entry>
          </domainCredentialsMap>
        </com.cloudbees.plugins.credentials.SystemCredentialsProvider>
        """ % N("{AQAAABAAAAAQ%s}" % v.b64(48), "encrypted-blob"))
    c.w(R + "jenkins/Jenkinsfile", """
        pipeline {
          agent { label 'docker' }
          environment {
            AWS_CREDS = credentials('aws-prod-deployer')
            NEXUS = 'https://nexus.%s'
          }
          stages {
            stage('Build') {
              steps { sh './gradlew build -x test' }
            }
            stage('Publish') {
              steps {
                withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NU', passwordVariable: 'NP')]) {
                  sh './gradlew publish -PnexusUser=$NU -PnexusPassword=$NP'
                }
              }
            }
            stage('Smoke') {
              steps {
                sh "curl -fsS -u smoke:%s ${NEXUS}/service/rest/v1/status"
              }
            }
          }
          post {
            failure { slackSend(channel: '#builds', tokenCredentialId: 'slack-token', message: "FAILED ${env.JOB_NAME}") }
          }
        }
        """ % (dom, S(v.password("shell"), "generic-password")))

    # ---------------------------------------------------------------- CircleCI, Buildkite
    k2, s2 = v.aws_pair()
    c.w(R + "circleci/.circleci/config.yml", """
        version: 2.1
        orbs:
          aws-cli: circleci/aws-cli@4.1.3
        jobs:
          deploy-static:
            docker:
              - image: cimg/node:20.15
                auth:
                  username: %sci
                  password: %s
            environment:
              %sAWS_ACCESS_KEY_ID: %s
              AWS_SECRET_ACCESS_KEY: %s%s
              AWS_DEFAULT_REGION: eu-west-1
            steps:
              - checkout
              - run: npm ci && npm run build
              - run: aws s3 sync dist/ s3://%s-www --delete
        workflows:
          deploy:
            jobs:
              - deploy-static:
                  context: [aws-prod]
        """ % (v.slug, N("$DOCKERHUB_PASSWORD", "env-reference"), c.B("secret", "aws-access-key"), c.A(k2), c.A(s2),
               c.E(), v.slug))
    c.w(R + "circleci/cli.yml", """
        host: https://circleci.com
        endpoint: graphql-unstable
        token: %s
        """ % S(v.circleci(), "circleci-token"))
    bk_priv, bk_pub = c.k.ssh_ed("buildkite-agent@%s" % dom)
    c.w(R + "buildkite/buildkite-agent.cfg", """
        token="%s"
        name="%%hostname-%%spawn"
        tags="queue=default,os=linux"
        build-path="/var/lib/buildkite-agent/builds"
        hooks-path="/etc/buildkite-agent/hooks"
        """ % S(v.hexkey(50), "buildkite-agent-token"))
    c.w(R + "buildkite/ssh/id_ed25519", S(bk_priv, "private-key-openssh"))
    c.w(R + "buildkite/ssh/id_ed25519.pub", N(bk_pub, "public-key"))
    c.w(R + "buildkite/pipeline.yml", """
        env:
          BUILDKITE_ANALYTICS_TOKEN: %s
        steps:
          - label: ":docker: build"
            plugins:
              - docker-login#v3.0.0:
                  username: %sci
                  password-env: DOCKER_LOGIN_PASSWORD
              - docker-compose#v5.2.0:
                  build: app
          - wait
          - label: ":rocket: deploy"
            command: scripts/deploy.sh
            branches: main
        """ % (S(v.alnum(24), "buildkite-analytics-token"), v.slug))
    c.w(R + "buildkite/scripts/annotate_failures.sh", """
        #!/usr/bin/env bash
        BK_API="https://api.buildkite.com/v2/organizations/%s"
        TOKEN=%s
        curl -s -H "Authorization: Bearer $TOKEN" "$BK_API/builds?state=failed&per_page=20" | jq -r '.[].web_url'
        """ % (v.slug, S(v.buildkite(), "buildkite-api-token")))

    # ---------------------------------------------------------------- Azure Pipelines, Bitbucket, Drone, TeamCity
    c.w(R + "azure/azure-pipelines.yml", """
        trigger:
          branches: { include: [main] }
        pool:
          vmImage: ubuntu-latest
        variables:
          - group: ledger-prod
          - name: SONAR_TOKEN
            value: %s
        steps:
          - task: NuGetAuthenticate@1
          - script: dotnet build -c Release
          - script: |
              az login --service-principal -u %s -p %s --tenant %s
            displayName: az login
          - script: git push https://build:%s@dev.azure.com/%s/Ledger/_git/Ledger HEAD:release
            env:
              SYSTEM_ACCESSTOKEN: $(System.AccessToken)
          - script: echo "##vso[task.setvariable variable=dbpw;issecret=true]%s"
        """ % (S(v.hexkey(40), "sonarcloud-token"), v.uuid(), S(v.azure_client_secret(), "azure-client-secret"), v.uuid(),
               S(v.azure_devops(), "azure-devops-pat"), v.slug, N("$(LedgerDbPassword)", "env-reference")))
    c.w(R + "bitbucket/bitbucket-pipelines.yml", """
        image: atlassian/default-image:4
        definitions:
          steps:
            - step: &deploy
                name: Deploy to S3
                script:
                  - pipe: atlassian/aws-s3-deploy:1.6.0
                    variables:
                      AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID
                      AWS_SECRET_ACCESS_KEY: %s
                      S3_BUCKET: %s-docs
                      LOCAL_PATH: site
        pipelines:
          branches:
            main:
              - step:
                  name: Security scan
                  script:
                    - pipe: snyk/snyk-scan:1.0.1
                      variables:
                        SNYK_TOKEN: %s
                        LANGUAGE: npm
              - step:
                  name: Release notes to Confluence
                  script:
                    - curl -u ci@%s:%s -X POST https://%s.atlassian.net/wiki/rest/api/content -H 'Content-Type: application/json' -d @notes.json
              - step: *deploy
        """ % (N("$AWS_SECRET_ACCESS_KEY", "env-reference"), v.slug, S(v.snyk(), "snyk-token"), dom,
               S(v.atlassian(), "atlassian-api-token"), v.slug))
    c.w(R + "drone/.drone.yml", """
        kind: pipeline
        type: docker
        name: default
        steps:
          - name: publish
            image: plugins/docker
            settings:
              repo: registry.%s/tools/backup-agent
              registry: registry.%s
              username: drone
              password:
                from_secret: registry_password
          - name: notify
            image: plugins/slack
            settings:
              webhook: %s
          - name: smoke
            image: curlimages/curl
            environment:
              API_KEY: %s
            commands:
              - curl -fsS -H "X-Api-Key: $API_KEY" https://backup.%s/health
        """ % (dom, dom, S(v.slack_webhook(), "slack-webhook"), S(v.alnum(32), "generic-api-key"), dom))
    c.w(R + "teamcity/.teamcity/settings.kts", """
        import jetbrains.buildServer.configs.kotlin.*
        import jetbrains.buildServer.configs.kotlin.buildSteps.script

        version = "2024.03"

        project {
            params {
                password("env.DOCKER_PASSWORD", "%s", display = ParameterDisplay.HIDDEN)
                password("env.OCTOPUS_API_KEY", "%s")
                param("env.DEPLOY_ENV", "prod")
            }
            buildType(Build)
        }

        object Build : BuildType({
            name = "Build"
            steps { script { scriptContent = "./build.sh" } }
        })
        """ % (N("credentialsJSON:" + v.uuid(), "secret-reference"), S("API-" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 27), "octopus-api-key")))

    # ---------------------------------------------------------------- GitHub Actions + GitHub App
    c.w(R + "github/workflows/release.yml", """
        name: release
        on:
          push:
            tags: ["v*"]
        permissions:
          contents: write
          id-token: write
        jobs:
          release:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@%s # v4
              - uses: actions/setup-node@%s # v4
                with:
                  node-version: 20
                  registry-url: https://registry.npmjs.org
              - run: npm publish --provenance
                env:
                  NODE_AUTH_TOKEN: %s
              - name: Sign image
                run: cosign sign --yes --key env://COSIGN_PRIVATE_KEY ghcr.io/${{ github.repository }}@${{ steps.build.outputs.digest }}
                env:
                  COSIGN_PRIVATE_KEY: ${{ secrets.COSIGN_PRIVATE_KEY }}
                  COSIGN_PASSWORD: %s
              - name: Update homebrew tap
                run: ./scripts/bump-tap.sh
                env:
                  GH_TOKEN: %s
        """ % (N(v.sha1(), "git-sha"), N(v.sha1(), "git-sha"), N("${{ secrets.NPM_TOKEN }}", "ci-secret-reference"),
               N("${{ secrets.COSIGN_PASSWORD }}", "ci-secret-reference"), S(v.github_fine(), "github-fine-grained-pat")))
    app_key = c.k.rsa()
    c.w(R + "github/app/%s-release-bot.%s.private-key.pem" % (v.slug, "2024-03-14"), S(app_key.pem_pkcs1(), "private-key-pem"))
    c.w(R + "github/app/app.yml", """
        app_id: %s
        installation_id: %s
        client_id: %s
        client_secret: %s
        webhook_secret: %s
        private_key_path: ./%s-release-bot.2024-03-14.private-key.pem
        """ % (v.digits(6), v.digits(8), N("Iv1." + v.hexs(16), "public-client-id"), S(v.hexkey(40), "github-oauth-client-secret"),
               S(v.alnum(32), "webhook-signing-secret"), v.slug))
    c.w(R + "github/renovate.json5", """
        {
          extends: ["config:recommended"],
          hostRules: [
            { matchHost: "npm.pkg.github.com", hostType: "npm", token: "%s" },
            { matchHost: "nexus.%s", username: "renovate", password: %s },
          ],
        }
        """ % (S(v.github("ghp"), "github-pat", check="gh-crc"), dom, N("process.env.NEXUS_PASSWORD", "env-reference")))
    c.w(R + "github/dependabot.yml", """
        version: 2
        registries:
          npm-github:
            type: npm-registry
            url: https://npm.pkg.github.com
            token: %s
        updates:
          - package-ecosystem: npm
            directory: "/"
            registries: [npm-github]
            schedule: { interval: weekly }
        """ % N("${{secrets.DEPENDABOT_NPM_TOKEN}}", "ci-secret-reference"))
    c.w(R + "scripts/backport.sh", """
        #!/usr/bin/env bash
        # temporary: installation token copied from the bot logs, expires in 1h anyway
        export GH_TOKEN=%s
        gh pr create --base "release/$1" --head "backport/$2" --fill
        """ % S(v.github("ghs"), "github-app-token", check="gh-crc"))
    c.w(R + "tests/fixtures/tokens.py", """
        # Tokens with a deliberately broken checksum, used to test the redaction filter.
        BAD_CHECKSUM = [
            "%s",
            "%s",
        ]
        OBVIOUSLY_FAKE = "%s"
        """ % (N(v.github_bad_crc(), "bad-checksum-token", check="gh-crc-bad"), N(v.github_bad_crc(), "bad-checksum-token", check="gh-crc-bad"),
               N("ghp_" + "x" * 36, "placeholder")))

    # ---------------------------------------------------------------- package-manager auth files
    nx_pw = v.password("any")
    c.w(R + "agents/build-07/.npmrc", """
        registry=https://registry.npmjs.org/
        @%s:registry=https://nexus.%s/repository/npm-internal/
        //nexus.%s/repository/npm-internal/:_auth=%s
        //registry.npmjs.org/:_authToken=%s
        //npm.pkg.github.com/:_authToken=%s
        always-auth=true
        """ % (v.slug, dom, dom, S(b64("ci-npm:%s" % nx_pw), "basic-auth-header", check="basic"),
               S(v.npm(), "npm-token", check="npm-crc"), N("${GITHUB_TOKEN}", "env-reference")))
    c.w(R + "agents/build-07/.config/pip/pip.conf", """
        [global]
        index-url = %s
        extra-index-url = https://pypi.org/simple
        timeout = 60
        """ % S("https://ci-pip:%s@nexus.%s/repository/pypi-all/simple" % (v.password("url"), dom), "credential-uri"))
    c.w(R + "agents/build-07/.config/pypoetry/auth.toml", """
        [http-basic.internal]
        username = "ci-poetry"
        password = "%s"
        """ % S(v.password("any"), "generic-password"))
    reg = {"auths": {}}
    auth1 = b64("%sci:%s" % (v.slug, v.docker_pat()))
    auth2 = b64("AWS:%s" % v.alnum(60))
    c.w(R + "agents/build-07/.docker/config.json", """
        {
          "auths": {
            "https://index.docker.io/v1/": {
              "auth": "%s"
            },
            "harbor.%s": {
              "auth": "%s"
            },
            "ghcr.io": {}
          },
          "credsStore": "%s",
          "currentContext": "default"
        }
        """ % (S(auth1, "docker-config-auth", check="basic"), dom, S(auth2, "docker-config-auth", check="basic"),
               N("desktop", "credential-helper")))
    c.w(R + "agents/build-07/.jfrog/jfrog-cli.conf.v6", """
        {
          "servers": [
            {
              "url": "https://%s.jfrog.io/",
              "artifactoryUrl": "https://%s.jfrog.io/artifactory/",
              "user": "ci",
              "accessToken": "%s",
              "serverId": "main",
              "isDefault": true
            }
          ],
          "version": "6"
        }
        """ % (v.slug, v.slug, S(v.jfrog_ref(), "jfrog-token")))

    # ---------------------------------------------------------------- a build log
    c.w(R + "logs/build-%s.log" % v.digits(5), """
        [2024-06-11T10:02:11Z] Running on build-07 in /var/lib/ci/workspace/ledger
        [2024-06-11T10:02:12Z] + git checkout -f %s
        [2024-06-11T10:02:14Z] + export NUGET_API_KEY=%s
        [2024-06-11T10:02:14Z] + dotnet nuget push Ledger.Client.3.4.1.nupkg -k %s -s https://api.nuget.org/v3/index.json
        [2024-06-11T10:02:19Z] Pushing Ledger.Client.3.4.1.nupkg to 'https://www.nuget.org/api/v2/package'...
        [2024-06-11T10:02:21Z] + echo "DOCKER_PASSWORD=%s"
        [2024-06-11T10:02:22Z] + curl -H 'Authorization: Bearer %s' https://deploy.%s/api/release
        [2024-06-11T10:02:23Z] {"status":"queued","id":"%s"}
        [2024-06-11T10:02:23Z] Finished: SUCCESS
        """ % (N(v.sha1(), "git-sha"), N("***", "redacted"), S(v.nuget(), "nuget-api-key"), N("********", "redacted"),
               S(v.jwt({"sub": "ci-deployer", "scope": "release:write", "iat": v.iat(), "exp": v.iat() + 86400}), "jwt",
                 check="jwt"), dom, N(v.uuid(), "uuid")))
