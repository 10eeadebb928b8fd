# The portal's application image: gunicorn serving Django (deploy/gunicorn.conf.py). nginx serves
# the static files collected here (the `migrate` service publishes them on a volume) and media.
FROM python:3.11-slim-bookworm

# pg_dump and pg_restore for `manage.py backup` and `restore`. Bookworm's client is PostgreSQL
# 15, the server's major version in docker-compose.yml: pg_dump refuses a newer server.
RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/*

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_DEBUG=false \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/app/media

WORKDIR /app
COPY . .
RUN pip install -e '.[production]'
# Static files are collected once, here, under hashed names; the settings need some secret key
# to load, and this one is never used to sign anything.
RUN DJANGO_SECRET_KEY=collectstatic-at-build-time python manage.py collectstatic --noinput \
    && useradd --system --uid 1000 --no-create-home --home-dir /app portal \
    && mkdir -p /app/media /srv/static \
    && chown portal /app/media /srv/static
# Not root: a flaw in the application cannot change its own code or the image.
USER portal

EXPOSE 8000
CMD ["gunicorn", "--config", "deploy/gunicorn.conf.py", "portal.wsgi"]
