package dev.awsjshell.resource;

import dev.awsjshell.client.AwsClient;
import dev.awsjshell.display.Table;
import dev.awsjshell.errors.ParamValidationError;
import dev.awsjshell.errors.UnknownNameError;
import dev.awsjshell.resource.model.ResourceModel.Action;
import dev.awsjshell.resource.model.ResourceModel.CollectionModel;
import dev.awsjshell.resource.model.ResourceModel;
import dev.awsjshell.response.AwsMap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * boto3's resource collection: lazy (nothing is sent until it is iterated), paginated through the client's paginator,
 * iterable and streamable. {@link #all()}, {@link #filter(Map)}, {@link #limit(int)} and {@link #pageSize(int)} each
 * return a new collection, so one can be shared between threads and iterated by several at once.
 */
public class ResourceCollection<T extends Resource> implements Iterable<T> {
    private final Init init;

    /** What the engine hands a typed collection's constructor. */
    public static final class Init {
        final ResourceContext context;
        final CollectionModel model;
        final Resource parent;
        final Map<String, Object> params;
        final Integer limit;
        final Integer pageSize;

        Init(ResourceContext context, CollectionModel model, Resource parent, Map<String, Object> params, Integer limit, Integer pageSize) {
            this.context = context;
            this.model = model;
            this.parent = parent;
            this.params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
            this.limit = limit;
            this.pageSize = pageSize;
        }
    }

    public ResourceCollection(Init init) { this.init = init; }

    /** What the collection holds, how it is read, and the help of the operation it pages through (filter's parameters). */
    public void help() { System.out.print(ResourceHelp.collection(this, init.model, init.parent, client())); }

    /** Every item (boto3's {@code all()}): the same collection, unfiltered. */
    public ResourceCollection<T> all() { return copy(init.params, init.limit, init.pageSize); }

    /**
     * Request parameters added to the listing call: {@code filter(Map.of("Prefix", "logs/"))}. As in boto3, the keys
     * {@code limit} and {@code page_size} are not request parameters: they act as {@link #limit} and {@link #pageSize}.
     */
    public ResourceCollection<T> filter(Map<String, ?> params) {
        if (params == null) throw new ParamValidationError(init.model.name(), List.of("filter takes a Map of request parameters, got null"));
        Map<String, Object> request = new LinkedHashMap<>(params);
        Object limit = request.remove("limit");
        Object pageSize = request.remove("page_size");
        ResourceCollection<T> filtered = copy(Params.merge(init.params, request), init.limit, init.pageSize);
        if (limit != null) filtered = filtered.limit(whole(limit, "limit"));
        if (pageSize != null) filtered = filtered.pageSize(whole(pageSize, "page_size"));
        return filtered;
    }

    private int whole(Object v, String key) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short) return ((Number) v).intValue();
        throw new ParamValidationError(init.model.name(), List.of(key + " must be a whole number, got " + v));
    }

    /** At most {@code n} items in all. */
    public ResourceCollection<T> limit(int n) {
        if (n < 0) throw new ParamValidationError(init.model.name(), List.of("limit must be 0 or more, got " + n));
        return copy(init.params, n, init.pageSize);
    }

    /** Items asked for per request (the operation's page size parameter). */
    public ResourceCollection<T> pageSize(int n) {
        if (n < 1) throw new ParamValidationError(init.model.name(), List.of("page size must be 1 or more, got " + n));
        if (!client().canPaginate(init.model.request().operation())) {
            throw new ParamValidationError(init.model.name(), List.of(init.model.request().operation() + " is not paginated, so it has no page size"));
        }
        return copy(init.params, init.limit, n);
    }

    /** The items page by page, one request per page. */
    public Iterable<List<T>> pages() { return Pages::new; }

    @Override public Iterator<T> iterator() {
        Iterator<List<T>> pages = new Pages();
        return new Iterator<>() {
            private Iterator<T> page = Collections.emptyIterator();

            @Override public boolean hasNext() {
                while (!page.hasNext() && pages.hasNext()) page = pages.next().iterator();
                return page.hasNext();
            }

            @Override public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                return page.next();
            }
        };
    }

    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The first {@code Table.DEFAULT_MAX_ROWS} items as an aligned table of identifiers and listed data. */
    public Table table() { return Table.of(limit(init.limit == null ? Table.DEFAULT_MAX_ROWS : Math.min(init.limit, Table.DEFAULT_MAX_ROWS))); }

    /** The items in a list (sends every request). */
    public List<T> toList() { return stream().toList(); }

    /**
     * A batch action by boto3's name ({@code delete} on S3 objects): one request per page, with the parameters of every
     * resource on that page; the responses in order.
     */
    public List<AwsMap> batch(String name, Map<String, ?> params) {
        Action action = null;
        ResourceModel.Type type = init.context.model().type(init.model.resource().type());
        for (Action a : type.batchActions()) if (a.name().equals(name)) action = a;
        if (action == null) {
            throw new UnknownNameError("batch action of " + this, name, type.batchActions().stream().map(Action::name).toList());
        }
        List<AwsMap> responses = new ArrayList<>();
        for (List<T> page : pages()) {
            if (page.isEmpty()) break;
            Map<String, Object> request = new LinkedHashMap<>();
            for (int i = 0; i < page.size(); i++) Params.forRequest(action.request(), page.get(i), request, i);
            request.putAll(params);
            responses.add(client().call(action.request().operation(), request));
        }
        return responses;
    }

    public List<AwsMap> batch(String name) { return batch(name, Map.of()); }

    @Override public String toString() {
        List<String> args = new java.util.ArrayList<>();
        if (!init.params.isEmpty()) args.add("filter=" + init.params);
        if (init.limit != null) args.add("limit=" + init.limit);
        if (init.pageSize != null) args.add("page_size=" + init.pageSize);
        return init.parent + "." + init.model.name() + "(" + String.join(", ", args) + "): a collection of "
                + init.context.model().service() + "." + init.model.resource().type() + ", read when iterated";
    }

    private AwsClient client() { return init.context.client(); }

    private ResourceCollection<T> copy(Map<String, Object> params, Integer limit, Integer pageSize) {
        return init.context.collection(new Init(init.context, init.model, init.parent, params, limit, pageSize));
    }

    private final class Pages implements Iterator<List<T>> {
        private final Iterator<AwsMap> responses;
        private final Map<String, Object> request;
        private int count;
        private List<T> next;

        Pages() {
            String operation = init.model.request().operation();
            request = Params.merge(Params.forRequest(init.model.request(), init.parent), init.params);
            if (init.limit != null && init.limit == 0) {
                responses = Collections.emptyIterator();
            } else if (client().canPaginate(operation)) {
                Map<String, Object> config = new LinkedHashMap<>();
                if (init.limit != null) config.put("MaxItems", init.limit);
                if (init.pageSize != null) config.put("PageSize", init.pageSize);
                Map<String, Object> paginated = new LinkedHashMap<>(request);
                if (!config.isEmpty()) paginated.put("PaginationConfig", config);
                responses = client().getPaginator(operation).paginate(paginated).iterator();
            } else {
                responses = new Iterator<>() {
                    private boolean sent;
                    @Override public boolean hasNext() { return !sent; }
                    @Override public AwsMap next() {
                        sent = true;
                        return client().call(operation, request);
                    }
                };
            }
        }

        @Override public boolean hasNext() {
            if (next == null && (init.limit == null || count < init.limit) && responses.hasNext()) next = page(responses.next());
            return next != null;
        }

        @Override public List<T> next() {
            if (!hasNext()) throw new NoSuchElementException();
            List<T> page = next;
            next = null;
            return page;
        }

        @SuppressWarnings("unchecked")
        private List<T> page(AwsMap response) {
            Object built = init.context.build(init.model.resource(), init.parent, request, response, List.of());
            List<T> items = built instanceof List<?> l ? (List<T>) l : built == null ? List.of() : List.of((T) built);
            if (init.limit != null && count + items.size() > init.limit) items = items.subList(0, init.limit - count);
            count += items.size();
            return items;
        }
    }
}
