package io.renloop.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.renloop.workflow.InjectionCorpus;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The closed expression language of tenants' approval processes. */
class TenantExpressionsTests {

	static java.util.List<String> corpus() {
		return InjectionCorpus.payloads();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void refusesEveryKnownInjectionPayload(String payload) {
		assertThat(TenantExpressions.firstRefused("Check " + payload + " now", Set.of("approver"))).isPresent();
		assertThat(TenantExpressions.isSingleAllowedExpression(payload, Set.of("approver"))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "${amount > 30000}", "${amount != null && amount > 30000.50}", "${manager1}",
			"${nrOfCompletedInstances >= 1}", "${not empty manager2 and (amount gt 10 or amount le 5)}",
			"${!(amount < 1)}", "${approver}" })
	void acceptsComparisonsOfProcessVariables(String expression) {
		assertThat(TenantExpressions.isSingleAllowedExpression(expression, Set.of("approver"))).isTrue();
		assertThat(TenantExpressions.firstRefused("Step " + expression, Set.of("approver"))).isEmpty();
	}

	@Test
	void plainTextHoldsNoExpression() {
		assertThat(TenantExpressions.containsExpression("部门负责人 $100 {note}")).isFalse();
		assertThat(TenantExpressions.firstRefused("部门负责人 $100 {note}", Set.of())).isEmpty();
		assertThat(TenantExpressions.containsExpression("probe #{1}")).isTrue();
	}

	@Test
	void aDeclaredVariableIsNeededForAnythingBeyondTheFixedList() {
		assertThat(TenantExpressions.isSingleAllowedExpression("${approver}", Set.of())).isFalse();
	}
}
