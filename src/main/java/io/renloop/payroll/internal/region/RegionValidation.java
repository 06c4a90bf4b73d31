package io.renloop.payroll.internal.region;

import io.renloop.platform.AmountLimits;
import io.renloop.platform.Decimals;
import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks of a tenant's region version, all at once so that the answer names every invalid field
 * ({@code items[2].employeeRate}); a version with any problem is not stored at all.
 */
final class RegionValidation {

	static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,20}");

	static final int NAME_LENGTH = 100;

	/** Rates are fractions with at most four decimals: 0.0016 is 0.16 %. */
	static final int RATE_DECIMALS = 4;

	private final List<FieldProblem> problems = new ArrayList<>();

	private RegionValidation() {
	}

	/** @throws InvalidFieldsException with every problem of the version */
	static void check(String code, SaveRegion version) {
		RegionValidation validation = new RegionValidation();
		validation.header(code, version);
		validation.items(version.items());
		if (!validation.problems.isEmpty()) {
			throw new InvalidFieldsException(validation.problems);
		}
	}

	private void header(String code, SaveRegion version) {
		if (code == null || !CODE.matcher(code).matches()) {
			problem("code", "error.payroll.region.code");
		}
		else if (version.code() != null && !version.code().equals(code)) {
			problem("code", "error.payroll.region.codeMismatch", version.code(), code);
		}
		if (version.name() == null || version.name().isBlank() || version.name().strip().length() > NAME_LENGTH) {
			problem("name", "error.payroll.region.name", NAME_LENGTH);
		}
		if (version.effectiveFrom() == null) {
			problem("effectiveFrom", "validation.required");
		}
		amount("minimumWage", version.minimumWage(), false);
		amount("averageMonthlyWage", version.averageMonthlyWage(), false);
	}

	private void items(List<SaveRegion.Item> items) {
		if (items == null || items.isEmpty()) {
			problem("items", "error.payroll.region.items");
			return;
		}
		Set<ContributionKind> seen = EnumSet.noneOf(ContributionKind.class);
		for (int i = 0; i < items.size(); i++) {
			String field = "items[" + i + "].";
			SaveRegion.Item item = items.get(i);
			if (item == null) {
				problem("items[" + i + "]", "validation.required");
				continue;
			}
			required(field + "kind", item.kind());
			required(field + "rounding", item.rounding());
			if (item.kind() != null && !seen.add(item.kind())) {
				problem(field + "kind", "error.payroll.region.duplicateKind", item.kind());
			}
			boolean floorValid = amount(field + "baseFloor", item.baseFloor(), true);
			boolean ceilingValid = amount(field + "baseCeiling", item.baseCeiling(), true);
			if (floorValid && ceilingValid && item.baseFloor().compareTo(item.baseCeiling()) > 0) {
				problem(field + "baseCeiling", "error.payroll.region.floorAboveCeiling",
						item.baseFloor().toPlainString());
			}
			amount(field + "employeeFixed", item.employeeFixed(), false);
			rate(field + "employeeRate", item.employeeRate());
			rate(field + "employerRate", item.employerRate());
		}
	}

	private boolean amount(String field, BigDecimal value, boolean required) {
		if (value == null) {
			if (required) {
				problem(field, "validation.required");
			}
			return false;
		}
		Optional<FieldProblem> range = Decimals.tractable(value)
				? AmountLimits.problem(field, value, BigDecimal.ZERO, AmountLimits.MAX_MONTHLY_PAY)
				: Optional.of(new FieldProblem(field, "validation.amount.range", "0", AmountLimits.MAX_MONTHLY_PAY));
		range.ifPresent(problems::add);
		return range.isEmpty();
	}

	private void rate(String field, BigDecimal value) {
		if (value == null) {
			problem(field, "validation.required");
		}
		else if (!Decimals.tractable(value) || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0
				|| value.stripTrailingZeros().scale() > RATE_DECIMALS) {
			problem(field, "error.payroll.region.rate", RATE_DECIMALS);
		}
	}

	private void required(String field, Object value) {
		if (value == null) {
			problem(field, "validation.required");
		}
	}

	private void problem(String field, String key, Object... arguments) {
		problems.add(new FieldProblem(field, key, arguments));
	}
}
