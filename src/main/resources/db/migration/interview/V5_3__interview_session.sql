-- A candidate's AI interview: a copy of the plan taken when the link was made, consent, answers and scores.
create table interview.session (
    id                  uuid primary key,
    tenant_id           varchar(40) not null,
    application_id      uuid not null,
    candidate_id        uuid not null,
    requisition_id      uuid not null,
    dimension_weights   jsonb not null,
    pass_threshold      integer not null,
    time_limit_minutes  integer,
    status              varchar(20) not null check (status in ('CREATED', 'CONSENTED', 'SUBMITTED')),
    expires_at          timestamptz not null,
    consented_at        timestamptz,
    submitted_at        timestamptz,
    overall             numeric(5, 1),
    dimension_scores    jsonb,
    created_by          varchar(200) not null,
    created_at          timestamptz not null,
    version             bigint not null default 0
);

create index session_application_idx on interview.session (tenant_id, application_id);

-- One row per planned question: the candidate's answer and, after submission, its score with the evidence and
-- the versions of rubric and scorer that produced it (the AI-decision log).
create table interview.session_answer (
    id                  uuid primary key,
    tenant_id           varchar(40) not null,
    session_id          uuid not null references interview.session (id),
    question_id         uuid not null,
    position            integer not null,
    dimension           varchar(100) not null,
    time_limit_seconds  integer not null,
    text                text,
    started_at          timestamptz,
    saved_at            timestamptz,
    score               integer check (score between 0 and 100),
    level               integer check (level between 1 and 5),
    evidence            jsonb,
    flags               jsonb,
    rubric_version      integer,
    scorer_version      varchar(80),
    scored_at           timestamptz,
    version             bigint not null default 0,
    constraint session_answer_question_uk unique (session_id, question_id)
);
