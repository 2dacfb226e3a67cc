from django.apps import AppConfig


class ErkenningConfig(AppConfig):
    name = "erkenning"
