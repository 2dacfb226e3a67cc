"""Private files on S3-compatible object storage, so that every web and worker machine sees them.

These tests run in the full-stack pass of .ci/run, which starts an S3 server (moto) and sets
STORAGE_S3_BUCKET: there a missing S3 configuration is an error, not a skip. They prove that the
files really go to the bucket (and not to the local disk) and come back through the
permission-checked download, with nothing public.
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404

from gelijkekansen.core.models import Rapport
from gelijkekansen.core.uploads import bestand_antwoord, opslaan, valideer_upload

S3_VARIABELEN = ("STORAGE_S3_BUCKET", "AWS_S3_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")


@pytest.fixture
def s3():
    """A boto3 client on the bucket of the private storage, or a skip outside the S3 pass."""
    ontbrekend = [naam for naam in S3_VARIABELEN if not os.environ.get(naam)]
    if ontbrekend:
        # In the full-stack pass (FULL_STACK=1) a missing S3 server is an error, not a skip.
        overslaan = pytest.fail if os.environ.get("FULL_STACK") else pytest.skip
        overslaan(f"needs {', '.join(ontbrekend)}: runs in the full-stack pass of .ci/run (moto server)")
    import boto3

    opties = settings.STORAGES["private"]["OPTIONS"]
    assert settings.STORAGES["private"]["BACKEND"] == "storages.backends.s3.S3Storage"
    client = boto3.client(
        "s3",
        endpoint_url=opties["endpoint_url"],
        region_name=opties["region_name"],
        aws_access_key_id=opties["access_key"],
        aws_secret_access_key=opties["secret_key"],
    )
    client.head_bucket(Bucket=opties["bucket_name"])  # the CI created it before the tests
    return client


def _sleutel(naam: str) -> str:
    prefix = settings.STORAGES["private"]["OPTIONS"]["location"]
    return f"{prefix}/{naam}" if prefix else naam


def _bucket() -> str:
    return settings.STORAGES["private"]["OPTIONS"]["bucket_name"]


def _lokaal(naam: str) -> Path:
    return Path(settings.MEDIA_ROOT) / "private" / naam


def test_bijlage_staat_in_de_bucket_en_niet_op_de_lokale_schijf(s3, db):
    inhoud = b"Verslag van de buurtwerking.\n"
    naam = opslaan(valideer_upload(SimpleUploadedFile("verslag.txt", inhoud)), map="meldingen")

    object_ = s3.get_object(Bucket=_bucket(), Key=_sleutel(naam))
    assert object_["Body"].read() == inhoud
    assert not _lokaal(naam).exists()

    # Back through the download helper of the permission-checked views, from the bucket.
    antwoord = bestand_antwoord(naam, downloadnaam="verslag.txt")
    assert b"".join(antwoord.streaming_content) == inhoud
    assert antwoord["Content-Length"] == str(len(inhoud))
    assert antwoord["Content-Disposition"] == 'attachment; filename="verslag.txt"'
    antwoord.close()

    storages["private"].delete(naam)
    with pytest.raises(Http404):
        bestand_antwoord(naam, downloadnaam="verslag.txt")


def test_twee_bijlagen_met_dezelfde_naam_overschrijven_elkaar_niet(s3):
    opslag = storages["private"]
    eerste = opslag.save("meldingen/2026/zelfde.txt", ContentFile(b"een"))
    tweede = opslag.save("meldingen/2026/zelfde.txt", ContentFile(b"twee"))

    assert eerste != tweede
    assert s3.get_object(Bucket=_bucket(), Key=_sleutel(eerste))["Body"].read() == b"een"
    assert s3.get_object(Bucket=_bucket(), Key=_sleutel(tweede))["Body"].read() == b"twee"


def test_rapport_van_een_worker_staat_in_de_bucket(s3, db):
    rapport = Rapport.objects.create(soort="test-opslag", parameters={"test": "opslag"})
    rapport.bestand.save("cijfers.csv", ContentFile(b"wijk;aantal\n"), save=True)

    assert rapport.bestand.name.startswith("rapporten/")
    assert s3.head_object(Bucket=_bucket(), Key=_sleutel(rapport.bestand.name))["ContentLength"] == 12
    assert not _lokaal(rapport.bestand.name).exists()
    with Rapport.objects.get(pk=rapport.pk).bestand.open("rb") as bestand:
        assert bestand.read() == b"wijk;aantal\n"


def test_niets_in_de_bucket_is_publiek(s3):
    naam = storages["private"].save("meldingen/2026/geheim.txt", ContentFile(b"persoonsgegevens"))

    acl = s3.get_object_acl(Bucket=_bucket(), Key=_sleutel(naam))
    assert not [g for g in acl["Grants"] if g["Grantee"].get("Type") == "Group"]  # no AllUsers
    # Should any code ask for a URL, it is signed and expires: never a public link.
    url = storages["private"].url(naam)
    assert "Signature=" in url or "X-Amz-Signature=" in url
    assert "Expires=" in url
