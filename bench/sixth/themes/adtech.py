"""Performance-marketing agency / in-house growth team: Google Ads, Meta Marketing + CAPI,
TikTok, LinkedIn, X, Pinterest, Microsoft Ads, Segment, Braze, Iterable, Amplitude, Mixpanel,
Klaviyo, Brevo, AppsFlyer, client logins spreadsheet."""
import json

import skeys
from themes.common import (jq, indent, slack_json, eml, zsh_history, i18n_json, b64)
from themes import more


def build(t):
    r, v = t.r, t.v
    ag = r.choice(["Northstar Growth", "Pixel & Pine", "Brightline Media", "Clickwell Partners", "Tangent Performance"])
    dom = ag.split()[0].lower() + "agency.com"

    # ------------------------------------------------------------ Google Ads
    dev = v.b64u(22)
    cs = v.gocspx()
    rt = v.google_refresh()
    d = t.f("google-ads/google-ads.yaml")
    d.done(f"""# google-ads-python configuration (MCC for all clients)
developer_token: {d.S(dev, "google-ads-developer-token")}
client_id: {d.N(v.google_client_id(), "public-client-id")}
client_secret: {d.S(cs, "google-oauth-client-secret")}
refresh_token: {d.S(rt, "google-oauth-refresh-token")}
login_customer_id: {d.N(v.digits(10), "account-identifier")}
use_proto_plus: True
""")

    d = t.f("google-ads/scripts/bid_adjust.py")
    d.done(f'''import os

from google.ads.googleads.client import GoogleAdsClient

client = GoogleAdsClient.load_from_dict({{
    "developer_token": {d.N('os.environ["GOOGLE_ADS_DEVELOPER_TOKEN"]', "env-reference")},
    "client_id": os.environ["GOOGLE_ADS_CLIENT_ID"],
    "client_secret": os.environ["GOOGLE_ADS_CLIENT_SECRET"],
    "refresh_token": os.environ["GOOGLE_ADS_REFRESH_TOKEN"],
    "use_proto_plus": True,
}})
CUSTOMER_IDS = ["{d.N("%s-%s-%s" % (v.digits(3), v.digits(3), v.digits(4)), "account-identifier")}", "{v.digits(3)}-{v.digits(3)}-{v.digits(4)}"]
''')

    sa = t.rsa()
    proj = "ads-reporting-%s" % v.digits(6)
    d = t.f("google-ads/bq-export-sa.json")
    d.done("{\n%s  \"type\": \"service_account\",\n  \"project_id\": \"%s\",\n  \"private_key_id\": \"%s\",\n  \"private_key\": \"%s\",\n  \"client_email\": \"bq-export@%s.iam.gserviceaccount.com\",\n  \"client_id\": \"%s\"%s\n}\n" % (
        d.B("secret", "gcp-service-account"), proj, d.A(v.hex(40), ident=True), d.A(sa.pem_pkcs8().replace("\n", "\\n") + "\\n", check="pem"),
        proj, v.digits(21), d.E()))

    # ------------------------------------------------------------ Meta
    mt = v.meta()
    ms = v.hex(32)
    d = t.f("meta/marketing-api/.env")
    d.done(f"""META_APP_ID={d.N(v.digits(16), "public-client-id")}
META_APP_SECRET={d.S(ms, "meta-app-secret")}
META_SYSTEM_USER_TOKEN={d.S(mt, "meta-access-token")}
META_AD_ACCOUNT_ID={d.N("act_" + v.digits(16), "account-identifier")}
META_PIXEL_ID={d.N(v.digits(16), "analytics-id")}
GRAPH_API_VERSION=v21.0
""")

    capi = v.meta()
    d = t.f("meta/capi/forwarder.js")
    d.done(f"""// Conversions API forwarder (server-side events)
const PIXEL_ID = '{d.N(v.digits(16), "analytics-id")}';
const ACCESS_TOKEN = '{d.S(capi, "meta-access-token")}';

export async function send(events) {{
  const url = `https://graph.facebook.com/v21.0/${{PIXEL_ID}}/events?access_token=${{ACCESS_TOKEN}}`;
  return fetch(url, {{ method: 'POST', body: JSON.stringify({{ data: events }}), headers: {{ 'content-type': 'application/json' }} }});
}}
""")

    # ------------------------------------------------------------ other ad platforms
    tk, tsec = v.hex(40), v.hex(40)
    d = t.f("tiktok/business-api.json")
    d.done("""{
  "app_id": %s,
  "secret": %s,
  "access_token": %s,
  "advertiser_ids": [%s]
}
""" % (jq(str(d.N(v.digits(19), "public-client-id"))), jq(str(d.S(tsec, "api-secret"))), jq(str(d.S(tk, "tiktok-access-token"))),
       jq(str(d.N(v.digits(19), "account-identifier")))))

    li = v.linkedin()
    lis = "WPL_AP1." + v.an(16) + "." + v.b64(6)
    d = t.f("linkedin/linkedin-ads.toml")
    d.done(f"""[linkedin]
client_id = "{d.N(v.lan(14), "public-client-id")}"
client_secret = "{d.S(lis, "oauth-client-secret")}"
access_token = "{d.S(li, "linkedin-access-token")}"
ad_account = "{d.N("urn:li:sponsoredAccount:" + v.digits(9), "account-identifier")}"
""")

    ck, csec = v.an(25), v.an(50)
    tok, tsec2 = "%s-%s" % (v.digits(19), v.an(30)), v.an(45)
    d = t.f("x-ads/.twurlrc")
    d.done(f"""---
profiles:
  {ag.split()[0].lower()}ads:
    {d.N(ck, "public-client-id")}:
      username: {ag.split()[0].lower()}ads
{d.B("secret", "api-secret")}      consumer_key: {d.A(ck, ident=True)}
      consumer_secret: {d.A(csec)}{d.E()}
{d.B("secret", "oauth-client-secret")}      token: {d.A(tok, ident=True)}
      secret: {d.A(tsec2)}{d.E()}
configuration:
  default_profile:
  - {ag.split()[0].lower()}ads
  - {d.N(ck, "public-client-id")}
""")

    xb = v.twitter_bearer()
    pin = v.pinterest()
    msa = v.uan(16)
    d = t.f("social/.env")
    d.done(f"""X_BEARER_TOKEN={d.S(xb, "twitter-bearer-token")}
PINTEREST_ACCESS_TOKEN={d.S(pin, "pinterest-token")}
PINTEREST_AD_ACCOUNT={d.N(v.digits(12), "account-identifier")}
MSADS_DEVELOPER_TOKEN={d.S(msa, "microsoft-ads-developer-token")}
MSADS_CUSTOMER_ID={d.N(v.digits(9), "account-identifier")}
""")

    # ------------------------------------------------------------ CDP / lifecycle
    sg = v.segment_pat()
    d = t.f("cdp/segment/functions/enrich.js")
    d.done(f"""// Segment source function: enrich track events with CRM tier
const PUBLIC_API_TOKEN = '{d.S(sg, "segment-api-token")}';

async function onTrack(event, settings) {{
  const res = await fetch('https://api.segmentapis.com/spaces/' + settings.spaceId + '/collections/users/profiles/user_id:' + event.userId + '/traits', {{
    headers: {{ Authorization: `Bearer ${{PUBLIC_API_TOKEN}}` }},
  }});
  return res.json();
}}
""")

    bz = v.uuid()
    d = t.f("cdp/braze/braze.yaml")
    d.done(f"""braze:
  rest_endpoint: https://rest.iad-0{r.randrange(1, 8)}.braze.com
  rest_api_key: {d.S(bz, "braze-api-key", "uuid")}
  app_group_id: {d.N(v.uuid(), "uuid")}
  ios_sdk_api_key: {d.N(v.uuid(), "public-sdk-key")}
  android_sdk_api_key: {d.N(v.uuid(), "public-sdk-key")}
""")

    it = v.hex(32)
    d = t.f("cdp/iterable/iterable.env")
    d.done(f"""ITERABLE_API_KEY={d.S(it, "iterable-api-key")}
ITERABLE_PROJECT_ID={d.N(v.digits(5), "account-identifier")}
ITERABLE_WEBHOOK_BASIC_PASSWORD={d.S(v.pw(), "webhook-secret")}
""")

    amk, ams = v.hex(32), v.hex(32)
    d = t.f("analytics/amplitude/export.py")
    d.done(f'''"""Nightly raw event export for the attribution model."""
import requests

API_KEY = "{d.N(amk, "public-sdk-key")}"          # project key, also shipped in the browser SDK
SECRET_KEY = "{d.S(ams, "amplitude-secret-key")}"

resp = requests.get("https://amplitude.com/api/2/export", params={{"start": "20250301T00", "end": "20250301T23"}},
                    auth=(API_KEY, SECRET_KEY), timeout=300)
''')

    mp = v.an(32)
    d = t.f("analytics/mixpanel/service-account.json")
    d.done("""{
  "username": "warehouse-export.%s.mp-service-account",
  "secret": %s,
  "project_id": %s,
  "project_token": %s
}
""" % (v.lan(6), jq(str(d.S(mp, "mixpanel-service-secret"))), jq(str(d.N(v.digits(7), "account-identifier"))), jq(str(d.N(v.hex(32), "public-sdk-key")))))

    d = t.f("analytics/web/tag-snippets.html")
    d.done(f"""<!-- Google tag -->
<script async src="https://www.googletagmanager.com/gtag/js?id={d.N("G-" + v.uan(10), "analytics-id")}"></script>
<!-- GTM container -->
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];}})(window,document,'script','dataLayer','{d.N("GTM-" + v.uan(7), "analytics-id")}');</script>
<!-- Segment -->
<script>analytics.load("{d.N(v.an(32), "public-sdk-key")}");</script>
<!-- Amplitude browser SDK -->
<script>amplitude.init('{d.N(amk, "public-sdk-key")}');</script>
<!-- Meta pixel -->
<script>fbq('init', '{d.N(v.digits(16), "analytics-id")}');</script>
<!-- TikTok pixel -->
<script>ttq.load('{d.N(v.uan(20), "analytics-id")}');</script>
<!-- LinkedIn Insight -->
<script>_linkedin_partner_id = "{d.N(v.digits(7), "analytics-id")}";</script>
""")

    kl = v.klaviyo()
    d = t.f("email/klaviyo_sync.rb")
    d.done(f"""require "klaviyo-api-sdk"

KlaviyoAPI.configure do |config|
  config.api_key["Klaviyo-API-Key"] = "Klaviyo-API-Key {d.S(kl, "klaviyo-private-key")}"
end
PUBLIC_KEY = "{d.N(v.an(6), "public-sdk-key")}" # company id used by the onsite JS
""")

    bv = v.brevo()
    d = t.f("email/brevo.env")
    d.done(f"""BREVO_API_KEY={d.S(bv, "brevo-api-key")}
BREVO_SENDER=newsletter@{dom}
""")

    af_tok = v.jwt({"aud": "appsflyer", "iat": 1712000000 + r.randrange(10 ** 7), "jti": v.uuid(), "sub": v.digits(8)}, alg="RS256", sig_bytes=256)
    d = t.f("attribution/appsflyer.env")
    d.done(f"""APPSFLYER_API_TOKEN={d.S(af_tok, "appsflyer-api-token", "jwt")}
APPSFLYER_DEV_KEY={d.N(v.an(22), "public-sdk-key")}
APPSFLYER_APP_IDS=id{v.digits(10)},com.{dom.split(".")[0]}.app
""")

    snow = t.rsa()
    d = t.f("reporting/keys/snowflake_rsa_key.p8")
    d.done(str(d.S(snow.pem_pkcs8(), "private-key-pem")))
    d = t.f("reporting/keys/snowflake_rsa_key.pub")
    d.done(str(d.N(snow.pem_public(), "public-key")))

    # ------------------------------------------------------------ prose
    d = t.f("agency/client-logins.csv", prose=True)
    rows = ["client,platform,login,password,2fa,notes"]
    for cl in r.sample(["Harborline Outfitters", "Zest Kitchen", "Orbit Bikes", "Lumen Dental", "Cask & Barrel", "Nordic Nest"], 4):
        for plat in r.sample(["Google Ads", "Meta Business", "TikTok Ads", "Shopify", "Klaviyo"], 1 + (r.random() < 0.4)):
            k = r.random()
            if k < 0.7:
                cell = str(d.S(v.pw(specials="!-_.*"), "service-account-password"))
            else:
                cell = str(d.N("(client holds)", "placeholder"))
            rows.append("%s,%s,%s@%s,%s,%s," % (cl, plat, r.choice(["ads", "marketing", "growth"]), dom, cell, r.choice(["SMS", "authenticator", "none"])))
    d.done("\n".join(rows) + "\n")

    gpw = v.pw()
    codes = " ".join("%s %s" % (v.digits(4), v.digits(4)) for _ in range(4))
    d = t.f("agency/wiki/onboarding.md", prose=True)
    d.done(f"""# New starter onboarding - paid media

* Shared Google account for the MCC: `mcc@{dom}` / `{d.S(gpw, "service-account-password")}`
* 2-step backup codes (keep in 1Password, this page is temporary):
  {d.S(codes, "otp-backup-codes")}
* Never use the shared account for client emails.
""")

    lt = v.linkedin()
    d = t.f("agency/tickets/MOPS-812.txt", prose=True)
    tk2 = v.hex(40)
    d.done(f"""MOPS-812  Reporting connector broken for LinkedIn + TikTok
Reporter: {v.person()}
The Supermetrics-style connector lost its tokens. Pasting the fresh ones here so data eng can update:
  LinkedIn: {d.S(lt, "linkedin-access-token")}
  TikTok:   {d.S(tk2, "tiktok-access-token")}
Status: In progress
""")

    mt2 = v.meta()
    gpw2 = v.pw()
    d = t.f("agency/chat/slack-export/paid-media/2025-04-11.json", prose=True)
    d.done(slack_json(t, [
        (v.person(), "who has the system user token for Zest's ad account? the one in the sheet is expired"),
        (v.person(), "{}".format(d.S(mt2, "meta-access-token"))),
        (v.person(), "thanks!! also Shopify staff login for Orbit is growth@{} / {}".format(dom, d.S(gpw2, "service-account-password"))),
        (v.person(), "please don't paste creds here 🙃 use 1Password"),
        (v.person(), "noted, here's the redacted version for the wiki: {}".format(d.N("EAA…" + "*" * 12, "masked-value"))),
    ]))

    kl2 = v.klaviyo()
    cpw = v.pw()
    d = t.f("agency/email/client-handoff.eml", prose=True)
    d.done(eml("%s <%s@%s>" % (v.person(), v.user(), dom), "marketing@harborline.example.com", "Handoff: accounts and keys",
               f"""Hi,

As we wrap up the engagement, here is everything we set up on your side:

- Klaviyo private API key (used by the Shopify flow): {d.S(kl2, "klaviyo-private-key")}
- Google Ads: your admin user is marketing@harborline.example.com, temporary password {d.S(cpw, "temporary-password")}
- Meta pixel ID (public, safe to share): {d.N(v.digits(16), "analytics-id")}

Please rotate the Klaviyo key once your new agency is onboarded.

Best,
{ag}""", r=r))

    gr = v.google_refresh()
    ams2 = v.hex(32)
    d = t.f("agency/history/analyst.zsh_history", prose=True)
    d.done(zsh_history(t, [
        "python -m venv .venv && source .venv/bin/activate",
        "export GOOGLE_ADS_REFRESH_TOKEN='%s'" % d.S(gr, "google-oauth-refresh-token"),
        "python google-ads/scripts/bid_adjust.py --dry-run",
        "curl -u %s:%s 'https://amplitude.com/api/2/export?start=20250301T00&end=20250301T23' -o export.zip" % (amk, d.S(ams2, "amplitude-secret-key")),
        "unzip export.zip -d raw/",
    ]))

    i18n_json(t, "landing/locales/sv.json", "sv")

    t.text("README.md", f"# {ag} - marketing ops\n\nReporting connectors, server-side tracking and campaign automation.\n")

    more.layer(t, "tools", "report-builder", "ghcr.io/%s" % ag.split()[0].lower())
