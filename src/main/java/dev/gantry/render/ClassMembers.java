package dev.gantry.render;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What templates may read and call on one class, found once per class: its public methods by name,
 * and the property readers, {@code BeansWrapper}'s rules without its {@code java.beans} cost. A
 * property is a JavaBean getter ({@code getName()}, or {@code isName()} returning boolean) and, on a
 * record, also any other argument-less method that returns a value, so {@code s.name} reads the
 * component {@code name()}.
 */
final class ClassMembers {

    private static final ClassValue<ClassMembers> BY_CLASS = new ClassValue<>() {
        @Override
        protected ClassMembers computeValue(Class<?> type) {
            return new ClassMembers(type);
        }
    };

    private final Map<String, List<Method>> methodsByName = new HashMap<>();
    private final Map<String, Method> propertyReaders = new HashMap<>();

    private ClassMembers(Class<?> type) {
        for (Method method : type.getMethods()) {
            // Made accessible for the public methods of a class that is not public, which templates see as
            // BeansWrapper shows them through public supertypes; a method the JVM will not open is left out.
            if (method.isBridge() || method.getDeclaringClass() == Object.class
                    || method.getDeclaringClass() == Record.class || !method.trySetAccessible()) {
                continue;
            }
            methodsByName.computeIfAbsent(method.getName(), name -> new ArrayList<>(1)).add(method);
            if (method.getParameterCount() == 0 && method.getReturnType() != void.class
                    && !Modifier.isStatic(method.getModifiers())) {
                String property = beanProperty(method);
                if (property != null) {
                    propertyReaders.put(property, method);
                } else if (type.isRecord()) {
                    propertyReaders.putIfAbsent(method.getName(), method);
                }
            }
        }
    }

    static ClassMembers of(Class<?> type) {
        return BY_CLASS.get(type);
    }

    /** The argument-less method that {@code x.key} reads, or null. */
    Method propertyReader(String key) {
        return propertyReaders.get(key);
    }

    /** The public methods called {@code name}; empty when there is none. */
    List<Method> methods(String name) {
        return methodsByName.getOrDefault(name, List.of());
    }

    private static String beanProperty(Method method) {
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return decapitalize(name.substring(3));
        }
        if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
            return decapitalize(name.substring(2));
        }
        return null;
    }

    /** As {@code java.beans.Introspector} names properties: {@code getURL()} reads {@code URL}, {@code getUrl()} {@code url}. */
    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
