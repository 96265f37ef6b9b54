"""`huabei waiver`: its options, read by Typer; cli/runners/waiver.py does the rest."""

from typing import Annotated, Optional

import typer

from huabei_assist.cli.options import BriefOpt, TodayOpt, pick_option
from huabei_assist.cli.interface_lang import h
from huabei_assist.cli.shared_options import VIEW_FORMATS, chosen, outputs


def register(app: typer.Typer) -> None:
    app.command("waiver", help=h("waiver.help"), short_help=h("waiver.short"))(waiver)


@outputs(VIEW_FORMATS)
def waiver(
    amount: Annotated[str, typer.Option("--amount", metavar="CNY", help=h("waiver.opt_amount"))],
    days: Annotated[Optional[str], typer.Option("--days", metavar="N", help=h("waiver.opt_days"))] = None,
    since: Annotated[Optional[str], typer.Option("--since", metavar="DATE", help=h("waiver.opt_since"))] = None,
    penalty: Annotated[Optional[str], typer.Option("--penalty", metavar="CNY", help=h("waiver.opt_penalty"))] = None,
    proof: Annotated[Optional[str], pick_option("--proof", "waiver_proof", "PROOF", "waiver.opt_proof")] = None,
    group: Annotated[Optional[str], pick_option("--group", "waiver_group", "GROUP", "waiver.opt_group")] = None,
    job_loss: Annotated[bool, typer.Option("--job-loss", help=h("waiver.opt_job_loss"))] = False,
    today: TodayOpt = None,
    brief: BriefOpt = False,
) -> None:
    from huabei_assist.cli.runners.waiver import run

    run(chosen(), amount=amount, days=days, since=since, penalty=penalty, proof=proof, group=group,
        job_loss=job_loss, today=today, brief=brief)
