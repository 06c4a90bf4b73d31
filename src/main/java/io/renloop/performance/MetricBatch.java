package io.renloop.performance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Metric data sent by another system (sales, MES output, safety): one value per employee or department, metric and
 * period, with its source so that the review page can trace it.
 */
public record MetricBatch(
		@NotBlank @Pattern(regexp = "\\d{4}(-(0[1-9]|1[0-2])|-Q[1-4]|-H[12])?") String period,
		@NotEmpty @Size(max = 500_000) List<@Valid @NotNull Value> values) {

	/**
	 * @param employeeNo the employee the value belongs to, or null with a department code
	 * @param departmentCode the department the value belongs to (all its members' items read it), or null
	 */
	public record Value(@Size(max = 40) String employeeNo, @Size(max = 40) String departmentCode,
			@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,59}") String metric, @NotNull BigDecimal value,
			@NotBlank @Size(max = 200) String source) {
	}
}
