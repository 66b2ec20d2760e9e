-- A reversal's line number in its batch. Of two reversals of one line, the first received voids it and is named in
-- the explanation: the earliest batch, then the earliest line in it (the line id decided it before, alphabetically).
-- Null for charges and refunds, which costs them nothing (their rows have a null bitmap already).
ALTER TABLE ledger_lines ADD COLUMN arrival integer;
