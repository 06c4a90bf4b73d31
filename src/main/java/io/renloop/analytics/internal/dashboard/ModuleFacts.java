package io.renloop.analytics.internal.dashboard;

import io.renloop.employee.EmployeeDetails;
import io.renloop.employee.EmployeeDirectory;
import io.renloop.employee.EmployeeHired;
import io.renloop.employee.Employees;
import io.renloop.recruitment.ApplicationViews.ApplicationSummary;
import io.renloop.recruitment.Applications;
import io.renloop.recruitment.Requisitions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an event does not carry, asked of the owning module's public API at event time (called down, ADR 0018): an
 * employee's name, an application's channel cost and the unit of its requisition. Runs as the event's tenant.
 */
@Component
class ModuleFacts {

	private final Employees employees;

	private final Applications applications;

	private final Requisitions requisitions;

	private final ReadModelTables tables;

	private final JdbcTemplate jdbc;

	private final EmployeeDirectory directory;

	ModuleFacts(Employees employees, Applications applications, Requisitions requisitions, ReadModelTables tables,
			JdbcTemplate jdbc, EmployeeDirectory directory) {
		this.employees = employees;
		this.applications = applications;
		this.requisitions = requisitions;
		this.tables = tables;
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/** The hired person: unit, position and hire date from the event, name and number from employee. */
	ReadModelTables.Person person(EmployeeHired hired) {
		EmployeeDetails details = employees.get(hired.employeeId());
		return new ReadModelTables.Person(hired.employeeId(), hired.employeeNo(), details.name(),
				hired.departmentId(), hired.positionId(), hired.hireDate(), birthYear(hired.employeeId()), null);
	}

	/** Makes sure a person a later fact names is known (an employee created before analytics listened). */
	void ensurePerson(String tenantId, UUID employeeId) {
		if (!tables.knows(tenantId, employeeId)) {
			EmployeeDetails d = employees.get(employeeId);
			tables.person(tenantId, new ReadModelTables.Person(d.id(), d.employeeNo(), d.name(), d.departmentId(),
					d.positionId(), d.hireDate(), birthYear(employeeId), d.terminationDate()));
		}
	}

	/**
	 * The person's record as the employee module has it now, after an edit in place: name, number, current unit and
	 * position, hire date; the hire unit follows too while no step names a unit (the edit corrects it).
	 */
	void recordChanged(String tenantId, UUID employeeId) {
		ensurePerson(tenantId, employeeId);
		EmployeeDetails d = employees.get(employeeId);
		tables.recordChanged(tenantId, new ReadModelTables.Person(d.id(), d.employeeNo(), d.name(), d.departmentId(),
				d.positionId(), d.hireDate(), null, d.terminationDate()));
	}

	/** The year only, for aggregate age bands. */
	private Integer birthYear(UUID employeeId) {
		return directory.birthYearsOf(List.of(employeeId)).get(employeeId);
	}

	void application(String tenantId, UUID applicationId, String channel, boolean duplicate, Instant receivedAt) {
		ApplicationSummary application = applications.application(applicationId);
		tables.applicationReceived(tenantId, applicationId, application.candidateId(), application.requisitionId(),
				departmentOf(tenantId, application.requisitionId()), channel, duplicate, receivedAt,
				application.cost());
	}

	void ensureApplication(String tenantId, UUID applicationId) {
		if (!tables.knowsApplication(tenantId, applicationId)) {
			ApplicationSummary application = applications.application(applicationId);
			application(tenantId, applicationId, application.channel().name(), false, application.createdAt());
		}
	}

	private UUID departmentOf(String tenantId, UUID requisitionId) {
		if (requisitionId == null) {
			return null;
		}
		List<UUID> known = jdbc.queryForList("select department_id from analytics.requisition_fact where tenant_id = ? "
				+ "and requisition_id = ?", UUID.class, tenantId, requisitionId);
		return known.isEmpty() || known.get(0) == null ? requisitions.get(requisitionId).departmentId() : known.get(0);
	}
}
