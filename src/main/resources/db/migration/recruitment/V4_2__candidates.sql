-- Candidates (persons) and their applications to requisitions, with the stage history of each application.
-- Contact details are stored normalized so that duplicates are found by equality; the resume text is sealed
-- with the personal-data key; the parsed profile never holds protected attributes.

create table recruitment.candidate (
    id                uuid primary key,
    tenant_id         varchar(40) not null,
    name              varchar(200) not null,
    phone             varchar(40),
    email             varchar(254),
    profile           jsonb,
    resume_text_enc   bytea,
    resume_simhash    bigint,
    channel           varchar(30) not null,
    consent_given_at  timestamptz not null,
    retain_until      date not null,
    created_at        timestamptz not null,
    version           bigint not null default 0,
    constraint candidate_phone_uk unique (tenant_id, phone),
    constraint candidate_email_uk unique (tenant_id, email)
);
create index candidate_simhash_ix on recruitment.candidate (tenant_id) where resume_simhash is not null;

create table recruitment.application (
    id              uuid primary key,
    tenant_id       varchar(40) not null,
    candidate_id    uuid not null references recruitment.candidate(id),
    requisition_id  uuid not null references recruitment.requisition(id),
    channel         varchar(30) not null,
    cost            numeric(12, 2),
    stage           varchar(20) not null,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         bigint not null default 0,
    constraint application_once_uk unique (tenant_id, candidate_id, requisition_id)
);
create index application_requisition_ix on recruitment.application (tenant_id, requisition_id, stage);

create table recruitment.application_history (
    id              uuid primary key,
    tenant_id       varchar(40) not null,
    application_id  uuid not null references recruitment.application(id),
    from_stage      varchar(20),
    to_stage        varchar(20) not null,
    reason          varchar(1000),
    actor           varchar(254) not null,
    occurred_at     timestamptz not null
);
create index application_history_ix on recruitment.application_history (application_id, occurred_at);
