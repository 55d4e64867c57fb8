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


def run_with(connection) -> None:
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
