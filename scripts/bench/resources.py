"""The boto3 half of scripts/bench-resources, run by Debian's /usr/bin/python3 (python3-boto3):
    resources.py ENDPOINT BUCKET OBJECTS ROUNDS WARMUPS
times full listings of BUCKET through boto3's resource, reading every item's key and size:
    for o in s3.Bucket(BUCKET).objects.all(): o.key; o.size
on the sandbox's S3 at ENDPOINT (path-style addressing, dummy credentials). Timing is in this process
(time.perf_counter, and time.process_time for the client's own CPU): no interpreter start, no imports. Requests are
counted by an event hook on the client (before-send, one event per HTTP request, retries included), which also records
the operations sent; the warm-up listings (the first two pages)
go through boto3's pages() (one request each), to check the count.
Output: "RESULT<TAB>name<TAB>operation<TAB>requests<TAB>objects<TAB>median objects/s<TAB>min<TAB>max<TAB>median CPU ms".
"""
import statistics
import sys
import time

import boto3
import botocore
from botocore.config import Config

endpoint, bucket_name = sys.argv[1], sys.argv[2]
objects, rounds, warmups = (int(a) for a in sys.argv[3:6])

s3 = boto3.resource(
    "s3",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="bench",
    aws_secret_access_key="bench",
    config=Config(s3={"addressing_style": "path"}),
)
sent = []


def count(event_name, **kwargs):
    sent.append(event_name.rsplit(".", 1)[-1])


s3.meta.client.meta.events.register("before-send.s3.*", count)
bucket = s3.Bucket(bucket_name)
checksum = 0


def listing():
    global checksum
    n = 0
    for o in bucket.objects.all():
        checksum += len(o.key) + o.size
        n += 1
    return n


# Warm-up: the first two pages, page by page; the hook's count must match the pages.
requests, warmup_objects = None, min(2000, objects)
for i in range(warmups):
    before = len(sent)
    page_sizes = []
    for page in bucket.objects.limit(warmup_objects).pages():
        for o in page:
            checksum += len(o.key) + o.size
        page_sizes.append(len(page))
    page_requests = len(sent) - before
    print(f"boto3 warm-up pages: {len(page_sizes)} (sizes {page_sizes}), requests for them: {page_requests}", flush=True)
    if len(page_sizes) != page_requests or sum(page_sizes) != warmup_objects:
        sys.exit(f"pages {len(page_sizes)} holding {sum(page_sizes)} objects, and requests {page_requests}: "
                 f"expected one request a page, {warmup_objects} objects")

rates, cpu_ms = [], []
for i in range(rounds):
    before = len(sent)
    cpu0, t0 = time.process_time(), time.perf_counter()
    n = listing()
    seconds, cpu = time.perf_counter() - t0, time.process_time() - cpu0
    if n != objects:
        sys.exit(f"boto3 listed {n} objects, expected {objects}")
    if requests is not None and len(sent) - before != requests:
        sys.exit(f"boto3 sent {len(sent) - before} requests, earlier {requests}")
    requests = len(sent) - before
    rates.append(n / seconds)
    cpu_ms.append(cpu * 1000)
    print(f"timed round {i + 1} done", flush=True)

operations = ",".join(sorted(set(sent[-requests:])))
print(f"RESULT\tboto3\t{operations}\t{requests}\t{objects}\t{statistics.median(rates):.0f}\t{min(rates):.0f}\t{max(rates):.0f}\t{statistics.median(cpu_ms):.0f}")
print(f"python: {sys.version.split()[0]}, boto3 {boto3.__version__}, botocore {botocore.__version__}")
