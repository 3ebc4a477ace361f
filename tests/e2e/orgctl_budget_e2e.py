"""orgctl budget alerts and orgctl watch end to end: the real binary against a real litellm-sim
process, on SQLite or PostgreSQL. Spend is pushed through the simulator's /sim/spend; `budget
alerts --fail-on-alert` exits 7 while a budget is at or over a level and 0 otherwise, with a stable
JSON shape; `watch` prints each crossing once (not again after a restart) and stops cleanly on
SIGTERM and SIGINT with exit 0; bad levels and intervals change nothing. Run with orgctl_e2e.py
(imported there) or alone."""
import json
import os
import select
import signal
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_support import *  # noqa: E402,F401,F403  (OrgctlCase, Simulator, MASTER, ORGCTL, exit codes)

EXIT_BUDGET_ALERT = 7


class BudgetWatchTest(OrgctlCase):
    def spend(self, org, amount):
        status, body = self.sim.call("POST", "/sim/spend", {"key": org["key_hash"], "spend": amount})
        self.assertEqual(status, 200, body)

    def alerts(self, *args, expect=EXIT_OK):
        return json.loads(self.orgctl("budget", "alerts", "--json", *args, expect=expect).stdout)

    def start_watch(self, *args):
        env = dict(os.environ, ORGCONSOLE_MASTER_KEY=MASTER, ORGCONSOLE_CONFIG_DIR=self.config)
        cmd = [ORGCTL, "--proxy", self.sim.url, "--db", self.db, "--operator", "e2e-tester", "watch", *args]
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)

    def read_line(self, proc, timeout=15):
        ready, _, _ = select.select([proc.stdout], [], [], timeout)
        self.assertTrue(ready, "watch printed nothing in time")
        return proc.stdout.readline()

    def team_list_calls(self):
        return sum(1 for r in self.sim.call("GET", "/sim/requests")[1]["requests"] if r["endpoint"] == "/v2/team/list")

    def wait_for_refreshes(self, count, timeout=15):
        """Waits until the running watch has refreshed `count` more times (the proxy saw its calls)."""
        target = self.team_list_calls() + count
        deadline = time.monotonic() + timeout
        while self.team_list_calls() < target:
            self.assertLess(time.monotonic(), deadline, "watch did not refresh")
            time.sleep(0.05)  # polling the simulator's request log, not waiting out a guess

    def stop(self, proc, sig):
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=15)
        self.outputs += [out, err]
        self.assertEqual(proc.returncode, EXIT_OK, err)
        self.assertIn("Stopped watching.", err)
        return out

    def test_alerts_exit_7_only_when_a_budget_is_at_or_over_a_level(self):
        org = self.create("Acme Corp")  # 500 a month
        self.create("Quiet Ltd")
        quiet = self.alerts("--fail-on-alert")
        self.assertEqual(quiet["alerts"], [])
        self.assertFalse(quiet["alerting"])
        self.assertEqual(quiet["levels"], [80, 100])
        self.assertEqual(quiet["counts"], {"ok": 2, "at_risk": 0, "over_budget": 0})

        self.spend(org, 410)  # 82 %
        report = self.alerts("--fail-on-alert", expect=EXIT_BUDGET_ALERT)
        self.assertTrue(report["alerting"])
        self.assertEqual(report["summary"], "1 at risk")
        self.assertEqual(len(report["alerts"]), 1)
        alert = report["alerts"][0]
        self.assertEqual(set(alert), {"organization_id", "organization", "user_id", "state", "percent_used", "level",
                                      "levels", "spend", "max_budget", "budget_reset_at"})
        self.assertEqual((alert["organization"], alert["organization_id"], alert["user_id"]), ("Acme Corp", org["id"], None))
        self.assertEqual((alert["state"], alert["level"], alert["percent_used"]), ("at_risk", 80, 82.0))
        self.assertEqual((alert["spend"], alert["max_budget"], alert["levels"]), (410, 500, [80, 100]))
        # Without --fail-on-alert a report is a success; a higher level alone does not alert.
        self.alerts()
        self.assertEqual(self.alerts("--level", "90", "--fail-on-alert")["alerts"], [])
        self.assertEqual(self.alerts("--level", "90", "--level", "50", "--fail-on-alert", expect=EXIT_BUDGET_ALERT)["levels"], [50, 90])
        text = self.orgctl("budget", "alerts", expect=EXIT_OK).stdout
        self.assertIn("Acme Corp", text)
        self.assertIn("At risk", text)

        self.spend(org, 100)  # 102 %
        over = self.alerts("--fail-on-alert", expect=EXIT_BUDGET_ALERT)["alerts"][0]
        self.assertEqual((over["state"], over["level"]), ("over_budget", 100))
        # The help documents exit 7.
        self.assertIn("7 a budget at or over an alert level", self.orgctl("budget", "--help").stdout)

    def test_bad_levels_and_intervals_change_nothing(self):
        self.create("Acme Corp")
        for bad in ["0", "abc", "150%", "1001", ""]:
            p = self.orgctl("budget", "alerts", "--level", bad, expect=EXIT_BAD_INPUT)
            self.assertIn("--level", p.stderr)
        for bad in ["0", "-3", "abc", "1.5", "86401"]:
            p = self.orgctl("watch", "--interval", bad, expect=EXIT_BAD_INPUT)
            self.assertIn("--interval", p.stderr)
        self.orgctl("budget", "levels", "Acme Corp", "--set", "50,90")
        for bad in ["0", "80,1001", "abc", "80,,100", "90%"]:
            self.orgctl("budget", "levels", "Acme Corp", "--set", bad, expect=EXIT_BAD_INPUT)
        shown = json.loads(self.orgctl("budget", "levels", "Acme Corp", "--json").stdout)
        self.assertEqual(shown["own_levels"], [50, 90])
        self.orgctl("budget", "levels", "No Such Org", "--set", "70", expect=EXIT_BAD_INPUT)
        self.orgctl("budget", "levels", "Acme Corp", "--clear")
        self.assertEqual(json.loads(self.orgctl("budget", "levels", "Acme Corp", "--json").stdout)["levels"], [80, 100])

    def test_watch_prints_each_crossing_once_and_stops_cleanly(self):
        org = self.create("Acme Corp")
        watch = self.start_watch("--interval", "1", "--json")
        try:
            self.spend(org, 420)  # 84 %
            crossing = json.loads(self.read_line(watch))
            self.assertEqual((crossing["event"], crossing["organization"], crossing["level"]), ("crossing", "Acme Corp", 80))
            self.assertEqual(crossing["user_id"], None)
            self.spend(org, 90)  # 102 %
            self.assertEqual(json.loads(self.read_line(watch))["level"], 100)
        finally:
            rest = self.stop(watch, signal.SIGTERM)
        self.assertEqual(rest.strip(), "")  # each crossing once

        # A restart alerts nothing again; SIGINT stops it the same way.
        again = self.start_watch("--interval", "1")
        ready, _, _ = select.select([again.stderr], [], [], 15)
        self.assertTrue(ready)
        self.assertIn("Watching", again.stderr.readline())
        self.wait_for_refreshes(2)
        self.assertEqual(self.stop(again, signal.SIGINT).strip(), "")


if __name__ == "__main__":
    unittest.main()
