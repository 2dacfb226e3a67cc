"""Counting a page's queries in tests."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

# Not the page's own cost: the session is extended once a minute whatever the page
# (SessieVerlengenMiddleware), and savepoints come from the test's transaction.
_NIET_VAN_DE_PAGINA = re.compile("django_session|SAVEPOINT")


def pagina_queries(client, url: str) -> int:
    """The queries one GET of ``url`` costs (it must answer 200)."""
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return sum(1 for q in queries.captured_queries if not _NIET_VAN_DE_PAGINA.search(q["sql"]))
