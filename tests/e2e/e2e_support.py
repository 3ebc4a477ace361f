"""The end-to-end harness: the real orgctl binary against a real litellm-sim process, on SQLite or
PostgreSQL (ORGCONSOLE_TEST_ENGINE). Imported by orgctl_e2e.py and orgctl_security_e2e.py."""
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
        # stderr is not read: a pipe nobody drains would stop a chatty simulator once 64 KiB are written.
        self.proc = subprocess.Popen([SIM, "--port", "0", *extra], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
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
        self.proc.stdout.close()


class OrgctlCase(unittest.TestCase):
    """A simulator process, a config folder and a database (SQLite or PostgreSQL) per test."""
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.config = self.tmp.name
        if ARTIFACTS:
            # Class and test name: two classes may both have a test_bad_input_changes_nothing, and a
            # shared folder would hand the second one the first one's database.
            self.config = os.path.join(ARTIFACTS, ENGINE + "-" + "-".join(self.id().split(".")[-2:]))
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

    def delete_row(self, org_id):
        """Removes an organization's row behind orgctl's back, leaving its team and key on the proxy."""
        if ENGINE == "postgres":
            subprocess.run(["psql", "-q", self.db, "-c", f"DELETE FROM organizations WHERE id = '{org_id}'"], check=True)
        else:
            import sqlite3
            with sqlite3.connect(self.db) as c:
                c.execute("DELETE FROM organizations WHERE id = ?", (org_id,))

    def database_id(self):
        if ENGINE == "postgres":
            return subprocess.run(["psql", "-qAt", self.db, "-c", "SELECT id FROM database_identity"], check=True,
                                  capture_output=True, text=True).stdout.strip()
        import sqlite3
        with sqlite3.connect(self.db) as c:
            return c.execute("SELECT id FROM database_identity").fetchone()[0]

    def write(self, name, content, mode="w"):
        path = os.path.join(self.config, name)
        with open(path, mode) as f:
            f.write(content)
        return path
