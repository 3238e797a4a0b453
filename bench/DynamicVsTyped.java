import dev.awsjshell.client.AwsClient;
import dev.awsjshell.response.AwsMap;
import dev.awsjshell.sandbox.Sandbox;
import dev.awsjshell.sandbox.SandboxQuirks;
import dev.awsjshell.session.Session;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The cost of the dynamic layer: call("get_object") reading the body against the typed S3Client.getObject it invokes
 * (its stream read to the end), same client, same emulator (the sandbox's S3), same 1 KiB object. What is compared is the calling thread's CPU
 * per call (the emulator's CPU is another process's), and wall time; rounds alternate so that both see the same
 * machine state.   java DynamicVsTyped [CALLS_PER_ROUND] [ROUNDS]
 */
public class DynamicVsTyped {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        try (Sandbox sandbox = Sandbox.start()) {
            Session session = Session.builder().sandbox(sandbox.endpoints(), SandboxQuirks.INSTANCE).build();
            AwsClient dynamic = session.client("s3");
            S3Client typed = dynamic.sdk();
            dynamic.call("create_bucket", Map.of("Bucket", "bench"));
            dynamic.call("put_object", Map.of("Bucket", "bench", "Key", "k", "Body", "x".repeat(1024)));
            GetObjectRequest request = GetObjectRequest.builder().bucket("bench").key("k").build();
            Map<String, Object> params = Map.of("Bucket", "bench", "Key", "k");
            Runnable typedCall = () -> {   // the SDK method call("get_object") invokes, its stream read to the end
                try (ResponseInputStream<GetObjectResponse> r = typed.getObject(request)) {
                    if (r.readAllBytes().length != 1024) throw new IllegalStateException();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            Runnable dynamicCall = () -> {
                AwsMap r = dynamic.call("get_object", params);
                if (r.body("Body").read().length != 1024) throw new IllegalStateException();
            };
            for (int i = 0; i < calls; i++) { typedCall.run(); dynamicCall.run(); }
            List<double[]> typedTimes = new ArrayList<>(), dynamicTimes = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                typedTimes.add(measure(typedCall, calls));
                dynamicTimes.add(measure(dynamicCall, calls));
            }
            double tc = median(typedTimes, 0), dc = median(dynamicTimes, 0), tw = median(typedTimes, 1), dw = median(dynamicTimes, 1);
            System.out.printf("typed   S3Client.getObject + read    CPU %7.1f us/call, wall %7.1f us/call (medians of %d rounds of %d)%n", tc, tw, rounds, calls);
            System.out.printf("dynamic call(\"get_object\") + read  CPU %7.1f us/call, wall %7.1f us/call%n", dc, dw);
            System.out.printf("the dynamic layer's cost            CPU %+6.1f %%, wall %+6.1f %%%n", (dc - tc) / tc * 100, (dw - tw) / tw * 100);
        }
    }

    /** {CPU µs per call of this thread, wall µs per call}. */
    private static double[] measure(Runnable call, int n) {
        long cpu = THREADS.getCurrentThreadCpuTime(), start = System.nanoTime();
        for (int i = 0; i < n; i++) call.run();
        return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1000.0 / n, (System.nanoTime() - start) / 1000.0 / n};
    }

    private static double median(List<double[]> values, int index) {
        List<Double> sorted = new ArrayList<>();
        for (double[] v : values) sorted.add(v[index]);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
