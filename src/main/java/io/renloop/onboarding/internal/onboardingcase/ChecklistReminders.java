package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.OnboardingStatus;
import io.renloop.platform.MailMessage;
import io.renloop.platform.OutgoingMail;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails the owners of checklist items that are due within a day or overdue, at most once per item and day.
 */
@Component
class ChecklistReminders {

	private final JdbcTemplate jdbc;

	private final ChecklistItemRepository items;

	private final OnboardingCaseRepository cases;

	private final Recipients recipients;

	private final OutgoingMail mail;

	private final OnboardingTexts texts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ChecklistReminders(JdbcTemplate jdbc, ChecklistItemRepository items, OnboardingCaseRepository cases,
			Recipients recipients, OutgoingMail mail, OnboardingTexts texts, TransactionTemplate transactions,
			Clock clock) {
		this.jdbc = jdbc;
		this.items = items;
		this.cases = cases;
		this.recipients = recipients;
		this.mail = mail;
		this.texts = texts;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(cron = "${renloop.onboarding.reminder-cron:0 0 8 * * *}")
	@SchedulerLock(name = "onboarding.checklist-reminders")
	void remindAllTenants() {
		LocalDate today = LocalDate.now(clock);
		List<String> tenants = jdbc.queryForList("""
				select distinct tenant_id from onboarding.checklist_item
				where done_at is null and due_date <= ?""", String.class, today.plusDays(1));
		tenants.forEach(tenant -> SystemActor.runAs(tenant, () -> remind(today)));
	}

	/** Reminds the current tenant's owners; returns how many items were reminded of. */
	int remind(LocalDate today) {
		return transactions.execute(status -> {
			int reminded = 0;
			for (ChecklistItem item : items.findByDoneAtIsNullAndDueDateLessThanEqual(today.plusDays(1))) {
				OnboardingCase onboarding = cases.findById(item.caseId()).orElse(null);
				if (onboarding == null || !item.needsReminderOn(today)
						|| onboarding.status() == OnboardingStatus.CANCELLED) {
					continue;
				}
				String key = item.dueDate().isBefore(today) ? "onboarding.mail.checklist.overdue"
						: "onboarding.mail.checklist.due";
				for (String to : recipients.of(item.owner(), onboarding.departmentId())) {
					mail.send(MailMessage.plain(TenantContext.require(), to, texts.both(key + ".subject",
							item.title(true), onboarding.candidateName()), texts.body(key + ".body", item.title(true), onboarding.candidateName(),
									item.dueDate().toString())));
				}
				item.recordReminder(today);
				reminded++;
			}
			return reminded;
		});
	}
}
