package io.renloop.demo;

import static io.renloop.recruitment.ApplicationStage.AI_INTERVIEW;
import static io.renloop.recruitment.ApplicationStage.HIRED;
import static io.renloop.recruitment.ApplicationStage.INTERVIEWS;
import static io.renloop.recruitment.ApplicationStage.OFFER;
import static io.renloop.recruitment.ApplicationStage.POOL;
import static io.renloop.recruitment.ApplicationStage.REJECTED;
import static io.renloop.recruitment.ApplicationStage.SCREENED;

import io.renloop.recruitment.ApplicationStage;
import java.util.List;

/**
 * How far a demo application went: the stages it passed after arriving, and for rejections which reason of
 * the opening applies. NEW applications arrive today through the ordinary intake.
 */
enum DemoOutcome {
	HIRED_AFTER_AI_INTERVIEW(List.of(SCREENED, AI_INTERVIEW, INTERVIEWS, OFFER, HIRED), null),
	HIRED_DIRECTLY(List.of(SCREENED, INTERVIEWS, OFFER, HIRED), null),
	DECLINED_OFFER(List.of(SCREENED, INTERVIEWS, OFFER, REJECTED), Reason.DECLINED),
	FAILED_INTERVIEWS(List.of(SCREENED, INTERVIEWS, REJECTED), Reason.INTERVIEWS),
	FAILED_AI_INTERVIEW(List.of(SCREENED, AI_INTERVIEW, REJECTED), Reason.AI_INTERVIEW),
	POOLED(List.of(SCREENED, POOL), Reason.POOLED),
	FAILED_SCREENING(List.of(SCREENED, REJECTED), Reason.MUST_HAVE),
	UNSUITABLE(List.of(REJECTED), Reason.UNRELATED),
	AT_OFFER(List.of(SCREENED, INTERVIEWS, OFFER), null),
	AT_INTERVIEWS(List.of(SCREENED, AI_INTERVIEW, INTERVIEWS), null),
	AT_SCREENED(List.of(SCREENED), null),
	MISSING_MUST_HAVE(List.of(REJECTED), Reason.MUST_HAVE),
	NEW(List.of(), null);

	/** Which reason of the opening a rejection or pooling gives. */
	enum Reason {
		DECLINED, INTERVIEWS, AI_INTERVIEW, POOLED, MUST_HAVE, UNRELATED
	}

	private final List<ApplicationStage> path;

	private final Reason reason;

	DemoOutcome(List<ApplicationStage> path, Reason reason) {
		this.path = path;
		this.reason = reason;
	}

	List<ApplicationStage> path() {
		return path;
	}

	Reason reason() {
		return reason;
	}
}
