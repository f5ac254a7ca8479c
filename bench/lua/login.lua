-- POST /api/v1/auth/login as one of the seeded users (user1..userN, $USERS of them).
package.path = "bench/lua/?.lua;" .. package.path
local common = require("common")
local users = tonumber(os.getenv("USERS") or "100")
local password = os.getenv("USER_PASSWORD")
local headers = { ["Content-Type"] = "application/json" }

function init(args) math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16)) end

function request()
  local n = math.random(users)
  return wrk.format("POST", "/api/v1/auth/login", headers,
    string.format('{"email":"user%d@example.com","password":"%s"}', n, password))
end
done = common.done
