-- Pay against the position's band midpoint (a ratio, -0.18 = 18 % below) as a previous system knew it, kept with the
-- person's outside history: the attrition model falls back on it when payroll has no structure or band for the day,
-- so that past leavers, who never had a structure in payroll, carry the feature as the staff do.
alter table analytics.person_fact add column pay_vs_band numeric(6, 4);
