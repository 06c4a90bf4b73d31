-- Read models of analytics, filled from other modules' events (never read from their tables): what the AI interview
-- said about a candidate, which accepted offer became which employee, and the performance results published later.
-- Together they answer whether the interview's dimension scores predict performance (predictive validity).

-- The AI-interview dimension scores of an application; the last scored session of the application counts.
create table analytics.interview_score (
    tenant_id varchar(64) not null,
    application_id uuid not null,
    candidate_id uuid not null,
    session_id uuid not null,
    dimension varchar(200) not null,
    score numeric(5, 2) not null,
    primary key (tenant_id, application_id, dimension)
);
create index interview_score_candidate_ix on analytics.interview_score (tenant_id, candidate_id);

-- The accepted offer of an application: the position the candidate was hired into.
create table analytics.accepted_offer (
    tenant_id varchar(64) not null,
    offer_id uuid not null,
    application_id uuid not null,
    position_id uuid not null,
    primary key (tenant_id, offer_id)
);

-- The employee record an accepted offer ended in, and the first working day.
create table analytics.hire (
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    offer_id uuid not null,
    hire_date date not null,
    primary key (tenant_id, employee_id)
);
create index hire_offer_ix on analytics.hire (tenant_id, offer_id);

-- Published performance results, one per employee and cycle.
create table analytics.performance_result (
    tenant_id varchar(64) not null,
    cycle_id uuid not null,
    employee_id uuid not null,
    period_start date not null,
    period_end date not null,
    published_at timestamptz not null,
    grade varchar(10) not null,
    score numeric(5, 2) not null,
    primary key (tenant_id, cycle_id, employee_id)
);
create index performance_result_employee_ix on analytics.performance_result (tenant_id, employee_id, period_end);

-- The AI-interview dimension scores of each hire, whichever of the three facts arrived last.
create view analytics.hire_interview_score as
select h.tenant_id, h.employee_id, o.position_id, h.hire_date, s.dimension, s.score
from analytics.hire h
join analytics.accepted_offer o on o.tenant_id = h.tenant_id and o.offer_id = h.offer_id
join analytics.interview_score s on s.tenant_id = o.tenant_id and s.application_id = o.application_id;
