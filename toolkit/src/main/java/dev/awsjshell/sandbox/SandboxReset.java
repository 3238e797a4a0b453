package dev.awsjshell.sandbox;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.session.Session;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Empties a sandbox: every bucket (its objects first, and multipart uploads left open), every queue, every table. A
 * workshop's notebooks can then start again from nothing, as attendees re-run them all day.
 */
final class SandboxReset {
    private static final int DELETE_BATCH = 1000;

    private SandboxReset() {}

    static Sandbox.Reset run(Map<String, URI> endpoints) {
        Session session = Session.builder().sandbox(endpoints, SandboxQuirks.INSTANCE).build();
        AwsClient s3 = session.client("s3");
        List<String> buckets = new ArrayList<>();
        int objects = 0;
        for (Object b : list(s3.call("list_buckets").get("Buckets"))) {
            String bucket = String.valueOf(((Map<?, ?>) b).get("Name"));
            objects += emptyBucket(s3, bucket);
            s3.call("delete_bucket", Map.of("Bucket", bucket));
            buckets.add(bucket);
        }
        AwsClient sqs = session.client("sqs");
        List<String> queues = new ArrayList<>();
        for (Object url : list(sqs.call("list_queues").get("QueueUrls"))) {
            sqs.call("delete_queue", Map.of("QueueUrl", url));
            String u = String.valueOf(url);
            queues.add(u.substring(u.lastIndexOf('/') + 1));
        }
        AwsClient dynamodb = session.client("dynamodb");
        List<String> tables = new ArrayList<>();
        for (Object name : dynamodb.getPaginator("list_tables").paginate(Map.of()).search("TableNames[]").toList()) {
            dynamodb.call("delete_table", Map.of("TableName", name));
            tables.add(String.valueOf(name));
        }
        return new Sandbox.Reset(buckets, objects, queues, tables);
    }

    /** Deletes a bucket's objects (a page at a time, as boto3's {@code bucket.objects.delete()}) and open uploads. */
    private static int emptyBucket(AwsClient s3, String bucket) {
        for (Object u : list(s3.call("list_multipart_uploads", Map.of("Bucket", bucket)).get("Uploads"))) {
            Map<?, ?> upload = (Map<?, ?>) u;
            s3.call("abort_multipart_upload", Map.of("Bucket", bucket, "Key", upload.get("Key"), "UploadId", upload.get("UploadId")));
        }
        int deleted = 0;
        for (var page : s3.getPaginator("list_objects_v2").paginate(Map.of("Bucket", bucket, "PaginationConfig", Map.of("PageSize", DELETE_BATCH)))) {
            List<Map<String, Object>> keys = new ArrayList<>();
            for (Object o : list(page.get("Contents"))) keys.add(Map.of("Key", ((Map<?, ?>) o).get("Key")));
            if (keys.isEmpty()) continue;
            s3.call("delete_objects", Map.of("Bucket", bucket, "Delete", Map.of("Objects", keys, "Quiet", true)));
            deleted += keys.size();
        }
        return deleted;
    }

    private static List<?> list(Object value) { return value instanceof List<?> l ? l : List.of(); }
}
