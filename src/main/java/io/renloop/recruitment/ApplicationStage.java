package io.renloop.recruitment;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stages of an application: APPLIED → SCREENED → AI_INTERVIEW → INTERVIEWS → OFFER → HIRED, where the AI
 * interview may be skipped; REJECTED (with a reason) or POOL (kept for later) from any open stage; a pooled
 * application may be screened again. HIRED and REJECTED are final.
 */
public enum ApplicationStage {
	APPLIED, SCREENED, AI_INTERVIEW, INTERVIEWS, OFFER, HIRED, REJECTED, POOL;

	/** Whether an application in this stage may move to {@code target}. */
	public boolean canMoveTo(ApplicationStage target) {
		return next().contains(target);
	}

	private Set<ApplicationStage> next() {
		return switch (this) {
			case APPLIED -> EnumSet.of(SCREENED, REJECTED, POOL);
			case SCREENED -> EnumSet.of(AI_INTERVIEW, INTERVIEWS, REJECTED, POOL);
			case AI_INTERVIEW -> EnumSet.of(INTERVIEWS, REJECTED, POOL);
			case INTERVIEWS -> EnumSet.of(OFFER, REJECTED, POOL);
			case OFFER -> EnumSet.of(HIRED, REJECTED, POOL);
			case POOL -> EnumSet.of(SCREENED, REJECTED);
			case HIRED, REJECTED -> EnumSet.noneOf(ApplicationStage.class);
		};
	}
}
