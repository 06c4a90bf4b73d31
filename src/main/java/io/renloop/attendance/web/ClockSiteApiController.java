package io.renloop.attendance.web;

import io.renloop.attendance.ClockSites;
import io.renloop.attendance.ClockSites.PhoneClockIn;
import io.renloop.attendance.ClockSites.PhonePosition;
import io.renloop.attendance.ClockSites.SaveSite;
import io.renloop.attendance.ClockSites.SiteView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Sites with geofences and the phone clock-in they allow. */
@RestController
@Tag(name = "Clock sites", description = "Geofenced sites and clocking in from a phone")
class ClockSiteApiController {

	private final ClockSites sites;

	ClockSiteApiController(ClockSites sites) {
		this.sites = sites;
	}

	@PostMapping("/api/v1/attendance/sites")
	@PreAuthorize("hasAuthority('ATTENDANCE_ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a site", description = "A centre (latitude, longitude) and a radius in metres "
			+ "(10–50,000), assigned to departments (a department has at most one site; a new assignment replaces the "
			+ "old one). Audited")
	SiteView create(@Valid @RequestBody SaveSite site) {
		return sites.create(site);
	}

	@GetMapping("/api/v1/attendance/sites")
	@PreAuthorize("hasAuthority('ATTENDANCE_READ')")
	@Operation(summary = "The tenant's sites with their departments")
	List<SiteView> list() {
		return sites.list();
	}

	@PostMapping("/api/v1/me/clock-in")
	@PreAuthorize("hasAuthority('ATTENDANCE_WRITE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Clock in from the phone", description = "Kept as a MOBILE clock event when the position "
			+ "(widened by its accuracy, at most by the radius) is inside the geofence of the site of the caller's "
			+ "department or the nearest department above it; 422 with the distance outside it, 409 without a site")
	PhoneClockIn clockIn(@Valid @RequestBody PhonePosition position) {
		return sites.clockIn(position);
	}
}
