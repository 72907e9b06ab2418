"""Serverless / JAMstack: a Next.js storefront on Vercel with Supabase, a Netlify marketing site,
Serverless Framework and SAM backends, Firebase functions, a Cloudflare Worker and a Shopify app.
Publishable / anon / search-only keys sit right next to their secret counterparts."""

import json

from core import T
from .lab import gcp_service_account


def build(c):
    t, pw, nm, r = c.tok, c.pw, c.names, c.rng
    brand = nm.client()
    dom = nm.domain(brand)
    root = "jamstack"
    ref = t.chars(20, "abcdefghijklmnopqrstuvwxyz")
    now = r.randint(1700000000, 1720000000)

    def supa(role):
        return t.jwt_hs256({"iss": "supabase", "ref": ref, "role": role, "iat": now, "exp": now + 315360000})

    # ------------------------------------------------------------------ Next.js .env.local
    F = c.file("%s/storefront/.env.local" % root)
    F.write(T("""
        # Created by Vercel CLI, then edited by hand
        NEXT_PUBLIC_SITE_URL=https://@@dom@@
        NEXT_PUBLIC_SUPABASE_URL=https://@@ref@@.supabase.co
        NEXT_PUBLIC_SUPABASE_ANON_KEY=@@anon@@
        SUPABASE_SERVICE_ROLE_KEY=@@svc@@

        NEXT_PUBLIC_ALGOLIA_APP_ID=@@appid@@
        NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=@@search@@
        ALGOLIA_ADMIN_KEY=@@admin@@

        NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=@@pk@@
        STRIPE_SECRET_KEY=@@sk@@
        STRIPE_WEBHOOK_SECRET=@@wh@@

        NEXT_PUBLIC_MAPBOX_TOKEN=@@mpk@@
        MAPBOX_UPLOAD_TOKEN=@@msk@@

        NEXT_PUBLIC_SENTRY_DSN=@@dsn@@
        SENTRY_AUTH_TOKEN=@@sentry@@
        SENTRY_ORG=@@org@@
        SENTRY_PROJECT=storefront
        """, dom=dom, ref=ref, anon=F.n(supa("anon"), "publishable-key", {"type": "jwt"}),
        svc=F.s(supa("service_role"), "supabase-service-role-key", {"type": "jwt"}),
        appid=t.chars(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
        search=F.n(t.algolia_key(), "algolia-search-only-key"), admin=F.s(t.algolia_key(), "algolia-admin-key"),
        pk=F.n(t.stripe("pk_live"), "publishable-key"), sk=F.s(t.stripe("rk_live"), "stripe-secret-key"),
        wh=F.s(t.stripe_whsec(), "stripe-webhook-secret"),
        mpk=F.n(t.mapbox("pk", brand.split("-")[0]), "publishable-key"),
        msk=F.s(t.mapbox("sk", brand.split("-")[0]), "mapbox-secret-token"),
        dsn=F.n("https://%s@o%s.ingest.de.sentry.io/%s" % (t.hex(32), t.digits(6), t.digits(7)), "sentry-dsn"),
        sentry=F.s(t.sentry_org(brand.split("-")[0]), "sentry-auth-token", {"type": "sentry-org"}),
        org=brand.split("-")[0]))

    F = c.file("%s/storefront/.env.production" % root)
    F.write(T("""
        OPENAI_API_KEY=@@oai@@
        ANTHROPIC_API_KEY=@@ant@@
        RESEND_API_KEY=@@resend@@
        EMAIL_FROM="@@brand@@ <orders@@@dom@@>"
        REVALIDATE_SECRET=@@reval@@
        """, oai=F.s(t.openai_legacy(), "openai-api-key"), ant=F.s(t.anthropic(), "anthropic-api-key"),
        resend=F.s(t.resend(), "resend-api-key"), brand=brand.replace("-", " ").title(), dom=dom,
        reval=F.s(t.hex(32), "generic-api-key")))

    F = c.file("%s/storefront/.vercel/project.json" % root)
    F.write(_vercel_project(F, t))

    F = c.file("%s/storefront/src/lib/search.ts" % root)
    F.write(T("""
        import { liteClient as algoliasearch } from 'algoliasearch/lite';

        export const searchClient = algoliasearch(
          process.env.NEXT_PUBLIC_ALGOLIA_APP_ID!,
          process.env.NEXT_PUBLIC_ALGOLIA_SEARCH_KEY!,
        );

        export const PRODUCTS_INDEX = 'products_prod';

        export async function searchProducts(query: string, page = 0) {
          const { results } = await searchClient.search({
            requests: [{ indexName: PRODUCTS_INDEX, query, page, hitsPerPage: 24 }],
          });
          return results[0];
        }
        """))

    F = c.file("%s/storefront/src/app/api/stripe/webhook/route.ts" % root)
    F.write(T("""
        import Stripe from 'stripe';
        import { NextResponse } from 'next/server';

        const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });

        export async function POST(req: Request) {
          const sig = req.headers.get('stripe-signature');
          const body = await req.text();
          let event: Stripe.Event;
          try {
            event = stripe.webhooks.constructEvent(body, sig!, process.env.STRIPE_WEBHOOK_SECRET!);
          } catch (err) {
            return NextResponse.json({ error: 'bad signature' }, { status: 400 });
          }
          if (event.type === 'checkout.session.completed') {
            const session = event.data.object as Stripe.Checkout.Session;
            console.log('paid', session.id, session.amount_total);
          }
          return NextResponse.json({ received: true });
        }
        """))

    F = c.file("%s/storefront/scripts/seed-products.ts" % root)
    shop = brand.replace("-", "") + ".myshopify.com"
    F.write(T("""
        // One-off import of the catalogue from the old Shopify store into Supabase.
        // npx tsx scripts/seed-products.ts
        import { createClient } from '@supabase/supabase-js';

        const SHOP = '@@shop@@';
        const SHOPIFY_ADMIN_TOKEN = '@@shpat@@';

        const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

        async function* products() {
          let url: string | null = `https://${SHOP}/admin/api/2024-04/products.json?limit=250`;
          while (url) {
            const res = await fetch(url, { headers: { 'X-Shopify-Access-Token': SHOPIFY_ADMIN_TOKEN } });
            const body = await res.json();
            yield* body.products;
            const link = res.headers.get('link') ?? '';
            url = /<([^>]+)>; rel="next"/.exec(link)?.[1] ?? null;
          }
        }

        for await (const p of products()) {
          await supabase.from('products').upsert({ handle: p.handle, title: p.title, body_html: p.body_html });
        }
        """, shop=shop, shpat=F.s(t.shopify("shpat"), "shopify-access-token")))

    F = c.file("%s/storefront/pnpm-lock.yaml" % root)
    F.write(T("""
        lockfileVersion: '9.0'

        settings:
          autoInstallPeers: true
          excludeLinksFromLockfile: false

        packages:

          '@supabase/supabase-js@2.44.2':
            resolution: {integrity: sha512-@@i1@@}

          algoliasearch@5.0.0:
            resolution: {integrity: sha512-@@i2@@}
            engines: {node: '>= 14.0.0'}

          stripe@16.2.0:
            resolution: {integrity: sha512-@@i3@@}
            engines: {node: '>=12.*'}
        """, i1=F.n(t.b64(64), "integrity-hash"), i2=F.n(t.b64(64), "integrity-hash"), i3=F.n(t.b64(64), "integrity-hash")))

    F = c.file("%s/storefront/.github/workflows/deploy.yml" % root)
    F.write(T("""
        name: Deploy
        on:
          push:
            branches: [main]
        env:
          VERCEL_ORG_ID: @@org@@
          VERCEL_PROJECT_ID: @@prj@@
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: pnpm/action-setup@v4
              - run: pnpm install --frozen-lockfile
              - run: npx vercel pull --yes --environment=production --token=@@tok@@
              - run: npx vercel build --prod
              - run: npx vercel deploy --prebuilt --prod --token=${{ secrets.VERCEL_TOKEN }}
        """, org="team_" + t.mixed(24), prj="prj_" + t.mixed(28), tok=F.s(t.vercel(), "vercel-token")))

    # ------------------------------------------------------------------ Netlify marketing site
    c.plain("%s/marketing/netlify.toml" % root, T("""
        [build]
          command = "hugo --gc --minify"
          publish = "public"

        [build.environment]
          HUGO_VERSION = "0.128.0"
          HUGO_ENV = "production"
          NODE_VERSION = "20"

        [[redirects]]
          from = "/shop/*"
          to = "https://@@dom@@/:splat"
          status = 301

        [[headers]]
          for = "/*"
          [headers.values]
            X-Frame-Options = "DENY"
            Referrer-Policy = "strict-origin-when-cross-origin"
        """, dom=dom))

    F = c.file("%s/marketing/.netlify/state.json" % root)
    F.write(T("""
        {
        	"siteId": "@@sid@@"
        }
        """, sid=F.n(t.uuid(), "uuid")))

    F = c.file("%s/marketing/netlify/functions/subscribe.mjs" % root)
    F.write(T("""
        export default async (req) => {
          const { email } = await req.json();
          const key = @@ref@@;
          const dc = key.split('-')[1];
          const res = await fetch(`https://${dc}.api.mailchimp.com/3.0/lists/${process.env.MAILCHIMP_LIST}/members`, {
            method: 'POST',
            headers: { Authorization: `apikey ${key}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ email_address: email, status: 'pending' }),
          });
          return new Response(null, { status: res.ok ? 202 : 502 });
        };
        """, ref=F.n("Netlify.env.get('MAILCHIMP_API_KEY')", "env-reference")))

    F = c.file("%s/marketing/.env" % root)
    F.write(T("""
        NETLIFY_AUTH_TOKEN=@@nf@@
        NETLIFY_SITE_ID=@@sid@@
        MAILCHIMP_API_KEY=@@mc@@
        MAILCHIMP_LIST=@@list@@
        """, nf=F.s(t.netlify(), "netlify-token"), sid=F.n(t.uuid(), "uuid"), mc=F.s(t.mailchimp(), "mailchimp-api-key"),
        list=t.hex(10)))

    # ------------------------------------------------------------------ Serverless Framework
    F = c.file("%s/orders-api/serverless.yml" % root)
    sid = t.twilio_sid()
    ttok = t.hex(32)
    F.write(T("""
        service: orders-api
        frameworkVersion: "3"

        provider:
          name: aws
          runtime: nodejs20.x
          region: eu-west-2
          stage: ${opt:stage, 'dev'}
          memorySize: 512
          environment:
            TABLE_NAME: ${self:service}-${sls:stage}-orders
            DB_PASSWORD: @@ssm@@
            @@tb@@TWILIO_ACCOUNT_SID: @@sid@@
            TWILIO_AUTH_TOKEN: @@ttok@@@@te@@
            TWILIO_FROM: "+447700900@@n@@"
            SENDGRID_API_KEY: @@sg@@
          iam:
            role:
              statements:
                - Effect: Allow
                  Action: [dynamodb:PutItem, dynamodb:GetItem, dynamodb:Query]
                  Resource: !GetAtt OrdersTable.Arn

        functions:
          createOrder:
            handler: src/handlers/create.handler
            events:
              - httpApi: { path: /orders, method: post }
          notify:
            handler: src/handlers/notify.handler
            events:
              - stream:
                  type: dynamodb
                  arn: !GetAtt OrdersTable.StreamArn

        resources:
          Resources:
            OrdersTable:
              Type: AWS::DynamoDB::Table
              Properties:
                TableName: ${self:provider.environment.TABLE_NAME}
                BillingMode: PAY_PER_REQUEST
                AttributeDefinitions:
                  - { AttributeName: pk, AttributeType: S }
                KeySchema:
                  - { AttributeName: pk, KeyType: HASH }
                StreamSpecification:
                  StreamViewType: NEW_IMAGE
        """, ssm=F.n("${ssm:/orders/${sls:stage}/db-password}", "secret-manager-reference"),
        tb=F.sb("twilio-credentials", [sid, ttok]), sid=sid, ttok=ttok, te=F.e(), n=r.randint(100, 999),
        sg=F.s(t.sendgrid(), "sendgrid-api-key")))

    # ------------------------------------------------------------------ SAM
    F = c.file("%s/reports-api/template.yaml" % root)
    F.write(T("""
        AWSTemplateFormatVersion: '2010-09-09'
        Transform: AWS::Serverless-2016-10-31
        Description: Nightly sales reports

        Parameters:
          Stage:
            Type: String
            Default: prod
          DbPassword:
            Type: String
            NoEcho: true
            Default: "@@dbpw@@"

        Globals:
          Function:
            Runtime: python3.12
            Timeout: 60
            MemorySize: 256

        Resources:
          ReportFunction:
            Type: AWS::Serverless::Function
            Properties:
              Handler: app.handler
              CodeUri: src/
              Environment:
                Variables:
                  DB_HOST: reports.cluster-ro-@@cl@@.eu-west-2.rds.amazonaws.com
                  DB_PASSWORD: !Ref DbPassword
                  SLACK_TOKEN: '@@resolve@@'
              Events:
                Nightly:
                  Type: Schedule
                  Properties:
                    Schedule: cron(0 5 * * ? *)
        """, dbpw=F.s(pw.any("yaml"), "generic-password"), cl=t.chars(12, "abcdefghijklmnopqrstuvwxyz0123456789"),
        resolve=F.n("{{resolve:secretsmanager:prod/reports:SecretString:slackToken}}", "secret-manager-reference")))

    # ------------------------------------------------------------------ Firebase functions
    F = c.file("%s/firebase-app/functions/.runtimeconfig.json" % root)
    F.write(T("""
        {
          "stripe": {
            "secret": "@@sk@@",
            "webhook_secret": "@@wh@@"
          },
          "sendgrid": {
            "key": "@@sg@@",
            "template_order": "d-@@tmpl@@"
          }
        }
        """, sk=F.s(t.stripe("sk_live"), "stripe-secret-key"), wh=F.s(t.stripe_whsec(), "stripe-webhook-secret"),
        sg=F.s(t.sendgrid(), "sendgrid-api-key"), tmpl=t.hex(32)))

    F = c.file("%s/firebase-app/functions/src/push.ts" % root)
    F.write(T("""
        import * as functions from 'firebase-functions/v1';
        import fetch from 'node-fetch';

        // Legacy HTTP API; the project was created before FCM v1 was mandatory.
        const FCM_SERVER_KEY = '@@fcm@@';

        export const notifyOnOrder = functions.firestore
          .document('orders/{orderId}')
          .onCreate(async (snap) => {
            const order = snap.data();
            await fetch('https://fcm.googleapis.com/fcm/send', {
              method: 'POST',
              headers: { Authorization: `key=${FCM_SERVER_KEY}`, 'Content-Type': 'application/json' },
              body: JSON.stringify({ to: `/topics/store-${order.storeId}`, notification: { title: 'New order', body: order.summary } }),
            });
          });

        export const stripeSecret = () => functions.config().stripe.secret;
        """, fcm=F.s(t.fcm_server(), "firebase-cloud-messaging-server-key")))

    proj = "%s-app-%s" % (brand.split("-")[0], t.chars(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    sa = gcp_service_account(c, proj, "firebase-adminsdk-%s" % t.chars(5, "abcdefghijklmnopqrstuvwxyz0123456789"))
    F = c.file("%s/firebase-app/functions/serviceAccountKey.json" % root)
    F.write(F.sb("gcp-service-account", [sa["private_key_id"], "-----BEGIN PRIVATE KEY-----"], {"type": "gcp-sa"})
            + json.dumps(sa, indent=2) + F.e() + "\n")

    F = c.file("%s/firebase-app/.firebaserc" % root)
    F.write(T("""
        {
          "projects": {
            "default": "@@proj@@"
          }
        }
        """, proj=proj))

    # ------------------------------------------------------------------ Cloudflare worker
    F = c.file("%s/edge-worker/wrangler.toml" % root)
    F.write(T("""
        name = "@@brand@@-edge"
        main = "src/index.ts"
        compatibility_date = "2024-06-20"
        account_id = "@@acct@@"

        [vars]
        ORIGIN = "https://@@dom@@"
        TURNSTILE_SITE_KEY = "@@site@@"

        [[kv_namespaces]]
        binding = "SESSIONS"
        id = "@@kv1@@"
        preview_id = "@@kv2@@"

        [[r2_buckets]]
        binding = "ASSETS"
        bucket_name = "@@brand@@-assets"
        """, brand=brand, acct=F.n(t.hex(32), "resource-identifier"), dom=dom,
        site=F.n(t.turnstile_site(), "publishable-key"), kv1=F.n(t.hex(32), "resource-identifier"),
        kv2=F.n(t.hex(32), "resource-identifier")))

    F = c.file("%s/edge-worker/.dev.vars" % root)
    F.write(T("""
        CLOUDFLARE_API_TOKEN=@@cf@@
        TURNSTILE_SECRET_KEY=@@ts@@
        SESSION_HMAC_KEY=@@hm@@
        """, cf=F.s(t.cloudflare_token(), "cloudflare-api-token"), ts=F.s(t.turnstile_secret(), "turnstile-secret-key"),
        hm=F.s(t.b64(32), "generic-api-key")))

    F = c.file("%s/edge-worker/src/index.ts" % root)
    F.write(T("""
        export interface Env {
          ORIGIN: string;
          TURNSTILE_SECRET_KEY: string;
          SESSIONS: KVNamespace;
        }

        async function verifyTurnstile(token: string, ip: string, env: Env): Promise<boolean> {
          const form = new FormData();
          form.append('secret', env.TURNSTILE_SECRET_KEY);
          form.append('response', token);
          form.append('remoteip', ip);
          const res = await fetch('https://challenges.cloudflare.com/turnstile/v0/siteverify', { method: 'POST', body: form });
          const data = await res.json<{ success: boolean }>();
          return data.success;
        }

        export default {
          async fetch(request: Request, env: Env): Promise<Response> {
            const url = new URL(request.url);
            if (url.pathname === '/api/contact' && request.method === 'POST') {
              const form = await request.formData();
              const ok = await verifyTurnstile(String(form.get('cf-turnstile-response')), request.headers.get('CF-Connecting-IP') ?? '', env);
              if (!ok) return new Response('captcha failed', { status: 403 });
            }
            return fetch(new Request(env.ORIGIN + url.pathname + url.search, request));
          },
        };
        """))

    # ------------------------------------------------------------------ Shopify app
    F = c.file("%s/shopify-app/.env" % root)
    F.write(T("""
        SHOPIFY_API_KEY=@@key@@
        SHOPIFY_API_SECRET=@@sec@@
        SCOPES=read_products,write_orders
        HOST=https://@@brand@@-app.fly.dev
        DATABASE_URL=@@db@@
        """, key=F.n(t.hex(32), "public-client-id"), sec=F.s(t.shopify("shpss"), "shopify-shared-secret"),
        brand=brand, db=F.s("postgres://shopify_app:%s@%s-db.flycast:5432/shopify_app?sslmode=disable"
                            % (pw.random(safe="uri"), brand), "credential-uri")))

    F = c.file("%s/README.md" % root)
    F.write(T("""
        # @@brand@@ web

        | folder | what | deploys to |
        |---|---|---|
        | `storefront/` | Next.js 14 shop | Vercel |
        | `marketing/` | Hugo site | Netlify |
        | `orders-api/` | Serverless Framework | AWS Lambda |
        | `reports-api/` | SAM | AWS Lambda |
        | `firebase-app/` | push notifications | Firebase |
        | `edge-worker/` | Cloudflare Worker in front of the shop | Cloudflare |
        | `shopify-app/` | Remix app for the legacy store | Fly.io |

        Local API calls:

        ```sh
        curl -H "Authorization: Bearer @@ph@@" http://localhost:3000/api/orders
        ```

        Never prefix a server-side secret with `NEXT_PUBLIC_`: those are inlined into the bundle.
        """, brand=brand.replace("-", " ").title(), ph=F.n("<YOUR_TOKEN>", "placeholder")))

    # ------------------------------------------------------------------ marketing index with CSP hashes + PlanetScale
    F = c.file("%s/marketing/layouts/partials/head.html" % root)
    F.write(T("""
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy"
              content="default-src 'self'; script-src 'self' @@h1@@; style-src 'self' 'unsafe-inline'">
        <title>{{ .Title }} | {{ .Site.Title }}</title>
        <link rel="stylesheet" href="{{ $css.RelPermalink }}" integrity="@@h2@@" crossorigin="anonymous">
        <script>document.documentElement.classList.add('js');</script>
        """, h1=F.n("'sha256-%s'" % t.b64(32), "integrity-hash"), h2=F.n("sha384-" + t.b64(48), "integrity-hash")))

    F = c.file("%s/admin-panel/.env" % root)
    F.write(T("""
        DATABASE_URL=@@db@@
        NEXTAUTH_URL=https://admin.@@dom@@
        NEXTAUTH_SECRET=@@na@@
        """, db=F.s("mysql://%s:%s@aws.connect.psdb.cloud/%s?sslaccept=strict"
                    % (t.chars(12, "abcdefghijklmnopqrstuvwxyz0123456789"), t.planetscale_pw(), brand.split("-")[0]),
                    "planetscale-password"), dom=dom, na=F.s(t.b64(32), "generic-api-key")))



def _vercel_project(F, t):
    return T("""
        {"projectId":"@@p@@","orgId":"@@o@@","settings":{"framework":"nextjs","nodeVersion":"20.x"}}
        """, p=F.n("prj_" + t.mixed(28), "resource-identifier"), o="team_" + t.mixed(24))
