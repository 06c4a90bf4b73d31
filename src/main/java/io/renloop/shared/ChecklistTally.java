package io.renloop.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How far one owner of a checklist is: the items done of the items they own. Onboarding and offboarding show the
 * progress of each owner the same way.
 *
 * @param owner who works the items
 * @param done items done
 * @param total items owned
 */
public record ChecklistTally<O>(O owner, int done, int total) {

	/** One tally per owner, in the order given, owners without items included (0 of 0). */
	@SafeVarargs
	public static <O, T> List<ChecklistTally<O>> perOwner(Collection<T> items, Function<T, O> ownerOf,
			Predicate<T> isDone, O... owners) {
		return Arrays.stream(owners)
			.map(owner -> new ChecklistTally<>(owner,
					(int) items.stream().filter(i -> ownerOf.apply(i).equals(owner) && isDone.test(i)).count(),
					(int) items.stream().filter(i -> ownerOf.apply(i).equals(owner)).count()))
			.toList();
	}
}
