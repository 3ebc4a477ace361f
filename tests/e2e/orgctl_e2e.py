#!/usr/bin/env python3
"""End-to-end tests of the real orgctl binary against a real litellm-sim process, on SQLite or on
PostgreSQL (ORGCONSOLE_TEST_ENGINE). Outputs, exit codes and the simulator's state are asserted.
The security tests are in orgctl_security_e2e.py, recovery in orgctl_recovery_e2e.py and members in
orgctl_members_e2e.py, the budget doctor in orgctl_doctor_e2e.py; they run with these."""
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e2e_support import *  # noqa: E402,F401,F403  (the harness: OrgctlCase, Simulator, constants)
from orgctl_security_e2e import SecurityTest  # noqa: E402,F401  (run together, one CTest entry per engine)
from orgctl_recovery_e2e import RecoveryTest  # noqa: E402,F401
from orgctl_members_e2e import MembersTest  # noqa: E402,F401
from orgctl_budget_e2e import BudgetWatchTest  # noqa: E402,F401
from orgctl_doctor_e2e import DoctorTest  # noqa: E402,F401
from orgctl_report_e2e import ReportTest  # noqa: E402,F401


class OrgctlTest(OrgctlCase):
    # --- the main flow ---------------------------------------------------------------------
    def test_create_list_show(self):
        org = self.create("Acme Corp", "--models", "gpt-4o,claude", "--contact-email", "ops@acme.example")
        self.assertTrue(org["api_key"].startswith("sk-"))
        self.assertEqual(org["key_name"], "sk-..." + org["api_key"][-4:])
        self.assertEqual(org["max_budget"], 500)
        self.assertEqual(org["status"], "active")
        state = self.sim.state()
        self.assertEqual(state["team_count"], 1)
        self.assertEqual(state["key_count"], 1)
        self.assertEqual(state["teams"][0]["team_id"], org["id"])
        self.assertEqual(state["keys"][0]["user_id"], "kc-123")
        self.assertEqual(state["keys"][0]["team_id"], org["id"])
        p = self.orgctl("org", "create", "--name", "Human Out", "--owner", "kc-9", "--unlimited")
        self.assertIn("API key (shown once", p.stdout)
        self.assertIn("[6/6] Read back", p.stderr)  # progress on stderr
        self.assertNotIn("sk-", p.stderr.replace("sk-...", ""))  # the raw key only on stdout
        orgs = self.list()
        self.assertEqual(sorted(o["name"] for o in orgs), ["Acme Corp", "Human Out"])
        self.assertNotIn("api_key", orgs[0])
        shown = self.orgctl("org", "show", "acme corp").stdout
        self.assertIn("Max budget      $500.00", shown)
        self.assertIn("gpt-4o, claude", shown)
        self.assertEqual(self.orgctl("org", "show", org["id"]).returncode, 0)
        self.orgctl("org", "show", "nobody", expect=EXIT_BAD_INPUT)
        audit = json.loads(self.orgctl("audit", "Acme Corp", "--json").stdout)
        self.assertEqual(audit[0]["action"], "create")
        self.assertEqual(audit[0]["operator"], "e2e-tester")

    def test_bad_input_changes_nothing(self):
        self.create("Acme Corp")
        for args, message in [
            (["--name", "ACME  corp", "--owner", "kc-1"], "already taken"),
            (["--name", "X", "--owner", "kc-1", "--budget", "-3"], "negative"),
            (["--name", "X", "--owner", "kc-1", "--budget", "lots"], "not a number"),
            (["--name", "X", "--owner", "kc-1", "--duration", "monthly"], "not a budget duration"),
            (["--name", "   ", "--owner", "kc-1"], "empty"),
            (["--name", "X", "--owner", ""], "owner"),
            (["--name", "X", "--owner", "kc-1", "--contact-email", "nope"], "email"),
        ]:
            p = self.orgctl("org", "create", *args, expect=EXIT_BAD_INPUT)
            self.assertIn(message, p.stderr)
        self.assertEqual(len(self.list()), 1)
        self.assertEqual(self.sim.state()["team_count"], 1)
        self.orgctl("no-such-command", expect=EXIT_BAD_INPUT)

    def test_proxy_failure_is_compensated(self):
        for path, fault in [("/team/new", {"status": 500}), ("/key/generate", {"mode": "reset"}),
                            ("/key/generate", {"status": 400, "body": '{"detail":{"error":"nope"}}'})]:
            self.sim.call("DELETE", "/sim/faults")
            self.sim.fault(path=path, **fault)
            p = self.create("Faulty", expect=EXIT_PROXY)
            self.assertIn("failed at", p.stderr)
            self.assertEqual(self.sim.state()["team_count"], 0)
            self.assertEqual(self.sim.state()["key_count"], 0)
            self.assertEqual(self.list(), [])

    def test_proxy_without_database_is_refused(self):
        self.sim.stop()
        self.sim = Simulator("--no-db")
        host = self.sim.url.split("//")[1].rsplit(":", 1)[0]
        p = self.create("Nodb Co", expect=EXIT_PROXY)
        self.assertIn(f"The proxy at {host} has no database connected; nothing was created.", p.stderr)
        self.assertEqual(self.sim.state()["team_count"], 0)
        self.assertEqual(self.list(), [])

    def test_set_budget_rotate_block_delete(self):
        org = self.create("Life Co")
        changed = json.loads(self.orgctl("org", "set-budget", "Life Co", "--budget", "750", "--duration", "1mo", "--json").stdout)
        self.assertEqual(changed["max_budget"], 750)
        team = self.sim.call("GET", "/team/info?team_id=" + org["id"])[1]["team_info"]
        self.assertEqual(team["max_budget"], 750)
        self.assertEqual(team["budget_duration"], "1mo")
        unlimited = json.loads(self.orgctl("org", "set-budget", org["id"], "--unlimited", "--json").stdout)
        self.assertIsNone(unlimited["max_budget"])
        self.orgctl("org", "set-budget", org["id"], "--budget", "-1", expect=EXIT_BAD_INPUT)

        rotated = json.loads(self.orgctl("org", "rotate-key", "Life Co", "--json").stdout)
        self.assertNotEqual(rotated["api_key"], org["api_key"])
        self.assertNotEqual(rotated["key_hash"], org["key_hash"])
        keys = self.sim.state()["keys"]
        self.assertEqual(len(keys), 1)  # the old key is gone
        self.assertEqual(keys[0]["token"], rotated["key_hash"])
        self.assertEqual(keys[0]["key_alias"], org["key_alias"])  # the alias is kept

        blocked = json.loads(self.orgctl("org", "block-key", "Life Co", "--json").stdout)
        self.assertTrue(blocked["key_blocked"])
        self.assertTrue(self.sim.state()["keys"][0]["blocked"])
        self.assertFalse(json.loads(self.orgctl("org", "unblock-key", "Life Co", "--json").stdout)["key_blocked"])

        p = self.orgctl("org", "delete", "Life Co", stdin="Wrong Name\n", expect=EXIT_CANCELLED)
        self.assertIn("nothing was deleted", p.stderr)
        self.assertEqual(self.sim.state()["team_count"], 1)
        self.orgctl("org", "delete", "Life Co", stdin="Life Co\n")
        self.assertEqual(self.sim.state()["team_count"], 0)
        self.assertEqual(self.sim.state()["key_count"], 0)
        self.assertEqual(self.list(), [])
        actions = [a["action"] for a in json.loads(self.orgctl("audit", "--json").stdout)]
        for a in ["create", "set-budget", "rotate-key", "block-key", "unblock-key", "delete"]:
            self.assertIn(a, actions)

    def test_refresh_records_spend(self):
        org = self.create("Spend Co")
        self.sim.call("POST", "/sim/spend", {"key": org["api_key"], "spend": 12.5})
        p = self.orgctl("refresh", "--json")
        summary = json.loads(p.stdout)
        self.assertEqual(summary["organizations_updated"], 1)
        self.assertEqual(summary["requests"], 1)  # one /v2/team/list page, not one call per organization
        listed = self.list()[0]
        self.assertEqual(listed["spend"], 12.5)
        self.assertEqual(listed["remaining"], 487.5)

    def test_reconcile_and_fix(self):
        org = self.create("Drift Co")
        self.sim.call("POST", "/team/update", {"team_id": org["id"], "max_budget": 999})
        # An OrgConsole team from before database identities: reported, never deleted.
        self.sim.call("POST", "/team/new", {"team_id": "legacy-1", "team_alias": "Lost", "metadata": {"created_by": "OrgConsole"}})
        drift = json.loads(self.orgctl("reconcile", "--json").stdout)["drift"]
        kinds = sorted(d["kind"] for d in drift)
        self.assertEqual(kinds, ["OrgConsole team of unknown origin", "budget changed outside the console"])
        fixed = json.loads(self.orgctl("reconcile", "--fix", "--json").stdout)
        self.assertEqual(fixed["fixed"], 1)
        self.assertEqual(self.list()[0]["max_budget"], 999)
        self.assertEqual(self.sim.state()["team_count"], 2)  # the legacy team is still there
        p = self.orgctl("reconcile", "--fix", "--yes", "--delete-orphan", "legacy-1", expect=EXIT_BAD_INPUT)
        self.assertIn("\"legacy-1\" is not a team or key that this database created", p.stderr)
        self.assertEqual(self.sim.state()["team_count"], 2)

    # --- the commands: each takes its own options, and its help lists them ------------------------
    def test_option_of_another_command_is_refused(self):
        self.create("Kept Co")
        before = self.sim.call("GET", "/sim/requests")[1]["requests"]
        p = self.orgctl("org", "list", "--fix", expect=EXIT_BAD_INPUT)
        self.assertIn("--fix", p.stderr)
        self.assertIn("orgctl org list: unknown option --fix", p.stderr)
        self.assertEqual(p.stdout, "")
        p = self.orgctl("reconcile", "--results", "x.csv", expect=EXIT_BAD_INPUT)  # import's option
        self.assertIn("unknown option --results", p.stderr)
        p = self.orgctl("org", "delete", "Kept Co", "--yes", "--delete-orphan", "x", expect=EXIT_BAD_INPUT)
        self.assertIn("--delete-orphan", p.stderr)
        p = self.orgctl("org", "list", "--fix", "--json", expect=EXIT_BAD_INPUT)
        self.assertEqual(json.loads(p.stderr)["exit_code"], EXIT_BAD_INPUT)
        # An option of the same group that this verb does not take is refused too.
        for args, option in [(["org", "list", "--budget", "5"], "--budget"), (["org", "show", "Kept Co", "--yes"], "--yes"),
                             (["org", "delete", "Kept Co", "--yes", "--filter", "x"], "--filter"),
                             (["org", "set-budget", "Kept Co", "--budget", "9", "--owner", "kc-9"], "--owner")]:
            p = self.orgctl(*args, expect=EXIT_BAD_INPUT)
            self.assertIn(f"does not take {option}", p.stderr, args)
        # Nothing was done: no request reached the proxy, the organization is still there.
        self.assertEqual(self.sim.call("GET", "/sim/requests")[1]["requests"], before)
        self.assertEqual([o["name"] for o in self.list()], ["Kept Co"])
        self.assertEqual(self.sim.state()["team_count"], 1)

    def test_help_of_one_command(self):
        def options(text):
            return set(re.findall(r"(?m)^\s+(?:-\w, )?(--[\w-]+)", text))

        org = self.orgctl("help", "org").stdout
        for option in ["--name", "--owner", "--budget", "--unlimited", "--filter", "--yes", "--db", "--json"]:
            self.assertIn(option, options(org))
        for option in ["--delete-orphan", "--fix", "--results", "--grace", "--reissue-keys", "--url"]:
            self.assertNotIn(option, org)
        self.assertEqual(self.orgctl("org", "--help").stdout, org)
        self.assertEqual(self.orgctl("org", "list", "--help").stdout, org)
        reconcile = self.orgctl("reconcile", "--help").stdout
        self.assertTrue({"--fix", "--yes", "--delete-orphan"} <= options(reconcile), reconcile)
        for option in ["--name", "--budget", "--results", "--grace"]:
            self.assertNotIn(option, reconcile)
        self.assertEqual(self.orgctl("help", "reconcile").stdout, reconcile)
        whole = self.orgctl("--help").stdout
        for command in ["org", "refresh", "reconcile", "recover", "audit", "proxy", "import", "profile"]:
            self.assertRegex(whole, r"(?m)^  " + command + r"\s")
        p = self.orgctl("help", "no-such-command", expect=EXIT_BAD_INPUT)
        self.assertIn("no-such-command", p.stderr)
        self.assertEqual(self.sim.call("GET", "/sim/requests")[1]["requests"], [])

    # --- hostile text reaching the terminal; header injection; file permissions ---------------
    def test_reconcile_reissues_a_missing_key(self):
        org = self.create("Keyless Co")
        self.sim.call("POST", "/key/delete", {"keys": [org["key_hash"]]})
        drift = json.loads(self.orgctl("reconcile", "--json").stdout)["drift"]
        self.assertEqual([d["kind"] for d in drift], ["key missing"])
        p = self.orgctl("reconcile", "--fix")
        self.assertIn("new API key for \"Keyless Co\" (shown once): sk-", p.stdout)
        new_key = p.stdout.split("(shown once): ")[1].split()[0]
        state = self.sim.state()
        self.assertEqual(state["key_count"], 1)
        self.assertEqual(state["keys"][0]["key_alias"], org["key_alias"])
        shown = json.loads(self.orgctl("org", "show", org["id"], "--json").stdout)
        self.assertEqual(shown["key_name"], "sk-..." + new_key[-4:])
        self.assertEqual(shown["key_hash"], state["keys"][0]["token"])
        self.assertEqual(json.loads(self.orgctl("reconcile", "--json").stdout)["drift"], [])

    def test_crash_at_each_step_then_recover(self):
        for point in ["after-reserve", "after-team", "after-key", "before-save"]:
            for attempt in range(3):
                name = f"Crash {point} {attempt}"
                p = self.orgctl("org", "create", "--name", name, "--owner", "kc-1", "--budget", "10",
                                env={"ORGCONSOLE_TEST_ABORT_AT": point, "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=0"}, expect=None)
                self.assertNotEqual(p.returncode, 0, p.stderr)
                self.assertIn("test hook: aborting at " + point, p.stderr)
        left = self.list()
        self.assertEqual(len(left), 12)
        self.assertTrue(all(o["status"] == "provisioning" for o in left))
        out = json.loads(self.orgctl("recover", "--grace", "0", "--json").stdout)["recovered"]
        self.assertEqual(len(out), 12)
        self.assertTrue(all(o["action"] == "rolled back" for o in out), out)
        self.assertEqual(self.list(), [])
        state = self.sim.state()
        self.assertEqual((state["team_count"], state["key_count"]), (0, 0))
        # Finishing instead of rolling back, when asked: the key is re-issued and shown once.
        self.orgctl("org", "create", "--name", "Finish Me", "--owner", "kc-1",
                    env={"ORGCONSOLE_TEST_ABORT_AT": "after-key", "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=0"}, expect=None)
        out = json.loads(self.orgctl("recover", "--grace", "0", "--reissue-keys", "--json").stdout)["recovered"]
        self.assertEqual(out[0]["action"], "finished")
        self.assertTrue(out[0]["api_key"].startswith("sk-"))
        orgs = self.list()
        self.assertEqual(orgs[0]["status"], "active")
        state = self.sim.state()
        self.assertEqual((state["team_count"], state["key_count"]), (1, 1))
        self.assertEqual(state["keys"][0]["token"], orgs[0]["key_hash"])

    def test_two_desktops_recover_each_row_once(self):
        for i in range(6):
            self.orgctl("org", "create", "--name", f"Half {i}", "--owner", "kc-1",
                        env={"ORGCONSOLE_TEST_ABORT_AT": "after-key", "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=0"}, expect=None)
        self.assertEqual(self.sim.state()["team_count"], 6)
        results = []

        def run():
            results.append(self.orgctl("recover", "--grace", "0", "--json", expect=None))

        threads = [threading.Thread(target=run) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual([r.returncode for r in results], [0, 0], [r.stderr for r in results])
        actions = [o["action"] for r in results for o in json.loads(r.stdout)["recovered"]]
        # Every row was rolled back by exactly one of the two; the other skipped it or never saw it.
        self.assertEqual(actions.count("rolled back"), 6, actions)
        self.assertTrue(all(a in ("rolled back", "skipped (another desktop)") for a in actions), actions)
        self.assertEqual(self.list(), [])
        state = self.sim.state()
        self.assertEqual((state["team_count"], state["key_count"]), (0, 0))

    def test_two_processes_create_the_same_name(self):
        results = []

        def run():
            results.append(self.orgctl("org", "create", "--name", "Race Inc", "--owner", "kc-1", expect=None))

        threads = [threading.Thread(target=run) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        codes = sorted(r.returncode for r in results)
        self.assertEqual(codes, [EXIT_OK, EXIT_BAD_INPUT], [r.stderr for r in results])
        self.assertEqual(len(self.list()), 1)
        self.assertEqual(self.sim.state()["team_count"], 1)
        self.assertEqual(self.sim.state()["key_count"], 1)

    def test_import_and_rerun(self):
        path = self.write("orgs.csv", "name,owner,budget,duration,models,contact_email\n"
                                      + "".join(f"Bulk {i},kc-{i},{100 + i},30d,gpt-4o;claude,ops{i}@example.com\n" for i in range(12))
                                      + '"Quoted, Inc",kc-q,unlimited,,,\n')
        dry = self.orgctl("import", path, "--dry-run")
        self.assertEqual(dry.stdout.count("would create"), 13)
        self.assertEqual(self.sim.state()["team_count"], 0)
        p = self.orgctl("import", path, "-j", "4", "--json")
        keys = [json.loads(line) for line in p.stdout.splitlines()]
        self.assertEqual(len(keys), 13)
        self.assertTrue(all(k["api_key"].startswith("sk-") for k in keys))
        self.assertEqual(self.sim.state()["team_count"], 13)
        names = {o["name"]: o for o in self.list()}
        self.assertIsNone(names["Quoted, Inc"]["max_budget"])
        self.assertEqual(names["Bulk 3"]["max_budget"], 103)
        with open(path + ".results.csv") as f:
            rows = list(csv.DictReader(f))
        self.assertEqual({r["status"] for r in rows}, {"created"})
        self.assertFalse(any("sk-" in v for r in rows for v in r.values() if v and not v.startswith("sk-...")))
        again = self.orgctl("import", path)
        self.assertIn("skipped 13", again.stderr)
        self.assertEqual(self.sim.state()["team_count"], 13)

    def test_import_does_not_skip_another_customer_of_the_same_name(self):
        self.create("Acme Corp")  # owner kc-123
        path = self.write("acme.csv", "name,owner\nacme corp,kc-999\nNew Co,kc-5\n")
        p = self.orgctl("import", path, expect=EXIT_PARTIAL)
        self.assertIn("taken by \"Acme Corp\" of another owner (kc-123)", p.stderr)
        with open(path + ".results.csv") as f:
            rows = {r["name"]: r for r in csv.DictReader(f)}
        self.assertEqual(rows["acme corp"]["status"], "failed")
        self.assertEqual(rows["New Co"]["status"], "created")
        self.assertEqual(sorted(o["name"] for o in self.list()), ["Acme Corp", "New Co"])
        # The same customer again (same owner): a re-run skips it, as before.
        path = self.write("rerun.csv", "name,owner\nACME CORP,kc-123\n")
        self.assertIn("skipped 1", self.orgctl("import", path).stderr)

    def test_import_partial_failure_is_compensated(self):
        path = self.write("orgs.csv", "name,owner\n" + "".join(f"Part {i},kc-{i}\n" for i in range(6)))
        self.sim.fault(path="/key/generate", status=500, nth=3, times=2)
        p = self.orgctl("import", path, "-j", "1", expect=EXIT_PARTIAL)
        self.assertEqual(p.stderr.count("failed: Generate key"), 2)
        self.assertEqual(len(self.list()), 4)
        state = self.sim.state()
        self.assertEqual((state["team_count"], state["key_count"]), (4, 4))
        self.sim.call("DELETE", "/sim/faults")
        self.orgctl("import", path)  # the failed rows go through on a re-run
        self.assertEqual(len(self.list()), 6)

    def test_import_refuses_malformed_files(self):
        long_line = "Long," + "x" * (10 * 1024 * 1024) + "\n"
        cases = {
            "missing columns": ("name,owner,budget\nA,kc-1\n", "Line 2: 2 columns, but the header has 3"),
            "bad budget": ("name,owner,budget\nA,kc-1,-5\nB,kc-2,abc\n", "Line 3:"),
            "duplicate names": ("name,owner\nAcme,kc-1\n acme ,kc-2\n", "repeats the name on line 2"),
            "no owner column": ("name\nA\n", "no \"owner\" column"),
            "unclosed quote": ('name,owner\n"A,kc-1\n', "not closed"),
        }
        for label, (content, message) in cases.items():
            path = self.write("bad.csv", content)
            p = self.orgctl("import", path, expect=EXIT_BAD_INPUT)
            self.assertIn(message, p.stderr, label)
            self.assertIn("nothing was created", p.stderr)
        path = self.write("long.csv", "name,owner\nA,kc-1\n" + long_line)
        p = self.orgctl("import", path, expect=EXIT_BAD_INPUT)
        self.assertIn("Line 3 is", p.stderr)
        path = self.write("latin1.csv", b"name,owner\nA,kc-1\nCaf\xe9,kc-2\n", mode="wb")
        p = self.orgctl("import", path, expect=EXIT_BAD_INPUT)
        self.assertIn("Line 3 is not valid UTF-8", p.stderr)
        self.assertEqual(self.list(), [])
        self.assertEqual(self.sim.state()["team_count"], 0)

    # --- bulk import: outside text in results files and messages ----------------------------------
class ProfileTest(unittest.TestCase):
    def test_profiles_and_sandbox(self):
        with tempfile.TemporaryDirectory() as tmp:
            config = os.path.join(ARTIFACTS, ENGINE + "-profiles-and-sandbox") if ARTIFACTS else tmp
            os.makedirs(config, exist_ok=True)
            env = dict(os.environ, ORGCONSOLE_CONFIG_DIR=config)
            run = lambda *a, **kw: subprocess.run([ORGCTL, *a], capture_output=True, text=True, env=env, **kw)
            self.assertEqual(run("profile", "add", "prod", "--url", "http://litellm.example.com").returncode, EXIT_BAD_INPUT)
            self.assertEqual(run("profile", "add", "prod", "--url", "https://litellm.example.com").returncode, 0)
            self.assertEqual(run("profile", "add", "lan", "--url", "http://10.0.0.5:4000", "--allow-http").returncode, 0)
            listed = run("profile", "list").stdout
            self.assertIn("* prod", listed)
            self.assertIn("allow-http", listed)
            self.assertEqual(run("profile", "use", "lan").returncode, 0)
            self.assertIn("* lan", run("profile", "list").stdout)
            self.assertEqual(run("profile", "remove", "lan").returncode, 0)
            self.assertNotIn("lan", run("profile", "list").stdout)
            # The sandbox runs the whole flow with nothing configured, and survives restarts.
            p = run("--sandbox", "org", "create", "--name", "Sandbox Co", "--owner", "kc-1", "--json")
            self.assertEqual(p.returncode, 0, p.stderr)
            record_secrets(p.stdout)
            p = run("--sandbox", "org", "create", "--name", "Sandbox Kept", "--owner", "kc-2", "--json")
            record_secrets(p.stdout)
            self.assertEqual(run("--sandbox", "reconcile", "--json").stdout.strip(), '{"drift":[]}')
            p = run("--sandbox", "org", "delete", "Sandbox Co", "--yes")
            self.assertEqual(p.returncode, 0, p.stderr)
            # A damaged sandbox state is reported, and the sandbox starts empty instead of failing.
            with open(os.path.join(config, "sandbox-proxy.json"), "w") as f:
                f.write("{ not json")
            p = run("--sandbox", "reconcile", "--json")
            self.assertEqual(p.returncode, 0, p.stderr)
            self.assertIn("warning: The sandbox state", p.stderr)
            self.assertIn("starting empty", p.stderr)
            # ... and reconcile then sees that the kept organization's team is gone.
            self.assertEqual([d["kind"] for d in json.loads(p.stdout)["drift"]], ["team missing"])


if __name__ == "__main__":
    unittest.main(verbosity=2)
