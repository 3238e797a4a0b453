// The JVM half of scripts/bench-resources: run by `scripts/jshell --sandbox scripts/bench/resources.jsh BUCKET OBJECTS ROUNDS WARMUPS`
// against the sandbox that scripts/bench-resources started (the default session joins it). Fills BUCKET with OBJECTS small
// objects if it does not hold them yet, then times full listings, each reading every item's key and size:
//   resource      aws-jshell: for (var o : bucket.objects().all()) { o.key(); o.size(); }   (list_objects, paginated)
//   sdk           the raw SDK v2 S3Client: listObjects with Marker, by hand                 (the same operation)
// Timing is in this process (System.nanoTime around each full listing, and the process's CPU time, which is the client's
// own cost whatever the emulator takes): no JVM start, no snippet compilation. WARMUPS untimed rounds of the first two
// pages come first, then ROUNDS timed rounds; every round runs both in turn, so that they see the same machine.
// Requests per listing, three ways: the toolkit's own count (s3.meta().client().meta().requestsSent()), its pages (one
// request each), and for the raw client an ExecutionInterceptor on that client. The pages are listed with Aws.wire(true)
// between #WIRE-BEGIN and #WIRE-END, so that the caller counts the printed requests itself.
// Output for the caller: "RESULT<TAB>name<TAB>operation<TAB>requests<TAB>objects<TAB>median objects/s<TAB>min<TAB>max<TAB>median CPU ms".
import java.util.concurrent.atomic.*;
import software.amazon.awssdk.auth.credentials.*;
import software.amazon.awssdk.core.interceptor.*;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.model.*;

String bucketName = args[0];
int objects = Integer.parseInt(args[1]);
int rounds = Integer.parseInt(args[2]);
int warmups = Integer.parseInt(args[3]);

S3Resource s3 = Aws.resource("s3");
AwsClient client = s3.meta().client();
S3Bucket bucket = s3.bucket(bucketName);

// The reference: a plain SDK client on the same endpoint, with a request counter plugged in.
class Counter implements ExecutionInterceptor {
    final AtomicLong sent = new AtomicLong();
    @Override public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) { sent.incrementAndGet(); }
}
Counter rawCount = new Counter();
S3Client raw = S3Client.builder()
        .endpointOverride(URI.create(client.meta().endpointUrl()))
        .forcePathStyle(true)
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
        .httpClientBuilder(ApacheHttpClient.builder().maxConnections(32))
        .overrideConfiguration(o -> o.addExecutionInterceptor(rawCount))
        .build();

// Fill once: OBJECTS objects of 1 to 100 bytes, 32 threads on the raw client (S3Proxy takes puts in parallel).
long present(S3Client c, String name) {
    try {
        return c.listObjectsV2Paginator(r -> r.bucket(name)).stream().mapToLong(ListObjectsV2Response::keyCount).sum();
    } catch (NoSuchBucketException e) {
        return -1;
    }
}
long have = present(raw, bucketName);
if (have < 0) bucket.create();
if (have != objects) {
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Future<?>> puts = new ArrayList<>();
    for (int i = 0; i < objects; i++) {
        String key = String.format("obj-%05d", i);
        byte[] body = "x".repeat(1 + i % 100).getBytes();
        puts.add(pool.submit(() -> raw.putObject(r -> r.bucket(bucketName).key(key), RequestBody.fromBytes(body))));
    }
    for (Future<?> f : puts) f.get();
    pool.shutdown();
    System.out.printf("filled %s with %d objects in %.1f s%n", bucketName, objects, (System.nanoTime() - t0) / 1e9);
}

// One listing each, of every object or of the first `max` (the warm-ups); each returns the objects seen and folds key and
// size into a checksum, so that nothing is skipped.
long checksum = 0;
long viaResource(int max) {
    long n = 0;
    for (var o : max < objects ? bucket.objects().limit(max) : bucket.objects().all()) { checksum += o.key().length() + o.size(); n++; }
    return n;
}
long viaSdkV1(int max) {
    long n = 0;
    String marker = null;
    ListObjectsResponse page;
    do {
        String m = marker;
        page = raw.listObjects(r -> r.bucket(bucketName).marker(m));
        for (var o : page.contents()) { checksum += o.key().length() + o.size(); n++; }
        marker = page.nextMarker() != null ? page.nextMarker() : page.contents().isEmpty() ? null : page.contents().get(page.contents().size() - 1).key();
    } while (page.isTruncated() && n < max);
    return n;
}

var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
List<String> names = List.of("resource", "sdk");
List<java.util.function.IntToLongFunction> runs = List.of(max -> viaResource(max), max -> viaSdkV1(max));
List<java.util.function.LongSupplier> sentBy = List.of(() -> client.meta().requestsSent(), () -> rawCount.sent.get());
Map<String, List<Double>> rates = new LinkedHashMap<>(), cpuMs = new LinkedHashMap<>();
Map<String, Long> requests = new LinkedHashMap<>(), seen = new LinkedHashMap<>();
for (String n : names) { rates.put(n, new ArrayList<>()); cpuMs.put(n, new ArrayList<>()); }

// Warm-ups: the first two pages, WARMUPS times each (the JIT's work; the emulator's pages take long enough as it is).
int warmupObjects = Math.min(2000, objects);
for (int round = 0; round < warmups; round++) {
    for (int i = 0; i < names.size(); i++) {
        long n = runs.get(i).applyAsLong(warmupObjects);
        if (n != warmupObjects) throw new IllegalStateException(names.get(i) + " listed " + n + " objects in a warm-up, expected " + warmupObjects);
    }
    System.out.printf("warm-up round %d done (%d objects each)%n", round + 1, warmupObjects);
}
for (int round = 0; round < rounds; round++) {
    for (int i = 0; i < names.size(); i++) {
        long sentBefore = sentBy.get(i).getAsLong();
        long cpu0 = os.getProcessCpuTime(), t0 = System.nanoTime();
        long n = runs.get(i).applyAsLong(objects);
        double seconds = (System.nanoTime() - t0) / 1e9, cpu = (os.getProcessCpuTime() - cpu0) / 1e6;
        long sent = sentBy.get(i).getAsLong() - sentBefore;
        if (n != objects) throw new IllegalStateException(names.get(i) + " listed " + n + " objects, expected " + objects);
        if (requests.containsKey(names.get(i)) && requests.get(names.get(i)) != sent) {
            throw new IllegalStateException(names.get(i) + " sent " + sent + " requests, earlier " + requests.get(names.get(i)));
        }
        requests.put(names.get(i), sent);
        seen.put(names.get(i), n);
        rates.get(names.get(i)).add(n / seconds);
        cpuMs.get(names.get(i)).add(cpu);
    }
    System.out.printf("timed round %d done%n", round + 1);
}

// The toolkit's count against its pages (one request each), on the wire: the caller counts the printed requests itself.
List<Integer> pageSizes = new ArrayList<>();
long sentBefore = client.meta().requestsSent();
System.out.println("#WIRE-BEGIN");
Aws.wire(true);
for (var page : bucket.objects().all().pages()) {
    for (var o : page) checksum += o.key().length() + o.size();
    pageSizes.add(page.size());
}
Aws.wire(false);
System.out.println("#WIRE-END");
long sentForPages = client.meta().requestsSent() - sentBefore;
System.out.printf("resource pages: %d (sizes %s), requests for them: %d%n", pageSizes.size(), pageSizes, sentForPages);
if (pageSizes.size() != requests.get("resource") || sentForPages != requests.get("resource")) {
    throw new IllegalStateException("pages " + pageSizes.size() + " and requests " + sentForPages + " do not match " + requests.get("resource"));
}

double median(List<Double> xs) {
    List<Double> s = new ArrayList<>(xs);
    Collections.sort(s);
    return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
}
for (String n : names) {
    List<Double> r = rates.get(n);
    System.out.printf("RESULT\t%s\tListObjects\t%d\t%d\t%.0f\t%.0f\t%.0f\t%.0f%n", n, requests.get(n), seen.get(n), median(r), Collections.min(r), Collections.max(r), median(cpuMs.get(n)));
}
System.out.println("jvm: " + System.getProperty("java.vm.name") + " " + Runtime.version() + ", flags " + java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> a.startsWith("-XX")).toList());
raw.close();
