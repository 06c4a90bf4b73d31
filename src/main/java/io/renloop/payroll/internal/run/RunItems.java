package io.renloop.payroll.internal.run;

import io.renloop.payroll.internal.items.SalaryItems;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The tenant's salary items in force on a day, in computation order, as a run applies them. */
@Component
class RunItems {

	private final SalaryItems items;

	RunItems(SalaryItems items) {
		this.items = items;
	}

	List<ItemRule> inForce(String tenantId, LocalDate day) {
		return items.itemsInForce(tenantId, day)
			.stream()
			.map(inForce -> new ItemRule(inForce.item().code(), inForce.item().kind().name(),
					inForce.item().taxable(), inForce.item().nameZh(), inForce.item().nameEn(), inForce.formula()))
			.toList();
	}
}
