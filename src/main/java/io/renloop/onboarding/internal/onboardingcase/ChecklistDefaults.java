package io.renloop.onboarding.internal.onboardingcase;

import io.renloop.onboarding.ChecklistOwner;
import java.util.List;

/** The checklist a tenant starts with: HR, IT and manager items due around the start date. */
final class ChecklistDefaults {

	private ChecklistDefaults() {
	}

	static List<ChecklistTemplateItem> items() {
		return List.of(new ChecklistTemplateItem(ChecklistOwner.HR, "劳动合同", "Labour contract", -3, 10),
				new ChecklistTemplateItem(ChecklistOwner.HR, "社保公积金登记", "Social insurance and housing fund", 7, 20),
				new ChecklistTemplateItem(ChecklistOwner.IT, "邮箱账号", "E-mail account", -2, 30),
				new ChecklistTemplateItem(ChecklistOwner.IT, "电脑设备", "Computer and equipment", -1, 40),
				new ChecklistTemplateItem(ChecklistOwner.IT, "门禁卡", "Access card", 0, 50),
				new ChecklistTemplateItem(ChecklistOwner.MANAGER, "指定导师", "Assign a mentor", -1, 60),
				new ChecklistTemplateItem(ChecklistOwner.MANAGER, "首周计划", "First-week plan", 0, 70));
	}
}
