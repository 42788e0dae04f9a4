package org.smilefactory.server;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;
import org.smilefactory.server.security.SetupCode;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Reads the setup code a server prints at start from its log, as the person starting a server does
 * (the server keeps only the code's hash). Attach with {@link #attachTo(SpringApplication)} before
 * {@code run}: the appender joins once Spring Boot has set logging up, so its reset does not drop it.
 */
public final class SetupCodeLog implements ApplicationListener<ApplicationPreparedEvent> {

    /** The code as it appears after {@link SetupCode#LOG_PREFIX} in a log line or a log file. */
    public static final Pattern CODE = Pattern.compile(Pattern.quote(SetupCode.LOG_PREFIX) + "([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");

    private final AtomicReference<String> code = new AtomicReference<>();
    private final Appender appender = new Appender();

    public static SetupCodeLog attachTo(SpringApplication app) {
        SetupCodeLog log = new SetupCodeLog();
        app.addListeners(log);
        return log;
    }

    /** The last code found in a whole log (e.g. the file of a server running in a JVM of its own). */
    public static Optional<String> findIn(String logText) {
        Matcher m = CODE.matcher(logText);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return Optional.ofNullable(last);
    }

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Logger logger = (Logger) LoggerFactory.getLogger(SetupCode.LOGGER);
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
    }

    /** The code the server printed (empty when it printed none: its hub was set up already). Detaches. */
    public Optional<String> code() {
        ((Logger) LoggerFactory.getLogger(SetupCode.LOGGER)).detachAppender(appender);
        appender.stop();
        return Optional.ofNullable(code.get());
    }

    private final class Appender extends AppenderBase<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            findIn(event.getFormattedMessage()).ifPresent(code::set);
        }
    }
}
