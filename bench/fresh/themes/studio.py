"""studio-tools/: post-production / media studio tooling (render farm, ShotGrid/ftrack, Deadline,
rclone/B2/Wasabi archives, Aspera/Frame.io/Vimeo/YouTube delivery, Perforce, Unreal, streaming keys,
a Django review portal, vendor logins)."""

import base64
import json

from .common import D, readme

R = "studio-tools/"


def build(c):
    v = c.v
    S, N = c.S, c.N
    dom = v.domain
    nas = "nas01." + dom

    c.w(R + "README.md", readme(v, "Studio pipeline tools", """
        Scripts and config for the render farm, asset tracking (ShotGrid), archive and client delivery.
        Node images are built from `render-farm/golden-image/`; per-node overrides live in `render-farm/nodes/`.
        """))

    # ---------------------------------------------------------------- pipeline config
    c.w(R + "pipeline/config/studio.yaml", """
        studio: %s
        projects_root: /mnt/projects
        shotgrid:
          site: https://%s.shotgrid.autodesk.com
          script_name: render_sync
          script_key: "%s"
        ftrack:
          server: https://%s.ftrackapp.com
          api_user: pipeline@%s
          api_key: %s
        deadline:
          web_service: http://deadline01:8081
          pool: gpu
        ocio: /mnt/pipeline/ocio/aces_1.3/config.ocio
        """ % (v.company, v.slug, S(v.s("abcdefghijklmnopqrstuvwxyz0123456789", 8) + "$" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 15) + "(" + v.s("abcdefghijklmnopqrstuvwxyz0123456789", 10), "shotgrid-script-key"),
               v.slug, dom, S(v.uuid(), "ftrack-api-key")))
    c.w(R + "pipeline/config/studio.local.yaml.example", """
        shotgrid:
          script_key: "%s"
        ftrack:
          api_key: %s
        """ % (N("<ask pipeline-td for the key>", "placeholder"), N("${FTRACK_API_KEY}", "env-reference")))
    c.w(R + "pipeline/tools/publish.py", """
        \"\"\"Publish a rendered sequence to ShotGrid as a Version.\"\"\"
        import hashlib
        import os

        import shotgun_api3

        SG = shotgun_api3.Shotgun(
            "https://%s.shotgrid.autodesk.com",
            script_name="publisher",
            api_key=%s,
        )

        def checksum(path):
            h = hashlib.md5()
            with open(path, "rb") as fh:
                for chunk in iter(lambda: fh.read(1 << 20), b""):
                    h.update(chunk)
            return h.hexdigest()

        def publish(shot_id, movie):
            return SG.create("Version", {"entity": {"type": "Shot", "id": shot_id}, "sg_path_to_movie": movie,
                                         "description": "md5 " + checksum(movie)})
        """ % (v.slug, N('os.environ["SG_PUBLISHER_KEY"]', "env-reference")))
    c.w(R + "pipeline/checksums/ep104_delivery.md5", "\n".join(
        "%s  EP104_SH%03d_v%03d.mov" % (N(v.md5(), "hash-md5"), 10 * (i + 1), v.r.randint(1, 20)) for i in range(5)))

    # ---------------------------------------------------------------- render farm
    rf = R + "render-farm/"
    smb_pw = v.password("shell")
    c.w(rf + "golden-image/etc/samba/render-creds", """
        username=render
        password=%s
        domain=%s
        """ % (S(smb_pw, "generic-password"), v.slug.upper()))
    c.w(rf + "golden-image/etc/fstab", """
        # <file system>                    <mount point>    <type>  <options>
        UUID=%s  /                ext4    defaults        0 1
        //%s/projects                 /mnt/projects    cifs    credentials=/etc/samba/render-creds,uid=render,vers=3.1.1  0 0
        //%s/library                  /mnt/library     cifs    username=render,password=%s,ro,vers=3.1.1  0 0
        """ % (N(v.uuid(), "uuid"), nas, nas, S(smb_pw, "generic-password")))
    nodes = ["rn-%02d" % i for i in v.r.sample(range(1, 40), v.r.randint(3, 4))]
    for n in nodes:
        hpriv, hpub = c.k.ssh_ed("root@%s" % n)
        c.w(rf + "nodes/%s/etc/ssh/ssh_host_ed25519_key" % n, S(hpriv, "private-key-openssh"))
        c.w(rf + "nodes/%s/etc/ssh/ssh_host_ed25519_key.pub" % n, N(hpub, "public-key"))
        c.w(rf + "nodes/%s/deadline.ini" % n, """
            [Deadline]
            LicenseMode=LicenseFree
            NetworkRoot=\\\\%s\\DeadlineRepository10
            ProxyRoot=deadline01:4433
            ProxyUseSSL=True
            ProxySSLCertificate=/opt/Thinkbox/certs/%s.pfx
            ProxySSLCertificatePassword=%s
            SlaveName=%s
            """ % (nas.split(".")[0], n, S(v.password("any"), "generic-password"), n))
    c.w(rf + "deadline/repository/settings/connection.ini", """
        [Connection]
        AlternatePort=0
        Authenticate=True
        DatabaseName=deadline10db
        DbType=MongoDB
        EnableSSL=True
        Hostname=deadline-db01
        Password=%s
        Port=27100
        ReplicaSetName=
        Username=deadline
        Version=10
        """ % S(v.password("any"), "generic-password"))
    c.w(rf + "resolve/README.txt", """
        DaVinci Resolve project server (resolve-db01)
        ----------------------------------------------
        PostgreSQL 13, database "%s_projects".
        The Resolve project-server installer creates the superuser with its documented default
        password "%s" -- changed on 2024-02-01, the new one is in 1Password (Post / Resolve DB).
        """ % (v.slug, N("DaVinci", "well-known-default")))

    # ---------------------------------------------------------------- archive (rclone, B2, Wasabi)
    ar = R + "archive/"
    b2id, b2key = v.b2_pair()
    wk, ws = v.aws_pair()
    ya = "ya29.a0" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 150)
    rt = "1//0" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 99)
    drop = v.dropbox()
    obsc = base64.urlsafe_b64encode(v.rbytes(30)).decode().rstrip("=")
    c.w(ar + "rclone.conf", """
        [b2-archive]
        type = b2
        %saccount = %s
        key = %s%s
        hard_delete = false

        [wasabi]
        type = s3
        provider = Wasabi
        %saccess_key_id = %s
        secret_access_key = %s%s
        endpoint = s3.eu-central-1.wasabisys.com

        [gdrive-clients]
        type = drive
        scope = drive
        token = %s

        [dropbox-vendor]
        type = dropbox
        token = %s

        [sftp-colorist]
        type = sftp
        host = sftp.colorhouse.example
        user = %s
        pass = %s
        """ % (c.B("secret", "backblaze-b2-key"), c.A(b2id), c.A(b2key), c.E(),
               c.B("secret", "aws-access-key"), c.A(wk), c.A(ws), c.E(),
               S(json.dumps({"access_token": ya, "token_type": "Bearer", "refresh_token": rt,
                             "expiry": "2024-06-11T12:01:33.171Z"}), "google-oauth-token"),
               S(json.dumps({"access_token": drop, "token_type": "bearer", "expiry": "2024-06-11T13:55:02Z"}), "dropbox-token"),
               v.slug, S(obsc, "rclone-obscured-password")))
    b2id2, b2key2 = v.b2_pair()
    c.w(ar + "archive_project.sh", """
        #!/usr/bin/env bash
        # usage: archive_project.sh <project>
        set -euo pipefail
        b2 account authorize %s %s
        rclone copy "/mnt/projects/$1" "b2-archive:%s-archive/$1" --transfers 16 --checksum
        rclone check "/mnt/projects/$1" "b2-archive:%s-archive/$1" --one-way
        """ % (b2id2, S(b2key2, "backblaze-b2-key"), v.slug, v.slug))

    # ---------------------------------------------------------------- delivery
    dl = R + "delivery/"
    c.w(dl + "aspera_send.sh", """
        #!/bin/sh
        export ASPERA_SCP_PASS='%s'
        ascp -QT -l 500M -P 33001 -k 2 "$1" %s@aspera.network-client.example:/incoming/%s/
        """ % (S(v.password("shell"), "generic-password"), v.slug, v.slug))
    c.w(dl + "frameio_upload.py", """
        import os
        import requests

        TOKEN = "%s"
        API = "https://api.frame.io/v2"

        def upload(asset_parent_id, path):
            name = os.path.basename(path)
            r = requests.post(f"{API}/assets/{asset_parent_id}/children",
                              headers={"Authorization": f"Bearer {TOKEN}"},
                              json={"name": name, "type": "file", "filesize": os.path.getsize(path)})
            r.raise_for_status()
            return r.json()["upload_urls"]
        """ % S(v.frameio(), "frameio-token"))
    c.w(dl + "vimeo_config.json", """
        {
          "client_id": "%s",
          "client_secret": "%s",
          "access_token": "%s",
          "default_privacy": "unlisted"
        }
        """ % (N(v.hexs(40), "public-client-id"), S(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+", 128), "vimeo-client-secret"),
               S(v.vimeo(), "vimeo-access-token")))
    gid = v.google_client_id()
    c.w(dl + "youtube/client_secret.json", """
        {"installed":{"client_id":"%s","project_id":"%s-uploads","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"%s","redirect_uris":["http://localhost"]}}
        """ % (gid, v.slug, S(v.gocspx(), "google-oauth-client-secret")))
    c.w(dl + "youtube/token.json", """
        {
          "token": "%s",
          "refresh_token": "%s",
          "token_uri": "https://oauth2.googleapis.com/token",
          "client_id": "%s",
          "client_secret": "%s",
          "scopes": ["https://www.googleapis.com/auth/youtube.upload"],
          "expiry": "2024-06-11T12:41:09.000Z"
        }
        """ % (S("ya29.a0" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 160), "google-oauth-token"),
               S("1//0" + v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 99), "google-oauth-token"),
               N(gid, "public-client-id"), S(v.gocspx(), "google-oauth-client-secret")))
    c.w(dl + "vendor-logins.csv", "\n".join(
        ["site,url,username,password,notes"] +
        ["%s,https://%s,%s,%s,%s" % (site, url, user, S(v.password("any"), "generic-password"), note)
         for site, url, user, note in [
             ("Music library", "app.musiclib.example/login", "licensing@" + dom, "annual plan"),
             ("Stock footage", "www.stockclips.example", v.slug + "_post", "shared with editors"),
             ("Font foundry", "foundry.example/account", "design@" + dom, ""),
             ("Captioning vendor", "portal.captions.example", v.slug + "-ops", "SDH + burn-ins"),
         ]]))

    # ---------------------------------------------------------------- streaming
    st = R + "streaming/"
    yt_key = "-".join(v.s("abcdefghijklmnopqrstuvwxyz0123456789", 4) for _ in range(5))
    c.w(st + "restream.sh", """
        #!/usr/bin/env bash
        # Simulcast the premiere feed to YouTube and Twitch
        ffmpeg -re -i "srt://encoder01:9000?mode=caller" -c copy -f tee -map 0 \\
          "[f=flv]rtmp://a.rtmp.youtube.com/live2/%s|[f=flv]rtmp://live.twitch.tv/app/%s"
        """ % (S(yt_key, "stream-key"), "${TWITCH_STREAM_KEY}"))
    c.w(st + "obs/basic/profiles/Premiere/service.json", """
        {
            "settings": {
                "bwtest": false,
                "key": "%s",
                "server": "auto",
                "service": "Twitch"
            },
            "type": "rtmp_common"
        }
        """ % S("live_%s_%s" % (v.digits(9), v.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 30)), "stream-key"))

    # ---------------------------------------------------------------- Perforce / Unreal
    p4 = R + "perforce/"
    c.w(p4 + ".p4tickets", """
        perforce.%s:1666=render:%s
        ssl:p4-edge.%s:1667=build:%s
        """ % (dom, S(v.hexkey(32).upper(), "perforce-ticket"), dom, S(v.hexkey(32).upper(), "perforce-ticket")))
    c.w(p4 + ".p4config", """
        P4PORT=ssl:perforce.%s:1666
        P4USER=build
        P4CLIENT=build_ue5_main
        P4PASSWD=%s
        P4IGNORE=.p4ignore
        """ % (dom, S(v.password("shell"), "generic-password")))
    c.w(p4 + "typemap.txt", """
        TypeMap:
        	binary+w //depot/....exe
        	binary+l //depot/....uasset
        	binary+l //depot/....umap
        	text //depot/....ini
        """)
    c.w(R + "unreal/Config/DefaultEngine.ini", """
        [/Script/EngineSettings.GameMapsSettings]
        GameDefaultMap=/Game/Maps/Lobby.Lobby

        [OnlineSubsystemEOS]
        bEnabled=true

        [/Script/OnlineSubsystemEOS.EOSSettings]
        +Artifacts=(ArtifactName="Live",ClientId="%s",ClientSecret="%s",ProductId="%s",SandboxId="%s",DeploymentId="%s")
        """ % ("xyza" + v.s("abcdefghijklmnopqrstuvwxyz0123456789", 28),
               S(v.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 43), "epic-client-secret"),
               v.hexs(32), v.hexs(32), v.hexs(32)))

    # ---------------------------------------------------------------- review portal (Django)
    po = R + "review-portal/"
    c.w(po + "portal/settings/production.py", """
        from .base import *  # noqa

        DEBUG = False
        SECRET_KEY = "%s"
        ALLOWED_HOSTS = ["review.%s"]

        DATABASES = {
            "default": {
                "ENGINE": "django.db.backends.postgresql",
                "NAME": "review",
                "USER": "review",
                "PASSWORD": "%s",
                "HOST": "%s",
            }
        }

        EMAIL_HOST = "smtp.%s"
        EMAIL_HOST_USER = "review@%s"
        EMAIL_HOST_PASSWORD = "%s"

        AWS_STORAGE_BUCKET_NAME = "%s-review-media"
        AWS_SECRET_ACCESS_KEY = %s

        SLACK_BOT_TOKEN = "%s"
        SLACK_SIGNING_SECRET = "%s"
        """ % (S(v.s("abcdefghijklmnopqrstuvwxyz0123456789!@#%^*(-_=+)", 50), "django-secret-key"), dom,
               S(v.password("any"), "generic-password"), v.host("pg-review"), dom, dom, S(v.password("any"), "generic-password"),
               v.slug, N('os.environ["AWS_SECRET_ACCESS_KEY"]', "env-reference"), S(v.slack("xoxb"), "slack-bot-token"),
               S(v.hexkey(32), "slack-signing-secret")))
    c.w(po + "portal/settings/base.py", """
        from pathlib import Path

        BASE_DIR = Path(__file__).resolve().parent.parent.parent
        INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth", "django.contrib.contenttypes", "review"]
        AUTH_PASSWORD_VALIDATORS = [
            {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
            {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
        ]
        PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
        """)
    c.w(po + "portal/fixtures/reviewers.json", """
        [
          {"model": "auth.user", "pk": 1, "fields": {"username": "client-preview", "password": "%s", "is_staff": false}},
          {"model": "auth.user", "pk": 2, "fields": {"username": "producer", "password": "%s", "is_staff": true}}
        ]
        """ % (N(v.pbkdf2_django(), "password-hash"), N(v.argon2(), "password-hash")))
    pk = c.k.ec()
    ca = c.k.ec()
    c.w(po + "deploy/certs/review.key", S(pk.pem_sec1(), "private-key-pem"))
    c.w(po + "deploy/certs/review.crt", N(c.k.cert(pk, "review." + dom, v.company, issuer=ca, issuer_cn="R11"), "certificate"))
    vpriv, vpub = c.k.ssh_ed("%s@colorhouse-sftp" % v.slug)
    c.w(R + "delivery/keys/colorhouse_sftp_ed25519", S(vpriv, "private-key-openssh"))
    c.w(R + "delivery/keys/colorhouse_sftp_ed25519.pub", N(vpub, "public-key"))
    c.w(R + "delivery/keys/known_hosts", "sftp.colorhouse.example %s" % N(c.k.ssh_ed("host")[1].rsplit(" ", 1)[0], "public-key"))
    c.w(R + "notifications/discord.py", """
        import requests

        WEBHOOK = "%s"

        def render_done(job, frames):
            requests.post(WEBHOOK, json={"content": f"Render {job} finished ({frames} frames)"}, timeout=5)
        """ % S(v.discord_webhook(), "discord-webhook"))
    c.w(R + "licensing/rlm/sidefx.lic", """
        HOST lic01 %s 5053
        ISV sesinetd
        LICENSE sesinetd houdini-fx 20.0 permanent 10 share=h sig="%s"
        LICENSE sesinetd karma-render 20.0 permanent 40 share=h sig="%s"
        """ % (v.hexs(12), N(v.s("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 60), "signature"), N(v.s("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ", 60), "signature")))
    c.w(R + "licensing/sidefx_api.py", """
        import sidefx

        service = sidefx.service(
            access_token_url="https://www.sidefx.com/oauth2/application_token",
            client_id="%s",
            client_secret_key="%s",
            endpoint_url="https://www.sidefx.com/api/",
        )
        """ % (N(v.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 40), "public-client-id"),
               S(v.s("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 128), "sidefx-client-secret")))
