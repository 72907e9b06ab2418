"""tyre-retreader: a truck-tyre retreading plant with a fleet tyre-service arm."""

import prose16
from themes16.common16 import cfg, ref_row

NAME = "tyre-retreader"
ORGS = [("Kessler Runderneuerung GmbH", "kessler-retread.de", "Ulm", ["de", "en"]),
        ("Northway Retread Ltd", "northway-retread.co.uk", "Wakefield", ["en"]),
        ("Vallee Rechapage SA", "vallee-rechapage.fr", "Clermont-Ferrand", ["fr", "en"])]
PEOPLE = ["Jonas Weber", "Birgit Vogel", "Lars Schaller", "Mara Falk", "Hugo Moreau", "Ines Cardoso", "Rhys Keane",
          "Goran Varga", "Tove Lindqvist", "Sven Achterberg", "Elif Demir", "Caio Lopes"]


def _idgen(v):
    return v.choice([("dot-tyre-code", "DOT %s %s %02d%02d" % (v.upper_alnum(4), v.upper_alnum(4), v.randint(1, 52), v.randint(19, 25))),
                     ("casing-id", "CAS-%s-%s" % (v.digits(6), v.upper_alnum(3))),
                     ("fleet-unit-number", "UNIT %s" % v.digits(5))])


VOCAB = {
    "apps": ["casetrack", "fleetcare-portal", "buffline", "curectl", "roadcall", "tyrescan"],
    "systems": [("casing database", "casedb", "pg", "casetrack"), ("fleet contracts DB", "fleetdb", "mssql", "fleet_ro"),
                ("shearography archive", "shearo", "mysql", "shearo_app"), ("road-call dispatch store", "roadcall", "mongo", "dispatch"),
                ("TPMS cache", "tpms", "redis", "tpms")],
    "devices": [("buffing lathe HMI", "Bandag 8400"), ("curing chamber PLC", "S7-1500"), ("shearography rig", "ITT-4 shearograph"),
                ("tread builder", "RTS builder"), ("nail-hole prober", "NDT prober")],
    "chatter": ["chamber 3 is running 6 min long on the 295/80 cycle again", "casing rejects are up on the intake from the Leeds depot",
                "who booked the road van for Thursday?", "buffing template updated for 385/65 R22.5", "envelope stock is low, ordered 40",
                "shearography flagged two separations on the night shift", "TPMS sensors from the fleet audit are on my desk"],
    "channels": ["plant-floor", "fleet-service", "it-retread", "roadcall", "werkstatt"],
    "topics": ["Casing intake scanner not printing labels", "Fleet portal login fails for depot managers",
               "Shearography images missing since firmware update", "Road-call app shows wrong TPMS pressures",
               "Curing chamber historian gap between 02:00 and 04:00"],
    "langs": ["en", "de", "fr"],
    "wifi": ["Halle2", "Plant", "Werkstatt", "Yard"],
    "idgen": _idgen,
}


def build(ctx):
    v = ctx.v
    p = ctx.people
    # curing chambers: the same PLC web password on every chamber, serial per chamber
    plc_pw = ctx.weak("curing")
    odbc = ctx.pw("strong")
    for n in range(1, v.randint(3, 4)):
        d = ctx.doc("plant/curing/chamber-%02d.ini" % n, crlf=True)
        d.w("[chamber]", "id=CH%02d" % n, "serial=" + d.N("BDG-%s-%s" % (v.digits(5), v.upper_alnum(4)), "device-serial"),
            "cycle_profile=295_80_R22_5", "", "[plc]", "address=10.40.%d.%d" % (n, v.randint(10, 90)), "web_user=service",
            "web_password=" + d.S(plc_pw, "plc-web-password"), "")
        if n == 1:
            d.w("[historian]", "dsn=Driver={ODBC Driver 18 for SQL Server};Server=%s;Database=CureHist;Uid=cure_writer;Pwd=%s;" % (
                ctx.host("hist01"), d.S(odbc, "odbc-connection-password")))
        else:
            d.w("[historian]", "dsn=" + d.N("@include ../chamber-01.ini#historian", "config-include-reference"))
    # shearography rig
    d = ctx.doc("plant/shearography/rig.yaml")
    d.w("rig:", "  model: ITT-4", "  serial: " + d.N("ITT4-%s" % v.digits(7), "device-serial"), "archive:",
        "  share: //%s/shearo$" % ctx.host("nas01"), "  user: shearo_svc",
        "  password: \"%s\"" % d.S(ctx.pw(), "smb-share-password"), "upload:", "  endpoint: https://img.%s/api/v2/frames" % ctx.domain,
        "  token: %s" % d.S(ctx.tok("shg_live_", 40), "image-upload-token"), "support:",
        "  teamviewer_id: \"%s\"" % d.N(v.digits(10), "teamviewer-id"), "  note: vendor connects on request only")
    # casetrack Spring properties
    cfg(ctx, "casetrack/src/main/resources/application-prod.properties", "properties", [
        ("spring.datasource.url", "jdbc:sqlserver://%s:1433;databaseName=casetrack;encrypt=true" % ctx.host("sql02"), None, None),
        ("spring.datasource.username", "casetrack", None, None),
        ("spring.datasource.password", ctx.pw(), "S", "jdbc-datasource-password"),
        ("dot.lookup.api-key", ctx.api("hex40"), "S", "generic-api-key"),
        ("spring.mail.password", "${MAIL_PASSWORD}", "N", "env-reference"),
        ("management.endpoints.web.exposure.include", "health,info", None, None)])
    # fleet portal production env vs example
    sk = ctx.prov("stripe-secret")
    sg = ctx.prov("sendgrid")
    gm = ctx.prov("google-api")
    ga = ctx.public("ga4")
    pk = ctx.public("stripe-pk")
    sess = ctx.uniq(lambda: v.b64(48))
    cfg(ctx, "fleetcare-portal/.env.production", "env", [
        ("node_env", "production", None, None), ("stripe_secret_key", sk[2], "P", sk[0]), ("stripe_publishable_key", pk[2], "N", pk[0]),
        ("sendgrid_api_key", sg[2], "P", sg[0]), ("maps_api_key", gm[2], "P", gm[0]), ("session_secret", sess, "S", "session-secret"),
        ("ga_measurement_id", ga[2], "N", ga[0])])
    cfg(ctx, "fleetcare-portal/.env.example", "env", [
        ("node_env", "development", None, None), ("stripe_secret_key", "sk_test_...", "N", "placeholder-prefix"),
        ("sendgrid_api_key", "", None, None), ("maps_api_key", "<maps-key>", "N", "placeholder-angle"),
        ("session_secret", "dev-only-not-secret", "N", "dev-default")])
    # road-call Java client with a hard-coded bearer, and a reference
    d = ctx.doc("roadcall/app/src/main/java/com/%s/roadcall/TpmsClient.java" % ctx.short.replace("-", ""))
    tw = ctx.prov("twilio-auth")
    d.w("package com.%s.roadcall;" % ctx.short.replace("-", ""), "", "public class TpmsClient {",
        '    private static final String BASE = "https://api.tpms-cloud.example/v3";',
        '    private static final String TOKEN = "%s"; // FIXME' % d.S(ctx.tok("tpx_live_", 36), "tpms-vendor-token"),
        '    private static final String SMS_AUTH = "%s";' % d.P(tw[2], tw[0]),
        '    private final String fallback = %s;' % d.N('System.getenv("TPMS_TOKEN")', "env-reference"), "}")
    # edge scanner in Go
    d = ctx.doc("tyrescan/edge/main.go")
    d.w("package main", "", 'import "github.com/eclipse/paho.mqtt.golang"', "", "func opts() *mqtt.ClientOptions {",
        "\to := mqtt.NewClientOptions().AddBroker(\"ssl://mqtt.%s:8883\")" % ctx.domain,
        '\to.SetClientID("%s")' % d.N("scan-" + v.hex(12), "mqtt-client-id"), '\to.SetUsername("tyrescan")',
        '\to.SetPassword("%s")' % d.S(ctx.pw("uri"), "mqtt-password"), "\treturn o", "}")
    # nightly export PowerShell
    d = ctx.doc("plant/scripts/nightly_casing_export.ps1", crlf=True)
    d.w("$ErrorActionPreference = 'Stop'", "$sec = ConvertTo-SecureString '%s' -AsPlainText -Force" % d.S(ctx.pw(), "powershell-securestring-password"),
        "$cred = New-Object System.Management.Automation.PSCredential ('export', $sec)",
        "# host key pinned: " + d.N("ssh-ed25519 255 " + v.b64(32).rstrip("="), "ssh-host-key-fingerprint"),
        "Invoke-Sftp -Host sftp.%s -Credential $cred -Path D:\\exports\\casings.csv" % ctx.domain)
    # SQL logins
    d = ctx.doc("db/logins.sql")
    d.w("-- casetrack and reporting logins", "CREATE LOGIN casetrack WITH PASSWORD = '%s', CHECK_POLICY = ON;" % d.S(ctx.pw(), "sql-create-login-password"),
        "CREATE LOGIN fleet_ro WITH PASSWORD = '%s';" % d.S(ctx.weak("fleet"), "sql-create-login-password"),
        "CREATE LOGIN legacy_bi WITH PASSWORD = %s HASHED;" % d.N("0x0200" + v.HEXU(136), "sql-server-password-hash"))
    # terraform for the portal
    az = ctx.prov("azure-entra")
    d = ctx.doc("fleetcare-portal/terraform/providers.tf")
    d.w('provider "azurerm" {', "  features {}", '  subscription_id = "%s"' % d.N(v.uuid(), "azure-subscription-id"),
        '  tenant_id       = "%s"' % v.uuid(), '  client_id       = "%s"' % v.uuid(), '  client_secret   = "%s"' % d.P(az[2], az[0]), "}")
    # systemd unit for the cure controller
    d = ctx.doc("plant/curectl/curectl.service")
    d.w("[Unit]", "Description=Curing chamber controller bridge", "", "[Service]",
        'Environment="CURECTL_HIST_DSN=postgresql://curectl:%s@%s/cure"' % (d.S(ctx.pw("uri"), "postgres-uri-password"), ctx.host("pg01")),
        "EnvironmentFile=-/etc/curectl/override.env", "ExecStart=/opt/curectl/bin/curectl --chambers 1-4", "", "[Install]",
        "WantedBy=multi-user.target")
    # batch sheet: identifiers only
    d = ctx.doc("plant/tread/compound-batches.csv")
    d.w("batch,compound,mixed_on,lab_ref")
    for _ in range(3):
        d.w("%s,PC-%d,%s,%s" % (v.digits(7), v.randint(100, 400), v.date(), d.N(v.uuid(), "uuid")))
    # vendor key for the shearography rig's remote support
    k = ctx.key("rsa")
    d = ctx.doc("plant/shearography/support/id_rsa_vendor")
    d.w(d.K(k.pem_traditional(), "private-key-rsa-vendor-support", {"format": "pem"}))
    # shift log (free text)
    day = v.date()
    d = ctx.doc("plant/notes/shift-log-%s.txt" % day, free=True)
    d.w(("Nachtschicht %s" if ctx.langs[0] == "de" else "Night shift %s") % day, "", "22:10 chamber 2 alarm 0x4F, reset, ok",
        "23:40 %s changed the buffing lathe HMI password, %s" % (p[3].split()[0], "neu: " + d.S(ctx.weak("buff"), "hmi-password-shift-log")),
        "01:15 shearo archive full again - cleared 2023 frames", "03:05 casing %s rejected (separation)" % d.N(_idgen(v)[1], "casing-id"),
        "05:30 handover to early shift, nothing open")
    # depot onboarding e-mail (free text)
    d = ctx.doc("fleet/mail/depot-onboarding-%s.eml" % v.lower_alnum(6), free=True)
    cust = "FC-%s" % v.digits(6)
    body = ["Dear %s," % p[5].split()[0], "", "your depot is now live on FleetCare. Customer number: " + d.N(cust, "customer-number"), "",
            "Portal login: depot.manager@customer.example", "Temporary password: " + d.S(ctx.weak(), "temporary-password-email"),
            "", "For your telematics integration use this API key (keep it out of e-mails once set up):",
            "    " + d.S(ctx.tok("fc_", 40), "customer-api-key-email"), "", "Kind regards,", p[1]]
    prose16.email(d, v, p[1], "%s <ops@customer.example>" % p[5], "FleetCare access for your depot", body, domain=ctx.domain)
    # notebook with a connection string in a cell
    d = ctx.doc("analytics/casing_yield.ipynb")
    d.w("{", ' "cells": [', "  {", '   "cell_type": "code", "execution_count": 3, "metadata": {},', '   "source": [',
        '    "import pandas as pd, sqlalchemy as sa\\n",',
        '    "eng = sa.create_engine(\\"postgresql://analyst:%s@%s/casetrack\\")\\n",' % (d.S(ctx.pw("uri"), "notebook-db-password"), ctx.host("pg01")),
        '    "df = pd.read_sql(\\"select * from casing_results\\", eng)"', "   ],", '   "outputs": []', "  }", " ],",
        ' "metadata": {"kernelspec": {"name": "python3"}},', ' "nbformat": 4, "nbformat_minor": 5', "}")
