from django.conf import settings


def portaal(request) -> dict:
    return {"SESSIE_DUUR": settings.SESSION_COOKIE_AGE}
