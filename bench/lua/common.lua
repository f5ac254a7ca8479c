-- Shared by every scenario: the bearer token from $TOKEN, task ids from $IDS_FILE, and one
-- machine-readable line at the end that bench/run.sh turns into a table row:
--   RESULT <requests/s> <p50 ms> <p99 ms> <errors> <requests>
-- Errors are socket errors (connect, read, write, timeout) plus answers with status >= 400.

local common = {}

common.token = os.getenv("TOKEN")

function common.headers(extra)
  local h = { ["Content-Type"] = "application/json" }
  if common.token and common.token ~= "" then
    h["Authorization"] = "Bearer " .. common.token
  end
  for k, v in pairs(extra or {}) do h[k] = v end
  return h
end

function common.ids()
  local ids = {}
  local path = os.getenv("IDS_FILE")
  if path then
    for line in io.lines(path) do
      if line ~= "" then ids[#ids + 1] = line end
    end
  end
  return ids
end

local counter = 0
function common.next()
  counter = counter + 1
  return counter
end

local statuses = { "pending", "in-progress", "completed" }
local priorities = { "low", "medium", "high" }

function common.task_body(n)
  return string.format(
    '{"title":"Load task %d","description":"Created by the load benchmark.",' ..
    '"status":"%s","priority":"%s","dueDate":"2027-02-%02d"}',
    n, statuses[n % 3 + 1], priorities[n % 3 + 1], n % 28 + 1)
end

function common.status_body(n)
  return string.format('{"status":"%s"}', statuses[n % 3 + 1])
end

-- Answers by status >= 400, counted per thread and summed at the end (the table's notes).
local threads = {}
function setup(thread) threads[#threads + 1] = thread end
failures = {}
function response(status, headers, body)
  if status >= 400 then failures[status] = (failures[status] or 0) + 1 end
end

function common.done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("RESULT %.1f %.3f %.3f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors, summary.requests))
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("failures") or {}) do
      total[status] = (total[status] or 0) + n
    end
  end
  for status, n in pairs(total) do io.write(string.format("STATUS %d %d\n", status, n)) end
end

return common
