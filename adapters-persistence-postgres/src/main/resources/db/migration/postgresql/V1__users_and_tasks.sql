-- Users and tasks, in PostgreSQL's own idioms; the same data and the same answers as the SQLite
-- schema (db/migration/sqlite), which the shared repository contract tests hold both to.
--
-- Ids are uuid: 16 bytes, and their order (byte by byte) is the order of their canonical lower-case
-- text, which is how the listings break ties on every store. Instants are timestamptz: readable in
-- psql, and exact for the domain's millisecond precision (timestamptz keeps microseconds). Codes are
-- enums whose labels are the API's words; the priority enum is declared in order of urgency, so it
-- sorts low < medium < high by itself. Foreign keys are always on in PostgreSQL.

CREATE TYPE user_role AS ENUM ('user', 'admin');
CREATE TYPE task_status AS ENUM ('pending', 'in-progress', 'completed');
CREATE TYPE task_priority AS ENUM ('low', 'medium', 'high');

CREATE TABLE users (
  id            uuid        NOT NULL,
  username      text        NOT NULL,
  email         text        NOT NULL,
  password_hash text        NOT NULL,
  role          user_role   NOT NULL,
  active        boolean     NOT NULL DEFAULT true,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  CONSTRAINT users_pkey PRIMARY KEY (id),
  -- Usernames compare exactly ("ann" and "Ann" are two users).
  CONSTRAINT users_username_key UNIQUE (username)
);

-- E-mail addresses are unique without regard to case, whatever case a row holds; the repository
-- looks them up through this index (WHERE lower(email) = lower(:email)). The error translation
-- knows the index by name.
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

-- The users listing, oldest account first, ties broken by id.
CREATE INDEX users_created_at_idx ON users (created_at, id);

CREATE TABLE tasks (
  id          uuid          NOT NULL,
  -- No length CHECK: the domain counts UTF-16 units, PostgreSQL code points; the domain decides.
  title       text          NOT NULL,
  description text,
  status      task_status   NOT NULL,
  priority    task_priority NOT NULL,
  due_date    timestamptz,
  assigned_to text,
  -- NO ACTION: deleting a user who created tasks fails (23503), which the repository reports as
  -- "the user has tasks".
  created_by  uuid          NOT NULL REFERENCES users (id),
  created_at  timestamptz   NOT NULL,
  updated_at  timestamptz   NOT NULL,
  version     bigint        NOT NULL CHECK (version >= 1),
  CONSTRAINT tasks_pkey PRIMARY KEY (id)
);

-- One index per listing the API offers, each ending with the tie-breakers (newest first, then by
-- id) so that a page walks the index and stops at its end instead of sorting every match.
-- Newest or oldest first, unfiltered (read backwards for oldest first).
CREATE INDEX tasks_created_at_idx ON tasks (created_at DESC, id DESC);
-- Filtered by status, newest first; a scan of one status reads it backwards, oldest first.
CREATE INDEX tasks_status_idx ON tasks (status, created_at DESC, id DESC);
-- Filtered by priority (newest first), or sorted by priority, most urgent first.
CREATE INDEX tasks_priority_idx ON tasks (priority DESC, created_at DESC, id DESC);
-- Sorted by due date, latest or soonest first; undated tasks come last either way.
CREATE INDEX tasks_due_date_desc_idx ON tasks (due_date DESC NULLS LAST, created_at DESC, id DESC);
CREATE INDEX tasks_due_date_asc_idx ON tasks (due_date ASC NULLS LAST, created_at DESC, id DESC);
-- Filtered by assignee, newest first. Partial: unassigned tasks are never looked up this way.
CREATE INDEX tasks_assigned_to_idx ON tasks (assigned_to, created_at DESC, id DESC)
  WHERE assigned_to IS NOT NULL;
-- Whether a user created tasks: asked before deleting a user, and by PostgreSQL itself when it
-- checks the foreign key on a delete from users, which without this index would read every task.
CREATE INDEX tasks_created_by_idx ON tasks (created_by);
