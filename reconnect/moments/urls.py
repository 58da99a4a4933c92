from django.urls import path

from reconnect.moments import views

app_name = "moments"
urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("new/", views.new, name="new"),
    path("suggest/", views.suggest, name="suggest"),
    path("<int:pk>/accept/", views.accept, name="accept"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/visibility/", views.set_visibility, name="visibility"),
    path("<int:pk>/delete/", views.delete, name="delete"),
]
