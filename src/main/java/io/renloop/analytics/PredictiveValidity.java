package io.renloop.analytics;

import java.util.List;
import java.util.UUID;

/**
 * Hiring validity: per AI-interview dimension, the Spearman rank correlation between the hires' dimension scores and
 * their first published performance score after the hire date (the earliest cycle by period end after it), with a
 * 95 % confidence interval. Tenant-wide: only users with the tenant data scope (HR and tenant administrators).
 */
public interface PredictiveValidity {

	/** Fewer pairs than this give too wide an interval to say anything: the correlation is left out. */
	int MIN_PAIRS = 30;

	/**
	 * The dimensions in alphabetical order.
	 * @param positionId the position hired into, or null for every position
	 * @throws io.renloop.platform.InvalidFieldsException when the position is not one of the tenant's
	 * @throws org.springframework.security.access.AccessDeniedException below the tenant data scope
	 */
	List<DimensionValidity> report(UUID positionId);
}
