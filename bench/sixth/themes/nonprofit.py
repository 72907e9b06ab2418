"""Nonprofit: CiviCRM, Joomla site, Salesforce NPSP, Stripe/PayPal donations, Mailchimp,
Blackbaud SKY, QuickBooks, events, volunteers, WhatsApp board chat."""
import skeys
from themes.common import (jq, indent, whatsapp_txt, eml, bash_history, i18n_json, neg_hash, b64)
from themes import more


def build(t):
    r, v = t.r, t.v
    org = r.choice(["Open Fields Food Bank", "Bright Futures Literacy", "Riverside Animal Rescue", "Harbor Light Shelter", "Greenway Land Trust"])
    dom = org.split()[0].lower() + org.split()[1].lower() + ".org"

    # ------------------------------------------------------------ CiviCRM / Joomla
    cpw = v.pw(specials="-_.!*")
    upw = v.pw(specials="-_.!*")
    sk = v.an(32)
    cred = "aes-cbc:hkdf-sha256:" + v.b64(32)
    sign = "jwt-hs256:hkdf-sha256:" + v.b64(32)
    d = t.f("web/administrator/components/com_civicrm/civicrm.settings.php")
    d.done(f"""<?php
/* CiviCRM settings for {org} (Joomla 4) */
if (!defined('CIVICRM_UF')) {{
  define('CIVICRM_UF', 'Joomla');
}}
define('CIVICRM_UF_DSN', '{d.S("mysql://joomla_app:%s@db.%s/joomla?new_link=true" % (upw, dom), "credential-uri")}');
define('CIVICRM_DSN', '{d.S("mysql://civicrm:%s@db.%s/civicrm?new_link=true" % (cpw, dom), "credential-uri")}');
define('CIVICRM_SITE_KEY', '{d.S(sk, "civicrm-key")}');
define('CIVICRM_CRED_KEYS', '{d.S(cred, "civicrm-key")}');
define('CIVICRM_SIGN_KEYS', '{d.S(sign, "civicrm-key")}');
$civicrm_root = JPATH_ADMINISTRATOR . '/components/com_civicrm/civicrm';
define('CIVICRM_TEMPLATE_COMPILEDIR', JPATH_SITE . '/media/civicrm/templates_c/');
""")

    jpw, jsec, smtp = v.pw(), v.an(16), v.pw()
    d = t.f("web/configuration.php")
    d.done(f"""<?php
class JConfig {{
	public $offline = false;
	public $sitename = '{org}';
	public $dbtype = 'mysqli';
	public $host = 'db.{dom}';
	public $user = 'joomla_app';
	public $password = '{d.S(upw, "database-password")}';
	public $db = 'joomla';
	public $dbprefix = 'jos_';
	public $secret = '{d.S(jsec, "joomla-secret")}';
	public $mailer = 'smtp';
	public $smtphost = 'smtp.sendgrid.net';
	public $smtpuser = 'apikey';
	public $smtppass = '{d.S(v.sendgrid(), "sendgrid-api-key")}';
	public $smtpport = 587;
	public $live_site = 'https://www.{dom}';
}}
""")

    # ------------------------------------------------------------ donations
    wh = v.whsec()
    d = t.f("donations/stripe-webhooks/handler.js")
    d.done(f"""const stripe = require('stripe')(process.env.STRIPE_SECRET_KEY);
const express = require('express');

// signing secret for the "donations-prod" endpoint
const endpointSecret = '{d.S(wh, "stripe-webhook-secret")}';

const app = express();
app.post('/webhook', express.raw({{ type: 'application/json' }}), (req, res) => {{
  const event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  if (event.type === 'checkout.session.completed') {{
    // record gift in CiviCRM
  }}
  res.sendStatus(200);
}});
app.listen(3000);
""")

    pp_id = "A" + v.b64u(79)
    pp_sec = "E" + v.b64u(79)
    d = t.f("donations/paypal/paypal-config.php")
    d.done(f"""<?php
return [
    'mode' => 'live',
    'client_id' => '{d.N(pp_id, "public-client-id")}',
    'client_secret' => '{d.S(pp_sec, "paypal-client-secret")}',
    'webhook_id' => '{d.N(v.uan(17), "resource-identifier")}',
];
""")

    d = t.f("donations/giving-page/index.html")
    d.done(f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Give to {org}</title>
  <script src="https://js.stripe.com/v3/"></script>
  <script src="https://www.paypal.com/sdk/js?client-id={d.N(pp_id, "public-client-id")}&currency=USD"></script>
  <script src="https://www.google.com/recaptcha/api.js?render={d.N("6L" + v.b64u(38), "publishable-key")}"></script>
</head>
<body>
  <form id="give" data-stripe-key="{d.N(v.stripe_pk(), "publishable-key")}">
    <input name="amount" type="number" min="5">
    <button>Donate</button>
  </form>
  <script integrity="{d.N(v.sri(), "integrity-hash")}" src="/js/give.js"></script>
</body>
</html>
""")

    d = t.f("donations/docs/stripe-testing.md")
    d.done(f"""# Testing donations locally

Use Stripe's documented test key in `.env.local` (it only works in test mode):

    STRIPE_SECRET_KEY={d.N("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "documentation-example")}

Test cards: `4242 4242 4242 4242` (success), `4000 0000 0000 9995` (insufficient funds).
""")

    # ------------------------------------------------------------ email / CRM
    mc = v.mailchimp()
    d = t.f("crm-sync/mailchimp_sync.py")
    d.done(f'''"""Push CiviCRM donor segments to Mailchimp audiences."""
import mailchimp_marketing as MailchimpMarketing

client = MailchimpMarketing.Client()
client.set_config({{"api_key": "{d.S(mc, "mailchimp-api-key")}", "server": "{mc.split("-")[-1]}"}})
AUDIENCE_ID = "{d.N(v.hex(10), "resource-identifier")}"
''')

    sf_org = v.sf_org()
    rt = v.sf_refresh()
    d = t.f("salesforce/npsp/.sfdx/auth-url.txt")
    d.done(str(d.S("force://PlatformCLI::%s@%s.my.salesforce.com" % (rt, dom.split(".")[0]), "salesforce-sfdx-auth-url", "sfdx")) + "\n")

    sfp, sft = v.pw(specials="!-_"), v.an(24)
    d = t.f("salesforce/npsp/scripts/import_gifts.py")
    d.done(f'''from simple_salesforce import Salesforce

sf = Salesforce(
    username="integration@{dom}",
    password="{d.S(sfp, "service-account-password")}",
    security_token="{d.S(sft, "api-secret")}",
)
for row in csv.DictReader(open("gifts.csv")):
    sf.Opportunity.create({{"Name": row["name"], "Amount": row["amount"], "StageName": "Closed Won"}})
''')

    dlk = v.b64(16)
    d = t.f("salesforce/dataloader/config.properties")
    d.done(f"""sfdc.endpoint=https://login.salesforce.com
sfdc.username=dataloader@{dom}
sfdc.password={d.N(v.HEX(64).lower(), "encrypted-blob")}
process.encryptionKeyFile=dataloader.key
sfdc.loadBatchSize=200
""")
    d = t.f("salesforce/dataloader/dataloader.key")
    d.done(str(d.S(dlk, "dataloader-encryption-key")))

    # ------------------------------------------------------------ other SaaS
    eb = v.uan(20)
    zs = v.an(32)
    d = t.f("events/eventbrite.env")
    d.done(f"""EVENTBRITE_ORG_ID={d.N(v.digits(12), "account-identifier")}
EVENTBRITE_PRIVATE_TOKEN={d.S(eb, "eventbrite-token")}
ZOOM_WEBINAR_CLIENT_SECRET={d.S(zs, "zoom-client-secret")}
""")

    vh = v.pw()
    d = t.f("volunteers/volunteerhub.yaml")
    d.done(f"""volunteerhub:
  organization: {dom.split(".")[0]}
  api_user: civisync
  api_password: {d.S(vh, "volunteerhub-password")}
  sync_groups: [warehouse, drivers, events]
""")

    bb_sub = v.hex(32)
    bb_sec = v.b64(32)
    bb_rt = v.hex(32)
    d = t.f("grants/blackbaud/sky-api.json")
    d.done("""{
  "subscription_key": %s,
  "application_id": %s,
  "application_secret": %s,
  "refresh_token": %s,
  "environment": "p-%s"
}
""" % (jq(str(d.S(bb_sub, "blackbaud-subscription-key"))), jq(str(d.N(v.uuid(), "public-client-id"))),
       jq(str(d.S(bb_sec, "oauth-client-secret"))), jq(str(d.S(bb_rt, "oauth-refresh-token"))), v.lan(10)))

    qb = v.an(40)
    d = t.f("finance/quickbooks/.env")
    d.done(f"""QBO_CLIENT_ID={d.N("AB" + v.an(48), "public-client-id")}
QBO_CLIENT_SECRET={d.S(qb, "quickbooks-client-secret")}
QBO_REALM_ID={d.N(v.digits(19), "account-identifier")}
QBO_ENVIRONMENT=production
""")

    ach = t.rsa()
    d = t.f("finance/bank-sftp/ach_upload_rsa")
    d.done(str(d.S(ach.openssh("finance@%s" % dom, r), "private-key-openssh")))
    d = t.f("finance/bank-sftp/ach_upload_rsa.pub")
    d.done(str(d.N(ach.ssh_public("finance@%s" % dom), "public-key")))

    # ------------------------------------------------------------ prose
    db_shared = v.pw()
    guest = v.pw("human", specials="!")
    d = t.f("wiki/it-handbook.md", prose=True)
    d.done(f"""# IT handbook (volunteer edition)

**Donor database (CiviCRM):** log in with your own account. The shared front-desk login
`frontdesk` / `{d.S(db_shared, "service-account-password")}` is for gift entry only.

**Wi-Fi:** staff use the badge network; guests and volunteers use `{org.split()[0]}-Guest`
with passphrase `{d.S(guest, "wifi-psk")}`.

**Password manager:** Bitwarden org "{org}". Ask the ops manager for an invite.
""")

    cl = v.hex(32)
    d = t.f("ops/tickets/3312.txt", prose=True)
    d.done(f"""Ticket #3312  Classy -> CiviCRM integration stopped
From: {v.person()} (Development)
I regenerated the API credentials in Classy, here they are so you can update the sync:
client id: {d.N(v.an(24), "public-client-id")}
client secret: {d.S(cl, "classy-api-secret")}
Please let me know when it's running again. Thanks!
""")

    sftp = v.pw()
    d = t.f("ops/email/bank-integration.eml", prose=True)
    d.done(eml("Treasury Services <treasury@communitybank.example.com>", "finance@" + dom, "ACH origination - SFTP credentials",
               f"""Hello,

Your ACH origination SFTP account has been created.

  Host: sftp.communitybank.example.com (port 22)
  Username: {dom.split(".")[0]}_ach
  Initial password: {d.S(sftp, "sftp-password")}

Please upload your SSH public key through the portal; password login will be disabled 30 days
after the key is registered.

Treasury Services""", r=r))

    mcpw = v.pw()
    fb = v.meta()
    d = t.f("ops/chat/whatsapp-board-comms.txt", prose=True)
    d.done(whatsapp_txt(t, [
        (v.person(), "Can someone send me the Mailchimp login? I need to fix the gala invite"),
        (v.person(), "comms@{} / {}".format(dom, d.S(mcpw, "service-account-password"))),
        (v.person(), "The Facebook page token for the scheduler expired again"),
        (v.person(), "new one: {}".format(d.S(fb, "meta-access-token"))),
        (v.person(), "Thank you!! 🙏"),
    ]))

    dump = v.pw()
    cvp = v.pw()
    d = t.f("ops/history/admin.bash_history", prose=True)
    d.done(bash_history([
        "cd /var/www/html",
        "mysqldump -u civicrm -p'%s' civicrm | gzip > /backup/civicrm-$(date +%%F).sql.gz" % d.S(dump, "database-password"),
        "cv api4 Contact.get +l 5",
        "cv api4 Contact.update +w id=1 +v api_key=%s" % d.S(v.an(24), "api-key"),
        "ls -la /backup",
    ]))

    d = t.f("data/exports/donor-portal-users.csv")
    rows = ["contact_id,email,password_hash,last_login"]
    for _ in range(4):
        rows.append("%s,%s@example.net,%s,2025-0%d-1%d" % (v.digits(5), v.user(), d.N(neg_hash(t, r.choice(["bcrypt", "argon2", "pbkdf2"])), "password-hash"),
                                                        r.randrange(1, 9), r.randrange(10)))
    d.done("\n".join(rows) + "\n")

    i18n_json(t, "web/language/fr-FR/donate.json", "fr")

    t.text("README.md", f"# {org} - web & CRM\n\nJoomla + CiviCRM site, donation handlers and integrations. Volunteers: please read wiki/it-handbook.md first.\n")

    more.layer(t, "apps", "gift-processor", "ghcr.io/%s" % dom.split(".")[0])
