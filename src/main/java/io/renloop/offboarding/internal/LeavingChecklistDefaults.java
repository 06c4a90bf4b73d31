package io.renloop.offboarding.internal;

import io.renloop.offboarding.ChecklistOwner;
import java.util.List;

/**
 * The leaving checklist: the handover of work and documents to the named successor, knowledge transfer, assets
 * returned, accounts to close, money settled, the final attendance confirmed, the leaving certificate issued and
 * social insurance stopped. Due dates count from the last day.
 */
final class LeavingChecklistDefaults {

	private LeavingChecklistDefaults() {
	}

	record Item(ChecklistOwner owner, String titleZh, String titleEn, int dueOffsetDays) {
	}

	static List<Item> items() {
		return List.of(new Item(ChecklistOwner.MANAGER, "指定工作交接人并确认交接", "Hand work over to the successor", -5),
				new Item(ChecklistOwner.MANAGER, "知识转移", "Knowledge transfer", -3),
				new Item(ChecklistOwner.LEAVER, "移交文件与资料", "Hand over documents and files", -2),
				new Item(ChecklistOwner.LEAVER, "确认最终考勤", "Confirm the final attendance", 0),
				new Item(ChecklistOwner.IT, "收回电脑及设备", "Collect computer and equipment", 0),
				new Item(ChecklistOwner.IT, "关闭邮箱及系统账号", "Close e-mail and system accounts", 0),
				new Item(ChecklistOwner.FINANCE, "结清借款与报销", "Settle advances and expense claims", -1),
				new Item(ChecklistOwner.HR, "收回工牌与门禁卡", "Collect badge and access card", 0),
				new Item(ChecklistOwner.HR, "离职结算", "Final settlement", 0),
				new Item(ChecklistOwner.HR, "出具离职证明", "Issue the leaving certificate", 0),
				new Item(ChecklistOwner.HR, "社保公积金减员", "Stop social insurance and housing fund", 15));
	}
}
