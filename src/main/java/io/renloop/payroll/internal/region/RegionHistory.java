package io.renloop.payroll.internal.region;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Which version of a region applies on a day: the built-in versions and the tenant's own form one history per code;
 * the newest that starts on or before the day wins, the tenant's own on the same start day. A built-in version that
 * starts later than a tenant's own therefore replaces it from its start (new official figures reach every tenant).
 */
final class RegionHistory {

	private RegionHistory() {
	}

	/** The version of each code in force on the day, ordered by code. */
	static Map<String, Region> inForce(Collection<Region> builtIn, Collection<Region> tenants, LocalDate day) {
		Map<String, Region> winners = new TreeMap<>();
		for (Region version : ordered(builtIn, tenants)) {
			if (!version.effectiveFrom().isAfter(day)) {
				winners.put(version.code(), version);
			}
		}
		return winners;
	}

	/** The version of the code in force on the day, if any. */
	static Optional<Region> inForce(String code, Collection<Region> builtIn, Collection<Region> tenants,
			LocalDate day) {
		return Optional.ofNullable(inForce(builtIn, tenants, day).get(code));
	}

	/** Oldest first, the built-in version before the tenant's of the same day, so that later entries win. */
	private static List<Region> ordered(Collection<Region> builtIn, Collection<Region> tenants) {
		return Stream.concat(builtIn.stream().map(r -> new Ranked(r, 0)), tenants.stream().map(r -> new Ranked(r, 1)))
			.sorted(Comparator.comparing((Ranked ranked) -> ranked.version().effectiveFrom())
				.thenComparingInt(Ranked::precedence))
			.map(Ranked::version)
			.toList();
	}

	private record Ranked(Region version, int precedence) {
	}
}
