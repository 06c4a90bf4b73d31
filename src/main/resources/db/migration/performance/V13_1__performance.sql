-- Performance: templates, cycles, reviews, metric data from other systems, calibration moves, objectives (OKR)

create table performance.template (
    id uuid primary key,
    tenant_id varchar(64) not null,
    code varchar(40) not null,
    name varchar(200) not null,
    kind varchar(20) not null,
    -- share of the score (0-100) that the position's competencies carry; the rest is the items'
    competency_weight integer not null default 0,
    -- KPI items: code, name, weight, metric, threshold, target, stretch, formula, veto
    items jsonb not null,
    updated_at timestamptz not null default now(),
    version integer not null default 0,
    unique (tenant_id, code)
);

-- the tenant's grades: the lowest score of each and the share of people the tenant expects in it
create table performance.grade_guidance (
    tenant_id varchar(64) primary key,
    grades jsonb not null,
    updated_at timestamptz not null default now()
);

create table performance.cycle (
    id uuid primary key,
    tenant_id varchar(64) not null,
    name varchar(200) not null,
    kind varchar(20) not null,
    period varchar(10) not null,
    period_start date not null,
    period_end date not null,
    template_id uuid not null references performance.template (id),
    department_id uuid,
    phase varchar(20) not null,
    phase_ends jsonb not null,
    forced_distribution boolean not null default false,
    appeal_days integer not null default 7,
    review_count integer not null default 0,
    approval_id uuid,
    created_at timestamptz not null default now(),
    published_at timestamptz,
    appeal_until date,
    version integer not null default 0
);
create index cycle_tenant on performance.cycle (tenant_id, period_end desc);

create table performance.review (
    id uuid primary key,
    tenant_id varchar(64) not null,
    cycle_id uuid not null references performance.cycle (id),
    employee_id uuid not null,
    employee_no varchar(40) not null,
    employee_name varchar(200) not null,
    department_id uuid,
    position_id uuid,
    status varchar(20) not null,
    -- per item: self score and comment, manager score and comment, the metric value and its source
    entries jsonb not null default '{}'::jsonb,
    self_comment text,
    manager_comment text,
    self_submitted_at timestamptz,
    manager_submitted_at timestamptz,
    manager_user_id uuid,
    score numeric(6, 2),
    grade varchar(4),
    calibrated_grade varchar(4),
    potential smallint,
    appeal_reason text,
    appeal_status varchar(20),
    updated_at timestamptz not null default now(),
    version integer not null default 0,
    unique (cycle_id, employee_id)
);
create index review_tenant_cycle on performance.review (tenant_id, cycle_id, department_id);
create index review_employee on performance.review (tenant_id, employee_id);

create table performance.metric_value (
    tenant_id varchar(64) not null,
    period varchar(10) not null,
    subject_id uuid not null,
    subject_kind char(1) not null,
    metric varchar(60) not null,
    value numeric(20, 4) not null,
    source varchar(200) not null,
    imported_at timestamptz not null default now(),
    primary key (tenant_id, period, metric, subject_id)
);

create table performance.calibration_move (
    id uuid primary key,
    tenant_id varchar(64) not null,
    cycle_id uuid not null,
    review_id uuid not null,
    from_grade varchar(4) not null,
    to_grade varchar(4) not null,
    reason text not null,
    moved_by varchar(200) not null,
    moved_at timestamptz not null default now()
);
create index calibration_move_cycle on performance.calibration_move (tenant_id, cycle_id, moved_at);

create table performance.objective (
    id uuid primary key,
    tenant_id varchar(64) not null,
    cycle_id uuid not null references performance.cycle (id),
    parent_id uuid references performance.objective (id),
    owner_kind varchar(20) not null,
    owner_id uuid,
    owner_name varchar(200) not null,
    title varchar(300) not null,
    -- key results: title, target, current, confidence
    key_results jsonb not null,
    updated_at timestamptz not null default now()
);
create index objective_cycle on performance.objective (tenant_id, cycle_id);

-- progress check-ins of objectives: the key results as they were reported, with a note
create table performance.objective_check_in (
    id uuid primary key,
    tenant_id varchar(64) not null,
    objective_id uuid not null references performance.objective (id),
    key_results jsonb not null,
    note varchar(2000),
    checked_by varchar(254) not null,
    checked_at timestamptz not null
);
create index objective_check_in_objective on performance.objective_check_in (tenant_id, objective_id, checked_at);

-- 360 feedback: raters proposed by the reviewed employee, approved by the manager, each answering once
create table performance.feedback (
    id uuid primary key,
    tenant_id varchar(64) not null,
    review_id uuid not null references performance.review (id),
    rater_id uuid not null,
    relation varchar(20) not null,
    status varchar(20) not null,
    scores jsonb,
    comment varchar(2000),
    answered_at timestamptz,
    unique (review_id, rater_id)
);
create index feedback_rater on performance.feedback (tenant_id, rater_id, status);
