import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;

/** The raw SDK doing what bench/list_objects.jsh does: every object of a bucket on the sandbox's S3, through the paginator. */
public class RawSdkListObjects {
    public static void main(String[] args) {
        try (S3Client s3 = S3Client.builder().region(Region.US_EAST_1).endpointOverride(URI.create(args[0]))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"))).build()) {
            System.out.println(s3.listObjectsV2Paginator(b -> b.bucket(args[1])).contents().stream().count());
        }
    }
}
