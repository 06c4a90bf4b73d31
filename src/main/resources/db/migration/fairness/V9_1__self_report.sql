-- A candidate's voluntary self-report for one application, used only for the fairness report. Both answers are
-- sealed with the platform's personal-data cipher; a null answer means "prefer not to say".
create table fairness.self_report (
    id              uuid primary key,
    tenant_id       varchar(40) not null,
    application_id  uuid not null,
    candidate_id    uuid not null,
    gender          bytea,
    age_band        bytea,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null default 0,
    constraint self_report_application_uk unique (tenant_id, application_id)
);
