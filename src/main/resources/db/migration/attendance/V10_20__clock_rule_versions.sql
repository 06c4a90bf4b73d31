-- The tenant's time clock rules as effective-dated versions: a day is computed with the version in force on it, so a
-- changed grace applies from its date on and earlier open days keep theirs. Replaces attendance.clock_setting (one
-- undated row per tenant), whose rows become versions in force since 2000-01-01; that table is no longer read.
create table attendance.clock_rule (
    tenant_id                 varchar(40)  not null,
    effective_from            date         not null,
    grace_minutes             integer      not null,
    overtime_rule             varchar(20)  not null,
    min_overtime_minutes      integer      not null,
    correction_monthly_limit  integer      not null,
    changed_by                varchar(254),
    changed_at                timestamptz  not null default now(),
    constraint clock_rule_pk primary key (tenant_id, effective_from)
);

insert into attendance.clock_rule (tenant_id, effective_from, grace_minutes, overtime_rule, min_overtime_minutes,
                                   correction_monthly_limit)
select tenant_id, date '2000-01-01', grace_minutes, overtime_rule, min_overtime_minutes, correction_monthly_limit
  from attendance.clock_setting;
