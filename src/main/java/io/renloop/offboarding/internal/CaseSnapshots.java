package io.renloop.offboarding.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the audit trail keeps of a case before and after a change; no free text of the leaver. */
final class CaseSnapshots {

	private CaseSnapshots() {
	}

	static Map<String, Object> of(OffboardingCase c) {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("employeeId", c.employeeId());
		snapshot.put("kind", c.kind());
		snapshot.put("legalGround", c.legalGround());
		snapshot.put("lastDay", c.lastDay());
		snapshot.put("status", c.status());
		snapshot.put("compensation", c.compensation());
		snapshot.put("noticePay", c.noticePay());
		snapshot.put("leavePayout", c.leavePayout());
		snapshot.put("settlementApprovedAt", c.settlementApprovedAt());
		snapshot.put("rehireEligible", c.rehireEligible());
		snapshot.put("regretted", c.regretted());
		return snapshot;
	}
}
