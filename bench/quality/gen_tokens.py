"""Synthetic provider credentials in their documented shapes (positives).

Only format facts are used (prefix, length, alphabet, checksum); every value is
drawn from the seeded RNG.  A Spec is one credential: one or more (NAME, value)
parts, of which the parts flagged `secret` carry the secret value.  Multi-part
credentials (AWS key id + secret, Twilio SID + token) are labeled once, on the
secret part, with a span covering all parts.
"""

import json

from gen_core import (ALNUM, B32, B64URL, DIGITS, HEX, LOWER, UPPER, b64, b64url,
                      bech32_encode, crc_token, jwt, rbytes, rhex, rstr, uuid4)

LOWER_ALNUM = LOWER + DIGITS
UPPER_ALNUM = UPPER + DIGITS


def _word(rng):
    return rng.choice(["acme", "northwind", "contoso", "globex", "initech", "umbrella", "hooli",
                       "stark", "wayne", "tyrell", "soylent", "vandelay", "pied", "dunder"])


# ---------------------------------------------------------------- value makers
def aws_key_id(rng, prefix="AKIA"):
    return prefix + rstr(rng, B32, 16)


def aws_secret(rng):
    return rstr(rng, UPPER + LOWER + DIGITS + "/+", 40)


def aws_session_token(rng):
    return "IQoJb3JpZ2luX2Vj" + b64(rbytes(rng, 300))[:340]


def openai_key(rng):
    if rng.random() < 0.5:
        return "sk-" + rstr(rng, ALNUM, 20) + "T3BlbkFJ" + rstr(rng, ALNUM, 20)
    kind = rng.choice(["proj", "proj", "svcacct", "admin"])
    return "sk-%s-%sT3BlbkFJ%s" % (kind, rstr(rng, B64URL, 74), rstr(rng, B64URL, 74))


def anthropic_key(rng):
    return "sk-ant-api03-" + rstr(rng, B64URL, 93) + "AA"


def github_fine_grained(rng):
    return "github_pat_" + rstr(rng, UPPER_ALNUM, 22) + "_" + rstr(rng, ALNUM, 59)


def slack_bot(rng):
    return "xoxb-%s-%s-%s" % (rstr(rng, DIGITS, 12), rstr(rng, DIGITS, 13), rstr(rng, ALNUM, 24))


def slack_user(rng):
    return "xoxp-%s-%s-%s-%s" % (rstr(rng, DIGITS, 12), rstr(rng, DIGITS, 12), rstr(rng, DIGITS, 13), rhex(rng, 32))


def slack_app(rng):
    return "xapp-1-A%s-%s-%s" % (rstr(rng, UPPER_ALNUM, 10), rstr(rng, DIGITS, 13), rhex(rng, 64))


def slack_webhook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rstr(rng, UPPER_ALNUM, 8), rstr(rng, UPPER_ALNUM, 10), rstr(rng, ALNUM, 24))


def discord_webhook(rng):
    return "https://discord.com/api/webhooks/%s/%s" % (rstr(rng, DIGITS, 18), rstr(rng, B64URL, 68))


def azure_storage_cs(rng):
    acct = _word(rng) + rstr(rng, LOWER_ALNUM, 6)
    return ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"
            % (acct, b64(rbytes(rng, 64))))


def azure_sas_url(rng):
    acct = _word(rng) + "assets" + rstr(rng, LOWER_ALNUM, 4)
    sig = b64(rbytes(rng, 32)).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    return ("https://%s.blob.core.windows.net/uploads?sv=2022-11-02&ss=b&srt=co&sp=rwdlac"
            "&se=2026-03-31T18:00:00Z&st=2025-03-01T10:00:00Z&spr=https&sig=%s" % (acct, sig))


def azure_servicebus_cs(rng):
    return ("Endpoint=sb://%s-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
            "SharedAccessKey=%s" % (_word(rng), b64(rbytes(rng, 32))))


def azure_client_secret(rng):
    return rstr(rng, ALNUM, 3) + rng.choice(DIGITS) + "Q~" + rstr(rng, ALNUM + "_~.-", 34)


def gcp_refresh_token(rng):
    return "1//0" + rstr(rng, ALNUM, 2) + rstr(rng, B64URL, 97)


def pypi_token(rng, test=False):
    loc = b"test.pypi.org" if test else b"pypi.org"
    ident = b'{"nonce":"%s","version":1}' % rhex(rng, 32).encode()  # macaroon identifier
    cav = b'{"permissions":"user","version":1}'
    blob = (b"\x02\x01" + bytes([len(loc)]) + loc + b"\x02" + bytes([len(ident)]) + ident + b"\x00" +
            b"\x02" + bytes([len(cav)]) + cav + b"\x00\x00\x06\x20" + rbytes(rng, 32))
    return "pypi-" + b64url(blob)


def jfrog_reference_token(rng):
    # base64 of "reftkn:01:<expiry>:<random>" (64 chars)
    raw = "reftkn:01:%d:%s" % (rng.randint(1750000000, 1900000000), rstr(rng, ALNUM, 27))
    return b64(raw.encode())


def sendgrid_key(rng):
    return "SG." + rstr(rng, B64URL, 22) + "." + rstr(rng, B64URL, 43)


def mailchimp_key(rng):
    return rhex(rng, 32) + "-us" + str(rng.randint(2, 21))


def hashicorp_tf_token(rng):
    return rstr(rng, ALNUM, 14) + ".atlasv1." + rstr(rng, ALNUM, 67)


def vault_token(rng):
    return "hvs.CAESI" + rstr(rng, B64URL, 86)


def doppler_token(rng):
    if rng.random() < 0.5:
        return "dp.pt." + rstr(rng, ALNUM, 43)
    return "dp.st.%s.%s" % (rng.choice(["prd", "stg", "dev"]), rstr(rng, ALNUM, 40))


def cloudflare_origin_ca(rng):
    return "v1.0-" + rhex(rng, 24) + "-" + rhex(rng, 146)


def braintree_token(rng):
    return "access_token$production$%s$%s" % (rstr(rng, LOWER_ALNUM, 16), rhex(rng, 32))


def telegram_token(rng):
    return "%s:AA%s" % (rstr(rng, "123456789", 1) + rstr(rng, DIGITS, 9), rstr(rng, B64URL, 33))


def discord_bot_token(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 18 * 2))
    return "%s.%s.%s" % (b64url(uid.encode()), rstr(rng, B64URL, 6), rstr(rng, B64URL, 38))


def sentry_org_token(rng):
    org = _word(rng)
    payload = {"iat": rng.randint(1690000000, 1740000000) + 0.5, "url": "https://sentry.io",
               "region_url": "https://us.sentry.io", "org": org}
    return "sntrys_" + b64(json.dumps(payload, separators=(",", ":")).encode()) + "_" + rstr(rng, B64URL[:-2] + "+/", 43)


def grafana_cloud_token(rng):
    payload = {"o": str(rng.randint(100000, 999999)), "n": "stack-%d-hm-write-%s" % (rng.randint(100000, 999999), _word(rng)),
               "k": rstr(rng, ALNUM, 24), "m": {"r": rng.choice(["us", "eu", "prod-us-east-0"])}}
    return "glc_" + b64(json.dumps(payload, separators=(",", ":")).encode())


def onepassword_sa(rng):
    payload = {"signInAddress": "my.1password.com",
               "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                            "salt": b64url(rbytes(rng, 16))},
               "email": "%s@1passwordserviceaccounts.com" % rstr(rng, LOWER_ALNUM, 13),
               "srpX": rhex(rng, 64),
               "muk": {"alg": "A256GCM", "ext": False, "k": b64url(rbytes(rng, 32)), "key_ops": ["encrypt", "decrypt"],
                       "kty": "oct", "kid": "mp"},
               "secretKey": "A3-%s-%s-%s-%s-%s-%s" % tuple(rstr(rng, UPPER_ALNUM, n) for n in (6, 6, 5, 5, 5, 5)),
               "deviceUuid": rstr(rng, LOWER_ALNUM, 26)}
    return "ops_" + b64url(json.dumps(payload, separators=(",", ":")).encode())


def mapbox_secret(rng):
    payload = {"u": _word(rng) + "-maps", "a": "cl" + rstr(rng, LOWER_ALNUM, 23)}
    return "sk." + b64url(json.dumps(payload, separators=(",", ":")).encode()) + "." + rstr(rng, B64URL, 22)


def age_key(rng):
    return bech32_encode("age-secret-key-", rbytes(rng, 32)).upper()


def swarm_token(rng):
    return "SWMTKN-1-%s-%s" % (rstr(rng, LOWER_ALNUM, 50), rstr(rng, LOWER_ALNUM, 25))


def service_jwt(rng):
    now = rng.randint(1700000000, 1760000000)
    payload = {"iss": "https://auth.%s.io/" % _word(rng), "sub": "svc-%s" % rstr(rng, LOWER_ALNUM, 10),
               "aud": rng.choice(["billing-api", "orders", "internal"]), "iat": now, "exp": now + 86400 * 365,
               "scope": rng.choice(["read:orders write:orders", "admin", "events:publish"])}
    return jwt(rng, payload, alg=rng.choice(["HS256", "HS256", "RS256"]))


def supabase_service_jwt(rng):
    now = rng.randint(1690000000, 1740000000)
    return jwt(rng, {"iss": "supabase", "ref": rstr(rng, LOWER, 20), "role": "service_role",
                     "iat": now, "exp": now + 10 * 365 * 86400})


# ---------------------------------------------------------------- specs
class Spec:
    def __init__(self, category, parts):
        self.category = category
        self.parts = parts  # list of (NAME, fn(rng), is_secret)

    def make(self, rng):
        """-> list of (NAME, value, is_secret) with fresh values."""
        return [(n, f(rng), s) for n, f, s in self.parts]


def S(category, name, fn):
    return Spec(category, [(name, fn, True)])


def P(category, id_name, id_fn, sec_name, sec_fn):
    return Spec(category, [(id_name, id_fn, False), (sec_name, sec_fn, True)])


PROVIDERS = [
    S("github-pat", "GITHUB_TOKEN", lambda r: crc_token(r, "ghp_")),
    S("github-pat", "GH_PAT", lambda r: crc_token(r, "ghp_")),
    S("github-oauth", "GITHUB_OAUTH_TOKEN", lambda r: crc_token(r, "gho_")),
    S("github-app-token", "GITHUB_INSTALLATION_TOKEN", lambda r: crc_token(r, "ghs_")),
    S("github-app-token", "GH_USER_TO_SERVER_TOKEN", lambda r: crc_token(r, "ghu_")),
    S("github-fine-grained-pat", "GITHUB_PAT", github_fine_grained),
    S("gitlab-pat", "GITLAB_TOKEN", lambda r: "glpat-" + rstr(r, ALNUM + "_-", 20)),
    S("gitlab-runner-token", "CI_RUNNER_TOKEN", lambda r: "glrt-" + rstr(r, ALNUM + "_-", 20)),
    S("gitlab-trigger-token", "GITLAB_TRIGGER_TOKEN", lambda r: "glptt-" + rhex(r, 40)),
    S("gitlab-deploy-token", "GITLAB_DEPLOY_TOKEN", lambda r: "gldt-" + rstr(r, ALNUM + "_-", 20)),
    P("aws-access-key", "AWS_ACCESS_KEY_ID", aws_key_id, "AWS_SECRET_ACCESS_KEY", aws_secret),
    P("aws-access-key", "AWS_ACCESS_KEY_ID", aws_key_id, "AWS_SECRET_ACCESS_KEY", aws_secret),
    Spec("aws-session-credentials", [("AWS_ACCESS_KEY_ID", lambda r: aws_key_id(r, "ASIA"), False),
                                     ("AWS_SECRET_ACCESS_KEY", aws_secret, True),
                                     ("AWS_SESSION_TOKEN", aws_session_token, True)]),
    S("google-api-key", "GOOGLE_MAPS_API_KEY", lambda r: "AIza" + rstr(r, B64URL, 35)),
    S("google-api-key", "YOUTUBE_API_KEY", lambda r: "AIza" + rstr(r, B64URL, 35)),
    P("google-oauth-client-secret", "GOOGLE_CLIENT_ID",
      lambda r: "%s-%s.apps.googleusercontent.com" % (rstr(r, DIGITS, 12), rstr(r, LOWER_ALNUM, 32)),
      "GOOGLE_CLIENT_SECRET", lambda r: "GOCSPX-" + rstr(r, B64URL, 28)),
    S("google-oauth-refresh-token", "GOOGLE_REFRESH_TOKEN", gcp_refresh_token),
    P("azure-client-secret", "AZURE_CLIENT_ID", uuid4, "AZURE_CLIENT_SECRET", azure_client_secret),
    S("azure-storage-connection-string", "AZURE_STORAGE_CONNECTION_STRING", azure_storage_cs),
    S("azure-sas-url", "AZURE_BLOB_SAS_URL", azure_sas_url),
    S("azure-servicebus-connection-string", "SERVICEBUS_CONNECTION_STRING", azure_servicebus_cs),
    S("azure-devops-pat", "AZURE_DEVOPS_PAT", lambda r: rstr(r, LOWER + "234567", 52)),
    S("slack-bot-token", "SLACK_BOT_TOKEN", slack_bot),
    S("slack-user-token", "SLACK_USER_TOKEN", slack_user),
    S("slack-app-token", "SLACK_APP_TOKEN", slack_app),
    S("slack-webhook", "SLACK_WEBHOOK_URL", slack_webhook),
    S("discord-webhook", "DISCORD_WEBHOOK_URL", discord_webhook),
    S("stripe-secret-key", "STRIPE_SECRET_KEY", lambda r: "sk_live_" + rstr(r, ALNUM, r.choice([24, 99]))),
    S("stripe-restricted-key", "STRIPE_RESTRICTED_KEY", lambda r: "rk_live_" + rstr(r, ALNUM, r.choice([24, 99]))),
    S("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", lambda r: "whsec_" + rstr(r, ALNUM, 32)),
    P("twilio-auth-token", "TWILIO_ACCOUNT_SID", lambda r: "AC" + rhex(r, 32), "TWILIO_AUTH_TOKEN", lambda r: rhex(r, 32)),
    P("twilio-api-key", "TWILIO_API_KEY", lambda r: "SK" + rhex(r, 32), "TWILIO_API_SECRET", lambda r: rstr(r, ALNUM, 32)),
    S("sendgrid-api-key", "SENDGRID_API_KEY", sendgrid_key),
    S("mailgun-api-key", "MAILGUN_API_KEY", lambda r: "key-" + rhex(r, 32)),
    S("mailchimp-api-key", "MAILCHIMP_API_KEY", mailchimp_key),
    S("npm-token", "NPM_TOKEN", lambda r: crc_token(r, "npm_")),
    S("pypi-token", "PYPI_API_TOKEN", pypi_token),
    S("rubygems-api-key", "GEM_HOST_API_KEY", lambda r: "rubygems_" + rhex(r, 48)),
    S("nuget-api-key", "NUGET_API_KEY", lambda r: "oy2" + rstr(r, LOWER_ALNUM, 43)),
    S("dockerhub-pat", "DOCKERHUB_TOKEN", lambda r: "dckr_pat_" + rstr(r, B64URL, 27)),
    S("jfrog-api-key", "ARTIFACTORY_API_KEY", lambda r: "AKCp8" + rstr(r, ALNUM, 68)),
    S("jfrog-reference-token", "JFROG_ACCESS_TOKEN", jfrog_reference_token),
    S("vault-token", "VAULT_TOKEN", vault_token),
    S("terraform-cloud-token", "TFE_TOKEN", hashicorp_tf_token),
    S("doppler-token", "DOPPLER_TOKEN", doppler_token),
    S("pulumi-token", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + rhex(r, 40)),
    S("databricks-token", "DATABRICKS_TOKEN", lambda r: "dapi" + rhex(r, 32)),
    S("digitalocean-token", "DIGITALOCEAN_TOKEN", lambda r: "dop_v1_" + rhex(r, 64)),
    S("heroku-api-key", "HEROKU_API_KEY", lambda r: "HRKU-AA" + rstr(r, B64URL, 58)),
    S("supabase-access-token", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + rhex(r, 40)),
    S("supabase-service-key", "SUPABASE_SERVICE_ROLE_KEY", supabase_service_jwt),
    S("cloudflare-origin-ca-key", "CF_ORIGIN_CA_KEY", cloudflare_origin_ca),
    S("cloudflare-api-token", "CLOUDFLARE_API_TOKEN", lambda r: rstr(r, ALNUM + "_-", 40)),
    S("cloudflare-global-api-key", "CLOUDFLARE_API_KEY", lambda r: rhex(r, 37)),
    S("shopify-access-token", "SHOPIFY_ADMIN_ACCESS_TOKEN", lambda r: "shpat_" + rhex(r, 32)),
    S("shopify-shared-secret", "SHOPIFY_API_SECRET", lambda r: "shpss_" + rhex(r, 32)),
    S("square-access-token", "SQUARE_ACCESS_TOKEN", lambda r: "EAAA" + rstr(r, B64URL, 60)),
    S("braintree-access-token", "BRAINTREE_ACCESS_TOKEN", braintree_token),
    S("openai-api-key", "OPENAI_API_KEY", openai_key),
    S("anthropic-api-key", "ANTHROPIC_API_KEY", anthropic_key),
    S("huggingface-token", "HF_TOKEN", lambda r: "hf_" + rstr(r, UPPER + LOWER, 34)),
    S("groq-api-key", "GROQ_API_KEY", lambda r: "gsk_" + rstr(r, ALNUM, 52)),
    S("perplexity-api-key", "PERPLEXITY_API_KEY", lambda r: "pplx-" + rstr(r, ALNUM, 48)),
    S("replicate-api-token", "REPLICATE_API_TOKEN", lambda r: "r8_" + rstr(r, ALNUM, 37)),
    S("openrouter-api-key", "OPENROUTER_API_KEY", lambda r: "sk-or-v1-" + rhex(r, 64)),
    S("langsmith-api-key", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_%s_%s" % (rhex(r, 32), rhex(r, 10))),
    S("xai-api-key", "XAI_API_KEY", lambda r: "xai-" + rstr(r, ALNUM, 80)),
    S("atlassian-api-token", "JIRA_API_TOKEN", lambda r: "ATATT3xFfGF0" + rstr(r, B64URL, 171) + "=" + rhex(r, 8).upper()),
    S("linear-api-key", "LINEAR_API_KEY", lambda r: "lin_api_" + rstr(r, ALNUM, 40)),
    S("notion-token", "NOTION_TOKEN", lambda r: "ntn_" + rstr(r, DIGITS, 11) + rstr(r, ALNUM, 35)),
    S("figma-token", "FIGMA_TOKEN", lambda r: "figd_" + rstr(r, B64URL, 40)),
    S("postman-api-key", "POSTMAN_API_KEY", lambda r: "PMAK-%s-%s" % (rhex(r, 24), rhex(r, 34))),
    S("grafana-cloud-token", "GRAFANA_CLOUD_TOKEN", grafana_cloud_token),
    S("sentry-org-token", "SENTRY_AUTH_TOKEN", sentry_org_token),
    S("sentry-user-token", "SENTRY_USER_TOKEN", lambda r: "sntryu_" + rhex(r, 64)),
    S("newrelic-user-key", "NEW_RELIC_API_KEY", lambda r: "NRAK-" + rstr(r, UPPER_ALNUM, 27)),
    S("dynatrace-token", "DT_API_TOKEN", lambda r: "dt0c01.%s.%s" % (rstr(r, UPPER_ALNUM, 24), rstr(r, UPPER_ALNUM, 64))),
    S("datadog-api-key", "DD_API_KEY", lambda r: rhex(r, 32)),
    S("datadog-app-key", "DD_APP_KEY", lambda r: rhex(r, 40)),
    S("okta-api-token", "OKTA_API_TOKEN", lambda r: "00" + rstr(r, ALNUM + "-_", 40)),
    S("telegram-bot-token", "TELEGRAM_BOT_TOKEN", telegram_token),
    S("discord-bot-token", "DISCORD_BOT_TOKEN", discord_bot_token),
    S("mapbox-secret-token", "MAPBOX_SECRET_TOKEN", mapbox_secret),
    S("age-secret-key", "SOPS_AGE_KEY", age_key),
    S("onepassword-service-account", "OP_SERVICE_ACCOUNT_TOKEN", onepassword_sa),
    P("alibaba-access-key", "ALIBABA_CLOUD_ACCESS_KEY_ID", lambda r: "LTAI" + rstr(r, ALNUM, 20),
      "ALIBABA_CLOUD_ACCESS_KEY_SECRET", lambda r: rstr(r, ALNUM, 30)),
    P("tencent-secret-key", "TENCENTCLOUD_SECRET_ID", lambda r: "AKID" + rstr(r, ALNUM, 32),
      "TENCENTCLOUD_SECRET_KEY", lambda r: rstr(r, ALNUM, 32)),
    S("circleci-token", "CIRCLECI_TOKEN", lambda r: "CCIPAT_%s_%s" % (rstr(r, ALNUM, 22), rhex(r, 40))),
    S("buildkite-token", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + rhex(r, 40)),
    S("planetscale-token", "PLANETSCALE_SERVICE_TOKEN", lambda r: "pscale_tkn_" + rstr(r, B64URL, 43)),
    S("planetscale-password", "PLANETSCALE_DB_PASSWORD", lambda r: "pscale_pw_" + rstr(r, B64URL, 43)),
    S("render-api-key", "RENDER_API_KEY", lambda r: "rnd_" + rstr(r, ALNUM, 32)),
    S("prefect-api-key", "PREFECT_API_KEY", lambda r: "pnu_" + rstr(r, ALNUM, 36)),
    S("docker-swarm-token", "SWARM_JOIN_TOKEN", swarm_token),
    S("jwt", "SERVICE_AUTH_TOKEN", service_jwt),
]

CATEGORIES = sorted({s.category for s in PROVIDERS})


class Deck:
    """Draw provider specs in shuffled rounds so every format appears."""

    def __init__(self, rng, specs=PROVIDERS):
        self.rng, self.specs, self.pile = rng, list(specs), []

    def draw(self):
        if not self.pile:
            self.pile = list(self.specs)
            self.rng.shuffle(self.pile)
        return self.pile.pop()
