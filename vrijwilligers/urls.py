from django.urls import path

from vrijwilligers import views

app_name = "vrijwilligers"

urlpatterns = [
    path("", views.index, name="index"),
]
