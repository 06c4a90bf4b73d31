package io.renloop.leave.internal;

import io.renloop.attendance.ApprovedAbsence;
import io.renloop.attendance.ApprovedAbsences;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance's port to approved leave (ADR 0019): the approved half days of the employees, one entry per employee,
 * date and request — a whole day (fraction 1, no half) when both halves are held, else the half or the hours' share.
 */
@Component
class LeaveAbsences implements ApprovedAbsences {

	private final HeldDays held;

	LeaveAbsences(HeldDays held) {
		this.held = held;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ApprovedAbsence> between(Collection<UUID> employeeIds, LocalDate from, LocalDate to) {
		Map<String, List<HeldDays.Held>> byDay = new LinkedHashMap<>();
		for (HeldDays.Held day : held.between(employeeIds, from, to, true)) {
			byDay.computeIfAbsent(day.employeeId() + "/" + day.day() + "/" + day.requestId(), key -> new ArrayList<>())
				.add(day);
		}
		return byDay.values().stream().map(LeaveAbsences::absence).toList();
	}

	private static ApprovedAbsence absence(List<HeldDays.Held> halves) {
		HeldDays.Held first = halves.get(0);
		BigDecimal fraction = halves.stream().map(HeldDays.Held::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
		String half = halves.size() == 1 ? first.half().name() : null;
		return new ApprovedAbsence(first.employeeId(), first.day(), first.type(), first.paid(),
				LeaveSpan.plain(fraction), half);
	}
}
