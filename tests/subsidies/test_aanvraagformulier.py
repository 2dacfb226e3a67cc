"""The application form's checks, as a person meets them: the second responsible person's
e-mail, sane amounts, one error summary that counts and links every error (budget lines too),
adding a budget line without JavaScript, and the link to the regulation."""

import re
from decimal import Decimal

import pytest
from django.urls import reverse
from lxml import html as lxml_html

from subsidies.constants import REGLEMENT_URL, AanvragerSoort
from subsidies.models.aanvragen import verantwoordelijke_lezen, verantwoordelijke_tekst
from subsidies.services import aanvragen
from tests.subsidies.factories import AanvraagFactory, OproepFactory


def _url(aanvraag, sectie: str) -> str:
    return reverse("subsidies:aanvraag-bewerken", args=[aanvraag.pk, sectie])


def _groep(burger, **velden):
    return AanvraagFactory(aanvrager=burger, aanvrager_soort=AanvragerSoort.FEITELIJKE_VERENIGING, **velden)


def _initiatief_gegevens(client, aanvraag, **wijzigingen) -> dict:
    """What the browser sends for the initiative page as shown, with some fields changed."""
    from tests.core.test_formulieren import wat_de_browser_verstuurt

    pagina = client.get(_url(aanvraag, "initiatief")).text
    formulier = lxml_html.fromstring(pagina).xpath("//main//form[@method='post']")[0]
    data = wat_de_browser_verstuurt(lxml_html.tostring(formulier, encoding="unicode"))
    data.pop("csrfmiddlewaretoken", None)
    data.update({naam: [waarde] for naam, waarde in wijzigingen.items()})
    return data


def _fouten(html: str) -> list[tuple[str, str]]:
    """(link, text) of every item of the error summary."""
    boom = lxml_html.fromstring(html)
    return [
        ("".join(li.xpath("./a/@href")), re.sub(r"[ \t\r\n]+", " ", li.text_content()).strip())
        for li in boom.xpath('//*[@id="foutenoverzicht"]//li')
    ]


# --- Second responsible person ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tekst", "naam", "email"),
    [
        ("Jan Peeters (jan.peeters@example.org)", "Jan Peeters", "jan.peeters@example.org"),
        ("Jan Peeters, jan@example.org", "Jan Peeters", "jan@example.org"),
        ("jan@example.org Jan Peeters", "Jan Peeters", "jan@example.org"),
        ("Jan Peeters <jan@example.org>", "Jan Peeters", "jan@example.org"),
        ("Jan Peeters 0470 12 34 56", "Jan Peeters 0470 12 34 56", ""),
        ("", "", ""),
    ],
)
def test_tweede_verantwoordelijke_wordt_gelezen_uit_de_bewaarde_tekst(tekst, naam, email):
    assert verantwoordelijke_lezen(tekst) == (naam, email)
    if naam and email:  # what the form writes reads back the same
        assert verantwoordelijke_lezen(verantwoordelijke_tekst(naam, email)) == (naam, email)


def test_groep_geeft_naam_en_email_van_de_tweede_verantwoordelijke_apart(client, burger):
    aanvraag = _groep(burger, tweede_verantwoordelijke="")
    client.force_login(burger)
    data = _initiatief_gegevens(
        client,
        aanvraag,
        tweede_verantwoordelijke_naam="Sara Peeters",
        tweede_verantwoordelijke_email="sara.peeters@example.org",
    )

    antwoord = client.post(_url(aanvraag, "initiatief"), data)

    assert antwoord.status_code == 302
    aanvraag.refresh_from_db()
    assert aanvraag.tweede_verantwoordelijke == "Sara Peeters (sara.peeters@example.org)"
    pagina = client.get(_url(aanvraag, "initiatief")).text
    assert 'type="email" name="tweede_verantwoordelijke_email" value="sara.peeters@example.org"' in pagina
    assert 'name="tweede_verantwoordelijke_naam" value="Sara Peeters"' in pagina


@pytest.mark.parametrize(
    ("email", "melding"),
    [
        ("sara.peeters", "Vul een geldig e-mailadres in, bijvoorbeeld sara.peeters@example.org."),
        ("{eigen}", "Dit is je eigen e-mailadres. Vul het adres van de tweede verantwoordelijke in."),
    ],
)
def test_een_fout_email_van_de_tweede_verantwoordelijke_wordt_niet_bewaard(client, burger, email, melding):
    aanvraag = _groep(burger, tweede_verantwoordelijke="Jan Peeters (jan.peeters@example.org)")
    client.force_login(burger)
    data = _initiatief_gegevens(
        client, aanvraag, tweede_verantwoordelijke_email=email.format(eigen=burger.email.upper())
    )

    antwoord = client.post(_url(aanvraag, "initiatief"), data)

    assert antwoord.status_code == 200
    assert _fouten(antwoord.text) == [
        ("#id_tweede_verantwoordelijke_email", f"E-mailadres van de tweede verantwoordelijke: {melding}")
    ]
    aanvraag.refresh_from_db()
    assert aanvraag.tweede_verantwoordelijke == "Jan Peeters (jan.peeters@example.org)"


def test_controlepagina_vraagt_het_email_van_de_tweede_verantwoordelijke(client, burger):
    """Free text saved before the split ("naam en e-mail" without an address) blocks submission."""
    aanvraag = _groep(burger, tweede_verantwoordelijke="Jan Peeters")
    client.force_login(burger)

    assert [(f.veld, f.melding) for f in aanvragen.ontbrekend(aanvraag)] == [
        (
            "tweede_verantwoordelijke_email",
            "Vul het e-mailadres van de tweede verantwoordelijke in. Zo kan die bevestigen.",
        )
    ]
    controle = client.get(reverse("subsidies:aanvraag-controleren", args=[aanvraag.pk])).text
    assert f"{_url(aanvraag, 'initiatief')}#id_tweede_verantwoordelijke_email" in controle
    assert 'id="id_tweede_verantwoordelijke_email"' in client.get(_url(aanvraag, "initiatief")).text
    aanvraag.tweede_verantwoordelijke = "Jan Peeters (jan.peeters@example.org)"
    aanvraag.save(update_fields=["tweede_verantwoordelijke"])
    assert aanvragen.ontbrekend(aanvraag) == []


def test_andere_aanvragers_krijgen_geen_tweede_verantwoordelijke(client, burger):
    aanvraag = AanvraagFactory(aanvrager=burger, aanvrager_soort=AanvragerSoort.BURGER)
    client.force_login(burger)
    assert "tweede_verantwoordelijke" not in client.get(_url(aanvraag, "initiatief")).text


# --- Amounts and the error summary ----------------------------------------------------------


def _begroting(**lijnen) -> dict:
    data = {
        "gevraagd_bedrag": "300",
        "andere_subsidies": "",
        "lijn-INITIAL_FORMS": "0",
        "lijn-MIN_NUM_FORMS": "0",
        "lijn-MAX_NUM_FORMS": "1000",
    }
    rijen = lijnen.pop("rijen")
    data["lijn-TOTAL_FORMS"] = str(len(rijen))
    for i, (soort, omschrijving, bedrag) in enumerate(rijen):
        data |= {f"lijn-{i}-soort": soort, f"lijn-{i}-omschrijving": omschrijving, f"lijn-{i}-bedrag": bedrag}
    return data | lijnen


@pytest.mark.parametrize(("taal", "maximum"), [("nl", "€\xa05.000,00"), ("en", "€5,000.00")])
def test_gevraagd_bedrag_boven_het_maximum_noemt_het_maximum_in_de_taal_van_de_lezer(
    client, burger, taal, maximum
):
    aanvraag = AanvraagFactory(aanvrager=burger)
    assert aanvraag.oproep.reglement.max_bedrag == Decimal("5000")
    client.force_login(burger)
    client.cookies["taal"] = taal  # the portal's language choice
    antwoord = client.post(
        _url(aanvraag, "begroting"), _begroting(gevraagd_bedrag="6000", rijen=[("kost", "Zaal", "7000")])
    )
    assert antwoord.status_code == 200
    [(link, tekst)] = _fouten(antwoord.text)
    assert link == "#id_gevraagd_bedrag"
    assert maximum in tekst
    aanvraag.refresh_from_db()
    assert aanvraag.gevraagd_bedrag == Decimal("1500.00")  # nothing saved


def test_foutenoverzicht_telt_en_linkt_elke_fout_ook_van_de_begrotingslijnen(client, burger):
    aanvraag = AanvraagFactory(aanvrager=burger)
    client.force_login(burger)

    antwoord = client.post(
        _url(aanvraag, "begroting"),
        _begroting(
            gevraagd_bedrag="0",
            rijen=[
                ("kost", "Zaalhuur", "350"),
                ("kost", "Eten", "0"),
                ("inkomst", "", "12,345,6"),
                ("kost", "", ""),  # untouched: ignored
            ],
        ),
    )

    assert antwoord.status_code == 200
    fouten = _fouten(antwoord.text)
    assert fouten == [
        ("#id_gevraagd_bedrag", "Hoeveel subsidie vraag je? (€): Vul een bedrag groter dan 0 in."),
        ("#id_lijn-1-bedrag", "Lijn 2, bedrag (€): Vul een bedrag groter dan 0 in."),
        ("#id_lijn-2-omschrijving", "Lijn 3, omschrijving: Schrijf wat deze kost of inkomst is."),
        ("#id_lijn-2-bedrag", "Lijn 3, bedrag (€): Vul een bedrag in met cijfers, bijvoorbeeld 1250,50."),
    ]
    boom = lxml_html.fromstring(antwoord.text)
    assert boom.xpath('string(//*[@id="foutenoverzicht"]//p)').strip() == "Verbeter de 4 fouten hieronder."
    assert len(boom.xpath('//*[@id="foutenoverzicht"]')) == 1  # one summary for the page, not one per line
    for link, _tekst in fouten:  # every link lands on a field of the page
        assert boom.xpath(f'//*[@id="{link[1:]}"]'), link
    assert "Zorg ervoor" not in antwoord.text and "Ensure" not in antwoord.text


def test_foutenoverzicht_telt_twee_fouten_van_hetzelfde_veld_twee_keer(rf):
    from django import forms
    from django.core.exceptions import ValidationError
    from django.template.loader import render_to_string

    class Formulier(forms.Form):
        naam = forms.CharField()

        def clean_naam(self):
            raise ValidationError(["Te kort.", "Geen cijfers."])

    formulier = Formulier({"naam": "x1"})
    assert not formulier.is_valid()
    html = render_to_string("includes/form_fouten.html", {"form": formulier})
    assert "Verbeter de 2 fouten hieronder." in html
    assert _fouten(html) == [("#id_naam", "Naam: Te kort."), ("#id_naam", "Naam: Geen cijfers.")]


# --- Adding a budget line without JavaScript ------------------------------------------------


def test_nog_een_lijn_toevoegen_zonder_javascript_geeft_een_lege_lijn_meer_en_bewaart_niets(client, burger):
    aanvraag = AanvraagFactory(aanvrager=burger)
    voor = list(aanvraag.begrotingslijnen.values_list("omschrijving", "bedrag"))
    client.force_login(burger)

    antwoord = client.post(
        _url(aanvraag, "begroting"),
        _begroting(
            gevraagd_bedrag="1.250,50",
            rijen=[("kost", "Zaalhuur", "350,50"), ("inkomst", "Bijdrage", ""), ("kost", "", "")],
            lijn_toevoegen="",
        ),
    )

    assert antwoord.status_code == 200
    boom = lxml_html.fromstring(antwoord.text)
    assert not boom.xpath('//*[@id="foutenoverzicht"]')  # half-filled line 2: no error yet
    assert boom.xpath('string(//input[@name="lijn-TOTAL_FORMS"]/@value)') == "4"
    assert boom.xpath('string(//input[@name="lijn-0-bedrag"]/@value)') == "350,50"
    assert boom.xpath('string(//input[@name="lijn-1-omschrijving"]/@value)') == "Bijdrage"
    assert boom.xpath('string(//select[@name="lijn-1-soort"]/option[@selected]/@value)') == "inkomst"
    assert boom.xpath('string(//input[@name="gevraagd_bedrag"]/@value)') == "1.250,50"
    for i in (2, 3):
        assert boom.xpath(f'string(//input[@name="lijn-{i}-omschrijving"]/@value)') == ""
    assert boom.xpath('//*[@id="laatste-lijn"]//input[@name="lijn-3-omschrijving"]')  # the anchor
    assert list(aanvraag.begrotingslijnen.values_list("omschrijving", "bedrag")) == voor
    aanvraag.refresh_from_db()
    assert aanvraag.gevraagd_bedrag == Decimal("1500.00")


def test_na_een_lijn_toevoegen_bewaart_de_gewone_knop_alles(client, burger):
    """What the page gave back after "Nog een lijn toevoegen" is sent as is, plus the new line."""
    from tests.core.test_formulieren import wat_de_browser_verstuurt

    aanvraag = AanvraagFactory(aanvrager=burger, volledig=False)
    client.force_login(burger)
    terug = client.post(
        _url(aanvraag, "begroting"),
        _begroting(gevraagd_bedrag="300", rijen=[("kost", "Zaalhuur", "350,50")], lijn_toevoegen=""),
    )
    formulier = lxml_html.fromstring(terug.text).xpath("//main//form[@method='post']")[0]
    for sjabloon in formulier.xpath(".//template"):
        sjabloon.getparent().remove(sjabloon)  # inert: a browser sends nothing of it
    data = wat_de_browser_verstuurt(lxml_html.tostring(formulier, encoding="unicode"))
    data.pop("csrfmiddlewaretoken", None)
    assert data["lijn-TOTAL_FORMS"] == ["2"]
    data |= {"lijn-1-soort": ["inkomst"], "lijn-1-omschrijving": ["Bijdrage buren"], "lijn-1-bedrag": ["50"]}

    antwoord = client.post(_url(aanvraag, "begroting"), data)

    assert antwoord.status_code == 302
    assert sorted(aanvraag.begrotingslijnen.values_list("omschrijving", "bedrag")) == [
        ("Bijdrage buren", Decimal("50.00")),
        ("Zaalhuur", Decimal("350.50")),
    ]


def test_begrotingspagina_heeft_de_knop_en_het_sjabloon_voor_javascript(client, burger):
    aanvraag = AanvraagFactory(aanvrager=burger)
    client.force_login(burger)
    boom = lxml_html.fromstring(client.get(_url(aanvraag, "begroting")).text)
    [knop] = boom.xpath('//button[@name="lijn_toevoegen"]')
    assert knop.get("type") == "submit" and knop.text_content().strip() == "Nog een lijn toevoegen"
    assert boom.xpath('//template[@id="lijn-sjabloon"]')
    assert boom.xpath('//script[contains(@src, "js/begroting")]')


# --- The regulation -------------------------------------------------------------------------


def test_publieke_pagina_linkt_naar_het_officiele_reglement(client, db):
    OproepFactory()
    boom = lxml_html.fromstring(client.get(reverse("subsidies:index")).text)
    [link] = boom.xpath(f'//main//a[@href="{REGLEMENT_URL}"]')
    assert "Samen Aan Zet" in link.text_content()
    assert REGLEMENT_URL.startswith("https://stad.gent/")


def test_elke_link_naar_een_ontbrekend_veld_landt_op_een_bestaand_element(client, burger):
    """The check page links each missing item to its field; for a group of checkboxes too
    (#id_doelen landed nowhere: the boxes are id_doelen_0, _1, …)."""
    import re

    from django.urls import reverse

    from tests.subsidies.factories import AanvraagFactory

    aanvraag = AanvraagFactory(aanvrager=burger, doelen=[], volledig=False)
    client.force_login(burger)
    controle = client.get(reverse("subsidies:aanvraag-controleren", args=[aanvraag.pk])).text
    links = re.findall(r'href="([^"#]+)#(id_\w+)"', controle)
    assert links
    for pad, anker in links:
        assert f'id="{anker}"' in client.get(pad).text, anker


def test_tijdens_een_aanvulling_verandert_de_burger_zijn_rekeningnummer_niet(client, burger, behandelaar):
    """After submission the account is corrected by the case handler, audited with a reason; a
    completion opens the file for the citizen, but not the account (a hijacked session must not
    redirect the grant)."""
    from django.core.exceptions import PermissionDenied

    from subsidies.services import aanvragen

    aanvraag = AanvraagFactory(aanvrager=burger, naar="aanvulling_gevraagd", naar__behandelaar=behandelaar)
    client.force_login(burger)
    url = reverse("subsidies:aanvraag-bewerken", args=[aanvraag.pk, "betaling"])
    pagina = client.get(url).text
    assert "Na het indienen past alleen de dossierbehandelaar je rekeningnummer aan." in pagina
    assert "disabled" in pagina
    client.post(url, {"iban": "BE14063123456783", "rekeninghouder": "Iemand Anders"})
    aanvraag.refresh_from_db()
    assert (aanvraag.iban, aanvraag.rekeninghouder) == ("BE71096123456769", "Amina El Idrissi")
    with pytest.raises(PermissionDenied):
        aanvragen.aanvraag_bewaren(aanvraag=aanvraag, door=burger, velden={"iban": "BE14063123456783"})
