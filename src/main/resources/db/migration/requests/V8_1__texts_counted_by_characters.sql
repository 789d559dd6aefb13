-- Texts are checked by characters (an emoji or a rare character outside the Basic
-- Multilingual Plane counts once), while H2 measures VARCHAR in UTF-16 units, where such a
-- character takes two: a description of 4,000 emoji was refused by the database with an
-- error instead of being stored. Columns of checked text get room for twice their limit;
-- the checks keep the limits. PostgreSQL counts characters and is not affected either way.
ALTER TABLE req_category ALTER COLUMN name SET DATA TYPE VARCHAR(200);
ALTER TABLE req_category ALTER COLUMN name_en SET DATA TYPE VARCHAR(200);
ALTER TABLE req_category ALTER COLUMN description SET DATA TYPE VARCHAR(2000);
ALTER TABLE req_category ALTER COLUMN group_name SET DATA TYPE VARCHAR(200);
ALTER TABLE req_request ALTER COLUMN service_name SET DATA TYPE VARCHAR(400);
ALTER TABLE req_request ALTER COLUMN description SET DATA TYPE VARCHAR(8000);
ALTER TABLE req_request ALTER COLUMN address SET DATA TYPE VARCHAR(600);
ALTER TABLE req_request ALTER COLUMN first_name SET DATA TYPE VARCHAR(200);
ALTER TABLE req_request ALTER COLUMN last_name SET DATA TYPE VARCHAR(200);
ALTER TABLE req_request ALTER COLUMN public_note SET DATA TYPE VARCHAR(8000);
ALTER TABLE req_event ALTER COLUMN note SET DATA TYPE VARCHAR(8000);
