"""platform-infra/ part 2: Helm, Kustomize, raw manifests, SOPS, sealed secrets, Pulumi, CloudFormation."""
import json

from hrand import b64


def build(x):
    r, t, n = x.r, x.t, x.n
    dom = r.choice(["shop-platform", "fleetops", "ledgerly", "quantive"]) + ".io"

    # ---------------------------------------------------------------- Helm
    f = x.c.file("platform-infra/helm/charts/api/values.yaml")
    dg = f.N(*n.docker_digest())
    f.write('''replicaCount: 2
image:
  repository: registry.%s/api
  digest: "%s"
  pullPolicy: IfNotPresent
imagePullSecrets:
  - name: regcred
existingSecret: api-secrets
env:
  - name: STRIPE_SECRET_KEY
    valueFrom:
      secretKeyRef:
        name: api-secrets
        key: stripe-secret-key
redis:
  auth:
    enabled: true
    existingSecret: redis-auth
''' % (dom, dg))

    f = x.c.file("platform-infra/helm/charts/api/values-prod.yaml")
    rpw = f.S(x.urlpw(), "generic-password")
    smtp = f.S(r.password("strong"), "generic-password")
    cs = f.S(r.b64(32, url=True), "app-secret-key")
    gcs = f.S(*t.google_oauth_secret())
    gcid = f.N(*n.google_client_id())
    dsn = f.N(*n.sentry_dsn())
    f.write('''replicaCount: 6
redis:
  auth:
    existingSecret: ""
    password: "%s"
smtp:
  host: email-smtp.eu-west-1.amazonaws.com
  username: apikey
  password: %s
sentry:
  dsn: %s
oauth2-proxy:
  config:
    clientID: "%s"
    clientSecret: "%s"
    cookieSecret: "%s"
''' % (rpw, smtp, dsn, gcid, gcs, cs))

    f = x.c.file("platform-infra/helm/charts/api/templates/secret.yaml")
    tv = f.N("{{ .Values.smtp.password | b64enc | quote }}", "template-ref")
    f.write('''apiVersion: v1
kind: Secret
metadata:
  name: {{ include "api.fullname" . }}-smtp
type: Opaque
data:
  smtp-password: %s
''' % tv)

    f = x.c.file("platform-infra/helm/charts/monitoring/values.yaml")
    gpw = f.S(r.password("words"), "generic-password")
    hook = f.S(*t.slack_webhook())
    pd = f.S(r.hex(32), "generic-api-key")
    f.write('''grafana:
  adminUser: admin
  adminPassword: %s
  persistence:
    enabled: true
alertmanager:
  config:
    global:
      slack_api_url: '%s'
    receivers:
      - name: oncall
        pagerduty_configs:
          - routing_key: %s
            severity: critical
      - name: team-slack
        slack_configs:
          - channel: '#alerts-platform'
''' % (gpw, hook, pd))

    # ---------------------------------------------------------------- Kustomize
    f = x.c.file("platform-infra/kustomize/base/kustomization.yaml")
    lit = f.S(r.password("strong"), "generic-password")
    f.write('''apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
  - service.yaml
secretGenerator:
  - name: worker-secrets
    literals:
      - QUEUE_USER=worker
      - QUEUE_PASSWORD=%s
  - name: worker-env
    envs:
      - secrets.env
''' % lit)

    f = x.c.file("platform-infra/kustomize/base/secrets.env")
    sg = f.S(*t.sendgrid())
    tw_sid, tw_sec = t.twilio()
    f.S(tw_sid, "twilio-key", end=tw_sec)
    f.write("SENDGRID_API_KEY=%s\nTWILIO_API_KEY=%s\nTWILIO_API_SECRET=%s\nFEATURE_FLAGS=beta-dashboard\n" % (sg, tw_sid, tw_sec))

    f = x.c.file("platform-infra/kustomize/overlays/prod/sealed-db.yaml")
    s1 = f.N(*n.sealed())
    s2 = f.N(*n.sealed())
    f.write('''apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: db-credentials
  namespace: prod
spec:
  encryptedData:
    password: %s
    username: %s
  template:
    metadata:
      name: db-credentials
''' % (s1, s2))

    f = x.c.file("platform-infra/kustomize/overlays/prod/kustomization.yaml")
    f.write("resources:\n  - ../../base\n  - sealed-db.yaml\npatches:\n  - path: replicas.yaml\n")

    # ---------------------------------------------------------------- raw manifests
    f = x.c.file("platform-infra/k8s/registry-pull-secret.yaml")
    rtok = t.gitlab_other()[0] if r.chance(0.3) else x.urlpw()
    auth = b64("deployer:%s" % rtok)
    cfg = json.dumps({"auths": {"registry.%s" % dom: {"username": "deployer", "password": rtok, "auth": auth}}},
                     separators=(",", ":"))
    enc = f.S(b64(cfg), "docker-config-auth")
    f.write('''apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: prod
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: %s
''' % enc)

    f = x.c.file("platform-infra/k8s/payments-secret.yaml")
    sk = t.stripe_secret()[0]
    d1 = f.S(b64(sk), "k8s-secret-data")
    d2 = f.S(b64(r.password("strong")), "k8s-secret-data")
    wh = f.S(*t.stripe_whsec())
    f.write('''apiVersion: v1
kind: Secret
metadata:
  name: payments
  namespace: prod
  labels:
    app.kubernetes.io/part-of: checkout
type: Opaque
data:
  STRIPE_SECRET_KEY: %s
  DB_PASSWORD: %s
stringData:
  STRIPE_WEBHOOK_SECRET: %s
''' % (d1, d2, wh))

    f = x.c.file("platform-infra/k8s/configmap-app.yaml")
    uid = f.N(*n.uuid())
    pk = f.N(*n.stripe_pk())
    f.write('''apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
  uid: %s
data:
  STRIPE_PUBLISHABLE_KEY: %s
  LOG_FORMAT: json
  PASSWORD_RESET_TTL: "3600"
''' % (uid, pk))

    # ---------------------------------------------------------------- SOPS
    f = x.c.file("platform-infra/secrets/prod.enc.yaml")
    vals = [f.N(*n.sops_value()) for _ in range(4)]
    rec = f.N(*n.age_recipient())
    armor = f.N(*n.age_armor(indent="              "))
    mac = f.N(*n.sops_value(32))
    f.write('''db:
    password: %s
    user: %s
stripe:
    secret_key: %s
    webhook_secret: %s
sops:
    kms: []
    age:
        - recipient: %s
          enc: |
              %s
    lastmodified: "2024-%02d-%02dT10:12:44Z"
    mac: %s
    unencrypted_suffix: _unencrypted
    version: 3.8.1
''' % (vals[0], vals[1], vals[2], vals[3], rec, armor, r.randint(1, 12), r.randint(1, 28), mac))

    f = x.c.file("platform-infra/.sops.yaml")
    r1 = f.N(*n.age_recipient())
    r2 = f.N(*n.age_recipient())
    kms = "arn:aws:kms:eu-central-1:%s:key/%s" % (r.digits(12), r.uuid())
    f.N(kms, "identifier")
    f.write('''creation_rules:
  - path_regex: secrets/prod\\..*\\.yaml$
    age: >-
      %s,
      %s
  - path_regex: secrets/staging\\..*
    kms: %s
''' % (r1, r2, kms))

    # ---------------------------------------------------------------- Pulumi
    f = x.c.file("platform-infra/pulumi/Pulumi.yaml")
    f.write('''name: edge-network
runtime: yaml
description: CDN and DNS for the public sites
config:
  cloudflare:apiToken:
    secret: true
resources:
  zone:
    type: cloudflare:Zone
    properties:
      accountId: ${accountId}
      zone: %s
''' % dom)

    f = x.c.file("platform-infra/pulumi/Pulumi.prod.yaml")
    salt = f.N(*n.pulumi_secure())
    sec1 = f.N(*n.pulumi_secure())
    sec2 = f.N(*n.pulumi_secure())
    cfacct = f.N(r.hex(32), "identifier")   # Cloudflare account tag
    f.write('''encryptionsalt: %s
config:
  aws:region: eu-central-1
  cloudflare:apiToken:
    secure: %s
  edge-network:originSecret:
    secure: %s
  edge-network:accountId: %s
''' % (salt, sec1, sec2, cfacct))

    f = x.c.file("platform-infra/pulumi/Pulumi.dev.yaml")
    cfd = f.S(*t.cloudflare_token())
    f.write('''config:
  aws:region: eu-central-1
  cloudflare:apiToken: %s
  edge-network:accountId: dev-sandbox
''' % cfd)

    # ---------------------------------------------------------------- CloudFormation
    f = x.c.file("platform-infra/cloudformation/rds.yaml")
    res = f.N(*n.cfn_resolve("prod/rds/master"))
    f.write('''AWSTemplateFormatVersion: "2010-09-09"
Description: Reporting database
Parameters:
  DBUser:
    Type: String
    Default: reporting
Resources:
  ReportingDB:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      AllocatedStorage: "50"
      MasterUsername: !Ref DBUser
      MasterUserPassword: "%s"
      StorageEncrypted: true
''' % res)

    f = x.c.file("platform-infra/cloudformation/legacy-bastion.yaml")
    dpw = f.S(r.password("words"), "generic-password")
    upw = f.S(r.password("human"), "generic-password")
    f.write('''AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  AdminPassword:
    Type: String
    NoEcho: true
    Default: "%s"
Resources:
  Bastion:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0%s
      InstanceType: t3.micro
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          echo '%s' | passwd --stdin ec2-user
          sed -i 's/^PasswordAuthentication no/PasswordAuthentication yes/' /etc/ssh/sshd_config
          systemctl restart sshd
''' % (dpw, r.hex(16), upw))

    f = x.c.file("platform-infra/docker-compose.observability.yml")
    gf = f.S(r.password("strong"), "generic-password")
    inf = f.S(r.b64(48, url=True), "generic-api-key")
    f.write('''services:
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      - GF_SECURITY_ADMIN_USER=admin
      - GF_SECURITY_ADMIN_PASSWORD=%s
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: ops
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: %s
''' % (gf, inf))
