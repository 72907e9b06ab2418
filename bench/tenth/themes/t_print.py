"""Commercial printer: prepress RIP workflow, print MIS connector (JDF/JMF), web-to-print storefront,
digital press front ends, postal presort, online proofing, finishing, customer upload FTP."""

from themes import prose

NAME = "print-shop"
WORDS = ("cyan", "magenta", "offset", "bleed", "gloss", "duplex", "proof", "varnish", "pantone", "folio")
ORGS = [("Meridian Print & Mail", "meridianprint.com", "Minneapolis"),
        ("Inkwell Press Ltd", "inkwellpress.co.uk", "Nottingham"),
        ("Druckerei Albrecht", "druckerei-albrecht.de", "Kassel")]


def setup(C):
    C.org, C.dom, C.site = C.r.choice(ORGS)
    C.app = "web2print"
    C.svcs = ["web2print", "mis-bridge"]


def build(C):
    r = C.r
    rip_pw = C.hpw()
    dfe_pw = C.spw()
    customers = r.sample(["Acorn Bakery", "Fenwick Realty", "Bluewater Council", "Trident Fitness", "Orchard School",
                          "Halcyon Hotels"], 4)
    cust_pw = [C.pw() for _ in customers]

    # ---- prepress RIP workflow
    d = C.doc("prepress/rip-workflow.xml")
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<Workflow name="offset-standard">\n  <HotFolder path="smb://prepress-nas/HotIn">\n')
    d.w("    <User>PRINT\\ripsvc</User>\n    <Password>%s</Password>\n  </HotFolder>\n" % d.S(rip_pw, "rip-share-password"))
    d.w("  <Preflight profile=\"PDFX4-sheetfed\" license=\"%s\"/>\n" % d.N("XXXX-XXXX-" + r.HX(4), "masked"))
    for name in ("ISOcoated_v2_300", "PSOuncoated_v3_FOGRA52"):
        d.w("  <OutputIntent icc=\"%s.icc\" md5=\"%s\"/>\n" % (name, d.N(r.md5(), "digest")))
    d.w("  <Imposition sheet=\"SRA1\" marks=\"crop,colorbar\"/>\n</Workflow>\n")

    # ---- MIS connector
    d = C.doc("mis/mis-connector.properties")
    d.w("# print MIS <-> JDF/JMF bridge\nmis.jmf.endpoint=http://mis.%s:8090/jmf\n" % C.dom)
    d.w("mis.db.url=%s\n" % d.S("jdbc:sqlserver://mis-sql.%s:1433;databaseName=PrintMIS;user=jdf_bridge;password=%s" % (
        C.dom, C.spw()), "jdbc-url"))
    d.w("mis.api.token=%s\n" % d.S("pmis_" + r.al(36), C.named("print-mis-token")))
    d.w("mis.jdf.outbox=/srv/jdf/out\n")

    # ---- web-to-print storefront (Laravel)
    d = C.doc("web2print/.env.production")
    d.w("APP_NAME=\"%s Online\"\nAPP_ENV=production\n" % C.org.split()[0])
    d.w("APP_KEY=%s\n" % d.S("base64:" + r.b64bytes(32), "app-key"))
    d.w("APP_URL=https://shop.%s\n" % C.dom)
    d.w("BRAINTREE_ACCESS_TOKEN=%s\n" % d.S(C.tok("braintree-token"), "braintree-token"))
    pair = C.pair("aws-access-key")
    rr = d.R("aws-access-key")
    d.w(rr.B + "AWS_ACCESS_KEY_ID=%s\n" % rr.A(pair[2][0][1], None, True))
    d.w("AWS_SECRET_ACCESS_KEY=%s" % rr.A(pair[2][1][1]) + rr.E + "\n")
    d.w("AWS_BUCKET=%s-artwork\nPOSTMARK_TOKEN=%s\n" % (C.name, d.S(C.tok("postmark-token"), "postmark-token", "uuid")))
    d = C.doc("web2print/.env.example")
    d.w("APP_NAME=Laravel\nAPP_ENV=local\nAPP_KEY=\nAPP_URL=http://localhost\nBRAINTREE_ACCESS_TOKEN=%s\n" % d.N(
        "access_token$sandbox$xxxxxxxx$xxxxxxxxxxxxxxxx", "placeholder"))
    d.w("AWS_ACCESS_KEY_ID=\nAWS_SECRET_ACCESS_KEY=%s\nAWS_BUCKET=\nPOSTMARK_TOKEN=\n" % d.N("${AWS_SECRET_ACCESS_KEY}",
                                                                                           "env-reference"))

    # ---- digital press front ends
    d = C.doc("presses/press-dfe.yaml")
    d.w("# digital press front ends (colour server); polled by the MIS for job status\nsnmp:\n")
    d.w("  read_community: %s\n" % d.N("public", "well-known-default"))
    d.w("  write_community: %s\npresses:\n" % d.S(r.al(12), "snmp-write-community"))
    for i in range(r.randint(2, 3)):
        d.w("  - name: %s\n    dfe: %s\n    admin_user: administrator\n" % (
            r.choice(["iGen5", "Versafire", "Accurio 6136", "HP Indigo 7K"]), r.ip("10.30")))
        d.w("    admin_password: \"%s\"\n" % (d.S(dfe_pw, "dfe-admin-password") if i == 0 else
                                              d.N("${DFE_ADMIN_PASSWORD}", "env-reference")))

    # ---- postal presort (Windows)
    d = C.doc("mailing/Presort.ini", crlf=True)
    d.w("[Account]\nMailerId=%s\nPermit=%d\nUser=%s\n" % (r.dig(6), r.randint(100, 9999), "mailing" + r.dig(2)))
    d.w("Password=%s\n\n" % d.S(C.spw(), "postal-account-password"))
    d.w("[NCOA]\nLicense=%s\nLastUpdate=%s\n\n[Output]\nDir=E:\\Presort\\Out\n" % (
        d.N("****-" + r.HX(4), "masked"), r.date()))

    # ---- online proofing
    d = C.doc("proofing/online_proofs.py")
    d.w('"""Send soft proofs to customers and collect approvals."""\nimport os\n\n')
    d.w('PROOF_API = "https://api.proofhq.example/v1"\nPROOF_KEY = "%s"\n' % d.S("pf_" + r.hx(40), C.named("proofing-api-key")))
    d.w("WEBHOOK_SECRET = %s\n" % d.N('os.environ.get("PROOF_WEBHOOK_SECRET")', "env-reference"))
    d.w("\n\ndef send(job, pdf):\n    return {\"job\": job, \"file\": pdf, \"notify\": True}\n")

    # ---- finishing
    d = C.doc("finishing/cutter-sync.toml")
    d.w("[job_server]\nhost = \"cutter01.%s\"\nprotocol = \"ftp\"\nuser = \"cutjobs\"\n" % C.dom)
    d.w("password = \"%s\"\n\n[tables]\ncount = 2\nmedia = [\"board\", \"vinyl\", \"foamex\"]\n" % d.S(C.pw(), "ftp-password"))

    # ---- JDF job ticket (identifiers only)
    d = C.doc("jobs/J%s.jdf" % r.dig(6))
    d.w('<?xml version="1.0" encoding="UTF-8"?>\n<JDF xmlns="http://www.CIP4.org/JDFSchema_1_1" Type="Product" '
        'JobID="J%s" Version="1.6">\n' % r.dig(6))
    d.w('  <ResourcePool>\n    <RunList><LayoutElement><FileSpec URL="file:///jobs/in/%s.pdf" CheckSum="%s"/>'
        '</LayoutElement></RunList>\n' % (r.lo(8), d.N(r.md5(), "digest")))
    d.w('    <Media Dimension="1683.78 2383.94" MediaType="Paper" Weight="150"/>\n  </ResourcePool>\n</JDF>\n')

    # ---- free text
    def rows(d):
        out = []
        for i, (c, pw) in enumerate(zip(customers, cust_pw)):
            if i == 3:
                out.append([c, "-", "uses the web2print portal", ""])
            else:
                out.append([c, "ftp://upload.%s" % C.dom, c.split()[0].lower(), d.S(pw, "customer-ftp-password")])
        return out
    prose.sheet(C, "csr/customer-ftp.csv", ["customer", "server", "user", "password"], rows)

    def blocks(d):
        return [("p", "Prepress runbook (%s)." % C.site),
                ("h", "RIP hot folders"),
                ("p", "The RIP service account is PRINT\\ripsvc with password %s; it must own the HotIn share." % d.S(
                    rip_pw, "rip-share-password")),
                ("h", "Press front ends"),
                ("p", "If the colour server needs calibration mode: administrator / %s." % d.S(dfe_pw, "dfe-admin-password")),
                ("p", "Never recalibrate during a run.")]
    prose.wiki(C, "wiki/prepress-runbook", "Prepress runbook", blocks)

    def msgs(d):
        p = C.people
        return [(p[0], "%s says their FTP login is refused" % customers[0]),
                (p[1], "password is %s, they keep adding a space" % d.S(cust_pw[0], "customer-ftp-password")),
                (p[2], "press 1 back up, waiting on plates for the %s job" % customers[2]),
                (p[0], "thx")]
    prose.chat(C, "chat", "csr", msgs)

    csr = C.people[3]

    def body(d):
        return ["Hello,", "", "For your artwork uploads please use our FTP server:",
                "  Host:     upload.%s (FTPS, port 21)" % C.dom,
                "  User:     %s" % customers[1].split()[0].lower(),
                "  Password: %s" % d.S(cust_pw[1], "customer-ftp-password"), "",
                "PDF/X-4 with 3 mm bleed, please. Proofs will come from our proofing system.", "",
                "Best,", csr, C.org]
    prose.email(C, "mail/artwork-upload.eml", "%s <%s@%s>" % (csr, r.handle(csr), C.dom),
                "marketing@%s.example" % customers[1].split()[0].lower(), "Artwork upload details", body)

    def entries(d):
        return [(C.people[5], "Storefront customer can't log in; sent us %s as her password to check." % d.S(
                    C.hpw(), "end-user-password")),
                (C.people[1], "Reset link sent instead. Please never ask customers for passwords.")]
    prose.ticket(C, "tickets", "W2P-%d" % r.randint(100, 999), "Storefront login problem", entries)
