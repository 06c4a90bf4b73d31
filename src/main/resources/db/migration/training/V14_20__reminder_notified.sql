-- When the messages of a reminder (e-mail, SMS, group robot) were handed over: set once by the listener of the
-- durable ReminderDue, so that a redelivered event sends nothing twice.
alter table training.certificate_reminder add column notified_at timestamptz;
