package dev.awsjshell.response;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * boto3's {@code EventStream}: the events of a streamed response, read once, in order, as they arrive:
 * {@code for (AwsMap event : response.eventStream("stream")) ...}. Each event is a map of one key, the event's name as
 * boto3 has it, to its fields: {@code {contentBlockDelta={delta={text=Hel}, contentBlockIndex=0}}}. An error the service
 * sends in the stream is raised from the iteration, as boto3's EventStreamError. {@link #close()} stops it early.
 */
public final class EventStream implements Iterable<AwsMap>, AutoCloseable {
    private final Iterator<AwsMap> events;
    private final Runnable onClose;
    private boolean iterated;

    public EventStream(Iterator<AwsMap> events, Runnable onClose) {
        this.events = events;
        this.onClose = onClose;
    }

    /** The one pass over the events; a second call is an IllegalStateException, as the events are not kept. */
    @Override public synchronized Iterator<AwsMap> iterator() {
        if (iterated) throw new IllegalStateException("an EventStream is read once, and this one has been");
        iterated = true;
        return new Iterator<>() {
            @Override public boolean hasNext() { return events.hasNext(); }

            @Override public AwsMap next() {
                if (!events.hasNext()) throw new NoSuchElementException();
                return events.next();
            }
        };
    }

    @Override public void close() { onClose.run(); }

    @Override public String toString() { return "EventStream(" + (iterated ? "read" : "not read yet") + ")"; }
}
