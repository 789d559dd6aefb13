-- The audit log, appended only. Each record's hash covers its fields and the previous hash.
CREATE TABLE audit_record (
    seq             BIGINT       NOT NULL PRIMARY KEY,
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(64)  NOT NULL,
    unit_id         BIGINT,
    action          VARCHAR(64)  NOT NULL,
    target          VARCHAR(200) NOT NULL,
    before_state    VARCHAR(65535),
    after_state     VARCHAR(65535),
    source          VARCHAR(64)  NOT NULL,
    previous_hash   VARCHAR(64)  NOT NULL,
    hash            VARCHAR(64)  NOT NULL
);

CREATE INDEX audit_record_at_ix ON audit_record (at);

-- The head of the chain; appenders lock this row so that records are chained one at a time.
CREATE TABLE audit_head (
    id              INTEGER      NOT NULL PRIMARY KEY,
    seq             BIGINT       NOT NULL,
    hash            VARCHAR(64)  NOT NULL
);

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
