"""humanitarian-ops: an NGO's field operations (mobile-money cash assistance, biometric
registration, survey collection, VSAT links, warehouse IMS on Odoo, beneficiary hotline bot)."""

import prose16
from themes16.common16 import cfg

NAME = "humanitarian-ops"
ORGS = [("Relief Bridge International", "reliefbridge.org", "Nairobi", ["en", "fr"]),
        ("Aide Sans Frontiere Sahel", "asf-sahel.org", "Niamey", ["fr", "en"]),
        ("Ayuda Directa Andina", "ayuda-andina.org", "La Paz", ["es", "en"])]
PEOPLE = ["Amina Wachira", "Moussa Balogun", "Grace Kamau", "Ibrahim Farouk", "Sofia Zapata", "Paul Ekwueme", "Fatou Demir",
          "Lucas Ibarra", "Esther Okafor", "Karim Haddad", "Maya Lindqvist", "Joseph Mbeki"]


def _idgen(v):
    return v.choice([("household-id", "HH-%s-%s" % (v.upper_alnum(3), v.digits(6))),
                     ("site-pcode", "%s%03d-%03d" % (v.choice(["KE", "NE", "BO"]), v.randint(1, 99), v.randint(1, 200))),
                     ("voucher-serial", "VCH%s" % v.digits(9))])


VOCAB = {
    "apps": ["cash-disburse", "bio-registration", "kobo-sync", "vsat-monitor", "warehouse-ims", "hotline-bot"],
    "systems": [("registration DB", "regdb", "pg", "registration"), ("disbursement ledger", "ledger", "mssql", "cash_svc"),
                ("survey mirror", "surveys", "mongo", "kobo"), ("hotline sessions", "hotline", "redis", "bot"),
                ("warehouse DB", "odoo", "pg", "odoo")],
    "devices": [("VSAT modem", "iQ200"), ("biometric kit laptop", "Toughbook 55"), ("satellite phone gateway", "FleetOne"),
                ("warehouse label printer", "ZT411"), ("solar charge controller", "SmartSolar MPPT")],
    "chatter": ["distribution in block C postponed, road flooded", "mobile money float is low, topped up 2M", "VSAT at the sub-office down since noon",
                "registration kits 3 and 5 back from the field", "hotline got 140 calls yesterday, mostly about payment dates",
                "convoy leaves at 06:00, security clearance received"],
    "channels": ["field-ops", "cash-team", "ict4d", "logistics", "hotline"],
    "topics": ["Payment batch rejected by the mobile-money provider", "Biometric kit cannot sync", "VSAT portal login fails",
               "Kobo forms not downloading on tablets", "Warehouse stock report wrong"],
    "langs": ["en", "fr", "es"],
    "wifi": ["Field", "Guesthouse", "Office", "Warehouse"],
    "idgen": _idgen,
}


def build(ctx):
    v = ctx.v
    p = ctx.people
    # mobile-money B2C config: consumer key/secret pair and initiator password
    d = ctx.doc("cash-disburse/config/mobile-money.yaml")
    ck, cs = ctx.uniq(lambda: v.alnum(48)), ctx.uniq(lambda: v.alnum(64))
    mi, ma = d.pair("mobile-money-consumer-pair", ck, cs, group="generic")
    d.w("provider: mpesa-b2c", "shortcode: " + d.N(v.digits(6), "paybill-shortcode"), "consumer_key: " + mi, "consumer_secret: " + ma,
        "initiator_name: %s_api" % ctx.short, "initiator_password: \"%s\"" % d.S(ctx.pw("strong"), "b2c-initiator-password"),
        "result_url: https://cash.%s/callbacks/b2c" % ctx.domain)
    # Kobo / ODK env
    d = ctx.doc("kobo-sync/.env")
    d.w("KOBO_SERVER=https://kf.kobotoolbox.org", "KOBO_TOKEN=" + d.S(v.hex(40), "kobotoolbox-api-token"),
        "ODK_CENTRAL_URL=https://odk.%s" % ctx.domain, "ODK_CENTRAL_PASSWORD=" + d.S(ctx.pw(), "odk-central-password"))
    # VSAT modem inventory
    d = ctx.doc("vsat-monitor/modems.csv", crlf=True)
    d.w("site,modem,serial,admin_password")
    for site in v.sample(["Dadaab", "Kakuma", "Agadez", "Diffa", "Oruro", "Potosi"], 2):
        d.w("%s,iQ200,%s,%s" % (site, v.digits(8), d.S(ctx.pw(), "vsat-modem-password")))
    d.w("%s,iQ200,%s,%s" % ("Warehouse", d.N(v.digits(8), "device-serial"), "see-keepass"))
    # biometric registration settings
    d = ctx.doc("bio-registration/settings.json")
    d.w("{", '  "matcher": {"licenseKey": "%s", "threshold": 48},' % d.S("-".join(v.upper_alnum(5) for _ in range(5)), "software-licence-key"),
        '  "storage": {"templateEncryptionKey": "%s"},' % d.S(v.b64(32), "template-encryption-key"),
        '  "export": {"pseudonymSaltRef": "%s"}' % d.N("vault:secret/bio/salt", "vault-reference"), "}")
    # Odoo warehouse config
    d = ctx.doc("warehouse-ims/odoo.conf")
    d.w("[options]", "admin_passwd = " + d.S(ctx.pw("strong"), "odoo-master-password"), "db_host = %s" % ctx.host("pg02"),
        "db_user = odoo", "db_password = " + d.S(ctx.pw(), "odoo-db-password"), "addons_path = /opt/odoo/addons,/opt/custom")
    # hotline bot
    tg = ctx.prov("telegram")
    d = ctx.doc("hotline-bot/bot.py")
    d.w("import os", "from telegram.ext import Application", "", 'TELEGRAM_TOKEN = "%s"' % d.P(tg[2], tg[0]),
        'WHATSAPP_TOKEN = "%s"' % d.S("EAA" + v.alnum(180), "whatsapp-cloud-api-token"),
        'VERIFY_TOKEN = "%s"' % d.S(ctx.uri(24), "webhook-verify-token"),
        "DB_URL = " + d.N('os.environ["HOTLINE_DB_URL"]', "env-reference"))
    # satellite SMS gateway
    d = ctx.doc("field/sat/sms-gateway.ini", crlf=True)
    d.w("[gateway]", "provider=fleetone", "imei=" + d.N(v.imei(), "imei"), "account=%s-field" % ctx.short,
        "password=" + d.S(ctx.weak("sahel"), "satellite-gateway-password"))
    # biometric payload key (EC SEC1)
    k = ctx.key("ec")
    d = ctx.doc("bio-registration/keys/payload-sign.pem")
    d.w(d.K(k.pem_traditional(), "private-key-ec-payload-signing", {"format": "pem"}))
    # distribution list: identifiers only
    d = ctx.doc("cash-disburse/batches/batch-%s.csv" % v.digits(4))
    d.w("household,site,amount,voucher")
    for _ in range(3):
        d.w("HH-%s-%s,%s,%d,%s" % (v.upper_alnum(3), v.digits(6), "KE%03d-%03d" % (v.randint(1, 99), v.randint(1, 200)), v.randint(20, 90) * 100,
                                   d.N("VCH%s" % v.digits(9), "voucher-serial")))
    # mission security brief (free text)
    day = v.date()
    d = ctx.doc("field/mail/mission-brief-%s.eml" % day, free=True)
    body = ["Team,", "", "practical info for the mission starting %s:" % day, "",
            "- guesthouse Wi-Fi: " + d.S(ctx.phrase(""), "wifi-passphrase-email"),
            "- VSAT portal (to check the link): ops / " + d.S(ctx.pw(), "vsat-portal-password-email"),
            "- radio call signs are in the security plan, not in e-mail", "- site code " + d.N("KE%03d-%03d" % (v.randint(1, 99), v.randint(1, 200)), "site-pcode"),
            "", "Stay safe,", p[0]]
    prose16.email(d, v, p[0], "mission-team@%s" % ctx.domain, "Mission brief", body, domain=ctx.domain)
    # French WhatsApp export from the cash team (free text)
    d = ctx.doc("field/chat/cash-team.txt", free=True)
    msgs = [(p[1], "la distribution de demain est confirmée"),
            (p[2], "le mot de passe initiateur a changé, nouveau: " + d.S(ctx.pw(), "b2c-initiator-password-chat")),
            (p[1], "merci"), (p[3], "le ménage %s n'a pas reçu le paiement" % d.N("HH-%s-%s" % (v.upper_alnum(3), v.digits(6)), "household-id")),
            (p[4], "svp pas de mots de passe ici, utilisez KeePass")]
    prose16.chat(d, "whatsapp", msgs, v)
