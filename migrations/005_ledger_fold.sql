-- The tier engine's fold, made cheap to keep and cheap to run (issue 4's benchmark).

-- Cancellations and fraud reversals are about one line in a hundred: the fold finds a batch's by this small index.
CREATE INDEX ledger_keys_reversals ON ledger_keys (batch_id) WHERE kind IN ('cancellation', 'fraud-reversal');

-- A void whose line had not arrived when it was recorded (the reversal came first): the fold that brings the line
-- takes it out of the count. Only these are looked for in each fold, not every void ever recorded.
ALTER TABLE ledger_voids ADD COLUMN pending boolean NOT NULL DEFAULT false;
UPDATE ledger_voids v SET pending = true
WHERE NOT EXISTS (SELECT 1 FROM ledger_keys k WHERE k.source = v.source AND k.line_id = v.line_id);
CREATE INDEX ledger_voids_pending ON ledger_voids (source, line_id) WHERE pending;
