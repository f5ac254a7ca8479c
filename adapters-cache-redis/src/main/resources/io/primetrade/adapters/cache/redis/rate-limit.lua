-- A sliding-window log: at most ARGV[1] requests in any window of ARGV[2] ms, counted atomically
-- by Redis for every instance at once. Time is Redis's own, so instances' clocks do not matter.
-- KEYS[1]: the sorted set of this key's requests (score: millis). ARGV[3]: a member id, unique.
-- Returns {allowed (1 or 0), permits remaining, ms until the next permit frees (0 if one is free)}.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local permits = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local count = redis.call('ZCARD', KEYS[1])
local function untilOldestLeaves()
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return math.max(0, tonumber(oldest[2]) + window - now)
end
if count >= permits then
  return {0, 0, untilOldestLeaves()}
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
count = count + 1
if count >= permits then
  return {1, 0, untilOldestLeaves()}
end
return {1, permits - count, 0}
