"""Logs and captures that leak a value, with identifiers and masked values beside it."""

import base64

from core26 import Doc


def ci_job_log(ctx):
    d = Doc("ci-logs/job_%d.log" % ctx.r.randrange(10 ** 5, 10 ** 6), role="log")
    sha = ctx.gitsha()
    ctx.claim(sha[:8])
    d.add("Running with gitlab-runner 17.%d.1 (%s)" % (ctx.r.randrange(0, 9), ctx.hexs(8)))
    d.add("  on %s %s, system ID: s_%s" % (ctx.host("runner").split(".")[0], ctx.hexs(8), ctx.hexs(12)))
    d.neg("Checking out %s as detached HEAD (ref is main)..." % sha[:8], sha[:8], "git-short-sha")
    d.add("$ set -x")
    d.add("$ ./scripts/deploy.sh")
    d.sec("+ curl -fsS -u deploy:%s https://nexus.%s/repository/raw/releases/ -T dist/app.tar.gz" % (
        p := ctx.pw(sym="-_.!*#%+=@"), ctx.internal), p, "password", "generic")
    m = ctx.masked(ctx.prov("gitlab-deploy"))
    d.neg("+ echo \"deploy token: %s\"" % m, m, "masked-value")
    d.add("Job succeeded")
    return d


def py_traceback(ctx):
    d = Doc("logs/worker-%s.log" % ctx.ds(), role="log")
    rid = ctx.reqid()
    d.neg("%s ERROR request_id=%s sync failed" % (ctx.ts(), rid), rid, "request-id")
    d.add("Traceback (most recent call last):")
    d.add('  File "/app/sync/upload.py", line %d, in push' % ctx.r.randrange(40, 200))
    d.add("    session.login(user, password)")
    d.add("  Locals:")
    d.add("    user = 'svc-sync'")
    d.sec("    password = '%s'" % (p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    d.add("    retries = 3")
    d.add("requests.exceptions.ConnectionError: HTTPSConnectionPool(host='%s', port=443): Max retries exceeded" %
          ctx.host("api"))
    return d


def nginx_access(ctx):
    d = Doc("logs/nginx/access.log", role="log")
    for i in range(4):
        ip = ctx.ip()
        t = "%02d/%s/%d:%02d:%02d:%02d +0000" % (ctx.r.randrange(1, 28), ctx.r.choice(["Mar", "Jul", "Oct"]),
                                                 ctx.r.choice(ctx.years), ctx.r.randrange(24), ctx.r.randrange(60),
                                                 ctx.r.randrange(60))
        if i == 1:
            k = ctx.api_key(32)
            d.sec('%s - - [%s] "GET /api/v2/export?format=csv&api_key=%s HTTP/1.1" 200 48211 "-" "python-requests/2.31"'
                  % (ip, t, k), k, "api-key-in-url", "generic")
        elif i == 2:
            rid = ctx.reqid()
            d.neg('%s - - [%s] "POST /api/v2/orders HTTP/1.1" 201 312 "-" "okhttp/4.12" rid=%s' % (ip, t, rid), rid,
                  "request-id")
        else:
            d.add('%s - - [%s] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"' % (ip, t))
    return d


def journalctl(ctx):
    d = Doc("support/journal_backup_service.txt", role="log")
    boot = ctx.uniq(lambda: ctx.hexs(32))
    d.neg("-- Boot %s --" % boot, boot, "boot-id")
    host = ctx.host("db").split(".")[0]
    d.add("%s %s systemd[1]: Starting nightly-dump.service - Nightly database dump..." % (ctx.ts(), host))
    d.sec("%s %s nightly-dump[%d]: + mysqldump --single-transaction -h 127.0.0.1 -u backup --password=%s erp" % (
        ctx.ts(), host, ctx.r.randrange(1000, 60000), p := ctx.pw(sym="-_.!*#%+=@")), p, "password", "generic")
    d.add("%s %s nightly-dump[%d]: mysqldump: [Warning] Using a password on the command line interface can be insecure." %
          (ctx.ts(), host, ctx.r.randrange(1000, 60000)))
    d.add("%s %s systemd[1]: nightly-dump.service: Deactivated successfully." % (ctx.ts(), host))
    return d


def swaks_smtp(ctx):
    d = Doc("support/swaks_test.txt", role="log")
    user = "alerts@" + ctx.domain
    p = ctx.pw(sym="-_.!*#")
    blob = base64.b64encode(("\0%s\0%s" % (user, p)).encode()).decode()
    ctx.claim(blob)
    d.add("=== Trying smtp.%s:587..." % ctx.domain)
    d.add("=== Connected to smtp.%s." % ctx.domain)
    d.add("<-  220 smtp.%s ESMTP" % ctx.domain)
    d.add(" -> EHLO %s" % ctx.host("ops"))
    d.add(" -> STARTTLS")
    d.add("<-  220 2.0.0 Ready to start TLS")
    d.sec(" ~> AUTH PLAIN %s" % blob, blob, "smtp-auth-plain-base64", "generic")
    d.add("<~  235 2.7.0 Authentication successful")
    mid = ctx.uniq(lambda: "<%s.%s@%s>" % (ctx.ds().replace("-", ""), ctx.hexs(10), ctx.domain))
    d.neg(" ~> Message-Id: %s" % mid, mid, "message-id")
    d.add(" ~> QUIT")
    return d


def git_push_err(ctx):
    d = Doc("support/mirror_sync_error.txt", role="log")
    t = ctx.prov("gitlab-pat")
    d.add("$ git push --mirror")
    d.sec("fatal: unable to access 'https://oauth2:%s@gitlab.%s/ops/%s.git/': Could not resolve host: gitlab.%s" % (
        t, ctx.domain, ctx.slug, ctx.domain), t, "gitlab-pat", "provider")
    a, b = ctx.gitsha(), ctx.gitsha()
    rng = "%s..%s" % (a[:7], b[:7])
    ctx.claim(rng)
    d.neg(" + %s main -> main (forced update)" % rng, rng, "git-sha-range")
    return d


def kubectl_describe(ctx):
    d = Doc("support/describe_pod.txt", role="log")
    name = "%s-worker-%s-%s" % (ctx.slug.split("-")[0], ctx.rs(9, "bcdfghjklmnpqrstvwxz2456789"),
                                ctx.rs(5, "bcdfghjklmnpqrstvwxz2456789"))
    d.add("Name:             %s" % name)
    d.add("Namespace:        prod")
    d.add("Containers:")
    d.add("  worker:")
    dig = ctx.sha256()
    d.neg("    Image ID:       registry.%s/worker@sha256:%s" % (ctx.internal, dig), dig, "image-digest")
    d.add("    Environment:")
    d.add("      DB_HOST:      %s" % ctx.host("pg"))
    d.sec("      DB_PASSWORD:  %s" % (p := ctx.pw()), p, "password", "generic")
    d.neg("      API_TOKEN:    %s" % (v := ctx.one(["<set to the key 'token' in secret 'worker-api'>  Optional: false",
                                                      "<set to the key 'api-token' in secret 'worker'>  Optional: false",
                                                      "<set to the key 'token' in secret 'api-creds'>  Optional: false",
                                                      "<set to the key 'API_TOKEN' in secret 'worker-env'>  Optional: false",
                                                      "<set to the key 'value' in secret 'api-token'>  Optional: false"])),
          v, "k8s-secret-reference")
    return d


def laravel_log(ctx):
    d = Doc("storage/logs/laravel-%s.log" % ctx.ds(), role="log")
    p = ctx.pw(sym="-_.!*#")
    d.add("[%s] production.ERROR: SQLSTATE[HY000] [2002] Connection refused {\"exception\":\"[object] (PDOException(code: 2002)\"}" %
          ctx.ts().replace("T", " "))
    d.add("[stacktrace]")
    d.sec("#0 /var/www/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(65): PDO->__construct('mysql:host=%s;port=3306;dbname=app', 'app', '%s', Array)"
          % (ctx.host("mysql"), p), p, "password", "generic")
    d.add("#1 /var/www/vendor/laravel/framework/src/Illuminate/Database/Connectors/Connector.php(44): Illuminate\\Database\\Connectors\\Connector->createPdoConnection()")
    u = ctx.uuid()
    d.neg("[%s] production.INFO: job retried {\"uuid\":\"%s\"}" % (ctx.ts().replace("T", " "), u), u, "uuid-identifier")
    return d


def curl_copy(ctx):
    d = Doc("support/copied_as_curl.txt", role="log")
    jwt = ctx.uniq(lambda: __import__("prov26").jwt_generic(ctx.r, {"sub": ctx.person().handle, "role": "admin",
                                                                    "iat": 1718000000 + ctx.r.randrange(10 ** 7),
                                                                    "exp": 1790000000 + ctx.r.randrange(10 ** 7)}))
    d.add("curl 'https://portal.%s/api/admin/users?page=2' \\" % ctx.domain)
    d.add("  -H 'accept: application/json' \\")
    d.sec("  -H 'authorization: Bearer %s' \\" % jwt, jwt, "bearer-jwt", "generic")
    rid = ctx.reqid()
    d.neg("  -H 'x-request-id: %s' \\" % rid, rid, "request-id")
    d.add("  --compressed")
    return d


def pg_log(ctx):
    d = Doc("logs/postgresql-%s.log" % ctx.ds(), role="log")
    pid = ctx.r.randrange(1000, 90000)
    d.add("%s UTC [%d] LOG:  connection authorized: user=postgres database=postgres" % (ctx.ts().replace("T", " "), pid))
    d.sec("%s UTC [%d] LOG:  statement: ALTER ROLE app_rw WITH LOGIN PASSWORD '%s';" % (
        ctx.ts().replace("T", " "), pid, p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    scram = ctx.uniq(lambda: "SCRAM-SHA-256$4096:%s$%s:%s" % (ctx.rs(24), ctx.rs(43) + "=", ctx.rs(43) + "="))
    d.neg("%s UTC [%d] LOG:  statement: ALTER ROLE report WITH PASSWORD '%s';" % (ctx.ts().replace("T", " "), pid, scram),
          scram, "scram-verifier")
    return d


def redis_monitor(ctx):
    d = Doc("support/redis_monitor.txt", role="log")
    t = 1718000000 + ctx.r.randrange(10 ** 7)
    d.add("OK")
    d.sec('%d.%06d [0 %s:%d] "AUTH" "%s"' % (t, ctx.r.randrange(10 ** 6), ctx.ip(), ctx.r.randrange(30000, 60000),
                                          p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    k = ctx.uniq(lambda: "session:" + ctx.hexs(32))
    d.neg('%d.%06d [0 %s:%d] "GET" "%s"' % (t + 1, ctx.r.randrange(10 ** 6), ctx.ip(), ctx.r.randrange(30000, 60000), k),
          k, "cache-key")
    d.add('%d.%06d [0 %s:%d] "PING"' % (t + 2, ctx.r.randrange(10 ** 6), ctx.ip(), ctx.r.randrange(30000, 60000)))
    return d


KINDS = [ci_job_log, py_traceback, nginx_access, journalctl, swaks_smtp, git_push_err, kubectl_describe, laravel_log,
         curl_copy, pg_log, redis_monitor]
