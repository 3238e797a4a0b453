package dev.awsjshell.resource;

import dev.awsjshell.AwsMap;
import dev.awsjshell.ClientError;
import software.amazon.awssdk.transfer.s3.progress.TransferListener;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What boto3 adds by hand to the models (its {@code s3/inject.py}), in one explicit registry: loads for resources
 * whose model has none, and S3's managed transfers on buckets and objects. The view generator adds the methods to the
 * typed views, and fails on a name the model already uses.
 */
final class Customizations {
    private static final Map<String, Function<Resource, AwsMap>> LOADS = Map.of(
            "s3.Bucket", Customizations::bucketLoad,
            "s3.ObjectSummary", Customizations::objectSummaryLoad);

    /**
     * A hand-written action: boto3's name, its parameters, an optional last argument, what it returns, and what it does
     * with the arguments (the optional one is null when not given).
     */
    record Method(String name, List<Arg> params, Arg optional, Class<?> returns, BiFunction<Resource, Object[], Object> body) {}

    /** A parameter: its Java name, its class, the type a typed view declares, and its letter in a view's signatures. */
    record Arg(String name, Class<?> type, String javaType, char signature) {
        static Arg string(String name) { return new Arg(name, String.class, "String", 'S'); }
    }

    private static final Arg PROGRESS = new Arg("progress", TransferListener.class, TransferListener.class.getName(), 'O');
    private static final Arg COPY_SOURCE = new Arg("copySource", Map.class, "java.util.Map<String, ?>", 'M');
    private static final Arg SOURCE = new Arg("fileobj", InputStream.class, InputStream.class.getName(), 'I');
    private static final Arg DESTINATION = new Arg("fileobj", OutputStream.class, OutputStream.class.getName(), 'W');

    private static final Map<String, List<Method>> METHODS = Map.of(
            "s3.Bucket", List.of(
                    transfer("upload_file", List.of(Arg.string("filename"), Arg.string("key")), (r, a) -> r.context.client().uploadFile((String) a[0], r.identifier("name"), (String) a[1], (TransferListener) a[2])),
                    transfer("download_file", List.of(Arg.string("key"), Arg.string("filename")), (r, a) -> r.context.client().downloadFile(r.identifier("name"), (String) a[0], (String) a[1], (TransferListener) a[2])),
                    transfer("copy", List.of(COPY_SOURCE, Arg.string("key")), (r, a) -> r.context.client().copy((Map<String, ?>) a[0], r.identifier("name"), (String) a[1], (TransferListener) a[2])),
                    transfer("upload_fileobj", List.of(SOURCE, Arg.string("key")), (r, a) -> r.context.client().uploadFileobj((InputStream) a[0], r.identifier("name"), (String) a[1], (TransferListener) a[2])),
                    transfer("download_fileobj", List.of(Arg.string("key"), DESTINATION), (r, a) -> r.context.client().downloadFileobj(r.identifier("name"), (String) a[0], (OutputStream) a[1], (TransferListener) a[2]))),
            "s3.Object", List.of(
                    transfer("upload_file", List.of(Arg.string("filename")), (r, a) -> r.context.client().uploadFile((String) a[0], r.identifier("bucket_name"), r.identifier("key"), (TransferListener) a[1])),
                    transfer("download_file", List.of(Arg.string("filename")), (r, a) -> r.context.client().downloadFile(r.identifier("bucket_name"), r.identifier("key"), (String) a[0], (TransferListener) a[1])),
                    transfer("copy", List.of(COPY_SOURCE), (r, a) -> r.context.client().copy((Map<String, ?>) a[0], r.identifier("bucket_name"), r.identifier("key"), (TransferListener) a[1])),
                    transfer("upload_fileobj", List.of(SOURCE), (r, a) -> r.context.client().uploadFileobj((InputStream) a[0], r.identifier("bucket_name"), r.identifier("key"), (TransferListener) a[1])),
                    transfer("download_fileobj", List.of(DESTINATION), (r, a) -> r.context.client().downloadFileobj(r.identifier("bucket_name"), r.identifier("key"), (OutputStream) a[0], (TransferListener) a[1]))),
            "dynamodb.Table", List.of(
                    new Method("batch_writer", List.of(), new Arg("overwriteByPkeys", List.class, "java.util.List<String>", 'L'), BatchWriter.class,
                            (r, a) -> new BatchWriter(r.context, r.identifier("name"), castList(a[0])))));

    private Customizations() {}

    static Function<Resource, AwsMap> load(String service, String type) { return LOADS.get(service + "." + type); }

    static List<Method> methods(String service, String type) { return METHODS.getOrDefault(service + "." + type, List.of()); }

    private static Method transfer(String name, List<Arg> params, BiConsumer<Resource, Object[]> body) {
        return new Method(name, params, PROGRESS, void.class, (r, a) -> {
            body.accept(r, a);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) { return (List<String>) value; }

    /** S3 has no call that describes one bucket: find it in list_buckets, as boto3 does. */
    private static AwsMap bucketLoad(Resource bucket) {
        AwsMap response = bucket.context.client().call("list_buckets");
        Object buckets = response.get("Buckets");
        if (buckets instanceof List<?> list) {
            for (Object b : list) {
                if (b instanceof Map<?, ?> m && bucket.identifier("name").equals(m.get("Name"))) return Resource.asData(m);
            }
        }
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("Error", Map.of("Code", "NoSuchBucket", "Message", "The specified bucket does not exist", "BucketName", bucket.identifier("name")));
        error.put("ResponseMetadata", response.map("ResponseMetadata"));
        throw new ClientError("ListBuckets", new AwsMap(error), null);
    }

    /** An object summary loads through head_object, whose ContentLength is the listing's Size. */
    private static AwsMap objectSummaryLoad(Resource summary) {
        AwsMap head = summary.context.client().call("head_object",
                Map.of("Bucket", summary.identifier("bucket_name"), "Key", summary.identifier("key"))).withoutMetadata();
        Map<String, Object> data = new LinkedHashMap<>(head);
        if (data.containsKey("ContentLength")) data.put("Size", data.get("ContentLength"));
        return new AwsMap(data);
    }
}
