"""Reference data shared by every chapter: Ghent's 25 wijken and the policy's target groups."""

from django.db import models
from django.utils.translation import gettext_lazy as _

WIJK_BRON = _(
    "Bron wijkindeling: Wijken voor omgevingsanalyse. © gemeentebesturen, verzameld door "
    "Data & Analyse van de Vlaamse provincies — Modellicentie Gratis Hergebruik Vlaanderen v1.0."
)


class Wijk(models.Model):
    nummer = models.PositiveSmallIntegerField(_("nummer"), unique=True)
    code = models.CharField(_("code"), max_length=10, unique=True)
    naam = models.CharField(_("naam"), max_length=100)

    class Meta:
        verbose_name = _("wijk")
        verbose_name_plural = _("wijken")
        ordering = ["naam"]

    def __str__(self) -> str:
        return self.naam


# The policy's target groups in the reader's language; the row keeps its Dutch name for the back
# office and for groups added later without a translation.
DOELGROEP_NAMEN = {
    "etnisch-culturele-minderheden": _("Etnisch-culturele minderheden"),
    "personen-met-een-beperking": _("Personen met een beperking"),
    "senioren": _("Senioren"),
    "lgbtqia": _("LGBTQIA+"),
    "mensen-in-armoede": _("Mensen in armoede"),
    "nieuwkomers": _("Nieuwkomers"),
    "jongeren": _("Jongeren"),
}


class Doelgroep(models.Model):
    code = models.SlugField(_("code"), unique=True)
    naam = models.CharField(_("naam"), max_length=100)

    class Meta:
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")
        ordering = ["naam"]

    def __str__(self) -> str:
        return str(DOELGROEP_NAMEN.get(self.code, self.naam))
