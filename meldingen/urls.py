from django.urls import path

from meldingen import views

app_name = "meldingen"

urlpatterns = [
    path("", views.index, name="index"),
]
