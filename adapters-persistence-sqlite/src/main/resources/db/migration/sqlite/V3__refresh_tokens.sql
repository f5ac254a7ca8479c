-- Refresh tokens of signed-in sessions; only a hash of each token is kept. Ids are canonical
-- lower-case UUIDs as TEXT and instants epoch milliseconds as INTEGER, as in V1.

CREATE TABLE refresh_tokens (
  id         TEXT    NOT NULL PRIMARY KEY,
  -- The session: each refresh uses up one token of the family and issues the next.
  family_id  TEXT    NOT NULL,
  -- CASCADE: removing a user ends their sessions. foreign_keys=ON is set on every pooled
  -- connection, so SQLite enforces this (and the cascade) on each delete from users.
  user_id    TEXT    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash TEXT    NOT NULL,
  issued_at  INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  used_at    INTEGER,
  revoked_at INTEGER
) STRICT;

-- Every refresh looks its token up by hash.
CREATE UNIQUE INDEX refresh_tokens_token_hash_key ON refresh_tokens (token_hash);
-- Revoking a session: reuse detection and logout.
CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id);
-- Revoking every session of a user, and the cascade on a delete from users, which without this
-- index would read every token.
CREATE INDEX refresh_tokens_user_id_idx ON refresh_tokens (user_id);
-- Deleting the expired tokens.
CREATE INDEX refresh_tokens_expires_at_idx ON refresh_tokens (expires_at);
