-- A GET of $URL_PATH (default /) with the bearer token.
package.path = "bench/lua/?.lua;" .. package.path
local common = require("common")
local path = os.getenv("URL_PATH") or "/"
local request_text

function init(args)
  request_text = wrk.format("GET", path, common.headers())
end

function request() return request_text end
done = common.done
