package org.smilefactory.core.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.common.DatabaseFailures;
import org.smilefactory.core.common.Messages;

/**
 * The one place where a local backend turns "the database is down" into the contract's
 * {@link BackendUnavailableException}: every service of a {@link LocalSession} and every call of
 * {@link LocalBackend} pass through it, so the desktop shows a clear message and the server answers
 * 503 {@code backend-unavailable} instead of an internal error, whatever service hit the failure.
 * Other exceptions pass unchanged.
 */
final class DatabaseGuard {

    private DatabaseGuard() {
    }

    static <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    static RuntimeException translate(RuntimeException e) {
        if (!(e instanceof BackendUnavailableException) && DatabaseFailures.unavailable(e)) {
            return new BackendUnavailableException(Messages.get("platform.databaseUnavailable"), e);
        }
        return e;
    }

    /** {@code session} with each of its services guarded (the services are interfaces of the contract). */
    static Session session(Session session) {
        return guard(Session.class, session, true);
    }

    private static <T> T guard(Class<T> type, T target, boolean wrapServices) {
        Map<Method, Object> services = new ConcurrentHashMap<>();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "Guarded " + target;
                };
            }
            if (wrapServices && service(method)) {
                // a session's services are built once; keep one guard per service
                return services.computeIfAbsent(method, m -> wrap(m.getReturnType(), invoke(target, m, null)));
            }
            return invoke(target, method, args);
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static boolean service(Method method) {
        Class<?> type = method.getReturnType();
        return method.getParameterCount() == 0 && type.isInterface()
                && type.getName().startsWith("org.smilefactory.core.api.") && type.getSimpleName().endsWith("Service");
    }

    @SuppressWarnings("unchecked")
    private static <T> Object wrap(Class<T> type, Object service) {
        return service == null ? null : guard(type, (T) service, false);
    }

    private static Object invoke(Object target, Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw translate(re);
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
