-- Users and tasks. Ids are canonical lower-case UUIDs as TEXT, instants are epoch milliseconds as
-- INTEGER, codes are the API's words as TEXT. STRICT makes SQLite refuse values of another type.
-- Pragmas (WAL, foreign_keys, busy_timeout) are set on every pooled connection, never here: they
-- have no effect inside the transaction Flyway runs this script in.

CREATE TABLE users (
  id            TEXT    NOT NULL PRIMARY KEY,
  username      TEXT    NOT NULL,
  email         TEXT    NOT NULL CHECK (email = lower(email)),
  password_hash TEXT    NOT NULL,
  role          TEXT    NOT NULL CHECK (role IN ('user', 'admin')),
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
) STRICT;

-- Usernames compare exactly ("ann" and "Ann" are two users); e-mail addresses are stored in lower
-- case, so this index also makes them unique without regard to case.
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE UNIQUE INDEX users_username_key ON users (username);

CREATE TABLE tasks (
  id            TEXT    NOT NULL PRIMARY KEY,
  title         TEXT    NOT NULL,
  description   TEXT,
  status        TEXT    NOT NULL CHECK (status IN ('pending', 'in-progress', 'completed')),
  priority      TEXT    NOT NULL CHECK (priority IN ('low', 'medium', 'high')),
  -- Urgency as a number, so that priority sorts low < medium < high and can use an index.
  priority_rank INTEGER GENERATED ALWAYS AS
                  (CASE priority WHEN 'low' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END) VIRTUAL,
  due_date      INTEGER,
  assigned_to   TEXT,
  created_by    TEXT    NOT NULL REFERENCES users (id),
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  version       INTEGER NOT NULL CHECK (version >= 1)
) STRICT;

-- One index per listing the API offers. Ties are broken newest first, then by id, so each index
-- ends with (created_at, id); the "_asc" twins hold the ascending sorts whose tie-breakers run the
-- other way, which a single index cannot serve in both directions.
-- Newest or oldest first, unfiltered.
CREATE INDEX tasks_created_at_idx ON tasks (created_at, id);
-- Filtered by status, newest first.
CREATE INDEX tasks_status_idx ON tasks (status, created_at, id);
-- Filtered by priority (newest first), or sorted by priority, most urgent first.
CREATE INDEX tasks_priority_idx ON tasks (priority_rank, created_at, id);
-- Sorted by priority, least urgent first.
CREATE INDEX tasks_priority_asc_idx ON tasks (priority_rank, created_at DESC, id DESC);
-- Sorted by due date, latest first; undated tasks (NULL sorts lowest) come last.
CREATE INDEX tasks_due_date_idx ON tasks (due_date, created_at, id);
-- Sorted by due date, soonest first, undated tasks last.
CREATE INDEX tasks_due_date_asc_idx ON tasks (due_date IS NULL, due_date, created_at DESC, id DESC);
-- Filtered by assignee, newest first.
CREATE INDEX tasks_assigned_to_idx ON tasks (assigned_to, created_at, id);
