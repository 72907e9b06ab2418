"""Fragrance house: formula vault, GC-MS lab, compounding robot, IFRA compliance certificates, olfactive
panel app, raw-material supplier portals, ERP and e-shop."""

from themes.common import env_twins, sql_logins, device_sheet, cred_cell

ORGS = [("Maison Verdelune", "verdelune.fr", "Grasse"),
        ("Amberfield Fragrances", "amberfield-fragrances.com", "Geneva"),
        ("Osmanthe Parfums", "osmanthe.com", "Barcelona")]


def build(t):
    r = t.r
    master = r.b64(32)
    # ---- formula vault
    t.w("formula-vault/vault.toml", '[database]\nhost = "%s"\nname = "formulas"\nuser = "vault"\npassword = "%s"\n\n'
        '[encryption]\n# AES-256 master key for formula bodies\nmaster_key = "%s"\nkey_id = "%s"\n\n[audit]\n'
        'slack_webhook = "%s"\n' % (t.host("db"), t.S(t.pw(), "db-password"), t.S(master, "encryption-master-key"),
                                    t.N(r.uuid(), "uuid"), t.Ptok("slack-webhook")))

    # ---- GC-MS lab (CRLF)
    t.w("lab/gcms-export.ini", "[Instrument]\nModel=GCMS-QP\nSerial=%s\n\n[Export]\nTarget=\\\\%s\\chromatograms\n"
        "User=LAB\\gcms\nPassword=%s\n\n[NIST]\nLibraryLicence=%s\n" % (
            t.N(r.serial("GC"), "device-serial"), t.host("files"), t.S(t.pw(), "smb-share-password"),
            t.S(r.s(20, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "software-licence-key")), crlf=True)
    opc_pw = r.pw_strong()
    t.w("compounding/robot.yaml", "robot:\n  model: dosing-cell-2\n  opcua:\n    endpoint: opc.tcp://10.40.0.%d:4840\n"
        "    user: dosing\n    password: \"%s\"\n  balances:\n    - serial: %s\n    - serial: %s\n"
        "  recipe_source: https://vault.%s/api/recipes\n" % (
            r.randint(10, 99), t.S(opc_pw, "opcua-password"), t.N(r.serial("BL"), "device-serial"), r.serial("BL"),
            t.domain))

    # ---- IFRA compliance
    t.w("compliance/ifra_certificates.py", 'import os\n\nREGULATORY_API = "https://api.regdata.example/v2"\n'
        'REGULATORY_API_KEY = "%s"\nSIGNER_EMAIL = "regulatory@%s"\nSIGNER_PIN = %s\n\n\ndef headers():\n'
        '    return {"Authorization": "ApiKey " + REGULATORY_API_KEY}\n' % (
            t.S(t.vendor_key("rgd_", 40), "vendor-api-key"), t.domain,
            t.N('os.environ["DOCSIGN_PIN"]', "env-reference")))

    # ---- olfactive panel app
    jwt_secret = r.b64u(48)
    env_twins(t, "panel-app", [
        ("NODE_ENV", "-", None, "production"),
        ("SUPABASE_URL", "-", None, "https://%s.supabase.co" % r.s(20, "abcdefghijklmnopqrst")),
        ("SUPABASE_SECRET_KEY", "P", "supabase-secret-key", t.tok("supabase-secret-key")),
        ("SUPABASE_PUBLISHABLE_KEY", "N", "public-supabase-publishable", "sb_publishable_" + r.s(31)),
        ("TYPEFORM_TOKEN", "P", "typeform-token", t.tok("typeform-token")),
        ("JWT_SECRET", "S", "jwt-secret", jwt_secret),
        ("POSTHOG_KEY", "N", "public-posthog-key", "phc_" + r.s(43)),
    ])

    # ---- suppliers (CRLF XML)
    sup = r.sample(["Aromatic Sourcing", "Floral Absolutes", "Naturals Co-op", "Synthetics Direct"], 2)
    t.w("suppliers/portals.xml", '<?xml version="1.0"?>\n<Suppliers>\n  <Supplier name="%s">\n    <Portal>https://b2b.%s.example'
        '</Portal>\n    <User>%s</User>\n    <Password>%s</Password>\n  </Supplier>\n  <Supplier name="%s">\n'
        '    <Portal>https://edi.%s.example</Portal>\n    <ApiKey>%s</ApiKey>\n    <BuyerId>%s</BuyerId>\n'
        '  </Supplier>\n</Suppliers>\n' % (sup[0], sup[0].split()[0].lower(), t.key, t.S(t.pw(), "supplier-portal-password"),
                                           sup[1], sup[1].split()[0].lower(), t.S(r.hex(40), "supplier-api-key"),
                                           t.N(r.digits(7), "buyer-id")), crlf=True)

    # ---- ERP and shop
    t.w("erp/odoo.conf", "[options]\nadmin_passwd = %s\ndb_host = %s\ndb_port = 5432\ndb_user = odoo\n"
        "db_password = %s\naddons_path = /opt/odoo/addons,/opt/odoo/custom\nlist_db = False\n" % (
            t.S(t.pw(), "odoo-master-password"), t.host("db"), t.S(t.pw(), "db-password")))
    t.w("eshop/lib/shopify_sync.rb", "require 'shopify_api'\n\nShopifyAPI::Context.setup(\n"
        "  api_key: '%s',\n  api_secret_key: '%s',\n  host: 'https://shop.%s',\n  is_private: true,\n"
        "  api_version: '2025-01'\n)\nSESSION = ShopifyAPI::Auth::Session.new(shop: '%s.myshopify.com', "
        "access_token: '%s')\n" % (t.N(r.hex(32), "oauth-client-id"), t.Ptok("shopify-shared-secret"), t.domain,
                                    t.key, t.Ptok("shopify-admin-token")))
    sql_logins(t, "ops/sql/logins.sql", "mssql", [("erp_sync", True), ("lab_ro", False), ("gcms", True)])
    device_sheet(t, "ops/atelier-sheet.tsv", [
        ("GC-MS PC", "10.40.0.11", r.serial("GC"), "LAB\\gcms", cred_cell(t, "device-password"), "Win11"),
        ("dosing cell HMI", "10.40.0.20", r.serial("DC"), "operator", cred_cell(t, "device-password"), "OPC UA"),
        ("sample fridge logger", "10.40.0.40", r.serial("TL"), "admin", cred_cell(t, "device-password"), "4C"),
        ("label printer", "10.40.0.50", r.serial("ZB"), "admin", cred_cell(t, "device-password"), "GHS labels"),
    ], fmt="tsv")

    # ---- free text
    a, b, c, d = t.p(0), t.p(1), t.p(2), t.p(3)
    t.chat("atelier/perfumers", [
        (a, "mod 7 of the vetiver accord is on the blotter shelf"),
        (b, "the dosing cell lost its OPC login again, it is dosing / %s" % t.S(opc_pw, "opcua-password")),
        (c, "panel app JWT secret if you are testing locally against prod (please don't): %s" % t.S(jwt_secret,
                                                                                                    "jwt-secret")),
        (d, "formula numbers like %s are fine to share, the bodies are not" % t.N("F-%05d" % r.randint(1, 99999),
                                                                                   "formula-number")),
        (a, "%s portal password changed, new one %s" % (sup[0], t.S(t.pw(), "supplier-portal-password"))),
    ], "perfumers")
    t.wiki("wiki/formula-vault", "Formula vault operations", [
        ("h", "Master key"),
        ("p", "The master key never leaves vault.toml; backups are encrypted with it (%s)." % t.S(
            master, "encryption-master-key")),
        ("h", "Restoring a backup"),
        ("code", ["PGPASSWORD='%s' pg_restore -h %s -U vault -d formulas latest.dump" % (
            t.S(t.pw(), "pgpassword-env"), t.host("db"))]),
        ("h", "Access"),
        ("p", "Perfumers get read access through SSO; %s." % t.N("nobody gets the DB password", "prose-no-value")),
    ])
    t.ticket("tickets", "PANEL-%d" % r.randint(10, 99),
             "Panellist cannot open the evaluation form", [
                 (t.p(4), "One panellist gets an expired-session error on every form."),
                 (t.p(5), "Her account was locked; new temporary password is %s" % t.S(t.pw(), "temporary-password")),
                 (t.p(4), "Works now.")])
    t.mail("mail/supplier-onboarding", ("Hamid", "Sales", "sales@%s.example" % sup[1].split()[0].lower()),
           (a[0], a[1], t.mail_of(0)), "EDI access", [
               "Bonjour %s," % a[0],
               "Your EDI API key is %s; please keep it server-side." % t.S(r.hex(40), "supplier-api-key"),
               "Your buyer number %s goes on every purchase order." % t.N(r.digits(7), "buyer-id"),
               "Cordialement,"])
    t.notes("notes/lab-it", "Lab and IT", [
        "GC-MS export share moved to the new file server.",
        "Odoo master password was the default, %s." % t.N("changed last week", "prose-no-value"),
        "New Odoo master password: %s" % t.S(t.pw(), "odoo-master-password"),
        "Order more blotters."])
