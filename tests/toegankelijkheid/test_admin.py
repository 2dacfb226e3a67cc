"""The team's work in the back office: approve or refuse a service's update, answer an advice
point by point and publish the answer, make and publish an evaluation, carry actions over."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from tests.factories import UserFactory
from tests.toegankelijkheid.factories import actie_van, advies, plan, raadslid
from toegankelijkheid.models import Actieplan, Evaluatie
from toegankelijkheid.services import voortgang

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(client):
    lid = UserFactory(is_staff=True, rollen=["toegankelijkheid"])
    client.force_login(lid)
    return lid


def _update(burger):
    actie = actie_van(burger)
    return voortgang.update_indienen(
        actie=actie,
        door=burger,
        datum=timezone.localdate(),
        tekst="Lift besteld.",
        actie_status="lopend",
        voortgang=40,
    )


def test_de_werkbak_leidt_naar_de_update_en_goedkeuren_publiceert_ze(client, team, burger):
    update = _update(burger)
    werkbak = client.get(reverse("core:werkbak")).text
    assert "Updates van diensten om goed te keuren" in werkbak
    lijst = client.get(
        reverse("admin:toegankelijkheid_voortgangsupdate_changelist") + "?status__exact=ingediend"
    ).text
    assert "Lift besteld" in lijst or str(update.actie) in lijst
    url = reverse("admin:toegankelijkheid_voortgangsupdate_beoordelen", args=[update.sleutel])
    assert client.get(reverse("admin:toegankelijkheid_voortgangsupdate_change", args=[update.pk])).url == url
    pagina = client.get(url).text
    assert "Lift besteld." in pagina and "Gepland, 0%" in pagina
    antwoord = client.post(url, {"stap": "goedkeuren", "status": "ingediend"}, follow=True)
    assert "Goedgekeurd: de update staat nu op de website." in antwoord.text
    update.actie.refresh_from_db()
    assert (update.actie.status, update.actie.voortgang) == ("lopend", 40)
    oud_tabblad = client.post(url, {"stap": "goedkeuren", "status": "ingediend"}, follow=True)
    assert "intussen veranderd" in oud_tabblad.text


def test_afwijzen_zonder_reden_kan_niet_met_reden_krijgt_de_dienst_een_mail(
    client, team, burger, django_capture_on_commit_callbacks
):
    update = _update(burger)
    url = reverse("admin:toegankelijkheid_voortgangsupdate_beoordelen", args=[update.sleutel])
    antwoord = client.post(url, {"stap": "afwijzen", "status": "ingediend", "reden": ""}, follow=True)
    assert "Schrijf waarom" in antwoord.text
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"stap": "afwijzen", "status": "ingediend", "reden": "Te technisch geschreven."})
    update.refresh_from_db()
    assert update.status == "afgewezen"
    assert "Te technisch geschreven." in mail.outbox[-1].body


def test_een_advies_punt_per_punt_beantwoorden_en_publiceren(
    client, team, django_capture_on_commit_callbacks
):
    lid = raadslid()
    stuk = advies(lid, status="ingediend", punten=["Meer banken.", "Grotere letters."])
    een, twee = stuk.punten.all()
    url = reverse("admin:toegankelijkheid_advies_beantwoorden", args=[stuk.sleutel])
    fout = client.post(
        url,
        {
            "punt": een.pk,
            "status": "ingediend",
            f"punt-{een.pk}-standpunt": "aanvaard",
            f"punt-{een.pk}-motivering": "",
            f"punt-{een.pk}-opvolging": "In 2031.",
        },
    )
    assert fout.status_code == 200 and "In 2031." in fout.text  # what was typed stays
    for punt, standpunt in [(een, "aanvaard"), (twee, "niet_aanvaard")]:
        client.post(
            url,
            {
                "punt": punt.pk,
                "status": "ingediend",
                f"punt-{punt.pk}-standpunt": standpunt,
                f"punt-{punt.pk}-motivering": "Omdat.",
                f"punt-{punt.pk}-opvolging": "",
            },
        )
    with django_capture_on_commit_callbacks(execute=True):
        antwoord = client.post(url, {"stap": "publiceren", "status": "ingediend"}, follow=True)
    assert "Het antwoord staat op de website" in antwoord.text
    stuk.refresh_from_db()
    assert stuk.status == "beantwoord" and mail.outbox[-1].to == [lid.email]


def test_een_concept_advies_van_een_raad_staat_niet_in_de_backoffice(client, team):
    stuk = advies(raadslid())
    assert stuk.titel not in client.get(reverse("admin:toegankelijkheid_advies_changelist")).text
    assert client.get(reverse("admin:toegankelijkheid_advies_change", args=[stuk.pk])).status_code == 404
    assert (
        client.get(reverse("admin:toegankelijkheid_advies_beantwoorden", args=[stuk.sleutel])).status_code
        == 404
    )


def test_een_evaluatie_maken_in_de_backoffice_neemt_de_momentopname(client, team):
    actieplan = plan("2030-2031", acties=2)
    antwoord = client.post(
        reverse("admin:toegankelijkheid_evaluatie_add"),
        {"actieplan": actieplan.pk, "jaar": 2030},
        follow=True,
    )
    assert antwoord.status_code == 200
    evaluatie = Evaluatie.objects.get()
    assert evaluatie.acties.count() == 2 and evaluatie.peildatum == timezone.localdate()
    dubbel = client.post(
        reverse("admin:toegankelijkheid_evaluatie_add"), {"actieplan": actieplan.pk, "jaar": 2030}
    )
    assert "Er is al een evaluatie van dat jaar voor dit plan." in dubbel.text
    buiten = client.post(
        reverse("admin:toegankelijkheid_evaluatie_add"), {"actieplan": actieplan.pk, "jaar": 2035}
    )
    assert "Kies een jaar van het plan: 2030 tot 2031." in buiten.text


def test_acties_overnemen_met_een_actie_in_de_backoffice(client, team):
    oud = plan("2030-2031", acties=2)
    nieuw = plan("2032-2033", acties=0, gepubliceerd=False)
    antwoord = client.post(
        reverse("admin:toegankelijkheid_actieplan_changelist"),
        {"action": "acties_overnemen", "_selected_action": [oud.pk]},
        follow=True,
    )
    assert "2 actie(s) van" in antwoord.text
    assert nieuw.acties.count() == 2 and Actieplan.objects.get(pk=oud.pk).status == "gepubliceerd"


def test_een_andere_rol_opent_de_werkpaginas_niet(client, burger):
    client.force_login(UserFactory(is_staff=True, rollen=["erkenningen"]))
    update = _update(burger)
    assert (
        client.get(
            reverse("admin:toegankelijkheid_voortgangsupdate_beoordelen", args=[update.sleutel])
        ).status_code
        == 403
    )


def test_een_afgesloten_plan_en_zijn_acties_zijn_alleen_te_lezen(client, team):
    from toegankelijkheid.services import plannen

    oud = plan("2030-2031")
    plannen.plan_afsluiten(plan=oud, door=None)
    actie = oud.acties.get()
    wijzigen = client.post(
        reverse("admin:toegankelijkheid_actie_change", args=[actie.pk]), {"titel": "Anders"}
    )
    assert wijzigen.status_code == 403
    lopend = plan()
    toevoegen = client.get(reverse("admin:toegankelijkheid_actie_add")).text
    assert oud.titel not in toevoegen and lopend.titel in toevoegen  # only plans that are not closed
    assert (
        client.post(
            reverse("admin:toegankelijkheid_actieplan_change", args=[oud.pk]), {"slug": "x"}
        ).status_code
        == 403
    )


def test_het_team_maakt_de_pdfs_niet_zelf_aan(client, team):
    assert "Evaluatie actieplan toegankelijkheid" not in client.get(reverse("accounts:mijn")).text
    antwoord = client.post(reverse("core:rapport-aanvragen", args=["toegankelijkheid-evaluatie"]))
    assert antwoord.status_code == 404


def test_een_gepubliceerde_evaluatie_is_alleen_te_lezen_met_haar_pdf(
    client, team, django_capture_on_commit_callbacks
):
    from tests.toegankelijkheid.factories import gepubliceerde_evaluatie

    with django_capture_on_commit_callbacks(execute=True):
        evaluatie = gepubliceerde_evaluatie()
    pagina = client.get(reverse("admin:toegankelijkheid_evaluatie_change", args=[evaluatie.pk])).text
    assert 'name="_save"' not in pagina and "Goed op weg." in pagina
    assert "/rapporten/" in pagina and "Klaar" in pagina  # the worker's PDF, with its report page
