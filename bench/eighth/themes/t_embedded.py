"""Embedded Linux BSP team: Yocto local.conf/site.conf, U-Boot environment, RAUC/SWUpdate signing,
Mender tenant token, factory provisioning, JTAG lab notes."""

from themes.common import chat, ticket, email, wiki, history, csv_sheet, ekeys

ORGS = [("Lumenode Devices", "lumenode.example"), ("Quarry Embedded", "quarry-emb.example"), ("Halyard Controls", "halyard.example")]


def build(ctx):
    r, v = ctx.r, ctx.v
    boards = r.sample(["imx8mp-gw", "am62-hmi", "rpi-cm4-io", "stm32mp1-node", "rk3568-edge"], r.randint(2, 3))
    d = ctx.doc("yocto/build/conf/site.conf")
    d.close('SSTATE_MIRRORS ?= "file://.* https://sstate.%s/PATH;downloadfilename=PATH"\nPREMIRRORS:prepend = "git://.*/.* https://ci:%s@mirror.%s/git/ "\n'
            'BB_GENERATE_MIRROR_TARBALLS = "1"\n' % (ctx.domain, d.S(ctx.pw("strong"), "uri-password"), ctx.domain))
    for b in boards:
        d = ctx.doc("yocto/meta-%s/conf/machine/%s.conf" % (ctx.t.split("-")[0], b))
        d.close('#@TYPE: Machine\nMACHINE_FEATURES += "wifi bluetooth"\nUBOOT_MACHINE = "%s_defconfig"\nEXTRA_USERS_PARAMS = "usermod -p \'%s\' root;"\n'
                % (b.replace("-", "_"), d.N(v.sha512crypt(), "password-hash")))
        d = ctx.doc("bsp/%s/uboot-env.txt" % b)
        d.close("bootdelay=0\nbootcmd=run mmcboot\nbootargs=console=ttymxc1,115200 root=/dev/mmcblk2p2 rootwait\nethaddr=%s\nserial#=%s\nbootpasswd=%s\n"
                % (":".join(v.hex(2) for _ in range(6)), d.N(v.hex(16).upper(), "device-id"), d.S(ctx.pw("word"), "uboot-password")))
    d = ctx.doc("ota/mender/mender.conf")
    d.close('{\n  "ServerURL": "https://hosted.mender.io",\n  "TenantToken": "%s",\n  "InventoryPollIntervalSeconds": 28800\n}\n'
            % d.S(v.jwt({"mender.tenant": v.hex(24), "iss": "Mender", "sub": v.hex(24)}, "RS256"), "mender-tenant-token", "jwt"))
    key = ekeys.RSAKey(r, 2048)
    d = ctx.doc("ota/rauc/keys/development-1.key.pem")
    d.close(d.S(key.pem_pkcs8(), "private-key-pem", "pem") + "\n")
    d = ctx.doc("ota/rauc/keys/development-1.cert.pem")
    d.close(d.N(ekeys.certificate(key, "rauc-dev-1", ctx.org, ekeys.ECKey(r), r), "certificate") + "\n")
    d = ctx.doc("ota/rauc/system.conf")
    d.close("[system]\ncompatible=%s\nbootloader=uboot\n\n[keyring]\npath=/etc/rauc/ca.cert.pem\n\n[slot.rootfs.0]\ndevice=/dev/mmcblk2p2\ntype=ext4\nbootname=A\n" % boards[0])
    d = ctx.doc("factory/provision.sh")
    d.close("#!/bin/sh\n# run on the flashing station\nset -e\nDEVICE_CLAIM_TOKEN=%s\nMQTT_PASS=%s\nfw_setenv bootpasswd \"$(pwgen -s 16 1)\"\ncurl -fsS -H \"Authorization: Bearer $DEVICE_CLAIM_TOKEN\" https://factory.%s/claim\n"
            % (d.S(v.an(48), "factory-claim-token"), d.S(ctx.pw("strong"), "mqtt-password"), ctx.domain))
    d = ctx.doc("factory/stations.csv", prose=True)
    rows = [["station-%d" % i, "10.77.0.%d" % (10 + i), "operator", d.S(ctx.pw("word"), "device-admin-password")] for i in range(r.randint(2, 4))]
    d.close(csv_sheet(["station", "ip", "user", "windows_password"], rows))
    d = ctx.doc("lab/notes/jtag-bringup.org", prose=True)
    d.close("#+TITLE: %s bring-up\n\n* JTAG\n  - the debug probe web UI is admin / %s\n  - secure boot fuse key (SRK hash, public): %s\n* Console\n  - root password on dev images: %s\n"
            % (boards[0], d.S(ctx.pw(), "device-admin-password"), d.N(v.sha256(), "digest"), d.S(ctx.pw("word"), "prose-password")))
    d = ctx.doc("lab/exports/bsp-chat.jsonl", prose=True)
    msgs = [(0, "mender tenant token for the lab fleet?"), (1, "it's in mender.conf, don't paste it"),
            (2, "ok. the artifact signing key passphrase is %s if you need to sign manually" % d.S(ctx.pw(), "prose-password")),
            (0, "thanks")]
    d.close(chat(ctx, d, msgs, "mattermost"))
    return "ota"
