package io.renloop.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.flowable.variable.service.impl.persistence.entity.VariableInstanceEntityImpl;
import org.junit.jupiter.api.Test;

/** Approver slots round-trip through the variable row's text; what the text cannot hold is left to the engine. */
class StringListTypeTests {

	private final StringListType type = new StringListType();

	@Test
	void listsOfStringsComeBackAsTheyWent() {
		for (List<String> slots : List.<List<String>>of(List.of("a1,b2", "c3"), List.of(), List.of(""),
				List.of("", "x", ""))) {
			assertThat(type.isAbleToStore(slots)).as("%s", slots).isTrue();
			VariableInstanceEntityImpl row = new VariableInstanceEntityImpl();
			type.setValue(new ArrayList<>(slots), row);
			assertThat(row.getBytes()).isNull();
			assertThat(type.getValue(row)).as("%s", slots).isEqualTo(slots).isInstanceOf(ArrayList.class);
		}
	}

	@Test
	void whatTheTextCannotHoldIsLeftToTheEngine() {
		assertThat(type.isAbleToStore(null)).isFalse();
		assertThat(type.isAbleToStore("a,b")).isFalse();
		assertThat(type.isAbleToStore(List.of(1, 2))).isFalse();
		assertThat(type.isAbleToStore(List.of("line\nbreak"))).isFalse();
		assertThat(type.isAbleToStore(Collections.nCopies(200, "x".repeat(36)))).isFalse();
		assertThat(type.isAbleToStore(Collections.nCopies(100, "x".repeat(36)))).isTrue();
	}
}
