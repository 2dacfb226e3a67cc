"""Photos are re-encoded before they reach the disk, so EXIF/GPS metadata never does."""

import io
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

from gelijkekansen.core.uploads.typen import JPEG, Bestandstype


def _zonder_metadata(inhoud: bytes, soort: Bestandstype) -> bytes:
    """Re-encode the photo: EXIF (GPS, camera serial), comments and XMP are left behind."""
    formaat = "JPEG" if soort == JPEG else "PNG"
    try:
        with Image.open(io.BytesIO(inhoud), formats=[formaat]) as origineel:
            _controleer_pixels(origineel)
            origineel.load()
            beeld = ImageOps.exif_transpose(origineel)  # keep what the citizen saw upright
            return _bewaar_zonder_metadata(beeld, formaat)
    except Image.DecompressionBombError as exc:
        raise _te_veel_pixels() from exc
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            _("Deze foto is beschadigd of kan niet geopend worden. Kies een andere foto."),
            code="foto_beschadigd",
        ) from exc


def _controleer_pixels(beeld: Image.Image) -> None:
    # Checked before decoding: the header alone can announce billions of pixels.
    grens = Image.MAX_IMAGE_PIXELS
    if grens is not None and beeld.width * beeld.height > grens:
        raise _te_veel_pixels()


def _bewaar_zonder_metadata(beeld: Image.Image, formaat: str) -> bytes:
    icc = beeld.info.get("icc_profile")  # colour profile: no personal data, keeps colours right
    transparantie = beeld.info.get("transparency")
    beeld.info = {} if transparantie is None else {"transparency": transparantie}
    opties: dict[str, Any] = {"icc_profile": icc} if icc else {}
    if formaat == "JPEG":
        if beeld.mode not in ("RGB", "L"):
            beeld = beeld.convert("RGB")
        opties |= {"quality": 90}
    uit = io.BytesIO()
    beeld.save(uit, format=formaat, **opties)
    return uit.getvalue()


def _te_veel_pixels() -> ValidationError:
    return ValidationError(
        _("Deze foto heeft te veel pixels. Maak de foto kleiner en probeer opnieuw."),
        code="te_veel_pixels",
    )
