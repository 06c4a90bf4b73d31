package io.renloop.analytics.internal.workforce;

import java.util.Map;
import java.util.Set;

/**
 * How many of the people now in each slot are expected to leave over the next twelve months. The plan needs only this
 * one number per slot, so a better forecast (the sum of the attrition model's risks of the slot's employees) replaces
 * the trailing exit rate by providing another implementation of this interface and nothing else.
 */
public interface ExpectedExits {

	/** The expected exits of each slot of the current tenant, as whole people; slots without any are 0 or absent. */
	Map<Slot, Integer> overNextYear(Set<Slot> slots);
}
