"""`make bench`: seeded PostgreSQL, gunicorn and wrk, one row per page (see bench/README.md)."""
