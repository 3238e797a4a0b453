#!/usr/bin/python3
"""Starts the aws-jshell kernel N times, as Jupyter does, and times each start: until the kernel answers (kernel_info)
and until the first cell's result (the notebooks' first cell, %load ../startup.jsh). A start the kernel does not answer
in 30 s counts as a hang.   /usr/bin/python3 jupyter/kernel-start.py [--sandbox] [N]
--sandbox: as under scripts/notebook --sandbox, one sandbox is started first and every kernel joins it in its first cell.
The kernel is installed in a Jupyter data dir of this run's own, so a kernel installed for the user is left alone."""
import os, shutil, statistics, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:] if a != "--sandbox"]
sandbox = "--sandbox" in sys.argv
n = int(args[0]) if args else 5
data = tempfile.mkdtemp()
os.environ["JUPYTER_DATA_DIR"] = data
os.environ["AWS_JSHELL_QUIET"] = "1"
subprocess.run([os.path.join(root, "scripts", "install-kernel")], check=True, stdout=subprocess.DEVNULL)
if sandbox:
    os.environ["AWS_JSHELL_SANDBOX"] = "1"
    os.environ["AWS_JSHELL_STATE_DIR"] = os.path.join(data, "state")
    subprocess.run([os.path.join(root, "scripts", "sandbox"), "start"], check=True, stdout=subprocess.DEVNULL)
from jupyter_client.manager import KernelManager

ready, first, hangs = [], [], 0
try:
    for i in range(n):
        km = KernelManager(kernel_name="aws-jshell")
        log = open(os.path.join(data, "kernel-%d.log" % i), "w")
        started = time.monotonic()
        km.start_kernel(stderr=log, stdout=log, cwd=os.path.join(root, "notebooks"))
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=30)
            ready.append(time.monotonic() - started)
            reply = kc.execute_interactive("%load ../startup.jsh", timeout=60, output_hook=lambda msg: None)
            if reply["content"]["status"] != "ok":
                raise RuntimeError("first cell: " + str(reply["content"]))
            first.append(time.monotonic() - started)
            print("start %d: %.1f s to answer, %.1f s to the first cell's result" % (i + 1, ready[-1], first[-1]), flush=True)
        except RuntimeError as e:
            if "didn't respond" not in str(e):
                raise
            hangs += 1
            print("start %d: no answer in 30 s" % (i + 1), flush=True)
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
            log.close()
            del kc, km
finally:
    if sandbox:
        subprocess.run([os.path.join(root, "scripts", "sandbox"), "stop"], stdout=subprocess.DEVNULL)
    shutil.rmtree(data, ignore_errors=True)
if first:
    print("median of %d starts: %.1f s to answer, %.1f s to the first cell's result; %d hung"
          % (len(first), statistics.median(ready), statistics.median(first), hangs))
sys.exit(1 if hangs else 0)
