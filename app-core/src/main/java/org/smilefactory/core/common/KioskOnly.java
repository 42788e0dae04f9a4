package org.smilefactory.core.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.smilefactory.core.api.PermissionDeniedException;
import org.smilefactory.core.api.Session;
import org.smilefactory.core.api.accounts.Role;

/**
 * A door kiosk's session, deny by default (issue 13, decision 0021). A kiosk account may check people
 * in at its event and nothing else. Instead of every service method remembering to refuse kiosks, the
 * kiosk's session is a proxy over {@link Session} itself: every service it hands out is a proxy that
 * lets through only the methods named in {@link #ALLOWED} and refuses every other with
 * {@link PermissionDeniedException}. A service or method added to the contract later is refused to
 * kiosks without anyone having to remember it. The allowed methods still check, inside the service,
 * that the kiosk works only on its own event.
 */
public final class KioskOnly {

    /**
     * What the kiosk screen needs ({@code app-ui} {@code KioskViewModel} and {@code KioskMode}): its
     * event, check-in by ticket or by registration, the attendee search, walk-ins, the exit PIN; the
     * session's own member, state and sign-out; and the sync door, because a kiosk keeps an offline copy
     * of its event to keep checking people in when the venue's network drops.
     */
    public static final Set<String> ALLOWED = Set.of(
            "Session.member", "Session.signOut", "Session.offlineSync",
            "EventService.kioskEvent", "EventService.checkIn", "EventService.checkInRegistration",
            "EventService.findAttendees", "EventService.registerWalkIn", "EventService.verifyExitPin",
            "SyncService.changes", "SyncService.push",
            // the hub's name and zone for the kiosk's clock, and the kiosk defaults (decision 0025)
            "Session.hubSettings", "HubSettingsService.basics");

    private KioskOnly() {
    }

    /** The session as a kiosk may use it; any other member's session is returned as it is. */
    public static Session restrict(Session session) {
        if (session.member().role() != Role.KIOSK || Proxy.isProxyClass(session.getClass())
                && Proxy.getInvocationHandler(session) instanceof Restricted) {
            return session;
        }
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                new Restricted(session, "Session"));
    }

    /** Whether {@code Interface.method} is open to kiosks. */
    public static boolean allowed(Class<?> contract, String method) {
        return ALLOWED.contains(contract.getSimpleName() + "." + method);
    }

    private static final class Restricted implements java.lang.reflect.InvocationHandler {
        private final Object target;
        private final String name;
        private final Map<Method, Object> services = new ConcurrentHashMap<>();

        Restricted(Object target, String name) {
            this.target = target;
            this.name = name;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> self == args[0];
                    case "hashCode" -> System.identityHashCode(self);
                    default -> "Kiosk" + name;
                };
            }
            if (allowed(method.getDeclaringClass(), method.getName())) {
                return call(method, target, args);
            }
            Class<?> type = method.getReturnType();
            if (target instanceof Session && type.isInterface() && (args == null || args.length == 0)
                    && type.getPackageName().startsWith("org.smilefactory.core.api")) {
                // a service of the session: handed out, but only its allowed methods work
                return services.computeIfAbsent(method, m -> {
                    try {
                        Object service = call(m, target, null);
                        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                                new Restricted(service, type.getSimpleName()));
                    } catch (Throwable e) {
                        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                    }
                });
            }
            throw new PermissionDeniedException(Messages.get("accounts.kioskOnly"));
        }

        private static Object call(Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
