-- 参加工作日期: when the employee's working life began (any employer). Statutory annual leave (职工带薪年休假条例)
-- and the sick-leave medical period count cumulative years of work from it, not the tenure with this employer.
alter table employee.employee add column work_start_date date;
