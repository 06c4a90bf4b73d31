package io.renloop.organization.web;

import io.renloop.organization.DepartmentView;
import io.renloop.organization.HeadcountLine;
import io.renloop.organization.JobFamilyView;
import io.renloop.organization.Organization;
import io.renloop.organization.OrganizationCommands.SaveDepartment;
import io.renloop.organization.OrganizationCommands.SaveJobFamily;
import io.renloop.organization.OrganizationCommands.SavePosition;
import io.renloop.organization.OrganizationCommands.SetHeadcount;
import io.renloop.organization.PositionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organization", description = "Org tree, positions, job families and headcount plans")
class OrganizationApiController {

	private static final String READ = "hasAuthority('ORG_READ')";

	private static final String WRITE = "hasAuthority('ORG_WRITE')";

	private final Organization organization;

	OrganizationApiController(Organization organization) {
		this.organization = organization;
	}

	@GetMapping("/departments")
	@PreAuthorize(READ)
	@Operation(summary = "The org tree, parents before children")
	List<DepartmentView> departments() {
		return organization.departments();
	}

	@GetMapping("/departments/{id}")
	@PreAuthorize(READ)
	DepartmentView department(@PathVariable UUID id) {
		return organization.department(id);
	}

	@PostMapping("/departments")
	@PreAuthorize(WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	DepartmentView createDepartment(@Valid @RequestBody SaveDepartment command) {
		return organization.createDepartment(command);
	}

	@PutMapping("/departments/{id}")
	@PreAuthorize(WRITE)
	@Operation(summary = "Rename or move a unit")
	DepartmentView updateDepartment(@PathVariable UUID id, @Valid @RequestBody SaveDepartment command) {
		return organization.updateDepartment(id, command);
	}

	@GetMapping("/positions")
	@PreAuthorize(READ)
	List<PositionView> positions() {
		return organization.positions();
	}

	@GetMapping("/positions/{id}")
	@PreAuthorize(READ)
	PositionView position(@PathVariable UUID id) {
		return organization.position(id);
	}

	@PostMapping("/positions")
	@PreAuthorize(WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	PositionView createPosition(@Valid @RequestBody SavePosition command) {
		return organization.createPosition(command);
	}

	@PutMapping("/positions/{id}")
	@PreAuthorize(WRITE)
	PositionView updatePosition(@PathVariable UUID id, @Valid @RequestBody SavePosition command) {
		return organization.updatePosition(id, command);
	}

	@GetMapping("/job-families")
	@PreAuthorize(READ)
	List<JobFamilyView> jobFamilies() {
		return organization.jobFamilies();
	}

	@PostMapping("/job-families")
	@PreAuthorize(WRITE)
	@ResponseStatus(HttpStatus.CREATED)
	JobFamilyView createJobFamily(@Valid @RequestBody SaveJobFamily command) {
		return organization.createJobFamily(command);
	}

	@GetMapping("/headcount-plans")
	@PreAuthorize(READ)
	@Operation(summary = "Planned against filled headcount per department and position")
	List<HeadcountLine> headcountPlan() {
		return organization.headcountPlan();
	}

	@PutMapping("/headcount-plans")
	@PreAuthorize(WRITE)
	HeadcountLine setHeadcount(@Valid @RequestBody SetHeadcount command) {
		return organization.setHeadcount(command);
	}
}
