"""``manage.py bewaartermijnen [--dry-run] [--regel NAAM]``: apply the retention rules now, or
only show per rule what would be removed or anonymised (counts and ids), changing nothing."""

from django.core.management.base import BaseCommand, CommandError

from gelijkekansen.core import bewaren


class Command(BaseCommand):
    help = "Past de bewaartermijnen van alle apps toe (of toont met --dry-run wat er zou gebeuren)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="Niets wijzigen, alleen tonen.")
        parser.add_argument("--regel", action="append", help="Alleen deze regel (meermaals mogelijk).")

    def handle(self, *args, dry_run: bool = False, regel=None, **options) -> None:
        onbekend = set(regel or ()) - set(bewaren.REGELS)
        if onbekend:
            raise CommandError(f"Onbekende bewaarregel(s): {', '.join(sorted(onbekend))}")
        resultaten = bewaren.bewaartermijnen_toepassen(proef=dry_run, regels=regel)
        for r in resultaten:
            self.stdout.write(f"{r.regel} ({r.actie}): {r.omschrijving}")
            if r.fout:
                self.stderr.write(f"  MISLUKT: {r.fout}")
                continue
            self.stdout.write(f"  {len(r.ids)} {'zou(den) worden ' if dry_run else ''}{r.actie}")
            for object_id in r.ids:
                self.stdout.write(f"    {object_id}")
        if dry_run:
            self.stdout.write("Proefdraai: er is niets gewijzigd.")
