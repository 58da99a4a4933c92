from __future__ import annotations

import re
from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from reconnect.accounts.models import User
from reconnect.checkins.models import CheckIn
from reconnect.moments.models import Moment


class DemoCommandTestCase(TestCase):
    def run_demo(self) -> str:
        out = StringIO()
        call_command("demo", stdout=out)
        return out.getvalue()

    def test_it_creates_a_lived_in_couple_with_printed_logins(self) -> None:
        output = self.run_demo()
        logins = re.findall(r"(\S+@example\.com)\s+password: (\S+)", output)
        self.assertEqual(len(logins), 2)
        maya, jonas = (User.objects.get(email=email) for email, _ in logins)
        self.assertTrue(maya.check_password(logins[0][1]))
        self.assertEqual(maya.partner, jonas)
        moments = Moment.objects.filter(owner__in=[maya, jonas])
        self.assertGreaterEqual(moments.count(), 30)
        span = moments.earliest("happened").happened, moments.latest("happened").happened
        self.assertGreaterEqual((span[1] - span[0]).days, 42)
        self.assertEqual({m.visibility for m in moments}, {"private", "shared"})
        self.assertGreaterEqual(CheckIn.objects.filter(owner=maya).count(), 30)

    def test_running_it_again_starts_the_demo_afresh(self) -> None:
        self.run_demo()
        self.run_demo()
        self.assertEqual(User.objects.filter(email__endswith="@example.com").count(), 2)
