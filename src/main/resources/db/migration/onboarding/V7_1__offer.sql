-- Offers made on applications: terms, approval, the candidate's link and one-time code, the outcome.
create table onboarding.offer (
    id                      uuid primary key,
    tenant_id               varchar(40) not null,
    application_id          uuid not null,
    candidate_id            uuid not null,
    requisition_id          uuid not null,
    department_id           uuid not null,
    position_id             uuid not null,
    monthly_salary          numeric(12, 2) not null check (monthly_salary > 0),
    start_date              date not null,
    probation_months        integer not null check (probation_months between 0 and 6),
    language                varchar(2) not null check (language in ('zh', 'en')),
    reply_by                date not null,
    status                  varchar(20) not null,
    headcount_override      varchar(1000),
    -- SHA-256 of the candidate's link token, to find the offer of a link
    token_hash              varchar(64),
    -- the token sealed with the PII key, so that HR can show the link again
    token_sealed            bytea,
    code_hash               varchar(64),
    code_expires_at         timestamptz,
    failed_code_attempts    integer not null default 0,
    locked                  boolean not null default false,
    decline_reason          varchar(1000),
    approval_comment        varchar(1000),
    accepted_from_ip        varchar(64),
    accepted_user_agent     varchar(500),
    signed_at               timestamptz,
    created_by              varchar(254) not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    version                 bigint not null default 0
);

create unique index offer_token_uk on onboarding.offer (token_hash) where token_hash is not null;
create index offer_application_idx on onboarding.offer (tenant_id, application_id);
create index offer_slot_idx on onboarding.offer (tenant_id, department_id, position_id, status);
-- at most one open offer per application
create unique index offer_open_per_application_uk on onboarding.offer (tenant_id, application_id)
    where status in ('DRAFT', 'PENDING_APPROVAL', 'APPROVED', 'ACCEPTED', 'SIGNED');
