package io.renloop.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.attendance.CalendarDay;
import io.renloop.attendance.ScheduledDay;
import io.renloop.attendance.ShiftTimes;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Schedules computed from rotations: 三班倒 and 四班三倒 cycles, night shifts that end the next morning (also on the
 * last day of a month), team assignments inherited down the tree, own assignments and days planned by hand first.
 */
class RotationsAndNightShiftsTests {

	static final UUID COMPANY = UUID.randomUUID();

	static final UUID MINE = UUID.randomUUID();

	static final UUID TEAM = UUID.randomUUID();

	static final UUID OFFICE = UUID.randomUUID();

	static final UUID CALENDAR = UUID.randomUUID();

	static final Map<String, Shift> SHIFTS = Map.of(
			"STD", new Shift("STD", "标准班", "Standard", LocalTime.of(9, 0), LocalTime.of(18, 0), 60, 0, 0, 0),
			"E", new Shift("E", "早班", "Early", LocalTime.of(7, 0), LocalTime.of(15, 0), 0, 5, 0, 0),
			"M", new Shift("M", "中班", "Middle", LocalTime.of(15, 0), LocalTime.of(23, 0), 0, 5, 0, 0),
			"N", new Shift("N", "夜班", "Night", LocalTime.of(23, 0), LocalTime.of(7, 0), 0, 5, 0, 0),
			"D12", new Shift("D12", "白班", "Day 12h", LocalTime.of(8, 0), LocalTime.of(20, 0), 60, 5, 0, 0),
			"N12", new Shift("N12", "夜班", "Night 12h", LocalTime.of(20, 0), LocalTime.of(8, 0), 60, 5, 0, 0));

	static final Rotation THREE_SHIFTS = new Rotation(UUID.randomUUID(), "3X8", "三班倒", "Three shifts",
			List.of("E", "E", "M", "M", "N", "N", "-", "-"), LocalDate.of(2026, 1, 1));

	static final Rotation FOUR_TEAMS = new Rotation(UUID.randomUUID(), "4T3", "四班三倒", "Four teams, three shifts",
			List.of("E", "E", "M", "M", "N", "N", "-", "-"), LocalDate.of(2026, 1, 1));

	static final Rotation TWO_SHIFTS = new Rotation(UUID.randomUUID(), "2X12", "两班倒", "Two shifts",
			List.of("D12", "D12", "N12", "N12", "-", "-"), LocalDate.of(2026, 1, 1));

	@Test
	void threeShiftRotationRepeatsItsEightDayCycleFromTheStartDate() {
		SchedulePlanner planner = planner(List.of(team(THREE_SHIFTS, TEAM, 0)), Map.of());
		List<ScheduledDay> days = planner.plan(UUID.randomUUID(), TEAM, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 16));
		assertThat(days.stream().map(RotationsAndNightShiftsTests::code).toList()).containsExactly("E", "E", "M", "M",
				"N", "N", null, null, "E", "E", "M", "M", "N", "N", null, null);
	}

	@Test
	void fourTeamsOnePhaseApartCoverEveryShiftEveryDay() {
		List<RotationAssignment> teams = new java.util.ArrayList<>();
		Map<UUID, UUID> parents = new HashMap<>();
		List<UUID> units = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		for (int i = 0; i < units.size(); i++) {
			teams.add(team(FOUR_TEAMS, units.get(i), i * 2));
			parents.put(units.get(i), MINE);
		}
		SchedulePlanner planner = planner(teams, parents);
		LocalDate from = LocalDate.of(2026, 3, 1);
		for (int day = 0; day < 16; day++) {
			LocalDate date = from.plusDays(day);
			List<String> codes = units.stream().map(unit -> code(planner.plan(UUID.randomUUID(), unit, date, date).get(0)))
				.toList();
			assertThat(codes).as(date.toString()).containsExactlyInAnyOrder("E", "M", "N", null);
		}
	}

	@Test
	void twoShiftRotationWorksTwelveHoursLessTheBreak() {
		SchedulePlanner planner = planner(List.of(team(TWO_SHIFTS, TEAM, 0)), Map.of());
		List<ScheduledDay> days = planner.plan(UUID.randomUUID(), TEAM, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 6));
		assertThat(days.stream().map(RotationsAndNightShiftsTests::code).toList()).containsExactly("D12", "D12", "N12",
				"N12", null, null);
		assertThat(days.get(2).shift().paidMinutes()).isEqualTo(11 * 60);
		assertThat(days.get(2).shift().crossesMidnight()).isTrue();
	}

	@Test
	void aNightShiftOnTheLastDayOfAMonthBelongsToThatDayAndEndsNextMorning() {
		// 31 January is day 30 of the cycle (30 mod 8 = 6, a rest day); an offset of 7 puts the team's two nights
		// (positions 4 and 5) on 30 and 31 January
		SchedulePlanner planner = planner(List.of(team(THREE_SHIFTS, TEAM, 7)), Map.of());
		List<ScheduledDay> days = planner.plan(UUID.randomUUID(), TEAM, LocalDate.of(2026, 1, 30),
				LocalDate.of(2026, 2, 1));
		ScheduledDay lastOfJanuary = days.get(1);
		assertThat(lastOfJanuary.date()).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(lastOfJanuary.shift())
			.isEqualTo(new ShiftTimes("N", LocalTime.of(23, 0), LocalTime.of(7, 0), 480, 5, 0, 0));
		assertThat(lastOfJanuary.shift().crossesMidnight()).isTrue();
		assertThat(days.get(2).shift()).as("1 February is a rest day of the cycle").isNull();
	}

	@Test
	void aNightShiftCrossesMidnightWithItsFullPaidTime() {
		Shift night = SHIFTS.get("N");
		assertThat(night.spanMinutes()).isEqualTo(480);
		assertThat(SHIFTS.get("STD").paidMinutes()).isEqualTo(480);
		assertThat(new Shift("X", "x", "x", LocalTime.of(8, 0), LocalTime.of(8, 0), 0, 0, 0, 0).spanMinutes())
			.as("end equal to start: a 24 h shift").isEqualTo(24 * 60);
	}

	@Test
	void membersOfUnitsBelowATeamInheritItsRotationAndOthersWorkTheStandardShift() {
		UUID crew = UUID.randomUUID();
		SchedulePlanner planner = planner(List.of(team(THREE_SHIFTS, MINE, 0)), Map.of(crew, TEAM, TEAM, MINE));
		assertThat(code(planner.plan(UUID.randomUUID(), crew, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)).get(0)))
			.isEqualTo("E");
		List<ScheduledDay> office = planner.plan(UUID.randomUUID(), OFFICE, LocalDate.of(2026, 1, 2),
				LocalDate.of(2026, 1, 3));
		assertThat(code(office.get(0))).as("a Friday").isEqualTo("STD");
		assertThat(code(office.get(1))).as("a Saturday").isNull();
	}

	@Test
	void ownAssignmentAndPlannedDaysWinOverTheTeam() {
		UUID employee = UUID.randomUUID();
		RotationAssignment own = new RotationAssignment(UUID.randomUUID(), TWO_SHIFTS.id(), null, employee,
				LocalDate.of(2026, 1, 3), null, 0);
		Map<UUID, Map<LocalDate, String>> entries = new HashMap<>();
		Map<LocalDate, String> planned = new HashMap<>();
		planned.put(LocalDate.of(2026, 1, 4), null);
		planned.put(LocalDate.of(2026, 1, 5), "STD");
		entries.put(employee, planned);
		SchedulePlanner planner = new SchedulePlanner(data(List.of(team(THREE_SHIFTS, TEAM, 0), own), Map.of(), entries));
		List<ScheduledDay> days = planner.plan(employee, TEAM, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 6));
		assertThat(days.stream().map(RotationsAndNightShiftsTests::code).toList()).containsExactly("E", "E", "N12",
				null, "STD", null);
		assertThat(days.get(3).dayType()).as("a Sunday").isEqualTo(io.renloop.attendance.DayType.REST_DAY);
	}

	@Test
	void anAssignmentEndsOnItsLastDay() {
		RotationAssignment ended = new RotationAssignment(UUID.randomUUID(), THREE_SHIFTS.id(), TEAM, null,
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), 0);
		SchedulePlanner planner = planner(List.of(ended), Map.of());
		List<ScheduledDay> days = planner.plan(UUID.randomUUID(), TEAM, LocalDate.of(2026, 1, 1),
				LocalDate.of(2026, 1, 2));
		assertThat(days.stream().map(RotationsAndNightShiftsTests::code).toList()).containsExactly("E", "STD");
	}

	static RotationAssignment team(Rotation rotation, UUID department, int offset) {
		return new RotationAssignment(UUID.randomUUID(), rotation.id(), department, null, rotation.startDate(), null,
				offset);
	}

	static SchedulePlanner planner(List<RotationAssignment> assignments, Map<UUID, UUID> parents) {
		return new SchedulePlanner(data(assignments, parents, Map.of()));
	}

	static PlanningData data(List<RotationAssignment> assignments, Map<UUID, UUID> parents,
			Map<UUID, Map<LocalDate, String>> entries) {
		Map<UUID, UUID> tree = new HashMap<>(parents);
		tree.putIfAbsent(MINE, COMPANY);
		tree.putIfAbsent(TEAM, MINE);
		tree.putIfAbsent(OFFICE, COMPANY);
		Map<LocalDate, CalendarDay> days = new HashMap<>();
		for (LocalDate d = LocalDate.of(2025, 12, 1); d.isBefore(LocalDate.of(2026, 12, 31)); d = d.plusDays(1)) {
			days.put(d, HolidayNotice.ordinary(d));
		}
		return new PlanningData(tree, Map.of(), CALENDAR, Map.of(CALENDAR, days), SHIFTS,
				Map.of(THREE_SHIFTS.id(), THREE_SHIFTS, FOUR_TEAMS.id(), FOUR_TEAMS, TWO_SHIFTS.id(), TWO_SHIFTS),
				assignments, entries);
	}

	static String code(ScheduledDay day) {
		return day.shift() == null ? null : day.shift().code();
	}
}
