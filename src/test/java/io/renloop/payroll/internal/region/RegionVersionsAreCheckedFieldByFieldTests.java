package io.renloop.payroll.internal.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.renloop.platform.InvalidFieldsException;
import io.renloop.platform.InvalidFieldsException.FieldProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionVersionsAreCheckedFieldByFieldTests {

	static final LocalDate FROM = LocalDate.of(2026, 1, 1);

	@Test
	void aValidVersionPasses() {
		RegionValidation.check("BJ", new SaveRegion(null, "北京", FROM, List.of(item(ContributionKind.PENSION))));
	}

	@Test
	void everyProblemIsNamedWithItsField() {
		SaveRegion.Item badRate = new SaveRegion.Item(ContributionKind.MEDICAL, amount("5000"), amount("25000"),
				new BigDecimal("0.12345"), new BigDecimal("1.5"), amount("3"), Rounding.FEN);
		SaveRegion.Item floorAboveCeiling = new SaveRegion.Item(ContributionKind.INJURY, amount("9000"),
				amount("8000"), BigDecimal.ZERO, new BigDecimal("0.002"), null, Rounding.FEN);
		SaveRegion.Item badAmounts = new SaveRegion.Item(ContributionKind.PENSION, amount("-1"), amount("1.234"),
				new BigDecimal("0.08"), new BigDecimal("0.16"), null, null);

		List<String> fields = fields("bj", new SaveRegion(null, " ", null,
				List.of(item(ContributionKind.PENSION), badRate, floorAboveCeiling, badAmounts)));

		assertThat(fields).containsExactlyInAnyOrder("code", "name", "effectiveFrom", "items[1].employeeRate",
				"items[1].employerRate", "items[2].baseCeiling", "items[3].kind", "items[3].rounding",
				"items[3].baseFloor", "items[3].baseCeiling");
	}

	@Test
	void aCodeInTheBodyMustMatchTheAddress() {
		assertThat(fields("BJ", new SaveRegion("SH", "北京", FROM, List.of(item(ContributionKind.PENSION)))))
			.containsExactly("code");
	}

	@Test
	void aVersionNeedsAtLeastOneItemAndAShortName() {
		assertThat(fields("BJ", new SaveRegion(null, "北".repeat(101), FROM, List.of()))).containsExactly("name",
				"items");
	}

	@Test
	void aNumberWithAHugeExponentIsRefusedWithoutBeingPrinted() {
		SaveRegion.Item huge = new SaveRegion.Item(ContributionKind.PENSION, new BigDecimal("1e1000000"),
				amount("25000"), new BigDecimal("1e-1000000"), new BigDecimal("0.16"), null, Rounding.FEN);

		assertThat(fields("BJ", new SaveRegion(null, "北京", FROM, List.of(huge)))).containsExactly("items[0].baseFloor",
				"items[0].employeeRate");
	}

	private static List<String> fields(String code, SaveRegion version) {
		InvalidFieldsException refused = catchThrowableOfType(InvalidFieldsException.class,
				() -> RegionValidation.check(code, version));
		return refused.problems().stream().map(FieldProblem::field).toList();
	}

	private static SaveRegion.Item item(ContributionKind kind) {
		return new SaveRegion.Item(kind, amount("5000"), amount("25000"), new BigDecimal("0.08"),
				new BigDecimal("0.16"), null, Rounding.FEN);
	}

	private static BigDecimal amount(String value) {
		return new BigDecimal(value);
	}
}
