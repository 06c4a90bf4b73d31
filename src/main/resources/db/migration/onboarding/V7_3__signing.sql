-- The signing key and self-signed certificate of each tenant (private key sealed with the PII key).
create table onboarding.signing_key (
    tenant_id       varchar(40) primary key,
    algorithm       varchar(20) not null,
    private_key     bytea not null,
    certificate     bytea not null,
    created_at      timestamptz not null
);

-- Offer PDFs: the signed offer (with its signature record page) once the candidate confirmed.
create table onboarding.offer_document (
    offer_id        uuid not null,
    tenant_id       varchar(40) not null,
    kind            varchar(20) not null,
    content         bytea not null,
    sha256          varchar(64) not null,
    created_at      timestamptz not null,
    primary key (offer_id, kind)
);
