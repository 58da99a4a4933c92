from django.urls import path

from reconnect.talk import views

app_name = "talk"
urlpatterns = [
    path("", views.talk, name="talk"),
    path("send/", views.send, name="send"),
    path("notes/<slug:uid>/delete/", views.delete_note, name="delete_note"),
]
