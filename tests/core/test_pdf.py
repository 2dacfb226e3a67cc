import io

from pypdf import PdfReader

from gelijkekansen.core.pdf import render_pdf


def test_render_pdf_geeft_een_getagde_pdf_met_titel_taal_en_tekst(db):
    inhoud = render_pdf(
        "pdf/organisaties_per_wijk.html",
        {
            "rijen": [{"naam": "Binnenstad", "aantal": 3, "breedte": 100, "y": 0}],
            "stedelijk": 1,
            "totaal": 4,
            "peildatum": "2026-11-26",
            "bron": "Bron wijkindeling: test",
            "grafiek_hoogte": 30,
        },
        taal="nl",
    )

    assert inhoud.startswith(b"%PDF-")
    pdf = PdfReader(io.BytesIO(inhoud))
    catalogus = pdf.trailer["/Root"]
    assert pdf.metadata.title == "Organisaties per wijk"
    assert catalogus["/Lang"] == "nl"
    assert bool(catalogus["/MarkInfo"]["/Marked"])
    assert "/StructTreeRoot" in catalogus
    tekst = pdf.pages[0].extract_text()
    assert "Binnenstad" in tekst
    assert "Stand op 2026-11-26: 4 organisaties." in tekst


def test_render_pdf_in_de_taal_van_de_ontvanger(db):
    inhoud = render_pdf(
        "pdf/organisaties_per_wijk.html",
        {
            "rijen": [],
            "stedelijk": 0,
            "totaal": 0,
            "peildatum": "2026-11-26",
            "bron": "",
            "grafiek_hoogte": 10,
        },
        taal="fr",
    )
    pdf = PdfReader(io.BytesIO(inhoud))
    assert pdf.trailer["/Root"]["/Lang"] == "fr"
