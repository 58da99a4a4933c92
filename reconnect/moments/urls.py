from django.urls import path

from reconnect.moments import views

app_name = "moments"
urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("new/", views.new, name="new"),
    path("suggest/", views.suggest, name="suggest"),
    path("<slug:uid>/accept/", views.accept, name="accept"),
    path("<slug:uid>/", views.detail, name="detail"),
    path("<slug:uid>/edit/", views.edit, name="edit"),
    path("<slug:uid>/visibility/", views.set_visibility, name="visibility"),
    path("<slug:uid>/delete/", views.delete, name="delete"),
]
