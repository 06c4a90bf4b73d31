-- Labour contracts (劳动合同): the tenant's templates per language, with the fixed term and the place of work, and
-- the contract of each onboarding case: its one-time code (hashed), the signature and the signed PDF (sealed
-- with the PII key, like the onboarding documents).
create table onboarding.contract_template (
    id              uuid primary key,
    tenant_id       varchar(40) not null,
    language        varchar(5) not null check (language in ('zh', 'en')),
    title           varchar(200) not null,
    body            text not null,
    term_months     integer not null check (term_months between 1 and 120),
    place_of_work   varchar(200) not null,
    updated_by      varchar(200),
    updated_at      timestamptz,
    version         bigint not null default 0,
    constraint contract_template_language_uk unique (tenant_id, language)
);

create table onboarding.labour_contract (
    id                      uuid primary key references onboarding.onboarding_case (id), -- the case's id
    tenant_id               varchar(40) not null,
    language                varchar(5) not null,
    code_hash               varchar(64),
    code_expires_at         timestamptz,
    failed_code_attempts    integer not null default 0,
    locked                  boolean not null default false,
    accepted_from_ip        varchar(64),
    signed_at               timestamptz,
    signed_from_ip          varchar(64),
    signed_user_agent       varchar(500),
    unsigned_sha256         varchar(64),
    signed_sha256           varchar(64),
    signed_pdf              bytea,
    updated_at              timestamptz not null,
    version                 bigint not null default 0
);
create index labour_contract_tenant_idx on onboarding.labour_contract (tenant_id);
