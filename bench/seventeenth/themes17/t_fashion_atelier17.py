"""Fashion design house: Shopify drops, PLM connector, B2B wholesale, photo-studio DAM mounts, runway
livestream, influencer seeding, 3D sampling licences, Apple Pay merchant key, factory e-mails."""
import vals17 as V

DIR = "fashion-atelier"
VARIANTS = [
    {"org": "Maison Vérane", "domain": "maison-verane.fr", "city": "Paris", "langs": ["fr", "en"]},
    {"org": "Atelier Bianchi Moda", "domain": "bianchimoda.it", "city": "Firenze", "langs": ["it", "en"]},
    {"org": "Studio Noor", "domain": "studionoor.nl", "city": "Amsterdam", "langs": ["nl", "en"]},
]


def vocab(t):
    return {
        "systems": ["PLM", "Shopify store", "B2B wholesale", "photo DAM", "runway stream", "seeding tracker"],
        "devices": [("sample room RFID reader", "admin"), ("showroom iPad MDM", "admin"), ("plotter cutter", "admin"),
                    ("photo studio NAS", "admin"), ("livestream encoder", "admin")],
        "vendor": "Tessitura", "hosts": ["plm", "dam-nas", "b2b-sync", "stream"], "channel": "atelier",
        "db": "plm", "ssid": "Atelier-Studio", "ticket_prefix": "ATL",
        "integrations": ["drop-bot", "plm-connector", "wholesale-sync"],
        "topics": ["Drop page shows sold out too early", "PLM tech packs not syncing to the factory", "Showroom iPads lost the lookbook"],
        "chatter": ["fittings moved to 3pm", "fabric swatches arrived from Como", "drop goes live at 10:00 sharp",
                    "sample 14 needs a new zip", "photo shoot overran", "buyers from Seoul tomorrow"],
    }


def build(t):
    r = t.r
    store = t.domain.split(".")[0].replace("-", "")
    t.f("ecommerce/shopify-theme/config.yml", """production:
  password: %s
  theme_id: "%s"
  store: %s.myshopify.com
  ignore_files:
    - config/settings_data.json
""" % (t.P("shopify-admin"), t.N(str(r.randint(10 ** 11, 10 ** 12)), "id-theme"), store))
    t.f("ecommerce/drops/drop-bot.mjs", """// drop launch helper: opens the collection and warms the cache
const STOREFRONT_TOKEN = "%s"; // storefront API, public by design
const APP_SHARED_SECRET = "%s";
const KLAVIYO_PRIVATE_KEY = "%s";

export async function openDrop(handle) {
  await fetch(`https://%s.myshopify.com/api/2025-01/graphql.json`, {
    method: "POST",
    headers: { "X-Shopify-Storefront-Access-Token": STOREFRONT_TOKEN },
    body: JSON.stringify({ query: `{ collection(handle: "${handle}") { id } }` }),
  });
}
""" % (t.N(V.hexs(r, 32), "public-shopify-storefront"), t.P("shopify-shared"), t.S("pk_" + V.hexs(r, 34), "api-key-klaviyo-private"), store))
    t.f("plm/integration/plm-connector.ini", """[plm]
url=https://%s/api
service_user=svc_connector
service_password=%s

[supplier_portal]
url=https://portal.tessitura.example
api_key=%s
""" % (t.host("plm"), t.S(t.pw(), "service-password"), t.S(t.rtok(32), "api-key-vendor")), crlf=True)
    t.f("wholesale/b2b-sync.yaml", """platform: wholesale-hub
brand_id: %s
api_token: %s
webhook_secret: %s
season: SS26
""" % (t.N(V.uuid4(r), "id-brand"), t.S(t.rtok(48, V.B64U), "api-token-vendor"), t.S(t.rtok(32), "webhook-secret")))
    t.f("dam/fstab.studio", """# photo studio mounts
//%s/raw    /mnt/raw    cifs  credentials=/root/.smbcred,uid=1000  0 0
//%s/edits  /mnt/edits  cifs  username=studio,password=%s,uid=1000  0 0
""" % (t.host("dam-nas"), t.host("dam-nas"), t.S(t.pw("uri"), "smb-share-password")))
    enc_pw = t.pw()
    t.f("livestream/runway-ss26.json", """{
  "show": "SS26",
  "encoder": {"host": "%s", "user": "admin", "password": "%s"},
  "outputs": [
    {"name": "youtube", "url": "rtmp://a.rtmp.youtube.com/live2", "key": "%s"},
    {"name": "site", "url": "rtmps://live.%s/app", "key": "%s"}
  ]
}""" % (t.host("stream"), t.S(enc_pw, "encoder-web-password"), t.S("-".join(V.rs(r, 4, V.LO + V.DIG) for _ in range(5)), "stream-key"),
        t.domain, t.N("${SITE_STREAM_KEY}", "ref-env")))
    rows = []
    for i in range(3):
        if i == 1:
            cell = t.S(t.pw("weak"), "vendor-portal-password")
        else:
            cell = t.N(r.choice(["", "n/a", "via DM"]) or "-", "reference-prose")
        rows.append("%s,@%s,%s,%s" % ("2025-0%d-1%d" % (r.randint(1, 9), i), r.choice(["lea.style", "milano.daily", "noor.edits", "thrift.and.tell"]),
                                      r.choice(["DHL", "UPS", "BRT"]), cell))
    t.f("influencers/seeding-tracker.csv", "sent,handle,carrier,agency_portal_password\n" + "\n".join(rows))
    t.f("design/tools/export-icons.mjs", """const FIGMA_TOKEN = "%s";
const FILE_KEY = "%s";
const REPLICATE_API_TOKEN = "%s"; // mood-board upscaler

const res = await fetch(`https://api.figma.com/v1/files/${FILE_KEY}/images?ids=1:2`, {
  headers: { "X-Figma-Token": FIGMA_TOKEN },
});
console.log(await res.json());
""" % (t.P("figma"), t.N(V.rs(r, 22), "id-figma-file"), t.P("replicate")))
    t.f("design/clo3d/license.lic", "PRODUCT=CLO-Enterprise\nSEATS=6\nHOSTID=%s\nLICENSE_KEY=%s\nEXPIRES=2026-06-30\n" % (
        t.N(V.mac_addr(r).replace(":", ""), "id-hostid"), t.S("-".join(V.rs(r, 5, V.UP + V.DIG) for _ in range(5)), "licence-key")))
    k = t.key("EC")
    raw, chk = t.keytext(k, "pkcs8")
    t.f("ecommerce/applepay/merchant_id.key", t.S(raw, "private-key-ec-pkcs8", "key", check=chk, raw=raw))
    t.f("ecommerce/applepay/merchant_id.pem", t.N(t.cert(k, "merchant.%s" % t.domain), "certificate"))
    p, q = t.person(0), t.person(1)
    sp = t.pw()
    if t.lang == "it":
        body = "Buongiorno %s,\n\nle credenziali per il portale fornitori sono:\nutente: %s\npassword: %s\n\nLe schede tecniche SS26 sono già caricate.\n\nCordiali saluti"
    elif t.lang == "fr":
        body = "Bonjour %s,\n\nvoici vos accès au portail fournisseurs :\nidentifiant : %s\nmot de passe : %s\n\nLes fiches techniques SS26 sont en ligne.\n\nBien cordialement"
    else:
        body = "Goedemorgen %s,\n\nje inloggegevens voor het leveranciersportaal:\ngebruiker: %s\nwachtwoord: %s\n\nDe tech packs SS26 staan klaar.\n\nMet vriendelijke groet"
    t.f("mail/factory-portal-access.eml", """From: Produzione <produzione@factory.example>
To: %s <%s>
Subject: Portal access / accesso portale
Date: Mon, 10 Feb 2025 08:55:31 +0100
Content-Type: text/plain; charset=utf-8

%s
""" % (p.name, p.email, body % (p.first, p.email, t.S(sp, "vendor-portal-password"))), free=True)
    t.f("notes/runway-production-notes.md", """# SS26 runway — production notes

- call time 06:00, hair & make-up in room 2
- backstage wifi: %s / %s
- encoder login for the stream desk: admin, `%s`
- %s
""" % (t.V["ssid"], t.S(t.pw("phrase"), "wifi-psk"), t.S(enc_pw, "encoder-web-password"),
       t.N("Do not post the guest list or any passwords in the show WhatsApp group.", "prose-no-value")), free=True)
    t.f("ecommerce/Makefile", """THEME_ID ?= live
SHOPIFY_FLAG_STORE := %s.myshopify.com
SHOPIFY_CLI_THEME_TOKEN := %s

.PHONY: pull push
pull:
\tshopify theme pull --theme $(THEME_ID) --store $(SHOPIFY_FLAG_STORE) --password $(SHOPIFY_CLI_THEME_TOKEN)
push:
\tshopify theme push --theme $(THEME_ID) --store $(SHOPIFY_FLAG_STORE) --password $(SHOPIFY_CLI_THEME_TOKEN)
""" % (store, t.S("shptka_" + V.hexs(r, 32), "shopify-theme-access-password")))
