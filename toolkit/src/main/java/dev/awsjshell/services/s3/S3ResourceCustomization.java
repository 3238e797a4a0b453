package dev.awsjshell.services.s3;

import dev.awsjshell.errors.ClientError;
import dev.awsjshell.resource.Resource;
import dev.awsjshell.resource.ResourceCustomization;
import dev.awsjshell.response.AwsMap;

import software.amazon.awssdk.transfer.s3.progress.TransferListener;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** boto3's {@code s3/inject.py} for resources: the Bucket and ObjectSummary loads, and the managed transfers. */
public final class S3ResourceCustomization implements ResourceCustomization {
    private static final Arg PROGRESS = new Arg("progress", TransferListener.class, TransferListener.class.getName());
    private static final Arg COPY_SOURCE = new Arg("copySource", Map.class, "java.util.Map<String, ?>");
    private static final Arg SOURCE = new Arg("fileobj", InputStream.class, InputStream.class.getName());
    private static final Arg DESTINATION = new Arg("fileobj", OutputStream.class, OutputStream.class.getName());

    @Override public String service() { return "s3"; }

    @Override public Map<String, Function<Resource, AwsMap>> loads() {
        return Map.of("Bucket", S3ResourceCustomization::bucketLoad, "ObjectSummary", S3ResourceCustomization::objectSummaryLoad);
    }

    @SuppressWarnings("unchecked")
    @Override public Map<String, List<Action>> actions() {
        return Map.of(
                "Bucket", List.of(
                        transfer("upload_file", List.of(Arg.string("filename"), Arg.string("key")), (r, a) -> s3(r).uploadFile((String) a[0], r.meta().identifiers().get("name"), (String) a[1], (TransferListener) a[2])),
                        transfer("download_file", List.of(Arg.string("key"), Arg.string("filename")), (r, a) -> s3(r).downloadFile(r.meta().identifiers().get("name"), (String) a[0], (String) a[1], (TransferListener) a[2])),
                        transfer("copy", List.of(COPY_SOURCE, Arg.string("key")), (r, a) -> s3(r).copy((Map<String, ?>) a[0], r.meta().identifiers().get("name"), (String) a[1], (TransferListener) a[2])),
                        transfer("upload_fileobj", List.of(SOURCE, Arg.string("key")), (r, a) -> s3(r).uploadFileobj((InputStream) a[0], r.meta().identifiers().get("name"), (String) a[1], (TransferListener) a[2])),
                        transfer("download_fileobj", List.of(Arg.string("key"), DESTINATION), (r, a) -> s3(r).downloadFileobj(r.meta().identifiers().get("name"), (String) a[0], (OutputStream) a[1], (TransferListener) a[2]))),
                "Object", List.of(
                        transfer("upload_file", List.of(Arg.string("filename")), (r, a) -> s3(r).uploadFile((String) a[0], r.meta().identifiers().get("bucket_name"), r.meta().identifiers().get("key"), (TransferListener) a[1])),
                        transfer("download_file", List.of(Arg.string("filename")), (r, a) -> s3(r).downloadFile(r.meta().identifiers().get("bucket_name"), r.meta().identifiers().get("key"), (String) a[0], (TransferListener) a[1])),
                        transfer("copy", List.of(COPY_SOURCE), (r, a) -> s3(r).copy((Map<String, ?>) a[0], r.meta().identifiers().get("bucket_name"), r.meta().identifiers().get("key"), (TransferListener) a[1])),
                        transfer("upload_fileobj", List.of(SOURCE), (r, a) -> s3(r).uploadFileobj((InputStream) a[0], r.meta().identifiers().get("bucket_name"), r.meta().identifiers().get("key"), (TransferListener) a[1])),
                        transfer("download_fileobj", List.of(DESTINATION), (r, a) -> s3(r).downloadFileobj(r.meta().identifiers().get("bucket_name"), r.meta().identifiers().get("key"), (OutputStream) a[0], (TransferListener) a[1]))));
    }

    private static S3AwsClient s3(Resource r) { return (S3AwsClient) r.meta().client(); }

    private static Action transfer(String name, List<Arg> params, BiConsumer<Resource, Object[]> body) {
        return new Action(name, params, PROGRESS, void.class, (r, a) -> {
            body.accept(r, a);
            return null;
        });
    }

    /**
     * S3 has no call that describes one bucket: find it in list_buckets, as boto3 does. As in boto3, a bucket that is not
     * listed (or a caller not allowed to list) loads as empty data: its attributes read as null, and nothing is raised.
     */
    private static AwsMap bucketLoad(Resource bucket) {
        AwsMap response;
        try {
            response = bucket.meta().client().call("list_buckets");
        } catch (ClientError e) {
            if (e.is("AccessDenied")) return AwsMap.of(Map.of());
            throw e;
        }
        Object buckets = response.get("Buckets");
        if (buckets instanceof List<?> list) {
            for (Object b : list) {
                if (b instanceof Map<?, ?> m && bucket.meta().identifiers().get("name").equals(m.get("Name"))) return AwsMap.of(stringKeys(m));
            }
        }
        return AwsMap.of(Map.of());
    }

    private static Map<String, Object> stringKeys(Map<?, ?> m) {
        Map<String, Object> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }

    /** An object summary loads through head_object, whose ContentLength is the listing's Size. */
    private static AwsMap objectSummaryLoad(Resource summary) {
        AwsMap head = summary.meta().client().call("head_object",
                Map.of("Bucket", summary.meta().identifiers().get("bucket_name"), "Key", summary.meta().identifiers().get("key"))).withoutMetadata();
        Map<String, Object> data = new LinkedHashMap<>(head);
        if (data.containsKey("ContentLength")) data.put("Size", data.get("ContentLength"));
        return new AwsMap(data);
    }

    @Override public String toString() { return "ResourceCustomization(" + service() + ")"; }
}
