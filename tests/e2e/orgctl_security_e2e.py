"""End-to-end security tests of orgctl against litellm-sim: what a hostile proxy, a hostile CSV or
another program's database rows can do to the terminal, the results file, the proxy connection and
the files on disk, and that reconcile deletes only what this database created. Run by
orgctl_e2e.py."""
import csv
import json
import os
import subprocess
import uuid

from e2e_support import *  # noqa: F401,F403


class SecurityTest(OrgctlCase):
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
