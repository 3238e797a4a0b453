package dev.awsjshell.codegen;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The operations of an SDK client interface, by the model's name ({@code ListObjectsV2}), read from its class file
 * instead of by reflection: reflection loads every request and response class of every service (about 30,000 classes,
 * most of the generator's time), the class file names them. The same rule as the toolkit's {@code ServiceModel}: a
 * method taking the operation's request, returning its response, a {@code ResponseInputStream} (streaming output), or
 * taking a {@code RequestBody} too (streaming input); paginators left out; and the async client's operations that
 * answer with an event stream.
 */
final class SdkOperations {
    private static final String CORE = "Lsoftware/amazon/awssdk/core/";

    private SdkOperations() {}

    static SortedSet<String> of(String clientInterface, ClassLoader loader) {
        SortedSet<String> ops = new TreeSet<>();
        List<String[]> sync = methods(clientInterface, loader);
        if (sync == null) throw new IllegalStateException("no class file for " + clientInterface);
        for (String[] m : sync) {
            String operation = operation(m[0], m[1]);
            if (operation != null) ops.add(operation);
        }
        List<String[]> async = methods(clientInterface.substring(0, clientInterface.length() - "Client".length()) + "AsyncClient", loader);
        for (String[] m : async == null ? List.<String[]>of() : async) {
            String operation = eventStreamOperation(m[1]);
            if (operation != null) ops.add(operation);
        }
        return ops;
    }

    /** An async method answering with an event stream and sending none: (its request, its response handler). */
    static String eventStreamOperation(String desc) {
        List<String> params = params(desc);
        if (params.size() != 2 || !params.get(0).endsWith("Request;") || !params.get(0).contains("/model/")) return null;
        String request = params.get(0).substring(params.get(0).lastIndexOf('/') + 1, params.get(0).length() - 1);
        String op = request.substring(0, request.length() - "Request".length());
        return params.get(1).endsWith("/model/" + op + "ResponseHandler;") ? op : null;
    }

    private static List<String[]> methods(String className, ClassLoader loader) {
        try (InputStream raw = loader.getResourceAsStream(className.replace('.', '/') + ".class")) {
            return raw == null ? null : methods(new DataInputStream(raw));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The operation a method {@code name} with descriptor {@code desc} calls, or null. */
    static String operation(String name, String desc) {
        List<String> params = params(desc);
        String returns = desc.substring(desc.indexOf(')') + 1);
        if (params.isEmpty() || !params.get(0).endsWith("Request;") || !params.get(0).contains("/model/")) return null;
        String request = params.get(0).substring(params.get(0).lastIndexOf('/') + 1, params.get(0).length() - 1);
        String op = request.substring(0, request.length() - "Request".length());
        if (params.size() == 1 && returns.equals(CORE + "ResponseInputStream;")) return op;
        if (params.size() == 2 && params.get(1).equals(CORE + "sync/RequestBody;")) return op;
        if (params.size() == 1 && !name.endsWith("Paginator") && returns.endsWith("/" + op + "Response;")) return op;
        return null;
    }

    private static List<String> params(String desc) {
        List<String> params = new ArrayList<>();
        int i = 1;
        while (desc.charAt(i) != ')') {
            int start = i;
            while (desc.charAt(i) == '[') i++;
            i = desc.charAt(i) == 'L' ? desc.indexOf(';', i) + 1 : i + 1;
            params.add(desc.substring(start, i));
        }
        return params;
    }

    /** Each method's name and descriptor, from the class file format (JVMS chapter 4). */
    private static List<String[]> methods(DataInputStream in) throws IOException {
        in.readInt();
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.skipNBytes(6);
        in.skipNBytes(2L * in.readUnsignedShort());
        members(in, null, utf8);
        List<String[]> methods = new ArrayList<>();
        members(in, methods, utf8);
        return methods;
    }

    private static void members(DataInputStream in, List<String[]> into, String[] utf8) throws IOException {
        int n = in.readUnsignedShort();
        for (int i = 0; i < n; i++) {
            in.readUnsignedShort();
            String name = utf8[in.readUnsignedShort()];
            String desc = utf8[in.readUnsignedShort()];
            if (into != null) into.add(new String[] {name, desc});
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                in.readUnsignedShort();
                in.skipNBytes(in.readInt() & 0xffffffffL);
            }
        }
    }
}
