package org.smilefactory.server.config;

import java.time.Duration;
import org.smilefactory.core.platform.LocalBackend;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server applies the hub's retention periods to its database (decision 0023): a first check
 * {@code smilefactory.server.retention.first-check} (default 5 minutes) after start, then every
 * {@code check-every} (1 hour), running when no run started in the last {@code run-every} (1 day).
 * Several instances on one database run once a day between them. {@code enabled=false} turns it off
 * (then an admin's "Apply now" is the only run). The job belongs to the backend and stops with it.
 *
 * <p>This replaces the hourly token housekeeping: ended tokens are one of the retention categories,
 * kept as long as the admin set (30 days by default).
 */
@Configuration(proxyBeanMethods = false)
public class RetentionScheduling {

    @Bean
    ApplicationRunner retentionJob(LocalBackend backend,
                                   @Value("${smilefactory.server.retention.enabled:true}") boolean enabled,
                                   @Value("${smilefactory.server.retention.first-check:PT5M}") Duration firstCheck,
                                   @Value("${smilefactory.server.retention.check-every:PT1H}") Duration checkEvery,
                                   @Value("${smilefactory.server.retention.run-every:P1D}") Duration runEvery) {
        return args -> {
            if (enabled) {
                backend.startRetention(firstCheck, checkEvery, runEvery);
            }
        };
    }
}
