package io.renloop.attendance.internal.results;

import io.renloop.attendance.DailyResult;
import io.renloop.attendance.DailyResults;
import io.renloop.employee.Employees;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.TenantContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Live results for open months, the frozen ones for closed months (which do not change until reopened). */
@Service
@Transactional(readOnly = true)
class DefaultDailyResults implements DailyResults {

	private final DailyComputation computation;

	private final FrozenResults frozen;

	private final PeriodStates periods;

	private final Employees employees;

	DefaultDailyResults(DailyComputation computation, FrozenResults frozen, PeriodStates periods, Employees employees) {
		this.computation = computation;
		this.frozen = frozen;
		this.periods = periods;
		this.employees = employees;
	}

	@Override
	public List<DailyResult> of(UUID employeeId, LocalDate from, LocalDate to) {
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new BusinessRuleException(400, "timeclock.daily.range", MAX_DAYS);
		}
		if (!employeeId.equals(CurrentUser.require().employeeId())) {
			employees.get(employeeId); // not found outside the caller's data scope; one's own month needs no check
		}
		String tenantId = TenantContext.require();
		List<DailyResult> live = computation.compute(tenantId, List.of(employeeId), from, to).get(employeeId);
		if (!anyClosed(tenantId, from, to)) {
			return live;
		}
		Map<LocalDate, DailyResult> kept = frozen.days(tenantId, employeeId, from, to)
			.stream()
			.collect(Collectors.toMap(DailyResult::date, Function.identity()));
		List<DailyResult> days = new ArrayList<>();
		for (DailyResult day : live) {
			boolean closed = periods.closed(tenantId, YearMonth.from(day.date()).toString());
			days.add(closed && kept.containsKey(day.date()) ? kept.get(day.date()) : day);
		}
		return days;
	}

	private boolean anyClosed(String tenantId, LocalDate from, LocalDate to) {
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			if (periods.closed(tenantId, month.toString())) {
				return true;
			}
		}
		return false;
	}
}
