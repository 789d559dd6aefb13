-- The channel of a request is "open311:" and the application's name (up to 100
-- characters), so it needs more than the 100 it had; H2 counts an emoji twice.
ALTER TABLE req_request ALTER COLUMN channel SET DATA TYPE VARCHAR(240);
ALTER TABLE req_event ALTER COLUMN actor SET DATA TYPE VARCHAR(240);
ALTER TABLE req_api_key ALTER COLUMN application SET DATA TYPE VARCHAR(200);
