package io.renloop.payroll.internal.items;

import io.renloop.payroll.internal.items.SalaryItems.Item;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * All versions of a tenant's items, saved and built in, and which apply when: on a day, per code, the version with
 * the latest effective date on or before it (the later saved one when two start the same day), as pay structures
 * work; a built-in item applies until a saved version of its code takes effect.
 */
final class ItemHistory {

	private static final Comparator<Item> NEWEST_FIRST = Comparator.comparing(Item::effectiveFrom)
		.thenComparingInt(Item::version)
		.reversed();

	private static final Comparator<Item> DISPLAY_ORDER = Comparator.comparingInt(Item::seq).thenComparing(Item::code);

	private final List<Item> versions;

	ItemHistory(List<Item> saved) {
		this.versions = Stream.concat(BuiltInSalaryItems.ALL.stream(), saved.stream()).toList();
	}

	ItemHistory with(Item added) {
		List<Item> saved = new ArrayList<>(versions.stream().filter(item -> !item.builtIn()).toList());
		saved.add(added);
		return new ItemHistory(saved);
	}

	/** The items in force on the day, in display order. */
	List<Item> inForce(LocalDate day) {
		Map<String, Optional<Item>> newest = versions.stream()
			.filter(item -> !item.effectiveFrom().isAfter(day))
			.collect(Collectors.groupingBy(Item::code, Collectors.minBy(NEWEST_FIRST)));
		return newest.values().stream().flatMap(Optional::stream).sorted(DISPLAY_ORDER).toList();
	}

	/** One item's versions, newest (by version) first; the built-in version last. */
	List<Item> versions(String code) {
		return versions.stream()
			.filter(item -> item.code().equals(code))
			.sorted(Comparator.comparingInt(Item::version).reversed())
			.toList();
	}

	int nextVersion(String code) {
		return versions(code).stream().mapToInt(Item::version).max().orElse(0) + 1;
	}

	/** The day and every later day on which some version takes effect: the days whose items a change may alter. */
	SortedSet<LocalDate> changesFrom(LocalDate day) {
		SortedSet<LocalDate> days = versions.stream()
			.map(Item::effectiveFrom)
			.filter(from -> from.isAfter(day))
			.collect(Collectors.toCollection(TreeSet::new));
		days.add(day);
		return days;
	}

	/** The item of the code in force on the day, if any. */
	Optional<Item> inForce(String code, LocalDate day) {
		return inForce(day).stream().filter(item -> item.code().equals(code)).findFirst();
	}

	static Map<String, Item> byCode(List<Item> items) {
		return items.stream().collect(Collectors.toMap(Item::code, Function.identity()));
	}
}
