package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.OnboardingCompleted;
import io.renloop.platform.LoginClosure;
import io.renloop.platform.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import io.renloop.employee.EmployeeCommands.SaveEmployee;
import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeRecords;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.Employees;
import io.renloop.onboarding.PersonalInfo;
import io.renloop.organization.Organization;
import io.renloop.shared.BankCardNumber;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Creates the employee record of a completed case through the employee module: a new employee number, the
 * offer's department and position, the department head as manager, the start date as hire date, the history and
 * personal data the new hire confirmed; announces {@link OnboardingCompleted}, on which payroll opens the pay
 * structure from the offer's pay (the employee record holds no pay). A returning person — a former employee with
 * the phone or e-mail the new hire confirmed — is rehired into their old record instead (same id, number and
 * timeline), and the logins closed on their last day open again.
 */
@Component
class EmployeeRecordCreation {

	private final Employees employees;

	private final EmployeeDirectory directory;

	private final LoginClosure logins;

	private final Organization organization;

	private final ApplicationEventPublisher events;

	EmployeeRecordCreation(Employees employees, EmployeeDirectory directory, LoginClosure logins,
			Organization organization, ApplicationEventPublisher events) {
		this.employees = employees;
		this.directory = directory;
		this.logins = logins;
		this.organization = organization;
		this.events = events;
	}

	EmployeeDetails hire(OnboardingCase onboarding, PersonalInfo info) {
		boolean prcId = PersonalInfoValidation.PRC_ID.equals(PersonalInfoValidation.idType(info));
		EmployeeStatus status = onboarding.probationMonths() > 0 ? EmployeeStatus.PROBATION : EmployeeStatus.ACTIVE;
		List<EmployeeRecords.WorkHistory> work = work(info);
		String email = blankToNull(info.email());
		String phone = phone(info.phone());
		Optional<UUID> former = directory.formerEmployeeMatching(phone, email);
		UUID head = organization.department(onboarding.departmentId()).managerId();
		// a returning department head is nobody's manager of their own
		UUID manager = former.isPresent() && former.get().equals(head) ? null : head;
		SaveEmployee command = new SaveEmployee("", info.name().strip(), email, phone, onboarding.departmentId(),
				onboarding.positionId(), manager, onboarding.startDate(), status,
				education(info), work, certificates(info),
				prcId ? info.idNumber().strip().toUpperCase() : null,
				info.bank() == null ? null : BankCardNumber.normalize(info.bank().cardNumber()),
				PersonalInfoValidation.birthDate(info), info.address(), workStart(work, onboarding.startDate()));
		EmployeeDetails hired = former.map(id -> rehire(id, command)).orElseGet(() -> employees.hire(command));
		events.publishEvent(new OnboardingCompleted(TenantContext.require(), onboarding.id(), onboarding.offerId(),
				hired.id(), onboarding.startDate(), former.isPresent()));
		return hired;
	}

	private EmployeeDetails rehire(UUID formerEmployee, SaveEmployee command) {
		EmployeeDetails rehired = employees.rehire(formerEmployee, command);
		logins.reopenLoginsOfEmployee(rehired.id());
		return rehired;
	}

	private static List<EmployeeRecords.Education> education(PersonalInfo info) {
		return info.education().stream()
			.filter(e -> e.school() != null && !e.school().isBlank())
			.map(e -> new EmployeeRecords.Education(e.school(), e.degree(), e.major(), date(e.start()), date(e.end())))
			.toList();
	}

	private static List<EmployeeRecords.WorkHistory> work(PersonalInfo info) {
		return info.workHistory().stream()
			.filter(w -> w.organization() != null && !w.organization().isBlank())
			.map(w -> new EmployeeRecords.WorkHistory(w.organization(), w.title(), date(w.start()), date(w.end())))
			.toList();
	}

	private static List<EmployeeRecords.Certificate> certificates(PersonalInfo info) {
		return info.certificates().stream()
			.filter(c -> c.name() != null && !c.name().isBlank())
			.map(c -> new EmployeeRecords.Certificate(c.name(), c.number(), null, null))
			.toList();
	}

	/** {@code 2019-07} or {@code 2019} as the first day; {@code present} and unreadable values as none. */
	static LocalDate date(String value) {
		if (value == null) {
			return null;
		}
		String text = value.strip();
		try {
			if (text.matches("\\d{4}-\\d{2}")) {
				return YearMonth.parse(text).atDay(1);
			}
			if (text.matches("\\d{4}")) {
				return LocalDate.of(Integer.parseInt(text), 1, 1);
			}
			if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return LocalDate.parse(text);
			}
		}
		catch (DateTimeParseException ex) {
			return null;
		}
		return null;
	}

	/** The employee record takes digits, spaces, + and - only. */
	private static String phone(String value) {
		return value == null ? null : value.replaceAll("[^0-9+ -]", "");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * 参加工作日期 from the work history the new hire confirmed: the earliest start, or the first day here when they
	 * name no earlier job. HR corrects it on the record when the history is incomplete.
	 */
	static LocalDate workStart(List<EmployeeRecords.WorkHistory> work, LocalDate startDate) {
		return work.stream()
			.map(EmployeeRecords.WorkHistory::start)
			.filter(start -> start != null && start.isBefore(startDate))
			.min(LocalDate::compareTo)
			.orElse(startDate);
	}
}
