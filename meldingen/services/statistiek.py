"""Keeps a report's row in the figures (models/statistiek.py) equal to the report. Called by every
service that changes something the figures count, in its transaction."""

from django.db import transaction
from django.utils import timezone

from meldingen.models import Melding, Statistiek, Verwijzingscijfer

_VELDEN = ("soort", "levensdomein", "kanaal", "rol", "wens", "status", "wijk_id", "is_dossier", "vijfhoek")


def bijwerken(melding: Melding) -> Statistiek:
    ontvangen = timezone.localtime(melding.ontvangen_op)  # the month in Ghent, not in UTC
    with transaction.atomic():
        statistiek, _nieuw = Statistiek.objects.update_or_create(
            melding=melding,
            defaults={
                "jaar": ontvangen.year,
                "maand": ontvangen.month,
                **{veld: getattr(melding, veld) for veld in _VELDEN},
            },
        )
        statistiek.gronden.set(melding.gronden.all())
        statistiek.verwijzingen.all().delete()
        Verwijzingscijfer.objects.bulk_create(
            Verwijzingscijfer(statistiek=statistiek, instantie=d.instantie, uitkomst=d.uitkomst)
            for d in melding.doorverwijzingen.all()
        )
    return statistiek
