-- 90 % reads, 10 % writes: 45 % a page of 20 (one of the first 50 pages, filters varied),
-- 45 % one task by id, 5 % creates, 5 % status changes.
package.path = "bench/lua/?.lua;" .. package.path
local common = require("common")
local ids, headers
local filters = { "", "&status=pending", "&priority=high", "&sort=-priority" }

function init(args)
  ids = common.ids()
  headers = common.headers()
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  local r = math.random(100)
  if r <= 45 then
    return wrk.format("GET", "/api/v1/tasks?limit=20&page=" .. math.random(50) ..
      filters[math.random(#filters)], headers)
  elseif r <= 90 then
    return wrk.format("GET", "/api/v1/tasks/" .. ids[math.random(#ids)], headers)
  elseif r <= 95 then
    return wrk.format("POST", "/api/v1/tasks", headers, common.task_body(common.next()))
  else
    return wrk.format("PUT", "/api/v1/tasks/" .. ids[math.random(#ids)], headers,
      common.status_body(common.next()))
  end
end
done = common.done
