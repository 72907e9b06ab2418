"""SAP / Salesforce integration shop: RFC destinations, CPI iFlow parameters, MuleSoft secure properties,
Boomi, Salesforce JWT bearer flow, IDoc monitoring."""

from themes.common import chat, ticket, email, wiki, history, csv_sheet, ekeys

ORGS = [("Bridgewell Integration Partners", "bridgewell.example"), ("Keystone SAP Services", "keystone-sap.example"), ("Tidewater Consulting", "tidewater-c.example")]


def build(ctx):
    r, v = ctx.r, ctx.v
    clients = r.sample(["acme-foods", "norsk-steel", "helios-pharma", "orchid-retail", "vantage-auto"], r.randint(2, 3))
    for c in clients:
        d = ctx.doc("clients/%s/sapnwrfc.ini" % c)
        d.close("DEST=%s_PRD\nASHOST=sap-prd.%s.example\nSYSNR=00\nCLIENT=100\nUSER=RFC_%s\nPASSWD=%s\nLANG=EN\n\nDEST=%s_QAS\nASHOST=sap-qas.%s.example\nSYSNR=10\nCLIENT=200\nUSER=RFC_%s\nPASSWD=%s\n"
                % (c.split("-")[0].upper(), c, c.split("-")[0].upper(), d.S(ctx.pw("strong"), "sap-rfc-password"), c.split("-")[0].upper(), c,
                   c.split("-")[0].upper(), d.S(ctx.pw(), "sap-rfc-password")))
        d = ctx.doc("clients/%s/mule/src/main/resources/secure-prd.yaml" % c)
        d.close('sap:\n  user: "RFC_MULE"\n  password: "%s"\nsalesforce:\n  username: "integration@%s.example"\n  password: "%s"\n  token: "%s"\n'
                % (d.N("![" + v.b64(24) + "]", "encrypted-blob"), c, d.N("![" + v.b64(24) + "]", "encrypted-blob"), d.N("![" + v.b64(32) + "]", "encrypted-blob")))
        d = ctx.doc("clients/%s/mule/src/main/resources/config-dev.yaml" % c)
        d.close('sap:\n  user: "RFC_MULE"\n  password: "%s"\nsalesforce:\n  username: "integration@%s.example.dev"\n  password: "%s"\nhttp:\n  port: "8081"\n'
                % (d.S(ctx.pw(), "mule-config-password"), c, d.S(ctx.pw() + v.an(25), "salesforce-password-token")))
    # CPI iFlow externalised parameters
    d = ctx.doc("cpi/%s-orders/parameters.prop" % clients[0])
    d.close("SFTP_Host=sftp.%s.example\nSFTP_User=cpi_orders\nSFTP_CredentialAlias=%s\nOAuth_ClientId=sb-%s!b%s\nOAuth_ClientSecret=%s\nTimer=0 */5 * * * ?\n"
            % (clients[0], d.N("SFTP_ORDERS_PRD", "secret-reference"), v.uuid(), v.digits(5), d.S(v.uuid() + "$" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 43) + "=", "btp-client-secret")))
    # Salesforce JWT bearer key + connected app
    key = ekeys.RSAKey(r, 2048)
    d = ctx.doc("salesforce/jwt/server.key")
    d.close(d.S(key.pem_pkcs1(), "private-key-pem", "pem") + "\n")
    d = ctx.doc("salesforce/jwt/server.crt")
    d.close(d.N(ekeys.certificate(key, "sfdc-jwt." + ctx.domain, ctx.org, ekeys.ECKey(r), r), "certificate") + "\n")
    d = ctx.doc("salesforce/connected-app.md")
    d.close("# Connected app `Integration_JWT`\n\nConsumer key (public, identifies the app): %s\n\nConsumer secret: %s\n\nCallback: https://login.salesforce.com/services/oauth2/success\n"
            % (d.N("3MVG9" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._", 80), "oauth-client-id"), ctx.tok(d, "salesforce-consumer-secret")))
    # Boomi atom
    d = ctx.doc("boomi/atom/conf/container.properties")
    d.close("com.boomi.container.name=%s-atom\ncom.boomi.container.proxyHost=proxy.%s\ncom.boomi.container.proxyUser=boomi\ncom.boomi.container.proxyPassword=%s\ncom.boomi.container.sharedServer.http.port=9090\n"
            % (ctx.t, ctx.domain, d.S(ctx.pw(), "proxy-password")))
    # prose
    d = ctx.doc("delivery/exports/cutover.json", prose=True)
    msgs = [(0, "cutover for %s starts 22:00" % clients[0]), (1, "RFC user in PRD: RFC_%s / %s" % (clients[0].split("-")[0].upper(), d.S(ctx.pw("strong"), "sap-rfc-password"))),
            (2, "SF integration user pw+token: %s" % d.S(ctx.pw() + v.an(24), "salesforce-password-token")), (0, "thanks, rotating after go-live")]
    d.close(chat(ctx, d, msgs, "slack"))
    d = ctx.doc("delivery/tickets/idoc-failures", prose=True)
    ext, text = ticket(ctx, "INT-%d" % r.randint(100, 999), "IDocs stuck in status 51", [
        (1, "The partner profile still has the old password. Logon data for SM59 destination: user CPIIDOC, pass %s" % d.S(ctx.pw(), "sap-rfc-password")),
        (2, "Fixed in SM59, reprocessed with BD87.")])
    d.path += ext
    d.close(text)
    return "sap"
