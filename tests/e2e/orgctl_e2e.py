#!/usr/bin/env python3
"""End-to-end tests of the real orgctl binary against a real litellm-sim process, on SQLite or on
PostgreSQL (ORGCONSOLE_TEST_ENGINE). Outputs, exit codes and the simulator's state are asserted."""
import csv
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.error
import urllib.request
import uuid

ORGCTL = os.environ["ORGCTL"]
SIM = os.environ["ORGCONSOLE_SIM"]
ENGINE = os.environ.get("ORGCONSOLE_TEST_ENGINE", "sqlite")
MASTER = "sk-e2e-master-" + uuid.uuid4().hex[:12]

# When set, every test keeps its settings/data folder here and records the secrets it saw in
# SECRETS_SEEN, so that the secret_scan test can check no file holds one after the whole run.
ARTIFACTS = os.environ.get("ORGCONSOLE_E2E_ARTIFACTS")
SECRETS_SEEN = os.environ.get("ORGCONSOLE_SECRETS_SEEN")


def record_secrets(*texts):
    if not SECRETS_SEEN:
        return
    found = {MASTER}
    for text in texts:
        found.update(re.findall(r"sk-(?!\.\.\.)[A-Za-z0-9_\-]{20,}", text or ""))
    with open(SECRETS_SEEN, "a") as f:
        f.write("\n".join(sorted(found)) + "\n")


EXIT_OK, EXIT_BAD_INPUT, EXIT_PROXY, EXIT_DB, EXIT_PARTIAL, EXIT_CANCELLED = 0, 2, 3, 4, 5, 6


def pg_database(name):
    """A fresh PostgreSQL database for one test, on the server scripts/with-test-services started."""
    admin = os.environ["ORGCONSOLE_TEST_PG_ADMIN_URL"]
    base = admin.rsplit("/", 1)[0]
    host_port = base.split("@")[1]
    host, port = host_port.split(":")
    subprocess.run(["dropdb", "-h", host, "-p", port, "-U", "orgconsole", "--if-exists", "--force", name], check=True)
    subprocess.run(["createdb", "-h", host, "-p", port, "-U", "orgconsole", name], check=True)
    return f"{base}/{name}"


class Simulator:
    def __init__(self, *extra):
        env = dict(os.environ, LITELLM_MASTER_KEY=MASTER)
        self.proc = subprocess.Popen([SIM, "--port", "0", *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        line = self.proc.stdout.readline()
        self.url = line.strip().split("listening on ")[1]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Authorization": "Bearer " + MASTER, "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, json.loads(r.read() or b"null")
        except urllib.error.HTTPError as e:
            return e.code, json.loads(e.read() or b"null")

    def state(self):
        return self.call("GET", "/sim/state")[1]

    def fault(self, **kw):
        status, _ = self.call("POST", "/sim/faults", kw)
        assert status == 200

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(10)


class OrgctlTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.config = self.tmp.name
        if ARTIFACTS:
            self.config = os.path.join(ARTIFACTS, ENGINE + "-" + self.id().split(".")[-1])
            os.makedirs(self.config, exist_ok=True)
        self.sim = Simulator()
        if ENGINE == "postgres":
            self.db = pg_database("e2e_" + uuid.uuid4().hex[:10])
        else:
            self.db = os.path.join(self.config, "orgs.db")
        self.outputs = []

    def tearDown(self):
        self.sim.stop()
        # The master key never reaches stdout, stderr or any file the tools wrote.
        for text in self.outputs:
            self.assertNotIn(MASTER, text)
        for root, _, files in os.walk(self.config):
            for f in files:
                with open(os.path.join(root, f), "rb") as fh:
                    self.assertNotIn(MASTER.encode(), fh.read(), f)
        self.tmp.cleanup()

    def orgctl(self, *args, expect=EXIT_OK, stdin=None, env=None, timeout=60):
        full_env = dict(os.environ, ORGCONSOLE_MASTER_KEY=MASTER, ORGCONSOLE_CONFIG_DIR=self.config)
        if env:
            full_env.update(env)
        cmd = [ORGCTL, "--proxy", self.sim.url, "--db", self.db, "--operator", "e2e-tester", *args]
        p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=full_env, timeout=timeout)
        self.outputs += [p.stdout, p.stderr, " ".join(cmd)]
        record_secrets(p.stdout, p.stderr)
        if expect is not None:
            self.assertEqual(p.returncode, expect, f"orgctl {' '.join(args)}\nstdout: {p.stdout}\nstderr: {p.stderr}")
        return p

    def create(self, name, *extra, expect=EXIT_OK):
        p = self.orgctl("org", "create", "--name", name, "--owner", "kc-123", "--budget", "500", "--duration", "30d", *extra, "--json", expect=expect)
        return json.loads(p.stdout) if expect == EXIT_OK else p

    def list(self):
        return json.loads(self.orgctl("org", "list", "--json").stdout)

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
    def test_terminal_escapes_are_shown_visibly(self):
        hostile = "bad \x1b[2J\x1b]0;owned\x07 \x1b]52;c;cm0gLXJmIH4=\x07 \u202egpj.exe"
        self.sim.fault(path="/team/new", mode="status", status=400, times=1, body={"error": {"message": hostile, "type": "x"}})
        p = self.orgctl("org", "create", "--name", "Escape Co", "--owner", "kc-1", expect=EXIT_PROXY)
        for out in (p.stdout, p.stderr):
            self.assertNotIn("\x1b", out)
            self.assertNotIn("\u202e", out)
            self.assertNotIn("\x07", out)
        self.assertIn("\\e[2J", p.stderr)
        self.assertIn("<U+202E>", p.stderr)
        # Text another program wrote into the database is escaped by every output path too.
        org = self.create("Stored Co")
        sql = ("UPDATE organizations SET contact_name = 'Eve' || chr(27) || '[2J', last_error = 'x' || chr(8238) || 'y', "
               "key_name = 'sk-...' || chr(27) || ']52;c;eA==' || chr(7) WHERE id = '%s'" % org["id"])
        if ENGINE == "postgres":
            subprocess.run(["psql", "-q", self.db, "-c", sql], check=True)
        else:
            import sqlite3
            with sqlite3.connect(self.db) as c:
                c.execute(sql.replace("chr(", "char("))
        for args in (["org", "show", org["id"]], ["org", "list"], ["org", "show", org["id"], "--json"], ["org", "list", "--json"]):
            out = self.orgctl(*args).stdout
            self.assertNotIn("\x1b", out, args)
            self.assertNotIn("\u202e", out, args)
            self.assertNotIn("\x07", out, args)
        shown = json.loads(self.orgctl("org", "show", org["id"], "--json").stdout)
        self.assertEqual(shown["contact_name"], "Eve\x1b[2J")  # JSON keeps the value, escaped as JSON does

    def test_operator_with_line_break_is_refused(self):
        for operator in ["ana\r\nX-Injected: 1", "ana\nforged audit line", "x" * 101]:
            env = dict(os.environ, ORGCONSOLE_MASTER_KEY=MASTER, ORGCONSOLE_CONFIG_DIR=self.config)
            p = subprocess.run([ORGCTL, "--proxy", self.sim.url, "--db", self.db, "--operator", operator, "org", "create",
                                "--name", "Header Co", "--owner", "kc-1"], capture_output=True, text=True, env=env, timeout=60)
            self.assertEqual(p.returncode, EXIT_BAD_INPUT, p.stderr)
            self.assertIn("operator name", p.stderr)
            self.assertNotIn("\r", p.stderr)
        self.assertEqual(self.sim.call("GET", "/sim/requests")[1]["requests"], [])
        self.assertEqual(self.sim.state()["team_count"], 0)

    def test_files_are_private(self):
        # Its own SQLite file on either engine's run: the files are what this checks.
        config = os.path.join(self.config, "fresh")
        os.makedirs(config, mode=0o755)
        os.chmod(config, 0o755)
        loose = os.path.join(config, "orgconsole.ini")
        with open(loose, "w") as f:
            f.write("[operator]\nname=e2e\n")
        os.chmod(loose, 0o644)
        unrelated = os.path.join(config, "notes.txt")
        with open(unrelated, "w") as f:
            f.write("not ours")
        os.chmod(unrelated, 0o644)
        env = {"ORGCONSOLE_CONFIG_DIR": config}
        db = os.path.join(config, "orgs.db")
        p = self.orgctl("--db", db, "org", "create", "--name", "Private Co", "--owner", "kc-1", env=env)
        self.assertIn("now private to you", p.stderr)
        self.assertEqual(os.stat(config).st_mode & 0o777, 0o700)
        self.assertEqual(os.stat(loose).st_mode & 0o777, 0o600)
        self.assertEqual(os.stat(unrelated).st_mode & 0o777, 0o644)  # not ours: left alone
        for name in os.listdir(config):
            if name.startswith("orgs.db"):
                self.assertEqual(os.stat(os.path.join(config, name)).st_mode & 0o777, 0o600, name)
        p = self.orgctl("--db", db, "org", "list", env=env)
        self.assertNotIn("now private", p.stderr)  # said once

    def delete_row(self, org_id):
        """Removes an organization's row behind orgctl's back, leaving its team and key on the proxy."""
        if ENGINE == "postgres":
            subprocess.run(["psql", "-q", self.db, "-c", f"DELETE FROM organizations WHERE id = '{org_id}'"], check=True)
        else:
            import sqlite3
            with sqlite3.connect(self.db) as c:
                c.execute("DELETE FROM organizations WHERE id = ?", (org_id,))

    def test_reconcile_from_another_database_deletes_nothing(self):
        # A desktop whose database does not know the organizations (a new colleague, a typo in
        # --db) must not take the customers' teams for orphans.
        a, b = self.create("Customer A"), self.create("Customer B")
        other_config = os.path.join(self.config, "other")
        os.makedirs(other_config)
        other_db = pg_database("e2e_other_" + uuid.uuid4().hex[:8]) if ENGINE == "postgres" else os.path.join(other_config, "o.db")
        env = {"ORGCONSOLE_CONFIG_DIR": other_config}
        cmd = ["--db", other_db]
        p = self.orgctl(*cmd, "reconcile", "--json", env=env)
        self.assertEqual(json.loads(p.stdout)["drift"], [])
        self.orgctl(*cmd, "reconcile", "--fix", "--yes", env=env)
        for org in (a, b):
            self.orgctl(*cmd, "reconcile", "--fix", "--yes", "--delete-orphan", org["id"], env=env, expect=EXIT_BAD_INPUT)
        state = self.sim.state()
        self.assertEqual((state["team_count"], state["key_count"]), (2, 2))
        self.assertEqual(json.loads(self.orgctl("reconcile", "--json").stdout)["drift"], [])

    def test_orphan_of_this_database_needs_its_id_and_yes(self):
        kept, orphan = self.create("Kept Co"), self.create("Orphan Co")
        self.delete_row(orphan["id"])
        drift = json.loads(self.orgctl("reconcile", "--json").stdout)["drift"]
        self.assertEqual([(d["kind"], d["proxy_id"]) for d in drift], [("team without an organization", orphan["id"])])
        self.assertTrue(drift[0]["needs_confirmation"])
        p = self.orgctl("reconcile", "--fix", expect=EXIT_CANCELLED)  # not without naming it
        self.assertIn("--delete-orphan", p.stderr)
        self.orgctl("reconcile", "--fix", "--delete-orphan", orphan["id"], expect=EXIT_CANCELLED)  # nor without --yes
        self.assertEqual(self.sim.state()["team_count"], 2)
        p = self.orgctl("reconcile", "--fix", "--yes", "--delete-orphan", orphan["id"])
        self.assertIn("fixed: Team " + orphan["id"], p.stdout)
        state = self.sim.state()
        self.assertEqual([t["team_id"] for t in state["teams"]], [kept["id"]])
        self.assertEqual(state["key_count"], 1)
        self.assertEqual(json.loads(self.orgctl("reconcile", "--json").stdout)["drift"], [])

    def test_reconcile_finds_a_key_whose_team_is_gone(self):
        org = self.create("Race Co")
        # What a rotation racing a delete could leave: a key of this database on a deleted team.
        status, key = self.sim.call("POST", "/key/generate", {"team_id": "gone-team", "key_alias": org["key_alias"] + "-rotating",
                                                             "metadata": {"created_by": "OrgConsole", "orgconsole_org_id": org["id"],
                                                                          "orgconsole_db_id": self.database_id()}})
        self.assertEqual(status, 200, key)
        record_secrets(key["key"])
        drift = json.loads(self.orgctl("reconcile", "--json").stdout)["drift"]
        self.assertEqual([(d["kind"], d["proxy_id"]) for d in drift], [("key without a team", key["token"])])
        self.orgctl("reconcile", "--fix", "--yes", "--delete-orphan", key["token"])
        self.assertEqual([k["token"] for k in self.sim.state()["keys"]], [org["key_hash"]])

    def database_id(self):
        if ENGINE == "postgres":
            return subprocess.run(["psql", "-qAt", self.db, "-c", "SELECT id FROM database_identity"], check=True,
                                  capture_output=True, text=True).stdout.strip()
        import sqlite3
        with sqlite3.connect(self.db) as c:
            return c.execute("SELECT id FROM database_identity").fetchone()[0]

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

    def test_master_key_not_in_argv_or_ps(self):
        self.sim.fault(path="/health/liveliness", latency_ms=1500)
        env = dict(os.environ, ORGCONSOLE_MASTER_KEY=MASTER, ORGCONSOLE_CONFIG_DIR=self.config)
        proc = subprocess.Popen([ORGCTL, "--proxy", self.sim.url, "--db", self.db, "proxy", "test"], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(0.5)
        with open(f"/proc/{proc.pid}/cmdline", "rb") as f:
            self.assertNotIn(MASTER.encode(), f.read())
        ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
        self.assertNotIn(MASTER, ps)
        out, err = proc.communicate(timeout=30)
        self.outputs += [out, err]
        self.assertEqual(proc.returncode, 0, err)
        self.assertIn("Connected", out)
        # From stdin as well.
        p = self.orgctl("proxy", "test", "--master-key-stdin", stdin=MASTER + "\n", env={"ORGCONSOLE_MASTER_KEY": ""})
        self.assertIn("master key is an admin key", p.stdout)
        p = self.orgctl("proxy", "test", env={"ORGCONSOLE_MASTER_KEY": "sk-wrong"}, expect=EXIT_PROXY)
        self.assertIn("refused the master key", p.stdout)

    # --- bulk import --------------------------------------------------------------------------
    def write(self, name, content, mode="w"):
        path = os.path.join(self.config, name)
        with open(path, mode) as f:
            f.write(content)
        return path

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
    def test_import_results_neutralise_formulas(self):
        names = ["=1+2", "+SUM(A1:A9)", "-2-3", "@SUM(1,2)", "Plain Co", "=HYPERLINK(\"http://evil.example\",\"x\")"]
        path = self.write("formulas.csv", "name,owner\n" + "".join(f'"{n.replace(chr(34), chr(34) * 2)}",kc-{i}\n'
                                                                  for i, n in enumerate(names)))
        # The proxy answers the second /key/generate with a key name that would forge a row and a
        # column, and a raw key with a tab and a line break that would forge an stdout line.
        forged_key_name = '=cmd|" /C calc"!A0\n99,=evil,created,x,y,z'
        self.sim.fault(path="/key/generate", mode="status", status=200, nth=2, times=1,
                       body={"key": "sk-forged\tcolumn\nline", "token": "forged-token-hash", "key_name": forged_key_name,
                             "key_alias": "whatever"})
        p = self.orgctl("import", path, "-j", "1", expect=EXIT_PARTIAL)
        # The forged reply is refused as a whole (its key name is no key's display name): that row
        # fails and is cleaned up; the others are created.
        lines = p.stdout.splitlines()
        self.assertEqual(len(lines), len(names) - 1, p.stdout)
        self.assertTrue(all(len(line.split("\t")) == 3 for line in lines), p.stdout)
        self.assertNotIn("sk-forged", p.stdout)
        self.assertNotIn("\x1b", p.stderr)
        with open(path + ".results.csv", newline="") as f:
            rows = list(csv.reader(f))
        self.assertEqual(rows[0], ["line", "name", "status", "organization_id", "key_name", "detail"])
        self.assertEqual(len(rows), 1 + len(names), rows)
        self.assertTrue(all(len(r) == 6 for r in rows), rows)
        by_name = {r[1]: r for r in rows[1:]}
        for n in names:
            shown = n if n == "Plain Co" else "'" + n
            self.assertIn(shown, by_name, rows)
            self.assertEqual(by_name[shown][2], "failed" if n == "+SUM(A1:A9)" else "created", by_name[shown])
        self.assertIn("key_name", by_name["'+SUM(A1:A9)"][5])
        state = self.sim.state()
        self.assertEqual((state["team_count"], state["key_count"]), (len(names) - 1, len(names) - 1))
        for r in rows[1:]:
            for cell in r:
                self.assertFalse(cell[:1] in ("=", "+", "-", "@", "\t", "\r"), r)

    def test_import_messages_show_no_escape_sequences(self):
        for label, content, shown in [
            ("header", "name,owner,na\x1b[2Jme\nA,kc-1,x\n", "unknown column \"na\\e[2Jme\""),
            ("email", "name,owner,contact_email\nA,kc-1,a\x1b]0;owned\x07@b.c\n", "\"a\\e]0;owned\\x07@b.c\""),
            ("budget", "name,owner,budget\nA,kc-1,5\x1b[31m\n", "\"5\\e[31m\" is not a number"),
            ("duration", "name,owner,duration\nA,kc-1,30d\u202e\n", "\"30d<U+202E>\" is not a budget duration"),
            ("model", "name,owner,models\nA,kc-1,gpt\x1b[2J\n", "model name \"gpt\\e[2J\""),
            ("contact name", "name,owner,contact_name\nA,kc-1,Eve\x1b[2J\n", "contact name contains control"),
        ]:
            path = self.write("escapes.csv", content)
            p = self.orgctl("import", path, expect=EXIT_BAD_INPUT)
            self.assertNotIn("\x1b", p.stderr, label)
            self.assertNotIn("\u202e", p.stderr, label)
            self.assertIn(shown, p.stderr, label)
            self.assertIn("nothing was created", p.stderr, label)
        self.assertEqual(self.list(), [])
        state = self.sim.state()
        self.assertEqual((state["team_count"], state["key_count"]), (0, 0))

    def test_create_refuses_unsafe_contact_name(self):
        for contact, message in [("Eve\x1b[2J", "Eve\\e[2J"), ("Eve \u202etxt.exe", "<U+202E>"), ("Eve\nMallory", "Eve\\nMallory"),
                                 ("x" * 100000, "at most 200")]:
            p = self.create("Contact Co", "--contact-name", contact, expect=EXIT_BAD_INPUT)
            self.assertIn("contact name", p.stderr)
            self.assertIn(message, p.stderr)
            self.assertNotIn("\x1b", p.stderr)
            self.assertLess(len(p.stderr), 2000)
        self.assertEqual(self.list(), [])
        state = self.sim.state()
        self.assertEqual((state["team_count"], state["key_count"]), (0, 0))
        self.create("Contact Co", "--contact-name", "Ada Lovelace")  # a plain name still goes through


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
