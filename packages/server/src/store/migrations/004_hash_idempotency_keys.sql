-- Keep only a hash of each idempotency key. The key itself opens the sealed token, so a database
-- that holds it (with the site) could reveal tokens; with only the hash it cannot.
UPDATE idempotency_keys SET key = encode(sha256(convert_to(site || chr(1) || key, 'UTF8')), 'hex');
ALTER TABLE idempotency_keys RENAME COLUMN key TO key_hash;
