-- The interview question bank: questions per competency dimension and job family, each with its rubric.
create table interview.question (
    id                  uuid primary key,
    tenant_id           varchar(40) not null,
    question_key        varchar(80) not null,
    job_family          varchar(40),
    dimension           varchar(100) not null,
    type                varchar(20) not null,
    language            varchar(2) not null check (language in ('zh', 'en')),
    text                text not null,
    rubric              jsonb not null,
    time_limit_seconds  integer not null check (time_limit_seconds between 30 and 900),
    rubric_version      integer not null check (rubric_version > 0),
    archived            boolean not null default false,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint not null default 0,
    constraint question_key_uk unique (tenant_id, question_key)
);

create index question_bank_idx on interview.question (tenant_id, archived, dimension, question_key);
