from django.urls import path

from reconnect.checkins import views

app_name = "checkins"
urlpatterns = [
    path("", views.history, name="history"),
    path("today/", views.today, name="today"),
]
