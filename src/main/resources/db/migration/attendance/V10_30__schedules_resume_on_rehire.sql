-- A former employee who is rehired (ADR 0035) joins their old record: the end of the earlier employment is marked
-- with the new hire date instead of deleted, so that a late second delivery of the old termination cannot end the
-- schedule again; a later termination ends it anew.
alter table attendance.employment_end add column rehired_on date;
