-- Reads the cache generation and the entry of that generation in one round trip, so the entry
-- returned is never from a generation that a completed write has already left behind.
-- KEYS[1]: the generation counter. ARGV[1]: the entry key before the generation; ARGV[2]: after it.
-- Returns {generation, entry} (the entry is nil on a miss).
local generation = redis.call('GET', KEYS[1]) or '0'
local entry = redis.call('GET', ARGV[1] .. generation .. ARGV[2])
return {generation, entry}
