-- wrk script for bench/run.py: counts responses outside 2xx (wrk itself only counts >= 400, so
-- a 302 to the login page would pass unnoticed) and prints one parseable JSON line at the end.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

-- Arguments after "--": POST <body> <cookie> <status>: send that form again and again, with that
-- cookie (the CSRF token), and count every answer other than <status> (e.g. 302 after a save).
function init(args)
  non2xx = 0
  eerste = 0 -- first unexpected status, to name it in the error
  verwacht = nil
  if args[1] == "POST" then
    local headers = {}
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    headers["Cookie"] = args[3]
    local verzoek = wrk.format("POST", nil, headers, args[2])
    request = function() return verzoek end
    verwacht = tonumber(args[4])
  end
end

function response(status, headers, body)
  if (verwacht and status ~= verwacht) or (not verwacht and (status < 200 or status > 299)) then
    non2xx = non2xx + 1
    if eerste == 0 then eerste = status end
  end
end

function done(summary, latency, requests)
  local fout, status = 0, 0
  for _, thread in ipairs(threads) do
    fout = fout + thread:get("non2xx")
    if status == 0 then status = thread:get("eerste") end
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duur_s": %.3f, "rps": %.2f, "p50_ms": %.2f, "p95_ms": %.2f, ' ..
    '"p99_ms": %.2f, "max_ms": %.2f, "non2xx": %d, "eerste_status": %d, "socketfouten": %d}\n',
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1e3, latency:percentile(95) / 1e3, latency:percentile(99) / 1e3,
    latency.max / 1e3, fout, status, e.connect + e.read + e.write + e.timeout))
end
