from django.urls import path

from reconnect.couples import views

app_name = "couples"
urlpatterns = [
    path("couple/", views.couple, name="couple"),
    path("couple/invite/", views.create_invite, name="invite"),
    path("couple/leave/", views.leave, name="leave"),
    path("join/<str:token>/", views.join, name="join"),
]
