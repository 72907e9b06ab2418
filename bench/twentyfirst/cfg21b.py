"""Tool and config file kinds, part B: infrastructure-as-code, cloud CLIs, package sources, test tools."""

import base64

import keys21
import kit21 as K
import prov21
import vals21 as V

Q = '"\\'
YAML_BAD = "\"'\\#:{}[],&*?|<>=!%@` "
S3_PAIRS = ["aws", "do-spaces", "cloudflare-r2", "scaleway", "backblaze-b2"]


def atlantis(cx):
    d = cx.doc("ci/atlantis/config.yaml")
    d.l("# atlantis server --config /etc/atlantis/config.yaml", "atlantis-url: https://atlantis.%s" % cx.v["domain"],
        "repo-allowlist: github.com/%s-infra/*" % cx.v["short"], "gh-user: %s-atlantis" % cx.v["short"])
    K.prov(d, cx, "github-pat", "gh-token: {v}")
    wh = cx.mixed(40)
    d.s("gh-webhook-secret: %s" % wh, wh, "webhook-secret")
    d.l("data-dir: /var/lib/atlantis", "repo-config: /etc/atlantis/repos.yaml", "web-basic-auth: true",
        "web-username: atlantis")
    p = cx.pw(forbid=YAML_BAD)
    d.s("web-password: %s" % p, p, "password-http-basic")
    d.n("# tfe-token is not set here: it comes from ATLANTIS_TFE_TOKEN in the unit file", "ATLANTIS_TFE_TOKEN",
        "reference-env-name")


def aptly(cx):
    d = cx.doc("packaging/aptly.conf")
    key = cx.pick(S3_PAIRS)
    d.l("{", '  "rootDir": "/var/lib/aptly",', '  "downloadConcurrency": 4,', '  "architectures": ["amd64", "arm64"],',
        '  "gpgProvider": "gpg2",', '  "S3PublishEndpoints": {', '    "repo": {', '      "region": "eu-north-1",',
        '      "bucket": "%s-apt",' % cx.v["short"])
    K.pair(d, cx, key, '      "awsAccessKeyID": "{v}",', '      "awsSecretAccessKey": "{v}",')
    d.l('      "prefix": "",', '      "acl": "public-read"', "    }", "  },", '  "FileSystemPublishEndpoints": {}', "}")


def yum_repo(cx):
    d = cx.doc("packaging/yum.repos.d/%s.repo" % cx.v["short"])
    d.l("[%s-internal]" % cx.v["short"], "name=%s internal packages" % cx.v["org"],
        "baseurl=https://repo.%s/rpm/el9/$basearch/" % cx.v["domain"], "enabled=1", "gpgcheck=1",
        "gpgkey=https://repo.%s/RPM-GPG-KEY-%s" % (cx.v["domain"], cx.v["short"]))
    fp = cx.hexs(40).upper()
    d.n("# key fingerprint %s" % " ".join(fp[i:i + 4] for i in range(0, 40, 4)), " ".join(fp[i:i + 4] for i in range(0, 40, 4)),
        "id-pgp-fingerprint")
    d.l("username=yum")
    p = cx.pw(forbid=" #;")
    d.s("password=%s" % p, p, "password-package-repo")
    d.l("sslverify=1", "", "[vendor-%s]" % cx.t["vendors"][0][0].lower(), "name=Vendor packages")
    u = cx.upw()
    d.s("baseurl=https://%s:%s@packages.%s.example/el9/$basearch/" % (cx.v["short"], u, cx.t["vendors"][0][0].lower()), u,
        "password-url")
    d.l("enabled=1", "gpgcheck=0")


def nix_conf(cx):
    d = cx.doc("nix/nix.conf")
    pk = V.b64s(V.rbytes(cx.rng, 32))
    d.l("# /etc/nix/nix.conf (managed)", "experimental-features = nix-command flakes",
        "substituters = https://cache.nixos.org https://nix-cache.%s" % cx.v["domain"])
    d.n("trusted-public-keys = cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY= nix-cache.%s-1:%s"
        % (cx.v["domain"], pk), pk, "public-key-nix-cache")
    gh = prov21.token(cx, "github-pat")
    gl = prov21.token(cx, "gitlab-pat")
    d.s("access-tokens = github.com=%s gitlab.%s=PAT:%s" % (gh, cx.v["domain"], gl), gh, "github-pat", "provider")
    d.n("netrc-file = /etc/nix/netrc", "/etc/nix/netrc", "reference-file")
    d.l("max-jobs = auto", "trusted-users = root @wheel")


def clouds_yaml(cx):
    d = cx.doc("cloud/openstack/clouds.yaml")
    d.l("clouds:", "  %s-prod:" % cx.v["short"], "    auth:", "      auth_url: https://keystone.%s:5000/v3" % cx.v["domain"],
        "      username: svc-deploy")
    p = cx.pw(forbid=YAML_BAD)
    d.s("      password: %s" % p, p, "password-openstack")
    d.l("      project_name: %s-prod" % cx.v["short"], "      user_domain_name: Default", "      project_domain_name: Default",
        "    region_name: RegionOne", "    interface: public", "    identity_api_version: 3", "  %s-ci:" % cx.v["short"],
        "    auth_type: v3applicationcredential", "    auth:", "      auth_url: https://keystone.%s:5000/v3" % cx.v["domain"])
    i, s = cx.hexs(32), cx.rs(86, V.B64URL)
    d.pair([("      application_credential_id: %s" % i, i, "id"), ("      application_credential_secret: %s" % s, s, "secret")],
           "pair-openstack-app-credential", "generic")
    d.l("    region_name: RegionOne")


def openrc(cx):
    d = cx.doc("cloud/openstack/%s-prod-openrc.sh" % cx.v["short"])
    d.l("#!/usr/bin/env bash", "# OpenStack RC file downloaded from Horizon, password filled in for the deploy box",
        "export OS_AUTH_URL=https://keystone.%s:5000/v3" % cx.v["domain"])
    K.neg(d, "export OS_PROJECT_ID={v}", cx.hexs(32), "id-openstack-project")
    p = cx.pw(forbid='"\\$`')
    d.l('export OS_PROJECT_NAME="%s-prod"' % cx.v["short"], 'export OS_USER_DOMAIN_NAME="Default"',
        'export OS_USERNAME="%s"' % cx.person().handle, "# With Keystone you pass the keystone password.",
        '# echo "Please enter your OpenStack Password for project $OS_PROJECT_NAME as user $OS_USERNAME: "',
        "# read -sr OS_PASSWORD_INPUT")
    d.s('export OS_PASSWORD="%s"' % p, p, "password-openstack")
    d.l('export OS_REGION_NAME="RegionOne"', "export OS_INTERFACE=public", "export OS_IDENTITY_API_VERSION=3")


def govc_env(cx):
    d = cx.doc("cloud/vsphere/govc.env")
    d.l("# source ~/.govc.env before running govc", "export GOVC_URL=https://%s/sdk" % cx.host("vcenter"),
        "export GOVC_USERNAME='svc-govc@vsphere.local'")
    p = cx.pw(forbid="'\\")
    d.s("export GOVC_PASSWORD='%s'" % p, p, "password-vsphere")
    d.l("export GOVC_INSECURE=0", "export GOVC_DATACENTER=%s" % cx.v["city"].split()[0], "export GOVC_DATASTORE=vsanDatastore")
    th = ":".join(V.rhex(cx.rng, 2).upper() for _ in range(20))
    d.n("export GOVC_TLS_KNOWN_HOSTS=~/.govc_known_hosts  # vCenter SHA-1 thumbprint %s" % th, th, "digest-cert-thumbprint")


def install_config(cx):
    d = cx.doc("cloud/openshift/install-config.yaml")
    k = keys21.make_key("ed25519", cx.rng, "core@%s" % cx.v["short"])
    u1, u2 = "%s+ops" % cx.v["short"], "%s+pull" % cx.v["short"]
    a1 = base64.b64encode(("%s:%s" % (u1, V.rs(cx.rng, 64, V.ALNUM + "_-"))).encode()).decode()
    a2 = base64.b64encode(("%s:%s" % (u2, V.rs(cx.rng, 64, V.ALNUM + "_-"))).encode()).decode()
    ps = '{"auths":{"cloud.openshift.com":{"auth":"%s","email":"ops@%s"},"quay.io":{"auth":"%s","email":"ops@%s"}}}' % (
        a1, cx.v["domain"], a2, cx.v["domain"])
    cx.reg.take(ps)
    d.l("apiVersion: v1", "baseDomain: %s" % cx.v["domain"], "metadata:", "  name: ocp-%s" % cx.v["short"],
        "compute:", "- name: worker", "  replicas: 3", "controlPlane:", "  name: master", "  replicas: 3",
        "networking:", "  networkType: OVNKubernetes", "  clusterNetwork:", "  - cidr: 10.128.0.0/14", "    hostPrefix: 23",
        "platform:", "  none: {}", "fips: false")
    d.s("pullSecret: '%s'" % ps, ps, "openshift-pull-secret")
    line = k.ssh_pub_line()
    d.n("sshKey: '%s'" % line, line, "public-key-ssh")


def bundler_config(cx):
    d = cx.doc("ruby/.bundle/config")
    c = "%s:%s" % (V.rhex(cx.rng, 8), cx.hexs(8))
    d.l("---", 'BUNDLE_PATH: "vendor/bundle"', 'BUNDLE_JOBS: "4"')
    d.s('BUNDLE_GEMS__CONTRIBSYS__COM: "%s"' % c, c, "sidekiq-pro-credentials")
    gh = prov21.token(cx, "github-pat")
    d.s('BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "%s-ci:%s"' % (cx.v["short"], gh), gh, "github-pat", "provider")
    d.l('BUNDLE_WITHOUT: "development:test"')


def ovh_conf(cx):
    d = cx.doc("cloud/ovh.conf")
    d.l("[default]", "; general configuration: default endpoint", "endpoint=ovh-eu", "", "[ovh-eu]")
    ak, as_ = cx.rs(16), cx.rs(32)
    d.pair([("application_key=%s" % ak, ak, "id"), ("application_secret=%s" % as_, as_, "secret")], "pair-ovh", "generic")
    ck = cx.rs(32)
    d.s("consumer_key=%s" % ck, ck, "ovh-consumer-key")


def aliyun_cli(cx):
    d = cx.doc("cloud/aliyun/config.json")
    d.l("{", '\t"current": "default",', '\t"profiles": [', "\t\t{", '\t\t\t"name": "default",', '\t\t\t"mode": "AK",')
    K.pair(d, cx, "alibaba", '\t\t\t"access_key_id": "{v}",', '\t\t\t"access_key_secret": "{v}",')
    d.l('\t\t\t"sts_token": "",', '\t\t\t"region_id": "eu-central-1",', '\t\t\t"output_format": "json",',
        '\t\t\t"language": "en",', '\t\t\t"retry_timeout": 0,', '\t\t\t"retry_count": 0', "\t\t}", "\t],",
        '\t"meta_path": ""', "}")


def tccli(cx):
    d = cx.doc("cloud/tccli/default.credential")
    d.l("{")
    K.pair(d, cx, "tencent", '    "secretId": "{v}",', '    "secretKey": "{v}",')
    d.l('    "token": ""', "}")


def flyctl(cx):
    d = cx.doc("cloud/fly/config.yml")
    t = cx.uniq(lambda: "FlyV1 fm2_" + V.b64s(V.rbytes(cx.rng, 180)))
    d.s("access_token: %s" % t, t, "flyio-macaroon", "provider")
    d.l("last_update_check: 2025-%02d-%02dT08:41:13.51Z" % (cx.rng.randint(1, 12), cx.rng.randint(1, 28)),
        "send_metrics: true", "wire_guard_state: {}")


def argocd_cli(cx):
    d = cx.doc("cloud/argocd/config")
    srv = "argocd.%s" % cx.v["domain"]
    jwt = cx.uniq(V.jwt_hs256, cx.rng, {"iss": "argocd", "sub": "admin:login", "exp": 1767225600 + cx.rng.randint(0, 9999999),
                                        "nbf": 1735689600, "iat": 1735689600, "jti": V.uuid4(cx.rng)})
    d.l("contexts:", "- name: %s" % srv, "  server: %s" % srv, "  user: %s" % srv, "current-context: %s" % srv,
        "prompts-enabled: false", "servers:", '- grpc-web-root-path: ""', "  server: %s" % srv, "users:")
    d.s("- auth-token: %s" % jwt, jwt, "argocd-session-jwt")
    d.l("  name: %s" % srv)


def fish_config(cx):
    d = cx.doc("home/%s/.config/fish/config.fish" % cx.person().short)
    d.l("if status is-interactive", "    # Commands to run in interactive sessions can go here", "end",
        "set -gx EDITOR nvim")
    K.prov(d, cx, "github-pat", "set -gx GITHUB_TOKEN {v}")
    key = K.shape(cx, ok=lambda k: k in prov21.BEARERISH)
    K.prov(d, cx, key, "set -gx %s {v}" % K.var_of(key))
    d.l("set -gx VAULT_ADDR https://%s:8200" % cx.host("vault"))
    d.n("set -gx VAULT_TOKEN (cat ~/.vault-token)", "(cat ~/.vault-token)", "reference-file")
    d.l("fish_add_path ~/.local/bin", "abbr -a k kubectl")


def dapr_component(cx):
    d = cx.doc("k8s/dapr/components.yaml")
    ns = cx.v["short"] + "-apps"
    d.l("apiVersion: dapr.io/v1alpha1", "kind: Component", "metadata:", "  name: statestore", "  namespace: %s" % ns,
        "spec:", "  type: state.redis", "  version: v1", "  metadata:", "  - name: redisHost",
        "    value: redis-master.%s.svc.cluster.local:6379" % ns, "  - name: redisPassword")
    p = cx.pw(forbid=Q)
    d.s('    value: "%s"' % p, p, "password-redis")
    d.l("---", "apiVersion: dapr.io/v1alpha1", "kind: Component", "metadata:", "  name: pubsub", "  namespace: %s" % ns,
        "spec:", "  type: pubsub.mqtt3", "  version: v1", "  metadata:", "  - name: url")
    u = cx.upw()
    d.s('    value: "mqtts://dapr:%s@%s:8883"' % (u, cx.host("mqtt")), u, "password-url")
    d.l("  - name: caCert", "    secretKeyRef:")
    d.n("      name: mqtt-ca", "mqtt-ca", "reference-k8s-secret")
    d.l("      key: ca.crt", "auth:", "  secretStore: kubernetes")


def openfaas_stack(cx):
    d = cx.doc("faas/stack.yml")
    fn = cx.sys().split()[0].lower().replace("-", "") + "-hook"
    d.l("version: 1.0", "provider:", "  name: openfaas", "  gateway: https://faas.%s" % cx.v["domain"], "functions:",
        "  %s:" % fn, "    lang: python3-http", "    handler: ./%s" % fn,
        "    image: registry.%s/%s:0.3.%d" % (cx.v["domain"], fn, cx.rng.randint(1, 9)), "    environment:",
        "      write_timeout: 30s")
    name, tok = cx.vendor_token()
    d.s("      %s_API_KEY: %s" % (name.upper(), tok), tok, "vendor-token-fictional")
    d.l("    secrets:")
    d.n("      - %s-db-password" % fn, "%s-db-password" % fn, "reference-openfaas-secret")


def robot_vars(cx):
    d = cx.doc("qa/robot/resources/portal.resource")
    p = cx.pw(forbid="  $@&%{}\\#")
    d.l("*** Settings ***", "Library    SeleniumLibrary", "Library    RequestsLibrary", "", "*** Variables ***",
        "${BASE_URL}        https://portal-staging.%s" % cx.v["domain"], "${ADMIN_USER}      qa-admin")
    d.s("${ADMIN_PASSWORD}  %s" % p, p, "password-test-account")
    d.n("${API_TOKEN}       %{PORTAL_API_TOKEN}", "%{PORTAL_API_TOKEN}", "reference-env")
    d.l("${BROWSER}         headlesschrome", "", "*** Keywords ***", "Login As Admin",
        "    Open Browser    ${BASE_URL}/login    ${BROWSER}", "    Input Text      id:username    ${ADMIN_USER}",
        "    Input Password  id:password    ${ADMIN_PASSWORD}", "    Click Button    id:submit")


def locust(cx):
    d = cx.doc("qa/load/locustfile.py")
    name, tok = cx.vendor_token()
    p = cx.pw(forbid=Q)
    d.l("from locust import HttpUser, task, between", "")
    d.s('API_KEY = "%s"  # %s sandbox' % (tok, name), tok, "vendor-token-fictional")
    d.l("", "", "class PortalUser(HttpUser):", "    wait_time = between(1, 3)",
        '    host = "https://portal-staging.%s"' % cx.v["domain"], "", "    def on_start(self):")
    d.s('        self.client.post("/api/login", json={"username": "loadtest", "password": "%s"})' % p, p,
        "password-test-account")
    d.l("", "    @task", "    def dashboard(self):",
        '        self.client.get("/api/v1/dashboard", headers={"Authorization": f"Bearer {API_KEY}"})')


def jmeter(cx):
    d = cx.doc("qa/jmeter/%s-load.jmx" % cx.v["short"])
    p = cx.pw(forbid="<>&\"'")
    name, tok = cx.vendor_token()
    d.l('<?xml version="1.0" encoding="UTF-8"?>', '<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">',
        "  <hashTree>", '    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="%s load test">' % cx.sys(),
        '      <elementProp name="TestPlan.user_defined_variables" elementType="Arguments">',
        '        <collectionProp name="Arguments.arguments">', '          <elementProp name="API_TOKEN" elementType="Argument">',
        '            <stringProp name="Argument.name">API_TOKEN</stringProp>')
    d.n('            <stringProp name="Argument.value">${__P(api.token)}</stringProp>', "${__P(api.token)}",
        "reference-jmeter-property")
    d.l("          </elementProp>", "        </collectionProp>", "      </elementProp>", "    </TestPlan>", "    <hashTree>",
        '      <AuthManager guiclass="AuthPanel" testclass="AuthManager" testname="HTTP Authorization Manager">',
        '        <collectionProp name="AuthManager.auth_list">', '          <elementProp name="" elementType="Authorization">',
        '            <stringProp name="Authorization.url">https://portal-staging.%s/</stringProp>' % cx.v["domain"],
        '            <stringProp name="Authorization.username">loadtest</stringProp>')
    d.s('            <stringProp name="Authorization.password">%s</stringProp>' % p, p, "password-test-account")
    d.l("          </elementProp>", "        </collectionProp>", "      </AuthManager>", "      <hashTree/>",
        '      <HeaderManager guiclass="HeaderPanel" testclass="HeaderManager" testname="HTTP Header Manager">',
        '        <collectionProp name="HeaderManager.headers">', '          <elementProp name="" elementType="Header">',
        '            <stringProp name="Header.name">X-Api-Key</stringProp>')
    d.s('            <stringProp name="Header.value">%s</stringProp>' % tok, tok, "vendor-token-fictional")
    d.l("          </elementProp>", "        </collectionProp>", "      </HeaderManager>", "      <hashTree/>",
        "    </hashTree>", "  </hashTree>", "</jmeterTestPlan>")


def thunder_env(cx):
    d = cx.doc("qa/thunder-tests/thunderEnvironment.json")
    key = K.bearer_shape(cx)
    p = cx.pw(forbid=Q)
    d.l("[", "  {", '    "_id": "%s",' % cx.uuid(), '    "name": "staging",', '    "default": false,', '    "sortNum": 10000,',
        '    "created": "2025-03-11T09:20:41.118Z",', '    "modified": "2025-06-02T14:03:09.004Z",', '    "data": [',
        '      {"name": "baseUrl", "value": "https://api-staging.%s"},' % cx.v["domain"])
    K.prov(d, cx, key, '      {"name": "token", "value": "{v}"},')
    d.s('      {"name": "password", "value": "%s"}' % p, p, "password-test-account")
    d.l("    ]", "  },", "  {", '    "_id": "%s",' % cx.uuid(), '    "name": "production",', '    "default": false,',
        '    "sortNum": 20000,', '    "created": "2025-03-11T09:21:02.500Z",', '    "modified": "2025-03-11T09:21:02.500Z",',
        '    "data": [', '      {"name": "baseUrl", "value": "https://api.%s"},' % cx.v["domain"])
    d.n('      {"name": "token", "value": "{{prodToken}}"}', "{{prodToken}}", "reference-template")
    d.l("    ]", "  }", "]")


def soapui(cx):
    d = cx.doc("qa/soapui/%s-soapui-project.xml" % cx.v["short"])
    p1, p2 = cx.pw(forbid="<>&\"'"), cx.pw(forbid="<>&\"'")
    d.l('<?xml version="1.0" encoding="UTF-8"?>',
        '<con:soapui-project id="%s" activeEnvironment="Default" name="%s" soapui-version="5.7.2" '
        'xmlns:con="http://eviware.com/soapui/config" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        % (V.uuid4(cx.rng), cx.sys()), "  <con:settings/>", '  <con:testSuite id="%s" name="Smoke">' % V.uuid4(cx.rng),
        '    <con:testCase id="%s" name="Status" searchProperties="true">' % V.uuid4(cx.rng),
        '      <con:testStep type="request" name="GetStatus">', '        <con:config xsi:type="con:RequestStep">',
        '          <con:request name="GetStatus" outgoingWss="ws-user" incomingWss="">',
        "            <con:endpoint>https://ws.%s/services/Status</con:endpoint>" % cx.v["domain"],
        "            <con:credentials>", "              <con:username>svc-soap</con:username>")
    d.s("              <con:password>%s</con:password>" % p1, p1, "password-soap-service")
    d.l("              <con:authType>Global HTTP Settings</con:authType>", "            </con:credentials>",
        "          </con:request>", "        </con:config>", "      </con:testStep>", "    </con:testCase>",
        "  </con:testSuite>", "  <con:wssContainer>", "    <con:outgoing>", "      <con:name>ws-user</con:name>",
        "      <con:username>wss-%s</con:username>" % cx.v["short"])
    d.s("      <con:password>%s</con:password>" % p2, p2, "password-ws-security")
    d.l("    </con:outgoing>", "  </con:wssContainer>", "  <con:properties>", "    <con:property>",
        "      <con:name>prodPassword</con:name>")
    d.n("      <con:value>${#Env#PROD_SOAP_PASSWORD}</con:value>", "${#Env#PROD_SOAP_PASSWORD}", "reference-env")
    d.l("    </con:property>", "  </con:properties>", "</con:soapui-project>")


KINDS = {
    "atlantis": (atlantis, None), "aptly": (aptly, None), "yum-repo": (yum_repo, None), "nix-conf": (nix_conf, None),
    "openstack-clouds-yaml": (clouds_yaml, None), "openstack-openrc": (openrc, None), "govc-env": (govc_env, None),
    "openshift-install-config": (install_config, None), "bundler-config": (bundler_config, None),
    "ovh-conf": (ovh_conf, None), "aliyun-cli": (aliyun_cli, None), "tccli": (tccli, None), "flyctl": (flyctl, None),
    "argocd-cli": (argocd_cli, None), "fish-config": (fish_config, None), "dapr-components": (dapr_component, None),
    "openfaas-stack": (openfaas_stack, None), "robot-framework": (robot_vars, None), "locust": (locust, None),
    "jmeter": (jmeter, None), "thunder-client": (thunder_env, None), "soapui": (soapui, None),
}
