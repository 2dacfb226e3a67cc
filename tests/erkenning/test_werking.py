"""The yearly operating grant on a known set of associations: the formula, the cap, the scaling
to the envelope, the same result when computed again, and payments only after approval."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from erkenning.constants import ErkenningStatus
from erkenning.services import werking
from gelijkekansen.core.models import Betaling
from tests.erkenning.factories import erkende_vereniging, subsidiejaar
from tests.factories import LidmaatschapFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def jaar():
    return subsidiejaar(envelop=Decimal("100000"))


def _verslag(jaar, *, activiteiten, deelnemers, status=ErkenningStatus.ERKEND, indienen=True, naam=""):
    organisatie = erkende_vereniging(status=status, **({"naam": naam} if naam else {}))
    verantwoordelijke = LidmaatschapFactory(organisatie=organisatie).user
    verslag = werking.Jaarverslag.objects.create(subsidiejaar=jaar, organisatie=organisatie)
    werking.jaarverslag_bewaren(
        verslag=verslag,
        door=verantwoordelijke,
        velden={
            "activiteiten": "Wekelijkse ontmoetingen.",
            "aantal_activiteiten": activiteiten,
            "aantal_deelnemers": deelnemers,
            "inkomsten": Decimal("1200"),
            "uitgaven": Decimal("1500"),
        },
    )
    if indienen:
        werking.jaarverslag_indienen(verslag=verslag, door=verantwoordelijke)
    return verslag


def _bedragen(jaar):
    return {s.organisatie.naam: (s.punten, s.volgens_formule, s.bedrag) for s in jaar.subsidies.all()}


def test_basisbedrag_plus_punten_met_een_plafond_en_alleen_ingediende_verslagen_van_erkende_verenigingen(
    jaar,
):
    _verslag(jaar, activiteiten=10, deelnemers=250, naam="A")  # 20 + 10 = 30 points
    _verslag(jaar, activiteiten=100, deelnemers=5000, naam="B")  # 400 points, capped at 200
    _verslag(jaar, activiteiten=10, deelnemers=250, status=ErkenningStatus.GESCHORST, naam="Geschorst")
    _verslag(jaar, activiteiten=10, deelnemers=250, indienen=False, naam="Concept")
    assert werking.werkingssubsidies_berekenen(subsidiejaar_id=jaar.pk) == 2
    assert _bedragen(jaar) == {
        "A": (30, Decimal("3250.00"), Decimal("3250.00")),
        "B": (200, Decimal("7500.00"), Decimal("7500.00")),
    }


def test_boven_de_envelop_wordt_alles_in_dezelfde_verhouding_verlaagd_en_nooit_meer_dan_de_envelop(jaar):
    jaar.envelop = Decimal("10000")
    jaar.save()
    _verslag(jaar, activiteiten=10, deelnemers=250, naam="A")
    _verslag(jaar, activiteiten=100, deelnemers=5000, naam="B")
    werking.werkingssubsidies_berekenen(subsidiejaar_id=jaar.pk)
    jaar.refresh_from_db()
    assert jaar.schaal == Decimal("0.930232")  # 10,000 / 10,750, rounded down
    assert _bedragen(jaar) == {
        "A": (30, Decimal("3250.00"), Decimal("3023.25")),
        "B": (200, Decimal("7500.00"), Decimal("6976.74")),
    }
    overzicht = werking.overzicht(jaar)
    assert overzicht["uit_te_betalen"] == Decimal("9999.99") <= jaar.envelop
    assert overzicht["geschaald"] is True


def test_opnieuw_berekenen_geeft_hetzelfde_resultaat(jaar):
    _verslag(jaar, activiteiten=7, deelnemers=90)
    werking.werkingssubsidies_berekenen(subsidiejaar_id=jaar.pk)
    eerst = _bedragen(jaar)
    werking.werkingssubsidies_berekenen(subsidiejaar_id=jaar.pk)
    assert _bedragen(jaar) == eerst and jaar.subsidies.count() == 1


def test_goedkeuren_maakt_een_betaling_per_vereniging_en_daarna_ligt_alles_vast(jaar):
    _verslag(jaar, activiteiten=10, deelnemers=250)
    _verslag(jaar, activiteiten=1, deelnemers=10)
    staf = UserFactory(is_staff=True, rollen=["erkenningen"])
    with pytest.raises(ValidationError, match="Bereken de werkingssubsidies eerst"):
        werking.subsidiejaar_goedkeuren(subsidiejaar=jaar, door=staf)
    werking.werkingssubsidies_berekenen(subsidiejaar_id=jaar.pk)
    assert werking.subsidiejaar_goedkeuren(subsidiejaar=jaar, door=staf) == 2
    betalingen = Betaling.objects.filter(content_type__model="werkingssubsidie")
    assert sorted(b.bedrag for b in betalingen) == [Decimal("2550.00"), Decimal("3250.00")]
    assert {b.referentie[:8] for b in betalingen} == {f"WS-{jaar.jaar}-"}
    # Computing again after approval changes nothing; approving twice is refused.
    werking.werkingssubsidies_berekenen(subsidiejaar_id=jaar.pk)
    assert Betaling.objects.filter(content_type__model="werkingssubsidie").count() == 2
    with pytest.raises(Exception):  # noqa: B017 (OngeldigeOvergang: the year is no longer open)
        werking.subsidiejaar_goedkeuren(subsidiejaar=jaar, door=staf)


def test_een_verslag_dat_na_de_berekening_bijkomt_houdt_de_goedkeuring_tegen(jaar):
    _verslag(jaar, activiteiten=10, deelnemers=250)
    werking.werkingssubsidies_berekenen(subsidiejaar_id=jaar.pk)
    _verslag(jaar, activiteiten=3, deelnemers=40)
    jaar.refresh_from_db()
    assert werking.overzicht(jaar)["verouderd"] is True
    with pytest.raises(ValidationError, match="Bereken opnieuw"):
        werking.subsidiejaar_goedkeuren(subsidiejaar=jaar, door=UserFactory(rollen=["erkenningen"]))
    assert not Betaling.objects.exists()


def test_een_onvolledig_jaarverslag_kan_niet_ingediend_worden(jaar):
    verslag = _verslag(jaar, activiteiten=None, deelnemers=None, indienen=False)
    with pytest.raises(ValidationError) as fout:
        werking.jaarverslag_indienen(verslag=verslag, door=UserFactory())
    assert "Vul in hoeveel activiteiten jullie organiseerden." in fout.value.messages


def test_alleen_een_erkende_vereniging_opent_een_jaarverslag(jaar):
    geschorst = erkende_vereniging(status=ErkenningStatus.GESCHORST)
    with pytest.raises(ValidationError, match="Alleen een erkende vereniging"):
        werking.jaarverslag_openen(subsidiejaar=jaar, organisatie=geschorst, door=UserFactory())


# --- in the browser's terms ----------------------------------------------------------------------


def _url(organisatie, jaar):
    from django.urls import reverse

    from erkenning.services.gids import organisatie_sleutel

    return reverse("erkenning:jaarverslag", args=[organisatie_sleutel(organisatie), jaar.jaar])


def test_een_vereniging_vult_haar_jaarverslag_in_en_ziet_daarna_haar_subsidie(client, burger, jaar):
    organisatie = erkende_vereniging()
    LidmaatschapFactory(user=burger, organisatie=organisatie)
    client.force_login(burger)
    assert f"Jaarverslag {jaar.jaar}" in client.get("/mijn/").text
    data = {
        "activiteiten": "Koffie.",
        "aantal_activiteiten": "12",
        "aantal_deelnemers": "300",
        "inkomsten": "1.200,50",
        "uitgaven": "900",
    }
    client.post(_url(organisatie, jaar), data)
    verslag = werking.Jaarverslag.objects.get()
    assert verslag.status == "concept" and verslag.inkomsten == Decimal("1200.50")
    client.post(_url(organisatie, jaar), {**data, "indienen": "1"})
    verslag.refresh_from_db()
    assert verslag.status == "ingediend"
    # An old tab cannot change a submitted report.
    client.post(_url(organisatie, jaar), {**data, "aantal_activiteiten": "99", "indienen": "1"})
    verslag.refresh_from_db()
    assert verslag.aantal_activiteiten == 12
    werking.werkingssubsidies_berekenen(subsidiejaar_id=jaar.pk)
    werking.subsidiejaar_goedkeuren(subsidiejaar=jaar, door=UserFactory(rollen=["erkenningen"]))
    pagina = client.get(_url(organisatie, jaar)).text
    assert "3.400,00 (36 punten)." in pagina  # 2,500 + (24 + 12) × 25
    assert "Nog niet betaald. Geef eerst het rekeningnummer van je vereniging door." in pagina
    assert f"Werkingssubsidie {jaar.jaar}" in client.get("/mijn/").text


def test_een_andere_burger_vindt_het_jaarverslag_niet(client, andere_burger, jaar):
    organisatie = erkende_vereniging()
    client.force_login(andere_burger)
    assert client.get(_url(organisatie, jaar)).status_code == 404
    assert client.post(_url(organisatie, jaar), {"activiteiten": "x"}).status_code == 404


def test_de_berekeningspagina_toont_een_som_en_keurt_goed(client, jaar):
    from django.urls import reverse

    _verslag(jaar, activiteiten=10, deelnemers=250, naam="Okra Gentbrugge")
    staf = UserFactory(is_staff=True, rollen=["erkenningen"])
    client.force_login(staf)
    url = reverse("admin:erkenning_subsidiejaar_berekening", args=[jaar.pk])
    client.post(url, {"actie": "berekenen"})  # the task runs in-process here
    pagina = client.get(url).text
    assert "3.250,00</strong> aan 1 vereniging, binnen de envelop van" in pagina
    assert "Okra Gentbrugge" in pagina
    antwoord = client.post(url, {"actie": "goedkeuren"}, follow=True)
    assert "1 betaalopdracht klaargezet" in antwoord.text
    assert Betaling.objects.get().bedrag == Decimal("3250.00")


def test_de_berekeningspagina_is_alleen_voor_de_rol_erkenningen(client, behandelaar, jaar):
    from django.urls import reverse

    client.force_login(behandelaar)
    url = reverse("admin:erkenning_subsidiejaar_berekening", args=[jaar.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"actie": "berekenen"}).status_code == 403
    jaar.refresh_from_db()
    assert jaar.berekening == "niet"


def test_een_mislukte_berekening_is_zichtbaar_en_opnieuw_te_starten(client, jaar, monkeypatch):
    from django.urls import reverse

    def kapot(**kwargs):
        raise RuntimeError("database weg")

    monkeypatch.setattr(werking, "werkingssubsidies_berekenen", kapot)
    staf = UserFactory(is_staff=True, rollen=["erkenningen"])
    client.force_login(staf)
    url = reverse("admin:erkenning_subsidiejaar_berekening", args=[jaar.pk])
    client.post(url, {"actie": "berekenen"})
    pagina = client.get(url).text
    assert "De berekening is mislukt: database weg" in pagina
    assert "Opnieuw berekenen" in pagina


def test_na_de_deadline_kan_een_jaarverslag_niet_meer_ingediend_worden(jaar):
    import time_machine

    verslag = _verslag(jaar, activiteiten=10, deelnemers=100, indienen=False)
    with (
        time_machine.travel(date(jaar.jaar, 4, 1)),
        pytest.raises(ValidationError, match="niet meer ingediend"),
    ):
        werking.jaarverslag_indienen(verslag=verslag, door=UserFactory())
    verslag.refresh_from_db()
    assert verslag.status == "concept"


def test_een_formule_buiten_redelijke_grenzen_wordt_geweigerd(jaar):
    jaar.puntwaarde = Decimal("9999999999.99")
    jaar.jaar = 70000
    with pytest.raises(ValidationError) as fout:
        jaar.full_clean()
    assert {"puntwaarde", "jaar"} <= set(fout.value.message_dict)
