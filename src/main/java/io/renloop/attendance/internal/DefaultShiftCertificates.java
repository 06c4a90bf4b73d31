package io.renloop.attendance.internal;

import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.ShiftCertificates;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeDirectory.Contact;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.NotFoundException;
import io.renloop.platform.TenantContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Transactional
@Validated
class DefaultShiftCertificates implements ShiftCertificates {

	private final ShiftCertificateStore store;

	private final ScheduleStore schedules;

	private final EmployeeDirectory directory;

	private final MessageSource messages;

	private final AuditTrail audit;

	DefaultShiftCertificates(ShiftCertificateStore store, ScheduleStore schedules, EmployeeDirectory directory,
			MessageSource messages, AuditTrail audit) {
		this.store = store;
		this.schedules = schedules;
		this.directory = directory;
		this.messages = messages;
		this.audit = audit;
	}

	@Override
	@Transactional(readOnly = true)
	public List<String> required(String shiftCode) {
		shift(shiftCode);
		return store.required(TenantContext.require(), shiftCode);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, List<String>> requiredByShift() {
		return store.requiredByShift(TenantContext.require());
	}

	@Override
	public List<String> require(String shiftCode, RequiredCertificates command) {
		shift(shiftCode);
		String tenant = TenantContext.require();
		TreeSet<String> types = new TreeSet<>();
		for (String type : command.certificateTypes()) {
			if (type == null || !type.strip().matches(TYPE)) {
				throw InvalidFieldsException.of("certificateTypes", "attendance.shift.badCertificateType");
			}
			types.add(type.strip());
		}
		List<String> before = store.required(tenant, shiftCode);
		store.replace(tenant, shiftCode, types);
		audit.recordChange("UPDATE", "ShiftCertificates", shiftCode, Map.of("certificateTypes", before),
				Map.of("certificateTypes", List.copyOf(types)));
		return List.copyOf(types);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CertificateWarning> forPlan(Collection<UUID> employeeIds, LocalDate from, LocalDate to,
			String shiftCode) {
		if (shiftCode == null) {
			return List.of();
		}
		Map<UUID, Map<LocalDate, String>> planned = new LinkedHashMap<>();
		for (UUID employee : employeeIds) {
			Map<LocalDate, String> days = planned.computeIfAbsent(employee, id -> new LinkedHashMap<>());
			from.datesUntil(to.plusDays(1)).forEach(day -> days.put(day, shiftCode));
		}
		return warnings(planned);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CertificateWarning> forSchedules(Map<UUID, List<ScheduledDay>> scheduled) {
		Map<UUID, Map<LocalDate, String>> planned = new LinkedHashMap<>();
		scheduled.forEach((employee, days) -> days.stream()
			.filter(ScheduledDay::isWorking)
			.forEach(day -> planned.computeIfAbsent(employee, id -> new LinkedHashMap<>())
				.put(day.date(), day.shift().code())));
		return warnings(planned);
	}

	/** One warning per employee, shift and certificate, at the first planned day without it. */
	private List<CertificateWarning> warnings(Map<UUID, Map<LocalDate, String>> planned) {
		String tenant = TenantContext.require();
		Map<String, List<String>> required = store.requiredByShift(tenant);
		if (required.isEmpty() || planned.isEmpty()) {
			return List.of();
		}
		List<String> types = required.values().stream().flatMap(List::stream).distinct().toList();
		Map<UUID, Map<String, Optional<LocalDate>>> held = store.validities(tenant, planned.keySet(), types);
		Map<String, CertificateWarning> found = new LinkedHashMap<>();
		planned.forEach((employee, days) -> days.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(day -> required.getOrDefault(day.getValue(), List.of()).forEach(type -> {
				Optional<LocalDate> validity = held.getOrDefault(employee, Map.of()).get(type);
				boolean lapsed = validity == null
						|| validity.isPresent() && day.getKey().isAfter(validity.get());
				if (lapsed) {
					found.putIfAbsent(employee + "/" + day.getValue() + "/" + type, new CertificateWarning(employee,
							null, day.getValue(), type, validity == null ? Lapse.MISSING : Lapse.EXPIRED,
							validity == null ? null : validity.get(), day.getKey(), null));
				}
			})));
		return named(new ArrayList<>(found.values()));
	}

	/** The warnings with the employees' names and the sentence in the reader's language. */
	private List<CertificateWarning> named(List<CertificateWarning> warnings) {
		if (warnings.isEmpty()) {
			return warnings;
		}
		Map<UUID, Contact> contacts = directory.contactsOf(warnings.stream().map(CertificateWarning::employeeId)
			.toList());
		Map<String, Shift> shifts = schedules.shifts(TenantContext.require());
		Locale locale = LocaleContextHolder.getLocale();
		boolean chinese = "zh".equals(locale.getLanguage());
		return warnings.stream().map(w -> {
			String name = Optional.ofNullable(contacts.get(w.employeeId())).map(Contact::name)
				.orElse(w.employeeId().toString());
			String shift = Optional.ofNullable(shifts.get(w.shiftCode())).map(s -> s.name(chinese))
				.orElse(w.shiftCode());
			String message = messages.getMessage("attendance.certificate." + w.status().name().toLowerCase(Locale.ROOT),
					new Object[] { name, w.certificateType(), shift, w.expiresOn() == null ? "" : w.expiresOn().toString(),
							w.firstDay().toString() }, locale);
			return new CertificateWarning(w.employeeId(), name, w.shiftCode(), w.certificateType(), w.status(),
					w.expiresOn(), w.firstDay(), message);
		}).toList();
	}

	private void shift(String code) {
		if (code == null || !schedules.shifts(TenantContext.require()).containsKey(code)) {
			throw new NotFoundException("Shift", code);
		}
	}
}
