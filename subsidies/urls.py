from django.urls import path

from subsidies import views

app_name = "subsidies"

urlpatterns = [
    path("", views.index, name="index"),
]
