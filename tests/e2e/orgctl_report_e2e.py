"""orgctl report end to end: the real binary against a real litellm-sim process, on SQLite or
PostgreSQL. Known spend recorded through /sim/spend comes back to the cent as CSV (RFC 4180, two
decimals, a total line) and JSON, into a file written whole; a second report over closed days sends
the proxy nothing; bad dates, ranges, organizations, options and output paths exit 2 and write
nothing. Run with orgctl_e2e.py (imported there) or alone."""
import csv
import datetime
import io
import json
import os
import stat
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_support import *  # noqa: E402,F401,F403  (OrgctlCase, Simulator, MASTER, ORGCTL, exit codes)


def day(days_ago):
    return (datetime.datetime.now(datetime.timezone.utc).date() - datetime.timedelta(days=days_ago)).isoformat()


class ReportTest(OrgctlCase):
    def spend(self, org, amount, model, on):
        status, body = self.sim.call("POST", "/sim/spend", {"key": org["key_hash"], "spend": amount, "model": model, "date": on})
        self.assertEqual(status, 200, body)

    def daily_calls(self):
        return sum(1 for r in self.sim.call("GET", "/sim/requests")[1]["requests"] if r["endpoint"] == "/team/daily/activity")

    def report(self, *args, expect=EXIT_OK):
        return self.orgctl("report", "--from", day(5), "--to", day(0), *args, expect=expect)

    def test_csv_and_json_to_the_cent_and_closed_days_once(self):
        acme = self.create("Acme Corp")
        globex = self.create("Globex, Inc.")
        for _ in range(3):
            self.spend(acme, 0.1, "gpt-4o", day(2))  # 0.30000000000000004 in doubles
        self.spend(acme, 4.2, "claude-3", day(1))
        self.spend(globex, 1.15, "gpt-4o", day(0))

        out = os.path.join(self.config, "spend.csv")
        p = self.report("--by", "org", "--format", "csv", "--output", out)
        self.assertEqual(p.stdout, "")
        self.assertIn("requests to the proxy", p.stderr)
        with open(out, newline="") as f:
            raw = f.read()
        self.assertIn("\r\n", raw)
        rows = list(csv.reader(io.StringIO(raw)))
        self.assertEqual(rows, [["organization", "spend_usd", "requests", "tokens"], ["Acme Corp", "4.50", "4", "4400"],
                                ["Globex, Inc.", "1.15", "1", "1100"], ["Total", "5.65", "5", "5500"]])
        self.assertEqual(stat.S_IMODE(os.stat(out).st_mode) & 0o022, 0)

        by_model = json.loads(self.report("--by", "model", "--format", "json").stdout)
        self.assertEqual([(line["model"], line["spend_usd"], line["spend_cents"]) for line in by_model["lines"]],
                         [("claude-3", "4.20", 420), ("gpt-4o", "1.45", 145)])
        self.assertEqual((by_model["total"]["spend_usd"], by_model["by"], by_model["currency"]), ("5.65", "model", "USD"))
        table = self.report("--by", "day", "--org", "Acme Corp").stdout
        self.assertIn("Spend by day, Acme Corp", table)
        self.assertIn("4.50", table)

        # The closed days are stored: a report that ends yesterday sends the proxy nothing now.
        before = self.daily_calls()
        again = json.loads(self.orgctl("report", "--from", day(5), "--to", day(1), "--by", "member", "--json").stdout)
        self.assertEqual(self.daily_calls(), before)
        self.assertEqual([(line["organization"], line["member"], line["spend_usd"]) for line in again["lines"]],
                         [("Acme Corp", "kc-123", "4.50")])

    def test_bad_input_exits_2_and_writes_nothing(self):
        self.create("Acme Corp")
        keep = self.write("keep.csv", "old contents\n")
        cases = [
            (["--from", "2026-13-01", "--to", day(0)], "--from"),
            (["--from", "yesterday", "--to", day(0)], "YYYY-MM-DD"),
            (["--from", day(0)], "--to"),
            (["--from", day(1), "--to", day(3)], "reversed"),
            (["--from", day(400), "--to", day(0)], "at most 366 days"),
            (["--from", day(0), "--to", day(-1)], "after today"),
            (["--from", day(3), "--to", day(0), "--by", "team"], "--by"),
            (["--from", day(3), "--to", day(0), "--format", "xml"], "--format"),
            (["--from", day(3), "--to", day(0), "--org", "No Such Org"], "No Such Org"),
        ]
        for args, says in cases:
            p = self.orgctl("report", *args, "--output", keep, expect=EXIT_BAD_INPUT)
            self.assertIn(says, p.stderr)
            with open(keep) as f:
                self.assertEqual(f.read(), "old contents\n")
        for path in [os.path.join(self.config, "missing-folder", "x.csv"), self.config]:
            p = self.orgctl("report", "--from", day(3), "--to", day(0), "--output", path, expect=EXIT_BAD_INPUT)
            self.assertIn("Cannot write", p.stderr)
            self.assertFalse(os.path.exists(os.path.join(self.config, "missing-folder")))
        self.assertEqual(sorted(f for f in os.listdir(self.config) if f.startswith("keep")), ["keep.csv"])  # no temporary left

    def test_proxy_failure_writes_nothing(self):
        self.create("Acme Corp")
        out = os.path.join(self.config, "never.csv")
        self.sim.fault(path="/team/daily/activity", mode="status", status=500, times=100)
        p = self.report("--output", out, expect=EXIT_PROXY)
        self.assertIn("Reading the daily spend failed", p.stderr)
        self.assertFalse(os.path.exists(out))
        self.assertEqual([f for f in os.listdir(self.config) if f.startswith("never")], [])


if __name__ == "__main__":
    unittest.main()
