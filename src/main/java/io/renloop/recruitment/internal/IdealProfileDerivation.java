package io.renloop.recruitment.internal;

import io.renloop.employee.EmployeeRecords.Education;
import io.renloop.employee.EmployeeRecords.WorkHistory;
import io.renloop.employee.PositionHolders.Qualifications;
import io.renloop.recruitment.CompetencyModel.NiceToHave;
import io.renloop.recruitment.CompetencyModel.NiceToHaveKind;
import io.renloop.recruitment.EducationLevel;
import io.renloop.recruitment.internal.matching.DegreeNames;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The statistics behind an ideal profile: which certificates most employees hold, the education level most reach
 * and the median years of experience. Pure: the same employees on the same day give the same suggestions.
 */
final class IdealProfileDerivation {

	/** Certificates held by at least this share become must-haves. */
	static final double MUST_HAVE_SHARE = 0.5;

	/** Certificates held by at least this share (and less than half) become nice-to-haves. */
	static final double NICE_TO_HAVE_SHARE = 0.2;

	/** The suggested education level is the highest that at least this share of employees reach. */
	static final double EDUCATION_SHARE = 0.7;

	private final List<Qualifications> employees;

	private final LocalDate today;

	IdealProfileDerivation(List<Qualifications> employees, LocalDate today) {
		this.employees = List.copyOf(employees);
		this.today = today;
	}

	int employees() {
		return employees.size();
	}

	/** Certificates held (unexpired) by at least half of the employees, most widely held first. */
	List<Counted<String>> requiredCertificates() {
		return certificateCounts().entrySet()
			.stream()
			.filter(e -> share(e.getValue()) >= MUST_HAVE_SHARE)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(e -> new Counted<>(e.getKey(), e.getValue()))
			.toList();
	}

	/** Certificates a sizeable minority holds, as nice-to-haves weighted by their share. */
	List<Counted<NiceToHave>> niceToHaveCertificates() {
		return certificateCounts().entrySet()
			.stream()
			.filter(e -> share(e.getValue()) >= NICE_TO_HAVE_SHARE && share(e.getValue()) < MUST_HAVE_SHARE)
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(e -> new Counted<>(new NiceToHave(NiceToHaveKind.CERTIFICATE, e.getKey(),
					BigDecimal.valueOf(share(e.getValue())).setScale(2, RoundingMode.HALF_UP)), e.getValue()))
			.toList();
	}

	/** The highest education level that at least {@link #EDUCATION_SHARE} of employees reach, if any. */
	Optional<Counted<EducationLevel>> education() {
		List<EducationLevel> held = employees.stream()
			.map(e -> DegreeNames.highest(e.education().stream().map(Education::degree).filter(Objects::nonNull)
				.toList()).orElse(null))
			.toList();
		for (int i = EducationLevel.values().length - 1; i >= 0; i--) {
			EducationLevel level = EducationLevel.values()[i];
			int reach = (int) held.stream().filter(h -> h != null && h.atLeast(level)).count();
			if (!employees.isEmpty() && share(reach) >= EDUCATION_SHARE) {
				return Optional.of(new Counted<>(level, reach));
			}
		}
		return Optional.empty();
	}

	/** The median of prior work history plus tenure, in whole years (rounded down), if anyone is counted. */
	Optional<Counted<Integer>> medianYears() {
		List<Double> years = employees.stream().map(this::yearsOfExperience).sorted().toList();
		if (years.isEmpty()) {
			return Optional.empty();
		}
		int middle = years.size() / 2;
		double median = years.size() % 2 == 1 ? years.get(middle) : (years.get(middle - 1) + years.get(middle)) / 2;
		int suggested = (int) Math.floor(median);
		int meeting = (int) years.stream().filter(y -> y >= suggested).count();
		return Optional.of(new Counted<>(suggested, meeting));
	}

	double yearsOfExperience(Qualifications employee) {
		long months = 0;
		for (WorkHistory job : employee.workHistory()) {
			if (job.start() != null) {
				LocalDate end = job.end() != null ? job.end() : employee.hireDate() != null ? employee.hireDate() : today;
				months += Math.max(0, ChronoUnit.MONTHS.between(job.start(), end));
			}
		}
		if (employee.hireDate() != null) {
			months += Math.max(0, ChronoUnit.MONTHS.between(employee.hireDate(), today));
		}
		return months / 12.0;
	}

	private Map<String, Integer> certificateCounts() {
		Map<String, Integer> counts = new TreeMap<>();
		for (Qualifications employee : employees) {
			employee.certificates()
				.stream()
				.filter(c -> !c.expiredOn(today))
				.map(c -> c.name().strip())
				.collect(Collectors.toCollection(java.util.TreeSet::new))
				.forEach(name -> counts.merge(name, 1, Integer::sum));
		}
		return counts;
	}

	private double share(int count) {
		return employees.isEmpty() ? 0 : (double) count / employees.size();
	}

	/** A suggested value and how many employees support it. */
	record Counted<T>(T value, int employees) {
	}
}
