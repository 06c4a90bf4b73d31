-- A region's wage figures besides its contributions: the local monthly minimum wage (sick pay is at least 80 % of it)
-- and the previous year's average monthly wage (the housing fund is tax-exempt up to 12 % of three times it).
alter table payroll.region_version add column minimum_wage numeric(10, 2);
alter table payroll.region_version add column average_monthly_wage numeric(10, 2);

-- The tenant's sick pay (病假工资) as a share of the day rate by years of service: a tier applies from its number of
-- service years until the next tier's. Without rows every employee gets 80 %.
create table payroll.sick_pay_tier (
    tenant_id varchar(64) not null,
    from_service_years int not null,
    share numeric(5, 4) not null,
    updated_by varchar(254),
    updated_at timestamptz not null,
    primary key (tenant_id, from_service_years),
    constraint sick_pay_tier_share check (share >= 0 and share <= 1)
);
