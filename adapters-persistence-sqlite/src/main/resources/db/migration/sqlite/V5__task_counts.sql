-- How many tasks there are of each status, priority and assignee, kept by triggers in the
-- transaction of every change to tasks. A listing's total then sums the few rows its filter
-- matches here instead of counting every matching task (up to the whole board) for every page.
-- Profiles of mixed reads and writes found that count most of the cost of a page: a commit makes
-- the other connections drop their page caches, so each count re-read its index from the file.
CREATE TABLE task_counts (
  status        TEXT    NOT NULL,
  priority_rank INTEGER NOT NULL,
  -- '' for unassigned, so that the key has no NULL (which would never conflict).
  assigned_to   TEXT    NOT NULL,
  tasks         INTEGER NOT NULL CHECK (tasks >= 0),
  PRIMARY KEY (status, priority_rank, assigned_to)
) STRICT, WITHOUT ROWID;

INSERT INTO task_counts (status, priority_rank, assigned_to, tasks)
SELECT status, priority_rank, coalesce(assigned_to, ''), count(*)
FROM tasks
GROUP BY status, priority_rank, coalesce(assigned_to, '');

CREATE TRIGGER task_counts_after_insert AFTER INSERT ON tasks
BEGIN
  INSERT INTO task_counts (status, priority_rank, assigned_to, tasks)
  VALUES (NEW.status, NEW.priority_rank, coalesce(NEW.assigned_to, ''), 1)
  ON CONFLICT (status, priority_rank, assigned_to) DO UPDATE SET tasks = tasks + 1;
END;

CREATE TRIGGER task_counts_after_delete AFTER DELETE ON tasks
BEGIN
  UPDATE task_counts SET tasks = tasks - 1
  WHERE status = OLD.status
    AND priority_rank = OLD.priority_rank
    AND assigned_to = coalesce(OLD.assigned_to, '');
END;

CREATE TRIGGER task_counts_after_update AFTER UPDATE OF status, priority, assigned_to ON tasks
WHEN OLD.status IS NOT NEW.status
  OR OLD.priority IS NOT NEW.priority
  OR OLD.assigned_to IS NOT NEW.assigned_to
BEGIN
  UPDATE task_counts SET tasks = tasks - 1
  WHERE status = OLD.status
    AND priority_rank = OLD.priority_rank
    AND assigned_to = coalesce(OLD.assigned_to, '');
  INSERT INTO task_counts (status, priority_rank, assigned_to, tasks)
  VALUES (NEW.status, NEW.priority_rank, coalesce(NEW.assigned_to, ''), 1)
  ON CONFLICT (status, priority_rank, assigned_to) DO UPDATE SET tasks = tasks + 1;
END;
