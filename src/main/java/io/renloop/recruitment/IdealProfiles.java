package io.renloop.recruitment;

import java.util.UUID;

/**
 * Derives the ideal candidate profile of a position from its current employees. Unknown positions, and positions
 * of other tenants, raise {@code NotFoundException}.
 */
public interface IdealProfiles {

	/** The profile of the position; with no employees in it, a profile without suggestions. */
	IdealProfile of(UUID positionId);
}
