"""Fine-art auction house: live online bidding, catalogue export, consignor settlement, AML/KYC screening,
telephone bidding, condition photography, consignor portal."""

from themes import prose

NAME = "auction-house"
WORDS = ("gavel", "paddle", "provenance", "estimate", "saleroom", "hammer", "consign", "lot", "reserve", "catalogue")
ORGS = [("Ashcombe & Vale Auctioneers", "ashcombevale.com", "Edinburgh"),
        ("Marlowe Fine Art Auctions", "marlowe-auctions.com", "Boston"),
        ("Delorme Enchères", "delorme-encheres.fr", "Lyon")]


def setup(C):
    C.org, C.dom, C.site = C.r.choice(ORGS)
    C.app = "bidding-api"
    C.svcs = ["bidding-api", "settlement"]


def build(C):
    r = C.r
    sip_pw = C.spw(18)
    cat_pw = C.hpw()
    sale = r.randint(1100, 1900)
    portal_pw = [C.hpw() for _ in range(3)]

    # ---- live online bidding
    d = C.doc("bidding/live-bidding.yaml")
    d.w("sale: %d\nplatforms:\n  primary:\n    name: live-bid-platform\n    api: https://api.livebid.example/v4\n" % sale)
    d.w("    api_key: \"%s\"\n" % d.S("lbp_" + r.al(40), C.named("bidding-platform-key")))
    d.w("    webhook_secret: \"%s\"\n" % d.S(r.hx(48), "webhook-secret"))
    d.w("  marketplace:\n    name: art-marketplace\n    token: \"%s\"\n" % d.S(r.b64u(52), C.named("auction-marketplace-token")))
    d.w("increments:\n  - {below: 1000, step: 50}\n  - {below: 10000, step: 500}\n  - {below: 100000, step: 2000}\n")

    # ---- catalogue export
    d = C.doc("catalogue/lot_export.py")
    d.w('"""Export lots to the catalogue platform and the printed catalogue."""\nimport os\n\n')
    d.w('CATALOGUE_URL = "https://catalogue.platform.example/api"\nCATALOGUE_USER = "export@%s"\n' % C.dom)
    d.w('CATALOGUE_PASSWORD = "%s"\n' % d.S(cat_pw, "catalogue-password"))
    d.w("IMAGE_CDN_KEY = %s\n" % d.N('os.environ.get("IMAGE_CDN_KEY")', "env-reference"))
    d.w("\n\ndef lot_row(lot):\n    return [lot[\"no\"], lot[\"title\"], lot[\"low\"], lot[\"high\"]]\n")

    # ---- settlement
    d = C.doc("payments/settlement.properties")
    d.w("# consignor settlement and buyer payments\nsettlement.bank.sftp.host=sftp.privatebank.example\n")
    d.w("settlement.bank.sftp.password=%s\n" % d.S(C.spw(), "sftp-password"))
    d.w("settlement.account.iban=%s\n" % d.N("GB** **** **** **** %s" % r.dig(4), "masked"))
    d.w("payments.adyen.api.key=%s\n" % d.S(C.tok("adyen-key"), "adyen-key"))
    d.w("payments.adyen.client.key=%s\n" % d.N("live_" + r.up(32), "public-api-key"))

    # ---- AML / KYC screening
    d = C.doc("kyc/aml-screening.env")
    d.w("AML_PROVIDER=screening-api\nAML_API_KEY=%s\n" % d.S("aml_" + r.hx(40), C.named("aml-screening-key")))
    d.w("SUMSUB_APP_TOKEN=%s\n" % d.S(C.tok("sumsub-token"), "sumsub-token"))
    d.w("KYC_WEBHOOK_SECRET=%s\n" % d.S(r.al(32), "webhook-secret"))
    d.w("HIGH_VALUE_THRESHOLD_EUR=10000\n")
    d = C.doc("kyc/aml-screening.env.example")
    d.w("AML_PROVIDER=screening-api\nAML_API_KEY=%s\nSUMSUB_APP_TOKEN=%s\nKYC_WEBHOOK_SECRET=\n" % (
        d.N("aml_xxxxxxxxxxxxxxxxxxxx", "placeholder"), d.N("sbx:your-sandbox-token", "placeholder")))
    d.w("HIGH_VALUE_THRESHOLD_EUR=10000\n")

    # ---- telephone bidding (Windows)
    d = C.doc("phones/TelephoneBidding.ini", crlf=True)
    d.w("[Trunk]\nProvider=sip.carrier.example\nUser=%s\n" % ("ph" + r.dig(7)))
    d.w("Password=%s\n\n" % d.S(sip_pw, "sip-password"))
    d.w("[Recording]\nEnabled=1\nStore=\\\\rec-nas\\phonebids\n")
    d.w("EncryptionPassphrase=%s\n\n[Lines]\nCount=12\n" % d.S(C.phrase(), "recording-passphrase"))

    # ---- condition photography
    d = C.doc("condition/photo-studio-sync.json")
    d.w('{\n  "studio_share": "\\\\\\\\studio-nas\\\\lots",\n  "user": "STUDIO\\\\capture",\n')
    d.w('  "password": "%s",\n' % d.S(C.pw(), "smb-password"))
    d.w('  "tether_license": "%s",\n  "naming": "{sale}-{lot}-{seq}.tif"\n}\n' % d.N("CO-****-****-" + r.HX(4), "masked"))

    # ---- lot list (identifiers only)
    d = C.doc("lots/sale-%d-lots.csv" % sale)
    d.w("lot,title,low,high,consignor_ref\n")
    for i in range(1, 5):
        d.w("%d,%s,%d,%d,C%s\n" % (i, r.choice(["Georgian silver teapot", "Oil on canvas, harbour scene",
                                                 "Pair of Meissen figures", "Art deco bracelet"]),
                                  r.choice([800, 1200, 3000]), r.choice([1500, 2000, 5000]), r.dig(5)))

    # ---- free text
    def rows(d):
        return [["C%s" % r.dig(5), r.person(), d.S(pw, "consignor-portal-password"), "sent by post"] for pw in portal_pw]
    prose.sheet(C, "consignors/portal-invites.csv", ["consignor", "name", "temp_password", "notes"], rows)

    psk = C.hpw()

    def blocks(d):
        return [("p", "Sale day runbook (saleroom %s)." % C.site),
                ("h", "Telephone bidding"),
                ("p", "If the phones drop, re-register the trunk with password %s." % d.S(sip_pw, "sip-password")),
                ("h", "Saleroom Wi-Fi"),
                ("p", "Clerks' network SALEROOM-CLERKS, key %s; bidders use the guest network." % d.S(psk, "wifi-psk"))]
    prose.wiki(C, "wiki/sale-day-runbook", "Sale day runbook", blocks)

    def msgs(d):
        p = C.people
        return [(p[0], "catalogue export failing for sale %d" % sale),
                (p[1], "platform forced a password reset"),
                (p[1], "new one: %s" % d.S(cat_pw, "catalogue-password")),
                (p[2], "lot 212 withdrawn, consignor called"),
                (p[0], "noted, re-exporting")]
    prose.chat(C, "chat", "specialists", msgs)

    sp = C.people[3]

    def body(d):
        return ["Dear consignor,", "", "Your items are catalogued for sale %d. Follow the sale online:" % sale,
                "  Consignor portal: https://consign.%s" % C.dom,
                "  Temporary password: %s" % d.S(portal_pw[0], "consignor-portal-password"), "",
                "Private preview of your lots (please do not share):",
                "  %s" % d.S("https://preview.%s/p/%s" % (C.dom, r.b64u(30)), "private-preview-link"), "",
                "Kind regards,", sp, C.org]
    prose.email(C, "mail/consignor-preview.eml", "%s <%s@%s>" % (sp, r.handle(sp), C.dom),
                "consignor.%s@example.org" % r.lo(6), "Your lots in sale %d" % sale, body)

    def entries(d):
        return [(C.people[5], "Registered bidder cannot log in before the sale; he phoned and gave password %s." % d.S(
                    C.hpw(), "end-user-password")),
                (C.people[1], "His account was pending KYC. Approved; told him to reset the password.")]
    prose.ticket(C, "tickets", "BID-%d" % r.randint(100, 9999), "Bidder cannot log in", entries)
