"""Elevator service contractor: remote-monitoring gateways, controller service-tool access, field-service
management, emergency phones, state inspection portal, parts ordering, customer portal."""

from themes import prose

NAME = "elevator-service"
WORDS = ("hoist", "landing", "traction", "sheave", "governor", "cab", "shaft", "escalator", "pulley", "counterweight")
ORGS = [("Vertex Lift Services", "vertexlift.com", "Chicago"),
        ("Ascend Elevator Co.", "ascend-elevator.co.uk", "Birmingham"),
        ("Aufzugdienst Brandt", "aufzug-brandt.de", "Dortmund")]


def setup(C):
    C.org, C.dom, C.site = C.r.choice(ORGS)
    C.app = "fleet-monitor"
    C.svcs = ["fleet-monitor", "fsm-sync"]


def build(C):
    r = C.r
    mqtt_pw = C.spw()
    sip_pw = C.spw(16)
    buildings = r.sample(["Harbour Tower", "Civic Centre", "St. Luke's Hospital", "Grand Arcade", "Northpoint Offices",
                          "Riverside Apartments"], 4)
    tool_pw = [r.up(4) + r.dig(4) + r.up(2) for _ in buildings]

    # ---- monitoring gateways
    d = C.doc("remote-monitoring/gateway-fleet.yaml")
    d.w("# 4G monitoring gateways in machine rooms; publish door/run/fault events\nbroker:\n"
        "  url: mqtts://iot.%s:8883\n  username: gw-fleet\n" % C.dom)
    d.w("  password: \"%s\"\ncellular:\n  apn: iot.carrier.example\n  apn_user: %s\n" % (
        d.S(mqtt_pw, "mqtt-password"), C.dom.split(".")[0][:8]))
    d.w("  apn_password: \"%s\"\ngateways:\n" % d.S(r.al(12), "apn-password"))
    for b in buildings[:3]:
        d.w("  - site: %s\n    imei: \"%s\"\n    cars: %d\n" % (b, d.N("35" + r.dig(13), "device-id"), r.randint(1, 6)))

    # ---- field service management
    d = C.doc("fieldservice/fsm-sync.properties")
    d.w("# sync callouts and maintenance visits with the field service platform\nfsm.base=https://api.fsm-vendor.example\n")
    d.w("fsm.client.id=%s\n" % d.N(r.uuid(), "oauth-client-id"))
    d.w("fsm.client.secret=%s\n" % d.S(r.b64u(43), C.named("fsm-client-secret")))
    d.w("mail.smtp.user=callouts@%s\nmail.smtp.password=%s\n" % (C.dom, d.S(C.pw(), "smtp-password")))
    d.w("fsm.sync.interval=60\n")

    # ---- emergency phones (Windows provisioning tool)
    d = C.doc("emergency-phones/PhoneProvisioning.ini", crlf=True)
    d.w("[SIP]\nRegistrar=sip.monitoring-centre.example\nAccount=%s\n" % ("lift" + r.dig(6)))
    d.w("Password=%s\n\n" % d.S(sip_pw, "sip-password"))
    d.w("[Device]\nModel=Lift phone GSM/VoIP\nProgrammingPassword=%s\n" % d.S(r.dig(4) + r.up(4), "phone-programming-password"))
    d.w("CallCentre=+44 800 %s\nTestCallDays=3\n" % r.dig(6))

    # ---- state inspection portal
    d = C.doc("inspections/state_portal.py")
    d.w('"""Upload annual inspection certificates to the state conveyance portal."""\nimport os\n\n')
    d.w('PORTAL_USER = os.environ["CONVEYANCE_PORTAL_USER"]\n')
    d.w("PORTAL_PASSWORD = %s\n" % d.N('os.environ["CONVEYANCE_PORTAL_PASSWORD"]', "env-reference"))
    d.w('DOCSTORE_KEY = "%s"\n' % d.S("ds_" + r.al(40), C.named("docstore-api-key")))
    d.w("\n\ndef upload(cert_pdf, state_id):\n    return {\"file\": cert_pdf, \"device\": state_id}\n")

    # ---- parts ordering
    d = C.doc("parts/supplier-edi.json")
    d.w('{\n  "supplier": "lift-parts-distributor",\n  "account": "%s",\n' % r.dig(7))
    d.w('  "api_key": "%s",\n' % d.S("lpd_" + r.hx(32), C.named("parts-supplier-key")))
    d.w('  "sftp": {"host": "edi.lift-parts.example", "user": "%s", "password": "%s"},\n' % (
        r.lo(8), d.S(C.spw(), "sftp-password")))
    d.w('  "order_cutoff": "15:00"\n}\n')

    # ---- customer portal
    d = C.doc("portal/.env.production")
    d.w("PORTAL_URL=https://portal.%s\n" % C.dom)
    d.w("DATABASE_URL=%s\n" % d.S("postgres://portal:%s@portal-db.%s/portal" % (C.upw(), C.dom), "database-url"))
    d.w("JWT_SECRET=%s\n" % d.S(r.b64bytes(48), "jwt-secret"))
    d.w("MAPBOX_SECRET_TOKEN=%s\n" % d.S(C.tok("mapbox-secret-token"), "mapbox-secret-token", "b64json"))
    d = C.doc("portal/.env.example")
    d.w("PORTAL_URL=http://localhost:8080\nDATABASE_URL=%s\nJWT_SECRET=%s\nMAPBOX_SECRET_TOKEN=\n" % (
        d.N("postgres://portal:portal@localhost/portal", "dev-default"), d.N("<random 48 bytes>", "placeholder")))

    # ---- controller register map (no secrets)
    d = C.doc("controllers/modbus-map.csv")
    d.w("register,name,unit,access\n40001,car_position,floor,r\n40002,door_state,enum,r\n40010,fault_code,code,r\n"
        "40020,run_counter,count,r\n40050,remote_inhibit,bool,rw\n")

    # ---- free text
    def rows(d):
        out = []
        for i, (b, pw) in enumerate(zip(buildings, tool_pw)):
            if i == 3:
                out.append([b, r.choice(["MRL-300", "Gen2"]), "OEM-locked (call OEM support)", ""])
            else:
                out.append([b, r.choice(["MRL-300", "Gen2", "TX-Series", "Schindler 3300"]), "service tool",
                            d.S(pw, "service-tool-password")])
        return out
    prose.sheet(C, "controllers/service-tool-access.csv", ["building", "controller", "access", "password"], rows)

    def blocks(d):
        return [("p", "Field laptop setup for new technicians."),
                ("h", "Monitoring"),
                ("ul", ["MQTT Explorer profile: gw-fleet / %s" % d.S(mqtt_pw, "mqtt-password"),
                        "Controllers out of the factory accept the service password %s; we change it at handover." % d.N(
                            "service", "well-known-default")]),
                ("h", "Phones"),
                ("p", "Lift phones are programmed with the provisioning tool only; never by keypad.")]
    prose.wiki(C, "wiki/field-laptop-setup", "Field laptop setup", blocks)

    def msgs(d):
        p = C.people
        return [(p[0], "at %s, car 2 in fault 0x%s, need the service tool login" % (buildings[0], r.HX(2))),
                (p[1], "%s" % d.S(tool_pw[0], "service-tool-password")),
                (p[0], "thanks, in. door operator belt"),
                (p[2], "I'll order the belt, parts cut-off is 15:00")]
    prose.chat(C, "chat", "field-techs", msgs)

    acct = C.people[3]

    def body(d):
        return ["Dear building manager,", "",
                "Your account on our customer portal (callouts, certificates, uptime):",
                "  https://portal.%s" % C.dom,
                "  user: fm@%s.example" % buildings[1].split()[0].lower().strip("'."),
                "  initial password: %s" % d.S(C.hpw(), "portal-temp-password"), "",
                "Regards,", acct, "Account manager, %s" % C.org]
    prose.email(C, "mail/portal-account.eml", "%s <%s@%s>" % (acct, r.handle(acct), C.dom),
                "fm@%s.example" % buildings[1].split()[0].lower().strip("'."), "Customer portal account", body)

    def entries(d):
        return [(C.people[5], "Lift phone at %s not registering. Account on the unit shows password %s." % (
                    buildings[2], d.S(sip_pw, "sip-password"))),
                (C.people[1], "Monitoring centre had disabled the account after failed test calls; re-enabled.")]
    prose.ticket(C, "tickets", "EP-%d" % r.randint(1000, 9999), "Emergency phone not registering", entries)
