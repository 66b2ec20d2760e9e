-- A cancellation or fraud reversal needs no rate of its own: its value is the line it voids (L6). One billed in a
-- month whose rate is not known yet is written with no USD figure rather than refused (a refusal kept the voided
-- charge counting). Only reversals may lack one: charges and refunds are what totals add up.
ALTER TABLE ledger_lines ALTER COLUMN usd_cents DROP NOT NULL,
  ADD CONSTRAINT ledger_lines_usd_cents_counted CHECK (usd_cents IS NOT NULL OR kind IN ('cancellation', 'fraud-reversal')) NOT VALID;
