# One image for web, worker and beat; the command differs (see docker-compose.yml).
FROM python:3.11-slim-bookworm
RUN apt-get update && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libmagic1 fonts-dejavu-core nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY requirements/prod.txt requirements/prod.txt
RUN pip install --no-cache-dir --require-hashes -r requirements/prod.txt
COPY . .
RUN bash scripts/install_styleguide.sh \
    && PORTAL_ENV=production SECRET_KEY=build FIELD_ENCRYPTION_KEY=build ALLOWED_HOSTS=build \
       DATABASE_URL=sqlite:////tmp/build.sqlite3 EMAIL_HOST=build \
       CACHE_URL=redis://build CELERY_BROKER_URL=redis://build \
       SEPA_NAAM=build SEPA_IBAN=BE71096123456769 SEPA_BIC=GKCCBEBB \
       STATIC_ROOT=/app/var/static python manage.py collectstatic --noinput -v 0
ENV PORTAL_ENV=production STATIC_ROOT=/app/var/static MEDIA_ROOT=/data/media
# Private files without STORAGE_S3_BUCKET: a volume on /data/media takes this owner when first created.
RUN mkdir -p /data/media/private && chown -R nobody:nogroup /data/media
USER nobody
EXPOSE 8000
CMD ["gunicorn", "gelijkekansen.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
