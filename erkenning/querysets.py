"""Who sees which recognition: the confirmed responsibles of the association, and the erkenningen
staff. Views fetch through these functions, which raise 404 for anyone else."""

from django.http import Http404
from django.shortcuts import get_object_or_404

from gelijkekansen.accounts.roles import Rol, heeft_rol


def organisaties_van(user) -> list[int]:
    """The organisations this person is a confirmed responsible of (kept for the request)."""
    from gelijkekansen.core.models import Lidmaatschap
    from gelijkekansen.core.models.organisaties import LidmaatschapRol

    if not hasattr(user, "_erkenning_organisaties"):
        user._erkenning_organisaties = list(
            Lidmaatschap.objects.filter(
                user=user, rol=LidmaatschapRol.VERANTWOORDELIJKE, bevestigd_op__isnull=False
            ).values_list("organisatie_id", flat=True)
        )
    return user._erkenning_organisaties


def is_van_vereniging(erkenning, user) -> bool:
    return user.is_authenticated and erkenning.organisatie_id in organisaties_van(user)


def zichtbaar_voor(user):
    from erkenning.models import Erkenning

    if not user.is_authenticated:
        return Erkenning.objects.none()
    if heeft_rol(user, Rol.ERKENNINGEN):
        return Erkenning.objects.all()
    return Erkenning.objects.filter(organisatie_id__in=organisaties_van(user))


def get_erkenning_for_user(user, sleutel):
    """The association's own file, or any for the erkenningen staff; else 404."""
    return get_object_or_404(zichtbaar_voor(user).select_related("organisatie"), sleutel=sleutel)


def get_erkenning_for_vereniging(user, sleutel):
    """Only a confirmed responsible of the association acts on its application; else 404."""
    from erkenning.models import Erkenning

    if not user.is_authenticated:
        raise Http404
    return get_object_or_404(
        Erkenning.objects.filter(organisatie_id__in=organisaties_van(user)).select_related("organisatie"),
        sleutel=sleutel,
    )
