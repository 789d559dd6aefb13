-- wrk script: POST /open311/v2/requests.json form-encoded, as an Open311 client sends it.
-- The key comes from the environment (OPEN311_KEY); every request is identical, and each is
-- stored as a request of its own.
local key = os.getenv("OPEN311_KEY")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "api_key=" .. key
	.. "&service_code=road-facilities"
	.. "&description=%E8%B7%AF%E7%81%AF%E4%B8%8D%E4%BA%AE%EF%BC%8C%E5%A4%9C%E9%87%8C%E5%BE%88%E9%BB%91"
	.. "&lat=39.935&long=116.405&address_id=110101001001"
	.. "&email=bench%40example.cn"

function response(status, headers, body)
	if status ~= 200 then
		io.stderr:write("status " .. status .. ": " .. body .. "\n")
	end
end
