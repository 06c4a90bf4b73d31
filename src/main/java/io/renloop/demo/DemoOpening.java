package io.renloop.demo;

import io.renloop.recruitment.ApplicationStage;
import io.renloop.recruitment.Channel;
import io.renloop.recruitment.CompetencyModel;
import java.util.List;
import java.util.Map;

/**
 * A demo opening: the position and unit it is for, its competency model, and who applied. With past
 * applicants, an earlier requisition of the same job was filled and closed during the past year.
 *
 * @param positionCode the position
 * @param departmentCode the unit the hires join
 * @param title the title of postings
 * @param model the position's competency model
 * @param headcount people to hire in the open requisition
 * @param reasons the words of each kind of rejection
 * @param past applicants of the closed requisition of the past year, oldest first
 * @param current applicants of the open requisition, oldest first
 */
record DemoOpening(String positionCode, String departmentCode, String title, CompetencyModel model, int headcount,
		Map<DemoOutcome.Reason, String> reasons, List<Applicant> past, List<Applicant> current) {

	/** Hires of the past requisition, its headcount. */
	int pastHires() {
		return (int) past.stream().filter(a -> a.outcome().path().contains(ApplicationStage.HIRED)).count();
	}

	/** One applicant: their career, where they came from and how far they got. */
	record Applicant(DemoBackground background, Channel channel, DemoOutcome outcome) {
	}
}
