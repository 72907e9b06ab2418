"""Mobile and desktop apps: an Electron app, a Flutter app (Android/iOS), a Xamarin field app,
a Unity game and a native iOS app with fastlane.  Client-side public identifiers (Firebase config,
OAuth client IDs, RevenueCat public SDK keys, Unity GUIDs) sit next to real secrets."""

from core import T


def build(c):
    t, pw, nm, r = c.tok, c.pw, c.names, c.rng
    root = "apps"
    co = nm.client()
    cs = co.split("-")[0]
    bundle = "com.%s.%s" % (cs, co.split("-")[1])
    gh_owner = cs + "-hq"

    # ------------------------------------------------------------------ Electron
    F = c.file("%s/desktop-electron/src/main.js" % root)
    F.write(T("""
        const { app, BrowserWindow, ipcMain, shell } = require('electron');
        const { autoUpdater } = require('electron-updater');
        const path = require('path');
        const Sentry = require('@sentry/electron/main');

        Sentry.init({ dsn: '@@dsn@@' });

        // Releases live in a private repo, so the updater needs a token.
        autoUpdater.setFeedURL({
          provider: 'github',
          owner: '@@owner@@',
          repo: 'desktop-releases',
          private: true,
          token: '@@gho@@',
        });

        let win;

        function createWindow() {
          win = new BrowserWindow({
            width: 1280,
            height: 800,
            webPreferences: {
              preload: path.join(__dirname, 'preload.js'),
              contextIsolation: true,
              sandbox: true,
            },
          });
          win.loadFile(path.join(__dirname, 'renderer', 'index.html'));
          win.webContents.setWindowOpenHandler(({ url }) => {
            shell.openExternal(url);
            return { action: 'deny' };
          });
        }

        app.whenReady().then(() => {
          createWindow();
          autoUpdater.checkForUpdatesAndNotify();
          app.on('activate', () => {
            if (BrowserWindow.getAllWindows().length === 0) createWindow();
          });
        });

        ipcMain.handle('app:version', () => app.getVersion());

        app.on('window-all-closed', () => {
          if (process.platform !== 'darwin') app.quit();
        });
        """, dsn=F.n("https://%s@o%s.ingest.sentry.io/%s" % (t.hex(32), t.digits(6), t.digits(7)), "sentry-dsn"),
        owner=gh_owner, gho=F.s(t.github("gho"), "github-oauth-token", {"type": "github"})))

    F = c.file("%s/desktop-electron/electron-builder.yml" % root)
    F.write(T("""
        appId: @@bundle@@.desktop
        productName: @@product@@
        directories:
          output: dist
          buildResources: build
        files:
          - src/**/*
          - package.json
        publish:
          provider: github
          owner: @@owner@@
          repo: desktop-releases
          private: true
          token: @@fg@@
        mac:
          category: public.app-category.productivity
          hardenedRuntime: true
          notarize: true
        win:
          target: nsis
          certificateFile: build/certs/codesign.pfx
          certificatePassword: "@@cpw@@"
          publisherName: @@product@@ Ltd
        linux:
          target: [AppImage, deb]
        """, bundle=bundle, product=co.replace("-", " ").title(), owner=gh_owner,
        fg=F.s(t.github_fine(), "github-fine-grained-pat"), cpw=F.s(pw.any("yaml"), "generic-password")))

    F = c.file("%s/desktop-electron/.env" % root)
    F.write(T("""
        # used by electron-builder when publishing from a laptop
        GH_TOKEN=@@ghp@@
        APPLE_ID=release@@@cs@@.com
        APPLE_APP_SPECIFIC_PASSWORD=@@asp@@
        APPLE_TEAM_ID=@@team@@
        """, ghp=F.s(t.github("ghp"), "github-pat", {"type": "github"}), cs=cs,
        asp=F.s("-".join(t.chars(4, "abcdefghijklmnopqrstuvwxyz") for _ in range(4)), "apple-app-specific-password"),
        team=F.n(t.chars(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "account-identifier")))

    lic = c.rsa()
    F = c.file("%s/desktop-electron/src/license.js" % root)
    F.write(T("""
        const crypto = require('crypto');

        // Public half of the licence-signing key. The private half lives in the licence server.
        const LICENSE_PUBLIC_KEY = `@@pub@@`;

        function verifyLicense(payloadB64, sigB64) {
          const verifier = crypto.createVerify('RSA-SHA256');
          verifier.update(Buffer.from(payloadB64, 'base64'));
          return verifier.verify(LICENSE_PUBLIC_KEY, Buffer.from(sigB64, 'base64'));
        }

        module.exports = { verifyLicense };
        """, pub=F.n(lic.pem_public(), "public-key", {"type": "pem"})))

    F = c.file("%s/desktop-electron/tools/license-server/signing-key.pem" % root)
    F.write(F.s(lic.pem_pkcs8(), "private-key-pem", {"type": "pem"}) + "\n")

    c.plain("%s/desktop-electron/package.json" % root, T("""
        {
          "name": "@@cs@@-desktop",
          "version": "3.2.0",
          "main": "src/main.js",
          "scripts": {
            "start": "electron .",
            "dist": "electron-builder --publish never",
            "release": "electron-builder --publish always"
          },
          "dependencies": {
            "@sentry/electron": "^5.2.0",
            "electron-updater": "^6.2.1"
          },
          "devDependencies": {
            "electron": "^31.1.0",
            "electron-builder": "^24.13.3"
          }
        }
        """, cs=cs))

    # ------------------------------------------------------------------ Flutter
    F = c.file("%s/mobile-flutter/lib/config.dart" % root)
    F.write(T("""
        class AppConfig {
          static const String apiBase = 'https://api.@@cs@@.app/v2';
          static const String appGroup = 'group.@@bundle@@';

          // RevenueCat: the public SDK keys are meant to ship in the app.
          static const String revenueCatAppleKey = '@@rca@@';
          static const String revenueCatGoogleKey = '@@rcg@@';

          // used by the in-app "ask the assistant" feature (moving to our backend in 3.0)
          static const String openAiKey = '@@oai@@';

          static const String algoliaAppId = '@@aid@@';
          static const String algoliaSearchKey = '@@ask@@';

          static const Duration requestTimeout = Duration(seconds: 20);
        }
        """, cs=cs, bundle=bundle, rca=F.n("appl_" + t.mixed(27), "publishable-key"),
        rcg=F.n("goog_" + t.mixed(27), "publishable-key"), oai=F.s(t.openai(), "openai-api-key"),
        aid=t.chars(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), ask=F.n(t.algolia_key(), "algolia-search-only-key")))

    F = c.file("%s/mobile-flutter/lib/services/subscriptions_admin.dart" % root)
    F.write(T("""
        import 'dart:convert';
        import 'package:http/http.dart' as http;

        /// Internal build only: lets support staff grant promotional entitlements.
        class SubscriptionsAdmin {
          static const _secretKey = '@@rcs@@';

          Future<void> grantPromo(String appUserId, String entitlement) async {
            final uri = Uri.parse(
                'https://api.revenuecat.com/v1/subscribers/$appUserId/entitlements/$entitlement/promotional');
            final res = await http.post(uri,
                headers: {'Authorization': 'Bearer $_secretKey', 'Content-Type': 'application/json'},
                body: jsonEncode({'duration': 'monthly'}));
            if (res.statusCode >= 300) {
              throw Exception('grant failed: ${res.statusCode}');
            }
          }
        }
        """, rcs=F.s(t.revenuecat_secret(), "revenuecat-secret-key")))

    F = c.file("%s/mobile-flutter/android/key.properties" % root)
    F.write(T("""
        storePassword=@@sp@@
        keyPassword=@@kp@@
        keyAlias=upload
        storeFile=/Users/@@user@@/keys/upload-keystore.jks
        """, sp=F.s(pw.any("ini"), "generic-password"), kp=F.s(pw.any("ini"), "generic-password"),
        user=nm.user().split(".")[0]))

    proj_num = t.digits(12)
    F = c.file("%s/mobile-flutter/android/app/google-services.json" % root)
    F.write(T("""
        {
          "project_info": {
            "project_number": "@@pn@@",
            "project_id": "@@cs@@-app",
            "storage_bucket": "@@cs@@-app.appspot.com"
          },
          "client": [
            {
              "client_info": {
                "mobilesdk_app_id": "1:@@pn@@:android:@@aid@@",
                "android_client_info": {
                  "package_name": "@@bundle@@"
                }
              },
              "oauth_client": [
                {
                  "client_id": "@@cid@@",
                  "client_type": 3
                }
              ],
              "api_key": [
                {
                  "current_key": "@@key@@"
                }
              ],
              "services": {
                "appinvite_service": {
                  "other_platform_oauth_client": []
                }
              }
            }
          ],
          "configuration_version": "1"
        }
        """, pn=proj_num, cs=cs, aid=t.hex(16), bundle=bundle,
        cid=F.n("%s-%s.apps.googleusercontent.com" % (proj_num, t.chars(32, "abcdefghijklmnopqrstuvwxyz0123456789")),
                "public-client-id"),
        key=F.n(t.google_api(), "firebase-client-config-key")))

    F = c.file("%s/mobile-flutter/ios/Runner/GoogleService-Info.plist" % root)
    F.write(T("""
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
        	<key>CLIENT_ID</key>
        	<string>@@cid@@</string>
        	<key>API_KEY</key>
        	<string>@@key@@</string>
        	<key>GCM_SENDER_ID</key>
        	<string>@@pn@@</string>
        	<key>BUNDLE_ID</key>
        	<string>@@bundle@@</string>
        	<key>PROJECT_ID</key>
        	<string>@@cs@@-app</string>
        	<key>IS_ADS_ENABLED</key>
        	<false></false>
        	<key>GOOGLE_APP_ID</key>
        	<string>1:@@pn@@:ios:@@aid@@</string>
        </dict>
        </plist>
        """, cid=F.n("%s-%s.apps.googleusercontent.com" % (proj_num, t.chars(32, "abcdefghijklmnopqrstuvwxyz0123456789")),
                     "public-client-id"), key=F.n(t.google_api(), "firebase-client-config-key"), pn=proj_num,
        bundle=bundle, cs=cs, aid=t.hex(16)))

    F = c.file("%s/mobile-flutter/pubspec.lock" % root)
    F.write(T("""
        # Generated by pub
        # See https://dart.dev/tools/pub/glossary#lockfile
        packages:
          http:
            dependency: "direct main"
            description:
              name: http
              sha256: "@@h1@@"
              url: "https://pub.dev"
            source: hosted
            version: "1.2.1"
          purchases_flutter:
            dependency: "direct main"
            description:
              name: purchases_flutter
              sha256: "@@h2@@"
              url: "https://pub.dev"
            source: hosted
            version: "6.30.2"
          shared_preferences:
            dependency: "direct main"
            description:
              name: shared_preferences
              sha256: "@@h3@@"
              url: "https://pub.dev"
            source: hosted
            version: "2.2.3"
        sdks:
          dart: ">=3.4.0 <4.0.0"
          flutter: ">=3.22.0"
        """, h1=F.n(t.sha256(), "hash-sha256"), h2=F.n(t.sha256(), "hash-sha256"), h3=F.n(t.sha256(), "hash-sha256")))

    # ------------------------------------------------------------------ Xamarin field app
    F = c.file("%s/xamarin-field/FieldApp/App.config" % root)
    F.write(T("""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <appSettings>
            <add key="ApiBaseUrl" value="https://field-api.@@cs@@.com/" />
            <add key="ApiClientId" value="field-tablet" />
            <add key="ApiClientSecret" value="@@sec@@" />
            <add key="SyncIntervalMinutes" value="15" />
            <add key="MapTilesUrl" value="https://tiles.@@cs@@.com/{z}/{x}/{y}.png" />
          </appSettings>
          <connectionStrings>
            <add name="Local" connectionString="Data Source=(localdb)\\MSSQLLocalDB;Initial Catalog=FieldLocal;Integrated Security=True" providerName="System.Data.SqlClient" />
            <add name="Sync" connectionString="@@sync@@" providerName="System.Data.SqlClient" />
          </connectionStrings>
        </configuration>
        """, cs=cs, sec=F.s(t.mixed(32), "generic-api-key"),
        sync=F.s("Server=tcp:%s-field.database.windows.net,1433;Initial Catalog=field;Persist Security Info=False;"
                 "User ID=field_sync;Password=%s;MultipleActiveResultSets=False;Encrypt=True;" % (cs, pw.any("xml").replace(";", ".")),
                 "db-connection-string")))

    F = c.file("%s/xamarin-field/FieldApp/Properties/AssemblyInfo.cs" % root)
    F.write(T("""
        using System.Reflection;
        using System.Runtime.InteropServices;

        [assembly: AssemblyTitle("FieldApp")]
        [assembly: AssemblyCompany("@@co@@")]
        [assembly: AssemblyProduct("FieldApp")]
        [assembly: ComVisible(false)]
        [assembly: Guid("@@g@@")]
        [assembly: AssemblyVersion("2.4.0.0")]
        [assembly: AssemblyFileVersion("2.4.0.0")]
        """, co=co.replace("-", " ").title(), g=F.n(t.uuid(), "uuid")))

    F = c.file("%s/xamarin-field/FieldApp/FieldApp.csproj" % root)
    F.write(T("""
        <?xml version="1.0" encoding="utf-8"?>
        <Project ToolsVersion="15.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
          <PropertyGroup>
            <Configuration Condition=" '$(Configuration)' == '' ">Debug</Configuration>
            <ProjectGuid>{@@g@@}</ProjectGuid>
            <ProjectTypeGuids>{EFBA0AD7-5A72-4C68-AF49-83D382785DCF};{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}</ProjectTypeGuids>
            <OutputType>Library</OutputType>
            <RootNamespace>FieldApp</RootNamespace>
            <AndroidSigningKeyStore>field.keystore</AndroidSigningKeyStore>
            <AndroidSigningStorePass>@@ksp@@</AndroidSigningStorePass>
            <AndroidSigningKeyAlias>field</AndroidSigningKeyAlias>
            <AndroidSigningKeyPass>@@ref@@</AndroidSigningKeyPass>
          </PropertyGroup>
        </Project>
        """, g=F.n(t.uuid(upper=True), "uuid"), ksp=F.s(pw.any("xml"), "generic-password"),
        ref=F.n("$(FIELD_KEY_PASSWORD)", "env-reference")))

    # ------------------------------------------------------------------ Unity
    F = c.file("%s/unity-game/ProjectSettings/ProjectSettings.asset" % root)
    F.write(T("""
        %YAML 1.1
        %TAG !u! tag:unity3d.com,2011:
        --- !u!129 &1
        PlayerSettings:
          m_ObjectHideFlags: 0
          serializedVersion: 26
          productGUID: @@pg@@
          AndroidProfiler: 0
          companyName: @@co@@
          productName: Orbit Drift
          defaultScreenWidth: 1920
          defaultScreenHeight: 1080
          applicationIdentifier:
            Android: @@bundle@@.orbitdrift
            iPhone: @@bundle@@.orbitdrift
          bundleVersion: 1.8.3
          AndroidBundleVersionCode: 83
          AndroidMinSdkVersion: 24
          AndroidTargetSdkVersion: 34
          androidUseCustomKeystore: 1
          AndroidKeystoreName: '{inproject}: keys/orbit.keystore'
          AndroidKeyaliasName: orbit
          cloudProjectId: @@cpid@@
          projectName: Orbit Drift
          organizationId: @@cs@@
          cloudEnabled: 0
        """, pg=F.n(t.hex(32), "uuid"), co=co.replace("-", " ").title(), bundle=bundle, cpid=F.n(t.uuid(), "uuid"),
        cs=cs))

    for i, name in enumerate(["Player.prefab", "EnemySpawner.cs", "MainMenu.unity"]):
        F = c.file("%s/unity-game/Assets/%s.meta" % (root, name))
        F.write(T("""
            fileFormatVersion: 2
            guid: @@g@@
            @@imp@@:
              externalObjects: {}
              userData: 
              assetBundleName: 
              assetBundleVariant: 
            """, g=F.n(t.hex(32), "uuid"), imp=["PrefabImporter", "MonoImporter", "DefaultImporter"][i]))

    F = c.file("%s/unity-game/Assets/Scripts/Leaderboard/LeaderboardClient.cs" % root)
    F.write(T("""
        using System.Collections;
        using System.Text;
        using UnityEngine;
        using UnityEngine.Networking;

        namespace OrbitDrift.Leaderboard
        {
            public class LeaderboardClient : MonoBehaviour
            {
                private const string BaseUrl = "https://lb.@@cs@@.games/api/v1";
                // HMAC key shared with the leaderboard server to sign score submissions.
                private const string ScoreSigningKey = "@@hk@@";

                public IEnumerator Submit(string playerId, int score)
                {
                    var body = JsonUtility.ToJson(new ScoreDto { player = playerId, score = score });
                    var sig = Hmac(body);
                    using var req = new UnityWebRequest(BaseUrl + "/scores", "POST");
                    req.uploadHandler = new UploadHandlerRaw(Encoding.UTF8.GetBytes(body));
                    req.downloadHandler = new DownloadHandlerBuffer();
                    req.SetRequestHeader("Content-Type", "application/json");
                    req.SetRequestHeader("X-Signature", sig);
                    yield return req.SendWebRequest();
                    if (req.result != UnityWebRequest.Result.Success)
                        Debug.LogWarning($"score submit failed: {req.error}");
                }

                private static string Hmac(string body)
                {
                    using var h = new System.Security.Cryptography.HMACSHA256(Encoding.UTF8.GetBytes(ScoreSigningKey));
                    return System.Convert.ToBase64String(h.ComputeHash(Encoding.UTF8.GetBytes(body)));
                }

                [System.Serializable]
                private class ScoreDto { public string player; public int score; }
            }
        }
        """, cs=cs, hk=F.s(t.mixed(40), "generic-api-key")))

    # ------------------------------------------------------------------ iOS native + fastlane
    kid = t.chars(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    F = c.file("%s/ios-native/fastlane/.env" % root)
    F.write(T("""
        FASTLANE_USER=release@@@cs@@.com
        FASTLANE_PASSWORD=@@fp@@
        MATCH_PASSWORD=@@mp@@
        MATCH_GIT_URL=git@github.com:@@owner@@/certificates.git
        APP_STORE_CONNECT_API_KEY_KEY_ID=@@kid@@
        APP_STORE_CONNECT_API_KEY_ISSUER_ID=@@iss@@
        APP_STORE_CONNECT_API_KEY_KEY_FILEPATH=./fastlane/AuthKey_@@kid2@@.p8
        """, cs=cs, fp=F.s(pw.any("shell"), "generic-password"), mp=F.s(pw.passphrase(), "generic-password"),
        owner=gh_owner, kid=F.n(kid, "key-id"), iss=F.n(t.uuid(), "uuid"), kid2=kid))

    F = c.file("%s/ios-native/fastlane/AuthKey_%s.p8" % (root, kid))
    F.write(F.s(c.ec().pem_pkcs8(), "private-key-pem", {"type": "pem"}) + "\n")

    F = c.file("%s/ios-native/Podfile.lock" % root)
    F.write(T("""
        PODS:
          - Alamofire (5.9.1)
          - KeychainAccess (4.2.2)
          - SnapKit (5.7.1)

        DEPENDENCIES:
          - Alamofire (~> 5.9)
          - KeychainAccess
          - SnapKit

        SPEC CHECKSUMS:
          Alamofire: @@h1@@
          KeychainAccess: @@h2@@
          SnapKit: @@h3@@

        PODFILE CHECKSUM: @@h4@@

        COCOAPODS: 1.15.2
        """, h1=F.n(t.sha1(), "hash-sha1"), h2=F.n(t.sha1(), "hash-sha1"), h3=F.n(t.sha1(), "hash-sha1"),
        h4=F.n(t.sha1(), "hash-sha1")))

    F = c.file("%s/ios-native/App/Keychain+Token.swift" % root)
    F.write(T("""
        import Foundation
        import KeychainAccess

        enum TokenStore {
            private static let keychain = Keychain(service: "@@bundle@@.auth")
                .accessibility(.afterFirstUnlockThisDeviceOnly)

            static var accessToken: String? {
                get { try? keychain.get("access_token") }
                set { try? keychain.set(newValue ?? "", key: "access_token") }
            }

            static func clear() {
                try? keychain.removeAll()
            }
        }
        """, bundle=bundle))

    # ------------------------------------------------------------------ CI env for the apps + Sentry CLI config
    F = c.file("%s/ios-native/ci/.env.ci" % root)
    F.write(T("""
        # Loaded by the self-hosted Mac runner
        OP_SERVICE_ACCOUNT_TOKEN=@@ops@@
        MATCH_KEYCHAIN_NAME=ci
        FASTLANE_SKIP_UPDATE_CHECK=1
        """, ops=F.s(t.onepassword_sa(cs), "1password-service-account-token",
                     {"type": "prefixed-b64json", "prefix": "ops_"})))

    F = c.file("%s/desktop-electron/sentry.properties" % root)
    F.write(T("""
        defaults.url=https://sentry.io/
        defaults.org=@@cs@@
        defaults.project=desktop
        auth.token=@@tok@@
        cli.executable=node_modules/@sentry/cli/bin/sentry-cli
        """, cs=cs, tok=F.s(t.sentry_user(), "sentry-auth-token")))

    F = c.file("%s/xamarin-field/FieldApp.sln" % root)
    F.write(T("""
        Microsoft Visual Studio Solution File, Format Version 12.00
        # Visual Studio Version 17
        Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "FieldApp", "FieldApp\\FieldApp.csproj", "{@@g1@@}"
        EndProject
        Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "FieldApp.Android", "FieldApp.Android\\FieldApp.Android.csproj", "{@@g2@@}"
        EndProject
        Global
        	GlobalSection(ExtensibilityGlobals) = postSolution
        		SolutionGuid = {@@g3@@}
        	EndGlobalSection
        EndGlobal
        """, g1=F.n(t.uuid(upper=True), "uuid"), g2=F.n(t.uuid(upper=True), "uuid"), g3=F.n(t.uuid(upper=True), "uuid")))
