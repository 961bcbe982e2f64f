"""Prefect flows: orchestration only; the work is done by ``pipeline``."""

import os

# No usage data leaves the machine: set before Prefect is imported.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

# The Prefect server that a run starts for itself (none is configured) records task runs from
# their state events in batches, written at least once a second, instead of in one database
# transaction per event: that took the server some 27 ms of CPU per document (a review of five
# pages takes a worker 55), on the cores the workers share; batched, 11. A server that
# PREFECT_API_URL names keeps its own settings.
os.environ.setdefault("PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE", "100")
os.environ.setdefault("PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_FLUSH_INTERVAL", "1")

# That server is given two minutes to start, not Prefect's 20 seconds: on a machine whose cores are
# busy with other jobs its start took longer, and a scheduled `watch` or `serve` then stopped with
# "Timed out while attempting to connect to ephemeral Prefect API server" instead of waiting.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
