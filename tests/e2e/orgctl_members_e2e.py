"""orgctl member ... end to end: the real binary against a real litellm-sim process, on SQLite or
PostgreSQL. Every change is checked on the simulator's state (the membership and its budget row,
the member's key bound to the member and the team) and in the database; bad input sends nothing
and stores nothing; a killed orgctl is resolved by `orgctl recover`; bulk import validates the
whole file first, skips what a re-run finds done, and leaves no half-made member after a fault.
Run with orgctl_e2e.py (imported there)."""
import csv
import hashlib
import json
import os
import pty
import subprocess
import tempfile
import threading

from e2e_support import *  # noqa: F401,F403  (OrgctlCase, Simulator, MASTER, ORGCTL, ENGINE, exit codes)

CRASH_ENV = {"ASAN_OPTIONS": "detect_leaks=0:abort_on_error=0"}
SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OPENAPI = os.environ.get("ORGCONSOLE_OPENAPI_DIR", os.path.join(SOURCE, "..", "shared", "litellm", "openapi"))


def member_alias(org_id, user_id):
    return f"orgconsole-{org_id}-m-{hashlib.sha256(user_id.encode()).hexdigest()[:16]}"


class MembersTest(OrgctlCase):
    # --- helpers: the simulator's state and the database's rows ------------------------------------
    def memberships(self, team_id):
        """The team's members on the proxy, by user id (the proxy's own admin member left out)."""
        return {m["user_id"]: m for m in self.sim.state()["memberships"]
                if m["team_id"] == team_id and m["user_id"] != "default_user_id"}

    def keys_of(self, user_id):
        return [k for k in self.sim.state()["keys"] if k["user_id"] == user_id]

    def requests(self):
        return self.sim.call("GET", "/sim/requests")[1]["requests"]

    def clear_requests(self):
        self.sim.call("DELETE", "/sim/requests")

    def member_rows(self):
        """(organization id, user id, status) of every member row, read from the database directly."""
        sql = "SELECT organization_id, user_id, status FROM members ORDER BY organization_id, user_id"
        if ENGINE == "postgres":
            out = subprocess.run(["psql", "-qAt", "-F", "\t", self.db, "-c", sql], check=True, capture_output=True,
                                 text=True).stdout
            return [tuple(line.split("\t")) for line in out.splitlines() if line]
        import sqlite3
        with sqlite3.connect(self.db) as c:
            return [tuple(r) for r in c.execute(sql).fetchall()]

    def users_in_db(self, org_id):
        return sorted(u for o, u, _ in self.member_rows() if o == org_id)

    def add(self, org, user, *extra, expect=EXIT_OK):
        p = self.orgctl("member", "add", org, "--user", user, *extra, "--json", expect=expect)
        return json.loads(p.stdout) if expect == EXIT_OK else p

    def listed(self, org):
        return json.loads(self.orgctl("member", "list", org, "--json").stdout)

    def on_terminal(self, *args, typed):
        """orgctl with a terminal on stdin, where `typed` is typed."""
        master, slave = pty.openpty()
        env = dict(os.environ, ORGCONSOLE_MASTER_KEY=MASTER, ORGCONSOLE_CONFIG_DIR=self.config)
        cmd = [ORGCTL, "--proxy", self.sim.url, "--db", self.db, "--operator", "e2e-tester", *args]
        proc = subprocess.Popen(cmd, stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        os.close(slave)
        os.write(master, (typed + "\n").encode())
        out, err = proc.communicate(timeout=60)
        os.close(master)
        self.outputs += [out, err]
        return proc.returncode, out, err

    def assert_no_trace(self, org_id, user):
        """No membership, no key and no row of `user` anywhere."""
        self.assertNotIn(user, self.memberships(org_id))
        self.assertEqual(self.keys_of(user), [])
        self.assertNotIn(user, self.users_in_db(org_id))

    # --- add, list, show ---------------------------------------------------------------------------
    def test_add_list_show_on_the_proxy(self):
        org = self.create("Acme Corp")
        p = self.orgctl("member", "add", "Acme Corp", "--user", "kc-2", "--email", "ana@acme.example", "--budget", "50",
                        "--duration", "30d", "--models", "gpt-4o,claude")
        self.assertIn("[6/6] Read back     done", p.stderr)  # live steps on stderr
        self.assertIn("API key (shown once", p.stdout)
        raw = p.stdout.split("store it now):\n")[1].split()[0]
        self.assertTrue(raw.startswith("sk-"))
        self.assertNotIn(raw, p.stderr)
        # The proxy: a membership with its own budget row, a key bound to the member and the team.
        m = self.memberships(org["id"])["kc-2"]
        self.assertEqual(m["litellm_budget_table"]["max_budget"], 50)
        self.assertEqual(m["litellm_budget_table"]["budget_duration"], "30d")
        self.assertEqual(m["litellm_budget_table"]["allowed_models"], ["gpt-4o", "claude"])
        keys = self.keys_of("kc-2")
        self.assertEqual(len(keys), 1)
        self.assertEqual(keys[0]["team_id"], org["id"])
        self.assertEqual(keys[0]["key_alias"], member_alias(org["id"], "kc-2"))
        self.assertEqual(keys[0]["key_name"], "sk-..." + raw[-4:])
        # One /team/info for the whole list, never a request per member.
        self.add("Acme Corp", "kc-3")
        self.clear_requests()
        listed = self.listed(org["id"])
        self.assertEqual([(r["method"], r["endpoint"]) for r in self.requests()], [("GET", "/team/info")])
        self.assertEqual(listed["unknown_on_proxy"], [])  # the proxy's own admin member is nobody's
        by_user = {v["user_id"]: v for v in listed["members"]}
        self.assertEqual(sorted(by_user), ["kc-123", "kc-2", "kc-3"])
        self.assertTrue(by_user["kc-123"]["is_owner"])
        self.assertFalse(by_user["kc-2"]["is_owner"])
        self.assertTrue(all(v["on_proxy"] for v in listed["members"]))
        self.assertEqual(by_user["kc-2"]["key_hash"], keys[0]["token"])
        self.assertIsNone(by_user["kc-3"]["max_budget"])
        # Spend recorded on the member's key shows in their figures.
        self.sim.call("POST", "/sim/spend", {"key": raw, "spend": 12.5})
        shown = json.loads(self.orgctl("member", "show", "acme corp", "kc-2", "--json").stdout)
        self.assertEqual((shown["spend"], shown["remaining"], shown["max_budget"]), (12.5, 37.5, 50))
        table = self.orgctl("member", "list", "Acme Corp").stdout.splitlines()
        self.assertEqual(table[0].split()[:4], ["USER", "OWNER", "STATUS", "SPEND"])
        self.assertRegex(table[1], r"^kc-123\s+\*\s+active")
        self.assertRegex(table[2], r"^kc-2\s+active\s+\$12\.50\s+\$50\.00\s+\$37\.50\s+30d")
        text = self.orgctl("member", "show", "Acme Corp", "kc-2").stdout
        self.assertIn("Max budget      $50.00", text)
        self.assertIn("On the proxy    yes", text)
        actions = [a["action"] for a in json.loads(self.orgctl("audit", "Acme Corp", "--json").stdout)]
        self.assertEqual(actions.count("add-member"), 2)

    def test_already_in_team_from_a_lost_reply_counts_as_added(self):
        org = self.create("Lost Reply Co")
        # An earlier attempt whose replies were lost: the membership and a key with the member's alias exist.
        self.sim.call("POST", "/team/member_add", {"team_id": org["id"], "member": {"user_id": "kc-7", "role": "user"}})
        self.sim.call("POST", "/key/generate", {"team_id": org["id"], "user_id": "kc-7",
                                                "key_alias": member_alias(org["id"], "kc-7")})
        added = self.add("Lost Reply Co", "kc-7", "--budget", "25")
        self.assertEqual(self.memberships(org["id"])["kc-7"]["litellm_budget_table"]["max_budget"], 25)
        keys = self.keys_of("kc-7")
        self.assertEqual([k["token"] for k in keys], [added["key_hash"]])  # the lost key replaced, one left

    # --- change -------------------------------------------------------------------------------------
    def test_set_budget_rotate_block_unblock(self):
        org = self.create("Change Co")
        first = self.add("Change Co", "kc-2", "--budget", "50", "--duration", "30d")
        changed = json.loads(self.orgctl("member", "set-budget", "Change Co", "kc-2", "--budget", "20", "--json").stdout)
        self.assertEqual((changed["max_budget"], changed["budget_duration"]), (20, "30d"))  # the period is kept
        budget = self.memberships(org["id"])["kc-2"]["litellm_budget_table"]
        self.assertEqual((budget["max_budget"], budget["budget_duration"]), (20, "30d"))
        self.orgctl("member", "set-budget", org["id"], "kc-2", "--budget", "30", "--duration", "1mo")
        budget = self.memberships(org["id"])["kc-2"]["litellm_budget_table"]
        self.assertEqual((budget["max_budget"], budget["budget_duration"]), (30, "1mo"))
        unlimited = json.loads(self.orgctl("member", "set-budget", "Change Co", "kc-2", "--unlimited", "--json").stdout)
        self.assertIsNone(unlimited["max_budget"])
        self.assertIsNone(self.memberships(org["id"])["kc-2"]["litellm_budget_table"]["max_budget"])

        rotated = json.loads(self.orgctl("member", "rotate-key", "Change Co", "kc-2", "--json").stdout)
        self.assertTrue(rotated["api_key"].startswith("sk-"))
        self.assertNotEqual(rotated["api_key"], first["api_key"])
        keys = self.keys_of("kc-2")
        self.assertEqual([k["token"] for k in keys], [rotated["key_hash"]])  # the old key is gone
        self.assertEqual((keys[0]["team_id"], keys[0]["key_alias"]), (org["id"], first["key_alias"]))

        self.assertTrue(json.loads(self.orgctl("member", "block-key", "Change Co", "kc-2", "--json").stdout)["key_blocked"])
        self.assertTrue(self.keys_of("kc-2")[0]["blocked"])
        self.assertFalse(json.loads(self.orgctl("member", "unblock-key", "Change Co", "kc-2", "--json").stdout)["key_blocked"])
        self.assertFalse(self.keys_of("kc-2")[0]["blocked"])
        self.assertEqual(len(self.keys_of("kc-123")), 1)  # the owner's key untouched throughout
        actions = [a["action"] for a in json.loads(self.orgctl("audit", "Change Co", "--json").stdout)]
        for a in ["add-member", "set-member-budget", "rotate-member-key", "block-member-key", "unblock-member-key"]:
            self.assertIn(a, actions)

    # --- remove and the owner -----------------------------------------------------------------------
    def test_remove_leaves_no_key_and_the_owner_stays(self):
        org = self.create("Leave Co")
        self.add("Leave Co", "kc-2")
        self.add("Leave Co", "kc-3")
        # A second key of kc-2 in the team, made outside the console: it goes too.
        self.sim.call("POST", "/key/generate", {"team_id": org["id"], "user_id": "kc-2", "key_alias": "made-by-hand"})
        self.assertEqual(len(self.keys_of("kc-2")), 2)
        # Without --yes and without a terminal: nothing removed, exit 6.
        p = self.orgctl("member", "remove", "Leave Co", "kc-2", stdin="kc-2\n", expect=EXIT_CANCELLED)
        self.assertIn("nothing was removed", p.stderr)
        # On a terminal: the user id must be typed.
        code, _, err = self.on_terminal("member", "remove", "Leave Co", "kc-2", typed="kc-3")
        self.assertEqual(code, EXIT_CANCELLED, err)
        self.assertIn("Type the user id to confirm", err)
        self.assertIn("kc-2", self.memberships(org["id"]))
        self.assertEqual(len(self.keys_of("kc-2")), 2)
        code, out, err = self.on_terminal("member", "remove", "Leave Co", "kc-2", typed="kc-2")
        self.assertEqual(code, EXIT_OK, err)
        self.assertIn("Removed kc-2", out)
        self.assert_no_trace(org["id"], "kc-2")
        self.assertEqual(len(self.keys_of("kc-3")), 1)
        # The owner cannot be removed while the organization exists ...
        p = self.orgctl("member", "remove", "Leave Co", "kc-123", "--yes", expect=EXIT_BAD_INPUT)
        self.assertIn("make another member the owner first", p.stderr)
        self.assertIn("kc-123", self.memberships(org["id"]))
        self.assertEqual(len(self.keys_of("kc-123")), 1)
        # ... until another member is made the owner.
        owner = json.loads(self.orgctl("member", "make-owner", "Leave Co", "kc-3", "--json").stdout)
        self.assertTrue(owner["is_owner"])
        shown = json.loads(self.orgctl("org", "show", org["id"], "--json").stdout)
        self.assertEqual(shown["owner_user_id"], "kc-3")
        self.assertEqual(shown["key_hash"], self.keys_of("kc-3")[0]["token"])  # the organization's key is theirs
        self.orgctl("member", "remove", "Leave Co", "kc-123", "--yes")
        self.assert_no_trace(org["id"], "kc-123")
        self.orgctl("member", "remove", "Leave Co", "kc-3", "--yes", expect=EXIT_BAD_INPUT)
        self.assertEqual(self.users_in_db(org["id"]), ["kc-3"])
        actions = [a["action"] for a in json.loads(self.orgctl("audit", "Leave Co", "--json").stdout)]
        self.assertEqual(actions.count("remove-member"), 2)
        self.assertIn("make-owner", actions)

    # --- bad input: a clear message, exit 2, nothing sent, nothing stored -----------------------------
    def test_bad_input_sends_and_stores_nothing(self):
        org = self.create("Strict Co")  # max budget 500
        self.add("Strict Co", "kc-2", "--budget", "50")
        long_id = "x" * 300
        good_file = self.member_file("good.csv", ["Strict Co,u9,,,,"])
        cases = [
            (["add", "No Such Org", "--user", "u1"], "No organization is named"),
            (["add", "Strict Co"], "--user"),
            (["add", "Strict Co", "--user", ""], "user id is empty"),
            (["add", "Strict Co", "--user", "a b"], "spaces or control characters"),
            (["add", "Strict Co", "--user", "a\x1bb"], "spaces or control characters"),
            (["add", "Strict Co", "--user", long_id], "longer than 255"),
            (["add", "Strict Co", "--user", "u1", "--email", "nope"], "email"),
            (["add", "Strict Co", "--user", "u1", "--budget=-1"], "negative"),
            (["add", "Strict Co", "--user", "u1", "--budget", "nan"], "not a number"),
            (["add", "Strict Co", "--user", "u1", "--budget", "inf"], "not a number"),
            (["add", "Strict Co", "--user", "u1", "--budget", "lots"], "not a number"),
            (["add", "Strict Co", "--user", "u1", "--budget", "600"], "more than the organization's budget"),
            (["add", "Strict Co", "--user", "u1", "--budget", "5", "--unlimited"], "not both"),
            (["add", "Strict Co", "--user", "u1", "--duration", "monthly"], "not a budget duration"),
            (["add", "Strict Co", "--user", "kc-2"], "already a member"),
            (["add", "Strict Co", "--user", "KC-2x", "--role", "admin"], "unknown option --role"),
            (["list", "No Such Org"], "No organization is named"),
            (["show", "Strict Co", "nobody"], "is not a member"),
            (["show", "Strict Co"], "which member"),
            (["set-budget", "Strict Co", "kc-2"], "exactly one of --budget"),
            (["set-budget", "Strict Co", "kc-2", "--budget=-5"], "negative"),
            (["set-budget", "Strict Co", "kc-2", "--budget", "5", "--duration", "fortnight"], "not a budget duration"),
            (["set-budget", "Strict Co", "nobody", "--budget", "5"], "is not a member"),
            (["set-budget", "Strict Co", "kc-2", "--budget", "5", "--yes"], "does not take --yes"),
            (["rotate-key", "Strict Co", "nobody"], "is not a member"),
            (["block-key", "No Such Org", "kc-2"], "No organization is named"),
            (["unblock-key", "Strict Co", "nobody"], "is not a member"),
            (["remove", "Strict Co", "nobody", "--yes"], "is not a member"),
            (["make-owner", "Strict Co", "nobody"], "is not a member"),
            (["make-owner", "Strict Co", "kc-123"], "already the owner"),
            (["frobnicate", "Strict Co"], "unknown command \"member frobnicate\""),
            (["list", "Strict Co", "extra"], "takes 1 argument"),
            (["import", os.path.join(self.config, "missing.csv")], "cannot read"),
            (["import", good_file, "-j", "99"], "-j must be between 1 and 32"),
        ]
        state = self.sim.state()
        rows = self.member_rows()
        self.clear_requests()
        for args, message in cases:
            p = self.orgctl("member", *args, expect=EXIT_BAD_INPUT)
            self.assertIn(message, p.stderr, args)
            self.assertNotIn("\x1b", p.stderr)
            self.assertEqual(self.requests(), [], args)  # not even a read
        self.assertEqual(self.sim.state(), state)
        self.assertEqual(self.member_rows(), rows)
        kept = {v["user_id"]: v for v in self.listed(org["id"])["members"]}
        self.assertEqual(kept["kc-2"]["max_budget"], 50)

    # --- crash and recover ----------------------------------------------------------------------------
    def test_killed_at_each_step_then_recover(self):
        org = self.create("Crash Co")
        for point in ["member-after-reserve", "member-after-add", "member-after-key", "member-before-save"]:
            p = self.orgctl("member", "add", "Crash Co", "--user", "u-" + point, "--budget", "10",
                            env=dict(CRASH_ENV, ORGCONSOLE_TEST_ABORT_AT=point), expect=None)
            self.assertIn("test hook: aborting at " + point, p.stderr)
            self.assertNotEqual(p.returncode, 0)
        self.assertEqual([s for o, u, s in self.member_rows() if u.startswith("u-")], ["provisioning"] * 4)
        for point in ["member-after-claim", "member-after-keys"]:
            self.add("Crash Co", "r-" + point)
            p = self.orgctl("member", "remove", "Crash Co", "r-" + point, "--yes",
                            env=dict(CRASH_ENV, ORGCONSOLE_TEST_ABORT_AT=point), expect=None)
            self.assertIn("test hook: aborting at " + point, p.stderr)
        self.assertIn("r-member-after-claim", self.memberships(org["id"]))  # the kill left them half-removed
        out = json.loads(self.orgctl("recover", "--json").stdout)["recovered"]
        actions = sorted((o["name"].split("member ")[1], o["action"]) for o in out)
        self.assertEqual(actions, sorted([("u-" + p, "rolled back") for p in
                                          ["member-after-reserve", "member-after-add", "member-after-key", "member-before-save"]]
                                         + [("r-member-after-claim", "deleted"), ("r-member-after-keys", "deleted")]))
        for user in ["u-member-after-reserve", "u-member-after-add", "u-member-after-key", "u-member-before-save",
                     "r-member-after-claim", "r-member-after-keys"]:
            self.assert_no_trace(org["id"], user)
        self.assertEqual(self.users_in_db(org["id"]), ["kc-123"])
        self.assertEqual(sorted(self.memberships(org["id"])), ["kc-123"])
        self.assertEqual(self.sim.state()["key_count"], 1)
        # The same user can be added again afterwards.
        self.add("Crash Co", "u-member-after-key")
        self.assertEqual(len(self.keys_of("u-member-after-key")), 1)

    def test_two_processes_add_the_same_user(self):
        org = self.create("Race Co")
        for user in ["kc-race-1", "kc-race-2", "kc-race-3"]:
            results = []
            threads = [threading.Thread(target=lambda: results.append(
                self.orgctl("member", "add", "Race Co", "--user", user, expect=None))) for _ in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            self.assertEqual(sorted(r.returncode for r in results), [EXIT_OK, EXIT_BAD_INPUT], [r.stderr for r in results])
            self.assertIn("already a member", [r for r in results if r.returncode][0].stderr)
            self.assertEqual(len(self.keys_of(user)), 1, user)
            self.assertIn(user, self.memberships(org["id"]))
        self.assertEqual(self.users_in_db(org["id"]), ["kc-123", "kc-race-1", "kc-race-2", "kc-race-3"])
        self.assertEqual(self.sim.state()["key_count"], 4)

    # --- bulk import -----------------------------------------------------------------------------------
    def member_file(self, name, rows, header="organization,user_id,email,budget,duration,models"):
        return self.write(name, header + "\n" + "".join(r + "\n" for r in rows))

    def test_import_all_then_rerun_skips(self):
        orgs = [self.create(f"Bulk {i}") for i in range(3)]
        rows = [f"Bulk {i % 3},bu-{i},bu{i}@example.com,{10 + i},30d,gpt-4o;claude" for i in range(27)]
        rows += [f"{orgs[0]['id']},by-id-{i},,unlimited,," for i in range(3)]  # the organization by its id
        path = self.member_file("members.csv", rows)
        dry = self.orgctl("member", "import", path, "--dry-run")
        self.assertEqual(dry.stdout.count("would add"), 30)
        self.assertEqual(self.sim.state()["key_count"], 3)
        p = self.orgctl("member", "import", path, "-j", "8", "--json")
        keys = [json.loads(line) for line in p.stdout.splitlines()]
        self.assertEqual(len(keys), 30)
        self.assertTrue(all(k["api_key"].startswith("sk-") for k in keys))
        self.assertIn("Done: added 30, failed 0, skipped 0 of 30", p.stderr)
        for i in range(27):
            m = self.memberships(orgs[i % 3]["id"])[f"bu-{i}"]
            self.assertEqual(m["litellm_budget_table"]["max_budget"], 10 + i)
            key = self.keys_of(f"bu-{i}")
            self.assertEqual([(k["team_id"], k["key_alias"]) for k in key],
                             [(orgs[i % 3]["id"], member_alias(orgs[i % 3]["id"], f"bu-{i}"))])
        self.assertEqual(len(self.memberships(orgs[0]["id"])), 1 + 9 + 3)
        self.assertEqual(self.sim.state()["key_count"], 33)
        with open(path + ".results.csv") as f:
            results = list(csv.DictReader(f))
        self.assertEqual({r["status"] for r in results}, {"added"})
        self.assertFalse(any("sk-" in v for r in results for v in r.values() if v and not v.startswith("sk-...")))
        # A re-run: every row done already, nothing sent to add anything.
        self.clear_requests()
        again = self.orgctl("member", "import", path, "-j", "8")
        self.assertIn("skipped 30 of 30", again.stderr)
        self.assertEqual(again.stdout, "")
        self.assertEqual([r for r in self.requests() if r["method"] == "POST"], [])

    def test_import_with_one_bad_row_sends_nothing(self):
        self.create("Careful Co")
        good = [f"Careful Co,ok-{i},,5,," for i in range(5)]
        for label, bad, message in [
            ("bad budget", "Careful Co,bad-1,,-3,,", "Line 4: The budget cannot be negative."),
            ("unknown organization", "Nobody Inc,bad-2,,,,", "Line 4: no organization has the id or name \"Nobody Inc\"."),
            ("over the organization's budget", "Careful Co,bad-3,,900,,", "Line 4: the member's budget $900.00 is more"),
            ("bad email", "Careful Co,bad-4,not-an-email,,,", "Line 4: \"not-an-email\" is not a valid email address."),
            ("repeated member", "careful co,ok-0,,,,", "Line 4: \"ok-0\" in \"careful co\" repeats line 2."),
        ]:
            path = self.member_file("one-bad.csv", good[:2] + [bad] + good[2:])
            self.clear_requests()
            p = self.orgctl("member", "import", path, expect=EXIT_BAD_INPUT)
            self.assertIn(message, p.stderr, label)
            self.assertIn("nothing was sent", p.stderr)
            self.assertEqual(self.requests(), [], label)
            self.assertEqual(self.member_rows()[1:], [], label)  # only the owner
        p = self.orgctl("member", "import", self.member_file("no-user.csv", ["Careful Co"], header="organization"),
                        expect=EXIT_BAD_INPUT)
        self.assertIn("the header has no \"user_id\" column", p.stderr)
        self.assertEqual(self.sim.state()["key_count"], 1)

    def test_import_faults_leave_no_half_made_member(self):
        org = self.create("Faulty Co")
        rows = [f"Faulty Co,f-{i},,5,," for i in range(12)]
        path = self.member_file("faulty.csv", rows)
        # Each fault hits the nth call of its endpoint, in row order (-j 1): three rows fail at
        # member_add (500, 401, no answer), three at key generation (reset, malformed, 400).
        self.sim.fault(path="/team/member_add", status=500, nth=2, times=1)
        self.sim.fault(path="/team/member_add", mode="status", status=401, nth=4, times=1,
                       body={"error": {"message": "Authentication Error", "type": "auth_error"}})
        self.sim.fault(path="/team/member_add", mode="hang", nth=6, times=1)
        # A reset connection is sent again once by the network layer: two in a row fail the row.
        self.sim.fault(path="/key/generate", mode="reset", nth=6, times=2)
        self.sim.fault(path="/key/generate", mode="malformed", nth=8, times=1)
        self.sim.fault(path="/key/generate", status=400, nth=9, times=1,
                       body={"detail": {"error": "Key alias refused"}})
        p = self.orgctl("--timeout", "1500", "member", "import", path, "-j", "1", expect=EXIT_PARTIAL)
        with open(path + ".results.csv") as f:
            results = {r["user_id"]: r for r in csv.DictReader(f)}
        failed = sorted(u for u, r in results.items() if r["status"] == "failed")
        self.assertEqual(len(failed), 6, p.stderr)
        self.assertEqual(sum(1 for r in results.values() if r["detail"].startswith("Add to team")), 3)
        self.assertEqual(sum(1 for r in results.values() if r["detail"].startswith("Generate key")), 3)
        for user in failed:
            self.assert_no_trace(org["id"], user)
        added = sorted(u for u, r in results.items() if r["status"] == "added")
        self.assertEqual(len(added), 6)
        for user in added:
            self.assertEqual(len(self.keys_of(user)), 1)
        self.sim.call("DELETE", "/sim/faults")
        again = self.orgctl("member", "import", path, "-j", "4")
        self.assertIn("Done: added 6, failed 0, skipped 6 of 12", again.stderr)
        self.assertEqual(sorted(self.memberships(org["id"])), sorted(["kc-123"] + [f"f-{i}" for i in range(12)]))
        self.assertEqual(self.sim.state()["key_count"], 13)

    def test_import_lost_replies_leave_one_member_or_none(self):
        org = self.create("Lossy Co")
        path = self.member_file("lossy.csv", [f"Lossy Co,l-{i},,5,," for i in range(6)])
        # The proxy acts, then the reply is lost: once at member_add, twice in a row at key generation.
        self.sim.fault(path="/team/member_add", mode="lost", nth=2, times=1)
        self.sim.fault(path="/key/generate", mode="lost", nth=4, times=2)
        p = self.orgctl("member", "import", path, "-j", "1", expect=None)
        self.assertIn(p.returncode, (EXIT_OK, EXIT_PARTIAL), p.stderr)
        with open(path + ".results.csv") as f:
            results = {r["user_id"]: r for r in csv.DictReader(f)}
        self.assertEqual(sorted(results), [f"l-{i}" for i in range(6)])
        for user, row in results.items():
            if row["status"] == "added":  # one membership, one key (the one saved), one row
                self.assertIn(user, self.memberships(org["id"]))
                self.assertEqual([k["key_name"] for k in self.keys_of(user)], [row["key_name"]], user)
                self.assertIn(user, self.users_in_db(org["id"]))
            else:
                self.assertEqual(row["status"], "failed")
                self.assert_no_trace(org["id"], user)
        self.assertEqual(results["l-1"]["status"], "added", p.stderr)  # a reply lost once is recognised
        self.assertTrue(any(r["status"] == "failed" for r in results.values()), p.stderr)
        self.sim.call("DELETE", "/sim/faults")
        self.orgctl("member", "import", path)
        self.assertEqual(sorted(self.memberships(org["id"])), sorted(["kc-123"] + [f"l-{i}" for i in range(6)]))
        self.assertEqual(self.sim.state()["key_count"], 7)

    # --- every member request is one LiteLLM's OpenAPI declares -------------------------------------
    def test_member_requests_match_openapi(self):
        if not os.path.isdir(OPENAPI):
            self.fail(f"LiteLLM's OpenAPI documents are expected at {OPENAPI}")
        self.create("Schema Co")
        self.clear_requests()
        self.add("Schema Co", "kc-2", "--email", "kc2@schema.example", "--budget", "40", "--duration", "1mo",
                 "--models", "gpt-4o")
        self.orgctl("member", "set-budget", "Schema Co", "kc-2", "--budget", "30")
        self.orgctl("member", "set-budget", "Schema Co", "kc-2", "--unlimited")
        self.orgctl("member", "rotate-key", "Schema Co", "kc-2")
        self.orgctl("member", "block-key", "Schema Co", "kc-2")
        self.orgctl("member", "unblock-key", "Schema Co", "kc-2")
        self.orgctl("member", "import", self.member_file("one.csv", ["Schema Co,kc-3,kc3@schema.example,7,30d,gpt-4o"]))
        self.orgctl("member", "remove", "Schema Co", "kc-2", "--yes")
        captured = self.requests()
        endpoints = {r["endpoint"] for r in captured if r["method"] == "POST"}
        for e in ["/team/member_add", "/team/member_update", "/team/member_delete", "/key/generate", "/key/delete",
                  "/key/block", "/key/unblock"]:
            self.assertIn(e, endpoints)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump({"requests": captured}, f)
        try:
            check = subprocess.run(["python3", os.path.join(SOURCE, "tests", "scripts", "validate_requests.py"), f.name,
                                    OPENAPI], capture_output=True, text=True)
        finally:
            os.unlink(f.name)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)
        self.assertIn(" 0 problems", check.stdout)
