from django.urls import path

from reconnect.safety import views

app_name = "safety"
urlpatterns = [
    path("", views.get_help, name="help"),
    path("resolve/", views.resolve, name="resolve"),
]
