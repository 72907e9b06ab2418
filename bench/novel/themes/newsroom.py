"""newsroom/: a regional news publisher: WordPress VIP, Drupal multisite, Arc XP, Fastly and
Akamai (EdgeGrid, token auth), wire feeds (AP, Reuters, AFP), newsletters (Mailgun, Postmark,
Sailthru), Piano paywall, analytics (Chartbeat, Parse.ly, GA4), video (JW Player, Brightcove),
social, Algolia search, product tooling (Linear, Notion, Figma, Asana), an election-night
runbook, a Slack export, e-mail, tickets and histories."""

from nframe import jdump, kv
from themes.common import sentence, neutral, ticket, email, history, filler, lockfile_npm

DOM = "harbourcourier.com"


def build(t):
    c, g, K, S, N, B, A, E = t.c, t.g, t.K, t.S, t.N, t.B, t.A, t.E

    # ---------------------------------------------------------------- WordPress VIP
    ap_key = g.s(32)
    t.add("wordpress-vip/vip-config/vip-config.php", f"""<?php
/**
 * VIP config - loaded before wp-config on VIP Go.
 */
if ( ! defined( 'VIP_GO_APP_ENVIRONMENT' ) ) {{
    return;
}}
define( 'AP_API_KEY', '{S(ap_key, 'ap-api-key')}' );
define( 'PIANO_API_TOKEN', vip_get_env_var( '{N('PIANO_API_TOKEN', 'env-reference')}' ) );
define( 'PARSELY_API_SECRET', '{S(g.s(43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'api-key-generic')}' );
define( 'JETPACK_STAGING_MODE', false );
""")
    t.add("wordpress-vip/wp-config-local.php", f"""<?php
define( 'DB_NAME', 'courier_local' );
define( 'DB_USER', 'courier' );
define( 'DB_PASSWORD', '{S(g.pw(), 'generic-password')}' );
define( 'DB_HOST', '127.0.0.1:3307' );
define( 'LOGGED_IN_KEY', '{S(g.secret_key(64, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#%^&*()-_[]{{}}<>~+=,.;:/?|'), 'wordpress-auth-salt')}' );
define( 'NONCE_SALT', '{S(g.secret_key(64, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#%^&*()-_[]{{}}<>~+=,.;:/?|'), 'wordpress-auth-salt')}' );
define( 'AUTH_KEY', '{N('put your unique phrase here', 'placeholder')}' );
define( 'WP_DEBUG', true );
""")
    t.add("wordpress-vip/plugins/courier-wire/wire-ingest.php", f"""<?php
class Courier_Wire_Ingest {{
    const FEED = 'https://api.ap.org/media/v/content/feed';

    public function fetch() {{
        $key = defined( 'AP_API_KEY' ) ? AP_API_KEY : getenv( 'AP_API_KEY' );
        return wp_remote_get( self::FEED, [ 'headers' => [ 'x-api-key' => $key ] ] );
    }}

    public function verify_signature( $body, $sig ) {{
        // Shared secret agreed with the wire desk
        $expected = hash_hmac( 'sha256', $body, '{S(g.hexkey(24), 'webhook-secret')}' );
        return hash_equals( $expected, $sig );
    }}
}}
""")

    # ---------------------------------------------------------------- Drupal multisite
    for site in g.r.sample(["sport", "business", "lifestyle", "obituaries", "jobs", "archive"], 4):
        if g.chance(0.25):
            salt = f"file_get_contents('/var/secrets/{site}/salt.txt')"
            salt_line = f"$settings['hash_salt'] = {N(salt, 'file-reference')};"
        else:
            salt_line = f"$settings['hash_salt'] = '{S(g.b64(55, url=True, pad=False), 'drupal-hash-salt')}';"
        t.add(f"drupal/sites/{site}.{DOM}/settings.php", f"""<?php
$databases['default']['default'] = [
  'database' => 'drupal_{site}',
  'username' => 'd_{site}',
  'password' => '{S(g.pw(), 'generic-password')}',
  'host' => 'mysql-{g.r.randint(1, 3)}.internal',
  'port' => '3306',
  'driver' => 'mysql',
  'prefix' => '',
];
{salt_line}
$settings['config_sync_directory'] = '../config/{site}';
$settings['trusted_host_patterns'] = ['^{site}\\.harbourcourier\\.com$'];
""")
    t.add("drupal/sites/default/default.settings.php", f"""<?php
$databases = [];
$settings['hash_salt'] = '';
// $databases['default']['default']['password'] = '{N('password', 'placeholder')}';
""")

    # ---------------------------------------------------------------- Arc / CDN
    t.add("arc-xp/.env", f"""ARC_CONTENT_BASE=https://api.courier.arcpublishing.com
ARC_ACCESS_TOKEN={S(g.s(64, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'arc-xp-access-token')}
ARC_SITE=harbour-courier
BLOCK_DIST_TAG=stable
""")
    t.add("cdn/fastly/main.tf", f"""provider "fastly" {{
  api_key = "{S(g.s(32, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'), 'fastly-api-token')}"
}}

resource "fastly_service_vcl" "www" {{
  name = "www.{DOM}"
  domain {{ name = "www.{DOM}" }}
  backend {{
    address = "origin.{DOM}"
    name    = "origin"
    port    = 443
  }}
}}

# service id for the API: {N(g.s(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), 'resource-identifier')}
""")
    ou, op = "fastly-edge", g.pw(safe=True)
    t.add("cdn/fastly/snippets/origin-auth.vcl", f"""sub vcl_miss {{
  # origin only accepts requests from the CDN
  set bereq.http.Authorization = "Basic {S(g.basic(ou, op), 'basic-auth-header', 'basic')}";
  set bereq.http.X-Origin-Shield = "{N(g.sha256(), 'hash-sha256')}";
}}
""")
    t.add("cdn/akamai/.edgerc", f"""[default]
{B('s', 'akamai-edgegrid-credentials')}client_secret = {A(g.b64(32))}
host = akab-{g.s(16, 'abcdefghijklmnopqrstuvwxyz0123456789')}-{g.s(16, 'abcdefghijklmnopqrstuvwxyz0123456789')}.luna.akamaiapis.net
access_token = {A('akab-' + g.s(16, 'abcdefghijklmnopqrstuvwxyz0123456789') + '-' + g.s(16, 'abcdefghijklmnopqrstuvwxyz0123456789'))}
client_token = {A('akab-' + g.s(16, 'abcdefghijklmnopqrstuvwxyz0123456789') + '-' + g.s(16, 'abcdefghijklmnopqrstuvwxyz0123456789'))}{E()}

[ccu]
client_secret = {N('${AKAMAI_CCU_SECRET}', 'env-reference')}
""")
    t.add("cdn/akamai/token-auth.md", f"""# Akamai token auth for premium video

Edge key (hex, shared with the player service): `{S(g.hexkey(32), 'akamai-edgeauth-key')}`

Tokens look like `exp=1712000000~acl=/premium/*~hmac={N(g.sha256(), 'signature')}` and expire after 6 hours.
""")

    # ---------------------------------------------------------------- wire / email / paywall
    afp_id, afp_sec = "courier-" + g.s(8, 'abcdefghijklmnopqrstuvwxyz'), g.s(40)
    t.add("wire/ingest/config.yaml", f"""ap:
  api_key: {S(g.s(32), 'ap-api-key')}
  feed: https://api.ap.org/media/v/content/feed?q=productid:{g.num(5)}
reuters:
  username: courier_ingest
  password: {S(g.pw(), 'generic-password')}
afp:
  {B('s', 'oauth-client-secret')}client_id: {A(afp_id, 'id')}
  client_secret: {A(afp_sec)}{E()}
  base_url: https://afp-apicore-prod.afp.com
""")
    st_key, st_sec = g.hexs(32), g.hexs(32)
    t.add("email/newsletters/.env", f"""MAILGUN_DOMAIN=mg.{DOM}
MAILGUN_API_KEY={S(g.mailgun(), 'mailgun-api-key')}
POSTMARK_SERVER_TOKEN={S(g.postmark(), 'postmark-server-token')}
POSTMARK_ACCOUNT_TOKEN={S(g.postmark(), 'postmark-server-token')}
{B('s', 'sailthru-api-credentials')}SAILTHRU_API_KEY={A(st_key, 'id')}
SAILTHRU_API_SECRET={A(st_sec)}{E()}
RESEND_API_KEY={S('re_' + g.s(8) + '_' + g.s(24), 'resend-api-key')}
""")
    dk = K.rsa()
    t.add("email/dkim/mg._domainkey.txt", "mg._domainkey.%s. IN TXT \"k=rsa; p=%s\"\n" % (
        DOM, N(dk.pub_pem().split("\n", 1)[1].rsplit("\n", 1)[0].replace("\n", ""), 'public-key')))
    t.add("email/dkim/mg.private", S(dk.pem1(), 'private-key-pem') + "\n")
    t.add("paywall/piano/config.json", jdump({"aid": N(g.s(10), 'public-client-id'), "sandbox": False,
                                              "api_token": S(g.s(40), 'piano-api-token'),
                                              "offer_ids": ["OF" + g.s(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') for _ in range(2)]}))
    t.add("paywall/piano/webhook.php", f"""<?php
// Piano webhook decryption key (AES, from the Piano dashboard)
const PIANO_PRIVATE_KEY = '{S(g.s(40), 'piano-api-token')}';
$data = piano_decrypt($_GET['data'], PIANO_PRIVATE_KEY);
""")

    # ---------------------------------------------------------------- analytics / video / social
    t.add("analytics/config.yml", f"""chartbeat:
  apikey: {S(g.hexs(32), 'chartbeat-api-key')}
  host: {DOM}
parsely:
  site_id: {DOM}
ga4:
  measurement_id: {N(g.ga4(), 'public-client-id')}
  api_secret: {S(g.s(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'), 'ga4-api-secret')}
""")
    bc_id = g.uuid()
    t.add("video/players.env", f"""JWPLAYER_SITE_ID={N(g.s(8), 'public-client-id')}
JWPLAYER_API_SECRET={S(g.s(24), 'jwplayer-api-secret')}
{B('s', 'brightcove-client-secret')}BRIGHTCOVE_CLIENT_ID={A(bc_id, 'id')}
BRIGHTCOVE_CLIENT_SECRET={A(g.s(86, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'))}{E()}
BRIGHTCOVE_ACCOUNT_ID={g.num(13)}
""")
    t.add("social/autopost/settings.py", f"""X_BEARER_TOKEN = "{S('AAAAAAAAAAAAAAAAAAAAA' + g.s(25) + '%3D' + g.s(50), 'twitter-bearer-token')}"
FB_PAGE_ID = "{g.num(15)}"
FB_PAGE_ACCESS_TOKEN = "{S('EAA' + g.s(180), 'facebook-access-token')}"
POST_DELAY_SECONDS = 90
""")
    t.add("search/frontend/algolia.js", f"""import algoliasearch from 'algoliasearch/lite';
// search-only key, safe in the browser
export const client = algoliasearch('{g.s(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}', '{N(g.hexs(32), 'publishable-key')}');
""")
    t.add("search/indexer/.env", f"ALGOLIA_APP_ID={g.s(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}\nALGOLIA_ADMIN_KEY={S(g.hexs(32), 'algolia-admin-key')}\n")
    t.add("slack/breaking-news-bot/.env", f"""SLACK_BOT_TOKEN={S(g.slack('xoxb'), 'slack-bot-token')}
SLACK_SIGNING_SECRET={S(g.hexs(32), 'slack-signing-secret')}
SLACK_APP_TOKEN={S(g.slack('xapp'), 'slack-app-token')}
ALERT_CHANNEL=C{g.s(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}
""")
    t.add("tools/product-sync/.env", f"""LINEAR_API_KEY={S(g.linear(), 'linear-api-key')}
NOTION_TOKEN={S(g.notion(), 'notion-token')}
NOTION_DB_ID={N(g.hexs(32), 'resource-identifier')}
FIGMA_TOKEN={S(g.figma(), 'figma-token')}
ASANA_PAT={S(g.asana(), 'asana-pat')}
""")
    t.add("tools/product-sync/legacy_notion.py", f"""from notion_client import Client
notion = Client(auth="{S(g.notion_legacy(), 'notion-token')}")
""")
    lockfile_npm(t, "cms/arc-themes/package-lock.json", n=5)
    t.add("translations/fr/LC_MESSAGES/django.po", f"""msgid "Password"
msgstr "{N('Mot de passe', 'i18n-string')}"

msgid "Forgot your password?"
msgstr "Mot de passe oublié ?"
""")

    # ---------------------------------------------------------------- prose
    t.add("wiki/election-night-runbook.md", f"""# Election night runbook

* AP Elections API key for the results widget: `{S(g.s(32), 'ap-api-key')}` (test mode key is in the vault).
* Staging results page is password protected: user `elections`, password `{S(g.pw(), 'password-in-prose')}`.
* Purge the results pages in Fastly every 60 s (`fastly purge --key results`).
* {neutral(g, 'the results widget')}
* Backup plan: static JSON on S3, see `{N('s3://courier-elections/2024/fallback.json', 'resource-identifier')}`.
""")
    day = []
    for k, m in enumerate([neutral(g, "the CMS"), "can someone send me the wp admin pw for the sport site?",
                           "sport-admin / " + S(g.pw(), 'password-in-prose'), neutral(g, "Arc"),
                           "mailgun key for the newsletter test: " + S(g.mailgun(), 'mailgun-api-key'),
                           "pls delete that :upside_down_face:", neutral(g, "Fastly")]):
        day.append({"type": "message", "user": "U0" + g.s(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), "text": m,
                    "ts": "%d.%06d" % (1730800000 + k * 97, g.r.randint(0, 999999))})
    t.add("slack-export/newsdesk-tech/2024-11-05.json", jdump(day))
    email(t, "email/vendor-chartbeat.eml", "support@chartbeat.example", "digital@" + DOM, "Your API access", [
        "Hello,", "", "Your new API key with full access is:", "", "    " + S(g.hexs(32), 'chartbeat-api-key'), "",
        "Keep it secret.", "", "Chartbeat Support"])
    ticket(t, "tickets/DIG-1183.txt", "DIG-1183", "Newsletter signups failing", [
        "Postmark returns 401.", "Old token in prod was " + S(g.postmark(), 'postmark-server-token') + ", rotated now.",
        neutral(g, 'Postmark')], system="Jira")
    h = filler(g, 3, "php-fpm", "web01") + [
        "wp user create graphics graphics@%s --role=editor --user_pass='%s'" % (DOM, S(g.pw(), 'password-in-history')),
        "terminus auth:login --machine-token=%s" % S(g.s(43, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_'), 'pantheon-machine-token'),
        "curl -X POST -H 'Fastly-Key: %s' https://api.fastly.com/service/SU1Z0isxPaozGVKXdv0eY/purge_all" % S(g.s(32), 'fastly-api-token'),
        "drush @sport uli", "git log --oneline -3"] + filler(g, 3, "varnish", "web01")
    history(t, "home/webops/.zsh_history", h)
