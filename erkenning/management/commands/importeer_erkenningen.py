"""manage.py importeer_erkenningen FILE.csv: the recognitions of the five older regulations
(columns: erkenning/services/importeren.py and erkenning/README.md)."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from erkenning.services.importeren import erkenningen_importeren


class Command(BaseCommand):
    help = "Neemt de erkenningen van de 5 oude reglementen over uit een CSV-bestand."

    def add_arguments(self, parser):
        parser.add_argument("bestand", type=Path)

    def handle(self, *args, bestand: Path, **options):
        if not bestand.is_file():
            raise CommandError(f"Bestand niet gevonden: {bestand}")
        try:
            with bestand.open(encoding="utf-8-sig", newline="") as regels:
                verslag = erkenningen_importeren(regels)
        except ValidationError as fout:
            raise CommandError(" ".join(fout.messages)) from fout
        for regel in verslag.regels():
            self.stdout.write(regel)
