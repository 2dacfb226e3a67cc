"""The corona emergency fund: awarded in bulk to recognised associations, never twice, within the
budget; each association accepts (account, rent); the accepted ones go out in one SEPA file."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from gelijkekansen.core.models import Betaling
from subsidies.models import Noodfondsronde, Noodsteun
from subsidies.services import noodfonds
from tests.erkenning.factories import erkende_vereniging
from tests.factories import LidmaatschapFactory, OrganisatieFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def ronde():
    return Noodfondsronde.objects.create(titel="Noodfonds corona 2020", budget=Decimal("10000"))


@pytest.fixture
def staf():
    return UserFactory(is_staff=True, rollen=["dossierbehandelaar-subsidies"])


def _erkend(**velden):
    return erkende_vereniging(iban="BE71096123456769", **velden)


def test_forfait_en_middelgrote_partners_in_een_keer(ronde, staf):
    a, b, c = _erkend(), _erkend(), _erkend()
    uitkomst = noodfonds.toekennen(
        ronde=ronde, door=staf, organisaties=[a, b, c], middelgroot={c.pk: Decimal("4500")}
    )
    bedragen = {s.organisatie_id: (s.soort, s.bedrag) for s in Noodsteun.objects.all()}
    assert bedragen == {
        a.pk: ("forfait", Decimal("1000.00")),
        b.pk: ("forfait", Decimal("1000.00")),
        c.pk: ("middelgroot", Decimal("4500.00")),
    }
    assert len(uitkomst.toegekend) == 3 and uitkomst.al_steun == []


def test_nooit_twee_keer_steun_voor_dezelfde_vereniging(ronde, staf):
    a, b = _erkend(), _erkend()
    noodfonds.toekennen(ronde=ronde, door=staf, organisaties=[a])
    uitkomst = noodfonds.toekennen(ronde=ronde, door=staf, organisaties=[a, b])
    assert uitkomst.al_steun == [a] and Noodsteun.objects.filter(organisatie=a).count() == 1
    tweede_ronde = Noodfondsronde.objects.create(titel="Tweede golf")
    assert noodfonds.toekennen(ronde=tweede_ronde, door=staf, organisaties=[a]).al_steun == [a]
    with pytest.raises(IntegrityError):  # and the database refuses it too, whatever the code
        Noodsteun.objects.create(ronde=tweede_ronde, organisatie=a, soort="forfait", bedrag=1000)


def test_een_niet_erkende_vereniging_of_te_veel_houdt_de_hele_selectie_tegen(ronde, staf):
    erkend, niet = _erkend(), OrganisatieFactory()
    with pytest.raises(ValidationError, match="is niet erkend"):
        noodfonds.toekennen(ronde=ronde, door=staf, organisaties=[erkend, niet])
    with pytest.raises(ValidationError, match="hoogstens"):
        noodfonds.toekennen(
            ronde=ronde, door=staf, organisaties=[erkend], middelgroot={erkend.pk: Decimal("6000")}
        )
    elf = [_erkend() for _ in range(11)]
    with pytest.raises(ValidationError, match="past niet meer in het budget"):
        noodfonds.toekennen(ronde=ronde, door=staf, organisaties=elf)
    assert not Noodsteun.objects.exists()


def test_aanvaarden_met_huur_en_uitbetalen_in_een_betaalbestand(ronde, staf):
    a, b, c = _erkend(), _erkend(), _erkend()
    noodfonds.toekennen(ronde=ronde, door=staf, organisaties=[a, b, c])
    for organisatie, huur in ((a, True), (b, False)):
        verantwoordelijke = LidmaatschapFactory(organisatie=organisatie).user
        noodfonds.aanvaarden(steun=organisatie.noodsteun, door=verantwoordelijke, huur=huur)
    run = noodfonds.uitbetalen(ronde=ronde, door=staf, uitvoeringsdatum=date(2027, 1, 15))
    betalingen = Betaling.objects.filter(batch=run.batch)
    assert sorted(b.bedrag for b in betalingen) == [Decimal("1000.00"), Decimal("2500.00")]  # 1,000 + 3 × 500
    assert Noodsteun.objects.get(organisatie=c).status == "toegekend"  # not accepted: not paid
    with pytest.raises(ValidationError, match="geen aanvaarde steun"):
        noodfonds.uitbetalen(ronde=ronde, door=staf, uitvoeringsdatum=date(2027, 1, 15))


def test_zonder_bevestigd_rekeningnummer_kan_je_niet_aanvaarden(ronde, staf):
    zonder = erkende_vereniging()
    noodfonds.toekennen(ronde=ronde, door=staf, organisaties=[zonder])
    verantwoordelijke = LidmaatschapFactory(organisatie=zonder).user
    with pytest.raises(ValidationError, match="Geef eerst het rekeningnummer"):
        noodfonds.aanvaarden(steun=zonder.noodsteun, door=verantwoordelijke, huur=False)


# --- in the browser's terms ----------------------------------------------------------------------


def test_de_behandelaar_kent_in_bulk_toe_ook_alle_gefilterde_in_een_keer(client, ronde, staf):
    from django.urls import reverse

    a, b = _erkend(naam="Okra Wondelgem"), _erkend(naam="Femma Wondelgem")
    c = _erkend(naam="Buurtclub Rabot")
    client.force_login(staf)
    url = reverse("admin:subsidies_noodfondsronde_toekennen", args=[ronde.pk])
    antwoord = client.post(url, {"organisatie": [c.pk], f"bedrag-{c.pk}": "2.500"}, follow=True)
    assert "Steun toegekend aan 1 vereniging." in antwoord.text
    assert Noodsteun.objects.get(organisatie=c).bedrag == Decimal("2500.00")
    antwoord = client.post(url + "?q=wondelgem", {"alle": "1"}, follow=True)
    assert "Steun toegekend aan 2 verenigingen." in antwoord.text
    assert set(Noodsteun.objects.values_list("organisatie", flat=True)) == {a.pk, b.pk, c.pk}
    antwoord = client.post(url, {"organisatie": [a.pk]}, follow=True)
    assert "Al eerder steun gekregen" in antwoord.text


def test_een_fout_bedrag_kent_niets_toe(client, ronde, staf):
    from django.urls import reverse

    a = _erkend()
    client.force_login(staf)
    url = reverse("admin:subsidies_noodfondsronde_toekennen", args=[ronde.pk])
    antwoord = client.post(url, {"organisatie": [a.pk], f"bedrag-{a.pk}": "veel"}, follow=True)
    assert "is geen bedrag" in antwoord.text
    assert not Noodsteun.objects.exists()


def test_de_vereniging_aanvaardt_op_haar_pagina_en_niemand_anders_ziet_ze(
    client, burger, andere_burger, ronde, staf
):
    from django.urls import reverse

    organisatie = _erkend()
    LidmaatschapFactory(user=burger, organisatie=organisatie)
    noodfonds.toekennen(ronde=ronde, door=staf, organisaties=[organisatie])
    steun = Noodsteun.objects.get()
    url = reverse("subsidies:noodsteun", args=[steun.sleutel])
    client.force_login(andere_burger)
    assert client.get(url).status_code == 404
    client.force_login(burger)
    assert "Noodfonds corona" in client.get(reverse("accounts:mijn")).text
    assert "BE71 0961 2345 6769" in client.get(url).text
    client.post(url, {"huur": "ja"})
    steun.refresh_from_db()
    assert (steun.status, steun.huur, steun.totaal) == ("aanvaard", True, Decimal("2500.00"))


def test_een_andere_rol_kan_niet_toekennen(client, ronde):
    from django.urls import reverse

    a = _erkend()
    client.force_login(UserFactory(is_staff=True, rollen=["erkenningen"]))
    url = reverse("admin:subsidies_noodfondsronde_toekennen", args=[ronde.pk])
    assert client.post(url, {"organisatie": [a.pk]}).status_code == 403
    assert not Noodsteun.objects.exists()


def test_een_ronde_met_negatieve_bedragen_wordt_geweigerd():
    ronde = Noodfondsronde(
        titel="Fout", forfait=Decimal("-1000"), max_middelgroot=Decimal("-5"), huur_per_maand=Decimal("-500")
    )
    with pytest.raises(ValidationError) as fout:
        ronde.full_clean()
    assert {"forfait", "max_middelgroot", "huur_per_maand"} <= set(fout.value.message_dict)


def test_alle_met_een_ongeldige_filter_kent_niets_toe(client, ronde, staf):
    from django.urls import reverse

    _erkend()
    client.force_login(staf)
    url = reverse("admin:subsidies_noodfondsronde_toekennen", args=[ronde.pk]) + "?wijk=999999"
    antwoord = client.post(url, {"alle": "1"}, follow=True)
    assert "Kijk de filters na" in antwoord.text
    assert not Noodsteun.objects.exists()


def test_vreemde_cijfers_als_id_geven_geen_fout(client, ronde, staf):
    from django.urls import reverse

    client.force_login(staf)
    url = reverse("admin:subsidies_noodfondsronde_toekennen", args=[ronde.pk])
    antwoord = client.post(url, {"organisatie": ["²", "٣"]}, follow=True)
    assert antwoord.status_code == 200 and "Kies minstens één vereniging." in antwoord.text
