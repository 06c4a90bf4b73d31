-- Onboarding cases of new hires: the case opened by an accepted offer, the new hire's personal information
-- (sealed), uploaded documents (sealed), results of identity and education checks, and the checklists of HR,
-- IT and the manager instantiated from the tenant's template.
create schema if not exists onboarding;

create table onboarding.onboarding_case (
    id                      uuid primary key,
    tenant_id               varchar(40) not null,
    offer_id                uuid not null,
    application_id          uuid not null,
    candidate_id            uuid not null,
    requisition_id          uuid,
    department_id           uuid not null,
    position_id             uuid,
    candidate_name          varchar(200) not null,
    monthly_salary          numeric(12, 2) not null,
    start_date              date not null,
    probation_months        integer not null check (probation_months between 0 and 6),
    probation_end_date      date,
    accepted_at             timestamptz not null,
    status                  varchar(20) not null check (status in ('OPEN', 'SUBMITTED', 'COMPLETED', 'CANCELLED')),
    token_hash              varchar(64) not null,
    personal_info           bytea,
    submitted_at            timestamptz,
    completed_at            timestamptz,
    completed_by            varchar(200),
    employee_id             uuid,
    probation_reminders     varchar(40) not null default '',
    probation_approval_at   timestamptz,
    probation_outcome       varchar(20),
    created_at              timestamptz not null,
    version                 bigint not null default 0,
    constraint onboarding_case_offer_uk unique (tenant_id, offer_id),
    constraint onboarding_case_token_uk unique (token_hash)
);
create index onboarding_case_status_idx on onboarding.onboarding_case (tenant_id, status);

create table onboarding.onboarding_document (
    id                      uuid primary key,
    tenant_id               varchar(40) not null,
    case_id                 uuid not null references onboarding.onboarding_case (id),
    type                    varchar(20) not null check (type in ('ID_CARD', 'DEGREE', 'CERTIFICATE', 'PHOTO', 'OTHER')),
    file_name               varchar(255) not null,
    content_type            varchar(100) not null,
    size_bytes              bigint not null,
    content                 bytea not null,
    uploaded_at             timestamptz not null
);
create index onboarding_document_case_idx on onboarding.onboarding_document (case_id);

create table onboarding.verification_result (
    id                      uuid primary key,
    tenant_id               varchar(40) not null,
    case_id                 uuid not null references onboarding.onboarding_case (id),
    kind                    varchar(20) not null check (kind in ('IDENTITY', 'EDUCATION')),
    subject                 varchar(300) not null,
    outcome                 varchar(20) not null,
    detail                  varchar(500),
    checked_at              timestamptz not null
);
create index verification_result_case_idx on onboarding.verification_result (case_id);

create table onboarding.checklist_template_item (
    id                      uuid primary key,
    tenant_id               varchar(40) not null,
    owner                   varchar(20) not null check (owner in ('HR', 'IT', 'MANAGER')),
    title_zh                varchar(200) not null,
    title_en                varchar(200) not null,
    due_offset_days         integer not null,
    sort_order              integer not null
);
create index checklist_template_tenant_idx on onboarding.checklist_template_item (tenant_id);

create table onboarding.checklist_item (
    id                      uuid primary key,
    tenant_id               varchar(40) not null,
    case_id                 uuid not null references onboarding.onboarding_case (id),
    owner                   varchar(20) not null check (owner in ('HR', 'IT', 'MANAGER')),
    title_zh                varchar(200) not null,
    title_en                varchar(200) not null,
    due_date                date not null,
    sort_order              integer not null,
    done_at                 timestamptz,
    done_by                 varchar(200),
    last_reminded_on        date,
    version                 bigint not null default 0
);
create index checklist_item_case_idx on onboarding.checklist_item (case_id);
create index checklist_item_open_idx on onboarding.checklist_item (tenant_id, due_date) where done_at is null;
