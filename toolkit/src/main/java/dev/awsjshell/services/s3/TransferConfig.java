package dev.awsjshell.services.s3;

import dev.awsjshell.errors.InvalidConfigError;
import dev.awsjshell.errors.UnknownNameError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * boto3's {@code TransferConfig} for the managed transfers, on the SDK's multipart S3 client:
 * {@code TransferConfig.of(Map.of("multipart_threshold", 64 * 1024 * 1024, "max_concurrency", 4))}.
 * multipart_threshold and multipart_chunksize are the multipart client's threshold and part size, max_concurrency the
 * parts in flight, use_threads=false one part at a time. s3transfer's own I/O tuning (io_chunksize, max_io_queue,
 * num_download_attempts, max_bandwidth) has no counterpart in the SDK and is refused saying so.
 */
public final class TransferConfig {
    private static final List<String> KEYS = List.of("multipart_threshold", "max_concurrency", "multipart_chunksize", "num_download_attempts",
            "max_io_queue", "io_chunksize", "use_threads", "max_bandwidth", "preferred_transfer_client");
    /** s3transfer's defaults, which boto3 users expect: 8 MiB threshold and parts, 10 threads. */
    public static final TransferConfig DEFAULT = new TransferConfig(8L * 1024 * 1024, 8L * 1024 * 1024, 10, true);

    private final Long multipartThreshold;
    private final Long multipartChunksize;
    private final Integer maxConcurrency;
    private final boolean useThreads;

    private TransferConfig(Long multipartThreshold, Long multipartChunksize, Integer maxConcurrency, boolean useThreads) {
        this.multipartThreshold = multipartThreshold;
        this.multipartChunksize = multipartChunksize;
        this.maxConcurrency = maxConcurrency;
        this.useThreads = useThreads;
    }

    /** The map form, keyed as boto3's TransferConfig keywords; unset keys take s3transfer's defaults. */
    public static TransferConfig of(Map<String, ?> settings) {
        Long threshold = DEFAULT.multipartThreshold;
        Long chunksize = DEFAULT.multipartChunksize;
        Integer concurrency = DEFAULT.maxConcurrency;
        boolean threads = true;
        for (Map.Entry<String, ?> e : settings.entrySet()) {
            String key = e.getKey();
            Object v = e.getValue();
            if (!KEYS.contains(key)) throw new UnknownNameError("TransferConfig keyword", key, KEYS);
            if (v == null) continue;
            switch (key) {
                case "multipart_threshold" -> threshold = bytes(key, v, 1);
                case "multipart_chunksize" -> chunksize = bytes(key, v, 5L * 1024 * 1024);
                case "max_concurrency" -> concurrency = (int) bytes(key, v, 1);
                case "use_threads" -> {
                    if (!(v instanceof Boolean b)) throw new InvalidConfigError("use_threads must be true or false, got " + v);
                    threads = b;
                }
                case "preferred_transfer_client" -> {
                    if (!List.of("auto", "classic").contains(v)) {
                        throw new InvalidConfigError("preferred_transfer_client '" + v + "' cannot be used: the transfers run on the SDK's Java multipart client; valid: auto, classic");
                    }
                }
                default -> throw new InvalidConfigError(key + " cannot be honoured: it tunes s3transfer's own threads and queues, which the SDK's transfer manager does not have");
            }
        }
        return new TransferConfig(threshold, chunksize, concurrency, threads);
    }

    private static long bytes(String key, Object v, long least) {
        if (!(v instanceof Integer || v instanceof Long || v instanceof Short)) throw new InvalidConfigError(key + " must be a whole number, got " + v);
        long n = ((Number) v).longValue();
        if (n < least) throw new InvalidConfigError(key + " must be at least " + least + ", got " + n);
        return n;
    }

    public long multipartThreshold() { return multipartThreshold; }
    public long multipartChunksize() { return multipartChunksize; }
    /** Parts in flight at once: max_concurrency, or 1 with use_threads=false. */
    public int partsInFlight() { return useThreads ? maxConcurrency : 1; }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("multipart_threshold", multipartThreshold);
        m.put("multipart_chunksize", multipartChunksize);
        m.put("max_concurrency", maxConcurrency);
        m.put("use_threads", useThreads);
        return m;
    }

    @Override public boolean equals(Object o) {
        return o instanceof TransferConfig t && Objects.equals(multipartThreshold, t.multipartThreshold) && Objects.equals(multipartChunksize, t.multipartChunksize)
                && Objects.equals(maxConcurrency, t.maxConcurrency) && useThreads == t.useThreads;
    }

    @Override public int hashCode() { return Objects.hash(multipartThreshold, multipartChunksize, maxConcurrency, useThreads); }

    @Override public String toString() { return "TransferConfig" + toMap(); }
}
