package dev.awsjshell.model;

import dev.awsjshell.util.Lazy;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** botocore's name for the member of an output that holds its event stream, from {@code data/event-streams.json}. */
final class EventStreams {
    private static final Lazy<Map<String, Map<String, String>>> MEMBERS = new Lazy<>(EventStreams::read);

    private EventStreams() {}

    static String member(String service, String snakeOperation) {
        return MEMBERS.get().getOrDefault(service, Map.of()).getOrDefault(snakeOperation, "EventStream");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> read() {
        try (InputStream in = EventStreams.class.getResourceAsStream("/dev/awsjshell/data/event-streams.json")) {
            return in == null ? Map.of() : new ObjectMapper().readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
