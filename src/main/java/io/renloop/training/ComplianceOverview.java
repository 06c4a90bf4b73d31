package io.renloop.training;

import io.renloop.training.Certificates.ComplianceRow;
import io.renloop.training.Certificates.Status;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
		.thenComparing(ComplianceRow::employeeName, Comparator.nullsLast(Comparator.<String>naturalOrder()))
		.thenComparing(r -> r.employeeId().toString())
		.thenComparing(ComplianceRow::certificateCode);

	/** Counts the lines and cuts the page (0-based; beyond the last page gives the last), all in memory. */
	public static ComplianceOverview of(List<ComplianceRow> lines, Status status, int page) {
		Map<String, TypeCount> byType = new LinkedHashMap<>();
		for (ComplianceRow line : lines) {
			byType.merge(line.certificateCode(), TypeCount.one(line), TypeCount::plus);
		}
		return counted(List.copyOf(byType.values()), status, page, (shown, offset, limit) -> {
			List<ComplianceRow> matching = lines.stream()
				.filter(line -> shown.contains(line.status()))
				.sorted(MOST_URGENT_FIRST)
				.toList();
			return matching.subList(Math.min(offset, matching.size()), Math.min(matching.size(), offset + limit));
		});
	}

	/**
	 * The page from counts made elsewhere (a database query): the totals and the number of pages follow from the
	 * counts, and only the lines of the page are asked for, most urgent first.
	 */
	public static ComplianceOverview counted(List<TypeCount> byType, Status status, int page, PageOfLines lines) {
		Map<Status, Integer> totals = new EnumMap<>(Status.class);
		for (Status s : Status.values()) {
			totals.put(s, 0);
		}
		for (TypeCount type : byType) {
			totals.merge(Status.VALID, type.valid(), Integer::sum);
			totals.merge(Status.EXPIRING, type.expiring(), Integer::sum);
			totals.merge(Status.EXPIRED, type.expired(), Integer::sum);
			totals.merge(Status.MISSING, type.missing(), Integer::sum);
		}
		Set<Status> shown = shown(status);
		int matching = shown.stream().mapToInt(totals::get).sum();
		int pages = Math.max(1, (matching + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.max(0, Math.min(page, pages - 1));
		List<ComplianceRow> rows = matching == 0 ? List.of() : lines.cut(shown, current * PAGE_SIZE, PAGE_SIZE);
		return new ComplianceOverview(List.copyOf(byType), totals, status, List.copyOf(rows), current, pages, matching);
	}

	/** The statuses a filter shows: the one asked for, or every status that needs action. */
	static Set<Status> shown(Status status) {
		return status == null ? EnumSet.of(Status.EXPIRED, Status.MISSING, Status.EXPIRING) : EnumSet.of(status);
	}

	/**
	 * The lines of one page among those with the statuses, ordered most urgent first: expired, missing, expiring,
	 * valid; then by expiry (none first), by name (in code-point order), and for a stable order between pages by
	 * employee id (as text) and type code.
	 */
	@FunctionalInterface
	public interface PageOfLines {

		List<ComplianceRow> cut(Set<Status> statuses, int offset, int limit);
	}

	/** How urgent a status is, 0 the most: the first key of the page's order. */
	public static int urgency(Status status) {
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
