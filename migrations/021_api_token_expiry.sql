-- API tokens expire (issue 19): a token made for a feed that was forgotten must not work for ever. New tokens get
-- 1 to 365 days (90 unless asked otherwise); tokens made before this get 90 days from now, time to replace them.
ALTER TABLE api_tokens ADD COLUMN expires_at timestamptz;
UPDATE api_tokens SET expires_at = now() + interval '90 days';
ALTER TABLE api_tokens ALTER COLUMN expires_at SET NOT NULL;
