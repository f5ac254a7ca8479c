-- PUT /api/v1/tasks/{id}: a status change of a random seeded task, without If-Match.
package.path = "bench/lua/?.lua;" .. package.path
local common = require("common")
local ids, headers

function init(args)
  ids = common.ids()
  headers = common.headers()
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  local n = common.next()
  return wrk.format("PUT", "/api/v1/tasks/" .. ids[math.random(#ids)], headers,
    common.status_body(n))
end
done = common.done
