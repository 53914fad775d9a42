package org.dateline.web;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use, once, by the given supplier (which may take seconds: an analyzer loads its models);
 * callers meanwhile wait. Thread-safe. A supplier that fails is tried again on the next use.
 */
public final class Once<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile boolean made;
    private T value;

    public Once(Supplier<T> make) {
        this.make = Objects.requireNonNull(make, "make");
    }

    @Override
    public T get() {
        if (!made) {
            synchronized (this) {
                if (!made) {
                    value = make.get();
                    made = true;
                }
            }
        }
        return value;
    }

    /** Whether the value has been made. */
    public boolean made() {
        return made;
    }
}
