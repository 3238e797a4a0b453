#!/usr/bin/env python3
"""Writes the workshop notebooks in notebooks/ (nbformat 4) from the cells below: python3 scripts/dev/gen-notebooks.py"""
import json, os, re

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def left_aligned(text):
    """Markdown tables left-aligned: Jupyter right-aligns a |---| column in some front ends; |:---| is explicit."""
    return re.sub(r"^\|(?:-{3,}\|)+$", lambda m: "|" + ":---|" * (m.group(0).count("|") - 1), text, flags=re.M)

def md(text): return {"cell_type": "markdown", "metadata": {}, "source": left_aligned(text.strip())}
def code(text, **metadata): return {"cell_type": "code", "metadata": metadata, "execution_count": None, "outputs": [], "source": text.strip()}
def exercise(number, text): return md("### Exercise %d\n\n%s\n\nThe solution is the next cell: collapsed in JupyterLab (click the bar at its left to show it); the classic notebook shows it, so try before you scroll." % (number, text.strip()))
# A solution's input is hidden (JupyterLab: jupyter.source_hidden; the classic notebook's hide-input: hide_input) and
# its output collapsed; CI runs it and checks its output like any other cell's.
def solution(text): return code(text, tags=["solution"], jupyter={"source_hidden": True, "outputs_hidden": True}, collapsed=True, hide_input=True)
def cleanup(text, words="Delete what this notebook made, so that it can run again from the top (a cell that finds nothing to delete does nothing)."):
    return [md("## Clean up\n\n" + words), code(text, tags=["cleanup"])]

NOTEBOOKS = {
"00-start-here": [
md("""# Start here: boto3's way of working with AWS, in Java

This workshop teaches the AWS SDK the way Python's **boto3** does, in **Java**, one idea per notebook. Each notebook
explains the idea in plain words, puts the boto3 line beside the Java line, and shows what comes back as a table.
Nothing here needs an AWS account: the notebooks run against a **sandbox**, three open-source emulators of S3, SQS
and DynamoDB on this machine.

**How to run a cell.** Click in a cell and press **Shift-Enter**: it runs and the next cell is selected. The grey cells
are code, the white ones text. A cell's last line, when it is a value (no `;` needed), is shown below the cell: a
response or a list of things shows as a table. *Cell > Run All* runs the whole notebook; *Kernel > Restart* starts
from nothing. Run the cells in order; running one again is safe, every notebook is written for that.

The first code cell of every notebook loads the toolkit (`startup.jsh`, the file JShell loads too) and prints the
**banner**: the region, the credentials and the endpoints the default session uses. Here it says `SANDBOX`."""),
md("""## The sandbox

`Aws.sandbox()` is the sandbox this notebook's kernel joined: the same one for every notebook this Jupyter server
opens (`scripts/notebook --sandbox` started it, and stops it when the server ends)."""),
code('Aws.sandbox()'),
md("""A first call. boto3's `boto3.client("s3").list_buckets()` is `Aws.client("s3").call("list_buckets")` in Java: the
operation keeps boto3's snake_case name, and the parameters are a `Map` with boto3's names. The response is a map keyed
as boto3's dict is; as a cell's value it is a table (`ResponseMetadata`, folded, holds the HTTP status)."""),
code('''S3AwsClient s3 = Aws.client("s3");
try {
    s3.call("create_bucket", Map.of("Bucket", "start-here"));
} catch (ClientError e) {
    if (!e.is("BucketAlreadyOwnedByYou")) throw e;    // made by an earlier run: fine
}
s3.call("put_object", Map.of("Bucket", "start-here", "Key", "hello.txt", "Body", "hello, workshop"));
s3.call("list_buckets")'''),
md("""An upload of a 6 MiB file with boto3's `upload_file`, and a progress bar (boto3's `Callback=`) that moves in place
while it runs:"""),
code('''var file = java.nio.file.Files.write(java.nio.file.Files.createTempFile("start", ".bin"), new byte[6 * 1024 * 1024]);
s3.uploadFile(file.toString(), "start-here", "six-mib.bin", Progress.bar());
java.nio.file.Files.delete(file);
s3.call("list_objects_v2", Map.of("Bucket", "start-here")).table("Contents")'''),
md("""## boto3 → Java, the cheat sheet

| boto3 (Python) | aws-jshell (Java) |
|---|---|
| `import boto3` | nothing: the first cell (`%load ../startup.jsh`) imports `Aws`, `Config`, the errors, the typed views |
| `s3 = boto3.client("s3")` | `S3AwsClient s3 = Aws.client("s3");` (or `var sqs = Aws.client("sqs");`) |
| `s3.list_objects_v2(Bucket="b", Prefix="p")` | `s3.call("list_objects_v2", Map.of("Bucket", "b", "Prefix", "p"))` |
| `r["Contents"][0]["Key"]` | `r.string("Contents[0].Key")` (typed: `string`, `integer`, `map`, `maps`, ...; `r.search(...)` for any JMESPath) |
| `{"k": {"n": 1}}`, `[1, 2]` | `Map.of("k", Map.of("n", 1))`, `List.of(1, 2)` |
| `Config(region_name="eu-west-1", retries={"max_attempts": 2})` | `Config.of(Map.of("region_name", "eu-west-1", "retries", Map.of("max_attempts", 2)))` |
| `boto3.session.Session(region_name="eu-west-1")` | `Aws.session(Map.of("region_name", "eu-west-1"))` |
| `s3.get_waiter("bucket_exists").wait(Bucket="b")` | `s3.getWaiter("bucket_exists").wait(Map.of("Bucket", "b"))` |
| `s3.get_paginator("list_objects_v2").paginate(Bucket="b")` | `s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b"))` |
| `except ClientError as e: e.response["Error"]["Code"]` | `catch (ClientError e) { e.code() }` |
| `boto3.resource("s3").Bucket("b").objects.all()` | `Aws.resource("s3").bucket("b").objects().all()` (with `S3Resource s3r = Aws.resource("s3");`) |
| `table.put_item(Item={"id": "1"})` | `table.putItem(Map.of("Item", Map.of("id", "1")))` |
| `print(x)` | `System.out.println(x)`, or end the cell with `x` to see it as a table |
| `help(s3.put_object)` | `s3.doc("put_object")` |

## The agenda

| notebook | what you learn |
|---|---|
| `01-setup-and-config` | where settings come from; `Config` |
| `02-credentials` | the credential chain; sessions with keys; what never prints |
| `03-clients` | a client, its operations, responses, uploads, the wire view |
| `04-waiters` | waiting for a state |
| `05-paginators` | every page of a listing |
| `06-errors` | `ClientError` and the errors raised before anything is sent |
| `07-sessions` | sessions, regions, threads |
| `08-resources` | the object-oriented interface |
| `09-collections` | iterating, filtering, batch actions |
| `10-sqs` | queues, messages, visibility, dead-letter queues |
| `11-dynamodb` | tables, items, queries with conditions, batch writing |
| `12-end-to-end` | S3, DynamoDB and SQS together: an upload, a record, a message, a worker |

Each notebook ends with one or two exercises (the solution is in the cell after, collapsed) and a clean-up cell."""),
exercise(1, """Put two more objects in the bucket `start-here` (`notes/a.txt` and `notes/b.txt`), then show the keys of
the objects under `notes/` only. Hint: `list_objects_v2` takes `Prefix`, and `.search("Contents[].Key")` picks the keys."""),
solution('''s3.call("put_object", Map.of("Bucket", "start-here", "Key", "notes/a.txt", "Body", "a"));
s3.call("put_object", Map.of("Bucket", "start-here", "Key", "notes/b.txt", "Body", "b"));
s3.call("list_objects_v2", Map.of("Bucket", "start-here", "Prefix", "notes/")).search("Contents[].Key")'''),
*cleanup('''S3Resource s3r = Aws.resource("s3");
for (var b : s3r.buckets().all()) {
    if (b.name().equals("start-here")) {
        b.objects().delete();
        b.delete();
    }
}
s3r.buckets().all()''', """Delete this notebook's bucket, so that it can run again from the top. To empty the whole sandbox at
once (every bucket, queue and table, whoever made them), run `Aws.sandbox().reset()`."""),
],
"01-setup-and-config": [
md("""# Setup and configuration

boto3 reads two files in `~/.aws`: `config` (region and other settings per profile) and `credentials` (keys per
profile), then the environment (`AWS_PROFILE`, `AWS_REGION`, `AWS_ACCESS_KEY_ID`, ...); what you pass in code wins.
The `Config` object sets how a client behaves: its region, retries, time-outs, addressing.

| boto3 | Java |
|---|---|
| `Config(region_name='eu-central-1', retries={'max_attempts': 2})` | `Config.of(Map.of("region_name", "eu-central-1", "retries", Map.of("max_attempts", 2)))` |
| `boto3.client('s3', config=cfg)` | `Aws.client("s3", cfg)` |
| `cfg.merge(other)` | `cfg.merge(other)` |

In the workshop sandbox there is no account: the banner above says what the default session uses."""),
md("A `Config` takes botocore's keys, by botocore's names; its value shows what it holds:"),
code('''var cfg = Config.of(Map.of("region_name", "eu-central-1", "retries", Map.of("max_attempts", 2)));
System.out.println("attempts in all: " + cfg.totalMaxAttempts());
cfg'''),
md("""`merge` gives a new Config: the other's settings win where both have one, as in botocore. A Config never changes
(a client made from it keeps it)."""),
code('''var merged = cfg.merge(Config.of(Map.of("region_name", "us-west-2")));
System.out.println(merged.regionName() + " " + merged.totalMaxAttempts());'''),
md("The builder form completes at the prompt (`Config.builder().` then Tab):"),
code('''var built = Config.builder().regionName("eu-west-1").maxAttempts(4).connectTimeout(java.time.Duration.ofSeconds(5)).build();
built'''),
md("A key botocore's Config would not take is an error that names the valid ones; nothing is sent:"),
code('''try {
    Config.of(Map.of("region", "eu-central-1"));
} catch (InvalidConfigError e) {
    System.out.println(e.getMessage());
}'''),
md("A client made with a Config uses it; `meta()` says which region it talks to:"),
code('''var s3 = Aws.client("s3", Config.of(Map.of("region_name", "eu-central-1")));
s3.meta()'''),
exercise(1, """Make a Config with `connect_timeout` 3, `read_timeout` 10 and 5 attempts in all (`retries` →
`total_max_attempts`), merge it with `Config.of(Map.of("region_name", "ap-south-1"))` and print the region and the
number of attempts."""),
solution('''var mine = Config.of(Map.of("connect_timeout", 3, "read_timeout", 10, "retries", Map.of("total_max_attempts", 5)))
        .merge(Config.of(Map.of("region_name", "ap-south-1")));
System.out.println("exercise: " + mine.regionName() + " " + mine.totalMaxAttempts());'''),
*cleanup('System.out.println("nothing to delete: a Config lives in this kernel only");', "This notebook made nothing in the sandbox."),
],
"02-credentials": [
md("""# Credentials

boto3 looks for credentials in order: what you pass in code, the environment variables, the shared credentials file
(`~/.aws/credentials`), the config file, then SSO, container and instance roles. The first that answers wins;
`session.get_credentials().method` says which one.

| boto3 | Java |
|---|---|
| `boto3.session.Session().get_credentials()` | `Aws.defaultSession().credentials()` (an `Optional`) |
| `creds.method` | `credentials().get().method()` |
| `Session(aws_access_key_id=..., aws_secret_access_key=...)` | `Aws.session().accessKeyId(..).secretAccessKey(..).build()` |
| `session.available_profiles` | `availableProfiles()` |

The secret never prints: not in a value, not in `toString()`, not in the wire view."""),
md("The sandbox's session has dummy keys of its own; their method is `sandbox`:"),
code('System.out.println(Aws.defaultSession().credentials());'),
md("Keys given in code win over everything else; the session shows the key's id masked and the secret as stars:"),
code('''var explicit = Aws.session().regionName("eu-central-1").accessKeyId("AKIDEXAMPLE12345").secretAccessKey("not-shown").build();
System.out.println(explicit.credentials().get());
System.out.println(explicit.credentials().get().method());'''),
md("The map form, as boto3's keyword arguments:"),
code('''var fromMap = Aws.session(Map.of("region_name", "eu-west-1", "aws_access_key_id", "AKIDEXAMPLE67890", "aws_secret_access_key", "also-not-shown"));
System.out.println(fromMap.regionName() + " " + fromMap.credentials().get().method());'''),
md("A profile that does not exist is an error naming the profiles that do (here none: the sandbox has no `~/.aws` files):"),
code('''try {
    Aws.session(Map.of("profile_name", "nope")).credentials();
} catch (ProfileNotFound e) {
    System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
}'''),
md("""With an account (not in the sandbox): put keys in `~/.aws/credentials`, or export `AWS_ACCESS_KEY_ID` and
`AWS_SECRET_ACCESS_KEY`, then `Aws.defaultSession().credentials()` names `shared-credentials-file` or `env`."""),
exercise(1, """Build a session for region `eu-north-1` with the access key `AKIDEXERCISE0001` and any secret, and print
its region and where its credentials came from. Check that the secret does not appear in what you print."""),
solution('''var ex = Aws.session().regionName("eu-north-1").accessKeyId("AKIDEXERCISE0001").secretAccessKey("s3cr3t-value").build();
String shown = ex.regionName() + " " + ex.credentials().get();
System.out.println("exercise: " + shown);
System.out.println("secret shown: " + shown.contains("s3cr3t-value"));'''),
*cleanup('System.out.println("nothing to delete: sessions live in this kernel only");', "This notebook made nothing in the sandbox."),
],
"03-clients": [
md("""# Clients, and what happens under the hood

A client maps one to one onto the service's API: every operation, by boto3's name. botocore (and here the AWS SDK for
Java) serializes the parameters, signs the request, sends it and parses the response into a map.

| boto3 | Java |
|---|---|
| `s3 = boto3.client('s3')` | `S3AwsClient s3 = Aws.client("s3")` (S3's client has boto3's S3 extras: `uploadFile`, ...; `var` gives the generic client) |
| `s3.create_bucket(Bucket='demo')` | `s3.call("create_bucket", Map.of("Bucket", "demo"))` |
| `help(s3.put_object)` | `s3.doc("put_object")` |
| `s3.meta.region_name` | `s3.meta().regionName()` |"""),
md("A client knows its operations, and documents each one: parameters (required ones marked), types, response keys."),
code('''S3AwsClient s3 = Aws.client("s3");
System.out.println(s3.operations().size() + " operations, e.g. " + s3.operations().subList(0, 5));
System.out.println(s3.doc("put_object").toString().lines().limit(8).collect(java.util.stream.Collectors.joining("\\n")));'''),
md("""Making a bucket that is already yours is an error (`BucketAlreadyOwnedByYou`); catching that one code makes the cell
safe to run again, as a `try: ... except s3.exceptions.BucketAlreadyOwnedByYou: pass` does in Python."""),
code('''try {
    s3.call("create_bucket", Map.of("Bucket", "clients-demo"));
} catch (ClientError e) {
    if (!e.is("BucketAlreadyOwnedByYou")) throw e;
}
s3.call("put_object", Map.of("Bucket", "clients-demo", "Key", "hello.txt", "Body", "hello, workshop"));
s3.call("get_object", Map.of("Bucket", "clients-demo", "Key", "hello.txt")).body("Body").text()'''),
md("""A response is a map keyed as boto3 keys it; as a cell's value it shows as a table (in JShell, as text).
`.table(key)` lays a list out in rows."""),
code('s3.call("list_objects_v2", Map.of("Bucket", "clients-demo"))'),
md("""`uploadFile` is boto3's `upload_file`, on the SDK's transfer manager; `Progress.bar()` follows it (boto3's
`Callback`): one bar that moves in place in a notebook, a line at every 10% in a log."""),
code('''var file = java.nio.file.Files.write(java.nio.file.Files.createTempFile("big", ".bin"), new byte[7 * 1024 * 1024]);
s3.uploadFile(file.toString(), "clients-demo", "big.bin", Progress.bar());
java.nio.file.Files.delete(file);'''),
code('s3.call("list_objects_v2", Map.of("Bucket", "clients-demo")).table("Contents")'),
md("`head_object` answers with the metadata only; a JMESPath `search` picks values out of any response:"),
code('s3.call("head_object", Map.of("Bucket", "clients-demo", "Key", "big.bin")).search("{size: ContentLength, type: ContentType}")'),
md("`Aws.wire(true)` shows each request as signed (the signature and secrets masked) and the raw response:"),
code('''Aws.wire(true);
s3.call("list_buckets");
Aws.wire(false);'''),
exercise(1, """Write three objects `a.txt`, `b.txt`, `c.txt` (bodies of your choice) into `clients-demo`, then show the
keys and sizes of every object in the bucket as a table. Hint: `.table("Contents")`."""),
solution('''for (var k : List.of("a.txt", "b.txt", "c.txt")) s3.call("put_object", Map.of("Bucket", "clients-demo", "Key", k, "Body", "body of " + k));
s3.call("list_objects_v2", Map.of("Bucket", "clients-demo")).table("Contents")'''),
exercise(2, "Read back `b.txt` as text."),
solution('s3.call("get_object", Map.of("Bucket", "clients-demo", "Key", "b.txt")).body("Body").text()'),
*cleanup('''S3Resource s3r = Aws.resource("s3");
for (var b : s3r.buckets().all()) {
    if (b.name().equals("clients-demo")) {
        b.objects().delete();
        b.delete();
    }
}
System.out.println("clients-demo is gone: " + s3r.buckets().all().stream().noneMatch(b -> b.name().equals("clients-demo")));'''),
],
"04-waiters": [
md("""# Waiters

Some changes take a while on AWS: a bucket, a table, an instance is not there the moment you ask for it. A waiter polls
until the resource reaches the state you wait for, or gives up with an error carrying the last answer.

| boto3 | Java |
|---|---|
| `s3.waiter_names` | `s3.waiterNames()` |
| `s3.get_waiter('bucket_exists').wait(Bucket='demo')` | `s3.getWaiter("bucket_exists").wait(Map.of("Bucket", "demo"))` |
| `WaiterConfig={'Delay': 1, 'MaxAttempts': 5}` | `"WaiterConfig", Map.of("Delay", 1, "MaxAttempts", 5)` |
| `except WaiterError as e: e.last_response` | `catch (WaiterError e) { e.lastResponse() }` |"""),
code('''var s3 = Aws.client("s3");
s3.waiterNames()'''),
code('''try {
    s3.call("create_bucket", Map.of("Bucket", "waiters-demo"));
} catch (ClientError e) {
    if (!e.is("BucketAlreadyOwnedByYou")) throw e;
}
s3.getWaiter("bucket_exists").wait(Map.of("Bucket", "waiters-demo", "WaiterConfig", Map.of("Delay", 1, "MaxAttempts", 5)));
System.out.println("bucket exists");'''),
md("A waiter that gives up raises `WaiterError`; its last response says why:"),
code('''try {
    s3.getWaiter("object_exists").wait(Map.of("Bucket", "waiters-demo", "Key", "never", "WaiterConfig", Map.of("Delay", 0.2, "MaxAttempts", 2)));
} catch (WaiterError e) {
    System.out.println("gave up; last status " + e.lastResponse().map("ResponseMetadata").get("HTTPStatusCode"));
}'''),
md("Other services have their own waiters; DynamoDB's and SQS's, for instance:"),
code('''System.out.println("dynamodb: " + Aws.client("dynamodb").waiterNames());
System.out.println("sqs: " + Aws.client("sqs").waiterNames());'''),
exercise(1, """Put an object `ready.txt` in `waiters-demo`, then wait for it with the `object_exists` waiter (delay 0.5 s,
3 attempts) and print `ready.txt exists`."""),
solution('''s3.call("put_object", Map.of("Bucket", "waiters-demo", "Key", "ready.txt", "Body", "ready"));
s3.getWaiter("object_exists").wait(Map.of("Bucket", "waiters-demo", "Key", "ready.txt", "WaiterConfig", Map.of("Delay", 0.5, "MaxAttempts", 3)));
System.out.println("ready.txt exists");'''),
*cleanup('''S3Resource s3r = Aws.resource("s3");
for (var b : s3r.buckets().all()) {
    if (b.name().equals("waiters-demo")) {
        b.objects().delete();
        b.delete();
    }
}
s3.getWaiter("bucket_not_exists").wait(Map.of("Bucket", "waiters-demo", "WaiterConfig", Map.of("Delay", 0.5, "MaxAttempts", 4)));
System.out.println("waiters-demo is gone");'''),
],
"05-paginators": [
md("""# Paginators

A list operation answers a page at a time (S3: up to 1,000 keys) with a token for the next page. A paginator fetches
the pages for you, one request per page, as you iterate.

| boto3 | Java |
|---|---|
| `s3.can_paginate('list_objects_v2')` | `s3.canPaginate("list_objects_v2")` |
| `s3.get_paginator('list_objects_v2').paginate(Bucket='b', PaginationConfig={'PageSize': 10})` | `s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b", "PaginationConfig", Map.of("PageSize", 10)))` |
| `.search('Contents[].Key')` | `.search("Contents[].Key")` |
| `.build_full_result()` | `.buildFullResult()` |"""),
md("25 objects, then pages of 10: three pages. Writing the same keys again overwrites them, so this cell is safe to re-run."),
code('''var s3 = Aws.client("s3");
try {
    s3.call("create_bucket", Map.of("Bucket", "pages-demo"));
} catch (ClientError e) {
    if (!e.is("BucketAlreadyOwnedByYou")) throw e;
}
for (int i = 0; i < 25; i++) s3.call("put_object", Map.of("Bucket", "pages-demo", "Key", String.format("k%02d", i), "Body", "x"));
int pages = 0;
for (var page : s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "pages-demo", "PaginationConfig", Map.of("PageSize", 10)))) pages++;
System.out.println("pages: " + pages);'''),
md("`search` runs a JMESPath expression over every page and streams the results:"),
code('''System.out.println(s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "pages-demo")).search("Contents[].Key").count() + " keys");'''),
md("`MaxItems` stops after so many items and gives a token to resume from:"),
code('''var firstFive = s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "pages-demo", "PaginationConfig", Map.of("MaxItems", 5))).buildFullResult();
firstFive.search("{keys: Contents[].Key, next: NextToken}")'''),
md("As a cell's value, the pages show their items: no more pages are fetched than a table shows."),
code('s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "pages-demo", "PaginationConfig", Map.of("PageSize", 10)))'),
exercise(1, """Count the keys of `pages-demo` that start with `k1`, with a paginator (`Prefix`) and pages of 4. How many
pages did it take?"""),
solution('''var k1 = s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "pages-demo", "Prefix", "k1", "PaginationConfig", Map.of("PageSize", 4)));
System.out.println("exercise: " + k1.search("Contents[].Key").count() + " keys in " + k1.stream().count() + " pages");'''),
*cleanup('''S3Resource s3r = Aws.resource("s3");
for (var b : s3r.buckets().all()) {
    if (b.name().equals("pages-demo")) {
        b.objects().delete();
        b.delete();
    }
}
System.out.println("pages-demo is gone");'''),
],
"06-errors": [
md("""# Errors

Two kinds of errors. A **service's answer** that is an error (no such bucket, access denied, a condition that failed) is
a `ClientError` carrying boto3's error dict: the code, the message, the HTTP status, the request id. **Bad input** (an
unknown operation or parameter, a wrong type, a missing required parameter) is refused before anything is sent, with
an error that names the problem and the valid choices.

| boto3 | Java |
|---|---|
| `except ClientError as e: e.response['Error']['Code']` | `catch (ClientError e) { e.code() }` |
| `e.response['Error']['Message']` | `e.errorMessage()` |
| `e.response['ResponseMetadata']['HTTPStatusCode']` | `e.statusCode()` |
| `except s3.exceptions.NoSuchKey:` | `catch (ClientError e) { if (e.is("NoSuchKey")) ... }` |
| `botocore.exceptions.ParamValidationError` | `ParamValidationError` |"""),
code('''var s3 = Aws.client("s3");
try {
    s3.call("get_object", Map.of("Bucket", "no-such-bucket-here", "Key", "k"));
} catch (ClientError e) {
    System.out.println(e.code() + " " + e.statusCode());
}'''),
md("The whole error response is there, as boto3's dict, to show as a table:"),
code('''ClientError caught = null;
try {
    s3.call("head_bucket", Map.of("Bucket", "no-such-bucket-here"));
} catch (ClientError e) {
    caught = e;
}
caught.response()'''),
md("An unknown parameter, or several problems at once, each with its path; nothing was sent:"),
code('''try {
    s3.call("list_objects_v2", Map.of("Buckett", "b"));
} catch (ParamValidationError e) {
    System.out.println(e.getMessage());
}'''),
code('''try {
    s3.call("put_object", Map.of("Key", 42, "Body", "x"));
} catch (ParamValidationError e) {
    System.out.println(e.getMessage());
}'''),
md("A misspelt operation says what you probably meant:"),
code('''try {
    s3.call("list_object_v2");
} catch (UnknownOperationError e) {
    System.out.println(e.getMessage());
}'''),
md("""Catching one code and letting the rest through makes a cell safe to run again: create the bucket unless it is
already yours. (The cell deletes the bucket first, to show both answers each time it runs.)"""),
code('''try {
    s3.call("delete_bucket", Map.of("Bucket", "errors-demo"));
} catch (ClientError e) {
    if (!e.is("NoSuchBucket")) throw e;
}
for (int run = 1; run <= 2; run++) {
    try {
        s3.call("create_bucket", Map.of("Bucket", "errors-demo"));
        System.out.println("run " + run + ": created");
    } catch (ClientError e) {
        if (!e.is("BucketAlreadyOwnedByYou")) throw e;
        System.out.println("run " + run + ": already mine, carry on");
    }
}'''),
exercise(1, """Read the key `missing.txt` from `errors-demo`. Catch the error and print its code and HTTP status (S3
answers `NoSuchKey` and 404)."""),
solution('''try {
    s3.call("get_object", Map.of("Bucket", "errors-demo", "Key", "missing.txt"));
} catch (ClientError e) {
    System.out.println("exercise: " + e.code() + " " + e.statusCode());
}'''),
exercise(2, "Call `list_objects_v2` with `MaxKeys` given as the string `\"ten\"`. Which error, before anything is sent?"),
solution('''try {
    s3.call("list_objects_v2", Map.of("Bucket", "errors-demo", "MaxKeys", "ten"));
} catch (ParamValidationError e) {
    System.out.println("exercise 2: " + e.getClass().getSimpleName());
}'''),
*cleanup('''S3Resource s3r = Aws.resource("s3");
for (var b : s3r.buckets().all()) {
    if (b.name().equals("errors-demo")) {
        b.objects().delete();
        b.delete();
    }
}
System.out.println("errors-demo is gone");'''),
],
"07-sessions": [
md("""# Sessions, and threads

A session holds a configuration: profile, region, credentials, Config. Clients and resources are made from it;
`Aws.client(...)` uses the default session. Here sessions are immutable, so one session and its clients can serve many
threads (boto3's sessions cannot: the boto3 docs ask for one session per thread).

| boto3 | Java |
|---|---|
| `boto3.session.Session(region_name='eu-west-1')` | `Aws.session(Map.of("region_name", "eu-west-1"))` |
| `session.client('s3')` | `session.client("s3")` |
| `session.region_name`, `session.get_available_services()` | `regionName()`, `availableServices()` |
| `boto3.setup_default_session(region_name=...)` | `Aws.setupDefaultSession(Map.of("region_name", ...))` |"""),
code('''var session = Aws.defaultSession();
Map.of("region", session.regionName(), "profile", String.valueOf(session.profileName()), "services", session.availableServices().size())'''),
md("Two sessions side by side, each with its own region; a client keeps the region of the session that made it:"),
code('''var paris = Aws.session(Map.of("region_name", "eu-west-3"));
var tokyo = Aws.session(Map.of("region_name", "ap-northeast-1"));
System.out.println(paris.client("sqs").meta().regionName() + " " + tokyo.client("sqs").meta().regionName());
paris.availableRegions("s3").size() + " regions have S3"'''),
md("Eight threads, one client: each thread writes an object. The pool is closed in the same cell, so the cell can run again."),
code('''var s3 = session.client("s3");
try {
    s3.call("create_bucket", Map.of("Bucket", "threads-demo"));
} catch (ClientError e) {
    if (!e.is("BucketAlreadyOwnedByYou")) throw e;
}
var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
var futures = new ArrayList<java.util.concurrent.Future<?>>();
for (int t = 0; t < 8; t++) {
    int n = t;
    futures.add(pool.submit(() -> s3.call("put_object", Map.of("Bucket", "threads-demo", "Key", "t" + n, "Body", "written by thread " + n))));
}
for (var f : futures) f.get();
pool.shutdown();
System.out.println(s3.call("list_objects_v2", Map.of("Bucket", "threads-demo")).get("KeyCount") + " objects written by 8 threads");'''),
md("Parallel streams work the same way: one client, read by every worker of the common pool."),
code('''var sizes = java.util.stream.IntStream.range(0, 8).parallel()
        .mapToObj(n -> s3.call("head_object", Map.of("Bucket", "threads-demo", "Key", "t" + n)).get("ContentLength"))
        .toList();
sizes'''),
exercise(1, """Make a session for `us-west-2`, a DynamoDB client from it, and print the client's region. Then print how
many services the session knows."""),
solution('''var west = Aws.session(Map.of("region_name", "us-west-2"));
System.out.println("exercise: " + west.client("dynamodb").meta().regionName() + ", " + west.availableServices().size() + " services");'''),
*cleanup('''S3Resource s3r = Aws.resource("s3");
for (var b : s3r.buckets().all()) {
    if (b.name().equals("threads-demo")) {
        b.objects().delete();
        b.delete();
    }
}
System.out.println("threads-demo is gone");'''),
],
"08-resources": [
md("""# Resources

A resource is an object-oriented view over a client: identifiers (a bucket's name), attributes loaded on first read
(its creation date), actions (create, delete, put_object), references and sub-resources (an object's bucket), collections
and waiters. The typed views complete at the prompt (`b.` then Tab); `meta()` holds the client and what is loaded.

| boto3 | Java |
|---|---|
| `s3 = boto3.resource('s3')` | `S3Resource s3 = Aws.resource("s3");` |
| `b = s3.Bucket('workshop'); b.create()` | `var b = s3.bucket("workshop"); b.create();` |
| `b.wait_until_exists()` | `b.waitUntilExists();` |
| `o = b.put_object(Key='k', Body='...')` | `var o = b.putObject(Map.of("Key", "k", "Body", "..."));` |
| `o.content_length`, `o.load()`, `o.meta.data` | `o.contentLength()`, `o.load()`, `o.meta().data()` |
| `s3.meta.client` | `s3.meta().client()` |"""),
code('''S3Resource s3 = Aws.resource("s3");
var b = s3.bucket("workshop");
try {
    b.create();
} catch (ClientError e) {
    if (!e.is("BucketAlreadyOwnedByYou")) throw e;
}
b.waitUntilExists();
System.out.println(b + " created at " + b.creationDate());'''),
md("Actions fill their parameters from the identifiers; `put_object` returns the object it wrote. Attributes load on first read:"),
code('''var o = b.putObject(Map.of("Key", "hello.txt", "Body", "hello, resources"));
System.out.println(o + " loaded: " + (o.meta().data() != null));
System.out.println("content_length=" + o.contentLength() + " loaded: " + (o.meta().data() != null));
System.out.println(o.get().body("Body").text());'''),
md("""A resource as a cell's value shows as a table: its identifiers, then the attributes it has loaded, by boto3's names.
An action (the `get` above) forgets the loaded data, as boto3's do, so `reload()` first:"""),
code('''o.reload();
o'''),
md("Sub-resources and references lead to related resources; resources are equal when their identifiers are:"),
code('''System.out.println(o.bucket() + " same bucket: " + o.bucket().equals(b));
System.out.println(s3.object("workshop", "hello.txt").equals(o));
System.out.println(o.meta().client() == s3.meta().client());'''),
md("What a resource type offers, by boto3's names:"),
code('''System.out.println(s3.meta().describe().get("Object").get("actions"));
System.out.println(s3.availableSubresources().size() + " sub-resources of s3, e.g. " + s3.availableSubresources().subList(0, 3));
System.out.println(Aws.defaultSession().availableResources());'''),
md("""DynamoDB's resource takes and gives plain values, as boto3's does (numbers come back as BigDecimal); a batch writer
sends 25 items a request. A table that is already there (`ResourceInUseException`) is reused:"""),
code('''DynamoDbResource dynamodb = Aws.resource("dynamodb");
DynamoDbTable table;
try {
    table = dynamodb.createTable(Map.of("TableName", "attendees",
            "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH")),
            "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
            "BillingMode", "PAY_PER_REQUEST"));
} catch (ClientError e) {
    if (!e.is("ResourceInUseException")) throw e;
    table = dynamodb.table("attendees");
}
table.waitUntilExists();
table.putItem(Map.of("Item", Map.of("id", "1", "name", "Ada", "year", 1843)));
System.out.println(table.getItem(Map.of("Key", Map.of("id", "1"))).get("Item"));
table.reload();     // as in boto3, the table keeps what create_table answered (CREATING) until reloaded; a waiter does not reload
System.out.println(table + " " + table.tableStatus());
try (var batch = table.batchWriter()) {     // boto3: with table.batch_writer() as batch: ...
    for (int i = 2; i <= 30; i++) batch.putItem(Map.of("Item", Map.of("id", "" + i, "name", "attendee " + i)));
}
System.out.println(table.scan(Map.of("Select", "COUNT")).get("Count") + " attendees");'''),
md("SQS: a queue's actions return messages as resources (`create_queue` of a queue that exists, with the same attributes, returns it):"),
code('''SqsResource sqs = Aws.resource("sqs");
var queue = sqs.createQueue(Map.of("QueueName", "workshop"));
queue.sendMessage(Map.of("MessageBody", "hello, queue"));
for (var m : queue.receiveMessages(Map.of("WaitTimeSeconds", 1))) {
    System.out.println("received: " + m.body());
    m.delete();
}'''),
md("""With an AWS account, the same works for EC2, IAM, SNS, CloudFormation, CloudWatch and Glacier. The sandbox runs
only S3, SQS and DynamoDB, so this cell is not run here:

```java
Ec2Resource ec2 = Aws.resource("ec2");
for (var i : ec2.instances().filter(Map.of("Filters", List.of(Map.of("Name", "instance-state-name", "Values", List.of("running"))))))
    System.out.println(i.id() + " " + i.instanceType() + " in " + i.vpc());
```"""),
exercise(1, """With the resource interface, write `notes/today.txt` into the bucket `workshop`, then print its
`content_length` and its `e_tag`."""),
solution('''var today = b.putObject(Map.of("Key", "notes/today.txt", "Body", "resources, then collections"));
System.out.println("exercise: " + today.contentLength() + " bytes, etag " + today.eTag());'''),
exercise(2, "Read the item with id `7` from the `attendees` table and show its name."),
solution('''table.getItem(Map.of("Key", Map.of("id", "7"))).search("Item.name")'''),
*cleanup('''for (var bucket : s3.buckets().all()) {
    if (bucket.name().equals("workshop")) {
        bucket.objects().delete();
        bucket.delete();
    }
}
for (var t : dynamodb.tables().all()) {
    if (t.name().equals("attendees")) {
        t.delete();
        t.waitUntilNotExists();
    }
}
for (var q : sqs.queues().filter(Map.of("QueueNamePrefix", "workshop"))) q.delete();
System.out.println("bucket, table and queue deleted");'''),
],
"09-collections": [
md("""# Collections

A collection is an iterable group of resources that pages through the listing for you. Nothing is sent until you
iterate; `all()`, `filter()`, `limit()` and `pageSize()` each give a new collection.

| boto3 | Java |
|---|---|
| `for b in s3.buckets.all(): print(b.name)` | `for (var b : s3.buckets().all()) System.out.println(b.name());` |
| `bucket.objects.filter(Prefix='logs/')` | `bucket.objects().filter(Map.of("Prefix", "logs/"))` |
| `.limit(10)`, `.page_size(100)`, `.pages()` | `.limit(10)`, `.pageSize(100)`, `.pages()` |
| `bucket.objects.delete()` | `bucket.objects().delete()` |"""),
code('''S3Resource s3 = Aws.resource("s3");
var b = s3.bucket("collections-demo");
try {
    b.create();
} catch (ClientError e) {
    if (!e.is("BucketAlreadyOwnedByYou")) throw e;
}
for (int i = 0; i < 25; i++) b.putObject(Map.of("Key", String.format("logs/%02d.txt", i), "Body", "x".repeat(i)));
b.putObject(Map.of("Key", "readme.txt", "Body", "read me"));
s3.buckets().all()'''),
md("Filter, limit, and how many requests it took: the listing carries each object's size, so reading it sends nothing."),
code('''var client = s3.meta().client();
long before = client.meta().requestsSent();
for (var o : b.objects().filter(Map.of("Prefix", "logs/")).pageSize(10).limit(12)) System.out.print(o.key() + "=" + o.size() + " ");
System.out.println();
System.out.println("requests: " + (client.meta().requestsSent() - before));'''),
code('''int page = 0;
for (var items : b.objects().pageSize(10).pages()) System.out.println("page " + (++page) + ": " + items.size() + " objects");'''),
md("Collections stream, and show as a table:"),
code('''System.out.println("total bytes: " + b.objects().stream().mapToLong(o -> o.size()).sum());
b.objects().limit(5).table()'''),
md("A collection as a cell's value shows as a table of its first rows; only the pages holding them are fetched:"),
code('b.objects().filter(Map.of("Prefix", "logs/"))'),
exercise(1, "How many objects of `collections-demo` are larger than 20 bytes? Use the collection's `stream()`."),
solution('''System.out.println("exercise: " + b.objects().stream().filter(o -> o.size() > 20).count() + " objects over 20 bytes");'''),
md("""## Clean up

A batch action sends one request per page for all the items on it: deleting the bucket's 26 objects is one request.
Run again, it finds nothing and sends nothing."""),
code('''for (var bucket : s3.buckets().all()) {
    if (bucket.name().equals("collections-demo")) {
        var deleted = bucket.objects().delete();
        System.out.println(deleted.size() + " request(s), " + deleted.get(0).search("length(Deleted)") + " objects deleted");
        bucket.delete();
    }
}
System.out.println("collections-demo is gone: " + s3.buckets().all().stream().noneMatch(x -> x.name().equals("collections-demo")));''', tags=["cleanup"]),
],
"10-sqs": [
md("""# SQS: queues and messages

A queue holds messages between a producer and a consumer that need not run at the same time. A consumer *receives* a
message, which hides it from other consumers for the queue's **visibility timeout**; it *deletes* it once done. A
message received but not deleted comes back when the timeout ends, and after too many receives goes to a
**dead-letter queue**, where a poison message stops hurting the workers.

| boto3 | Java |
|---|---|
| `sqs = boto3.client('sqs')` | `var sqs = Aws.client("sqs");` |
| `sqs.create_queue(QueueName='q')['QueueUrl']` | `(String) sqs.call("create_queue", Map.of("QueueName", "q")).get("QueueUrl")` |
| `sqs.send_message(QueueUrl=url, MessageBody='hi')` | `sqs.call("send_message", Map.of("QueueUrl", url, "MessageBody", "hi"))` |
| `sqs.receive_message(QueueUrl=url, WaitTimeSeconds=1)` | `sqs.call("receive_message", Map.of("QueueUrl", url, "WaitTimeSeconds", 1))` |
| `sqs.delete_message(QueueUrl=url, ReceiptHandle=h)` | `sqs.call("delete_message", Map.of("QueueUrl", url, "ReceiptHandle", h))` |"""),
md("""`create_queue` with the same name and attributes returns the queue that exists: safe to run again. Here messages
stay hidden 30 s after a receive:"""),
code('''var sqs = Aws.client("sqs");
String url = (String) sqs.call("create_queue", Map.of("QueueName", "sqs-demo-jobs", "Attributes", Map.of("VisibilityTimeout", "30"))).get("QueueUrl");
sqs.call("get_queue_attributes", Map.of("QueueUrl", url, "AttributeNames", List.of("All"))).map("Attributes")'''),
md("Send three messages, receive them, delete each one once handled:"),
code('''for (var job : List.of("resize photo-1", "resize photo-2", "resize photo-3"))
    sqs.call("send_message", Map.of("QueueUrl", url, "MessageBody", job));
var received = sqs.call("receive_message", Map.of("QueueUrl", url, "MaxNumberOfMessages", 10, "WaitTimeSeconds", 1));
for (var m : (List<Map<String, Object>>) received.get("Messages"))
    sqs.call("delete_message", Map.of("QueueUrl", url, "ReceiptHandle", m.get("ReceiptHandle")));
received.table("Messages")'''),
md("""## Visibility

A received message is hidden, not gone: a second receive finds nothing. `change_message_visibility` to 0 hands it back
at once (a worker that cannot finish does that), and the next receive gets it again."""),
code('''sqs.call("send_message", Map.of("QueueUrl", url, "MessageBody", "fragile job"));
var first = sqs.call("receive_message", Map.of("QueueUrl", url, "WaitTimeSeconds", 1));
String handle = (String) first.search("Messages[0].ReceiptHandle");
var second = sqs.call("receive_message", Map.of("QueueUrl", url, "WaitTimeSeconds", 1));
System.out.println("first receive: " + first.search("Messages[0].Body") + "; second receive: " + second.search("length(Messages || `[]`)") + " message(s)");
sqs.call("change_message_visibility", Map.of("QueueUrl", url, "ReceiptHandle", handle, "VisibilityTimeout", 0));
var third = sqs.call("receive_message", Map.of("QueueUrl", url, "WaitTimeSeconds", 1));
System.out.println("after change_message_visibility(0): " + third.search("Messages[0].Body"));
sqs.call("delete_message", Map.of("QueueUrl", url, "ReceiptHandle", third.search("Messages[0].ReceiptHandle")));
System.out.println("deleted: done with it");'''),
md("""## Dead-letter queues

A queue's `RedrivePolicy` names a dead-letter queue (by its ARN) and how many receives a message gets before it is
moved there. With `maxReceiveCount` 1, a message received once and not deleted moves at its next receive: the second
receive on the work queue finds nothing (`null`), and the dead-letter queue holds the message."""),
code('''String dlqUrl = (String) sqs.call("create_queue", Map.of("QueueName", "sqs-demo-dead")).get("QueueUrl");
String dlqArn = (String) sqs.call("get_queue_attributes", Map.of("QueueUrl", dlqUrl, "AttributeNames", List.of("QueueArn"))).search("Attributes.QueueArn");
String redrive = "{\\"deadLetterTargetArn\\":\\"" + dlqArn + "\\",\\"maxReceiveCount\\":\\"1\\"}";
String workUrl = (String) sqs.call("create_queue", Map.of("QueueName", "sqs-demo-work", "Attributes", Map.of("RedrivePolicy", redrive))).get("QueueUrl");
sqs.call("send_message", Map.of("QueueUrl", workUrl, "MessageBody", "poison"));
for (int attempt = 1; attempt <= 2; attempt++) {
    // VisibilityTimeout 0: the message is back at once, as if the worker had crashed
    var r = sqs.call("receive_message", Map.of("QueueUrl", workUrl, "VisibilityTimeout", 0, "WaitTimeSeconds", 1));
    System.out.println("receive " + attempt + " on the work queue: " + r.search("Messages[0].Body"));
}
var dead = sqs.call("receive_message", Map.of("QueueUrl", dlqUrl, "WaitTimeSeconds", 1));
for (var m : (List<Map<String, Object>>) dead.get("Messages"))
    sqs.call("delete_message", Map.of("QueueUrl", dlqUrl, "ReceiptHandle", m.get("ReceiptHandle")));
System.out.println("on the dead-letter queue: " + dead.search("Messages[].Body"));'''),
md("The resource interface has the same in objects: a queue, and messages you can delete:"),
code('''SqsResource sqsr = Aws.resource("sqs");
var queue = sqsr.getQueueByName(Map.of("QueueName", "sqs-demo-jobs"));
queue.sendMessage(Map.of("MessageBody", "via the resource"));
var messages = queue.receiveMessages(Map.of("WaitTimeSeconds", 1));
for (var m : messages) m.delete();
messages'''),
exercise(1, """Send five messages in one request with `send_message_batch` (each entry needs an `Id` and a
`MessageBody`) to `sqs-demo-jobs`, then receive them (up to 10 at once, a few receives if needed), delete them, and
print how many you got."""),
solution('''var entries = new ArrayList<Map<String, Object>>();
for (int i = 1; i <= 5; i++) entries.add(Map.of("Id", "m" + i, "MessageBody", "batch message " + i));
sqs.call("send_message_batch", Map.of("QueueUrl", url, "Entries", entries));
int got = 0;
for (int tries = 0; tries < 5 && got < 5; tries++) {
    var r = sqs.call("receive_message", Map.of("QueueUrl", url, "MaxNumberOfMessages", 10, "WaitTimeSeconds", 1));
    for (var m : (List<Map<String, Object>>) r.getOrDefault("Messages", List.of())) {
        sqs.call("delete_message", Map.of("QueueUrl", url, "ReceiptHandle", m.get("ReceiptHandle")));
        got++;
    }
}
System.out.println("exercise: received " + got + " messages");'''),
*cleanup('''for (var q : Aws.<SqsResource>resource("sqs").queues().filter(Map.of("QueueNamePrefix", "sqs-demo-"))) q.delete();
System.out.println("sqs-demo queues left: " + Aws.client("sqs").call("list_queues", Map.of("QueueNamePrefix", "sqs-demo-")).getOrDefault("QueueUrls", List.of()));'''),
],
"11-dynamodb": [
md("""# DynamoDB: tables, items, queries

A DynamoDB table holds items (maps of attributes) found by their **key**: a partition key, and optionally a sort key
that orders the items of one partition. `get_item` reads one item by its whole key; `query` reads the items of one
partition, in sort-key order, with a key condition; `scan` reads everything. Writes can carry a **condition**, checked
on the server, which makes them safe against a concurrent writer.

The client speaks DynamoDB's typed JSON (`{"S": "java"}`, `{"N": "42"}`); the resource (`boto3.resource("dynamodb")`,
here `Aws.resource("dynamodb")`) takes and gives plain values, numbers as BigDecimal.

| boto3 | Java |
|---|---|
| `table = boto3.resource('dynamodb').Table('t')` | `DynamoDbTable table = Aws.<DynamoDbResource>resource("dynamodb").table("t");` |
| `table.put_item(Item={'course': 'java', 'attendee': 'ada'})` | `table.putItem(Map.of("Item", Map.of("course", "java", "attendee", "ada")))` |
| `table.query(KeyConditionExpression='course = :c', ExpressionAttributeValues={':c': 'java'})` | `table.query(Map.of("KeyConditionExpression", "course = :c", "ExpressionAttributeValues", Map.of(":c", "java")))` |
| `with table.batch_writer() as batch: batch.put_item(Item=...)` | `try (var batch = table.batchWriter()) { batch.putItem(Map.of("Item", ...)); }` |
| `except ClientError as e: e.response['Error']['Code'] == 'ConditionalCheckFailedException'` | `catch (ClientError e) { e.is("ConditionalCheckFailedException") }` |

Conditions are written as expression strings (boto3's `Key("course").eq("java")` builders are not in this toolkit yet)."""),
md("A table keyed by course (partition) and attendee (sort); made unless it exists, then waited for:"),
code('''DynamoDbResource dynamodb = Aws.resource("dynamodb");
DynamoDbTable scores;
try {
    scores = dynamodb.createTable(Map.of("TableName", "ddb-scores",
            "KeySchema", List.of(Map.of("AttributeName", "course", "KeyType", "HASH"), Map.of("AttributeName", "attendee", "KeyType", "RANGE")),
            "AttributeDefinitions", List.of(Map.of("AttributeName", "course", "AttributeType", "S"), Map.of("AttributeName", "attendee", "AttributeType", "S")),
            "BillingMode", "PAY_PER_REQUEST"));
} catch (ClientError e) {
    if (!e.is("ResourceInUseException")) throw e;
    scores = dynamodb.table("ddb-scores");
}
scores.waitUntilExists();
scores.reload();
System.out.println(scores.name() + " " + scores.tableStatus() + ", key " + scores.keySchema());'''),
md("## Items\n\nPutting an item with the same key replaces it, so this cell gives the same table each time:"),
code('''scores.putItem(Map.of("Item", Map.of("course", "java", "attendee", "ada", "score", 97, "city", "London")));
scores.putItem(Map.of("Item", Map.of("course", "java", "attendee", "alan", "score", 88, "city", "Manchester")));
scores.putItem(Map.of("Item", Map.of("course", "java", "attendee", "grace", "score", 74, "city", "New York")));
scores.putItem(Map.of("Item", Map.of("course", "python", "attendee", "guido", "score", 91, "city", "Amsterdam")));
scores.getItem(Map.of("Key", Map.of("course", "java", "attendee", "ada"))).map("Item")'''),
md("The same item through the client, in DynamoDB's typed form:"),
code('''var ddb = Aws.client("dynamodb");
ddb.call("get_item", Map.of("TableName", "ddb-scores", "Key", Map.of("course", Map.of("S", "java"), "attendee", Map.of("S", "ada")))).map("Item")'''),
md("""## Queries with conditions

A key condition picks a partition (and a range of sort keys); a filter drops items after they are read. Names that are
reserved words (`city` is not, `name` is) go through `ExpressionAttributeNames`."""),
code('''scores.query(Map.of(
        "KeyConditionExpression", "course = :c AND begins_with(attendee, :p)",
        "ExpressionAttributeValues", Map.of(":c", "java", ":p", "a"))).table("Items")'''),
code('''scores.query(Map.of(
        "KeyConditionExpression", "course = :c",
        "FilterExpression", "score >= :min",
        "ExpressionAttributeValues", Map.of(":c", "java", ":min", 80),
        "ProjectionExpression", "attendee, score")).table("Items")'''),
md("""## Conditional writes

`attribute_not_exists` makes a put create-only: the second put of the same key fails with
`ConditionalCheckFailedException`, and the item is left as it was. The cell deletes the item first, so it runs the same
each time."""),
code('''scores.deleteItem(Map.of("Key", Map.of("course", "java", "attendee", "linus")));
var once = Map.of("Item", Map.of("course", "java", "attendee", "linus", "score", 60), "ConditionExpression", "attribute_not_exists(attendee)");
scores.putItem(once);
System.out.println("first put: written");
try {
    scores.putItem(once);
} catch (ClientError e) {
    System.out.println("second put: " + e.code());
}'''),
md("An update with a condition: promote an attendee only if the score is high enough."),
code('''var updated = scores.updateItem(Map.of(
        "Key", Map.of("course", "java", "attendee", "alan"),
        "UpdateExpression", "SET #lvl = :lvl",
        "ConditionExpression", "score >= :min",
        "ExpressionAttributeNames", Map.of("#lvl", "level"),
        "ExpressionAttributeValues", Map.of(":lvl", "advanced", ":min", 85),
        "ReturnValues", "ALL_NEW"));
updated.map("Attributes")'''),
md("""## Batch writing

A batch writer buffers puts and deletes and sends them 25 to a request (`batch_write_item`), resending what DynamoDB
leaves unprocessed."""),
code('''try (var batch = scores.batchWriter()) {
    for (int i = 1; i <= 60; i++) batch.putItem(Map.of("Item", Map.of("course", "cloud", "attendee", String.format("a%02d", i), "score", 40 + i)));
}
scores.query(Map.of("KeyConditionExpression", "course = :c", "ExpressionAttributeValues", Map.of(":c", "cloud"), "Select", "COUNT")).get("Count") + " attendees in cloud"'''),
exercise(1, """In the `cloud` course, which attendees scored over 95? Query the partition with a filter, and show
attendee and score."""),
solution('''scores.query(Map.of(
        "KeyConditionExpression", "course = :c",
        "FilterExpression", "score > :s",
        "ExpressionAttributeValues", Map.of(":c", "cloud", ":s", 95),
        "ProjectionExpression", "attendee, score")).table("Items")'''),
exercise(2, """Give `grace` 5 more points only if her score is below 80 (`SET score = score + :d` with a condition). Run
it twice: what happens the second time? (Hint: the second time the condition fails once she reaches 80 or more.)"""),
solution('''scores.putItem(Map.of("Item", Map.of("course", "java", "attendee", "grace", "score", 74, "city", "New York")));
for (int run = 1; run <= 3; run++) {
    try {
        var r = scores.updateItem(Map.of("Key", Map.of("course", "java", "attendee", "grace"),
                "UpdateExpression", "SET score = score + :d", "ConditionExpression", "score < :max",
                "ExpressionAttributeValues", Map.of(":d", 5, ":max", 80), "ReturnValues", "UPDATED_NEW"));
        System.out.println("exercise 2, run " + run + ": score " + r.search("Attributes.score"));
    } catch (ClientError e) {
        System.out.println("exercise 2, run " + run + ": " + e.code());
    }
}'''),
*cleanup('''for (var t : dynamodb.tables().all()) {
    if (t.name().equals("ddb-scores")) {
        t.delete();
        t.waitUntilNotExists();
    }
}
System.out.println("ddb-scores is gone: " + dynamodb.tables().all().stream().noneMatch(t -> t.name().equals("ddb-scores")));'''),
],
"12-end-to-end": [
md("""# End to end: S3, DynamoDB and SQS together

A small pipeline, as many AWS applications are built:

1. a file is **uploaded** to an S3 bucket;
2. its key is **recorded** in a DynamoDB table, with status `NEW`;
3. a message **announces** it on an SQS queue;
4. a **worker** loop reads the queue, processes each file (here: counts its words), writes the result to the table
   (status `DONE`) and deletes the message.

The producer and the worker know each other only through the queue and the table: either can stop, restart or run
twice, and the result is the same."""),
code('''S3AwsClient s3 = Aws.client("s3");
var sqs = Aws.client("sqs");
DynamoDbResource dynamodb = Aws.resource("dynamodb");
try {
    s3.call("create_bucket", Map.of("Bucket", "e2e-uploads"));
} catch (ClientError e) {
    if (!e.is("BucketAlreadyOwnedByYou")) throw e;
}
DynamoDbTable uploads;
try {
    uploads = dynamodb.createTable(Map.of("TableName", "e2e-uploads",
            "KeySchema", List.of(Map.of("AttributeName", "key", "KeyType", "HASH")),
            "AttributeDefinitions", List.of(Map.of("AttributeName", "key", "AttributeType", "S")),
            "BillingMode", "PAY_PER_REQUEST"));
} catch (ClientError e) {
    if (!e.is("ResourceInUseException")) throw e;
    uploads = dynamodb.table("e2e-uploads");
}
uploads.waitUntilExists();
String queueUrl = (String) sqs.call("create_queue", Map.of("QueueName", "e2e-uploads")).get("QueueUrl");
System.out.println("bucket, table and queue ready: " + queueUrl);'''),
md("""## The producer

One method does the three steps. The message carries only the key: the file is in S3, its state in the table."""),
code('''void upload(String key, String text) {
    s3.call("put_object", Map.of("Bucket", "e2e-uploads", "Key", key, "Body", text));
    uploads.putItem(Map.of("Item", Map.of("key", key, "size", text.length(), "status", "NEW")));
    sqs.call("send_message", Map.of("QueueUrl", queueUrl, "MessageBody", key));
}
upload("reports/monday.txt", "sales went up on monday");
upload("reports/tuesday.txt", "tuesday was quiet");
upload("notes/idea.txt", "queues decouple the producer from the worker so either can fail");
uploads.scan(Map.of()).table("Items")'''),
md("""## The worker

It receives up to 10 messages at a time, waiting 1 s for more (long polling), and stops when a receive comes back
empty. A message is deleted only after the table says `DONE`: a worker that crashes half-way leaves the message to be
received again."""),
code('''int work() {
    int handled = 0;
    while (true) {
        var batch = sqs.call("receive_message", Map.of("QueueUrl", queueUrl, "MaxNumberOfMessages", 10, "WaitTimeSeconds", 1));
        var messages = (List<Map<String, Object>>) batch.getOrDefault("Messages", List.of());
        if (messages.isEmpty()) return handled;
        for (var m : messages) {
            String key = (String) m.get("Body");
            String text = s3.call("get_object", Map.of("Bucket", "e2e-uploads", "Key", key)).body("Body").text();
            uploads.updateItem(Map.of("Key", Map.of("key", key),
                    "UpdateExpression", "SET #s = :done, words = :w",
                    "ExpressionAttributeNames", Map.of("#s", "status"),
                    "ExpressionAttributeValues", Map.of(":done", "DONE", ":w", text.split("\\\\s+").length)));
            sqs.call("delete_message", Map.of("QueueUrl", queueUrl, "ReceiptHandle", m.get("ReceiptHandle")));
            handled++;
        }
    }
}
work();
System.out.println("worker done; items DONE: " + uploads.scan(Map.of("FilterExpression", "#s = :d",
        "ExpressionAttributeNames", Map.of("#s", "status"), "ExpressionAttributeValues", Map.of(":d", "DONE"), "Select", "COUNT")).get("Count"));
uploads.scan(Map.of()).table("Items")'''),
md("The queue is empty now; its attributes say how many messages wait and how many are being handled:"),
code('''sqs.call("get_queue_attributes", Map.of("QueueUrl", queueUrl,
        "AttributeNames", List.of("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))).map("Attributes")'''),
exercise(1, """Upload two more files under `reports/`, run the worker again, then show (with a `scan` and a
`FilterExpression`) only the `DONE` items with more than 3 words."""),
solution('''upload("reports/wednesday.txt", "wednesday brought three new customers and one old friend");
upload("reports/thursday.txt", "closed early");
work();
uploads.scan(Map.of("FilterExpression", "#s = :d AND words > :n",
        "ExpressionAttributeNames", Map.of("#s", "status", "#k", "key"),
        "ExpressionAttributeValues", Map.of(":d", "DONE", ":n", 3),
        "ProjectionExpression", "#k, words")).table("Items")'''),
md("""## Clean up: the whole sandbox

This is the last notebook: `Aws.sandbox().reset()` empties the sandbox, every bucket, queue and table, whoever made them
(in a workshop, each attendee has a sandbox of their own). It says what it deleted."""),
code('Aws.sandbox().reset()', tags=["cleanup"]),
],
}

# The kernel runs its init script as one snippet, so each notebook loads startup.jsh with the kernel's %load magic; the
# kernel (jupyter/'s KernelMain) shows what it prints, the banner, as the cell's output.
for name, cells in NOTEBOOKS.items():
    cells.insert(1, code("%load ../startup.jsh"))
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "aws-jshell", "display_name": "Java (aws-jshell)", "language": "java"},
          "language_info": {"name": "java"}}, "nbformat": 4, "nbformat_minor": 5}
    for i, c in enumerate(cells):
        c["id"] = "%s-%d" % (name, i)
    with open(os.path.join(repo, "notebooks", name + ".ipynb"), "w") as f:
        json.dump(nb, f, indent=1)
print("wrote", len(NOTEBOOKS), "notebooks")
