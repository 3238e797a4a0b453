package dev.awsjshell.codegen;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a typed view inherits, read by reflection from its base class ({@code Resource}, {@code ServiceResource} or
 * {@code ResourceCollection}): every public or protected method of the class, its superclasses ({@code Object}
 * included) and its interfaces. A view method must not override, hide or overload-capture any of them, so that the
 * engine's dynamic methods keep working on a typed view ({@code bucket.get("name")}, {@code bucket.subresource(...)}).
 */
final class BaseMethods {
    /** One method a view could clash with: its name, its erased parameter types, whether its last one is varargs. */
    record Signature(String name, List<Class<?>> params, boolean varArgs) {
        static Signature of(Method m) { return new Signature(m.getName(), List.of(m.getParameterTypes()), m.isVarArgs()); }

        /** Java's form: {@code subresource(String...)}. */
        @Override public String toString() {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < params.size(); i++) {
                Class<?> p = params.get(i);
                names.add(varArgs && i == params.size() - 1 ? p.getComponentType().getSimpleName() + "..." : p.getSimpleName());
            }
            return name + "(" + String.join(", ", names) + ")";
        }
    }

    private final Class<?> base;
    private final Set<Signature> methods;

    private BaseMethods(Class<?> base, Set<Signature> methods) {
        this.base = base;
        this.methods = methods;
    }

    static BaseMethods of(Class<?> base) {
        Set<Signature> methods = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(base));
        Set<Class<?>> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            Class<?> c = pending.pop();
            if (!seen.add(c)) continue;
            for (Method m : c.getDeclaredMethods()) {
                int mod = m.getModifiers();
                if (m.isSynthetic() || m.isBridge() || !(Modifier.isPublic(mod) || Modifier.isProtected(mod))) continue;
                // an interface's static methods are not inherited
                if (c.isInterface() && Modifier.isStatic(mod)) continue;
                methods.add(Signature.of(m));
            }
            if (c.getSuperclass() != null) pending.add(c.getSuperclass());
            pending.addAll(List.of(c.getInterfaces()));
        }
        return new BaseMethods(base, Set.copyOf(methods));
    }

    Class<?> base() { return base; }

    /** Every inherited method, sorted, in Java's form: for tests and error messages. */
    SortedSet<String> signatures() {
        SortedSet<String> all = new TreeSet<>();
        methods.forEach(m -> all.add(m.toString()));
        return all;
    }

    /** The names of the inherited methods. */
    SortedSet<String> names() {
        SortedSet<String> all = new TreeSet<>();
        methods.forEach(m -> all.add(m.name()));
        return all;
    }

    /** Whether a view method {@code name(params)} would clash with an inherited one. */
    boolean takes(String name, List<Class<?>> params) {
        return methods.stream().anyMatch(m -> m.name().equals(name) && overlap(m, params));
    }

    /**
     * Whether one call could fit both {@code method} and a fixed-arity method taking {@code params}: then the view's
     * method would override it, fail to compile, or take the calls meant for it ({@code equals(String)} would take
     * {@code equals("x")} from {@code equals(Object)}). Parameters overlap when one type is assignable to the other.
     */
    static boolean overlap(Signature method, List<Class<?>> params) {
        List<Class<?>> fixed = method.params();
        if (!method.varArgs()) {
            if (fixed.size() != params.size()) return false;
            for (int i = 0; i < fixed.size(); i++) if (!related(fixed.get(i), params.get(i))) return false;
            return true;
        }
        int n = fixed.size() - 1;
        if (params.size() < n) return false;
        for (int i = 0; i < n; i++) if (!related(fixed.get(i), params.get(i))) return false;
        Class<?> array = fixed.get(n);
        if (params.size() == n + 1 && related(array, params.get(n))) return true;
        for (int i = n; i < params.size(); i++) if (!related(array.getComponentType(), params.get(i))) return false;
        return true;
    }

    private static boolean related(Class<?> a, Class<?> b) {
        Class<?> x = boxed(a);
        Class<?> y = boxed(b);
        return x.isAssignableFrom(y) || y.isAssignableFrom(x);
    }

    private static Class<?> boxed(Class<?> c) {
        if (!c.isPrimitive()) return c;
        if (c == int.class) return Integer.class;
        if (c == long.class) return Long.class;
        if (c == boolean.class) return Boolean.class;
        if (c == double.class) return Double.class;
        if (c == float.class) return Float.class;
        if (c == char.class) return Character.class;
        if (c == byte.class) return Byte.class;
        if (c == short.class) return Short.class;
        return Void.class;
    }
}
