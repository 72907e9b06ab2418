"""Tool kinds 26-50: monitoring, CDN/WAF, media, geo, web3, identity, AI, SMS, accounting, banking."""
from prov39 import uuid4


def site24x7(c):
    """Site24x7 agent config: device key; monitor ID."""
    t = f"""[AGENT_INFO]
device_key = {c.S(c.rs("abcdefghijklmnopqrstuvwxyz0123456789", 40), "site24x7-device-key")}
monitor_id = {c.N(c.D(18), "monitor-id")}
server = plus.site24x7.com
proxy = NONE
"""
    return c.doc("ops/site24x7/monagent.cfg", t)


def soketi(c):
    """Soketi JSON: app secret; app key (public, sent to browsers)."""
    t = c.J({"debug": False, "port": 6001, "appManager.array.apps": [{
        "id": c.slug, "key": c.N(c.A(20).lower(), "pusher-app-key"),
        "secret": c.S(c.A(32).lower(), "soketi-app-secret"), "maxConnections": 400,
        "enableClientMessages": False}]})
    return c.doc("realtime/soketi.json", t, comment=None)


def presto(c):
    """Presto catalog properties: connection password; an ENV reference in the replica catalog line."""
    t = f"""connector.name=postgresql
connection-url=jdbc:postgresql://db-primary.{c.domain}:5432/erp
connection-user=presto_ro
connection-password={c.S(c.pw(), "presto-catalog-password")}
# replica catalog uses {c.N("${ENV:PG_REPLICA_PASSWORD}", "env-reference")}
"""
    return c.doc("analytics/presto/etc/catalog/erp.properties", t)


def imperva(c):
    """Imperva Terraform: API ID + key pair; the site ID."""
    a, b = c.P(c.D(5), uuid4(c.r), "imperva-api-pair")
    t = f"""provider "incapsula" {{
  api_id  = "{a}"
  api_key = "{b}"
}}

resource "incapsula_site" "shop" {{
  domain = "shop.{c.domain}"
}}

# existing site {c.N(c.D(8), "site-id")}
"""
    return c.doc("infra/imperva/main.tf", t)


def keycdn(c):
    """KeyCDN purge script: API key; zone ID."""
    t = f"""#!/usr/bin/env bash
KEYCDN_API_KEY='{c.S(lambda r: "sk_prod_" + "".join(r.choice("0123456789abcdef") for _ in range(40)), "keycdn-api-key")}'
ZONE_ID={c.N(c.D(6), "zone-id")}
curl -u "$KEYCDN_API_KEY:" -X GET "https://api.keycdn.com/zones/purge/$ZONE_ID.json"
"""
    return c.doc("scripts/keycdn_purge.sh", t)


def wistia(c):
    """Wistia Ruby: API token; a media hashed ID."""
    t = f"""require "net/http"

WISTIA_TOKEN = "{c.S(c.H(64), "wistia-api-token")}"
MEDIA = "{c.N(c.rs("abcdefghijklmnopqrstuvwxyz0123456789", 10), "media-id")}"

uri = URI("https://api.wistia.com/v1/medias/#{{MEDIA}}.json")
req = Net::HTTP::Get.new(uri, "Authorization" => "Bearer #{{WISTIA_TOKEN}}")
"""
    return c.doc("site/lib/wistia.rb", t)


def pexels(c):
    """Pexels Kotlin: API key; a photo ID."""
    t = f"""package org.{c.slug.replace("-", "")}.media

object Pexels {{
    const val API_KEY = "{c.S(c.A(56), "pexels-api-key")}"
    const val HERO_PHOTO = {c.N(c.D(8), "photo-id")}
    const val BASE = "https://api.pexels.com/v1/"
}}
"""
    return c.doc("app/src/main/kotlin/Pexels.kt", t, comment="//")


def giphy(c):
    """Giphy Swift: API key; a GIF ID."""
    t = f"""import Foundation

enum Giphy {{
    static let apiKey = "{c.S(c.A(32), "giphy-api-key")}"
    static let welcomeGif = "{c.N(c.A(18), "gif-id")}"
}}
"""
    return c.doc("ios/Sources/Giphy.swift", t, comment="//")


def foursquare(c):
    """Foursquare Places env: fsq3 API key; a place fsq_id."""
    t = f"""FSQ_API_KEY={c.S(lambda r: "fsq3" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(44)), "foursquare-api-key")}
FSQ_SHOP_PLACE={c.N(c.H(24), "place-id")}
"""
    return c.doc("site/foursquare.env", t)


def positionstack(c):
    """Positionstack curl: access_key in the URL; a request ID in the reply comment."""
    t = f"""#!/bin/sh
curl -s "http://api.positionstack.com/v1/forward?access_key={c.S(c.H(32), "positionstack-access-key")}&query={c.places[0].replace(" ", "+")}"
# reply request id: {c.N(uuid4(c.r), "request-id")}
"""
    return c.doc("scripts/geocode.sh", t)


def moralis(c):
    """Moralis env: API key (a JWT); a contract address."""
    t = f"""MORALIS_API_KEY={c.S(c.jwt({"nonce": uuid4(c.r), "orgId": c.D(6), "type": "PROJECT"}), "moralis-api-key")}
LOYALTY_CONTRACT={c.N("0x" + c.H(40), "contract-address")}
"""
    return c.doc("web3/.env.moralis", t)


def quicknode(c):
    """QuickNode endpoint env: the token in the endpoint path; an explorer tx hash."""
    t = f"""QUICKNODE_HTTP_URL={c.S(lambda r: "https://%s.matic.quiknode.pro/%s/" % ("-".join(r.choice(["frosty", "misty", "ancient", "quiet"]) for _ in range(2)) + "-" + "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6)), "".join(r.choice("0123456789abcdef") for _ in range(40))), "quicknode-endpoint")}
LAST_TX={c.N("0x" + c.H(64), "tx-hash")}
"""
    return c.doc("web3/quicknode.env", t)


def onelogin(c):
    """OneLogin YAML: client ID + secret pair; the subdomain."""
    a, b = c.P(c.H(64), c.H(64), "onelogin-client-pair")
    t = f"""onelogin:
  subdomain: {c.slug}
  region: eu
  client_id: {a}
  client_secret: {b}
  sandbox_secret: {c.N(c.ref("ONELOGIN_SANDBOX_SECRET"), "env-reference")}
"""
    return c.doc("idp/onelogin.yml", t)


def pingone(c):
    """PingOne tfvars: worker client secret; environment ID."""
    t = f"""pingone_environment_id = "{c.N(uuid4(c.r), "environment-id")}"
pingone_client_id      = "{uuid4(c.r)}"
pingone_client_secret  = "{c.S(c.U(64), "pingone-client-secret")}"
pingone_region_code    = "EU"
"""
    return c.doc("infra/pingone/terraform.auto.tfvars", t)


def descope(c):
    """Descope env: management key; project ID."""
    t = f"""DESCOPE_PROJECT_ID={c.N("P" + c.A(27), "descope-project-id")}
DESCOPE_MANAGEMENT_KEY={c.S(lambda r: "K" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(27)) + ":" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(120)), "descope-management-key")}
"""
    return c.doc("idp/descope.env", t)


def fusionauth(c):
    """FusionAuth fusionauth.properties: database password, API key in a comment-free line; the search URL."""
    t = f"""database.url=jdbc:postgresql://db.{c.domain}:5432/fusionauth
database.username=fusionauth
database.password={c.S(c.pw(), "fusionauth-db-password")}
fusionauth-app.api-key={c.S(c.U(64), "fusionauth-api-key")}
search.servers={c.N("${FUSIONAUTH_SEARCH_SERVERS}", "env-reference")}
"""
    return c.doc("idp/fusionauth/config/fusionauth.properties", t)


def ai21(c):
    """AI21 Python: API key; a request ID."""
    t = f"""from ai21 import AI21Client

client = AI21Client(api_key="{c.S(c.A(32), "ai21-api-key")}")
# last request: {c.N(uuid4(c.r), "request-id")}
resp = client.chat.completions.create(model="jamba-mini", messages=[])
"""
    return c.doc("ml/ai21_summaries.py", t)


def leonardo(c):
    """Leonardo.ai TypeScript: API key (UUID-shaped); a generation ID (UUID)."""
    t = f"""const LEONARDO_KEY = "{c.S(uuid4, "leonardo-api-key")}";
const SAMPLE_GENERATION = "{c.N(uuid4(c.r), "generation-id")}";

export async function generate(prompt: string) {{
  return fetch("https://cloud.leonardo.ai/api/rest/v1/generations", {{
    method: "POST",
    headers: {{ authorization: `Bearer ${{LEONARDO_KEY}}`, "content-type": "application/json" }},
    body: JSON.stringify({{ prompt, width: 768, height: 768 }}),
  }});
}}
"""
    return c.doc("ml/leonardo.ts", t, comment="//")


def deepinfra(c):
    """DeepInfra shell: token; the model name is not labelled, an image digest is."""
    t = f"""#!/bin/sh
export DEEPINFRA_TOKEN={c.S(c.A(32), "deepinfra-token")}
# worker image {c.N("sha256:" + c.H(64), "image-digest")}
curl -s https://api.deepinfra.com/v1/openai/chat/completions \\
  -H "Authorization: Bearer $DEEPINFRA_TOKEN" -d @prompt.json
"""
    return c.doc("ml/run_deepinfra.sh", t)


def clicksend(c):
    """ClickSend PHP: username + API key pair; a message ID."""
    a, b = c.P("sms@" + c.domain, c.rs("ABCDEF0123456789", 8) + "-" + c.rs("ABCDEF0123456789", 4) + "-" +
               c.rs("ABCDEF0123456789", 4) + "-" + c.rs("ABCDEF0123456789", 4) + "-" +
               c.rs("ABCDEF0123456789", 12), "clicksend-api-pair")
    t = f"""<?php
$config = ClickSend\\Configuration::getDefaultConfiguration()
    ->setUsername('{a}')
    ->setPassword('{b}');
// last message_id {c.N(uuid4(c.r).upper(), "message-id")}
"""
    return c.doc("sms/clicksend.php", t, comment="//")


def textmagic(c):
    """Textmagic C# (CRLF, often BOM): username + API key pair; a session ID."""
    a, b = c.P(c.slug.replace("-", ""), c.A(30), "textmagic-api-pair")
    t = f"""using TextmagicRest;

namespace Sms
{{
    public static class Gateway
    {{
        public static readonly Client Client = new Client("{a}",
            "{b}");
        public const long LastSession = {c.N(c.D(9), "session-id")};
    }}
}}
"""
    return c.doc("sms/Gateway.cs", t, crlf=True, bom=c.r.random() < 0.6, comment="//")


def freshbooks(c):
    """FreshBooks env: client secret, refresh token; account ID."""
    t = f"""FRESHBOOKS_CLIENT_ID={c.H(64)}
FRESHBOOKS_CLIENT_SECRET={c.S(c.H(64), "freshbooks-client-secret")}
FRESHBOOKS_REFRESH_TOKEN={c.S(c.H(64), "freshbooks-refresh-token")}
FRESHBOOKS_ACCOUNT_ID={c.N(c.A(6), "account-id")}
"""
    return c.doc("accounting/freshbooks.env", t)


def revolut(c):
    """Revolut Business: privatecert.pem (real RSA-2048, PKCS#1) used to sign the client assertion."""
    k = c.rsa()
    from keys39 import pem, rsa_pkcs1
    t = c.S(pem("RSA PRIVATE KEY", rsa_pkcs1(k)), "revolut-private-key", key_check="rsa:pkcs1") + "\n"
    return c.doc("banking/revolut/privatecert.pem", t, comment=None)


def ipay88(c):
    """iPay88 PHP: merchant key; merchant code."""
    t = f"""<?php
define('IPAY88_MERCHANT_CODE', '{c.N("M" + c.D(5), "merchant-code")}');
define('IPAY88_MERCHANT_KEY', '{c.S(c.A(10), "ipay88-merchant-key")}');
define('IPAY88_URL', 'https://payment.ipay88.com.my/epayment/entry.asp');
"""
    return c.doc("shop/ipay88.php", t, comment="//")


def gumroad(c):
    """Gumroad Ruby: access token; a product permalink ID."""
    t = f"""GUMROAD_ACCESS_TOKEN = "{c.S(c.U(43), "gumroad-access-token")}"
PRODUCT_ID = "{c.N(c.U(22) + "==", "product-id")}"

def sales
  HTTParty.get("https://api.gumroad.com/v2/sales", query: {{ access_token: GUMROAD_ACCESS_TOKEN }})
end
"""
    return c.doc("shop/lib/gumroad.rb", t)


TOOLS_B = [site24x7, soketi, presto, imperva, keycdn, wistia, pexels, giphy, foursquare, positionstack, moralis,
           quicknode, onelogin, pingone, descope, fusionauth, ai21, leonardo, deepinfra, clicksend, textmagic,
           freshbooks, revolut, ipay88, gumroad]
