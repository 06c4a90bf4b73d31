-- The layout of the salary transfer file the pay group's bank takes (GENERIC, ICBC, CCB); GENERIC until chosen.
alter table payroll.pay_group add column bank_template varchar(20) not null default 'GENERIC';
