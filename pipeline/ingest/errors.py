"""The one error ingest raises."""


class IngestError(Exception):
    """A document that cannot be read; the message is one line for the tables."""
