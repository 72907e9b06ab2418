"""The second layer every theme gets."""

from themes import layer2a, layer2b, layer2c, layer2d

BASES = ("platform", "infra", "shared", "it-ops", "devops", "integration")


def run(C):
    base = C.r.choice(BASES)
    layer2a.integrations(C, base, C.svcs)
    layer2a.manifest(C, base, C.app)
    layer2b.keys(C, base)
    layer2c.misc(C, base)
    layer2d.freetext(C, base)
