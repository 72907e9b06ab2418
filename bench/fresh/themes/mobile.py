"""mobile-backend/: backend and release tooling of a consumer mobile app (NestJS API, Firebase functions,
Supabase, Expo/EAS, push (APNs/FCM/OneSignal), fastlane, Android signing, Play publisher, SDK configs
with public keys next to their secret counterparts)."""

import base64

from .common import D, gcp_sa, ts_module, readme

R = "mobile-backend/"


def build(c):
    v = c.v
    S, N = c.S, c.N
    dom = v.domain
    fb_proj = "%s-app-%s" % (v.slug, v.s("abcdefghijklmnopqrstuvwxyz0123456789", 5))
    ref = v.s("abcdefghijklmnopqrstuvwxyz", 20)

    c.w(R + "README.md", readme(v, "%s app backend" % v.company, """
        * `api/` NestJS API (Mongo, Redis)
        * `functions/` Firebase Cloud Functions (payments, push fan-out)
        * `supabase/` auth + realtime for the community feature
        * `app/` Expo config, EAS build profiles
        * `release/` fastlane, Play publisher, signing
        """))

    # ---------------------------------------------------------------- NestJS API
    api = R + "api/"
    sk_id, sk_sec = v.twilio_api_key()
    c.w(api + ".env.production", """
        NODE_ENV=production
        MONGO_URI=%s
        REDIS_URL=%s
        JWT_ACCESS_SECRET=%s
        JWT_REFRESH_SECRET=%s
        APPLE_SHARED_SECRET=%s
        GOOGLE_PLAY_SERVICE_ACCOUNT=%s
        TWILIO_VERIFY_SERVICE_SID=%s
        %sTWILIO_API_KEY=%s
        TWILIO_API_SECRET=%s%s
        AGORA_APP_ID=%s
        AGORA_APP_CERTIFICATE=%s
        INTERCOM_ACCESS_TOKEN=%s
        """ % (S("mongodb+srv://api:%s@prod.%s.mongodb.net/app?retryWrites=true&w=majority" % (v.password("url"), v.s("abcdefghijklmnopqrstuvwxyz0123456789", 5)), "credential-uri"),
               S("redis://:%s@%s:6379/2" % (v.password("url"), v.host("redis")), "credential-uri"),
               S(v.b64key(48), "jwt-signing-secret"), S(v.b64key(48), "jwt-signing-secret"), S(v.hexkey(32), "apple-shared-secret"),
               N("/var/run/secrets/play/service-account.json", "file-reference"), N("VA" + v.hexs(32), "resource-identifier"),
               c.B("secret", "twilio-api-key"), c.A(sk_id), c.A(sk_sec), c.E(), N(v.hexs(32), "public-client-id"),
               S(v.hexkey(32), "agora-app-certificate"),
               S(base64.b64encode(("tok:%s:%s" % (v.uuid(), v.uuid()[:8])).encode()).decode().rstrip("="), "intercom-access-token")))
    c.w(api + ".env.example", """
        MONGO_URI=mongodb://localhost:27017/app
        JWT_ACCESS_SECRET=%s
        JWT_REFRESH_SECRET=%s
        APPLE_SHARED_SECRET=%s
        """ % (N("replace-with-64-random-bytes", "placeholder"), N("${JWT_ACCESS_SECRET}", "env-reference"),
               N("<from App Store Connect>", "placeholder")))
    c.w(api + "src/config/configuration.ts", """
        export default () => ({
          port: parseInt(process.env.PORT ?? "3000", 10),
          mongo: { uri: %s },
          jwt: {
            accessSecret: process.env.JWT_ACCESS_SECRET,
            refreshSecret: process.env.JWT_REFRESH_SECRET,
            accessTtl: "15m",
          },
          revenuecat: {
            webhookAuth: "%s",
          },
          branch: {
            key: "%s",
            secret: "%s",
          },
        });
        """ % (N("process.env.MONGO_URI", "env-reference"), S("Bearer " + v.alnum(32), "webhook-signing-secret"),
               N("key_live_" + v.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32), "public-client-id"),
               S("secret_live_" + v.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32), "branch-secret-key")))
    c.w(api + "src/users/user.schema.ts", ts_module(v, "user_profile"))
    c.w(api + "src/i18n/en.json", """
        {
          "auth.password": "%s",
          "auth.password.hint": "%s",
          "auth.forgot": "Forgot password?",
          "auth.otp": "Enter the 6-digit code we sent you"
        }
        """ % (N("Password", "i18n-string"), N("At least 10 characters, one number", "i18n-string")))
    c.w(api + "test/e2e/auth.e2e-spec.ts", """
        describe("auth", () => {
          const user = { email: "e2e@example.com", password: "%s" };
          it("logs in", async () => {
            const res = await request(app.getHttpServer()).post("/auth/login").send(user).expect(201);
            expect(res.body.accessToken).toBeDefined();
          });
        });
        """ % N("xxxxxxxx", "test-fixture"))

    # ---------------------------------------------------------------- Firebase functions
    fn = R + "functions/"
    c.w(fn + ".env." + fb_proj, """
        STRIPE_SECRET=%s
        STRIPE_WEBHOOK_SECRET=%s
        SLACK_WEBHOOK=%s
        ALGOLIA_APP_ID=%s
        ALGOLIA_ADMIN_KEY=%s
        """ % (S(v.stripe("sk_live_"), "stripe-secret-key"), S(v.stripe("whsec_"), "stripe-webhook-secret"),
               S(v.slack_webhook(), "slack-webhook"), N(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10), "public-client-id"),
               S(v.hexkey(32), "algolia-admin-key")))
    c.w(fn + "src/push.ts", """
        import * as admin from "firebase-admin";
        import fetch from "node-fetch";

        admin.initializeApp();

        // legacy HTTP API, still used by the Android 5.x builds
        const LEGACY_SERVER_KEY = "%s";

        export async function legacyPush(token: string, title: string) {
          await fetch("https://fcm.googleapis.com/fcm/send", {
            method: "POST",
            headers: { Authorization: `key=${LEGACY_SERVER_KEY}`, "Content-Type": "application/json" },
            body: JSON.stringify({ to: token, notification: { title } }),
          });
        }
        """ % S(v.fcm_server_key(), "fcm-server-key"))
    c.w(fn + "src/onesignal.ts", """
        const ONESIGNAL_APP_ID = "%s";
        const ONESIGNAL_REST_KEY = "%s";

        export async function broadcast(heading: string) {
          return fetch("https://api.onesignal.com/notifications", {
            method: "POST",
            headers: { Authorization: `Key ${ONESIGNAL_REST_KEY}`, "Content-Type": "application/json" },
            body: JSON.stringify({ app_id: ONESIGNAL_APP_ID, included_segments: ["Subscribed Users"], headings: { en: heading } }),
          });
        }
        """ % (N(v.uuid(), "public-client-id"), S("os_v2_app_" + v.s("abcdefghijklmnopqrstuvwxyz234567", 113), "onesignal-rest-api-key")))
    c.w(fn + "service-account-%s.json" % fb_proj, gcp_sa(c, fb_proj, "firebase-adminsdk-" + v.s("abcdefghijklmnopqrstuvwxyz0123456789", 5)), dedent=False)
    c.w(R + "web/src/firebase.ts", """
        import { initializeApp } from "firebase/app";

        export const app = initializeApp({
          apiKey: "%s",
          authDomain: "%s.firebaseapp.com",
          projectId: "%s",
          storageBucket: "%s.appspot.com",
          messagingSenderId: "%s",
          appId: "%s",
          measurementId: "%s",
        });
        """ % (N(v.google_api(), "firebase-client-config-key"), fb_proj, fb_proj, fb_proj, v.digits(12),
               N("1:%s:web:%s" % (v.digits(12), v.hexs(22)), "public-client-id"), "G-" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)))

    # ---------------------------------------------------------------- Supabase
    sb = R + "supabase/"
    iat = v.iat()
    anon = v.jwt({"iss": "supabase", "ref": ref, "role": "anon", "iat": iat, "exp": iat + 315360000})
    service = v.jwt({"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315360000})
    c.w(sb + ".env", """
        SUPABASE_URL=https://%s.supabase.co
        SUPABASE_ANON_KEY=%s
        SUPABASE_SERVICE_ROLE_KEY=%s
        SUPABASE_ACCESS_TOKEN=%s
        SUPABASE_DB_PASSWORD=%s
        SUPABASE_SECRET_KEY=%s
        SUPABASE_PUBLISHABLE_KEY=%s
        """ % (ref, N(anon, "supabase-anon-key", check="jwt"), S(service, "supabase-service-role-key", check="jwt"),
               S(v.supabase_mgmt(), "supabase-access-token"), S(v.password("any"), "generic-password"),
               S(v.supabase_secret(), "supabase-secret-key"), N("sb_publishable_" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 31), "publishable-key")))
    c.w(sb + "config.toml", """
        project_id = "community"

        [api]
        port = 54321

        [auth]
        site_url = "https://app.%s"

        [auth.email.smtp]
        host = "smtp.postmarkapp.com"
        port = 587
        user = "%s"
        pass = "%s"
        admin_email = "no-reply@%s"

        [auth.external.apple]
        enabled = true
        client_id = "com.%s.app.signin"
        secret = "%s"

        [auth.external.google]
        enabled = true
        client_id = "%s"
        secret = "%s"
        """ % (dom, v.uuid(), S(v.uuid(), "postmark-server-token"), dom, v.slug, N("env(SUPABASE_AUTH_APPLE_SECRET)", "env-reference"),
               N(v.google_client_id(), "public-client-id"), S(v.gocspx(), "google-oauth-client-secret")))
    c.w(sb + "seed.sql", """
        -- staging seed: moderators for the community beta
        insert into auth.users (id, email, encrypted_password, email_confirmed_at, role)
        values
          ('%s', 'mod1@%s', crypt('%s', gen_salt('bf')), now(), 'authenticated'),
          ('%s', 'mod2@%s', '%s', now(), 'authenticated');
        """ % (v.uuid(), dom, S(v.password("any"), "generic-password"), N(v.uuid(), "uuid"), dom, v.bcrypt()))
    c.w(sb + "functions/moderate/index.ts", """
        import { createClient } from "https://esm.sh/@supabase/supabase-js@2";

        const supabase = createClient(
          Deno.env.get("SUPABASE_URL")!,
          %s,
        );

        Deno.serve(async (req) => {
          const { id } = await req.json();
          await supabase.from("posts").update({ hidden: true }).eq("id", id);
          return new Response("ok");
        });
        """ % N('Deno.env.get("SUPABASE_SERVICE_ROLE_KEY")!', "env-reference"))

    # ---------------------------------------------------------------- Expo / EAS
    ex = R + "app/"
    c.w(ex + "app.config.ts", """
        import { ExpoConfig } from "expo/config";

        const config: ExpoConfig = {
          name: "%s",
          slug: "%s-app",
          owner: "%s",
          extra: {
            eas: { projectId: "%s" },
            supabaseUrl: "https://%s.supabase.co",
            supabaseAnonKey: "%s",
            mapboxPublicToken: "%s",
            intercomIosKey: "%s",
          },
        };
        export default config;
        """ % (v.company, v.slug, v.slug, N(v.uuid(), "uuid"), ref, N(anon, "supabase-anon-key"),
               N("pk.eyJ1Ijoi" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 40) + "." + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 22), "publishable-key"),
               N("ios_sdk-" + v.hexs(40), "public-client-id")))
    c.w(ex + ".env", """
        EXPO_TOKEN=%s
        SENTRY_AUTH_TOKEN=%s
        EXPO_PUBLIC_API_URL=https://api.%s
        EXPO_PUBLIC_POSTHOG_KEY=%s
        """ % (S(v.expo(), "expo-access-token"), S(v.sentry_org(v.slug), "sentry-auth-token"), dom,
               N(v.posthog(), "public-client-id")))
    c.w(ex + "eas.json", """
        {
          "cli": { "version": ">= 10.0.0" },
          "build": {
            "preview": { "distribution": "internal", "env": { "APP_ENV": "staging" } },
            "production": {
              "env": { "APP_ENV": "production", "SENTRY_DISABLE_AUTO_UPLOAD": "false" },
              "autoIncrement": true
            }
          },
          "submit": {
            "production": {
              "ios": { "ascAppId": "%s", "appleTeamId": "%s" },
              "android": { "serviceAccountKeyPath": "%s", "track": "internal" }
            }
          }
        }
        """ % (v.digits(10), N(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10), "account-identifier"),
               N("../release/play-publisher.json", "file-reference")))
    c.w(ex + "credentials.json", """
        {
          "android": {
            "keystore": {
              "keystorePath": "android/keystores/upload.jks",
              "keystorePassword": "%s",
              "keyAlias": "upload",
              "keyPassword": "%s"
            }
          },
          "ios": {
            "provisioningProfilePath": "ios/certs/profile.mobileprovision",
            "distributionCertificate": {
              "path": "ios/certs/dist.p12",
              "password": "%s"
            }
          }
        }
        """ % (S(v.password("any"), "generic-password"), S(v.password("any"), "generic-password"),
               S(v.password("any"), "generic-password")))

    # ---------------------------------------------------------------- release tooling
    rl = R + "release/"
    c.w(rl + "fastlane/.env.default", """
        FASTLANE_USER=mobile-release@%s
        FASTLANE_PASSWORD=%s
        FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=%s
        MATCH_PASSWORD=%s
        MATCH_GIT_BASIC_AUTHORIZATION=%s
        APP_STORE_CONNECT_API_KEY_KEY_ID=%s
        APP_STORE_CONNECT_API_KEY_ISSUER_ID=%s
        APP_STORE_CONNECT_API_KEY_KEY_FILEPATH=./AuthKey.p8
        """ % (dom, S(v.password("any"), "generic-password"),
               S("-".join(v.s("abcdefghijklmnopqrstuvwxyz", 4) for _ in range(4)), "apple-app-specific-password"),
               S(v.passphrase().replace(" ", "-"), "generic-password"),
               S(base64.b64encode(("match-bot:%s" % v.github("ghp")).encode()).decode(), "basic-auth-header", check="basic"),
               N(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10), "key-id"), N(v.uuid(), "uuid")))
    c.w(rl + "fastlane/Fastfile", """
        default_platform(:ios)

        platform :ios do
          lane :beta do
            setup_ci
            match(type: "appstore", readonly: true)
            build_app(scheme: "%s")
            upload_to_testflight(skip_waiting_for_build_processing: true)
          end
        end
        """ % v.company)
    apns = c.k.ec()
    kid = v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)
    c.w(rl + "fastlane/AuthKey.p8", S(apns.pem_pkcs8(), "private-key-pem"))
    push = c.k.ec()
    c.w(rl + "apns/AuthKey_%s.p8" % kid, S(push.pem_pkcs8(), "private-key-pem"))
    c.w(rl + "apns/apns.json", """
        {
          "keyId": "%s",
          "teamId": "%s",
          "bundleId": "com.%s.app",
          "production": true
        }
        """ % (N(kid, "key-id"), v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10), v.slug))
    c.w(rl + "play-publisher.json", gcp_sa(c, "api-%s" % v.digits(16), "play-publisher"), dedent=False)
    c.w(rl + "android/gradle.properties", """
        org.gradle.jvmargs=-Xmx4g -XX:MaxMetaspaceSize=1g
        android.useAndroidX=true
        MYAPP_UPLOAD_STORE_FILE=upload.jks
        MYAPP_UPLOAD_KEY_ALIAS=upload
        MYAPP_UPLOAD_STORE_PASSWORD=%s
        MYAPP_UPLOAD_KEY_PASSWORD=%s
        MAPBOX_DOWNLOADS_TOKEN=%s
        """ % (S(v.password("any"), "generic-password"), S(v.password("any"), "generic-password"),
               S(v.mapbox_secret(), "mapbox-secret-token")))
    c.w(rl + "android/google-services.json", """
        {
          "project_info": {
            "project_number": "%s",
            "project_id": "%s",
            "storage_bucket": "%s.appspot.com"
          },
          "client": [
            {
              "client_info": {
                "mobilesdk_app_id": "1:%s:android:%s",
                "android_client_info": { "package_name": "com.%s.app" }
              },
              "api_key": [ { "current_key": "%s" } ]
            }
          ],
          "configuration_version": "1"
        }
        """ % (v.digits(12), fb_proj, fb_proj, v.digits(12), v.hexs(16), v.slug,
               N(v.google_api(), "firebase-client-config-key")))
    c.w(rl + "codepush.sh", """
        #!/bin/sh
        # CodePush release (App Center retires 2025-03; move to EAS Update)
        appcenter codepush release-react -a %s/app-ios -d Production --token %s
        """ % (v.slug, S(v.hexkey(40), "appcenter-api-token")))
