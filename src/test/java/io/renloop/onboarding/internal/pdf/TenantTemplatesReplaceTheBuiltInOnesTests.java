package io.renloop.onboarding.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.renloop.platform.AuditTrail;
import io.renloop.platform.InvalidFieldsException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one template store of offer letters and labour contracts: a language shows the tenant's own text once it
 * saved one and the built-in text until then; a save is audited with a summary of before and after, never the
 * whole text; and only the languages every template exists in are taken.
 */
class TenantTemplatesReplaceTheBuiltInOnesTests {

	/** A stored template of the test: its language and text. */
	static final class Stored {

		final String language;

		String text = "";

		Stored(String language) {
			this.language = language;
		}
	}

	private final Map<String, Stored> table = new HashMap<>();

	private final List<List<Object>> audited = new ArrayList<>();

	private final TemplateStore<Stored, String> store = new TemplateStore<>("TestTemplate",
			language -> Optional.ofNullable(table.get(language)), stored -> "own:" + stored.text,
			language -> "built-in:" + language, view -> Map.of("length", view.length()), new AuditTrail() {
				@Override
				public void recordChange(String action, String entityType, Object entityId, Object before,
						Object after) {
					audited.add(List.of(action, entityType, entityId, before, after));
				}

				@Override
				public void recordSensitiveRead(String entityType, Object entityId, String fields) {
				}
			});

	@Test
	void everyLanguageShowsTheBuiltInTextUntilTheTenantSavesItsOwn() {
		assertThat(store.all()).containsExactly("built-in:zh", "built-in:en");
	}

	@Test
	void aSavedTextReplacesTheBuiltInOneInItsLanguageOnly() {
		String saved = store.save("en", Stored::new, stored -> stored.text = "Dear {candidate}", s -> table.put(
				s.language, s));

		assertThat(saved).isEqualTo("own:Dear {candidate}");
		assertThat(store.all()).containsExactly("built-in:zh", "own:Dear {candidate}");
	}

	@Test
	void aSaveIsAuditedWithSummariesNotTexts() {
		store.save("zh", Stored::new, stored -> stored.text = "尊敬的{candidate}", s -> table.put(s.language, s));

		assertThat(audited).containsExactly(List.of("UPDATE", "TestTemplate", "zh",
				Map.of("length", "built-in:zh".length()), Map.of("length", "own:尊敬的{candidate}".length())));
	}

	@Test
	void aLanguageWithoutTemplatesIsAFieldError() {
		assertThatThrownBy(() -> store.get("fr")).isInstanceOf(InvalidFieldsException.class);
	}
}
