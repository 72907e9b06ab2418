"""crypto-mining/: a bitcoin mining site (ASIC fleet, pool accounts, payout wallet, immersion cooling, PDUs,
utility curtailment programme, exchange sweeps)."""
import keys13
from themes import prose
from themes.common import env_files, device_sheet, chat_file, wiki_file, ticket_file

SLUG = "crypto-mining"
VARIANTS = [("Prairie Hash LLC", "prairiehash.io", "Abilene"),
            ("Northern Lights Mining", "nlmining.com", "Plattsburgh"),
            ("Cold Creek Digital", "coldcreekdigital.com", "Wenatchee")]
WORDS = ["hashrate", "block", "satoshi", "prairie", "northern", "creek", "immersion", "difficulty", "halving",
         "rack", "mempool", "nonce"]


def _addr(v):
    return keys13.b58check(b"\x00" + v.raw(20))


def build(t):
    v = t.v
    asic_pw = t.v.pw_device()
    pdu_pw = t.pw("strong")
    xprv, xpub = keys13.bip32_pair(t.keyrng())
    pool = v.choice(["Braiins Pool", "ViaBTC", "F2Pool", "Luxor"])
    racks = ["R%02d" % n for n in v.sample(range(1, 40), v.randint(3, 4))]

    d = t.f("miners/fleet.yaml")
    d.w("# ASIC fleet inventory (web UI creds are the same on every unit)", "defaults:", "  web_user: root")
    d.w("  web_password: \"%s\"" % d.S(asic_pw, "asic-web-password"))
    d.w("racks:")
    for r in racks:
        d.w("  %s:" % r, "    model: S21", "    units: %d" % v.randint(40, 60))
        d.w("    controller_mac: \"%s\"" % d.N(v.mac(), "device-id"))
    d.w("override:", "  - unit: %s-07" % racks[0], "    reason: replacement control board")
    d.w("    web_password: \"%s\"" % d.S(asic_pw, "asic-web-password"))

    d = t.f("pools/stratum.toml")
    d.w("# pool configuration pushed to the fleet manager", "[primary]", 'pool = "%s"' % pool,
        'url = "stratum+tcp://btc.%s.example-pool.com:3333"' % pool.split()[0].lower(),
        'worker = "%s.%s"' % (t.short[:10], racks[0].lower()))
    d.w('password = "%s"  # pools ignore it' % d.N("x", "placeholder"))
    d.w("", "[account]")
    d.w('api_key = "%s"' % d.P("pool_" + v.alnum(40), "pool-api-key"))
    d.w('payout_address = "%s"' % d.N(_addr(v), "wallet-address"))
    d.w("", "[backup]", 'url = "stratum+tcp://backup.example-pool.net:443"')

    d = t.f("wallet/watch-only.json")
    d.w("{", '  "label": "payout cold wallet (watch-only)",')
    d.w('  "xpub": "%s",' % d.N(xpub, "extended-public-key"))
    d.w('  "derivation": "m/44h/0h/0h",', '  "gap_limit": 20', "}")

    d = t.f("wallet/recovery-NOTES.txt")
    d.w("payout wallet - account xprv exported for the accountant's tax tool (delete after use!)")
    d.w(d.S(xprv, "bip32-extended-private-key", "b58check"))

    d = t.f("power/curtailment.ini", crlf=True)
    d.w("; demand-response programme", "[Utility]", "Portal=https://dr.example-utility.com", "Account=%s" % v.digits(10),
        "User=%s_ops" % t.short[:8])
    d.w("Password=" + d.S(t.pw(), "utility-portal-password"))
    d.w("[Signal]", "Mode=api")
    d.w("ApiToken=" + d.S(v.b64ubytes(30), "curtailment-api-token"))
    d.w("ResponseSeconds=600")

    d = t.f("cooling/immersion-controller.json")
    d.w("{", '  "tanks": %d,' % v.randint(4, 8), '  "controller": {')
    d.w('    "serial": "%s",' % d.N(v.serial("IMC", 9), "device-id"))
    d.w('    "admin_password": "%s",' % d.S(t.pw("strong"), "cooling-controller-password"))
    d.w('    "modbus_port": 502', "  },", '  "dry_cooler_fans": 12', "}")

    env_files(t, "monitoring/fleet-manager.env", [
        ("T", "FM_SITE", t.city.lower()),
        ("S", "FM_API_KEY", "fmk_" + v.alnum(40), "fleet-manager-api-key", "provider"),
        ("S", "TELEGRAM_BOT_TOKEN", t.tok("telegram-bot"), "telegram-bot", "provider"),
        ("S", "INFLUX_TOKEN", v.b64bytes(64), "influxdb-token"),
        ("N", "FM_SITE_ID", v.uuid4(), "uuid"),
    ], twin_suffix=".sample", title="fleet manager agent")

    d = t.f("scripts/payout_sweep.py")
    d.w('"""Sweeps pool payouts from the exchange to cold storage every Monday."""', "import base64, hashlib, hmac",
        "", "EXCHANGE = 'https://api.example-exchange.com'")
    r = d.R("exchange-api-key")
    d.w(r.B + "API_KEY = '%s'" % r.A(v.b64bytes(42), ident=True))
    d.w("API_SECRET = '%s'" % r.A(v.b64bytes(64)) + r.E)
    d.w("COLD_ADDRESS = '%s'" % d.N(_addr(v), "wallet-address"), "",
        "def sign(path, nonce, body):", "    return hmac.new(base64.b64decode(API_SECRET), path.encode(), hashlib.sha512)")

    d = t.f("pdus/pdu-inventory.csv")
    d.w("rack,pdu,ip,user,password,serial")
    for i, r in enumerate(racks):
        if i == len(racks) - 1:
            d.w("%s,%s-B,%s,admin,%s,%s" % (r, r, v.ip10(), d.N("see CyberArk", "secret-reference"), v.serial("PDU", 8)))
        else:
            d.w("%s,%s-A,%s,admin,%s,%s" % (r, r, v.ip10(), d.S(pdu_pw, "pdu-admin-password"), v.serial("PDU", 8)))

    device_sheet(t, "site/network-devices.csv", [
        ("Core switch", "MDF", "admin", ("S", t.pw("strong"), "switch-admin-password"), v.serial("FOC", 8), ""),
        ("Firewall", "MDF", "admin", ("N", "see CyberArk", "secret-reference"), v.serial("FGT", 10), ""),
        ("Starlink backup", "roof", "", None, v.serial("UTA", 10), "no login"),
        ("Ops Wi-Fi", "office trailer", "", ("S", t.human(), "wifi-psk"), "-", ""),
    ])

    # ---------------------------------------------------------------- free text
    d, fmt = chat_file(t, "chat/site-ops", fmt=v.choice(["discord", "discord", "telegram", "slack"]))
    prose.chat(d, t, fmt, "site-ops", [
        (t.who(0), "%s-07 came back from repair with a fresh control board" % racks[0]),
        (t.who(1), "set it to the fleet pw: %s" % d.S(asic_pw, "asic-web-password")),
        (t.who(2), "curtailment event at 17:00, fleet manager will sleep the racks"),
        (t.who(3), "utility portal pw changed: %s" % d.S(t.pw(), "utility-portal-password")),
        (t.who(4), "payout address is %s, double-check before the sweep" % d.N(_addr(v), "wallet-address")),
        (t.who(1), "PDU web login for the new rack: admin / %s" % d.S(pdu_pw, "pdu-admin-password")),
    ])

    d, fmt = wiki_file(t, "wiki/site-runbook")
    prose.wiki(d, fmt, "Site runbook - %s" % t.city, [
        ("h", "Miners"),
        ("p", ["All ASIC web UIs: root / %s" % d.S(asic_pw, "asic-web-password"),
               "The pool worker password is always x, pools ignore it."]),
        ("h", "Cooling"),
        ("code", ["# immersion controller", "ssh admin@%s" % v.ip10(),
                  "password: %s" % d.S(t.pw("strong"), "cooling-controller-password")]),
        ("h", "Wallet"),
        ("ul", ["watch-only xpub is in wallet/watch-only.json",
                "signing happens on the hardware wallet; the recovery passphrase is in the safe, not here"]),
    ])

    d = t.f("email/hosting-partner.eml", free=True)
    prose.email(d, t, "%s <%s>" % (t.who(5), t.mail(5)), "noc@example-hosting.com",
                "Remote hands access for rack %s" % racks[-1],
                ["Hi NOC,", "", "Please power-cycle the PDU on rack %s tonight." % racks[-1],
                 "Web login: admin / %s" % d.S(pdu_pw, "pdu-admin-password"),
                 "Thanks, %s" % t.first(5)])

    d, fmt = ticket_file(t, "tickets/fleet-manager")
    prose.ticket(d, t, fmt, "FM-%d" % v.randint(100, 999), "Fleet manager shows rack offline", t.who(6),
                 ["Agent logs say 401 from the fleet manager API since the key rotation."],
                 [(t.who(1), ["New agent key: %s" % d.P("fmk_" + v.alnum(40), "fleet-manager-api-key"),
                              "Old key revoked. Restarted the agent."])])

    d = t.f("voicemail/electrician.txt", free=True)
    prose.voicemail(d, t, "site electrician", "(555) 01%02d-%04d" % (v.randint(0, 99), v.randint(0, 9999)), [
        "Hi, I'm done with the transformer inspection.",
        "I had to reset the power-meter gateway, its login is admin and %s now." % d.S(
            v.pw_device(), "meter-gateway-password"),
        "Invoice to follow."])

    d = t.f("notes/monthly-review.md", free=True)
    d.w("# Monthly review", "", "- Hashprice down 6%; curtailment credits cover the gap.")
    d.w("- Exchange sweep key pair lives in scripts/payout_sweep.py - move to %s." % d.N(
        "vault:secret/data/%s/exchange" % t.short, "vault-reference"))
    d.w("- Telegram alert bot token rotated: %s" % d.P(t.tok("telegram-bot"), "telegram-bot", "telegram"))
