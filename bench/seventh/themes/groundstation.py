"""A small-satellite ground station operator: GNU Radio flowgraphs, SatNOGS client, OpenC3/Yamcs mission
control, CCSDS SDLS keys, Space-Track TLE fetcher, antenna control, WireGuard/strongSwan links, age keys."""

from themes.common7 import Ctx, K, S, N, put_key, put_cert, b64, irc_log, email, ticket, wiki, sheet, history, i18n_file
from themes import layer2

DIR = "ground-station"


def tle_sum(line):
    return str(sum(int(ch) if ch.isdigit() else 1 if ch == "-" else 0 for ch in line) % 10)


def build(corpus, rng):
    org, dom = rng.choice([("Aurora Ground Segment", "aurora-gs.space"), ("Polaris Downlink", "polarisdownlink.io"),
                           ("Tierra del Fuego Space Services", "tdf-space.ar")])
    c = Ctx(corpus, rng, DIR, org, dom)
    v = c.v
    fd, eng = v.person(), v.person()
    sites = c.r.sample(["svalbard", "ushuaia", "hartebeesthoek", "kiruna", "awarua", "punta-arenas"], c.r.randint(2, 3))

    # --- GNU Radio flowgraph (no secrets; NORAD id negative)
    f = c.f("flowgraphs/uhf_rx.grc")
    f.t("options:", "  parameters:", "    id: uhf_rx", "    generate_options: no_gui", "blocks:", "- name: samp_rate", "  id: variable",
        "  parameters:", "    value: '2400000'", "- name: norad_id", "  id: parameter", "  parameters:")
    f.n("    value: '@@'", v.digits(5), "neg.resource-id")
    f.t("- name: sdr", "  id: soapy_rtlsdr_source", "  parameters:", "    freq: '437.5e6'")

    # --- SatNOGS client env per site
    for s in sites:
        f = c.f("sites/%s/satnogs-client.env" % s)
        f.n("SATNOGS_STATION_ID=@@", v.digits(4), "neg.resource-id")
        f.s("SATNOGS_API_TOKEN=@@", v.hex(40), "provider.satnogs")
        f.t("SATNOGS_SOAPY_RX_DEVICE=driver=uhd", "SATNOGS_RX_SAMP_RATE=2.048e6")
        f.t("SATNOGS_STATION_LAT=%.4f" % (c.r.uniform(-70, 78)), "SATNOGS_STATION_LON=%.4f" % (c.r.uniform(-180, 180)))

    # --- OpenC3 env
    f = c.f("mission-control/openc3/.env")
    f.t("OPENC3_TAG=5.20.1", "OPENC3_USERNAME=openc3")
    f.s("OPENC3_PASSWORD=@@", c.pw(), "generic.password-env")
    f.s("OPENC3_REDIS_PASSWORD=@@", c.pw("strong"), "generic.password-env")
    f.t("OPENC3_BUCKET_USERNAME=openc3minio")
    f.s("OPENC3_BUCKET_PASSWORD=@@", c.pw("strong"), "generic.password-env")
    f.n("OPENC3_SR_BUCKET_PASSWORD=@@", "changeme", "neg.placeholder")

    # --- Yamcs users (hashes) and processor link credentials
    f = c.f("mission-control/yamcs/etc/users.yaml")
    for u in ("operator", "flightdynamics"):
        f.t("%s:" % u, "  superuser: false")
        f.n("  hash: @@", v.b64(32), "neg.password-hash")
        f.n("  salt: @@", v.b64(16), "neg.salt")
    f = c.f("mission-control/yamcs/etc/yamcs.%s.yaml" % c.name.split("-")[0])
    f.t("dataLinks:", "  - name: tcp-tm", "    class: org.yamcs.tctm.TcpTmDataLink", "    host: %s" % v.host(dom), "  - name: sle-raf")
    f.t("    class: org.yamcs.sle.RafTmLink", "    initiatorId: %s-mcc" % c.name.split("-")[0])
    f.s("    myPassword: @@", v.HEX(16), "generic.sle-password")
    f.s("    peerPassword: @@", v.HEX(16), "generic.sle-password")

    # --- CCSDS SDLS keys
    f = c.f("mission-control/sdls/key-ring.json")
    f.t("{", '  "spacecraft": "%s-%d",' % (c.pick(["AURORA", "POLARIS", "CONDOR"]), c.r.randint(1, 6)), '  "security_associations": [')
    for i in range(c.r.randint(2, 3)):
        f.t('    {"spi": %d, "vcid": %d, "algo": "AES-256-GCM",' % (i + 1, i))
        f.s('     "key": "@@"},', v.hex(64), "generic.sdls-key")
    f.t('    {"spi": 99, "vcid": 7, "algo": "AES-256-GCM", "key_ref": "hsm:slot7"}', "  ]", "}")

    # --- Space-Track TLE fetcher + TLE file
    sid, spw = c.pair("spacetrack")
    f = c.f("flight-dynamics/fetch_tle.py")
    f.t("import requests", "", "LOGIN = 'https://www.space-track.org/ajaxauth/login'")
    f.begin("secret", "generic.spacetrack-credentials")
    f.a("IDENTITY = '@@'", sid, ident=True)
    f.a("PASSWORD = '@@'", spw)
    f.end()
    f.t("", "with requests.Session() as s:", "    s.post(LOGIN, data={'identity': IDENTITY, 'password': PASSWORD})")
    f = c.f("flight-dynamics/tle/active.tle")
    for i in range(3):
        nid = v.digits(5)
        f.t("%s-%d" % (c.pick(["AURORA", "POLARIS", "CONDOR"]), i + 1))
        l1 = "1 %sU 24%03dA   25%03d.%s  .00001234  00000-0  12345-3 0  999" % (nid, c.r.randint(1, 300), c.r.randint(1, 330), v.chars("0123456789", 8))
        l2 = "2 %s %8.4f %8.4f %s %8.4f %8.4f %11.8f%5d" % (nid, c.r.uniform(96, 98), c.r.uniform(0, 359), v.chars("0123456789", 7), c.r.uniform(0, 359),
                                                       c.r.uniform(0, 359), c.r.uniform(14.8, 15.6), c.r.randint(1000, 60000))
        f.n("@@", l1 + tle_sum(l1), "neg.tle")
        f.t(l2 + tle_sum(l2))

    # --- Planet imagery orders
    f = c.f("flight-dynamics/imagery/order.sh")
    f.s("export PL_API_KEY=@@", c.tok("planet"), "provider.planet")
    f.t('curl -u "$PL_API_KEY:" https://api.planet.com/compute/ops/orders/v2 -d @order.json')

    # --- antenna control unit
    f = c.f("sites/%s/acu/acu.ini" % sites[0])
    f.t("[ACU]", "Model=7.3m S/X", "Address=%s" % v.ip(), "[Web]", "User=operator")
    f.s("Password=@@", c.pw(), "generic.password-ini")
    f.t("[Tracking]", "Mode=program-track")

    # --- site links: WireGuard + strongSwan
    wpriv, wpub = K.wg_pair(c.r)
    ppriv, ppub = K.wg_pair(c.r)
    f = c.f("sites/%s/network/wg0.conf" % sites[0])
    f.t("[Interface]", "Address = 10.77.%d.1/24" % c.r.randint(1, 200))
    f.s("PrivateKey = @@", wpriv, "key.x25519-wireguard")
    f.t("ListenPort = 51820", "", "[Peer]", "# mission control")
    f.n("PublicKey = @@", ppub, "neg.wireguard-public-key")
    f.s("PresharedKey = @@", v.b64(32), "generic.wireguard-psk")
    f.t("AllowedIPs = 10.77.0.0/16", "Endpoint = mcc.%s:51820" % dom)
    f = c.f("sites/%s/network/swanctl.conf" % sites[-1])
    f.t("connections {", "  mcc {", "    remote_addrs = mcc.%s" % dom, "  }", "}", "secrets {", "  ike-mcc {", "    id = mcc.%s" % dom)
    f.s("    secret = \"@@\"", c.pw("strong"), "generic.vpn-psk")
    f.t("  }", "}")

    # --- age key for SOPS-encrypted pass plans
    sec, pub = K.age_pair(c.r)
    f = c.f("mission-control/sops/keys.txt")
    f.t("# created: 2025-%02d-%02dT10:11:12Z" % (c.r.randint(1, 12), c.r.randint(1, 28)))
    f.n("# public key: @@", pub, "neg.age-recipient")
    f.s("@@", sec, "key.age", "age")
    f = c.f("mission-control/sops/pass-plan.enc.yaml")
    f.t("pass_plan:")
    f.n("    uplink_password: @@", v.sops(), "neg.encrypted")
    f.t("sops:", "    age:")
    f.n("        - recipient: @@", pub, "neg.age-recipient")

    # --- ground-station-as-a-service (AWS-style mission profile, negatives)
    f = c.f("gsaas/mission-profile.json")
    f.t("{")
    f.n('  "missionProfileArn": "@@",', "arn:aws:groundstation:us-east-2:%s:mission-profile/%s" % (v.digits(12), v.uuid()), "neg.resource-id")
    f.n('  "trackingConfigArn": "@@",', "arn:aws:groundstation:us-east-2:%s:config/tracking/%s" % (v.digits(12), v.uuid()), "neg.resource-id")
    f.t('  "minimumViableContactDurationSeconds": 180', "}")

    # --- TT&C ops key (standalone) for command signing
    key = c.ed()
    f = c.f("mission-control/command-signing/ops-signing.pem")
    put_key(f, key.pem_pkcs8(), "key.ed25519-pem")
    f = c.f("mission-control/command-signing/ops-signing.pub.pem")
    f.nblock("neg.public-key", [(ln, ln) for ln in key.pem_public().split("\n")])

    # --- free text
    a, b, d = v.person(), v.person(), v.person()
    acu = c.pw()
    irc_log(c, "comms/irc-ops.log", [
        (a, "pass %s-1 AOS in 4 min" % c.pick(["AURORA", "POLARIS"])),
        (b, S("ACU at %s rejects the operator login, someone changed it to @@ ?" % sites[0], acu, "generic.password-chat")),
        (a, "yes that's the new one"),
        (d, S("space-track login for the TLE job is %s / @@" % sid, spw, "generic.password-chat")),
        (b, N("NORAD @@ is ours, not the rideshare", v.digits(5), "neg.resource-id")),
        (d, S("SLE peer password for the backup station: @@", v.HEX(16), "generic.sle-password-chat")),
    ], chan="#gs-ops")
    email(c, "comms/mail/partner-station.eml", "noc@partner-station.example", "%s <%s@%s>" % (fd, fd.split()[0].lower(), dom),
          "SLE provider credentials for %s" % sites[-1], ["Hi,", "", "SLE RAF service instance provisioned.",
                                                             "Initiator ID: %s-mcc" % c.name.split("-")[0],
                                                             S("Initiator password: @@", v.HEX(16), "generic.sle-password-email"),
                                                             S("Responder password: @@", v.HEX(16), "generic.sle-password-email"), "", "Partner NOC"])
    ticket(c, "comms/tickets/", "GS-%d" % c.r.randint(100, 999), "SatNOGS token exposed in public repo", eng, [
        (eng, ["A station config with the API token was pushed to the public fork.", S("Token: @@", v.hex(40), "provider.satnogs")]),
        (fd, ["Regenerated on the network dashboard; old one revoked."]),
    ])
    wiki(c, "docs/station-runbook.rst", "rst", "Station runbook", [
        ("Before a pass", ["Check the ACU is in program-track.", S("OpenC3 admin: openc3 / @@", c.pw(), "generic.password-wiki")]),
        ("Keys", [N("SDLS keys are loaded from @@ on the flight HSM", "hsm:slot7", "neg.vault-ref"),
                  S("Emergency SDLS key (SPI 1) if the HSM is down: @@", v.hex(64), "generic.sdls-key-wiki")]),
    ])
    sheet(c, "docs/site-access.tsv", ["site", "system", "user", "password"], [
        [s, "ACU web", "operator", S("@@", c.pw(), "generic.password-spreadsheet")] for s in sites
    ] + [[sites[0], "SDR host", "gs", S("@@", c.pw("word"), "generic.password-spreadsheet")]], sep="\t")
    history(c, "home/%s/.bash_history" % eng.split()[0].lower(), "bash", [
        "rotctl -m 2 -r %s:4533 p" % v.ip(),
        S("export OPENC3_PASSWORD='@@'", c.pw(), "generic.password-cli"),
        S("curl -s -u %s:@@ https://www.space-track.org/ajaxauth/login" % sid, spw, "generic.password-cli"),
        "sops -d mission-control/sops/pass-plan.enc.yaml | less",
    ])
    i18n_file(c, "mission-control/ui/locales/es.po", "po")

    layer2.build(c, "platform", "gs-scheduler", (a, b))
