from django.urls import path

from gelijkekansen.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.mijn, name="mijn"),
]
