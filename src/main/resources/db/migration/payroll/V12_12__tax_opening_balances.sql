-- What an employee's tax year held before the tenant ran payroll in Renloop (paid by its earlier system): the sums of
-- the cumulative withholding through a month. The first month calculated in Renloop that year goes on from them when
-- no published month of the year comes first. One row per employee and year; saving again replaces it.
create table payroll.tax_opening_balance (
    tenant_id varchar(64) not null,
    employee_id uuid not null,
    tax_year int not null,
    through_month int not null,
    months int not null,
    income numeric(14, 2) not null,
    social_insurance numeric(14, 2) not null,
    special_additional numeric(14, 2) not null,
    other_deductions numeric(14, 2) not null,
    tax_paid numeric(14, 2) not null,
    updated_by varchar(254),
    updated_at timestamptz not null,
    primary key (tenant_id, employee_id, tax_year),
    constraint tax_opening_balance_months check (through_month between 1 and 12 and months between 1 and through_month)
);
