-- The catalogue: online courses (video, PDF or rich text), classroom courses with sessions, external courses with a cost.
create table training.course (
    id uuid primary key,
    tenant_id varchar(64) not null,
    code varchar(40) not null,
    title_zh varchar(200) not null,
    title_en varchar(200) not null,
    kind varchar(20) not null,
    content_kind varchar(20),
    content_seconds int,
    min_watch_share numeric(3, 2),
    rich_text text,
    content_file varchar(200),
    content_type varchar(100),
    content_size bigint,
    hours numeric(6, 1) not null,
    credits numeric(6, 1) not null,
    cost numeric(12, 2) not null default 0,
    provider varchar(200),
    tags varchar(1000) not null default '',
    created_at timestamptz not null,
    constraint course_code_uq unique (tenant_id, code)
);

-- A classroom course's dated sessions; the trainer shows the sign-in token as a QR code.
create table training.course_session (
    id uuid primary key,
    tenant_id varchar(64) not null,
    course_id uuid not null references training.course (id),
    starts_at timestamptz not null,
    location varchar(200) not null,
    trainer varchar(100),
    capacity int not null,
    sign_in_token varchar(64) not null unique
);
create index course_session_course_ix on training.course_session (tenant_id, course_id);

-- Learning paths: a position's path, or the new-hire path every new employee is enrolled in.
create table training.learning_path (
    id uuid primary key,
    tenant_id varchar(64) not null,
    code varchar(40) not null,
    name_zh varchar(200) not null,
    name_en varchar(200) not null,
    position_id uuid,
    new_hire boolean not null default false,
    constraint learning_path_code_uq unique (tenant_id, code)
);

create table training.path_course (
    tenant_id varchar(64) not null,
    path_id uuid not null references training.learning_path (id),
    course_id uuid not null references training.course (id),
    seq int not null,
    due_days int not null default 30,
    primary key (path_id, course_id)
);

-- Who takes which course; one open enrolment per employee and course (paths and recommendations enrol idempotently).
create table training.enrolment (
    id uuid primary key,
    tenant_id varchar(64) not null,
    course_id uuid not null references training.course (id),
    employee_id uuid not null,
    session_id uuid references training.course_session (id),
    status varchar(20) not null,
    source varchar(20) not null,
    path_id uuid,
    watched_seconds int not null default 0,
    position_seconds int not null default 0,
    attended_at timestamptz,
    due_on date,
    cost numeric(12, 2) not null default 0,
    enrolled_by varchar(254),
    enrolled_at timestamptz not null,
    completed_at timestamptz,
    version bigint not null default 0
);
create unique index enrolment_open_uq on training.enrolment (tenant_id, course_id, employee_id)
    where status not in ('CANCELLED', 'REJECTED');
create index enrolment_employee_ix on training.enrolment (tenant_id, employee_id);
create index enrolment_session_ix on training.enrolment (session_id);

-- Certificate and licence types of a tenant (特种作业操作证, 安全培训合格证...), and the positions that require them.
create table training.certificate_type (
    id uuid primary key,
    tenant_id varchar(64) not null,
    code varchar(40) not null,
    name_zh varchar(200) not null,
    name_en varchar(200) not null,
    validity_months int,
    constraint certificate_type_code_uq unique (tenant_id, code)
);

create table training.certificate_requirement (
    tenant_id varchar(64) not null,
    type_code varchar(40) not null,
    position_id uuid not null,
    primary key (tenant_id, type_code, position_id)
);
create index certificate_requirement_position_ix on training.certificate_requirement (tenant_id, position_id);

-- Every certificate an employee holds: added by HR with a scan, issued on a passed exam, or taken over from onboarding.
create table training.certificate (
    id uuid primary key,
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    type_code varchar(40) not null,
    number varchar(100) not null,
    issuer varchar(200) not null,
    issued_on date not null,
    expires_on date,
    source varchar(20) not null,
    scan_file varchar(200),
    scan_type varchar(100),
    verify_code varchar(40) unique,
    created_at timestamptz not null
);
create index certificate_employee_ix on training.certificate (tenant_id, employee_id, type_code);
create index certificate_expiry_ix on training.certificate (expires_on);

-- One row per certificate and reminder threshold (90, 30, 7 days; 0 = expired): a reminder is sent once.
create table training.certificate_reminder (
    tenant_id varchar(64) not null,
    certificate_id uuid not null references training.certificate (id),
    threshold_days int not null,
    sent_at timestamptz not null,
    primary key (certificate_id, threshold_days)
);

-- Exam questions by bank; options one per line, the answer as option numbers (0-based, comma separated) or the text.
create table training.question (
    id uuid primary key,
    tenant_id varchar(64) not null,
    bank varchar(40) not null,
    kind varchar(20) not null,
    text varchar(2000) not null,
    options text not null default '',
    answer varchar(500) not null,
    explanation varchar(2000) not null default ''
);
create index question_bank_ix on training.question (tenant_id, bank);

create table training.exam (
    id uuid primary key,
    tenant_id varchar(64) not null,
    code varchar(40) not null,
    title_zh varchar(200) not null,
    title_en varchar(200) not null,
    bank varchar(40) not null,
    question_count int not null,
    time_limit_minutes int not null,
    pass_mark int not null,
    max_attempts int not null,
    course_id uuid references training.course (id),
    certificate_type_code varchar(40),
    validity_months int,
    constraint exam_code_uq unique (tenant_id, code)
);

create table training.exam_attempt (
    id uuid primary key,
    tenant_id varchar(64) not null,
    exam_id uuid not null references training.exam (id),
    employee_id uuid not null,
    question_ids text not null,
    started_at timestamptz not null,
    deadline timestamptz not null,
    submitted_at timestamptz,
    score int,
    passed boolean,
    certificate_id uuid references training.certificate (id)
);
create index exam_attempt_employee_ix on training.exam_attempt (tenant_id, employee_id, exam_id);

-- Development needs from the AI interview, performance gaps and managers, each with the evidence a reason quotes.
-- ref_key makes every listener idempotent (session + dimension, cycle + employee + item...).
create table training.development_need (
    id uuid primary key,
    tenant_id varchar(64) not null,
    employee_id uuid,
    application_id uuid,
    source varchar(20) not null,
    topic varchar(200) not null,
    score numeric(5, 2),
    missing_points varchar(2000) not null default '',
    context varchar(200) not null default '',
    ref_key varchar(300) not null,
    created_at timestamptz not null,
    constraint development_need_ref_uq unique (tenant_id, source, ref_key)
);
create index development_need_employee_ix on training.development_need (tenant_id, employee_id);
create index development_need_application_ix on training.development_need (tenant_id, application_id);

-- Offer → application → employee, pieced together from onboarding's events to attach interview needs to the hire.
create table training.hire_link (
    tenant_id varchar(64) not null,
    offer_id uuid primary key,
    application_id uuid,
    employee_id uuid
);
