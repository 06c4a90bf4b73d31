package io.renloop.demo;

import io.renloop.attendance.ShiftPlanning;
import io.renloop.attendance.ShiftPlanning.AssignRotation;
import io.renloop.attendance.ShiftPlanning.SaveRotation;
import io.renloop.attendance.ShiftPlanning.SaveShift;
import io.renloop.attendance.WorkCalendars;
import io.renloop.organization.Organization;
import io.renloop.platform.RenloopProperties;
import io.renloop.platform.SystemActor;
import io.renloop.platform.TenantAdministration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo tenants' work calendars and shifts: offices work the standard day shift; the underground teams
 * 井下采煤一队, 井下采煤二队 and 掘进队 work 三班倒 (early 06–14, middle 14–22, night 22–06, two of each, then two
 * days off), each team a phase apart. Idempotent: nothing happens once the rotation exists.
 */
@Component
@Order(2)
class DemoSchedules implements ApplicationRunner {

	static final String ROTATION = "SAN_BAN_DAO";

	private static final List<String> UNDERGROUND_TEAMS = List.of("COAL-1", "COAL-2", "TUNNEL");

	private final RenloopProperties properties;

	private final TenantAdministration administration;

	private final Organization organization;

	private final WorkCalendars calendars;

	private final ShiftPlanning planning;

	DemoSchedules(RenloopProperties properties, TenantAdministration administration, Organization organization,
			WorkCalendars calendars, ShiftPlanning planning) {
		this.properties = properties;
		this.administration = administration;
		this.organization = organization;
		this.calendars = calendars;
		this.planning = planning;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.demo()) {
			return;
		}
		for (String tenant : List.of("demo", "acme")) {
			if (administration.tenant(tenant).isPresent()) {
				SystemActor.runAs(tenant, calendars::calendars); // seeds the default calendar and standard shift
			}
		}
		if (administration.tenant("demo").isEmpty()) {
			return;
		}
		SystemActor.runAs("demo", () -> {
			if (planning.rotations().stream().anyMatch(r -> r.code().equals(ROTATION))) {
				return;
			}
			planning.saveShift("EARLY", new SaveShift("早班", "Early shift", LocalTime.of(6, 0), LocalTime.of(14, 0), 30,
					5, 0, 0));
			planning.saveShift("MIDDLE", new SaveShift("中班", "Middle shift", LocalTime.of(14, 0), LocalTime.of(22, 0),
					30, 5, 0, 0));
			planning.saveShift("NIGHT", new SaveShift("夜班", "Night shift", LocalTime.of(22, 0), LocalTime.of(6, 0), 30,
					5, 0, 0));
			LocalDate start = LocalDate.of(2025, 1, 1);
			planning.createRotation(new SaveRotation(ROTATION, "三班倒", "Three shifts (8 h)",
					List.of("EARLY", "EARLY", "MIDDLE", "MIDDLE", "NIGHT", "NIGHT", "-", "-"), start));
			for (int i = 0; i < UNDERGROUND_TEAMS.size(); i++) {
				int team = i;
				organization.departmentByCode(UNDERGROUND_TEAMS.get(i))
					.ifPresent(d -> planning.assignRotation(new AssignRotation(ROTATION, d.id(), null, start, null,
							team * 2)));
			}
		});
	}
}
