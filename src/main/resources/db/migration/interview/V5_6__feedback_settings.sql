-- A tenant's choice of whether and when candidates see feedback on their AI interview, and the optional
-- OpenAI-compatible endpoint that drafts its wording (off while base_url is null). The API key is sealed with
-- the platform's personal-data cipher.
create table interview.feedback_settings (
    id                    uuid primary key,
    tenant_id             varchar(40) not null unique,
    feedback_release      varchar(20) not null
        check (feedback_release in ('NEVER', 'AFTER_SUBMIT', 'AFTER_DECISION', 'AFTER_DAYS')),
    feedback_delay_days   integer not null default 0 check (feedback_delay_days between 0 and 90),
    reviewer_base_url     varchar(500),
    reviewer_model        varchar(100),
    reviewer_api_key      bytea,
    reviewer_timeout_seconds integer not null default 20 check (reviewer_timeout_seconds between 1 and 120),
    updated_by            varchar(200) not null,
    updated_at            timestamptz not null,
    version               bigint not null default 0
);
