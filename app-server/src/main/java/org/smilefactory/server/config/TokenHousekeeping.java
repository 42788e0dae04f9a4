package org.smilefactory.server.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes expired device credentials every hour. Ended session tokens are a retention category
 * (decision 0023) and go with the retention job; a device credential is live until it expires or is
 * revoked, so it has no period to choose. Safe on several instances at once: the delete is idempotent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class TokenHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(TokenHousekeeping.class);
    private final org.smilefactory.core.accounts.DeviceCredentials devices;

    public TokenHousekeeping(org.smilefactory.core.accounts.DeviceCredentials devices) {
        this.devices = devices;
    }

    @Scheduled(initialDelayString = "PT5M", fixedDelayString = "${smilefactory.server.token-purge-every:PT1H}")
    public void purgeExpiredTokens() {
        int purged = devices.purgeExpired();
        if (purged > 0) {
            LOG.info("Purged {} expired or revoked device credentials", purged);
        }
    }
}
