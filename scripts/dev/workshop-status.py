#!/usr/bin/python3
"""The trainer's view of a room server (scripts/workshop --status): for each account, whether its server runs, which
notebooks have a kernel and whether it is busy, when it was last active, and the memory of everything it runs (its
server, kernels and sandbox: the processes whose working folder is in the attendee's folder).
usage: workshop-status.py DIR"""
import json, os, sys, urllib.request

d = sys.argv[1]
hub = open(os.path.join(d, "hub-url")).read().strip()
token = open(os.path.join(d, "api-token")).read().strip()

def get(path):
    req = urllib.request.Request(hub + path, headers={"Authorization": "token " + token})
    return json.load(urllib.request.urlopen(req, timeout=10))

def memory_by_user():
    """Resident memory (MiB) of the processes working in each attendee's folder."""
    homes = os.path.join(os.path.realpath(d), "home") + os.sep
    mib = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cwd = os.readlink("/proc/%s/cwd" % pid) + os.sep
            if not cwd.startswith(homes):
                continue
            user = cwd[len(homes):].split(os.sep)[0]
            rss = next(int(l.split()[1]) for l in open("/proc/%s/status" % pid) if l.startswith("VmRSS:"))
            mib[user] = mib.get(user, 0) + rss / 1024
        except (OSError, StopIteration):
            continue
    return mib

memory = memory_by_user()
rows = []
for user in sorted(get("/hub/api/users"), key=lambda u: u["name"]):
    server = user.get("servers", {}).get("")
    if not server or not server.get("ready"):
        rows.append((user["name"], "stopped", "", "", ""))
        continue
    try:
        sessions = get("/user/%s/api/sessions" % user["name"])
        running = ", ".join("%s (%s)" % (s["path"].split("/")[-1], s["kernel"]["execution_state"]) for s in sessions) or "no notebook open"
    except OSError as e:
        running = "cannot ask its server: %s" % e
    rows.append((user["name"], "running", running, (server.get("last_activity") or "")[:19], "%.0f MiB" % memory.get(user["name"], 0)))
widths = [max(len(str(r[i])) for r in rows + [("account", "server", "notebooks (kernel state)", "last active", "memory")]) for i in range(5)]
for r in [("account", "server", "notebooks (kernel state)", "last active", "memory")] + rows:
    print("  ".join(str(x).ljust(w) for x, w in zip(r, widths)))
print("total memory of the attendees' servers, kernels and sandboxes: %.0f MiB" % sum(memory.values()))
