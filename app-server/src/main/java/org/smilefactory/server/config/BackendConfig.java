package org.smilefactory.server.config;

import java.nio.file.Path;
import org.smilefactory.core.accounts.SessionTokens;
import org.smilefactory.core.api.Backend;
import org.smilefactory.core.backup.BackupSettings;
import org.smilefactory.core.platform.Backends;
import org.smilefactory.core.platform.LocalBackend;
import org.smilefactory.core.remote.ContractJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's one backend: the embedded PostgreSQL in {@code smilefactory.server.data-dir}
 * (default {@code ./server-data}), or an on-premises PostgreSQL when
 * {@code smilefactory.server.jdbc-url} is set; uploaded media go to {@code <data-dir>/media} either way.
 * Closed when the server stops. No Spring Boot
 * DataSource or Flyway auto-configuration: app-core opens, migrates and pools the database itself.
 */
@Configuration(proxyBeanMethods = false)
public class BackendConfig {

    @Bean(destroyMethod = "close")
    LocalBackend localBackend(
            @Value("${smilefactory.server.jdbc-url:}") String jdbcUrl,
            @Value("${smilefactory.server.jdbc-user:postgres}") String user,
            @Value("${smilefactory.server.jdbc-password:}") String password,
            @Value("${smilefactory.server.pool-size:20}") int poolSize,
            @Value("${smilefactory.server.data-dir:server-data}") String dataDir,
            Environment environment) {
        Backend backend = jdbcUrl.isBlank()
                ? Backends.embedded(Path.of(dataDir), poolSize)
                : Backends.direct(jdbcUrl, user, password, poolSize, Path.of(dataDir));
        // Backups into <data-dir>/backups, on demand (admins, POST /api/v1/backups) and on schedule
        // (smilefactory.backup.interval / keep / first-check); restore only with --restore while the
        // server is stopped (decision 0017).
        return ((LocalBackend) backend)
                .enableBackups(BackupSettings.from(environment::getProperty, false))
                .startAutomaticBackups();
    }

    /** Bearer tokens live {@code smilefactory.server.token-ttl} (default 14 days) after sign-in. */
    @Bean
    SessionTokens sessionTokens(LocalBackend backend,
                                @Value("${smilefactory.server.token-ttl:P14D}") java.time.Duration ttl) {
        return new SessionTokens(backend.context(), ttl);
    }

    /** Offline copies' device credentials live {@code smilefactory.server.device-credential-ttl} (default 90 days). */
    @Bean
    org.smilefactory.core.accounts.DeviceCredentials deviceCredentials(LocalBackend backend, SessionTokens tokens,
            @Value("${smilefactory.server.device-credential-ttl:P90D}") java.time.Duration ttl) {
        return new org.smilefactory.core.accounts.DeviceCredentials(backend.context(), tokens, ttl);
    }

    /** Spring MVC reads and writes JSON with the contract's one mapping (Boot's own mapper backs off). */
    @Bean
    JsonMapper jsonMapper() {
        return ContractJson.mapper();
    }
}
