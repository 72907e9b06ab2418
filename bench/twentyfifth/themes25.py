"""The ten organisational themes and their own files."""

from core25 import Doc, rand_str, rhex, sha256_hex

THEMES = [
    dict(dir="saffron-cooperative", lang="fa",
         variants=[("تعاونی زعفران قائنات", "Qaenat Saffron Co-op", "qaenat-saffron.ir", "قائن", "ir"),
                   ("تعاونی طلای سرخ تربت", "Torbat Red Gold Co-op", "sorkh-torbat.ir", "تربت حیدریه", "lan"),
                   ("زعفران‌کاران گناباد", "Gonabad Saffron Growers", "gonabad-saffron.ir", "گناباد", "local")],
         systems=["Anbar ERP", "UV-Vis LIMS", "dryer HMI", "NTSW portal", "grading NAS", "packing line", "export desk", "bourse terminal"],
         ssids=["Saffron-Lab", "Anbar-Staff", "Khoshk-Kon"]),
    dict(dir="frankincense-trader", lang="ar",
         variants=[("لبان ظفار للتجارة", "Dhofar Luban Trading", "dhofar-luban.om", "صلالة", "lan"),
                   ("بيت الحوجري", "Bait Al Hojari", "baithojari.om", "مرباط", "corp"),
                   ("مؤسسة سدح للبان", "Sadah Frankincense Est.", "sadah-luban.om", "سدح", "int")],
         systems=["souq POS", "Bayan customs", "resin grading", "harvest permits", "warehouse NVR", "B2B shop", "ERP", "courier portal"],
         ssids=["Souq-Staff", "Luban-Store", "Mirbat-Office"]),
    dict(dir="shipbreaking-yard", lang="bn",
         variants=[("সীতাকুণ্ড শিপ রিসাইক্লিং", "Sitakunda Ship Recycling", "sitakunda-recycling.com.bd", "সীতাকুণ্ড", "lan"),
                   ("কর্ণফুলী স্টিল অ্যান্ড শিপব্রেকিং", "Karnaphuli Steel & Shipbreaking", "karnaphuli-ssb.com", "চট্টগ্রাম", "corp"),
                   ("ভাটিয়ারী মেরিন", "Bhatiari Marine", "bhatiari-marine.com", "ভাটিয়ারী", "local")],
         systems=["IHM register", "gas-free portal", "crane telemetry", "plate sales ERP", "turnstile server", "CCTV NVR", "DoE portal", "payroll"],
         ssids=["Yard-Office", "Crane-Net", "Gate-Guest"]),
    dict(dir="coir-works", lang="ta",
         variants=[("பொள்ளாச்சி தேங்காய் நார் தொழிற்சாலை", "Pollachi Coir Works", "pollachicoir.in", "பொள்ளாச்சி", "lan"),
                   ("காவேரி கயிறு நிறுவனம்", "Kavery Coir Company", "kaverycoir.in", "தஞ்சாவூர்", "corp"),
                   ("தென்னை நார் பொருட்கள்", "Thennai Fibre Products", "thennaifibre.com", "உடுமலைப்பேட்டை", "int")],
         systems=["pith press PLC", "EC lab", "export portal", "mattress line", "weighbridge", "Tally server", "drying yard sensors", "dispatch"],
         ssids=["Coir-Office", "Press-Floor", "Guest-Thennai"]),
    dict(dir="dacha-partnership", lang="ru",
         variants=[("СНТ «Рябинушка»", "SNT Ryabinushka", "ryabinushka-snt.ru", "Тверь", "lan"),
                   ("СНТ «Смородина»", "SNT Smorodina", "snt-smorodina.ru", "Подольск", "home.arpa"),
                   ("ТСН «Берёзовая роща»", "TSN Berezovaya Roshcha", "berezroshcha.ru", "Кострома", "local")],
         systems=["шлагбаум GSM", "учёт электроэнергии", "сайт СНТ", "1С:Бухгалтерия", "видеонаблюдение", "насосная", "взносы онлайн", "рассылка"],
         ssids=["SNT-Pravlenie", "Storozhka", "Nasosnaya"]),
    dict(dir="tobacco-leaf-processor", lang="bg",
         variants=[("Родопа Тютюн АД", "Rodopa Tyutyun AD", "rodopa-tobacco.bg", "Хасково", "lan"),
                   ("Пиринска листа ООД", "Pirinska Lista OOD", "pirinska-lista.bg", "Гоце Делчев", "corp"),
                   ("Тракийски тютюни ЕАД", "Trakiyski Tyutyuni EAD", "thracian-leaf.bg", "Пловдив", "int")],
         systems=["UID issuer", "BACIS", "leaf grading", "fermentation chambers", "bale scales", "SAP B1", "excise warehouse", "lab GC"],
         ssids=["Sklad-Tyutyun", "Ofis-Lista", "Fermentatsia"]),
    dict(dir="ferroalloy-smelter", lang="kk",
         variants=[("Ақсу ферроқорытпа зауыты", "Aksu Ferroalloy Plant", "aksu-ferro.kz", "Ақсу", "lan"),
                   ("Павлодар Силикомарганец", "Pavlodar Silicomanganese", "pvl-simn.kz", "Павлодар", "corp"),
                   ("Екібастұз Металл", "Ekibastuz Metall", "ekb-metall.kz", "Екібастұз", "local")],
         systems=["furnace historian", "electrode regulator", "rail scales", "ore blending", "slag yard", "MES", "lab spectrometer", "SCADA"],
         ssids=["Peshi-Ofis", "Tsekh-3", "Laboratoriya"]),
    dict(dir="banquet-hall", lang="hy",
         variants=[("«Արարատ» հանդիսությունների սրահ", "Ararat Banquet Hall", "ararat-hall.am", "Երևան", "lan"),
                   ("«Նաիրի» ռեստորանային համալիր", "Nairi Events", "nairi-events.am", "Գյումրի", "local"),
                   ("«Սևան Պալաս» միջոցառումներ", "Sevan Palace Events", "sevanpalace.am", "Սևան", "corp")],
         systems=["booking CRM", "POS", "DJ booth", "kitchen inventory", "CCTV", "guest Wi-Fi", "photo share", "payment gateway"],
         ssids=["Ararat-Guests", "Hall-Staff", "DJ-Booth"]),
    dict(dir="seaweed-processor", lang="ga",
         variants=[("Feamainn Chonamara Teo.", "Conamara Seaweed Ltd", "feamainn.ie", "An Cheathrú Rua", "lan"),
                   ("Cladach Mara Teo.", "Cladach Mara Ltd", "cladachmara.ie", "An Spidéal", "local"),
                   ("Tonnta Alga Teo.", "Tonnta Algae Ltd", "tonnta.ie", "Inis Meáin", "int")],
         systems=["kiln PLC", "harvest licences", "milling line", "alginate lab", "Sage accounts", "boat tracker", "webshop", "cold store"],
         ssids=["Muileann-Staff", "Kiln-Floor", "Oifig"]),
    dict(dir="drip-irrigation-maker", lang="he",
         variants=[("טפטוף הנגב בע״מ", "Negev Drip Ltd", "negevdrip.co.il", "באר שבע", "lan"),
                   ("ערבה השקיה", "Arava Irrigation", "arava-irrigation.co.il", "ספיר", "corp"),
                   ("גליל טפטפות", "Galil Drippers", "galil-drip.co.il", "כרמיאל", "int")],
         systems=["extrusion line", "controller cloud", "ERP Priority", "QC lab", "field gateways", "dealer portal", "moulding MES", "NAS"],
         ssids=["Mifal-Staff", "Extrusion-Floor", "Orchim"]),
]


def bespoke(c):
    """The theme's own file: a domain system config with two or three secrets and identifiers as negatives."""
    d, r = c.dir, c.r
    f = globals()["_" + d.replace("-", "_")]
    return f(c, r)


def _saffron_cooperative(c, r):
    doc = Doc("%s/lab/uvvis-lims.ini" % c.dir, crlf=True, fmt="ini")
    doc.add("; ISO 3632 spectrophotometry station -> LIMS bridge", "[station]", "model = UV-1900i",
            "serial = A1%s" % rand_str(r, 8, "0123456789"), "")
    doc.add("[lims]", "url = https://lims.%s/api/v2" % c.inner, "user = uvvis_bridge")
    doc.s("password = %s" % (v := c.pw()), v, "lims-password")
    doc.add("", "[ntsw]", "; national trade single window, export declarations", "endpoint = https://ntsw.ir/services/export")
    doc.s("api_token = %s" % (v := c.alnum(40)), v, "trade-portal-token")
    doc.add("", "[batches]")
    doc.n("last_batch = QS-%s-%s" % (r.randint(1398, 1404), (b := rhex(r, 6).upper())), b, "batch-code")
    doc.n("spectra_sha256 = %s" % (h := sha256_hex(r)), h, "file-hash")
    doc.add("", "[dryer]", "hmi = %s" % c.ip())
    doc.s("hmi_pin = %s" % (v := c.pw("weak")), v, "hmi-password")
    return [doc]


def _frankincense_trader(c, r):
    doc = Doc("%s/pos/souq-sync.yaml" % c.dir)
    doc.add("# souq POS -> ERP nightly sync", "stores:", "  - code: SLL-01", "    till: %s" % c.ip())
    doc.s("    manager_pin: \"%s\"" % (v := c.pw("weak")), v, "pos-manager-password")
    doc.add("erp:", "  url: https://erp.%s" % c.inner, "  user: pos_sync")
    doc.s("  password: \"%s\"" % (v := c.pw()), v, "erp-password")
    doc.add("customs:", "  bayan_user: %s" % c.slug.replace("-", "_"))
    doc.s("  bayan_password: \"%s\"" % (v := c.pw("strong")), v, "customs-portal-password")
    doc.add("grading:")
    doc.n("  permit: DHF-HP-%s" % (p := "%06d" % r.randint(0, 999999)), p, "harvest-permit-number")
    doc.n("  lot_uid: \"%s\"" % (u := c.uuid()), u, "lot-uuid")
    return [doc]


def _shipbreaking_yard(c, r):
    doc = Doc("%s/ihm/ihm-sync.json" % c.dir, fmt="json")
    imo = str(r.randint(7000000, 9899999))
    doc.add("{", '  "vessel": {', '    "name": "MV %s",' % rand_str(r, 6, "ABCDEFGHKLMNPRST"))
    doc.n('    "imo": "%s",' % imo, imo, "imo-number")
    doc.add('    "beached": "%s"' % c.date(), "  },", '  "surveyor_portal": {', '    "user": "yard_ihm",')
    doc.s('    "password": "%s"' % (v := c.pw()), v, "surveyor-portal-password")
    doc.add("  },", '  "crane_telemetry": {', '    "broker": "mqtts://%s:8883",' % c.host("mqtt"), '    "username": "crane-gw",')
    doc.s('    "password": "%s",' % (v := c.strong()), v, "mqtt-password")
    doc.n('    "client_id": "%s"' % (cid := "crn-" + rhex(r, 12)), cid, "mqtt-client-id")
    doc.add("  },", '  "gas_free": {')
    doc.n('    "certificate": "GFC-%s"' % (g := rand_str(r, 10, "0123456789ABCDEF")), g, "certificate-number")
    doc.add("  }", "}")
    return [doc]


def _coir_works(c, r):
    doc = Doc("%s/press/pith-press.toml" % c.dir, fmt="toml")
    doc.add("# 5 kg coir pith block press line", "[plc]", 'address = "%s"' % c.ip(), "rack = 0", "slot = 1")
    doc.s('password = "%s"' % (v := c.pw()), v, "plc-password")
    doc.add("", "[ec_lab]", 'dsn = "Driver={SQL Server};Server=%s;Database=EC;Uid=ec_reader;"' % c.host("sql"))
    doc.s('pwd = "%s"' % (v := c.pw("strong")), v, "database-password")
    doc.add("", "[export]", 'portal = "https://export.%s"' % c.domain)
    doc.s('token = "%s"' % (v := c.hexs(48)), v, "export-portal-token")
    doc.add("", "[lots]")
    doc.n('current = "CP-%s"' % (l := rand_str(r, 8, "0123456789")), l, "lot-number")
    return [doc]


def _dacha_partnership(c, r):
    doc = Doc("%s/shlagbaum/gate-gsm.conf" % c.dir)
    doc.add("# GSM-модуль шлагбаума: номера садоводов и SMS-шлюз", "[modem]", "port=/dev/ttyUSB2", "apn=internet.mts.ru")
    doc.add("[sms]", "gateway=https://sms.ru/sms/send")
    doc.s("api_id=%s" % (v := c.uuid().upper()), v, "sms-gateway-api-id")
    doc.add("[web]", "admin=pravlenie")
    doc.s("password=%s" % (v := c.pw("layout") if c.lang == "ru" else c.pw()), v, "web-admin-password")
    doc.add("[plots]")
    doc.n("; участок 114 -> +7 9%s" % (ph := "%09d" % r.randint(0, 10 ** 9 - 1)), ph, "phone-number")
    doc.n("meter_serial=%s" % (m := "%08d" % r.randint(0, 10 ** 8 - 1)), m, "meter-serial")
    return [doc]


def _tobacco_leaf_processor(c, r):
    doc = Doc("%s/tpd/uid-issuer.properties" % c.dir)
    doc.add("# EU TPD track & trace: ID issuer client", "issuer.url=https://idissuer.%s/api" % c.inner)
    doc.n("economic.operator.id=BG%s" % (eo := rand_str(r, 12, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")), eo, "economic-operator-id")
    doc.s("issuer.client.secret=%s" % (v := c.alnum(32)), v, "id-issuer-client-secret")
    doc.add("bacis.user=%s" % c.slug.split("-")[0])
    doc.s("bacis.password=%s" % (v := c.pw()), v, "customs-portal-password")
    doc.n("sample.uid=%s" % (u := rand_str(r, 26, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")), u, "tpd-unique-identifier")
    doc.add("scales.host=%s" % c.ip())
    doc.s("scales.admin.password=%s" % (v := c.pw("weak")), v, "device-password")
    return [doc]


def _ferroalloy_smelter(c, r):
    doc = Doc("%s/furnace/historian.ini" % c.dir, crlf=True, fmt="ini")
    doc.add("[opc]", "endpoint = opc.tcp://%s:4840" % c.host("scada"), "user = historian")
    doc.s("password = %s" % (v := c.pw()), v, "opcua-password")
    doc.add("", "[db]", "server = %s" % c.host("pi"))
    doc.s("connection = Server=%s;Database=Furnace;User Id=hist_w;Password=%s;" % (c.host("sql"), (v := c.pw("strong"))),
          v, "connection-string-password")
    doc.add("", "[heats]")
    doc.n("last_heat = P3-%s" % (h := "%07d" % r.randint(0, 10 ** 7 - 1)), h, "heat-number")
    doc.n("electrode_lot = EL%s" % (e := rhex(r, 10).upper()), e, "lot-number")
    return [doc]


def _banquet_hall(c, r):
    doc = Doc("%s/booking/.env.production" % c.dir)
    doc.add("APP_ENV=production", "APP_URL=https://book.%s" % c.domain)
    doc.s("APP_KEY=base64:%s" % (v := c.b64s(32)), "base64:" + v, "framework-app-key")
    doc.add("DB_HOST=%s" % c.host("db"), "DB_USERNAME=booking")
    doc.s("DB_PASSWORD=%s" % (v := c.pw()), v, "database-password")
    doc.s("IDRAM_SECRET_KEY=%s" % (v := c.alnum(24)), v, "payment-gateway-secret")
    doc.n("IDRAM_REC_ACCOUNT=%s" % (a := "%09d" % r.randint(10 ** 8, 10 ** 9 - 1)), a, "merchant-account-number")
    doc.n("EVENT_CALENDAR_ID=%s" % (cal := rhex(r, 26) + "@group.calendar.google.com"), cal, "calendar-id")
    return [doc]


def _seaweed_processor(c, r):
    doc = Doc("%s/kiln/kiln-control.yaml" % c.dir)
    doc.add("kiln:", "  plc: %s" % c.ip(), "  user: kiln_ops")
    doc.s("  password: \"%s\"" % (v := c.pw()), v, "plc-password")
    doc.add("licences:")
    doc.n("  foreshore: FS%s" % (fs := "%06d" % r.randint(0, 999999)), fs, "licence-number")
    doc.add("tracker:", "  url: https://track.%s/api" % c.domain)
    doc.s("  api_key: \"%s\"" % (v := c.hexs(40)), v, "tracker-api-key")
    doc.add("accounts:", "  sage_host: %s" % c.host("sage"))
    doc.s("  sage_password: \"%s\"" % (v := c.pw("phrase")), v, "accounts-password")
    doc.n("  vat_number: IE%s" % (vat := "%07d" % r.randint(0, 10 ** 7 - 1) + r.choice("ABCDEFGHW")), vat, "vat-number")
    return [doc]


def _drip_irrigation_maker(c, r):
    doc = Doc("%s/field/controllers.json" % c.dir, fmt="json")
    doc.add("{", '  "apn": {"name": "iot.%s", "user": "drip"},' % c.suffix)
    doc.s('  "apn_password": "%s",' % (v := c.pw("weak")), v, "apn-password")
    doc.add('  "controllers": [')
    for i in range(2):
        serial = "NDC-" + rand_str(r, 10, "0123456789")
        doc.add('    {', '      "site": "%s",' % r.choice(["Moshav-A", "Orchard-7", "Greenhouse-2", "Kibbutz-North"]))
        doc.n('      "serial": "%s",' % serial, serial, "device-serial")
        doc.s('      "device_token": "%s"' % (v := c.alnum(32)), v, "device-token")
        doc.add('    }' + ("," if i == 0 else ""))
    doc.add("  ]", "}")
    return [doc]
