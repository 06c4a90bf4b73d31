package io.renloop.attendance.internal.sites;

import io.renloop.attendance.ClockEvents;
import io.renloop.attendance.ClockEvents.Incoming;
import io.renloop.attendance.ClockEvents.Receipt;
import io.renloop.attendance.ClockSites;
import io.renloop.attendance.ClockSource;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeDirectory.Employment;
import io.renloop.organization.Organization;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.BusinessRuleException;
import io.renloop.platform.CurrentUser;
import io.renloop.platform.TenantContext;
import io.renloop.platform.TenantTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultClockSites implements ClockSites {

	private final SiteTable sites;

	private final ClockEvents clockEvents;

	private final EmployeeDirectory employees;

	private final Organization organization;

	private final AuditTrail audit;

	private final TenantTime time;

	DefaultClockSites(SiteTable sites, ClockEvents clockEvents, EmployeeDirectory employees, Organization organization,
			AuditTrail audit, TenantTime time) {
		this.sites = sites;
		this.clockEvents = clockEvents;
		this.employees = employees;
		this.organization = organization;
		this.audit = audit;
		this.time = time;
	}

	@Override
	public SiteView create(SaveSite command) {
		if (command.departmentIds() != null) {
			command.departmentIds().forEach(organization::department); // not found for another tenant's department
		}
		UUID id = UUID.randomUUID();
		sites.insert(id, TenantContext.require(), command, time.clock().instant());
		audit.recordChange("CREATE", "ClockSite", id, null, command);
		return list().stream().filter(site -> site.id().equals(id)).findFirst().orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<SiteView> list() {
		return sites.all(TenantContext.require());
	}

	@Override
	public PhoneClockIn clockIn(PhonePosition position) {
		UUID self = CurrentUser.require().employeeId();
		if (self == null) {
			throw new BusinessRuleException("timeclock.clockIn.noEmployee");
		}
		Employment employee = employees.employment(self)
			.orElseThrow(() -> new BusinessRuleException("timeclock.clockIn.noEmployee"));
		SiteTable.NamedFence site = sites.forDepartments(TenantContext.require(), upwards(employee.departmentId()))
			.orElseThrow(() -> new BusinessRuleException("timeclock.clockIn.noSite"));
		double accuracy = position.accuracy() == null ? 0 : position.accuracy();
		int distance = (int) Math.round(site.fence().distanceMeters(position.latitude(), position.longitude()));
		if (!site.fence().admits(position.latitude(), position.longitude(), accuracy)) {
			throw new BusinessRuleException(422, "timeclock.clockIn.outside", distance, site.name(),
					site.fence().radiusMeters());
		}
		Instant now = time.clock().instant();
		Receipt receipt = clockEvents.ingest(List.of(new Incoming("phone-" + self, UUID.randomUUID().toString(),
				employee.employeeNo(), OffsetDateTime.ofInstant(now, ZoneOffset.UTC).toString(),
				ClockSource.MOBILE.name())));
		if (receipt.accepted() != 1) {
			throw new IllegalStateException("A phone clock-in was not kept: " + receipt);
		}
		audit.recordChange("CLOCK_IN", "ClockEvent", self, null, new PhoneClockIn(now, site.name(), distance));
		return new PhoneClockIn(now, site.name(), distance);
	}

	/** The department and those above it, nearest first. */
	private List<UUID> upwards(UUID departmentId) {
		Map<UUID, UUID> parents = organization.departmentParents();
		List<UUID> chain = new ArrayList<>();
		for (UUID id = departmentId; id != null && chain.size() < 50; id = parents.get(id)) {
			chain.add(id);
		}
		return chain;
	}
}
