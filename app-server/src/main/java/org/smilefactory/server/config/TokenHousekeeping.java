package org.smilefactory.server.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smilefactory.core.accounts.SessionTokens;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes expired and long-revoked session tokens and device credentials every hour, so {@code auth_tokens} does not grow
 * with every sign-in forever. Safe on several instances at once: the delete is idempotent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class TokenHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(TokenHousekeeping.class);
    private final SessionTokens tokens;
    private final org.smilefactory.core.accounts.DeviceCredentials devices;

    public TokenHousekeeping(SessionTokens tokens, org.smilefactory.core.accounts.DeviceCredentials devices) {
        this.tokens = tokens;
        this.devices = devices;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "${smilefactory.server.token-purge-every:PT1H}")
    public void purgeExpiredTokens() {
        int purged = tokens.purgeExpired() + devices.purgeExpired();
        if (purged > 0) {
            LOG.info("Purged {} expired or revoked session tokens", purged);
        }
    }
}
