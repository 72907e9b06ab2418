"""Regional ISP: FreeRADIUS, MikroTik BNG/edge exports, GenieACS (TR-069), Kea DHCP + TSIG, NetBox,
subscriber provisioning sheet, NOC ticket and chat."""

from themes.common import chat, ticket, csv_sheet, wiki, b64

ORGS = [("Valleynet Fibre", "valleynet.example"), ("Northwind Broadband", "nwbb.example"), ("Cascade Wireless ISP", "cascadewisp.example")]


def build(ctx):
    r, v = ctx.r, ctx.v
    T = "isp-radius"
    pops = r.sample(["ashford", "birchmoor", "coldwater", "dunmore", "elmsted", "fairhaven", "glenrock"], r.randint(3, 5))
    radsec = {}
    # FreeRADIUS clients.conf
    d = ctx.doc("freeradius/clients.conf")
    L = ["client localhost {", "    ipaddr = 127.0.0.1", "    secret = %s" % d.N("testing123", "well-known-default"), "}"]
    for i, p in enumerate(pops):
        radsec[p] = v.strong_pw()
        L += ["", "client bng-%s {" % p, "    ipaddr = 10.%d.0.1" % (20 + i), "    secret = %s" % d.S(radsec[p], "radius-shared-secret"),
              "    nas_type = other", "}"]
    d.close("\n".join(L) + "\n")
    dbpw = ctx.pw("strong")
    d = ctx.doc("freeradius/mods-available/sql")
    d.close('sql {\n    dialect = "postgresql"\n    driver = "rlm_sql_${dialect}"\n    server = "radius-db.%s"\n    port = 5432\n'
            '    login = "radius"\n    password = "%s"\n    radius_db = "radius"\n    read_clients = yes\n}\n' % (ctx.domain, d.S(dbpw, "radius-sql-password")))
    d = ctx.doc("freeradius/mods-config/files/authorize")
    L = ["# static test subscribers; production users come from SQL"]
    for i in range(r.randint(3, 5)):
        u = "cpe%04d@%s" % (r.randint(1, 9999), ctx.domain)
        if r.random() < 0.5:
            L += ['"%s" Cleartext-Password := "%s"' % (u, d.S(ctx.pw("word"), "radius-user-password")), "    Framed-IP-Address = 100.64.%d.%d" % (i, r.randint(2, 250)), ""]
        else:
            L += ['"%s" Crypt-Password := "%s"' % (u, d.N(v.sha512crypt(), "password-hash")), "    Framed-Pool = cgnat", ""]
    d.close("\n".join(L))
    # MikroTik per POP
    for i, p in enumerate(pops):
        d = ctx.doc("pops/%s/edge-bng.rsc" % p)
        L = ["# %s by RouterOS 7.14" % ctx.ts(), "/system identity set name=bng-%s" % p,
             "/radius add address=10.0.0.5 secret=%s service=ppp,login timeout=3s" % d.S(radsec[p], "radius-shared-secret"),
             "/ppp profile set *0 use-encryption=no",
             "/snmp community set [ find default=yes ] name=%s read-access=yes write-access=no" % d.N("public", "well-known-default"),
             "/snmp community add name=%s write-access=yes addresses=10.255.0.0/24" % d.S("rw" + v.an(12), "snmp-write-community"),
             "/ppp secret add name=noc-test password=%s profile=default-encryption service=pppoe" % d.S(ctx.pw(), "pppoe-password"),
             "/user add name=oxidized group=read password=%s" % d.S(ctx.pw("strong"), "router-user-password"),
             "/ip service set api-ssl certificate=bng-%s.crt" % p]
        d.close("\n".join(L) + "\n")
    # GenieACS
    jwt = v.an(48)
    d = ctx.doc("acs/genieacs.env")
    d.close("GENIEACS_CWMP_ACCESS_LOG_FILE=/var/log/genieacs/cwmp-access.log\nGENIEACS_UI_JWT_SECRET=%s\nGENIEACS_MONGODB_CONNECTION_URL=mongodb://acs:%s@mongo1.%s:27017/genieacs?authSource=admin\nGENIEACS_EXT_DIR=/opt/genieacs/ext\n"
            % (d.S(jwt, "jwt-secret"), d.S(ctx.pw("strong"), "mongodb-uri-password"), ctx.domain))
    d = ctx.doc("acs/provisions/default-inform.js")
    d.close('// GenieACS provision: run on every inform\nconst now = Date.now();\ndeclare("InternetGatewayDevice.ManagementServer.ConnectionRequestUsername", {value: now}, {value: "acs"});\n'
            'declare("InternetGatewayDevice.ManagementServer.ConnectionRequestPassword", {value: now}, {value: "%s"});\n'
            'declare("InternetGatewayDevice.ManagementServer.PeriodicInformInterval", {value: now}, {value: 3600});\n'
            'declare("Device.Users.User.1.Password", {value: now}, {value: %s});\n' % (d.S(ctx.pw(), "tr069-connection-request-password"), d.N("ext('cpe-config', 'adminPassword', DeviceID.SerialNumber)", "template-reference")))
    # Kea + TSIG
    tsig = b64(v.hex(16))
    tsig = v.b64(32)
    d = ctx.doc("dhcp/kea-dhcp-ddns.conf")
    d.close('{\n"DhcpDdns": {\n  "ip-address": "127.0.0.1",\n  "tsig-keys": [\n    {\n      "name": "ddns-key.%s",\n      "algorithm": "HMAC-SHA256",\n      "secret": "%s"\n    }\n  ],\n  "forward-ddns": {"ddns-domains": [{"name": "dyn.%s.", "key-name": "ddns-key.%s"}]}\n}\n}\n'
            % (ctx.domain, d.S(tsig, "tsig-key"), ctx.domain, ctx.domain))
    d = ctx.doc("dns/named.conf.keys")
    d.close('key "ddns-key.%s" {\n\talgorithm hmac-sha256;\n\tsecret "%s";\n};\n' % (ctx.domain, d.S(tsig, "tsig-key")))
    # NetBox
    d = ctx.doc("netbox/configuration.py")
    d.close("ALLOWED_HOSTS = ['netbox.%s']\nDATABASE = {\n    'NAME': 'netbox',\n    'USER': 'netbox',\n    'PASSWORD': '%s',\n    'HOST': 'localhost',\n}\n"
            "SECRET_KEY = '%s'\nNAPALM_USERNAME = 'napalm'\nNAPALM_PASSWORD = '%s'\nLOGIN_REQUIRED = True\n"
            % (ctx.domain, d.S(ctx.pw("strong"), "django-db-password"), d.S(v.s("abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)", 50), "django-secret-key"), d.S(ctx.pw(), "napalm-password")))
    # provisioning sheet (free text)
    d = ctx.doc("provisioning/new-connections-%s.csv" % pops[0], prose=True)
    rows = []
    for i in range(r.randint(4, 6)):
        rows.append([v.s("ABCDEFGHJKLMNPQRSTUVWXYZ", 4) + v.digits(8), ":".join(v.hex(2) for _ in range(6)), "cust%05d" % r.randint(1, 99999),
                     d.S(ctx.pw("word"), "pppoe-password") if i % 2 == 0 else d.N(r.choice(["(set by customer)", "see ACS", "********"]), "masked"),
                     r.choice(["GPON", "FWA", "VDSL"])])
    d.close(csv_sheet(["ont_serial", "mac", "pppoe_user", "pppoe_password", "access"], [[c for c in row] for row in rows]))
    # ticket
    d = ctx.doc("noc/tickets/ont-swap", prose=True)
    cpw = ctx.pw("word")
    ext, text = ticket(ctx, "NOC-%d" % r.randint(1000, 9999), "Customer offline after ONT swap", [
        (1, "Customer says PPPoE fails since the swap. Their login is cust%05d, password they read out: %s" % (r.randint(1, 99999), d.S(cpw, "end-user-password"))),
        (2, "RADIUS rejects: Cleartext-Password mismatch. Reset it in Splynx, the new one is %s" % d.S(ctx.pw("word"), "end-user-password")),
        (3, "Closed. ACS pushed the new credentials.")])
    d.path += ext
    d.close(text)
    # NOC chat
    d = ctx.doc("noc/exports/noc-channel.txt", prose=True)
    msgs = [(0, "who changed the RADIUS secret on bng-%s?" % pops[-1]), (1, "me, it's %s now, update the NAS side" % d.S(radsec[pops[-1]], "radius-shared-secret")),
            (0, "olt in %s: admin/%s still works btw, vendor default was changed" % (pops[0], d.S(ctx.pw("strong"), "olt-admin-password"))),
            (2, "can we move this to the vault please"), (1, "ack")]
    d.close(chat(ctx, d, msgs, "teams"))
    # NOC wiki with references only
    d = ctx.doc("noc/wiki/radius-rotation")
    ext, text = wiki(ctx, "Rotating RADIUS shared secrets", [
        ("p", "Secrets live in Vault under %s." % d.N("secret/data/noc/radius/<pop>", "vault-reference")),
        ("code", ["vault kv get -field=secret secret/noc/radius/ashford", "ssh admin@bng-ashford '/radius set 0 secret=$NEW'"]),
        ("p", "Never reuse %s from the FreeRADIUS sample config." % "testing123")])
    d.path += ext
    d.close(text)
    return "radius"
