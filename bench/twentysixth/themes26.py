"""The ten organisational themes and their own files."""

from core26 import Doc, gs1_digit, jq, yq

THEMES = [
    {"slug": "cashmere-dehairing", "lang": "mn", "internal": "lan",
     "variants": [("Алтай Ноолуур ХХК", "Altai Noolluur LLC", "altainoolluur.mn", "Улаанбаатар"),
                  ("Хангай Самналт ХХК", "Khangai Samnalt LLC", "khangai-samnalt.mn", "Дархан"),
                  ("Говь Шилмэл Ноолуур", "Gobi Shilmel Noolluur", "gobishilmel.mn", "Арвайхээр")],
     "systems": ["OFDA lab", "dehairing line HMI", "scouring PLC", "bale scale", "QPay", "e-barimt",
                 "customs e-declaration", "herder registry", "Odoo", "NAS", "VPN", "warehouse Wi-Fi"],
     "ssids": ["Noolluur-Office", "Sklad-2", "Lab-OFDA"], "cc": "MN", "dial": 976},
    {"slug": "monument-restoration", "lang": "uz", "internal": "local",
     "variants": [("Meros Taʼmir Ustaxonasi", "Meros Tamir Ustaxonasi", "merostamir.uz", "Samarqand"),
                  ("Naqsh Restavratsiya", "Naqsh Restavratsiya", "naqsh-restavratsiya.uz", "Buxoro"),
                  ("Koshin Meros MChJ", "Koshin Meros LLC", "koshinmeros.uz", "Xiva")],
     "systems": ["Arches inventory", "CollectiveAccess", "photogrammetry NAS", "Cesium ion", "scaffold sensors",
                 "crack monitors", "glaze kiln", "Payme", "ticket office", "Mapillary", "Sketchfab", "VPN"],
     "ssids": ["Ustaxona", "Registon-Site", "Ganch-Lab"], "cc": "UZ", "dial": 998},
    {"slug": "surgical-instruments", "lang": "ur", "internal": "corp",
     "variants": [("سیالکوٹ سرجیکل ورکس", "Sialkot Surgical Works", "sialkotsurgical.pk", "سیالکوٹ"),
                  ("چناب انسٹرومنٹس", "Chenab Instruments", "chenab-instruments.pk", "سیالکوٹ"),
                  ("اقبال میڈیکو", "Iqbal Medico", "iqbalmedico.pk", "ڈسکہ")],
     "systems": ["SAP Business One", "laser marking", "autoclave logger", "passivation line", "GUDID", "MyDHL",
                 "JazzCash", "Easypaisa", "Zebra printers", "CMM", "VPN", "NAS"],
     "ssids": ["SSW-Office", "Forging-Floor", "QC-Lab"], "cc": "PK", "dial": 92},
    {"slug": "trekking-agency", "lang": "ne", "internal": "lan",
     "variants": [("हिमाल ट्रेक्स प्रा. लि.", "Himal Treks Pvt. Ltd.", "himaltreks.com.np", "काठमाडौं"),
                  ("सगरमाथा एड्भेन्चर", "Sagarmatha Adventure", "sagarmatha-adventure.com.np", "काठमाडौं"),
                  ("अन्नपूर्ण ट्रेल्स", "Annapurna Trails", "annapurnatrails.com.np", "पोखरा")],
     "systems": ["TIMS portal", "booking site", "Khalti", "eSewa", "inReach portal", "Meshtastic MQTT", "meteoblue",
                 "porter insurance portal", "rescue desk", "lodge Wi-Fi", "Starlink", "VPN"],
     "ssids": ["Thamel-Office", "BaseCamp-Starlink", "Namche-Lodge"], "cc": "NP", "dial": 977},
    {"slug": "teff-mill", "lang": "am", "internal": "local",
     "variants": [("አባይ ዱቄት ፋብሪካ", "Abay Flour Factory", "abayflour.et", "አዲስ አበባ"),
                  ("እንጦጦ ጤፍ", "Entoto Teff", "entototeff.et", "ደብረ ብርሃን"),
                  ("ጣና እንጀራ", "Tana Injera", "tanainjera.et", "ባሕር ዳር")],
     "systems": ["mill PLC", "moisture analyser", "telebirr", "Chapa", "e-tax portal", "mitad oven controllers",
                 "delivery vans", "Odoo", "SMS gateway", "NAS", "VPN", "bakery Wi-Fi"],
     "ssids": ["Abay-Mill", "Bakery-2", "Office-5G"], "cc": "ET", "dial": 251},
    {"slug": "cassava-processor", "lang": "yo", "internal": "corp",
     "variants": [("Ọ̀pẹ́ Gaàrí Industries", "Ope Garri Industries", "opegarri.ng", "Ògbómọ̀ṣọ́"),
                  ("Àmàlà Starch Mills", "Amala Starch Mills", "amalastarch.ng", "Ìbàdàn"),
                  ("Ọ̀ṣun Cassava Processing", "Osun Cassava Processing", "osuncassava.ng", "Òṣogbo")],
     "systems": ["flash dryer PLC", "grater line", "Remita", "Interswitch", "Monnify", "Termii SMS",
                 "NAFDAC portal", "outgrower app", "weighbridge", "Fineract", "VPN", "NAS"],
     "ssids": ["Garri-Factory", "Office-Main", "Weighbridge-AP"], "cc": "NG", "dial": 234},
    {"slug": "boxing-promoter", "lang": "zu", "internal": "int",
     "variants": [("Ukhozi Boxing Promotions", "Ukhozi Boxing Promotions", "ukhoziboxing.co.za", "eThekwini"),
                  ("Isibindi Fight Nights", "Isibindi Fight Nights", "isibindifights.co.za", "Pietermaritzburg"),
                  ("Inyathi Promotions", "Inyathi Promotions", "inyathipromo.co.za", "Richards Bay")],
     "systems": ["ticketing", "Ozow", "PayFast", "weigh-in scale", "scoring tablets", "PPV restream",
                 "BSA licensing portal", "arena LED wall", "medicals portal", "VPN", "venue Wi-Fi", "NAS"],
     "ssids": ["Ukhozi-Office", "Ringside", "Media-Desk"], "cc": "ZA", "dial": 27},
    {"slug": "rice-mill", "lang": "km", "internal": "lan",
     "variants": [("រោងម៉ាស៊ីនកិនស្រូវ អង្គរ", "Angkor Rice Mill", "angkorricemill.com.kh", "បាត់ដំបង"),
                  ("មេគង្គ អង្ករ", "Mekong Angkor Rice", "mekongrice.com.kh", "កំពង់ចាម"),
                  ("រំដួល ស្រូវ", "Romdoul Paddy", "romdoulpaddy.com.kh", "ព្រៃវែង")],
     "systems": ["paddy dryer SCADA", "colour sorter", "moisture meter", "ABA PayWay", "Bakong", "export portal",
                 "warehouse scale", "Odoo", "truck trackers", "VPN", "mill Wi-Fi", "NAS"],
     "ssids": ["RiceMill-Office", "Dryer-Hall", "Warehouse-3"], "cc": "KH", "dial": 855},
    {"slug": "temple-trust", "lang": "te", "internal": "local",
     "variants": [("శ్రీ వేంకటేశ్వర దేవస్థానం ట్రస్ట్", "Sri Venkateswara Devasthanam Trust", "svdtrust.org.in", "గుంటూరు"),
                  ("శ్రీ భ్రమరాంబ దేవస్థానం", "Sri Bhramaramba Devasthanam", "bhramaramba-temple.org.in", "కర్నూలు"),
                  ("శ్రీ సీతారామ దేవస్థానం", "Sri Seetharama Devasthanam", "seetharama-temple.org.in", "భద్రాచలం")],
     "systems": ["darshan booking", "prasadam counters", "hundi counting", "CCAvenue", "PayU", "Paytm",
                 "Exotel IVR", "MSG91", "queue displays", "CCTV NVR", "cottage booking", "VPN"],
     "ssids": ["Devasthanam-Office", "Annadanam-Hall", "Queue-Complex"], "cc": "IN", "dial": 91},
    {"slug": "fairground-rides", "lang": "lb", "internal": "home.arpa",
     "variants": [("Schmit Karrussellen", "Schmit Karrussellen", "schmit-karrussell.lu", "Lëtzebuerg"),
                  ("Fouer Attraktiounen Weber", "Fouer Attraktiounen Weber", "weber-attraktiounen.lu", "Esch-Uelzecht"),
                  ("Reuter Fuergeschäfter", "Reuter Fuergeschaefter", "reuter-fouer.lu", "Dikrech")],
     "systems": ["ride PLC", "token kiosks", "SumUp", "Payconiq", "Victron VRM", "LED controller",
                 "ride book portal", "Fouer portal", "caravan router", "CCTV", "VPN", "NAS"],
     "ssids": ["Karrusell-Kass", "Wunnwon", "Fouer-Crew"], "cc": "LU", "dial": 352},
]


def gtin(ctx):
    def g():
        body = "0" + "".join(ctx.r.choice("0123456789") for _ in range(12))
        return body + gs1_digit(body)
    return ctx.uniq(g)


# ---------------------------------------------------------------- own files
def own_cashmere(ctx):
    d = Doc("lab/ofda/OFDA2000_export.ini", crlf=True, fmt="ini", role="theme")
    d.add("; OFDA2000 export settings, fibre diameter lab (%s)" % ctx.org_latin)
    d.add("[Instrument]")
    d.neg("Serial=%s" % (s := ctx.serial("OF2-")), s, "serial-number")
    d.add("Mode=Snippet 2mm")
    d.add("[LIMS]")
    d.add("Url=https://lims.%s/api/v1/samples" % ctx.internal)
    d.add("User=ofda-bridge")
    d.sec("Password=%s" % (p := ctx.pw()), p, "password", "generic")
    d.add("[Share]")
    d.add("Path=\\\\%s\\lab\\ofda" % ctx.host("nas"))
    d.add("ShareUser=LAB\\ofda")
    d.sec("SharePassword=%s" % (p := ctx.pw()), p, "password", "generic")
    d.add("[Calibration]")
    d.add("ReferenceLot=IWTO-%d" % ctx.r.randrange(100, 999))
    d.neg("LastCalibrationSha256=%s" % (h := ctx.sha256()), h, "sha256-digest")
    e = Doc("traceability/herders_sync.yaml", role="theme")
    e.add("# herder cooperative registry -> lot traceability")
    e.add("herder_registry:")
    e.add("  base_url: https://registry.%s/api" % ctx.domain)
    e.sec("  api_token: %s" % (t := ctx.api_key(40)), t, "api-key", "generic")
    e.add("qpay:")
    e.add("  username: %s" % ctx.org_latin.split()[0].upper())
    e.sec("  password: %s" % yq(p := ctx.pw()), p, "password", "generic")
    e.neg("  invoice_code: %s" % (ic := ctx.uniq(lambda: ctx.org_latin.split()[0].upper() + "_INVOICE_" + ctx.rs(4, "0123456789"))),
          ic, "merchant-identifier")
    e.add("cooperatives:")
    for _ in range(2):
        e.neg("  - id: %s" % (cid := ctx.uniq(lambda: "MN-%s-%04d" % (ctx.r.choice(["UV", "BH", "GA", "DU"]),
                                                                  ctx.r.randrange(1, 9999)))),
              cid, "cooperative-id")
        e.add("    lots_per_season: %d" % ctx.r.randrange(3, 40))
    return [d, e]


def own_monument(ctx):
    d = Doc("monitoring/scaffold_gateway.toml", fmt="toml", role="theme")
    d.add("# LoRaWAN crack and tilt monitors on the scaffolding (%s)" % ctx.org_latin)
    d.add("[mqtt]")
    d.add('broker = "tcp://%s:1883"' % ctx.host("mqtt"))
    d.add('username = "gw-scaffold"')
    d.sec('password = "%s"' % (p := ctx.pw()), p, "password", "generic")
    d.add("")
    d.add("[lorawan]")
    d.add('join_eui = "%s"' % ctx.hexs(16).upper())
    d.sec('app_key = "%s"' % (k := ctx.key_hex(32).upper()), k, "lorawan-appkey", "generic")
    for i in range(2):
        d.add("")
        d.add("[[sensor]]")
        d.add('name = "%s-%d"' % (ctx.r.choice(["peshtoq", "gumbaz", "minora", "ayvon"]), i + 1))
        d.neg('dev_eui = "%s"' % (e := ctx.uniq(lambda: ctx.hexs(16).upper())), e, "device-eui")
    e = Doc("kiln/glaze_kiln.ini", fmt="ini", role="theme")
    e.add("[controller]")
    e.add("host = %s" % ctx.ip())
    e.add("web_user = admin")
    e.sec("web_password = %s" % (p := ctx.pw()), p, "password", "generic")
    e.add("[remote_support]")
    e.sec("session_pin = %s" % (p := ctx.pin(9)), p, "support-pin", "generic")
    e.add("[schedules]")
    e.neg("cobalt_blue_1040c.md5 = %s" % (h := ctx.uniq(lambda: ctx.hexs(32))), h, "md5-digest")
    return [d, e]


def own_surgical(ctx):
    d = Doc("qa/autoclave_validation.ini", crlf=True, fmt="ini", role="theme")
    d.add("[Logger]")
    d.add("Model=TrackSense-like 12ch")
    d.neg("Serial=%s" % (s := ctx.serial("TS")), s, "serial-number")
    d.add("AdminUser=validation")
    d.sec("AdminPassword=%s" % (p := ctx.pw()), p, "password", "generic")
    d.add("[Database]")
    d.sec("ConnectionString=Server=%s;Database=Validation;User Id=qa_writer;Password=%s;" %
          (ctx.host("sql"), p := ctx.pw(sym="-_.!*")), p, "connection-string", "generic")
    d.add("[Reports]")
    d.neg("LastCycleReportSha256=%s" % (h := ctx.sha256()), h, "sha256-digest")
    e = Doc("export/udi_labels.json", fmt="json", role="theme")
    e.add("{")
    e.add('  "gudid_account": {')
    e.add('    "username": "%s",' % ctx.person().email)
    e.sec('    "password": %s,' % jq(p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    e.add('    "labeler_duns": "%09d"' % ctx.r.randrange(10 ** 8, 10 ** 9))
    e.add("  },")
    e.add('  "devices": [')
    for i in range(3):
        g = gtin(ctx)
        tail = "," if i < 2 else ""
        e.neg('    {"gtin": "%s", "description": "%s"}%s' % (g, ctx.r.choice(
            ["Mayo scissors 14cm", "Adson forceps 12cm", "Needle holder 18cm", "Kelly clamp 14cm", "Scalpel handle No.3"]),
            tail), g, "gtin")
    e.add("  ]")
    e.add("}")
    return [d, e]


def own_trekking(ctx):
    d = Doc("ops/expedition_comms.yaml", role="theme")
    d.add("# satellite messengers and mesh radios per group")
    d.add("inreach_portal:")
    d.add("  account: %s" % ctx.person().email)
    d.sec("  password: %s" % yq(p := ctx.pw()), p, "password", "generic")
    d.add("devices:")
    for _ in range(2):
        d.neg("  - imei: \"%s\"" % (i := ctx.imei()), i, "imei")
        d.add("    group: %s-%d" % (ctx.r.choice(["EBC", "ABC", "Manaslu", "Langtang"]), ctx.r.randrange(1, 40)))
    d.add("mesh_bridge:")
    d.add("  mqtt_host: mqtt.%s" % ctx.domain)
    d.sec("  mqtt_password: %s" % yq(p := ctx.pw()), p, "password", "generic")
    e = Doc("booking/permit_batch.json", fmt="json", role="theme")
    e.add("{")
    e.add('  "portal": "https://tims.example.gov.np",')
    e.add('  "agency_login": "%s",' % ctx.org_latin.split()[0].lower())
    e.sec('  "agency_password": %s,' % jq(p := ctx.pw()), p, "password", "generic")
    e.add('  "groups": [')
    for i in range(2):
        e.neg('    {"permit_no": "%s", "pax": %d}%s' % (pn := ctx.uniq(lambda: "SNP-%d-%06d" % (
            ctx.r.choice(ctx.years), ctx.r.randrange(10 ** 6))), ctx.r.randrange(2, 14), "," if i == 0 else ""),
              pn, "permit-number")
    e.add("  ]")
    e.add("}")
    return [d, e]


def own_teff(ctx):
    d = Doc("mill/line2_plc.ini", crlf=True, fmt="ini", role="theme")
    d.add("[PLC]")
    d.add("Address=%s" % ctx.ip())
    d.add("WebUser=service")
    d.sec("WebPassword=%s" % (p := ctx.pw()), p, "password", "generic")
    d.add("[Historian]")
    d.sec("Dsn=Driver={PostgreSQL Unicode};Server=%s;Database=mill;Uid=hist;Pwd=%s;" % (
        ctx.host("db"), p := ctx.pw(sym="-_.!*")), p, "connection-string", "generic")
    d.neg("LastBatch=%s" % (b := ctx.uniq(lambda: "TF-%d-%05d" % (ctx.r.choice(ctx.years), ctx.r.randrange(10 ** 5)))),
          b, "batch-number")
    e = Doc("bakery/mitad_ovens.yaml", role="theme")
    e.add("# electric mitad controllers in the injera bakery")
    e.add("ovens:")
    for i in range(3):
        e.add("  - name: mitad-%02d" % (i + 1))
        e.neg("    serial: %s" % (s := ctx.serial("MT")), s, "serial-number")
        e.sec("    web_password: %s" % yq(p := ctx.pw()), p, "password", "generic")
    return [d, e]


def own_cassava(ctx):
    d = Doc("plant/flash_dryer.ini", fmt="ini", role="theme")
    d.add("[hmi]")
    d.add("host = %s" % ctx.ip())
    d.sec("vnc_password = %s" % (p := ctx.uniq(lambda: ctx.rs(8))), p, "vnc-password", "generic")
    d.add("[historian]")
    d.add("url = postgresql://dryer@%s:5432/plant" % ctx.host("db"))
    d.sec("password = %s" % (p := ctx.pw()), p, "password", "generic")
    d.add("[burner]")
    d.neg("firmware_sha256 = %s" % (h := ctx.sha256()), h, "sha256-digest")
    e = Doc("outgrowers/payout.yaml", role="theme")
    e.add("# weekly outgrower payouts")
    a, b = ctx.prov_pair("monnify-key-pair")
    e.add("monnify:")
    e.pair(["  api_key: %s" % a, "  secret_key: %s" % b], 0, 1, a, b, "monnify-key-pair")
    e.neg("  contract_code: \"%s\"" % (cc := ctx.uniq(lambda: ctx.rs(10, "0123456789"))), cc, "merchant-identifier")
    e.add("termii:")
    e.sec("  api_key: %s" % (k := ctx.uniq(lambda: "TL" + ctx.rs(58))), k, "api-key", "generic")
    e.add("  sender_id: %s" % ctx.org_latin.split()[0][:8])
    e.add("sample_accounts:")
    for _ in range(2):
        e.neg("  - nuban: \"%s\"" % (n := ctx.uniq(lambda: ctx.rs(10, "0123456789"))), n, "bank-account-number")
    return [d, e]


def own_boxing(ctx):
    d = Doc("fightnight/scoring_tablets.json", fmt="json", role="theme")
    d.add("{")
    d.add('  "scoring_server": "https://score.%s",' % ctx.internal)
    d.add('  "server_user": "judges",')
    d.sec('  "server_password": %s,' % jq(p := ctx.pw(sym="-_.!*#")), p, "password", "generic")
    d.sec('  "kiosk_exit_pin": "%s",' % (p := ctx.pin(8)), p, "kiosk-pin", "generic")
    d.add('  "tablets": [')
    for i in range(3):
        d.neg('    {"seat": "judge-%d", "serial": "%s"}%s' % (i + 1, s := ctx.serial("R9"), "," if i < 2 else ""),
              s, "serial-number")
    d.add("  ]")
    d.add("}")
    e = Doc("stream/ppv_restream.yaml", role="theme")
    e.add("# pay-per-view restream outputs")
    e.add("outputs:")
    for name in ["youtube", "facebook"]:
        e.add("  - name: %s" % name)
        e.add("    url: rtmps://%s/live" % ("a.rtmp.youtube.com" if name == "youtube" else "live-api-s.facebook.com:443/rtmp"))
        k = ctx.uniq(lambda: "-".join(ctx.rs(4, "abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(5))) if \
            name == "youtube" else ctx.uniq(lambda: "FB-%d-0-Ab%s" % (ctx.r.randrange(10 ** 14, 10 ** 15), ctx.rs(30)))
        e.sec("    stream_key: %s" % k, k, "stream-key", "generic")
    e.add("ticketing_api:")
    e.sec("  key: %s" % (k := ctx.api_key(32)), k, "api-key", "generic")
    return [d, e]


def own_rice(ctx):
    d = Doc("mill/dryer_scada.ini", crlf=True, fmt="ini", role="theme")
    d.add("[SCADA]")
    d.add("Project=PaddyDryer_4x30t")
    d.add("Operator=operator")
    d.sec("OperatorPassword=%s" % (p := ctx.pw()), p, "password", "generic")
    d.add("[Sorter]")
    d.add("RemoteHost=%s" % ctx.ip())
    d.sec("RemotePassword=%s" % (p := ctx.pw()), p, "password", "generic")
    d.add("[Moisture]")
    d.neg("MeterSerial=%s" % (s := ctx.serial("MM")), s, "serial-number")
    e = Doc("export/phyto_certs.yaml", role="theme")
    e.add("export_portal:")
    e.add("  user: %s" % ctx.org_latin.split()[0].lower())
    e.sec("  password: %s" % yq(p := ctx.pw()), p, "password", "generic")
    e.add("certificates:")
    for _ in range(2):
        e.neg("  - no: %s" % (c := ctx.uniq(lambda: "KH-PC-%d-%05d" % (ctx.r.choice(ctx.years), ctx.r.randrange(10 ** 5)))),
              c, "certificate-number")
        e.add("    tonnes: %d" % ctx.r.randrange(25, 500))
    return [d, e]


def own_temple(ctx):
    d = Doc("darshan/slot_release.properties", role="theme")
    d.add("# darshan slot release job")
    d.add("booking.db.url=jdbc:postgresql://%s:5432/darshan" % ctx.host("pg"))
    d.add("booking.db.user=slots")
    d.sec("booking.db.password=%s" % (p := ctx.pw()), p, "password", "generic")
    d.sec("sms.msg91.authkey=%s" % (k := ctx.uniq(lambda: ctx.rs(6, "0123456789") + "A" + ctx.rs(17))), k,
          "api-key", "generic")
    d.neg("sms.msg91.template_id=%s" % (t := ctx.uniq(lambda: ctx.hexs(24))), t, "template-id")
    e = Doc("hundi/counting_room.ini", fmt="ini", role="theme")
    e.add("[nvr]")
    e.add("host = %s" % ctx.ip())
    e.add("user = admin")
    e.sec("password = %s" % (p := ctx.pw()), p, "password", "generic")
    e.add("[note_counter]")
    e.neg("serial = %s" % (s := ctx.serial("NC")), s, "serial-number")
    e.sec("network_password = %s" % (p := ctx.pw()), p, "password", "generic")
    return [d, e]


def own_fairground(ctx):
    d = Doc("karrusell/ride_plc.toml", fmt="toml", role="theme")
    d.add("# Karrusell: S7 PLC and brake monitor")
    d.add("[plc]")
    d.add('address = "%s"' % ctx.ip())
    d.add("rack = 0")
    d.add("slot = 1")
    d.sec('session_password = "%s"' % (p := ctx.uniq(lambda: ctx.rs(8))), p, "plc-password", "generic")
    d.add("[ridebook]")
    d.neg('tuev_ride_id = "%s"' % (t := ctx.uniq(lambda: "LU-FB-%06d" % ctx.r.randrange(10 ** 6))), t,
          "ride-book-id")
    d.add("[vrm]")
    d.neg('installation_id = "%s"' % (n := ctx.uniq(lambda: str(ctx.r.randrange(100000, 999999)))), n,
          "installation-id")
    d.sec('token = "%s"' % (t := ctx.key_hex(64)), t, "api-key", "generic")
    e = Doc("kasse/jetons_kiosk.ini", fmt="ini", role="theme")
    e.add("[kiosk]")
    e.add("name = %s" % ctx.r.choice(["Geeschterbunn", "Autoscooter", "Kettefluch", "Karrusell"]))
    e.sec("service_pin = %s" % (p := ctx.pin(6)), p, "kiosk-pin", "generic")
    e.add("[payconiq]")
    e.sec("api_key = %s" % (k := ctx.uuid()), k, "api-key", "generic")
    e.neg("merchant_id = %s" % (m := ctx.uniq(lambda: ctx.hexs(24))), m, "merchant-identifier")
    return [d, e]


OWN = {"cashmere-dehairing": own_cashmere, "monument-restoration": own_monument, "surgical-instruments": own_surgical,
       "trekking-agency": own_trekking, "teff-mill": own_teff, "cassava-processor": own_cassava,
       "boxing-promoter": own_boxing, "rice-mill": own_rice, "temple-trust": own_temple,
       "fairground-rides": own_fairground}
