from django.core import mail

from gelijkekansen.core.emails import stuur_mail
from gelijkekansen.core.models import Rapport


def test_mail_in_de_taal_van_de_ontvanger_met_tekst_en_html(burger):
    burger.voorkeurstaal = "en"
    burger.save()
    rapport = Rapport.objects.create(soort="organisaties-per-wijk", parameters={})

    stuur_mail("rapport-klaar", aan=burger, context={"rapport": rapport, "url": "https://x/"})

    bericht = mail.outbox[0]
    assert bericht.to == [burger.email]
    assert bericht.subject.startswith("Your report is ready")
    assert "Dear Amina" in bericht.body
    html, soort = bericht.alternatives[0]
    assert soort == "text/html"
    assert '<html lang="en">' in html
