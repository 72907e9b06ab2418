"""Eleven log and capture kinds (not counted as free text)."""

import datetime

from core28 import Doc, rstr, HEXL, B62, B64STD, uuid4


def P(c, *parts):
    return "/".join((c.dir,) + parts)


def _ts(c, r):
    return c.when(r)


def l_tflog(c, r):
    d = Doc(P(c, "logs", "terraform-apply.debug.log"), "log")
    t = _ts(c, r)
    pw = c.pw(r)
    iso = t.strftime("%Y-%m-%dT%H:%M:%S")
    lin = uuid4(r)
    d.add("%s.101Z [INFO]  Terraform version: 1.9.5" % iso, "%s.102Z [DEBUG] using github.com/hashicorp/go-tfe v1.58.0" % iso,
          "%s.340Z [INFO]  provider: configuring client automatic mTLS" % iso)
    d.sec('%s.512Z [DEBUG] provider.terraform-provider-postgresql_v1.22.0: connecting: host=db.%s port=5432 user=terraform password=%s sslmode=require'
          % (iso, c.internal, pw), pw, "db-password")
    d.add('%s.513Z [DEBUG] ReferenceTransformer: "postgresql_role.app" references: []' % iso)
    d.neg('%s.900Z [TRACE] statemgr.Filesystem: writing snapshot at terraform.tfstate, lineage "%s"' % (iso, lin), lin,
          "uuid")
    return [d]


def l_packer(c, r):
    d = Doc(P(c, "logs", "packer-build.log"), "log")
    t = _ts(c, r)
    pw = c.pw(r)
    s = t.strftime("%Y/%m/%d %H:%M:%S")
    d.add("%s [INFO] Packer version: 1.11.2 [go1.22.5 linux amd64]" % s, "%s Loading plugins..." % s,
          "%s [INFO] (telemetry) Starting builder vsphere-iso.base" % s)
    d.sec("%s packer-plugin-vsphere_v1.4.0_x5.0_linux_amd64 plugin: %s Connecting to vcenter.%s as packer@vsphere.local with password %s"
          % (s, s, c.internal, pw), pw, "vcenter-password")
    d.add("%s ui: ==> vsphere-iso.base: Creating VM..." % s)
    sig = uuid4(r)
    d.neg("%s [INFO] (telemetry) checkpoint signature %s" % (s, sig), sig, "uuid")
    return [d]


def l_npmdebug(c, r):
    d = Doc(P(c, "logs", "npm-debug.log"), "log")
    t = c.token(r, "npm")
    d.add("0 verbose cli /usr/local/bin/node /usr/local/bin/npm", "1 info using npm@10.8.2", "2 info using node@v20.16.0",
          "3 verbose title npm publish")
    d.sec('4 verbose argv "publish" "--//npm.%s/:_authToken" "%s"' % (c.internal, t), t, "provider:npm",
          group="provider")
    sess = rstr(r, HEXL, 16)
    d.neg("5 verbose logfile npm-session %s" % sess, sess, "identifier")
    d.add("12 verbose stack HttpErrorGeneral: 403 Forbidden - PUT https://npm.%s/@%s%%2fui-kit" % (c.internal, c.slug[:8]),
          "13 error code E403", "14 verbose exit 1")
    return [d]


def l_jenkins(c, r):
    d = Doc(P(c, "logs", "jenkins-deploy-console.txt"), "log")
    k = c.b62s(r, 40)
    p = c.person(r)
    d.add("Started by user %s" % p["latin"], "[Pipeline] Start of Pipeline", "[Pipeline] withCredentials",
          "Masking supported pattern matches of $REGISTRY_PASSWORD", "[Pipeline] {", "[Pipeline] sh")
    d.neg("+ docker login -u ci -p **** registry.%s" % c.internal, "****", "masked")
    d.add("Login Succeeded", "+ set -x")
    d.sec("+ curl -s -H 'X-Api-Key: %s' https://status.%s/api/deployments" % (k, c.domain), k, "api-key")
    d.add("+ ./deploy.sh production", "[Pipeline] }", "[Pipeline] End of Pipeline", "Finished: SUCCESS")
    return [d]


def l_rails(c, r):
    d = Doc(P(c, "logs", "production.log"), "log")
    t = _ts(c, r)
    k = c.b62s(r, 32)
    s = t.strftime("%Y-%m-%dT%H:%M:%S.%f")
    rq = uuid4(r)
    rq2 = uuid4(r)
    d.add('I, [%s #12] INFO -- : [%s] Started POST "/users/sign_in" for 10.0.4.17 at %s +0000' % (s, rq, t),
          "I, [%s #12] INFO -- : [%s] Processing by Users::SessionsController#create as HTML" % (s, rq))
    d.neg('I, [%s #12] INFO -- : [%s]   Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"%s", "password"=>"[FILTERED]"}}'
          % (s, rq, c.people[2]["email"]), '"password"=>"[FILTERED]"', "masked")
    d.sec('I, [%s #14] INFO -- : [%s] Started GET "/api/v1/export?api_key=%s&format=csv" for 10.0.4.22 at %s +0000'
          % (s, rq2, k, t), k, "api-key")
    d.add("I, [%s #14] INFO -- : [%s] Completed 200 OK in 412ms (Views: 0.2ms | ActiveRecord: 380.1ms)" % (s, rq2))
    return [d]


def l_whoops(c, r):
    d = Doc(P(c, "logs", "whoops-500.html"), "log")
    ak = c.uniq(lambda: "base64:" + rstr(r, B64STD, 43) + "=")
    pw = c.pw(r)
    d.add("<!DOCTYPE html>", "<html><head><title>Whoops! There was an error.</title></head><body>",
          '<div class="details-container">', '<div class="data-table" id="sg-environment-variables">',
          "<label>Environment Variables</label>", "<table>", "<tr><td>APP_ENV</td><td>production</td></tr>")
    d.sec("<tr><td>APP_KEY</td><td>%s</td></tr>" % ak, ak, "laravel-app-key")
    d.add("<tr><td>DB_HOST</td><td>db.%s</td></tr>" % c.internal)
    d.sec("<tr><td>DB_PASSWORD</td><td>%s</td></tr>" % pw, pw, "db-password")
    d.neg("<tr><td>REDIS_PASSWORD</td><td>*****</td></tr>", "*****", "masked")
    d.add("</table>", "</div>", "</div>", "</body></html>")
    return [d]


def l_actuator(c, r):
    d = Doc(P(c, "logs", "actuator-env.json"), "log", fmt="json")
    pw = c.pw(r)
    shape = r.choice(["square", "shopify", "stripe-restricted", "mailchimp"])
    t = c.token(r, shape)
    d.add("{", '  "activeProfiles": ["prod"],', '  "propertySources": [', "    {", '      "name": "systemEnvironment",',
          '      "properties": {')
    d.neg('        "SPRING_DATASOURCE_PASSWORD": {"value": "******", "origin": "System Environment Property"},',
          "******", "masked")
    d.sec('        "MAIL_SMTP_PASS": {"value": "%s", "origin": "System Environment Property"},' % pw, pw, "smtp-password")
    d.sec('        "PAYMENTS_API_TOKEN": {"value": "%s", "origin": "System Environment Property"},' % t, t,
          "provider:" + shape, group="provider")
    d.add('        "JAVA_HOME": {"value": "/opt/java/openjdk", "origin": "System Environment Property"}', "      }",
          "    }", "  ]", "}")
    return [d]


def l_erlcrash(c, r):
    d = Doc(P(c, "logs", "erl_crash.dump"), "log")
    t = _ts(c, r)
    pw = c.pw(r)
    sha = rstr(r, HEXL, 40)
    d.add("=erl_crash_dump:0.5", t.strftime("%a %b %d %H:%M:%S %Y"),
          "Slogan: init terminating in do_boot ({badmatch,{error,econnrefused}})",
          "System version: Erlang/OTP 26 [erts-14.2.5] [source] [64-bit] [smp:2:2] [ds:2:2:10] [async-threads:1] [jit]",
          "Taints: crypto,asn1rt_nif", "Atoms: 41872", "=proc:<0.1524.0>", "State: Waiting",
          "Name: 'Elixir.App.Repo.Supervisor'", "=proc_dictionary:<0.1524.0>")
    d.sec('[{\'$ancestors\',[\'Elixir.App.Supervisor\',<0.1520.0>]},{db_config,[{hostname,"db.%s"},{username,"app"},{password,"%s"}]}]'
          % (c.internal, pw), pw, "db-password")
    d.neg('{build_info,[{git_sha,"%s"}]}' % sha, sha, "git-sha")
    d.add("=atoms", "'Elixir.App.Repo'", "=end")
    return [d]


def l_gopanic(c, r):
    d = Doc(P(c, "logs", "api-crash.log"), "log")
    t = _ts(c, r)
    pw = c.pw(r, url=True)
    sha = rstr(r, HEXL, 40)
    s = t.strftime("%Y/%m/%d %H:%M:%S")
    d.neg("%s build vcs.revision=%s vcs.modified=false" % (s, sha), sha, "git-sha")
    d.sec("%s connecting to postgres://api:%s@db.%s:5432/api?sslmode=disable" % (s, pw, c.internal), pw,
          "db-uri-password")
    d.add("panic: dial tcp 10.0.3.4:5432: connect: connection refused", "", "goroutine 1 [running]:",
          "main.mustConnect({0xc0000a2000, 0x5e})", "\t/src/cmd/api/main.go:41 +0x1a5", "main.main()",
          "\t/src/cmd/api/main.go:22 +0x4e", "exit status 2")
    return [d]


def l_win4688(c, r):
    d = Doc(P(c, "logs", "security-4688-export.xml"), "log", fmt="xml")
    pw = c.pw(r)
    pw2 = c.pw(r)
    dom = c.slug[:8].upper()
    t = _ts(c, r)
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.0000000Z")
    d.add('<?xml version="1.0" encoding="utf-8"?>', "<Events>",
          '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">', "<System>")
    d.neg('<Provider Name="Microsoft-Windows-Security-Auditing" Guid="{54849625-5478-4994-a5ba-3e3b0328c30d}"/>',
          "{54849625-5478-4994-a5ba-3e3b0328c30d}", "identifier")
    d.add("<EventID>4688</EventID>", '<TimeCreated SystemTime="%s"/>' % ts, "</System>", "<EventData>",
          '<Data Name="SubjectUserName">svc-scan</Data>',
          '<Data Name="NewProcessName">C:\\Windows\\System32\\net.exe</Data>')
    d.sec('<Data Name="CommandLine">net use \\\\nas.%s\\scans /user:%s\\svc-scan %s</Data>' % (c.internal, dom, pw), pw,
          "windows-password")
    d.add("</EventData>", "</Event>", '<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event">',
          "<System>", "<EventID>4688</EventID>", '<TimeCreated SystemTime="%s"/>' % ts, "</System>", "<EventData>",
          '<Data Name="NewProcessName">C:\\Windows\\System32\\cmdkey.exe</Data>')
    d.sec('<Data Name="CommandLine">cmdkey /generic:TERMSRV/rds.%s /user:%s\\ops /pass:%s</Data>' % (c.internal, dom, pw2),
          pw2, "windows-password")
    d.add("</EventData>", "</Event>", "</Events>")
    return [d]


def l_ansible(c, r):
    d = Doc(P(c, "logs", "ansible-site-vvv.log"), "log")
    pw = c.pw(r)
    h = "db01." + c.internal
    d.add("ansible-playbook 2.17.4", "  config file = /srv/ansible/ansible.cfg", "", "TASK [db : create application user] " + "*" * 40,
          "task path: /srv/ansible/roles/db/tasks/main.yml:12", "<%s> ESTABLISH SSH CONNECTION FOR USER: deploy" % h,
          "changed: [%s] => {" % h, '    "changed": true,', '    "invocation": {', '        "module_args": {')
    d.neg('            "login_password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",', "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
          "masked")
    d.add('            "name": "app",')
    d.sec('            "app_db_pass": "%s",' % pw, pw, "db-password")
    d.add('            "priv": "app.*:ALL"', "        }", "    }", "}")
    return [d]


LOGS = {"tf-log-debug": l_tflog, "packer-log": l_packer, "npm-debug.log": l_npmdebug, "jenkins-console": l_jenkins,
        "rails-production-log": l_rails, "php-whoops-page": l_whoops, "spring-actuator-env": l_actuator,
        "erl-crash-dump": l_erlcrash, "go-panic-log": l_gopanic, "windows-4688-xml": l_win4688,
        "ansible-vvv": l_ansible}
