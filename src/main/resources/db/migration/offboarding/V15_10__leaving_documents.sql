-- The leaving documents of a case (the leaving certificate of Labour Contract Law art. 50, the settlement statement,
-- the handover record): signed PDFs, made on their first read after the last day and kept unchanged from then on.
create table offboarding.leaving_document (
    case_id         uuid not null references offboarding.offboarding_case (id),
    tenant_id       varchar(40) not null,
    kind            varchar(30) not null check (kind in ('LEAVING_CERTIFICATE', 'SETTLEMENT_STATEMENT', 'HANDOVER_RECORD')),
    content         bytea not null,
    sha256          varchar(64) not null,
    created_at      timestamptz not null,
    primary key (case_id, kind)
);

-- The leaver's link to their documents, made on the last day and valid 90 days: found by the SHA-256 of its random
-- token; a copy of the token sealed with the PII key lets HR show the link again.
create table offboarding.leaving_document_link (
    case_id         uuid primary key references offboarding.offboarding_case (id),
    tenant_id       varchar(40) not null,
    token_hash      varchar(64) not null,
    token_sealed    bytea not null,
    expires_at      timestamptz not null,
    created_at      timestamptz not null,
    constraint leaving_document_link_token_uk unique (token_hash)
);
