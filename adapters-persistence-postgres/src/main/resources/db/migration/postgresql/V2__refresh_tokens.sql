-- Refresh tokens of signed-in sessions; only a hash of each token is kept. The same data and the
-- same answers as the SQLite schema's refresh_tokens (db/migration/sqlite/V3), in PostgreSQL's
-- idioms as in V1: uuid ids, timestamptz instants.

CREATE TABLE refresh_tokens (
  id         uuid        NOT NULL,
  -- The session: each refresh uses up one token of the family and issues the next.
  family_id  uuid        NOT NULL,
  -- CASCADE: removing a user ends their sessions. PostgreSQL indexes no referencing column by
  -- itself; refresh_tokens_user_id_idx below serves the cascade.
  user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash text        NOT NULL,
  issued_at  timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at    timestamptz,
  revoked_at timestamptz,
  CONSTRAINT refresh_tokens_pkey PRIMARY KEY (id),
  -- Every refresh looks its token up by hash, through this constraint's index.
  CONSTRAINT refresh_tokens_token_hash_key UNIQUE (token_hash)
);

-- Revoking a session: reuse detection and logout.
CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id);
-- Revoking every session of a user, and the cascade on a delete from users, which without this
-- index would read every token.
CREATE INDEX refresh_tokens_user_id_idx ON refresh_tokens (user_id);
-- Deleting the expired tokens.
CREATE INDEX refresh_tokens_expires_at_idx ON refresh_tokens (expires_at);
