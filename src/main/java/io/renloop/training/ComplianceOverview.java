package io.renloop.training;

import io.renloop.training.Certificates.ComplianceRow;
import io.renloop.training.Certificates.Status;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compliance page of a department: how many certificates of each type are valid, expiring, expired or missing,
 * and one page of the lines that need action — expired first, then missing, then expiring by date; valid lines
 * only when asked for. A company of 100,000 people has hundreds of thousands of lines: the page shows what to do.
 *
 * @param byType the counts per certificate type, required certificates and others held
 * @param totals the counts per status over all types
 * @param status the status the lines are filtered by, null for every status that needs action
 * @param rows the lines of the page
 * @param matching how many lines match the filter
 */
public record ComplianceOverview(List<TypeCount> byType, Map<Status, Integer> totals, Status status,
		List<ComplianceRow> rows, int page, int pages, int matching) {

	/** Lines per page. */
	public static final int PAGE_SIZE = 100;

	private static final Comparator<ComplianceRow> MOST_URGENT_FIRST = Comparator
		.comparingInt((ComplianceRow r) -> urgency(r.status()))
		.thenComparing(ComplianceRow::expiresOn, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
		.thenComparing(ComplianceRow::employeeName, Comparator.nullsLast(Comparator.<String>naturalOrder()));

	/** Counts the lines and cuts the page (0-based; beyond the last page gives the last). */
	public static ComplianceOverview of(List<ComplianceRow> lines, Status status, int page) {
		Map<String, TypeCount> byType = new LinkedHashMap<>();
		Map<Status, Integer> totals = new EnumMap<>(Status.class);
		for (Status s : Status.values()) {
			totals.put(s, 0);
		}
		for (ComplianceRow line : lines) {
			byType.merge(line.certificateCode(), TypeCount.one(line), TypeCount::plus);
			totals.merge(line.status(), 1, Integer::sum);
		}
		List<ComplianceRow> matching = lines.stream()
			.filter(line -> status == null ? line.status() != Status.VALID : line.status() == status)
			.sorted(MOST_URGENT_FIRST)
			.toList();
		int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, pages - 1));
		List<ComplianceRow> rows = matching.subList(current * PAGE_SIZE,
				Math.min(matching.size(), (current + 1) * PAGE_SIZE));
		return new ComplianceOverview(List.copyOf(byType.values()), totals, status, List.copyOf(rows), current, pages,
				matching.size());
	}

	private static int urgency(Status status) {
		return switch (status) {
			case EXPIRED -> 0;
			case MISSING -> 1;
			case EXPIRING -> 2;
			case VALID -> 3;
		};
	}

	/** One certificate type's counts in the department. */
	public record TypeCount(String code, String name, int valid, int expiring, int expired, int missing) {

		static TypeCount one(ComplianceRow line) {
			return new TypeCount(line.certificateCode(), line.certificate(), line.status() == Status.VALID ? 1 : 0,
					line.status() == Status.EXPIRING ? 1 : 0, line.status() == Status.EXPIRED ? 1 : 0,
					line.status() == Status.MISSING ? 1 : 0);
		}

		TypeCount plus(TypeCount other) {
			return new TypeCount(code, name, valid + other.valid, expiring + other.expiring, expired + other.expired,
					missing + other.missing);
		}
	}
}
