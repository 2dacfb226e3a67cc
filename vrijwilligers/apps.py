from django.apps import AppConfig


class VrijwilligersConfig(AppConfig):
    name = "vrijwilligers"
