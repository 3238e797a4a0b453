import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.lang.reflect.Method;
import java.util.Arrays;

/** The raw SDK doing what bench/waiter_names.jsh does: make an S3 client, list its waiters. */
public class RawSdkWaiterNames {
    public static void main(String[] args) {
        try (S3Client s3 = S3Client.builder().region(Region.US_EAST_1).build()) {
            System.out.println(Arrays.stream(s3.waiter().getClass().getMethods()).map(Method::getName)
                    .filter(n -> n.startsWith("waitUntil")).distinct().sorted().toList());
        }
    }
}
