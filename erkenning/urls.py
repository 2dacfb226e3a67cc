from django.urls import path

from erkenning import views

app_name = "erkenning"

urlpatterns = [
    path("", views.index, name="index"),
]
