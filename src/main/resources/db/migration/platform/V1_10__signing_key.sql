-- The signing key and self-signed certificate of each tenant (private key sealed with the PII key), owned by the
-- platform since every module that issues documents signs with it (ADR 0032). The rows of onboarding.signing_key
-- move here in onboarding's V7_10, which runs after this script and after the table it moves from exists.
create table platform.signing_key (
    tenant_id       varchar(40) primary key,
    algorithm       varchar(20) not null,
    private_key     bytea not null,
    certificate     bytea not null,
    created_at      timestamptz not null
);
