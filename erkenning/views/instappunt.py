"""The instappunt: an association asks one question and follows it to the one answer."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from erkenning.forms import VraagForm
from erkenning.models import Ondersteuningsvraag
from erkenning.querysets import organisaties_van
from erkenning.services import instappunt


@require_http_methods(["GET", "POST"])
@login_required
def stellen(request):
    form = VraagForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            vraag = instappunt.vraag_stellen(door=request.user, **form.cleaned_data)
        except ValidationError as fout:
            form.add_error(None, fout)
        else:
            messages.success(
                request, _("Je vraag is verstuurd. We zoeken uit wie je kan helpen en antwoorden je hier.")
            )
            return redirect("erkenning:vraag", sleutel=vraag.sleutel)
    heeft_vereniging = form.fields["organisatie"].queryset.exists()
    return render(
        request, "erkenning/vraag_stellen.html", {"form": form, "heeft_vereniging": heeft_vereniging}
    )


@require_GET
@login_required
@never_cache
def vraag(request, sleutel):
    """The confirmed responsibles of the association that asked; anyone else gets a 404."""
    gevonden = get_object_or_404(
        Ondersteuningsvraag.objects.select_related("organisatie", "dienst"),
        sleutel=sleutel,
        organisatie_id__in=organisaties_van(request.user),
    )
    return render(request, "erkenning/vraag.html", {"vraag": gevonden})
