#!/usr/bin/env python3
"""orgctl demo load / usage / reset end to end: the real binary in sandbox mode (its built-in
simulator, the sandbox database, the state file between runs), and the refusals without --sandbox."""
import json
import os
import subprocess
import tempfile
import unittest

ORGCTL = os.environ["ORGCTL"]
EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_CONFLICT = 2  # a conflict exits as bad input (ExitCode.h)


class DemoTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.env = dict(os.environ, ORGCONSOLE_CONFIG_DIR=self.tmp.name)
        self.env.pop("ORGCONSOLE_MASTER_KEY", None)

    def tearDown(self):
        self.tmp.cleanup()

    def orgctl(self, *args, expect=EXIT_OK):
        p = subprocess.run([ORGCTL, "--operator", "e2e-trainer", *args], env=self.env, capture_output=True,
                           text=True, timeout=300, stdin=subprocess.DEVNULL)
        self.assertEqual(p.returncode, expect, f"orgctl {' '.join(args)}\nstdout: {p.stdout}\nstderr: {p.stderr}")
        return p

    def state(self):
        with open(os.path.join(self.tmp.name, "sandbox-proxy.json")) as f:
            return json.load(f)

    def test_load_usage_reset(self):
        p = self.orgctl("--sandbox", "demo", "load")
        self.assertEqual(p.stdout, "loaded\n")
        self.assertIn("[25/25] Sterling Cooper Ads is ready.", p.stderr)
        orgs = json.loads(self.orgctl("--sandbox", "org", "list", "--json").stdout)
        self.assertEqual(len(orgs), 25)
        self.assertIn("Acme Robotics", [o["name"] for o in orgs])
        state = self.state()
        self.assertEqual(len(state["teams"]), 25)
        self.assertGreater(len(state["daily"]), 5000)
        # Reconcile sees the planted drift, and the budget watch the planted levels.
        reconcile = self.orgctl("--sandbox", "reconcile").stdout
        for name in ("Cyberdyne Systems", "Tyrell Genetics", "demo-aperture-"):
            self.assertIn(name, reconcile)
        # A refresh adopts the team budget changed on the proxy (and audits it); the rest stays.
        self.orgctl("--sandbox", "refresh")
        reconcile = self.orgctl("--sandbox", "reconcile").stdout
        self.assertNotIn("Cyberdyne Systems", reconcile)
        self.assertIn("Tyrell Genetics", reconcile)
        self.assertIn("demo-aperture-", reconcile)
        alerts = self.orgctl("--sandbox", "budget", "alerts").stdout
        self.assertIn("Wayne Logistics", alerts)
        self.assertIn("4 at risk, 1 over budget", alerts)
        # A second load is refused and changes nothing.
        self.orgctl("--sandbox", "demo", "load", expect=EXIT_CONFLICT)
        self.assertEqual(len(self.state()["teams"]), 25)
        # Simulated usage: bad factors refused, on and off.
        self.orgctl("--sandbox", "demo", "usage", "on", "--factor", "0", expect=EXIT_BAD_INPUT)
        self.orgctl("--sandbox", "demo", "usage", "maybe", expect=EXIT_BAD_INPUT)
        self.assertEqual(self.orgctl("--sandbox", "demo", "usage", "on", "--factor", "60").stdout,
                         "simulated usage on\n")
        self.orgctl("--sandbox", "demo", "usage", "off")
        # Reset: nothing of the demo left, in the database or the simulator.
        self.assertEqual(self.orgctl("--sandbox", "demo", "reset").stdout, "removed\n")
        self.assertEqual(json.loads(self.orgctl("--sandbox", "org", "list", "--json").stdout), [])
        state = self.state()
        self.assertEqual((len(state["teams"]), len(state["keys"]), len(state["daily"]), len(state["users"])),
                         (0, 0, 0, 0))

    def test_refused_without_sandbox(self):
        for verb in (["load"], ["reset"], ["usage", "on"]):
            p = self.orgctl("demo", *verb, expect=EXIT_BAD_INPUT)
            self.assertIn("sandbox only", p.stderr)
        self.assertFalse(os.path.exists(os.path.join(self.tmp.name, "sandbox-proxy.json")))
        self.orgctl("--sandbox", "demo", "unload", expect=EXIT_BAD_INPUT)


if __name__ == "__main__":
    unittest.main(verbosity=2)
