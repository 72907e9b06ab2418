"""Tool kinds 1-25: regional payments and commerce (Turkey, Iran, Vietnam, Philippines, SE Asia, Russia, Korea,
China, Egypt, Gulf). Each returns one Doc; secrets before negatives in the docstring line."""
from prov39 import uuid4


def paytr(c):
    """PayTR config/paytr.php: merchant_key, merchant_salt; merchant_id."""
    mid = str(c.r.randint(100000, 999999))
    t = f"""<?php
// PayTR iFrame API - {c.org}
return [
    'merchant_id'   => '{c.N(mid, "merchant-id")}',
    'merchant_key'  => '{c.S(c.A(16), "paytr-merchant-key")}',
    'merchant_salt' => '{c.S(c.A(16), "paytr-merchant-salt")}',
    'test_mode'     => env('PAYTR_TEST_MODE', 0),
    'ok_url'        => 'https://shop.{c.domain}/odeme/basarili',
];
"""
    return c.doc("shop/config/paytr.php", t, comment="//")


def trendyol(c):
    """Trendyol seller API script: api key + secret pair; supplier ID."""
    a, b = c.P(c.A(20), c.A(20), "trendyol-api-pair")
    t = f"""import base64, requests

SUPPLIER_ID = {c.N(str(c.r.randint(100000, 999999)), "supplier-id")}
API_KEY = "{a}"
API_SECRET = "{b}"

def headers():
    tok = base64.b64encode(f"{{API_KEY}}:{{API_SECRET}}".encode()).decode()
    return {{"Authorization": "Basic " + tok, "User-Agent": f"{{SUPPLIER_ID}} - SelfIntegration"}}

def orders():
    url = f"https://api.trendyol.com/sapigw/suppliers/{{SUPPLIER_ID}}/orders"
    return requests.get(url, headers=headers(), timeout=20).json()
"""
    return c.doc("scripts/trendyol_orders.py", t)


def parasut(c):
    """Parasut OAuth JSON: client_id + client_secret pair, password; company ID."""
    a, b = c.P(c.A(43), c.A(43), "parasut-client-pair")
    t = c.J({"company_id": c.N(str(c.r.randint(100000, 999999)), "company-id"),
             "client_id": a, "client_secret": b, "username": "muhasebe@" + c.domain,
             "password": c.S(c.pw(), "parasut-password"), "redirect_uri": "urn:ietf:wg:oauth:2.0:oob"})
    return c.doc("accounting/parasut.json", t, comment=None)


def zarinpal(c):
    """Zarinpal PHP: merchant ID (the credential, UUID-shaped); a sandbox authority."""
    t = f"""<?php
$merchantId = '{c.S(uuid4, "zarinpal-merchant-id")}';
$client = new SoapClient('https://www.zarinpal.com/pg/services/WebGate/wsdl', ['encoding' => 'UTF-8']);
// last sandbox authority, for the log: {c.N("A" + c.D(35), "payment-authority")}
$result = $client->PaymentRequest([
    'MerchantID'  => $merchantId,
    'Amount'      => $amount,
    'CallbackURL' => 'https://{c.domain}/verify.php',
]);
"""
    return c.doc("shop/zarinpal_request.php", t, comment="//")


def vnpay(c):
    """VNPay appsettings.json (CRLF): vnp_HashSecret; vnp_TmnCode."""
    t = c.J({"VnPay": {"vnp_Url": "https://sandbox.vnpayment.vn/paymentv2/vpcpay.html",
                       "vnp_TmnCode": c.N(c.rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8), "vnpay-terminal-code"),
                       "vnp_HashSecret": c.S(c.rs("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 32), "vnpay-hash-secret"),
                       "vnp_ReturnUrl": "https://" + c.domain + "/payment/return"}})
    return c.doc("booking/appsettings.VnPay.json", t, crlf=True, bom=c.r.random() < 0.4, comment=None)


def zalopay(c):
    """ZaloPay properties: key1, key2; app_id."""
    t = f"""zalopay.app_id={c.N(str(c.r.randint(2000, 9999)), "app-id")}
zalopay.key1={c.S(c.A(32), "zalopay-key1")}
zalopay.key2={c.S(c.A(32), "zalopay-key2")}
zalopay.endpoint=https://sb-openapi.zalopay.vn/v2/create
"""
    return c.doc("booking/src/main/resources/zalopay.properties", t)


def ghn(c):
    """Giao Hang Nhanh .env: Token (UUID-shaped); ShopId."""
    t = f"""GHN_API=https://online-gateway.ghn.vn/shiip/public-api
GHN_TOKEN={c.S(uuid4, "ghn-token")}
GHN_SHOP_ID={c.N(str(c.r.randint(1000000, 9999999)), "shop-id")}
GHN_FROM_DISTRICT=1442
"""
    return c.doc("shipping/ghn.env", t)


def kiotviet(c):
    """KiotViet TypeScript: client id + secret pair; retailer."""
    a, b = c.P(uuid4(c.r), c.H(40), "kiotviet-client-pair")
    t = f"""import axios from "axios";

const CLIENT_ID = "{a}";
const CLIENT_SECRET = "{b}";
const RETAILER = process.env.KIOTVIET_RETAILER ?? "{c.slug}";

export async function token(): Promise<string> {{
  const body = new URLSearchParams({{ scopes: "PublicApi.Access", grant_type: "client_credentials",
    client_id: CLIENT_ID, client_secret: CLIENT_SECRET }});
  const res = await axios.post("https://id.kiotviet.vn/connect/token", body);
  return res.data.access_token;
}}
"""
    return c.doc("shop/src/kiotviet.ts", t, comment="//")


def dragonpay(c):
    """DragonPay INI: merchant ID + password pair; the test URL."""
    a, b = c.P(c.slug.upper()[:10], c.pw(), "dragonpay-merchant-pair")
    t = f"""[dragonpay]
merchant_id = {a}
password = {b}
url = https://test.dragonpay.ph/Pay.aspx
api_key = {c.N(c.ref("DRAGONPAY_API_KEY"), "env-reference")}
"""
    return c.doc("payments/dragonpay.ini", t, comment=";")


def lazada(c):
    """Lazada Open Platform Python: app key + app secret pair; a seller ID."""
    a, b = c.P(str(c.r.randint(100000, 999999)), c.A(32), "lazada-app-pair")
    t = f"""import lazop

APP_KEY = "{a}"
APP_SECRET = "{b}"
client = lazop.LazopClient("https://api.lazada.com.ph/rest", APP_KEY, APP_SECRET)
req = lazop.LazopRequest("/orders/get", "GET")
req.add_api_param("seller_id", "{c.N(str(c.r.randint(10 ** 9, 10 ** 10)), "seller-id")}")
"""
    return c.doc("marketplace/lazada_orders.py", t)


def shopee(c):
    """Shopee Open Platform Go: partner ID + partner key pair; shop ID."""
    a, b = c.P(str(c.r.randint(1000000, 2999999)), "shpk" + c.H(60), "shopee-partner-pair")
    t = f"""package shopee

const (
	partnerID  = {a}
	partnerKey = "{b}"
	shopID     = {c.N(str(c.r.randint(10 ** 8, 10 ** 9)), "shop-id")}
	host       = "https://partner.shopeemobile.com"
)
"""
    return c.doc("marketplace/shopee/config.go", t, comment="//")


def moysklad(c):
    """MoySklad env: Bearer token (40 hex); account ID."""
    t = f"""MOYSKLAD_API=https://api.moysklad.ru/api/remap/1.2
MOYSKLAD_TOKEN={c.S(c.H(40), "moysklad-token")}
MOYSKLAD_ACCOUNT_ID={c.N(uuid4(c.r), "account-id")}
"""
    return c.doc("depot/moysklad.env", t)


def wildberries(c):
    """Wildberries seller Python: API token (a JWT); an nmID."""
    t = f"""import requests

WB_TOKEN = "{c.S(c.jwt({"ent": 1, "sid": uuid4(c.r), "s": 1024}), "wildberries-token")}"
NM_ID = {c.N(str(c.r.randint(10 ** 7, 10 ** 8)), "product-id")}

def stocks():
    r = requests.get("https://statistics-api.wildberries.ru/api/v1/supplier/stocks",
                     headers={{"Authorization": WB_TOKEN}}, params={{"dateFrom": "2025-01-01"}})
    return r.json()
"""
    return c.doc("depot/wb_stocks.py", t)


def amocrm(c):
    """amoCRM / Kommo JSON: client secret, long-lived token; integration ID."""
    t = c.J({"subdomain": c.slug, "integration_id": c.N(uuid4(c.r), "integration-id"),
             "client_secret": c.S(c.A(64), "amocrm-client-secret"),
             "long_lived_token": c.S(c.jwt({"aud": uuid4(c.r), "jti": uuid4(c.r), "scopes": ["crm"]}),
                                     "amocrm-long-lived-token"),
             "redirect_uri": "https://" + c.domain + "/amocrm/callback"})
    return c.doc("crm/amocrm.json", t, comment=None)


def sberbank(c):
    """Sberbank acquiring conf: API password; the test gateway."""
    t = f"""[sberbank]
gateway = https://3dsec.sberbank.ru/payment/rest/
userName = {c.slug}-api
password = {c.S(c.pw(), "sberbank-api-password")}
returnUrl = https://{c.domain}/pay/ok
# old password kept in the vault: {c.N(c.vault(), "vault-reference")}
"""
    return c.doc("payments/sberbank.conf", t)


def qiwi(c):
    """QIWI P2P JavaScript: secret key (base64 JSON); the public key."""
    pub = "48e7qUxn9T7RyYE1MVZswX1FRSbE6iyCj2gCRwwF3Dnh5XrasNTx3BGPiMsyXQFNKQhvukniQG8RTVhYm3iP" + c.A(20)
    sec = "eyJ2ZXJzaW9uIjoiUDJQIiwiZGF0YSI6eyJwYXlpbl9tZXJjaGFudF9zaXRlX3VpZCI6I" + c.U(120)
    t = f"""const QiwiBillPaymentsAPI = require("@qiwi/bill-payments-node-js-sdk");

const SECRET_KEY = "{c.S(sec, "qiwi-secret-key")}";
const PUBLIC_KEY = "{c.N(pub, "qiwi-public-key")}";
const qiwi = new QiwiBillPaymentsAPI(SECRET_KEY);
module.exports = {{ qiwi, PUBLIC_KEY }};
"""
    return c.doc("payments/qiwi.js", t, comment="//")


def portone(c):
    """PortOne (iamport) env: REST key + secret pair; merchant code."""
    a, b = c.P(c.D(16), c.A(80), "portone-api-pair")
    t = f"""IMP_CODE={c.N("imp" + c.D(8), "merchant-code")}
IMP_KEY={a}
IMP_SECRET={b}
"""
    return c.doc("shop/portone.env", t)


def gitee(c):
    """Gitee mirror script: private token; a commit SHA."""
    t = f"""#!/bin/sh
# mirror to gitee, last synced {c.N(c.H(40), "commit-sha")}
GITEE_TOKEN="{c.S(c.H(32), "gitee-private-token")}"
curl -s -X POST "https://gitee.com/api/v5/repos/{c.slug}/site/pages/builds" \\
  -d "access_token=$GITEE_TOKEN"
"""
    return c.doc("scripts/gitee_mirror.sh", t)


def upyun(c):
    """Upyun TOML: operator password; the bucket."""
    t = f"""[upyun]
bucket = "{c.slug}-img"
operator = "deploy"
password = "{c.S(c.A(32), "upyun-operator-password")}"
endpoint = "v0.api.upyun.com"
form_api_secret = "{c.N(c.ref("UPYUN_FORM_SECRET"), "env-reference")}"
"""
    return c.doc("deploy/upyun.toml", t)


def fawry(c):
    """Fawry properties: security key; merchant code."""
    t = f"""fawry.base-url=https://atfawry.fawrystaging.com/ECommerceWeb/Fawry/payments/charge
fawry.merchant-code={c.N(c.U(24), "merchant-code")}
fawry.security-key={c.S(c.H(32), "fawry-security-key")}
"""
    return c.doc("payments/src/main/resources/fawry.properties", t)


def tabby(c):
    """Tabby env: secret key; public key (by design)."""
    t = f"""TABBY_API=https://api.tabby.ai/api/v2/checkout
TABBY_PUBLIC_KEY={c.N("pk_" + uuid4(c.r), "tabby-public-key")}
TABBY_SECRET_KEY={c.S(lambda r: "sk_" + uuid4(r), "tabby-secret-key")}
TABBY_MERCHANT_CODE={c.slug[:8]}
"""
    return c.doc("shop/tabby.env", t)


def tamara(c):
    """Tamara YAML: API token (JWT), notification token; merchant URL."""
    t = f"""tamara:
  api_url: https://api-sandbox.tamara.co
  api_token: {c.S(c.jwt({"accountId": uuid4(c.r), "type": "merchant"}), "tamara-api-token")}
  notification_token: {c.S(uuid4, "tamara-notification-token")}
  merchant_url: https://{c.domain}/checkout
  public_key: {c.N(uuid4(c.r), "tamara-public-key")}
"""
    return c.doc("shop/config/tamara.yaml", t)


def veracode(c):
    """Veracode ~/.veracode/credentials: API ID + key pair; the profile name."""
    a, b = c.P(c.H(32), c.H(128), "veracode-api-pair")
    t = f"""[default]
veracode_api_key_id = {a}
veracode_api_key_secret = {b}

[ci]
veracode_api_key_id = {c.N(c.ref("VERACODE_API_KEY_ID"), "env-reference")}
"""
    return c.doc("ci/veracode/credentials", t)


def checkmarx(c):
    """Checkmarx One CLI cx.yaml: API key (refresh JWT); tenant."""
    t = f"""cx_base_uri: https://eu.ast.checkmarx.net
cx_base_auth_uri: https://eu.iam.checkmarx.net
cx_tenant: {c.slug}
cx_apikey: {c.S(c.jwt({"typ": "Offline", "azp": "ast-app", "sid": uuid4(c.r)}), "checkmarx-api-key")}
cx_client_id: {c.N(uuid4(c.r), "client-id")}
"""
    return c.doc("ci/checkmarx/cx.yaml", t)


def clojars(c):
    """Clojars deploy env: deploy token; username."""
    t = f"""# deps-deploy reads these
export CLOJARS_USERNAME={c.slug}
export CLOJARS_PASSWORD={c.S(lambda r: "CLOJARS_" + "".join(r.choice("0123456789abcdef") for _ in range(60)), "clojars-deploy-token")}
export CLOJARS_MIRROR={c.N(c.ref("CLOJARS_MIRROR_URL"), "env-reference")}
"""
    return c.doc("lib/.clojars.env", t)


TOOLS_A = [paytr, trendyol, parasut, zarinpal, vnpay, zalopay, ghn, kiotviet, dragonpay, lazada, shopee, moysklad,
           wildberries, amocrm, sberbank, qiwi, portone, gitee, upyun, fawry, tabby, tamara, veracode, checkmarx,
           clojars]
