"""Writing many rows of one table at once, for a long import (thousands of claims, their
history and search documents). The ORM's batched INSERT … RETURNING costs about 0.3 ms of client
time per row on PostgreSQL (psycopg parses a statement with tens of thousands of placeholders);
COPY sends the rows as data instead. SQLite takes the same rows in one executemany.

Rows are plain dicts with the same keys, values as the models hold them (a list for a JSON
column): each column's own bind processing applies, as for any INSERT."""

from collections.abc import Sequence

from sqlalchemy import Table, func, select, text

from webapp.extensions import db

# Fewer rows than this go in a plain INSERT on PostgreSQL too: a save's one search document
# stays an ordinary statement (seen by SQLAlchemy's events, as statement counts expect).
COPY_MIN_ROWS = 100


def allocate_ids(table: Table, count: int) -> list[int]:
    """`count` new primary keys for `table`, in one query, ascending: taken from its sequence
    on PostgreSQL; on SQLite the next rowids, read under the write lock (FOR UPDATE, which
    SQLite does not write out, makes a write request take it first: webapp/database.py)."""
    if count <= 0:
        return []
    connection = db.session.connection()
    (key,) = table.primary_key.columns
    if connection.dialect.name == "postgresql":
        return sorted(
            connection.execute(
                text(
                    "SELECT nextval(pg_get_serial_sequence(:table, :column)) "
                    "FROM generate_series(1, :n)"
                ),
                {"table": table.name, "column": key.name, "n": count},
            ).scalars()
        )
    highest = connection.execute(select(func.max(key)).with_for_update()).scalar() or 0
    return list(range(highest + 1, highest + 1 + count))


def insert_rows(table: Table, rows: Sequence[dict]) -> None:
    """INSERT every row (COPY on PostgreSQL for many), in the session's transaction, without
    reading anything back: give the ids (`allocate_ids`) when the caller needs them."""
    if not rows:
        return
    connection = db.session.connection()
    if connection.dialect.name != "postgresql" or len(rows) < COPY_MIN_ROWS:
        connection.execute(table.insert(), list(rows))
        return
    dialect = connection.dialect
    names = list(rows[0])
    columns = [table.c[name] for name in names]
    processors = [column.type.dialect_impl(dialect).bind_processor(dialect) for column in columns]
    quote = dialect.identifier_preparer.quote
    statement = (
        f"COPY {dialect.identifier_preparer.format_table(table)} "
        f"({', '.join(quote(name) for name in names)}) FROM STDIN"
    )
    converted = [
        (index, processor) for index, processor in enumerate(processors) if processor is not None
    ]
    driver = connection.connection.driver_connection  # psycopg, in this same transaction
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            values = [row[name] for name in names]
            for index, processor in converted:
                values[index] = processor(values[index])
            copy.write_row(values)
