package io.renloop.payroll.internal.run;

import io.renloop.employee.EmployeeDirectory;
import io.renloop.payroll.PayrollReviewLine;
import io.renloop.payroll.internal.run.PayslipStore.StoredPayslip;
import io.renloop.payroll.internal.tax.AnnualBonusTax;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run against the last published month: the lines that changed and the rows worth a second look, a bonus in a dead
 * zone among them.
 */
@Component
class RunReview {

	/** Net pay moving by more than this share from last month is flagged. */
	static final BigDecimal NET_CHANGE = new BigDecimal("0.20");

	private static final TypeReference<List<PayLine>> LINES = new TypeReference<>() {
	};

	private final PayslipStore payslips;

	private final EmployeeDirectory directory;

	private final JsonMapper json;

	RunReview(PayslipStore payslips, EmployeeDirectory directory, JsonMapper json) {
		this.payslips = payslips;
		this.directory = directory;
		this.json = json;
	}

	List<PayrollReviewLine> lines(String tenantId, RunRow run, boolean flaggedOnly, int limit) {
		YearMonth period = YearMonth.parse(run.period());
		List<StoredPayslip> current = payslips.ofRun(tenantId, run.id(), null, Integer.MAX_VALUE);
		Map<UUID, StoredPayslip> last = payslips.lastPublished(tenantId, run.period(),
				current.stream().map(StoredPayslip::employeeId).toList());
		Map<UUID, String> numbers = directory.employedBetween(period.atDay(1), period.atEndOfMonth())
			.stream()
			.collect(Collectors.toMap(EmployeeDirectory.Entry::id, EmployeeDirectory.Entry::employeeNo));
		List<PayrollReviewLine> lines = new ArrayList<>();
		for (StoredPayslip payslip : current) {
			StoredPayslip before = last.get(payslip.employeeId());
			List<String> flags = flags(payslip, before);
			if (inBonusDeadZone(amounts(payslip.lines()))) {
				flags.add("BONUS_CLIFF");
			}
			if (flaggedOnly && flags.isEmpty()) {
				continue;
			}
			lines.add(new PayrollReviewLine(payslip.employeeId(), numbers.get(payslip.employeeId()), payslip.gross(),
					payslip.net(), payslip.tax(), before == null ? null : before.net(), changes(payslip, before),
					flags));
		}
		lines.sort(Comparator.comparing((PayrollReviewLine line) -> line.flags().isEmpty())
			.thenComparing(line -> String.valueOf(line.employeeNo())));
		return lines.subList(0, Math.min(lines.size(), Math.max(1, limit)));
	}

	private static List<String> flags(StoredPayslip payslip, StoredPayslip before) {
		List<String> flags = new ArrayList<>();
		if (before == null) {
			flags.add("NEW");
		}
		else if (before.net().signum() != 0 && payslip.net()
			.subtract(before.net())
			.abs()
			.divide(before.net().abs(), 4, RoundingMode.HALF_UP)
			.compareTo(NET_CHANGE) > 0) {
			flags.add("NET_CHANGE");
		}
		if (payslip.net().signum() < 0) {
			flags.add("NEGATIVE_NET");
		}
		else if (payslip.net().signum() == 0) {
			flags.add("ZERO_NET");
		}
		return flags;
	}

	/**
	 * A bonus taxed on its own in a dead zone (年终奖陷阱): lowering it to the bracket's limit would leave the employee
	 * more, so payroll should look before the run is approved.
	 */
	private static boolean inBonusDeadZone(Map<String, BigDecimal> lines) {
		BigDecimal bonus = lines.get(PayCalculator.BONUS);
		return bonus != null && lines.containsKey("BONUS_TAX") && AnnualBonusTax.separately(bonus).cliff() != null;
	}

	private List<PayrollReviewLine.Change> changes(StoredPayslip payslip, StoredPayslip before) {
		Map<String, BigDecimal> now = amounts(payslip.lines());
		Map<String, BigDecimal> then = before == null ? Map.of() : amounts(before.lines());
		List<PayrollReviewLine.Change> changes = new ArrayList<>();
		now.forEach((code, amount) -> {
			BigDecimal last = then.get(code);
			if (last == null || last.compareTo(amount) != 0) {
				changes.add(new PayrollReviewLine.Change(code, amount, last));
			}
		});
		then.forEach((code, amount) -> {
			if (!now.containsKey(code)) {
				changes.add(new PayrollReviewLine.Change(code, null, amount));
			}
		});
		return changes;
	}

	private Map<String, BigDecimal> amounts(String lines) {
		Map<String, BigDecimal> amounts = new HashMap<>();
		json.readValue(lines, LINES).forEach(line -> amounts.merge(line.code(), line.amount(), BigDecimal::add));
		return amounts;
	}
}
