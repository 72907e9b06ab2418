"""The ten organisational themes of the nineteenth corpus: variants, languages, vocabulary, fictional vendors."""

THEMES = [
    {
        "dir": "paint-maker",
        "what": "coatings manufacturer with in-store tinting machines",
        "variants": [
            {"org": "Verfwerk Kleurmeesters B.V.", "slug": "kleurmeesters", "domain": "kleurmeesters.nl", "city": "Sassenheim", "langs": ["nl", "en"], "suffix": "lan"},
            {"org": "Vernici Ardesia S.p.A.", "slug": "ardesia-vernici", "domain": "ardesiavernici.it", "city": "Lecco", "langs": ["it", "en"], "suffix": "corp"},
            {"org": "Barvy Lipník a.s.", "slug": "barvy-lipnik", "domain": "barvylipnik.cz", "city": "Lipník nad Bečvou", "langs": ["cs", "en"], "suffix": "intra"},
        ],
        "words": ["Pigment", "Ochre", "Primer", "Lacquer", "Tinter", "Umbra", "Glaze", "Eggshell", "Satin", "Varnish"],
        "vendors": [("ChromaLink", "chl_live_"), ("TintCloud", "tnc_"), ("SpectraSync", "ssy-")],
        "systems": ["tinting dispensers", "formula server", "spectro bridge", "batch MES", "colour-match app"],
    },
    {
        "dir": "sleep-clinic",
        "what": "sleep medicine centre with PSG lab and CPAP telemonitoring",
        "variants": [
            {"org": "Schlafmedizin Zentrum Weserbergland", "slug": "schlafzentrum-weser", "domain": "schlafzentrum-weser.de", "city": "Hameln", "langs": ["de", "en"], "suffix": "intern"},
            {"org": "Søvnklinikken Fyn ApS", "slug": "sovnklinik-fyn", "domain": "sovnklinikfyn.dk", "city": "Odense", "langs": ["da", "en"], "suffix": "lan"},
            {"org": "Unidad del Sueño Levante S.L.", "slug": "sueno-levante", "domain": "suenolevante.es", "city": "Alicante", "langs": ["es", "en"], "suffix": "local"},
        ],
        "words": ["Melatonin", "Apnea", "Dreamer", "Pillow", "Snooze", "Rem", "Oximeter", "Nightowl", "Cpap", "Lullaby"],
        "vendors": [("RestWave", "rw_"), ("SomnoBridge", "smb_live_"), ("OxiTrack", "oxt-")],
        "systems": ["PSG recorders", "CPAP telemonitoring", "home sleep tests", "scoring service", "insurer portal"],
    },
    {
        "dir": "offender-tagging",
        "what": "electronic monitoring contractor (GPS tags, home monitoring units)",
        "variants": [
            {"org": "Northgate Tagging Services Ltd", "slug": "northgate-tagging", "domain": "northgate-em.co.uk", "city": "Preston", "langs": ["en"], "suffix": "corp"},
            {"org": "Fotboja Övervakning AB", "slug": "fotboja-ovk", "domain": "fotboja.se", "city": "Norrköping", "langs": ["sv", "en"], "suffix": "lan"},
            {"org": "Surveillance Électronique Rhône SAS", "slug": "se-rhone", "domain": "se-rhone.fr", "city": "Villeurbanne", "langs": ["fr", "en"], "suffix": "intra"},
        ],
        "words": ["Curfew", "Anklet", "Geofence", "Beacon", "Parole", "Tether", "Monitor", "Homebase", "Tracker", "Zone"],
        "vendors": [("GeoWard", "gw_live_"), ("TagLink", "tgl_"), ("CaseBridge", "cbr-")],
        "systems": ["home monitoring units", "GPS tags", "monitoring centre", "court portal", "exclusion zones"],
    },
    {
        "dir": "alpine-huts",
        "what": "alpine club running off-grid mountain huts",
        "variants": [
            {"org": "Alpenverein Sektion Hochkar", "slug": "av-hochkar", "domain": "av-hochkar.at", "city": "Lienz", "langs": ["de", "en"], "suffix": "lan"},
            {"org": "Club Alpino Val Masino", "slug": "cai-valmasino", "domain": "caivalmasino.it", "city": "Sondrio", "langs": ["it", "de"], "suffix": "local"},
            {"org": "Refuges du Haut-Giffre", "slug": "refuges-giffre", "domain": "refuges-giffre.fr", "city": "Samoëns", "langs": ["fr", "en"], "suffix": "lan"},
        ],
        "words": ["Edelweiss", "Gipfel", "Summit", "Glacier", "Marmot", "Ridge", "Couloir", "Steinbock", "Firn", "Karabiner"],
        "vendors": [("HutBook", "hbk_"), ("SolarPeak", "spk_live_"), ("MeteoAlp", "mta-")],
        "systems": ["hut energy controllers", "satellite links", "hut booking", "webcams", "warden handbooks"],
    },
    {
        "dir": "road-tunnel",
        "what": "road tunnel operator (ventilation SCADA, fire detection, radio break-in)",
        "variants": [
            {"org": "Tunnel du Grand-Mont SA", "slug": "tunnel-grandmont", "domain": "tunnel-grandmont.ch", "city": "Martigny", "langs": ["fr", "de", "en"], "suffix": "ops"},
            {"org": "Túnel de Somport Explotación", "slug": "somport-explotacion", "domain": "somport-tunel.es", "city": "Canfranc", "langs": ["es", "en"], "suffix": "lan"},
            {"org": "Tunel Dobrovského Provoz s.r.o.", "slug": "tunel-dobrovskeho", "domain": "tuneldobrovskeho.cz", "city": "Brno", "langs": ["cs", "en"], "suffix": "intra"},
        ],
        "words": ["Portal", "Jetfan", "Bypass", "Niche", "Egress", "Smoke", "Lining", "Shaft", "Damper", "Sump"],
        "vendors": [("VentiCore", "vc_live_"), ("LumaTunnel", "lmt_"), ("AidCam", "aic-")],
        "systems": ["ventilation PLCs", "linear heat detection", "radio break-in", "emergency phones", "AID cameras"],
    },
    {
        "dir": "pcb-assembly",
        "what": "electronics manufacturing services (SMT lines, AOI, traceability)",
        "variants": [
            {"org": "Montaż Elektroniki Pomorze Sp. z o.o.", "slug": "mep-ems", "domain": "mep-ems.pl", "city": "Gdynia", "langs": ["pl", "en"], "suffix": "lan"},
            {"org": "Piirilevy Kokoonpano Oy", "slug": "piirilevy-oy", "domain": "piirilevy.fi", "city": "Oulu", "langs": ["fi", "en"], "suffix": "corp"},
            {"org": "Montagem Eletrónica Ave Lda", "slug": "mea-ave", "domain": "mea-ave.pt", "city": "Braga", "langs": ["pt", "en"], "suffix": "intra"},
        ],
        "words": ["Solder", "Reflow", "Stencil", "Feeder", "Gerber", "Fiducial", "Nozzle", "Paste", "Via", "Pickplace"],
        "vendors": [("PartsGrid", "pg_live_"), ("ReelTrace", "rtr_"), ("QuoteForge", "qfg-")],
        "systems": ["SMT lines", "AOI stations", "traceability MES", "BOM quote portal", "X-ray"],
    },
    {
        "dir": "mvno-operator",
        "what": "mobile virtual network operator (SIM personalisation, HSS, porting)",
        "variants": [
            {"org": "Mavi Hat Mobil A.Ş.", "slug": "mavihat", "domain": "mavihat.com.tr", "city": "İzmir", "langs": ["tr", "en"], "suffix": "core"},
            {"org": "Polder Mobiel B.V.", "slug": "poldermobiel", "domain": "poldermobiel.nl", "city": "Zwolle", "langs": ["nl", "en"], "suffix": "lan"},
            {"org": "Rede Atlântica Móvel S.A.", "slug": "atlantica-movel", "domain": "atlanticamovel.pt", "city": "Porto", "langs": ["pt", "en"], "suffix": "corp"},
        ],
        "words": ["Roaming", "Handset", "Prepaid", "Esim", "Topup", "Signal", "Cellular", "Porting", "Dialtone", "Bundle"],
        "vendors": [("SimForge", "sfg_live_"), ("PortaHub", "ph_"), ("RatingOne", "r1-")],
        "systems": ["SIM personalisation", "HSS", "billing", "number porting", "SMPP gateway"],
    },
    {
        "dir": "music-festival",
        "what": "music festival promoter (cashless wristbands, stage production, festival radio)",
        "variants": [
            {"org": "Dijlewei Festival vzw", "slug": "dijlewei", "domain": "dijlewei.be", "city": "Mechelen", "langs": ["nl", "fr", "en"], "suffix": "lan"},
            {"org": "Klitmøller Lyd & Scene", "slug": "klitmoller-fest", "domain": "klitmollerfest.dk", "city": "Thisted", "langs": ["da", "en"], "suffix": "site"},
            {"org": "Festival Ría de Arousa", "slug": "ria-arousa-fest", "domain": "riaarousafest.es", "city": "Vilagarcía", "langs": ["es", "en"], "suffix": "lan"},
        ],
        "words": ["Headliner", "Encore", "Moshpit", "Backstage", "Wristband", "Bassline", "Campsite", "Soundcheck", "Lineup", "Stagedive"],
        "vendors": [("TapPay", "tpy_live_"), ("GateFlux", "gfx_"), ("LineupIQ", "liq-")],
        "systems": ["cashless terminals", "stage networks", "festival radio", "accreditation", "site Wi-Fi"],
    },
    {
        "dir": "public-health",
        "what": "regional public health unit (wastewater surveillance, immunisation registry)",
        "variants": [
            {"org": "Region Hälsoskydd Mälardalen", "slug": "halsoskydd-malar", "domain": "halsoskydd-malar.se", "city": "Västerås", "langs": ["sv", "en"], "suffix": "lan"},
            {"org": "Kansanterveysyksikkö Pirkanmaa", "slug": "kty-pirkanmaa", "domain": "kty-pirkanmaa.fi", "city": "Tampere", "langs": ["fi", "sv", "en"], "suffix": "intra"},
            {"org": "Unità di Sanità Pubblica Valtellina", "slug": "usp-valtellina", "domain": "uspvaltellina.it", "city": "Sondrio", "langs": ["it", "en"], "suffix": "local"},
        ],
        "words": ["Vaccine", "Outbreak", "Sampler", "Cohort", "Registry", "Influenza", "Sentinel", "Contact", "Booster", "Surveil"],
        "vendors": [("SewerSense", "sws_"), ("ImmuLink", "iml_live_"), ("CaseGrid", "cgd-")],
        "systems": ["wastewater samplers", "immunisation registry", "outbreak line lists", "lab result feed", "vaccine fridges"],
    },
    {
        "dir": "vivarium",
        "what": "laboratory animal facility (IVC racks, environmental monitoring, ethics protocols)",
        "variants": [
            {"org": "Tsukuba Bioresource Animal Facility", "slug": "tsukuba-vivarium", "domain": "tbaf.ac.jp", "city": "Tsukuba", "langs": ["ja", "en"], "suffix": "lan"},
            {"org": "Tierhaltung Campus Martinsried", "slug": "tierhaltung-mr", "domain": "tierhaltung-mr.de", "city": "Planegg", "langs": ["de", "en"], "suffix": "intern"},
            {"org": "Zwierzętarnia Centrum Biomedyczne", "slug": "zwierzetarnia-cb", "domain": "zwierzetarnia-cb.pl", "city": "Białystok", "langs": ["pl", "en"], "suffix": "lan"},
        ],
        "words": ["Cage", "Rodent", "Bedding", "Barrier", "Autoclave", "Cohort", "Husbandry", "Sentinel", "Airflow", "Nesting"],
        "vendors": [("RackWatch", "rkw_"), ("CageCard", "ccd_live_"), ("ProtoTrack", "ptk-")],
        "systems": ["IVC racks", "environmental monitoring", "cage-card LIMS", "ethics protocols", "autoclave logs"],
    },
]
THEME_DIRS = [t["dir"] for t in THEMES]
