"""Runs the second layer for one theme from its deal."""
import ftext17 as FT
import hostf17 as HF
import keywrap17 as KW
import layer17 as LY
import negf17 as NF


def run(t, deal):
    LY.integrations(t, deal)
    LY.ci_file(t, deal["ci"])
    for i, w in enumerate(deal["wraps"]):
        KW.wrap(t, w, i)
    for i, k in enumerate(deal["hostfiles"]):
        HF.host_file(t, k, i)
    for i, k in enumerate(deal["negfiles"]):
        NF.neg_file(t, k, i)
    FT.chat(t, deal["chat"])
    FT.ticket(t, deal["ticket"])
    FT.email(t)
    FT.runbook(t, deal["wiki"])
    FT.handover(t)
    FT.gitlog(t)
    FT.notes(t)
    FT.shell_history(t)
