"""The ten organisational themes: variants (organisation, domain, city, language), systems, devices, vendors."""

THEMES = {}


def T(dir, desc, variants, systems, devices, vendors, ssids, topics):
    THEMES[dir] = dict(dir=dir, desc=desc, variants=variants, systems=systems, devices=devices, vendors=vendors,
                       ssids=ssids, topics=topics)


def V(org, short, domain, city, country, lang, suffix):
    return dict(org=org, short=short, domain=domain, city=city, country=country, lang=lang, suffix=suffix)


T("rtk-network", "GNSS RTK correction service",
  [V("Dansk Positionsnet ApS", "dpn", "dpnet.dk", "Vejle", "DK", "da", "corp"),
   V("Suomen Tarkkuuspaikannus Oy", "stp", "tarkkuus.fi", "Jyväskylä", "FI", "fi", "int"),
   V("Eesti Täppisasukoht OÜ", "eta", "tappis.ee", "Tartu", "EE", "et", "priv")],
  ["NTRIP caster", "reference-station fleet", "RINEX archive", "subscriber portal", "billing", "network RTK engine",
   "integrity monitor", "farm-machinery reseller API"],
  [("reference receiver", "RS"), ("choke-ring antenna", "AN"), ("UPS", "UP"), ("4G router", "RT")],
  [("StationPulse", "spls_"), ("AgriSteer", "agst_"), ("GeoQuota", "gq_live_")],
  ["Rover-Test", "CORS-Lab", "Gaestenet"],
  ["a reference station lost lock after the firmware update", "the caster queue spiked at seeding time"])

T("olive-mill", "olive-oil cooperative mill",
  [V("Cooperativa Oleícola del Priorat", "cop", "oliprio.cat", "Cornudella de Montsant", "ES", "ca", "lokal"),
   V("Uljara Istra d.o.o.", "uis", "uljara-istra.hr", "Vodnjan", "HR", "hr", "corp"),
   V("Ayvalık Zeytinyağı Kooperatifi", "ayk", "ayvalikzeytin.com.tr", "Ayvalık", "TR", "tr", "int")],
  ["weighbridge", "malaxer PLC", "decanter line", "lab NIR analyser", "member portal", "bottling line",
   "PDO certification portal", "web shop"],
  [("decanter centrifuge", "DC"), ("malaxer", "MX"), ("weighbridge terminal", "WB"), ("NIR analyser", "NR")],
  [("OleoTrace", "olt_"), ("PressMon", "pm_"), ("AgroLab", "agl_")],
  ["Almazara-Convidats", "Mlin-Gost", "Degirmen-Misafir"],
  ["the decanter vibrates again", "the harvest starts on Monday"])

T("pharma-packager", "pharmaceutical contract packager with serialisation",
  [V("Balírna Léčiv Morava s.r.o.", "blm", "balirna-morava.cz", "Olomouc", "CZ", "cs", "ad"),
   V("Pakirnica Zdravil Savinja d.o.o.", "pzs", "pakirnica-savinja.si", "Celje", "SI", "sl", "corp"),
   V("Shannon Contract Packaging Ltd", "scp", "shannon-cp.ie", "Limerick", "IE", "en", "int")],
  ["serialisation L3 server", "blister line", "cartoner", "aggregation station", "EU hub connector", "QA LIMS",
   "warehouse WMS", "batch record system"],
  [("vision camera", "VC"), ("label printer", "LP"), ("checkweigher", "CW"), ("line PC", "LC")],
  [("SerialGrid", "sgr_"), ("VisionQC", "vqc_"), ("ColdTrace", "ctr_")],
  ["Linka-Host", "Linija-Gost", "Line-Guest"],
  ["line 3 rejects too many codes", "the EU hub upload failed overnight"])

T("heli-operator", "helicopter operator (offshore crew change and air ambulance)",
  [V("Þyrluflug Norðurlands ehf.", "thn", "thyrluflug.is", "Akureyri", "IS", "is", "priv"),
   V("Vestkyst Helikopter A/S", "vkh", "vestkyst-heli.dk", "Esbjerg", "DK", "da", "corp"),
   V("Grampian Rotor Services Ltd", "grs", "grampianrotor.co.uk", "Aberdeen", "GB", "en", "int")],
  ["flight following", "HUMS ground station", "crew rostering", "passenger check-in", "EFB sync", "maintenance MIS",
   "ADS-B receiver", "medical dispatch link"],
  [("HUMS download unit", "HU"), ("satellite tracker", "ST"), ("EFB tablet", "EF"), ("ADS-B receiver", "AD")],
  [("SkyTrackr", "stk_"), ("RotorLog", "rlg_"), ("MedDispatch", "mdx_")],
  ["Hangar-Gestir", "Hangar-Gaest", "Hangar-Guest"],
  ["the HUMS download took an hour", "fog at the heliport again"])

T("boardgame-publisher", "tabletop game publisher with crowdfunding",
  [V("Kostka & Meeple s.r.o.", "kam", "kostkameeple.cz", "Brno", "CZ", "cs", "lokal"),
   V("Noppa ja Nappula Oy", "nnp", "noppanappula.fi", "Tampere", "FI", "fi", "int"),
   V("Daus i Fitxa SL", "dif", "dausifitxa.cat", "Sabadell", "ES", "ca", "corp")],
  ["pledge manager", "web shop", "fulfilment partner API", "print factory portal", "rules wiki", "playtest Discord",
   "translation portal", "accounting"],
  [("label printer", "LP"), ("barcode scanner", "BS"), ("NAS", "NS"), ("demo tablet", "DT")],
  [("PledgeBox", "pbx_"), ("ShipHub", "shh_"), ("DiceCloud", "dcl_")],
  ["Playtest-Guest", "Pelitesti", "Convidats-Joc"],
  ["the first proofs arrived from the factory", "backers ask about shipping to Canada"])

T("cattle-genetics", "bovine genetics and artificial-insemination centre",
  [V("Dansk Avlscenter A.m.b.a.", "dac", "avlscenter.dk", "Viborg", "DK", "da", "priv"),
   V("Munster Bovine Genetics Ltd", "mbg", "munsterbovine.ie", "Mallow", "IE", "en", "corp"),
   V("Trakya Boğa Merkezi A.Ş.", "tbm", "trakyaboga.com.tr", "Lüleburgaz", "TR", "tr", "int")],
  ["straw inventory", "LN2 tank monitoring", "genomic lab upload", "herdbook API", "export certificates",
   "sire catalogue", "technician app", "semen lab CASA"],
  [("LN2 level sensor", "LN"), ("straw printer", "SP"), ("CASA microscope PC", "CA"), ("farm tablet", "FT")],
  [("HerdSync", "hds_"), ("GenoLink", "gnl_"), ("CryoWatch", "cw_")],
  ["Stald-Gaest", "Lab-Guest", "Ahir-Misafir"],
  ["two dewars need topping up", "the genomic results are late"])

T("emc-lab", "EMC and product-compliance test house",
  [V("Säteilylaboratorio Oy", "slb", "sateilylab.fi", "Espoo", "FI", "fi", "int"),
   V("EMC Preskusni Center d.o.o.", "epc", "emc-preskus.si", "Kranj", "SI", "sl", "lokal"),
   V("PT Uji Kompatibilitas Elektromagnetik", "uke", "ujiemc.co.id", "Batam", "ID", "id", "corp")],
  ["chamber controller", "test automation", "receiver control", "report generator", "customer portal",
   "calibration database", "notified-body portal", "quote system"],
  [("EMI receiver", "ER"), ("signal generator", "SG"), ("turntable controller", "TT"), ("antenna mast", "AM")],
  [("ChamberOS", "chos_"), ("ReportForge", "rfg_"), ("CertDesk", "cdk_")],
  ["Lab-Vieras", "Lab-Gost", "Lab-Tamu"],
  ["chamber 2 is booked all week", "the receiver needs calibration"])

T("ham-radio-club", "amateur radio club with repeaters and a club station",
  [V("Íslenskir Radíóamatörar", "ira", "ira.is", "Reykjavík", "IS", "is", "home.arpa"),
   V("Radio klub Učka", "rku", "rkucka.hr", "Rijeka", "HR", "hr", "lokal"),
   V("ORARI Lokal Bandung", "orb", "orari-bdg.or.id", "Bandung", "ID", "id", "home.arpa")],
  ["repeater controller", "DMR hotspot", "APRS iGate", "EchoLink node", "club log", "web SDR", "club website",
   "QSL bureau"],
  [("repeater", "RP"), ("hotspot", "HS"), ("SDR", "SD"), ("tower controller", "TC")],
  [("QSOnet", "qso_"), ("SDRcloud", "sdrc_"), ("NetLogger", "nlg_")],
  ["Klubbur-Gestir", "Klub-Gost", "Klub-Tamu"],
  ["the repeater on the hill is off air", "field day planning"])

T("fishing-fleet", "fishing company with trawlers and a fish auction desk",
  [V("Útgerðarfélag Vestfjarða hf.", "uvf", "utgerdvest.is", "Ísafjörður", "IS", "is", "priv"),
   V("Läänemere Kalandus AS", "lkl", "laanemerekala.ee", "Pärnu", "EE", "et", "corp"),
   V("PT Samudra Tangkap Nusantara", "stn", "samudratangkap.co.id", "Bitung", "ID", "id", "int")],
  ["VMS transponder", "electronic logbook", "fish auction", "quota system", "vessel Wi-Fi", "catch processing",
   "crew payroll", "harbour office"],
  [("VMS terminal", "VM"), ("bridge PC", "BP"), ("VSAT modem", "VS"), ("fish grader", "FG")],
  [("CatchLog", "ctl_"), ("QuotaEx", "qex_"), ("BridgeLink", "brl_")],
  ["Skip-Gestir", "Laev-Kulaline", "Kapal-Tamu"],
  ["the trawler is back on Thursday", "the auction opens at six"])

T("patent-office", "regional industrial-property office",
  [V("Eesti Tööstusomandi Amet", "eta2", "toostusomand.ee", "Tallinn", "EE", "et", "ad"),
   V("Zavod za industrijsko vlasništvo", "ziv", "ziv-ured.hr", "Zagreb", "HR", "hr", "corp"),
   V("Bölge Sınai Mülkiyet Ofisi", "bsm", "bolgesinai.gov.tr", "Bursa", "TR", "tr", "int")],
  ["e-filing", "fee payments", "examiner workstations", "prior-art search", "WIPO exchange", "document scanning",
   "gazette publishing", "trademark image search"],
  [("scanner", "SC"), ("publication server", "PS"), ("kiosk", "KI"), ("HSM", "HS")],
  [("FileBridge", "fbr_"), ("PriorScan", "psn_"), ("GazetteHub", "gzh_")],
  ["Amet-Kulaline", "Ured-Gost", "Ofis-Misafir"],
  ["the gazette goes out on Friday", "the fee gateway timed out"])

ORDER = sorted(THEMES)
