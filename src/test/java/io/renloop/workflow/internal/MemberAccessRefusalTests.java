package io.renloop.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.workflow.InjectionCorpus;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.impl.el.DefaultExpressionManager;
import org.flowable.common.engine.impl.el.VariableContainerWrapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's expression sandbox, evaluated with the engine's own expression manager: every payload of the
 * injection corpus either fails or yields a plain value, never a class, a loader or an engine object.
 */
class MemberAccessRefusalTests {

	static List<String> corpus() {
		return InjectionCorpus.payloads();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void noPayloadReachesAClassOrAnEngineObject(String payload) {
		Object result;
		try {
			result = sandboxed().createExpression(payload).getValue(variables());
		}
		catch (RuntimeException refused) {
			return;
		}
		// a delegate expression names one of the two approval beans: the bean itself, never anything reached from it
		assertThat(result).satisfiesAnyOf(value -> assertThat(value).isNull(),
				value -> assertThat(value).isSameAs(REMINDERS),
				value -> assertThat(value).isInstanceOfAny(String.class, Number.class, Boolean.class));
		assertThat(String.valueOf(result)).doesNotContain("java.lang", "class ", "Runtime", "Engine");
	}

	@Test
	void methodCallsAndPropertiesOfObjectsAreRefused() {
		assertThatThrownBy(() -> evaluate("${''.getClass().getName()}")).hasMessageContaining("not allowed");
		assertThatThrownBy(() -> evaluate("${requesterUserId.class}")).hasMessageContaining("not allowed");
		assertThatThrownBy(() -> evaluate("${approvalReminders.hashCode()}")).hasMessageContaining("not allowed");
	}

	@Test
	void withoutTheSandboxTheSamePayloadRunsCode() {
		DefaultExpressionManager open = new DefaultExpressionManager(beans());
		assertThat(open.createExpression("${''.getClass().getName()}").getValue(variables()))
			.isEqualTo("java.lang.String");
	}

	@Test
	void comparisonsOfVariablesStillWork() {
		assertThat(evaluate("${amount != null && amount > 30000}")).isEqualTo(true);
		assertThat(evaluate("${manager1}")).isEqualTo("u-1");
		assertThat(evaluate("${approvalReminders}")).isInstanceOf(StringBuilder.class);
		assertThat(evaluate("${approvers_0}")).isEqualTo(List.of("a", "b"));
	}

	private static Object evaluate(String expression) {
		return sandboxed().createExpression(expression).getValue(variables());
	}

	private static DefaultExpressionManager sandboxed() {
		DefaultExpressionManager manager = new DefaultExpressionManager(beans());
		manager.addPreBeanResolver(new MemberAccessRefusal());
		return manager;
	}

	private static final StringBuilder REMINDERS = new StringBuilder("bean");

	private static Map<Object, Object> beans() {
		return Map.of("approvalReminders", REMINDERS);
	}

	private static VariableContainerWrapper variables() {
		Map<String, Object> values = new HashMap<>();
		values.put("amount", new BigDecimal("35000"));
		values.put("manager1", "u-1");
		values.put("requesterUserId", "u-2");
		values.put("approvers_0", List.of("a", "b"));
		return new VariableContainerWrapper(values);
	}
}
