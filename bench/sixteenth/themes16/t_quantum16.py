"""quantum-lab: a superconducting-qubit start-up (dilution refrigerators, AWG and LXI instruments,
calibration pipelines, pulse compiler, QPU cloud gateway, JupyterHub for the physicists)."""

import prose16
from themes16.common16 import cfg

NAME = "quantum-lab"
ORGS = [("Qubitwerk GmbH", "qubitwerk.de", "Jena", ["de", "en"]),
        ("Coherent Loop Ltd", "coherentloop.co.uk", "Oxford", ["en"]),
        ("Sillon Quantique SAS", "sillon-quantique.fr", "Grenoble", ["fr", "en"])]
PEOPLE = ["Anika Vogel", "Theo Schaller", "Mei Nakamura", "Jonas Engstrom", "Lale Kaya", "Farid Uddin", "Zofia Ivanova",
          "Emeka Okafor", "Freya Lindqvist", "Pia Demir", "Ivo Varga", "Noor Haddad"]


def _idgen(v):
    return v.choice([("calibration-run-id", "cal-%s-%s" % (v.date().replace("-", ""), v.hex(6))),
                     ("arxiv-id", "arXiv:%d%02d.%05d" % (v.randint(23, 25), v.randint(1, 12), v.randint(1, 19999))),
                     ("fridge-serial", "DR-%s" % v.digits(6))])


VOCAB = {
    "apps": ["qpu-gateway", "calib-pipeline", "cryo-monitor", "pulse-compiler", "job-queue", "awg-control"],
    "systems": [("calibration DB", "caldb", "pg", "calib"), ("job queue", "jobq", "redis", "scheduler"),
                ("experiment metadata store", "meta", "mongo", "labber"), ("cryo telemetry DB", "cryodb", "pg", "cryo_ro"),
                ("license DB", "licdb", "mysql", "lic")],
    "devices": [("DR control unit", "LD400 GHS"), ("AWG", "HDAWG8"), ("vector network analyser", "ZNB20"),
                ("TWPA pump source", "SGS100A"), ("compressor", "Cryomech PT415")],
    "chatter": ["DR-2 is at 9 mK, starting cooldown tests", "T1 on Q3 dropped to 45 us after the warm-up",
                "pulse compiler release is tagged, please re-run the benchmarks", "compressor alarm on the roof again",
                "readout resonator 5 moved 2 MHz", "who borrowed the spare HEMT?"],
    "channels": ["cryo", "calibration", "software", "lab-ops", "it"],
    "topics": ["QPU gateway returns 500 for batched jobs", "Nightly calibration flow stuck in pending", "Cryo dashboard not updating",
               "JupyterHub login loop", "AWG firmware update failed"],
    "langs": ["en", "de", "fr"],
    "wifi": ["Lab", "Cryo", "Office", "Gast"],
    "idgen": _idgen,
}


def build(ctx):
    v = ctx.v
    p = ctx.people
    dr_pw = ctx.pw("strong")
    # dilution refrigerator control unit
    d = ctx.doc("cryo/bluefors/dr-01.yaml")
    d.w("fridge:", "  serial: " + d.N("DR-%s" % v.digits(6), "fridge-serial"), "  control_unit: https://10.70.0.%d" % v.randint(10, 40),
        "  web_user: admin", "  web_password: \"%s\"" % d.S(dr_pw, "cryostat-web-password"),
        "  remote_api_key: %s" % d.S(ctx.api("hex64"), "cryostat-remote-api-key"), "thresholds:", "  mxc_mk_max: 15")
    # QPU gateway TOML with an AWS pair (Braket) and a vendor cloud token
    d = ctx.doc("qpu-gateway/gateway.toml")
    cat, idn, secn, idv, secv = ctx.pair("aws")
    mi, ma = d.pair(cat, idv, secv)
    d.w("[braket]", 'region = "eu-west-2"', 'access_key_id = "%s"' % mi, 'secret_access_key = "%s"' % ma, "",
        "[partner_cloud]", 'token = "%s"' % d.S(v.hex(128), "quantum-cloud-api-token"), 'instance = "%s/main"' % ctx.short, "",
        "[local]", 'scheduler = "redis://jobq.%s:6379/0"' % ctx.domain)
    # pyproject with a private index URL carrying a PyPI token
    pt = ctx.prov("pypi")
    d = ctx.doc("pulse-compiler/pyproject.toml")
    d.w("[project]", 'name = "pulse-compiler"', 'version = "0.%d.%d"' % (v.randint(1, 20), v.randint(0, 9)), "", "[[tool.uv.index]]",
        'name = "internal"', 'url = "https://__token__:%s@pypi.%s/simple"' % (d.P(pt[2], pt[0]), ctx.domain))
    # Prefect flow with an API key and a Slack webhook
    pf, sw = ctx.prov("prefect"), ctx.prov("slack-webhook")
    d = ctx.doc("calib-pipeline/flows/nightly.py")
    d.w("from prefect import flow", "import os", "", 'os.environ.setdefault("PREFECT_API_KEY", "%s")' % d.P(pf[2], pf[0]),
        'ALERT_HOOK = "%s"' % d.P(sw[2], sw[0]), "", "@flow", "def nightly(run_id: str = '%s'):" % d.N("cal-%s-%s" % (v.date().replace("-", ""), v.hex(6)), "calibration-run-id"),
        "    ...")
    # instrument inventory JSON (LXI web passwords, serials)
    d = ctx.doc("awg-control/instruments.json")
    d.w("{", '  "awg1": {"visa": "TCPIP0::10.70.1.11::hislip0::INSTR", "serial": "%s", "web_password": "%s"},' % (
        v.digits(6), d.S(ctx.weak("awg"), "instrument-web-password")),
        '  "vna1": {"visa": "TCPIP0::10.70.1.12::inst0::INSTR", "serial": "%s"},' % d.N("1332.%s" % v.digits(6), "instrument-serial"),
        '  "pump": {"visa": "TCPIP0::10.70.1.13::inst0::INSTR", "lxi_password": "%s"}' % d.S(ctx.pw(), "instrument-web-password"), "}")
    # ConfigMap with a Redis URL (password in the wrong object)
    d = ctx.doc("job-queue/k8s/configmap.yaml")
    d.w("apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: job-queue", "data:",
        "  REDIS_URL: redis://:%s@redis.job-queue.svc:6379/0" % d.S(ctx.pw("uri"), "redis-uri-password"),
        "  WORKERS: \"8\"", "  TRACE_SAMPLER: parentbased_traceidratio")
    # JupyterHub config
    d = ctx.doc("lab/jupyterhub/jupyterhub_config.py")
    d.w("c = get_config()  # noqa", "c.JupyterHub.authenticator_class = 'github'",
        "c.GitHubOAuthenticator.client_id = '%s'" % d.N("Iv1." + v.hex(16), "oauth-client-id"),
        "c.GitHubOAuthenticator.client_secret = '%s'" % d.S(v.hex(40), "github-oauth-app-secret"),
        "c.JupyterHub.cookie_secret = bytes.fromhex('%s')" % d.S(v.hex(64), "jupyterhub-cookie-secret"),
        "c.JupyterHub.db_url = " + d.N("os.environ['JUPYTERHUB_DB_URL']", "env-reference"))
    # mTLS client key for the QPU gateway
    k = ctx.key("ec")
    d = ctx.doc("qpu-gateway/mtls/client.key")
    d.w(d.K(k.pem_pkcs8(), "private-key-mtls-client", {"format": "pem"}))
    d = ctx.doc("qpu-gateway/mtls/client.crt")
    d.w(d.N(ctx.cert(k, "qpu-client"), "x509-certificate"))
    # lab notebook in Org (free text)
    day = v.date()
    d = ctx.doc("lab/notebook/%s.org" % day, free=True)
    d.w("#+TITLE: Lab notebook " + day, "* Cooldown DR-1", "- base temp reached after 31 h",
        "- vendor remote session: their engineer needed the CU password, gave him " + d.S(dr_pw, "cryostat-web-password"),
        "  (rotate after the visit!)", "* Readout", "- see " + d.N("arXiv:%d%02d.%05d" % (v.randint(23, 25), v.randint(1, 12), v.randint(1, 19999)), "arxiv-id"),
        "- TWPA pump source lxi pw reset to " + d.S(ctx.weak(), "instrument-password-notebook"))
    # vendor e-mail (free text)
    d = ctx.doc("lab/mail/cryostat-service.eml", free=True)
    body = ["Dear %s," % p[1].split()[0], "", "our service engineer will connect on Tuesday.", "",
            "Remote support portal: https://support.cryo-vendor.example", "Session code: " + d.N(v.digits(9), "support-session-code"),
            "One-time password: " + d.S(ctx.uri(12), "remote-support-password"), "", "Best regards", "Service team"]
    prose16.email(d, v, "Service Team", "%s <%s>" % (p[1], ctx.mail(p[1])), "Remote service DR-1", body, domain="cryo-vendor.example")
