"""The timing half of scripts/bench-startup (run by /usr/bin/python3; it needs nothing but the standard library).
    startup.py SPEC.json
SPEC: {"runs": N, "warmups": W, "cases": {case: [{"name", "argv", "env", "prompt"?, "exit"?}, ...]}}.
Runs every case's commands in turn (one of each, then the next round), so that a change in the machine's load hits
them all alike, and prints per command the medians of
  wall   start to exit; or, for a command with "prompt", start until that text shows on its terminal (a pty)
  CPU    user + system of the process and its children (getrusage through wait4; at the prompt, /proc of the
         process tree at that moment)
  peak   largest resident set of one process (ru_maxrss; at the prompt, VmHWM)
For a command served by the resident JVM ("resident": its folder), CPU adds the JVM's CPU during the run and peak is
the JVM's resident set (what it holds between scripts), since the client that starts is small.
and the ratios of wall and CPU to the case's first command that runs boto3.
"""
import fcntl
import json
import os
import pty
import select
import statistics
import struct
import sys
import termios
import time

TICK = os.sysconf("SC_CLK_TCK")


def tree(pid):
    """pid and its descendants, from /proc."""
    children = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(entry))
            except (OSError, IndexError):
                pass
    out, pending = [], [pid]
    while pending:
        p = pending.pop()
        out.append(p)
        pending.extend(children.get(p, []))
    return out


def cpu_and_peak(pids):
    cpu, peak = 0.0, 0
    for p in pids:
        try:
            with open("/proc/%d/stat" % p) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            cpu += (int(fields[11]) + int(fields[12])) / TICK
            with open("/proc/%d/status" % p) as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]))
        except OSError:
            pass
    return cpu, peak


def resident_pids(cmd):
    """The resident JVM serving a command: its CPU and memory are the script's, not the short client's."""
    folder = cmd.get("resident")
    if not folder:
        return []
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/cmdline" % entry, "rb") as f:
                    line = f.read()
            except OSError:
                continue
            if b"ScriptDaemon" in line and folder.encode() in line:
                pids.append(int(entry))
    return pids


def start_resident(cmd):
    """Runs the command once (cold; it starts the resident JVM), waits for the JVM's socket, runs it once more."""
    run_to_exit(cmd)
    deadline = time.time() + 180
    while time.time() < deadline and not any(f.endswith(".sock") for f in os.listdir(cmd["resident"]) if os.path.isdir(cmd["resident"])):
        time.sleep(0.2)
    run_to_exit(cmd)


def run_to_exit(cmd):
    resident = resident_pids(cmd)
    resident_cpu = cpu_and_peak(resident)[0]
    env = dict(os.environ, **cmd.get("env", {}))
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        out = os.open(os.path.join(SPEC_DIR, "last.out"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        os.dup2(out, 1)
        os.dup2(out, 2)
        try:
            os.execvpe(cmd["argv"][0], cmd["argv"], env)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    cpu, peak = usage.ru_utime + usage.ru_stime, usage.ru_maxrss
    if resident:
        resident_cpu_after, resident_peak = cpu_and_peak(resident)
        cpu += resident_cpu_after - resident_cpu
        peak = max(peak, resident_peak)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit("%s failed (%d): %s" % (cmd["name"], os.waitstatus_to_exitcode(status),
                                                 open(os.path.join(SPEC_DIR, "last.out")).read()[-2000:]))
    return wall, cpu, peak


def run_to_prompt(cmd):
    env = dict(os.environ, **cmd.get("env", {}))
    prompt = cmd["prompt"].encode()
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        try:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))  # a terminal of some size, as a user's
            os.execvpe(cmd["argv"][0], cmd["argv"], env)
        finally:
            os._exit(127)
    seen = b""
    wall = None
    deadline = start + 60
    while wall is None and time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if prompt in seen:
                wall = time.perf_counter() - start
    if wall is None:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        raise SystemExit("%s: no prompt %r in 60 s; it printed: %r" % (cmd["name"], cmd["prompt"], seen[-2000:]))
    cpu, peak = cpu_and_peak(tree(pid))
    os.write(fd, cmd.get("exit", "/exit\n").encode())
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    return wall, cpu, peak


def main():
    global SPEC_DIR
    SPEC_DIR = os.path.dirname(os.path.abspath(sys.argv[1]))
    spec = json.load(open(sys.argv[1]))
    runs, warmups = spec["runs"], spec["warmups"]
    print("load average at start: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))
    for case, cmds in spec["cases"].items():
        for c in cmds:
            if c.get("resident"):
                os.makedirs(c["resident"], mode=0o700, exist_ok=True)
                start_resident(c)
        figures = {c["name"]: [] for c in cmds}
        for r in range(warmups + runs):
            for c in cmds:
                m = (run_to_prompt if "prompt" in c else run_to_exit)(c)
                if r >= warmups:
                    figures[c["name"]].append(m)
        print("\n%s (medians of %d runs, in turns; %d warm-up round%s)" % (case, runs, warmups, "" if warmups == 1 else "s"))
        ref = next((c["name"] for c in cmds if "boto3" in c["name"]), None)
        med = {n: tuple(statistics.median(x[i] for x in f) for i in range(3)) for n, f in figures.items()}
        print("| %-50s | %8s | %8s | %8s | %8s | %9s | %s" % ("", "wall s", "min-max", "CPU s", "peak MiB", "wall ×", "CPU ×"))
        for c in cmds:
            n = c["name"]
            wall, cpu, peak = med[n]
            walls = [x[0] for x in figures[n]]
            rw = "%.2f" % (wall / med[ref][0]) if ref else "-"
            rc = "%.2f" % (cpu / med[ref][1]) if ref else "-"
            print("| %-50s | %8.3f | %.2f-%.2f | %8.3f | %8.0f | %9s | %s" % (n, wall, min(walls), max(walls), cpu, peak / 1024, rw, rc))
    print("\nload average at end: %s" % " ".join(open("/proc/loadavg").read().split()[:3]))


SPEC_DIR = "."
if __name__ == "__main__":
    main()
