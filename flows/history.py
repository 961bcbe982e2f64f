"""Prefect's run history of this project's flows: kept for a number of days, then deleted.

Without a configured server, Prefect keeps every flow run, task run and log in
``~/.prefect/prefect.db`` (``PREFECT_HOME``), and nothing ever deletes them.
``prune_history`` deletes this project's runs older than some days through
Prefect's client (the server's own API, so its database stays consistent).
A team's server has its own retention: it is left alone.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from prefect import get_client
from prefect.client.schemas.filters import (
    FlowFilter,
    FlowFilterName,
    FlowRunFilter,
    FlowRunFilterExpectedStartTime,
)
from prefect.settings import get_current_settings

FLOWS = ("gcm-extract", "gcm-sync-and-extract")


def own_history() -> bool:
    """True when runs go to a Prefect server started for them (no PREFECT_API_URL):
    their history is ours to prune."""
    return not get_current_settings().api.url


def prune_history(days: float, *, flows: tuple[str, ...] = FLOWS, now: datetime | None = None) -> int:
    """Delete the runs of ``flows`` due to start more than ``days`` days before ``now``;
    their task runs go with them. Returns how many flow runs were deleted."""
    cutoff = (now or datetime.now(timezone.utc)) - timedelta(days=days)
    deleted = 0
    with get_client(sync_client=True) as client:
        while True:
            runs = client.read_flow_runs(
                flow_filter=FlowFilter(name=FlowFilterName(any_=list(flows))),
                flow_run_filter=FlowRunFilter(expected_start_time=FlowRunFilterExpectedStartTime(before_=cutoff)),
                limit=100,
            )
            for run in runs:
                client.delete_flow_run(run.id)
            deleted += len(runs)
            if len(runs) < 100:
                return deleted
