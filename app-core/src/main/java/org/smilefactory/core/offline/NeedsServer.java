package org.smilefactory.core.offline;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.smilefactory.core.api.BackendUnavailableException;
import org.smilefactory.core.common.Messages;

/**
 * What an offline session refuses, and how it says so. The replica holds only the tables in
 * {@code SyncTables.ALL}; a read of anything else would answer with empty or stale data that looks
 * real, and a write anywhere outside the outbox's commands would never reach the server. Both throw
 * instead, naming what needs the server.
 */
final class NeedsServer {

    private NeedsServer() {
    }

    /**
     * The refusal for one thing that needs the server.
     *
     * @param what the key (after {@code offline.what.}) of what the member tried, e.g. {@code messaging}
     */
    static BackendUnavailableException refuse(String what) {
        return new BackendUnavailableException(
                Messages.get("offline.needsServer", Messages.get("offline.what." + what)));
    }

    /**
     * {@code local} (a service on the replica) limited to the named reads: those methods pass through,
     * every other method of {@code contract} is refused as {@code what}. The allowed reads are checked
     * against the contract here, so a renamed method fails loudly instead of being refused quietly.
     */
    static <T> T readsOnly(Class<T> contract, T local, String what, String... reads) {
        Set<String> allowed = Set.of(reads);
        Set<String> methods = Arrays.stream(contract.getMethods()).map(Method::getName).collect(Collectors.toSet());
        for (String read : allowed) {
            if (!methods.contains(read)) {
                throw new IllegalArgumentException(contract.getSimpleName() + " has no method " + read);
            }
        }
        if (!allowed.isEmpty() && local == null) {
            throw new IllegalArgumentException("reads of " + contract.getSimpleName() + " need a local service");
        }
        Object proxy = Proxy.newProxyInstance(contract.getClassLoader(), new Class<?>[] {contract}, (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(self, method, args, "Offline" + contract.getSimpleName() + "[" + what + "]");
            }
            if (!allowed.contains(method.getName())) {
                throw refuse(what);
            }
            try {
                return method.invoke(local, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return contract.cast(proxy);
    }

    /** A service of which nothing works offline. */
    static <T> T nothing(Class<T> contract, String what) {
        return readsOnly(contract, null, what);
    }

    /** {@code equals}, {@code hashCode} and {@code toString} of a service proxy: identity, and its name. */
    static Object objectMethod(Object self, Method method, Object[] args, String name) {
        switch (method.getName()) {
            case "equals":
                return self == args[0];
            case "hashCode":
                return System.identityHashCode(self);
            default:
                return name;
        }
    }
}
