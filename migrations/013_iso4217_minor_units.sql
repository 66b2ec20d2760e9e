-- Lines in these currencies were converted with the minor-unit digits ICU displays them with, not ISO 4217's (HUF
-- 500000 minor units at 0.0028 was stored as 140,000 cents instead of 1,400). Each is converted again from what was
-- sent, by its month's rate, with ISO's digits, rounded half away from zero as the service does (numeric round);
-- the voids that copied a voided line's figure take the new one, and the tier engine recomputes at its next fold.
-- The one correction ever made to lines as stored: they said the right amount, the conversion misread it.
CREATE TEMP TABLE iso_digits (currency char(3) PRIMARY KEY, digits integer NOT NULL) ON COMMIT DROP;
INSERT INTO iso_digits VALUES
  ('AFN', 2), ('ALL', 2), ('COP', 2), ('HUF', 2), ('IDR', 2), ('IQD', 3), ('IRR', 2), ('KPW', 2), ('LAK', 2),
  ('LBP', 2), ('MGA', 2), ('MMK', 2), ('PKR', 2), ('SOS', 2), ('SYP', 2), ('YER', 2);

UPDATE ledger_lines l
SET usd_cents = round(l.amount_minor * r.usd_per_unit * 100 / power(10::numeric, d.digits))::bigint
FROM iso_digits d, currency_rates r
WHERE l.currency = d.currency AND r.currency = l.currency AND r.month = date_trunc('month', l.billed_on)::date;

UPDATE ledger_voids v SET usd_cents = l.usd_cents
FROM ledger_lines l, iso_digits d
WHERE v.usd_cents IS NOT NULL AND l.source = v.source AND l.line_id = v.line_id AND l.publisher_id = v.publisher_id
  AND l.currency = d.currency;

UPDATE tier_engine SET as_of = NULL
WHERE EXISTS (SELECT 1 FROM ledger_lines l JOIN iso_digits d USING (currency));
