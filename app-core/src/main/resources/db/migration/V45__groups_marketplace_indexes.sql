-- Groups, marketplace and dashboard (issue 4): indexes for the keyset pages and the dashboard's
-- aggregates. V3 already has every column these features need (invite_code + invite_code_expires_at,
-- marketplace expires_at, stored tsvectors with GIN indexes); see decision 11.

-- Group list: active groups in name order, resumed after (name, id).
CREATE INDEX idx_groups_active_name_keyset ON groups (name, id) WHERE status = 'active';

-- "My groups" and the visibility rule look up one member's memberships by group.
CREATE INDEX idx_group_memberships_user_group ON group_memberships (user_id, group_id, status);

-- Browsing: active listings newest first, resumed after (created_at, id), both descending.
CREATE INDEX idx_marketplace_listings_active_keyset
    ON marketplace_listings (created_at DESC, id DESC) WHERE status = 'active';

-- A buyer's open transactions on a listing (one at a time) and "my transactions" by recency.
CREATE INDEX idx_marketplace_transactions_listing_buyer ON marketplace_transactions (listing_id, buyer_id, status);
CREATE INDEX idx_marketplace_transactions_buyer_updated ON marketplace_transactions (buyer_id, updated_at DESC);
CREATE INDEX idx_marketplace_transactions_seller_updated ON marketplace_transactions (seller_id, updated_at DESC);

-- Dashboard: members by type and state, and sign-ups per week, read only this small index
-- (index-only scans) instead of the wide member table.
CREATE INDEX idx_personal_details_member_stats
    ON personal_details (created_at, profile_type, profile_completion)
    WHERE deleted_at IS NULL AND role <> 'kiosk';
