from django.apps import AppConfig


class ToegankelijkheidConfig(AppConfig):
    name = "toegankelijkheid"
