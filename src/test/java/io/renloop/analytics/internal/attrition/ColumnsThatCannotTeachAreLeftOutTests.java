package io.renloop.analytics.internal.attrition;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.analytics.AttritionModels.IgnoredColumn;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A column with one value for everyone and a column with a different text in every row (names) are left out with
 * their reason; numbers with blanks get a "was missing" feature, texts become categories.
 */
class ColumnsThatCannotTeachAreLeftOutTests {

	private static final List<String> COLUMNS = List.of("Company", "Name", "Overtime", "Income");

	@Test
	void constantAndIdentifierColumnsAreListed() {
		ColumnDetection.Result result = ColumnDetection.detect(COLUMNS, rows());

		assertThat(result.ignored()).containsExactly(new IgnoredColumn("Company", "constant"),
				new IgnoredColumn("Name", "identifier"));
	}

	@Test
	void blanksInANumberAddAMissingIndicatorAndTextsBecomeCategories() {
		ColumnDetection.Result result = ColumnDetection.detect(COLUMNS, rows());

		assertThat(result.used()).containsExactly(ColumnEncoding.category("Overtime", List.of("No", "Yes")),
				ColumnEncoding.number("Income", 4620, true));
	}

	private static List<String[]> rows() {
		List<String[]> rows = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			rows.add(new String[] { "示例能源", "员工" + i, i % 3 == 0 ? "Yes" : "No",
					i % 10 == 0 ? "" : String.valueOf(4000 + 20 * i) });
		}
		return rows;
	}
}
