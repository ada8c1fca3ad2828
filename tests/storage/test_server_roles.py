"""On a shared server each coordinator logs in with their own name; all of them must reach every table."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from learnorg_desktop.services import organisation
from learnorg_desktop.storage.database import Database
from tests.conftest import unique_name
from tests.exchange.helpers import add_person
from tests.postgres_server import ThrowawayServer


@pytest.mark.parametrize("backend", ["postgresql"])
def test_tables_belong_to_the_team_whoever_created_them(backend: str, postgres_server: ThrowawayServer) -> None:
    team, marie, paul, name = (unique_name(n) for n in ("equipe", "marie", "paul", "partagee"))
    postgres_server.admin(f"CREATE ROLE {team} NOLOGIN")
    for person in (marie, paul):
        postgres_server.admin(f"CREATE ROLE {person} LOGIN IN ROLE {team}")
    postgres_server.admin(f"CREATE DATABASE {name} OWNER {team}")
    postgres_server.admin(f"REVOKE ALL ON DATABASE {name} FROM PUBLIC")
    postgres_server.admin(f"GRANT CONNECT, TEMPORARY ON DATABASE {name} TO {team}")
    url = make_url(postgres_server.url(name))
    try:
        first = Database.open(url.set(username=marie).render_as_string(hide_password=False))  # creates the schema
        with first.transaction() as session:
            organisation.initialise(session, office_code="HQ", office_name="Siège", headquarters=True)
            owners = set(session.execute(text("SELECT tableowner FROM pg_tables WHERE schemaname = 'public'"))
                         .scalars())
        assert owners == {team}
        second = Database.open(url.set(username=paul).render_as_string(hide_password=False))
        add_person(second, "Aurélie", "Lefèvre")  # Paul writes in Marie's schema
        add_person(first, "Noé", "Martin")
        second.close()
        first.close()
    finally:
        postgres_server.drop_database(name)
