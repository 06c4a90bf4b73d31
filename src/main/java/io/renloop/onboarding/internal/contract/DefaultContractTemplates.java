package io.renloop.onboarding.internal.contract;

import io.renloop.onboarding.ContractTemplates;
import io.renloop.onboarding.internal.pdf.TemplateStore;
import io.renloop.onboarding.internal.pdf.TemplateText;
import io.renloop.platform.AuditTrail;
import io.renloop.platform.CurrentUser;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The labour contract templates, kept in the same {@link TemplateStore} as the offer letter's, with the contract's
 * own term and place of work.
 */
@Service
@Transactional
class DefaultContractTemplates implements ContractTemplates {

	/** The default term: three years from the start date. */
	static final int DEFAULT_TERM_MONTHS = 36;

	private static final Map<String, String> DEFAULT_PLACE = Map.of("zh", "甲方注册地及甲方安排的办公地点", "en",
			"the employer's registered seat and the offices it assigns");

	private final ContractTemplateRepository templates;

	private final TemplateStore<ContractTemplate, Template> store;

	private final Clock clock;

	DefaultContractTemplates(ContractTemplateRepository templates, AuditTrail audit, Clock clock) {
		this.templates = templates;
		this.clock = clock;
		this.store = new TemplateStore<>("ContractTemplate", templates::findByLanguage,
				t -> new Template(t.language(), t.title(), t.body(), t.termMonths(), t.placeOfWork(), true,
						t.updatedAt()),
				DefaultContractTemplates::builtIn, t -> Map.of("title", t.title(), "termMonths", t.termMonths(),
						"bodyLength", t.body().length()),
				audit);
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('ONBOARDING_WRITE')")
	public List<Template> list() {
		return store.all();
	}

	@Override
	@Transactional(readOnly = true)
	public Template get(String language) {
		return store.get(language);
	}

	@Override
	@PreAuthorize("hasAuthority('ONBOARDING_WRITE')")
	public Template save(SaveTemplate command) {
		return store.save(command.language(), ContractTemplate::new, template -> template.change(
				command.title().strip(), command.body().replace("\r", ""), command.termMonths(),
				command.placeOfWork().strip(), CurrentUser.require().email(), clock.instant()), templates::save);
	}

	/** The default contract shipped with the product. */
	static Template builtIn(String language) {
		TemplateText.Text text = TemplateText.builtIn("/onboarding/contract-template-" + language + ".txt");
		return new Template(language, text.title(), text.body(), DEFAULT_TERM_MONTHS, DEFAULT_PLACE.get(language), false,
				null);
	}
}
