"""Public-safety CAD/RMS software vendor: CJIS message switch, NCIC interface, mobile data, ALPR,
evidence platform, RapidSOS, customer deployment notes."""

from themes.common import chat, ticket, email, wiki, history, csv_sheet

ORGS = [("Sentinel Dispatch Systems", "sentineldispatch.example"), ("Bluecrest Public Safety Software", "bluecrest-ps.example")]


def build(ctx):
    r, v = ctx.r, ctx.v
    agencies = r.sample(["harlow-pd", "mercer-county-so", "eastbrook-fire", "pine-valley-pd", "lakeview-911"], r.randint(3, 4))
    for a in agencies:
        d = ctx.doc("deployments/%s/cad-server.xml" % a)
        d.close('<?xml version="1.0"?>\n<CadServer agency="%s">\n  <Database provider="sqlserver" host="cadsql.%s.local" user="cad_app" password="%s" />\n'
                '  <MessageSwitch host="switch.state.example" ori="%s" mnemonic="%s" password="%s" />\n  <Mapping esriKey="%s" />\n</CadServer>\n'
                % (a, a, d.S(ctx.pw("strong"), "xml-attribute-password"), v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2) + v.digits(7),
                   v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4), d.S(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8), "cjis-switch-password"),
                   d.N("AAPTxy" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 40), "public-api-key")))
    d = ctx.doc("mobile/mdc-client.config", crlf=True)
    d.close('<configuration>\n  <appSettings>\n    <add key="CadHost" value="https://mdc.%s" />\n    <add key="VpnPreSharedKey" value="%s" />\n'
            '    <add key="OfflineDbPassword" value="%s" />\n    <add key="AlprFeedKey" value="%s" />\n  </appSettings>\n</configuration>\n'
            % (ctx.domain, d.S(ctx.pw("strong"), "vpn-psk"), d.N("{DPAPI}" + v.b64(48), "encrypted-blob"), d.S(v.hex(40), "alpr-api-key")))
    d = ctx.doc("integrations/rapidsos.yaml")
    d.close('rapidsos:\n  client_id: "%s"\n  client_secret: "%s"\n  environment: production\nevidence:\n  axon_partner_id: "%s"\n  axon_secret: "%s"\n'
            % (d.N(v.an(32), "oauth-client-id"), d.S(v.an(32), "oauth-client-secret"), d.N(v.uuid(), "uuid"), d.S(v.b64(32), "evidence-api-secret")))
    d = ctx.doc("integrations/ncic-test-harness.py")
    d.close('# replays canned NCIC responses; the credentials below are the vendor test switch only\nSWITCH_HOST = "ncic-test.%s"\nSWITCH_PASSWORD = "%s"\n'
            'CANNED = "tests/data/ncic/*.txt"\n' % (ctx.domain, d.S(ctx.pw(), "test-switch-password")))
    d = ctx.doc("support/tickets/go-live-%s" % agencies[0], prose=True)
    ext, text = ticket(ctx, "CS-%d" % r.randint(1000, 9999), "Go-live: %s" % agencies[0], [
        (0, "Agency IT gave us the domain service account: svc_cad / %s" % d.S(ctx.pw("strong"), "prose-password")),
        (1, "Message switch password for ORI %s changed by the state; new value %s" % (v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2) + v.digits(7), d.S(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 8), "cjis-switch-password"))),
        (2, "Both stored in the customer vault now; remove from this ticket after audit (CJIS 5.6).")])
    d.path += ext
    d.close(text)
    d = ctx.doc("support/mail/%s-vpn.eml" % agencies[1], prose=True)
    d.close(email(ctx, "Remote support VPN", ["Hello,", "", "Our remote support tunnel for %s:" % agencies[1], "Gateway: vpn.%s.example" % agencies[1],
                  "Pre-shared key: %s" % d.S(ctx.pw("strong"), "vpn-psk"), "Username: vendor_support", "Password: %s" % d.S(ctx.pw(), "prose-password"),
                  "", "Access is logged per CJIS policy."], 4, 0))
    d = ctx.doc("support/wiki/cjis-handling")
    ext, text = wiki(ctx, "Handling customer credentials (CJIS)", [("p", "Customer credentials must only live in %s." % d.N("keeper://CAD-Customers/<agency>", "vault-reference")),
                                                                  ("p", "Example of a redacted ticket line: password %s" % d.N("[REDACTED per CJIS 5.6]", "masked"))])
    d.path += ext
    d.close(text)
    return "cad"
