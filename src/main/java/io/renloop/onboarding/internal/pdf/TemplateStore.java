package io.renloop.onboarding.internal.pdf;

import io.renloop.platform.AuditTrail;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The per-language document templates a tenant may replace — offer letters and labour contracts alike: the
 * tenant's own text when it saved one, else the built-in one, and audited saves. The texts stay data: documents
 * fill them by plain placeholder replacement ({@link TemplateText#paragraphs}), never by evaluating them.
 *
 * @param <T> the stored template of one language
 * @param <V> the view of a template, stored or built in
 */
public final class TemplateStore<T, V> {

	private final String entityType;

	private final Function<String, Optional<T>> stored;

	private final Function<T, V> view;

	private final Function<String, V> builtIn;

	private final Function<V, Map<String, Object>> summary;

	private final AuditTrail audit;

	/**
	 * @param entityType the audit trail's name of the templates
	 * @param stored the tenant's template of a language, if it saved one
	 * @param view the view of a stored template
	 * @param builtIn the view of the built-in template of a language
	 * @param summary what the audit trail keeps of a template before and after a change (no whole bodies)
	 */
	public TemplateStore(String entityType, Function<String, Optional<T>> stored, Function<T, V> view,
			Function<String, V> builtIn, Function<V, Map<String, Object>> summary, AuditTrail audit) {
		this.entityType = entityType;
		this.stored = stored;
		this.view = view;
		this.builtIn = builtIn;
		this.summary = summary;
		this.audit = audit;
	}

	/** The template of every language, in {@link TemplateText#LANGUAGES} order. */
	public List<V> all() {
		return TemplateText.LANGUAGES.stream().map(this::get).toList();
	}

	/** @throws io.renloop.platform.InvalidFieldsException for a language without templates */
	public V get(String language) {
		TemplateText.requireLanguage(language);
		return stored.apply(language).map(view).orElseGet(() -> builtIn.apply(language));
	}

	/**
	 * Changes the tenant's template of the language (created on its first change) and saves it; audited.
	 *
	 * @param create a new stored template of the language
	 * @param change the change to apply
	 * @param save stores the changed template
	 */
	public V save(String language, Function<String, T> create, Consumer<T> change, Consumer<T> save) {
		V before = get(language);
		T template = stored.apply(language).orElseGet(() -> create.apply(language));
		change.accept(template);
		save.accept(template);
		V after = get(language);
		audit.recordChange("UPDATE", entityType, language, summary.apply(before), summary.apply(after));
		return after;
	}
}
