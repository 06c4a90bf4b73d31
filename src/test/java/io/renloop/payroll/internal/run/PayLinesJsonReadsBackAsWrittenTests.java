package io.renloop.payroll.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written JSON of payslip lines is read back by the general mapper into the same lines. */
class PayLinesJsonReadsBackAsWrittenTests {

	private final JsonMapper mapper = JsonMapper.builder().build();

	@Test
	void everyKindOfLineReadsBackTheSame() {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		values.put("base", new BigDecimal("12000.00"));
		values.put("dailyRate", new BigDecimal("551.7241379310"));
		List<PayLine> lines = List.of(
				PayLine.explained("BASE", "EARNING", new BigDecimal("12000.00"), "payroll.explain.base", "12,000.00"),
				new PayLine("MEAL", "EARNING", new BigDecimal("-0.05"), "餐补 \"午餐\"", "Meal\\lunch\n\t\u0001", null,
						null, "base * 0.1 + (x > 2 ? 1 : 0)", values),
				new PayLine("TAX", "TAX", null, null, null, "payroll.explain.tax", List.of(), null, Map.of()));

		String written = PayLinesJson.write(lines);
		List<PayLine> read = mapper.readValue(written, new TypeReference<List<PayLine>>() {
		});

		assertThat(read).isEqualTo(lines);
		assertThat(written).doesNotContain("\u0001").contains("\"nameZh\":\"餐补 \\\"午餐\\\"\"");
		assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(mapper.writeValueAsString(lines)));
	}

	@Test
	void noLinesIsAnEmptyArray() {
		assertThat(PayLinesJson.write(List.of())).isEqualTo("[]");
	}
}
