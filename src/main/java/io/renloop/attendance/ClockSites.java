package io.renloop.attendance;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sites with a geofence (a centre and a radius) where employees may clock in from their phones. A site is assigned
 * to departments; an employee clocks in at the site of their department or of the nearest department above it.
 */
public interface ClockSites {

	SiteView create(SaveSite command);

	List<SiteView> list();

	/**
	 * Clocks the signed-in employee in from their phone; refused (with the distance) outside the geofence of their
	 * site, or when no site is assigned to their department.
	 */
	PhoneClockIn clockIn(PhonePosition position);

	/** A new site. */
	record SaveSite(@NotBlank @Size(max = 100) String name,
			@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
			@NotNull @Min(10) @Max(50_000) Integer radiusMeters, @Size(max = 200) List<UUID> departmentIds) {
	}

	/** A site as shown. */
	record SiteView(UUID id, String name, double latitude, double longitude, int radiusMeters,
			List<UUID> departmentIds) {
	}

	/** Where the phone says it is; {@code accuracy} in metres as the browser reports it. */
	record PhonePosition(@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
			@NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
			@DecimalMin("0") @DecimalMax("100000") Double accuracy) {
	}

	/** A kept phone clock-in. */
	record PhoneClockIn(Instant at, String site, int distanceMeters) {
	}
}
