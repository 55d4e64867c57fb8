"""Alembic environment.

The app hands its open connection in through `config.attributes["connection"]`
(see facilitator/store/migrate.py). From the command line (`alembic revision
--autogenerate`, run at the repository top) the URL in alembic.ini is used instead.
"""

from alembic import context
from sqlalchemy import engine_from_config, pool

from facilitator.store.models import Base

config = context.config
target_metadata = Base.metadata


def _sqlite_foreign_keys(connection, on: bool) -> list:
    """Switch SQLite's foreign keys (only possible outside a transaction); returns the
    rows that break a key when switching them on again."""
    if connection.in_transaction():
        connection.commit()
    raw = connection.connection.dbapi_connection  # no autobegin: a PRAGMA in a
    raw.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")  # transaction is ignored
    return raw.execute("PRAGMA foreign_key_check").fetchall() if on else []


def run_with(connection) -> None:
    # SQLite cannot alter most things, so a batch migration copies the table and drops
    # the old one; with foreign keys on, that drop would delete every row that refers to
    # it (ON DELETE CASCADE): a meeting's people gone with a dropped column. Alembic's
    # advice: keys off while migrating, checked when they are on again.
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        _sqlite_foreign_keys(connection, on=False)
    try:
        _run_migrations(connection)
    finally:
        if sqlite:
            broken = _sqlite_foreign_keys(connection, on=True)
            if broken:
                raise RuntimeError(f"the migration broke foreign keys: {broken[:5]}")


def _run_migrations(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        compare_type=True,
        # One transaction per revision: a failure inside a revision leaves the database at
        # the previous one (the app's engine makes SQLite's DDL transactional).
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_with(connection)
else:
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as new_connection:
        run_with(new_connection)
