package org.smilefactory.core.platform;

import java.io.Console;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.smilefactory.core.api.HubException;

/**
 * {@code SmileFactoryHub --migrate-database --jdbc-url URL --user OWNER}: the administrator's explicit
 * migration of the hub's shared database (decision 0022). The password comes from the environment
 * variable {@value #PASSWORD_ENV} or is asked for on the console — never from the command line, which
 * other users of the machine can read.
 *
 * <p>Exit codes: 0 migrated (or already current), 1 failed (one line on stderr says why), 2 bad arguments.
 */
public final class MigrateDatabaseCommand {

    public static final String FLAG = "--migrate-database";
    static final String PASSWORD_ENV = "SMILEFACTORY_DB_PASSWORD";

    private static final String USAGE = """
            Usage: SmileFactoryHub --migrate-database --jdbc-url URL --user OWNER

              Migrates the hub's shared PostgreSQL to this version's schema and grants the desktops' role
              (smilefactory_desktop) its rights on the new tables; recorded in the hub's audit log.
              Run it as the database's owner after installing a new version, before desktops connect.
              The password is read from %s, or asked for.
            """.formatted(PASSWORD_ENV);

    private MigrateDatabaseCommand() {
    }

    /** Whether the launcher was asked to migrate instead of opening the app. */
    public static boolean requested(List<String> args) {
        return args.contains(FLAG);
    }

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return run(args, System.getenv(), MigrateDatabaseCommand::askPassword, out, err);
    }

    static int run(List<String> args, Map<String, String> env, Supplier<String> askPassword, PrintStream out, PrintStream err) {
        String url = option(args, "--jdbc-url");
        String user = option(args, "--user");
        if (url == null || user == null) {
            err.print(USAGE);
            return 2;
        }
        String password = env.get(PASSWORD_ENV);
        if (password == null) {
            password = askPassword.get();
        }
        try {
            SharedDatabase.Migrated done = SharedDatabase.migrate(url, user, password == null ? "" : password);
            out.println("Database " + Database.redact(url) + ": schema version "
                    + (done.fromVersion() == null ? "none" : done.fromVersion()) + " -> " + done.toVersion() + ".");
            done.notes().forEach(out::println);
            return 0;
        } catch (HubException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static String option(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
            if (arg.equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
        }
        return null;
    }

    private static String askPassword() {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        char[] typed = console.readPassword("Password of the database owner: ");
        return typed == null ? null : new String(typed);
    }
}
