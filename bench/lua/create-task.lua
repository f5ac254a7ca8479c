-- POST /api/v1/tasks, a new task each time (the token is an admin's).
package.path = "bench/lua/?.lua;" .. package.path
local common = require("common")
local headers

function init(args) headers = common.headers() end

function request()
  return wrk.format("POST", "/api/v1/tasks", headers, common.task_body(common.next()))
end
done = common.done
