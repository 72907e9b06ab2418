"""Runs the second layer for one theme from the deals made in generate.py."""

import keywrap16
import layer16
import layer16b
import ltext16
import negfiles16


def second_layer(ctx):
    layer = ctx.layer_dir
    layer16.integrations(ctx, layer)
    layer16.ci(ctx, layer)
    for w in ctx.wraps:
        keywrap16.wrap(ctx, w, layer)
    home = "%s/home/%s" % (layer, ctx.people[0].split()[0].lower())
    for df in ctx.dotfiles:
        layer16b.dotfile(ctx, df, home)
    for hf in ctx.hostfiles:
        layer16b.hostfile(ctx, hf, layer + "/etc")
    for nf in ctx.negfiles:
        nf(ctx, layer)
    for t in ltext16.TEXTS:
        t(ctx, layer)
