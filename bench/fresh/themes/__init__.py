"""Scenario themes. Each entry is (name, build function); each writes under its own top-level directory.
`more` adds a second layer of files to the first eight themes."""

from . import edge, infra, ledger, mlplatform, mobile, more, observability, pipelines, storefront, studio, wiki

THEMES = [
    ("storefront", storefront.build),
    ("ledger", ledger.build),
    ("ml-platform", mlplatform.build),
    ("observability", observability.build),
    ("infra-live", infra.build),
    ("pipelines", pipelines.build),
    ("mobile-backend", mobile.build),
    ("studio-tools", studio.build),
    ("eng-wiki", wiki.build),
    ("edge-fleet", edge.build),
    ("storefront+", more.storefront),
    ("ledger+", more.ledger),
    ("ml-platform+", more.mlplatform),
    ("observability+", more.observability),
    ("infra-live+", more.infra),
    ("pipelines+", more.pipelines),
    ("mobile-backend+", more.mobile),
    ("studio-tools+", more.studio),
    ("eng-wiki+", more.wiki),
    ("keys", more.keys),
]
