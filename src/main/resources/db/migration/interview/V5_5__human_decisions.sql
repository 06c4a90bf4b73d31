-- People decide: interviewers' scorecards, the AI/human weights of a requisition's composite assessment, the
-- recorded decisions on applications and candidates' requests for a human review of their AI interview.
create table interview.scorecard (
    id                  uuid primary key,
    tenant_id           varchar(40) not null,
    application_id      uuid not null,
    requisition_id      uuid not null,
    interviewer_id      uuid not null,
    interviewer         varchar(200) not null,
    ratings             jsonb not null,
    comment             text,
    recommendation      varchar(20) not null check (recommendation in ('STRONG_YES', 'YES', 'NO', 'STRONG_NO')),
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint not null default 0,
    constraint scorecard_interviewer_uk unique (tenant_id, application_id, interviewer_id)
);

create table interview.assessment_weights (
    id                  uuid primary key,
    tenant_id           varchar(40) not null,
    requisition_id      uuid not null,
    ai_weight           integer not null check (ai_weight between 0 and 100),
    human_weight        integer not null check (human_weight between 0 and 100),
    updated_by          varchar(200) not null,
    updated_at          timestamptz not null,
    version             bigint not null default 0,
    constraint assessment_weights_requisition_uk unique (tenant_id, requisition_id),
    constraint assessment_weights_sum_ck check (ai_weight + human_weight = 100)
);

create table interview.hiring_decision (
    id                  uuid primary key,
    tenant_id           varchar(40) not null,
    application_id      uuid not null,
    outcome             varchar(20) not null check (outcome in ('ADVANCE', 'REJECT', 'HOLD')),
    reason              text,
    from_stage          varchar(20) not null,
    to_stage            varchar(20) not null,
    ai_score            numeric(5, 1),
    human_score         numeric(5, 1),
    composite           numeric(5, 1),
    decided_by          varchar(200) not null,
    decided_at          timestamptz not null
);

create index hiring_decision_application_idx on interview.hiring_decision (tenant_id, application_id);

create table interview.human_review (
    id                  uuid primary key,
    tenant_id           varchar(40) not null,
    session_id          uuid not null references interview.session (id),
    application_id      uuid not null,
    requisition_id      uuid not null,
    assigned_to         varchar(200) not null,
    reason              text,
    status              varchar(20) not null check (status in ('OPEN', 'ANSWERED')),
    requested_at        timestamptz not null,
    due_at              timestamptz not null,
    outcome             varchar(20) check (outcome in ('CONFIRMED', 'REVISED')),
    comment             text,
    answered_by         varchar(200),
    answered_at         timestamptz,
    version             bigint not null default 0,
    constraint human_review_session_uk unique (session_id)
);

create index human_review_status_idx on interview.human_review (tenant_id, status, due_at);
