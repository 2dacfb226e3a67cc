from django.urls import path

from toegankelijkheid import views

app_name = "toegankelijkheid"

urlpatterns = [
    path("", views.index, name="index"),
]
