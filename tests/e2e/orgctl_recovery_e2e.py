"""Recovery in seconds, safe across desktops: orgctl killed mid-creation is resolved by the first
`orgctl recover` on the same host (its process is gone), a live operation is never touched, and a
second desktop (another config folder, the same database, another host name through the test-build
ORGCONSOLE_TEST_HOST) takes a dead operation over only once its heartbeat is older than the lease.
Run with orgctl_e2e.py (imported there)."""
import json
import os
import signal
import subprocess
import tempfile
import time

from e2e_support import MASTER, ORGCTL, OrgctlCase

CRASH_ENV = {"ORGCONSOLE_TEST_ABORT_AT": "", "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=0"}


class RecoveryTest(OrgctlCase):
    def start_orgctl(self, *args, env=None, config=None):
        """orgctl in the background (a desktop whose operation is still running)."""
        full_env = dict(os.environ, ORGCONSOLE_MASTER_KEY=MASTER, ORGCONSOLE_CONFIG_DIR=config or self.config)
        full_env.update(env or {})
        cmd = [ORGCTL, "--proxy", self.sim.url, "--db", self.db, "--operator", "e2e-tester", *args]
        return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=full_env)

    def wait_for_team(self):
        """Until the creation has reserved its row and made its team: it then waits on /key/generate."""
        for _ in range(200):
            if self.sim.state()["team_count"] == 1:
                return
            time.sleep(0.05)
        self.fail("the creation never made its team")

    def recover(self, *extra, config=None, host=None):
        env = {"ORGCONSOLE_TEST_HOST": host} if host else {}
        if config:
            env["ORGCONSOLE_CONFIG_DIR"] = config
        return json.loads(self.orgctl("recover", *extra, "--json", env=env).stdout)["recovered"]

    def assert_consistent(self):
        self.assertEqual(self.list(), [])
        state = self.sim.state()
        self.assertEqual((state["team_count"], state["key_count"]), (0, 0), state)

    def test_crash_at_each_step_recovered_on_first_run(self):
        for point in ["after-reserve", "after-team", "after-key", "before-save"]:
            p = self.orgctl("org", "create", "--name", f"Crash {point}", "--owner", "kc-1", "--budget", "10",
                            env=dict(CRASH_ENV, ORGCONSOLE_TEST_ABORT_AT=point), expect=None)
            self.assertIn("test hook: aborting at " + point, p.stderr)
            crashed = time.monotonic()
            # No --grace: the owner's process is gone from this host, so the first run resolves it.
            out = self.recover()
            self.assertEqual([o["action"] for o in out], ["rolled back"], out)
            self.assert_consistent()
            print(f"\n[{point}] abort to consistent state: {time.monotonic() - crashed:.2f} s", flush=True)

    def test_kill_9_while_waiting_on_the_proxy(self):
        self.sim.fault(path="/key/generate", latency_ms=5000)
        creating = self.start_orgctl("org", "create", "--name", "Killed Co", "--owner", "kc-1", "--budget", "10")
        self.wait_for_team()
        # The same host leaves a live operation alone, even with --grace 0.
        self.assertEqual(self.recover(), [])
        self.assertEqual(self.recover("--grace", "0"), [])
        self.assertEqual(self.list()[0]["status"], "provisioning")
        creating.send_signal(signal.SIGKILL)
        creating.communicate(timeout=10)
        killed = time.monotonic()
        out = self.recover()
        self.assertEqual([o["action"] for o in out], ["rolled back"], out)
        self.assert_consistent()
        print(f"\n[kill -9 on /key/generate] kill to consistent state: {time.monotonic() - killed:.2f} s", flush=True)
        # The request the killed process had sent is not answered later behind our back.
        time.sleep(5.5)
        self.assert_consistent()

    def test_second_desktop_waits_for_the_lease(self):
        lease = 12  # longer than the 5 s heartbeat interval
        self.sim.fault(path="/key/generate", latency_ms=25000)
        with tempfile.TemporaryDirectory() as other:
            creating = self.start_orgctl("org", "create", "--name", "Remote Co", "--owner", "kc-1", "--budget", "10",
                                         env={"ORGCONSOLE_TEST_HOST": "desk-a"})
            self.wait_for_team()
            # While the creation runs (longer than the lease), desk-b never takes it over.
            until = time.monotonic() + lease + 4
            while time.monotonic() < until:
                self.assertEqual(self.recover("--lease", str(lease), config=other, host="desk-b"), [])
                time.sleep(2)
            self.assertEqual(self.list()[0]["status"], "provisioning")
            self.assertIsNone(creating.poll())
            creating.send_signal(signal.SIGKILL)
            creating.communicate(timeout=10)
            killed = time.monotonic()
            # Dead, but desk-b cannot see that before the lease runs out.
            self.assertEqual(self.recover("--lease", str(lease), config=other, host="desk-b"), [])
            while True:
                out = self.recover("--lease", str(lease), config=other, host="desk-b")
                if out:
                    break
                self.assertLess(time.monotonic() - killed, lease + 10, "desk-b never took the row over")
                time.sleep(1)
            self.assertEqual([o["action"] for o in out], ["rolled back"], out)
            self.assertGreaterEqual(time.monotonic() - killed, lease - 5 - 1)  # the last heartbeat was at most 5 s before the kill
            self.assert_consistent()
            print(f"\n[other desktop, lease {lease} s] kill to consistent state: {time.monotonic() - killed:.2f} s", flush=True)

    def test_second_desktop_leaves_a_slow_delete_alone(self):
        lease = 8
        org = self.create("Deleted Slowly")
        self.sim.fault(path="/team/delete", latency_ms=15000)
        with tempfile.TemporaryDirectory() as other:
            deleting = self.start_orgctl("org", "delete", org["id"], "--yes", env={"ORGCONSOLE_TEST_HOST": "desk-a"})
            for _ in range(200):
                if self.list()[0]["status"] == "deleting":
                    break
                time.sleep(0.05)
            # The delete renews its heartbeat while it waits on the proxy: desk-b keeps off.
            until = time.monotonic() + lease + 3
            while time.monotonic() < until:
                self.assertEqual(self.recover("--lease", str(lease), config=other, host="desk-b"), [])
                time.sleep(1)
            out, err = deleting.communicate(timeout=30)
            self.assertEqual(deleting.returncode, 0, out + err)
            self.assert_consistent()
