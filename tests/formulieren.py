"""Every form of the project with an example of saved data, for tests/core/test_formulieren.py.

A form is listed as "module.Klasse": a function that gets the personas and returns
``(kwargs, verwacht)``: the keyword arguments to build the form as a page shows it again
(``instance=`` or ``initial=`` holding the saved data, plus whatever the form needs), and the
cleaned values that must come back when the browser sends the rendered form unchanged.

A new form without a line here makes the test fail: add one.
"""

from datetime import date, timedelta
from decimal import Decimal


def _aanvraag(p, **velden):
    from gelijkekansen.core.models import Doelgroep, Wijk
    from tests.subsidies.factories import AanvraagFactory

    velden = {
        "startdatum": date(2027, 6, 20),
        "einddatum": date(2027, 12, 28),
        "toegankelijkheid": "Rolstoeltoegankelijk",
        **velden,
    }
    aanvraag = AanvraagFactory(aanvrager=p["burger"], **velden)
    aanvraag.doelgroepen.set(Doelgroep.objects.all()[:2])
    aanvraag.wijken.set(Wijk.objects.all()[:2])
    return aanvraag


def _initiatief(p):
    # A group without a vzw: its second responsible person is asked as name and e-mail, kept as one text.
    aanvraag = _aanvraag(
        p,
        aanvrager_soort="feitelijke_vereniging",
        tweede_verantwoordelijke="Jan Peeters (jan.peeters@example.org)",
    )
    verwacht = {
        "tweede_verantwoordelijke": "Jan Peeters (jan.peeters@example.org)",
        "titel": aanvraag.titel,
        "startdatum": date(2027, 6, 20),
        "einddatum": date(2027, 12, 28),
        "verwachte_deelnemers": 120,
        "doelen": ["ontmoeten"],
        "reikwijdte": "wijk",
        "doelgroepen": list(aanvraag.doelgroepen.all()),
        "wijken": list(aanvraag.wijken.all()),
        "toegankelijkheid": "Rolstoeltoegankelijk",
    }
    return {"instance": aanvraag}, verwacht


def _beoordeling(p):
    from subsidies.models import Beoordeling, Score

    aanvraag = _aanvraag(p)
    beoordeling = Beoordeling.objects.create(
        aanvraag=aanvraag, jurylid=p["jurylid"], belangenconflict=False, advies="ja", motivering="Sterk."
    )
    criteria = list(aanvraag.oproep.criteria.all())
    # A low score with its required motivation (over two lines), a good one with an optional one.
    opgeslagen = [(2, "Weinig over de doelgroep.\nWie komt er?"), (4, "Sterk en haalbaar.")]
    for criterium, (punten, toelichting) in zip(criteria, opgeslagen, strict=True):
        Score.objects.create(
            beoordeling=beoordeling, criterium=criterium, punten=punten, toelichting=toelichting
        )
    verwacht = {"advies": "ja", "motivering": "Sterk."}
    for criterium, (punten, toelichting) in zip(criteria, opgeslagen, strict=True):
        verwacht |= {f"criterium_{criterium.pk}": punten, f"toelichting_{criterium.pk}": toelichting}
    return {"criteria": criteria, "beoordeling": beoordeling}, verwacht


def _start(p):
    from gelijkekansen.core.models.organisaties import LidmaatschapRol
    from tests.factories import LidmaatschapFactory

    lid = LidmaatschapFactory(user=p["burger"], rol=LidmaatschapRol.VERANTWOORDELIJKE)
    initial = {"aanvrager_soort": "vzw", "organisatie": lid.organisatie}
    return {"user": p["burger"], "initial": initial}, initial


def _evaluatie_filter(p):
    from tests.subsidies.factories import OproepFactory

    initial = {"van": date(2027, 1, 31), "tot": date(2027, 12, 28), "oproep": OproepFactory()}
    return {"initial": initial}, initial


def _monitoring(p):
    from gelijkekansen.core.models import Doelgroep

    groepen = list(Doelgroep.objects.all()[:3])
    initial = {
        "eerste_aanvraag": True,
        "begeleid": False,
        "hoe_gehoord": "buurtwerk",
        "bereikte_groepen": groepen,
    }
    return {"initial": initial}, initial


def _verantwoording(p):
    # Filed before the end date: the reason field is shown and kept.
    initial = {
        "reden_vroeger": "Het feest ging niet door: de zaal brandde af.",
        "wat_gebeurde": "Een mooi feest.",
        "deelnemers_bereikt": 85,
        "echte_kosten": Decimal("1234.56"),
        "echte_inkomsten": Decimal("100.00"),
    }
    aanvraag = _aanvraag(p, startdatum=date.today(), einddatum=date.today() + timedelta(days=30))
    return {"initial": initial, "aanvraag": aanvraag}, initial


def _met_initial(**initial):
    return lambda p: ({"initial": initial}, initial)


def _vermelding(p):
    from erkenning.models import Vermelding
    from tests.erkenning.factories import erkende_vereniging

    waarden = {
        "zichtbaar": True,
        "voorstelling": "Samen koken.",
        "toon_website": False,
        "toon_telefoon": True,
    }
    return {"instance": Vermelding(organisatie=erkende_vereniging(), **waarden)}, waarden


def _erkenning(p):
    from tests.erkenning.factories import aanvraag_voor_erkenning

    return aanvraag_voor_erkenning(verantwoordelijke=p["burger"])


def _vereniging(p):
    erkenning = _erkenning(p)
    verwacht = {
        "werking": "Elke week een ontmoeting met koffie, elke maand een uitstap.",
        "doelgroepen": list(erkenning.doelgroepen.all()),
        "actief_sinds": date(2015, 9, 1),
        "ledenaantal": 40,
        "leden_in_gent": 30,
    }
    return {"instance": erkenning}, verwacht


def _criteria(p):
    from erkenning.constants import Criterium

    erkenning = _erkenning(p)
    erkenning.criteria = {Criterium.GENT: "28 van de 40 leden wonen in Gent.\nWe komen samen in Ledeberg."}
    verwacht = {c.value: erkenning.criteria.get(c.value, "") for c in Criterium}
    return {"erkenning": erkenning}, verwacht


def _rekening(p):
    erkenning = _erkenning(p)
    return {"instance": erkenning}, {"iban": "BE71096123456769", "rekeninghouder": erkenning.organisatie.naam}


def _jaarverslag(p):
    from erkenning.models import Jaarverslag, Subsidiejaar
    from tests.erkenning.factories import erkende_vereniging

    jaar = Subsidiejaar.objects.create(jaar=2027, deadline_jaarverslag=date(2027, 3, 31))
    waarden = {
        "activiteiten": "Elke week koffie.\nEen uitstap in mei.",
        "aantal_activiteiten": 52,
        "aantal_deelnemers": 1234,
        "inkomsten": Decimal("1234.50"),
        "uitgaven": Decimal("987.65"),
    }
    verslag = Jaarverslag.objects.create(subsidiejaar=jaar, organisatie=erkende_vereniging(), **waarden)
    return {"instance": verslag}, waarden


def _vraag(p):
    from tests.factories import LidmaatschapFactory

    lid = LidmaatschapFactory(user=p["burger"])
    initial = {
        "organisatie": lid.organisatie,
        "onderwerp": "juridisch",
        "vraag": "Moeten we een vzw worden?\nWe zijn met 30.",
    }
    return {"user": p["burger"], "initial": initial}, initial


def _noodsteun(p):
    from subsidies.models import Noodfondsronde

    return {"ronde": Noodfondsronde(titel="Noodfonds corona 2020"), "initial": {"huur": "ja"}}, {"huur": "ja"}


def _update(p):
    from tests.toegankelijkheid.factories import actie_van

    actie = actie_van(p["burger"])
    waarden = {
        "datum": date(2031, 3, 14),
        "tekst": "Drie gebouwen gescreend.",
        "actie_status": "lopend",
        "voortgang": 35,
    }
    return {"actie": actie, "initial": waarden}, waarden


def _advies(p):
    from tests.toegankelijkheid.factories import advies, raadslid

    lid = raadslid(p["burger"])
    gevonden = advies(lid)
    gevonden.inleiding = "Over het hele plan."
    verwacht = {
        "adviesraad": gevonden.adviesraad,
        "actieplan": gevonden.actieplan,
        "actie": None,
        "evaluatie": None,
        "titel": "Ons advies",
        "inleiding": "Over het hele plan.",
    }
    return {"instance": gevonden, "user": lid}, verwacht


def _erkenning_start(p):
    from tests.factories import LidmaatschapFactory

    lid = LidmaatschapFactory(user=p["burger"])
    initial = {"organisatie": lid.organisatie, "categorie": "lgbtqia"}
    return {"user": p["burger"], "initial": initial}, initial


def _organisatie(p):
    from gelijkekansen.core.models import Doelgroep
    from tests.factories import OrganisatieFactory

    organisatie = OrganisatieFactory(
        adres="Kikvorsstraat 1",
        email="kring@example.org",
        telefoon="09 123 45 67",
        website="https://kring.example.org/",
    )
    organisatie.doelgroepen.set(Doelgroep.objects.all()[:2])
    verwacht = {
        "naam": organisatie.naam,
        "rechtsvorm": "feitelijke_vereniging",
        "adres": "Kikvorsstraat 1",
        "postcode": "9000",
        "wijk": organisatie.wijk,
        "website": "https://kring.example.org/",
        "doelgroepen": list(organisatie.doelgroepen.all()),
    }
    return {"instance": organisatie}, verwacht


def _meldingsformulier(p, **extra):
    from gelijkekansen.core.models import Wijk
    from meldingen.models import Grond
    from tests.meldingen.factories import melding

    wijk = Wijk.objects.order_by("nummer").first()
    velden = {
        "soort": "haatspraak_online",
        "levensdomein": "media_online",
        "gebeurd_op": date(2026, 11, 20),
        "wijk": wijk,
        "plaats": "Korenmarkt",
        "platform": "Facebook",
        "link": "https://example.org/bericht/1",
        "rol": "getuige",
        "wens": "doorverwijzen",
        "naam": "Sara Peeters",
        "email": "sara@example.org",
        "telefoon": "0470 12 34 56",
    }
    m, _code = melding(
        gronden=("afkomst", "geloof_of_levensbeschouwing"), toestemmingen=["unia", "politie"], **velden
    )
    verwacht = {
        **velden,
        "beschrijving": m.beschrijving,
        "gronden": list(Grond.objects.filter(code__in=["afkomst", "geloof_of_levensbeschouwing"])),
        "toestemmingen": ["politie", "unia"],
    }
    kwargs = {"instance": m}
    if extra:
        kwargs["initial"] = extra
        verwacht.update(extra)
    return kwargs, verwacht


def _periode(p):
    from django.utils import timezone

    from tests.meldingen.factories import melding

    melding()  # a year with figures
    jaar = timezone.localdate().year
    return {"initial": {"jaar": jaar, "maand": 11}}, {"jaar": jaar, "maand": 11}


VOORBEELDEN = {
    "meldingen.forms.MeldingForm": _meldingsformulier,
    "meldingen.forms.RegistratieForm": lambda p: _meldingsformulier(p, kanaal="telefoon"),
    "meldingen.forms.CodeForm": _met_initial(code="eLPnwGjWBtOPW50uJLHplj-jhmJZGHDsqhLHMKbRfj0"),
    "meldingen.forms.MelderBerichtForm": _met_initial(tekst="Het was op een dinsdag."),
    "meldingen.forms.BewijsForm": _met_initial(),
    "meldingen.forms.ToestemmingForm": lambda p: (
        {"initial": {"instantie": "vmri", "geven": "1"}},
        {"instantie": "vmri", "geven": True},
    ),
    "meldingen.forms.DoorverwijzenForm": _met_initial(
        instantie="vmri", gedeeld="Het verhaal en twee screenshots."
    ),
    "meldingen.forms.NazorgForm": _met_initial(
        omschrijving="Gesprek bij de herstelacademie", gepland_op=date(2026, 12, 10)
    ),
    "meldingen.forms.MeldpuntBerichtForm": _met_initial(soort="vraag", tekst="Welke dag was het?"),
    "meldingen.admin_paginas.PeriodeForm": _periode,
    "erkenning.forms.StartForm": _erkenning_start,
    "erkenning.forms.OrganisatieForm": _organisatie,
    "erkenning.forms.GegevensForm": lambda p: (
        {"instance": _organisatie(p)[0]["instance"]},
        {"adres": "Kikvorsstraat 1", "telefoon": "09 123 45 67", "website": "https://kring.example.org/"},
    ),
    "erkenning.forms.RekeningwijzigingForm": _met_initial(iban="BE35310123456737"),
    "erkenning.forms.JaarverslagForm": _jaarverslag,
    "erkenning.forms.VraagForm": _vraag,
    "erkenning.forms.VerenigingForm": _vereniging,
    "erkenning.forms.BestuurslidForm": _met_initial(
        naam="An Peeters", functie="voorzitter", woont_in_gent=True
    ),
    "erkenning.forms.CriteriaForm": _criteria,
    "erkenning.forms.RekeningForm": _rekening,
    "erkenning.forms.BijlageForm": _met_initial(soort="bewijs"),
    "erkenning.forms.BerichtForm": _met_initial(tekst="Wanneer hoor ik iets?"),
    "erkenning.forms.AntwoordForm": _met_initial(antwoord="Twaalf activiteiten per jaar."),
    "gelijkekansen.core.forms.FilterForm": _met_initial(),  # the base of filter forms: no fields
    "erkenning.forms.VermeldingForm": _vermelding,
    "erkenning.forms.ContactForm": _met_initial(
        naam="Jan", email="jan@example.org", bericht="Mag ik eens langskomen?", website=""
    ),
    "gelijkekansen.accounts.forms.RegistratieForm": _met_initial(naam="Amina El Idrissi"),
    "gelijkekansen.core.betalingen.paginas.AfschriftForm": _met_initial(),
    "gelijkekansen.core.betalingen.paginas.UitgevoerdForm": _met_initial(uitgevoerd_op=date(2027, 3, 2)),
    "gelijkekansen.core.betalingen.paginas.WeigerenForm": _met_initial(reden="Rekening afgesloten (AC04)"),
    "subsidies.forms.NoodsteunForm": _noodsteun,
    "subsidies.forms.GeschiktheidForm": _met_initial(in_gent=True, doel=True, winst=False),
    "subsidies.forms.StartForm": _start,
    "subsidies.forms.InitiatiefForm": _initiatief,
    "subsidies.forms.BegrotingslijnForm": _met_initial(
        soort="inkomst", omschrijving="Bijdrage buren", bedrag=Decimal("1234.50")
    ),
    "subsidies.forms.BegrotingForm": lambda p: (
        {
            "initial": {"gevraagd_bedrag": Decimal("1250.50"), "andere_subsidies": "Geen"},
            "maximum": Decimal("5000"),
        },
        {"gevraagd_bedrag": Decimal("1250.50"), "andere_subsidies": "Geen"},
    ),
    "subsidies.forms.BetalingForm": lambda p: (
        {"instance": _aanvraag(p)},
        {"iban": "BE71096123456769", "rekeninghouder": "Amina El Idrissi"},
    ),
    "subsidies.forms.BijlageForm": _met_initial(),
    "subsidies.forms.MonitoringForm": _monitoring,
    "subsidies.forms.BerichtForm": _met_initial(tekst="Mag het feest ook binnen?"),
    "subsidies.forms.AanvullingForm": _met_initial(antwoord="De offerte staat in bijlage."),
    "subsidies.forms.IntrekkenForm": _met_initial(reden="Het feest gaat niet door."),
    "subsidies.forms.BelangenconflictForm": _met_initial(conflict=False),
    "subsidies.forms.BeoordelingForm": _beoordeling,
    "subsidies.forms.VerantwoordingForm": _verantwoording,
    "subsidies.views.evaluatie.EvaluatieFilterForm": _evaluatie_filter,
    "toegankelijkheid.forms.UpdateForm": _update,
    "toegankelijkheid.forms.AdviesForm": _advies,
    "toegankelijkheid.forms.PuntForm": _met_initial(tekst="Betrek ervaringsdeskundigen."),
    "toegankelijkheid.forms.AntwoordForm": _met_initial(
        standpunt="gedeeltelijk", motivering="Het budget is beperkt.", opvolging="In het volgende plan."
    ),
    "toegankelijkheid.forms.AfwijzenForm": _met_initial(reden="Schrijf het in klare taal."),
}
