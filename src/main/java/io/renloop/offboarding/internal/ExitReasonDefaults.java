package io.renloop.offboarding.internal;

import java.util.List;

/** The reasons for leaving a tenant starts with; the codes are the labels analytics and the attrition model see. */
final class ExitReasonDefaults {

	private ExitReasonDefaults() {
	}

	static List<ExitReason> reasons() {
		return List.of(new ExitReason("PAY", "薪酬福利", "Pay and benefits", 10),
				new ExitReason("CAREER", "职业发展", "Career growth", 20),
				new ExitReason("MANAGER", "与上级关系", "Relationship with the manager", 30),
				new ExitReason("WORKLOAD", "工作强度", "Workload and hours", 40),
				new ExitReason("SAFETY", "工作环境与安全", "Working conditions and safety", 50),
				new ExitReason("LOCATION", "通勤与地点", "Commute and location", 60),
				new ExitReason("FAMILY", "家庭原因", "Family reasons", 70),
				new ExitReason("HEALTH", "健康原因", "Health", 80),
				new ExitReason("STUDY", "继续深造", "Further study", 90),
				new ExitReason("OTHER", "其他", "Other", 100));
	}
}
