"""Scenario builders.  Each module's build(c) writes one self-contained part of the corpus.

The list order is fixed: every random draw happens in the same order for a given seed, so a
seed reproduces the corpus exactly and different seeds change values and names only.
"""

from . import agency, lab, msp, oss_ci, iot, jamstack, data_eng, helpdesk, apps, runbooks

SCENARIOS = [agency.build, lab.build, msp.build, oss_ci.build, iot.build, jamstack.build, data_eng.build,
             helpdesk.build, apps.build, runbooks.build]
