-- Deactivated accounts, the users listing and the questions "did this user create tasks?".
-- V1 stays as it was: databases migrated by it upgrade with this script.

-- Every existing account stays active. SQLite allows NOT NULL here because of the default, and
-- checks the CHECK against the rows already there.
ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));

-- The users listing, oldest account first, ties broken by id; role and active filter the rows
-- this walk meets, which is cheap for a table of people.
CREATE INDEX users_created_at_idx ON users (created_at, id);

-- Whether a user created tasks: asked before deleting a user, and by SQLite itself when it checks
-- the foreign key tasks.created_by -> users.id on a delete from users, which without this index
-- would read every task.
CREATE INDEX tasks_created_by_idx ON tasks (created_by);
