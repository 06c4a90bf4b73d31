package io.renloop.attendance.web;

import io.renloop.attendance.CalendarDay;
import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.ShiftCertificates;
import io.renloop.attendance.ShiftPlanning;
import io.renloop.attendance.WorkCalendars;
import io.renloop.attendance.WorkSchedules;
import io.renloop.employee.EmployeeQuery;
import io.renloop.employee.EmployeeStatus;
import io.renloop.employee.EmployeeSummary;
import io.renloop.employee.Employees;
import io.renloop.organization.DepartmentKind;
import io.renloop.organization.Organization;
import io.renloop.platform.TenantTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The attendance pages: a calendar's month, the shifts and rotations, a team's month schedule. */
@Controller
class AttendancePageController {

	/** A team page lists at most this many people; larger units are split into their teams. */
	static final int TEAM_PAGE_SIZE = 200;

	private final WorkSchedules schedules;

	private final WorkCalendars calendars;

	private final ShiftPlanning planning;

	private final Employees employees;

	private final Organization organization;

	private final TenantTime time;

	private final ShiftCertificates certificates;

	AttendancePageController(WorkSchedules schedules, WorkCalendars calendars, ShiftPlanning planning,
			Employees employees, Organization organization, TenantTime time, ShiftCertificates certificates) {
		this.certificates = certificates;
		this.schedules = schedules;
		this.calendars = calendars;
		this.planning = planning;
		this.employees = employees;
		this.organization = organization;
		this.time = time;
	}

	@GetMapping("/attendance/calendar")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	String calendar(@RequestParam(defaultValue = "default") String calendarId,
			@RequestParam(required = false) String month, Model model) {
		YearMonth shown = month(month);
		List<CalendarDay> days = schedules.calendarDays(calendarId, shown.atDay(1), shown.atEndOfMonth());
		List<CalendarDay> cells = new ArrayList<>();
		for (int blank = 1; blank < shown.atDay(1).getDayOfWeek().getValue(); blank++) {
			cells.add(null); // the grid starts on Monday
		}
		cells.addAll(days);
		model.addAttribute("active", "attendance");
		model.addAttribute("calendars", calendars.calendars());
		model.addAttribute("calendarId", calendarId);
		model.addAttribute("month", shown);
		model.addAttribute("cells", cells);
		model.addAttribute("named", days.stream().filter(d -> d.name() != null).toList());
		return "attendance/calendar";
	}

	@GetMapping("/attendance/shifts")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	String shifts(Model model) {
		model.addAttribute("active", "attendance");
		model.addAttribute("shifts", planning.shifts());
		model.addAttribute("rotations", planning.rotations());
		model.addAttribute("requiredCertificates", certificates.requiredByShift());
		return "attendance/shifts";
	}

	@GetMapping("/attendance/team-schedule")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	String teamSchedule(@RequestParam(required = false) UUID departmentId,
			@RequestParam(required = false) String month, Model model) {
		YearMonth shown = month(month);
		List<EmployeeSummary> people = employees
			.search(new EmployeeQuery(null, departmentId, null, 0, TEAM_PAGE_SIZE))
			.content();
		LocalDate from = shown.atDay(1);
		LocalDate to = shown.atEndOfMonth();
		Map<UUID, List<ScheduledDay>> planned = schedules.schedules(people.stream().map(EmployeeSummary::id).toList(),
				from, to);
		// a leaver stays on the month of the last day (their shifts end there) and is gone from the months after
		people = people.stream()
			.filter(p -> p.status() != EmployeeStatus.TERMINATED
					|| planned.getOrDefault(p.id(), List.of()).stream().anyMatch(ScheduledDay::isWorking))
			.toList();
		model.addAttribute("active", "attendance");
		model.addAttribute("teams", organization.departments()
			.stream()
			.filter(d -> d.kind() != DepartmentKind.COMPANY)
			.toList());
		model.addAttribute("departmentId", departmentId);
		model.addAttribute("month", shown);
		model.addAttribute("days", from.datesUntil(to.plusDays(1)).toList());
		model.addAttribute("people", people);
		model.addAttribute("planned", planned);
		model.addAttribute("certificateWarnings", certificates.forSchedules(planned));
		return "attendance/team-schedule";
	}

	/** The month asked for (yyyy-MM), else the current one in the tenant's zone. */
	private YearMonth month(String text) {
		try {
			return text == null || text.isBlank() ? YearMonth.from(time.today()) : YearMonth.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return YearMonth.from(time.today());
		}
	}
}
