#!/usr/bin/env python3
"""Writes the workshop notebooks in notebooks/ (nbformat 4) from the cells below: python3 scripts/dev/gen-notebooks.py"""
import json, os

repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def md(text): return {"cell_type": "markdown", "metadata": {}, "source": text.strip()}
def code(text): return {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": text.strip()}

NOTEBOOKS = {
"01-setup-and-config": [
md("""# Setup and configuration

boto3 reads two files in `~/.aws`: `config` (region and other settings per profile) and `credentials` (keys per
profile), then the environment (`AWS_PROFILE`, `AWS_REGION`, `AWS_ACCESS_KEY_ID`, ...); what you pass in code wins.
The `Config` object sets client behaviour such as the region and retries.

| boto3 | Java |
|---|---|
| `Config(region_name='eu-central-1', retries={'max_attempts': 2})` | `Config.of(Map.of("region_name", "eu-central-1", "retries", Map.of("max_attempts", 2)))` |
| `boto3.client('s3', config=cfg)` | `Aws.client("s3", cfg)` |

In the workshop sandbox there is no account: the banner says what the default session uses."""),
code('System.out.println(Aws.banner());'),
code('''var cfg = Config.of(Map.of("region_name", "eu-central-1", "retries", Map.of("max_attempts", 2)));
System.out.println(cfg);
System.out.println("attempts in all: " + cfg.totalMaxAttempts());'''),
code('''var merged = cfg.merge(Config.of(Map.of("region_name", "us-west-2")));
System.out.println(merged.regionName() + " " + merged.totalMaxAttempts());'''),
md("A key botocore's Config would not take is an error that names the valid ones:"),
code('''try {
    Config.of(Map.of("region", "eu-central-1"));
} catch (InvalidConfigError e) {
    System.out.println(e.getMessage());
}'''),
],
"02-credentials": [
md("""# Credentials

boto3 looks for credentials in order: what you pass in code, the environment variables, the shared credentials file,
the config file, then container and instance roles. `session.get_credentials().method` says which one answered.

| boto3 | Java |
|---|---|
| `boto3.session.Session().get_credentials()` | `Aws.defaultSession().credentials()` |
| `Session(aws_access_key_id=..., aws_secret_access_key=...)` | `Aws.session().accessKeyId(..).secretAccessKey(..).build()` |

The secret never prints."""),
code('System.out.println(Aws.defaultSession().credentials());'),
code('''var explicit = Aws.session().regionName("eu-central-1").accessKeyId("AKIDEXAMPLE12345").secretAccessKey("not-shown").build();
System.out.println(explicit.credentials().get());
System.out.println(explicit.credentials().get().method());'''),
md("""With an account (not in the sandbox): put keys in `~/.aws/credentials`, or export `AWS_ACCESS_KEY_ID` and
`AWS_SECRET_ACCESS_KEY`, then `Aws.defaultSession().credentials()` names `shared-credentials-file` or `env`."""),
],
"03-clients": [
md("""# Clients, and what happens under the hood

A client maps one to one onto the service's API: every operation, by boto3's name. botocore (and here the AWS SDK for
Java) serializes the parameters, signs the request, sends it and parses the response.

| boto3 | Java |
|---|---|
| `s3 = boto3.client('s3')` | `S3AwsClient s3 = Aws.client("s3")` (S3's client has boto3's S3 extras: `uploadFile`, ...; `var` gives the generic client) |
| `s3.create_bucket(Bucket='demo')` | `s3.call("create_bucket", Map.of("Bucket", "demo"))` |
| `s3.meta.client`, `s3.meta.region_name` | `s3.meta()` |"""),
code('''S3AwsClient s3 = Aws.client("s3");
System.out.println(s3.operations().size() + " operations, e.g. " + s3.operations().subList(0, 5));
System.out.println(s3.doc("put_object").toString().lines().limit(8).toList());'''),
code('''s3.call("create_bucket", Map.of("Bucket", "clients-demo"));
s3.call("put_object", Map.of("Bucket", "clients-demo", "Key", "hello.txt", "Body", "hello, workshop"));
System.out.println(s3.call("get_object", Map.of("Bucket", "clients-demo", "Key", "hello.txt")).body("Body").text());'''),
md("""A response is a map keyed as boto3 keys it; as a cell's value it shows as a table (in JShell, as text).
`uploadFile` is boto3's `upload_file`, on the SDK's transfer manager; `Progress.bar()` follows it (boto3's `Callback`).
`.table(key)` lays a list out in rows."""),
code('s3.call("list_objects_v2", Map.of("Bucket", "clients-demo"))'),
code('''var file = java.nio.file.Files.write(java.nio.file.Files.createTempFile("big", ".bin"), new byte[7 * 1024 * 1024]);
s3.uploadFile(file.toString(), "clients-demo", "big.bin", Progress.bar());
java.nio.file.Files.delete(file);'''),
code('s3.call("list_objects_v2", Map.of("Bucket", "clients-demo")).table("Contents")'),
md("`Aws.wire(true)` shows each request as signed (the signature and secrets masked) and the raw response:"),
code('''Aws.wire(true);
s3.call("list_buckets");
Aws.wire(false);'''),
],
"04-waiters": [
md("""# Waiters

A waiter polls until a resource reaches the state you wait for, or fails.

| boto3 | Java |
|---|---|
| `s3.waiter_names` | `s3.waiterNames()` |
| `s3.get_waiter('bucket_exists').wait(Bucket='demo')` | `s3.getWaiter("bucket_exists").wait(Map.of("Bucket", "demo"))` |"""),
code('''var s3 = Aws.client("s3");
System.out.println(s3.waiterNames());'''),
code('''s3.call("create_bucket", Map.of("Bucket", "waiters-demo"));
s3.getWaiter("bucket_exists").wait(Map.of("Bucket", "waiters-demo", "WaiterConfig", Map.of("Delay", 1, "MaxAttempts", 5)));
System.out.println("bucket exists");'''),
code('''try {
    s3.getWaiter("object_exists").wait(Map.of("Bucket", "waiters-demo", "Key", "never", "WaiterConfig", Map.of("Delay", 0.2, "MaxAttempts", 2)));
} catch (WaiterError e) {
    System.out.println("gave up; last status " + e.lastResponse().map("ResponseMetadata").get("HTTPStatusCode"));
}'''),
],
"05-paginators": [
md("""# Paginators

List operations answer a page at a time; a paginator fetches the pages for you.

| boto3 | Java |
|---|---|
| `s3.get_paginator('list_objects_v2').paginate(Bucket='b', PaginationConfig={'PageSize': 10})` | `s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "b", "PaginationConfig", Map.of("PageSize", 10)))` |
| `.search('Contents[].Key')` | `.search("Contents[].Key")` |"""),
code('''var s3 = Aws.client("s3");
s3.call("create_bucket", Map.of("Bucket", "pages-demo"));
for (int i = 0; i < 25; i++) s3.call("put_object", Map.of("Bucket", "pages-demo", "Key", String.format("k%02d", i), "Body", "x"));
int pages = 0;
for (var page : s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "pages-demo", "PaginationConfig", Map.of("PageSize", 10)))) pages++;
System.out.println("pages: " + pages);'''),
code('''System.out.println(s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "pages-demo")).search("Contents[].Key").count() + " keys");'''),
md("As a cell's value, the pages show their items: no more pages are fetched than a table shows."),
code('s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", "pages-demo", "PaginationConfig", Map.of("PageSize", 10)))'),
],
"06-errors": [
md("""# Errors

A service's error is a `ClientError` carrying boto3's error dict; bad input is refused before anything is sent.

| boto3 | Java |
|---|---|
| `except ClientError as e: e.response['Error']['Code']` | `catch (ClientError e) { e.code() }` |"""),
code('''var s3 = Aws.client("s3");
try {
    s3.call("get_object", Map.of("Bucket", "no-such-bucket-here", "Key", "k"));
} catch (ClientError e) {
    System.out.println(e.code() + " " + e.statusCode());
}'''),
code('''try {
    s3.call("list_objects_v2", Map.of("Buckett", "b"));
} catch (ParamValidationError e) {
    System.out.println(e.getMessage());
}'''),
],
"07-sessions": [
md("""# Sessions, and threads

A session holds a configuration (profile, region, credentials, Config); clients are made from it. Here sessions are
immutable, so one session and its clients can serve many threads (boto3's sessions cannot)."""),
code('''var session = Aws.defaultSession();
var s3 = session.client("s3");
s3.call("create_bucket", Map.of("Bucket", "threads-demo"));
var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
var futures = new ArrayList<java.util.concurrent.Future<?>>();
for (int t = 0; t < 8; t++) {
    int n = t;
    futures.add(pool.submit(() -> s3.call("put_object", Map.of("Bucket", "threads-demo", "Key", "t" + n, "Body", "x"))));
}
for (var f : futures) f.get();
pool.shutdown();
System.out.println(s3.call("list_objects_v2", Map.of("Bucket", "threads-demo")).get("KeyCount") + " objects written by 8 threads");'''),
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
b.create();
b.waitUntilExists();
System.out.println(b + " created at " + b.creationDate().getClass().getSimpleName());'''),
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
md("""DynamoDB's resource takes and gives plain values, as boto3's does (numbers come back as BigDecimal); a batch writer sends 25 items a request:"""),
code('''DynamoDbResource dynamodb = Aws.resource("dynamodb");
var table = dynamodb.createTable(Map.of("TableName", "attendees",
        "KeySchema", List.of(Map.of("AttributeName", "id", "KeyType", "HASH")),
        "AttributeDefinitions", List.of(Map.of("AttributeName", "id", "AttributeType", "S")),
        "BillingMode", "PAY_PER_REQUEST"));
table.waitUntilExists();
table.putItem(Map.of("Item", Map.of("id", "1", "name", "Ada", "year", 1843)));
System.out.println(table.getItem(Map.of("Key", Map.of("id", "1"))).get("Item"));
table.reload();     // as in boto3, the table keeps what create_table answered (CREATING) until reloaded; a waiter does not reload
System.out.println(table + " " + table.tableStatus());
try (var batch = table.batchWriter()) {     // boto3: with table.batch_writer() as batch: ...
    for (int i = 2; i <= 30; i++) batch.putItem(Map.of("Item", Map.of("id", "" + i, "name", "attendee " + i)));
}
System.out.println(table.scan(Map.of("Select", "COUNT")).get("Count") + " attendees");'''),
md("SQS: a queue's actions return messages as resources:"),
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
b.create();
for (int i = 0; i < 25; i++) b.putObject(Map.of("Key", String.format("logs/%02d.txt", i), "Body", "x".repeat(i)));
b.putObject(Map.of("Key", "readme.txt", "Body", "read me"));
for (var bucket : s3.buckets().all()) System.out.println("  " + bucket.name());'''),
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
System.out.println(b.objects().limit(5).table());'''),
md("A collection as a cell's value shows as a table of its first rows; only the pages holding them are fetched:"),
code('b.objects().filter(Map.of("Prefix", "logs/"))'),
md("A batch action sends one request per page for all the items on it:"),
code('''var deleted = b.objects().delete();
System.out.println(deleted.size() + " request(s), " + deleted.get(0).search("length(Deleted)") + " objects deleted");
b.delete();'''),
],
}

# The kernel runs its init script as one snippet, so each notebook loads startup.jsh with the kernel's %load magic.
STARTUP = code("%load ../startup.jsh")

for name, cells in NOTEBOOKS.items():
    cells.insert(1, STARTUP)
    nb = {"cells": cells, "metadata": {"kernelspec": {"name": "aws-jshell", "display_name": "Java (aws-jshell)", "language": "java"},
          "language_info": {"name": "java"}}, "nbformat": 4, "nbformat_minor": 5}
    for i, c in enumerate(cells):
        c["id"] = "%s-%d" % (name, i)
    with open(os.path.join(repo, "notebooks", name + ".ipynb"), "w") as f:
        json.dump(nb, f, indent=1)
print("wrote", len(NOTEBOOKS), "notebooks")
