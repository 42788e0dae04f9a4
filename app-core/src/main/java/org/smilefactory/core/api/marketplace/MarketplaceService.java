package org.smilefactory.core.api.marketplace;

/** Marketplace listings and the transactions between buyers and sellers. */
public interface MarketplaceService {
}
