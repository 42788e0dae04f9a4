package org.smilefactory.core.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.UnauthenticatedException;
import org.smilefactory.core.common.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A desktop session on the hub's database (embedded or direct) ends when staff deactivate its member
 * (decision 0024): before each call of one of its services the member's row is asked whether it is
 * still active (one indexed primary-key read; desktops call at the pace of a person). Server sessions
 * do not need this: each request opens its session from the token, which deactivation revoked.
 */
final class ActiveMemberGuard {

    private ActiveMemberGuard() {
    }

    static Session session(Session session, JdbcClient jdbc) {
        UUID member = session.member().id();
        Map<Method, Object> services = new ConcurrentHashMap<>();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "Active " + session;
                };
            }
            if (service(method)) {
                return services.computeIfAbsent(method, m -> wrap(m.getReturnType(), invoke(session, m, null), member, jdbc));
            }
            return invoke(session, method, args);
        };
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class}, handler);
    }

    private static boolean service(Method method) {
        Class<?> type = method.getReturnType();
        return method.getParameterCount() == 0 && type.isInterface()
                && type.getName().startsWith("org.smilefactory.core.api.") && type.getSimpleName().endsWith("Service");
    }

    private static Object wrap(Class<?> type, Object service, UUID member, JdbcClient jdbc) {
        if (service == null) {
            return null;
        }
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "Active " + service;
                };
            }
            // the check is a database call like the service's own: a database that is down is
            // "unavailable", not a raw JDBC error (the embedded crash test holds every call to that)
            boolean deactivated = DatabaseGuard.call(() -> jdbc
                    .sql("SELECT deactivated_at IS NOT NULL FROM personal_details WHERE user_id = ?")
                    .param(member).query(Boolean.class).optional().orElse(false));
            if (deactivated) {
                throw new UnauthenticatedException(Messages.get("accounts.deactivated"));
            }
            return invoke(service, method, args);
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
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
