-- Agreement on a listing is exclusive (issue 13): at most one transaction per listing is 'agreed'.
-- LocalMarketplaceService checks it under the listing's row lock; this index holds it for any writer.
-- Hubs that already let two buyers agree keep the earliest agreement; the later ones go back to
-- 'negotiating' (their parties still see them and can agree again once the first deal is cancelled).
WITH ranked AS (
    SELECT id, row_number() OVER (PARTITION BY listing_id ORDER BY updated_at, id) AS n
    FROM marketplace_transactions
    WHERE status = 'agreed'
)
UPDATE marketplace_transactions t
SET status = 'negotiating', version = t.version + 1, updated_at = now()
FROM ranked
WHERE t.id = ranked.id AND ranked.n > 1;

CREATE UNIQUE INDEX ux_marketplace_transactions_one_agreed
    ON marketplace_transactions (listing_id) WHERE status = 'agreed';
