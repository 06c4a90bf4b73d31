package io.renloop.payroll.internal.region;

import static io.renloop.payroll.internal.region.ContributionsAreCalculatedOnTheClampedBaseTests.builtIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BuiltInRegionsHoldTheOfficialFiguresTests {

	final List<Region> regions = BuiltInRegions.read("payroll/regions-cn-2025.json", JsonMapper.builder().build());

	@Test
	void beijingShanghaiShenzhenAndTaiyuanStartInJuly2025() {
		assertThat(regions).extracting(Region::code).containsExactly("BJ", "SH", "SZ", "TY");
		assertThat(regions).extracting(Region::effectiveFrom).containsOnly(LocalDate.of(2025, 7, 1));
	}

	@Test
	void beijingsBaseRunsFrom7162To35811() {
		RegionItem pension = builtIn("BJ").item(ContributionKind.PENSION).orElseThrow();

		assertThat(pension.baseFloor()).isEqualByComparingTo("7162");
		assertThat(pension.baseCeiling()).isEqualByComparingTo("35811");
	}

	@Test
	void shenzhenHasDistinctBasesForPensionAndMedical() {
		Region shenzhen = builtIn("SZ");

		assertThat(shenzhen.item(ContributionKind.MEDICAL).orElseThrow().baseFloor())
			.isNotEqualByComparingTo(shenzhen.item(ContributionKind.PENSION).orElseThrow().baseFloor());
	}

	@Test
	void everyRegionHasEachKindOnceAndSaneFigures() {
		for (Region region : regions) {
			assertThat(region.items()).extracting(RegionItem::kind).doesNotHaveDuplicates();
			for (RegionItem item : region.items()) {
				assertThat(item.baseFloor()).as("%s %s", region.code(), item.kind()).isLessThanOrEqualTo(item.baseCeiling());
				assertThat(item.employeeRate()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
				assertThat(item.employerRate()).isBetween(java.math.BigDecimal.ZERO, java.math.BigDecimal.ONE);
			}
		}
	}
}
