"""support-bundle/: logs, HTTP traces, a HAR capture, curl transcripts, a Postman collection."""
import json
import urllib.parse

from hrand import ALNUM, B64URL, b64


def build(x):
    r, t, n = x.r, x.t, x.n
    co = r.choice(["acme", "globex", "hooli", "initech"])
    host = "api.%s.com" % co

    def ts(i):
        return "2024-06-12T%02d:%02d:%02d.%03dZ" % (8 + i // 60 % 10, i % 60, r.randint(0, 59), r.randint(0, 999))

    # ---------------------------------------------------------------- application log
    f = x.c.file("support-bundle/logs/api-2024-06-12.log")
    jw = f.S(*t.jwt_live("https://auth.%s.com/" % co, "user_" + r.digits(7), aud="api", role="customer"))
    ba = f.S(b64("billing-sync:%s" % x.urlpw()), "basic-auth")
    red = f.N("Authorization: Bearer [REDACTED]", "redacted")
    rq = [f.N(*n.uuid()), r.uuid(), f.N(*n.uuid())]  # rq[1] shares a line with a secret
    trc = f.N(*n.trace_id())
    mask = f.N("api_key=***", "redacted")
    lines = [
        "%s INFO  http request_id=%s method=GET path=/v2/orders status=200 dur_ms=41" % (ts(1), rq[0]),
        "%s DEBUG http request_id=%s headers={Host: %s, Authorization: Bearer %s, Accept: application/json}" % (ts(2), rq[1], host, jw),
        "%s DEBUG http outbound POST https://billing.%s.internal/sync headers={Authorization: Basic %s}" % (ts(3), co, ba),
        "%s INFO  http request_id=%s %s status=401" % (ts(4), rq[2], red),
        "%s WARN  partner-client retrying GET /rates?%s attempt=2" % (ts(5), mask),
        "%s ERROR worker traceparent=00-%s-%s-01 job=invoice-pdf failed: timeout" % (ts(6), trc, r.hex(16)),
    ]
    f.write("\n".join(lines) + "\n")

    # ---------------------------------------------------------------- nginx access log
    f = x.c.file("support-bundle/logs/nginx/access.log")
    qtok = f.S(r.hex(40), "generic-api-key")
    sas_sig = t.azure_sas_sig()
    sas = "sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=2026-12-31T23:59:59Z&st=2024-06-01T00:00:00Z&spr=https&sig=%s" % sas_sig
    f.S(sas_sig, "azure-sas")
    akid = "AKIA" + r.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    presig = ("X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20230214%%2Fus-east-1%%2Fs3%%2Faws4_request"
              "&X-Amz-Date=20230214T101500Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (akid, r.hex(64)))
    f.N(presig, "expired-signed-url")
    ua = '"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"'
    ip = r.ip(False)
    f.write('''%s - - [12/Jun/2024:08:01:13 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"
%s - - [12/Jun/2024:08:02:44 +0000] "GET /export/orders.csv?token=%s HTTP/1.1" 200 48211 "-" %s
%s - - [12/Jun/2024:08:03:09 +0000] "GET /proxy/blob/reports/q2.pdf?%s HTTP/1.1" 200 913311 "-" %s
%s - - [12/Jun/2024:08:04:51 +0000] "GET /proxy/s3/exports/2023-02.zip?%s HTTP/1.1" 403 0 "-" %s
''' % (r.ip(), ip, qtok, ua, ip, sas, ua, ip, presig, ua))

    # ---------------------------------------------------------------- HAR
    f = x.c.file("support-bundle/traces/checkout-flow.har")
    opaque = f.S(r.s(B64URL, 43), "bearer-token")
    cookie = "session=%s.%s" % (r.b64(48, url=True, pad=False), r.s(B64URL, 27))
    f.S(cookie, "session-cookie")
    lpw = f.S(r.password("words"), "generic-password")
    et = f.N('W/\\"' + r.hex(32) + '\\"', "hash")
    img, _ = n.png_b64(200)
    f.N(img, "base64-image")
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                   "entries": [
                       {"startedDateTime": ts(10), "time": 132.4,
                        "request": {"method": "POST", "url": "https://%s/v1/login" % host, "httpVersion": "HTTP/2",
                                    "headers": [{"name": "content-type", "value": "application/json"}],
                                    "postData": {"mimeType": "application/json",
                                                 "text": json.dumps({"email": "qa@%s.com" % co, "password": lpw})}},
                        "response": {"status": 200, "headers": [{"name": "etag", "value": et.replace('\\"', '"')}],
                                     "content": {"size": 60, "mimeType": "application/json"}}},
                       {"startedDateTime": ts(11), "time": 88.0,
                        "request": {"method": "GET", "url": "https://%s/v1/cart" % host, "httpVersion": "HTTP/2",
                                    "headers": [{"name": "authorization", "value": "Bearer " + opaque},
                                                {"name": "cookie", "value": cookie}]},
                        "response": {"status": 200, "headers": [], "content": {"size": 412, "mimeType": "application/json"}}},
                       {"startedDateTime": ts(12), "time": 12.1,
                        "request": {"method": "GET", "url": "https://cdn.%s.com/img/badge.png" % co, "headers": []},
                        "response": {"status": 200, "headers": [],
                                     "content": {"size": 270, "mimeType": "image/png", "encoding": "base64", "text": img}}}]}}
    f.write(json.dumps(har, indent=2) + "\n")

    # ---------------------------------------------------------------- raw HTTP dump (.http)
    f = x.c.file("support-bundle/traces/oauth-debug.http")
    csec = f.S(r.s(ALNUM + "-_", 48), "oauth-client-secret")
    cba = f.S(b64("%s:%s" % (r.hex(24), r.s(ALNUM, 40))), "basic-auth")
    cid = r.hex(24)  # client_id shares the line with the secret
    f.write('''### token (client_secret_post)
POST https://auth.%s.com/oauth/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=%s&client_secret=%s&scope=orders.read

### token (client_secret_basic)
POST https://auth.%s.com/oauth/token
Authorization: Basic %s
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&scope=orders.read
''' % (co, cid, csec, co, cba))

    # ---------------------------------------------------------------- curl -v transcript
    f = x.c.file("support-bundle/traces/curl-stripe-refund.txt")
    sk = f.S(*t.stripe_restricted())
    rid = f.N("req_" + r.b62(14), "identifier")
    f.write('''$ curl -v https://api.stripe.com/v1/refunds -d charge=ch_%s
*   Trying 34.200.27.109:443...
* Connected to api.stripe.com (34.200.27.109) port 443
> POST /v1/refunds HTTP/2
> Host: api.stripe.com
> Authorization: Bearer %s
> User-Agent: curl/8.5.0
>
< HTTP/2 402
< request-id: %s
< content-type: application/json
{"error": {"code": "charge_already_refunded", "type": "invalid_request_error"}}
''' % (r.b62(24), sk, rid))

    # ---------------------------------------------------------------- structured JSON log
    f = x.c.file("support-bundle/logs/worker.jsonl")
    dburl = f.S(x.urlpw(), "connection-string")
    filt = f.N('"password": "[FILTERED]"', "redacted")
    fpr = f.N(*n.sha256())
    recs = [
        {"ts": ts(20), "level": "info", "msg": "worker starting", "version": "4.2.1"},
        {"ts": ts(21), "level": "debug", "msg": "config loaded",
         "db_url": "postgresql://worker:%s@db-primary.%s.internal:5432/jobs" % (dburl, co)},
        {"ts": ts(22), "level": "info", "msg": "api client ready", "token_sha256": fpr},
    ]
    out = [json.dumps(rr) for rr in recs]
    out.append('{"ts": "%s", "level": "warn", "msg": "login failed", "user": "svc-report", %s}' % (ts(23), filt))
    f.write("\n".join(out) + "\n")

    # ---------------------------------------------------------------- CI job log with set -x
    f = x.c.file("support-bundle/logs/ci/job-88412.log")
    cipw = f.S(r.password("strong").replace("'", ""), "generic-password")
    m1 = f.N("[MASKED]", "redacted")
    m2 = f.N("Using access token: ****", "redacted")
    f.write('''Running with gitlab-runner 16.11.0 on docker-runner-3
$ set -x
+ echo "logging in to registry"
logging in to registry
+ docker login -u ci-pusher -p '%s' registry.%s.internal
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
+ curl -sf -H "PRIVATE-TOKEN: %s" https://gitlab.%s.internal/api/v4/version
{"version":"16.11.0"}
%s
Job succeeded
''' % (cipw, co, m1, co, m2))

    # ---------------------------------------------------------------- Postman collection + environment
    f = x.c.file("support-bundle/postman/Orders-API.postman_collection.json")
    pmb = f.S(r.s(ALNUM, 64), "bearer-token")
    var = f.N('"{{api_key}}"', "template-ref")
    coll = {"info": {"_postman_id": r.uuid(), "name": "Orders API",
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "auth": {"type": "bearer", "bearer": [{"key": "token", "value": pmb, "type": "string"}]},
            "item": [{"name": "list orders", "request": {"method": "GET",
                                                         "header": [{"key": "X-Api-Key", "value": "{{api_key}}"}],
                                                         "url": "https://%s/v2/orders" % host}}]}
    txt = json.dumps(coll, indent=2)
    f.N(coll["info"]["_postman_id"], "identifier")
    f.write(txt + "\n")
    _ = var

    f = x.c.file("support-bundle/postman/prod.postman_environment.json")
    pak = f.S(r.s(ALNUM, 32), "generic-api-key")
    pm = f.S(*t.postman())
    env = {"id": r.uuid(), "name": "prod", "values": [
        {"key": "base_url", "value": "https://%s" % host, "enabled": True},
        {"key": "api_key", "value": pak, "type": "secret", "enabled": True},
        {"key": "postman_api_key", "value": pm, "type": "secret", "enabled": True}]}
    f.N(env["id"], "identifier")
    f.write(json.dumps(env, indent=2) + "\n")

    # ---------------------------------------------------------------- webhook delivery log (hashes / ids only)
    f = x.c.file("support-bundle/logs/webhooks-delivery.csv")
    rows = []
    for i in range(5):
        evt = f.N("evt_" + r.b62(24), "identifier")
        sig = f.N("t=%d,v1=%s" % (1718179200 + i * 37, r.hex(64)), "hash")
        rows.append("%s,%s,%s,%d" % (ts(30 + i), evt, sig, r.choice([200, 200, 500])))
    f.write("timestamp,event_id,stripe_signature,status\n" + "\n".join(rows) + "\n")
    _ = urllib
