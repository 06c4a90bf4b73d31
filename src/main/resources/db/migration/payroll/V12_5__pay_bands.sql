-- Pay bands per position, effective-dated like the pay structures (CNY a month): a version is never overwritten,
-- saving the same day again replaces that day's version. The pay-vs-band ratio of the attrition model compares an
-- employee's base with the midpoint of their position's band on a day; only the ratio leaves payroll.
create table payroll.pay_band (
    tenant_id varchar(64) not null,
    position_id uuid not null,
    effective_from date not null,
    minimum numeric(12, 2) not null,
    midpoint numeric(12, 2) not null,
    maximum numeric(12, 2) not null,
    updated_by varchar(254),
    updated_at timestamptz not null,
    primary key (tenant_id, position_id, effective_from),
    constraint pay_band_order check (minimum > 0 and minimum <= midpoint and midpoint <= maximum)
);
