"""URL converters of the portal. Object ids never appear in URLs (UUIDs or signed ids do); a
calendar year is not an object id, so it has its own converter rather than ``<int:>``."""

from django.urls import register_converter


class JaarConverter:
    regex = "[0-9]{4}"

    def to_python(self, waarde: str) -> int:
        return int(waarde)

    def to_url(self, waarde) -> str:
        return f"{int(waarde):04d}"


register_converter(JaarConverter, "jaar")
