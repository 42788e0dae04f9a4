package org.smilefactory.core.common;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.smilefactory.core.api.Session;

/**
 * Refuses, before a service method runs, any text argument that {@link Texts} says cannot be stored
 * (a NUL or a lone surrogate), anywhere in it: plain {@code String} parameters, every string
 * component of a command record (nested records, lists, sets, maps, optionals included). The
 * {@link org.smilefactory.core.api.ValidationException} names the field the way the services do
 * ({@code text}, {@code title}, {@code details.bio}), so the desktop's forms and the server's
 * problems show it like any other field message.
 *
 * <p>Why a guard around the services and not one more line in each validator: there are some 120
 * service methods and many take a search word or a code that no validator looked at; a rule that
 * every new method must remember is the rule that gets forgotten (decision 0020). The validators
 * still check their own fields through {@link Problems#text}, which applies the same rule.
 */
public final class TextGuard {

    private static final int MAX_DEPTH = 8;
    private static final Map<Method, String[]> NAMES = new ConcurrentHashMap<>();

    private TextGuard() {
    }

    /**
     * A session whose services all check their arguments first. Services are wrapped once per
     * session, so {@code session.events() == session.events()} still holds.
     */
    public static Session session(Session target) {
        Map<Method, Object> services = new ConcurrentHashMap<>();
        InvocationHandler handler = (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(self, target, method, args);
            }
            check(method, args);
            Class<?> type = method.getReturnType();
            if (type.isInterface() && type.getPackageName().startsWith("org.smilefactory.core.api.")) {
                return services.computeIfAbsent(method, m -> guard(type, invoke(target, m, null)));
            }
            return invoke(target, method, args);
        };
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class}, handler);
    }

    /** {@code target} behind a proxy of {@code contract} that checks every call's arguments first. */
    public static <T> T guard(Class<T> contract, Object target) {
        if (target == null) {
            return null;
        }
        InvocationHandler handler = (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(self, target, method, args);
            }
            check(method, args);
            return invoke(target, method, args);
        };
        return contract.cast(Proxy.newProxyInstance(contract.getClassLoader(), new Class<?>[] {contract}, handler));
    }

    /** Throws a validation error naming every argument (or part of one) that holds a forbidden character. */
    public static void check(Method method, Object[] args) {
        if (args == null || args.length == 0) {
            return;
        }
        Problems problems = null;
        String[] names = NAMES.computeIfAbsent(method, TextGuard::names);
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            // a command record's components are its fields; any other argument is named by its parameter
            String field = arg instanceof Record ? "" : names[i];
            problems = scan(field, arg, problems, 0);
        }
        if (problems != null) {
            problems.throwIfAny();
        }
    }

    private static Problems scan(String field, Object value, Problems problems, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return problems;
        }
        if (value instanceof String s) {
            String code = Texts.badCharacter(s);
            if (code != null) {
                problems = problems == null ? new Problems() : problems;
                problems.add(field.isEmpty() ? "value" : field, code, Texts.message(code));
            }
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object v = component(c, r);
                problems = scan(field.isEmpty() ? c.getName() : field + "." + c.getName(), v, problems, depth + 1);
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                problems = scan(field, item, problems, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                problems = scan(field, e.getKey(), problems, depth + 1);
                problems = scan(field, e.getValue(), problems, depth + 1);
            }
        } else if (value instanceof Optional<?> o) {
            problems = scan(field, o.orElse(null), problems, depth + 1);
        } else if (value instanceof Object[] array) {
            for (Object item : array) {
                problems = scan(field, item, problems, depth + 1);
            }
        }
        return problems;
    }

    private static Object component(RecordComponent c, Record r) {
        try {
            Method accessor = c.getAccessor();
            if (!accessor.canAccess(r)) {
                accessor.setAccessible(true);
            }
            return accessor.invoke(r);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a record we cannot read is not ours to judge; its service validates it
            return null;
        }
    }

    private static String[] names(Method method) {
        Parameter[] parameters = method.getParameters();
        String[] names = new String[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            names[i] = parameters[i].getName();
        }
        return names;
    }

    private static Object invoke(Object target, Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw sneaky(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object objectMethod(Object self, Object target, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> self == args[0];
            case "hashCode" -> System.identityHashCode(self);
            default -> target.toString();
        };
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
