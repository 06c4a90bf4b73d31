-- The compliance view's read model (issue 15): the compliance of a 100,000-employee tenant is counted and paged in
-- one indexed query instead of reading every employee record and certificate of the department.

-- Who learns: each employee's name, unit, position and employment dates as the employee module announced them
-- (EmployeeHired, EmployeeLifecycleChanged, EmployeeRecordChanged; ADR 0018), refilled from its directory when empty
-- or on a rebuild.
create table training.learner (
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    name varchar(100) not null,
    department_id uuid,
    position_id uuid,
    hire_date date not null,
    termination_date date,
    primary key (tenant_id, employee_id)
);
create index learner_department_ix on training.learner (tenant_id, department_id);

-- The tenants whose learners were filled from the employee directory at least once: a tenant that existed before
-- this table is filled at its first compliance view, even when a hire announced since has already added someone.
create table training.learner_roster (
    tenant_id varchar(64) primary key,
    rebuilt_at timestamptz not null
);

-- The latest certificate of each employee and type (the one that lasts longest, no expiry counting as forever),
-- written with every certificate recorded.
create table training.latest_certificate (
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    type_code varchar(40) not null,
    certificate_id uuid not null,
    expires_on date,
    primary key (tenant_id, employee_id, type_code)
);

insert into training.latest_certificate (tenant_id, employee_id, type_code, certificate_id, expires_on)
select distinct on (tenant_id, employee_id, type_code) tenant_id, employee_id, type_code, id, expires_on
  from training.certificate
 order by tenant_id, employee_id, type_code, expires_on desc nulls first;

-- The compliance lines themselves, one per learner and type required by their position or held: the learner's unit,
-- name and employment dates copied next to the latest certificate, so that the counts of a unit of 30,000 people
-- and the first page of what needs action read one table by one index. Rewritten for a learner whenever the learner
-- or one of their certificates changes, and for the whole tenant when a type's required positions change.
create table training.compliance_line (
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    type_code varchar(40) not null,
    department_id uuid,
    name varchar(100) not null,
    hire_date date not null,
    termination_date date,
    required boolean not null,
    certificate_id uuid,
    expires_on date,
    primary key (tenant_id, employee_id, type_code)
);
create index compliance_line_department_ix on training.compliance_line (tenant_id, department_id);
