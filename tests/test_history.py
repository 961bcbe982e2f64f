"""Prefect's run history: this project's runs older than some days are deleted
through Prefect's client; newer runs and other flows' runs stay."""

from datetime import datetime, timedelta, timezone


def test_runs_older_than_the_kept_days_are_deleted(prefect_api):
    from prefect import flow, get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId
    from prefect.states import Completed, Scheduled

    from flows.history import prune_history

    now = datetime.now(timezone.utc)
    made = {}
    with get_client(sync_client=True) as client:
        for label, name, age in [("old run", "gcm-extract", 40), ("old scheduled run", "gcm-sync-and-extract", 31),
                                 ("recent run", "gcm-extract", 29), ("another project's old run", "someone-else", 40)]:
            state = Scheduled(scheduled_time=now - timedelta(days=age))
            run = client.create_flow_run(flow(name=name)(lambda: None), state=state)
            if label != "old scheduled run":
                client.set_flow_run_state(run.id, Completed(), force=True)
            made[run.id] = label

        deleted = prune_history(30, now=now)

        left = client.read_flow_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=list(made))))
    assert deleted == 2
    assert sorted(made[run.id] for run in left) == ["another project's old run", "recent run"]
