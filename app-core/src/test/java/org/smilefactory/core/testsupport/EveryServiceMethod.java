package org.smilefactory.core.testsupport;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.smilefactory.core.api.Session;

/**
 * Calls every method of every service a {@link Session} hands out (found by reflection over the
 * interfaces, so a service or method added later is called too) with harmless dummy arguments, and
 * reports what each call did.
 */
public final class EveryServiceMethod {

    /** One call: {@code Interface.method}, and what it threw (null when it returned). */
    public record Outcome(String name, Throwable thrown) {
    }

    private EveryServiceMethod() {
    }

    /** The service accessors of {@link Session}: methods without parameters returning a contract interface. */
    public static List<Method> serviceAccessors() {
        List<Method> accessors = new ArrayList<>();
        for (Method m : Session.class.getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType().isInterface()
                    && m.getReturnType().getPackageName().startsWith("org.smilefactory.core.api")) {
                accessors.add(m);
            }
        }
        accessors.sort(Comparator.comparing(Method::getName));
        return accessors;
    }

    /** Calls every method of every service of {@code session}; {@code skip} names ({@code Interface.method}) are left out. */
    public static List<Outcome> callAll(Session session, Set<String> skip) throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (Method accessor : serviceAccessors()) {
            Object service = accessor.invoke(session);
            Class<?> contract = accessor.getReturnType();
            List<Method> methods = new ArrayList<>(List.of(contract.getMethods()));
            methods.sort(Comparator.comparing(Method::toGenericString));
            for (Method m : methods) {
                if (Modifier.isStatic(m.getModifiers())) {
                    continue;
                }
                String name = contract.getSimpleName() + "." + m.getName();
                if (skip.contains(name)) {
                    continue;
                }
                Object[] args = new Object[m.getParameterCount()];
                Class<?>[] types = m.getParameterTypes();
                for (int i = 0; i < args.length; i++) {
                    args[i] = dummy(types[i]);
                }
                Throwable thrown = null;
                try {
                    m.invoke(service, args);
                } catch (InvocationTargetException e) {
                    thrown = e.getCause();
                }
                outcomes.add(new Outcome(name, thrown));
            }
        }
        return outcomes;
    }

    /** A harmless value of a type: null for records and other objects (null-safe services refuse them). */
    public static Object dummy(Class<?> type) {
        if (type == UUID.class) {
            return UUID.randomUUID();
        } else if (type == String.class) {
            return "x";
        } else if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == long.class || type == Long.class) {
            return 0L;
        } else if (type == boolean.class || type == Boolean.class) {
            return false;
        } else if (type == double.class || type == Double.class) {
            return 0d;
        } else if (type == float.class) {
            return 0f;
        } else if (type == short.class) {
            return (short) 0;
        } else if (type == byte.class) {
            return (byte) 0;
        } else if (type == char.class) {
            return 'x';
        } else if (type == byte[].class) {
            return new byte[] {1};
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type == List.class || type == java.util.Collection.class) {
            return List.of();
        } else if (type == Set.class) {
            return Set.of();
        } else if (type == Map.class) {
            return Map.of();
        } else if (type == Optional.class) {
            return Optional.empty();
        }
        return null;
    }
}
