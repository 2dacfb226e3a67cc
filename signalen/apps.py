from django.apps import AppConfig


class SignalenConfig(AppConfig):
    name = "signalen"
