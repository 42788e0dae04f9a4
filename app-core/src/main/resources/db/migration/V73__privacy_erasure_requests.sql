-- Privacy (issue 14, decision 0018): members' requests to be erased, and the staff queue of them.
-- The row outlives the erasure (member_id then points at the anonymised member row), so the hub can
-- show that and when an erasure was asked for and confirmed; the reason is cleared on erasure.
CREATE TABLE erasure_requests (
    id            UUID PRIMARY KEY,
    member_id     UUID NOT NULL REFERENCES personal_details (user_id) ON DELETE CASCADE,
    status        VARCHAR(20) NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'confirmed', 'declined', 'withdrawn')),
    reason        TEXT,
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    decided_by    UUID REFERENCES personal_details (user_id) ON DELETE SET NULL,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT
);

COMMENT ON TABLE erasure_requests IS
    'A member asks to be erased; staff confirm (LocalPrivacyService, MemberEraser) or decline.';

-- at most one pending request per member; the staff queue reads pending requests oldest first
CREATE UNIQUE INDEX uq_erasure_requests_pending ON erasure_requests (member_id) WHERE status = 'pending';
CREATE INDEX idx_erasure_requests_status ON erasure_requests (status, requested_at);
CREATE INDEX idx_erasure_requests_member ON erasure_requests (member_id, requested_at DESC);
