-- The board filtered by status and sorted by something other than creation time. V1 has an index
-- for each filter (newest first) and for each sort (unfiltered), but none for both at once, so a
-- page of the pending tasks most urgent first made SQLite sort every pending task (a third of the
-- board) for each page. A status splits the board into three large parts, which is why it gets
-- these two; the other filters do not (see below).

-- Filtered by status, most urgent first (walked backwards); also a status and a priority filter
-- together, newest first.
CREATE INDEX tasks_status_priority_idx ON tasks (status, priority_rank, created_at, id);

-- Filtered by status, due soonest first, undated last: the "what is next" view of one status.
CREATE INDEX tasks_status_due_date_asc_idx
  ON tasks (status, due_date IS NULL, due_date, created_at DESC, id DESC);

-- Deliberately not indexed, because each index costs every insert and most updates:
-- - an assignee with a sort: tasks_assigned_to_idx reads only that person's tasks, few enough to
--   sort; one index per sort for them would double the indexes every write maintains;
-- - a status with the rarer orders (least urgent first, latest due first, by title): a status index
--   narrows them to one status, which is then sorted;
-- - a priority with an order other than newest first: sorting by priority within one priority is
--   newest first anyway, and by due date or title is rare; the priority index narrows those;
-- - by title at all: COLLATE NOCASE ordering of free text is the least used of the sorts.
