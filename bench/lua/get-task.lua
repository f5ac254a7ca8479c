-- GET /api/v1/tasks/{id} over the seeded ids, in a random order.
package.path = "bench/lua/?.lua;" .. package.path
local common = require("common")
local ids, headers

function init(args)
  ids = common.ids()
  headers = common.headers()
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  return wrk.format("GET", "/api/v1/tasks/" .. ids[math.random(#ids)], headers)
end
done = common.done
