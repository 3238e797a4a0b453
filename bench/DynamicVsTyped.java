import dev.awsjshell.AwsClient;
import dev.awsjshell.Session;
import dev.awsjshell.sandbox.Sandbox;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The cost of the dynamic layer: call("list_objects_v2") against the typed S3Client call it wraps, same client, same
 * emulator (the sandbox's S3), same bucket of 20 objects. Rounds alternate so that both see the same machine state.
 */
public class DynamicVsTyped {
    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        try (Sandbox sandbox = Sandbox.start()) {
            Session session = Session.builder().sandbox(sandbox.endpoints()).build();
            AwsClient dynamic = session.client("s3");
            S3Client typed = dynamic.sdk();
            dynamic.call("create_bucket", Map.of("Bucket", "bench"));
            for (int i = 0; i < 20; i++) dynamic.call("put_object", Map.of("Bucket", "bench", "Key", "k" + i, "Body", "x".repeat(i)));
            ListObjectsV2Request request = ListObjectsV2Request.builder().bucket("bench").build();
            Map<String, Object> params = Map.of("Bucket", "bench");
            Runnable typedCall = () -> typed.listObjectsV2(request).contents().size();
            Runnable dynamicCall = () -> ((List<?>) dynamic.call("list_objects_v2", params).get("Contents")).size();
            for (int i = 0; i < calls; i++) { typedCall.run(); dynamicCall.run(); }
            List<Double> typedTimes = new ArrayList<>(), dynamicTimes = new ArrayList<>();
            for (int round = 0; round < 7; round++) {
                typedTimes.add(micros(typedCall, calls));
                dynamicTimes.add(micros(dynamicCall, calls));
            }
            double t = median(typedTimes), d = median(dynamicTimes);
            System.out.printf("typed   S3Client.listObjectsV2        %8.1f us/call (median of 7 rounds of %d)%n", t, calls);
            System.out.printf("dynamic call(\"list_objects_v2\")        %8.1f us/call%n", d);
            System.out.printf("overhead of the dynamic layer         %8.1f %%%n", (d - t) / t * 100);
        }
    }

    private static double micros(Runnable call, int n) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) call.run();
        return (System.nanoTime() - start) / 1000.0 / n;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
