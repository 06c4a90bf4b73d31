-- A former employee who is rehired (ADR 0035) joins their old record: the freeze of the earlier employment is lifted
-- on the new hire date instead of deleted, so that a late second delivery of the old termination cannot freeze the
-- balances again; a later termination freezes them anew.
alter table leave.balance_freeze add column lifted_on date;
