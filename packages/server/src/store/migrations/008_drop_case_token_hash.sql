-- Tokens live in case_tokens since 006 (which copied each case's token there); nothing reads this column.
ALTER TABLE cases DROP COLUMN token_hash;
