"""orgctl budget doctor end to end: the real binary against a real litellm-sim process, on SQLite or
PostgreSQL. Problems made on the simulator through its routes are found with their codes (--json),
--fix applies the safe fixes through the audited operations and the next run finds them gone; bad
input changes nothing. Run with orgctl_e2e.py (imported there)."""
import json

from e2e_support import *  # noqa: F401,F403  (OrgctlCase, Simulator, exit codes)

EXIT_FAILURE = 1


class DoctorTest(OrgctlCase):
    def doctor(self, *args, expect=EXIT_OK):
        p = self.orgctl("budget", "doctor", *args, "--json", expect=expect)
        return json.loads(p.stdout)

    def key_of(self, user_id):
        return next(k for k in self.sim.state()["keys"] if k["user_id"] == user_id)

    def make_problems(self):
        org = self.create("Acme Corp")
        self.orgctl("member", "add", "Acme Corp", "--user", "kc-bob", "--budget", "20", "--json")
        self.assertEqual(self.sim.call("POST", "/team/block", {"team_id": org["id"]})[0], 200)
        bob = self.key_of("kc-bob")
        self.assertEqual(self.sim.call("POST", "/key/update", {"key": bob["token"], "max_budget": 900})[0], 200)
        # The owner's key expired a day ago: made with the simulator's clock two days back.
        self.assertEqual(self.sim.call("POST", "/sim/clock", {"advance_seconds": -2 * 86400})[0], 200)
        owner = self.key_of("kc-123")
        self.assertEqual(self.sim.call("POST", "/key/update", {"key": owner["token"], "duration": "1d"})[0], 200)
        self.assertEqual(self.sim.call("POST", "/sim/clock", {"advance_seconds": 2 * 86400})[0], 200)
        return org

    def test_findings_then_fix_then_gone(self):
        org = self.make_problems()
        report = self.doctor(expect=EXIT_FAILURE)  # errors found: exit 1
        self.assertEqual(report["organizations_checked"], 1)
        codes = {f["code"] for f in report["findings"]}
        self.assertEqual(codes, {"team_blocked", "member_budget_without_period", "key_budget_above_team", "key_expired"})
        blocked = next(f for f in report["findings"] if f["code"] == "team_blocked")
        self.assertEqual(blocked["severity"], "error")
        self.assertEqual(blocked["organization_id"], org["id"])
        self.assertEqual(blocked["fix"]["kind"], "unblock_team")
        period = next(f for f in report["findings"] if f["code"] == "member_budget_without_period")
        self.assertEqual(period["subject"], "kc-bob")
        self.assertIn("$20.00", period["explanation"])

        text = self.orgctl("budget", "doctor", "Acme Corp", expect=EXIT_FAILURE).stdout
        self.assertIn("ERROR    team_blocked  Acme Corp: ", text)
        self.assertIn("fix (--fix): Unblock the team", text)

        fixed = self.doctor(org["id"], "--fix", expect=EXIT_OK)  # every error fixed: exit 0
        outcomes = {f["code"]: f.get("fixed") for f in fixed["findings"]}
        self.assertEqual(outcomes, {"team_blocked": True, "member_budget_without_period": True,
                                    "key_budget_above_team": True, "key_expired": True})
        new_key = next(f for f in fixed["findings"] if f["code"] == "key_expired")["api_key"]
        self.assertTrue(new_key.startswith("sk-"))
        self.assertFalse(self.sim.state()["teams"][0]["blocked"])

        self.assertEqual(self.doctor()["findings"], [])
        self.assertIn("No problems found in 1 organization.", self.orgctl("budget", "doctor").stdout)
        audit = json.loads(self.orgctl("audit", "Acme Corp", "--json").stdout)
        actions = {(e["action"], e["outcome"]) for e in audit}
        for action in ("unblock-team", "set-key-budget", "set-member-budget", "rotate-key"):
            self.assertIn((action, "ok"), actions)

    def test_a_failing_fix_says_so_with_the_proxy_exit_code(self):
        self.make_problems()
        self.sim.fault(path="/team/unblock", status=500)
        report = self.doctor("--fix", expect=EXIT_PROXY)
        failed = next(f for f in report["findings"] if f["code"] == "team_blocked")
        self.assertFalse(failed["fixed"])
        self.assertTrue(failed["fix_error"])
        self.assertTrue(self.sim.state()["teams"][0]["blocked"])

    def test_bad_input_changes_nothing(self):
        self.make_problems()
        before = self.sim.state()
        for args, words in ((["budget", "doctor", "No Such Org"], "No Such Org"),
                            (["budget", "doctor", "--frobnicate"], "frobnicate"),
                            (["budget", "doctor", "Acme Corp", "Other"], "one organization at most"),
                            (["budget", "nonsense"], "unknown command"),
                            (["budget", "doctor", "Acme Corp", "--fix", "--yes"], "yes")):
            p = self.orgctl(*args, expect=EXIT_BAD_INPUT)
            self.assertIn(words, p.stderr)
            self.assertEqual(p.stdout, "")
        self.assertEqual(self.sim.state()["teams"], before["teams"])
        self.assertEqual(self.sim.state()["keys"], before["keys"])
        audit = json.loads(self.orgctl("audit", "--json").stdout)
        self.assertNotIn("unblock-team", {e["action"] for e in audit})

    def test_reset_overdue_while_the_reset_job_stalls(self):
        # Made a period and a day ago by the simulator's clock; its reset job stalls meanwhile.
        self.assertEqual(self.sim.call("POST", "/sim/clock", {"advance_seconds": -31 * 86400})[0], 200)
        self.create("Acme Corp")
        self.assertEqual(self.sim.call("POST", "/sim/config", {"resets_stalled": True})[1]["resets_stalled"], True)
        self.assertEqual(self.sim.call("POST", "/sim/clock", {"advance_seconds": 31 * 86400})[0], 200)
        report = self.doctor()  # a warning only: exit 0
        overdue = [f for f in report["findings"] if f["code"] == "reset_overdue"]
        self.assertEqual(len(overdue), 1)
        self.assertEqual(overdue[0]["severity"], "warning")
        self.assertIn("Team budget reset is overdue", overdue[0]["explanation"])
        self.assertIsNone(overdue[0]["fix"])
        # The job runs again: the next read resets the period, and the finding is gone.
        self.sim.call("POST", "/sim/config", {"resets_stalled": False})
        self.assertEqual(self.doctor()["findings"], [])
