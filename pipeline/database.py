"""output/gcm.sqlite: the same tables in SQLite, for SQL and for Datasette.

    write_database: {table name: DataFrame}, path -> gcm.sqlite

Built from the declarations in ``tables`` (columns and types, primary keys,
foreign keys), so the database and the CSVs cannot disagree. Sentences get a
full-text index (SQLite FTS5): ``numeric_facts_fts`` and
``objective_mentions_fts``, which Datasette offers as a search box.
Values are only ever passed as parameters; names come from ``SCHEMAS``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pandas as pd

from .tables import FOREIGN_KEYS, PRIMARY_KEYS, SCHEMAS

_SQL_TYPES = {"string": "TEXT", "Int64": "INTEGER", "Float64": "REAL", "boolean": "INTEGER"}
# Table -> the columns its full-text index covers.
FULL_TEXT = {"numeric_facts": ["sentence", "counted"], "objective_mentions": ["sentence"]}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def create_statements() -> list[str]:
    """CREATE TABLE for every table of ``SCHEMAS``, then its full-text index."""
    statements = []
    for name, columns in SCHEMAS.items():
        lines = []
        for column in columns:
            check = f" CHECK ({_quote(column.name)} IN (0, 1))" if column.dtype == "boolean" else ""
            lines.append(f"{_quote(column.name)} {_SQL_TYPES[column.dtype]}{check}")
        if name in PRIMARY_KEYS:
            lines.append(f"PRIMARY KEY ({', '.join(map(_quote, PRIMARY_KEYS[name]))})")
        for key in FOREIGN_KEYS.get(name, []):
            lines.append(
                f"FOREIGN KEY ({', '.join(map(_quote, key.columns))}) "
                f"REFERENCES {_quote(key.table)} ({', '.join(map(_quote, key.references))})"
            )
        statements.append(f"CREATE TABLE {_quote(name)} (\n  " + ",\n  ".join(lines) + "\n)")
    for name, columns in FULL_TEXT.items():
        statements.append(
            f"CREATE VIRTUAL TABLE {_quote(name + '_fts')} USING fts5("
            f"{', '.join(map(_quote, columns))}, content={_quote(name)}, content_rowid='rowid')"
        )
    return statements


def _cell(value):
    """A table value for SQLite: missing and empty become NULL, as in the CSV."""
    if value is None or value is pd.NA or value == "" or (isinstance(value, float) and value != value):
        return None
    return value.item() if hasattr(value, "item") else value


def _insert_order() -> list[str]:
    """Tables before the tables whose foreign keys refer to them."""
    done: list[str] = []
    while len(done) < len(SCHEMAS):
        for name in SCHEMAS:
            if name not in done and all(k.table in done for k in FOREIGN_KEYS.get(name, [])):
                done.append(name)
    return done


def write_database(tables: dict[str, pd.DataFrame], path: Path) -> None:
    """Write the tables to a new SQLite file at ``path`` (which must not exist)."""
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists: the database is written into a fresh (staging) folder")
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA journal_mode = OFF")  # a staging file: publish makes it visible whole
        connection.execute("PRAGMA synchronous = OFF")  # and publish syncs it to disk, once
        with connection:
            for statement in create_statements():
                connection.execute(statement)
            for name in _insert_order():
                columns = [c.name for c in SCHEMAS[name]]
                insert = (f"INSERT INTO {_quote(name)} ({', '.join(map(_quote, columns))}) "
                          f"VALUES ({', '.join('?' * len(columns))})")
                frame = tables[name]
                connection.executemany(
                    insert, ([_cell(v) for v in row] for row in frame[columns].itertuples(index=False, name=None))
                )
            for name in FULL_TEXT:
                fts = _quote(name + "_fts")
                connection.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
        connection.execute("VACUUM")
    finally:
        connection.close()


def datasette_metadata() -> dict:
    """Datasette's metadata: each table and column described as in ``SCHEMAS``."""
    return {
        "title": "Tables extracted from voluntary GCM reviews",
        "databases": {"gcm": {"tables": {
            name: {"columns": {c.name: c.description for c in columns}} for name, columns in SCHEMAS.items()
        }}},
    }


def datasette_arguments(database: Path, metadata: Path, *, host: str = "127.0.0.1", port: int = 8001) -> list[str]:
    """Datasette's command-line arguments to serve ``database`` read-only on ``host`` only,
    with ``datasette_metadata()`` written to ``metadata``."""
    import json

    Path(metadata).write_text(json.dumps(datasette_metadata(), indent=2), encoding="utf-8")
    return ["serve", "--immutable", str(database), "--host", host,
            "--port", str(port), "--metadata", str(metadata), "--setting", "default_page_size", "50"]
