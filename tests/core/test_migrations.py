"""The Alembic migrations build exactly the schema the models describe."""

from flask_migrate import upgrade
from sqlalchemy import inspect

from marketplace.core.db import db
from tests.conftest import PG_URL, make_app


def test_migrations_match_models(tmp_path):
    if PG_URL:
        import pytest

        pytest.skip("the PostgreSQL leg shares one schema built by create_all")
    app = make_app(
        tmp_path / "fresh",
        create_schema=False,
        SQLALCHEMY_DATABASE_URI=f"sqlite:///{tmp_path}/migrated.db",
    )
    with app.app_context():
        upgrade()
        from alembic.autogenerate import compare_metadata
        from alembic.migration import MigrationContext

        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"render_as_batch": True})
            differences = compare_metadata(context, db.metadata)
        assert differences == []
        assert "change_log" in inspect(db.engine).get_table_names()
        db.session.remove()
        db.engine.dispose()
