# Signing in to a running platform at $BASE from a benchmark script, one cookie jar per
# account. Source it: . "$(dirname "$0")/lib/session.sh"

# The CSRF token of a form page: form_token JAR PATH
form_token() {
	curl -s -b "$1" -c "$1" "$BASE$2" | sed -nE 's/.*name="_csrf"[^>]*value="([^"]+)".*/\1/p' | head -1
}

# The CSRF token for API calls: api_token JAR
api_token() {
	curl -s -b "$1" -c "$1" "$BASE/api/v1/csrf" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])'
}

# Signs in with the form and, when the account must change its password first, changes it
# to the replacement; exits when the account cannot sign in.
# sign_in JAR USER PASSWORD REPLACEMENT
sign_in() {
	local cookies=$1 user=$2 password=$3 replacement=$4
	rm -f "$cookies"
	curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "username=$user" \
		--data-urlencode "password=$password" --data-urlencode "_csrf=$(form_token "$cookies" /login)" "$BASE/login"
	if [ "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "$BASE/api/v1/csrf")" = 403 ]; then
		curl -s -o /dev/null -b "$cookies" -c "$cookies" --data-urlencode "current=$password" \
			--data-urlencode "replacement=$replacement" --data-urlencode "repeat=$replacement" \
			--data-urlencode "_csrf=$(form_token "$cookies" /console/password)" "$BASE/console/password"
	fi
	[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$cookies" "$BASE/api/v1/csrf")" = 200 ] \
		|| { echo "$user could not sign in" >&2; exit 1; }
}
