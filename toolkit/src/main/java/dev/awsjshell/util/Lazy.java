package dev.awsjshell.util;

import java.util.function.Supplier;

/** A value computed once, on first use, safely from any thread. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> supplier;
    private volatile T value;

    public Lazy(Supplier<T> supplier) { this.supplier = supplier; }

    @Override public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) value = v = supplier.get();
            }
        }
        return v;
    }

    public boolean isSet() { return value != null; }
}
