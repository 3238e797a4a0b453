package dev.awsjshell.shape;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The member index: an SDK class's {@link SdkField}s keyed by boto3's member names (the SDK's Java renames undone by
 * {@code data/member-aliases.properties}), read once per class; and what the docs and the marshallers ask of a field.
 */
public final class MemberIndex {
    private static final Map<String, Map<String, String>> ALIASES = loadAliases();
    private static final Map<Class<?>, Map<String, SdkField<?>>> FIELDS = new ConcurrentHashMap<>();

    private MemberIndex() {}

    /** The fields of an SDK class keyed by boto3's member name, in model order. */
    public static Map<String, SdkField<?>> fields(Class<?> pojoClass, Supplier<SdkPojo> builder) {
        return FIELDS.computeIfAbsent(pojoClass, c -> {
            Map<String, String> renamed = ALIASES.getOrDefault(key(c), Map.of());
            Map<String, String> boto3ByMember = new java.util.HashMap<>();
            renamed.forEach((boto3, member) -> boto3ByMember.put(member, boto3));
            Map<String, SdkField<?>> m = new LinkedHashMap<>();
            for (SdkField<?> f : builder.get().sdkFields()) {
                m.put(boto3ByMember.getOrDefault(f.memberName(), f.memberName()), f);
            }
            return Collections.unmodifiableMap(m);
        });
    }

    public static Map<String, SdkField<?>> fields(Class<?> pojoClass) {
        return fields(pojoClass, () -> newBuilder(pojoClass));
    }

    /** The type of a field as botocore's docs name it: string, integer, list of structure, ... */
    public static String typeName(SdkField<?> field) {
        MarshallingType<?> t = field.marshallingType();
        if (t == MarshallingType.LIST) return "list of " + typeName(field.getTrait(ListTrait.class).memberFieldInfo());
        if (t == MarshallingType.MAP) return "map of string to " + typeName(field.getTrait(MapTrait.class).valueFieldInfo());
        if (t == MarshallingType.SDK_POJO) return "structure";
        if (t == MarshallingType.STRING) return "string";
        if (t == MarshallingType.INTEGER || t == MarshallingType.LONG || t == MarshallingType.SHORT) return "integer";
        if (t == MarshallingType.DOUBLE || t == MarshallingType.FLOAT || t == MarshallingType.BIG_DECIMAL) return "float";
        if (t == MarshallingType.BOOLEAN) return "boolean";
        if (t == MarshallingType.INSTANT) return "datetime";
        if (t == MarshallingType.SDK_BYTES) return "bytes";
        if (t == MarshallingType.DOCUMENT) return "document";
        return t.toString().toLowerCase();
    }

    /** The boto3 names of a structure field's members, or of a list's structure members. */
    public static Map<String, SdkField<?>> nestedFields(SdkField<?> field) {
        MarshallingType<?> t = field.marshallingType();
        if (t == MarshallingType.LIST) return nestedFields(field.getTrait(ListTrait.class).memberFieldInfo());
        if (t == MarshallingType.MAP) return nestedFields(field.getTrait(MapTrait.class).valueFieldInfo());
        if (t != MarshallingType.SDK_POJO) return Map.of();
        SdkPojo nested = field.constructor().get();
        return fields(builtClass(nested), () -> nested);
    }

    /** Each model class's static builder(), found once: a call makes a request builder every time. */
    private static final ClassValue<java.lang.reflect.Method> BUILDER = new ClassValue<>() {
        @Override protected java.lang.reflect.Method computeValue(Class<?> type) {
            try {
                return type.getMethod("builder");
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    };

    /** The SDK class of a structure field (or of a list's or map's structure values), or null. */
    public static Class<?> nestedClass(SdkField<?> field) {
        MarshallingType<?> t = field.marshallingType();
        if (t == MarshallingType.LIST) return nestedClass(field.getTrait(ListTrait.class).memberFieldInfo());
        if (t == MarshallingType.MAP) return nestedClass(field.getTrait(MapTrait.class).valueFieldInfo());
        return t == MarshallingType.SDK_POJO ? builtClass(field.constructor().get()) : null;
    }

    /**
     * The values a string field (or a list of strings) allows, from the SDK's enum for it ({@code StorageClass}), in
     * model order; empty when the model gives none. The SDK's getter pair {@code x()}/{@code xAsString()} names it.
     */
    public static List<String> allowedValues(Class<?> pojoClass, SdkField<?> field) {
        String wanted = field.memberName().replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
        for (java.lang.reflect.Method m : pojoClass.getMethods()) {
            if (m.getParameterCount() != 0 || !m.getName().toLowerCase(java.util.Locale.ROOT).equals(wanted)) continue;
            Class<?> type = m.getReturnType();
            if (List.class.isAssignableFrom(type) && m.getGenericReturnType() instanceof java.lang.reflect.ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> c) type = c;
            if (!type.isEnum()) continue;
            List<String> values = new java.util.ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                if (!((Enum<?>) constant).name().equals("UNKNOWN_TO_SDK_VERSION")) values.add(constant.toString());
            }
            return values;
        }
        return List.of();
    }

    public static SdkPojo newBuilder(Class<?> pojoClass) {
        try {
            java.lang.reflect.Method builder = BUILDER.get(pojoClass);
            if (builder == null) throw new NoSuchMethodException(pojoClass.getName() + ".builder()");
            return (SdkPojo) builder.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a builder for " + pojoClass.getName(), e);
        }
    }

    /** The class a builder builds, found by its enclosing class (BuilderImpl is nested in the model class). */
    static Class<?> builtClass(SdkPojo builder) {
        Class<?> enclosing = builder.getClass().getEnclosingClass();
        return enclosing != null ? enclosing : builder.getClass();
    }

    private static String key(Class<?> c) {
        String pkg = c.getPackageName();
        String svc = pkg.startsWith("software.amazon.awssdk.services.") ? pkg.substring("software.amazon.awssdk.services.".length()).replace(".model", "") : pkg;
        Class<?> top = c.getEnclosingClass() != null ? c.getEnclosingClass() : c;
        return svc + "." + top.getSimpleName();
    }

    private static Map<String, Map<String, String>> loadAliases() {
        Properties p = new Properties();
        try (InputStream in = MemberIndex.class.getResourceAsStream("/dev/awsjshell/data/member-aliases.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Map<String, String>> m = new ConcurrentHashMap<>();
        for (String k : p.stringPropertyNames()) {
            int dot = k.lastIndexOf('.');
            m.computeIfAbsent(k.substring(0, dot), x -> new LinkedHashMap<>()).put(k.substring(dot + 1), p.getProperty(k));
        }
        return m;
    }
}
