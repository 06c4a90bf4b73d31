-- Correction runs (补发/补扣) of a published month: a run of kind CORRECTION for the same period and pay group that
-- recalculates the month with the inputs as they are now. Its payslip rows hold only what the month changes by — the
-- differences of the totals, of every line (codes DIFF_<code>) and of the tax year to date (ytd_* columns) — and are
-- paid with the regular run of target_period, the next month whose regular run is not approved yet. The corrected
-- run's own rows stay as they were published.
alter table payroll.payroll_run add column corrects_run_id uuid references payroll.payroll_run (id);
alter table payroll.payroll_run add column target_period char(7);
create index payroll_run_target_ix on payroll.payroll_run (tenant_id, target_period) where kind = 'CORRECTION';
