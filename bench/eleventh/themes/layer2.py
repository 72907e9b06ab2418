"""Runs the second layer for one theme."""

from themes import l2_integr, l2_keys, l2_misc, l2_ops, l2_text
from themes.common import SYNTAX_NAMES

BASES = ["platform", "infra", "shared", "it-ops", "devops", "integration", "ops-config", "sysadmin"]


def run(t, syntaxes):
    r = t.r
    base = r.pick(BASES)
    l2_integr.integrations(t, base, syntaxes)
    l2_integr.manifest(t, base)
    l2_keys.keys(t, base)
    l2_ops.legacy(t, base)
    l2_ops.hosts(t, base)
    l2_ops.startup_log(t, base)
    l2_misc.fixtures(t, base)
    if r.chance(0.4):
        l2_misc.id_inventory(t, base)
    l2_misc.hashes(t, base)
    l2_misc.i18n(t, base)
    l2_text.handover(t, base)
    l2_text.chat2(t, base)
    l2_text.history2(t, base)
    l2_text.ticket2(t, base)


_ = SYNTAX_NAMES
