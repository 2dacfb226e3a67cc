"""Reporting without an account: the form, the receipt code shown once, the quick exit, and what
bad input and robots get."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from gelijkekansen.core.models import UitgaandeMail
from meldingen.models import Melding, Statistiek, Toestemming
from tests.meldingen.factories import VERHAAL, formulier

URL = "/melden/"


@pytest.fixture(autouse=True)
def _geen_pauze(settings):
    settings.MELDINGEN_CODE_PAUZE_SECONDEN = 0


def _code_op(pagina) -> str:
    tekst = pagina.content.decode()
    begin = tekst.index('<p class="portal-code__waarde">')
    return tekst[begin:].split("<code>")[1].split("</code>")[0]


def test_anoniem_melden_geeft_een_ontvangstcode_die_de_melding_opent(client, db):
    antwoord = client.post(URL, formulier())
    assert antwoord.status_code == 302 and antwoord["Location"] == reverse("meldingen:verstuurd")
    pagina = client.get(antwoord["Location"])
    code = _code_op(pagina)
    assert len(code) >= 43  # 32 random bytes, base64: 256 bits
    melding = Melding.objects.get()
    assert melding.anoniem and melding.kanaal == "web" and melding.beschrijving == VERHAAL
    assert {g.code for g in melding.gronden.all()} == {"huidskleur", "afkomst"}
    assert list(Toestemming.objects.values_list("instantie", flat=True)) == ["unia"]
    assert Statistiek.objects.get(melding=melding).levensdomein == "werk"
    # Nothing was e-mailed: there is no address.
    assert not UitgaandeMail.objects.exists()


def test_de_code_staat_maar_een_keer_op_de_pagina(client, db):
    client.post(URL, formulier())
    assert "portal-code__waarde" in client.get(reverse("meldingen:verstuurd")).content.decode()
    assert "portal-code__waarde" not in client.get(reverse("meldingen:verstuurd")).content.decode()


def test_met_een_e_mailadres_komt_de_code_ook_per_mail_zonder_het_verhaal(
    client, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, formulier(email="melder@example.org", naam="Sara"))
    code = _code_op(client.get(reverse("meldingen:verstuurd")))
    bericht = mail.outbox[-1]
    assert bericht.to == ["melder@example.org"]
    assert code in bericht.body
    assert "portier" not in bericht.body and "discriminatie" not in bericht.subject.lower()


def test_de_mail_is_in_de_taal_van_de_melder(client, db, settings, django_capture_on_commit_callbacks):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "fr"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(URL, formulier(email="melder@example.org"))
    assert Melding.objects.get().taal == "fr"
    with translation.override("fr"):
        frans = translation.gettext("Je ontvangstcode van Stad Gent")
    assert frans != "Je ontvangstcode van Stad Gent"
    assert mail.outbox[-1].subject == frans


def test_fouten_worden_uitgelegd_en_het_verhaal_blijft_staan(client, db):
    antwoord = client.post(URL, formulier(soort="", gronden=[], gebeurd_op="2099-01-01"))
    inhoud = antwoord.content.decode()
    assert antwoord.status_code == 200
    assert "Kies wat er gebeurde." in inhoud
    assert "Kies minstens één reden" in inhoud
    assert "Die dag ligt in de toekomst" in inhoud
    assert "De portier liet mijn vrienden binnen" in inhoud  # the typed story is still there
    assert not Melding.objects.exists()


def test_doorverwijzen_vragen_zonder_iemand_aan_te_vinken_wordt_uitgelegd(client, db):
    antwoord = client.post(URL, formulier(toestemmingen=[]))
    assert "kies aan wie dat mag" in antwoord.content.decode()
    assert not Melding.objects.exists()


def test_een_verhaal_van_alleen_spaties_is_geen_verhaal(client, db):
    antwoord = client.post(URL, formulier(beschrijving=" \u200b \u3000 "))
    assert "Vertel kort wat er gebeurde." in antwoord.content.decode()
    assert not Melding.objects.exists()


def test_een_link_moet_een_webadres_zijn(client, db):
    antwoord = client.post(URL, formulier(link="javascript:alert(1)"))
    assert antwoord.status_code == 200 and not Melding.objects.exists()


def test_een_robot_die_het_verborgen_veld_invult_krijgt_een_bedankje_en_er_wordt_niets_bewaard(client, db):
    antwoord = client.post(URL, formulier(website="https://spam.example"))
    assert antwoord["Location"] == reverse("meldingen:verstuurd")
    assert not Melding.objects.exists()
    assert "portal-code__waarde" not in client.get(antwoord["Location"]).content.decode()


def test_te_veel_meldingen_van_een_adres_worden_geweigerd_zonder_verlies(client, db, settings):
    settings.MELDINGEN_PER_UUR = 2
    for _ in range(2):
        client.post(URL, formulier())
    antwoord = client.post(URL, formulier(beschrijving="Een derde verhaal over de bus."))
    inhoud = antwoord.content.decode()
    assert Melding.objects.count() == 2
    assert "Probeer het later opnieuw" in inhoud
    assert "Een derde verhaal over de bus." in inhoud


def test_er_wordt_geen_ip_adres_of_browser_bij_een_melding_bewaard(client, db):
    client.post(URL, formulier(), HTTP_USER_AGENT="Geheime Browser 1.0", REMOTE_ADDR="203.0.113.7")
    rij = Melding.objects.values().get()
    assert not any("203.0.113.7" in str(w) or "Geheime" in str(w) for w in rij.values())
    assert not any(naam in rij for naam in ("ip", "user_agent", "browser"))


def test_de_meldpagina_wordt_nergens_bewaard(client, db):
    for url in (URL, reverse("meldingen:verstuurd"), reverse("meldingen:opvolgen")):
        assert "no-store" in client.get(url)["Cache-Control"], url


def test_snel_weg_sluit_de_melding_in_de_browser_en_gaat_naar_een_neutrale_pagina(client, db):
    client.post(URL, formulier())
    assert client.get(reverse("meldingen:opvolgen-melding")).status_code == 200
    weg = client.get(reverse("meldingen:weg"))
    assert weg.status_code == 302 and weg["Location"].startswith("https://www.google.be/")
    assert weg["Referrer-Policy"] == "no-referrer"
    assert client.get(reverse("meldingen:opvolgen-melding"))["Location"] == reverse("meldingen:opvolgen")


def test_de_snel_weg_knop_staat_op_elke_pagina_van_de_melder(client, db):
    for url in (URL, reverse("meldingen:opvolgen")):
        assert "data-snel-weg" in client.get(url).content.decode(), url
    client.post(URL, formulier())
    for url in (reverse("meldingen:verstuurd"), reverse("meldingen:opvolgen-melding")):
        assert "data-snel-weg" in client.get(url).content.decode(), url


@pytest.mark.parametrize(
    ("veld", "lengte"), [("beschrijving", 6001), ("naam", 201), ("plaats", 201), ("telefoon", 41)]
)
def test_te_lange_velden_worden_geweigerd(client, db, veld, lengte):
    antwoord = client.post(URL, formulier(**{veld: "x" * lengte}))
    assert antwoord.status_code == 200 and "tekens" in antwoord.content.decode()
    assert not Melding.objects.exists()


def test_een_te_lang_e_mailadres_wordt_geweigerd(client, db):
    antwoord = client.post(URL, formulier(email="a" * 250 + "@example.org"))
    assert antwoord.status_code == 200 and not Melding.objects.exists()
