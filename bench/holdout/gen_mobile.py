"""fieldapp/: a React Native app with native Android and iOS projects and fastlane."""
import json

from hrand import B64URL, LOWER, b64url_nopad


def build(x):
    r, t, n = x.r, x.t, x.n
    app = r.choice(["fieldapp", "tasktrack", "routemate", "inspecto"])
    pkg = "com.%s.%s" % (r.choice(["acme", "northwind", "brightline"]), app)
    proj = "%s-%s" % (app, r.digits(5))

    # ---------------------------------------------------------------- Android
    f = x.c.file("%s/android/gradle.properties" % app)
    sp = f.S(r.password("words"), "generic-password")
    kp = f.S(r.password("words"), "generic-password")
    kid = f.N(r.hex(8).upper(), "identifier")
    sgp = f.S(r.password("strong"), "generic-password")
    mcp = f.S(r.password("strong"), "generic-password")
    f.write('''org.gradle.jvmargs=-Xmx4g -XX:MaxMetaspaceSize=1g
android.useAndroidX=true
newArchEnabled=true
hermesEnabled=true
RELEASE_STORE_FILE=upload-keystore.jks
RELEASE_STORE_PASSWORD=%s
RELEASE_KEY_ALIAS=upload
RELEASE_KEY_PASSWORD=%s
signing.keyId=%s
signing.password=%s
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
mavenCentralUsername=%s
mavenCentralPassword=%s
''' % (sp, kp, kid, sgp, r.person()[0], mcp))

    f = x.c.file("%s/android/app/google-services.json" % app)
    ak = f.N("AIza" + r.s(B64URL, 35), "publishable-key")
    appid = f.N(*n.firebase_app_id("android"))
    pnum = r.digits(12)
    f.write(json.dumps({"project_info": {"project_number": pnum, "project_id": proj,
                                         "storage_bucket": "%s.appspot.com" % proj},
                        "client": [{"client_info": {"mobilesdk_app_id": appid,
                                                    "android_client_info": {"package_name": pkg}},
                                    "oauth_client": [],
                                    "api_key": [{"current_key": ak}],
                                    "services": {"appinvite_service": {"other_platform_oauth_client": []}}}],
                        "configuration_version": "1"}, indent=2) + "\n")

    f = x.c.file("%s/android/app/build.gradle" % app)
    stp = f.S(r.password("human"), "generic-password")
    hm = f.S(r.hex(64), "app-secret-key")
    mbx = "sk." + b64url_nopad(json.dumps({"u": r.s(LOWER, 8), "a": r.s(LOWER + "0123456789", 25)},
                                          separators=(",", ":"))) + "." + r.s(B64URL, 22)
    f.S(mbx, "mapbox-secret-token")
    f.write('''apply plugin: "com.android.application"
apply plugin: "com.google.gms.google-services"

android {
    namespace "%s"
    compileSdk 34
    defaultConfig {
        applicationId "%s"
        minSdkVersion 24
        targetSdkVersion 34
        versionCode 118
        versionName "3.4.1"
        buildConfigField "String", "API_BASE", "\\"https://api.%s.com\\""
        buildConfigField "String", "REQUEST_SIGNING_SECRET", "\\"%s\\""
    }
    signingConfigs {
        release {
            storeFile file("upload-keystore.jks")
            storePassword "%s"
            keyAlias "upload"
            keyPassword System.getenv("KEY_PASSWORD")
        }
    }
}

repositories {
    maven {
        url "https://api.mapbox.com/downloads/v2/releases/maven"
        authentication { basic(BasicAuthentication) }
        credentials {
            username = "mapbox"
            password = "%s"
        }
    }
}
''' % (pkg, pkg, app, hm, stp, mbx))

    f = x.c.file("%s/android/local.properties" % app)
    su = f.S(*t.sentry_user())
    f.write("sdk.dir=/Users/%s/Library/Android/sdk\nsentry.auth.token=%s\n" % (r.person()[0], su))

    f = x.c.file("%s/android/app/src/main/res/values/strings.xml" % app)
    i1 = f.N('<string name="password_hint">Password</string>', "i18n")
    i2 = f.N('<string name="error_password_short">Password must be at least 10 characters and contain a number.</string>', "password-policy")
    i3 = f.N('<string name="token_expired">Your session token has expired. Please sign in again.</string>', "i18n")
    mk = f.N("AIza" + r.s(B64URL, 35), "publishable-key")
    f.write('''<resources>
    <string name="app_name">%s</string>
    %s
    %s
    %s
    <string name="google_maps_key" translatable="false">%s</string>
</resources>
''' % (app.capitalize(), i1, i2, i3, mk))

    f = x.c.file("%s/android/app/src/main/res/values-de/strings.xml" % app)
    j1 = f.N('<string name="password_hint">Passwort</string>', "i18n")
    j2 = f.N('<string name="error_password_short">Das Passwort muss mindestens 10 Zeichen und eine Ziffer enthalten.</string>', "password-policy")
    f.write('<resources>\n    %s\n    %s\n</resources>\n' % (j1, j2))

    f = x.c.file("%s/android/keystore.properties" % app)
    a1 = f.S(r.password("words"), "generic-password")
    a2 = f.S(r.password("words"), "generic-password")
    f.write("storeFile=../upload-keystore.jks\nstorePassword=%s\nkeyAlias=upload\nkeyPassword=%s\n" % (a1, a2))

    # ---------------------------------------------------------------- iOS
    f = x.c.file("%s/ios/%s/Info.plist" % (app, app.capitalize()))
    alg = f.S(r.hex(32), "generic-api-key")
    fb = f.N(r.digits(15), "identifier")
    rc = f.N("appl_" + r.b62(27), "publishable-key")
    f.write('''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>FacebookAppID</key>
	<string>%s</string>
	<key>RevenueCatPublicKey</key>
	<string>%s</string>
	<key>AlgoliaAppID</key>
	<string>%s</string>
	<key>AlgoliaAdminAPIKey</key>
	<string>%s</string>
	<key>NSCameraUsageDescription</key>
	<string>Used to attach photos to inspection reports.</string>
	<key>NSFaceIDUsageDescription</key>
	<string>Unlock saved passwords with Face ID.</string>
</dict>
</plist>
''' % (fb, rc, r.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10), alg))

    f = x.c.file("%s/ios/Config/Release.xcconfig" % app)
    mp = f.N(r.hex(32), "publishable-key")
    prv = f.S(r.b62(40), "generic-api-key")
    f.write('''#include "Pods/Target Support Files/Pods-%s/Pods-%s.release.xcconfig"
API_URL = https:/$()/api.%s.com
MIXPANEL_PROJECT_TOKEN = %s
PARTNER_API_PRIVATE_KEY = %s
CODE_SIGN_STYLE = Manual
''' % (app, app, app, mp, prv))

    f = x.c.file("%s/ios/%s/GoogleService-Info.plist" % (app, app.capitalize()))
    ik = f.N("AIza" + r.s(B64URL, 35), "publishable-key")
    gid = f.N(*n.firebase_app_id("ios"))
    f.write('''<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>%s</string>
	<key>GCM_SENDER_ID</key>
	<string>%s</string>
	<key>BUNDLE_ID</key>
	<string>%s</string>
	<key>PROJECT_ID</key>
	<string>%s</string>
	<key>GOOGLE_APP_ID</key>
	<string>%s</string>
</dict>
</plist>
''' % (ik, pnum, pkg, proj, gid))

    f = x.c.file("%s/ios/fastlane/Fastfile" % app)
    match = f.S(r.password("phrase"), "generic-password")
    iss = f.N(*n.uuid())
    kidp = r.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10)
    f.write('''default_platform(:ios)

platform :ios do
  before_all do
    ENV["MATCH_PASSWORD"] = "%s"
  end

  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: "%s",
      issuer_id: "%s",
      key_filepath: "./fastlane/AuthKey_%s.p8"
    )
    match(type: "appstore", readonly: true, api_key: api_key)
    build_app(scheme: "%s")
    upload_to_testflight(api_key: api_key)
  end
end
''' % (match, kidp, iss, kidp, app.capitalize()))

    f = x.c.file("%s/ios/fastlane/AuthKey_%s.p8" % (app, kidp))
    p8 = f.S(x.k.ec().pkcs8_pem(), "private-key")
    f.write(p8 + "\n")

    f = x.c.file("%s/ios/fastlane/.env.default" % app)
    flp = f.S(r.password("human"), "generic-password")
    asp = f.S("-".join(r.s(LOWER, 4) for _ in range(4)), "generic-password")
    f.write("FASTLANE_USER=%s@%s.com\nFASTLANE_PASSWORD=%s\nFASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=%s\nFASTLANE_SKIP_UPDATE_CHECK=1\n"
            % (r.person()[0], app, flp, asp))

    f = x.c.file("%s/ios/Podfile.lock" % app)
    hs = [f.N(*n.sha1()) for _ in range(4)]
    f.write('''PODS:
  - Firebase/CoreOnly (10.24.0)
  - RNScreens (3.31.1)

SPEC CHECKSUMS:
  Firebase: %s
  FirebaseCore: %s
  RNScreens: %s

PODFILE CHECKSUM: %s

COCOAPODS: 1.15.2
''' % tuple(hs))

    # ---------------------------------------------------------------- React Native JS side
    sref = r.s(LOWER, 20)
    anon = t.jwt({"iss": "supabase", "ref": sref, "role": "anon", "iat": 1712000000, "exp": 2027600000})
    svc = t.jwt({"iss": "supabase", "ref": sref, "role": "service_role", "iat": 1712000000, "exp": 2027600000})
    f = x.c.file("%s/.env" % app)
    f.N(anon, "publishable-key")
    pkl = f.N(*n.stripe_pk())
    osk = f.S(r.s(B64URL, 48), "generic-api-key")
    osid = f.N(*n.uuid())
    f.write('''API_URL=https://api.%s.com
SUPABASE_URL=https://%s.supabase.co
SUPABASE_ANON_KEY=%s
STRIPE_PUBLISHABLE_KEY=%s
ONESIGNAL_APP_ID=%s
ONESIGNAL_REST_API_KEY=%s
''' % (app, sref, anon, pkl, osid, osk))

    f = x.c.file("%s/.env.example" % app)
    e1 = f.N(*n.placeholder("SUPABASE_ANON_KEY"))
    e2 = f.N("pk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "template-ref")
    e3 = f.N(*n.placeholder("ONESIGNAL_REST_API_KEY"))
    f.write("API_URL=https://api.example.com\nSUPABASE_ANON_KEY=%s\nSTRIPE_PUBLISHABLE_KEY=%s\nONESIGNAL_REST_API_KEY=%s\n" % (e1, e2, e3))

    f = x.c.file("%s/src/config.ts" % app)
    f.S(svc, "jwt")
    mbp = f.N(*n.mapbox_pk())
    f.write('''import Config from "react-native-config";

export const API_URL = Config.API_URL;
export const MAPBOX_PUBLIC_TOKEN = "%s";
// temporary: admin screen needs to bypass RLS until the edge function ships
export const SUPABASE_SERVICE_ROLE_KEY =
  "%s";
''' % (mbp, svc))

    f = x.c.file("%s/src/i18n/en.json" % app)
    k1 = f.N('"password": "Password"', "i18n")
    k2 = f.N('"forgotPassword": "Forgot your password?"', "i18n")
    k3 = f.N('"passwordRules": "Use 12+ characters with a mix of letters, numbers and symbols."', "password-policy")
    k4 = f.N('"apiKeyMissing": "No API key configured for this workspace"', "i18n")
    f.write("{\n  %s,\n  %s,\n  %s,\n  %s,\n  \"signIn\": \"Sign in\"\n}\n" % (k1, k2, k3, k4))

    f = x.c.file("%s/src/__tests__/auth.test.ts" % app)
    ft = f.N(*n.fake("jwt"))
    hp = f.N("hunter2", "fake-test")
    bad = f.N(*n.github_bad())
    f.write('''import { login, parseGithubToken } from "../auth";

const FAKE_TOKEN = "%s";

test("rejects a bad password", async () => {
  await expect(login("qa@example.com", "%s")).rejects.toThrow("invalid_credentials");
});

test("token with a broken checksum is refused", () => {
  expect(parseGithubToken("%s")).toBeNull();
});

test("uses bearer auth", () => {
  expect(headers(FAKE_TOKEN).Authorization).toBe(`Bearer ${FAKE_TOKEN}`);
});
''' % (ft, hp, bad))

    f = x.c.file("%s/package-lock.json" % app)
    i1 = f.N(*n.integrity())
    i2 = f.N(*n.integrity())
    f.write('''{
  "name": "%s",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/react-native-config": {
      "version": "1.5.1",
      "resolved": "https://registry.npmjs.org/react-native-config/-/react-native-config-1.5.1.tgz",
      "integrity": "%s"
    },
    "node_modules/@supabase/supabase-js": {
      "version": "2.43.1",
      "resolved": "https://registry.npmjs.org/@supabase/supabase-js/-/supabase-js-2.43.1.tgz",
      "integrity": "%s"
    }
  }
}
''' % (app, i1, i2))
