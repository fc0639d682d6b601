-- Answers to the topic's guided questions, by question id, so agents and reports can filter on them.
ALTER TABLE cases ADD COLUMN answers JSONB NOT NULL DEFAULT '{}'::jsonb;
