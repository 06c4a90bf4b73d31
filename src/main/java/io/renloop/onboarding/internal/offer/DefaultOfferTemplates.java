package io.renloop.onboarding.internal.offer;

import io.renloop.onboarding.OfferTemplates;
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

/** The offer letter templates, kept in the same {@link TemplateStore} as the labour contract's. */
@Service
@Transactional
class DefaultOfferTemplates implements OfferTemplates {

	private final OfferTemplateRepository templates;

	private final TemplateStore<OfferTemplate, Template> store;

	private final Clock clock;

	DefaultOfferTemplates(OfferTemplateRepository templates, AuditTrail audit, Clock clock) {
		this.templates = templates;
		this.clock = clock;
		this.store = new TemplateStore<>("OfferTemplate", templates::findByLanguage,
				t -> new Template(t.language(), t.title(), t.body(), true, t.updatedAt()), DefaultOfferTemplates::builtIn,
				t -> Map.of("title", t.title(), "bodyLength", t.body().length()), audit);
	}

	@Override
	@Transactional(readOnly = true)
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	public List<Template> list() {
		return store.all();
	}

	@Override
	@Transactional(readOnly = true)
	public Template get(String language) {
		return store.get(language);
	}

	@Override
	@PreAuthorize("hasAuthority('OFFER_WRITE')")
	public Template save(SaveTemplate command) {
		return store.save(command.language(), OfferTemplate::new, template -> template.change(command.title().strip(),
				command.body().replace("\r", ""), CurrentUser.require().email(), clock.instant()), templates::save);
	}

	/** The default letter shipped with the product: first line the title, the rest the body. */
	static Template builtIn(String language) {
		TemplateText.Text text = TemplateText.builtIn("/onboarding/offer-template-" + language + ".txt");
		return new Template(language, text.title(), text.body(), false, null);
	}
}
