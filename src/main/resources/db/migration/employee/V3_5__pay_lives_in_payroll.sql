-- Pay is kept by the payroll module's effective-dated pay structures (ADR 0023): the employee record holds no
-- second copy. Pre-release databases only held demo and test pay here; nothing is carried over.
alter table employee.employee drop column salary_enc;
