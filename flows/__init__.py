"""Prefect flows: orchestration only; the work is done by ``pipeline``."""

import os

# No usage data leaves the machine: set before Prefect is imported.
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
