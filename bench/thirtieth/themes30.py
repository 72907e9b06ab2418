"""The ten themes: organisation variants, people, systems, password words, device controller and gateway."""

T = []


def theme(**kw):
    T.append(kw)


theme(key="filigree-workshop", lang="or", what="Cuttack silver filigree (tarakasi) workshop",
      variants=[("ତାରକସି କଳା ଗୃହ", "Tarakasi Kala Griha", "tarakasikala.co.in", "Cuttack"),
                ("ମହାନଦୀ ରୂପା ଶିଳ୍ପ", "Mahanadi Rupa Shilpa", "mahanadirupa.in", "Cuttack"),
                ("କଟକ ଫିଲିଗ୍ରି ସମବାୟ", "Cuttack Filigree Samabaya", "cuttackfiligree.in", "Cuttack")],
      given=[("ସୁଭଶ୍ରୀ", "Subhashree"), ("ଦେବାଶିଷ", "Debasish"), ("ସସ୍ମିତା", "Sasmita"), ("ପ୍ରକାଶ", "Prakash"), ("ଲିପ୍ସା", "Lipsa"),
             ("ବିକାଶ", "Bikash"), ("ମନସ୍ୱିନୀ", "Manaswini"), ("ଜଗନ୍ନାଥ", "Jagannath")],
      family=[("ମହାପାତ୍ର", "Mohapatra"), ("ବେହେରା", "Behera"), ("ସାହୁ", "Sahoo"), ("ନାୟକ", "Nayak"), ("ପ୍ରଧାନ", "Pradhan"), ("ସ୍ୱାଇଁ", "Swain")],
      systems=["silver-ledger", "kiln-ctl", "huid-portal", "eshop", "vault-cctv", "karigar-app"],
      words=["Tarakasi", "Mahanadi", "Konark", "Rasagola", "Chhena", "Kalinga", "Barabati", "Dhabaleswar"],
      native_words=["ତାରକସି", "କଟକ", "ରୂପା"], ssids=["Tarakasi-Karkhana", "Rupa-Office"],
      device=("annealing-kiln", "kiln controller"), gateway="easebuzz")

theme(key="fig-cooperative", lang="kab", what="Béni Maouche dried-fig co-operative in Kabylia",
      variants=[("Tiddukla n Tazart", "Tiddukla n Tazart", "tazart-coop.dz", "Béni Maouche"),
                ("Tazart n Yiɣẓer", "Tazart n Yighzer", "tazartyighzer.dz", "Bejaia"),
                ("Akfadou Figues", "Akfadou Figues", "akfadou-figues.dz", "Akbou")],
      given=[("Amayas", "Amayas"), ("Tilelli", "Tilelli"), ("Meziane", "Meziane"), ("Tafsut", "Tafsut"), ("Idir", "Idir"),
             ("Dihya", "Dihya"), ("Massinissa", "Massinissa"), ("Lounis", "Lounis")],
      family=[("Aït Ahmed", "Ait Ahmed"), ("Hamitouche", "Hamitouche"), ("Ouali", "Ouali"), ("Bouzid", "Bouzid"),
              ("Yahiaoui", "Yahiaoui"), ("Amrouche", "Amrouche")],
      systems=["dryer-sensors", "grading-line", "member-ledger", "export-docs", "eshop", "cold-room"],
      words=["Tazart", "Djurdjura", "Tamurt", "Yennayer", "Akfadou", "Tafat", "Azaghar", "Soummam"],
      native_words=None, ssids=["Tazart-Tahanut", "Coop-Akbou"],
      device=("solar-dryer", "solar dryer controller"), gateway="chargily")

theme(key="motorcycle-parts", lang="ig", what="Nnewi motorcycle spare-parts importer",
      variants=[("Ụlọ Ahịa Ngwa Okada Nnewi", "Nnewi Okada Parts", "nnewiokadaparts.com.ng", "Nnewi"),
                ("Ugo Motors Spares", "Ugo Motors Spares", "ugomotorspares.ng", "Nnewi"),
                ("Ekwe Auto Imports", "Ekwe Auto Imports", "ekweimports.com.ng", "Onitsha")],
      given=[("Chiamaka", "Chiamaka"), ("Obinna", "Obinna"), ("Ngozi", "Ngozi"), ("Emeka", "Emeka"), ("Adaeze", "Adaeze"),
             ("Chukwuemeka", "Chukwuemeka"), ("Ifeoma", "Ifeoma"), ("Nnamdi", "Nnamdi")],
      family=[("Okafor", "Okafor"), ("Eze", "Eze"), ("Nwosu", "Nwosu"), ("Okonkwo", "Okonkwo"), ("Obi", "Obi"), ("Uzor", "Uzor")],
      systems=["clearing-portal", "wms", "dealer-credit", "label-print", "pos", "container-track"],
      words=["Nnewi", "Okada", "Ogene", "Nkwo", "Ugo", "Akara", "Ekwe", "Ofala"],
      native_words=None, ssids=["Okada-Warehouse", "Nkwo-Office"],
      device=("label-printer", "thermal label printer"), gateway="seerbit")

theme(key="harness-plant", lang="xh", what="East London automotive wire-harness plant",
      variants=[("Imizi yeeNtambo Qonce", "Imizi Harness Works", "imiziharness.co.za", "East London"),
                ("Amathole Harness Systems", "Amathole Harness Systems", "amatholeharness.co.za", "East London"),
                ("Kwelera Wiring", "Kwelera Wiring", "kwelerawiring.co.za", "Mdantsane")],
      given=[("Siphokazi", "Siphokazi"), ("Lwazi", "Lwazi"), ("Nomvula", "Nomvula"), ("Thando", "Thando"), ("Ayanda", "Ayanda"),
             ("Luvuyo", "Luvuyo"), ("Zintle", "Zintle"), ("Mandla", "Mandla")],
      family=[("Ntshona", "Ntshona"), ("Magwaza", "Magwaza"), ("Dyantyi", "Dyantyi"), ("Mafu", "Mafu"), ("Qwabe", "Qwabe"),
              ("Sikhosana", "Sikhosana")],
      systems=["crimp-monitor", "test-bench", "jit-edi", "as2-gateway", "mes", "canteen-pos"],
      words=["Amathole", "Qonce", "Kwelera", "Imvula", "Ilanga", "Ubuntu", "Nahoon", "Gonubie"],
      native_words=None, ssids=["Harness-Floor", "Qonce-Office"],
      device=("crimp-press", "crimp force monitor"), gateway="yoco")

theme(key="crocodile-farm", lang="tpi", what="Lae crocodile farm and skin exporter",
      variants=[("Pukpuk Fam Lae", "Pukpuk Farm Lae", "pukpukfarm.com.pg", "Lae"),
                ("Markham Pukpuk Skins", "Markham Croc Skins", "markhamskins.com.pg", "Lae"),
                ("Sepik Pukpuk Kampani", "Sepik Croc Company", "sepikcroc.com.pg", "Wewak")],
      given=[("Kila", "Kila"), ("Naomi", "Naomi"), ("Joseph", "Joseph"), ("Rose", "Rose"), ("Peni", "Peni"), ("Mary", "Mary"),
             ("Waim", "Waim"), ("Lucy", "Lucy")],
      family=[("Kaupa", "Kaupa"), ("Wari", "Wari"), ("Aisi", "Aisi"), ("Kapi", "Kapi"), ("Yawa", "Yawa"), ("Mondo", "Mondo")],
      systems=["pen-loggers", "incubators", "skin-grading", "cites-permits", "feed-store", "payroll"],
      words=["Pukpuk", "Markham", "Kundu", "Bilum", "Kaukau", "Wantok", "Sepik", "Huon"],
      native_words=None, ssids=["Pukpuk-Fam", "Lae-Ofis"],
      device=("egg-incubator", "egg incubator controller"), gateway="kinabank")

theme(key="poi-mill", lang="haw", what="Hilo kalo (taro) poi mill",
      variants=[("Hale Wili Poi o Hilo", "Hilo Poi Mill", "hilopoimill.com", "Hilo"),
                ("Kalo Waipiʻo Poi", "Waipio Kalo Poi", "waipiokalo.com", "Honokaʻa"),
                ("Ka Lehua Poi", "Lehua Poi Company", "lehuapoi.com", "Hilo")],
      given=[("Keoni", "Keoni"), ("Leilani", "Leilani"), ("Kawika", "Kawika"), ("Noelani", "Noelani"), ("Makana", "Makana"),
             ("Kalena", "Kalena"), ("Iolana", "Iolana"), ("Kainoa", "Kainoa")],
      family=[("Kahananui", "Kahananui"), ("Akana", "Akana"), ("Kealoha", "Kealoha"), ("Kamakau", "Kamakau"), ("Nāone", "Naone"),
              ("Kaleikini", "Kaleikini")],
      systems=["steam-cookers", "grinder-line", "farmer-ledger", "market-pos", "delivery-routes", "cold-chain"],
      words=["Kalo", "Mauna", "Waipio", "Lehua", "Honu", "Ohana", "Kilauea", "Hamakua"],
      native_words=None, ssids=["HaleWili-Poi", "Hilo-Office"],
      device=("steam-cooker", "steam cooker controller"), gateway="helcim")

theme(key="wrestling-academy", lang="ce", what="Grozny freestyle-wrestling academy",
      variants=[("Борз Къийсаман Академи", "Borz Wrestling Academy", "borz-wrestling.ru", "Grozny"),
                ("Терк Спорт Школа", "Terek Sport School", "terek-sport.ru", "Grozny"),
                ("Аргун Къийсам", "Argun Wrestling Club", "argun-wrestling.ru", "Argun")],
      given=[("Аслан", "Aslan"), ("Зарема", "Zarema"), ("Руслан", "Ruslan"), ("Мадина", "Madina"), ("Иса", "Isa"), ("Хьава", "Khava"),
             ("Магомед", "Magomed"), ("Лиана", "Liana")],
      family=[("Мусаев", "Musaev"), ("Цакаев", "Tsakaev"), ("Газиев", "Gaziev"), ("Саидов", "Saidov"), ("Умаров", "Umarov"),
              ("Бисултанов", "Bisultanov")],
      systems=["athlete-registry", "weigh-in", "mat-scoreboard", "video-review", "brackets", "membership"],
      words=["Borz", "Argun", "Terek", "Vainakh", "Lovzar", "Sunzha", "Kavkaz", "Bekhk"],
      native_words=["Борз", "Аргун", "Терк"], ssids=["Borz-Zal", "Academy-Office"],
      device=("mat-scoreboard", "mat scoreboard"), gateway="tbank")

theme(key="homestay-network", lang="eo", what="volunteer-run international homestay exchange",
      variants=[("Gastiga Reto", "Gastiga Reto", "gastigareto.net", "Rotterdam"),
                ("Verda Domo", "Verda Domo", "verdadomo.net", "Zagreb"),
                ("Amika Tegmento", "Amika Tegmento", "amikategmento.org", "Bydgoszcz")],
      given=[("Ana", "Ana"), ("Tomasz", "Tomasz"), ("Mireille", "Mireille"), ("Kenji", "Kenji"), ("Olga", "Olga"), ("Sergio", "Sergio"),
             ("Ilona", "Ilona"), ("Diego", "Diego")],
      family=[("Kowalczyk", "Kowalczyk"), ("Dubois", "Dubois"), ("Tanaka", "Tanaka"), ("Petrova", "Petrova"), ("Santos", "Santos"),
              ("Varga", "Varga")],
      systems=["host-directory", "messaging", "verification", "donations", "map-tiles", "mailing-list"],
      words=["Stelo", "Verda", "Espero", "Amikeco", "Ponto", "Gastejo", "Vojago", "Kunveno"],
      native_words=None, ssids=["Gastejo-Wifi", "Oficejo"],
      device=("door-keypad", "door keypad bridge"), gateway="opencollective")

theme(key="sled-dog-tours", lang="kl", what="Ilulissat dog-sled tour operator",
      variants=[("Qimmussuit Tours", "Qimmussuit Tours", "qimmussuit.gl", "Ilulissat"),
                ("Sermeq Qamutit", "Sermeq Sled Tours", "sermeqsled.gl", "Ilulissat"),
                ("Nanoq Angalanerit", "Nanoq Expeditions", "nanoqtours.gl", "Qasigiannguit")],
      given=[("Aqqaluk", "Aqqaluk"), ("Najaaraq", "Najaaraq"), ("Ivalu", "Ivalu"), ("Malik", "Malik"), ("Nivi", "Nivi"), ("Kuupik", "Kuupik"),
             ("Arnaq", "Arnaq"), ("Hans", "Hans")],
      family=[("Lynge", "Lynge"), ("Kleist", "Kleist"), ("Petersen", "Petersen"), ("Olsen", "Olsen"), ("Motzfeldt", "Motzfeldt"),
              ("Kristiansen", "Kristiansen")],
      systems=["kennel-log", "gps-collars", "tour-booking", "sat-messengers", "feed-stock", "guest-wifi"],
      words=["Qimmiq", "Sermeq", "Nanoq", "Qamutit", "Siku", "Aputi", "Kangia", "Ilulissat"],
      native_words=None, ssids=["Qimmit-Illu", "Ilulissat-Office"],
      device=("collar-base", "GPS collar base station"), gateway="vipps")

theme(key="tempeh-maker", lang="jv", what="Yogyakarta tempeh factory",
      variants=[("Tempe Ragi Mataram", "Tempe Ragi Mataram", "tempemataram.co.id", "Yogyakarta"),
                ("Tempe Kawung", "Tempe Kawung", "tempekawung.id", "Bantul"),
                ("Sari Kedelé Sleman", "Sari Kedele Sleman", "sarikedele.co.id", "Sleman")],
      given=[("Sri", "Sri"), ("Bambang", "Bambang"), ("Wulan", "Wulan"), ("Agus", "Agus"), ("Rini", "Rini"), ("Joko", "Joko"),
             ("Ayu", "Ayu"), ("Slamet", "Slamet")],
      family=[("Wahyuni", "Wahyuni"), ("Santoso", "Santoso"), ("Lestari", "Lestari"), ("Nugroho", "Nugroho"), ("Pratiwi", "Pratiwi"),
              ("Hartono", "Hartono")],
      systems=["boiler-line", "ferment-rooms", "market-orders", "wa-ordering", "payroll", "cctv"],
      words=["Tempe", "Kedele", "Ragi", "Gudeg", "Merapi", "Malioboro", "Wedang", "Kawung"],
      native_words=None, ssids=["Pabrik-Tempe", "Kantor-Bantul"],
      device=("ferment-room", "fermentation room controller"), gateway="duitku")

BY_KEY = {t["key"]: t for t in T}
