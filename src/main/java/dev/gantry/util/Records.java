package dev.gantry.util;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/** Reads records generically, for the writers that walk Gantry's typed data (JSON of a task, the plan as text). */
public final class Records {

    private Records() {
    }

    /** A component's value; records are often private to their package, so the accessor is opened first. */
    public static Object component(Record record, RecordComponent component) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
