"""The ten themes and their bespoke files (twentyfourth corpus)."""
from core24 import Doc, jstr
import prov24


class Theme:
    def __init__(self, key, lang, variants, systems, ssids, bespoke):
        self.key, self.lang = key, lang
        self.variants = [dict(zip(("name", "domain", "city", "internal"), v.split("|"))) for v in variants]
        self.systems = systems.split()
        self.ssids = ssids.split()
        self.bespoke = bespoke


def _lei(ctx):
    base = ctx.chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 18)
    num = int("".join(str(int(c, 36)) for c in base + "00"))
    return base + "%02d" % (98 - num % 97)


# ---------------------------------------------------------------- bespoke files
def b_sericulture(ctx):
    d = Doc("sericulture/cocoon-market/grading-station.yaml", fmt=None)
    h = ctx.host("grader")
    d.t("# สถานีคัดเกรดรังไหม — ตลาดรังไหม %s\nstation:\n  id: GS-%s\n  house_zone: B" % (ctx.v["city"], ctx.digits(3)))
    d.n("  scanner_serial: \"@@\"", ctx.serial("CS-"), "scanner-serial")
    d.t("  lot_prefix: \"%s\"\nmqtt:\n  broker: tcp://%s:1883\n  username: grader" % ("LOT" + ctx.digits(4), ctx.host("mqtt")))
    d.s("  password: \"@@\"", ctx.pw(), "mqtt-password")
    d.t("registry:\n  url: https://registry.%s/api/v2/cocoon-lots" % ctx.v["domain"])
    d.s("  api_token: \"@@\"", ctx.token(40), "cocoon-registry-token")
    d.n("  last_lot_id: \"@@\"", ctx.ulid(), "lot-ulid")
    d.t("nas:\n  share: //%s/grading-images\n  user: imaging" % ctx.host("nas"))
    d.s("  password: \"@@\"", ctx.pw(), "nas-password")
    d.t("reeling_sync:\n  endpoint: https://%s:8443/reeling/batches" % ctx.host("reel"))
    d.s("  hmac_secret: \"@@\"", ctx.hexkey(64), "reeling-hmac-secret")
    d.n("  firmware_sha256: \"@@\"", ctx.sha(64), "firmware-sha256")
    return [d]


def b_cotton(ctx):
    d = Doc("cotton-gin/bale-press/cci-upload.properties")
    d.t("# CCI MSP procurement upload + bale press PLC gateway\n# गांठ प्रेस लाइन 2 — %s" % ctx.v["city"])
    d.t("gin.registration=GJ/%s/%s" % (ctx.chars("ABCDEFGHJK", 3), ctx.digits(5)))
    d.t("cci.portal.url=https://cotcorp.%s/msp/upload\ncci.portal.user=%s" % (ctx.v["domain"], ctx.svc_user()))
    d.s("cci.portal.password=@@", ctx.pw(), "procurement-portal-password")
    d.t("plc.gateway.host=%s\nplc.gateway.user=press2" % ctx.host("plc"))
    d.s("plc.gateway.password=@@", ctx.pw(), "plc-gateway-password")
    rp = prov24.PAIR_BY["razorpay"]
    d.pair("payout.razorpay.key_id=@@", rp[2](ctx), "payout.razorpay.key_secret=@@", rp[4](ctx), "razorpay-key-pair")
    d.n("farmer.aadhaar.sample=@@", "XXXX-XXXX-" + ctx.digits(4), "masked-aadhaar")
    d.n("bale.last_id=@@", "BALE-GJ-%s-%s" % (ctx.digits(2), ctx.digits(6)), "bale-id")
    d.s("enam.api.token=@@", ctx.token(36), "enam-api-token")
    return [d]


def b_hazelnut(ctx):
    d = Doc("hazelnut-processor/sorting/optical-sorter-line2.json", fmt="json")
    pw, lims, tr = ctx.pw(), ctx.token(32), ctx.pw()
    d.t("{\n  \"line\": \"თხილის დამხარისხებელი ხაზი 2\",\n  \"site\": \"%s\"," % ctx.v["city"])
    d.n("  \"sorter_serial\": \"@@\",", ctx.serial("OS"), "sorter-serial")
    d.t("  \"web_ui\": {\n    \"url\": \"https://%s/\",\n    \"user\": \"operator\"," % ctx.host("sorter"))
    d.s("    \"password\": \"@@\"", pw, "sorter-web-password")
    d.t("  },\n  \"aflatoxin_lims\": {\n    \"endpoint\": \"https://%s/api/results\"," % ctx.host("lims"))
    d.s("    \"token\": \"@@\",", lims, "lims-token")
    d.n("    \"lab_accreditation\": \"@@\"", "GAC-T-" + ctx.digits(4), "accreditation-number")
    d.t("  },\n  \"traces_export\": {\n    \"username\": \"%s\"," % ctx.svc_user())
    d.s("    \"password\": \"@@\",", tr, "traces-password")
    d.n("    \"eori\": \"@@\"", "GE" + ctx.digits(9), "eori-number")
    d.t("  }\n}")
    return [d]


def b_machine(ctx):
    d = Doc("machine-tool-builder/teleservice/gateway.toml", fmt="toml")
    d.t("# Urruneko zerbitzuko atebidea — makina-erremintak\n[machine]\nmodel = \"VMC-%d\"" % ctx.r(600, 1600))
    d.n("serial = \"@@\"", ctx.serial("MT"), "machine-serial")
    d.t("\n[vpn]\nendpoint = \"vpn.%s:4500\"" % ctx.v["domain"])
    d.s("psk = \"@@\"", ctx.pw(n=28, style="strong"), "ipsec-psk")
    d.t("\n[opcua]\nurl = \"opc.tcp://%s:4840\"\nuser = \"service\"" % ctx.host("cnc"))
    d.s("password = \"@@\"", ctx.pw(), "opcua-password")
    d.t("\n[spares_portal]\nbase_url = \"https://spares.%s/api\"" % ctx.v["domain"])
    d.s("api_key = \"@@\"", ctx.token(48), "spares-portal-key")
    d.n("customer_id = \"@@\"", ctx.uuid(), "customer-uuid")
    d.n("spindle_fw_sha256 = \"@@\"", ctx.sha(64), "firmware-sha256")
    return [d]


def b_fund(ctx):
    d = Doc("fund-administrator/ta/dealing-gateway.properties")
    d.t("# Transfer agency dealing gateway — %s" % ctx.v["name"])
    d.n("fund.lei=@@", _lei(ctx), "lei")
    d.n("fund.isin.classA=@@", "MT" + ctx.digits(10), "isin-like")
    d.t("custodian.sftp.host=sftp.custody.%s\ncustodian.sftp.user=ta_%s" % (ctx.v["domain"], ctx.digits(3)))
    d.s("custodian.sftp.password=@@", ctx.pw(), "custodian-sftp-password")
    d.t("orders.api.url=https://orders.%s/v3" % ctx.v["domain"])
    d.s("orders.api.key=@@", ctx.token(40), "order-routing-api-key")
    d.s("nav.engine.db.url=jdbc:sqlserver://%s:1433;databaseName=NAV;user=navsvc;password=@@" % ctx.host("nav"),
        ctx.pw(uri=True), "nav-db-password")
    d.n("swift.bic=@@", "MT" + ctx.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + "MT" + ctx.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2) + "XXX", "bic")
    d.n("investor.portal.signing=${TA_PORTAL_SIGNING_KEY}", "${TA_PORTAL_SIGNING_KEY}", "env-reference")
    return [d]


def b_cannery(ctx):
    d = Doc("seafood-cannery/autoclaves/retort-historian.ini", crlf=True, fmt="ini")
    d.t("; Historiador dos autoclaves — liña de conservas\n[Plant]\nSite=%s" % ctx.v["city"])
    d.n("MscCoC=@@", "MSC-C-%s" % ctx.digits(5), "msc-certificate")
    d.t("\n[RetortPLC]\nHost=%s\nUser=supervisor" % ctx.host("retort"))
    d.s("Password=@@", ctx.pw(), "retort-plc-password")
    d.t("\n[Historian]")
    d.s("ConnectionString=Driver={ODBC Driver 18 for SQL Server};Server=%s;Database=Retort;Uid=hist;Pwd=@@;" % ctx.host("sql"),
        ctx.pw(uri=True), "historian-odbc-password")
    d.t("\n[Traceability]\nUrl=https://trace.%s/api/lots" % ctx.v["domain"])
    d.s("Token=@@", ctx.token(44), "traceability-token")
    d.n("LastLot=@@", "L%s%s" % (ctx.digits(5), ctx.chars("ABCDEF", 2)), "lot-code")
    return [d]


def b_tank(ctx):
    d = Doc("tank-terminal/gauging/atg-server.xml", crlf=True, fmt="xml")
    d.t('<?xml version="1.0" encoding="utf-8"?>\n<!-- Çən ölçmə serveri — %s -->\n<AtgServer site="%s">' % (ctx.v["name"], ctx.v["city"]))
    d.n('  <Tank id="@@" product="diesel" capacityM3="12000"/>', "T-%s" % ctx.digits(3), "tank-id")
    d.t('  <ModbusGateway host="%s" port="502">' % ctx.host("atg"))
    d.s('    <WebPassword>@@</WebPassword>', ctx.pw(), "modbus-gateway-password")
    d.t('  </ModbusGateway>\n  <CustodyMeter>')
    d.n('    <Serial>@@</Serial>', ctx.serial("CM"), "meter-serial")
    d.s('    <AdminPassword>@@</AdminPassword>', ctx.pw(), "meter-admin-password")
    d.t('  </CustodyMeter>\n  <Customs endpoint="https://e-declaration.%s/api">' % ctx.v["domain"])
    d.s('    <ApiKey>@@</ApiKey>', ctx.token(32), "customs-api-key")
    d.n('    <LastSeal>@@</LastSeal>', "SEAL" + ctx.digits(8), "seal-number")
    d.t('  </Customs>\n</AtgServer>')
    return [d]


def b_snail(ctx):
    d = Doc("snail-farm/farma/navodnjavanje.yaml")
    d.t("# Navodnjavanje i vlažnost — tovilište puževa %s\nfarm:\n  name: \"%s\"" % (ctx.v["city"], ctx.v["name"]))
    d.n("  registration: \"@@\"", "RS-" + ctx.digits(6), "farm-registration")
    d.t("mqtt:\n  host: %s\n  user: pumpe" % ctx.host("mqtt"))
    d.s("  password: \"@@\"", ctx.pw(), "mqtt-password")
    d.t("lorawan:\n  sensors:\n    - name: tunel-3")
    d.n("      dev_eui: \"@@\"", ctx.hexs(16).upper(), "lorawan-deveui")
    d.s("      app_key: \"@@\"", ctx.hexkey(32).upper(), "lorawan-appkey")
    d.t("export:\n  portal: https://izvoz.%s/api" % ctx.v["domain"])
    d.s("  token: \"@@\"", ctx.token(40), "export-portal-token")
    d.n("  lot_ulid: \"@@\"", ctx.ulid(), "lot-ulid")
    return [d]


def b_wool(ctx):
    d = Doc("wool-cooperative/depot/grading-sync.json", fmt="json")
    d.t("{\n  \"depot\": \"Depo gwlân %s\"," % ctx.v["city"])
    d.n("  \"holding\": \"@@\",", "%02d/%03d/%04d" % (ctx.r(1, 99), ctx.r(1, 999), ctx.r(1, 9999)), "cph-holding-number")
    d.t("  \"weighbridge\": {\n    \"host\": \"%s\",\n    \"user\": \"weigh\"," % ctx.host("weigh"))
    d.s("    \"password\": \"@@\"", ctx.pw(), "weighbridge-password")
    d.t("  },\n  \"auction\": {\n    \"api\": \"https://auction.%s/v1\"," % ctx.v["domain"])
    d.s("    \"token\": \"@@\",", ctx.token(40), "auction-api-token")
    d.n("    \"last_bale\": \"@@\"", "WB" + ctx.digits(9), "bale-barcode")
    d.t("  },\n  \"sftp\": {\n    \"host\": \"sftp.%s\",\n    \"user\": \"depot%d\"," % (ctx.v["domain"], ctx.r(1, 9)))
    d.s("    \"password\": \"@@\"", ctx.pw(), "sftp-password")
    d.t("  }\n}")
    return [d]


def b_herbs(ctx):
    d = Doc("herb-exporter/distilimi/still-controller.cfg")
    d.t("# Kontrolluesi i distilimit me avull — vaj esencial sherebele\n[unit]\nname = still-%d" % ctx.r(1, 6))
    d.n("batch = @@", "SAL-%s-%s" % (ctx.digits(4), ctx.digits(3)), "batch-number")
    d.t("[hmi]\nuser = teknik")
    d.s("password = @@", ctx.pw(), "hmi-password")
    d.t("[scada]")
    d.s("dsn = postgresql://scada:@@@%s:5432/distilimi" % ctx.host("scada"), ctx.pw(uri=True), "scada-db-password")
    d.t("[certification]\nportal = https://cert.%s/api" % ctx.v["domain"])
    d.s("key = @@", ctx.token(36), "cert-portal-key")
    d.n("organic_cert = @@", "AL-BIO-%s" % ctx.digits(5), "organic-certificate")
    return [d]


THEMES = [
    Theme("sericulture", "th", ["Surin Silk Cooperative|surinsilk.co.th|Surin|lan", "Isan Mai Thai|isanmai.co.th|Khon Kaen|corp",
                                "Chonnabot Reeling|chonnabot-silk.th|Chonnabot|intra"],
          "grader reel nas mqtt rearing dryer erp lims", "MaiThai-Office Rearing-House3 Reel-Guest", b_sericulture),
    Theme("cotton-gin", "hi", ["Saurashtra Ginning Pvt Ltd|saurashtragin.in|Rajkot|lan", "Amreli Cotton Processors|amrelicotton.in|Amreli|local",
                               "Kapas Kendra Ginning|kapaskendra.co.in|Gondal|corp"],
          "gin press plc erp weigh mqtt scada nas", "GinOffice-2G Press-Line GUEST-Kapas", b_cotton),
    Theme("hazelnut-processor", "ka", ["Samegrelo Nuts|samegrelonuts.ge|Zugdidi|lan", "Kolkheti Hazel|kolkhetihazel.ge|Senaki|corp",
                                       "Guria Agro Export|guria-agro.ge|Ozurgeti|office"],
          "sorter lims dryer erp weigh nas scada cracker", "Tkhili-Office Sorter-Hall Guest-Samegrelo", b_hazelnut),
    Theme("machine-tool-builder", "eu", ["Deba Makina-Erremintak|debamakina.eus|Elgoibar|lan", "Urola CNC Systems|urolacnc.eus|Azpeitia|corp",
                                         "Ibaizabal Precision|ibaizabal-precision.com|Durango|lokala"],
          "cnc spindle test erp plm mes vpn nas", "Lantegia-WiFi Muntaia Gonbidatuak", b_machine),
    Theme("fund-administrator", "mt", ["Valletta Fund Services|vfs.com.mt|Valletta|corp", "Sliema Fund Administration|sliemafa.mt|Sliema|lan",
                                       "Marsa Transfer Agency|marsata.com.mt|Birkirkara|int"],
          "nav ta swift portal sql kyc sftp recon", "VFS-Staff VFS-Guest BoardRoom", b_fund),
    Theme("seafood-cannery", "gl", ["Conservas Ría de Arousa|conservasarousa.gal|Vilagarcía|lan", "Conserveira do Morrazo|morrazo-conservas.gal|Cangas|corp",
                                    "Frigo Lonxa Cambados|lonxacambados.es|Cambados|local"],
          "retort sql seamer mes erp trace label nas", "Fabrica-Oficinas Lonxa-Convidados Autoclaves", b_cannery),
    Theme("tank-terminal", "az", ["Abşeron Neft Terminalı|absheron-terminal.az|Sumqayıt|lan", "Xəzər Tank Storage|xezertank.az|Bakı|corp",
                                  "Sangaçal Bulk Liquids|sangachal-bulk.az|Sanqaçal|int"],
          "atg meter scada rack vapour erp customs nas", "Terminal-Ofis Rack-Zone Qonaq", b_tank),
    Theme("snail-farm", "sr", ["Puževi Šumadija|puzevi-sumadija.rs|Kragujevac|lan", "Helix Morava|helixmorava.rs|Jagodina|local",
                               "Farma Puževa Fruška|puzevifruska.rs|Irig|corp"],
          "mqtt pumpe sensor erp nas lab cam export", "Farma-Kancelarija Tunel-WiFi Gosti", b_snail),
    Theme("wool-cooperative", "cy", ["Cydweithfa Gwlân Cymru|gwlancymru.coop|Aberystwyth|lan", "Gwlân Eryri|gwlaneryri.cymru|Bala|corp",
                                     "Tregaron Wool Depot|tregaronwool.co.uk|Tregaron|local"],
          "weigh grade depot erp auction nas scour sftp", "Depo-Staff Gwlan-Guest Swyddfa", b_wool),
    Theme("herb-exporter", "sq", ["Bimët Mjekësore Shqiptare|bimet-al.com|Shkodër|lan", "Korça Aromatics|korca-aromatics.al|Korçë|corp",
                                  "Përmet Herbs & Oils|permetherbs.al|Përmet|local"],
          "still scada dryer erp lab nas cutter export", "Zyra-WiFi Tharese-Hall Mysafir", b_herbs),
]
THEME_BY = {t.key: t for t in THEMES}
