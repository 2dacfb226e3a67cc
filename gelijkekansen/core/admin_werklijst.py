"""The parts every chapter's work list shares (the pattern of DESIGN §5.6: a django-filter
FilterSet, 25 rows, the admin's look without its menu). Example: subsidies/admin_werklijst.py."""

from django.contrib import admin


def backoffice_kop() -> dict:
    """The admin's header and user links, without the menu beside the list: the table gets the
    width of the screen, and the menu's per-model permission checks (a quarter of this page's
    time) are not made on the page staff open most often. The breadcrumbs lead back."""
    site = admin.site
    return {
        "site_title": site.site_title,
        "site_header": site.site_header,
        "site_url": site.site_url,
        "has_permission": True,
        "available_apps": [],
        "is_popup": False,
        "is_nav_sidebar_enabled": False,
    }


def kolomkoppen(request, kolommen) -> list[dict]:
    """Column headings from ``(ordering name or None, heading, css class)``; a sortable one links
    to its order (ascending, then descending)."""
    huidig = request.GET.get("o", "")
    koppen = []
    for veld, titel, klasse in kolommen:
        kop = {"titel": titel, "klasse": klasse, "url": None, "sortering": None}
        if veld:
            oplopend = huidig == veld
            kop["sortering"] = "ascending" if oplopend else "descending" if huidig == f"-{veld}" else None
            kop["url"] = _met(request, o=f"-{veld}" if oplopend else veld)
        koppen.append(kop)
    return koppen


def _met(request, **waarden) -> str:
    query = request.GET.copy()
    query.pop("pagina", None)
    for sleutel, waarde in waarden.items():
        query[sleutel] = waarde
    return f"?{query.urlencode()}"


def zonder(request, sleutel: str) -> str:
    query = request.GET.copy()
    query.pop(sleutel, None)
    return query.urlencode()
