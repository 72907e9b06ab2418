"""carbon-removal: a direct-air-capture and geological storage operator (contactor SCADA,
injection-well monitoring, MRV ledger, credit registry sync, tokenised credits, buyer portal)."""

import prose16
from themes16.common16 import cfg

NAME = "carbon-removal"
ORGS = [("Skarv Carbon AS", "skarvcarbon.no", "Bergen", ["en"]),
        ("Basalt Capture hf", "basaltcapture.is", "Reykjavik", ["en"]),
        ("Prairie Sink Corp", "prairiesink.com", "Regina", ["en", "fr"])]
PEOPLE = ["Sigrun Halvorsen", "Eero Engstrom", "Kalinda Moreau", "Bilal Haddad", "Aino Sorensen", "Hugo Balogun",
          "Uma Tan", "Rafa Castell", "Selin Demir", "Kofi Abara", "Mads Jensen", "Yara Lopes"]


def _idgen(v):
    return v.choice([("credit-serial", "CORC-%d-%s-%s" % (v.choice([2024, 2025]), v.digits(6), v.digits(6))),
                     ("well-api-number", "%02d-%03d-%05d" % (v.randint(10, 50), v.randint(1, 200), v.randint(1, 99999))),
                     ("eth-tx-hash", "0x" + v.hex(64))])


VOCAB = {
    "apps": ["mrv-ledger", "contactor-scada", "injection-monitor", "registry-sync", "buyer-portal", "flux-tower"],
    "systems": [("MRV database", "mrvdb", "pg", "mrv_writer"), ("historian", "hist", "mssql", "ignition"),
                ("registry sync queue", "regq", "redis", "registry"), ("buyer portal DB", "buyerdb", "pg", "portal"),
                ("sensor archive", "sensors", "mongo", "flux")],
    "devices": [("contactor PLC", "ControlLogix 5580"), ("Modbus gateway", "MGate 5105"), ("well-head RTU", "SCADAPack 470"),
                ("eddy-covariance logger", "CR1000X"), ("CO2 analyser", "LI-7500DS")],
    "chatter": ["contactor bank B is at 71 % capacity factor today", "injection pressure on well 2 is creeping up",
                "verifier wants the Q3 MRV export by the 15th", "sorbent regeneration cycle took 40 min longer",
                "buyer wants a retirement certificate for 120 t", "flux tower logger lost power overnight"],
    "channels": ["plant-ops", "mrv", "storage", "commercial", "it-ot"],
    "topics": ["Registry sync fails with 401", "Buyer portal retirement PDF is blank", "Historian tags missing for contactor bank C",
               "Well-head RTU not reporting", "MRV export checksum mismatch"],
    "langs": ["en", "fr"],
    "wifi": ["Plant", "Pad-2", "Office", "Visitor"],
    "idgen": _idgen,
}


def build(ctx):
    v = ctx.v
    p = ctx.people
    gw_pw = ctx.pw("strong")
    # Modbus gateway and Ignition bridge
    d = ctx.doc("plant/contactors/modbus-gw.toml")
    d.w("[gateway]", 'host = "10.61.0.%d"' % v.randint(10, 60), 'serial = "%s"' % d.N("MG5105-%s" % v.digits(8), "device-serial"),
        'admin_user = "admin"', 'admin_password = "%s"' % d.S(gw_pw, "gateway-admin-password"), "", "[ignition]",
        'url = "https://scada.%s:8043"' % ctx.domain, 'api_key = "%s"' % d.S(ctx.tok("ign_", 44), "ignition-api-key"),
        'project = "DAC-Plant"')
    # injection monitor YAML
    gc = ctx.prov("grafana-cloud")
    d = ctx.doc("wells/injection-monitor/config.yaml")
    d.w("wells:", "  - api: " + d.N("%02d-%03d-%05d" % (v.randint(10, 50), v.randint(1, 200), v.randint(1, 99999)), "well-api-number"),
        "    rtu: 10.62.1.%d" % v.randint(2, 40), "influx:", "  url: https://influx.%s" % ctx.domain,
        "  token: \"%s\"" % d.S(v.b64url(64) + "==", "influxdb-token"), "grafana_cloud:",
        "  token: " + d.P(gc[2], gc[0]), "alerts:", "  pressure_bar_max: 142")
    # registry sync client
    d = ctx.doc("registry-sync/registry_client.py")
    d.w('"""Pushes issued tonnes to the carbon registry."""', "import os", "import httpx", "",
        'CLIENT_ID = "%s"' % d.N(v.uuid(), "oauth-client-id"), 'CLIENT_SECRET = "%s"' % d.S(ctx.uri(40), "oauth-client-secret"),
        "REGISTRY_ENV = " + d.N('os.environ.get("REGISTRY_ENV", "sandbox")', "env-reference"), "",
        "def token():", '    return httpx.post("https://auth.registry.example/oauth/token", data={',
        '        "grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}).json()')
    # Phoenix buyer portal runtime config
    d = ctx.doc("buyer-portal/config/runtime.exs")
    d.w("import Config", "", "if config_env() == :prod do", "  config :buyer_portal, BuyerPortal.Repo,",
        '    url: "ecto://portal:%s@%s/buyer_portal",' % (d.S(ctx.pw("uri"), "ecto-url-password"), ctx.host("pg02")),
        "    pool_size: 10", "", "  config :buyer_portal, BuyerPortalWeb.Endpoint,",
        '    secret_key_base: "%s"' % d.S(v.b64(48), "phoenix-secret-key-base"), "end")
    # tokenised credits: Hardhat config with a deployer key, contract address and a tx hash
    d = ctx.doc("mrv-ledger/contracts/hardhat.config.js")
    d.w("require('@nomicfoundation/hardhat-toolbox');", "", "module.exports = {", "  solidity: '0.8.24',", "  networks: {",
        "    polygon: {", "      url: 'https://polygon-rpc.com',",
        "      accounts: ['0x%s'], // deployer" % d.S(v.hex(64), "eth-wallet-private-key"), "    },", "  },",
        "  // CORC token contract: " + d.N("0x" + v.hex(40), "eth-contract-address"),
        "  // deployed in tx " + d.N("0x" + v.hex(64), "eth-tx-hash"), "};")
    # flux tower FTP push
    d = ctx.doc("flux-tower/logger/ftp-push.ini", crlf=True)
    d.w("[push]", "server=ftp.%s" % ctx.domain, "user=fluxtower", "password=" + d.S(ctx.pw(), "ftp-password"),
        "pakbus_address=" + d.N(str(v.randint(1, 4094)), "pakbus-address"), "interval_min=30")
    # buyer portal env vs example
    rk = ctx.prov("stripe-restricted")
    mg = ctx.prov("mailgun")
    cfg(ctx, "buyer-portal/.env.production", "env", [
        ("stripe_restricted_key", rk[2], "P", rk[0]), ("mailgun_api_key", mg[2], "P", mg[0]),
        ("certificate_signing_secret", v.b64(32), "S", "hmac-signing-secret"), ("phx_host", "buyers.%s" % ctx.domain, None, None)])
    cfg(ctx, "buyer-portal/.env.example", "env", [
        ("stripe_restricted_key", "rk_test_xxxxxxxxxxxx", "N", "placeholder-prefix"), ("mailgun_api_key", "key-<your key>", "N", "placeholder-angle"),
        ("certificate_signing_secret", "${CERT_SIGNING_SECRET}", "N", "env-reference")])
    # MRV attestation signer (Ed25519 PKCS#8)
    k = ctx.key("ed25519")
    d = ctx.doc("mrv-ledger/attestation/mrv-signer.pem")
    d.w(d.K(k.pem_pkcs8(), "private-key-ed25519-attestation", {"format": "pem"}))
    d = ctx.doc("mrv-ledger/attestation/mrv-signer.pub")
    d.w(d.N(k.pem_public(), "public-key-pem"))
    # credit issuance CSV: identifiers only
    d = ctx.doc("mrv-ledger/exports/issuance-%s.csv" % v.date()[:7], crlf=False)
    d.w("serial_from,serial_to,tonnes,batch_sha256")
    for _ in range(3):
        a = v.digits(6)
        d.w("CORC-2025-%s-000001,CORC-2025-%s-000120,120,%s" % (a, a, d.N(v.sha256(), "sha256-digest")))
    # field notes (free text)
    day = v.date()
    d = ctx.doc("plant/notes/field-notes-%s.org" % day, free=True)
    d.w("* Field notes " + day, "** Pad 2", "- RTU on well 2 rebooted; web login still factory, set to " + d.S(ctx.weak("pad"), "rtu-password-notes"),
        "- Modbus gateway admin is %s (same on both gateways, fix this)" % d.S(gw_pw, "gateway-admin-password"),
        "** Office", "- registry sandbox creds expire on %s, production ones are in Vault" % v.date())
    # verifier e-mail (free text)
    d = ctx.doc("mrv/mail/verifier-access.eml", free=True)
    body = ["Hello %s," % p[7].split()[0], "", "the Q3 data room is ready for the verification.", "",
            "Data room: https://dataroom.%s/q3?access=%s" % (ctx.domain, d.S(ctx.uniq(lambda: v.b64url(24)), "private-share-link-token")),
            "Account: verifier@%s / %s" % (ctx.domain, d.S(ctx.weak(), "temporary-password-email")),
            "Batch reference: " + d.N("CORC-2025-%s-000001" % v.digits(6), "credit-serial"), "", "Regards,", p[2]]
    prose16.email(d, v, p[2], "%s <audit@verifier.example>" % p[7], "Q3 MRV data room", body, domain=ctx.domain)
